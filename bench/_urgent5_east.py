"""Fifth held-out urgent set: Ukrainian, Russian, Turkish, Bengali fragments.

One message a line: a tag, a space, the text. The tag is an urgent category, or
``hard`` / ``plain`` for a message that is not urgent. Some Bengali lines are in
Latin letters (Banglish), as people type them.
"""

# ruff: noqa: E501

TEXTS = {
    "uk": """
detention мого чоловіка тримають на фільтрації під бердянськом вже 5 днів, телефон забрали, кажуть відправлять в росію, допоможіть
detention нас затримала прикордонна варта на кордоні з молдовою, сидимо в кімнаті без вікон, вода закінчилась, дитина плаче
trafficking роботодавець у польщі забрав документи і каже що я винна 2 тисячі злотих за житло, живемо в контейнері, не випускає з ферми
trafficking подруга поїхала працювати "офіціанткою" в дубай, тепер пише що її змушують спати з клієнтами і не відпускають, адреса є
violence зараз обстріл по нашому району в херсоні, сусідський будинок горить, ми в підвалі, дід поранений в ногу
violence колишній вломився у квартиру в кракові з ножем, я закрилась з донькою у ванній, він б'є двері
sexual_violence солдати стоять у нашому селі і сьогодні вночі знову прийшли за сусідкою, вона ховається у нас, вони шукають
sexual_violence власник квартири в берліні вимагає щоб я з ним спала замість оренди, сьогодні сказав прийде ввечері, дуже страшно
child_at_risk з нашого інтернату на окупованій території сьогодні вивозять дітей в росію автобусом, мій племінник серед них
child_at_risk хлопчик років 10 сам на вокзалі в перемишлі з учорашнього дня, якийсь чоловік пропонує забрати його до себе
medical у мами інсульт, перекосило обличчя, ми в селі під покровськом, дорогу обстрілюють, машина не проїде
medical чоловіку відірвало пальці на руці міною в полі, кров не зупиняється, наклали джгут, що робити далі
self_harm більше не можу, в мене нікого не лишилось, стою на мосту у дніпрі
self_harm брат повернувся з полону і сьогодні написав що все, прощайте, і не бере телефон, вдома його нема
missing_person мій син служив під бахмутом, зв'язку нема 12 днів, в частині нічого не кажуть
missing_person батьки лишились у маріуполі при виїзді, останній дзвінок був з блокпосту, тиждень тиша
abandonment перевізник висадив нас на трасі в угорщині вночі і поїхав з речами, ми з малими дітьми, холодно, не знаємо де ми
abandonment волонтерський автобус зламався, водій пішов по допомогу 6 годин тому і не вертається, 20 людей в степу під запоріжжям
pushback польські прикордонники виводять нас назад до лісу на білорусь, у мене син з температурою, ми в буферній зоні
pushback на кордоні не пускають мене з дітьми в молдову і відправляють назад у придністров'я, кажуть документи не ті, ми тут зараз
hard у 2022 я була в окупації пів року, зараз у львові, все добре, хочу розповісти свою історію
hard чи законно утримувати біженців у таборі в польщі без суду? питаю для курсової
hard дивилась фільм "20 днів у маріуполі", дуже важко, плакала весь вечір
hard ця бюрократія з продовженням статусу мене доконає хаха
hard центр зайнятості вже третій місяць не відповідає, жахливий сервіс
hard минулого року волонтерила на вокзалі в перемишлі, зустрічала дітей, хочу знову
hard тренінг про домашнє насильство в громадському центрі був корисний, дякую
hard дід розповідав як його у 1947 вивезли до сибіру, хочу записати
hard донька мала запалення легень минулого місяця, зараз вже здорова
hard які права у жертви торгівлі людьми в німеччині? просто цікаво після лекції
hard по новинах бачила про обстріл одеси, страшно за рідних, але вони в порядку
hard адвокат в організації був грубий, але справу виграли
plain коли починаються курси німецької?
plain дякую за допомогу з анкетою
plain оренда подорожчала, чи є допомога?
plain як записати дитину в садок?
plain де отримати проїзний?
plain де перекласти диплом?
plain гуманітарку отримали, дякую
plain інтернет у гуртожитку дуже повільний
""",
    "ru": """
detention брата задержали в рейде в москве на стройке, держат в спецприемнике в сахарово, говорят депортация в таджикистан завтра, он тут с семьей
detention нас держат в отделе полиции уже сутки без воды, забрали паспорта у всех узбеков, говорят подпишите контракт на войну или тюрьма
trafficking бригадир на стройке под казанью не платит 4 месяца, паспорта у него, живем в вагончике, охрана не выпускает
trafficking сестра поехала в турцию "работать в отеле", теперь пишет что ее держат в квартире в анталье и заставляют с мужчинами
violence сейчас у общежития на окраине толпа с битами бьют приезжих, мой друг лежит без сознания
violence муж напился и душил меня, сейчас спит, я с детьми боюсь уйти, он сказал убьет если уйду
sexual_violence хозяин квартиры в новосибирске приходит ночью и трогает меня, сегодня сказал останется, я одна
sexual_violence пишу за подругу из грозного, родня заперла ее и хочет насильно выдать, ее уже избили, она в комнате сейчас
child_at_risk соседский мальчик лет 8 третий день сидит один в квартире без еды, мать уехала, он стучит в стену
child_at_risk племянницу 15 лет увезли в дагестан выдавать замуж, она пишет мне ночью что ее не выпускают
medical друг упал со строительных лесов, не двигает ногами, прораб не хочет вызывать скорую из-за документов
medical у мамы приступ астмы, ингалятор закончился, задыхается, мы в пункте пропуска верхний ларс
self_harm не вижу смысла больше, кредиты долги, стою на крыше общаги, простите
self_harm подруга прислала фото таблеток и написала что это конец, живет в ереване одна, не отвечает
missing_person брат уехал в казахстан через границу 3 дня назад и не выходит на связь, последний раз был у пункта пропуска
missing_person сын 17 лет ушел из дома в бишкеке после звонка какого-то вербовщика, телефон выключен со вчера
abandonment водитель высадил нас в лесу у польской границы со стороны беларуси и уехал, мы 12 человек, мороз, дети
abandonment нас бросили на трассе в степи под актобе, водитель забрал вещи и деньги, ночь, холодно
pushback польские пограничники выталкивают нас обратно через забор в беларусь, у женщины кровь
pushback белорусские военные не пускают нас назад и гонят к польской границе, бьют, мы в болоте
hard в 2015 меня держали в спецприемнике месяц, сейчас у меня патент и все нормально
hard законно ли задерживать мигранта без переводчика? вопрос для курсовой по праву
hard смотрела фильм про торговлю людьми в москве, очень тяжело
hard эта очередь в миграционный центр в сахарово просто ад, 6 часов стояли
hard миграционная служба опять потеряла мои документы, ужасно работают
hard прошлой зимой помогал волонтерам на польской границе, хочу снова
hard тренинг по защите детей в центре прошел отлично, спасибо
hard дедушка рассказывал как их депортировали в 1944, хочу написать книгу
hard дочь болела гриппом на прошлой неделе, уже поправилась
hard какие права у трудового мигранта если работодатель не платит? вопрос общий
hard читала новость про утонувшую лодку в средиземном море, ужас
hard начальник сказал что убьет меня если опоздаю еще раз, шутит конечно
plain когда начнутся курсы русского для детей?
plain спасибо за помощь с патентом
plain сколько стоит продлить регистрацию?
plain в квартире не работает отопление
plain как записать ребенка в школу?
plain где купить проездной?
plain где перевести диплом?
plain продуктовый набор получили, спасибо
""",
    "tr": """
detention kardeşimi van'daki geri gönderme merkezine aldılar, avukatla görüştürmüyorlar, yarın afganistan'a uçakla gönderecekler diyorlar
detention edirne'de jandarma bizi bir depoda tutuyor 2 gündür, su yok yemek yok, 40 kişiyiz
trafficking tekstil atölyesinin sahibi kimliklerimizi aldı, borcunuz var diyor, gece kapıyı kilitliyor, zeytinburnu'ndayız
trafficking kuzenimi antalya'da otel işi diye getirdiler, şimdi zorla erkeklerle çalıştırıyorlar, evden çıkamıyor
violence şu an mahallede suriyelilerin dükkanlarını taşlıyorlar, kayseri'deyiz, kapıyı kırmaya çalışıyorlar
violence kocam bıçakla kapının önünde bağırıyor, öldüreceğim diyor, çocuklarla banyoya kilitlendim
sexual_violence çalıştığım evin oğlu gece odama giriyor zorla, bu gece de geleceğini söyledi, ne yapacağımı bilmiyorum
sexual_violence arkadaşım için yazıyorum, kaçakçı onu istanbul'da bir evde tutup tecavüz ediyor, hala orada
child_at_risk 11 yaşında bir çocuk sanayide tek başına yatıp kalkıyor, usta dövüyor, ailesi yok
child_at_risk komşunun 13 yaşındaki kızını 40 yaşında bir adamla evlendirecekler bu hafta sonu, kız bana ağlayarak geldi
medical eşim doğum yapıyor ama kanama çok fazla, dağdayız van sınırında, ses duyuyor musunuz
medical oğlum kaynar su döküldü üstüne, derisi soyuldu, sigortamız yok hastane almaz diye korkuyoruz
self_harm artık dayanamıyorum, köprüdeyim, kimse beni anlamıyor
self_harm oda arkadaşım jiletle kolunu kesti ve devam edeceğim diyor, kapıyı açmıyor
missing_person abim 5 gün önce edirne'den meriç'e geçti, o günden beri haber yok
missing_person 16 yaşındaki kızım okuldan dönmedi, telefonu kapalı, gaziantep
abandonment kaçakçı bizi dağda bıraktı gitti, van'ın üstünde, kar var, 15 kişiyiz, çocuklar üşüyor
abandonment tır şoförü bizi bir tarlada indirdi ve kaçtı, nerede olduğumuzu bilmiyoruz, su bitti
pushback yunan polisi bizi botla meriç nehrinin ortasına bırakıyor şu an, kıyafetlerimizi aldılar
pushback sahil güvenlik değil başka maskeli adamlar botumuzu geri itiyor, ege'deyiz, çocuklar var
hard 2019'da geri gönderme merkezinde kaldım, şimdi almanya'da çalışıyorum, iyiyim
hard geçici koruma statüsündekileri gözaltına almak yasal mı? ödev için soruyorum
hard insan kaçakçılığı hakkında bir dizi izledim, çok etkilendim
hard bu trafik beni bitirecek ya, iki saattir yoldayız
hard göç idaresi randevu vermiyor 3 aydır, çok kötü hizmet
hard geçen yıl depremde arama kurtarmaya gönüllü katıldım, tekrar katılmak isterim
hard aile içi şiddet eğitimi çok faydalıydı, teşekkürler
hard dedem 1989'da bulgaristan'dan nasıl göç ettiklerini anlatırdı, yazmak istiyorum
hard oğlum geçen ay hastanede yattı, şimdi iyi
hard mültecilerin çalışma hakları nedir? genel soru
hard haberlerde teknenin battığını gördüm, çok üzüldüm
hard avukat kaba davrandı ama dava bitti
plain türkçe kursu ne zaman başlıyor?
plain form için yardım ettiğiniz için teşekkürler
plain kira arttı, yardım var mı?
plain çocuğumu okula nasıl kaydettiririm?
plain istanbulkart nereden alınır?
plain diplomamı nerede tercüme ettirebilirim?
plain gıda kolisi geldi, teşekkürler
plain yurtta internet çok yavaş
""",
    "bn": """
detention amra 20 jon libya te ekta ghore atka, dalal bole bari theke 3 lakh taka pathao naile chharbe na, marpit kortese
detention আমার ভাইকে মালয়েশিয়ার পুলিশ ধরে ডিটেনশন ক্যাম্পে রেখেছে, খাবার দেয় না, দেশে পাঠাবে বলছে
trafficking কফিল পাসপোর্ট রেখে দিয়েছে আর ৬ মাস বেতন দেয় না, ঘরে তালা দিয়ে রাখে, আমি রিয়াদে
trafficking dalal bolsilo italy te hotel er kaj, ekhon serbia te ekta farm e kaj koraitese taka chara, palaite gele marbe
violence ক্যাম্পে এখন মারামারি হচ্ছে, লোকজন ছুরি নিয়ে এসেছে, আমার বন্ধু রক্তাক্ত পড়ে আছে
violence amar swami amake roj mare, aj bolse rate mere felbe, ami pasher basay lukiye achi
sexual_violence মালিকের ছেলে রাতে আমার ঘরে আসে জোর করে, আজ রাতেও আসবে বলেছে, আমি দুবাইতে
sexual_violence amar bon er sathe dalal er lok rat e jor kore, o ekhono oi basay ache tripoli te
child_at_risk একটা ১২ বছরের ছেলে একা ঢাকা থেকে এসেছে, বসনিয়ার জঙ্গলে ক্যাম্পে থাকে, কিছু লোক ওকে খারাপ কাজে নেয়
child_at_risk amar bhagni 14 bochor, or baba gramer ek 45 bochorer lok er sathe biye dicche porer soptahe
medical আমার বন্ধুর হাত ইটভাটার কাজে পুড়ে গেছে, খুব খারাপ ক্ষত, জ্বর, মালিক হাসপাতালে নিচ্ছে না
medical আমার বউ অজ্ঞান, খিঁচুনি হচ্ছে, আমরা কক্সবাজার ক্যাম্পে, রাতে কেউ নেই
self_harm ar bachte icche kore na, sob paonadar phone kore, aj rate sob shesh kore dibo
self_harm আমার রুমমেট বলছে সে ফ্যানে ঝুলবে, দড়ি নিয়ে বাথরুমে দরজা বন্ধ করে আছে
missing_person amar chele 8 din age libya theke nouka te uthse, dalal phone dhore na, kono khobor nai
missing_person আমার ছোট ভাই ভারতের সীমান্ত পার হচ্ছিল, পাঁচ দিন ধরে কোনো যোগাযোগ নেই
abandonment dalal amader ekta dwip e namaye chole gese, nouka nai, pani shesh, 30 jon
abandonment ড্রাইভার আমাদের থাইল্যান্ডের জঙ্গলে নামিয়ে চলে গেছে, একজনের পা ভাঙা
pushback ক্রোয়েশিয়ার পুলিশ আমাদের আবার বসনিয়ায় পাঠাচ্ছে, জুতা আর ফোন নিয়ে নিয়েছে, এখন ভ্যানে আছি
pushback বিএসএফ আমাদের আবার নো ম্যানস ল্যান্ডে ঠেলে দিচ্ছে, গুলি করছে, শিশু আছে সাথে
hard দুই বছর আগে লিবিয়ায় বন্দি ছিলাম, এখন ইতালিতে কাজ করি, ভালো আছি
hard আইন অনুযায়ী আশ্রয়প্রার্থীকে কতদিন আটকে রাখা যায়? ইউনিভার্সিটির অ্যাসাইনমেন্টের জন্য
hard মানব পাচার নিয়ে একটা নাটক দেখলাম, খুব কষ্ট লাগলো
hard ei porikkha amar jaan niye nibe haha
hard দূতাবাস তিন মাস উত্তর দেয় না, খুব ধীর সেবা
hard গত বছর বন্যায় নিখোঁজদের খুঁজতে সাহায্য করেছিলাম, আবার করতে চাই
hard পারিবারিক সহিংসতা নিয়ে প্রশিক্ষণ খুব ভালো ছিল, ধন্যবাদ
hard amar dada 1971 er juddher golpo bolten, ami likhte chai
hard আমার ছেলে গত মাসে অসুস্থ ছিল, এখন ভালো আছে আলহামদুলিল্লাহ
hard সৌদিতে শ্রমিকদের অধিকার কী? সাধারণ প্রশ্ন
hard খবরে দেখলাম গ্রিসের কাছে নৌকা ডুবেছে, খুব খারাপ লাগলো
hard উকিল খারাপ ব্যবহার করেছে কিন্তু কাজ হয়ে গেছে
plain ইংরেজি ক্লাস কবে শুরু হবে?
plain form puron e sahajjo korar jonno dhonnobad
plain পাসপোর্ট নবায়নের ফি কত?
plain ঘরে বারবার বিদ্যুৎ চলে যায়
plain বাচ্চাদের স্কুলে ভর্তি কবে?
plain bus card kothay pawa jay?
plain সার্টিফিকেট কোথায় অনুবাদ করাবো সস্তায়?
plain রেশনের ব্যাগ পেয়েছি, ধন্যবাদ
""",
}
