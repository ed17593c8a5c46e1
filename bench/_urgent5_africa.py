"""Fifth held-out urgent set: Tigrinya, Amharic, Somali, Swahili, Hausa fragments.

One message a line: a tag, a space, the text. The tag is an urgent category, or
``hard`` / ``plain`` for a message that is not urgent. Kept short and simple.
"""

# ruff: noqa: E501

TEXTS = {
    "ti": """
detention ሓወይ ኣብ ሊብያ ኣብ ቤት ማእሰርቲ ዓይን ዛራ ኣሎ፡ ሕጂ ይወቕዕዎ ኣለዉ፡ ሓግዙና
detention ኣብ ከሰላ ፖሊስ ሒዞምና ኣለዉ፡ ጽባሕ ናብ ኤርትራ ክመልሱና እዮም ይብሉ
trafficking ሓደ ሰብኣይ ኣብ ካርቱም ስራሕ ክረኽበልኪ ኢሉ ኣምጺኡኒ፡ ሕጂ ምስ ሰብኡት ክሰርሕ ይግድደኒ ኣሎ፡ ካብ ገዛ ክወጽእ ኣይክእልን
trafficking ኣብ ኩፍራ ኣብ ገዛ ዓጽዮምና ኣለዉ፡ 6000 ዶላር ይሓቱ፡ ስድራና እንተዘይከፊሎም ክሸጡና እዮም ይብሉ
violence ኣብ ትሪፖሊ ሰብ ብብረት ኣትዮም ኣብ ገዛና ይወቕዑና ኣለዉ፡ ሓደ መሓዛይ ደም ይፈስሶ ኣሎ
violence ሰብኣየይ ሕጂ ብፋስ ክቐትለኪ እየ ይብል ኣሎ፡ ምስ ደቀይ ኣብ ጎረቤት ተሓቢአ ኣለኹ
sexual_violence ሓብተይ ኣብ ሊብያ ኣብ መኽዘን ኣላ፡ እቶም ሓለውቲ ለይቲ ለይቲ ይዓምጽዋ፡ ሕጂ ውን ኣብኡ ኣላ
sexual_violence እቲ ዋና ገዛ ለይቲ ናብ ክፍለይ ይመጽእ ብሓይሊ፡ ሎሚ ለይቲ ክመጽእ እየ ኢሉ፡ እንታይ ክገብር
child_at_risk ሓደ ቆልዓ ዕድሚኡ 12 ኣብ ኣዲስ ኣበባ ኣብ ጎደና በይኑ ይድቅስ ኣሎ፡ ስድራ የብሉን፡ ሰባት ክወስድዎ ይደልዩ
child_at_risk ኣብ ሻግራብ ሓደ ወዲ 13 ዓመት በይኑ ኣሎ፡ ሸቃጦ ናብ ሊብያ ክወስድዎ ይደልዩ፡ ገንዘብ የብሉን ስድራ የብሉን
medical ብዓልቲ ቤተይ ክትወልድ ጀሚራ ኣብ ምድረበዳ ኢና፡ ብዙሕ ደም ይፈሳ ኣሎ፡ ሓኪም የለን
medical ሓወይ ኣብ ዶብ ብጥይት ተወቒዑ፡ ደም ኣይጠጠወን፡ ሓግዙና በጃኹም
self_harm ደኺመ እየ፡ ክነብር ኣይደልን እየ፡ ሎሚ ለይቲ ርእሰይ ክቐትል እየ
self_harm መሓዛይ ኣብ ካምፕ ርእሰይ ክቐትል እየ ይብል ኣሎ፡ ገመድ ሒዙ ኣብ ሽቓቕ ተዓጽዩ
missing_person ሓወይ ካብ ሊብያ ብጃልባ ቅድሚ 6 መዓልቲ ወጺኡ፡ ክሳብ ሕጂ ዝኾነ ወረ የለን
missing_person ጓለይ ካብ ዓዲ ሓሩሽ ካምፕ ካብ ሰሉስ ጠፊኣ፡ ስልካ ዕጹው እዩ፡ 16 ዓመት እያ
abandonment እቲ ዘሕልፈና ሰብ ኣብ ምድረበዳ ሱዳን ገዲፉና ከይዱ፡ ማይ የብልናን፡ 20 ኢና
abandonment መኪና ኣብ ጫካ ገዲፋትና ከይዳ፡ ቆልዑ ምሳና ኣለዉ፡ ኣበይ ከም ዘለና ኣይንፈልጥን
pushback ፖሊስ ግብጺ ሕጂ ብመኪና ናብ ዶብ ሱዳን ይመልሱና ኣለዉ፡ ሓገዝ
pushback ሓለውቲ ገማግም ሊብያ ኣብ ባሕሪ ሒዞምና ናብ ትሪፖሊ ይመልሱና ኣለዉ ሕጂ
hard ኣብ 2016 ኣብ ሲና ተታሒዘ ነይረ፡ ሕጂ ኣብ ሽወደን ስድራ ኣለኒ፡ ታሪኸይ ክነግር እደሊ
hard ኣብ ቤተ ክርስቲያን ብዛዕባ ሓለዋ ቆልዑ ኣኼባ ነይሩ፡ ጽቡቕ ነይሩ
hard ቃለ መሕትት ዑቕባ ሰለስተ ዓመት ተጸቢና፡ እዚ ቤት ጽሕፈት ኣዝዩ ደንጉዩ
hard ኣብ ዩቱብ ብዛዕባ ስደት መዝሙር ሰሚዐ፡ ኣብኪዩኒ
hard ብዛዕባ ኤርትራውያን ኣብ ሆሎት ዝተኣስሩ መጽሓፍ ኣንቢበ፡ ጽቡቕ መጽሓፍ እዩ
hard ሓወይ ኣብ 2019 ጠፊኡ ነይሩ፡ ድሕሪ ዓመት ረኺብናዮ፡ ሕጂ ኣብ ጣልያን ብሰላም ኣሎ
hard ኣብ ትምህርቲ ቀዳማይ ረዲኤት ደም ከመይ ከም ዝጠጠወ ተማሂርና
hard ኣዲኣይ ኣብ ዓዲ ሕጂ ሓዊያ፡ መድሃኒት ስለ ዝለኣኽኩምላ የቐንየልና
hard 'ምስግጋር ደቂ ሰባት' ብእንግሊዝኛ እንታይ ይበሃል? ንፈተና እየ
hard ሓድሽ ሕጊ እስራኤል ብዛዕባ ምምላስ ስደተኛታት እንታይ ይብል?
hard ሰራሕተኛ ማሕበራዊ ጉዳይ ብሕርቃን ተዛሪባትኒ፡ ኣይተሓጎስኩን
hard ኣብ ፊልም ሰብ ኣብ ባሕሪ ክጥሕሉ ርእየ፡ ኣዝዩ ኣሕዚኑኒ
plain ኣብ ሰንበት ክፍሊ ኮምፒተር ኣሎ ድዩ?
plain ክራይ ገዛ በዚሑ፡ ሓገዝ ኣሎ ድዩ?
plain ሓኪም ስኒ መዓስ ይርከብ?
plain ንደቀይ ክዳን ክረምቲ ኣሎ ዶ?
plain ስራሕ ኣብ መኽዘን ረኺበ፡ የቐንየለይ
plain ሓድሽ መንነት ካርድ መጺኡኒ
plain ኣብ ሰንበት ጽምብል ቡን ጽቡቕ ነይሩ፡ የቐንየልና
plain ቋንቋ ጀርመን ክፍሊ ምሸት ኣሎ ድዩ?
""",
    "am": """
detention እኔና ጓደኞቼ በጅዳ ማቆያ ውስጥ ነን፣ ብዙ ሰው በአንድ ክፍል፣ ምግብ የለም፣ ይደበድቡናል
detention ወንድሜ በታንዛኒያ ፖሊስ ተይዞ እስር ቤት ነው፣ ገንዘብ ካልከፈልን አይለቁትም ይላሉ፣ ሶስት ሳምንት ሆነው
trafficking ደላላው በየመን ለሌላ ሰው ሸጦናል፣ አሁን በጫት እርሻ ያለ ክፍያ እንሰራለን፣ መውጣት አንችልም
trafficking አንዲት ሴት ደቡብ አፍሪካ ሥራ አለ ብላ አመጣችኝ፣ አሁን ከወንዶች ጋር እንድሰራ ታስገድደኛለች፣ ከቤት መውጣት አልችልም
violence በሪያድ መንገድ ላይ ፖሊሶች ኢትዮጵያውያንን እየደበደቡ ነው አሁን፣ አንዱ ራሱ ተፈንክቷል
violence ባሌ ቢላ ይዞ ሊገድለኝ እያለ ነው፣ ከልጆቼ ጋር ጎረቤት ቤት ተደብቄያለሁ
sexual_violence አሰሪዬ ሌሊት ወደ ክፍሌ ይመጣል በግድ፣ ዛሬ ማታም እመጣለሁ ብሏል፣ ምን ላድርግ
sexual_violence እህቴ በየመን በአዘዋዋሪዎች እጅ ናት፣ በየቀኑ ይደፍሯታል፣ አሁንም እዚያ ናት
child_at_risk የ11 ዓመት ልጅ ብቻውን በጅቡቲ ባቡር ጣቢያ ተኝቷል፣ ቤተሰብ የለውም፣ ሰዎች ሊወስዱት ይፈልጋሉ
child_at_risk የጎረቤቴ ሰራተኛ ልጅ ናት 12 ዓመቷ፣ ሁልጊዜ ይደበድቧታል፣ ዛሬ በሰንሰለት አስረዋታል
medical ጓደኛዬ በሙቀት ወድቆ አይነቃም፣ በኦቦክ በረሃ ውስጥ ነን፣ ውሃ የለም
medical ልጄ ትኩሳቱ አይወርድም ያንቀጠቅጠዋል፣ በሞያሌ ነን፣ ክሊኒኩ ዝግ ነው
self_harm ከዚህ በላይ መኖር አልፈልግም፣ ዛሬ ማታ ራሴን አጠፋለሁ፣ ይቅርታ
self_harm ጓደኛዬ በቤይሩት ከአሰሪዋ ቤት በረንዳ ላይ ቆማ ራሴን እጥላለሁ ትላለች፣ ስልክ አታነሳም
missing_person ወንድሜ ከጅቡቲ በጀልባ ወደ የመን ከሄደ 10 ቀን ሆነው፣ ምንም ወሬ የለም
missing_person ልጄ 16 ዓመቱ ወደ ደቡብ አፍሪካ በመኪና ሄደ፣ ከዛምቢያ በኋላ ስልኩ ተዘግቷል
abandonment ደላላው በረሃ ውስጥ ጥሎን ሄደ፣ 30 ሰው ነን፣ ውሃ አልቋል፣ ሴቶች እና ልጆች አሉ
abandonment ከጭነት መኪናው አውርደው በማላዊ ጫካ ጥለውናል፣ አንዱ መራመድ አይችልም
pushback የሳዑዲ ወታደሮች ወደ የመን ድንበር እየመለሱን ነው፣ እየተኮሱብን ነው
pushback የኬንያ ፖሊስ በሞያሌ ድንበር ወደ ኢትዮጵያ እየመለሰን ነው፣ የጥገኝነት ወረቀቴን ቀደዱት
hard ከሶስት ዓመት በፊት በሳዑዲ እስር ቤት ነበርኩ፣ አሁን አገሬ ተመልሼ ሱቅ ከፍቻለሁ
hard ስለ ቤት ሰራተኞች መብት በሊባኖስ ህጉ ምን ይላል? ለጥናት ነው
hard ስለ ስደት የተሰራ ድራማ በቴሌቪዥን አየሁ፣ በጣም አሳዘነኝ
hard ይሄ የመንጃ ፈቃድ ፈተና ገደለኝ እኮ ሃሃ
hard ኤምባሲው ለሁለት ወር ስልክ አያነሳም፣ በጣም ደካማ አገልግሎት
hard ባለፈው ዓመት በአፋር ተፈናቃዮችን እረዳ ነበር፣ እንደገና መሄድ እፈልጋለሁ
hard አያቴ በደርግ ዘመን እንዴት እንደታሰሩ ይነግሩኝ ነበር፣ መጽሐፍ መጻፍ እፈልጋለሁ
hard በቤተክርስቲያን ስለ ህገወጥ ስደት አደጋ ለወጣቶች ትምህርት ሰጠን
hard ደላላው ያኔ ገንዘቤን በልቶ ጠፋ፣ ተናድጄ ነበር አሁን ግን ረስቼዋለሁ
hard የልጄ እግር ባለፈው ወር ተሰብሮ ነበር፣ አሁን ተሽሏል
hard የጀልባ አደጋ ዜና በሬዲዮ ሰምቼ አዘንኩ
hard ፖሊስ ጣቢያ ወረቀት ለማሳደስ ሄጄ ቀኑን ሙሉ አስጠበቁኝ
plain የአረብኛ ቋንቋ ትምህርት ለቤት ሰራተኞች አለ?
plain የመታወቂያ ካርዴ መጣ፣ አመሰግናለሁ
plain የልጆች ትምህርት ቤት ምዝገባ መቼ ነው?
plain የእቁብ ገንዘብ መቼ ነው የሚሰበሰበው?
plain የምግብ እርዳታ ቅዳሜ ነው?
plain የኮምፒውተር ስልጠና ለሴቶች አለ?
plain የቤቱ ውሃ ቧንቧ ተበላሽቷል
plain በዓሉ ጥሩ ነበር፣ ቡናው ጣፋጭ ነበር
""",
    "so": """
detention walaalkay waxaa lagu hayaa xabsi ku yaal kufra, mukhalasiintu waxay rabaan 8000 doolar, way garaacaan markuu hooyo la hadlo
detention booliska ayaa i qabtay eastleigh, hadda waxaan ku jiraa saldhigga, waxay leeyihiin waxaa lagu celin doonaa soomaaliya berri
trafficking haweeneyda i keentay muscat waxay tiri shaqo guri, hadda mushahar ima siiso, albaabka ayay ii xirtaa, telefoonka way iga qaadatay
trafficking nin ayaa yiri turkiga ayaan idin geynayaa, hadda wuxuu nagu xiray guri addis ababa, wuxuu leeyahay lacag keena ama waan idin iibinayaa
violence rag hubeysan ayaa hadda weeraray xerada barakacayaasha ee baydhabo, dad badan ayaa dhaawacmay, rasaas ayaa socota
violence ninkeygu ul ayuu igu garaacay, hadda albaabka ayuu jebinayaa, carruurta ayaa ila jooga
sexual_violence ilaaliyaha xerada ayaa habeenkii qolkeyga u yimaada oo i kufsada, caawa mar kale ayuu iman doonaa
sexual_violence waxaan u qorayaa saaxiibadday, mukhalasiyiinta libya ayaa kufsanaya iyada iyo gabdho kale, weli way joogaan
child_at_risk wiil 10 jir ah ayaa kaligii ku seexda suuqa bakaaraha, rag ayaa daroogo siinaya
child_at_risk gabdhahayga yaryar waxaa loo wadaa gudniin berri, ayeeydood ayaa go'aamisay, i caawiya fadlan
medical hooyaday way dhacday mana neefsan karto, waxaan joognaa dadaab, isbitaalka waa xiran yahay
medical wiilkeyga wuxuu cunay daawo badan, wuu matagayaa oo miyir ma leh hadda
self_harm ma rabo inaan sii noolaado, caawa ayaan is dili doonaa, qof igu daneeya ma jiro
self_harm saaxiibkay ku jira hoyga istanbul wuxuu yiri waan is dilayaa, mindi ayuu haystaa albaabkana wuu xirtay
missing_person walaalkay wuxuu ka dhoofay bosaso doon ku socota yemen 7 maalmood kahor, war kama hayno
missing_person gabadhayda 15 jir ah ayaa ka baxday dugsiga shalay mana soo laaban, telefoonkeeda waa dansan yahay
abandonment mukhalasiga ayaa naga tagay saxaraha suudaan, 25 qof ayaan nahay, biyihii way dhammaadeen
abandonment doonta ayaa nagu dejisay xeebta yemen oo way tagtay, ma naqaano meesha aan joogno, dagaal ayaa jira
pushback ciidamada kenya ayaa hadda nagu celinaya xuduudka liboi, dhaawac ayaa nala jira
pushback ilaalada xeebaha libya ayaa doontayada dib u celinaya, waxay na geynayaan xabsiga
hard sanadkii 2017 waxaan ku xirnaa xabsi libya, hadda waxaan ku noolahay sweden waana nabad
hard sharciga qaxootiga kenya maxuu ka yiri bixitaanka xerada? su'aal guud
hard riwaayadda masraxa hargeysa ee tahriibka ka hadlaysa ayaan daawaday, aad bay u fiicnayd
hard qabowga minneapolis ayaa i dilaya haha
hard xafiiska socdaalka muqdisho baasaboorkii wuxuu qaatay saddex bilood, aad ayay u gaabis yihiin
hard sanadkii hore waxaan iska xilqaamay gargaarka abaarta gedo, waxaan doonayaa inaan mar kale sameeyo
hard tababarka ilaalinta carruurta ee masjidka wuxuu ahaa mid wanaagsan
hard awoowgay wuxuu ii sheegi jiray dagaalkii 1991 sida ay u carareen
hard wiilkeyga waxaa lagu tallaalay jadeecada xarunta caafimaadka, hadda wuu fiican yahay
hard gabayga cusub ee tahriibka ka digaya waa qurux, dhalinyarada ha dhageystaan
hard wararka ayaan ka maqlay doontii ku degtay xeebta jabuuti, allah ha u naxariisto
hard hooyaday waxay ii sheegtay sida loogu xiray jeelka berbera waqti hore, hadda waa 80 jir nabad ah
plain fasalka darawalnimada haweenka ma jiraa?
plain mahadsanid caawimaadda foomka
plain guriga aan kireystay tuubada biyaha ayaa jaban
plain xawaaladda lacagta ma furan tahay jimcaha?
plain dugsiga quraanka carruurta waqtigee ayuu furmaa?
plain shahaadadayda xaggee lagu turjumi karaa?
plain kaarka raashinka ee bishan wali ma imaan
plain internetka xarunta aad ayuu u gaabis yahay
""",
    "sw": """
detention nimekamatwa na polisi hapa dar kwa kukosa kibali, niko selo ya kituo tangu juzi, wanasema watanirudisha burundi
detention kaka yangu amefungiwa kwenye kituo cha kuhamisha watu huko riyadh, hawapewi chakula, simu yake inakaribia kuzima
trafficking wakala aliyenileta oman ananilazimisha nifanye kazi nyumba tatu bila malipo, nalala jikoni na hawaniruhusu kutoka
trafficking jamaa aliyetuahidi kazi ya kiwanda ametufungia kwenye nyumba kitengela, anasema lazima tulipe deni ndio tutoke
violence wapiganaji wameingia kijijini hapa mocimboa sasa hivi wanachoma nyumba, tumejificha msituni
violence mume wangu amelewa anatupiga mimi na watoto sasa hivi, amesema ataniua usiku huu
sexual_violence mwenye nyumba anakuja chumbani kwangu usiku na kunilazimisha, leo amesema atakuja tena, sijui niende wapi
sexual_violence naandika kwa niaba ya dada yangu, mlinzi wa kambi anambaka na bado yuko pale kazini usiku huu
child_at_risk kuna mtoto wa miaka 9 analala peke yake stendi ya basi kampala, watu wanampa gundi kunusa
child_at_risk mpwa wangu ana miaka 14 na wazazi wanataka kumuoza kwa mzee mwezi huu, analia kila siku
medical mke wangu ana uchungu tangu jana usiku na mtoto hatoki, tuko kambi ya nyarugusu na zahanati imefungwa
medical rafiki yangu ameumwa na nyoka mguuni tukitembea msituni karibu na mpaka wa malawi, mguu umevimba sana
self_harm nimechoka na maisha, niko juu ya daraja nataka kuruka, hakuna anayejali
self_harm rafiki yangu ameandika ujumbe wa kuaga kwenye status na hapokei simu, alisema atajinyonga
missing_person mwanangu wa miaka 17 alipanda boti kutoka pemba kwenda msumbiji wiki iliyopita, hatujasikia chochote
missing_person dada yangu anayefanya kazi za ndani lebanon hajapiga simu mwezi mzima, wakala anasema hajui alipo
abandonment dereva wa lori ametushusha porini karibu na mpaka wa zambia na kuondoka, tuko 15, hatuna maji wala chakula
abandonment wasafirishaji wametuacha kwenye kisiwa kidogo ziwa victoria, mtumbwi umeondoka na kuna watoto
pushback askari wa mpaka wanaturudisha burundi sasa hivi kwa nguvu, hawataki kusikia kuhusu hifadhi
pushback polisi wametupakia kwenye lori kutupeleka mpakani beitbridge, nina kibali cha ukimbizi
hard miaka mitano iliyopita nilikaa rumande wiki mbili kwa kukosa kibali, sasa nina vibali vyote
hard sheria ya wakimbizi ya kenya inasemaje kuhusu kutembea nje ya kambi? ni swali tu la darasa
hard nimeangalia tamthilia kuhusu biashara ya binadamu, inasikitisha sana
hard foleni ya uhamiaji ni mateso kabisa, masaa matano jamani
hard mwaka jana nilijitolea kusaidia wakimbizi kakuma, nataka kurudi tena
hard kwaya yetu iliimba wimbo kuhusu wakimbizi kanisani jumapili, watu walilia
hard bibi yangu alikuwa anasimulia jinsi walivyokimbia vita vya 1972
hard kipindi cha redio kuhusu watoto wanaoolewa mapema kilinifundisha mengi
hard nimesikia habari za boti iliyozama ziwa tanganyika, roho imeniuma
hard kocha wetu wa mpira anatuua kwa mazoezi haha
hard simu ya msaada ilichukua muda mrefu kujibu jana, huduma ni ya polepole
hard tuliposafiri mwaka juzi dereva alituacha njiani lakini tulipata basi lingine, tulifika salama
plain darasa la kushona linaanza lini?
plain asante kwa msaada wa fomu, imekubaliwa
plain bei ya unga imepanda sokoni kambini
plain shule ya watoto inaanza usajili lini?
plain nauli ya basi imepanda sana
plain wakala wa m-pesa kambini anafungua jumamosi?
plain chakula cha msaada kimefika, asanteni
plain mtandao kwenye kambi ni mbovu
""",
    "ha": """
detention an kama mu a tamanrasset, muna cikin sansanin 'yan sanda, sun ce gobe za su kai mu iyaka, babu abinci
detention dan uwana yana tsare a wani gida a sabha, masu garkuwa suna neman kudi, suna dukansa idan yana waya da mu
trafficking matar da ta kawo ni aljeriya ta ce sai na yi karuwanci don na biya bashin tafiya, ta kulle ni a daki
trafficking wani mutum ya dauki yara shida daga kauyenmu ya ce zai kai su makaranta, yanzu suna bara a titi ba abinci
violence 'yan bindiga sun shigo kauyenmu a zamfara yanzu, suna harbi, mun boye a daji
violence mijina yana duka na da sanda yanzu, ya ce zai kashe ni, ina tare da yara a dakin makwabciya
sexual_violence maigidan da nake aiki a gidansa yana shigowa dakina da dare yana tilasta ni, yau ma ya ce zai zo
sexual_violence 'yar uwata tana hannun masu safara a agadez, suna yi mata fyade kullum, har yanzu tana can
child_at_risk akwai wani yaro dan shekara takwas yana kwana a tashar mota shi kadai, mutane suna ba shi kwaya
child_at_risk wani almajiri dan shekara goma malaminsa ya daure shi da sarka, yana jin yunwa, ina ganinsa yanzu
medical abokina ya sha ruwan rijiya mara kyau a hamada, yana amai da gudawa ba tsayawa, ya fara suma
medical yarona yana zazzabi mai zafi yana girgiza, muna sansanin 'yan gudun hijira a maiduguri, asibiti ya rufe
self_harm na gaji da rayuwa, zan kashe kaina yau da dare, kowa ya juya min baya
self_harm abokina a tripoli ya ce zai rataye kansa, ya kulle kofa baya amsa waya
missing_person dan uwana ya tafi libya ta agadez kwanaki goma da suka wuce, direban ya daina daukar waya, ba labari
missing_person 'yata 'yar shekara 15 ta bace tun jiya a kasuwa, wayarta a kashe
abandonment direban ya bar mu a hamada bayan dirkou ya gudu, mu talatin ne, ruwa ya kare
abandonment masu safara sun sauke mu a bakin teku sun tafi, babu jirgi, akwai mata masu ciki
pushback sojojin aljeriya suna tura mu zuwa iyakar nijar yanzu, sun kwace wayoyinmu, suna dukanmu
pushback 'yan sandan tunisia suna mayar da mu hamada ta iyakar libya yanzu a mota
hard shekaru uku da suka wuce na yi zaman kurkuku a libya, yanzu ina lafiya a kano ina sana'a
hard menene doka ta ce game da hakkin 'yan ci-rani a nijar? tambaya ce kawai don karatu
hard na kalli fim din kannywood game da safarar mutane, ya sa ni kuka
hard zafin rana a kano ya yi tsanani, mutum sai ya narke haha
hard yayana ya dawo daga aljeriya bara lafiya, ya ce hanyar hamada tana da wahala sosai
hard bara na taimaka wa 'yan gudun hijira a sansanin maiduguri, ina son komawa
hard an yi mana wa'azi a masallaci kan hadarin tafiya libya ta hamada, ya yi kyau
hard kakana yana ba mu labarin yakin basasa, ina son rubuta shi
hard 'yata ta sha maganin rigakafin shan inna a makon jiya, lafiya lau
hard na ji a rediyo labarin jirgin ruwa da ya nutse a kogin neja, allah ya jikansu
hard an sako daliban da aka sace a makaranta bara, yanzu suna gida lafiya
hard ofishin fasfo a kano sun sa ni jira har yamma, amma na karba
plain yaushe za a fara koyon dinki na mata?
plain na gode da taimakon cike fom
plain kudin haya ya karu, akwai taimako?
plain yaushe ake rijistar makaranta?
plain farashin takin zamani ya yi tsada a kasuwa
plain ina zan fassara takardar shaidata?
plain abincin tallafi ya iso, mun gode
plain katin zabe na ya bata, ina zan sake yi?
""",
}
