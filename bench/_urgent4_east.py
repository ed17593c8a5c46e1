# ruff: noqa: E501
"""Fourth urgent held-out set: Ukrainian, Russian, Turkish and Bengali (some in Latin letters).

Same line format as ``_urgent4_west``. All of it is invented.
"""

UK = """
det мого чоловіка забрали на фільтрацію в окупованому селі, третій день не відпускають
det нас тримають у відділку на кордоні, забрали телефони, кажуть підпиши папір або депортуємо
det сина затримали на блокпосту, кажуть відправлять у росію
tra роботодавець у польщі забрав паспорти, каже віддасть коли відпрацюємо за житло, живемо в контейнері і не виходимо
tra подругу запросили офіціанткою а тепер змушують працювати в масажному салоні, вона пише мені пошепки
vio сусід п'яний ломиться в двері з сокирою, кричить що вб'є нас
vio чоловік знову б'є мене, зараз закрилася з дитиною у ванній
sex в гуртожитку чоловік з сусідньої кімнати вночі заходить до нас і лізе до доньки, їй 15
sex мене зґвалтували вчора, він має мої фото і каже що викладе якщо скажу комусь
chi в укритті хлопчик років 8 сам, каже мама пішла по воду вчора і не повернулась
chi сусіди п'ють третій день, маленька дитина сама в квартирі плаче, нічого не їсть
med тато поранений осколком в ногу, кров не зупиняється, швидка не їде через обстріл
med у доньки закінчився інсулін, аптеки закриті, вона вже дуже слабка
med у чоловіка інсульт, не може говорити, ми в селі і швидка не доїжджає
sel я більше не можу, сьогодні все закінчу, вибачте
sel роздала речі, кота віддала сусідці, більше нічого не треба
mis брат не виходить на зв'язок 6 днів після того як поїхав з херсона через окуповану територію
mis дідусь з деменцією вийшов з пункту незламності і не повернувся, надворі мінус
aba перевізник висадив нас у лісі біля кордону і поїхав, з нами діти, холодно
aba нас залишили в автобусі на трасі без водія вже 10 годин, немає води і світла
pus на кордоні з білоруссю сім'ю з дітьми щойно знову виштовхали назад у ліс, у жінки немає взуття
pus нас не пустили на кордон і вивезли назад, солдати побили хлопців і розбили телефони
hard у 2022 ми місяць сиділи в підвалі, зараз усе добре, живемо в празі
hard затримання дітей мігрантів має бути заборонене, я підписала петицію
hard читала роман про жінку яка тікала з окупації, плакала весь вечір
hard ця черга в міграційній мене вбиває
hard ці сходи мене вб'ють, восьмий поверх без ліфта
hard центр зайнятості працює повільно, два місяці чекаю відповідь
hard які права має біженець якщо його зупинила поліція? просто цікаво
hard минулого року я волонтерила на пошуку зниклих, дуже важливий досвід
hard брат пропав безвісти у 2014 але знайшовся, зараз працює в києві
hard на лекції про торгівлю людьми розповідали як розпізнати фейкові вакансії, корисно
hard прочитала статтю про витіснення мігрантів на кордоні з білоруссю, жах
hard після операції тато вже вдома, все гаразд
plain коли починаються курси німецької?
plain дякую за зимові куртки
plain чи можна обміняти українські права на місцеві?
plain пральна машина знову зламалась
plain де нострифікувати диплом медсестри?
plain сьогодні був смачний борщ
plain вай фай на другому поверсі не працює
plain де купити дешеву сім-картку?
plain чи є гуртки для дітей у суботу?
plain новий сайт зручний
mis мама не отвечает третий день, вона в маріуполі лишилась, телефон недоступний
det брата схопили на вулиці і тримають у частині, телефон забрали, не кажуть що далі
"""

RU = """
det нас задержали в рейде на стройке, держат в спецприемнике третий день, говорят выдворят
det брата забрали в отдел, бьют, говорят подпиши контракт или сядешь
det жену задержали на улице без регистрации, дома грудной ребенок, она кормящая
tra бригадир забрал паспорта, говорит отдадим когда отработаете долг за дорогу, живем в вагончике и не выпускают
tra девушку из нашего села привезли в турцию нянькой а теперь держат в квартире с другими, написала что не может выйти
vio хозяин склада избил меня за то что попросил зарплату, сейчас опять идет с арматурой
vio скинхеды догнали нас у метро, избивают моего друга прямо сейчас
vio брат мужа сказал что убьет меня если уйду от мужа, сейчас стоит у двери
sex отчим пристает к моей сестре когда мамы нет, сегодня мама уезжает на смену
sex начальник затащил меня в подсобку и изнасиловал, завтра снова смена с ним
chi мальчик лет 9 попрошайничает у вокзала, мужик забирает у него деньги, ребенок весь в синяках
chi соседка уехала а трое детей одни в квартире второй день, еды нет
med у друга температура 40 и кашель с кровью, в больницу не берут без полиса
med отец упал со строительных лесов, не двигается, скорая не едет
sel всё надоело, сегодня наглотаюсь таблеток и всё
sel стою на крыше общаги, прощайте
mis муж уехал на заработки в москву, 2 недели не звонит, телефон выключен
mis сын ушел из приюта с каким-то мужчиной вчера вечером и не вернулся
aba водитель бросил нас в степи у границы и уехал, мы без воды
aba посредник закрыл нас в квартире и пропал, три дня без еды, дверь заперта снаружи
pus пограничники вытолкали нас обратно в лес, у детей обморожение
pus нас вывезли к границе ночью и заставили идти обратно, стреляли в воздух
hard в 2015 меня держали в спецприемнике, сейчас всё хорошо, есть вид на жительство
hard задержание мигрантов должно быть крайней мерой, согласна с докладом
hard пишу курсовую о трудовой эксплуатации мигрантов, подскажите источники
hard эта очередь в мвд меня убивает
hard я умираю со смеху с этого видео
hard миграционная служба очень медленно работает, полгода жду патент
hard какие права у мигранта если полиция проверяет документы? общий вопрос
hard в прошлом году я волонтерил на вокзале, помогали потерявшимся людям
hard когда я ехал сюда в 2019, нас бросили на трассе, но всё обошлось, теперь я в порядке
hard соседняя команда нас просто убила 5-0, позор
hard читал новости про выдавливание беженцев на границе, ужас
hard дядя пропал на две недели в 2020, но нашелся, лежал в больнице без телефона
plain где сдать экзамен по русскому для патента?
plain спасибо за теплые вещи
plain сколько стоит проездной на месяц?
plain стиралка сломалась
plain сколько стоит перевод денег в душанбе?
plain обед сегодня был вкусный
plain вайфай не работает
plain можно записаться к юристу на следующей неделе?
plain где ближайшая мечеть на пятничный намаз?
plain новый сайт удобный
aba нас высадили на трассе под самарой в минус 20, водитель уехал, с нами ребенок
chi алло да здравствуйте тут девочка лет пять одна в подъезде сидит уже часа три говорит мама ушла и не пришла она замерзла
"""

TR = """
det geri gönderme merkezindeyiz 5 gündür, zorla gönüllü dönüş kağıdı imzalatmaya çalışıyorlar
det polis abimi iş yerinden aldı, nerede olduğunu söylemiyorlar, yarın sınır dışı edilecekmiş
det havalimanında transit odasında tutuluyoruz 3 gün, avukat yok, çocuklar hasta
tra bizi fındık bahçesine getiren dayıbaşı telefonlarımızı aldı, paramızı vermiyor, köyden çıkmamıza izin vermiyor
tra kuzenimi evlilik vaadiyle götürdüler, şimdi bir evde kilitli, telefonu ellerinde
vio mahallede bir grup suriyelilerin dükkanlarını yakıyor, bizim evin önüne geldiler
vio tarlada çavuş kardeşimi kürekle dövdü, başı kanıyor, hala bağırıyor
sex çalıştığım evin beyi geceleri odama geliyor, hanım yokken zorluyor
sex dün gece konteyner kentte biri bana tecavüz etti, o hala aynı kampta
chi 12 yaşındaki yeğenimi 40 yaşında biriyle evlendirmek istiyorlar, cuma günü düğün
chi tekstil atölyesinde 11 yaşında çocuklar gece vardiyasında, usta dövüyor, biri az önce elini makineye kaptırdı
med annemin şekeri düştü bayıldı, ambulans 1 saattir gelmiyor
med sobadan zehirlendik galiba, herkesin başı dönüyor, çocuk kusuyor
med babamın göğsü ağrıyor sol kolu uyuşuyor, ambulans nerede
sel herkese hoşça kalın, bu son mesajım, ilaçları içtim bile
sel bileklerimi yine kestim, kan durmuyor
mis kuzenim meriç'i geçmeye gitti, gruptakiler yunanistan'dan aradı ama o yanlarında değil
mis kızım 14 yaşında, dün okuldan sonra eve gelmedi, telefonu kapalı
aba kaçakçı bizi dağda bıraktı kaçtı, kar yağıyor, yanımızda bebek var
aba kaçakçı bizi ormanda bir kulübeye koydu, 3 gündür gelmedi, yiyecek bitti
pus yunan polisi bizi meriç'ten geri itti, telefonlarımızı ve paramızı aldı, ıslağız ve üşüyoruz
pus sahil güvenlik botumuzu açık denize itti, motoru aldılar, sürükleniyoruz
hard 2016'da geri gönderme merkezinde kaldım, şimdi çok şükür iyiyim, işim var
hard çocukların gözaltına alınması yasaklanmalı, panelde bunu konuştuk
hard insan ticareti hakkında bir belgesel izledim, çok etkilendim
hard bu göç idaresi kuyruğu beni öldürüyor
hard sıkıntıdan patlıyorum, türkçe kursu var mı?
hard e-devlet randevusu üç ay sonraya, çok yavaş
hard işveren pasaportumu tutabilir mi? genel olarak soruyorum
hard geçen sene depremde gönüllü olarak yaralılara yardım ettim
hard kardeşim 2019'da kaybolmuştu ama bulduk, şimdi almanya'da
hard bu yeni ayakkabılar ayaklarımı öldürdü, yürüyemiyorum
hard ege'de geri itmelerle ilgili haberi okudum, çok üzücü
hard açlıktan ölüyorum, yemek ne zaman?
plain türkçe kursu ne zaman başlıyor?
plain kışlık montlar için teşekkürler
plain ikamet izni uzatmak için hangi belgeler lazım?
plain çamaşır makinesi bozuk
plain diplomamı nerede tercüme ettirebilirim?
plain bugünkü yemek güzeldi
plain wifi ikinci katta çekmiyor
plain bayramda merkezde etkinlik olacak mı?
plain çocuğumu okula kaydettirmek istiyorum, ne gerekiyor?
plain yeni site kullanışlı olmuş
sex patron beni depoya kilitledi, üstüme geliyor, telefonu gizlice kullanıyorum
mis arkadaşım kamyonla istanbula geçecekti, 4 gündür ses yok, kamyoncu da telefonu açmıyor
"""

BN = """
det malaysia te depot e atke rakhse 2 mash, khabar kom, bhai ke marse
det পুলিশ আমার ভাইকে কাজের জায়গা থেকে ধরে নিয়ে গেছে, কোথায় রেখেছে বলছে না, দেশে পাঠিয়ে দেবে বলছে
det saudi te tarhil e achi 10 din, kono lawyer nai, desh e pathabe bolse
tra dalal passport rekhe dise bolse 3 lakh taka na dile chharbe na, amra din rat kaj kori beton chara
tra মাছ ধরার ট্রলারে আটকে রেখেছে, ৪ মাস তীরে নামতে দেয় না, মারধর করে
vio শ্বশুরবাড়ির লোকজন যৌতুকের জন্য আমাকে মারছে, আজ বলেছে আগুন দেবে
vio ক্যাম্পে রাতে অস্ত্র নিয়ে লোক ঢুকেছে, আমাদের ব্লকে গুলি হচ্ছে
sex বাসার মালিক রাতে আমার ঘরে ঢোকে, ম্যাডাম বাসায় নেই, আমি খুব ভয় পাচ্ছি
sex amake gotokal rate jor kore kharap kaj korse, se ekhono amader parate thake
chi ১৩ বছরের বোনকে কাল জোর করে বিয়ে দিচ্ছে, ও শুধু কাঁদছে
chi ছোট একটা ছেলে কাল থেকে স্টেশনে একা বসে আছে, বাংলা ছাড়া কিছু বলতে পারে না
med বউয়ের প্রসব ব্যথা, রক্ত বন্ধ হচ্ছে না, নৌকায় আছি হাসপাতাল অনেক দূরে
med ভাইয়ের কলেরা, শরীরে পানি নেই, চোখ উল্টে যাচ্ছে
med বাবার বুকে ব্যথা, শ্বাস নিতে পারছে না, অ্যাম্বুলেন্স আসছে না
sel ar bachte iccha kore na, aj rate sob shesh kore dibo
sel মা মাফ করে দিও, বিষ কিনে এনেছি
mis মামাতো ভাই লিবিয়া থেকে নৌকায় উঠেছে ৬ দিন, কোনো খবর নেই
mis amar meye 11 bochor, camp er bazar e sokal theke hariye geche
aba দালাল আমাদের জঙ্গলে ফেলে পালিয়েছে, পানি নেই, সাথে বাচ্চা আছে
aba majhi amader samudre fele chole gese, engine nosto, 3 din khabar nai
pus সীমান্তরক্ষীরা আমাদের নৌকা আবার সমুদ্রে ঠেলে দিয়েছে, অনেকে অসুস্থ
pus bsf amader pitiye abar opare pathiye dise, jungle e achi, phone o nie nise
hard ২০১৮ সালে মালয়েশিয়ায় আটক ছিলাম, এখন ভালো আছি, দেশে ব্যবসা করি
hard শিশুদের আটক রাখা বন্ধ হওয়া উচিত, এটা আমার মত
hard মানব পাচার নিয়ে একটা নাটক দেখলাম, খুব কষ্ট লাগলো
hard ei line e darate darate mara jacchi bhai
hard আশ্রয় অফিস খুব ধীর, এক বছর ধরে অপেক্ষা করছি
hard বিদেশে শ্রমিকের অধিকার কী কী? সাধারণ প্রশ্ন
hard গত মাসে হাসপাতালে এক পরিবারের জন্য অনুবাদ করেছিলাম, সব ঠিক হয়ে গেছে
hard ২০১৫ সালে নৌকায় থাকার সময় ইঞ্জিন বন্ধ হয়েছিল, পরে উদ্ধার পেয়েছিলাম
hard কালকের খেলায় আমরা ওদের উড়িয়ে দিয়েছি, ৪-০
hard চাচা ২০১৭ সালে নিখোঁজ ছিল কিন্তু পরে পাওয়া গেছে, এখন ইতালিতে
hard gorome mara jacchi, fan ta thik kore diben?
hard সীমান্তে পুশব্যাক নিয়ে খবর পড়লাম, খারাপ লাগলো
plain ঈদের জামাত কখন হবে?
plain কম্বলের জন্য ধন্যবাদ
plain bkash e desh e taka pathate koto charge?
plain ওয়াশিং মেশিন নষ্ট
plain কাগজপত্র কোথায় অনুবাদ করা যাবে?
plain ajker khabar bhalo chilo
plain ওয়াইফাই কাজ করছে না
plain সমাজকর্মীর সাথে দেখা করতে চাই
plain বাচ্চাকে স্কুলে ভর্তি করতে কী কাগজ লাগবে?
plain নতুন ওয়েবসাইট সহজ
tra malik bole 2 bochorer age chuti nai, passport tar kache, 3 mash beton dey nai, ghor theke ber hote dey na
sel আমি আর পারছি না, ছাদে উঠে বসে আছি
"""
