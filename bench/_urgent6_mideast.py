"""Sixth held-out urgent set: ar, fa, ps, ur.

One message a line: a tag, a space, the text. The tag is an urgent category, or
``hard`` / ``plain`` for a message that is not urgent. Written blind (see bench/urgent_heldout6.py).
"""

# ruff: noqa: E501

TEXTS = {
    "ar": """
detention احنا محبوسين في مركز في طرابلس من اسبوعين ما في محامي وقالوا بكرة يرحلونا
detention 3ammi mesko el shorta mbere7 w hala2 bel matar bdon awra2 bado yrahhlo w ma khallo ye7ke ma3 7ada
trafficking الكفيل اخذ جوازي ومش راضي يرجعه بشتغل من ٦ الصبح لنص الليل ولا يعطيني راتب ويقول علي دين لازم اسدده
trafficking اختي في بيت بالكويت قافلين عليها الباب ما تطلع ابدا وتلفونها ياخذونه منها كل ليلة
violence في ناس مسلحين برا البيت عم يدقوا عالباب وبيقولوا رح يقتلونا اذا ما دفعنا
violence ya gama3a el shabab dol darabo akhoya bel sakakeen dilwa2ty w lessa wa2fin ta7t el 3omara
sexual_violence صاحب الشغل كل ليلة يدخل غرفتي ويقول اذا تكلمت بيسلمني للشرطة ما عدت اتحمل
sexual_violence الحارس بالمخزن اجبرني على شي ما بدي ياه مقابل الاكل وبيهددني اذا حكيت لحدا
child_at_risk بنت جيراننا عمرها ١٣ سنة ابوها بدو يزوجها الاسبوع الجاي لرجل كبير مقابل مصاري
child_at_risk في ولد صغير لحاله بالمحطة من امبارح نايم عالارض ما معه حدا وفي رجال عم يحاول ياخده معه
medical مرتي عم تولد هلا والدم كتير ما في سيارة ولا مستشفى قريب شو نعمل
medical el walad wa2e3 mn el sob7 w mesh byrod 3alena w byetnaffes bsu3uba
self_harm خلاص تعبت ما عاد بدي اصحى بكرة سامحوني كلكم
self_harm جمعت حبوب كثير من العيادة وناوي اخلص الليلة ما في شي يستاهل
missing_person اخوي طلع بالقارب من زوارة يوم الخميس وتلفونه مسكر من وقتها حد شافه او سمع عنه
missing_person ابن عمي عبر الحدود من اربع ايام ولا كلمة منه والمهرب ما يرد
abandonment المهرب نزلنا في الصحرا وراح احنا ١٢ شخص ما في مي والشبكة تروح وتجي
abandonment el shofer trakna bel shahne w sakkar el bab w mesheh fi wlad w ma fi hawa
pushback خفر السواحل سحبوا قاربنا ورجعونا لورا وضربوا الشباب بالعصي احنا لسا بالمي
pushback الجنود عالحدود رجعونا للجهة التانية واخدوا تلفوناتنا وحرقوا تيابنا هلا نحنا بالغابة بالبرد
hard سنة ٢٠١٨ كنت محتجز في ليبيا بس الحمدلله هلا عندي اقامة وبشتغل طباخ في مطعم
hard لازم توقف الدول احتجاز الاطفال المهاجرين هذا ضد كل القوانين
hard الطابور في مكتب الهجرة رح يقتلني صار لي ٣ ساعات واقف
hard اخوي كان مفقود يومين بس الشرطة لقيته امبارح وهو بخير بالبيت
hard عندي بحث بالجامعة عن الاتجار بالبشر في الخليج ممكن تدلوني على مصادر
hard شو رقم خط مكافحة الاتجار بالبشر اذا حد احتاجه يوما
hard شفت فيلم عن قارب غرق بالبحر وبكيت كثير قصة حزينة
hard مديري رح يذبحني اذا تأخرت مرة ثانية هههه
hard sm3t fel akhbar en fe markeb gher2 2odam el yunan rabena yer7amhom
hard لو واحد انرجع على الحدود شو حقوقه؟ بس بسأل للمعلومة
hard ana hamoot mn el zah2 fel sakan mafish haga a3melha
hard معاملة الاقامة بطيئة كثير من ٦ شهور وما حد يرد علينا تعبنا من المراجعات
plain شكرا على دروس اللغة الالمانية المعلمة كتير منيحة
plain كيف اجدد بطاقة الاقامة اونلاين؟
plain المدرسة قبلت بنتي بالصف الثالث الحمدلله
plain الايجار غالي كثير هنا هل في مساعدة للسكن؟
plain law sama7t fen a2dar at3allem sewa2a w a5od rokhsa hena
plain ابغى اعرف متى يفتح مكتب العمل يوم السبت
plain حصلت شغل بمصنع خبز والراتب مقبول
plain التطبيق ما يقبل صورة الجواز عندي شو اسوي
""",
    "fa": """
detention ما رو تو کمپ حبس کردن دو هفته‌س نمیذارن بیرون بریم میگن فردا دیپورت میشیم وکیل هم نداریم
detention baradaram ro police emruz gereft alan too kalantarie migan mifrestanesh afghanistan telefonesh ham gereftan
trafficking صاحب کار پاسپورتمو گرفته میگه تا قرضتو ندی نمیتونی بری شبانه روز کار میکنیم پول نمیده
trafficking ما هشت نفر تو یه خونه ایم در قفله گوشیامون رو گرفتن فقط واسه کار تو مزرعه میبرنمون
violence چند نفر با چاقو جلوی خونه وایسادن میگن اگه افغانیا از اینجا نرن میکشنمون
violence shohare khaharam har shab mizanatesh emshab gofte mikoshamet ma ham ke tu ye shahre dige im
sexual_violence صاحبخونه به زور میاد تو اتاقم میگه اگه قبول نکنی بیرونت میکنم و به پلیس میگم مدرک نداری
sexual_violence مسئول کمپ به دخترای تنها میگه اگه غذا میخواین باید شب بیاین پیشم دیروز یکیشونو برد
child_at_risk پسر ۱۲ ساله همسایه تنها از مرز رد شده الان تو پارک میخوابه و یه مرد هر روز میاد دنبالش
child_at_risk پدر خواهرزادم میخواد دختر ۱۴ ساله شو هفته بعد به یه مرد پنجاه ساله شوهر بده کمک کنید
medical خانمم درد زایمان داره و خون زیاد میاد تو کمپ دکتر نیست
medical bacheye man az sob tab dare alan tashanoj kard o cheshmash baz nemishe
self_harm دیگه نمیکشم هیچکس منتظرم نیست امشب همه چیز رو تموم میکنم
self_harm خداحافظ مادر جان منو ببخش دیگه توان ندارم
missing_person برادرم ده روز پیش از مرز ترکیه رد شد از اون روز هیچ خبری ازش نداریم قاچاقبر هم جواب نمیده
missing_person shohare dustam ba ghayegh az torkie raft be yunan panj roz pish hanuz hich khabari nist telefonesh khamushe
abandonment قاچاقبر ما رو تو کوه ول کرد و رفت آب نداریم یه پیرمرد حالش بده نمیدونیم کجاییم
abandonment ما رو پشت کامیون گذاشتن درو قفل کردن راننده رفته هوا نیست بچه ها گریه میکنن
pushback سربازای مرز ما رو زدن و برگردوندن اونور گوشی و پولمون رو هم گرفتن
pushback gard sahel ghayegh ma ro dobare be samte torkie hol dad motoresho kharab kard alan vasate daryaim
hard سال ۲۰۱۹ تو کمپ یونان بازداشت بودم ولی الان اقامت دارم و آشپزی میکنم
hard بازداشت بچه های مهاجر باید ممنوع بشه این خلاف حقوق بشره
hard این صف اداره مهاجرت منو کشت سه ساعته وایسادم
hard پسرم دیروز گم شده بود ولی پلیس پیداش کرد الان خونه‌ست خداروشکر
hard برای پروژه مدرسه دخترم درباره قاچاق انسان سوال داشتم کتاب خوب معرفی میکنید؟
hard شماره خط کمک قاچاق انسان چنده؟ فقط میخوام داشته باشم اگه کسی لازم داشت
hard دارم رمانی میخونم درباره دختری که قاچاق میشه و آخرش فرار میکنه خیلی قشنگه
hard age dir beresam ra'isam mano mikoshe haha
hard اخبار گفت یه قایق نزدیک ایتالیا غرق شده خدا رحمتشون کنه
hard اگه کسی رو تو مرز برگردونن حق داره درخواست پناهندگی بده؟ سوال عمومیه
hard از بیکاری و بی حوصلگی دارم میمیرم تو این شهر
hard نوبت مصاحبه پناهندگیم شیش ماهه عقب افتاده خیلی کند کار میکنن
plain ممنون از کلاس زبان آلمانی معلم خیلی خوبه
plain چطوری کارت اقامتمو تمدید کنم؟
plain مدرسه پسرمو قبول کرد کلاس چهارم
plain کرایه خونه خیلی گرونه کمکی برای مسکن هست؟
plain salam kelase computer baraye khanuma kojast?
plain من تو یه نانوایی کار پیدا کردم حقوقش بد نیست
plain مدارک ترجمه شده رو باید کجا تحویل بدم
plain دفتر کمک حقوقی روزای جمعه بازه؟
""",
    "ps": """
detention موږ يې په کمپ کې بند کړي يو دوه اونۍ کېږي وکيل نه راکوي او وايي سبا مو افغانستان ته لېږي
detention zama wror police niwalay dey os thana ke dey wayi deport ba shi telephone ye ham akhistay dey
trafficking مالک زما پاسپورټ اخيستی او وايي تر هغه چې پور دې نه وي ورکړی ته نشې تللی تنخوا هم نه راکوي
trafficking موږ لس کسان په يوه کور کې يو دروازه قلفه ده ټليفونونه يې اخيستي او يوازې کار ته مو بيايي
violence وسله وال کسان زموږ د کور مخې ته ولاړ دي او وايي که پيسې ورنکړو موږ به ووژني
violence zama wror ye os da chaqu sara wahalay dey mung pa sarak ke yu hagha khalk la tar os dalta dee mrasta oko
sexual_violence د کار مالک هره شپه زما کوټې ته راځي او وايي که چا ته دې وويل پوليسو ته به دې ورکړم
sexual_violence د کمپ ساتونکی نجونو ته وايي که خواړه غواړئ نو شپه ما ته راشئ پرون يې يوه نجلۍ بوتله
child_at_risk يو ۱۱ کلن هلک يوازې په سټېشن کې دی درې ورځې کېږي هيڅوک ورسره نشته او يو سړی يې د بيولو هڅه کوي
child_at_risk زما د تره لور ۱۳ کلنه ده پلار يې غواړي بله اونۍ يې يو زاړه سړي ته په پيسو ورکړي
medical ښځه مې د زوکړې درد لري او ډېره وينه ځي نږدې ډاکټر نشته
medical zama zoy la sahar na behosha dey aw sa na wayi sa okro
self_harm نور نشم زغملی نه غواړم سبا راپاڅېږم ټول ما وبخښئ
self_harm ډېرې ګولۍ مې راټولې کړې نن شپه به هر څه ختم کړم
missing_person زما ورور لس ورځې مخکې له ايران نه ترکيې ته ووت له هغې ورځې راهيسې هيڅ خبر نشته
missing_person zama da malgari wror pa kishti ke yunan ta talay wo pinza wraze kegi telephone ye band dey
abandonment قاچاقبر موږ په غره کې پرېښودو او ولاړ اوبه نه لرو او يو سپين ږيری ناروغ دی
abandonment موږ يې د لارۍ شا ته بند کړي يو ډرېور تللی هوا نشته ماشومان ژاړي
pushback د پولې عسکرو موږ ووهلو او بېرته يې ايران ته وشړلو ټليفونونه او پيسې يې هم واخيستې
pushback sahili satonko zamung kishti bia torkiye ta wapas kash kra motor ye mat kro os pa samandar ke yu
hard په ۲۰۱۸ کې زه په يونان کې بند وم خو اوس مې اقامه شته او د آشپز په توګه کار کوم
hard د مهاجرو ماشومانو بندي کول بايد ودرول شي دا د بشري حقونو خلاف دي
hard دا کتار به مې ووژني درې ساعته ولاړ يم
hard زوی مې پرون ورک شوی و خو پوليسو پيدا کړ اوس کور کې دی الحمدلله
hard د ښوونځي د پروژې لپاره د انسانانو د قاچاق په اړه معلومات غواړم
hard د انسانانو د قاچاق ضد ليکې شمېره څه ده؟ که چا ته اړتيا پېښه شي
hard پنځه کاله مخکې قاچاقبر موږ په دښته کې پرېښودو خو اوس زه په جرمني کې ښه ژوند لرم
hard ka nawakhta warsegam boss ba me wawazhni haha
hard په خبرونو کې مې واورېدل چې د ايټاليا سره يوه کشتۍ ډوبه شوې خدای دې ورته جنت ورکړي
hard که څوک په پوله بېرته وشړل شي څه حقونه لري؟ يوازې پوښتنه کوم
hard دلته له بې کارۍ مړ شوم هيڅ کار نشته
hard زما د پناه غوښتنې مرکه شپږ مياشتې وځنډول شوه کار ډېر ورو دی
plain د الماني ژبې د ټولګي مننه ښوونکې ډېره ښه ده
plain زه څنګه خپل د اقامې کارت نوی کړم؟
plain ښوونځي زما لور په درېيم ټولګي کې ومنله
plain د کور کرايه ډېره ګرانه ده د کور لپاره کومه مرسته شته؟
plain salam da khazo lapara da computer class charta dey?
plain ما په يوه نانوايي کې کار پيدا کړ معاش يې ښه دی
plain ژباړل شوي اسناد چېرته ورکړم؟
plain ايا د حقوقي مرستې دفتر د جمعې په ورځ خلاص وي؟
""",
    "ur": """
detention ہمیں کیمپ میں بند کر رکھا ہے دو ہفتے سے وکیل سے بات نہیں کرنے دیتے کہتے ہیں کل واپس بھیج دیں گے
detention bhai ko police ne raat utha liya ab airport le ja rahe hain deport ke liye koi sunta hi nahi
trafficking سیٹھ نے پاسپورٹ رکھ لیا ہے کہتا ہے پہلے قرضہ اتارو پھر جانا صبح سے رات تک کام کرواتا ہے تنخواہ نہیں دیتا
trafficking meri behan dubai me ek ghar me kaam karti hai unho ne phone le liya darwaza band rakhte hain bahar nahi jane dete
violence کچھ لوگ ڈنڈے لے کر دروازے پر کھڑے ہیں کہہ رہے ہیں آج تمہیں مار دیں گے جلدی کچھ کرو
violence yar mere roommate ko abhi chaaku mara hai woh log abhi bhi gali me khare hain
sexual_violence مالک رات کو میرے کمرے میں آتا ہے کہتا ہے کسی کو بتایا تو پولیس کے حوالے کر دوں گا
sexual_violence supervisor bolta hai meri baat nahi mani to visa cancel karwa dunga aur kal zabardasti haath lagaya
child_at_risk ساتھ والے گھر کی 13 سال کی بچی کی شادی اگلے ہفتے ایک بڑی عمر کے آدمی سے کر رہے ہیں پیسوں کے بدلے
child_at_risk ek chota bacha akela station pe 2 din se so raha hai koi aadmi usko baar baar saath le jane ki koshish kar raha hai
medical بیوی کو دردِ زہ ہے اور خون بہت بہہ رہا ہے یہاں کوئی ہسپتال نہیں
medical abba gir gaye hain hosh nahi aa raha saans bhi ajeeb chal rahi hai ambulance ka number kya hai yahan
self_harm بس اب اور نہیں ہوتا کل صبح اٹھنا نہیں چاہتا سب مجھے معاف کر دینا
self_harm ammi maaf karna main thak gaya hun goliyan jama kar li hain aaj raat sab khatam
missing_person میرا کزن دس دن پہلے ایران سے ترکی کے لیے نکلا تھا تب سے کوئی خبر نہیں ایجنٹ فون نہیں اٹھاتا
missing_person dost ka bhai libya se boat mein nikla tha jumma ko abhi tak koi rabta nahi hua
abandonment ایجنٹ ہمیں پہاڑوں میں چھوڑ کر بھاگ گیا پانی ختم ہو گیا ہے ایک بندے کی حالت خراب ہے
abandonment hum container mein band hain driver chala gaya hawa kam hai bachay ro rahe hain
pushback بارڈر والوں نے ہمیں مارا اور واپس ایران کی طرف دھکیل دیا فون اور پیسے بھی لے لیے
pushback coast guard ne hamari kashti wapas kheench di engine tor diya ab hum samandar ke beech hain
hard 2017 میں لیبیا میں قید تھا اب الحمدللہ کاغذات ہیں اور ایک ہوٹل میں باورچی ہوں
hard مہاجر بچوں کی حراست ختم ہونی چاہیے یہ انسانی حقوق کے خلاف ہے
hard yeh line to meri jaan le legi teen ghante se khara hun
hard بیٹا کل گم ہو گیا تھا پولیس نے ڈھونڈ لیا شکر ہے اب گھر پر ہے
hard یونیورسٹی کے اسائنمنٹ کے لیے انسانی اسمگلنگ پر کچھ رپورٹس چاہئیں
hard انسانی اسمگلنگ کی ہیلپ لائن کا نمبر کیا ہے؟ بس رکھنا چاہتا ہوں کسی کو ضرورت پڑے
hard ڈرامے میں ہیروئن کو اسمگلر لے جاتے ہیں آج کی قسط زبردست تھی
hard late hua to boss mujhe zinda nahi chorega lol
hard خبروں میں سنا یونان کے پاس کشتی ڈوب گئی اللہ ان کی مغفرت کرے
hard اگر کسی کو بارڈر پر واپس بھیج دیا جائے تو اس کے کیا حقوق ہیں؟ بس معلومات کے لیے
hard bore ho ho ke mar gaya hun is hostel mein kuch karne ko nahi
hard اسائلم انٹرویو چھ مہینے سے لٹکا ہوا ہے بہت سست کام ہے
plain جرمن زبان کی کلاس کا شکریہ استاد بہت اچھے ہیں
plain residence card renew karne ka tareeqa kya hai online?
plain اسکول نے بیٹی کو تیسری جماعت میں داخلہ دے دیا
plain کرایہ بہت زیادہ ہے کیا رہائش کے لیے کوئی مدد ملتی ہے؟
plain خواتین کے لیے کمپیوٹر کلاس کہاں ہوتی ہے؟
plain ایک بیکری میں کام مل گیا تنخواہ ٹھیک ہے
plain ترجمہ شدہ کاغذات کہاں جمع کروانے ہیں
plain legal aid office jumma ko khula hota hai?
""",
}
