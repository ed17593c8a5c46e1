"""Sixth held-out anonymiser set: uk, ru, tr, bn (written by hand, blind; see bench/anon_heldout6.py)."""

# ruff: noqa: E501

ROWS = {
    "uk": [
        {
            "text": "добрий день, мене звати оксана тимошенко, ми з донькою живемо в хостелі на ul. Grochowska 214 у Варшаві, власник каже що з 1 березня треба платити 1200 злотих",
            "sender_name": "Оксана",
            "entities": [
                {"type": "NAME", "value": "оксана тимошенко"},
                {"type": "ADDRESS", "value": "ul. Grochowska 214"},
            ],
            "keep": ["Варшаві", "1 березня", "1200 злотих"],
        },
        {
            "text": "підкажіть будь ласка куди звертатись щодо продовження тимчасового захисту в Німеччині, мій Aufenthaltstitel закінчується 30.06, номер документа Y7KL30R52",
            "sender_name": "",
            "entities": [
                {"type": "ID", "value": "Y7KL30R52"},
            ],
            "keep": ["Німеччині", "30.06"],
        },
        {
            "text": "Привіт, це Дмитро. мій брат Андрій сидить в пункті тимчасового перебування в Чопі вже 3 тижні, адвокат пані Коваль не відповідає на дзвінки",
            "sender_name": "Dima",
            "entities": [
                {"type": "NAME", "value": "Дмитро"},
                {"type": "NAME", "value": "Андрій"},
                {"type": "NAME", "value": "Коваль"},
            ],
            "keep": ["Чопі", "3 тижні"],
        },
        {
            "text": "наш волонтер в Кракові Марта сказала дзвонити їй на +48 512 40 77 19 якщо знову не дадуть PESEL дитині",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Марта"},
                {"type": "PHONE", "value": "+48 512 40 77 19"},
            ],
            "keep": ["Кракові", "PESEL"],
        },
        {
            "text": "в Одесі гуманітарний штаб на вокзалі видає продуктові набори тільки по вівторках з 10 до 14, а ЮНІСЕФ обіцяв 3 600 гривень на дитину, хтось отримав?",
            "sender_name": "",
            "entities": [],
            "keep": ["Одесі", "вівторках", "ЮНІСЕФ", "3 600 гривень"],
        },
        {
            "text": "за квітень 5 000 грн на картку не вийде, тільки на рахунок\nUA21 3223 1300 0002 6007 2335 6600 1\nотримувач Ірина Савчук",
            "sender_name": "",
            "entities": [
                {"type": "IBAN", "value": "UA21 3223 1300 0002 6007 2335 6600 1"},
                {"type": "NAME", "value": "Ірина Савчук"},
            ],
            "keep": ["5 000 грн"],
        },
        {
            "text": "у нас в гуртожитку для ВПО в Харкові на вул. Героїв Праці, 9, кімната 312 немає опалення вже тиждень, комендант Петренко каже чекайте",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "вул. Героїв Праці, 9, кімната 312"},
                {"type": "NAME", "value": "Петренко"},
            ],
            "keep": ["ВПО", "Харкові"],
        },
        {
            "text": "в ЦНАПі вимагають свідоцтво про народження сина, він народився 14.02.2017 в Маріуполі а оригінал залишився там. що робити?",
            "sender_name": "",
            "entities": [
                {"type": "DOB", "value": "14.02.2017"},
            ],
            "keep": ["ЦНАПі", "Маріуполі"],
        },
        {
            "text": "я Олена, соцпрацівниця з Каритасу у Львові. документи скануйте і на пошту olena.hrytsenko88 @ gmail.com до п'ятниці",
            "sender_name": "Olena K",
            "entities": [
                {"type": "NAME", "value": "Олена"},
                {"type": "EMAIL", "value": "olena.hrytsenko88 @ gmail.com"},
            ],
            "keep": ["Каритасу", "Львові", "п'ятниці"],
        },
        {
            "text": "хто знає перевізника до Перемишля? дали контакт в телеграмі @vasyl_bus_pl але кажуть він бере 150 євро з людини, це нормально??",
            "sender_name": "",
            "entities": [
                {"type": "HANDLE", "value": "@vasyl_bus_pl"},
            ],
            "keep": ["Перемишля", "150 євро"],
        },
        {
            "text": "мене поселили в Flüchtlingsunterkunft Am Stadtpark 3a, Zimmer 14 в Ляйпцигу, сусід по кімнаті Богдан п'є кожен вечір і кричить",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "Am Stadtpark 3a, Zimmer 14"},
                {"type": "NAME", "value": "Богдан"},
            ],
            "keep": ["Ляйпцигу"],
        },
        {
            "text": "потрібна допомога з humanitární dávka, в ÚP Прага 4 кажуть не вистачає документів. справа ÚP/HD/4471/2024 вже 2 місяці лежить",
            "sender_name": "",
            "entities": [
                {"type": "ID", "value": "ÚP/HD/4471/2024"},
            ],
            "keep": ["ÚP Прага 4", "2 місяці"],
        },
        {
            "text": "мій номер нуль дев'яносто три сімсот двадцять один сорок п'ять нуль вісім, телефонуйте після шостої. Галина",
            "sender_name": "",
            "entities": [
                {
                    "type": "PHONE",
                    "value": "нуль дев'яносто три сімсот двадцять один сорок п'ять нуль вісім",
                },
                {"type": "NAME", "value": "Галина"},
            ],
            "keep": ["після шостої"],
        },
        {
            "text": "чи правда що з 2025 року Польща скасує виплату 800+ для українців без роботи? читала щось про спецзакон art. 26",
            "sender_name": "",
            "entities": [],
            "keep": ["2025", "Польща", "800+", "art. 26"],
        },
        {
            "text": "волонтерка Світлана збирає на ліки для мами, картка приват 5375 4120 3398 7614, хто може хоч 100 гривень 🙏",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Світлана"},
                {"type": "CARD", "value": "5375 4120 3398 7614"},
            ],
            "keep": ["приват", "100 гривень"],
        },
        {
            "text": "мого чоловіка Сергія Мельника затримали на кордоні в Медиці, прикордонники забрали паспорт FN418207 і кажуть чекати 72 години",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Сергія Мельника"},
                {"type": "ID", "value": "FN418207"},
            ],
            "keep": ["Медиці", "72 години"],
        },
        {
            "text": "здаю кімнату для жінки з дитиною, ul. Lwowska 17 m. 4, Rzeszów, 900 zł + media. пишіть Тетяна",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "ul. Lwowska 17 m. 4"},
                {"type": "NAME", "value": "Тетяна"},
            ],
            "keep": ["Rzeszów", "900 zł"],
        },
        {
            "text": "доньку не беруть у школу №57 бо нема місць, директорка Людмила Іванівна каже чекати до вересня. ми ВПО, живемо в Дніпрі з весни",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Людмила Іванівна"},
            ],
            "keep": ["№57", "вересня", "Дніпрі"],
        },
        {
            "text": "у Вінниці в лікарні сказали без направлення від сімейного лікаря не приймуть а моя сімейна лікарка Гончаренко у відпустці до 20 травня",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Гончаренко"},
            ],
            "keep": ["Вінниці", "20 травня"],
        },
        {
            "text": "Адреса для посилки: м. Житомир, вул. Київська, 88, кв. 41\nотримувач Кравчук Микола Петрович\nтел 067 318 25 90",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "вул. Київська, 88, кв. 41"},
                {"type": "NAME", "value": "Кравчук Микола Петрович"},
                {"type": "PHONE", "value": "067 318 25 90"},
            ],
            "keep": ["Житомир"],
        },
        {
            "text": "через Western Union не можу отримати переказ бо в паспорті ім'я HALYNA а в переказі написали HALINA. код переказу 774 019 3362",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "HALYNA"},
                {"type": "NAME", "value": "HALINA"},
                {"type": "ID", "value": "774 019 3362"},
            ],
            "keep": ["Western Union"],
        },
        {
            "text": "я з Ґани, живу в Києві 5 років, дружина українка Вікторія. подали на посвідку в ДМС, номер заяви 8052-11/24, відповіді нема пів року",
            "sender_name": "Kwame",
            "entities": [
                {"type": "NAME", "value": "Вікторія"},
                {"type": "ID", "value": "8052-11/24"},
            ],
            "keep": ["Ґани", "Києві", "5 років", "ДМС"],
        },
        {
            "text": "хочу вивезти маму з окупованої території через Росію і Латвію. її звати Ніна Бондар, народилась 3 квітня 1952. чи пропустять її на Вайніоде?",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Ніна Бондар"},
                {"type": "DOB", "value": "3 квітня 1952"},
            ],
            "keep": ["Росію", "Латвію", "Вайніоде"],
        },
        {
            "text": "в Берліні Jobcenter знову вимагає довідку про доходи за 2023 рік, я вже втретє відправляю, скільки можна 😤",
            "sender_name": "",
            "entities": [],
            "keep": ["Берліні", "Jobcenter", "2023"],
        },
        {
            "text": "модульне містечко в Ірпені, блок Б, модуль 17 — там живе моя свекруха Зінаїда. протікає дах вже місяць, хто відповідає за ремонт?",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "блок Б, модуль 17"},
                {"type": "NAME", "value": "Зінаїда"},
            ],
            "keep": ["Ірпені", "місяць"],
        },
        {
            "text": "поліцейський з Neukölln, пан Schulz, забрав у мене Fiktionsbescheinigung і сказав прийти на Sonnenallee 219 завтра зранку",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Schulz"},
                {"type": "ADDRESS", "value": "Sonnenallee 219"},
            ],
            "keep": ["Neukölln", "Fiktionsbescheinigung"],
        },
        {
            "text": "ось мій профіль фб якщо треба підтвердити що це я: facebook . com / taras.lysenko.1987\nТарас",
            "sender_name": "",
            "entities": [
                {"type": "URL", "value": "facebook . com / taras.lysenko.1987"},
                {"type": "NAME", "value": "Тарас"},
            ],
            "keep": [],
        },
        {
            "text": "роботодавець у Брно пан Novák не заплатив за 2 місяці, це 46 000 крон. працювали на складі на Vídeňská 55, куди скаржитись?",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Novák"},
                {"type": "ADDRESS", "value": "Vídeňská 55"},
            ],
            "keep": ["Брно", "2 місяці", "46 000 крон"],
        },
    ],
    "ru": [
        {
            "text": "здравствуйте меня зовут фаррух, работаю на стройке в Подольске, бригадир Алексей забрал паспорт и не отдает уже 2 месяца",
            "sender_name": "Farrukh",
            "entities": [
                {"type": "NAME", "value": "фаррух"},
                {"type": "NAME", "value": "Алексей"},
            ],
            "keep": ["Подольске", "2 месяца"],
        },
        {
            "text": "подскажите патент серия 77 № 2419583 просрочил оплату на 5 дней, штраф будет или сразу аннулируют? я из Таджикистана",
            "sender_name": "",
            "entities": [
                {"type": "ID", "value": "77 № 2419583"},
            ],
            "keep": ["5 дней", "Таджикистана"],
        },
        {
            "text": "живем вчетвером в одной комнате по адресу ул. Профсоюзная, д. 93, кв. 218, хозяйка Галина Сергеевна требует еще 15 тысяч за регистрацию",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "ул. Профсоюзная, д. 93, кв. 218"},
                {"type": "NAME", "value": "Галина Сергеевна"},
            ],
            "keep": ["15 тысяч"],
        },
        {
            "text": "брат Шерзод потерялся в Шереметьево, его номер +7 916 42\u200b8 31 07 не отвечает с утра, помогите",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Шерзод"},
                {"type": "PHONE", "value": "+7 916 42\u200b8 31 07"},
            ],
            "keep": ["Шереметьево"],
        },
        {
            "text": "в МВД сказали что с 1 января 2025 новые правила, нужен экзамен по русскому и дактилоскопия заново. это по закону 115-ФЗ или нет?",
            "sender_name": "",
            "entities": [],
            "keep": ["МВД", "1 января 2025", "115-ФЗ"],
        },
        {
            "text": "отправьте скан договора на мою почту dilnoza.r90 собака mail.ru пожалуйста\nДильноза",
            "sender_name": "",
            "entities": [
                {"type": "EMAIL", "value": "dilnoza.r90 собака mail.ru"},
                {"type": "NAME", "value": "Дильноза"},
            ],
            "keep": [],
        },
        {
            "text": "снимаем квартиру в Тбилиси на Гамрекели 14, хозяин Гиорги поднял цену до 900 долларов и грозит выселить если не согласимся",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "Гамрекели 14"},
                {"type": "NAME", "value": "Гиорги"},
            ],
            "keep": ["Тбилиси", "900 долларов"],
        },
        {
            "text": "для открытия счета в Kaspi требуют ИИН, у меня временный 950417301288 но приложение его не видит. кто сталкивался?",
            "sender_name": "",
            "entities": [
                {"type": "ID", "value": "950417301288"},
            ],
            "keep": ["Kaspi", "ИИН"],
        },
        {
            "text": "сына задержали, он в спецприемнике в Сахарово. Умаров Бехруз, 19 лет. адвокат сказал нужно 50 000 рублей чтобы не выдворили",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Умаров Бехруз"},
            ],
            "keep": ["Сахарово", "19 лет", "50 000 рублей"],
        },
        {
            "text": "по вопросам работы в Польше пишите в телегу jobs_polska_viza или звоните Артуру, виза за 3 недели",
            "sender_name": "",
            "entities": [
                {"type": "HANDLE", "value": "jobs_polska_viza"},
                {"type": "NAME", "value": "Артуру"},
            ],
            "keep": ["Польше", "3 недели"],
        },
        {
            "text": "мы поздние переселенцы, сейчас в лагере Friedland, Haus 4, Zimmer 112. социальный работник фрау Беккер сказала ждать письма из BVA",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "Haus 4, Zimmer 112"},
                {"type": "NAME", "value": "Беккер"},
            ],
            "keep": ["Friedland", "BVA"],
        },
        {
            "text": "в анкете ошибка, дата рождения должна быть 07.11.1988 а написали 07.11.1989, как исправить в миграционной службе? спасибо, Нодира",
            "sender_name": "",
            "entities": [
                {"type": "DOB", "value": "07.11.1988"},
                {"type": "DOB", "value": "07.11.1989"},
                {"type": "NAME", "value": "Нодира"},
            ],
            "keep": ["миграционной службе"],
        },
        {
            "text": "перевел маме в Худжанд 3000 рублей через Золотую Корону, она не может получить. номер перевода 4081 7752 2209",
            "sender_name": "",
            "entities": [
                {"type": "ID", "value": "4081 7752 2209"},
            ],
            "keep": ["Худжанд", "3000 рублей", "Золотую Корону"],
        },
        {
            "text": "привет всем, я Ксения, ищу юриста в Белграде по ВНЖ, бели картон истекает 12 марта. живу на Булевар ослобођења 41, стан 9 если что",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Ксения"},
                {"type": "ADDRESS", "value": "Булевар ослобођења 41, стан 9"},
            ],
            "keep": ["Белграде", "ВНЖ", "12 марта"],
        },
        {
            "text": "зарплату переводите на TBC, счет ge83 tb00 0000 0361 2045 87, получатель Руслан Ахмедов",
            "sender_name": "",
            "entities": [
                {"type": "IBAN", "value": "ge83 tb00 0000 0361 2045 87"},
                {"type": "NAME", "value": "Руслан Ахмедов"},
            ],
            "keep": ["TBC"],
        },
        {
            "text": "нас с детьми приняли в кризисный центр на Лесной 12 в Пскове, директор Ольга Викторовна очень помогла, спасибо ей",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "Лесной 12"},
                {"type": "NAME", "value": "Ольга Викторовна"},
            ],
            "keep": ["кризисный центр", "Пскове"],
        },
        {
            "text": "запиши номер Рустама: восемь девятьсот двадцать шесть, пятьсот сорок, тридцать три, ноль один. звони после обеда",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Рустама"},
                {
                    "type": "PHONE",
                    "value": "восемь девятьсот двадцать шесть, пятьсот сорок, тридцать три, ноль один",
                },
            ],
            "keep": ["после обеда"],
        },
        {
            "text": "жена беременна, 7 месяц, в роддоме №4 Екатеринбурга требуют 80 000 за роды. полис ОМС был, номер 6650 8900 3321 7741, но сказали недействителен",
            "sender_name": "",
            "entities": [
                {"type": "ID", "value": "6650 8900 3321 7741"},
            ],
            "keep": ["роддоме №4", "Екатеринбурга", "80 000"],
        },
        {
            "text": "я в центре для иностранцев в Бялой Подляске, корпус B, камера 21. передайте маме что я жив и здоров\nТимур",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "корпус B, камера 21"},
                {"type": "NAME", "value": "Тимур"},
            ],
            "keep": ["Бялой Подляске"],
        },
        {
            "text": "срочно нужна помощь с билетом для Зарины, вот карта сбер 2200 7014 5588 2131, любая сумма поможет",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Зарины"},
                {"type": "CARD", "value": "2200 7014 5588 2131"},
            ],
            "keep": ["сбер"],
        },
        {
            "text": "директор школы 1287 не берет ребенка без тестирования по русскому, сказали приходите в сентябре. это законно вообще? ст. 78 закона об образовании",
            "sender_name": "",
            "entities": [],
            "keep": ["школы 1287", "сентябре", "ст. 78"],
        },
        {
            "text": "переехали в Ереван, пока живем у друга на пр. Маштоца 31/2, он Ашот, хороший человек, но нам нужно свое жилье до лета",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "пр. Маштоца 31/2"},
                {"type": "NAME", "value": "Ашот"},
            ],
            "keep": ["Ереван", "до лета"],
        },
        {
            "text": "вот ее страница vk.com/id48213977 может кто-то видел мою сестру Лейлу в Стамбуле",
            "sender_name": "",
            "entities": [
                {"type": "URL", "value": "vk.com/id48213977"},
                {"type": "NAME", "value": "Лейлу"},
            ],
            "keep": ["Стамбуле"],
        },
        {
            "text": "участковый Соколов пришел ночью проверять регистрацию, забрал миграционную карту 4619 №0738251 и сказал прийти в ОВМ в понедельник",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Соколов"},
                {"type": "ID", "value": "4619 №0738251"},
            ],
            "keep": ["ОВМ", "понедельник"],
        },
        {
            "text": "Алматы, мкр. Орбита-3, дом 27, кв. 64 — тут сдают квартиры релокантам без договора, хозяйка Айгерим, не советую",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "мкр. Орбита-3, дом 27, кв. 64"},
                {"type": "NAME", "value": "Айгерим"},
            ],
            "keep": ["Алматы"],
        },
        {
            "text": "подал на убежище в Германии, Aktenzeichen 8827461-439, интервью в BAMF назначили на 14.05 в 9:30, переводчик будет?",
            "sender_name": "",
            "entities": [
                {"type": "ID", "value": "8827461-439"},
            ],
            "keep": ["Германии", "BAMF", "14.05", "9:30"],
        },
        {
            "text": "Исмоилов Саидакбар Рахимович\n23.08.1996 г.р.\nищем, последний раз выходил на связь из Калининграда в октябре",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Исмоилов Саидакбар Рахимович"},
                {"type": "DOB", "value": "23.08.1996"},
            ],
            "keep": ["Калининграда", "октябре"],
        },
        {
            "text": "в Красном Кресте в Тбилиси бесплатная консультация юриста по четвергам с 11:00, мне помогли с документами на ВНЖ, рекомендую",
            "sender_name": "",
            "entities": [],
            "keep": ["Красном Кресте", "Тбилиси", "четвергам", "11:00"],
        },
    ],
    "tr": [
        {
            "text": "merhaba ben ayşe demir, Karşıyaka Mah. Lale Sok. No 5/2 de kiracıyım, ev sahibi hasan bey çıkarken depozitoyu vermedi 15.000 TL",
            "sender_name": "Ayşe",
            "entities": [
                {"type": "NAME", "value": "ayşe demir"},
                {"type": "ADDRESS", "value": "Karşıyaka Mah. Lale Sok. No 5/2"},
                {"type": "NAME", "value": "hasan"},
            ],
            "keep": ["15.000 TL"],
        },
        {
            "text": "kardeşim Mahmut'un kimliği kargoyla gelecek, adres Yenidoğan Mah. 2143. Sok. No:7 Daire:3 Sultangazi/İstanbul, yanlış yazmayın",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Mahmut'un"},
                {"type": "ADDRESS", "value": "Yenidoğan Mah. 2143. Sok. No:7 Daire:3"},
            ],
            "keep": ["Sultangazi/İstanbul"],
        },
        {
            "text": "geçici koruma kimlik numaram 99312457806, göç idaresi 3 aydır randevu vermiyor adres güncellemesi için",
            "sender_name": "",
            "entities": [
                {"type": "ID", "value": "99312457806"},
            ],
            "keep": ["göç idaresi", "3 aydır"],
        },
        {
            "text": "abi ben Rami acil beni ara 0532 418 29 67 karakoldayım Esenyurt'ta, telefonumu alacaklar",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Rami"},
                {"type": "PHONE", "value": "0532 418 29 67"},
            ],
            "keep": ["Esenyurt"],
        },
        {
            "text": "İzmir'de Kızılay toplum merkezi salı ve perşembe günleri ücretsiz Türkçe kursu açıyor, 6458 sayılı kanun kapsamında herkes katılabilirmiş",
            "sender_name": "",
            "entities": [],
            "keep": ["İzmir", "Kızılay", "salı", "6458 sayılı kanun"],
        },
        {
            "text": "selam ben Kemal, Duisburg'da Jobcenter'dan Kundennummer 742D938517 yazan bir mektup geldi ama hiç anlamadım, biri yardım edebilir mi",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Kemal"},
                {"type": "ID", "value": "742D938517"},
            ],
            "keep": ["Duisburg", "Jobcenter"],
        },
        {
            "text": "ben Farid, Afganistan'dan geldim Konya'da iş arıyorum. cv'mi gönderebilirim, mail adresim farid.nuri et hotmail nokta com",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Farid"},
                {"type": "EMAIL", "value": "farid.nuri et hotmail nokta com"},
            ],
            "keep": ["Afganistan", "Konya"],
        },
        {
            "text": "eşim Hüseyin Tuzla'da geri gönderme merkezinde, 5 gündür avukatla görüştürmüyorlar. İdare Mahkemesi dosya no 2024/1187",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Hüseyin"},
                {"type": "ID", "value": "2024/1187"},
            ],
            "keep": ["Tuzla", "5 gündür", "İdare Mahkemesi"],
        },
        {
            "text": "kira için IBAN: TR84 0006 2000 0000 6297 3182 64\nalıcı Mehmet Yıldız\nher ayın 5'i son gün, açıklamaya daire no yazın",
            "sender_name": "",
            "entities": [
                {"type": "IBAN", "value": "TR84 0006 2000 0000 6297 3182 64"},
                {"type": "NAME", "value": "Mehmet Yıldız"},
            ],
            "keep": ["her ayın 5'i"],
        },
        {
            "text": "oğlumun doğum tarihi 12 Şubat 2019 ama okul kaydında 2018 yazmışlar, müdür Karaca bey düzeltmiyor, e-okulda sınıfı yanlış çıkıyor",
            "sender_name": "",
            "entities": [
                {"type": "DOB", "value": "12 Şubat 2019"},
                {"type": "NAME", "value": "Karaca"},
            ],
            "keep": ["2018"],
        },
        {
            "text": "Kilis Öncüpınar geçici barınma merkezinde kalıyoruz, C blok konteyner 214. annem hasta, AFAD'dan Bayan Leyla ile görüşmek istiyoruz",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "C blok konteyner 214"},
                {"type": "NAME", "value": "Leyla"},
            ],
            "keep": ["Kilis", "AFAD"],
        },
        {
            "text": "kayıp kardeşim Yusuf, instagram hesabı yusuf.h.2003 eğer görürseniz lütfen bana yazın, son Edirne'den aradı",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Yusuf"},
                {"type": "HANDLE", "value": "yusuf.h.2003"},
            ],
            "keep": ["Edirne"],
        },
        {
            "text": "whatsapptan yazın tel:+905417728390 ya da direkt ofise gelin Fatih'te, Mülteciler Derneği hafta içi açık",
            "sender_name": "",
            "entities": [
                {"type": "PHONE", "value": "+905417728390"},
            ],
            "keep": ["Fatih", "Mülteciler Derneği"],
        },
        {
            "text": "Zeytinburnu'nda tekstil atölyesinde çalışıyorum, patron Orhan abi 3 aydır sigorta yapmıyor, günde 12 saat çalışıyoruz",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Orhan"},
            ],
            "keep": ["Zeytinburnu", "3 aydır", "12 saat"],
        },
        {
            "text": "hastanede tercüman yok, doktor Selin Hanım sadece Türkçe konuşuyor, babamın ameliyatı 20 Haziran'da ne olacak bilmiyoruz",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Selin"},
            ],
            "keep": ["20 Haziran"],
        },
        {
            "text": "Almanya'da yeni adresim Bahnhofstraße 23, 3. OG, 45127 Essen. Ausländerbehörde'ye kaç gün içinde bildirmem lazım?",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "Bahnhofstraße 23, 3. OG, 45127"},
            ],
            "keep": ["Almanya", "Essen", "Ausländerbehörde"],
        },
        {
            "text": "Suriyelilere ikamet izni harcı 2025'te 4.500 TL olmuş diyorlar, UNHCR'a sordum onlar da bilmiyor",
            "sender_name": "",
            "entities": [],
            "keep": ["2025", "4.500 TL", "UNHCR"],
        },
        {
            "text": "dolandırıldım, telefonda kart numaramı verdim 4149 4901 6623 8870, bankaya gittim 2 gün bekleyin dediler. ismim Abdulrahman",
            "sender_name": "",
            "entities": [
                {"type": "CARD", "value": "4149 4901 6623 8870"},
                {"type": "NAME", "value": "Abdulrahman"},
            ],
            "keep": ["2 gün"],
        },
        {
            "text": "Başakşehir'de oturuyoruz, Kayaşehir 22. Bölge Bizim Evler Sitesi B2 Blok Daire 14. ev sahibi Nurcan Kaya evden çıkmamızı istiyor",
            "sender_name": "",
            "entities": [
                {
                    "type": "ADDRESS",
                    "value": "Kayaşehir 22. Bölge Bizim Evler Sitesi B2 Blok Daire 14",
                },
                {"type": "NAME", "value": "Nurcan Kaya"},
            ],
            "keep": ["Başakşehir"],
        },
        {
            "text": "polis memuru Tekin kimliğimi aldı, karakol Bağcılar'da. 48 saat tutabilirler mi? ben kayıtlıyım Gaziantep'te",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Tekin"},
            ],
            "keep": ["Bağcılar", "48 saat", "Gaziantep"],
        },
        {
            "text": "annemi Almanya'ya getirmek için aile birleşimi başvurusu yaptık, Vorgangsnummer VN-3318-0492-77, konsolosluk 6 ay dedi. ben Zeynep",
            "sender_name": "",
            "entities": [
                {"type": "ID", "value": "VN-3318-0492-77"},
                {"type": "NAME", "value": "Zeynep"},
            ],
            "keep": ["Almanya", "6 ay"],
        },
        {
            "text": "numaram sıfır beş yüz otuz iki, yedi yüz on bir, kırk dört, altmış sekiz; akşam arayın lütfen\nHalil",
            "sender_name": "",
            "entities": [
                {
                    "type": "PHONE",
                    "value": "sıfır beş yüz otuz iki, yedi yüz on bir, kırk dört, altmış sekiz",
                },
                {"type": "NAME", "value": "Halil"},
            ],
            "keep": [],
        },
        {
            "text": "sahte ev ilanı veriyorlar dikkat, şu profil: https://www.facebook.com/ev.kirala.ahmet34 kapora alıp kayboluyor, ben 2.000 TL kaptırdım",
            "sender_name": "",
            "entities": [
                {"type": "URL", "value": "https://www.facebook.com/ev.kirala.ahmet34"},
            ],
            "keep": ["2.000 TL"],
        },
        {
            "text": "kadın sığınma evindeyim, adresi söyleyemem ama Çankaya'da. sosyal hizmet uzmanı Derya Hanım ile görüşüyorum, çocuklarım Ali ve Elif benimle",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Derya"},
                {"type": "NAME", "value": "Ali"},
                {"type": "NAME", "value": "Elif"},
            ],
            "keep": ["Çankaya"],
        },
        {
            "text": "doğum tarihim 03/09/1991, pasaportta 1/1/1991 yazıyor, Afganistan'da herkese öyle yazıyorlar. kimlikte hangisi olacak? Nazanin",
            "sender_name": "",
            "entities": [
                {"type": "DOB", "value": "03/09/1991"},
                {"type": "DOB", "value": "1/1/1991"},
                {"type": "NAME", "value": "Nazanin"},
            ],
            "keep": ["Afganistan"],
        },
        {
            "text": "Van'da kaldığım ev Cumhuriyet Cad. No:48 Kat:2, ev sahibi Sevgi teyze bize çok yardım etti, kışın kömür bile verdi",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "Cumhuriyet Cad. No:48 Kat:2"},
                {"type": "NAME", "value": "Sevgi"},
            ],
            "keep": ["Van"],
        },
        {
            "text": "çalışma izni için işverenim Ekrem Bey başvurdu, başvuru no 2024-ÇİB-558913, Bakanlık sitesinde 45 gündür değerlendirmede yazıyor",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Ekrem"},
                {"type": "ID", "value": "2024-ÇİB-558913"},
            ],
            "keep": ["Bakanlık", "45 gündür"],
        },
        {
            "text": "Hatay depreminden sonra konteyner kentlerde kalanların kira yardımı 3 ay uzatıldı mı? Göç İdaresi hâlâ açıklama yapmadı",
            "sender_name": "",
            "entities": [],
            "keep": ["Hatay", "3 ay", "Göç İdaresi"],
        },
    ],
    "bn": [
        {
            "text": "আসসালামু আলাইকুম, আমার নাম রফিকুল ইসলাম, ইতালিতে আছি ৩ বছর। permesso di soggiorno নবায়নের জন্য Questura তে গেছিলাম, বলে আবার আসেন",
            "sender_name": "Rafiq",
            "entities": [
                {"type": "NAME", "value": "রফিকুল ইসলাম"},
            ],
            "keep": ["ইতালিতে", "৩ বছর", "Questura"],
        },
        {
            "text": "bhai ami shohag, london e thaki. amar landlord mr khan bolse next month theke rent 950 pound, ar flat 3, 27 cannon street rd e deyal e mold",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "shohag"},
                {"type": "NAME", "value": "khan"},
                {"type": "ADDRESS", "value": "flat 3, 27 cannon street rd"},
            ],
            "keep": ["london", "950 pound"],
        },
        {
            "text": "আমার নাম্বার 07700 900481, whatsapp এ msg দিবেন প্লিজ। Home Office এর interview ১২ তারিখ, কিছুই বুঝতেছি না",
            "sender_name": "",
            "entities": [
                {"type": "PHONE", "value": "07700 900481"},
            ],
            "keep": ["Home Office", "১২ তারিখ"],
        },
        {
            "text": "ভাই আমার মালয়েশিয়ার নম্বর +৬০ ১২-৭৪৮ ৩৯২১, এজেন্ট জাহাঙ্গীর পাসপোর্ট রেখে দিছে, কাজ নাই ২ মাস",
            "sender_name": "",
            "entities": [
                {"type": "PHONE", "value": "+৬০ ১২-৭৪৮ ৩৯২১"},
                {"type": "NAME", "value": "জাহাঙ্গীর"},
            ],
            "keep": ["মালয়েশিয়ার", "২ মাস"],
        },
        {
            "text": "আমার পাসপোর্ট নম্বর EB0731946, মেয়াদ শেষ হয়ে গেছে, দূতাবাস বলছে নতুন করতে ৬০০০ টাকা লাগবে আর ৪৫ দিন",
            "sender_name": "",
            "entities": [
                {"type": "ID", "value": "EB0731946"},
            ],
            "keep": ["দূতাবাস", "৬০০০ টাকা", "৪৫ দিন"],
        },
        {
            "text": "কুতুপালং ক্যাম্প ১৫, ব্লক সি-৪, শেড ১২ তে নূর বেগম নামে এক বয়স্ক মহিলা একা থাকেন, MSF এর ক্লিনিকে নিতে হবে কেউ সাহায্য করবেন?",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "ক্যাম্প ১৫, ব্লক সি-৪, শেড ১২"},
                {"type": "NAME", "value": "নূর বেগম"},
            ],
            "keep": ["কুতুপালং", "MSF"],
        },
        {
            "text": "apnar form ta amar email e pathan: kamrul.hasan.bd (at) yahoo dot com, ami kalke Caritas office e jabo\n- Kamrul",
            "sender_name": "",
            "entities": [
                {"type": "EMAIL", "value": "kamrul.hasan.bd (at) yahoo dot com"},
                {"type": "NAME", "value": "Kamrul"},
            ],
            "keep": ["kalke", "Caritas"],
        },
        {
            "text": "রোমে আমরা ৫ জন থাকি Via Casilina 412, scala B, interno 7 এ, বাড়িওয়ালা Signor Russo ভাড়ার রসিদ দেয় না",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "Via Casilina 412, scala B, interno 7"},
                {"type": "NAME", "value": "Russo"},
            ],
            "keep": ["রোমে", "৫ জন"],
        },
        {
            "text": "মালিক বলছে বেতন ব্যাংকে দিবে, এই IBAN টা ঠিক আছে কিনা দেখেন: IT34 M030 6909 6141 0000 0741 952, নাম মিজানুর রহমান",
            "sender_name": "",
            "entities": [
                {"type": "IBAN", "value": "IT34 M030 6909 6141 0000 0741 952"},
                {"type": "NAME", "value": "মিজানুর রহমান"},
            ],
            "keep": [],
        },
        {
            "text": "দুবাইতে কফিলের কাছে ২ বছরের বেতন পাওনা, আমার এমিরেটস আইডি ৭৮৪-১৯৯০-৪৮২৭৭৩১-২, লেবার কোর্টে কেস করতে চাই কিভাবে?",
            "sender_name": "",
            "entities": [
                {"type": "ID", "value": "৭৮৪-১৯৯০-৪৮২৭৭৩১-২"},
            ],
            "keep": ["দুবাইতে", "২ বছরের", "লেবার কোর্টে"],
        },
        {
            "text": "ছেলের নাম আরিয়ান, জন্ম তারিখ ১৭/০৩/২০১৬। স্কুলে ভর্তির জন্য জন্ম নিবন্ধন লাগবে বলছে, দেশ থেকে কিভাবে আনাবো",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "আরিয়ান"},
                {"type": "DOB", "value": "১৭/০৩/২০১৬"},
            ],
            "keep": [],
        },
        {
            "text": "Greece e asylum interview er date dise 2026 er march e, eto late keno? IOM ki kichu korte pare na?",
            "sender_name": "",
            "entities": [],
            "keep": ["Greece", "2026", "IOM"],
        },
        {
            "text": "আমার ভাইকে খুঁজছি, নাম সাইফুল, লিবিয়া থেকে শেষ কথা হয়েছে। ওর ফেসবুক আইডি saiful.mia.5872 , কেউ দেখলে জানাবেন",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "সাইফুল"},
                {"type": "HANDLE", "value": "saiful.mia.5872"},
            ],
            "keep": ["লিবিয়া"],
        },
        {
            "text": "আমার নতুন ঠিকানা Flat 2, 88 Vallance Road, Tower Hamlets council এর চিঠি এখানে আসবে। আমি শাহানা",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "Flat 2, 88 Vallance Road"},
                {"type": "NAME", "value": "শাহানা"},
            ],
            "keep": ["Tower Hamlets"],
        },
        {
            "text": "agent Babul amar card number 4441 1190 2267 3500 diye online e visa fee dise bolse, pore dekhi 1,200 euro kata gese",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Babul"},
                {"type": "CARD", "value": "4441 1190 2267 3500"},
            ],
            "keep": ["1,200 euro"],
        },
        {
            "text": "লাম্পেদুসার হটস্পটে আমার কাজিন হাবিব আটকে আছে ৬ দিন, রেড ক্রস থেকে কেউ কথা বলেনি এখনো",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "হাবিব"},
            ],
            "keep": ["লাম্পেদুসার", "৬ দিন", "রেড ক্রস"],
        },
        {
            "text": "kuala lumpur e amader hostel No. 23, Jalan Sultan Ismail, Chow Kit e. supervisor Tan bole police raid hole pichoner gate diye palao",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "No. 23, Jalan Sultan Ismail"},
                {"type": "NAME", "value": "Tan"},
            ],
            "keep": ["kuala lumpur", "Chow Kit"],
        },
        {
            "text": "এথেন্সে থাকি Οδός Σοφοκλέους 34, 3ος όροφος এ, মালিক কিরিয়োস Papadopoulos বলছে মার্চের পর আর থাকা যাবে না",
            "sender_name": "",
            "entities": [
                {"type": "ADDRESS", "value": "Οδός Σοφοκλέους 34, 3ος όροφος"},
                {"type": "NAME", "value": "Papadopoulos"},
            ],
            "keep": ["এথেন্সে", "মার্চের পর"],
        },
        {
            "text": "নম্বরটা লিখে নাও: শূন্য এক সাত এক এক, চার পাঁচ দুই, নয় আট শূন্য — লাকি আপার নম্বর, সন্ধ্যার পর ফোন দিও",
            "sender_name": "",
            "entities": [
                {"type": "PHONE", "value": "শূন্য এক সাত এক এক, চার পাঁচ দুই, নয় আট শূন্য"},
                {"type": "NAME", "value": "লাকি"},
            ],
            "keep": ["সন্ধ্যার পর"],
        },
        {
            "text": "meye Nusrat ke school e iscrizione korte parchi na, oder codice fiscale RHMNSR15C62Z249K system e nicche na, comune bole Agenzia delle Entrate e jan",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Nusrat"},
                {"type": "ID", "value": "RHMNSR15C62Z249K"},
            ],
            "keep": ["codice fiscale", "Agenzia delle Entrate"],
        },
        {
            "text": "হাসপাতালে ডাক্তার সোফিয়া বললেন tessera sanitaria ছাড়া শুধু জরুরি চিকিৎসা, STP কার্ড করতে ASL এ যেতে হবে সোমবার",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "সোফিয়া"},
            ],
            "keep": ["STP", "ASL", "সোমবার"],
        },
        {
            "text": "বিকাশে টাকা পাঠাইছি আম্মার কাছে ০১৮১৯-৪৪৭২০৩ নম্বরে, ২৫,০০০ টাকা, কিন্তু ২ দিন হয়ে গেল আসে নাই",
            "sender_name": "",
            "entities": [
                {"type": "PHONE", "value": "০১৮১৯-৪৪৭২০৩"},
            ],
            "keep": ["বিকাশে", "২৫,০০০ টাকা", "২ দিন"],
        },
        {
            "text": "ami Jakir. Home Office reference: R1184527 , interview 3 June e, ekhono lawyer pai nai. Migrant Help ke call korsi 2 bar",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Jakir"},
                {"type": "ID", "value": "R1184527"},
            ],
            "keep": ["Home Office", "3 June", "Migrant Help"],
        },
        {
            "text": "ইউরোপে বৈধ পথে যাওয়ার জন্য বোয়েসেল কি কোনো প্রোগ্রাম চালায়? দালালকে ৮ লাখ টাকা দেওয়ার চেয়ে তো ভালো",
            "sender_name": "",
            "entities": [],
            "keep": ["ইউরোপে", "বোয়েসেল", "৮ লাখ টাকা"],
        },
        {
            "text": "amar date of birth 5 january 1993, kintu passport e 1 january 1993 lekha, kivabe thik korbo? embassy te jete hobe?\nSumon",
            "sender_name": "",
            "entities": [
                {"type": "DOB", "value": "5 january 1993"},
                {"type": "DOB", "value": "1 january 1993"},
                {"type": "NAME", "value": "Sumon"},
            ],
            "keep": ["embassy"],
        },
        {
            "text": "রিয়াদে আমার কফিল আবু ফাহাদ, ঠিকানা Building 7, Al Olaya St, ইকামা রিনিউ করে নাই ৪ মাস ধরে",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "আবু ফাহাদ"},
                {"type": "ADDRESS", "value": "Building 7, Al Olaya St"},
            ],
            "keep": ["রিয়াদে", "৪ মাস"],
        },
        {
            "text": "পুলিশ অফিসার PC Whitfield আমার দোকানে আসছিল, বলে লাইসেন্স চেক করবে, আমি কি ঢুকতে দিতে বাধ্য?",
            "sender_name": "",
            "entities": [
                {"type": "NAME", "value": "Whitfield"},
            ],
            "keep": [],
        },
        {
            "text": "ei link e amar details ase linkedin . com/in/tanvir-ahmed-bd — job khujchi Milan e, warehouse ba delivery",
            "sender_name": "",
            "entities": [
                {"type": "URL", "value": "linkedin . com/in/tanvir-ahmed-bd"},
            ],
            "keep": ["Milan"],
        },
    ],
}
