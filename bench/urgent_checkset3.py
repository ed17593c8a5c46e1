"""A small check set for round 3 of the urgent screen (``bench/data/urgent_checkset3.jsonl``).

Written after the round's cue lists and model were otherwise done and run once, to see
how the round's changes carry to wording and scenarios none of the sets had: 10 synthetic
chat messages in each of the 17 languages, 6 urgent (six of the ten categories, a
different six in each language) and 4 hard negatives (the past told as over, talk
about the same subject, an idiom, "I am not in danger"). Nothing was tuned on it.
Deterministic: every run writes the same bytes.

Run: ``PYTHONPATH=. python -m bench.urgent_checkset3``.
"""

# The messages are data, one a line as people wrote them: long lines are kept whole.
# ruff: noqa: E501

from __future__ import annotations

import json
from pathlib import Path

from bench.urgent_eval import CATEGORIES

OUT = Path(__file__).resolve().parent / "data" / "urgent_checkset3.jsonl"
KINDS = (*CATEGORIES, "hard")

TEXTS: dict[str, str] = {}

TEXTS["en"] = """
detention|they keep us in the basement under the police station since friday, no lawyer, no phone call allowed
trafficking|we sew clothes 16 hours a day, the boss says we leave when the debt is paid and he keeps our residence cards
violence|my brother in law smashed a bottle on my head and says tomorrow he finishes the job
sexual_violence|the landlord comes in at night and i have to let him or he throws my kids on the street
child_at_risk|three kids from the next tent are on their own since their dad was arrested, a man wants to take them to work
medical|my mum is diabetic and fainted, we ran out of insulin two days ago and she wont wake properly
hard|my old boss kept my passport back in 2016, the union helped me and i got it back ages ago
hard|there was a talk at the library about keeping children safe online, really good
hard|these forms will put me in my grave lol
hard|im not in any danger, just asking how school enrolment works
"""

TEXTS["fr"] = """
self_harm|je suis resté une heure sur le pont ce soir, la prochaine fois je saute
missing_person|le dernier message de mon cousin venait du camion il y a 6 jours, depuis plus rien
abandonment|on est sur une petite île, le bateau nous a laissés ici, deux jours sans manger
pushback|la police nous a pris nos chaussures et nous a fait retraverser la rivière à pied
detention|on est gardés dans le sous-sol du commissariat depuis vendredi, pas d'avocat, pas le droit d'appeler
trafficking|on coud des vêtements 16 heures par jour, le chef dit qu'on partira quand la dette sera payée, il garde nos cartes
hard|en 2016 mon ancien patron gardait mon passeport, le syndicat m'a aidé et je l'ai récupéré depuis longtemps
hard|il y avait une causerie à la médiathèque sur la protection des enfants en ligne
hard|ces formulaires vont m'envoyer au cimetière mdr
hard|je ne suis pas en danger, je demande juste comment inscrire mon fils à l'école
"""

TEXTS["es"] = """
violence|mi cuñado me rompió una botella en la cabeza y dice que mañana termina el trabajo
sexual_violence|el casero entra en la noche y tengo que dejarlo o echa a mis hijos a la calle
child_at_risk|tres niños de la carpa de al lado están solos desde que arrestaron al papá, un señor quiere llevarlos a trabajar
medical|mi mamá es diabética y se desmayó, se acabó la insulina hace dos días y no despierta bien
self_harm|estuve una hora en el puente esta noche, la próxima vez salto
missing_person|el último mensaje de mi primo fue desde el camión hace 6 días, desde ahí nada
hard|en 2016 mi antiguo jefe tenía mi pasaporte, el sindicato me ayudó y lo recuperé hace mucho
hard|hubo una plática en la biblioteca sobre cuidar a los niños en internet
hard|estos formularios me van a mandar al panteón jaja
hard|no estoy en peligro, solo pregunto cómo inscribir a mi hijo en la escuela
"""

TEXTS["pt"] = """
abandonment|estamos numa ilhota, o barco deixou a gente aqui, dois dias sem comer
pushback|a polícia tomou nossos sapatos e fez a gente atravessar o rio de volta a pé
detention|tão segurando a gente no porão da delegacia desde sexta, sem advogado, sem poder ligar
trafficking|a gente costura roupa 16 horas por dia, o chefe diz que só sai quando pagar a dívida e ficou com nossos RNM
violence|meu cunhado quebrou uma garrafa na minha cabeça e diz que amanhã termina o serviço
sexual_violence|o dono da casa entra de noite e eu tenho que deixar senão ele bota meus filhos na rua
hard|em 2016 meu antigo patrão ficou com meu passaporte, o sindicato ajudou e eu recuperei faz tempo
hard|teve uma roda de conversa na biblioteca sobre proteger crianças na internet
hard|esses formulários vão me levar pro cemitério kkkk
hard|não estou em perigo, só quero saber como matricular meu filho
"""

TEXTS["ar"] = """
child_at_risk|في تلت ولاد بالخيمة الجنب لحالهم من وقت ما مسكوا ابوهم، وفي زلمة بدو ياخدهم عالشغل
medical|امي عندها سكري وغمي عليها، خلص الانسولين من يومين وما عم تصحى منيح
self_harm|w2eft sa3a 3al jeser el lele, el marra el jeye bnot
missing_person|آخر رسالة من ابن عمي كانت من الشاحنة من ٦ ايام، ومن وقتها ولا شي
abandonment|نحنا على جزيرة صغيرة، القارب تركنا هون، يومين بلا اكل
pushback|الشرطة اخدوا صبابيطنا وخلونا نقطع النهر راجعين مشي
hard|سنة ٢٠١٦ معلمي القديم كان ماسك جوازي، النقابة ساعدتني ورجعلي من زمان
hard|كان في جلسة بالمكتبة عن حماية الاولاد عالانترنت، كتير حلوة
hard|hal awra2 ra7 yfawtouni 3al 2abr hahaha
hard|انا مش بخطر، بس بسأل كيف سجل ابني بالمدرسة
"""

TEXTS["fa"] = """
detention|از جمعه ما رو تو زیرزمین کلانتری نگه داشتن، وکیل نداریم، نمیذارن زنگ بزنیم
trafficking|روزی ۱۶ ساعت لباس میدوزیم، رئیس میگه وقتی قرض صاف شد میتونید برید، کارت اقامتمونو نگه داشته
violence|shohar khaharam ye botri zad too saram, mige farda karamo tamoom mikone
sexual_violence|صاحبخونه شبا میاد تو و باید بذارم وگرنه بچه‌هامو میندازه تو خیابون
child_at_risk|سه تا بچه از چادر بغلی از وقتی باباشونو گرفتن تنهان، یه مرد میخواد ببرتشون سر کار
medical|مادرم دیابت داره و غش کرد، دو روزه انسولین تموم شده و درست بهوش نمیاد
hard|سال ۲۰۱۶ صاحبکار قبلیم پاسپورتمو نگه داشته بود، اتحادیه کمکم کرد و خیلی وقته پسش گرفتم
hard|تو کتابخونه یه گفتگو درباره امنیت بچه‌ها تو اینترنت بود
hard|این فرم‌ها آخرش منو میفرستن قبرستون خخخ
hard|من در خطر نیستم، فقط میپرسم ثبت نام مدرسه چطوریه
"""

TEXTS["ps"] = """
self_harm|نن شپه یو ساعت په پل ولاړ وم، بله ځل به ټوپ ووهم
missing_person|زما د تره زوی وروستی پیغام شپږ ورځې مخکې له لارۍ راغلی و، له هغه وروسته هیڅ نه
abandonment|موږ په یوه کوچنۍ ټاپو کې یو، کښتۍ موږ دلته پرېښودو، دوه ورځې مو څه نه دي خوړلي
pushback|police zamung boota wakhistal aw mung ye pa pxo bya da seend na pori kral
detention|د جمعې راهیسې موږ د پولیسو د کوټې په تهکوي کې ساتي، وکیل نشته، زنګ وهلو ته نه پرېږدي
trafficking|ورځ کې ۱۶ ساعته جامې ګنډو، مشر وايي کله چې پور ادا شو بیا تللی شئ، زموږ د اوسیدو کارتونه یې ساتلي
hard|په ۲۰۱۶ کې زما پخوانی مالک زما پاسپورټ ساتلی و، اتحادیې مرسته وکړه او ډېر وخت مخکې مې بیرته واخیست
hard|په کتابتون کې د انټرنیټ کې د ماشومانو د خوندیتوب په اړه خبرې وې
hard|دا فورمې به مې قبر ته ورسوي هاها
hard|زه په خطر کې نه یم، یوازې پوښتنه کوم چې زوی مې څنګه ښوونځي ته ثبت کړم
"""

TEXTS["ur"] = """
violence|mere behnoi ne mere sar pe botal tori aur kehta hai kal kaam poora karega
sexual_violence|مالک مکان رات کو اندر آتا ہے اور مجھے اسے کرنے دینا پڑتا ہے ورنہ وہ بچوں کو سڑک پر پھینک دے گا
child_at_risk|saath wale tent ke teen bachay baap ke pakre jane ke baad akele hain, ek aadmi unhein kaam pe le jana chahta hai
medical|امی کو شوگر ہے اور وہ بے ہوش ہو گئیں، دو دن سے انسولین ختم ہے اور ٹھیک سے ہوش میں نہیں آ رہیں
self_harm|آج رات ایک گھنٹہ پل پر کھڑا رہا، اگلی بار چھلانگ لگا دوں گا
missing_person|mere cousin ka aakhri message 6 din pehle truck se aaya tha, us ke baad kuch nahi
hard|2016 میں پرانے مالک نے میرا پاسپورٹ رکھا تھا، یونین نے مدد کی اور کب کا واپس مل گیا
hard|لائبریری میں بچوں کی آن لائن حفاظت پر ایک بات چیت تھی
hard|yeh forms mujhe qabar tak pohancha denge lol
hard|میں کسی خطرے میں نہیں، بس پوچھ رہا ہوں کہ اسکول میں داخلہ کیسے ہوتا ہے
"""

TEXTS["ti"] = """
abandonment|ኣብ ሓንቲ ንእሽቶ ደሴት ኢና ዘለና፡ ጃልባ ኣብዚ ራሕሪሓትና፡ ክልተ መዓልቲ ከይበላዕና
pushback|ፖሊስ ጫማና ወሲዶም ብእግርና ሩባ መሊስና ክንሰግር ገዲዶምና
detention|ካብ ዓርቢ ኣብ ትሕቲ ምድሪ ቤት ፖሊስ ሒዞምና ኣለዉ፡ ጠበቓ የለን፡ ክንድውል ኣይፈቕዱልናን
trafficking|መዓልቲ 16 ሰዓት ክዳን ንሰፍይ፡ ሓላፊ ዕዳ ምስ ተኸፍለ ክትከዱ ትኽእሉ ይብል፡ ካርድ መንበሪና ሒዝዎ
violence|ሰብኣይ ሓብተይ ጥርሙዝ ኣብ ርእሰይ ሰቢሩ፡ ጽባሕ ስራሑ ከወድእ እዩ ይብል
sexual_violence|ወናኒ ገዛ ለይቲ ይኣቱ፡ እንተ ዘይፈቒደሉ ንደቀይ ናብ ጎደና ክድርብዮም እዩ
hard|ኣብ 2016 ናይ ቀደም ወናኒ ስራሕ ፓስፖርተይ ሒዝዎ ነይሩ፡ ማሕበር ሓጊዙኒ ቅድሚ ነዊሕ ተመሊሱለይ
hard|ኣብ ቤት መጻሕፍቲ ብዛዕባ ድሕነት ቆልዑ ኣብ ኢንተርነት ዝርርብ ነይሩ
hard|እዞም ቅጥዕታት ናብ መቓብር ከብጽሑኒ እዮም ሃሃ
hard|ኣብ ሓደጋ ኣይኮንኩን፡ ወደይ ኣብ ቤት ትምህርቲ ብኸመይ ከም ዝምዝገብ ጥራይ እሓትት
"""

TEXTS["am"] = """
child_at_risk|ከጎረቤት ድንኳን ሶስት ልጆች አባታቸው ከታሰረ ጀምሮ ብቻቸውን ናቸው፣ አንድ ሰው ለስራ ሊወስዳቸው ይፈልጋል
medical|እናቴ የስኳር ህመምተኛ ናት ራሷን ሳተች፣ ኢንሱሊን ካለቀ ሁለት ቀን ሆነ በደንብ አትነቃም
self_harm|ዛሬ ማታ ድልድዩ ላይ አንድ ሰዓት ቆምኩ፣ በሚቀጥለው ጊዜ እዘላለሁ
missing_person|የአጎቴ ልጅ የመጨረሻ መልእክት ከ6 ቀን በፊት ከመኪናው ነበር፣ ከዚያ በኋላ ምንም የለም
abandonment|ትንሽ ደሴት ላይ ነን፣ ጀልባው እዚህ ጥሎን ሄደ፣ ሁለት ቀን ምንም አልበላንም
pushback|ፖሊሶች ጫማችንን ወስደው ወንዙን በእግር መልሰን እንድንሻገር አደረጉን
hard|በ2016 የቀድሞ አሰሪዬ ፓስፖርቴን ይዞ ነበር፣ ማህበሩ ረድቶኝ ከረጅም ጊዜ በፊት መልሼ አገኘሁት
hard|በቤተ መጻሕፍቱ ስለ ልጆች የኢንተርኔት ደህንነት ውይይት ነበር
hard|እነዚህ ፎርሞች መቃብር ያስገቡኛል ሃሃ
hard|አደጋ ላይ አይደለሁም፣ ልጄን ትምህርት ቤት እንዴት እንደማስመዘግብ ብቻ ነው የምጠይቀው
"""

TEXTS["so"] = """
detention|tan iyo jimcihii waxay nagu hayaan qolka hoose ee saldhigga booliska, qareen ma jiro, nalama ogola inaan wacno
trafficking|maalintii 16 saac ayaan dhar tolnaa, madaxu wuxuu leeyahay marka deynta la bixiyo ayaad tagi kartaan, kaararkeena deganaanshaha ayuu haystaa
violence|seeddigay dhalo ayuu madaxa iigaga jebiyay, wuxuu leeyahay berri ayaan shaqada dhammeynayaa
sexual_violence|milkiilaha guriga habeenkii ayuu soo galaa, haddii aanan u oggolaan carruurtayda ayuu jidka ku tuurayaa
child_at_risk|saddex carruur ah oo teendhada ag taal ayaa keligood ah tan iyo markii aabahood la qabtay, nin ayaa doonaya inuu shaqo u geeyo
medical|hooyaday waxay qabtaa sokorow way suuxday, insulin-ka wuxuu dhammaaday laba maalmood ka hor, si fiican uma soo toosayso
hard|2016 ninkii hore ee aan u shaqeyn jiray baasaboorkayga ayuu haystay, ururka ayaa i caawiyay waqti dheer ka hor ayaan dib u helay
hard|maktabadda waxaa ka dhacay sheeko ku saabsan badbaadada carruurta ee internetka
hard|foomamkan qabriga ayey i gelinayaan haha
hard|khatar kuma jiro, waxaan kaliya weydiinayaa sida wiilkayga dugsiga loogu diiwaangeliyo
"""

TEXTS["sw"] = """
self_harm|usiku huu nilisimama darajani saa nzima, wakati ujao nitaruka
missing_person|ujumbe wa mwisho wa binamu yangu ulitoka kwenye lori siku 6 zilizopita, tangu hapo kimya
abandonment|tuko kwenye kisiwa kidogo, boti imetuacha hapa, siku mbili bila kula
pushback|polisi walichukua viatu vyetu na kutulazimisha kuvuka mto kurudi kwa miguu
detention|tangu ijumaa wanatuweka chini ya ardhi kwenye kituo cha polisi, hakuna wakili, hawaturuhusu kupiga simu
trafficking|tunashona nguo saa 16 kwa siku, bosi anasema tutaondoka deni likilipwa, ameshika vitambulisho vyetu
hard|mwaka 2016 bosi wangu wa zamani alishika pasipoti yangu, chama kilinisaidia na niliirudisha zamani
hard|kulikuwa na mazungumzo maktaba kuhusu usalama wa watoto mtandaoni
hard|fomu hizi zitanipeleka kaburini haha
hard|siko hatarini, nauliza tu jinsi ya kumsajili mwanangu shuleni
"""

TEXTS["ha"] = """
violence|surukina ya fasa kwalba a kaina ya ce gobe zai karasa aikin
sexual_violence|mai gidan haya yana shigowa da dare dole in bar shi ko ya jefar da yarana a titi
child_at_risk|yara uku na tantin kusa suna su kadai tun da aka kama babansu, wani mutum yana son ya kai su aiki
medical|mahaifiyata tana da ciwon suga ta suma, insulin ya kare kwana biyu kuma ba ta farfadowa sosai
self_harm|na tsaya a kan gada awa daya a daren nan, lokaci na gaba zan yi tsalle
missing_person|sakon karshe na dan uwana ya zo daga babbar mota kwana 6 da suka wuce, tun daga nan shiru
hard|a 2016 tsohon maigidana ya rike fasfo dina, kungiyar ma'aikata ta taimaka na karbo shi tun tuni
hard|an yi tattaunawa a dakin karatu game da kare yara a intanet
hard|wadannan fom din za su kai ni kabari haha
hard|ba na cikin hadari, tambaya kawai nake yi yadda zan sa dana a makaranta
"""

TEXTS["uk"] = """
abandonment|ми на маленькому острові, човен залишив нас тут, два дні без їжі
pushback|поліція забрала наше взуття і змусила нас пішки перейти річку назад
detention|з п'ятниці нас тримають у підвалі відділку, адвоката немає, дзвонити не дають
trafficking|шиємо одяг по 16 годин, бригадир каже підете коли борг закриєте, наші посвідки у нього
violence|шурин розбив мені пляшку об голову і каже що завтра доробить справу
sexual_violence|господар квартири заходить вночі і я мушу дозволяти, інакше викине дітей на вулицю
hard|у 2016 колишній роботодавець тримав мій паспорт, профспілка допомогла і я давно його повернув
hard|у бібліотеці була розмова про безпеку дітей в інтернеті
hard|ці анкети зведуть мене в могилу хаха
hard|я не в небезпеці, просто питаю як записати сина до школи
"""

TEXTS["ru"] = """
child_at_risk|трое детей из соседней палатки одни с тех пор как забрали их отца, какой-то мужик хочет увезти их работать
medical|мама диабетик и потеряла сознание, инсулин кончился два дня назад и она толком не приходит в себя
self_harm|простоял сегодня ночью час на мосту, в следующий раз прыгну
missing_person|последнее сообщение от двоюродного брата было из грузовика 6 дней назад, с тех пор тишина
abandonment|мы на маленьком острове, лодка оставила нас тут, два дня без еды
pushback|полиция забрала нашу обувь и заставила перейти реку обратно пешком
hard|в 2016 бывший работодатель держал мой паспорт, профсоюз помог и я давно его вернул
hard|в библиотеке была беседа о безопасности детей в интернете
hard|эти анкеты сведут меня в могилу хаха
hard|я не в опасности, просто спрашиваю как записать сына в школу
"""

TEXTS["tr"] = """
detention|cumadan beri bizi karakolun bodrumunda tutuyorlar, avukat yok, telefon açmamıza izin yok
trafficking|günde 16 saat elbise dikiyoruz, şef borç bitince gidersiniz diyor, ikamet kartlarımız onda
violence|eniştem kafamda şişe kırdı ve yarın işi bitireceğini söylüyor
sexual_violence|ev sahibi gece içeri giriyor, izin vermezsem çocuklarımı sokağa atacak
child_at_risk|yandaki çadırdaki üç çocuk babaları tutuklandığından beri yalnız, bir adam onları işe götürmek istiyor
medical|annem şeker hastası ve bayıldı, insülin iki gün önce bitti, tam olarak kendine gelmiyor
hard|2016'da eski patronum pasaportumu tutuyordu, sendika yardım etti ve çoktan geri aldım
hard|kütüphanede çocukların internette güvenliği üzerine bir söyleşi vardı
hard|bu formlar beni mezara sokacak ya
hard|tehlikede değilim, sadece oğlumu okula nasıl kaydettireceğimi soruyorum
"""

TEXTS["bn"] = """
self_harm|আজ রাতে এক ঘণ্টা ব্রিজের ওপর দাঁড়িয়ে ছিলাম, পরের বার লাফ দেব
missing_person|চাচাতো ভাইয়ের শেষ মেসেজ ৬ দিন আগে ট্রাক থেকে এসেছিল, তারপর থেকে কিছু নেই
abandonment|amra ekta choto dwipe achi, nouka amader ekhane rekhe geche, duidin kichu khaini
pushback|পুলিশ আমাদের জুতা নিয়ে নিয়েছে আর হেঁটে নদী পার হয়ে ফেরত যেতে বাধ্য করেছে
detention|শুক্রবার থেকে থানার নিচের ঘরে আমাদের রেখেছে, উকিল নেই, ফোন করতে দেয় না
trafficking|দিনে ১৬ ঘণ্টা কাপড় সেলাই করি, বস বলে দেনা শোধ হলে যেতে পারবে, আমাদের রেসিডেন্স কার্ড তার কাছে
hard|২০১৬ সালে আগের মালিক আমার পাসপোর্ট রেখেছিল, ইউনিয়ন সাহায্য করেছে আর অনেক আগেই ফেরত পেয়েছি
hard|লাইব্রেরিতে অনলাইনে শিশুদের নিরাপত্তা নিয়ে একটা আলোচনা হয়েছিল
hard|ei form gulo amake kobore pathabe haha
hard|আমি কোনো বিপদে নেই, শুধু জানতে চাই ছেলেকে স্কুলে কিভাবে ভর্তি করাব
"""


def rows() -> list[dict[str, object]]:
    """Every message of the set, in language order."""
    out: list[dict[str, object]] = []
    for lang, block in TEXTS.items():
        lines = [line for line in block.strip().splitlines() if line.strip()]
        for n, line in enumerate(lines):
            kind, text = line.split("|", 1)
            if kind not in KINDS:
                raise ValueError(f"{lang} line {n}: unknown kind {kind!r}")
            urgent = kind != "hard"
            out.append(
                {
                    "id": f"c3-{lang}-{n:03d}",
                    "lang": lang,
                    "text": text.strip(),
                    "urgent": urgent,
                    "category": kind if urgent else None,
                    "negative_kind": None if urgent else "hard",
                }
            )
    return out


def main() -> None:
    """Write the set and check every language has six urgent and four hard negatives."""
    data = rows()
    for lang in TEXTS:
        mine = [r for r in data if r["lang"] == lang]
        cats = {r["category"] for r in mine if r["urgent"]}
        if len(cats) != 6 or sum(not r["urgent"] for r in mine) != 4:
            raise SystemExit(f"{lang}: not six categories and four hard negatives")
    with OUT.open("w", encoding="utf-8") as fh:
        for row in data:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(data)} messages in {len(TEXTS)} languages -> {OUT}")


if __name__ == "__main__":
    main()
