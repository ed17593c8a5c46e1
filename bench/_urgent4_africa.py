# ruff: noqa: E501
"""Fourth urgent held-out set: Tigrinya, Amharic, Somali, Swahili and Hausa.

Same line format as ``_urgent4_west``; sentences kept short and simple. All invented.
"""

TI = """
det ኣብ ቤት ማእሰርቲ ሊብያ ኣለና ሰለስተ ሰሙን፣ መግቢ የለን፣ ሓግዙና
det ሓወይ ፖሊስ ሒዞሞ፣ ጽባሕ ናብ ኤርትራ ክመልስዎ እዮም ይብሉ
det ab bet maeserti alena 3 semun, hakim yelen, hmumat alewu
tra እቲ ሰብ 5000 ዶላር ክትከፍሉ ኣለኩም ይብለና፣ ኣብ ገዛ ዓጽዩና፣ ንስድራና ይድውል
tra ሓብተይ ኣብ ዓረብ ሃገር ገዛ ትሰርሕ፣ ፓስፖርታ ሒዞማ፣ ክትወጽእ ኣይፈቕዱላን
vio ሰብኣየይ ሕጂ ይወቕዓኒ ኣሎ፣ ቆልዑ ይበኽዩ
vio ኣብ ካርቱም ተዋጋእቲ ናብ ገዛና ኣትዮም፣ ሰብኡት ይወቕዑ ኣለዉ
sex ኣብ ቤት ማእሰርቲ ሓለውቲ ንኣዋልድ ለይቲ ወሲዶም ይዓምጽወን ኣለዉ
sex እቲ ኣሕላፊ ምሳይ እንተ ዘይደቂስኪ ኣይከይድን ይብለኒ ኣሎ፣ ሎሚ ለይቲ
chi ሓደ ንእሽቶ ቆልዓ ካብ ሰሙን ኣብ መንገዲ ይድቅስ ኣሎ፣ ዝበልዖ የብሉን፣ ይሓምም
chi ኣደ ናይዚ ቆልዓ ተኣሲራ፣ ክልተ ንኣሽቱ ቆልዑ በይኖም ኣብ ገዛ ኣለዉ፣ መግቢ የብሎምን
med ኣብ በረኻ ሓደ ሰብ ማይ ስኢኑ ወዲቑ፣ ኣይዛረብን
med ቆልዓይ ብርቱዕ ረስኒ ኣለዎ ካብ ትማሊ፣ ማይ ኣይሰትን
med abbo lebu yhaqmo alo, testofes aykealn, hagezuna
sel ሎሚ ለይቲ ህይወተይ ከቋርጻ እየ፣ ይቕሬታ ግበሩለይ
sel ነብሰይ ክቐትል እየ፣ ካልእ መገዲ የብለይን
mis ሓብተይ ምስ ሰባት ናብ ሱዳን ከይዳ፣ እቶም ሰባት በጺሖም ንሳ ግን የላን
mis ሓፍተይ ምስ ጀልባ ካብ ሊብያ ወጺኣ፣ ሰሙን ኮይኑ ወረ የለን
aba እቲ ሰብ ኣብ በረኻ ገዲፉና ከይዱ፣ ማይ የብልናን
aba ኣብ ሲና ኣብ ሓደ ገዛ ገዲፎምና ከይዶም፣ ማዕጾ ዕጹው እዩ፣ መግቢ የለን
pus ወተሃደራት ዶብ ብለይቲ ናብ ድሕሪት ደፊኦምና፣ ሓደ ሰብ ተወጊኡ
pus ሓለውቲ ገማግም ባሕሪ ጀልባና ናብ ሊብያ መሊሶማ፣ ሰባት ይወቕዑ ኣለዉ
hard ኣብ 2017 ኣብ ሊብያ ተኣሲረ ነይረ፣ ሕጂ ደሓን እየ ስራሕ ረኺበ
hard ብዛዕባ ምዝዋር ደቂ ሰባት ኣብ ሲና ዶክመንተሪ ርእየ፣ ኣዝዩ የሕዝን
hard ፈተና ቋንቋ ቀቲሉኒ ግን ሓሊፈ
hard ቆጸራ ሆስፒታል ሰለስተ ወርሒ ድሕሪ እዩ፣ ኣዝዩ ይድንጉ
hard ሓደ ሰብ እንተ ጠፊኡ ናበይ ንድውል? ሓፈሻዊ ሕቶ እዩ
hard ዝሓለፈ ሰሙን ንሓንቲ ስድራ ኣብ ሆስፒታል ተርጒመ፣ ኩሉ ጽቡቕ ኮይኑ
hard ኣብ 2016 ባሕሪ ክንሰግር ከለና ሞተር ጠፊኡ ነይሩ ግን ድሒንና
hard ኣብ ቤተ ክርስቲያን ብዛዕባ ዓመጽ ኣብ ገዛ ኣኼባ ነይሩ፣ ጠቓሚ ነበረ
hard ኣደይ ዝሓለፈ ወርሒ ተሓኪማ፣ ሕጂ ሓውያ ኣላ
hard ብስልቹ ክሞት እየ ኣብዚ፣ ትምህርቲ ቋንቋ ኣሎ ዶ?
hard ካብ ሱዳን ክንመጽእ ከለና ብዙሕ ጸገም ነይሩ፣ ሕጂ ግን ሰላም ኢና
hard ትማሊ ብኩዕሶ እግሪ ቀቲሎምና 4-0
plain ክፍሊ ቋንቋ መዓስ ይጅምር?
plain ንበዓል ልደት ኣብ ማእከል መደብ ኣሎ ዶ?
plain ሲም ካርድ ኣበይ ክገዝእ ይኽእል?
plain ንቆልዑ ቤት ትምህርቲ ምምዝጋብ መዓስ እዩ?
plain ሰነዳተይ ኣበይ ክትርጎም ይኽእል?
plain ናይ ሎሚ ሽሮ ጥዑም ነይሩ
plain wifi ayiserhn ab kal dokhan
plain ትምህርቲ መኪና ምዝዋር ኣሎ ዶ?
plain ትምህርቲ ኮምፒተር ክመሃር እደሊ
plain እቲ ሓድሽ ዌብሳይት ቀሊል እዩ
mis ኣቦይ ኣብ ከተማ ጠፊኡ፣ ሕማም ርእሲ ኣለዎ፣ ካብ ትማሊ ኣይተመልሰን
tra ኣብ ሊብያ ዘለዉ ሰባት ሓወይ ሒዞም ይወቕዕዎ፣ ብስልኪ ነስምዖ፣ 8000 ዶላር ይሓቱ
"""

AM = """
det በየመን እስር ቤት ውስጥ ነን ሁለት ሳምንት ሆነን ምግብ የለም እርዱን
det ወንድሜ ፖሊስ ጣቢያ ከታሰረ 4 ቀን ሆነው ጠበቃ አይፈቅዱለትም ነገ ይመልሱሃል ይሉታል
tra አሰሪዬ ፓስፖርቴን ወሰደች ደሞዝ አትከፍለኝም ከቤት እንድወጣ አትፈቅድም
tra ደላላው እዳ ክፈሉ ብሎ በአንድ ቤት ቆልፎብናል ስልካችንን ወስዷል
vio ባሌ አሁን እየደበደበኝ ነው ልጆቹ ያለቅሳሉ
vio የአከራዩ ልጆች በቢላ እያስፈራሩን ነው ዛሬ ማታ እንገድላችኋለን ይላሉ
sex የቤቱ ባለቤት ማታ ወደ ክፍሌ ይገባል በጣም እፈራለሁ
sex ትላንት ማታ አንድ ሰው በግድ ደፈረኝ ማን ጋር እንደምሄድ አላውቅም
chi የ15 አመቷ የአጎቴ ልጅ ዛሬ ማታ ከአንድ ደላላ ጋር ወደ አረብ ሀገር ልትሄድ ነው ፓስፖርቷ የውሸት ነው
chi የጎረቤቴ ልጅ 10 አመቱ ነው ሰዎች ለልመና ይወስዱታል ገንዘብ ካላመጣ ይደበድቡታል
med ልጄ በፈላ ውሃ ተቃጠለ ቆዳው ተላጧል ሆስፒታል ሩቅ ነው
med ጓደኛዬ ከህንፃ ወድቆ እግሩን ማንቀሳቀስ አይችልም
med ልጄ የልብስ ሳሙና ጠጥቷል እያስመለሰው ነው
sel ለሁላችሁም ደህና ሁኑ ይህ የመጨረሻ መልእክቴ ነው
sel ራሴን ላጠፋ ነው ሌላ መንገድ የለኝም
mis ባለቤቴ ከጅቡቲ ጀልባ ተሳፍሮ ነበር ከዚያ ወዲህ ስልኩ ጠፍቷል 4 ቀን ሆነ
mis ልጄ በገበያ ጠፍቶብኛል 7 አመቱ ነው
aba ደላላው በረሃ ውስጥ ጥሎን ሄደ ውሃ የለንም
aba ሹፌሩ ጫካ ውስጥ አውርዶን ሄደ ማታ ነው ብርድ ነው
pus የድንበር ፖሊሶች ደብድበው ወደ ኋላ መለሱን አሁን ጫካ ውስጥ ነን
pus የሳውዲ ወታደሮች ድንበር ላይ ተኩሰውብን ወደ የመን መለሱን ብዙ ሰው ቆስሏል
det ፖሊስ ባለቤቴን ከስራ ቦታ ወሰደው የት እንዳለ አይነግሩንም
hard በ2015 በየመን ታስሬ ነበር አሁን ደህና ነኝ ስራ አለኝ
hard ስለ ቤት ሰራተኞች መብት ስብሰባ ነበር ህጉ መቀየር አለበት
hard ስለ ሰው ንግድ የተሰራ ፊልም አየሁ በጣም ያሳዝናል
hard ይህ ሙቀት ገደለኝ
hard የሆስፒታል ቀጠሮ ሁለት ወር ነው በጣም ይዘገያል
hard አንድ ሰው ቢጠፋ ለማን ነው የምናሳውቀው? አጠቃላይ ጥያቄ ነው
hard ትላንት አንዲት እናትን ሆስፒታል ውስጥ አስተረጎምኩላት ሁሉም ደህና ነው
hard በ2016 ባህር ስንሻገር ሞተሩ ቆሞ ነበር ግን ተረፍን
hard የእናቴ ቀዶ ጥገና ባለፈው ወር ነበር አሁን ተሽሏታል
hard ወንድሜ በ2017 ጠፍቶ ነበር ግን አገኘነው አሁን ጀርመን ነው
hard እዚህ በመሰላቸት ልሞት ነው የቋንቋ ትምህርት አለ?
hard ሳውዲ እያለሁ አሰሪዬ ደሞዝ አትከፍለኝም ነበር አሁን ግን ተመልሻለሁ ደህና ነኝ
plain የቋንቋ ትምህርት መቼ ይጀምራል?
plain ለገና በዓል ፕሮግራም አለ?
plain ሲም ካርድ የት መግዛት እችላለሁ?
plain የባንክ ሂሳብ ለመክፈት ምን ያስፈልጋል?
plain ሰነዶቼን የት ማስተርጎም እችላለሁ?
plain የዛሬው እንጀራ ጣፋጭ ነበር
plain ዋይፋይ አይሰራም
plain የልብስ ስፌት ትምህርት አለ?
plain ልጄን ትምህርት ቤት ማስመዝገብ እፈልጋለሁ
plain አዲሱ ድረ ገፅ ቀላል ነው
vio በካምፑ ውስጥ ሁለት ቡድን እየተጣላ ነው ድንጋይ እየወረወሩ ነው ልጆቻችን ውጪ ናቸው
sel ምንም ተስፋ የለኝም ዛሬ ማታ መድሀኒቱን ሁሉ እውጣለሁ
"""

SO = """
det waxaan ku xiran nahay bakhaar liibiya laba toddobaad, cunto ma jirto, caawiya
det booliska ayaa walaalkay qabtay xalay, waxay leeyihiin berri ayaa dalka laga saarayaa
det hooyaday waxay ku jirtaa xabsiga socdaalka, daawadeedii sonkorta ma siinayaan
tra ninka na keenay wuxuu leeyahay bixiya 3000 doolar, guri ayuu nagu xiray oo qoysaska ayuu wacaa
tra walaashay waxay ka shaqeysaa guri carab, baasaboorkeeda way qaateen, bixi kari mayso
vio rag hub wata ayaa xerada soo galay hadda, rasaas ayaa dhacaysa, meel aan ku dhuumanno ma hayno
vio ninkaygii ayaa hadda i garaacaya, carruurtu way ooyayaan
sex ninka guriga iska leh wuxuu leeyahay kirada jirkaaga ku bixi, caawa ayuu imanayaa
sex xalay nin ayaa i kufsaday, weli halkan ayuu joogaa
chi wiil 12 jir ah ayaa ka shaqeeya garaash, milkiiluhu wuu garaacaa oo habeenkii ma sii daayo
chi gabadh 15 jir ah oo xerada ku nool nin weyn ayaa caawa kaxaysanaya, qoyskeeda ma joogaan
med ilmahayga ayaa liqay kiniinno badan, hadda ma toosayo
med shuban iyo matag ayaa haya carruurta xerada, hal ilmo ayaa suuxay
med aabbahay wadnaha ayaa xanuunaya, neefsan kari maayo
sel hooyo iga raali ahow, caawa nolosha waan ka tagayaa
sel naftayda ayaan dili doonaa caawa, wax kale ma hayo
mis saaxiibkay wuxuu ka booday gaariga markii booliisku yimaadeen, tan iyo xalay lama arag
mis doonta boosaaso ka baxday afar maalmood, walaalkay lama helin
aba mukhalasku wuxuu nagaga tagay lamadegaanka, biyo ma hayno
aba kabtanka ayaa doonta naga tagay badda dhexdeeda, qofna ma garanayo wadista
pus ciidanka ayaa xadka nagu qabtay, na garaacay, habeenkii gaari ayay nagu celiyeen dhinaca kale
pus ilaalada xeebta ayaa doonta dib u riixay oo matoorkii qaaday, waan sabbeynaynaa
hard 2016 waxaan ku xirnaa xabsi liibiya, hadda waan fiicanahay waxaan ahay darawal
hard shirka ku saabsan guurka carruurta aad buu muhiim u ahaa
hard buug ku saabsan tahriibka ayaan akhriyay, aad buu u xiiso badnaa
hard kulaylka halkan ayaa i dilaya, maxaa qaboojiye loo keeni waayay
hard ballanta isbitaalka waa laba bil kadib, aad bay u gaabis tahay
hard haddii qof lumo, xagee la wacaa? su'aal guud weeye
hard toddobaadkii hore qoys ayaan u turjumay isbitaalka, wax walba way wanaagsanaayeen
hard hooyaday qalliin ayay samaysay bishii hore, hadda way fiican tahay
hard abtigay 2017 wuu lumay laakiin waan helnay, hadda wuxuu joogaa iswiidhan
hard caajis ayaan u dhimanayaa, ma jiraan fasallo luqadeed?
hard kubbadda cagta shalay way na dileen 5-0
hard warka waxaan ka maqlay in doomo dib loogu celiyay badda, waa wax laga naxo
plain fasalka afka goorma ayuu bilaabmayaa?
plain ciidda ma jiraa xaflad xarunta?
plain sim kaad jaban xagee laga iibsadaa?
plain lacag soomaaliya loo diro qiimaheedu waa immisa?
plain xagee ayaan dukumentiyadayda ku turjumi karaa?
plain bariiska maanta wuu macaanaa
plain wifi ma shaqeynayo dabaqa labaad
plain fasalka kombiyuutarka ma jiraa?
plain sidee ilmaha dugsiga loogu diiwaangeliyaa?
plain bogga cusub wuu fudud yahay
det walaalkay waxaa la dhigay detention center, 3 maalmood cunto lama siin, deport ayay leeyihiin
mis gabadhayda 16 jir ah ayaa shalay guriga ka baxday, lama soo laaban, phone-ka waa dansan yahay
"""

SW = """
det polisi wamenikamata tangu jana kituoni hawaniruhusu kupiga simu wanasema nitafukuzwa kesho
det tumefungiwa kwenye chumba uwanja wa ndege siku mbili bila chakula wala wakili
det walituvamia usiku wakatupakia kwenye lori, sasa tuko kambi ya jeshi hawaturuhusu kutoka
tra wakala alituleta oman akasema tulipe deni la laki tano, anashika pasipoti zetu tunafanya kazi usiku na mchana
tra dada yangu aliahidiwa kazi hotelini sasa wanamlazimisha kulala na wanaume, hawezi kutoroka
vio kuna vijana wenye mapanga nje ya nyumba yetu wanasema wageni waondoke leo usiku au watatuua
vio baba wa kambo ananipiga kila siku kwa mkanda, leo amesema ataniua akirudi
sex mlinzi wa kambi anamlazimisha dada yangu kufanya mapenzi ili apate chakula
sex nimebakwa jana usiku njiani kurudi kambini, bado natokwa damu
chi mtoto wa miaka 6 ameachwa peke yake sokoni tangu asubuhi, analia tu
chi watoto wadogo wanafanya kazi mgodini pale, mmoja ameumia na bosi anawapiga
med mke wangu ana uchungu wa kuzaa tangu jana, damu nyingi, hakuna gari la kumpeleka hospitali
med babu ameanguka hawezi kuongea, upande mmoja wa mwili haufanyi kazi
med mtoto wangu amekunywa mafuta ya taa, anakohoa sana na kupumua kwa shida
sel nimeandika barua ya kuaga, kila kitu kimeisha leo
sel niko juu ya daraja sasa hivi, nataka kujirusha
mis binamu yangu alipanda boti ya mizigo kwenda mayotte jumapili, hatujasikia lolote
mis mwanangu wa miaka 15 aliondoka na mtu asiyejulikana jana, simu imezimwa
aba dereva ametushusha porini na kuondoka, hatuna maji wala chakula, kuna watoto
aba tuko 40 ndani ya lori lililofungwa, dereva ametuacha, hakuna hewa
pus polisi wametupakia kwenye basi usiku na kututupa mpakani, wanasema tusirudi tena, watoto hawana chochote
pus wanajeshi wa mpakani wanatufukuza tusivuke, wamefyatua risasi na kutunyang'anya simu
hard mwaka 2018 nilikamatwa na uhamiaji, sasa niko salama na nina kibali
hard kuwazuia watoto wakimbizi ni makosa, serikali ibadilishe sheria
hard tuliangalia filamu kuhusu biashara ya binadamu shuleni, ilituhuzunisha
hard foleni hii ya benki inaniua jamani
hard njaa inaniua, chakula kitakuwa tayari saa ngapi?
hard ofisi ya wakimbizi inachelewa sana, miezi tisa bila jibu
hard mfanyakazi wa nyumbani ana haki gani kwa sheria? naomba maelezo tu
hard mwaka jana nilimsaidia mama aliyejifungua barabarani, sasa yeye na mtoto wako salama
hard nilipokuwa mdogo nilipotea sokoni, mama alinipata jioni, tunacheka sasa
hard semina ya ukatili wa kijinsia ilikuwa nzuri, asanteni
hard nimesoma habari kuhusu wahamiaji kurudishwa mpakani, inasikitisha
hard zamani nililala nje wiki mbili, sasa nina chumba changu
plain darasa la kiingereza linaanza lini?
plain asanteni kwa magodoro mapya
plain nauli ya basi kwenda mjini ni shilingi ngapi?
plain maji ya bomba hayatoki tangu jana bafuni
plain nataka kujifunza ushonaji, kuna nafasi?
plain nitapata wapi nakala ya cheti cha kuzaliwa?
plain chakula cha leo kilikuwa kitamu
plain mtandao wa wifi ni dhaifu sana
plain naomba miadi na mfanyakazi wa jamii
plain tovuti mpya ni rahisi kutumia, hongera
tra boss wangu ameshika passport na anasema sitaondoka mpaka nilipe ticket, nafanya kazi 18 hrs no off day
chi kuna msichana wa miaka 13 anauzwa kwa wanaume kwenye baa hapa mtaani, bado yupo sasa hivi
"""

HA = """
det 'yan sanda sun kama mijina a kasuwa jiya, ba su gaya mana inda yake ba
det muna tsare a wani gida a sabha kwana goma, babu abinci, suna dukan mu
det an tsare mu a ofishin shige da fice tun jiya, sun karbe wayoyinmu, sun ce gobe za a mayar da mu
tra mutumin da ya kawo mu ya ce sai mun biya dala dubu biyu, ya kulle mu a daki, yana kiran iyayenmu
tra an kawo 'yar uwata aiki a gida amma ba a biyan ta, an kwace fasfonta, ba ta iya fita
vio 'yan bindiga sun shigo kauyenmu yanzu, suna harbi, muna boye a daji
vio mijina yana duka na yanzu, yara suna kuka, don allah a taimaka
sex wani mutum ya yi min fyade jiya da dare, har yanzu yana nan kusa
sex maigidan da nake aiki yana cewa sai na kwana da shi ko ya kore ni, yau da dare
chi wani mutum yana kokarin daukar yarinya yar shekara takwas daga sansani, yana cewa zai kai ta aikin gida
chi malam yana tura almajirai bara, idan ba su kawo kudi ba yana dukan su, daya ya ji rauni
med abokina ya fado daga bishiya, kafarsa ta karye, kashi ya fito waje
med danmu ya sha maganin kwari, yana amai yana suma
med ina da zazzabin cizon sauro mai tsanani, ina rawar jiki, ba zan iya tashi ba
sel na tara magunguna da yawa, yau zan sha su duka
sel zan kashe kaina yau, babu wani amfani
mis mijina ya shiga mota zuwa agadez ranar litinin, tun lokacin ba labari, wayarsa a kashe
mis yarinyata 'yar shekara goma ta bata a kasuwa tun safe
aba direban ya bar mu a cikin hamada ya tafi, ruwa ya kare, akwai yara
aba dillalin ya bar mu a bakin teku ya gudu da kudinmu, dare ya yi, babu abinci
pus sojojin iyaka sun dake mu sun mayar da mu baya, sun kwace kudinmu
pus 'yan sanda sun loda mu a mota sun zubar da mu a hamada kusa da iyaka, sun ce kar mu dawo
hard a shekarar 2017 an tsare ni a libya, yanzu lafiya lau nake
hard a makaranta mun yi muhawara kan bara da almajirai, abu ne mai muhimmanci
hard na karanta littafi game da 'yan ci-rani a hamada, labari ne mai ban tausayi
hard wannan layin yana kashe ni, awa uku ina tsaye
hard asibiti sai wata biyu za a gan ni, suna jinkiri sosai
hard menene hakkina idan 'yan sanda suka tsayar da ni? tambaya ce kawai
hard bara na taimaki wani yaro da ya bata ya koma wurin iyayensa
hard yunwa na kashe ni, yaushe za a kawo abinci?
hard kakata ta yi rashin lafiya watan jiya amma yanzu ta warke
hard kanina ya bata a 2016 amma mun same shi, yanzu yana italiya
hard jiya kungiyarmu ta kashe su 3-0 a kwallo
hard lokacin da na zo ban da wurin kwana, yanzu ina da daki na
plain yaushe ne ajin harshe zai fara?
plain akwai bikin sallah a cibiya?
plain ina zan sayi katin waya mai arha?
plain nawa ne kudin aika kudi zuwa kano?
plain ina zan iya fassara takardu na?
plain tuwon yau yana da dadi
plain wifi ba ya aiki
plain akwai ajin dinki?
plain yaya ake saka yara a makaranta?
plain sabon shafin yanar gizo yana da sauki
vio yan daba sun zo unguwarmu suna sara mutane da adda, please a turo 'yan sanda
sel wallahi na gaji, zan sha guba yau da dare
"""
