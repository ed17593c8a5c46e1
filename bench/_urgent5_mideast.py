"""Fifth held-out urgent set: Arabic, Persian, Pashto, Urdu fragments.

One message a line: a tag, a space, the text. The tag is an urgent category, or
``hard`` / ``plain`` for a message that is not urgent. Some lines are in Latin letters
(Arabizi, Finglish, Roman Pashto, Roman Urdu), as people type them.
"""

# ruff: noqa: E501

TEXTS = {
    "ar": """
detention محبوسين في مخزن ببني وليد من أسبوع و المسلحين بيطلبوا فدية ٣ آلاف دولار عن كل واحد و بيضربونا وقت الاتصال بالأهل
detention 5ouya msajen f markaz el tarhil f tripoli mn 10 ayam w ma 3am ya3touh akl, bi2oulo ra7 yraj3ouh 3al sudan
trafficking الكفيل ساحب جوازي و مسكر علي الباب من برا، ما بيعطيني معاش من ٦ شهور، أنا بشقة بالأشرفية ساعدوني
trafficking wa7ed f sfax wa3adna b khedma w daba kaygol khasna nbi3o lih l7chich f zanqa wla ghadi ydrbna, 3ando tilifonat dyalna
violence شباب من البلدة عم يكسروا الخيم بالمخيم بعرسال هلق و ضربوا أبو محمد على راسه، عم ينزف كتير
violence zawji 3am ydrebni w 2al ra7 ydba7ni lamma yerja3 mn el sho8l, ana 3and jartna bas hiye khayfe
sexual_violence صاحب البيت بيدخل علي بالليل و بيعتدي علي، بيقلي اذا حكيت بيطردني انا و ولادي للشارع، و هو جاي الليلة
sexual_violence بكتب عن بنت خالتي عمرها ١٧ بالتهريب بليبيا، الحارس بيغتصبها كل يوم بالحوش و هي لسا هناك
child_at_risk في ولد عمره ٩ سنين نايم لحالو بحديقة بالمرج من ٣ ليالي، رجال عم يعطوه حبوب، ما عندو أهل هون
child_at_risk abou bnti bdo yzawwejha la zalame 3omro 50 w hiye 13 sene, el 3ers ba3d bokra bel mukhayyam, saa3douna
medical امي سكري و ضغط و وقعت مغمي عليها بالخيمة بمخيم ببر الياس، ما في دكتور و ما في دوا
medical اخوي انصاب برصاص حرس الحدود وهو عم يقطع، الدم ما عم يوقف، نحن بالجبل قرب الحدود التركية
self_harm والله تعبت خلص، واقف عالسطح وبدي انط، ما حدا بيسأل عني
self_harm sa7bi f dar chabab f sebta katb 3la facebook "bslama" w 3ndo chfra f yddo, ma kayjawbch
missing_person ابني طلع بمركب من زوارة قبل ٥ أيام و لا خبر، المهرب سكر تلفونه، كانوا ٧٠ واحد
missing_person أخوي طلع من البيت بحمص امبارح العصر و ما رجع، تلفونه مسكر، الجيران شافوا سيارة بلا نمر أخدته
abandonment المهرب نزلنا بالصحرا بين السودان و ليبيا و رجع بالعربية، خلصت المية و في أطفال معنا
abandonment el moharreb sabna f ghaba f bulgaria w mcha, 3andna wa7ed rijlo maksoura w ma fi akl
pushback الجندرما التركية عم يرجعونا عالسوري هلق بالسيارة، أخدوا تلفوناتنا، هاد تلفون مرتي
pushback خفر السواحل التونسي عم يرشونا بالمي و يدوروا حولنا ليغرقوا المركب، نحن ٤٠ قدام صفاقس
hard قبل سنتين كنت محتجز بطرابلس، هلق الحمدلله وضعي منيح بألمانيا وبدي احكي قصتي
hard شو الحقوق القانونية للعامل المنزلي بلبنان حسب القانون؟ سؤال عام للدراسة
hard shefna film 3an el ghor2 bel ba7er, bkit ktir, lazem kel el 3alam yshoufo
hard هالامتحان رح يقتلني هههه ما درست شي
hard مكتب المفوضية ما رد علي من شهرين بخصوص اعادة التوطين، خدمة سيئة جدا
hard السنة الماضية تطوعت مع الهلال الأحمر بالبحث عن المفقودين بعد الزلزال، بدي ارجع اتطوع
hard الدورة عن حماية الطفل بالمركز المجتمعي كانت مفيدة، شكرا للمدربة
hard bsara7a el tabour 3ala el 2amen el 3am 3azab, 4 sa3at w2ef bas 7atta a3tik el war2a
hard ابني انكسرت ايدو الشهر الماضي بالمدرسة، الحمدلله تجبرت و صار منيح
hard قريت رواية عن المهربين بين تركيا و اليونان، قصة قوية
hard جدي كان يحكي عن تهجيرهم سنة ٤٨ و كيف مشوا ليالي، بدي اكتب عنه
hard المحامي بالجمعية كان وقح معي و ما شرحلي شي، بس مشيت الأمور
plain ايمت بيبلش صف الانكليزي الجديد؟
plain shukran 3al mosa3ade bel e2ame, wesletni el war2a
plain كم سعر تجديد جواز السفر بالسفارة؟
plain البيت اللي استأجرته فيه رطوبة كتير
plain في توزيع مساعدات شتوية هالشهر؟
plain المدرسة بدها شهادة ميلاد مترجمة، وين بترجمها
plain الانترنت بالسكن ضعيف بالليل
plain شكرا للفريق على دورة الخياطة، استفدت كتير
""",
    "fa": """
detention مارو تو اردوگاه سفیدسنگ نگه داشتن از دیروز، میگن فردا رد مرز میکنن به افغانستان، شوهرم اونجا تهدید شده کمک کنید
detention dadasham ro too kalantari dar van gereftan, 4 roze hich khabari nist, mighan mifrestanesh iran
trafficking صاحب کارگاه خیاطی تو استانبول پاسپورتمو نگه داشته میگه ۳۰۰۰ دلار بدهکارم، شبا درو قفل میکنه نمیذاره برم بیرون
trafficking ghachaghchi mige bayad baraye oon kar konim dar mazrae ta pool rah ro bedim, mobile hamaro gerefte, in goshi ro ghayem kardam
violence الان تو پارک کنار ایستگاه تو بلگراد دارن افغانیا رو با چاقو میزنن، دوستم زخمی شده خون میاد
violence شوهرم با کمربند افتاده به جونم، الان تو حموم قایم شدم، بچه ها تو اتاقن
sexual_violence مامور پاسگاه مرزی دخترخاله ام رو نگه داشته میگه اگه باهاش نخوابه ولش نمیکنه، الان اونجاست
sexual_violence saheb khoone shab miad too otagham va be zoor..., emshab ham gofte miad, nemidoonam koja beram
child_at_risk یه پسر ۱۰ ساله افغان تنها تو ترمینال جنوب تهران خوابیده، یه مرد میخواد ببرتش کار، پدر مادر نداره
child_at_risk خواهرزاده ام ۱۲ سالشه، باباش میخواد بفرستش به یه مرد ۴۰ ساله تو مشهد، هفته دیگه عروسیه
medical پای مادرم تو کوه های مرز ترکیه سیاه شده از سرما، نمیتونه راه بره، تب داره، کجا بریم
medical bache 2 saleh tab 40 darad va tashannoj kard, dar kampe moria hastim, doktor nist
self_harm دیگه نمیتونم، قرص‌های اعصاب رو همه رو جمع کردم امشب میخورم، خداحافظ
self_harm hamotagham too hotel dar athen ba tigh dastesho boride va dare mige dobare mikonam, dar ro baz nemikone
missing_person برادرم ۶ روز پیش از مرز سراوان رد شد، قاچاقچی تلفن جواب نمیده، هیچ خبری ازش نیست
missing_person pesaram 15 sale az kamp dar bosni rafte samte marz croatia, 3 roze gooshish khamooshe
abandonment راننده ما رو وسط بیابون نزدیک مرز ایران و ترکیه پیاده کرد و رفت، ۱۵ نفریم، آب تموم شده
abandonment ghachaghchi mara too jangal dar bulgari vel kard, 2 ta bache va ye zan hamele ba mast, sarde
pushback پلیس یونان داره ما رو سوار قایق میکنه برگردونه سمت ترکیه، لباسامونو گرفتن، رودخونه اوروس
pushback sarbaz haye torkiye daran mara be samte marze iran hol midan, mizanan, alan hastim
hard سال ۹۸ تو کمپ موریا بودم، آتیش سوزی رو دیدم، الان تو هامبورگ درس میخونم
hard مستند درباره کولبرهای کردستان رو دیدم، خیلی تلخ بود
hard این کلاس زبان آلمانی داره منو دیوونه میکنه، گرامرش جهنمه
hard bamf noh mahe javabe nameye mano nadade, telefon ham javab nemidan
hard parsal dar iran too madreseye khodgardan be bachehaye afghan dars midadam, delam tang shode
hard ورکشاپ حقوق زنان تو کانون فرهنگی خیلی خوب بود، ممنون
hard madar bozorgam az mohajerat sale 57 be pakistan tarif mikard, mikham zabtesh konam
hard تو اخبار از اخراج افغان‌ها از ایران گفتن، سیاست جدید دولت چیه؟ فقط میخوام بدونم
hard پسرم ماه پیش گوشش عفونت کرد بردیمش اورژانس، الان خوبه
hard قانون جدید ترکیه درباره اقامت کوتاه مدت چیه؟ برای خودم مشکلی نیست
hard too instagram video ghargh shodane ghayegh nazdik calabria ro didam, sale 2023 bood, hanooz narahatam
hard مددکار کمپ خیلی بداخلاق بود ولی آخرش کارمو راه انداخت
plain کلاس خیاطی کی شروع میشه؟
plain merC baraye komak ba form, dorost shod
plain هزینه تمدید کارت آمایش چقدره؟
plain خونه ای که گرفتیم شوفاژش خرابه
plain نون سنگک اینجا کجا پیدا میشه؟ دلم تنگ شده
plain کارت اتوبوس رو کجا شارژ کنم؟
plain مدرکم رو کجا ترجمه کنم ارزونتر؟
plain ممنون بابت بسته غذایی هفته قبل
""",
    "ps": """
detention زه او ورور مې په تورخم کې بندیان یو، پولیس وايي سبا مو افغانستان ته لیږي، ورور مې هلته ګواښ لري
detention zama tra zoy pa islamabad ki police niwalay, dre wraze keegi, hich xabar na lari, pa kacha abadi ki
trafficking د خښتو د بټۍ مالک زموږ پاسپورټونه اخیستي، وايي پور مو نه دی خلاص، شپه دروازه بندوي، موږ نه شو وتلی
trafficking qachaqbar wayi che ta ba pa ghwar bagh ki kar kawe ya mung ba de wahu, telefon ye raa na akhistal
violence اوس په کمپ کې سړي راغلي او په ډنډو خلک وهي، زما ملګري سر ته ټپ دی وینه ځي
violence zama mere wayi che wazhni me, os kor ki da, za aw bachi pa kota ki band shawi yo
sexual_violence یو سړی د کډوالو په کور کې هره شپه زما خور ته راځي او په زور، نن شپه هم راځي، مرسته وکړئ
sexual_violence ma ta da kor khawand wayi che ka ma sara na we no kor na ba me obasi, nan shpa razi
child_at_risk زما وراره یوولس کلن دی، په تهران کې په یوه کارخانه کې بند دی، مالک یې وهي، نن یې راته زنګ وواهه او ژړل یې
child_at_risk زما د تره لور اته کلنه ده، د شخړې د ختمولو لپاره یې بدې ته ورکوي، سبا یې بیايي
medical زما مور ساه نه شي اخیستلی، شونډې یې شنې شوې، موږ د ایران په پوله یو، ډاکټر نشته
medical bachay me ir sakht tabba lari aw kango kawi, ka kampe ki yo pa sarhad, dawa na lary
self_harm کورنۍ مې له ما مخ اړولی، زه نور ژوند نه غواړم، نن شپه به ځان ووژنم، بخښنه غواړم
self_harm zama malgaray pa hotel ki wayi che khpal zan ba wazhni, chaqu ye pa las ki da, darwaza na prazi
missing_person زما زوی له ایراني زندانه خوشې شو ویې ویل راځم، د اسلام قلعې پوله، درې ورځې کېږي نه دی رسېدلی
missing_person ror me pa bulgaria jangal ki wo, salor wraze keegi hich xabar ye na shta
abandonment قاچاقبر موږ د نیمروز په دښته کې پرېښودو او لاړ، اوبه خلاصې دي، ماشومان راسره دي
abandonment motar wala mung pa sarak bande pregdo pa shpa ki, sara da, ma na pezhanu che cherta yo
pushback ایراني پوځ موږ بېرته پولې ته ټېل وهي، وهي مو، موبایلونه یې اخیستي
pushback da bulgaria police mung ba kalo akhistal aw bya turkiye ta legi, os pa motar ki yo
hard کله چې زه د بلغاریا په کمپ کې وم پولیسو وهلو، خو هغه تېر شو، اوس په اتریش کې کار کوم
hard د تورخم له لارې د کډوالو د ستنېدو پالیسي څه ده؟ یوازې پوښتنه ده
hard ما د مسافرۍ په اړه یوه ټپه واورېده، ډېره دردناکه وه
hard دا د جرمني ژبې ټولګی مې سر خوږوي، ډېر سخت دی
hard د مهاجرت دفتر شپږ میاشتې ځواب نه دی راکړی، ډېر ورو کار کوي
hard پروسږکال د زلزلې وروسته ما په هرات کې له خلکو سره مرسته کوله، بیا غواړم لاړ شم
hard په جومات کې د ماشومانو د ساتنې په اړه ښه وینا وه
hard zama nika ba kisay kawale che pa jagra ki tsanga takhta kawal, ghwaram de leekam
hard زما لور تېره اونۍ تبه درلوده، ډاکټر دوا ورکړه، اوس ښه ده
hard د افغان کډوالو حقونه په پاکستان کې څه دي؟ عمومي پوښتنه ده
hard ma pa tiktok ki pakhwanay video wolida che khalk pa shpa sarhad ta tlal, hagha wakht der sakht wo
hard وکیل له ما سره بد چلند وکړ، خو بیا مې کار سم شو
plain د ښځو لپاره د ګنډلو ټولګی شته؟
plain manana da komak na, form me jor sho
plain د پي او آر کارت نوي کول څومره پیسې دي؟
plain زموږ په کور کې اوبه نه راځي
plain ښوونځی ماشومانو ته ځای لري؟
plain د موټر چلولو زده کړه چېرته کېږي؟
plain د کرکټ لوبه د جمعې په ورځ ده؟
plain د خوراکي توکو بسته ترلاسه شوه، مننه
""",
    "ur": """
detention hum 14 log tripoli ke ek godown mein band hain, agent kehta hai ghar walon se 5 lakh mangwao warna nahin chhorenge
detention میرے بھائی کو دبئی ایئرپورٹ پر روک لیا ہے تین دن سے، فون بند ہے، کہتے ہیں ڈی پورٹ کریں گے
trafficking کفیل نے میرا پاسپورٹ رکھ لیا ہے اور آٹھ مہینے سے تنخواہ نہیں دی، کمرے کو باہر سے تالا لگاتا ہے
trafficking agent ne bola tha italy mein hotel ka kaam, ab greece ke khait mein bina paise kaam karwa rahe hain, bhagne ki koshish ki to maarenge
violence یونان کے کیمپ میں ابھی لڑائی ہو رہی ہے، لوگ چاقو لے کر آئے ہیں، میرا دوست زخمی پڑا ہے
violence mera shohar mujhe roz maarta hai aaj usne bola raat ko jaan se maar dega, main padosan ke ghar chhupi hoon
sexual_violence malik ka beta raat ko mere kamre mein aata hai aur zabardasti karta hai, aaj raat phir aane ka bola hai, main riyadh mein hoon
sexual_violence میری کزن لیبیا میں ایجنٹ کے گھر میں ہے، وہاں کے آدمی اس کے ساتھ زیادتی کرتے ہیں، وہ ابھی بھی وہیں ہے
child_at_risk ایک بارہ سال کا بچہ لاہور سے آیا ہے اکیلا، ایتھنز پارک میں سوتا ہے، کچھ لوگ اسے غلط کام پر لے جاتے ہیں
child_at_risk meri bhanji 14 saal ki hai, uske abbu uski shadi gaon mein 45 saal ke aadmi se karwa rahe hain agle hafte
medical mere dost ko bhatti ke kaam mein haath jal gaya, bohot bura zakham hai, bukhar bhi hai, malik hospital nahin le ja raha
medical میری بیوی کو دورے پڑ رہے ہیں، بے ہوش ہے، ہم ترکی کی سرحد کے قریب جنگل میں ہیں
self_harm ab zinda rehne ka dil nahin, sab qarz wale phone karte hain, aaj raat khud ko khatam kar loonga
self_harm میرا روم میٹ کہہ رہا ہے وہ پنکھے سے لٹک جائے گا، رسی لے کر باتھ روم میں بند ہے
missing_person mera beta 8 din pehle libya se kishti mein nikla, agent phone nahin uthata, koi khabar nahin
missing_person میرا چھوٹا بھائی ایران کی سرحد پار کر رہا تھا، پانچ دن سے کوئی رابطہ نہیں
abandonment agent ne humein balochistan ke registan mein chhor diya aur chala gaya, paani khatam hai, 20 log hain
abandonment ڈرائیور نے ہمیں سربیا کے کھیتوں میں اتار دیا اور چلا گیا، ایک بندے کا پاؤں ٹوٹا ہوا ہے
pushback serbia ki police humein hungary border se utha kar bus mein macedonia wapas bhej rahi hai, bus abhi chal rahi hai
pushback ایرانی فوجی ہمیں واپس پاکستان کی طرف دھکیل رہے ہیں اور گولیاں چلا رہے ہیں، تفتان کے پاس
hard 2019 mein main libya ke ek markaz mein band tha, ab gujranwala mein apni dukaan hai, sab theek hai
hard پروٹیکٹر آفس میں باہر جانے کے قانون پر سیمینار تھا، بہت فائدہ ہوا
hard ہم نے ڈرامہ دیکھا جس میں ایجنٹ لڑکوں کو یورپ بھیجتا ہے، بالکل سچ لگا
hard yaar ye garmi meri jaan le legi haha
hard nadra office mein 5 ghante line mein khara raha, bohot bura intezam hai
hard پچھلے سال سیلاب میں سوات میں ریسکیو کے ساتھ رضاکار تھا، اب ٹریننگ کب ہے؟
hard کیا یونان میں پناہ کے کیس کے دوران کام کی اجازت ہوتی ہے؟ عام سوال ہے
hard mere chacha 2023 wali kashti mein thay jo greece ke paas doobi thi, agle hafte unki barsi hai
hard اخبار میں پڑھا کہ ایف آئی اے نے گجرات میں ایجنٹ پکڑے، اچھی خبر ہے
hard meri beti ka dengue ab theek ho gaya, hospital walon ka shukriya
hard kafala system khatam hone ki khabar sach hai? parhai ke liye pooch raha hoon
hard قونصل خانے کا عملہ بدتمیزی سے بات کرتا ہے، پھر بھی کام ہو گیا
plain اطالوی زبان کی کلاس کب سے ہے؟
plain shukriya form mein madad ke liye, jama ho gaya
plain نائیکوپ کارڈ کی فیس کتنی ہے؟
plain kamre ka heater kharab hai
plain بچوں کی قرآن کلاس کا وقت کیا ہے؟
plain metro card kahan recharge hota hai?
plain ڈگری کی تصدیق کے لیے کیا چاہیے؟
plain راشن کا تھیلا مل گیا، شکریہ
""",
}
