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
sexual_violence солдати стоять у нашому селі, минулого тижня зґвалтували сусідку і сьогодні вночі знову прийшли за нею, вона ховається у нас
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
plain коли починаються курси німецької?
plain дякую за допомогу з анкетою
plain чи можна обміняти українські права на польські?
plain як записати дитину в садок?
plain де отримати проїзний?
plain дякую за новорічне свято для дітей, було дуже гарно
plain гуманітарку отримали, дякую
plain коли наступна зустріч клубу розмовної англійської?
hard у 2022 я була в окупації пів року, зараз у львові, все добре, хочу розповісти свою історію
hard чи законно утримувати біженців у таборі в польщі без суду? питаю для курсової
hard дивилась фільм "20 днів у маріуполі", дуже важко, плакала весь вечір
hard ця бюрократія з продовженням статусу мене доконає хаха
hard jobcenter третій місяць не відповідає на листи, жахливий сервіс
hard минулого року волонтерила на вокзалі в перемишлі, зустрічала дітей, хочу знову
hard на курсах медсестер вчили накладати джгут, було дуже корисно
hard дід розповідав як його у 1947 вивезли до сибіру, хочу записати
hard син у садочку в празі торік зламав руку, все зрослось, дякую лікарям
hard чи можна з тимчасовим захистом в ірландії працювати таксистом? питання загальне
hard по новинах бачила про обстріл одеси, страшно за рідних, але вони в порядку
hard на гарячій лінії червоного хреста довго не відповідали, але потім допомогли
""",
    "ru": """
detention брата задержали в рейде в москве на стройке, держат в спецприемнике в сахарово, говорят депортация в таджикистан завтра, он тут с семьей
detention нас держат в отделе полиции уже сутки без воды, забрали паспорта у всех узбеков, говорят подпишите контракт на войну или тюрьма
trafficking бригадир на стройке под казанью не платит 4 месяца, паспорта у него, живем в вагончике, охрана не выпускает
trafficking сестра поехала в турцию "работать в отеле", теперь пишет что ее держат в квартире в анталье и заставляют с мужчинами
violence сейчас у общежития на окраине толпа с битами бьют приезжих, мой друг лежит без сознания
violence муж напился и душил меня, сейчас спит, я с детьми боюсь уйти, он сказал убьет если уйду
sexual_violence хозяин квартиры в новосибирске приходит ночью и трогает меня, сегодня сказал останется, я одна
sexual_violence пишу за подругу из грозного, муж сестры насилует ее, она живет у них, сегодня он опять дома, она закрылась в ванной
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
plain когда начнутся курсы русского для детей?
plain спасибо за помощь с патентом
plain сколько стоит продлить регистрацию?
plain в квартире не работает отопление
plain как записать ребенка в школу?
plain где в тбилиси открыть счет в банке с российским паспортом?
plain спасибо за концерт на навруз в субботу, было здорово
plain продуктовый набор получили, спасибо
hard в 2015 меня держали в спецприемнике месяц, сейчас у меня патент и все нормально
hard законно ли задерживать мигранта без переводчика? вопрос для курсовой по праву
hard прочитала книгу "зулейха открывает глаза" про раскулачивание, очень сильно
hard эта очередь в миграционный центр в сахарово просто ад, 6 часов стояли
hard в ммц мне два раза перепутали фамилию в патенте, исправляли неделю
hard прошлой зимой помогал волонтерам на польской границе, хочу снова
hard в мечети был урок для женщин о правах при разводе, полезно
hard дедушка рассказывал как их депортировали в 1944, хочу написать книгу
hard у сына в прошлом месяце была ангина, в поликлинике приняли без полиса, спасибо им
hard какие права у трудового мигранта если работодатель не платит? вопрос общий, у меня все ок
hard по телевизору показывали учения спасателей на каспии, интересно
hard начальник сказал что убьет меня если опоздаю еще раз, шутит конечно
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
medical eşim doğum yapıyor ama kanama çok fazla, dağdayız van sınırında, ne yapalım acil
medical oğlum kaynar su döküldü üstüne, derisi soyuldu, sigortamız yok hastane almaz diye korkuyoruz
self_harm artık dayanamıyorum, köprüdeyim, kimse beni anlamıyor
self_harm oda arkadaşım jiletle kolunu kesti ve devam edeceğim diyor, kapıyı açmıyor
missing_person abim 5 gün önce edirne'den meriç'e geçti, o günden beri haber yok
missing_person 16 yaşındaki kızım okuldan dönmedi, telefonu kapalı, gaziantep
abandonment kaçakçı bizi dağda bıraktı gitti, van'ın üstünde, kar var, 15 kişiyiz, çocuklar üşüyor
abandonment tır şoförü bizi bir tarlada indirdi ve kaçtı, nerede olduğumuzu bilmiyoruz, su bitti
pushback yunan polisi bizi botla meriç nehrinin ortasına bırakıyor şu an, kıyafetlerimizi aldılar
pushback sahil güvenlik değil başka maskeli adamlar botumuzu geri itiyor, ege'deyiz, çocuklar var
plain türkçe kursu ne zaman başlıyor?
plain form için yardım ettiğiniz için teşekkürler
plain ev sahibi depozitoyu geri vermiyor, ne yapabilirim?
plain çocuğumu okula nasıl kaydettiririm?
plain istanbulkart nereden alınır?
plain diplomamı nerede tercüme ettirebilirim?
plain kızılay kartına bu ay yükleme yapıldı mı?
plain pazarda domates çok pahalı, indirimli market var mı?
hard 2019'da geri gönderme merkezinde kaldım, şimdi almanya'da çalışıyorum, iyiyim
hard geçici koruma statüsündekileri gözaltına almak yasal mı? ödev için soruyorum
hard ege'de geçen bir kaçakçılık romanı okudum, çok iyi yazılmış
hard bu trafik beni bitirecek ya, iki saattir yoldayız
hard adres kaydı için il göç'e gittim, 4 saat bekledim kimse ilgilenmedi
hard geçen yıl depremde arama kurtarmaya gönüllü katıldım, tekrar katılmak isterim
hard hatay'daki kadın danışma merkezinde şiddetle mücadele semineri vardı, çok faydalıydı
hard dedem 1989'da bulgaristan'dan nasıl göç ettiklerini anlatırdı, yazmak istiyorum
hard kızım bebekken sarılık olmuştu, hastanede tedavi gördü, şimdi 3 yaşında maşallah
hard geçici koruma kimliği olan biri başka ile taşınabilir mi? genel soru
hard ayvalık açıklarında geçen ay batan teknenin haberini okudum, kurtulanlar iyiymiş
hard adli yardım avukatı telefonlara bakmadı ama sonunda dilekçe verildi
""",
    "bn": """
detention amra 17 jon bangali benghazi er ekta camp e atka, guard ra bolse taka na dile boat e uthte dibe na, gotokal ek jon ke pitaise
detention আমার স্বামীকে কুয়েতে আকামা না থাকায় পুলিশ ধরে নিয়ে গেছে, তিন দিন কোনো খবর নেই, জেলে রেখেছে শুনছি, দেশে পাঠিয়ে দেবে
trafficking রোহিঙ্গা ক্যাম্প থেকে আমার বোনকে মালয়েশিয়ায় বিয়ে দেবে বলে নিয়ে গেছে, এখন থাইল্যান্ডে একটা ঘরে আটকে রেখে টাকা চাইছে
trafficking dubai te cleaning company amader 12 jon ke ekta room e rakhse, beton dey na 5 mash, bole visar taka shodh na kora porjonto berote parbi na
violence কুতুপালং ক্যাম্পে এখন অস্ত্র নিয়ে লোকজন ঘরে ঘরে ঢুকে মারছে, আমার চাচাকে তুলে নিয়ে গেছে, গুলির শব্দ শুনছি
violence amader mess e kichu lok lathi niye dhukse, bangali der pitacche ekhon, amar roommate er matha fete rokto porche
sexual_violence ক্যাম্পের মাঝি রাতে আমার ঘরে আসে জোর করে, বলে চুপ না থাকলে রেশন কার্ড বাতিল করবে, আজ রাতে আবার আসবে
sexual_violence amar chachato bon jordan er garments factory te kaj kore, supervisor take jor kore, o ekhon hostel e bhoye kanpche
child_at_risk ভাসানচরে একটা ৯ বছরের মেয়ে বাবা মা ছাড়া আছে, এক লোক ওকে ঢাকায় কাজে নিয়ে যাবে বলছে, কাল সকালে ট্রলার
child_at_risk pasher basar 10 bochorer kajer meye ke grihokorti gorom khunti diye pura diche, meye ta ekhon barandai boshe kanche
medical ভাইয়ের ডেঙ্গু, প্লাটিলেট অনেক কম, নাক দিয়ে রক্ত পড়ছে, আমরা সিঙ্গাপুরের ডর্মে, সুপারভাইজার ছুটি দিচ্ছে না
medical amar abba mathay chot peye behush, amra trawler e bhasanchar er pothe, ar 3 ghonta lagbe, ki korbo
self_harm ami ar parchi na, loan er taka shodh korte parbo na, building er chade dariye achi, maa ke bolo maaf kore dite
self_harm আমার বান্ধবী বলছে কীটনাশক খেয়ে ফেলেছে, ফোনে কথা জড়িয়ে যাচ্ছে, ও গাজীপুরের মেসে একা থাকে
missing_person আমার ভাই মালয়েশিয়া যাওয়ার জন্য টেকনাফ থেকে ট্রলারে উঠেছিল ১২ দিন আগে, দালাল এখন বলছে সে কিছু জানে না
missing_person amar bhatija 17 bochor, tunisia theke italy jawar boat e uthbe bolse, tarpor 4 din dhore phone off
abandonment দালাল আমাদের ট্রলার থেকে একটা চরে নামিয়ে চলে গেছে, ৪০ জন, খাবার নাই, বাচ্চা আছে, জোয়ার আসছে
abandonment driver amader turkey r van er pahare namiye diye chole gese, borof porche, 8 jon bangali, ekjon hatte parche na
pushback বিএসএফ আমাদের আবার নো ম্যানস ল্যান্ডে ঠেলে দিচ্ছে, দুই দিন ধরে মাঠে আছি, শিশু আছে সাথে
pushback malaysia r navy amader trawler abar gobhir sagore thele dicche, rohingya 60 jon, ekjon pani te pore gese
hard ২০২০ সালে মালয়েশিয়ার ডিটেনশনে ছিলাম, এখন দেশে ফিরে দোকান করি, আলহামদুলিল্লাহ
hard বিদেশ যাওয়ার আগের ট্রেনিংয়ে মানব পাচার নিয়ে ক্লাস হলো, স্যার ভালো বুঝিয়েছেন
hard দালাল নিয়ে নোয়াখালীর ভাষায় নাটকটা দেখে খুব হাসলাম, আবার কষ্টও লাগলো
hard ei gorom e mori mori obostha bhai haha
hard রেমিট্যান্স পাঠাতে ব্যাংকে তিন ঘণ্টা লাইনে দাঁড় করিয়ে রাখে, খুবই বাজে সার্ভিস
hard গত ঘূর্ণিঝড়ে ক্যাম্পে উদ্ধারকাজে স্বেচ্ছাসেবক ছিলাম, আবার ট্রেনিং কবে?
hard আইনে রিক্রুটিং এজেন্সি কত টাকা নিতে পারে? সাধারণ প্রশ্ন
hard amar mama 2015 e andaman sagore nouka te atke chilo, pore malaysia pouchay, ekhon bhalo ache
hard ভাসানচর নিয়ে পত্রিকায় রিপোর্ট পড়লাম, সরকার আর এনজিওর কথায় মিল নাই
hard আমার মেয়ের ডেঙ্গু হয়েছিল গত মাসে, হাসপাতালের ডাক্তাররা খুব ভালো ছিলেন, এখন সুস্থ
hard facebook e dekhlam teknaf e dalal dhora poreche, bhalo khobor
hard রিক্রুটিং এজেন্সির অফিসে ঘুরিয়ে ঘুরিয়ে হয়রান করেছে, তবে শেষে কাজ হয়েছে
plain আরবি ভাষার কোর্স কবে শুরু?
plain probashi kallyan card er fee koto?
plain এই মাসে ঘর ভাড়া বেড়ে গেছে
plain ছেলের স্কুলে ভর্তি ফর্ম কোথায় পাবো?
plain bikash e taka pathaile charge koto?
plain ড্রাইভিং লাইসেন্সের পরীক্ষা কবে?
plain ডর্মের খাবার আগের চেয়ে ভালো হয়েছে, ধন্যবাদ
plain সেলাই প্রশিক্ষণের সার্টিফিকেট পেয়েছি
""",
}
