# ruff: noqa: E501
"""Fourth urgent held-out set: Arabic, Persian, Pashto and Urdu, some in Latin letters.

Same line format as ``_urgent4_west``. All of it is invented.
"""

AR = """
det احنا محبوسين بمخزن بطرابلس من اسبوع ٤٠ واحد وما في اكل غير خبز، الحراس ما بيخلونا نطلع
det ya jama3a akhoya m7bous bel markaz w bokra bdhom yrahlouh 3a souria sa3douna
det وقفوني عالحاجز واخدو هويتي وقالولي رح تنام هون لحد ما يجي الضابط، صرلي ١٠ ساعات
tra الكفيل ماسك جوازي وما عطاني معاش من ٥ شهور ومسكر علي الباب لما يطلع
tra el m3allem bi2oul lazem nshte3'el 3ando la nsadded el dein w akhad awra2na kollha
vio جوزي عم يضربني هلق والولاد عم يبكو، قفلت على حالي بالحمام
vio في شباب مسلحين برا البيت وعم يهددونا اذا ما طلعنا الليلة بيحرقوه
sex مدير السكن بيدخل على غرفة البنات بالليل وبنتي خايفة تنام
sex ana t3aradt la i3tida2 mbare7 bel mokhayam w el shab lessa sakin jamb khaymitna
chi في ولد صغير عمره ٧ سنين نايم لحاله بمحطة الباص من امبارح، ما معه حدا وعم يرجف
chi بدهم يزوجو بنت اختي وعمرها ١٣ سنة يوم الخميس وهي عم تبكي وتقول ما بدي
med مرتي حامل بالشهر السابع وعم تنزف وما في اسعاف بيرد
med اخوي عنده ربو وخلص البخاخ ونفسه عم يضيق كتير هلق
sel ما بدي اصحى بكرة، تعبت من كل شي
sel khalas ma 3ad fini kammel, ra7 ermi 7ali mn el balcon el lele
mis ابن عمي ما رد من ٥ ايام من يوم ما طلع بالقارب من زوارة
mis ضاع ابني بالزحمة عالمعبر، عمره ٨ سنين ولابس كنزة حمرا
aba المهرب تركنا بالصحرا قرب الحدود ومشي، خلصت المي ومعنا اطفال
aba el sawa2 nazzalna 3al tari2 bel lel w ra7, fi bard ktir w ma ma3na shi
pus حرس الحدود رجعونا عالنهر وضربونا واخدو صبابيطنا وتلفوناتنا
pus المحرك وقف ونحنا عم نطوف، خفر السواحل قربو وسحبونا لبرا المياه وتركونا
det اخي بالسجن من اسبوع بدون محامي وما عم يعطوه دوا السكري
hard سنة ٢٠١٦ كنت محتجز بليبيا، هلق الحمدلله تمام وعندي شغل بمطعم
hard الاحتجاز لازم يكون آخر حل، هيك قالت المحامية بالندوة
hard شفت مسلسل عن الاتجار بالبشر امبارح، كتير مؤثر
hard هالطابور بالبلدية عم يموتني، ٣ ساعات واقف
hard ana mayet mn el malal hon, fi nashatat bel markaz?
hard المفوضية بطيئة كتير، صرلي سنة ناطر المقابلة
hard شو حقوقي اذا الشرطة وقفتني بالشارع؟ سؤال عام بس
hard السنة الماضية ساعدت عيلة ضايعة بالمحطة، هلق عايشين بالمانيا
hard اخي اختفى سنة ٢٠١٥ بس لقيناه بعد سنة والحمدلله
hard قريت مقال عن الصد عالحدود اليونانية، شي بيحزن
hard امتحان اللغة اليوم قتلني بس نجحت 😅
hard لما وصلت كنت نايم بالشارع، هلق عندي بيت والحمدلله
plain امتى بيبلش كورس اللغة الجديد؟
plain شكرا عالحرامات، كتير دافيين
plain قديش حق بطاقة المواصلات بالشهر؟
plain الغسالة بالسكن خربانة من جمعة
plain وين فيني ترجم شهادة الميلاد؟
plain الاكل اليوم كان طيب يعطيكم العافية
plain el wifi ma 3am yeshta3'el bel ta2 el tani
plain بدي موعد مع المساعدة الاجتماعية الاسبوع الجاي
plain في نشاطات للولاد بالعطلة؟
plain الموقع الجديد واضح وسهل
"""

FA = """
det پلیس مرزی وان ما رو از صبح تو یه سوله نگه داشته، گوشیامونو گرفتن میگن فردا برمیگردونیمتون ایران
det ma ro too ye otagh zendani kardan 3 rooze, gooshiamoono gereftan, ghaza nadadan
det برادرم تو کمپ رد مرز افغانیه، ۲ روزه نمیذارن به کسی زنگ بزنه، امشب میبرنش
tra صاحب کارگاه مدارکمونو نگه داشته تا بدهی رو بدیم، روزی ۱۵ ساعت کار میکنیم بدون حقوق
tra khaharamo be esme kar bordan dubai alan nemizaran zang bezane, ye bar yavashaki goft zendanish kardan
vio شوهرم داره منو میزنه، بچه‌ها ترسیدن، در حمومو قفل کردم
vio چند نفر با چاقو جلوی چادر ما وایسادن میگن امشب میکشیمتون
sex نگهبان کمپ شبا میاد سراغ دخترا، دخترم میترسه بخوابه
sex دیشب یه مرد تو خوابگاه به زور بهم تجاوز کرد، هنوز همونجاست
chi یه پسر کوچیک حدود ۹ سال از دیروز تنها تو ایستگاه قطاره، فارسی حرف میزنه و گریه میکنه
chi bache 10 salame hamsayamoon ro majboor mikonan too kargah shab o rooz kar kone, kotakesh mizanan
med زنم حامله‌ست خونریزی داره آمبولانس نمیاد
med baba ghalbesh dard mikone nafas nemitoone bekeshe, kasi javab nemide
med بچه‌م از دیشب تب شدید داره و الان تشنج کرد
sel دیگه نمیخوام زنده باشم، قرصا رو جمع کردم
sel فردا صبح نمیخوام بیدار شم، خداحافظ همه
mis پسرعموم ۵ روزه از وقتی از کوه رد شد جواب نمیده
mis dokhtaram ba ghayegh raft az dirooz hich khabari azash nist, telefonesh khamooshe
aba قاچاقچی ما رو تو کوه ول کرد و رفت، بچه‌ها دارن یخ میزنن
aba راننده ما رو وسط بیابون پیاده کرد، آب نداریم، گرمه
pus پلیس مرزی ما رو زد و برگردوند اونور، کفشامونو گرفتن، الان تو برفیم
pus gard sahel ghayegh ro sorakh kard va hol dad be samte torkiye, adama too aban
hard سال ۹۸ تو ترکیه بازداشت بودم، الان خوبم و کار میکنم
hard بازداشت بچه‌ها باید ممنوع بشه، این نظر منه
hard یه فیلم درباره قاچاق انسان دیدم، خیلی تلخ بود
hard این اجاره‌خونه‌ها داره منو میکشه، همه چی گرونه
hard az bikari daram mimiram inja, kelas zaban nadarin?
hard اداره مهاجرت خیلی کنده، یک ساله منتظر مصاحبه‌م
hard حقوق کارگر خارجی اینجا چیه؟ سوال کلیه
hard پارسال یه بچه گمشده رو به پلیس رسوندم، الان پیش خانوادشه
hard وقتی سال ۲۰۱۶ از دریا رد شدیم موتور خاموش شد ولی نجاتمون دادن
hard کارگاه خشونت خانگی خیلی مفید بود، ممنون
hard خبر پس‌زدن پناهجوها تو مرز یونان رو خوندم، ناراحت شدم
hard داداشم سال ۲۰۱۸ گم شده بود ولی پیداش کردیم، الان آلمانه
plain کلاس آلمانی کی شروع میشه؟
plain merci baraye lebasa, kheyli garman
plain بلیط ماهانه اتوبوس چنده؟
plain ماشین لباسشویی خرابه
plain کجا میتونم مدارکمو ترجمه کنم؟
plain غذای امروز خوشمزه بود
plain wifi tabaghe dovom kar nemikone
plain یه وقت با مددکار میخوام
plain برای بچه‌ها برنامه ورزشی دارین؟
plain سایت جدید راحته، دستتون درد نکنه
"""

PS = """
det پولیسو زما ورور له کمپ نه بوتلو، نه وایي چې چیرته دی، وایي سبا یې افغانستان ته شړي
det mung ye pa yawa kota ke band kri yu, telefoonuna ye rana wakhistal, dodai na rakawi
det زه په هوايي ډګر کې دوه ورځې بند یم، پاسپورټ یې رانه اخیستی
tra د خښتو د بټۍ مالک زموږ کاغذونه ساتلي، وایي تر هغه چې پور ورنکړئ نه مو پرېږدم
tra zama khor ye da kar pa noom bowala, os ye pa kor ke band sati, telefoon na warkawi
vio زما میړه ما وهي، ماشومان ډار دي، مرسته وکړئ
vio څو کسان له چړو سره زموږ خیمې ته راغلي، وایي نن شپه مو وژنو
sex د کمپ ساتونکی د شپې د نجونو خونې ته ورځي، زما لور ډارېږي
sex پرون شپه یو سړي په ما زور وکړ، زه نه پوهېږم چاته ووایم
chi یو کوچنی هلک له پرون راهیسې یوازې د اورګاډي په سټیشن کې دی، ژاړي
chi زما ورور ۱۲ کلن دی، یو سړی یې د کار لپاره بیایي او وهي یې
med ښځه مې امیندواره ده وینه ترې ځي، امبولانس نه راځي
med plar me pa sina ke dard lari sa na shi akhistalay, daktar nashta
med ماشوم مې سخته تبه لري او اوبه نه څښي
sel نور نه غواړم ژوندی پاتې شم، هر څه راته ختم دي
sel sabaa nu paseda na ghwaram, staray shawi yum
mis زما د تره زوی پنځه ورځې کېږي چې له پولې تېر شوی، ځواب نه ورکوي
mis زوی مې په ګڼه ګوڼه کې ورک شو، اته کلن دی
aba قاچاقبر موږ په غره کې پرېښودو او لاړ، اوبه نه لرو
aba موټروان موږ د سړک په غاړه پرېښودو، شپه ده او یخ دی
pus پولیسو موږ ووهلو او بېرته یې د پولې هاخوا ته واستولو، بوټونه یې رانه واخیستل
pus da kishti motor band shu, sahili saatunki mung bayrta darya ta wakhkalo
hard په ۲۰۱۹ کې زه په ترکیه کې بند وم، اوس ښه یم
hard د ماشومانو بندول باید منع شي، دا زما نظر دی
hard ما د انسانانو د قاچاق په اړه یو فلم ولید، ډېر خفه کوونکی و
hard دې کتار زه ووژلم، څلور ساعته ولاړ یم
hard دفتر ډېر ورو کار کوي، یو کال کېږي انتظار کوم
hard که پولیس ما ودروي زما حقونه څه دي؟ عمومي پوښتنه ده
hard تېر کال ما یو ورک ماشوم پولیسو ته وسپاره، اوس له کورنۍ سره دی
hard کله چې موږ په ۲۰۱۵ کې له سمندر تېر شو موټر ودرېد خو وژغورل شو
hard da koranai tashadud warkshap dera gatawar wa, manana
hard ما خبر ولوست چې په یونان کې کډوال بېرته شړل کېږي، ډېر بد دي
hard ورور مې په ۲۰۱۷ کې ورک و خو پیدا مو کړ، اوس په جرمني کې دی
hard دلته له بېکارۍ مړ شوم، کوم کورس شته؟
plain د الماني ژبې ټولګی کله پیلېږي؟
plain د جامو لپاره مننه، ډېرې ګرمې دي
plain د بس میاشتنی ټکټ څو دی؟
plain د جامو مینځلو ماشین خراب دی
plain اسناد چېرته ژباړلی شم؟
plain wifi kaar na kawi
plain د ټولنیز کارکوونکي سره وخت غواړم
plain نن ډوډۍ ښه وه
plain ماشومانو ته د لوبو پروګرام لرئ؟
plain نوې ویب پاڼه اسانه ده، مننه
"""

UR = """
det پولیس نے میرے شوہر کو کیمپ سے اٹھا لیا، کوئی نہیں بتا رہا کہاں ہے، کہتے ہیں کل ڈیپورٹ
det bhai mujhe airport pe 2 din se rok ke rakha hai passport le liya lawyer se baat nahi karne de rahe
det mera bhai thane mein 4 din se band hai, usay dawai nahi de rahe dil ka mareez hai
tra seth ne hamare passport rakh liye hain kehta hai qarz utaro phir jane dunga, 16 ghante kaam
tra میری بہن کو نوکری کا کہہ کر لے گئے اب گھر میں بند رکھتے ہیں فون نہیں دیتے
vio mera shohar mujhe maar raha hai abhi bachay ro rahe hain plz help
vio کچھ لوگ چاقو لے کر ہمارے کمرے کے باہر کھڑے ہیں، کہتے ہیں مار دیں گے
sex ہاسٹل کا وارڈن رات کو لڑکیوں کے کمرے میں آتا ہے، میری بیٹی ڈری ہوئی ہے
sex kal raat ek aadmi ne meray saath zabardasti ki, woh abhi bhi yahin rehta hai
chi ایک چھوٹا بچہ تقریباً 7 سال کا کل سے اسٹیشن پر اکیلا ہے، ماں باپ نہیں
chi meri bhanji 14 saal ki hai uski shadi zabardasti agle hafte kar rahe hain
med بیوی حاملہ ہے خون بہہ رہا ہے ایمبولینس نہیں آ رہی
med abbu ko sugar hai insulin 3 din se khatam, ab behosh ho rahe hain
med بچے کو تیز بخار ہے اور دورے پڑ رہے ہیں
sel ab jeene ka dil nahi karta, goliyan jama kar li hain
sel میں کل صبح اٹھنا نہیں چاہتا، سب ختم کرنا ہے
mis میرا کزن 5 دن سے جواب نہیں دے رہا جب سے بارڈر پار کیا
mis mera beta 10 saal ka bazaar mein kho gaya 2 ghante se nahi mila
aba ایجنٹ ہمیں جنگل میں چھوڑ کر بھاگ گیا، پانی ختم ہے بچے ساتھ ہیں
aba driver ne hamein highway pe utaar diya raat hai sardi hai kuch nahi paas
pus بارڈر پولیس نے مارا اور واپس دھکیل دیا، جوتے اور فون بھی لے لیے
pus boat ka engine band ho gaya coast guard ne hamein wapas samundar mein dhakel diya
hard 2018 میں یونان میں حراست میں تھا، اب سب ٹھیک ہے الحمدللہ
hard بچوں کی حراست پر پابندی ہونی چاہیے، یہ میری رائے ہے
hard انسانی اسمگلنگ پر ڈرامہ دیکھا، بہت دکھ ہوا
hard yeh line mujhe maar degi yaar 3 ghante se khara hoon
hard bore ho ho ke mar gaya hoon, koi class hai yahan?
hard اسائلم آفس بہت سست ہے، ایک سال سے انٹرویو کا انتظار
hard agar police rok le to mere kya huqooq hain? general sawal hai
hard پچھلے سال ایک گمشدہ بچے کو اس کے گھر والوں تک پہنچایا تھا
hard جب 2016 میں سمندر پار کیا انجن بند ہو گیا تھا لیکن بچا لیا گیا
hard گھریلو تشدد پر ورکشاپ اچھی تھی، شکریہ
hard یونان کی سرحد پر پش بیک کی خبر پڑھی، افسوس ہوا
hard mera dost 2019 mein laapata tha lekin mil gaya, ab italy mein hai
plain انگلش کلاس کب شروع ہوگی؟
plain kapron ka shukriya bohat garam hain
plain بس کارڈ مہینے کا کتنے کا ہے؟
plain واشنگ مشین خراب ہے
plain دستاویزات کا ترجمہ کہاں ہوگا؟
plain aaj ka khana acha tha
plain وائی فائی نہیں چل رہا
plain سوشل ورکر سے ملاقات چاہیے
plain بچوں کے لیے کرکٹ کا پروگرام ہے؟
plain nayi website asaan hai shukriya
"""
