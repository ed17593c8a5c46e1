"""Sixth held-out anonymiser set: ar, fa, ps, ur (written by hand, blind; see bench/anon_heldout6.py)."""

# ruff: noqa: E501

ROWS = {
    "ar": [
        {
            "text": "مرحبا اسمي رهف الخطيب، ساكنة في بيروت بناية الريحاني الطابق ٣ شارع مار الياس. صاحب الملك أبو سمير بدو يطلعنا آخر الشهر لأنو ما دفعنا ٣٠٠ دولار",
            "sender_name": "Rahaf",
            "entities": [
                {"type": "NAME", "value": "رهف الخطيب"},
                {"type": "ADDRESS", "value": "بناية الريحاني الطابق ٣ شارع مار الياس"},
                {"type": "NAME", "value": "سمير"},
            ],
            "keep": ["بيروت", "٣٠٠ دولار"],
        },
        {
            "text": "salam, ana smiti youssef amrani, khdam f les serres f almeria, lpatron dyali ma khlsnich 3 chhor. nmra dyali 612 48 39 07 ila bghiti t3awni",
            "sender_name": "Youssef",
            "entities": [
                {"type": "NAME", "value": "youssef amrani"},
                {"type": "PHONE", "value": "612 48 39 07"},
            ],
            "keep": ["almeria", "3 chhor"],
        },
        {
            "text": "انا اسمي محاسن عبدالرحيم من السودان، عندي موعد في مفوضية اللاجئين يوم ١٢ مارس ورقم الملف بتاعي 555-21C04712 بس ضاع الكرت الاصفر",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "محاسن عبدالرحيم"},
                {"type": "ID", "value": "555-21C04712"},
            ],
            "keep": ["السودان", "مفوضية اللاجئين", "١٢ مارس"],
        },
        {
            "text": "مرحبا، نحنا ساكنين في غازي عنتاب، Karşıyaka Mah. 2143 Sok. No:18 Daire 4، والكيملك تبعي انتهت وبدي جددها. رقمها 99417352806 شو لازم اعمل؟",
            "sender_name": "أم أحمد",
            "entities": [
                {"type": "ADDRESS", "value": "Karşıyaka Mah. 2143 Sok. No:18 Daire 4"},
                {"type": "ID", "value": "99417352806"},
            ],
            "keep": ["غازي عنتاب"],
        },
        {
            "text": "هلو، آني علي حسين، الجوب سنتر قطعوا عني الفلوس ٣ أشهر. عنواني Hauptstraße 71 الطابق الثاني في Gelsenkirchen وما وصلني ولا مكتوب",
            "sender_name": "Ali H",
            "entities": [
                {"type": "NAME", "value": "علي حسين"},
                {"type": "ADDRESS", "value": "Hauptstraße 71 الطابق الثاني"},
            ],
            "keep": ["الجوب سنتر", "٣ أشهر", "Gelsenkirchen"],
        },
        {
            "text": "احنا بمخيم ريتسونا، كونتينر 17 صف B، ابني عمره ٤ سنين مريض وما في دكتور من امبارح. الـ MSF قالوا ارجعوا الخميس",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "كونتينر 17 صف B"},
            ],
            "keep": ["ريتسونا", "MSF", "الخميس"],
        },
        {
            "text": "شو الاوراق المطلوبة للم الشمل في ألمانيا؟ سمعت انو بياخد 6 شهور وانو § 36 AufenthG تغير هالسنة",
            "sender_name": "",
            "entities": [],
            "keep": ["ألمانيا", "6 شهور", "§ 36 AufenthG"],
        },
        {
            "text": "السلام عليكم، ارسلت حوالة ٢٠٠ دولار لأمي في عدن عن طريق الكريمي، والمستلمة سعاد ناجي، ورقم الحوالة 4471-0932-886 بس لحد الان ما وصلت",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "سعاد ناجي"},
                {"type": "ID", "value": "4471-0932-886"},
            ],
            "keep": ["٢٠٠ دولار", "عدن", "الكريمي"],
        },
        {
            "text": "انا حمزة، ابعتولي الاستمارة على الايميل hamza.droubi at gmail dot com لأنو الواتس عندي خربان",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "حمزة"},
                {"type": "EMAIL", "value": "hamza.droubi at gmail dot com"},
            ],
            "keep": [],
        },
        {
            "text": "اخوي محمد آدم محبوس في مركز طريق السكة في طرابلس من شهرين، الحرس قالوا لازم ندفع 1500 دينار عشان يطلع. كلموا ولد عمي على +218 91 734 2208",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "محمد آدم"},
                {"type": "PHONE", "value": "+218 91 734 2208"},
            ],
            "keep": ["طريق السكة", "طرابلس", "1500 دينار"],
        },
        {
            "text": "ciao khoya, ana f torino daba, kan9leb 3la chi avvocato dyal l'immigrazione, wa7ed sa7bi 3tani numero dyal avv. Ferraro 347 115 2290 wach mzyan?",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Ferraro"},
                {"type": "PHONE", "value": "347 115 2290"},
            ],
            "keep": ["torino"],
        },
        {
            "text": "ساكنين بمخيم الزعتري القطاع ٨ الشارع ١٤ الكرفان رقم ٦٢، والمفوضية وقفت الكوبونات من الشهر الماضي. الناس بيعرفوني ام خالد بس اسمي نوال الزعبي",
            "sender_name": "ام خالد",
            "entities": [
                {"type": "ADDRESS", "value": "القطاع ٨ الشارع ١٤ الكرفان رقم ٦٢"},
                {"type": "NAME", "value": "خالد"},
                {"type": "NAME", "value": "نوال الزعبي"},
            ],
            "keep": ["مخيم الزعتري", "المفوضية"],
        },
        {
            "text": "المعلم تبعي بالمطعم اسمو كريم حداد، قال الراتب لازم ينزل على الحساب DE61 7126 8220 6801 0142 92 بس من ٨ شهور ما حول شي ولا في عقد",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "كريم حداد"},
                {"type": "IBAN", "value": "DE61 7126 8220 6801 0142 92"},
            ],
            "keep": ["٨ شهور"],
        },
        {
            "text": "اذا في حدا من كاريتاس بيقدر يساعدنا بالاكل والحليب للولاد، رقمي ٧١ ٢٣٤ ٨٨٥\n(حسن)",
            "sender_name": "",
            "entities": [
                {"type": "PHONE", "value": "٧١ ٢٣٤ ٨٨٥"},
                {"type": "NAME", "value": "حسن"},
            ],
            "keep": ["كاريتاس"],
        },
        {
            "text": "تاريخ ميلادي الصحيح 14/03/1996 بس بالباسبور مكتوب 1/1/1996 وهيك صارت مشكلة بالاقامة. رقم الباسبور N014728835 شو بعمل بدائرة الهجرة؟",
            "sender_name": "",
            "entities": [
                {"type": "DOB", "value": "14/03/1996"},
                {"type": "DOB", "value": "1/1/1996"},
                {"type": "ID", "value": "N014728835"},
            ],
            "keep": ["دائرة الهجرة"],
        },
        {
            "text": "العنوان بتاعنا ١٨ شارع عباس العقاد، الدور الرابع شقة ٧، مدينة نصر، والحاج منصور صاحب الشقة عايز يزود الايجار لـ 4500 جنيه",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "١٨ شارع عباس العقاد، الدور الرابع شقة ٧"},
                {"type": "NAME", "value": "منصور"},
            ],
            "keep": ["مدينة نصر", "4500 جنيه"],
        },
        {
            "text": "لو بدك تتواصل مع المهرب ابو جاسم على تلغرام @jasem_trans22 انتبه منو هو نصاب، اخد مني ٣٠٠٠ يورو ورجعني عالحدود",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "جاسم"},
                {"type": "HANDLE", "value": "@jasem_trans22"},
            ],
            "keep": ["٣٠٠٠ يورو"],
        },
        {
            "text": "انا شغال سواق عند كفيل في الرياض، الكفيل فهد العتيبي حاجز جوازي وما يعطيني راتب من ٥ شهور، رقم الاقامة ٢٤٧١٠٩٣٨٥٦",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "فهد العتيبي"},
                {"type": "ID", "value": "٢٤٧١٠٩٣٨٥٦"},
            ],
            "keep": ["الرياض", "٥ شهور"],
        },
        {
            "text": "حدا بيعرف اذا الـ IOM لسا عم تساعد بالعودة الطوعية من ليبيا لتشاد؟ سمعت انهم بيعطوا 500 يورو لكل شخص",
            "sender_name": "",
            "entities": [],
            "keep": ["IOM", "ليبيا", "500 يورو"],
        },
        {
            "text": "marhaba, ana rami, badde 2es2al 3an el termin bel ausländerbehörde, 3tune termin 17.04 sa3a 9:30 w el Aktenzeichen taba3i 33-A-219874, fi 7ada ye2dar yeji ma3i?",
            "sender_name": "Rami",
            "entities": [
                {"type": "NAME", "value": "rami"},
                {"type": "ID", "value": "33-A-219874"},
            ],
            "keep": ["ausländerbehörde", "17.04", "9:30"],
        },
        {
            "text": "نحنا هلق بمركز الاستقبال Casa San Giuseppe, via Nizza 24 في Palermo، المسؤولة suor Teresa ما عم تخلينا نطلع بالليل ابدا",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "Casa San Giuseppe, via Nizza 24"},
                {"type": "NAME", "value": "Teresa"},
            ],
            "keep": ["Palermo"],
        },
        {
            "text": "بطاقة المساعدات من برنامج الاغذية العالمي انسرقت مني، الرقم المكتوب عليها 6240 3098 7658 0376 كيف بوقفها قبل ما يسحبوا المصاري؟",
            "sender_name": "",
            "entities": [
                {"type": "CARD", "value": "6240 3098 7658 0376"},
            ],
            "keep": ["برنامج الاغذية العالمي"],
        },
        {
            "text": "الشرطة في أثينا وقفوني بالطريق وأخدوا تلفوني، قالولي روحي على مركز Omonia بكرا الساعة 10\nشكرا\nعبير",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "عبير"},
            ],
            "keep": ["أثينا", "Omonia", "الساعة 10"],
        },
        {
            "text": "انا ومرتي سلمى والولاد يوسف وبنتي زينب ناطرين لم الشمل من السفارة الالمانية من 14 شهر، رقم المعاملة RK-562-419-0073 وما حدا بيرد",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "سلمى"},
                {"type": "NAME", "value": "يوسف"},
                {"type": "NAME", "value": "زينب"},
                {"type": "ID", "value": "RK-562-419-0073"},
            ],
            "keep": ["السفارة الالمانية", "14 شهر"],
        },
        {
            "text": "اذا ما رديت اتصلي بأختي ليلى بعمّان على صفر سبعة تسعة خمسة اربعة واحد اتنين تمانية ستة تلاتة صفر",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "ليلى"},
                {
                    "type": "PHONE",
                    "value": "صفر سبعة تسعة خمسة اربعة واحد اتنين تمانية ستة تلاتة صفر",
                },
            ],
            "keep": ["عمّان"],
        },
        {
            "text": "هاد حسابي عالفيس facebook.com/abu.wael.darwish88 شوفوا الفيديو من الحدود التركية كيف الجندرما ضربونا",
            "sender_name": "",
            "entities": [
                {"type": "URL", "value": "facebook.com/abu.wael.darwish88"},
            ],
            "keep": ["الحدود التركية"],
        },
        {
            "text": "اسمي بلال، الشركة في دبي ما عطتني الراتب وبعتت شكوى لوزارة الموارد البشرية والتوطين. السكن تبعي بالقصيص مبنى الراشد غرفة 214",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "بلال"},
                {"type": "ADDRESS", "value": "مبنى الراشد غرفة 214"},
            ],
            "keep": ["دبي", "وزارة الموارد البشرية والتوطين"],
        },
        {
            "text": "slm, bghit nsowl 3la NIE dyali Y4827163K, tsalat lia f mars w lcita f extranjería 3tawni nhar 22 de mayo. 3endi 3 wlad f lmadrassa",
            "sender_name": "",
            "entities": [
                {"type": "ID", "value": "Y4827163K"},
            ],
            "keep": ["extranjería", "22 de mayo"],
        },
    ],
    "fa": [
        {
            "text": "سلام، من فرشته رحیمی هستم از هرات. با دو تا بچه‌هام تو کمپ ماوروونی لسبوس هستیم، سکشن C چادر ۴۱. هوا سرد شده و پتو نداریم",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "فرشته رحیمی"},
                {"type": "ADDRESS", "value": "سکشن C چادر ۴۱"},
            ],
            "keep": ["هرات", "لسبوس"],
        },
        {
            "text": "salam, esmam mehdi karimi, az iran omadam torkiye, polis mano gereft va bordan geri gönderme merkezi too Van. vakilam khanom sadeghi mige bayad 15 rooz sabr konam",
            "sender_name": "Mehdi",
            "entities": [
                {"type": "NAME", "value": "mehdi karimi"},
                {"type": "NAME", "value": "sadeghi"},
            ],
            "keep": ["Van", "15 rooz"],
        },
        {
            "text": "سلام، کارت آمایش من تمدید نشده، شماره کارت ۴۸۲۷۱۹۳۶۰۵۱۲ هست. اداره اتباع گفتن باید ۳ میلیون تومان بدم، از کجا بیارم",
            "sender_name": "",
            "entities": [
                {"type": "ID", "value": "۴۸۲۷۱۹۳۶۰۵۱۲"},
            ],
            "keep": ["اداره اتباع", "۳ میلیون تومان"],
        },
        {
            "text": "صاحبخونه آقای جمشیدی میخواد ما رو بیرون کنه چون افغانی هستیم. آدرس: مشهد، بلوار توس، کوچه ۴۲، پلاک ۱۸، طبقه دوم",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "جمشیدی"},
                {"type": "ADDRESS", "value": "بلوار توس، کوچه ۴۲، پلاک ۱۸، طبقه دوم"},
            ],
            "keep": ["مشهد"],
        },
        {
            "text": "hallo, من آرش هستم. نامه از BAMF اومده Aktenzeichen 8473621-439 نوشته ۲ هفته وقت دارم برای Klage. کسی وکیل فارسی زبان تو هامبورگ میشناسه؟",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "آرش"},
                {"type": "ID", "value": "8473621-439"},
            ],
            "keep": ["BAMF", "۲ هفته", "هامبورگ"],
        },
        {
            "text": "فرم رو برای دخترم نازنین بفرستید لطفا، ایمیلش nazanin.h1379 [at] yahoo.com هست چون من ایمیل ندارم",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "نازنین"},
                {"type": "EMAIL", "value": "nazanin.h1379 [at] yahoo.com"},
            ],
            "keep": [],
        },
        {
            "text": "تاریخ تولدم ۱۳۷۲/۰۶/۱۵ هست یعنی 6 September 1993 ولی تو کیملیکم یه چیز دیگه نوشتن، باید برم göç idaresi درستش کنم؟",
            "sender_name": "",
            "entities": [
                {"type": "DOB", "value": "۱۳۷۲/۰۶/۱۵"},
                {"type": "DOB", "value": "6 September 1993"},
            ],
            "keep": ["göç idaresi"],
        },
        {
            "text": "شماره برادرم تو ایران:\n0912 347\n8816\nاسمش بهزاد است اگه من جواب ندادم به اون زنگ بزنید",
            "sender_name": "",
            "entities": [
                {"type": "PHONE", "value": "0912 347\n8816"},
                {"type": "NAME", "value": "بهزاد"},
            ],
            "keep": ["ایران"],
        },
        {
            "text": "dadash age to izmir kar mikhay be man payam bede too insta @hamid.rezaei.90 , ma ye goroh darim baraye kar too bazar",
            "sender_name": "",
            "entities": [
                {"type": "HANDLE", "value": "@hamid.rezaei.90"},
            ],
            "keep": ["izmir"],
        },
        {
            "text": "سلام من زهرا احمدی هستم، Home Office reference من F2284719 هست و بعد ۱۸ ماه هنوز مصاحبه ندادم. هتل ما تو Wakefield هست",
            "sender_name": "Zahra",
            "entities": [
                {"type": "NAME", "value": "زهرا احمدی"},
                {"type": "ID", "value": "F2284719"},
            ],
            "keep": ["Home Office", "۱۸ ماه", "Wakefield"],
        },
        {
            "text": "نرگس هستم. آدرس جدیدم: Favoritenstraße 112/3/14, 1100 Wien لطفا نامه‌های کاریتاس رو اینجا بفرستید نه به آدرس قبلی",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "نرگس"},
                {"type": "ADDRESS", "value": "Favoritenstraße 112/3/14"},
            ],
            "keep": ["Wien", "کاریتاس"],
        },
        {
            "text": "من پریسا هستم تو سوئد، از Migrationsverket نامه گرفتم ärendenummer 21-384756 نوشته تا ۳۰ نوامبر باید جواب بدم",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "پریسا"},
                {"type": "ID", "value": "21-384756"},
            ],
            "keep": ["سوئد", "Migrationsverket", "۳۰ نوامبر"],
        },
        {
            "text": "کسی میدونه برای ثبت نام بچه‌ها تو مدرسه در ترکیه چه مدارکی لازمه؟ طبق هدف ۱۵ پیمان جهانی مهاجرت همه باید به آموزش دسترسی داشته باشن",
            "sender_name": "",
            "entities": [],
            "keep": ["ترکیه", "هدف ۱۵"],
        },
        {
            "text": "برای اجاره باید پول رو بریزم به این ایبان TR38 4226 4062 8935 4002 6686 45 به اسم صاحبخونه Ayşe Demir. ماهی 12.000 لیر، زیاد نیست؟",
            "sender_name": "",
            "entities": [
                {"type": "IBAN", "value": "TR38 4226 4062 8935 4002 6686 45"},
                {"type": "NAME", "value": "Ayşe Demir"},
            ],
            "keep": ["12.000 لیر"],
        },
        {
            "text": "برادرم جاوید رو تو مرز دوغارون گرفتن و بردن اردوگاه سفیدسنگ، میگن ردش میکنن افغانستان. شماره تذکره‌ش ۱۴۰۰-۰۱۰۱-۲۷۳۴۸",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "جاوید"},
                {"type": "ID", "value": "۱۴۰۰-۰۱۰۱-۲۷۳۴۸"},
            ],
            "keep": ["دوغارون", "سفیدسنگ", "افغانستان"],
        },
        {
            "text": "کارت بانک ملی‌ام گم شده 6037 9911 4592 7368 اگه کسی پیدا کرده لطفا خبر بده",
            "sender_name": "",
            "entities": [
                {"type": "CARD", "value": "6037 9911 4592 7368"},
            ],
            "keep": ["بانک ملی"],
        },
        {
            "text": "ویدیوی کمپ ملاکاسا رو اینجا گذاشتم ببینید چه وضعیه: youtube . com / @sara_movahed_vlog",
            "sender_name": "",
            "entities": [
                {"type": "URL", "value": "youtube . com / @sara_movahed_vlog"},
            ],
            "keep": ["ملاکاسا"],
        },
        {
            "text": "Salam khanoom Navabi, man ye termin baraye Jobcenter mikham, shomare man 0176 48 29 35 17 hast, merci",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Navabi"},
                {"type": "PHONE", "value": "0176 48 29 35 17"},
            ],
            "keep": ["Jobcenter"],
        },
        {
            "text": "پلیس تو آتن کارت پناهندگیمو پاره کرد، افسره اسمش Nikos بود. شماره پرونده‌م ۳۴۸ ۹۱۷ ۲۰۵ بود حالا چیکار کنم",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Nikos"},
                {"type": "ID", "value": "۳۴۸ ۹۱۷ ۲۰۵"},
            ],
            "keep": ["آتن"],
        },
        {
            "text": "سلام خانم دکتر. ساناز هستم، مادرم تو تهران تنهاست، آدرسش خیابان شریعتی، کوچه یاس، پلاک ۷، واحد ۲ . میشه یه مددکار بفرستید؟",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "ساناز"},
                {"type": "ADDRESS", "value": "خیابان شریعتی، کوچه یاس، پلاک ۷، واحد ۲"},
            ],
            "keep": ["تهران"],
        },
        {
            "text": "من و همسرم مریم و پسرم امید منتظر ویزای الحاق خانواده از سفارت آلمان در اسلام‌آباد هستیم، ۲ سال گذشته و هیچ خبری نیست",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "مریم"},
                {"type": "NAME", "value": "امید"},
            ],
            "keep": ["سفارت آلمان", "اسلام‌آباد", "۲ سال"],
        },
        {
            "text": "salam, UNHCR case number man 351-17C08832 hast, hanooz jelase nadashtam. too Denizli zendegi mikonam, Sümer Mah. 1453 Sok. No:9",
            "sender_name": "",
            "entities": [
                {"type": "ID", "value": "351-17C08832"},
                {"type": "ADDRESS", "value": "Sümer Mah. 1453 Sok. No:9"},
            ],
            "keep": ["UNHCR", "Denizli"],
        },
        {
            "text": "دخترم مریضه و بیمارستان تو استانبول قبولش نمیکنه چون GSS نداریم. کسی از MSF یا هلال احمر میتونه کمک کنه؟",
            "sender_name": "",
            "entities": [],
            "keep": ["استانبول", "GSS", "MSF", "هلال احمر"],
        },
        {
            "text": "اسم پسرم: رضا\nتاریخ تولد: ۳ مرداد ۱۳۹۹\nمدرسه ثبت‌نامش نمیکنه میگن مدرک اقامت بیارید",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "رضا"},
                {"type": "DOB", "value": "۳ مرداد ۱۳۹۹"},
            ],
            "keep": [],
        },
        {
            "text": "قاچاقچی که ما رو از وان آورد اسمش کاک رحمان بود، ۲۵۰۰ دلار گرفت و وسط راه ولمون کرد. شماره‌ش +90 532 418 7702",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "رحمان"},
                {"type": "PHONE", "value": "+90 532 418 7702"},
            ],
            "keep": ["وان", "۲۵۰۰ دلار"],
        },
        {
            "text": "الان با بچه‌ها تو پناهگاه Agios Nikolaos, odos Acharnon 215 هستیم. مسئولش آقای Giorgos گفت فقط ۳ ماه میتونیم بمونیم",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "Agios Nikolaos, odos Acharnon 215"},
                {"type": "NAME", "value": "Giorgos"},
            ],
            "keep": ["۳ ماه"],
        },
        {
            "text": "حواله ۵۰۰ یورو برای مادرم فرستادم کابل از طریق صرافی حاجی نادر، کد حواله HW-77310 بود ولی پول هنوز نرسیده",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "نادر"},
                {"type": "ID", "value": "HW-77310"},
            ],
            "keep": ["۵۰۰ یورو", "کابل"],
        },
        {
            "text": "کارفرما تو کوره آجرپزی ورامین ۴ ماهه حقوقمونو نداده، اسمش حاج اکبر سلطانی. شماره من ۰۹۳۵ ۲۷۱ ۶۶۴۸",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "اکبر سلطانی"},
                {"type": "PHONE", "value": "۰۹۳۵ ۲۷۱ ۶۶۴۸"},
            ],
            "keep": ["ورامین"],
        },
    ],
    "ps": [
        {
            "text": "سلام ورور، زما نوم ګل خان دی، په پېښور کې اوسېږم. پولیسو زما پي او آر کارت واخیست او وایي چې تر ۳۰ جون پورې باید افغانستان ته لاړ شو",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "ګل خان"},
            ],
            "keep": ["پېښور", "۳۰ جون", "افغانستان"],
        },
        {
            "text": "salam, za shah wali yam, zama wror pa turkey ke polis niwale dai, os pa tuzla removal center ke band dai. lawyer Av. Mehmet Arslan dai, telephone 0542 318 77 49",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "shah wali"},
                {"type": "NAME", "value": "Mehmet Arslan"},
                {"type": "PHONE", "value": "0542 318 77 49"},
            ],
            "keep": ["turkey", "tuzla"],
        },
        {
            "text": "زمونږ پته: مکان نمبر ۲۳، ګلۍ ۱۱، سیکټر آی-۱۰/۲، اسلام اباد. د کور مالک حاجي شیرزاد وايي چې کرایه ۴۰ زره روپۍ کړو ګنې ووځئ",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "مکان نمبر ۲۳، ګلۍ ۱۱، سیکټر آی-۱۰/۲"},
                {"type": "NAME", "value": "شیرزاد"},
            ],
            "keep": ["اسلام اباد", "۴۰ زره روپۍ"],
        },
        {
            "text": "زه بي بي حلیمه یم. زما د یو این ایچ سي آر کیس شمېره PAK-24C-118903 ده، دوه کاله کېږي انټرویو نه ده شوې",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "حلیمه"},
                {"type": "ID", "value": "PAK-24C-118903"},
            ],
            "keep": ["دوه کاله"],
        },
        {
            "text": "ما ته د BAMF نه لیک راغلی، منفي جواب دی. Aktenzeichen 9128475-423. زما وکیله Frau Becker وايي چې په ۲ اونیو کې Klage وکړو",
            "sender_name": "",
            "entities": [
                {"type": "ID", "value": "9128475-423"},
                {"type": "NAME", "value": "Becker"},
            ],
            "keep": ["BAMF", "۲ اونیو"],
        },
        {
            "text": "زما ماشومان په کراچۍ کې ښوونځي ته نه پرېږدي، وايي چې ب فارم پکار دی. څوک پوهېږي چې د مهاجرو ماشومانو لپاره کوم قانون شته؟",
            "sender_name": "",
            "entities": [],
            "keep": ["کراچۍ", "ب فارم"],
        },
        {
            "text": "که زه ځواب ورنکړم زما خور نازو ته زنګ ووهه شمېره یې03335918427ده",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "نازو"},
                {"type": "PHONE", "value": "03335918427"},
            ],
            "keep": [],
        },
        {
            "text": "زما زوی احمد شاه په مشهد کې د سفید سنګ کمپ کې بند دی، ۱۷ کلن دی. د هغه د تذکرې شمېره ۱۴۰۱-۰۳۰۲-۵۵۶۸۱ ده، مهرباني وکړئ مرسته وکړئ",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "احمد شاه"},
                {"type": "ID", "value": "۱۴۰۱-۰۳۰۲-۵۵۶۸۱"},
            ],
            "keep": ["مشهد", "سفید سنګ"],
        },
        {
            "text": "زه په دوبۍ کې کار کوم خو کمپنۍ معاش نه راکوي. کورنۍ ته پیسې دې حساب ته لېږم PK11 HABB 5139 3071 1872 9033 خو ۳ میاشتې کېږي هېڅ نه دي تللي",
            "sender_name": "",
            "entities": [
                {"type": "IBAN", "value": "PK11 HABB 5139 3071 1872 9033"},
            ],
            "keep": ["دوبۍ", "۳ میاشتې"],
        },
        {
            "text": "مونږ په شارجه کې د السجعه لیبر کمپ کې اوسېږو، بلاک ۴ خونه ۱۷، زموږ سپروائزر Rashid Khan ټول پاسپورټونه اخیستي",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "بلاک ۴ خونه ۱۷"},
                {"type": "NAME", "value": "Rashid Khan"},
            ],
            "keep": ["شارجه", "السجعه"],
        },
        {
            "text": "wrora mehrabani wkra documents me pa email ke wastawa: noor.agha77 at outlook dot com, manana",
            "sender_name": "Noor",
            "entities": [
                {"type": "EMAIL", "value": "noor.agha77 at outlook dot com"},
            ],
            "keep": [],
        },
        {
            "text": "زما مېرمن بلاربه ده، روغتون یې نه مني ځکه چې کارت مو ختم شوی. په ننګرهار کې مو ډاکټر درلود، دلته هېڅ نشته. MSF چېرته دي؟",
            "sender_name": "",
            "entities": [],
            "keep": ["ننګرهار", "MSF"],
        },
        {
            "text": "د زیږېدو نېټه مې ۱۱ فبروري ۱۹۹۹ ده، خو د جرمني په Ausweis کې 01.01.1999 لیکلي، اوس څه وکړم؟",
            "sender_name": "",
            "entities": [
                {"type": "DOB", "value": "۱۱ فبروري ۱۹۹۹"},
                {"type": "DOB", "value": "01.01.1999"},
            ],
            "keep": ["جرمني"],
        },
        {
            "text": "که په ترکیه کې کار غواړې احتیاط کوه، دا سړی درغلګر دی، نوم یې ذبیح الله دی او په انسټا کې @zabih.kakar.official",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "ذبیح الله"},
                {"type": "HANDLE", "value": "@zabih.kakar.official"},
            ],
            "keep": ["ترکیه"],
        },
        {
            "text": "مونږ ۶ کسان په یوه کوټه کې یو، ادرس: Zeytinburnu, Yeşiltepe Mah. Kazım Karabekir Cd. No:41 D:3، مالک ۹۰۰۰ لیره غواړي",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "Yeşiltepe Mah. Kazım Karabekir Cd. No:41 D:3"},
            ],
            "keep": ["Zeytinburnu", "۹۰۰۰ لیره"],
        },
        {
            "text": "زما د بانک کارت ورک شو، 4914 9890 0005 8447، چا چې پیدا کړ ما ته دې راولېږي\nجاوېد",
            "sender_name": "",
            "entities": [
                {"type": "CARD", "value": "4914 9890 0005 8447"},
                {"type": "NAME", "value": "جاوېد"},
            ],
            "keep": [],
        },
        {
            "text": "roora da tiktok video me dalta de https://www.tiktok.com/@shinwari_gul23 pa kay ke da iran polis wahal kawi, khalko ta ye wakhaye",
            "sender_name": "",
            "entities": [
                {"type": "URL", "value": "https://www.tiktok.com/@shinwari_gul23"},
            ],
            "keep": ["iran"],
        },
        {
            "text": "زما مېرمن زرغونه او دوه لوڼې ملالۍ او شبنم په کابل کې دي، غواړم انګلستان ته یې راولم. Home Office reference GWF071593284",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "زرغونه"},
                {"type": "NAME", "value": "ملالۍ"},
                {"type": "NAME", "value": "شبنم"},
                {"type": "ID", "value": "GWF071593284"},
            ],
            "keep": ["کابل", "Home Office"],
        },
        {
            "text": "ما ۲۰۰ ډالره د حوالې له لارې جلال اباد ته ولېږل، کوډ 58-2291-K دی، حوالدار حاجي ملنګ وايي پیسې لا نه دي رسېدلې",
            "sender_name": "",
            "entities": [
                {"type": "ID", "value": "58-2291-K"},
                {"type": "NAME", "value": "ملنګ"},
            ],
            "keep": ["۲۰۰ ډالره", "جلال اباد"],
        },
        {
            "text": "pa athens ke police ma niwalam aw telephone ye rana wakhist, da officer num papadopoulos wo. za ali khan yam",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "papadopoulos"},
                {"type": "NAME", "value": "ali khan"},
            ],
            "keep": ["athens"],
        },
        {
            "text": "زموږ پته: بورډ بازار، ناصر باغ روډ، ګلۍ ۳، کور ۱۴۵ – زه عبدالولي یم، ما سره په +92 345 981 2203 اړیکه ونیسئ",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "ناصر باغ روډ، ګلۍ ۳، کور ۱۴۵"},
                {"type": "NAME", "value": "عبدالولي"},
                {"type": "PHONE", "value": "+92 345 981 2203"},
            ],
            "keep": ["بورډ بازار"],
        },
        {
            "text": "زه او زما ورور په اټک کې د خښتو په بټۍ کې کار کوو، مالک چوهدري اکرم وايي ۲ لکه روپۍ قرض لرئ او نه مو پرېږدي چې لاړ شو",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "اکرم"},
            ],
            "keep": ["اټک", "۲ لکه روپۍ"],
        },
        {
            "text": "څوک پوهېږي چې IOM په تورخم کې د راستنېدونکو سره مرسته کوي؟ اورېدلي مې دي چې هرې کورنۍ ته ۳۷۵ ډالر ورکوي",
            "sender_name": "",
            "entities": [],
            "keep": ["IOM", "تورخم", "۳۷۵ ډالر"],
        },
        {
            "text": "زه محب الله یم، مونږ په اکوړه خټک کمپ کې یو، بلاک C کور نمبر ۲۱۴. د اوبو مشکل دی، UNHCR ته مو شکایت کړی خو چا ځواب نه دی راکړی",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "محب الله"},
                {"type": "ADDRESS", "value": "بلاک C کور نمبر ۲۱۴"},
            ],
            "keep": ["اکوړه خټک", "UNHCR"],
        },
        {
            "text": "پولیسو زما پلار رحمت الله ونیو، د هغه PoR کارت 0410 7728 3391 دی خو بیا یې هم بندي کړ، ۵ ورځې کېږي",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "رحمت الله"},
                {"type": "ID", "value": "0410 7728 3391"},
            ],
            "keep": ["۵ ورځې"],
        },
        {
            "text": "زما ورور فرید په کابل کې دی، ټیلیفون یې +93 79 418 2260 دی، که زما سره اړیکه ونشوه هغه ته زنګ ووهئ",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "فرید"},
                {"type": "PHONE", "value": "+93 79 418 2260"},
            ],
            "keep": ["کابل"],
        },
        {
            "text": "salam, za hamid shinwari yam, pa Hamburg ke osegam, Billstedter Hauptstraße 58, 3. OG. jobcenter pese nadi rakari 2 miashte",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "hamid shinwari"},
                {"type": "ADDRESS", "value": "Billstedter Hauptstraße 58, 3. OG"},
            ],
            "keep": ["Hamburg", "jobcenter", "2 miashte"],
        },
        {
            "text": "سلام، زه سپوږمۍ یم، زما میړه نصیر په ایران کې کار کوي. ما هغه ته ۵ ملیونه تومان په دې کارت ولېږل 6219 8605 3318 2474 خو وايي نه دي رسېدلي",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "سپوږمۍ"},
                {"type": "NAME", "value": "نصیر"},
                {"type": "CARD", "value": "6219 8605 3318 2474"},
            ],
            "keep": ["ایران", "۵ ملیونه تومان"],
        },
    ],
    "ur": [
        {
            "text": "السلام علیکم، میرا نام عمران بٹ ہے، میں دبئی میں ڈرائیور ہوں۔ کمپنی نے 4 مہینے سے تنخواہ نہیں دی اور پاسپورٹ بھی اپنے پاس رکھ لیا ہے",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "عمران بٹ"},
            ],
            "keep": ["دبئی", "4 مہینے"],
        },
        {
            "text": "salam, mera naam ayesha malik hai, Home Office ne mera asylum refuse kar diya, meri lawyer ms. khan kehti hai appeal 14 din me karni hai. mera HO ref M1947382 hai",
            "sender_name": "Ayesha",
            "entities": [
                {"type": "NAME", "value": "ayesha malik"},
                {"type": "NAME", "value": "khan"},
                {"type": "ID", "value": "M1947382"},
            ],
            "keep": ["Home Office", "14 din"],
        },
        {
            "text": "میں نادیہ ہوں، ہمیں Migrant Help والوں نے نئی جگہ بھیج دیا ہے: Flat 3, 27 Cheetham Hill Road, Manchester. یہاں بہت سیلن ہے اور بچے بیمار ہیں",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "نادیہ"},
                {"type": "ADDRESS", "value": "Flat 3, 27 Cheetham Hill Road"},
            ],
            "keep": ["Migrant Help", "Manchester"],
        },
        {
            "text": "میرا شناختی کارڈ نمبر 35202-4819273-5 ہے، نادرا والے کہتے ہیں کہ دبئی سے رینیو نہیں ہو سکتا، پاکستان آنا پڑے گا",
            "sender_name": "",
            "entities": [
                {"type": "ID", "value": "35202-4819273-5"},
            ],
            "keep": ["نادرا", "دبئی", "پاکستان"],
        },
        {
            "text": "میرا نام شاہد ہے، جدہ میں کام کرتا ہوں، کفیل نے خروج نہائی لگا دیا ہے۔ لیبر کورٹ کے فارم پر اپنا پتہ ص.ب 22145 لکھا ہے، ٹھیک ہے؟",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "شاہد"},
                {"type": "ADDRESS", "value": "ص.ب 22145"},
            ],
            "keep": ["جدہ", "لیبر کورٹ"],
        },
        {
            "text": "bhai mujhe milano me kaam chahiye, koi job ho to is number pe call karo 351 482 7760, naam bilal hai",
            "sender_name": "",
            "entities": [
                {"type": "PHONE", "value": "351 482 7760"},
                {"type": "NAME", "value": "bilal"},
            ],
            "keep": ["milano"],
        },
        {
            "text": "میری بہن فوزیہ کا ای میل fozia.rana92 (at) hotmail.com ہے، سفارت خانے والے اسی پر لیٹر بھیج دیں",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "فوزیہ"},
                {"type": "EMAIL", "value": "fozia.rana92 (at) hotmail.com"},
            ],
            "keep": ["سفارت خانے"],
        },
        {
            "text": "ایمریٹس آئی ڈی 784-1988-6627190-3 ایکسپائر ہو گئی ہے اور کمپنی رینیو نہیں کر رہی، 20 درہم روزانہ جرمانہ لگ رہا ہے",
            "sender_name": "",
            "entities": [
                {"type": "ID", "value": "784-1988-6627190-3"},
            ],
            "keep": ["20 درہم"],
        },
        {
            "text": "ہمارے لینڈ لارڈ چوہدری نواز نے کرایہ 25 ہزار کر دیا ہے۔ ہمارا گھر مکان نمبر 45، گلی نمبر 6، محلہ اسلام پورہ، راولپنڈی میں ہے، کہاں جائیں",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "نواز"},
                {"type": "ADDRESS", "value": "مکان نمبر 45، گلی نمبر 6، محلہ اسلام پورہ"},
            ],
            "keep": ["25 ہزار", "راولپنڈی"],
        },
        {
            "text": "mera naam sohail hai, police ne mujhe Athens me pakra, kehte hain tumhara card fake hai. meri date of birth 12-08-1994 hai lekin card pe galat likhi hai",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "sohail"},
                {"type": "DOB", "value": "12-08-1994"},
            ],
            "keep": ["Athens"],
        },
        {
            "text": "میرا نام عدنان ہے، کسی نے میرا ڈیبٹ کارڈ 5223 4190 6675 8212 استعمال کر کے 60,000 روپے نکال لیے، بینک والے سنتے ہی نہیں",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "عدنان"},
                {"type": "CARD", "value": "5223 4190 6675 8212"},
            ],
            "keep": ["60,000 روپے"],
        },
        {
            "text": "میں نے اپنے بھائی ثاقب کے اکاؤنٹ GB62 BARC 6599 4257 1862 51 میں 300 پاؤنڈ بھیجے تھے، وہ واپس آ گئے، کیوں؟",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "ثاقب"},
                {"type": "IBAN", "value": "GB62 BARC 6599 4257 1862 51"},
            ],
            "keep": ["300 پاؤنڈ"],
        },
        {
            "text": "کیا کوئی بتا سکتا ہے کہ اٹلی میں permesso di soggiorno کی تجدید کی فیس کتنی ہے؟ میں نے سنا ہے 130 یورو لگتے ہیں",
            "sender_name": "",
            "entities": [],
            "keep": ["اٹلی", "permesso di soggiorno", "130 یورو"],
        },
        {
            "text": "assalam o alaikum, hum Barcelona me rehte hain, Carrer de l'Hospital 88, 2n 1a. landlord bol raha hai ke 15 din me flat khali karo",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "Carrer de l'Hospital 88, 2n 1a"},
            ],
            "keep": ["Barcelona", "15 din"],
        },
        {
            "text": "ہیلو ثمینہ باجی، کیریٹاس والوں نے کہا تھا کہ آپ ترجمہ کر دیں گی، ہسپتال کی اپوائنٹمنٹ جمعرات کو 11 بجے ہے",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "ثمینہ"},
            ],
            "keep": ["کیریٹاس", "جمعرات", "11 بجے"],
        },
        {
            "text": "میرے شوہر ارشد محمود کو Harmondsworth میں رکھا ہوا ہے، ان کا Home Office نمبر A1284759 ہے اور کل ان کی فلائٹ ہے",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "ارشد محمود"},
                {"type": "ID", "value": "A1284759"},
            ],
            "keep": ["Harmondsworth", "Home Office"],
        },
        {
            "text": "bhai ye banda agent hai, uska naam shahzad hai, greece bhejne ka 8 lakh leta hai, insta pe raja.travels.gujrat, koi iske saath na jaye",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "shahzad"},
                {"type": "HANDLE", "value": "raja.travels.gujrat"},
            ],
            "keep": ["greece", "8 lakh"],
        },
        {
            "text": "میرا یوٹیوب چینل دیکھیں جہاں میں نے سعودی جیل کی ویڈیو ڈالی ہے https://youtube.com/c/NaveedVlogsKSA",
            "sender_name": "",
            "entities": [
                {"type": "URL", "value": "https://youtube.com/c/NaveedVlogsKSA"},
            ],
            "keep": ["سعودی"],
        },
        {
            "text": "tariq bol raha hoon bradford se, council ne ghar ka letter bheja hai samajh nahi aa raha, mera number zero seven seven zero zero nine zero zero four one six, call kar dena",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "tariq"},
                {
                    "type": "PHONE",
                    "value": "zero seven seven zero zero nine zero zero four one six",
                },
            ],
            "keep": ["bradford"],
        },
        {
            "text": "ہم ابھی Centro Don Bosco, via Padova 112 میں ہیں، میلان میں، وہاں کے انچارج فادر Luigi بہت اچھے ہیں",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "Centro Don Bosco, via Padova 112"},
                {"type": "NAME", "value": "Luigi"},
            ],
            "keep": ["میلان"],
        },
        {
            "text": "سلام\nمیں ایک طالبہ ہوں، اسکول والے بی فارم مانگ رہے ہیں جو میرے پاس نہیں ہے\nمہوش",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "مہوش"},
            ],
            "keep": ["بی فارم"],
        },
        {
            "text": "mere bachon ka visa reagrupación familiar ke liye apply kiya tha consulado Islamabad me, 9 mahine ho gaye. bachon ke naam hamza aur zoya hain",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "hamza"},
                {"type": "NAME", "value": "zoya"},
            ],
            "keep": ["reagrupación familiar", "Islamabad", "9 mahine"],
        },
        {
            "text": "اقامہ نمبر 2390417758 اور پیدائش کی تاریخ 05/11/1410 ہجری ہے، جوازات میں غلط لکھی ہوئی ہے",
            "sender_name": "",
            "entities": [
                {"type": "ID", "value": "2390417758"},
                {"type": "DOB", "value": "05/11/1410"},
            ],
            "keep": ["جوازات"],
        },
        {
            "text": "mera naam waqas hai, hum Sonapur labour camp me hain, camp no 7 room 214, khana theek nahi milta aur AC 2 hafte se kharab hai",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "waqas"},
                {"type": "ADDRESS", "value": "camp no 7 room 214"},
            ],
            "keep": ["Sonapur", "2 hafte"],
        },
        {
            "text": "پولیس والے ہر ہفتے ہمارے محلے میں آ کر افغانیوں سے پیسے مانگتے ہیں، 2000 روپے فی بندہ۔ کراچی، سہراب گوٹھ",
            "sender_name": "",
            "entities": [],
            "keep": ["2000 روپے", "کراچی", "سہراب گوٹھ"],
        },
        {
            "text": "میرے NI نمبر JT 48 27 91 C پر کوئی اور کام کر رہا ہے، HMRC کو کیسے بتاؤں؟\nکامران",
            "sender_name": "",
            "entities": [
                {"type": "ID", "value": "JT 48 27 91 C"},
                {"type": "NAME", "value": "کامران"},
            ],
            "keep": ["HMRC"],
        },
        {
            "text": "hola bhai, mujhe Lleida me fruit picking ka kaam mila tha, boss señor Puig hai, wo 6 euro ghanta deta hai. mera whatsapp +34 631 22 85 09",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Puig"},
                {"type": "PHONE", "value": "+34 631 22 85 09"},
            ],
            "keep": ["Lleida", "6 euro"],
        },
        {
            "text": "میرے ابو رشید احمد گجرات میں ہیں، ان کا نمبر ۰۳۰۰\n۴۷۱۸۲۹۳ ہے، اگر میرا فون بند ہو تو ان سے بات کریں",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "رشید احمد"},
                {"type": "PHONE", "value": "۰۳۰۰\n۴۷۱۸۲۹۳"},
            ],
            "keep": ["گجرات"],
        },
    ],
}
