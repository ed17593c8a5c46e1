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
chi ابن الجيران عمره ١١ سنة بيشتغل بالورشة ومعلمه بيحرقه بالسيخ اذا غلط، اليوم شفت الحروق
chi بدهم يزوجو بنت اختي وعمرها ١٣ سنة يوم الخميس وهي عم تبكي وتقول ما بدي
med بنتي اكلت حبوب جدتها وصارت تنعس وما عم تصحى
med اخوي عنده ربو وخلص البخاخ ونفسه عم يضيق كتير هلق
sel قاعد عالشط وناوي فوت بالبحر وما ارجع، خلص
sel khalas ma 3ad fini kammel, ra7 ermi 7ali mn el balcon el lele
mis ابن عمي طلع بالقارب من زوارة يوم الاحد، القارب وصل لامبيدوزا بس هو مش معهم
mis ضاع ابني بالزحمة عالمعبر، عمره ٨ سنين ولابس كنزة حمرا
aba المهرب تركنا بالصحرا قرب الحدود ومشي، خلصت المي ومعنا اطفال
aba el sawa2 nazzalna 3al tari2 bel lel w ra7, fi bard ktir w ma ma3na shi
pus الجيش رجعنا عالحدود التركية بالليل وكسرو تلفوناتنا، في شب مصاب وعم ينزف
pus خفر السواحل قربو ورشو علينا مي وسحبونا لبرا المياه وتركونا
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
sel sorry bas ana ma 3ad fiyye, c'est fini, bokra ma bade koun hon
det la police a pris mon fils mn el share3 w ma 3am yirdo y2oulo wein, ana khayfe yrajj3ouh
hard شو الرقم اللي منتصل فيه اذا صار شي طارئ؟ بس بدي اعرف
"""

FA = """
det پلیس مرزی وان ما رو از صبح تو یه سوله نگه داشته، گوشیامونو گرفتن میگن فردا برمیگردونیمتون ایران
det too geri gonderme merkezi istanbul hastim, majboor mikonan kaghaze bazgasht ro emza konim, vakil nemidan
det برادرم تو کمپ رد مرز سفیدسنگه، دو روزه نمیذارن به کسی زنگ بزنه، امشب میفرستنش افغانستان
tra قاچاقچی ما رو تو یه خونه نگه داشته و به خانواده‌هامون زنگ میزنه پول میخواد، هر روز کتکمون میزنه
tra khaharamo be esme kar bordan dubai, alan nemizaran zang bezane, ye bar yavashaki goft zendanish kardan
vio برادرشوهرم گفته اگه طلاق بگیرم منو میکشه، الان پشت دره و داد میزنه
vio تو پارک چند نفر ریختن سر افغانیا با چوب میزنن، سر دوستم شکسته
sex صاحبخونه میگه اگه اجاره نداری باید باهاش باشی، امشب میاد
sex عکسامو داره، تهدید میکنه اگه امشب نرم پیشش همه جا پخششون میکنه
chi یه دختر ۱۵ ساله تو کمپ با یه مرد بزرگ قرار گذاشته امشب فرار کنه پیشش، خانوادش اینجا نیستن
chi bache 10 salame hamsayamoon ro majboor mikonan too kargah shab o rooz kar kone, kotakesh mizanan
med pahaye dadasham too barf sorme zade siah shode, rah nemire, too koohim
med baba ghalbesh dard mikone nafas nemitoone bekeshe, kasi javab nemide
med بچه‌م از دیشب تب شدید داره و الان تشنج کرد
sel دستمو دوباره بریدم، خون بند نمیاد
sel هیچکس منو نمیخواد، امشب خودمو تموم میکنم
mis پسرعموم با گروه رفت تو کوه‌های مرز، گروه رسید ولی اون نه، از سه‌شنبه خبری نیست
mis dokhtaram ba ghayegh raft az dirooz hich khabari azash nist, telefonesh khamooshe
aba قاچاقچی ما رو تو کوه ول کرد و رفت، بچه‌ها دارن یخ میزنن
aba راننده ما رو وسط بیابون پیاده کرد و رفت، آب نداریم، هوا خیلی گرمه
pus مرزبانا تیراندازی کردن و ما رو برگردوندن اونور، پای یکی تیر خورده
pus gard sahel ghayegh ro sorakh kard va hol dad be samte torkiye, adama too aban
hard سال ۹۸ تو کمپ سفیدسنگ بودم، خدا رو شکر گذشت، الان دانشجوام
hard تو کلاس حقوق بشر درباره کار اجباری بچه‌ها حرف زدیم، موضوع مهمیه
hard سریال جدید درباره قاچاقچیای مرز رو کسی دیده؟ قسمت آخرش عالی بود
hard این اجاره‌خونه‌ها داره منو میکشه، همه چی گرونه
hard az khande mordam ba in video
hard نوبت دندونپزشکی سه ماه دیگه‌ست، سیستم خیلی کنده
hard صاحبکار حق داره پاسپورت کارگر رو نگه داره؟ برای یه تحقیق دانشگاهی میپرسم
hard پارسال تو زلزله داوطلب بودم، به زخمیا کمک کردیم، تجربه سختی بود
hard مامانم سال پیش عمل قلب کرد، الان خیلی بهتره
hard داداشم یه هفته تو راه بی‌خبر بود ولی رسید آلمان، الان پیش ماست
hard اون روزا که تو پارک میخوابیدیم تموم شد، الان خونه داریم
hard تیم ما نیمه دوم حریفو عقب روند و ۳-۱ بردیم
plain کلاس آلمانی سطح B1 کی شروع میشه؟
plain merci baraye lebasa, kheyli garman
plain برای نوروز جشن دارین؟ میخوام آش رشته بیارم
plain سیم کارت ارزون کجا بخرم؟
plain کجا میتونم مدرک دانشگاهیمو ترجمه رسمی کنم؟
plain کلاس خیاطی هنوز جا داره؟
plain wifi tabaghe dovom kar nemikone
plain گواهینامه ایرانیمو میشه عوض کرد؟
plain کتاب فارسی تو کتابخونه دارین؟
plain سایت جدید راحته، دستتون درد نکنه
mis salam, pesaram 13 salashe, dishab az kamp raft birun va barnagasht, telefonesh khamooshe, komak konid
vio hamsayamoon ba chaghoo oomade dame dar dad mizane mikoshamet, police ham nemiad
hard پیک اینقدر دیر اومد که از گشنگی مردیم
"""

PS = """
det پولیسو زموږ کلي ته راغلل او ټول سړي یې په موټرو کې بوتلل، وایي افغانستان ته یې شړو
det mung pa thana ke dre wradze yu, karta na lari, na pregdi che kor ta zang wahu
det زما مور یې په بندیخانه کې ساتلې، د شکرې دوا نه ورکوي
tra د خښتو د بټۍ مالک زموږ کاغذونه ساتلي، وایي تر هغه چې پور ورنکړئ نه مو پرېږدم
tra یو سړي زموږ زوی په ایران کې په یوه کور کې بند کړی، اوس وایي درې زره ډالر راکړئ
vio طالبان زموږ کور ته راغلي، زما ورور لټوي، وایي وژنو یې
vio زما خسر وايي که له کوره ووځم مړه مې کوي، نن یې زه وهلې یم
sex د کار خاوند زما لور ته بدې خبرې کوي او نن شپه یې خپل کور ته غوښتې ده
sex پرون شپه یو سړي په ما زور وکړ، زه نه پوهېږم چاته ووایم
chi یو سړی هره ورځ د کمپ ماشومان د سوال لپاره بیایي، که پیسې رانه وړي وهي یې
chi د ګاونډي ماشوم دوه ورځې کېږي چې په کور کې یوازې دی، مور یې پولیسو نیولې
med زما ماشوم د جامو مینځلو دوا وڅښله، کانګې کوي او بې هوښه کېږي
med plar me pa sina ke dard lari sa na shi akhistalay, daktar nashta
med زموږ ملګری له موټر نه ولوېد، سر یې مات دی او وینه ځي
sel نور نه غواړم ژوندی پاتې شم، هر څه راته ختم دي
sel nan shpa ba khpal zan wazhnam, bas de
mis زما ورور له طورخم نه بېرته راستون شو او درې ورځې کېږي چې هیڅ خبر یې نشته
mis زوی مې په ګڼه ګوڼه کې ورک شو، اته کلن دی
aba قاچاقبر موږ په غره کې پرېښودو او لاړ، اوبه نه لرو
aba موټروان موږ د دښتې په منځ کې کوز کړو او لاړ، ماشومان تږي دي
pus د ترکیې پوځیانو موږ ونیولو، وهلي یې یو او د شپې یې بېرته ایران ته واړولو
pus da kishti motor band shu, sahili saatunki mung bayrta darya ta wakhkalo
hard په ۲۰۱۹ کې زه په ترکیه کې بند وم، اوس ښه یم او کار کوم
hard زه د پوهنتون لپاره د ماشومانو د کار په اړه مقاله لیکم
hard ما د انسانانو د قاچاق په اړه یو فلم ولید، ډېر خفه کوونکی و
hard دې ګرمۍ زه ووژلم، پکه نشته؟
hard د روغتون وخت دوه میاشتې وروسته دی، ډېر ورو کار کوي
hard که پولیس ما ودروي زما حقونه څه دي؟ عمومي پوښتنه ده
hard تېر کال مې یوې کورنۍ ته په روغتون کې ژباړه وکړه، ټول ښه شول
hard کله چې موږ په ۲۰۱۵ کې له سمندر تېر شو موټر ودرېد خو وژغورل شو
hard زما تره پروسږکال ناروغ و، اوس روغ دی الحمدالله
hard ورور مې په ۲۰۱۷ کې ورک و خو پیدا مو کړ، اوس په جرمني کې دی
hard دلته له بېکارۍ مړ شوم، کوم کورس شته؟
hard زموږ ټیم په کرکټ کې هغوی شاته وتمبول او وګټل
plain د الماني ژبې ټولګی کله پیلېږي؟
plain د اختر لپاره په مرکز کې پروګرام شته؟
plain د بس میاشتنی ټکټ څو دی؟
plain ارزانه سیم کارت چېرته اخیستی شم؟
plain اسناد چېرته ژباړلی شم؟
plain wifi kaar na kawi
plain د ټولنیز کارکوونکي سره وخت غواړم
plain زما لپاره د ګنډلو کورس شته؟
plain د ماشومانو د ښوونځي نوم لیکنه کله ده؟
plain نوې ویب پاڼه اسانه ده، مننه
det zama plar police niwalay dai, pa thana ke ye wahi, wayi sabaa ye deport kawu
aba agent mung pa ghar ke pregdo aw lar, yakh dai, mashooman zharri
hard زموږ وکیل وویل چې بندول باید وروستۍ لاره وي، ښې خبرې یې وکړې
"""

UR = """
det پولیس نے میرے شوہر کو کیمپ سے اٹھا لیا، کوئی نہیں بتا رہا کہاں ہے، کہتے ہیں کل ڈیپورٹ
det bhai mujhe airport pe 2 din se rok ke rakha hai passport le liya lawyer se baat nahi karne de rahe
det mera bhai thane mein 4 din se band hai, usay dawai nahi de rahe dil ka mareez hai
tra bhatte ka malik kehta hai peshgi wapas karo warna koi ghar nahi jaye ga, bachon se bhi intein banwata hai
tra سعودی میں کفیل نے اقامہ اور پاسپورٹ رکھ لیا، تنخواہ نہیں دیتا، کمرے میں بند رکھتا ہے
vio biradri wale keh rahe hain pasand ki shadi ki hai to aaj raat dono ko maar denge, hum chup ke baithe hain
vio سیٹھ کے بندے ڈنڈے لے کر آئے ہیں، مزدوروں کو مار رہے ہیں کیونکہ ہم نے تنخواہ مانگی
sex ہاسٹل کا وارڈن رات کو لڑکیوں کے کمرے میں آتا ہے، میری بیٹی ڈری ہوئی ہے
sex kal raat ek aadmi ne meray saath zabardasti ki, woh abhi bhi yahin rehta hai
chi پڑوس میں ایک بچی کو روز زنجیر سے باندھ کر رکھتے ہیں، آج سارا دن رو رہی ہے
chi meri bhanji 14 saal ki hai uski shadi zabardasti agle hafte kar rahe hain
med abbu ko sugar hai insulin 3 din se khatam, ab behosh ho rahe hain
med بچے کو تیز بخار ہے اور دورے پڑ رہے ہیں
med bosnia ke jungle mein hain, dost ki taang toot gayi hai chal nahi sakta, bohat dard
sel ab jeene ka dil nahi karta, goliyan jama kar li hain
sel میں نہر کے کنارے کھڑا ہوں، چھلانگ لگانے لگا ہوں، معاف کرنا امی
mis بھائی کا آخری میسج تھا کہ جنگل میں پولیس آ گئی ہے، اس کے بعد کچھ نہیں، آج چوتھا دن ہے
mis mera beta 10 saal ka bazaar mein kho gaya 2 ghante se nahi mila
aba ایجنٹ ہمیں جنگل میں چھوڑ کر بھاگ گیا، پانی ختم ہے بچے ساتھ ہیں
aba agent ne libya mein ek ghar mein chor diya hai, 5 din se koi nahi aya, khana khatam
pus croatia police ne mara, phone tor diye aur wapas bosnia dhakel diya, kapre bhi utarwa liye
pus یونانی کوسٹ گارڈ نے ہماری کشتی کا انجن نکال لیا اور ترکی کی طرف دھکیل دیا، پانی اندر آ رہا ہے
hard 2018 میں یونان میں حراست میں تھا، اب سب ٹھیک ہے الحمدللہ
hard بھٹہ مزدوروں کے قرض کا قانون بدلنا چاہیے، ٹی وی پر اچھا پروگرام تھا
hard انسانی اسمگلنگ پر ڈرامہ دیکھا، بہت دکھ ہوا
hard yeh line mujhe maar degi yaar 3 ghante se khara hoon
hard thak ke mar gaya hoon aaj, 10 ghante ki shift thi
hard اسائلم آفس بہت سست ہے، ایک سال سے انٹرویو کا انتظار
hard agar police rok le to mere kya huqooq hain? general sawal hai
hard پچھلے ہفتے ہسپتال میں ایک فیملی کے لیے ترجمہ کیا، سب ٹھیک ہو گیا
hard امی کا آپریشن پچھلے مہینے ہوا، اب ٹھیک ہیں
hard mera dost 2019 mein laapata tha lekin mil gaya, ab italy mein hai
hard kal ka match dekha? pakistan ne aakhri over mein india ko maar diya
hard یونان کی سرحد پر پش بیک کی خبر پڑھی، افسوس ہوا
plain انگلش کلاس کب شروع ہوگی؟
plain kapron ka shukriya bohat garam hain
plain عید کی نماز کا وقت کیا ہے؟
plain بینک اکاؤنٹ کھلوانے کے لیے کیا چاہیے؟
plain دستاویزات کا ترجمہ کہاں ہوگا؟
plain aaj ka khana acha tha lekin roti thandi thi
plain ڈرائیونگ لائسنس کیسے بدلوائیں؟
plain سوشل ورکر سے ملاقات چاہیے
plain بچوں کے لیے کرکٹ کا پروگرام ہے؟
plain nayi website asaan hai shukriya
sex madam please help, jis ghar mein kaam karti hoon uska beta raat ko room mein aata hai, lock bhi tor diya, aaj phir aaye ga
chi ek bacha hai 12 saal ka hotel mein raat 2 baje tak bartan dhota hai, malik usay maarta hai, aaj uska sar phat gaya
hard yaar is garmi ne maar dala, AC kab theek hoga
"""
