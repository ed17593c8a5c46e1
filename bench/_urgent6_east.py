"""Sixth held-out urgent set: uk, ru, tr, bn.

One message a line: a tag, a space, the text. The tag is an urgent category, or
``hard`` / ``plain`` for a message that is not urgent. Written blind (see bench/urgent_heldout6.py).
"""

# ruff: noqa: E501

TEXTS = {
    "uk": """
detention нас закрили в якомусь ангарі біля аеропорту вже третій день телефони забрали кажуть завтра літак додому а адвоката не дають
detention брата забрала поліція прямо з роботи тримають в камері не дають нікому подзвонити допоможіть будь ласка
trafficking господар забрав паспорти у всіх нас і каже що ми винні йому по 3000 євро поки не відпрацюємо не відпустить
trafficking працюємо на фермі по 14 годин без грошей на ніч двері замикають вийти не можемо
violence сусід знову прийшов з ножем під двері кричить що вбє мене і дітей ми сховались у ванній
violence біля гуртожитку стоять якісь чоловіки з битами чекають на наших хлопців пишу з туалету
sexual_violence власник квартири каже якщо не буду з ним спати викине нас на вулицю і донесе в міграційну, вчора вночі вже ломився до кімнати
sexual_violence начальник на роботі лізе до мене руками і погрожує звільнити якщо комусь скажу, я боюсь завтра туди йти
child_at_risk дівчинці 14 років батько хоче віддати її заміж за чоловіка якому під 40 весілля в суботу вона плаче
child_at_risk на вокзалі сидить хлопчик років 10 сам каже маму забрали вже вечір і ніхто його не шукає
medical у дружини почались перейми а лікарня не приймає бо нема страховки, іде кров що робити
medical малий не дихає нормально губи сині швидка не їде
self_harm я більше так не можу. вибачте всім. мамо пробач
self_harm купила пігулки лежать на столі, не хочу завтра прокидатись
missing_person чоловік поїхав до кордону в понеділок і з того часу телефон вимкнений, ніхто не знає де він
missing_person сестра мала подзвонити з польщі ще тиждень тому жодної звістки і її подруги теж не відповідають
abandonment водій висадив нас у лісі і поїхав, нас 9 з дітьми води нема холодно не знаємо куди йти
abandonment нас лишили в причепі фури двері закриті ззовні дихати важко
pushback прикордонники побили нас кийками і вивезли назад через ріку, в одного хлопця зламана рука
pushback ми вже перейшли а нас знову женуть назад у ліс, забрали телефони і взуття
hard у 2022 мене тримали в центрі для мігрантів два місяці, зараз маю посвідку і працюю кухарем
hard затримання дітей у таборах треба заборонити, підпишіть нашу петицію
hard ця черга в міграційній службі мене просто вбиває стою з сьомої ранку
hard пишу курсову про торгівлю людьми в європі, де можна знайти статистику?
hard який номер гарячої лінії проти торгівлі людьми? просто щоб знати на всяк випадок
hard син учора зник але поліція знайшла його вночі, він вдома, все добре дякую
hard дивилась фільм де людей кинули в пустелі, досі під враженням
hard в новинах писали що біля лампедузи перевернувся човен, жах якийсь
hard начальник мене вбє якщо знову запізнюсь 😂
hard а що буде якщо мене зупинять без документів, які в мене права? питаю на майбутнє
hard вмираю з нудьги на цих курсах мови вчитель весь час читає з листочка
hard довідку чекаю вже три місяці це знущання якесь коли вже буде відповідь
plain дякую за допомогу з документами, все отримала
plain де можна записатись на курси німецької для дорослих?
plain сина в школі дуже добре прийняли вчителька допомагає з мовою
plain скільки коштує продовжити посвідку? на сайті незрозуміло
plain шукаю квартиру в кракові але агенції не хочуть здавати з дітьми, може є якісь контакти
plain в центрі зайнятості дали хорошу консультацію вже маю дві співбесіди
plain чи можна тут підтвердити мій диплом? я медсестра
plain автобус до табору ходить лише двічі на день, було б добре частіше
""",
    "ru": """
detention меня держат в участке с утра паспорт забрали говорят завтра депортируют адвоката не дают
detention мужа забрали прямо с рынка сейчас он в закрытом центре звонить нельзя, за нами тоже могут прийти
trafficking работаем на стройке без выходных хозяин держит наши документы и говорит что мы ему должны за дорогу, уйти нельзя
trafficking нас продали другому бригадиру как скот живём в подвале телефоны отобрали
violence трое пьяных ломятся к нам в дверь кричат что убьют черных полиция не едет
violence хозяин избил брата арматурой за то что попросил зарплату, грозит что и меня закопает
sexual_violence работодатель заставляет меня спать с ним говорит иначе сдаст в миграционку
sexual_violence подругу вчера изнасиловали в общаге а этот человек до сих пор там живёт, она не выходит из комнаты
child_at_risk соседскую девочку 13 лет выдают замуж на следующей неделе она плачет и просит помочь
child_at_risk мальчик 12 лет по ночам работает на автомойке хозяин его бьёт родителей рядом нет
medical жена без сознания не отвечает пена изо рта трясёт всю
medical брат упал с лесов нога сломана кость торчит а бригадир не хочет вызывать скорую потому что мы без документов
self_harm не вижу смысла дальше решил сегодня всё закончить
self_harm простите меня все. вещи мои отдайте брату
missing_person отец уехал в москву на заработки и третью неделю не выходит на связь телефон недоступен
missing_person лодка с моим двоюродным братом вышла в четверг до сих пор ничего не знаем
abandonment проводник бросил нас в степи ночью сказал ждать и не вернулся, воды почти нет, с нами старик
abandonment нас оставили в закрытом грузовике на стоянке жарко дети плачут открыть не можем
pushback пограничники выгнали нас обратно за забор били дубинками у женщины кровь на голове
pushback нашу лодку тащат обратно к турции катер береговой охраны мотор сняли
hard в 2018 году меня задержали на границе но сейчас у меня вид на жительство и своя пекарня
hard содержание детей в центрах заключения нужно прекратить, это позор для европы
hard эта очередь в миграционной меня добьёт честно
hard делаю доклад в колледже про торговлю людьми, где взять реальные цифры?
hard подскажите телефон горячей линии по торговле людьми, сохраню на всякий случай
hard дочь вчера потерялась в торговом центре но охрана нашла её через час, всё хорошо
hard читаю книгу про беженцев которых бросили в пустыне, очень тяжелая история
hard слышали что в греции опять лодку развернули? ужас что творится
hard если опоздаю ещё раз шеф меня убьёт 😅
hard умираю от скуки на этих курсах всё одно и то же
hard а если бы меня остановили без регистрации что было бы? чисто гипотетически
hard полгода жду ответа по убежищу, издевательство какое-то, хоть бы кто ответил
plain спасибо вам большое документы приняли с первого раза
plain где можно записаться на бесплатные курсы языка?
plain в школе ребёнку дали учителя для помощи с языком, очень довольны
plain подскажите как продлить разрешение на работу
plain общежитие нормальное но по вечерам нет горячей воды
plain можно ли подтвердить здесь мой диплом инженера?
plain консультант в центре очень помог с пособием спасибо
plain когда будет следующая встреча для родителей мигрантов?
""",
    "tr": """
detention 3 gündür geri gönderme merkezinde tutuluyoruz telefonlarimizi aldılar avukat yok yarın sınır dışı edecekmişiz
detention kardeşimi polis işyerinden aldı karakolda tutuyorlar kimseyi aramasına izin vermiyorlar yardim edin
trafficking patron pasaportlarımızı aldı borcunuz var diyor 2000 euro ödemeden hiçbiriniz gidemezsiniz diyor
trafficking tarlada günde 15 saat calıstırıyorlar para yok gece kapıyı kilitliyorlar çıkamıyoruz
violence ev sahibi elinde bıçakla kapıda bağırıyor sizi öldürcem diye, çocuklarla banyoya kilitlendik
violence mahallede sopalı adamlar suriyelileri arıyor dükkanın arkasında saklanıyorum
sexual_violence ustabaşı benimle olmazsan seni polise ihbar ederim diyor her gece mesaj atıyor bugün odaya geldi
sexual_violence arkadaşıma dün gece tecavüz ettiler adam hala aynı binada kalıyor o korkudan dışarı çıkamıyor
child_at_risk komşunun 13 yaşındaki kızını cumartesi evlendiriyorlar kız ağlıyor kaçmak istiyor
child_at_risk otogarda 9 yaşında bir çocuk tek başına bekliyor annesini götürmüşler diyor akşam oldu kimse gelmedi
medical eşim doğuruyor hastane kimlik yok diye almadı çok kan var ne yapayım
medical bebek sabahtan beri kıpırdamıyor ateşi çok yüksek nefesi garip
self_harm artık dayanamıyorum herkes beni affetsin
self_harm ilaçları topladım bu gece bitiricem yarın uyanmak istemiyorum
missing_person abim pazartesi sınıra gitti o günden beri telefonu kapalı kimse nerede olduğunu bilmiyor
missing_person ayvalıktan kalkan botta kuzenim vardı 4 gündür haber alamıyoruz
abandonment kaçakçı bizi ormanda bırakıp kaçtı 11 kişiyiz çocuklar var su bitti yolu bilmiyoruz
abandonment tırın dorsesinde kaldık kapı dışardan kilitli hava yok
pushback askerler bizi dövüp nehrin öbür tarafına geri attı bir çocuğun kolu kırıldı
pushback sahil güvenlik botumuzu geri itiyor motoru aldılar denizin ortasındayız
hard 2017de libyada gözaltına alınmıştım şimdi oturma iznim var aşçı olarak çalışıyorum
hard çocukların gözaltında tutulması bitmeli, kampanyamıza destek verin
hard göç idaresindeki bu kuyruk beni öldürecek valla
hard üniversite ödevim için insan ticareti hakkında kaynak arıyorum yardımcı olur musunuz
hard insan ticareti ihbar hattının numarası ne? lazım olursa diye kaydedeyim
hard oğlum dün kaybolmuştu ama polis akşam buldu şimdi evde çok şükür
hard çölde bırakılan göçmenler hakkında bir film izledim çok etkilendim
hard haberlerde gördüm yunanistan açıklarında yine bot batmış, çok üzücü
hard patron geç kalırsam beni öldürür haha
hard dil kursunda sıkıntıdan ölüyorum hoca hep aynı şeyi anlatıyor
hard farazi soruyorum, belgesiz yakalanırsam haklarım neler olur
hard ikamet kartımı 4 aydır bekliyorum bu ne rezalet kimse cevap vermiyor
plain belgeler için yardımınıza teşekkürler hepsini aldım
plain yetişkinler için almanca kursu nerde var
plain oğlumun okulu çok iyi öğretmeni çok ilgili
plain çalışma iznini uzatmak için hangi belgeler lazım
plain ev arıyorum ama kiralar çok pahalı sosyal konut başvurusu nasıl yapılıyor
plain diplomamı burada tanıtabilir miyim hemşireyim
plain danışman çok yardımcı oldu iş görüşmem var
plain belediye otobüsü kampa az geliyor daha sık olsa iyi olur
""",
    "bn": """
detention amake airport er ekta ghore atke rakhse 2 din dhore phone niye nise kal desh e pathabe bolse lawyer dicche na
detention ভাইকে পুলিশ কাজের জায়গা থেকে ধরে নিয়ে গেছে, থানায় আটকে রেখেছে, কাউকে ফোন করতে দিচ্ছে না
trafficking দালাল আমাদের পাসপোর্ট রেখে দিয়েছে, বলছে ৩ লাখ টাকা দেনা শোধ না করলে ছাড়বে না
trafficking malik amader passport niye nise 16 ghonta kaj kori beton nai rate ghor e tala diye dey ber hoite pari na
violence মালিক ভাইকে রড দিয়ে পিটাচ্ছে বেতন চাওয়ায়, বলছে মেরে ফেলবে, আমি লুকিয়ে লিখছি
violence kisu lok churi niye amader room er samne dariye ase bolse bangali der mere felbe police ashe na
sexual_violence বাসার মালিক বলছে তার সাথে না শুলে পুলিশে দিয়ে দেবে, কাল রাতে ঘরে ঢুকে পড়েছিল
sexual_violence kafil amar bon ke rat e jor kore dhorse, bon ekhono oi barite kaj kore palate parche na
child_at_risk পাশের বাড়ির ১৩ বছরের মেয়েটার বিয়ে দিচ্ছে শুক্রবার, মেয়েটা খুব কান্নাকাটি করছে
child_at_risk station e ekta 8-9 bochorer chele eka boshe ase bolche ma ke police niye gese raat hoye gese keu ashe nai
medical বউয়ের প্রসব ব্যথা উঠেছে, কাগজ নেই বলে হাসপাতাল ভর্তি নিচ্ছে না, অনেক রক্ত যাচ্ছে
medical bhai construction theke pore gese matha theke rokto porche hush nai malik ambulance dakte dicche na
self_harm আর পারছি না, সবাই আমাকে মাফ করে দিও, মা কে বলো আমি ভালোবাসি
self_harm kal sokale ar ghum theke uthte chai na ghumer oshudh sob jog korsi
missing_person আমার স্বামী সোমবার বর্ডারের দিকে গেছে, তারপর থেকে ফোন বন্ধ, কেউ কিছু জানে না
missing_person libya theke boat e uthse amar mama 5 din age ar kono khobor nai
abandonment দালাল আমাদের জঙ্গলে ফেলে চলে গেছে, ১২ জন আছি, পানি শেষ, রাস্তা চিনি না
abandonment amader truck er pichone tala diye rekhe driver chole gese gorom bacchara kandche
pushback বর্ডার গার্ড লাঠি দিয়ে মেরে আবার নদীর ওপারে ঠেলে দিয়েছে, একজনের হাত ভেঙে গেছে
pushback coast guard amader boat ta pichone tene niye jacche engine khule niyeche majh shomudre achi
hard ২০১৯ সালে লিবিয়ায় আমাকে আটকে রেখেছিল, এখন কাগজ আছে, রেস্টুরেন্টে রান্নার কাজ করি
hard শিশুদের ডিটেনশন সেন্টারে রাখা বন্ধ করতে হবে, আমাদের পিটিশনে সই করুন
hard ei line e darate darate mara jacchi bhai shokal 6 ta theke
hard কলেজের প্রজেক্টের জন্য মানব পাচার নিয়ে তথ্য দরকার, কোথায় পাব?
hard মানব পাচার হটলাইনের নাম্বার কত? দরকার হলে কাজে লাগবে
hard chele kal harie gechilo kintu police raat e khuje peyeche ekhon bashay ache alhamdulillah
hard একটা সিনেমা দেখলাম যেখানে দালাল লোকদের মরুভূমিতে ফেলে যায়, খুব কষ্ট লাগলো
hard khobore dekhlam italy r kache abar boat dube gese khub kharap lagche
hard deri korle boss amake khun kore felbe haha
hard ভাষা কোর্সে বিরক্তিতে মরে যাচ্ছি, একই জিনিস বারবার পড়ায়
hard jodi kagoj chara police dhore tahole ki hobe? emni jante chaitesi
hard ৫ মাস ধরে রেসিডেন্স কার্ডের অপেক্ষা করছি, কেউ কিছু বলে না, এটা কেমন নিয়ম
plain কাগজপত্রে সাহায্যের জন্য অনেক ধন্যবাদ
plain bhasha course e kivabe registration korbo?
plain আমার মেয়ের স্কুলের টিচাররা খুব ভালো, ভাষা শিখতে সাহায্য করছে
plain work permit renew korte ki ki lagbe
plain কম ভাড়ায় বাসা কোথায় পাওয়া যায়? এজেন্সি অনেক টাকা চায়
plain আমার ডিপ্লোমা কি এখানে স্বীকৃতি পাবে? আমি ইলেকট্রিশিয়ান
plain counselor bhai khub help korse ekta job interview pailam
plain কমিউনিটি অফিসটা শনিবার কয়টায় খোলে?
""",
}
