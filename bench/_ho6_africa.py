"""Sixth held-out anonymiser set: Tigrinya, Amharic, Somali, Swahili, Hausa (written by hand, blind; see bench/anon_heldout6.py)."""

# ruff: noqa: E501

ROWS = {
    "ti": [
        {
            "text": "ሰላም ኩን ኣነ ዮናስ ተስፋይ እየ ካብ ሮማ። ሰሉስ ኣብ questura ቆጸራ ኣለኒ ግን permesso ገና ኣይተዳለወን ይብሉ፣ 8 ወርሒ ኮይኑ",
            "sender_name": "Yonas T",
            "entities": [{"type": "NAME", "value": "ዮናስ ተስፋይ"}],
            "keep": ["ሮማ", "questura", "ሰሉስ", "8 ወርሒ"],
        },
        {
            "text": "ሰላም ኣብርሃም እየ ኣብ frankfurt ዘለኹ። ኣድራሻይ Mainzer Landstraße 147, 2. OG እዩ ግን Ausländerbehörde ደብዳቤ ናብ ናይ ቀደም ካምፕ ሰዲዶሞ ጠፊኡ። 3 ወርሒ ተጸቢየ",
            "sender_name": "Abraham",
            "entities": [
                {"type": "NAME", "value": "ኣብርሃም"},
                {"type": "ADDRESS", "value": "Mainzer Landstraße 147, 2. OG"},
            ],
            "keep": ["frankfurt", "Ausländerbehörde", "3 ወርሒ"],
        },
        {
            "text": "ሓፍተይ ሰናይት ኣብ ኣስመራ እያ ዘላ፣ ስልካ +291 7 184 562 እዩ። ገንዘብ ክሰደላ ደልየ ግን western union ኣብዚ 12% ይወስድ፣ ካልእ መንገዲ ኣሎ ድዩ?",
            "sender_name": "ፍ.",
            "entities": [
                {"type": "NAME", "value": "ሰናይት"},
                {"type": "PHONE", "value": "+291 7 184 562"},
            ],
            "keep": ["ኣስመራ", "western union", "12%"],
        },
        {
            "text": "ኣነ ኣብ ማይ ዓይኒ መዓስከር እየ ዘለኹ ዞባ 3 ብሎክ 14 ገዛ 7። ቁጽሪ UNHCR ናተይ 212-17C04815 እዩ፣ ሓገዝ ምግቢ ኣብ ክልተ ወርሒ ሓንሳብ ጥራይ ይመጽእ",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "ዞባ 3 ብሎክ 14 ገዛ 7"},
                {"type": "ID", "value": "212-17C04815"},
            ],
            "keep": ["ማይ ዓይኒ", "UNHCR", "ክልተ ወርሒ"],
        },
        {
            "text": "ሰላም ኩኑ፣ ፊልሞን እየ ካብ ter apel. ካብ COA ዝመጸ ደብዳቤ ኣይተረድኣንን ብኢመይል ስደዱለይ filmon.gebru93 at gmail dot com",
            "sender_name": "Filmon 🇪🇷",
            "entities": [
                {"type": "NAME", "value": "ፊልሞን"},
                {"type": "EMAIL", "value": "filmon.gebru93 at gmail dot com"},
            ],
            "keep": ["ter apel", "COA"],
        },
        {
            "text": "ክራይ ገዛ €520 ኣብዚ IBAN ክኸፍል ኣለኒ DE32 5001 0516 6392 2806 56 ናይ ኣቶ schneider እዩ፣ ግን jobcenter ገና ኣይከፈለን። ወርሒ ጥሪ እንተዘይከፊለ ክወጽእ እየ",
            "sender_name": "m",
            "entities": [
                {"type": "IBAN", "value": "DE32 5001 0516 6392 2806 56"},
                {"type": "NAME", "value": "schneider"},
            ],
            "keep": ["€520", "jobcenter", "ጥሪ"],
        },
        {
            "text": "ኣነ ትርሓስ እየ። ዕለተ ልደተይ 14/09/1998 እዩ ግን ኣብ Aufenthaltstitel 01/01/1998 ጽሒፎም። ኣብ ausländerbehörde stuttgart ከመይ ጌረ ከዐርዮ?",
            "sender_name": "Tirhas",
            "entities": [
                {"type": "NAME", "value": "ትርሓስ"},
                {"type": "DOB", "value": "14/09/1998"},
                {"type": "DOB", "value": "01/01/1998"},
            ],
            "keep": ["Aufenthaltstitel", "stuttgart"],
        },
        {
            "text": "ኣብ ሊብያ ካብ 2019 ክሳብ 2021 ኣብ ቤት ማእሰርቲ ነይረ። IOM ናብ ዓደይ ክመልሱኒ ይደልዩ ግን ኣይደለኹን። objective 7 ናይ compact እንታይ ይብል?",
            "sender_name": "",
            "entities": [],
            "keep": ["ሊብያ", "2019", "2021", "IOM"],
        },
        {
            "text": "እቲ ኣሰጋጋሪ ክንፈ ዝበሃል 4500 ዶላር ወሲዱ ኣብ ባኒ ወሊድ ገዲፉና። ቁጽሩ 00218 91 447 2093 ነይሩ ሕጂ ኣይሰርሕን",
            "sender_name": "habesha",
            "entities": [
                {"type": "NAME", "value": "ክንፈ"},
                {"type": "PHONE", "value": "00218 91 447 2093"},
            ],
            "keep": ["4500 ዶላር", "ባኒ ወሊድ"],
        },
        {
            "text": "ኣብ ቴል ኣቪቭ እየ ዝሰርሕ፣ ገዛይ levinsky 52 ኣፓርትመንት 9 እዩ። ቪዛ 2A5 ንምሕዳስ ኣብ bnei brak ቤት ጽሕፈት ክኸይድ ኣለኒ ረቡዕ",
            "sender_name": "",
            "entities": [{"type": "ADDRESS", "value": "levinsky 52 ኣፓርትመንት 9"}],
            "keep": ["ቴል ኣቪቭ", "2A5", "bnei brak", "ረቡዕ"],
        },
        {
            "text": "ጠበቓይ avv. rossi ኣብ commissione ምሳይ ክመጽእ እዩ ኢሉ ነይሩ ግን ኣይመጸን። ቆጸራ 22 ሚያዝያ ኣብ ሚላኖ ነይሩ፣ ሕጂ እንታይ ክገብር?",
            "sender_name": "Ghirmay",
            "entities": [{"type": "NAME", "value": "rossi"}],
            "keep": ["commissione", "22 ሚያዝያ", "ሚላኖ"],
        },
        {
            "text": "ብዛዕባ እቲ ስራሕ ኣብ caritas ዝበልኩምኒ ምሸት ጥራይ ደውሉለይ\nኣማኑኤል\n+39 351 846\n2207",
            "sender_name": "Amanuel",
            "entities": [
                {"type": "NAME", "value": "ኣማኑኤል"},
                {"type": "PHONE", "value": "+39 351 846\n2207"},
            ],
            "keep": ["caritas"],
        },
        {
            "text": "ሓወይ ሚኪኤል ኣብ ሱዳን ተታሒዙ ኣሎ፣ ስእሉ ኣብዚ ኣሎ facebook.com/mikiel.habte.77 ። red crescent ክረኽብዎ ይኽእሉ ድዮም?",
            "sender_name": "Habte",
            "entities": [
                {"type": "NAME", "value": "ሚኪኤል"},
                {"type": "URL", "value": "facebook.com/mikiel.habte.77"},
            ],
            "keep": ["ሱዳን", "red crescent"],
        },
        {
            "text": "በዓል ቤተይ ተኽለ ኣብ ሆስፒታል ኣሎ ሕጂ፣ tessera sanitaria የብሉን። STP ካርድ ካበይ ይርከብ? ASL ኣብ ቶሪኖ ሰኑይ ጥራይ ክፉት እዩ",
            "sender_name": "Lete",
            "entities": [{"type": "NAME", "value": "ተኽለ"}],
            "keep": ["tessera sanitaria", "STP", "ቶሪኖ", "ሰኑይ"],
        },
        {
            "text": "ኣነን ደቀይን ኣብ azc Budel, unit B kamer 14 ኢና። ዶክተር ናብ GZA ኪዱ ኢሉና ግን ቆጸራ ክሳብ 2 ሰሙን የለን",
            "sender_name": "",
            "entities": [{"type": "ADDRESS", "value": "azc Budel, unit B kamer 14"}],
            "keep": ["GZA", "2 ሰሙን"],
        },
        {
            "text": "ሰበይተይ ሳባ ኣብ ካምፓላ ኣላ፣ ናይ family reunification ቆጸራ ኣብ german embassy ድሕሪ 6 ሰሙን እዩ። case number 2023-KAM-004571 ነይሩ",
            "sender_name": "Berhe",
            "entities": [
                {"type": "NAME", "value": "ሳባ"},
                {"type": "ID", "value": "2023-KAM-004571"},
            ],
            "keep": ["ካምፓላ", "german embassy", "6 ሰሙን"],
        },
        {
            "text": "selam, ane hagos eye. ab calais ina zelena, police kulu lelti yhasuna. migrant help kab london kdewlu kelu gn aytedewelun",
            "sender_name": "hg",
            "entities": [{"type": "NAME", "value": "hagos"}],
            "keep": ["calais", "migrant help", "london"],
        },
        {
            "text": "ካርድ ባንከይ ጠፊኡኒ ቁጽሩ 4018 5189 8892 5809 እዩ። ካብ poste italiane ሓድሽ ክሓትት ኣለኒ ድዩ ወይ ፖሊስ ክኸይድ?",
            "sender_name": "",
            "entities": [{"type": "CARD", "value": "4018 5189 8892 5809"}],
            "keep": ["poste italiane"],
        },
        {
            "text": "ኣብ zürich ኣለኹ፣ N ወረቐተይ ቁጽሪ 41.928.306 እዩ። SEM ኣሉታዊ መልሲ ሂቡኒ፣ ኣብ 30 መዓልቲ recours ክገብር ኣለኒ ዶ?",
            "sender_name": "",
            "entities": [{"type": "ID", "value": "41.928.306"}],
            "keep": ["zürich", "SEM", "30 መዓልቲ"],
        },
        {
            "text": "ምሳይ ዝነበሩ ዊንታ፣ ፍዮሪ፣ ኣሮን ከምኡውን ብርሃነ ካብ ግብጺ ናብ ኤርትራ ተመሊሶም። ሓበሬታ ዘለዎ ሰብ ኣሎ ድዩ?",
            "sender_name": "Yordanos",
            "entities": [
                {"type": "NAME", "value": "ዊንታ"},
                {"type": "NAME", "value": "ፍዮሪ"},
                {"type": "NAME", "value": "ኣሮን"},
                {"type": "NAME", "value": "ብርሃነ"},
            ],
            "keep": ["ግብጺ", "ኤርትራ"],
        },
        {
            "text": "ኣብ ዱባይ ሰራሕተኛ ገዛ እየ፣ ማዳም ፋጢማ ፓስፖርተይ ወሲዳ። ቁጽሪ ፓስፖርት P0845713 እዩ፣ 800 ዲርሃም ደሞዝ 4 ወርሒ ኣይሃበትንን",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "ፋጢማ"},
                {"type": "ID", "value": "P0845713"},
            ],
            "keep": ["ዱባይ", "800 ዲርሃም", "4 ወርሒ"],
        },
        {
            "text": "ኣብ ሆላንድ IND ውሳነ ክሳብ 6 ወርሒ ይወስድ ድዩ? ኣብ 2024 ሓቲተ ነይረ ገና መልሲ የለን። vluchtelingenwerk ክሕግዙ ኢሎም",
            "sender_name": "",
            "entities": [],
            "keep": ["IND", "6 ወርሒ", "2024", "vluchtelingenwerk"],
        },
        {
            "text": "ኣብ ኣዲስ ኣበባ እንቁላል ፋብሪካ ገዛ 2214 ኢና ንቕመጥ፣ ዋና ገዛ ኣቶ ደረጀ 3000 ብር ወሰኽ ኢሉ። ካብ RRS ናይ out-of-camp ፍቓድ ኣለና",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "እንቁላል ፋብሪካ ገዛ 2214"},
                {"type": "NAME", "value": "ደረጀ"},
            ],
            "keep": ["ኣዲስ ኣበባ", "3000 ብር", "RRS"],
        },
        {
            "text": "ስልከይ ተሰሪቑ ስለዘሎ ናይ ስራሕ ሓበሬታ እንተሎ ኣብ telegram ጽሓፉለይ @lete_kb91",
            "sender_name": "",
            "entities": [{"type": "HANDLE", "value": "@lete_kb91"}],
            "keep": ["telegram"],
        },
        {
            "text": "ጓለይ ሄለን 9 ዓመት እያ ኣብ scuola ኣይተቐበልዋን ምኽንያቱ residenza የብልናን። ኣብ via stalingrado 66 int. 4 ኢና ንነብር ግን ኮንትራት የለን። comune di bologna እንታይ ይብል?",
            "sender_name": "Mama Helen",
            "entities": [
                {"type": "NAME", "value": "ሄለን"},
                {"type": "ADDRESS", "value": "via stalingrado 66 int. 4"},
            ],
            "keep": ["9 ዓመት", "comune di bologna"],
        },
        {
            "text": "ኣብ migrant help ደዊለ ኣይመለሱለይን። ስመይ ሙሉጌታ እዩ፣ ቁጽረይ ዜሮ ሸውዓተ ሸውዓተ ዜሮ ዜሮ ትሽዓተ ዜሮ ዜሮ ሓደ ሰለስተ ሸሞንተ ኣብ hotel ኣብ croydon ኢና",
            "sender_name": "M.",
            "entities": [
                {"type": "NAME", "value": "ሙሉጌታ"},
                {"type": "PHONE", "value": "ዜሮ ሸውዓተ ሸውዓተ ዜሮ ዜሮ ትሽዓተ ዜሮ ዜሮ ሓደ ሰለስተ ሸሞንተ"},
            ],
            "keep": ["migrant help", "croydon"],
        },
        {
            "text": "ፖሊስ ኣብ ቬንቲሚሊያ ምስ ዓርከይ ጸጋይ ሒዞምና ኣጻብዕ ወሲዶም ናብ ታራንቶ ሰዲዶምና። dublin ማለት እንታይ እዩ?",
            "sender_name": "Natnael",
            "entities": [{"type": "NAME", "value": "ጸጋይ"}],
            "keep": ["ቬንቲሚሊያ", "ታራንቶ", "dublin"],
        },
        {
            "text": "ኣነ ኪዳነ ገብረሂወት እየ፣ ሓድሽ ኣድራሻይ Flat 3, 41 Whitehorse Road, Croydon CR0 2JH እዩ። ናይ home office ref K1284093 ኣብ ደብዳቤ ኣሎ ግን ኣድራሻ ገና ኣይቀየሩን",
            "sender_name": "Kidane G",
            "entities": [
                {"type": "NAME", "value": "ኪዳነ ገብረሂወት"},
                {"type": "ADDRESS", "value": "Flat 3, 41 Whitehorse Road, Croydon CR0 2JH"},
                {"type": "ID", "value": "K1284093"},
            ],
            "keep": ["home office"],
        },
    ],
    "am": [
        {
            "text": "ሰላም እኔ ትዕግስት ከበደ ነኝ። ቤይሩት ውስጥ የቤት ሰራተኛ ነኝ፣ ማዳም ፓስፖርቴን ወስዳ አልመልስም አለች፣ 5 ወር ደሞዝ አልተከፈለኝም",
            "sender_name": "Tigist",
            "entities": [{"type": "NAME", "value": "ትዕግስት ከበደ"}],
            "keep": ["ቤይሩት", "5 ወር"],
        },
        {
            "text": "የኢቃማ ቁጥሬ 2471938560 ነው፣ ካፊሌ ኦታይቢ ጨርሶ አላሳደሰውም። ጂዳ ውስጥ ታርሒል ልገባ ነው ብዬ እየፈራሁ ነው",
            "sender_name": "",
            "entities": [
                {"type": "ID", "value": "2471938560"},
                {"type": "NAME", "value": "ኦታይቢ"},
            ],
            "keep": ["ጂዳ", "ታርሒል"],
        },
        {
            "text": "ስሜ ሃና ነው። አሁን ያለሁት ቡርጅ ሃሙድ Arax street ህንፃ 14 ሶስተኛ ፎቅ ነው፣ ከ Caritas ሰው ቢመጣልኝ ደስ ይለኛል በጣም ታምሜያለሁ",
            "sender_name": "Hana 🙏",
            "entities": [
                {"type": "NAME", "value": "ሃና"},
                {"type": "ADDRESS", "value": "ቡርጅ ሃሙድ Arax street ህንፃ 14 ሶስተኛ ፎቅ"},
            ],
            "keep": ["Caritas"],
        },
        {
            "text": "ወንድሜ ዮሐንስ አዲስ አበባ ነው ያለው ስልኩ 0911 47 32 85 ነው፣ ታምሜ ሆስፒታል ብገባ እባካችሁ ለእሱ ንገሩት",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "ዮሐንስ"},
                {"type": "PHONE", "value": "0911 47 32 85"},
            ],
            "keep": ["አዲስ አበባ"],
        },
        {
            "text": "እኔ መሰረት እባላለሁ የትውልድ ቀኔ መስከረም 12 ቀን 1985 ዓ.ም ነው፣ በፈረንጅ ስንት ይሆናል? ኤጀንሲው ፓስፖርት ላይ ሌላ ቀን ፅፏል",
            "sender_name": "meseret",
            "entities": [
                {"type": "NAME", "value": "መሰረት"},
                {"type": "DOB", "value": "መስከረም 12 ቀን 1985"},
            ],
            "keep": [],
        },
        {
            "text": "ካኩማ 4 ዞን 2 ብሎክ 7 ነው የምኖረው። የUNHCR ማስረጃ ቁጥሬ KAK-19C06238 ነው፣ የሪሴትልመንት ኢንተርቪው ሐሙስ ተብሏል ግን ማንም አልደወለም",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "ካኩማ 4 ዞን 2 ብሎክ 7"},
                {"type": "ID", "value": "KAK-19C06238"},
            ],
            "keep": ["UNHCR", "ሐሙስ"],
        },
        {
            "text": "በሳውዲ ያሉ ኢትዮጵያውያን ወደ ሀገር ለመመለስ IOM በቀን ስንት ሰው ነው የሚወስደው? 2 ወር ሆኖኛል እዚህ ታርሒል ውስጥ",
            "sender_name": "",
            "entities": [],
            "keep": ["ሳውዲ", "IOM", "2 ወር"],
        },
        {
            "text": "የUSCIS ቀጠሮዬ ተቀይሯል ብለው ደብዳቤ ልከዋል አሉ ግን አልደረሰኝም። ኢሜይሌ bethi.alemu(at)yahoo.com ነው እዛ ላኩልኝ\nቤተልሔም አለሙ",
            "sender_name": "Bethi",
            "entities": [
                {"type": "EMAIL", "value": "bethi.alemu(at)yahoo.com"},
                {"type": "NAME", "value": "ቤተልሔም አለሙ"},
            ],
            "keep": ["USCIS"],
        },
        {
            "text": "አዲሱ አድራሻዬ 4520 Georgia Ave NW Apt 306, Washington DC 20011 ነው። A-number A215-349-871 ነው፣ ለimmigration court እኔ ራሴ መንገር አለብኝ?",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "4520 Georgia Ave NW Apt 306, Washington DC 20011"},
                {"type": "ID", "value": "A215-349-871"},
            ],
            "keep": ["immigration court"],
        },
        {
            "text": "ጆሀንስበርግ Jeppe street 88 ላይ ሱቅ ነበረኝ ከጓደኛዬ ደረጀ ጋር፣ ትናንት ማታ ዘረፉን ፖሊስ ምንም አላደረገም። asylum permit ቁጥሬ JHBETH0078215 ነው ይሄም ተወሰደ",
            "sender_name": "Abush",
            "entities": [
                {"type": "ADDRESS", "value": "Jeppe street 88"},
                {"type": "NAME", "value": "ደረጀ"},
                {"type": "ID", "value": "JHBETH0078215"},
            ],
            "keep": ["ጆሀንስበርግ"],
        },
        {
            "text": "ስዊድን ነው ያለሁት፣ እህቴ ገነት ከኖርዌይ ገንዘብ ልትልክልኝ ነው IBAN ዬ se8130000009746152548985 ነው ትክክል ነው?",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "ገነት"},
                {"type": "IBAN", "value": "se8130000009746152548985"},
            ],
            "keep": ["ስዊድን", "ኖርዌይ"],
        },
        {
            "text": "ዱባይ ውስጥ ባንክ ካርዴ ተሰረቀ 4782-4761-5458-5846 ማን እንዳወጣው አላውቅም 2,300 ድርሃም ጎድሏል",
            "sender_name": "",
            "entities": [{"type": "CARD", "value": "4782-4761-5458-5846"}],
            "keep": ["ዱባይ", "2,300 ድርሃም"],
        },
        {
            "text": "selam, ene dawit negn. ke libanos wede ager memeles efelgalehu gin passport yelelegn. ye ethiopia embassy beirut min yilal?",
            "sender_name": "D",
            "entities": [{"type": "NAME", "value": "dawit"}],
            "keep": ["libanos", "beirut"],
        },
        {
            "text": "ሞያሌ ድንበር ላይ ፖሊሶች ያዙን። ደላላው ሁሴን 30,000 ብር ወስዶ ጠፋ ስልኩ +254 722 618 493 ነበር",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "ሁሴን"},
                {"type": "PHONE", "value": "+254 722 618 493"},
            ],
            "keep": ["ሞያሌ", "30,000 ብር"],
        },
        {
            "text": "ባለቤቴ ፍቅርተ ካናዳ ሆና ስፖንሰር እያደረገችኝ ነው። ደብዳቤዎቼ በፖ.ሳ.ቁ 16542 አዲስ አበባ ነው የሚመጡት",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "ፍቅርተ"},
                {"type": "ADDRESS", "value": "ፖ.ሳ.ቁ 16542"},
            ],
            "keep": ["ካናዳ", "አዲስ አበባ"],
        },
        {
            "text": "ከጅቡቲ በጀልባ ወደ የመን ስንሻገር ወንድሜ ኢብራሂም ባህር ውስጥ ጠፋ። IOM ኦቦክ ያለው ቢሮ ሊረዳኝ ይችላል?",
            "sender_name": "",
            "entities": [{"type": "NAME", "value": "ኢብራሂም"}],
            "keep": ["ጅቡቲ", "IOM", "ኦቦክ"],
        },
        {
            "text": "ልጄ ናሆም 3 አመቱ ነው ትኩሳት አለበት ከትናንት ጀምሮ፣ MSF ክሊኒክ ቅዳሜ ክፍት ነው?",
            "sender_name": "",
            "entities": [{"type": "NAME", "value": "ናሆም"}],
            "keep": ["3 አመቱ", "MSF", "ቅዳሜ"],
        },
        {
            "text": "እኔ አልማዝ ነኝ ስራ ካለ በ tiktok @almaz_beirut_22 ላይ ፃፉልኝ ቁጥሬ ተዘግቷል",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "አልማዝ"},
                {"type": "HANDLE", "value": "@almaz_beirut_22"},
            ],
            "keep": ["tiktok"],
        },
        {
            "text": "የፋይዳ ቁጥሬ 4728 1936 5047 ነው፣ ንግድ ባንክ አካውንት ለመክፈት ሄጄ ስሙ አይገጥምም አሉኝ",
            "sender_name": "",
            "entities": [{"type": "ID", "value": "4728 1936 5047"}],
            "keep": ["ንግድ ባንክ"],
        },
        {
            "text": "ልጆቼ ሳሮን እና ኤልያስ ሪያድ ውስጥ ትምህርት ቤት አልገቡም ምክንያቱም ኢቃማ የለንም፣ ኤምባሲው ምንም አይልም",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "ሳሮን"},
                {"type": "NAME", "value": "ኤልያስ"},
            ],
            "keep": ["ሪያድ"],
        },
        {
            "text": "የ Global Compact objective 21 ስለ ክብር ያለው መመለስ ይናገራል? ከ2022 ጀምሮ 4 ጊዜ ከሳውዲ በጅምላ ተመላሾች መጥተዋል",
            "sender_name": "",
            "entities": [],
            "keep": ["objective 21", "2022", "4 ጊዜ"],
        },
        {
            "text": "እህቴ ብርቱካን ሪያድ መንፉሃ ሰፈር ጎዳና 14 ህንፃ 3021 ውስጥ ተደብቃለች፣ ፖሊስ እንዳይዛት ፈርታለች ምን ታድርግ",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "ብርቱካን"},
                {"type": "ADDRESS", "value": "መንፉሃ ሰፈር ጎዳና 14 ህንፃ 3021"},
            ],
            "keep": ["ሪያድ"],
        },
        {
            "text": "ከድጃ እባላለሁ ደማም ነኝ። ቁጥሬ ٠٥٤٣٢١٨٧٦٩ ነው በዋትስአፕ ደውሉልኝ",
            "sender_name": "khedija",
            "entities": [
                {"type": "NAME", "value": "ከድጃ"},
                {"type": "PHONE", "value": "٠٥٤٣٢١٨٧٦٩"},
            ],
            "keep": ["ደማም"],
        },
        {
            "text": "ለ Red Cross ቤተሰብ ፍለጋ ማመልከቻ ያስገባሁት ከ 8 ወር በፊት ነው ምንም መልስ የለም\nአመሰግናለሁ\nወርቅነሽ ታደሰ",
            "sender_name": "",
            "entities": [{"type": "NAME", "value": "ወርቅነሽ ታደሰ"}],
            "keep": ["Red Cross", "8 ወር"],
        },
        {
            "text": "የ RCK ጠበቃዬ ሙሉጌታ ቤቴ ድረስ መጥቶ ነበር Ring Road Kilimani, Jamhuri flats C14፣ ከዚያ በኋላ ግን አልደወለም። ናይሮቢ ውስጥ ሌላ ጠበቃ አለ?",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "ሙሉጌታ"},
                {"type": "ADDRESS", "value": "Ring Road Kilimani, Jamhuri flats C14"},
            ],
            "keep": ["RCK", "ናይሮቢ"],
        },
        {
            "text": "የኢሚግሬሽን ቀጠሮዬ ጥር 15 2017 ዓ.ም ነው፣ ፓስፖርት ለማሳደስ 5,000 ብር ጠየቁኝ። የድሮው ፓስፖርት ቁጥር EP4729105 ነው",
            "sender_name": "",
            "entities": [{"type": "ID", "value": "EP4729105"}],
            "keep": ["ጥር 15 2017", "5,000 ብር"],
        },
        {
            "text": "ቁጥሩን በፅሁፍ ልፃፈው ብሎክ እንዳያደርጉኝ፦ ዜሮ ዘጠኝ አንድ ሁለት ሰባት ስድስት አምስት አራት ሶስት ሁለት። የአባቴ ነው ገብሬ ይባላል",
            "sender_name": "",
            "entities": [
                {"type": "PHONE", "value": "ዜሮ ዘጠኝ አንድ ሁለት ሰባት ስድስት አምስት አራት ሶስት ሁለት"},
                {"type": "NAME", "value": "ገብሬ"},
            ],
            "keep": [],
        },
        {
            "text": "ሊባኖስ ውስጥ ያለው የካፋላ ስርዓት ILO convention 189 ይጥሳል አይደል? ደሞዛችን በወር $150 ብቻ ነው",
            "sender_name": "",
            "entities": [],
            "keep": ["ሊባኖስ", "ILO", "convention 189", "$150"],
        },
    ],
    "so": [
        {
            "text": "asc walaalayaal, magacaygu waa faadumo cabdi warsame, waxaan joogaa dadaab hagadera block E4. kaarka cuntada WFP waa la iga xiray 2 bilood",
            "sender_name": "Faadumo C.",
            "entities": [
                {"type": "NAME", "value": "faadumo cabdi warsame"},
                {"type": "ADDRESS", "value": "hagadera block E4"},
            ],
            "keep": ["dadaab", "WFP", "2 bilood"],
        },
        {
            "text": "waxaan deggenahay eastleigh, 12th street, Sharif plaza floor 3 qolka 7. mulkiilaha mr kamau kirada wuu kordhiyay, booliskana 3 jeer ayay i qabteen",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "12th street, Sharif plaza floor 3 qolka 7"},
                {"type": "NAME", "value": "kamau"},
            ],
            "keep": ["eastleigh", "3 jeer"],
        },
        {
            "text": "Hi, waxaan ahay hodan yusuf. Home Office ayaa ii soo diray warqad, reference-ku waa H1029384/3. Migrant Help ma i caawin karaan?",
            "sender_name": "Hodan",
            "entities": [
                {"type": "NAME", "value": "hodan yusuf"},
                {"type": "ID", "value": "H1029384/3"},
            ],
            "keep": ["Home Office", "Migrant Help"],
        },
        {
            "text": "walaashay sahra waxay joogtaa muqdisho, numberkeeda waa 0615 48 27 19, fadlan u sheeg in aan bixiyay lacagtii",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "sahra"},
                {"type": "PHONE", "value": "0615 48 27 19"},
            ],
            "keep": ["muqdisho"],
        },
        {
            "text": "Dahabshiil ayaan $300 ugu diray hooyaday laakin weli ma helin. transaction number-ku waa DHB-5527381-KE, maxaan sameeyaa?",
            "sender_name": "",
            "entities": [{"type": "ID", "value": "DHB-5527381-KE"}],
            "keep": ["Dahabshiil", "$300"],
        },
        {
            "text": "hadda waxaan ku noolahay Rinkebysvängen 72, lgh 1203, 163 74 Spånga. Migrationsverket waxay ii sheegeen inaan sugo 8 bilood oo kale",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "Rinkebysvängen 72, lgh 1203, 163 74 Spånga"}
            ],
            "keep": ["Migrationsverket", "8 bilood"],
        },
        {
            "text": "magacaygu waa ayaan. waxaan dhashay 23 March 2001, laakin kaarka UNHCR waxaa ku qoran 1/1/2001, sidee loo saxaa?",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "ayaan"},
                {"type": "DOB", "value": "23 March 2001"},
                {"type": "DOB", "value": "1/1/2001"},
            ],
            "keep": ["UNHCR"],
        },
        {
            "text": "asc, waxaan ahay cali xasan, ciwaanka cusub waa 1828 Riverside Ave Apt 512, Minneapolis MN 55454. USCIS green card-ka xagee bay u dirayaan?",
            "sender_name": "Cali",
            "entities": [
                {"type": "NAME", "value": "cali xasan"},
                {"type": "ADDRESS", "value": "1828 Riverside Ave Apt 512, Minneapolis MN 55454"},
            ],
            "keep": ["USCIS"],
        },
        {
            "text": "istanbul baan joogaa, Zeytinburnu, Telsiz mah. 34. sokak no 12 daire 5. kimlik lambarkaygu waa 99312458706 laakin göç idaresi waxay leeyihiin waa la xiray",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "Telsiz mah. 34. sokak no 12 daire 5"},
                {"type": "ID", "value": "99312458706"},
            ],
            "keep": ["istanbul", "Zeytinburnu", "göç idaresi"],
        },
        {
            "text": "Refugees Act 2021 ma ii ogolaanaysaa inaan shaqo ka bilaabo Kenya gudaheeda? xerada kakuma 15 sano ayaan joogay",
            "sender_name": "",
            "entities": [],
            "keep": ["Refugees Act 2021", "Kenya", "kakuma", "15 sano"],
        },
        {
            "text": "waxaan ahay guuleed, Norway baan joogaa, UDI waxay i weydiisteen dukumentiyo dheeraad ah. email-kayga waa guuleed.jaamac91[at]gmail.com halkaas ii soo dira",
            "sender_name": "G. Jaamac",
            "entities": [
                {"type": "NAME", "value": "guuleed"},
                {"type": "EMAIL", "value": "guuleed.jaamac91[at]gmail.com"},
            ],
            "keep": ["Norway", "UDI"],
        },
        {
            "text": "mukhalaska la yiraahdo dheere ayaa $2500 iga qaaday bosaso, wuxuu na dhigay xeebta yemen oo naga tagay",
            "sender_name": "",
            "entities": [{"type": "NAME", "value": "dheere"}],
            "keep": ["$2500", "bosaso", "yemen"],
        },
        {
            "text": "waxaan u guurnay Flat 2, 17 Ben Jonson Road, London E1 3NN. wiilkayga mustafe wuxuu u baahan yahay iskuul, Tower Hamlets waan codsaday",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "Flat 2, 17 Ben Jonson Road, London E1 3NN"},
                {"type": "NAME", "value": "mustafe"},
            ],
            "keep": ["Tower Hamlets"],
        },
        {
            "text": "deeqa baan ahay, garoowe ayaan hadda ku sugnahay, NRC ayaa i caawisay. whatsapp: +252 61 5\u200b893 024",
            "sender_name": "Deeqa",
            "entities": [
                {"type": "NAME", "value": "deeqa"},
                {"type": "PHONE", "value": "+252 61 5\u200b893 024"},
            ],
            "keep": ["garoowe", "NRC"],
        },
        {
            "text": "hooyaday faadumo waxay qabtaa sonkorow, isbitaalka kenyatta waxay dalbadeen 12,000 shilin. MSF ma bixin karaan?",
            "sender_name": "",
            "entities": [{"type": "NAME", "value": "faadumo"}],
            "keep": ["kenyatta", "12,000 shilin", "MSF"],
        },
        {
            "text": "walaalkay yuusuf wuxuu ku xiran yahay xabsiga tariq al sikka ee tripoli. IOM ma la xiriiri karaa?",
            "sender_name": "",
            "entities": [{"type": "NAME", "value": "yuusuf"}],
            "keep": ["tariq al sikka", "tripoli", "IOM"],
        },
        {
            "text": "kirada €650 waa inaan ku shubaa NL37RABO0314835878, mulkiilaha waa mevrouw de vries. gemeente-ga ayaa bixin jiray laakin hadda way joojiyeen",
            "sender_name": "",
            "entities": [
                {"type": "IBAN", "value": "NL37RABO0314835878"},
                {"type": "NAME", "value": "de vries"},
            ],
            "keep": ["€650", "gemeente"],
        },
        {
            "text": "hi idil, waan ka xumahay inaan ku dhibo, appointment-ka Jimce 10:30 ma iman karo ilmaha ayaa jiran",
            "sender_name": "",
            "entities": [{"type": "NAME", "value": "idil"}],
            "keep": ["Jimce", "10:30"],
        },
        {
            "text": "ninkayga barkhad iyo anigu waxaan ku nool nahay Kakuma 3, zone 1, block 14, guriga 6. DRS waxay ii balamisay resettlement interview Talaado",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "barkhad"},
                {"type": "ADDRESS", "value": "Kakuma 3, zone 1, block 14, guriga 6"},
            ],
            "keep": ["DRS", "Talaado"],
        },
        {
            "text": "kaarkayga bangiga 4949 1718 6299 7603 ayaa lagu xaday online, Premier Bank ayaan wacay mana jawaabin",
            "sender_name": "",
            "entities": [{"type": "CARD", "value": "4949 1718 6299 7603"}],
            "keep": ["Premier Bank"],
        },
        {
            "text": "Global Compact objective 20 waa xawaaladaha lacagta. qarashku waa 7%, aad buu u badan yahay. Amal iyo Taaj midkee ka jaban?",
            "sender_name": "",
            "entities": [],
            "keep": ["objective 20", "7%", "Amal", "Taaj"],
        },
        {
            "text": "gabadhaydii waan ku waayay xadka ethiopia. facebook-ga ka raadso Shukri Maxamed Xirsi ama instagram @shukri.xirsi_ , Red Cross RFL ma caawin karaan?",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Shukri Maxamed Xirsi"},
                {"type": "HANDLE", "value": "@shukri.xirsi_"},
            ],
            "keep": ["ethiopia", "Red Cross"],
        },
        {
            "text": "aabahay jaamac warsame wuxuu u baahan yahay inuu cusbooneysiiyo refugee ID-giisa, lambarku waa 00731265, waqtigiisu wuxuu dhacay 2023",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "jaamac warsame"},
                {"type": "ID", "value": "00731265"},
            ],
            "keep": ["2023"],
        },
        {
            "text": "lambarka walaalkay khadar waa toddoba laba eber shan lix saddex siddeed kow sagaal, wuxuu joogaa mombasa",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "khadar"},
                {"type": "PHONE", "value": "toddoba laba eber shan lix saddex siddeed kow sagaal"},
            ],
            "keep": ["mombasa"],
        },
        {
            "text": "waxaan ka soo laabtay Saudi, hadda waxaan joogaa Muqdisho degmada Hodan, waddada Makka Al-Mukarama guriga 27. IOM reintegration lacag ma bixiyaan?",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "degmada Hodan, waddada Makka Al-Mukarama guriga 27"}
            ],
            "keep": ["Saudi", "Muqdisho", "IOM"],
        },
        {
            "text": "gabadhayda ilhaan waxay dhalatay 05.11.2019, shahaadada dhalashada weli ma haysano. Standesamt-ka waxay rabaan baasaboorkayga",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "ilhaan"},
                {"type": "DOB", "value": "05.11.2019"},
            ],
            "keep": ["Standesamt"],
        },
        {
            "text": "booliska ayaa i joojiyay Nairobi, sarkaalka magaciisu ahaa officer otieno, wuxuu iga qaaday 5000 shilin warqad la'aan",
            "sender_name": "",
            "entities": [{"type": "NAME", "value": "otieno"}],
            "keep": ["Nairobi", "5000 shilin"],
        },
        {
            "text": "shaqada warehouse-ka Leicester maamulaha gary ayaa diiday inuu i siiyo mushaharka 3 toddobaad. NI number-kayga waa JK 48 27 19 D",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "gary"},
                {"type": "ID", "value": "JK 48 27 19 D"},
            ],
            "keep": ["Leicester", "3 toddobaad"],
        },
    ],
    "sw": [
        {
            "text": "habari, jina langu ni neema wanjiru, niko riyadh kazi za ndani. kafeel amenyang'anya pasipoti yangu na sijalipwa miezi 4 sasa",
            "sender_name": "Neema W",
            "entities": [{"type": "NAME", "value": "neema wanjiru"}],
            "keep": ["riyadh", "miezi 4"],
        },
        {
            "text": "mimi ni espoir, tunaishi kambi ya nyarugusu zone 7 kijiji 3 ploti 14. mgao wa chakula wa UNHCR umepunguzwa hadi 50%, watoto wana njaa",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "espoir"},
                {"type": "ADDRESS", "value": "zone 7 kijiji 3 ploti 14"},
            ],
            "keep": ["nyarugusu", "UNHCR", "50%"],
        },
        {
            "text": "nipigie kwa 0722 418 306 au utume M-Pesa kwa namba hiyo hiyo. ni mimi bahati, yule wa jana ofisini",
            "sender_name": "B",
            "entities": [
                {"type": "PHONE", "value": "0722 418 306"},
                {"type": "NAME", "value": "bahati"},
            ],
            "keep": ["M-Pesa"],
        },
        {
            "text": "barua pepe yangu ni rehema.achieng kwa yahoo nukta com, tafadhali nitumie fomu ya IOM ya kurudi nyumbani",
            "sender_name": "",
            "entities": [{"type": "EMAIL", "value": "rehema.achieng kwa yahoo nukta com"}],
            "keep": ["IOM"],
        },
        {
            "text": "nipo doha, nilikuja kupitia agency ya nairobi nikalipa ksh 150,000. QID yangu ni 29840412873 lakini bosi ameshikilia kadi",
            "sender_name": "",
            "entities": [{"type": "ID", "value": "29840412873"}],
            "keep": ["doha", "nairobi", "ksh 150,000"],
        },
        {
            "text": "mimi ni kalala mukendi kutoka DRC, nimehamia Kalobeyei village 2 neighbourhood 5 shelter 118. bamba chakula haijaingia mwezi huu",
            "sender_name": "Kalala",
            "entities": [
                {"type": "NAME", "value": "kalala mukendi"},
                {"type": "ADDRESS", "value": "Kalobeyei village 2 neighbourhood 5 shelter 118"},
            ],
            "keep": ["DRC", "bamba chakula"],
        },
        {
            "text": "tarehe ya kuzaliwa ya mama yangu halima ni 3 Machi 1961, lakini kwenye kitambulisho cha mkimbizi wameandika vibaya. ofisi ya uhamiaji kigoma inasema twende dar",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "halima"},
                {"type": "DOB", "value": "3 Machi 1961"},
            ],
            "keep": ["kigoma", "dar"],
        },
        {
            "text": "hi, naitwa juma, nakaa Flat 12, Unity House, 40 Albert Road, Manchester M19 2AB. Serco hawajarekebisha heater wiki 3 sasa",
            "sender_name": "Juma M.",
            "entities": [
                {"type": "NAME", "value": "juma"},
                {
                    "type": "ADDRESS",
                    "value": "Flat 12, Unity House, 40 Albert Road, Manchester M19 2AB",
                },
            ],
            "keep": ["Serco", "wiki 3"],
        },
        {
            "text": "namba ya kaka yangu baraka: sifuri saba sita nane, tano moja mbili, tisa tatu nne. yuko kampala hana kitambulisho",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "baraka"},
                {"type": "PHONE", "value": "sifuri saba sita nane, tano moja mbili, tisa tatu nne"},
            ],
            "keep": ["kampala"],
        },
        {
            "text": "sheria ya wakimbizi ya tanzania ya 1998 inaruhusu wakimbizi kufanya kazi nje ya kambi? tumekaa miaka 8 nyarugusu bila ruhusa",
            "sender_name": "",
            "entities": [],
            "keep": ["tanzania", "1998", "miaka 8", "nyarugusu"],
        },
        {
            "text": "nimetapeliwa mtandaoni, walichukua namba ya kadi yangu 4083 6782 6424 9678 wakatoa $240. benki ya CRDB inasema nisubiri siku 14",
            "sender_name": "",
            "entities": [{"type": "CARD", "value": "4083 6782 6424 9678"}],
            "keep": ["$240", "CRDB", "siku 14"],
        },
        {
            "text": "niko kampala, nakaa Nsambya, plot 23 Kiwempe road kwa mama kato. attestation ya OPM imeisha muda na polisi wananisumbua",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "Nsambya, plot 23 Kiwempe road"},
                {"type": "NAME", "value": "kato"},
            ],
            "keep": ["kampala", "OPM"],
        },
        {
            "text": "mwenye nyumba wangu herr wagner anataka kodi €480 kwenye akaunti DE16500105175200241493, jobcenter italipa au nilipe mimi?",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "wagner"},
                {"type": "IBAN", "value": "DE16500105175200241493"},
            ],
            "keep": ["€480", "jobcenter"],
        },
        {
            "text": "mimi ni zawadi natafuta kazi ya usafi Dubai, nitumie ujumbe instagram: @zawadi_mwanaidi au tiktok jina hilo hilo",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "zawadi"},
                {"type": "HANDLE", "value": "@zawadi_mwanaidi"},
            ],
            "keep": ["Dubai"],
        },
        {
            "text": "polisi wa eastleigh walinikamata jumanne usiku, afisa anaitwa sgt. mwangi alidai 2000 bob ndio niachiliwe",
            "sender_name": "",
            "entities": [{"type": "NAME", "value": "mwangi"}],
            "keep": ["eastleigh", "jumanne", "2000 bob"],
        },
        {
            "text": "watoto wangu imani na tumaini hawajapata nafasi shule ya msingi mtendeni, mwalimu mkuu anataka cheti cha kuzaliwa",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "imani"},
                {"type": "NAME", "value": "tumaini"},
            ],
            "keep": ["shule ya msingi mtendeni"],
        },
        {
            "text": "mume wangu bienvenu amefungwa gereza la kitengule kwa kukosa kibali, kesi namba CC 214/2024. wanasema ni kifungu 45 cha sheria ya uhamiaji",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "bienvenu"},
                {"type": "ID", "value": "CC 214/2024"},
            ],
            "keep": ["kitengule", "kifungu 45"],
        },
        {
            "text": "tafadhali nisaidieni, madam huda ananifungia ndani. niko jeddah al safa district street 12, jengo 7 ghorofa 2",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "huda"},
                {"type": "ADDRESS", "value": "al safa district street 12, jengo 7 ghorofa 2"},
            ],
            "keep": ["jeddah"],
        },
        {
            "text": "bonjour, mimi ni claude ndayishimiye kutoka burundi, niko nduta. nataka kurudi lakini naogopa, voluntary repatriation ya UNHCR inaanza lini?",
            "sender_name": "Claude",
            "entities": [{"type": "NAME", "value": "claude ndayishimiye"}],
            "keep": ["burundi", "nduta", "UNHCR"],
        },
        {
            "text": "samahani nimepoteza simu, namba mpya whatsapp+255754903127 ni mimi furaha. nilikuwa na kazi ya hoteli zanzibar",
            "sender_name": "",
            "entities": [
                {"type": "PHONE", "value": "+255754903127"},
                {"type": "NAME", "value": "furaha"},
            ],
            "keep": ["zanzibar"],
        },
        {
            "text": "dada yangu upendo ana mimba ya miezi 7, kliniki ya MSF dagahaley imefungwa. tumpeleke wapi usiku huu?",
            "sender_name": "",
            "entities": [{"type": "NAME", "value": "upendo"}],
            "keep": ["miezi 7", "MSF", "dagahaley"],
        },
        {
            "text": "objective 6 ya Global Compact inasema nini kuhusu ajira ya haki? mawakala wa Qatar wanachukua 1,200 USD kila mtu",
            "sender_name": "",
            "entities": [],
            "keep": ["objective 6", "Qatar", "1,200 USD"],
        },
        {
            "text": "namba ya UNHCR ya familia yetu ni 671-00218834, mtoto mchanga amani hajaongezwa kwenye kesi bado",
            "sender_name": "",
            "entities": [
                {"type": "ID", "value": "671-00218834"},
                {"type": "NAME", "value": "amani"},
            ],
            "keep": ["UNHCR"],
        },
        {
            "text": "nimehamia 2210 W Broadway Apt 3B, Louisville KY 40211. case worker wa Kentucky Refugee Ministries anaitwa sarah lakini hapokei simu",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "2210 W Broadway Apt 3B, Louisville KY 40211"},
                {"type": "NAME", "value": "sarah"},
            ],
            "keep": ["Kentucky Refugee Ministries"],
        },
        {
            "text": "nilituma ksh 5,000 kwa M-Pesa kwa namba isiyo sahihi, jina linatokea john odhiambo. transaction code ni SLK4H7TQ2P",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "john odhiambo"},
                {"type": "ID", "value": "SLK4H7TQ2P"},
            ],
            "keep": ["ksh 5,000", "M-Pesa"],
        },
        {
            "text": "mimi ni mwajuma, nilizaliwa tarehe 9 Oktoba 2003. naomba kujua kama naweza kupata kibali cha kazi kenya",
            "sender_name": "mwajuma 💕",
            "entities": [
                {"type": "NAME", "value": "mwajuma"},
                {"type": "DOB", "value": "9 Oktoba 2003"},
            ],
            "keep": ["kenya"],
        },
        {
            "text": "naitafuta familia yangu tulitengana goma 2022\nmama: Ntumba Kalala\nbaba: Mukendi Ilunga\nRed Cross tafadhali",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Ntumba Kalala"},
                {"type": "NAME", "value": "Mukendi Ilunga"},
            ],
            "keep": ["goma", "2022", "Red Cross"],
        },
        {
            "text": "mwenye nyumba ametufukuza kutoka Kayole, Mihango road, Block 14 house 22 bila notisi, tulipewa siku 3 tu. Kituo cha Sheria wanaweza kutusaidia?",
            "sender_name": "",
            "entities": [{"type": "ADDRESS", "value": "Kayole, Mihango road, Block 14 house 22"}],
            "keep": ["siku 3", "Kituo cha Sheria"],
        },
    ],
    "ha": [
        {
            "text": "salamu alaikum, sunana hauwa musa, ina zaune a tripoli. maigidana ya ƙwace fasfo dina kuma bai biya ni albashin watanni 3 ba",
            "sender_name": "Hauwa",
            "entities": [{"type": "NAME", "value": "hauwa musa"}],
            "keep": ["tripoli", "watanni 3"],
        },
        {
            "text": "wani mai suna dogo ne ya kai mu agadez, mun biya shi CFA 300.000 kowannenmu, yanzu ya gudu ya bar mu a hamada",
            "sender_name": "",
            "entities": [{"type": "NAME", "value": "dogo"}],
            "keep": ["agadez", "CFA 300.000"],
        },
        {
            "text": "ni ne kabiru, mun dawo daga libya. adireshina shi ne No. 14 Titin Zaria, Fagge, a Kano. NIS sun ce in zo ofis ranar Litinin da takardun",
            "sender_name": "Kabiru 🇳🇬",
            "entities": [
                {"type": "NAME", "value": "kabiru"},
                {"type": "ADDRESS", "value": "No. 14 Titin Zaria, Fagge"},
            ],
            "keep": ["libya", "Kano", "NIS", "Litinin"],
        },
        {
            "text": "lambar wayata 0803 417 2958, ku kira ni bayan karfe 6 na yamma. idan ba ku same ni ba ku kira yayana sani",
            "sender_name": "",
            "entities": [
                {"type": "PHONE", "value": "0803 417 2958"},
                {"type": "NAME", "value": "sani"},
            ],
            "keep": ["karfe 6"],
        },
        {
            "text": "ina zaune a via Padova 112, scala C, interno 9, Milano. questura ta ba ni appuntamento ranar 14 ga Mayu amma ban fahimci takardar ba",
            "sender_name": "",
            "entities": [{"type": "ADDRESS", "value": "via Padova 112, scala C, interno 9"}],
            "keep": ["Milano", "questura", "14 ga Mayu"],
        },
        {
            "text": "sunana bala, codice fiscale dina shi ne BLLMSU95C12Z335K amma INPS sun ce ba daidai ba ne",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "bala"},
                {"type": "ID", "value": "BLLMSU95C12Z335K"},
            ],
            "keep": ["INPS"],
        },
        {
            "text": "ɗan'uwana ibrahim yana tsare a kurkukun ain zara, an ce sai mun biya dinari 2000 kafin a sake shi",
            "sender_name": "",
            "entities": [{"type": "NAME", "value": "ibrahim"}],
            "keep": ["ain zara", "dinari 2000"],
        },
        {
            "text": "don Allah ku turo min fom ɗin Caritas ta imel: zainab.garba2001 (at) gmail . com",
            "sender_name": "",
            "entities": [{"type": "EMAIL", "value": "zainab.garba2001 (at) gmail . com"}],
            "keep": ["Caritas"],
        },
        {
            "text": "ni ce hadiza. an haife ni ranar 12 ga Agusta 1996 a Maradi, amma a katin UNHCR an rubuta 01/01/1996. ya za a gyara?",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "hadiza"},
                {"type": "DOB", "value": "12 ga Agusta 1996"},
                {"type": "DOB", "value": "01/01/1996"},
            ],
            "keep": ["Maradi", "UNHCR"],
        },
        {
            "text": "a Najeriya, Immigration Act 2015 sashe na 17 ya ce me game da mutanen da ba su da fasfo? mun dawo daga Libya watanni 2 da suka wuce",
            "sender_name": "",
            "entities": [],
            "keep": ["Immigration Act 2015", "sashe na 17", "Libya", "watanni 2"],
        },
        {
            "text": "mai gidan haya sig. ferraro ya ce in tura €400 zuwa it29 y030 6908 2315 8976 0258 094 kafin ranar 5 ga wata",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "ferraro"},
                {"type": "IBAN", "value": "it29 y030 6908 2315 8976 0258 094"},
            ],
            "keep": ["€400", "ranar 5 ga wata"],
        },
        {
            "text": "ni da matata rabi da yara uku muna zaune a Niamey, quartier Boukoki 2, rue BK 128, porte 17. IOM sun ce jirgin zuwa Kano sai wata mai zuwa",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "rabi"},
                {"type": "ADDRESS", "value": "quartier Boukoki 2, rue BK 128, porte 17"},
            ],
            "keep": ["Niamey", "IOM", "Kano"],
        },
        {
            "text": "an sace katin ATM dina jiya, lambar katin 4384 5187 7290 7373. ku taimaka in toshe shi, banki GTBank ne",
            "sender_name": "",
            "entities": [{"type": "CARD", "value": "4384 5187 7290 7373"}],
            "keep": ["GTBank"],
        },
        {
            "text": "'yan sanda a Tamanrasset sun kama mu mutum 40 tare da abokina aminu, sun mayar da mu iyakar Assamaka a ƙafa",
            "sender_name": "",
            "entities": [{"type": "NAME", "value": "aminu"}],
            "keep": ["Tamanrasset", "40", "Assamaka"],
        },
        {
            "text": "kawuna garba yana Zinder, lambarsa +227 96 48 21 07. ku gaya masa ina lafiya, na iso Italiya",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "garba"},
                {"type": "PHONE", "value": "+227 96 48 21 07"},
            ],
            "keep": ["Zinder", "Italiya"],
        },
        {
            "text": "'yata maryam ba ta samu shiga makaranta a Accra ba saboda ba mu da takardun zama, shugaban makarantar ya ce sai residence permit",
            "sender_name": "",
            "entities": [{"type": "NAME", "value": "maryam"}],
            "keep": ["Accra"],
        },
        {
            "text": "mijina usman yana asibiti a Sabha, likitoci suna neman dinari 800 kafin su yi masa tiyata. MSF na nan?",
            "sender_name": "",
            "entities": [{"type": "NAME", "value": "usman"}],
            "keep": ["Sabha", "dinari 800", "MSF"],
        },
        {
            "text": "ina neman aiki a Dubai, ku same ni a facebook.com/nafisa.lawal.58 ko tiktok @nafisa_lawal",
            "sender_name": "",
            "entities": [
                {"type": "URL", "value": "facebook.com/nafisa.lawal.58"},
                {"type": "HANDLE", "value": "@nafisa_lawal"},
            ],
            "keep": ["Dubai"],
        },
        {
            "text": "objective 4 na Compact ya ce kowane baƙo ya kamata ya sami takardar shaida. a Libya ofishin jakadancin Najeriya yana karɓar naira 45,000 kan fasfo",
            "sender_name": "",
            "entities": [],
            "keep": ["objective 4", "Libya", "naira 45,000"],
        },
        {
            "text": "sunana tanko, lambar fasfo na A07384215 ta ƙare a 2023, ofishin jakadanci a Rome sun ce sai na je Abuja",
            "sender_name": "Tanko",
            "entities": [
                {"type": "NAME", "value": "tanko"},
                {"type": "ID", "value": "A07384215"},
            ],
            "keep": ["2023", "Rome", "Abuja"],
        },
        {
            "text": "ni dije ce, NIN dina 3481 902 7165 amma NIMC sun ce babu shi a system",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "dije"},
                {"type": "ID", "value": "3481 902 7165"},
            ],
            "keep": ["NIMC"],
        },
        {
            "text": "lambar mahaifiyata ladi tana Katsina: sifili takwas sifili uku, biyar shida bakwai, ɗaya tara huɗu biyu",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "ladi"},
                {
                    "type": "PHONE",
                    "value": "sifili takwas sifili uku, biyar shida bakwai, ɗaya tara huɗu biyu",
                },
            ],
            "keep": ["Katsina"],
        },
        {
            "text": "'yan bindiga sun shigo gidanmu a Gargaresh, shari'a 12, gida lamba 45 a Tripoli. alhaji mansur mai gidan ya ce mu bar wurin yau",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "Gargaresh, shari'a 12, gida lamba 45"},
                {"type": "NAME", "value": "mansur"},
            ],
            "keep": ["Tripoli"],
        },
        {
            "text": "don Allah ku taimake mu da abinci, muna 12 a ɗaki ɗaya a Agadez tun Janairu.\nnagode\nSalisu Abdullahi",
            "sender_name": "",
            "entities": [{"type": "NAME", "value": "Salisu Abdullahi"}],
            "keep": ["Agadez", "Janairu"],
        },
        {
            "text": "ni ne yusuf, na koma Flat 4B, 29 Moseley Road, Birmingham B12 0HJ. Home Office reference dina B7749102, ya zan canza adireshi?",
            "sender_name": "Yusuf",
            "entities": [
                {"type": "NAME", "value": "yusuf"},
                {"type": "ADDRESS", "value": "Flat 4B, 29 Moseley Road, Birmingham B12 0HJ"},
                {"type": "ID", "value": "B7749102"},
            ],
            "keep": ["Home Office"],
        },
        {
            "text": "sunana binta, muna sansanin 'yan gudun hijira na Durumi a Abuja, layi na 3 bukka 27. an ce za a rushe sansanin mako mai zuwa",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "binta"},
                {"type": "ADDRESS", "value": "layi na 3 bukka 27"},
            ],
            "keep": ["Durumi", "Abuja"],
        },
        {
            "text": "ɗana aliyu an haife shi 03/02/2020 a Italiya, amma comune ba su ba mu takardar haihuwa ba har yanzu",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "aliyu"},
                {"type": "DOB", "value": "03/02/2020"},
            ],
            "keep": ["Italiya", "comune"],
        },
        {
            "text": "carabinieri sun tsayar da ni da abokina danjuma a Castel Volturno, sun ce permesso dina na bogi ne. lambarsa I0182736",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "danjuma"},
                {"type": "ID", "value": "I0182736"},
            ],
            "keep": ["carabinieri", "Castel Volturno"],
        },
    ],
}
