"""Write ``bench/data/urgent_train5.jsonl``: synthetic training text for the urgent model.

Round 5 of issue 17. Not an evaluation set: written for the model's training list only,
in the languages the screen read worst on the fourth held-out set (Amharic, Tigrinya,
Arabic, Hausa, Portuguese, and Arabic, Persian, Urdu, Pashto and Bengali in Latin
letters as people write them in chat), and hard negatives in every language (a general
question about rights, news and films, idioms of "killing", sports scores, a past event
that is over). Written by hand for this round, in chat style, not copied from any set;
names, places and figures are invented.

One message a line in ``TEXT`` as ``<lang> <tag> <text>``; the tag is a category
short name (see ``TAGS``), ``hard`` or ``plain``. Deterministic: same text, same file.

Run: ``PYTHONPATH=. python -m bench.urgent_train5``.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent / "data" / "urgent_train5.jsonl"
TAGS = {
    "det": "detention",
    "traf": "trafficking",
    "viol": "violence",
    "sex": "sexual_violence",
    "child": "child_at_risk",
    "med": "medical",
    "self": "self_harm",
    "miss": "missing_person",
    "aband": "abandonment",
    "push": "pushback",
}

TEXT = """
am self ከእንግዲህ መኖር አልፈልግም ዛሬ ማታ ሁሉን እጨርሳለሁ
am self ብዙ መድሃኒት ገዝቻለሁ ዛሬ ሁሉንም እውጣለሁ
am self እራሴን ማጥፋት እፈልጋለሁ ማንም አይረዳኝም
am self እናቴ ይቅር በይኝ ከዚህ በኋላ አታዩኝም
am self ገመድ አዘጋጅቻለሁ ደክሞኛል መሞት እፈልጋለሁ
am self ህይወቴን ላቆም ወስኛለሁ ለልጆቼ ደብዳቤ ፃፍኩ
am miss ወንድሜ ከሶስት ቀን ጀምሮ ጠፍቷል ስልኩ አይሰራም
am miss ልጄ ከትምህርት ቤት አልተመለሰም እስካሁን የት እንዳለ አናውቅም
am miss እህቴ ከሊቢያ ከወጣች ጀምሮ ምንም ወሬ የለም
am miss ልጅቷ በአውቶቡስ ጣቢያ ጠፋችብኝ 5 አመቷ ነው
am aband በረሃ ውስጥ ጥለውን ሄዱ ውሃ የለንም
am aband ጀልባው ሞተሩ ቆሟል ባህር ላይ ነን ውሃ እየገባ ነው
am aband ደላላው መንገድ ላይ ትቶን ጠፋ ልጆች እየበረዱ ነው
am aband መኪናው ውስጥ ቆልፈውን አየር የለም እየታፈንን ነው
am viol ባለቤቴ በቢላ እየዛተብኝ ነው
am viol ሰዎች ቤቱን ከበው እየደበደቡን ነው
am viol በሰፈሩ ውስጥ ጠብ ተነስቷል በዱላ እየተማቱ ነው ልጆች አሉ
am med ልጄ መርዝ ጠጥቷል እባካችሁ
am med እናቴ ወድቃ ራሷን ስታለች አትነቃም
am med ህፃኑ ትኩሳቱ በጣም ከፍተኛ ነው እያንቀጠቀጠው ነው
am med እርጉዝ ነኝ ብዙ ደም እየፈሰሰኝ ነው
am med አባቴ መተንፈስ አቅቶታል
am child የ10 አመት ልጅ ብቻውን መንገድ ላይ እያለቀሰ ነው
am child የ12 አመት ልጅቷን በግድ ሊያገቧት ነው
am child አሰሪው ትንንሽ ልጆችን እየደበደበ ያሰራቸዋል
am traf አሰሪዬ ፓስፖርቴን ወሰደ ከቤት መውጣት አልችልም
am traf ዕዳ ከፍለሽ ነው የምትወጪው ይላል ደሞዝ አይከፍለኝም
am traf ሊቢያ ውስጥ ያዙን ገንዘብ ካልላካችሁ ይገድሉናል ይላሉ
am sex አሰሪዬ ማታ ክፍሌ እየገባ ያስገድደኛል
am sex ጠባቂው እህቴን ደፍሯታል አሁንም እዚህ ነው
am det ፖሊስ ይዞኝ እስር ቤት ነኝ ጠበቃ የለም
am det አየር ማረፊያ ክፍል ውስጥ ዘግተውብናል ስልክ ወሰዱ
am push ወታደሮቹ ወደ ድንበሩ መልሰው ገፉን ደበደቡን
am hard ባለፈው አመት ታስሬ ነበር አሁን ደህና ነኝ
am hard ስለ ሰዎች ዝውውር ፊልም አየን በጣም ያሳዝናል
am hard ይህ ወረፋ ገደለኝ
am hard ፖሊስ ቢያስቆመኝ መብቴ ምንድን ነው? ጥያቄ ብቻ ነው
am hard ወንድሜ ጠፍቶ ነበር አሁን ተገኝቷል ደህና ነው
am hard ስለ ድንበሩ ዜና አነበብኩ ያሳዝናል
am hard ቡድናችን 3 ለ 0 አሸነፈ
am hard ይሄ ሙቀት ገደለኝ ውሃ የት አለ
am plain የእንግሊዝኛ ክፍል መቼ ነው
am plain ሲም ካርድ የት ይገዛል
ti self ካብዚ ንላዕሊ ክነብር ኣይደልን እየ ሎሚ ለይቲ ክውድኦ እየ
ti self ብዙሕ ከኒና ኣኪበ ኣለኹ ኩሉ ክሰትዮ እየ
ti self ንርእሰይ ክቐትል እየ ካልእ መንገዲ የብለይን
ti self adey yqreta gberley, kab lomi kesnebir aydelyen
ti miss ሓወይ ካብ ሰሙን ጠፊኡ ተሌፎኑ ዕጹው እዩ
ti miss ጓለይ ካብ ዕዳጋ ኣይተመልሰትን ክሳብ ሕጂ
ti miss hawey kab 5 mealti tefiu, telefonu ayserhn
ti aband ኣብ በረኻ ገዲፎምና ከይዶም ማይ የብልናን
ti aband ጃልባና ሞተር ጠፊኡ ማይ ይኣቱ ኣሎ
ti aband ab bereka gedifomna, May yeblnan, qolUt alewu
ti det ኣብ ቤት ማእሰርቲ ኣለና ምግቢ የለን ጠበቓ የለን
ti det polis hizomuna ab mesrie alena kab tmali
ti det ab kfli zeygu alena, telefon wesidomna
ti med ሓወይ ደም ይፈስሶ ኣሎ ሓገዝ
ti med ወላዲተይ ክትተንፍስ ኣይከኣለትን
ti med adey hamima ala, msta aykealetn, hagezuna
ti med wedey ruhu yeblun, dem yfesso alo
ti traf ኣብ ሊብያ ሒዞምና ገንዘብ ይሓቱ ይወቕዑና
ti traf ፓስፖርተይ ወሲዶም ክወጽእ ኣይክእልን ደሞዝ የለን
ti traf ab libya hizomna, 6000 dolar yhatu, ywekuna
ti viol ሰብኣየይ ብካራ ይፈራርሃኒ ኣሎ
ti viol seb ywekuna alewu, hagezuna
ti sex ሓላዊ ሰፈር ንሓፍተይ ብሓይሊ ይዕምጻ
ti child ናይ 9 ዓመት ቆልዓ በይኑ ኣብ ጽርግያ ይበኪ
ti push ወተሃደራት ናብ ዶብ መሊሶምና ወቒዖምና
ti hard ቅድሚ ክልተ ዓመት ኣብ ማእሰርቲ ነይረ ሕጂ ጽቡቕ እየ
ti hard ብዛዕባ ዶብ ዜና ኣንቢበ ኣሕዚኑኒ
ti hard ኩዕሶ 2 ብ 1 ስዒርናዮም
ti hard እንተ ፖሊስ ሒዙኒ መሰለይ እንታይ እዩ? ሕቶ ጥራይ እዩ
ti hard ሓወይ ጠፊኡ ነይሩ ሕጂ ተረኺቡ ደሓን እዩ
ti hard እዚ ሙቐት ቀቲሉኒ
ti plain ክፍሊ ቋንቋ መዓስ እዩ
ti plain sim card abey ይሽየጥ
ha self ba zan iya ci gaba da rayuwa ba, yau da dare zan kashe kaina
ha self na sayi guba zan sha yau
ha self inna ki yafe mini, ba za ku sake ganina ba
ha self na gaji da rayuwa, ina so in mutu yau
ha self na rubuta wasika ga yarana, zan tafi har abada yau
ha miss dana ya bata tun jiya bai dawo gida ba
ha miss yar uwata ba mu ji labarinta ba tun kwana hudu, wayarta a kashe
ha miss mijina ya tafi aiki bai dawo ba tun ranar litinin
ha miss yarona dan shekara shida ya bace a tashar mota
ha child wani yaro dan shekara takwas yana kuka shi kadai a tasha
ha child ana so a aurar da yarinya yar shekara goma sha biyu gobe
ha child maigidan yana dukan yara yana sa su aiki ba hutu
ha child ana tura kananan yara bara suna dukan su idan ba kudi
ha aband direba ya bar mu a hamada babu ruwa
ha aband jirgin ruwanmu ya lalace muna cikin teku ruwa yana shiga
ha aband an kulle mu a cikin mota babu iska
ha med mahaifiyata ta fadi ba ta farkawa
ha med yarona ya sha maganin kashe kwari, yana amai
ha med matata tana nakuda jini yana zuba sosai
ha med babana ba ya iya numfashi, a taimaka
ha viol mijina yana dukana yana cewa zai kashe ni yau
ha viol wasu mutane suna bin mu da wuka
ha traf uwar gidana ta karbe fasfo dina, ba ta biya ni, ba zan iya fita ba
ha traf suna cewa sai na biya bashi kafin in tafi, suna kulle mu
ha sex maigidan yana shiga dakina da dare yana tilasta ni
ha sex an yi wa yar uwata fyade a sansanin kuma mutumin yana nan
ha det yan sanda sun kama mu, muna kulle a ofishinsu tun jiya ba abinci
ha push sojoji sun mayar da mu baya kan iyaka suna dukan mu
ha hard shekaru biyu da suka wuce an kama ni, yanzu ina lafiya
ha hard mun kalli fim game da fataucin mutane
ha hard wannan layin zai kashe ni wallahi
ha hard kungiyarmu ta doke su 2-0 jiya
ha hard idan dan sanda ya tsayar da mutum menene hakkinsa? tambaya ce kawai
ha hard dan uwana ya bata amma yanzu an same shi, yana lafiya
ha hard na karanta labari a jarida game da kan iyaka
ha hard da farko ba ni da aiki, yanzu ina da aiki kuma ina lafiya
ha plain yaushe ake ajin turanci?
ha plain ina ake sayen katin waya?
pt self não aguento mais, hoje vou tomar todos os remédios
pt self me despedi da minha mãe, amanhã não vou estar mais aqui
pt self to pensando em me matar, não vejo saída nenhuma
pt self escrevi uma carta de despedida, acabou pra mim
pt self vou pular da ponte essa noite ninguém liga
pt self comprei veneno de rato e vou tomar
pt aband o coiote deixou a gente no meio do mato e sumiu, tem criança com frio
pt aband largaram a gente no deserto sem água nenhuma
pt aband o barco tá parado no mar e entrando água
pt aband deixaram a gente trancado no caminhão sem ar
pt traf a patroa trancou meu quarto e pegou meu passaporte, não me paga faz 3 meses
pt traf dizem que eu devo 5 mil e só saio quando pagar, tiraram meu celular
pt traf minha prima tá numa casa trabalhando sem salário, não deixam ela sair
pt miss meu filho sumiu desde ontem, não atende o telefone
pt miss perdi minha filha na rodoviária, ela tem 5 anos
pt miss ninguém sabe do meu irmão faz uma semana
pt med meu marido caiu e não acorda
pt med ela tá com muita falta de ar e os lábios roxos
pt med bebê com febre alta e convulsão
pt viol meu ex tá na porta ameaçando me matar
pt viol tão batendo no meu irmão na rua agora
pt sex o dono da casa entra no meu quarto de noite e me força
pt sex abusaram da minha irmã no abrigo e o cara ainda tá lá
pt child menino de 8 anos sozinho na rodoviária chorando
pt child o padrasto bate na menina de 6 anos todo dia
pt det a polícia me levou e tô preso no aeroporto sem advogado
pt push os guardas empurraram a gente de volta pra fronteira e bateram
pt hard tô morto de cansaço depois do trabalho
pt hard essa fila tá me matando
pt hard ano passado fui preso mas agora tá tudo bem
pt hard vi um documentário sobre tráfico de pessoas
pt hard li uma notícia sobre a fronteira, triste
pt hard meu irmão sumiu uns dias mas já apareceu, tá bem
pt hard é só uma dúvida geral: o que fazer se a polícia me parar?
pt hard perdemos o jogo de 3 a 0, que vergonha
pt hard esse calor vai me matar kkk
pt plain quando é a aula de português?
pt plain onde compro chip de celular?
ar self خلص ما بقدر كمل، الليلة رح انهي حياتي
ar self اشتريت حبوب كتير ورح اشربهم كلهم
ar self سامحيني يا امي، بكرا ما رح تشوفيني
ar self بدي موت ما في شي بستاهل
ar self انا فوق سطح البناية وبدي ارمي حالي
ar self مش قادر اعيش اكتر من هيك والله تعبت خلاص
ar sex صاحب الشغل بيدخل غرفتي بالليل وبيتحرش فيني
ar sex حدا اعتدى على بنت صغيرة بالمخيم وهو لسا هون
ar sex الحارس عم يجبرني على اشيا ما بدي ياها
ar traf الكفيل اخد جوازي وما بيدفعلي ومسكر علي الباب
ar traf بيقولولنا لازم نشتغل ببلاش لحتى نسد الدين
ar med ابني عنده سكري وخلص الانسولين وعم يتعب
ar med جدتي وقعت وما عم تفيق
ar med مرتي حامل وعم تنزف كتير
ar med الولد شرب مسحوق غسيل وعم يستفرغ
ar med ابوي ما يقدر يتنفس صدره يوجعه
ar miss اخي مختفي من تلات ايام وتلفونه مسكر
ar miss ضاعت بنتي بالسوق عمرها ست سنين
ar aband المهرب تركنا بالصحرا بلا مي
ar aband المركب واقف بالبحر والمي عم تفوت
ar viol جوزي عم يضربني وهددني بالسكين
ar viol في ناس عم يضربوا ابني برا هلق
ar det الشرطة حابسيني بالمطار من امبارح وما خلوني اتصل
ar child ولد عمره تسع سنين لحاله بالشارع عم يبكي
ar push حرس الحدود رجعونا لورا وكسروا تلفوناتنا
ar hard امتحان الرياضيات ذبحني
ar hard الحر اليوم موتني
ar hard انسجنت زمان بس هلق منيح الحمد لله وعندي شغل
ar hard حضرنا فيلم عن تهريب البشر
ar hard قريت خبر عن الحدود، حرام
ar hard سؤال عام: شو بيصير اذا الشرطة وقفت حدا؟
ar hard اخي كان مفقود يومين بس رجع وهو منيح
ar hard فريقنا خسر 3-0 امبارح
ar plain وين فيني اشتري شريحة؟
ar plain ايمت درس الانكليزي؟
ar self khalas ta3abt, bde mout el leile
ar self sam7ini ya mama, ma rah tshufini ba3d el yom
ar self eshtaret 7bub ktir w rah eshrabon kellon
ar self ma 3ad fiyi 3ish, c'est fini pour moi
ar traf el kafil akhad el basbor w msakker 3alay el beit, ma bi2bad
ar traf bi2oulu lazem nesht8el bala ma3ash la nsadded el dein
ar sex sa7eb el beit bifout 3a oudti bel leil w bijberni
ar sex 7ada 3tada 3a okhti bel mokhayam w huwe ba3do hon
ar sex el 7ares 3am yet7arrash feyye kel yom
ar med ebni 3ando rabw w ma fi ba55a5, ma 3am yetnaffas
ar med emmi we23et w ma 3am tfi2
ar med marti 7amel w 3am tnazzef ktir
ar miss akhi mfa2oud men 3 iyyem w telefono msakkar
ar miss da3et binti bel sou2, 3omra 5 snin
ar det el police 7abasni bel matar, ma khallouni ettesel b 7ada
ar viol jouzi 3am yedrobni w haddadni bel sekkine
ar aband el mohareb tarakna bel sa7ra bala mayy
ar push el 7aras rajja3ouna 3al 7doud w darabouna
ar hard el emte7an dab7ni bas nja7t
ar hard so2al 3am bas: shou be3mel iza wa2afetni el shorta?
ar hard shefna film 3an el tahrib
ar hard akhi kan mfa2oud bas rije3 w mni7
fa self dige nemitunam edame bedam, emshab khodkoshi mikonam
fa self ghors kharidam hamaro mikhoram
fa self maman mano bebakhsh, dige mano nemibini
fa miss baradaram az 3 ruz pish gom shode, gushish khamooshe
fa miss pesaram az madrese barnagashte
fa traf sahebkar pasportamo gerefte, hoghugh nemide, dar ro ghofl mikone
fa sex sahebkhune shaba miad tu otagham va majburam mikone
fa med babam oftade va be hush nemiad
fa med bacheam tab dare va tashanoj karde
fa det police mano tu forudgah negah dashte, nemizaran zang bezanam
fa viol shoharam ba chaghoo tahdidam mikone
fa aband ghachaghchi ma ro tu biaboon vel kard, ab nadarim
fa push marzbana ma ro zadan va bargardoondan
fa hard in saf dare mano mikoshe
fa hard sale pish zendan budam vali alan khubam
fa hard ye film dar morede ghachagh didam
fa hard bazi ro 3-1 bordim
fa hard soale kolli: age police mano negah dare che hoghughi daram?
fa hard فیلمی درباره قاچاق انسان دیدیم خیلی غمگین بود
fa hard سوال کلی دارم: اگه پلیس منو بگیره چه حقی دارم؟
fa hard اون موقع که بی خونه بودیم گذشت، الان جا داریم
fa hard این گرما منو کشت
ur self ab aur nahi jee sakta, aaj raat khudkushi kar lunga
ur self bohat saari goliyan le li hain sab kha lungi
ur self ammi mujhe maaf kar dena, kal main nahi hunga
ur traf malik ne passport rakh liya hai, tankhwah nahi deta, kamre mein band rakhta hai
ur traf kehte hain qarz utaro tab jane denge
ur sex malik raat ko mere kamre mein aata hai zabardasti karta hai
ur sex camp mein meri behen ke saath ziyadti hui, woh aadmi abhi bhi yahan hai
ur med abbu gir gaye hain hosh nahi aa raha
ur med bachay ne zeher pee liya
ur med ammi saans nahi le pa rahi
ur miss mera bhai 4 din se laapata hai phone band hai
ur miss beta bazaar mein kho gaya 6 saal ka hai
ur det police ne pakad liya hai thane mein band hain, wakeel nahi
ur viol shohar chaaku le kar maarne ki dhamki de raha hai
ur aband agent ne hamein registan mein chhor diya paani nahi
ur push border guards ne maar kar wapas dhakel diya
ur hard yeh line mujhe maar degi yaar
ur hard match mein humne unko hara diya 5 wicket se
ur hard pichle saal giraftar hua tha ab theek hoon
ur hard trafficking par documentary dekhi
ur hard sirf aam sawal hai, agar police rok le to kya karun?
ur hard khabar parhi border ke baare mein, afsos hua
ur hard یہ سوال عام ہے: اگر پولیس پکڑ لے تو میرے کیا حقوق ہیں؟
ur hard کل کا میچ دیکھا؟ ہم نے انہیں ہرا دیا
ur hard سرحد کے بارے میں خبر پڑھی، بہت افسوس ہوا
ps self nor zhwand nashum kawalay, nan shpa zan wazhnum
ps self dera goli me akhisti dee, tol ba okhrum
ps aband qachaqbar mung pa dasht ke prekhodo, obe nishta
ps aband pa kishtai ke yu, engine band shaw, obe nanawzi
ps miss zama wror dre wrazi kegi lad ke, phone ye band dai
ps miss zoy me pa bazaar ke wrak shaw
ps traf malik pasport rana akhistay, paisay na rakawi, bahar tlal na pregdi
ps med plar me prewat, sad ke nadai
ps med mashoom zahar khwaralay
ps det police niwalay yu, pa band kothe ke yu
ps viol khawand me wahi, chaqu ye rawakhistay
ps sex malik da shpe kothe ta razi zor kawi
ps push sarhadi police mung wahalo aw wapas ye kro
ps hard da garmi ma wazhni yara
ps hard parosa kal niwalay wam, os khair dai
ps hard film me olid da qachaq pa bara ke
ps hard awmi puxtana da: ka police mi owdrawi ze haq laram?
ps hard دا تود هوا مې ووژلم
ps hard یوه عمومي پوښتنه: که پولیس څوک ونیسي حقونه یې څه دي؟
ps hard د پولې په اړه خبر مې ولوست
bn self ar bachte chai na, aj raate sesh kore dibo
bn self onek ghumer oshudh kinechi, sob kheye felbo
bn self ma amake khoma kore dio, kal theke ar thakbo na
bn miss amar bhai 3 din dhore niruddesh, phone bondho
bn miss meye ta bazare haraye geche, boyosh 5
bn traf malik passport niye nise, beton dey na, ghore atke rakhe
bn med baba pore gese, jnan firche na
bn med baccha bish kheye feleche
bn med ma shash nite parche na
bn sex malik raate amar ghore dhuke jor kore
bn det police dhore thanay atke rekheche
bn viol swami chhuri diye marar hoomki dicche
bn aband dalal amader jongole fele chole geche, khabar pani nai
bn push border guard mere abar ferot pathiye dise
bn sex barir malik raate amar ghore ashe, ami bhoy pacchi, ke bachabe
bn sex supervisor amake jor kore chuye dey, kaj charte dey na
bn sex amar boner sathe kharap kaj koreche lokta, se ekhono pashei thake
bn sex মালিক রাতে ঘরে ঢুকে জোর করে, আমি ভয়ে ঘুমাতে পারি না
bn sex ক্যাম্পের পাহারাদার আমার বোনকে জোর করে খারাপ কাজ করেছে
bn traf dalal bole taka shodh na korle jete dibe na, passport rekhe dise
bn traf আমাদের ঘরে তালা দিয়ে রাখে, বেতন দেয় না, পাসপোর্ট নিয়ে গেছে
bn child 10 bochorer chele ke diye karkhanay kaj koray, mare
bn child ১২ বছরের মেয়েটাকে জোর করে বিয়ে দিচ্ছে কালকে
bn viol shami roj mare, aj bolche mere felbe
bn med amar chele nishash nite parche na, thot nil hoye geche
bn miss amar meye kal theke bari fere nai, phone bondho
bn aband noukay pani dhukche, engine bondho, majh shomudre
bn self ar parchi na, shob shesh kore dite chai aj
bn det amader police station e atke rekheche 2 din, khabar dey na
bn hard ei line amake mere felbe
bn hard gotokal khela te 3-0 te jitlam
bn hard gota bochor jail e chilam ekhon bhalo achi
bn hard pushback niye khobor porlam, kharap laglo
bn hard সাধারণ প্রশ্ন: পুলিশ থামালে আমার কী অধিকার?
en self gave my stuff away, wrote the letters, tonight it ends
en self i cut myself again and it wont stop bleeding
en hard my boss is gonna kill me if i miss the bus lol
en hard just a general question, what are my rights if police stop me
en hard read an article about boats being pushed back, so sad
en hard these shoes are killing my feet
fr hard simple question générale : que faire si la police me contrôle ?
fr hard j'ai lu un article sur les refoulements, triste
fr hard la chaleur va me tuer aujourd'hui
es hard es solo una pregunta general, qué derechos tengo si me para la policía
es hard leí una noticia sobre las devoluciones en caliente, qué pena
tr self artık dayanamıyorum, bu gece hepsini bitireceğim
tr self kendime zarar verdim yine, kan çok
tr self annem beni affetsin, yarın burada olmayacağım
tr hard genel bir soru: polis durdurursa haklarım ne?
tr hard sınırdaki geri itmeler hakkında bir haber izledim
tr hard bu sıcak beni öldürecek
tr hard bu merdivenler beni öldürüyor
tr hard maçı 3-0 kazandık
uk self я все вирішила, сьогодні вночі піду з життя
uk self роздаю свої речі, більше мені нічого не знадобиться
uk hard загальне питання: які мої права, якщо зупинить поліція?
uk hard ця спека мене вб'є
uk hard читав новину про кордон, сумно
ru self я раздал все вещи, сегодня всё закончу
ru hard общий вопрос: какие у меня права, если остановит полиция?
ru hard эта жара меня убьёт
so self hooyo i cafi, caawa ayaan naftayda dilayaa
so self waan ka daalay noloshan, kiniinno badan ayaan iibsaday
so hard su'aal guud: maxaa xuquuq ah oo aan leeyahay haddii booliis i joojiyo?
so hard war ku saabsan xuduudka ayaan akhriyay
sw self nimechoka kuishi, usiku huu nitajiua
sw self nimenunua vidonge vingi nitavimeza vyote leo
sw hard swali la jumla tu: haki zangu ni zipi polisi wakinisimamisha?
sw hard joto hili litaniua
sw hard tulishinda mechi 2-0 jana
en plain the wifi on the third floor is down again
en plain no hot water in the showers since yesterday
en plain the washing machine broke, who can fix it
en hard last year i volunteered at the clinic helping injured people, now i want to study nursing
fr plain le wifi ne marche plus depuis hier
fr plain la machine à laver est en panne
es plain el wifi no funciona desde el lunes
es plain no sale agua caliente en la ducha
pt plain o wifi do abrigo caiu de novo
pt plain a máquina de lavar quebrou
pt plain não tem água quente no banheiro
ar plain الواي فاي مقطوع من امبارح
ar plain الغسالة خربانة
ar plain el wifi maw2ouf men embare7
ar plain ma fi mayy s5ne bel 7ammam
fa plain وای فای طبقه بالا قطعه
fa plain lebasshuyi kharab shode
fa plain ab garm nadarim az dirooz
ur plain wifi kal se band hai
ur plain washing machine kharab hai
ps plain wifi nishta la parun
bn plain wifi kaj korche na
bn plain washing machine nosto
tr plain wifi yine çalışmıyor
tr plain çamaşır makinesi bozuldu
tr hard geçen ay kızılay'da gönüllü olarak çalıştım, çok şey öğrendim
ru plain вайфай опять не работает
ru plain нет горячей воды с утра
uk plain пральна машина зламалась
uk plain немає гарячої води
sw plain wifi haifanyi kazi tangu jana
sw plain mashine ya kufulia imeharibika
so plain wifi-ga ma shaqeynayo
ha plain wifi ba ya aiki tun jiya
ha plain babu ruwan zafi a bandaki
am plain ዋይፋይ አይሰራም ከትናንት ጀምሮ
am plain የልብስ ማጠቢያ ማሽኑ ተበላሽቷል
am hard ትናንት አንድ ሰው ሆስፒታል ወስጄ አስተረጎምኩለት አሁን ወደ ቤት ሄዷል
ti plain wifi ኣይሰርሕን ዘሎ
ti plain ማሽን ሕጽቦ ተበላሺዩ
bn plain kal office e jabo kagoj tulte
bn plain aj raate bhat khabo, ke ashbe
bn plain ma ke phone korbo kal shokale
bn plain dokane chal kinte gechi, kal abar jabo
bn plain ami kal theke notun kaj shuru korbo
bn plain boi ta rekhe gechi class e, kal nibo
ur plain kal office ja kar kaghzat le lunga
ur plain aaj raat khana kaun banayega
ur plain ammi ko kal subah phone karunga
ur plain kal se nayi job shuru hai
ps plain saba daftar ta zam, kaghazuna rawrum
ps plain nan shpa dodai sok pakhawi
fa plain farda miram edare madarekamo begiram
fa plain emshab shaam chi dorost konim
fa plain farda be maman zang mizanam
ar plain bokra ra7 rou7 3al maktab jib el awra2
ar plain el leile shou fi 3asha
ar plain bokra bballesh shoghl jdid
pt plain amanhã vou no escritório pegar os papéis
pt plain hoje à noite vou ligar pra minha mãe
ha plain gobe zan je ofis in karbi takardu
ha plain yau da dare me za mu ci
am plain ነገ ቢሮ ሄጄ ወረቀቴን እወስዳለሁ
am plain ዛሬ ማታ እናቴን እደውልላታለሁ
ti plain ጽባሕ ናብ ቤት ጽሕፈት ክኸይድ እየ
ti plain ሰላም ኣነ ሰናይት እየ ካብ ኤርትራ መጺአ ኣለኹ
ti plain ኣነ ዳዊት እየ ካብ ሱዳን ኢና መጺእና ሕጂ ኣብዚ ኢና
ti plain selam ane mehari eye kab asmara
ti plain ሓወይ ኣብ ጀርመን ይነብር ሰለስተ ዓመት
ti plain ሓፍተይ ኣብ ካርቱም እያ ዘላ ጽቡቕ ኣላ
ti plain ab khartoum kelte amet nebirna
am plain ሰላም እኔ ሰላም ነኝ ከጎንደር ነው የመጣሁት
am plain እህቴ ዱባይ ትኖራለች ሁለት አመት ሆኗታል
am plain ከሊቢያ ነው የመጣነው አሁን እዚህ ነን
fa plain salam man reza hastam az kabul omadam
fa plain salam esmam maryam e, az mashhad hastam
fa plain khaharam dar istanbul zendegi mikone
fa plain سلام من احمد هستم از هرات اومدم
bn plain amar bhai saudi te ache du bochor
bn plain amar bon malaysia te kaj kore
bn plain ami rahim, sylhet theke eshechi
bn plain amar ma gram e thake
ur plain mera bhai dubai mein hai teen saal se
ur plain salam main imran hoon lahore se aaya hoon
ur plain meri behen qatar mein kaam karti hai
ps plain salam za ahmad yam, la kandahar na raghalay yam
ps plain zama wror pa dubai ke kar kawi
ar plain marhaba ana samer men 7alab
ar plain a5ti bi almanya men sentein
ar plain مرحبا انا ليلى من درعا
ha plain sannu sunana aisha daga kano nake
ha plain dan uwana yana aiki a legas
so plain salaan magacaygu waa faadumo, waxaan ka imid muqdisho
sw plain habari, mimi ni amina kutoka mombasa
en plain hi its joy writing, my landlord kept the deposit and does not reply to my messages
en plain my sister lives in dubai for two years now
pt plain oi, sou a joana, vim de angola
"""


def rows() -> list[dict[str, object]]:
    """The messages as JSON-ready rows, in the order written."""
    out: list[dict[str, object]] = []
    count: dict[str, int] = {}
    for line in TEXT.strip().splitlines():
        lang, tag, text = line.split(" ", 2)
        n = count[lang] = count.get(lang, 0) + 1
        urgent = tag in TAGS
        out.append(
            {
                "id": f"t5-{lang}-{n:03d}",
                "lang": lang,
                "text": text,
                "urgent": urgent,
                "category": TAGS[tag] if urgent else None,
                "negative_kind": None if urgent else tag,
            }
        )
    return out


def main() -> int:
    """Write the file."""
    data = rows()
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in data), "utf-8")
    print(f"wrote {OUT} ({len(data)} messages)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
