"""Sixth held-out anonymiser set: English, French, Spanish, Portuguese (written by hand, blind; see bench/anon_heldout6.py)."""

# ruff: noqa: E501

ROWS = {
    "en": [
        {
            "text": "hi this is tomasz, i work at a car wash in hull. boss owes me £620 for 3 weeks, says he cant pay till my visa comes through. who do i even ask",
            "sender_name": "Tomek",
            "entities": [{"type": "NAME", "value": "tomasz"}],
            "keep": ["hull", "£620", "3 weeks"],
        },
        {
            "text": "they moved us AGAIN, now its room 214, 9 Cranbrook Terrace in Bradford. 5 of us sleeping in there and the kids cough all night. the manager dean says complain to Migrant Help but they never answer",
            "sender_name": "Farida",
            "entities": [
                {"type": "ADDRESS", "value": "room 214, 9 Cranbrook Terrace"},
                {"type": "NAME", "value": "dean"},
            ],
            "keep": ["Bradford", "Migrant Help"],
        },
        {
            "text": "if the caseworker needs me pls text my cousin samir on oh seven seven oh oh, nine oh oh, three one four. my phone got taken at the border in dover",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "samir"},
                {"type": "PHONE", "value": "oh seven seven oh oh, nine oh oh, three one four"},
            ],
            "keep": ["dover"],
        },
        {
            "text": "my solicitor ms adeyemi told me send all the docs to k.adeyemi[at]northgatelaw.co.uk and not on whatsapp, is that safe?? hearing is 14 march",
            "sender_name": "J.",
            "entities": [
                {"type": "NAME", "value": "adeyemi"},
                {"type": "EMAIL", "value": "k.adeyemi[at]northgatelaw.co.uk"},
            ],
            "keep": ["14 march"],
        },
        {
            "text": "Home Office ref B1198734/2 , still no decision and its been 19 months now. sophie at the refugee council says just wait. i am from eritrea i cant wait forever",
            "sender_name": "Y",
            "entities": [
                {"type": "ID", "value": "B1198734/2"},
                {"type": "NAME", "value": "sophie"},
            ],
            "keep": ["Home Office", "19 months", "eritrea"],
        },
        {
            "text": "me, my wife fatuma and our boys abdi and yusuf are sleeping in a church hall since tuesday. council said there is no room for families right now",
            "sender_name": "Hassan",
            "entities": [
                {"type": "NAME", "value": "fatuma"},
                {"type": "NAME", "value": "abdi"},
                {"type": "NAME", "value": "yusuf"},
            ],
            "keep": ["tuesday"],
        },
        {
            "text": "They took my husband to the removal centre near Heathrow on Monday.\nHis name is Dawit Haile Gebremariam, DOB 03/11/1988.\nNobody tells us anything, can a lawyer visit him?",
            "sender_name": "Selam",
            "entities": [
                {"type": "NAME", "value": "Dawit Haile Gebremariam"},
                {"type": "DOB", "value": "03/11/1988"},
            ],
            "keep": ["Heathrow", "Monday"],
        },
        {
            "text": "is it true from april the asylum support goes up to £49.18 a week? my friend says section 95 money is different to the section 4 card",
            "sender_name": "",
            "entities": [],
            "keep": ["april", "£49.18", "section 95", "section 4"],
        },
        {
            "text": "im in houston now staying w my aunt at 4417 bellfort ave apt 12B. ICE came to the complex last week asking for a guy called marco, everybody scared",
            "sender_name": "Luis",
            "entities": [
                {"type": "ADDRESS", "value": "4417 bellfort ave apt 12B"},
                {"type": "NAME", "value": "marco"},
            ],
            "keep": ["houston", "ICE", "last week"],
        },
        {
            "text": "there is a man on tiktok @easyvisa_uk_2024 asking £3000 for a 'guaranteed' work visa. my friend paid already. is this legal or scam??",
            "sender_name": "",
            "entities": [{"type": "HANDLE", "value": "@easyvisa_uk_2024"}],
            "keep": ["tiktok", "£3000"],
        },
        {
            "text": "Western Union blocked my transfer to Kenya, they want me to verify card 4145 6702 5262 0586 again. I sent $200 last month no problem. why now",
            "sender_name": "Wanjiru",
            "entities": [{"type": "CARD", "value": "4145 6702 5262 0586"}],
            "keep": ["Western Union", "Kenya", "$200", "last month"],
        },
        {
            "text": "thank u so much for yesterday, the volunteer helped me fill the form for the GP and i can see the doctor now\n\nnour",
            "sender_name": "",
            "entities": [{"type": "NAME", "value": "nour"}],
            "keep": ["yesterday"],
        },
        {
            "text": "my caseworker was called hope, she was nice but she moved office in june. the new one mr frost never picks up the phone",
            "sender_name": "Amina",
            "entities": [
                {"type": "NAME", "value": "hope"},
                {"type": "NAME", "value": "frost"},
            ],
            "keep": ["june"],
        },
        {
            "text": "the agent priya wants the deposit sent to GB61 RJPH 9570 7718 7250 13, £850 by friday before i even see the flat. normal in uk?",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "priya"},
                {"type": "IBAN", "value": "GB61 RJPH 9570 7718 7250 13"},
            ],
            "keep": ["£850", "friday"],
        },
        {
            "text": "salam alaikum, ana ismi khaled. i need help akhi, police stopped me in manchester piccadilly and took my BRP. wallah i did nothing wrong",
            "sender_name": "Khaled",
            "entities": [{"type": "NAME", "value": "khaled"}],
            "keep": ["manchester piccadilly"],
        },
        {
            "text": "we are in samos, zone C container 17, no hot water 2 weeks. my daughter ranya has fever and the MSF clinic outside is closed sunday",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "zone C container 17"},
                {"type": "NAME", "value": "ranya"},
            ],
            "keep": ["samos", "2 weeks", "MSF", "sunday"],
        },
        {
            "text": "Hello, Mr Nasser here. UNHCR no. 354-22C04817, registered in Kampala 2019. my resettlement interview got cancelled twice, what now?",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Nasser"},
                {"type": "ID", "value": "354-22C04817"},
            ],
            "keep": ["UNHCR", "Kampala", "2019"],
        },
        {
            "text": "pls anyone who knows my brother idris, he left calais on 2 june in a boat. if u see him tell him call mama\n+251 91 204 7783",
            "sender_name": "Halima",
            "entities": [
                {"type": "NAME", "value": "idris"},
                {"type": "PHONE", "value": "+251 91 204 7783"},
            ],
            "keep": ["calais", "2 june"],
        },
        {
            "text": "landlord is gary pennington, he keeps walking into our flat at 3 Alder Court without telling us first. this is Leeds btw. can he do that legally",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "gary pennington"},
                {"type": "ADDRESS", "value": "3 Alder Court"},
            ],
            "keep": ["Leeds"],
        },
        {
            "text": "objective 7 of the global compact says reduce vulnerabilities but here in dunkirk the red cross tent closes at 6pm and families stay outside in the rain",
            "sender_name": "",
            "entities": [],
            "keep": ["objective 7", "dunkirk", "red cross", "6pm"],
        },
        {
            "text": "u can message me on telegram im @lina_k_98 or email linakaram98 at gmail dot com. i need a lawyer for my appeal, tribunal is in may",
            "sender_name": "L",
            "entities": [
                {"type": "HANDLE", "value": "@lina_k_98"},
                {"type": "EMAIL", "value": "linakaram98 at gmail dot com"},
            ],
            "keep": ["may"],
        },
        {
            "text": "boss at the farm near wisbech, man called viktor, he keeps our passports in his car. we are 11 people. we pay him £90 a week for the caravan",
            "sender_name": "",
            "entities": [{"type": "NAME", "value": "viktor"}],
            "keep": ["wisbech", "£90"],
        },
        {
            "text": "my son ahmed is 9, we live at 2/1, 118 Allison St since march but still no school place after 4 months in glasgow. council says waiting list",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "ahmed"},
                {"type": "ADDRESS", "value": "2/1, 118 Allison St"},
            ],
            "keep": ["4 months", "glasgow"],
        },
        {
            "text": "my name is chinedu okoro, i lost my passport on the bus, number P7730184 (nigerian). the embassy in london says police report first",
            "sender_name": "Chinedu",
            "entities": [
                {"type": "NAME", "value": "chinedu okoro"},
                {"type": "ID", "value": "P7730184"},
            ],
            "keep": ["london"],
        },
        {
            "text": "my mum rahima begum dob 12 feb 1957 needs dialysis, hospital says she must pay £4,200 bcs of her status. is that allowed??",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "rahima begum"},
                {"type": "DOB", "value": "12 feb 1957"},
            ],
            "keep": ["£4,200"],
        },
        {
            "text": "For tonight go to St Vincent's shelter, 22 Grange Road, Dover and ask for sister bernadette. They give food but you must leave at 8am",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "St Vincent's shelter, 22 Grange Road"},
                {"type": "NAME", "value": "bernadette"},
            ],
            "keep": ["Dover", "8am"],
        },
        {
            "text": "does the family reunion rule still work if my wife is in sudan? the visa centre in cairo wants $250 per person and 6 weeks waiting",
            "sender_name": "",
            "entities": [],
            "keep": ["sudan", "cairo", "$250", "6 weeks"],
        },
        {
            "text": "joseph and me want to complain about the police in croydon, they called him names at the station. who can help us, we dont trust them",
            "sender_name": "",
            "entities": [{"type": "NAME", "value": "joseph"}],
            "keep": ["croydon"],
        },
    ],
    "fr": [
        {
            "text": "bonjour je m'appelle aminata diallo, la préfecture de bobigny m'a donné un récépissé qui expire le 30 avril et toujours pas de rdv. je fais comment pour le travail",
            "sender_name": "Aminata",
            "entities": [{"type": "NAME", "value": "aminata diallo"}],
            "keep": ["préfecture de bobigny", "30 avril"],
        },
        {
            "text": "on dort à 6 dans un studio au 14 rue Marcadet, bât B 3e étage. le proprio monsieur benali veut 700 euros cash chaque mois sans bail",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "14 rue Marcadet, bât B 3e étage"},
                {"type": "NAME", "value": "benali"},
            ],
            "keep": ["700 euros"],
        },
        {
            "text": "svp appelez mon frère moussa au zéro six, douze, quarante-cinq, trente, quatre-vingt-dix-huit. il est à Calais depuis lundi et il répond plus",
            "sender_name": "Awa",
            "entities": [
                {"type": "NAME", "value": "moussa"},
                {
                    "type": "PHONE",
                    "value": "zéro six, douze, quarante-cinq, trente, quatre-vingt-dix-huit",
                },
            ],
            "keep": ["Calais", "lundi"],
        },
        {
            "text": "mon assistante sociale c mme lefèvre, son mail c'est c.lefevre arobase ccas-montreuil point fr mais elle répond jamais depuis 2 semaines",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "lefèvre"},
                {"type": "EMAIL", "value": "c.lefevre arobase ccas-montreuil point fr"},
            ],
            "keep": ["2 semaines"],
        },
        {
            "text": "Numéro étranger 7503118462 sur mon titre mais la CAF dit que c'est pas le bon. Ils ont coupé le RSA depuis mars, mon fils omar a besoin de la cantine",
            "sender_name": "",
            "entities": [
                {"type": "ID", "value": "7503118462"},
                {"type": "NAME", "value": "omar"},
            ],
            "keep": ["CAF", "RSA", "mars"],
        },
        {
            "text": "dossier OFPRA n° 23-0914587, entretien passé le 12 février et tjrs rien. mon avocat maître Kouyaté dit que ça peut durer encore 6 mois",
            "sender_name": "",
            "entities": [
                {"type": "ID", "value": "23-0914587"},
                {"type": "NAME", "value": "Kouyaté"},
            ],
            "keep": ["OFPRA", "12 février", "6 mois"],
        },
        {
            "text": "on est dans le campement à loon-plage vers la voie ferrée, utopia 56 passe le soir avec les tentes. mon ami tesfay a été blessé par les CRS hier",
            "sender_name": "",
            "entities": [{"type": "NAME", "value": "tesfay"}],
            "keep": ["loon-plage", "utopia 56", "hier"],
        },
        {
            "text": "Je vis chez une famille à Schaerbeek, avenue Rogier 212 boîte 4. Fedasil dit que je dois quitter le réseau d'accueil dans 30 jours, c'est possible ça?",
            "sender_name": "",
            "entities": [{"type": "ADDRESS", "value": "avenue Rogier 212 boîte 4"}],
            "keep": ["Schaerbeek", "Fedasil", "30 jours"],
        },
        {
            "text": "salut moi c'est Jean-Baptiste, demandeur d'asile à Montréal. j'habite au 4520, rue Saint-Denis, app. 3 et le propriétaire veut augmenter de 150 $ par mois",
            "sender_name": "JB",
            "entities": [
                {"type": "NAME", "value": "Jean-Baptiste"},
                {"type": "ADDRESS", "value": "4520, rue Saint-Denis, app. 3"},
            ],
            "keep": ["Montréal", "150 $"],
        },
        {
            "text": "pour l'ADA ils versent sur la carte mais mon patron m. giraud veut me payer par virement, je lui ai donné fr31 4580 3554 0499 4511 7322 219 c risqué?",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "giraud"},
                {"type": "IBAN", "value": "fr31 4580 3554 0499 4511 7322 219"},
            ],
            "keep": ["ADA"],
        },
        {
            "text": "c'est vrai que l'article L.313-11 permet d'avoir un titre vie privée et familiale après 5 ans de présence? la Cimade à Lyon dit oui, la préfecture dit non",
            "sender_name": "",
            "entities": [],
            "keep": ["article L.313-11", "5 ans", "Cimade", "Lyon"],
        },
        {
            "text": "mon mari karim benhaddou est au CRA de Vincennes depuis dimanche, né le 4 septembre 1991. est-ce que la Cimade peut aller le voir",
            "sender_name": "Nadia",
            "entities": [
                {"type": "NAME", "value": "karim benhaddou"},
                {"type": "DOB", "value": "4 septembre 1991"},
            ],
            "keep": ["CRA de Vincennes", "dimanche", "Cimade"],
        },
        {
            "text": "svp si quelqu'un voit ma sœur fatou, elle est partie de Nouadhibou en pirogue le 3 janvier. son numéro +221 77 418 62 05",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "fatou"},
                {"type": "PHONE", "value": "+221 77 418 62 05"},
            ],
            "keep": ["Nouadhibou", "3 janvier"],
        },
        {
            "text": "un gars sur snap passeur_rapide75 propose des faux titres de séjour à 1500€, on le signale où?",
            "sender_name": "",
            "entities": [{"type": "HANDLE", "value": "passeur_rapide75"}],
            "keep": ["snap", "1500€"],
        },
        {
            "text": "ma fille ines a 12 ans et le collège refuse l'inscription sans justificatif de domicile. on est hébergés à l'hôtel par le samu social, ça change tout le temps",
            "sender_name": "",
            "entities": [{"type": "NAME", "value": "ines"}],
            "keep": ["samu social"],
        },
        {
            "text": "bjr, l'AME de mon père est expirée depuis octobre et il a le diabète. la CPAM dit qu'il faut 3 mois de présence mais il est là depuis 2 ans. il s'appelle mamadou sow",
            "sender_name": "",
            "entities": [{"type": "NAME", "value": "mamadou sow"}],
            "keep": ["AME", "octobre", "CPAM", "3 mois"],
        },
        {
            "text": "voici le numéro de sécu provisoire de ma femme awa 2 89 07 99 352 118 42 pour le dossier, l'hôpital Avicenne veut une avance de 240 €",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "awa"},
                {"type": "ID", "value": "2 89 07 99 352 118 42"},
            ],
            "keep": ["hôpital Avicenne", "240 €"],
        },
        {
            "text": "on m'a envoyé au foyer Saint-Vincent-de-Paul, 7 impasse Lacroix à Marseille mais ils disent complet. qui peut m'aider ce soir",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "foyer Saint-Vincent-de-Paul, 7 impasse Lacroix"}
            ],
            "keep": ["Marseille", "ce soir"],
        },
        {
            "text": "merci pour les infos sur le regroupement familial, je vais déposer le dossier à l'OFII lundi\nbonne journée\nyoussouf",
            "sender_name": "",
            "entities": [{"type": "NAME", "value": "youssouf"}],
            "keep": ["OFII", "lundi"],
        },
        {
            "text": "la bénévole s'appelle rose, elle donne les cours de français le mercredi. par contre le responsable m. petit est très méchant avec nous",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "rose"},
                {"type": "NAME", "value": "petit"},
            ],
            "keep": ["mercredi"],
        },
        {
            "text": "objectif 15 du pacte mondial = accès aux services de base. ici à Briançon les Refuges Solidaires ferment faute d'argent, 80 personnes dehors cette nuit",
            "sender_name": "",
            "entities": [],
            "keep": ["objectif 15", "Briançon", "Refuges Solidaires", "80 personnes"],
        },
        {
            "text": "je bosse dans le BTP à Saint-Ouen pour un patron, m. da silva, il me paie 50 € par jour au noir et il garde mon passeport dans son bureau",
            "sender_name": "",
            "entities": [{"type": "NAME", "value": "da silva"}],
            "keep": ["Saint-Ouen", "50 €"],
        },
        {
            "text": "salam khoya, smiti yassine, je suis à Lyon depuis 2 mois, l7ogra bezaf. la police m'a pris mon récépissé à Perrache et rien rendu",
            "sender_name": "",
            "entities": [{"type": "NAME", "value": "yassine"}],
            "keep": ["Lyon", "2 mois", "Perrache"],
        },
        {
            "text": "Western Union m'a bloqué le transfert vers le Cameroun, ils demandent de revérifier la carte 4085-5762-6383-2536. c'est 300 € pour ma mère hélène qui est malade",
            "sender_name": "",
            "entities": [
                {"type": "CARD", "value": "4085-5762-6383-2536"},
                {"type": "NAME", "value": "hélène"},
            ],
            "keep": ["Western Union", "Cameroun", "300 €"],
        },
        {
            "text": "c'est Bakary. ma domiciliation c'est chez France terre d'asile mais j'habite vraiment au 3 allée des Tilleuls, appt 52, à Sevran. le courrier se perd",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Bakary"},
                {"type": "ADDRESS", "value": "3 allée des Tilleuls, appt 52"},
            ],
            "keep": ["France terre d'asile", "Sevran"],
        },
        {
            "text": "l'OFPRA a mis 01/01/2000 comme date de naissance mais je suis né le 17.06.2001, c'est écrit sur mon passeport AB4417266. comment corriger?",
            "sender_name": "",
            "entities": [
                {"type": "DOB", "value": "01/01/2000"},
                {"type": "DOB", "value": "17.06.2001"},
                {"type": "ID", "value": "AB4417266"},
            ],
            "keep": ["OFPRA"],
        },
        {
            "text": "Je suis rentré à Abidjan avec l'aide au retour de l'OFII, 1 200 € promis mais jamais reçu. Je suis à Yopougon, cité Sicogi, bât 14, porte 203 si vous voulez vérifier",
            "sender_name": "",
            "entities": [{"type": "ADDRESS", "value": "cité Sicogi, bât 14, porte 203"}],
            "keep": ["Abidjan", "OFII", "1 200 €", "Yopougon"],
        },
        {
            "text": "Bonjour, la CNDA a rejeté mon recours le 5 mars. J'ai combien de temps pour un pourvoi au Conseil d'État? on m'a dit 2 mois",
            "sender_name": "",
            "entities": [],
            "keep": ["CNDA", "5 mars", "Conseil d'État", "2 mois"],
        },
    ],
    "es": [
        {
            "text": "hola soy valentina, venezolana, llegué a Cúcuta hace 2 meses con mis 3 hijos y en el colegio no me los reciben sin el PPT",
            "sender_name": "Valen",
            "entities": [{"type": "NAME", "value": "valentina"}],
            "keep": ["Cúcuta", "2 meses", "PPT"],
        },
        {
            "text": "vivimos en la calle 45 # 12-30 barrio la Libertad y el arrendador don Jairo nos quiere sacar porque debemos 400.000 pesos, tenemos bebé",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "calle 45 # 12-30 barrio la Libertad"},
                {"type": "NAME", "value": "Jairo"},
            ],
            "keep": ["400.000 pesos"],
        },
        {
            "text": "buenas, me llamo Khadija. mi NIE es Y4417203K y en extranjería de Murcia me dicen que la tarjeta roja caducó, pero tengo cita el 22 de mayo",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Khadija"},
                {"type": "ID", "value": "Y4417203K"},
            ],
            "keep": ["Murcia", "22 de mayo"],
        },
        {
            "text": "nos alojan en un hostal en c/ Embajadores 47, 3º izq. somos 4 en una habitación. la trabajadora de Accem, Lucía, dice que es temporal pero ya van 5 semanas",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "c/ Embajadores 47, 3º izq"},
                {"type": "NAME", "value": "Lucía"},
            ],
            "keep": ["Accem", "5 semanas"],
        },
        {
            "text": "estamos en el albergue San Judas Tadeo, 5a calle poniente 38, en Tapachula. la COMAR me dio constancia con folio TAP-0481-2023 pero el INM no la respeta",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "albergue San Judas Tadeo, 5a calle poniente 38"},
                {"type": "ID", "value": "TAP-0481-2023"},
            ],
            "keep": ["Tapachula", "COMAR", "INM"],
        },
        {
            "text": "llamame al 6 1 2 – 4 4 7 – 9 3 0 si sabes algo de mi primo ibrahim, lo detuvieron en Algeciras el jueves",
            "sender_name": "",
            "entities": [
                {"type": "PHONE", "value": "6 1 2 – 4 4 7 – 9 3 0"},
                {"type": "NAME", "value": "ibrahim"},
            ],
            "keep": ["Algeciras", "jueves"],
        },
        {
            "text": "mi número nuevo es +52 55 3\u200b418 2290 whatsapp. soy rodrigo el de la caravana, el que ayudaba con las tiendas",
            "sender_name": "",
            "entities": [
                {"type": "PHONE", "value": "+52 55 3\u200b418 2290"},
                {"type": "NAME", "value": "rodrigo"},
            ],
            "keep": [],
        },
        {
            "text": "escríbanme a marisol.quispe arroba hotmail punto com, perdí el celular cruzando a Chile y no tengo cómo recibir llamadas",
            "sender_name": "Marisol",
            "entities": [{"type": "EMAIL", "value": "marisol.quispe arroba hotmail punto com"}],
            "keep": ["Chile"],
        },
        {
            "text": "¿es cierto que con la Ley 12/2009 artículo 36.5 puedo pedir protección si ya llevo 6 meses aquí? CEAR dice una cosa y el abogado de oficio otra",
            "sender_name": "",
            "entities": [],
            "keep": ["Ley 12/2009", "artículo 36.5", "6 meses", "CEAR"],
        },
        {
            "text": "mi mamá, mi tía Rosario y los niños Mateo, Santi y Camila están en Necoclí esperando para cruzar el Darién y no tienen plata para la lancha",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Rosario"},
                {"type": "NAME", "value": "Mateo"},
                {"type": "NAME", "value": "Santi"},
                {"type": "NAME", "value": "Camila"},
            ],
            "keep": ["Necoclí", "Darién"],
        },
        {
            "text": "el dueño, un señor que se llama Anselmo, quiere la fianza de 1.800 € a es74 8435 3213 7878 3949 4745 antes de firmar nada, es normal?",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Anselmo"},
                {"type": "IBAN", "value": "es74 8435 3213 7878 3949 4745"},
            ],
            "keep": ["1.800 €"],
        },
        {
            "text": "mi hijo thiago nació el 9 de octubre de 2015 en Perú pero nunca lo inscribieron allá, ahora en Chile no tiene ningún papel",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "thiago"},
                {"type": "DOB", "value": "9 de octubre de 2015"},
            ],
            "keep": ["Perú", "Chile"],
        },
        {
            "text": "a mi esposo lo tienen en el CIE de Aluche desde el lunes. Se llama Mohamed Ait Ouarab. Nadie nos dice nada, ni cuándo lo deportan",
            "sender_name": "",
            "entities": [{"type": "NAME", "value": "Mohamed Ait Ouarab"}],
            "keep": ["CIE de Aluche", "lunes"],
        },
        {
            "text": "ojo hay un coyote en insta @guero.pasa.usa que cobra 8 mil dólares por pasar a Texas, a mi vecina le robó todo",
            "sender_name": "",
            "entities": [{"type": "HANDLE", "value": "@guero.pasa.usa"}],
            "keep": ["8 mil dólares", "Texas"],
        },
        {
            "text": "trabajo en los invernaderos de El Ejido, el encargado un tal paco nos paga 35 euros el día sin contrato y si te quejas te echa",
            "sender_name": "",
            "entities": [{"type": "NAME", "value": "paco"}],
            "keep": ["El Ejido", "35 euros"],
        },
        {
            "text": "vivo en Av. Rivadavia 6834, 2° B, Flores, y la Dirección Nacional de Migraciones me rechazó la radicación. expediente EX-2023-11874530-APN-DNM",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "Av. Rivadavia 6834, 2° B"},
                {"type": "ID", "value": "EX-2023-11874530-APN-DNM"},
            ],
            "keep": ["Flores", "Dirección Nacional de Migraciones"],
        },
        {
            "text": "pregunta por Esperanza en Cruz Roja de Almería, ella me ayudó con la solicitud de asilo y es muy buena",
            "sender_name": "",
            "entities": [{"type": "NAME", "value": "Esperanza"}],
            "keep": ["Cruz Roja", "Almería"],
        },
        {
            "text": "gracias por la info del empadronamiento, mañana voy al ayuntamiento de Badalona con el contrato\n\nSaludos\nOumar",
            "sender_name": "",
            "entities": [{"type": "NAME", "value": "Oumar"}],
            "keep": ["mañana", "ayuntamiento de Badalona"],
        },
        {
            "text": "salam, ana smiti hamza, estoy en Ceuta hace 3 semanas en el CETI módulo 4 habitación 12. la policía me pegó en el puerto, 3afak dónde denuncio",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "hamza"},
                {"type": "ADDRESS", "value": "módulo 4 habitación 12"},
            ],
            "keep": ["Ceuta", "3 semanas", "CETI"],
        },
        {
            "text": "me cobraron dos veces el envío a Honduras con la tarjeta 4695 5038 4167 6377, 120 dólares cada vez, y la agencia no responde. es para mi abuela Dolores",
            "sender_name": "",
            "entities": [
                {"type": "CARD", "value": "4695 5038 4167 6377"},
                {"type": "NAME", "value": "Dolores"},
            ],
            "keep": ["Honduras", "120 dólares"],
        },
        {
            "text": "apunta el número de mi hermana Yesenia: tres cero uno, cuatro cinco siete, ocho ocho dos uno. está en Bogotá sin trabajo",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Yesenia"},
                {"type": "PHONE", "value": "tres cero uno, cuatro cinco siete, ocho ocho dos uno"},
            ],
            "keep": ["Bogotá"],
        },
        {
            "text": "objetivo 16 del pacto: inclusión. en Madrid el padrón tarda 4 meses y sin padrón no hay tarjeta sanitaria. quién se queja de esto??",
            "sender_name": "",
            "entities": [],
            "keep": ["objetivo 16", "Madrid", "4 meses"],
        },
        {
            "text": "mi papá Ernesto Villalobos, nacido 02-03-1958, necesita diálisis y el hospital en Valencia le pide seguro privado porque no está empadronado",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Ernesto Villalobos"},
                {"type": "DOB", "value": "02-03-1958"},
            ],
            "keep": ["Valencia"],
        },
        {
            "text": "los de Sin Fronteras nos ayudaron mucho, ahora rentamos un cuarto en Calle Pino 214, col. Santa María la Ribera, CDMX, gracias a Dios",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "Calle Pino 214, col. Santa María la Ribera"}
            ],
            "keep": ["Sin Fronteras", "CDMX"],
        },
        {
            "text": "el agente que me paró en Lavapiés llevaba placa pero no vi el número, solo el apellido Morales. me pidió papeles 3 veces esta semana",
            "sender_name": "",
            "entities": [{"type": "NAME", "value": "Morales"}],
            "keep": ["Lavapiés", "3 veces", "esta semana"],
        },
        {
            "text": "mi RUT provisorio es 26.418.332-7 y la PDI dice que ya expiró, y mi arrendadora doña Gladys me quiere echar si no lo renuevo",
            "sender_name": "",
            "entities": [
                {"type": "ID", "value": "26.418.332-7"},
                {"type": "NAME", "value": "Gladys"},
            ],
            "keep": ["PDI"],
        },
        {
            "text": "quiero traer a mi esposa desde Senegal por reagrupación familiar, me piden 2.400 € en la cuenta y contrato de 1 año. no sé si llego",
            "sender_name": "",
            "entities": [],
            "keep": ["Senegal", "2.400 €", "1 año"],
        },
        {
            "text": "este señor me estafó, mírenlo: facebook.com/ jorge.luis.tramites . cobra 60 euros por citas de extranjería que son gratis",
            "sender_name": "",
            "entities": [{"type": "URL", "value": "facebook.com/ jorge.luis.tramites"}],
            "keep": ["60 euros"],
        },
    ],
    "pt": [
        {
            "text": "oi, meu nome é joana mendes, sou angolana, tô em Lisboa há 8 meses e a AIMA ainda não marcou o agendamento. não posso trabalhar assim",
            "sender_name": "Joana",
            "entities": [{"type": "NAME", "value": "joana mendes"}],
            "keep": ["Lisboa", "8 meses", "AIMA"],
        },
        {
            "text": "moramos 7 pessoas num T1 na Rua dos Anjos 63, 2º esq. o senhorio, sr. Albano, quer 900 euros e não passa recibo nenhum",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "Rua dos Anjos 63, 2º esq"},
                {"type": "NAME", "value": "Albano"},
            ],
            "keep": ["T1", "900 euros"],
        },
        {
            "text": "to na Missão Paz mas semana que vem mudo pra Rua Coimbra, 412, apto 31, no Brás. o dono se chama Seu Wagner, parece gente boa",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "Rua Coimbra, 412, apto 31"},
                {"type": "NAME", "value": "Wagner"},
            ],
            "keep": ["Missão Paz", "Brás"],
        },
        {
            "text": "se alguém souber do meu filho Jean-Pierre, ele saiu de Pacaraima dia 4 e sumiu. liga (95) 99134-2287 por favor qualquer hora",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Jean-Pierre"},
                {"type": "PHONE", "value": "(95) 99134-2287"},
            ],
            "keep": ["Pacaraima", "dia 4"],
        },
        {
            "text": "meu CPF é 418.227.936-05 e a Receita Federal diz que tá suspenso, não consigo abrir conta no banco nem receber o salário",
            "sender_name": "",
            "entities": [{"type": "ID", "value": "418.227.936-05"}],
            "keep": ["Receita Federal"],
        },
        {
            "text": "protocolo de refúgio 08505.012374/2022-41. a Polícia Federal diz que preciso renovar a cada 1 ano e o CONARE nunca decide nada, já são 3 renovações",
            "sender_name": "Gustavo",
            "entities": [{"type": "ID", "value": "08505.012374/2022-41"}],
            "keep": ["Polícia Federal", "1 ano", "CONARE"],
        },
        {
            "text": "o patrão da obra em Braga, um tal de Sérgio, não me dá contrato e usa o meu NIF 298 417 530 pra passar recibos verdes no nome dele",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Sérgio"},
                {"type": "ID", "value": "298 417 530"},
            ],
            "keep": ["Braga"],
        },
        {
            "text": "a senhoria pediu a caução por transferência pro PT10 1823 7915 9195 6176 8710 6, 1 800 € de uma vez. faço ou é golpe??",
            "sender_name": "",
            "entities": [{"type": "IBAN", "value": "PT10 1823 7915 9195 6176 8710 6"}],
            "keep": ["1 800 €"],
        },
        {
            "text": "meu advogado é o dr. Tiago Faria, email tfaria(arroba)adv-migrantes.pt, ele cobra 150 euros a consulta. alguém conhece advogado mais barato?",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Tiago Faria"},
                {"type": "EMAIL", "value": "tfaria(arroba)adv-migrantes.pt"},
            ],
            "keep": ["150 euros"],
        },
        {
            "text": "é verdade que a Lei 13.445/2017 garante acesso ao SUS mesmo sem documento? no posto de saúde em Manaus pediram comprovante de residência",
            "sender_name": "",
            "entities": [],
            "keep": ["Lei 13.445/2017", "SUS", "Manaus"],
        },
        {
            "text": "eu, a minha esposa Fatumata e os miúdos Aliu e Binta estamos no centro de acolhimento do CPR há 5 meses, ninguém nos diz quando saímos",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Fatumata"},
                {"type": "NAME", "value": "Aliu"},
                {"type": "NAME", "value": "Binta"},
            ],
            "keep": ["CPR", "5 meses"],
        },
        {
            "text": "bom dia, nha nómi é Djeison, N ta mora na Rua Elias Garcia 27, 1º dto, Amadora. nha patron ka ta paga-m desdi abril, kuze ki N ta fazi?",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Djeison"},
                {"type": "ADDRESS", "value": "Rua Elias Garcia 27, 1º dto"},
            ],
            "keep": ["Amadora", "abril"],
        },
        {
            "text": "minha mãe Maria das Dores Silva nasceu em 15/08/1949, precisa de remédio de pressão e a UBS não atende sem cartão do SUS",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Maria das Dores Silva"},
                {"type": "DOB", "value": "15/08/1949"},
            ],
            "keep": ["UBS", "SUS"],
        },
        {
            "text": "tem um perfil no insta @trabalho.portugal.ja prometendo visto de trabalho por 2500 euros, minha prima Keila caiu nessa e perdeu tudo",
            "sender_name": "",
            "entities": [
                {"type": "HANDLE", "value": "@trabalho.portugal.ja"},
                {"type": "NAME", "value": "Keila"},
            ],
            "keep": ["2500 euros"],
        },
        {
            "text": "estamos no abrigo Nova Canaã, setor B, barraca 27 em Boa Vista. a comida tá vindo estragada, fala com a coordenadora Dani que ela confirma",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "abrigo Nova Canaã, setor B, barraca 27"},
                {"type": "NAME", "value": "Dani"},
            ],
            "keep": ["Boa Vista"],
        },
        {
            "text": "O meu irmão Abdou Karim Ndiaye está retido no aeroporto de Lisboa desde sexta. Ninguém explica nada à família, ele tem direito a advogado?",
            "sender_name": "",
            "entities": [{"type": "NAME", "value": "Abdou Karim Ndiaye"}],
            "keep": ["aeroporto de Lisboa", "sexta"],
        },
        {
            "text": "o app de remessa recusou meu cartão 4348 0558 5839 5509 pra mandar 200 reais pro meu tio Jacques no Haiti, diz 'operação suspeita'",
            "sender_name": "",
            "entities": [
                {"type": "CARD", "value": "4348 0558 5839 5509"},
                {"type": "NAME", "value": "Jacques"},
            ],
            "keep": ["200 reais", "Haiti"],
        },
        {
            "text": "contacto do Mamadou tlm912774310 so à noite pq de dia ele tá nas estufas",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Mamadou"},
                {"type": "PHONE", "value": "912774310"},
            ],
            "keep": ["à noite"],
        },
        {
            "text": "objetivo 6 do pacto fala de trabalho digno, mas nas estufas de Odemira ganhamos 4 euros por hora e dormimos em contentores",
            "sender_name": "",
            "entities": [],
            "keep": ["objetivo 6", "Odemira", "4 euros por hora"],
        },
        {
            "text": "a voluntária que ajuda com o português chama-se Luz e o professor é o Rei, os dois são ótimos, aulas às terças",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Luz"},
                {"type": "NAME", "value": "Rei"},
            ],
            "keep": ["às terças"],
        },
        {
            "text": "minha filha Nayeli não conseguiu vaga na escola em Curitiba porque o histórico escolar não tá traduzido, já faz 2 meses",
            "sender_name": "",
            "entities": [{"type": "NAME", "value": "Nayeli"}],
            "keep": ["Curitiba", "2 meses"],
        },
        {
            "text": "Boa tarde. Fomos despejados da Travessa de Cedofeita 18, casa 3, no Porto. O senhorio mudou a fechadura ontem com as nossas coisas lá dentro",
            "sender_name": "",
            "entities": [{"type": "ADDRESS", "value": "Travessa de Cedofeita 18, casa 3"}],
            "keep": ["Porto", "ontem"],
        },
        {
            "text": "manda os documentos pro email da ONG, não pro meu. mas se precisar mesmo: wesley_pierre22 arroba gmail ponto com",
            "sender_name": "",
            "entities": [{"type": "EMAIL", "value": "wesley_pierre22 arroba gmail ponto com"}],
            "keep": [],
        },
        {
            "text": "meu passaporte venezuelano vencido nº 148302217, data de nascimento 23 de julho de 1994. a PF aceita pra pedir residência?",
            "sender_name": "",
            "entities": [
                {"type": "ID", "value": "148302217"},
                {"type": "DOB", "value": "23 de julho de 1994"},
            ],
            "keep": ["PF"],
        },
        {
            "text": "voltei pra Luanda com ajuda da OIM mas o dinheiro da reintegração nunca chegou. moro no bairro Cazenga, rua 12, casa nº 45 se quiserem verificar. o técnico senhor Kapitango não atende",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "bairro Cazenga, rua 12, casa nº 45"},
                {"type": "NAME", "value": "Kapitango"},
            ],
            "keep": ["Luanda", "OIM"],
        },
        {
            "text": "a guarda em Vilar Formoso pegou o celular do meu amigo Ousmane e não devolveu, isso é legal?",
            "sender_name": "",
            "entities": [{"type": "NAME", "value": "Ousmane"}],
            "keep": ["Vilar Formoso"],
        },
        {
            "text": "alguém sabe se tem curso de português grátis em Setúbal à noite? trabalho de dia\nobrigada\nKadiatou",
            "sender_name": "",
            "entities": [{"type": "NAME", "value": "Kadiatou"}],
            "keep": ["Setúbal"],
        },
        {
            "text": "quanto tempo demora o reagrupamento familiar na AIMA? entreguei tudo em março de 2023 e até hoje nada, nem resposta no email",
            "sender_name": "",
            "entities": [],
            "keep": ["AIMA", "março de 2023"],
        },
    ],
}
