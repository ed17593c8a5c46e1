"""Sixth held-out urgent set: ti, am, so, sw, ha.

One message a line: a tag, a space, the text. The tag is an urgent category, or
``hard`` / ``plain`` for a message that is not urgent. Written blind (see bench/urgent_heldout6.py).
"""

# ruff: noqa: E501

TEXTS = {
    "sw": """
detention wamenifungia kwenye chumba cha polisi tangu jana hawaniruhusu kupiga simu kwa wakili naogopa watanirudisha kesho
detention kaka yangu yuko kituo cha uhamiaji mombasa wanasema atasafirishwa kwao leo usiku hana hata lawyer please msaada
trafficking boss amechukua pasipoti yangu na simu anasema nina deni la dola 2000 siwezi kutoka nje ya nyumba hii
trafficking tulikuja hapa tukiahidiwa kazi ya hoteli lakini tunafanya kazi shambani saa 16 kila siku hatulipwi chochote walinzi wanafunga geti usiku na wanasema kila mmoja anadaiwa nauli ya gari na chakula mpaka tulipe hatutoki rafiki yangu alijaribu kukimbia wakamrudisha
violence kuna wanaume wenye bunduki nje ya mlango wanagonga wanasema watatuua kama hatutoki
violence mwenye nyumba amempiga mume wangu kichwani sasa hivi na anasema atarudi na wenzake usiku
sexual_violence mama mwenye nyumba amesafiri na bosi ananilazimisha nilale naye la sivyo atanifukuza bila mshahara nimejifungia bafuni
sexual_violence dada yangu alibakwa jana usiku kambini na yule mtu bado yuko hapa anamtishia asiseme kitu
child_at_risk kuna mtoto wa miaka 12 peke yake stendi ya basi hajala siku mbili anasema wazazi walibaki somalia
child_at_risk wanataka kumuoza binti yangu wa miaka 14 kwa mzee jumamosi hii sijui nifanye nini
medical mke wangu anajifungua hapa kwenye lori damu nyingi sana hakuna hospitali karibu
medical mtoto hajasonga tangu asubuhi
self_harm nimechoka sana sitaki kuamka kesho kwaherini wote
self_harm nimekusanya vidonge vyote vya mama leo usiku nitavimeza vyote hakuna anayejali
missing_person binamu yangu aliondoka libya kwa boti jumanne hatujasikia lolote kutoka kwake simu imezimwa
missing_person mume wangu alivuka mpaka wa ethiopia wiki tatu zilizopita tangu hapo kimya kabisa
abandonment madalali wametuacha jangwani tuko watu 30 maji yameisha tangu jana
abandonment dereva alifunga lori akakimbia hatuwezi kufungua mlango hewa inaisha
pushback walinzi wa pwani wamevuta boti yetu kurudi baharini na kutupiga na fimbo
pushback askari wa mpaka wametupiga na kuturudisha upande wa pili bila kuuliza chochote watoto wanalia
hard mwaka 2018 nilifungwa gerezani libya miezi sita lakini sasa nina vibali na ninafanya kazi ya upishi nairobi
hard kuwafunga watoto kwenye vituo vya uhamiaji lazima kukomeshwe hii ni haki ya msingi
hard foleni hii ya ofisi ya uhamiaji inaniua kweli niko hapa tangu saa mbili asubuhi
hard bosi wangu ataniua nikichelewa tena kesho haha
hard nafanya utafiti wa shule kuhusu biashara haramu ya binadamu mnaweza kunipa takwimu
hard namba ya simu ya msaada dhidi ya usafirishaji haramu wa binadamu ni ipi ikiwa mtu ataihitaji
hard mwanangu alipotea lakini polisi walimpata jana yuko nyumbani salama asanteni
hard jana tumeangalia filamu kuhusu wahamiaji waliozama baharini ilikuwa ya huzuni sana
hard nimesoma habari kwamba boti ilizama karibu na yemen wiki iliyopita mungu awarehemu
hard nimechoka kusubiri kadi ya ukimbizi miezi sita sasa huduma ni polepole mno
hard kama mtu akikamatwa bila karatasi ana haki ya kupata wakili
hard nimekufa kwa kicheko na mwalimu wetu wa kiingereza leo
plain asanteni kwa kozi ya kiingereza mwalimu ni mzuri sana
plain nataka kujua jinsi ya kupata kibali cha kazi kama mkimbizi
plain shule ya watoto wangu iko mbali sana kuna basi la shule
plain ofisi ya unhcr inafunguliwa saa ngapi jumamosi
plain nyumba tuliyopewa ina maji ya bomba sasa asanteni kwa msaada
plain ninahitaji kutafsiri cheti changu cha kuzaliwa naweza kufanya hivyo wapi
plain huduma ya kliniki ilikuwa nzuri leo nesi alikuwa mpole
plain kuna mafunzo ya ushonaji kwa wanawake mwezi ujao
""",
    "so": """
detention waxaan ku xiranahay saldhiga booliska tan iyo shalay uma oggola inaan la hadlo qareen
detention walaalkay waxaa lagu hayaa xerada socdaalka berri ayaa dalkiisa loo celinayaa qareen ma haysto fadlan na caawiya
trafficking ninka aan u shaqeeyo ayaa qaatay baasaboorkayga iyo taleefanka wuxuu leeyahay 2000 doolar baad igu leedahay guriga kama bixi karo
trafficking waxaan ka shaqeynaa beer 16 saacadood maalintii mushahar ma helno ilaaladu naguma daayaan inaan tagno waxay yiraahdaan lacagta gaariga ayaad nagu leedihiin
violence rag hubeysan ayaa albaabka garaacaya waxay leeyihiin waan idin dili doonaa
violence milkiilaha guriga ayaa hadda madaxa ka garaacay ninkayga wuxuuna sheegay inuu caawa la soo noqon doono raggiisa
sexual_violence shaqo bixiyaha ayaa igu qasbaya inaan la seexdo haddii kale wuu i eryayaa mushahar la'aan musqusha ayaan isku xiray
sexual_violence walaashay waa la kufsaday xalay xerada ninkii weli halkan ayuu joogaa wuuna u hanjabayaa inaysan cidna u sheegin
child_at_risk wiil 12 jir ah ayaa kaligiis jooga istaanka baska laba maalmood wax ma cunin
child_at_risk gabadhayda 14 jirka ah waxay rabaan in loo guuriyo oday jimcaha soo socda maxaan sameeyaa
medical xaaskaygu waxay ku dhalaysaa gaariga dhiig badan ayaa ka imanaya isbitaal ma jiro meeshan
medical ilmuhu ma dhaqaaqin tan iyo subaxdii
self_harm waan daalay ma rabo inaan berri toosto nabadgelyo dhammaantiin
self_harm kiniinada hooyo oo dhan ayaan ururiyay caawa ayaan wada liqayaa qofna iguma walwalo
missing_person ina adeerkay wuxuu libya ka raacay doon isniintii wax war ah kama hayno taleefankiisuna waa dansan yahay
missing_person ninkaygu wuxuu ka gudbay xuduudda itoobiya seddex toddobaad ka hor tan iyo markaas wax cod ah ma jiro
abandonment mukhalasiinta ayaa nagaga tagay saxaraha meel u dhow xuduudda liibiya 30 qof ayaan nahay oo ay ku jiraan haween iyo carruur biyihii way naga dhammaadeen shalay hal taleefan oo kaliya ayaa shaqeeya batteriguna wuu dhammaanayaa ma garanayno meel aan u soconno
abandonment darawalku wuxuu xiray gaariga xamuulka wuuna cararay albaabka ma furi karno hawadu way yaraanaysaa
pushback ilaalada badda ayaa doonteenna dib u jiiday oo ul nagu garaacay
pushback askarta xuduudda ayaa na garaacay oo dib noogu celiyay dhinaca kale carruurtu way ooyayaan
hard 2018 waxaa la igu xiray libya lix bilood laakiin hadda waraaqo ayaan haystaa waxaana ka shaqeeyaa makhaayad nairobi
hard xarigga carruurta ee xarumaha socdaalka waa in la joojiyaa
hard safkan xafiiska socdaalka wuu i dilayaa subaxdii ayaan halkan taaganahay
hard maamulahaygu wuu i dili doonaa haddii aan berri daaho mar kale haha
hard waxaan sameynayaa cilmi baaris dugsiga ah oo ku saabsan ka ganacsiga dadka ma i siin kartaan xog
hard waa maxay lambarka khadka caawinta ka ganacsiga dadka haddii qof u baahdo
hard wiilkayga wuu lumay laakiin booliska ayaa shalay helay hadda guriga ayuu joogaa mahadsanidin
hard shalay waxaan daawanay filim ku saabsan muhaajiriin badda ku dhintay aad buu u murugo badnaa
hard waxaan akhriyay war ah in doon ku degtay yemen toddobaadkii hore ilaahay ha u naxariisto
hard kaarka qaxootiga lix bilood ayuu daahay adeeggu aad buu u gaabis yahay
hard haddii qof la qabto isagoo aan waraaqo haysan ma xaq u leeyahay qareen
hard sannadkii hore waddada ayaan ku dhalay laakiin hadda ilmuhu waa laba sano waana caafimaad qabaa
plain mahadsanidin koorsada ingiriisiga macallinku aad buu u fiican yahay
plain sidee baan u heli karaa ruqsadda shaqada anigoo qaxooti ah
plain dugsiga carruurtaydu aad buu u fog yahay ma jiraa bas dugsi
plain xafiiska unhcr goorma ayuu furmaa sabtida
plain guriga nala siiyay hadda biyo tuubo ayuu leeyahay mahadsanidin
plain waxaan u baahanahay in la turjumo shahaadada dhalashadayda xaggee ayaan ka samayn karaa
plain adeegga rugta caafimaadka maanta wuu fiicnaa kalkaalisaduna way naxariis badnayd
plain ma jiraa tababar tolmo oo haweenka loogu talagalay bisha soo socota
""",
    "ha": """
detention 'yan sanda sun kulle ni a ofishinsu tun jiya basu bar ni in kira lauya ba
detention dan uwana yana tsare a sansanin shige da fice sun ce gobe za a mayar da shi gida bashi da lauya don allah ku taimaka
trafficking matar maigida ta karbe fasfo dina da waya tace ina da bashin dala 2000 a kaina ba zan iya fita daga gidan ba
trafficking muna aiki a gona awa 16 a rana ba a biyan mu kuma masu gadi basu bari mu tafi suna cewa sai mun biya kudin mota
violence akwai maza dauke da bindiga a bakin kofa suna buga kofa suna cewa zasu kashe mu
violence mai gidan haya ya bugi mijina a ka yanzu nan kuma yace zai dawo da abokansa da dare
sexual_violence maigida yana tilasta min in kwana da shi in ba haka ba zai kore ni ba tare da albashi ba na kulle kaina a bandaki
sexual_violence an yi wa kanwata fyade jiya da dare a sansani kuma mutumin yana nan har yanzu yana yi mata barazana kar ta fada
child_at_risk akwai yaro dan shekara 12 shi kadai a tashar mota bai ci abinci ba kwana biyu
child_at_risk suna so su aurar da 'yata 'yar shekara 14 ga wani tsoho ranar asabar me zan yi
medical matata tana haihuwa a cikin mota jini yana zuba sosai babu asibiti kusa
medical jaririn bai motsa ba tun safe
self_harm na gaji da komai bana son in tashi gobe ku yafe min duka
self_harm na tara duk kwayoyin maganin mama yau da dare zan sha su duka babu wanda ya damu da ni
missing_person dan uwana ya bar libya a jirgin ruwa ranar litinin tare da mutane kusan hamsin sun ce za su isa italiya cikin kwana biyu amma har yau ba mu ji komai daga gare shi ba wayarsa a kashe take kuma babu wanda ya san inda jirgin yake
missing_person mijina ya tsallaka iyaka zuwa nijar sati uku da suka wuce tun lokacin shiru
abandonment direbobin da suka kawo mu sun gudu sun bar mu a cikin sahara mu 30 ne ruwa ya kare mana tun jiya
abandonment direba ya kulle babbar mota ya gudu ba mu iya bude kofa ba iska tana karewa
pushback jami'an tsaron ruwa sun ja jirgin mu baya zuwa cikin teku kuma sun buge mu da sanda
pushback sojojin iyaka sun doke mu sun mayar da mu daya bangaren yara suna kuka
hard a 2018 an tsare ni a libya wata shida amma yanzu ina da takardu ina aikin dafa abinci a kano
hard tsare yara a sansanonin shige da fice ya kamata a daina
hard wannan layin ofishin shige da fice yana kashe ni tun karfe takwas ina tsaye
hard maigidana zai kashe ni idan na makara gobe kuma haha
hard ina yin bincike na makaranta game da safarar mutane za ku iya bani bayanai
hard menene lambar layin taimako na yaki da safarar mutane idan wani yana bukata
hard dana ya bata amma 'yan sanda sun same shi jiya yana gida lafiya na gode
hard jiya mun kalli fim game da bakin haure da suka nutse a teku abin ya bani tausayi
hard na karanta labari cewa jirgin ruwa ya nutse kusa da yemen makon jiya allah ya jikansu
hard katin dan gudun hijira na ya jinkirta wata shida aikin ofishin yana da jinkiri sosai
hard idan aka kama mutum ba tare da takardu ba yana da hakkin samun lauya
hard bara na haihu a hanya amma yanzu yarona yana da shekara biyu kuma yana cikin koshin lafiya
plain na gode da kwas din turanci malamin yana da kyau sosai
plain ta yaya zan sami izinin aiki a matsayin dan gudun hijira
plain makarantar yarana tana da nisa akwai motar makaranta
plain ofishin unhcr yana budewa karfe nawa ranar asabar
plain gidan da aka bamu yanzu yana da ruwan famfo mun gode
plain ina bukatar a fassara takardar haihuwa ta ina zan je
plain asibitin yau yayi kyau ma'aikaciyar jinya tana da kirki
plain akwai horon dinki ga mata wata mai zuwa
""",
    "am": """
detention ከትናንት ጀምሮ ፖሊስ ጣቢያ አስረውኛል ጠበቃ እንዳገኝ አይፈቅዱልኝም
detention ወንድሜ በስደተኞች ማቆያ ታስሯል ነገ ወደ አገሩ ይመልሱታል ይላሉ ጠበቃ የለውም እባካችሁ እርዱን
trafficking ማዳም ፓስፖርቴንና ስልኬን ወሰደችብኝ 2000 ዶላር ዕዳ አለብሽ ትላለች ከቤት መውጣት አልችልም
trafficking የሆቴል ስራ ነው ብለው አምጥተውን በእርሻ ቦታ በቀን 16 ሰዓት እንሰራለን ደሞዝ አይከፍሉንም ማታ በሩን ይቆልፉብናል የመኪና እና የምግብ ዕዳ አለባችሁ እስክትከፍሉ አትወጡም ይላሉ ጓደኛዬ ለማምለጥ ሞክሮ መልሰው ያዙት
violence መሳሪያ የያዙ ሰዎች በሩን እያንኳኩ ነው እንገድላችኋለን እያሉ ነው
violence የቤቱ ባለቤት አሁን ባሌን ጭንቅላቱን መታው ማታ ከጓደኞቹ ጋር እመለሳለሁ ብሏል
sexual_violence አሰሪዬ ከእኔ ጋር ካልተኛሽ ደሞዝሽን ሳልከፍል አባርርሻለሁ እያለ ያስገድደኛል ሽንት ቤት ገብቼ ዘግቼአለሁ
sexual_violence እህቴ ትናንት ማታ በካምፑ ውስጥ ተደፈረች ሰውየው አሁንም እዚሁ ነው እንዳትናገር ያስፈራራታል
child_at_risk የ12 ዓመት ልጅ ብቻውን አውቶቡስ ተራ ተቀምጧል ለሁለት ቀን ምንም አልበላም
child_at_risk የ14 ዓመት ልጄን ቅዳሜ ለአንድ ሽማግሌ ሊድሯት ነው ምን ላድርግ
medical ሚስቴ መኪና ውስጥ እየወለደች ነው ብዙ ደም እየፈሰሰ ነው ሆስፒታል የለም
medical ህፃኑ ከጠዋት ጀምሮ አይንቀሳቀስም
self_harm ደክሞኛል ነገ መንቃት አልፈልግም ሁላችሁም ደህና ሁኑ
self_harm የእናቴን መድሃኒቶች ሁሉ ሰብስቤያለሁ ዛሬ ማታ ሁሉንም እውጣቸዋለሁ ማንም ግድ የለውም
missing_person የአጎቴ ልጅ ሰኞ ከሊቢያ በጀልባ ተነስቷል እስካሁን ምንም አልሰማንም ስልኩ ዝግ ነው
missing_person ባሌ ከሶስት ሳምንት በፊት የጅቡቲን ድንበር ተሻገረ ከዚያ በኋላ ምንም ድምፅ የለም
abandonment ደላሎቹ በረሃ ውስጥ ጥለውን ሄዱ 30 ሰው ነን ውሃ ከትናንት ጀምሮ አልቋል
abandonment ሹፌሩ የጭነት መኪናውን ዘግቶ ሸሸ በሩን መክፈት አንችልም አየር እያለቀ ነው
pushback የባህር ጠባቂዎች ጀልባችንን ወደ ኋላ ጎተቱት በዱላ ደበደቡን
pushback የድንበር ወታደሮች ደብድበው ወደ ማዶ መለሱን ልጆቹ እያለቀሱ ነው please help
hard በ2018 በሊቢያ ለስድስት ወር ታስሬ ነበር አሁን ግን ወረቀት አለኝ ናይሮቢ ውስጥ ምግብ አብሳይ ሆኜ እሰራለሁ
hard ህፃናትን በስደተኞች ማቆያ ማሰር መቆም አለበት
hard የኢሚግሬሽን ቢሮው ሰልፍ ገደለኝ እኮ ከጠዋት ጀምሮ ቆሜያለሁ
hard ነገ ካረፈድኩ አለቃዬ ይገድለኛል ሃሃ
hard ስለ ሰዎች ዝውውር የትምህርት ቤት ጥናት እየሰራሁ ነው መረጃ ልትሰጡኝ ትችላላችሁ
hard አንድ ሰው ቢያስፈልገው የሰዎች ዝውውር መከላከያ የስልክ ቁጥር ስንት ነው
hard ልጄ ጠፍቶ ነበር ግን ፖሊስ ትናንት አገኘው አሁን ቤት ነው እግዚአብሔር ይመስገን
hard ትናንት በባህር ላይ ስለሞቱ ስደተኞች ፊልም አየን በጣም ያሳዝናል
hard ባለፈው ሳምንት በየመን አቅራቢያ ጀልባ እንደሰመጠች ዜና አነበብኩ ነፍሳቸውን ይማር
hard የስደተኛ መታወቂያ ካርዴ ለስድስት ወር ዘገየ አገልግሎቱ በጣም ቀርፋፋ ነው
hard አንድ ሰው ያለ ወረቀት ቢያዝ ጠበቃ የማግኘት መብት አለው
hard ባለፈው ዓመት መንገድ ላይ ወለድኩ አሁን ግን ልጄ ሁለት ዓመቱ ነው ጤነኛ ነው
plain ለእንግሊዝኛ ትምህርቱ እናመሰግናለን አስተማሪው በጣም ጥሩ ነው
plain እንደ ስደተኛ የስራ ፈቃድ እንዴት ማግኘት እችላለሁ
plain የልጆቼ ትምህርት ቤት በጣም ሩቅ ነው የትምህርት ቤት አውቶቡስ አለ
plain የunhcr ቢሮ ቅዳሜ ስንት ሰዓት ይከፈታል
plain የተሰጠን ቤት አሁን የቧንቧ ውሃ አለው እናመሰግናለን
plain የልደት ሰርተፊኬቴን ማስተርጎም እፈልጋለሁ የት ማሰራት እችላለሁ
plain ዛሬ ክሊኒኩ ጥሩ አገልግሎት ሰጠኝ ነርሷ ደግ ነበረች
plain በሚቀጥለው ወር ለሴቶች የልብስ ስፌት ስልጠና አለ
""",
    "ti": """
detention ካብ ትማሊ ጀሚሮም ኣብ ፖሊስ ጣብያ ኣሲሮምኒ ኣለዉ ጠበቃ ክረክብ ኣይፈቅዱለይን
detention ሓወይ ኣብ መዕቀቢ ስደተኛታት ተኣሲሩ ኣሎ ጽባሕ ናብ ዓዱ ክመልስዎ እዮም ይብሉ ጠበቃ የብሉን በጃኹም ሓግዙና
trafficking ማዳም ፓስፖርተይን ሞባይለይን ሒዛቶ ኣላ 2000 ዶላር ዕዳ ኣለኪ ትብለኒ ካብ ገዛ ክወጽእ ኣይክእልን
trafficking ስራሕ ሆቴል ኢሎም ኣምጺኦምና ግን ኣብ ሕርሻ መዓልቲ 16 ሰዓት ንሰርሕ ደሞዝ ኣይከፍሉናን ምሸት ማዕጾ ይዓጽዉልና ናይ መኪናን መግብን ዕዳ ኣለኩም ክሳብ እትኸፍሉ ኣይትወጹን ይብሉና ሓደ ዓርከይ ክሃድም ፈቲኑ መሊሶም ሒዞምዎ
violence ብረት ዝሓዙ ሰባት ማዕጾ ይኹሕኹሑ ኣለዉ ክንቀትለኩም ኢና ይብሉ
violence ወናኒ ገዛ ሕጂ ንሰብኣየይ ርእሱ ወቒዕዎ ምሸት ምስ ኣዕሩኽቱ ክምለስ እየ ኢሉ
sexual_violence ኣስራሒየይ ምሳይ እንተዘይደቂስኪ ደሞዝ ከይሃብኩኺ ክሰጉገኪ እየ እናበለ የገድደኒ ኣሎ ኣብ ሽቓቕ ዓጽየ ኣለኹ
sexual_violence ሓብተይ ትማሊ ምሸት ኣብ መዓስከር ተዓመጸት እቲ ሰብኣይ ሕጂ ውን ኣብዚ ኣሎ ከይትዛረብ የፈራርሃ ኣሎ
child_at_risk ወዲ 12 ዓመት በይኑ ኣብ መዕረፊ ኣውቶቡስ ኣሎ ክልተ መዓልቲ ዋላ ሓንቲ ኣይበልዐን
child_at_risk ጓለይ ገና 14 ዓመታ እያ ቀዳም ንሓደ ሽማግለ ክምርዕውዋ ደልዮም እንታይ ክገብር
medical ሰበይተይ ኣብ መኪና ትወልድ ኣላ ብዙሕ ደም ይፈስስ ኣሎ ሆስፒታል የለን please
medical እቲ ህጻን ካብ ንግሆ ጀሚሩ ኣይንቀሳቐስን
self_harm ደኺመ ጽባሕ ክበራበር ኣይደልን ኩልኹም ደሓን ኩኑ
self_harm ናይ ኣደይ ኣፋውስ ኩሉ ኣኪበ ኣለኹ ሎሚ ምሸት ኩሉ ክውሕጦ እየ ዝግደሶ ሰብ የለን
missing_person ወዲ ሓወቦይ ሰኑይ ካብ ሊብያ ብጃልባ ተበጊሱ ክሳብ ሕጂ ዋላ ሓንቲ ኣይሰማዕናን ስልኩ ዕጹው እዩ
missing_person ሰብኣየይ ቅድሚ ሰለስተ ሰሙን ዶብ ሱዳን ሰጊሩ ካብኡ ንደሓር ድምጺ የለን
abandonment ደለላታት ኣብ በረኻ ገዲፎምና ከይዶም 30 ሰብ ኢና ማይ ካብ ትማሊ ተወዲኡ
abandonment እቲ መራሕ መኪና ነቲ ናይ ጽዕነት መኪና ዓጽዩ ሃዲሙ ማዕጾ ክንከፍቶ ኣይከኣልናን ኣየር ይውዳእ ኣሎ
pushback ሓለውቲ ባሕሪ ጃልባና ናብ ድሕሪት ሰሓብዋ ብበትሪ ወቒዖምና
pushback ወተሃደራት ዶብ ወቒዖም ናብቲ ካልእ ወገን መሊሶምና ቆልዑ ይበኽዩ ኣለዉ
hard ኣብ 2016 ኣብ ሊብያ ሽዱሽተ ወርሒ ተኣሲረ ነይረ ሕጂ ግን ወረቐት ኣለኒ ኣብ ካምፓላ ኣብ ቤት መግቢ እሰርሕ
hard ቆልዑ ኣብ መዕቀቢ ስደተኛታት ምእሳር ክቆም ኣለዎ
hard እዚ መስርዕ ቤት ጽሕፈት ኢሚግሬሽን ቀቲሉኒ ካብ ንግሆ ደው ኢለ ኣለኹ
hard ጽባሕ እንተደንጒየ ሓላፊየይ ክቐትለኒ እዩ ሃሃ
hard ብዛዕባ ዘዋውራ ደቂ ሰባት ናይ ቤት ትምህርቲ መጽናዕቲ እገብር ኣለኹ ሓበሬታ ክትህቡኒ ትኽእሉ ዶ
hard ሓደ ሰብ እንተድልዮ ናይ ምክልኻል ዘዋውራ ደቂ ሰባት ቁጽሪ ስልኪ እንታይ እዩ
hard ወደይ ጠፊኡ ነይሩ ግን ፖሊስ ትማሊ ረኺቡዎ ሕጂ ኣብ ገዛ ኣሎ የቐንየልና
hard ትማሊ ብዛዕባ ኣብ ባሕሪ ዝሞቱ ስደተኛታት ፊልም ርኢና ኣዝዩ የሕዝን
hard ዝሓለፈ ሰሙን ኣብ ጥቓ የመን ጃልባ ከም ዝጠሓለት ዜና ኣንቢበ ነፍሶም ይምሓር
hard ናይ ስደተኛ መንነት ካርደይ ሽዱሽተ ወርሒ ደንጒዩ ኣገልግሎት ኣዝዩ ደንጓዪ እዩ
hard ሓደ ሰብ ብዘይ ወረቐት እንተተታሒዙ ጠበቃ ናይ ምርካብ መሰል ኣለዎ ዶ
hard ዓሚ ኣብ መገዲ ወሊደ ሕጂ ግን ወደይ ክልተ ዓመቱ እዩ ጥዑይ እዩ
plain ነቲ ናይ እንግሊዝኛ ትምህርቲ የቐንየልና መምህር ኣዝዩ ጽቡቕ እዩ
plain ከም ስደተኛ ፍቓድ ስራሕ ብኸመይ ክረክብ እኽእል
plain ቤት ትምህርቲ ደቀይ ኣዝዩ ርሑቕ እዩ ኣውቶቡስ ቤት ትምህርቲ ኣሎ ዶ
plain ቤት ጽሕፈት unhcr ቀዳም ኣብ ክንደይ ሰዓት ይኽፈት
plain እቲ ዝተዋህበና ገዛ ሕጂ ማይ ቧምባ ኣለዎ የቐንየልና
plain ምስክር ወረቐት ልደተይ ክትርጐም እደሊ ኣበይ ክገብሮ እኽእል
plain ሎሚ ክሊኒክ ጽቡቕ ኣገልግሎት ሂቡኒ ነርስ ሕያዋይ ነይራ
plain ኣብ ዝመጽእ ወርሒ ንደቂ ኣንስትዮ ስልጠና ስፍየት ኣሎ ዶ
""",
}
