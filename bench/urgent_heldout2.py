# ruff: noqa: E501  (messages are data, one per line)
"""Write the second held-out set for the urgent screen: ``bench/data/heldout/urgent_heldout2.jsonl``.

Written on 2026-12-03 before any change to the screen of that round, without reading
the runtime cue lists (``moderation/data/screening.json``); only the categories and the
evaluation format were taken from ``moderation/stages/screen.py`` and
``bench/urgent_eval.py``. 17 languages, 40 messages each: 20 urgent (two per
category), 12 hard negatives (the past told as past and over, policy talk, idioms,
other people's cases long ago, slow services, "I am safe") and 8 plain ones. The
messages are written the way people write in chat: indirect and colloquial wording,
romanised Arabic (Arabizi), Urdu, Pashto, Bengali and Persian, code-mixing, no
punctuation. A seeded pass then adds what thumbs do to text: lower case, dropped
accents, one swapped or dropped letter, a trailing "pls" or emoji.

All people and places in it are invented or generic; no real person's words.

Run: ``PYTHONPATH=. python -m bench.urgent_heldout2`` (same output every run).
Score: ``PYTHONPATH=. python -m bench.urgent_eval --set bench/data/heldout/urgent_heldout2.jsonl``.
"""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path
from typing import Any

from bench.pipeline_devset import write_set
from bench.urgent_eval import CATEGORIES

OUT = Path(__file__).resolve().parent / "data" / "heldout" / "urgent_heldout2.jsonl"
SEED = 20261203
# Per language: ``u`` urgent (category, text), two per category; ``h`` hard negatives;
# ``p`` plain negatives.
SETS: dict[str, dict[str, list[Any]]] = {}

SETS["en"] = {
    "u": [
        (
            "detention",
            "they have kept us in a warehouse near the port 3 days now, guards outside, nobody tells us anything and they took the phones, im writing from a hidden one",
        ),
        (
            "detention",
            "my brother got picked up by immigration this morning at his work, he just called from some centre, they will fly him out tomorrow early. he has a kid here",
        ),
        (
            "trafficking",
            "the man who brought us says we owe him 8000 and we work in his restaurant kitchen 14 hours no pay, he holds our passports and says if we go to police they deport us",
        ),
        (
            "trafficking",
            "cant leave the house where i clean, madam locked my papers in her drawer and i only go out with her. she says i must finish 2 years first",
        ),
        (
            "violence",
            "my husband smashed my phone and said if i talk to anyone he will end me, he's asleep now, scared of tonight",
        ),
        (
            "violence",
            "guys from the next building keep coming at night with knives, yesterday they cut my friend on the arm and said we are next",
        ),
        (
            "sexual_violence",
            "the landlord says if i dont sleep with him he throws me and my daughter out this week. he came into my room last night",
        ),
        (
            "sexual_violence",
            "a man at the camp forced himself on me on saturday and he is still here, he watches my tent. i havent told anyone",
        ),
        (
            "child_at_risk",
            "there's a kid maybe 12 sleeping alone at the coach station since sunday, no parents, older guys keep offering him cigarettes and rides",
        ),
        (
            "child_at_risk",
            "my niece is 14 and her dad promised her to a man in his 40s, wedding is friday, she cries every night",
        ),
        (
            "medical",
            "wife 7 months pregnant, bad pain and bleeding since an hour, the guards say doctor comes monday",
        ),
        (
            "medical",
            "my friend is diabetic his insulin ran out 4 days ago hes shaking and can barely talk, no clinic here",
        ),
        (
            "self_harm",
            "honestly i dont see the point anymore. gave away my things today. tell my mum im sorry",
        ),
        ("self_harm", "been saving up my pills, tonight is enough. just wanted someone to know"),
        (
            "missing_person",
            "my son left on a boat tuesday and his phone is dead since, nobody from the group answers, pls help find him",
        ),
        (
            "missing_person",
            "we lost my sister at the crossing 5 days ago when police chased us, she is 19, no news at all",
        ),
        (
            "abandonment",
            "the driver dumped us in the desert, 23 people, water finished yesterday, a child is very weak and we see nothing around",
        ),
        (
            "abandonment",
            "engine stopped, we r drifting since morning, water coming in, 50 ppl with kids, sending location",
        ),
        (
            "pushback",
            "they caught us in the forest took shoes and phones and pushed us back over the river, people are freezing on the other side",
        ),
        (
            "pushback",
            "coast guard boat circling us making waves, they want to send us back, some of us in the water already",
        ),
    ],
    "h": [
        "I was held in a detention centre in 2018 for two months. Now I have my papers and I work as a nurse.",
        "Years ago a smuggler kept my passport but that is all over, I got a new one from the embassy",
        "detention of children should be banned, please tell the ministry",
        "we need more training for police on trafficking cases, the law is good but nobody applies it",
        "this paperwork is killing me lol, 4 forms for one bus pass",
        "I'm dying to see my family again, hopefully next summer",
        "A cousin of mine went missing at sea back in 2015, we held a memorial for him last year.",
        "the asylum office still hasn't answered after 8 months, very slow",
        "when I crossed in 2016 our boat almost sank but the rescue ship picked us up, thanks to them I am alive",
        "i feel safe in this town, nobody bothers us",
        "the film at the centre was about pushbacks at the border, good discussion afterwards",
        "My neighbour's husband used to beat her but they divorced long ago and she's happy now",
    ],
    "p": [
        "the language classes are good but too far from the camp, could there be a bus",
        "thank you for the food parcels, my kids like the milk",
        "how do I renew my residence card?",
        "wifi at the shelter doesnt work since a week",
        "I want to study to be an electrician, is there any course for adults",
        "the lawyer was very kind and explained everything",
        "can we get more prayer space during ramadan",
        "rent is too high here, we share 1 room with 5 people",
    ],
}

SETS["fr"] = {
    "u": [
        (
            "detention",
            "ils nous ont enfermés dans un local à l'aéroport depuis hier soir, on est 9, pas d'avocat, ils disent qu'on repart demain matin",
        ),
        (
            "detention",
            "mon mari a été embarqué par la PAF ce matin devant l'école, il m'a appelée du centre de rétention, ils veulent le mettre dans l'avion jeudi",
        ),
        (
            "trafficking",
            "le patron garde nos titres de séjour, on dort dans l'atelier et il dit qu'on lui doit encore 5000 euros avant de pouvoir partir",
        ),
        (
            "trafficking",
            "je travaille chez une famille depuis 6 mois sans salaire, ils ont pris mon passeport et je sors jamais seule, aidez moi svp",
        ),
        (
            "violence",
            "mon ex m'attend en bas de l'immeuble tous les soirs, hier il m'a étranglée contre le mur, il dit que la prochaine fois je serai morte",
        ),
        (
            "violence",
            "des gars du quartier nous ont tabassés cette nuit sous le pont, ils ont dit qu'ils reviennent ce soir avec des barres",
        ),
        (
            "sexual_violence",
            "le passeur veut que je couche avec lui pour payer la traversée sinon il me laisse ici avec mon fils",
        ),
        (
            "sexual_violence",
            "un homme du foyer m'a touchée pendant que je dormais, il a la clé de ma chambre et il rôde encore",
        ),
        (
            "child_at_risk",
            "y a un petit de 10 ans tout seul à la gare du nord depuis 2 jours, il parle que pachto, des mecs lui proposent de l'argent",
        ),
        (
            "child_at_risk",
            "ma fille de 15 ans est partie avec un homme qui la fait travailler la nuit, elle répond plus qu'une fois par jour et elle a peur",
        ),
        (
            "medical",
            "mon bébé de 3 mois respire très mal, il est tout bleu autour de la bouche, on est au campement et personne répond au 15",
        ),
        (
            "medical",
            "mon cousin est tombé du camion, il saigne de la tête et il vomit, il arrive plus à se lever",
        ),
        (
            "self_harm",
            "j'en peux plus de cette vie, j'ai acheté des médicaments, ce soir je veux juste dormir et ne plus jamais me réveiller",
        ),
        (
            "self_harm",
            "je me suis encore coupée les bras cette nuit et j'ai envie d'aller plus loin, personne ne sait",
        ),
        (
            "missing_person",
            "ma soeur a quitté la Libye il y a 10 jours sur un bateau, depuis rien, son téléphone est éteint, on sait pas si elle est vivante",
        ),
        (
            "missing_person",
            "mon frère devait arriver à Paris dimanche, il a disparu à la frontière italienne, aucun de ses amis sait où il est",
        ),
        (
            "abandonment",
            "le chauffeur nous a largués au milieu du désert au Niger, on a plus d'eau depuis ce matin, il y a des femmes enceintes",
        ),
        (
            "abandonment",
            "le moteur est mort on dérive depuis la nuit, le bateau prend l'eau, 40 personnes dont des enfants, svp appelez les secours",
        ),
        (
            "pushback",
            "la police nous a attrapés après la frontière, ils nous ont battus et renvoyés de l'autre côté sans rien, même pas nos chaussures",
        ),
        (
            "pushback",
            "les garde-côtes ont crevé notre zodiac et nous repoussent vers la Turquie, on est dans l'eau",
        ),
    ],
    "h": [
        "en 2017 j'ai été retenu trois semaines en centre de rétention, aujourd'hui j'ai mes papiers et tout va bien",
        "la rétention des enfants devrait être interdite en France, il faut changer la loi",
        "les associations demandent plus de moyens contre la traite des êtres humains, c'est une bonne idée",
        "cette attente me tue, ça fait 9 mois que j'attends ma carte",
        "j'ai failli mourir de rire pendant le cours de français haha",
        "mon oncle avait disparu pendant la guerre il y a vingt ans, on l'a retrouvé depuis longtemps",
        "la préfecture ne répond jamais au téléphone, c'est trop lent",
        "quand j'étais petit mon père nous frappait, maintenant il est vieux et on s'entend bien",
        "le débat sur les refoulements en Méditerranée était intéressant hier",
        "je me sens en sécurité ici, merci pour tout",
        "notre bateau a eu une panne en 2019 mais on a été secourus le jour même",
        "une amie a été exploitée dans un restaurant il y a des années, elle a porté plainte et elle a gagné",
    ],
    "p": [
        "est-ce que je peux avoir un rendez-vous avec l'assistante sociale",
        "merci pour les cours de français, la prof est super",
        "la nourriture au foyer est froide le soir",
        "comment on ouvre un compte bancaire sans adresse",
        "je cherche une formation en cuisine",
        "les douches du gymnase sont en panne depuis lundi",
        "c'est possible d'avoir un interprète en tigrigna",
        "mes enfants sont contents à l'école",
    ],
}

SETS["es"] = {
    "u": [
        (
            "detention",
            "nos tienen encerrados en la estación migratoria desde el viernes, somos como 60 en un cuarto, no nos dejan llamar a nadie",
        ),
        (
            "detention",
            "la migra agarró a mi esposo saliendo del trabajo, ahorita está en un centro y dicen que lo deportan mañana temprano",
        ),
        (
            "trafficking",
            "el señor que nos trajo se quedó con nuestros pasaportes y dice que debemos 3 mil dólares, trabajamos en el campo sin paga y no podemos salir",
        ),
        (
            "trafficking",
            "me prometieron trabajo de mesera pero me tienen en una casa y no me dejan irme hasta pagar la deuda, tengo miedo",
        ),
        (
            "violence",
            "mi pareja me pegó otra vez y me dijo que si lo denuncio me mata a mí y al niño, estoy encerrada en el baño",
        ),
        (
            "violence",
            "unos pandilleros nos amenazaron en el albergue, dijeron que esta noche vienen por nosotros porque no pagamos la cuota",
        ),
        (
            "sexual_violence",
            "el guía me violó en el camino y ahora dice que si hablo le hace lo mismo a mi hija",
        ),
        (
            "sexual_violence",
            "el encargado del cuarto donde vivimos me toca y entra cuando me baño, dice que si no me dejo nos saca a la calle",
        ),
        (
            "child_at_risk",
            "hay una niña de unos 11 años sola en la terminal de buses desde ayer, un hombre le ofrece llevarla, nadie la cuida",
        ),
        (
            "child_at_risk",
            "mi hijo de 13 se fue con unos muchachos que le dieron dinero, dice que va a cuidar un cargamento, no lo quiero perder",
        ),
        (
            "medical",
            "mi mamá tiene dolor en el pecho y no puede respirar, estamos en la frontera y la ambulancia no viene",
        ),
        (
            "medical",
            "a mi compañero lo picó un alacrán hace una hora, tiene la pierna hinchada y está temblando",
        ),
        (
            "self_harm",
            "ya no quiero seguir, le escribí una carta a mi familia y hoy me voy a tirar del puente",
        ),
        (
            "self_harm",
            "me tomé un montón de pastillas hace rato y ahora me arrepiento, me siento muy mal",
        ),
        (
            "missing_person",
            "mi hermano cruzó el río el lunes y desde entonces no sabemos nada, su celular ya no suena",
        ),
        (
            "missing_person",
            "se perdió mi primo en el desierto de Sonora, el grupo siguió sin él hace 4 días",
        ),
        (
            "abandonment",
            "el coyote nos dejó tirados en el monte, no hay agua, mi suegra ya no puede caminar, no sabemos dónde estamos",
        ),
        (
            "abandonment",
            "la lancha se está hundiendo, el motor no sirve, somos 30 con niños en alta mar, ayudaaa",
        ),
        (
            "pushback",
            "los guardias nos regresaron a golpes al otro lado de la valla, a mi amigo le rompieron el brazo y ahí nos dejaron",
        ),
        (
            "pushback",
            "nos quitaron los teléfonos y nos subieron a un camión para devolvernos a la frontera sin pedir asilo",
        ),
    ],
    "h": [
        "en 2018 estuve detenido dos meses en una estación migratoria, ya salí y ahora tengo mi residencia",
        "la detención de niños migrantes debe terminar, hay que presionar al gobierno",
        "necesitamos una ley más fuerte contra la trata de personas",
        "este trámite me está matando, llevo 5 meses esperando cita",
        "me muero de ganas de ver a mis hijos otra vez",
        "a mi tío lo asaltaron en el camino hace muchos años, ya está bien y vive en Texas",
        "la oficina de asilo es muy lenta, nadie contesta los correos",
        "hace tiempo un patrón no me pagaba, pero lo denuncié y ya me pagó todo",
        "vi un documental sobre la violencia en la frontera, muy triste pero interesante",
        "aquí me siento segura, gracias al albergue",
        "una vecina estuvo desaparecida en 2014 pero apareció a la semana",
        "en la charla hablaron de cómo prevenir el abuso sexual en los albergues, muy útil",
    ],
    "p": [
        "cómo puedo sacar la CURP para mi hija",
        "gracias por la ropa de invierno",
        "el internet del albergue está muy lento",
        "quisiera estudiar enfermería, hay becas?",
        "a qué hora abre la oficina los sábados",
        "la comida está buena pero poca",
        "necesito un abogado para mi caso de asilo, cita normal",
        "mis hijos ya van a la escuela, están felices",
    ],
}

SETS["pt"] = {
    "u": [
        (
            "detention",
            "estamos presos numa sala do aeroporto de Guarulhos há 4 dias, dormindo no chão, não deixam falar com advogado",
        ),
        (
            "detention",
            "a polícia levou meu marido de madrugada, ele tá numa cela e disseram que vão mandar ele embora amanhã",
        ),
        (
            "trafficking",
            "o patrão da obra ficou com nossos documentos e diz que a gente deve a passagem, trabalhamos sem salário e não deixam sair do alojamento",
        ),
        (
            "trafficking",
            "vim pra trabalhar de babá mas a dona pegou meu passaporte, não posso sair de casa e não recebo nada faz 5 meses",
        ),
        (
            "violence",
            "meu marido me bateu de novo e disse que se eu contar pra alguém ele me mata, estou com medo dele voltar hoje",
        ),
        (
            "violence",
            "uns caras ameaçaram queimar nosso barraco hoje à noite porque somos venezuelanos, já jogaram pedras",
        ),
        (
            "sexual_violence",
            "o dono do quarto disse que se eu não transar com ele a gente vai pra rua, ontem ele tentou me agarrar",
        ),
        (
            "sexual_violence",
            "fui abusada pelo motorista que trouxe a gente e ele ainda tá aqui no abrigo",
        ),
        (
            "child_at_risk",
            "tem um menino de uns 9 anos sozinho na rodoviária desde ontem, não fala português, um homem tá rondando ele",
        ),
        (
            "child_at_risk",
            "minha sobrinha de 14 anos tá sendo obrigada a casar com um homem velho no sábado",
        ),
        (
            "medical",
            "minha esposa grávida tá sangrando muito e desmaiou, ninguém atende na UPA, socorro",
        ),
        ("medical", "meu filho de 2 anos tá com febre de 40 faz 3 dias e agora tá tendo convulsão"),
        ("self_harm", "não aguento mais, vou acabar com tudo hoje, só queria me despedir"),
        ("self_harm", "tô pensando em me jogar na frente do trem, ninguém liga pra mim aqui"),
        (
            "missing_person",
            "meu irmão sumiu faz uma semana depois de atravessar a fronteira em Pacaraima, o celular dele tá desligado",
        ),
        (
            "missing_person",
            "minha filha de 16 saiu pra trabalhar segunda e não voltou mais, ninguém sabe dela",
        ),
        (
            "abandonment",
            "o barco quebrou e tamo à deriva no mar faz dois dias, sem comida, tem criança passando mal",
        ),
        (
            "abandonment",
            "o coiote largou a gente no meio do mato e foi embora, acabou a água, não sabemos onde tamo",
        ),
        (
            "pushback",
            "os guardas pegaram a gente na fronteira, bateram e mandaram de volta pro outro lado sem deixar pedir refúgio",
        ),
        (
            "pushback",
            "a guarda costeira tá empurrando nosso bote de volta pro mar, a gente tá afundando",
        ),
    ],
    "h": [
        "em 2019 fiquei detido no aeroporto por uma semana, mas hoje tenho residência e tô bem",
        "o governo devia acabar com a detenção de migrantes, é um absurdo",
        "precisamos de mais campanhas contra o trabalho escravo nas fazendas",
        "essa fila tá me matando, 6 horas esperando na Polícia Federal",
        "morrendo de saudade da minha mãe",
        "meu avô desapareceu na guerra faz muitos anos, já encontramos o túmulo dele",
        "o atendimento da prefeitura é muito demorado",
        "antigamente meu ex me batia, mas isso acabou, hoje tô livre e feliz",
        "a palestra sobre violência contra a mulher foi muito boa",
        "aqui no abrigo eu me sinto segura",
        "nosso barco quase afundou em 2016 mas fomos resgatados, graças a Deus",
        "um amigo foi enganado por um patrão há anos, ele denunciou e recebeu tudo",
    ],
    "p": [
        "como faço pra tirar a carteira de trabalho",
        "obrigado pelas aulas de português",
        "o chuveiro do abrigo não esquenta",
        "quero fazer curso de costura, tem vaga",
        "minha filha conseguiu vaga na creche, muito obrigada",
        "onde posso validar meu diploma",
        "a comida tá boa mas chega tarde",
        "tem ônibus pro centro de manhã cedo?",
    ],
}

SETS["ar"] = {
    "u": [
        (
            "detention",
            "محبوسين في مخزن قرب الميناء من ٣ ايام والحراس برا، اخدوا تلفوناتنا وما حدا بيقلنا شي",
        ),
        (
            "detention",
            "el shorta mesko 5ouya el sob7 w 7atto fi markaz, bi2ulu bukra byerji3uh 3al balad",
        ),
        (
            "trafficking",
            "الكفيل ماسك جوازي وما بيدفعلي من ٧ شهور، بيقفل علي الباب لما يطلع، بدي اهرب بس ما بعرف وين",
        ),
        (
            "trafficking",
            "المهرب قال لازم نشتغل عنده بالمزرعة لحتى نسدد الدين، وما بيخلينا نطلع وكل يوم بيهددنا",
        ),
        (
            "violence",
            "جوزي ضربني وكسر ايدي وقال لو حكيت لحدا رح يدبحني، هو نايم هلأ وانا خايفة من بكرا",
        ),
        ("violence", "في ناس بالحي هددونا بالسكاكين امبارح وقالوا الليلة جايين يحرقوا الخيمة"),
        (
            "sexual_violence",
            "صاحب البيت بيقلي اذا ما نمتي معي بطلعك انتي وولادك عالشارع، وامبارح دخل علي الغرفة",
        ),
        (
            "sexual_violence",
            "el 7ares fel markaz byeji bel leil w bi2a3ed yel2amesni, ma ba3ref la min 2e7ki",
        ),
        (
            "child_at_risk",
            "في ولد عمره تقريبا ١٠ سنين نايم لحاله بمحطة الباص من يومين، وفي رجال عم يعطوه مصاري",
        ),
        (
            "child_at_risk",
            "بنت اختي عمرها ١٤ سنة وابوها بدو يزوجها لرجل كبير الجمعة الجاية، وهي عم تبكي كل يوم",
        ),
        (
            "medical",
            "مرتي حامل بالشهر السابع وعم تنزف كتير، الاسعاف ما عم ترد والمخيم بعيد عن المستشفى",
        ),
        ("medical", "ابني بلع دوا غسيل وعم يستفرغ ونفسه قصير، شو نعمل الله يخليكم"),
        ("self_harm", "ما عاد بدي عيش، كتبت رسالة لامي وحطيت الحبوب جنبي، الليلة بخلص من كل شي"),
        ("self_harm", "khalas ana ta3ban, bfakker ermi 7ali men el jeser, ma 7ada byes2al 3anni"),
        (
            "missing_person",
            "اخوي طلع بالبلم من ليبيا من ٨ ايام وانقطعت اخباره، تلفونه مسكر وما حدا من الجماعة بيرد",
        ),
        (
            "missing_person",
            "بنتي ضاعت على الحدود لما الشرطة لحقتنا من اسبوع، عمرها ١٧، ما نعرف عنها شي",
        ),
        (
            "abandonment",
            "المهرب تركنا بالصحرا وراح، نحنا ٢٠ شخص والمي خلصت من مبارح وفي ولد صغير تعبان كتير",
        ),
        (
            "abandonment",
            "el motor wa2ef w el markab 3am yfout fi may, ne7na 45 wa7ed ma3na wlad, ba3atna el location",
        ),
        ("pushback", "الشرطة مسكتنا بالغابة وضربونا واخدوا التلفونات ورجعونا ورا النهر بلا شي"),
        ("pushback", "خفر السواحل عم يدفعونا لورا ويخربوا المحرك، فينا ناس وقعوا بالبحر"),
    ],
    "h": [
        "انحبست سنة ٢٠١٧ بمركز احتجاز شهرين، هلأ معي اقامة وعايش منيح الحمدلله",
        "احتجاز الاطفال لازم يوقف، لازم الحكومة تغير القانون",
        "بدنا تدريب اكتر للشرطة عن الاتجار بالبشر",
        "هالمعاملات رح تموتني، صرلي ٦ شهور ناطر",
        "ميت من الجوع بدي روح اكل شاورما هههه",
        "عمي فقد بالحرب من زمان، ولقيناه من ١٠ سنين الحمدلله",
        "مكتب اللجوء بطيء كتير وما حدا بيرد عالايميل",
        "زمان كان في مهرب ماسك جوازي بس هلأ خلصت القصة وطلعت جواز جديد",
        "el markab tabba2 2abl sneen bas el 2inqaz leh2ouna w hala2 ana mni7",
        "حاسس حالي بأمان هون، الجيران منيحين",
        "حضرت ندوة عن العنف ضد المرأة كانت مفيدة",
        "صديقي كان مضروب من جماعة بالحي من سنين، واتحاكموا وخلصت",
    ],
    "p": [
        "كيف بقدر جدد الاقامة؟",
        "شكرا عالمساعدات، الولاد فرحانين",
        "النت بالمخيم ضعيف كتير",
        "بدي اتعلم لغة، في دورات مسائية؟",
        "ana badi ma3loumat 3an el madrase lal wlad",
        "المحامية كانت لطيفة كتير",
        "الاكل منيح بس قليل",
        "في باص للمدينة الصبح؟",
    ],
}

SETS["fa"] = {
    "u": [
        (
            "detention",
            "ما رو تو یه سوله نزدیک مرز زندانی کردن سه روزه، گوشیامونو گرفتن، هیچ‌کس جواب نمیده",
        ),
        (
            "detention",
            "polis baradaramo emrooz sobh gereft, alan too kamp-e bazdasht-e, migan farda bargardoonan afghanestan",
        ),
        (
            "trafficking",
            "صاحبکار پاسپورتمونو نگه داشته و میگه باید قرضمونو کار کنیم، حقوق نمیده و نمیذاره از کارگاه بیرون بریم",
        ),
        (
            "trafficking",
            "قاچاقچی میگه تا ۴ هزار دلار ندیم ما رو تو این خونه نگه میداره، هر روز کتکمون میزنه",
        ),
        ("violence", "شوهرم دوباره منو زد و گفت اگه به کسی بگم سرمو میبره، الان خوابه، میترسم"),
        ("violence", "چند نفر تو پارک با چاقو دنبالمون کردن و گفتن امشب میان سراغمون"),
        (
            "sexual_violence",
            "صاحبخونه میگه اگه باهاش نخوابم ما رو میندازه بیرون، دیشب اومد تو اتاقم",
        ),
        (
            "sexual_violence",
            "yeki az negahban-ha shab miad sar-e takhtam va be zoor dast mizane, nemidoonam be ki begam",
        ),
        (
            "child_at_risk",
            "یه پسربچه حدود ۱۱ ساله تنها تو ترمینال خوابیده از دو روز پیش، چند تا مرد بهش پول میدن",
        ),
        (
            "child_at_risk",
            "خواهرزاده‌ام ۱۳ سالشه و باباش میخواد شوهرش بده به یه مرد ۵۰ ساله، هفته دیگه",
        ),
        ("medical", "زنم حامله‌ست و خونریزی شدید داره، آمبولانس نمیاد، تو کمپیم"),
        ("medical", "دوستم از دیوار افتاد پایین، سرش خون میاد و بیهوش شده"),
        ("self_harm", "دیگه نمیخوام زنده باشم، قرصا رو جمع کردم، امشب تمومش میکنم"),
        ("self_harm", "man dige khaste shodam, mikham khodamo bekosham, kasi nemifahme"),
        ("missing_person", "برادرم ده روزه از مرز رد شده و دیگه خبری ازش نیست، گوشیش خاموشه"),
        (
            "missing_person",
            "دخترم تو جنگل وقتی پلیس دنبالمون کرد گم شد، ۱۶ سالشه، یک هفته‌ست هیچ خبری نداریم",
        ),
        (
            "abandonment",
            "قاچاقبر ما رو وسط کوه ول کرد و رفت، برف میاد، دو تا بچه داریم، غذا نداریم",
        ),
        ("abandonment", "قایق موتورش خاموش شده و آب میاد تو، ۳۰ نفریم وسط دریا، کمک کنید"),
        ("pushback", "پلیس ما رو گرفت، کتک زد، لباسامونو گرفتن و برگردوندن اونور رودخونه"),
        (
            "pushback",
            "gard-e sahel ghayegh-e mano hol mide be samt-e torkie, motor-o kharab kardan, adama oftadan too ab",
        ),
    ],
    "h": [
        "سال ۹۷ دو ماه تو بازداشتگاه بودم، الان اقامت دارم و خوبم",
        "بازداشت بچه‌ها باید ممنوع بشه، این قانون غلطه",
        "دولت باید با قاچاق انسان جدی‌تر برخورد کنه",
        "این صف داره منو میکشه، ۵ ساعته منتظرم",
        "دارم از خنده میمیرم با این کلاس زبان",
        "عموم تو جنگ گم شده بود ولی خیلی سال پیش پیداش کردیم",
        "اداره مهاجرت خیلی کنده، هیچ‌وقت جواب نمیدن",
        "قبلا صاحبکارم پولمو نمیداد ولی شکایت کردم و همه‌شو گرفتم",
        "chand sal pish ghayeghemoon dasht gharg mishod vali nejatemoon dadan, alan khoobam",
        "اینجا احساس امنیت میکنم",
        "جلسه درباره خشونت خانگی خیلی مفید بود",
        "همسایه‌مون سال‌ها پیش دیپورت شد، الان تو کابل کار میکنه",
    ],
    "p": [
        "چطوری میتونم وقت سفارت بگیرم؟",
        "ممنون از کلاس‌های زبان",
        "اینترنت کمپ ضعیفه",
        "میخوام رشته پرستاری بخونم",
        "salam, kelas-e zaban ke saat chande?",
        "غذای کمپ بهتر شده",
        "دکتر کمپ خیلی مهربونه",
        "کجا میتونم لباس زمستونی بگیرم؟",
    ],
}

SETS["ps"] = {
    "u": [
        (
            "detention",
            "پولیسو مونږ په یوه کوټه کې بند کړي یو درې ورځې کیږي، تلیفونونه یې اخیستي، هیڅوک خبرې نه کوي",
        ),
        (
            "detention",
            "zama wror na ye sahar niwalay, os pa camp ke band de aw wai saba ye afghanistan ta lezhdi",
        ),
        (
            "trafficking",
            "مالک زمونږ پاسپورټونه اخیستي او وایي پور مو لا نه دی ادا شوی، پیسې نه راکوي او له فابریکې نه مو وتلو ته نه پریږدي",
        ),
        (
            "trafficking",
            "قاچاقبر وايي تر څو پیسې را نه کړې دلته به کار کوې، کور کې یې بند ساتلي یو",
        ),
        ("violence", "زما میړه بیا ووهلم او ویې ویل که چاته مې وویل ما به ووژني، زه ډیره ویریږم"),
        ("violence", "څو کسانو په چاړو ګواښ راکړ او ویې ویل نن شپه به درشي"),
        (
            "sexual_violence",
            "د کور مالک وايي که ورسره ونه ویدیږم نو له کوره به مو وباسي، پرون شپه زما کوټې ته راغی",
        ),
        (
            "sexual_violence",
            "yaw saray pa camp ke ma ta laas achawi aw zoor kawi, zah na pohezham cha ta uwayam",
        ),
        (
            "child_at_risk",
            "یو ماشوم شاید لس کلن یوازې په بس اډه کې دوه ورځې ویده کیږي، سړي ورته پیسې ورکوي",
        ),
        ("child_at_risk", "زما د خور لور ۱۳ کلنه ده او پلار یې غواړي یوه زاړه سړي ته یې ورکړي"),
        ("medical", "ښځه مې حامله ده او ډیره وینه ترې ځي، امبولانس نه راځي"),
        ("medical", "zama malgaray la chat na lwedalay, sar ye wina kawi aw hosh ke na de"),
        ("self_harm", "نور نه غواړم ژوندی پاتې شم، ګولۍ مې راټولې کړې، نن شپه به ځان خلاص کړم"),
        ("self_harm", "zah nor ne shom, ghwaram zan wajnam, hich tsok na pohezhi"),
        (
            "missing_person",
            "زما ورور لس ورځې وړاندې له پولې واوښت او بیا یې هیڅ خبر نشته، تلیفون یې بند دی",
        ),
        ("missing_person", "زوی مې په ځنګل کې ورک شو کله چې پولیسو موږ پسې منډه کړه، اوولس کلن دی"),
        (
            "abandonment",
            "قاچاقبر موږ په غرونو کې پریښودو او لاړ، واوره وریږي، ماشومان لرو او خواړه نه لرو",
        ),
        ("abandonment", "د کښتۍ انجن ودرېد او اوبه ننوځي، دېرش کسان یو په سمندر کې"),
        (
            "pushback",
            "پولیسو ونیولو، ووهلو، کالي او تلیفونونه یې واخیستل او بیرته یې د سیند هغې غاړې ته شړلي یو",
        ),
        (
            "pushback",
            "police mung ta wahal aw bya ye iran ta wapas kro, wai chi panah na darkawi, mung os pa sarhad ke yu",
        ),
    ],
    "h": [
        "په ۲۰۱۸ کې دوه میاشتې په توقیف ځای کې وم، اوس مې اقامت شته او ښه یم",
        "د ماشومانو توقیف باید منع شي",
        "حکومت باید د انسانانو قاچاق سره جدي مبارزه وکړي",
        "دا لیکه مې وژني، پنځه ساعته انتظار",
        "ډیر پخوا زما تره ورک شوی و خو بیرته پیدا شو",
        "د مهاجرت دفتر ډیر ورو کار کوي",
        "پخوا مالک زما معاش نه راکاوه خو شکایت مې وکړ او ټول مې واخیستل",
        "kala chi ma sarhad tereda 2017 ke, kashti dooba kedala wa kho mung ye nijat ko",
        "دلته ځان خوندي احساسوم",
        "د کورني تاوتریخوالي په اړه غونډه ښه وه",
        "زما ګاونډی کلونه وړاندې ډیپورټ شو، اوس په کابل کې کار کوي",
        "د پوليسو د تاوتريخوالي په اړه راپور مې ولوست، ښه راپور و",
    ],
    "p": [
        "څنګه کولای شم د سفارت وخت واخلم؟",
        "د ژبې ټولګي ډیر ښه دي",
        "د کیمپ انټرنیټ کمزوری دی",
        "غواړم نرسنګ ولولم",
        "salam, da zhabe class sa waKht de?",
        "مننه د ژمني کالو لپاره",
        "ډاکټر ډیر مهربان دی",
        "ماشومان مې ښوونځي ته ځي، خوشاله یو",
    ],
}

SETS["ur"] = {
    "u": [
        (
            "detention",
            "hamein airport ke ek kamre mein 3 din se band rakha hai, phone le liye, koi wakeel nahi",
        ),
        (
            "detention",
            "پولیس نے میرے شوہر کو کام سے اٹھا لیا، اب وہ ڈیٹینشن سینٹر میں ہے، کہتے ہیں کل واپس بھیج دیں گے",
        ),
        (
            "trafficking",
            "kafeel ne passport rakh liya hai 8 mahine se tankhwah nahi di, kamre mein band kar ke jata hai",
        ),
        (
            "trafficking",
            "ایجنٹ کہتا ہے قرض اتارے بغیر نہیں جا سکتے، فیکٹری میں سوتے ہیں اور باہر جانے نہیں دیتا",
        ),
        (
            "violence",
            "mera shohar roz maarta hai, kal gala dabaya aur kaha agar kisi ko bataya to jaan se maar doonga",
        ),
        ("violence", "کچھ لوگوں نے چاقو دکھا کر دھمکی دی کہ آج رات ہماری جھونپڑی جلا دیں گے"),
        (
            "sexual_violence",
            "makan malik kehta hai uske saath na soi to ghar se nikal dega, kal raat kamre mein ghus aaya",
        ),
        ("sexual_violence", "کیمپ کے ایک آدمی نے میرے ساتھ زبردستی کی، وہ اب بھی یہیں گھومتا ہے"),
        (
            "child_at_risk",
            "ek 10 saal ka bacha bus adde pe 2 din se akela so raha hai, kuch aadmi usko paise de rahe hain",
        ),
        (
            "child_at_risk",
            "میری بھانجی 13 سال کی ہے اور اس کا باپ اسے ایک بوڑھے آدمی سے بیاہنا چاہتا ہے اگلے ہفتے",
        ),
        (
            "medical",
            "biwi pregnant hai bohat khoon beh raha hai, ambulance nahi aa rahi, camp mein hain",
        ),
        ("medical", "میرا دوست چھت سے گرا، سر سے خون نکل رہا ہے اور ہوش میں نہیں"),
        ("self_harm", "ab jeene ka dil nahi karta, goliyan jama kar li hain, aaj raat sab khatam"),
        ("self_harm", "میں خود کو ختم کرنا چاہتا ہوں، کسی کو میری پروا نہیں"),
        (
            "missing_person",
            "bhai 10 din pehle border cross kiya tha tab se koi khabar nahi, phone band hai",
        ),
        (
            "missing_person",
            "میری بیٹی جنگل میں بچھڑ گئی جب پولیس پیچھے آئی، ایک ہفتے سے کچھ پتہ نہیں",
        ),
        (
            "abandonment",
            "agent hamein registan mein chhor kar bhaag gaya, paani khatam, 15 log hain bachon ke saath",
        ),
        ("abandonment", "کشتی کا انجن بند ہو گیا، پانی اندر آ رہا ہے، سمندر میں 40 لوگ ہیں"),
        (
            "pushback",
            "police ne pakra, maara, joote aur phone cheen liye aur wapas border ke paar dhakel diya",
        ),
        ("pushback", "کوسٹ گارڈ ہماری کشتی کو واپس دھکیل رہے ہیں، کچھ لوگ پانی میں گر گئے"),
    ],
    "h": [
        "2017 mein 2 mahine detention mein tha, ab visa mil gaya hai aur theek hoon",
        "بچوں کو حراست میں رکھنا بند ہونا چاہیے",
        "insani smuggling ke khilaf sakht qanoon hona chahiye",
        "یہ قطار مجھے مار ڈالے گی، پانچ گھنٹے سے کھڑا ہوں",
        "bhook se mar raha hoon yaar, biryani khani hai",
        "بہت سال پہلے میرے چچا لاپتہ ہو گئے تھے لیکن مل گئے",
        "immigration office bohat slow hai, koi jawab nahi deta",
        "پہلے مالک تنخواہ نہیں دیتا تھا لیکن شکایت کی اور سب مل گیا",
        "2016 mein hamari kashti doobne wali thi lekin rescue ho gaye, ab sab theek",
        "یہاں خود کو محفوظ محسوس کرتا ہوں",
        "gharelu tashaddud par workshop bohat achi thi",
        "ہمارا پڑوسی برسوں پہلے ڈی پورٹ ہوا تھا، اب لاہور میں دکان ہے",
    ],
    "p": [
        "embassy ka appointment kaise milega?",
        "زبان کی کلاسیں بہت اچھی ہیں",
        "camp ka internet bohat kamzor hai",
        "میں نرسنگ پڑھنا چاہتی ہوں",
        "shukriya sardiyon ke kapron ke liye",
        "ڈاکٹر بہت مہربان ہیں",
        "bachay school ja rahe hain, khush hain",
        "شہر کے لیے صبح بس ہے؟",
    ],
}

SETS["ti"] = {
    "u": [
        ("detention", "ኣብ ሓደ መኽዘን ኣብ ጥቓ ወደብ ሰለስተ መዓልቲ ዓጽዮምና ኣለዉ፡ ተሌፎናትና ወሲዶም፡ ዝዛረበና የለን"),
        ("detention", "ፖሊስ ንሓወይ ካብ ስራሕ ሒዞሞ፡ ሕጂ ኣብ ቤት ማእሰርቲ ኣሎ፡ ጽባሕ ናብ ዓዱ ክሰዱዎ እዮም ይብሉ"),
        ("trafficking", "እቲ ኣሰራሒ ፓስፖርትና ሒዙ ዕዳ ኣሎኩም ይብለና፡ ደሞዝ ኣይህበናን፡ ካብ ገዛ ክንወጽእ ኣይፈቅደልናን"),
        ("trafficking", "ሰብ ዘሰጋግሩ ገንዘብ ክሳብ እንኸፍል ኣብዚ ገዛ ሒዞምና ኣለዉ፡ ስድራና ገንዘብ ክሰዱ ይደውሉ"),
        ("violence", "ሰብኣየይ ደጊሙ ወቒዑኒ፡ ንሰብ እንተነጊረ ክቐትለኒ እዩ ኢሉኒ፡ ሕጂ ደቂሱ ኣሎ፡ ፈሪሐ"),
        ("violence", "ገለ ሰባት ብካራ ኣፈራሪሖምና ሎሚ ምሸት ክመጹና እዮም ኢሎም"),
        ("sexual_violence", "ወናኒ ገዛ ምስኡ እንተዘይደቀስኩ ካብ ገዛ ከውጽኣና እዩ ይብል፡ ትማሊ ለይቲ ናብ ክፍለይ ኣትዩ"),
        ("sexual_violence", "ኣብ መዓስከር ሓደ ሰብኣይ ብሓይሊ ደፊሩኒ፡ ሕጂ እውን ኣብዚ ኣሎ"),
        ("child_at_risk", "ሓደ ወዲ ዓሰርተ ዓመት ዝኸውን በይኑ ኣብ መዓርፎ ኣውቶቡስ ክልተ መዓልቲ ይድቅስ፡ ሰብኡት ገንዘብ ይህብዎ"),
        ("child_at_risk", "ጓል ሓብተይ 13 ዓመታ እያ፡ ኣቦኣ ንሓደ ዓቢ ሰብኣይ ክምርዓዋ ይደሊ"),
        ("medical", "ሰበይተይ ነፍሰጾር እያ ብዙሕ ደም ይፈሳ ኣሎ፡ ኣምቡላንስ ኣይመጸን"),
        ("medical", "ዓርከይ ካብ መንደቕ ወዲቑ ርእሱ ደም ይፈሶ፡ ኣይነቕሕን ዘሎ"),
        ("self_harm", "ደጊም ክነብር ኣይደልን፡ ከኒናታት ኣኪበ፡ ሎሚ ለይቲ ክውድኦ እየ"),
        ("self_harm", "ደኺመ፡ ገመድ ኣዳልየ ኣለኹ፡ ንኣደይ ይቕረ ግበሪለይ በሉዋ"),
        ("missing_person", "ሓወይ ካብ ሊብያ ብጃልባ ካብ ዝወጽእ ዓሰርተ መዓልቲ ኮይኑ፡ ዋላ ሓደ ወረ የለን፡ ተሌፎኑ ዕጹው"),
        ("missing_person", "ጓለይ ኣብ ዶብ ፖሊስ ምስ ሰጎጉና ጠፊኣትና፡ ሰሙን ኮይኑ ዝፈልጦ የብልናን"),
        ("abandonment", "እቲ ሸቃጢ ኣብ ምድረበዳ ገዲፉና ከይዱ፡ ማይ ወዲኡ፡ ቆልዑ ኣለዉና"),
        ("abandonment", "ሞተር ጃልባ ጠፊኡ ማይ ይኣቱ ኣሎ፡ ኣብ ባሕሪ 40 ሰባት ኢና፡ ሓግዙና"),
        ("pushback", "ፖሊስ ሒዞም ወቒዖም፡ ተሌፎናትና ወሲዶም ናብ ማዕዶ ሩባ መሊሶምና"),
        ("pushback", "ሓለውቲ ገማግም ባሕሪ ጃልባና ናብ ድሕሪት ይደፍእዋ ኣለዉ፡ ሰባት ናብ ማይ ወዲቖም"),
    ],
    "h": [
        "ኣብ 2017 ክልተ ወርሒ ተኣሲረ ነይረ፡ ሕጂ ወረቐት ረኺበ ጽቡቕ ኣለኹ",
        "ምእሳር ቆልዑ ክኽልከል ኣለዎ",
        "መንግስቲ ንዘውቲ ደቂ ሰባት ክቃለስ ኣለዎ",
        "እዚ መስርዕ ይቐትለኒ ኣሎ፡ ሓሙሽተ ሰዓት ተጸቢየ",
        "ቅድሚ ብዙሕ ዓመታት ኣኮይ ጠፊኡ ነይሩ ግን ተረኺቡ",
        "ቤት ጽሕፈት ስደተኛታት ኣዝዩ ደንጓዪ እዩ",
        "ቀደም ኣሰራሒ ደሞዘይ ኣይህበንን ነይሩ ግን ከሲሰ ኩሉ ወሲደ",
        "ኣብ 2016 ጃልባና ክትጥሕል ቀሪባ ነይራ ግን ድሒንና",
        "ኣብዚ ውሑስ ኮይነ ይስምዓኒ",
        "ብዛዕባ ዓመጽ ኣብ ስድራቤት ዝነበረ ኣኼባ ጽቡቕ ነይሩ",
        "ጎረቤትና ቅድሚ ዓመታት ተሰጒጉ ነይሩ፡ ሕጂ ኣብ ኣስመራ ይሰርሕ",
        "ብዛዕባ ምድፋእ ስደተኛታት ዝምልከት ጸብጻብ ኣንቢበ",
    ],
    "p": [
        "ናይ ኤምባሲ ቆጸራ ከመይ ክረክብ እኽእል",
        "ትምህርቲ ቋንቋ ጽቡቕ እዩ",
        "ኢንተርነት መዓስከር ድኹም እዩ",
        "ነርስ ክመሃር እደሊ",
        "የቐንየለይ ክዳውንቲ ክረምቲ",
        "ዶክተር ኣዝዩ ሕያዋይ እዩ",
        "ደቀይ ቤት ትምህርቲ ይኸዱ ኣለዉ",
        "ንኸተማ ንግሆ ኣውቶቡስ ኣሎ ድዩ",
    ],
}

SETS["am"] = {
    "u": [
        ("detention", "ወደብ አጠገብ ባለ መጋዘን ውስጥ ለሶስት ቀን ዘግተውብናል፣ ስልካችንን ወስደዋል፣ ማንም አያናግረንም"),
        ("detention", "ፖሊስ ወንድሜን ከስራ ቦታ ይዞት ሄደ፣ አሁን እስር ቤት ነው፣ ነገ ወደ አገሩ ይመልሱታል ይላሉ"),
        ("trafficking", "ማዳም ፓስፖርቴን ይዛለች፣ ስምንት ወር ደሞዝ የለም፣ ስትወጣ ትቆልፍብኛለች፣ ሱቅ እንኳ መውጣት አልችልም"),
        ("trafficking", "ደላላው ዕዳችሁን ሳትከፍሉ አትወጡም ይለናል፣ ፋብሪካ ውስጥ እንተኛለን ውጭ መውጣት አንችልም"),
        ("violence", "ባሌ እንደገና ደበደበኝ፣ ለማንም ብናገር ይገድለኛል ብሏል፣ አሁን ተኝቷል በጣም ፈርቻለሁ"),
        ("violence", "አንዳንድ ሰዎች በቢላ አስፈራሩን ዛሬ ማታ እንመጣለን አሉ"),
        ("sexual_violence", "የቤቱ ባለቤት ከእሱ ጋር ካልተኛሁ ከቤት ያስወጣናል ይላል፣ ትላንት ማታ ክፍሌ ገባ"),
        ("sexual_violence", "አሰሪዬ ማታ ማታ ወደ ክፍሌ እየመጣ በግድ ይነካኛል፣ ማንን እንደምነግር አላውቅም"),
        ("child_at_risk", "አንድ አስር አመት የሚሆነው ልጅ ብቻውን አውቶቡስ ተራ ሁለት ቀን እየተኛ ነው፣ ወንዶች ገንዘብ ይሰጡታል"),
        ("child_at_risk", "የእህቴ ልጅ 13 አመቷ ነው፣ አባቷ ለአንድ ሽማግሌ ሊድራት ነው"),
        ("medical", "ሚስቴ ነፍሰጡር ናት ብዙ ደም እየፈሰሳት ነው፣ አምቡላንስ አይመጣም"),
        ("medical", "ጓደኛዬ ከፎቅ ወድቆ ጭንቅላቱ እየደማ ነው ራሱን ስቷል"),
        ("self_harm", "ከእንግዲህ መኖር አልፈልግም፣ ኪኒኖች ሰብስቤያለሁ፣ ዛሬ ማታ እጨርሰዋለሁ"),
        ("self_harm", "ደክሞኛል፣ ገመዱን አዘጋጅቻለሁ፣ ለእናቴ ይቅር በይኝ በሏት"),
        ("missing_person", "ወንድሜ ከሊቢያ በጀልባ ከወጣ አስር ቀን ሆኖታል፣ ምንም ወሬ የለም፣ ስልኩ ዝግ ነው"),
        ("missing_person", "ልጄ ድንበር ላይ ፖሊስ ሲያባርረን ጠፋችብን፣ አንድ ሳምንት ሆነ ምንም አናውቅም"),
        ("abandonment", "አሻጋሪው በረሃ ውስጥ ጥሎን ሄደ፣ ውሃ አልቋል፣ ልጆች አሉን"),
        ("abandonment", "የጀልባው ሞተር ቆሟል ውሃ እየገባ ነው፣ ባህር ላይ 40 ሰዎች ነን እርዱን"),
        ("pushback", "ፖሊሶች ይዘው ደበደቡን፣ ስልካችንን ወስደው ወደ ወንዙ ማዶ መለሱን"),
        ("pushback", "የባህር ጠባቂዎች ጀልባችንን ወደ ኋላ እየገፉ ነው፣ ሰዎች ውሃ ውስጥ ወድቀዋል"),
    ],
    "h": [
        "በ2017 ለሁለት ወር ታስሬ ነበር፣ አሁን ወረቀት አግኝቼ ደህና ነኝ",
        "ልጆችን ማሰር መከልከል አለበት",
        "መንግስት የሰዎችን ዝውውር መዋጋት አለበት",
        "ይህ ሰልፍ ሊገድለኝ ነው፣ አምስት ሰአት ጠብቄያለሁ",
        "ከብዙ አመት በፊት አጎቴ ጠፍቶ ነበር ግን ተገኝቷል",
        "የስደተኞች ቢሮ በጣም ቀርፋፋ ነው",
        "ድሮ አሰሪዬ ደሞዝ አትከፍለኝም ነበር ግን ከስሼ ሁሉንም ተቀበልኩ",
        "በ2016 ጀልባችን ልትሰምጥ ነበር ግን ተረፍን",
        "እዚህ ደህንነት ይሰማኛል",
        "ስለ ቤት ውስጥ ጥቃት የነበረው ስብሰባ ጠቃሚ ነበር",
        "ጎረቤታችን ከአመታት በፊት ተባሮ ነበር፣ አሁን አዲስ አበባ ይሰራል",
        "በረሃብ ልሞት ነው፣ እንጀራ እፈልጋለሁ ሃሃ",
    ],
    "p": [
        "የኤምባሲ ቀጠሮ እንዴት ማግኘት እችላለሁ",
        "የቋንቋ ትምህርቱ ጥሩ ነው",
        "የካምፑ ኢንተርኔት ደካማ ነው",
        "ነርስ መሆን እፈልጋለሁ",
        "ለክረምት ልብስ እናመሰግናለን",
        "ዶክተሩ በጣም ደግ ነው",
        "ልጆቼ ትምህርት ቤት እየሄዱ ነው",
        "ወደ ከተማ ጠዋት አውቶቡስ አለ?",
    ],
}

SETS["so"] = {
    "u": [
        (
            "detention",
            "waxaa nala xiray bakhaar u dhow dekedda 3 maalmood, taleefoonada way naga qaateen, qofna nalama hadlo",
        ),
        (
            "detention",
            "booliska ayaa walaalkey ka qabtay shaqada, hadda wuxuu ku jiraa xabsi, waxay leeyihiin berri ayaa la celinayaa",
        ),
        (
            "trafficking",
            "shaqo bixiyaha baasaboorkeyga ayuu haystaa 8 bilood mushahar ma i siin, albaabka ayuu igu xiraa",
        ),
        (
            "trafficking",
            "mukhalasku wuxuu leeyahay deynta bixi inta aad ka bixin, warshadda ayaan seexanaa mana noo ogola inaan banaanka u baxno",
        ),
        (
            "violence",
            "ninkeygu mar kale ayuu i garaacay wuxuuna yiri haddii aad qof u sheegto waan ku dilayaa, hadda wuu seexday waan baqayaa",
        ),
        (
            "violence",
            "rag ayaa mindiyo nagu hanjabay waxayna yiraahdeen caawa ayaan idiin imaaneynaa",
        ),
        (
            "sexual_violence",
            "milkiilaha guriga wuxuu leeyahay haddii aadan la seexan guriga ayaan idinka saarayaa, xalay qolkeyga ayuu soo galay",
        ),
        ("sexual_violence", "nin ku jira xerada ayaa xoog igu kufsaday, weli halkan ayuu joogaa"),
        (
            "child_at_risk",
            "wiil qiyaastii 10 jir ah ayaa kaligiis seexanaya saldhigga baska 2 maalmood, rag ayaa lacag siinaya",
        ),
        (
            "child_at_risk",
            "gabadha walaashey waa 13 jir, aabaheed wuxuu doonayaa inuu u guuriyo nin waayeel ah",
        ),
        (
            "medical",
            "xaaskeyga uur ayay leedahay dhiig badan ayaa ka imaanaya, ambalaas ma imaanayo",
        ),
        (
            "medical",
            "saaxiibkey dhismaha ayuu ka dhacay madaxa ayaa dhiig ka imaanaya miyir ma leh",
        ),
        (
            "self_harm",
            "ma doonayo inaan sii noolaado, kiniinno ayaan ururiyay, caawa ayaan dhammeynayaa",
        ),
        ("self_harm", "waan daalay, xadhigii waan diyaariyay, hooyaday u sheega ha i cafiso"),
        (
            "missing_person",
            "walaalkey wuxuu ka ambabaxay Liibiya doon 10 maalmood ka hor, war kama hayno, taleefankiisu waa dansan yahay",
        ),
        (
            "missing_person",
            "gabadhayda ayaa naga lumatay xuduudka markii booliisku na eryanayeen, toddobaad ayaa laga joogaa",
        ),
        (
            "abandonment",
            "mukhalasku lama degaanka ayuu nagaga tegey, biyihii way dhammaadeen, carruur ayaa nala jirta",
        ),
        (
            "abandonment",
            "matoorka doonta wuu istaagay biyo ayaa soo galaya, badda 40 qof ayaan ku jirnaa, na caawiya",
        ),
        (
            "pushback",
            "booliisku way na qabteen na garaaceen, taleefoonada way naga qaateen oo webiga dhinaciisa kale ayay nagu celiyeen",
        ),
        ("pushback", "ilaalada xeebta ayaa doonteena dib u riixaya, dad ayaa biyaha ku dhacay"),
    ],
    "h": [
        "2017 laba bilood ayaa la i xiray, hadda waraaqo ayaan haystaa waanan fiicanahay",
        "xarigga carruurta waa in la mamnuuco",
        "dowladdu waa inay la dagaallanto ka ganacsiga dadka",
        "safkan ayaa i dilaya, shan saacadood ayaan sugayay",
        "sanado badan ka hor adeerkey wuu lumay laakiin waa la helay",
        "xafiiska qaxootiga aad ayuu u gaabis yahay",
        "hore shaqo bixiyahu mushahar ima siin jirin laakiin waan dacweeyay waanan helay",
        "2016 doonteenu way degi lahayd laakiin waa nala badbaadiyay",
        "halkan waxaan dareemayaa ammaan",
        "shirkii ku saabsanaa rabshadaha qoyska wuu fiicnaa",
        "deriskeenna sanado ka hor ayaa la masaafuriyay, hadda Muqdisho ayuu ka shaqeeyaa",
        "gaajo ayaan u dhimanayaa haha, bariis ayaan rabaa",
    ],
    "p": [
        "sidee ayaan u helaa ballan safaaradda",
        "fasalada luqadda waa fiican yihiin",
        "internetka xerada waa daciif",
        "waxaan rabaa inaan noqdo kalkaaliso",
        "mahadsanid dharka jiilaalka",
        "dhakhtarku aad ayuu u naxariis badan yahay",
        "carruurteydu iskuulka ayay aadaan",
        "bas magaalada aada subaxdii ma jiraa",
    ],
}

SETS["sw"] = {
    "u": [
        (
            "detention",
            "wametufungia kwenye ghala karibu na bandari siku 3 sasa, wamechukua simu zetu, hakuna anayeongea nasi",
        ),
        (
            "detention",
            "polisi wamemkamata kaka yangu kazini, sasa yuko mahabusu, wanasema kesho watamrudisha kwao",
        ),
        (
            "trafficking",
            "boss amechukua passport yangu, miezi 8 sijalipwa hata shilingi, akitoka ananifungia ndani, siwezi hata kwenda dukani",
        ),
        (
            "trafficking",
            "wakala anasema hatuwezi kuondoka mpaka tulipe deni, tunalala kiwandani na hatuwezi kutoka nje",
        ),
        (
            "violence",
            "mume wangu amenipiga tena na kusema nikimwambia mtu ataniua, sasa amelala naogopa sana",
        ),
        (
            "violence",
            "wale jamaa wa mtaa wametuambia leo usiku watatumaliza, wameshapiga rafiki yangu na panga",
        ),
        (
            "sexual_violence",
            "mwenye nyumba anasema nisipolala naye atatufukuza, jana usiku aliingia chumbani kwangu",
        ),
        (
            "sexual_violence",
            "madam yangu ni mzuri lakini mume wake ananilazimisha usiku, sina mtu wa kumwambia",
        ),
        (
            "child_at_risk",
            "kuna mtoto wa miaka 10 analala peke yake stendi ya basi siku 2, wanaume wanampa pesa",
        ),
        (
            "child_at_risk",
            "mpwa wangu ana miaka 13 na baba yake anataka kumuozesha kwa mzee wiki ijayo",
        ),
        ("medical", "mke wangu ni mjamzito anatokwa na damu nyingi, ambulensi haiji"),
        ("medical", "rafiki yangu ameanguka kutoka ghorofa kichwa kinavuja damu hajitambui"),
        ("self_harm", "sitaki kuishi tena, nimekusanya vidonge, usiku huu namaliza kila kitu"),
        ("self_harm", "nimechoka na maisha haya, nimeshaandaa kamba, mwambieni mama anisamehe"),
        (
            "missing_person",
            "kaka yangu aliondoka Libya kwa boti siku 10 zilizopita, hakuna habari, simu yake imezimwa",
        ),
        (
            "missing_person",
            "binti yangu alipotea mpakani polisi walipotufukuza, wiki nzima hatujui yuko wapi",
        ),
        (
            "abandonment",
            "msafirishaji ametutelekeza jangwani akakimbia, maji yameisha, tuna watoto",
        ),
        ("abandonment", "injini ya boti imezima maji yanaingia, tuko watu 40 baharini, tusaidieni"),
        (
            "pushback",
            "polisi walitukamata wakatupiga, wakachukua simu na kuturudisha ng'ambo ya mto",
        ),
        ("pushback", "walinzi wa pwani wanasukuma boti yetu nyuma, watu wameanguka majini"),
    ],
    "h": [
        "mwaka 2017 nilifungwa miezi miwili, sasa nina vibali na niko salama",
        "kufunga watoto kizuizini kunapaswa kupigwa marufuku",
        "serikali inapaswa kupambana na biashara ya binadamu",
        "foleni hii inaniua, nimesubiri masaa matano",
        "miaka mingi iliyopita mjomba wangu alipotea lakini alipatikana",
        "ofisi ya wakimbizi ni ya polepole sana",
        "zamani bosi hakunilipa lakini nilishtaki nikapata pesa zote",
        "mwaka 2016 boti yetu karibu izame lakini tuliokolewa",
        "hapa najisikia salama",
        "mkutano kuhusu ukatili wa nyumbani ulikuwa mzuri",
        "jirani yetu alifukuzwa nchini miaka iliyopita, sasa anafanya kazi Nairobi",
        "nakufa njaa hahaha nataka pilau",
    ],
    "p": [
        "nawezaje kupata miadi ya ubalozi",
        "madarasa ya lugha ni mazuri",
        "mtandao wa kambi ni dhaifu",
        "nataka kusomea uuguzi",
        "asante kwa nguo za baridi",
        "daktari ni mpole sana",
        "watoto wangu wanaenda shule",
        "kuna basi la kwenda mjini asubuhi?",
    ],
}

SETS["ha"] = {
    "u": [
        (
            "detention",
            "an kulle mu a wani rumbu kusa da tashar jiragen ruwa kwana 3, sun karbe wayoyinmu, babu mai magana da mu",
        ),
        (
            "detention",
            "yan sanda sun kama yayana a wajen aiki, yanzu yana gidan yari, sun ce gobe za su mayar da shi gida",
        ),
        (
            "trafficking",
            "oga na ya karbe passport dina, wata takwas ba albashi, idan ya fita yana kulle kofa, ba zan iya fita ba",
        ),
        (
            "trafficking",
            "dillalin ya ce ba za mu tafi ba sai mun biya bashi, muna kwana a masana'anta ba ma iya fita",
        ),
        (
            "violence",
            "mijina ya sake dukana ya ce idan na fada wa kowa zai kashe ni, yanzu yana barci ina tsoro sosai",
        ),
        (
            "violence",
            "wasu mutane sun yi mana barazana da wukake sun ce yau da dare za su zo su kone mu",
        ),
        (
            "sexual_violence",
            "mai gidan ya ce idan ban kwana da shi ba zai kore mu, jiya da dare ya shigo dakina",
        ),
        ("sexual_violence", "wani mutum a sansanin ya yi min fyade, har yanzu yana nan"),
        (
            "child_at_risk",
            "akwai wani yaro dan shekara 10 yana kwana shi kadai a tashar mota kwana 2, maza suna ba shi kudi",
        ),
        (
            "child_at_risk",
            "yar yayata shekarunta 13 kuma mahaifinta yana so ya aurar da ita ga wani tsoho",
        ),
        ("medical", "matata tana da ciki tana zubar da jini sosai, motar asibiti ba ta zuwa"),
        ("medical", "abokina ya fado daga bene kansa yana zubar da jini bai farfado ba"),
        ("self_harm", "ba na son rayuwa kuma, na tara kwayoyi, yau da dare zan gama komai"),
        ("self_harm", "na gaji da duniyar nan, na shirya igiya, ku gaya wa mamana ta yafe min"),
        (
            "missing_person",
            "kanina ya tashi daga Libya a jirgin ruwa kwana 10 da suka wuce, babu labari, wayarsa a kashe",
        ),
        (
            "missing_person",
            "yata ta bace a iyaka lokacin da yan sanda suke korar mu, mako daya ba mu san inda take ba",
        ),
        (
            "abandonment",
            "direban ya bar mu a cikin hamada ya tafi, ruwa ya kare, akwai yara tare da mu",
        ),
        (
            "abandonment",
            "injin jirgin ruwa ya mutu ruwa yana shiga, mu mutum 40 ne a teku, ku taimaka mana",
        ),
        (
            "pushback",
            "yan sanda sun kama mu sun doke mu, sun karbe wayoyi suka mayar da mu ketaren kogi",
        ),
        ("pushback", "masu gadin teku suna tura jirginmu baya, mutane sun fada cikin ruwa"),
    ],
    "h": [
        "a shekarar 2017 an kulle ni wata biyu, yanzu ina da takardu kuma lafiya lau",
        "ya kamata a hana kulle yara",
        "ya kamata gwamnati ta yaki safarar mutane",
        "wannan layin zai kashe ni, awa biyar ina jira",
        "shekaru da yawa da suka wuce kawuna ya bace amma an same shi",
        "ofishin yan gudun hijira yana da jinkiri sosai",
        "a da maigida bai biya ni ba amma na kai kara na karbi kome",
        "a 2016 jirginmu ya kusa nutsewa amma an cece mu",
        "a nan ina jin ina cikin tsaro",
        "taron game da cin zarafin mata a gida yana da kyau",
        "makwabcinmu an kore shi shekaru da suka wuce, yanzu yana aiki a Kano",
        "yunwa na kashe ni wallahi, ina son tuwo",
    ],
    "p": [
        "yaya zan sami ganawa a ofishin jakadanci",
        "karatun harshe yana da kyau",
        "intanet din sansani ba shi da karfi",
        "ina so in koyi aikin jinya",
        "na gode da tufafin sanyi",
        "likitan yana da kirki sosai",
        "yarana suna zuwa makaranta",
        "akwai mota zuwa gari da safe?",
    ],
}

SETS["uk"] = {
    "u": [
        (
            "detention",
            "нас тримають у якомусь ангарі біля кордону вже третю добу, телефони забрали, адвоката не дають",
        ),
        (
            "detention",
            "чоловіка забрала поліція просто з роботи, зараз він у центрі для іноземців, кажуть завтра депортують",
        ),
        (
            "trafficking",
            "роботодавець забрав паспорти і каже що ми винні йому за дорогу, грошей не платить і з території не випускає",
        ),
        (
            "trafficking",
            "привезли нас на ферму, документи в бригадира, живемо у вагончику і кажуть поки борг не відпрацюєте нікуди не підете",
        ),
        (
            "violence",
            "чоловік знову мене побив і сказав що якщо комусь розкажу то вб'є, зараз спить, мені дуже страшно",
        ),
        (
            "violence",
            "якісь хлопці погрожували нам ножем біля гуртожитку, сказали що вночі повернуться",
        ),
        (
            "sexual_violence",
            "власник квартири каже якщо не буду з ним спати то викине нас з дитиною на вулицю, вчора ліз до мене",
        ),
        (
            "sexual_violence",
            "мене зґвалтував чоловік із сусідньої кімнати у шелтері, він досі тут живе",
        ),
        (
            "child_at_risk",
            "на вокзалі вже два дні сам ночує хлопчик років десяти, якісь дядьки дають йому гроші і кличуть з собою",
        ),
        (
            "child_at_risk",
            "дочці сусідки 14, вона живе з дорослим чоловіком який не пускає її до школи і б'є",
        ),
        ("medical", "дружина вагітна, сильна кровотеча, швидка не їде, ми в таборі"),
        ("medical", "у мами інсульт здається, не може говорити, рука не рухається, що робити"),
        ("self_harm", "я більше не хочу жити, зібрала таблетки, сьогодні вночі все закінчу"),
        ("self_harm", "не бачу сенсу прокидатися завтра, попрощався з усіма, вибачте"),
        (
            "missing_person",
            "брат поїхав до Польщі тиждень тому і зник, телефон вимкнений, ніхто нічого не знає",
        ),
        (
            "missing_person",
            "маму вивезли з окупованого села в невідомому напрямку, вже місяць жодних новин",
        ),
        (
            "abandonment",
            "перевізник кинув нас у лісі на кордоні і втік, холодно, з нами діти, води і їжі немає",
        ),
        ("abandonment", "мотор човна заглух, вода набирається, нас 40 людей у морі, допоможіть"),
        (
            "pushback",
            "прикордонники зловили нас, побили, забрали телефони і витурили назад через річку",
        ),
        (
            "pushback",
            "нас силоміць повернули за паркан на той бік, навіть не дали подати заяву на захист",
        ),
    ],
    "h": [
        "у 2017 мене два місяці тримали в центрі, тепер маю посвідку і все добре",
        "затримання дітей мігрантів треба заборонити",
        "уряд має боротися з торгівлею людьми",
        "ця черга мене вб'є, п'ять годин стою",
        "багато років тому мій дядько зник, але його знайшли",
        "міграційна служба працює дуже повільно",
        "раніше роботодавець не платив, але я подала скаргу і все отримала",
        "у 2016 наш човен мало не затонув, але нас врятували",
        "тут я почуваюся в безпеці",
        "семінар про домашнє насильство був корисним",
        "сусіда депортували кілька років тому, зараз він працює в Києві",
        "помираю з голоду, хочу борщу ха-ха",
    ],
    "p": [
        "як записатися в посольство",
        "курси мови дуже хороші",
        "інтернет у таборі слабкий",
        "хочу вчитися на медсестру",
        "дякуємо за зимовий одяг",
        "лікар дуже добрий",
        "діти ходять до школи",
        "чи є автобус до міста зранку?",
    ],
}

SETS["ru"] = {
    "u": [
        (
            "detention",
            "нас держат в каком-то ангаре у границы уже третьи сутки, телефоны отобрали, адвоката не дают",
        ),
        (
            "detention",
            "muzha zabrali pryamo s raboty, seychas on v spetspriemnike, govoryat zavtra deportiruyut",
        ),
        (
            "trafficking",
            "хозяин забрал паспорта и говорит что мы должны ему за дорогу, денег не платит и с объекта не выпускает",
        ),
        (
            "trafficking",
            "привезли нас на стройку, документы у бригадира, живём в бытовке, говорят пока долг не отработаете никуда не уйдёте",
        ),
        (
            "violence",
            "муж опять избил и сказал если кому скажу убьёт, сейчас спит, мне очень страшно",
        ),
        ("violence", "какие-то парни угрожали нам ножом возле общаги, сказали ночью вернутся"),
        (
            "sexual_violence",
            "хозяин квартиры говорит если не буду с ним спать выгонит нас с ребёнком на улицу, вчера лез ко мне",
        ),
        (
            "sexual_violence",
            "меня изнасиловал мужчина из соседней комнаты в приюте, он до сих пор тут живёт",
        ),
        (
            "child_at_risk",
            "на вокзале второй день один ночует мальчик лет десяти, какие-то мужики дают ему деньги и зовут с собой",
        ),
        (
            "child_at_risk",
            "дочери соседки 14, её хотят выдать замуж за взрослого мужика на следующей неделе",
        ),
        ("medical", "жена беременная, сильное кровотечение, скорая не едет"),
        ("medical", "у друга температура 40 уже неделю и теперь он не приходит в себя"),
        (
            "self_harm",
            "устала от всего, таблетки уже на столе, передайте маме что я её люблю, больше не напишу",
        ),
        ("self_harm", "ne hochu bolshe zhit, dumayu pokonchit s soboy, nikomu ya ne nuzhen"),
        (
            "missing_person",
            "брат уехал в Польшу неделю назад и пропал, телефон выключен, никто ничего не знает",
        ),
        (
            "missing_person",
            "сын ушёл на заработки и уже месяц ни звонка, хозяин говорит что не знает где он",
        ),
        (
            "abandonment",
            "перевозчик бросил нас в лесу на границе и сбежал, холодно, с нами дети, воды и еды нет",
        ),
        ("abandonment", "мотор лодки заглох, вода набирается, нас 40 человек в море, помогите"),
        (
            "pushback",
            "пограничники поймали нас, избили, забрали телефоны и выгнали обратно через реку",
        ),
        ("pushback", "нас силой вытолкнули обратно за забор, даже не дали попросить убежище"),
    ],
    "h": [
        "в 2017 меня два месяца держали в центре, теперь есть вид на жительство и всё хорошо",
        "задержание детей мигрантов надо запретить",
        "правительство должно бороться с торговлей людьми",
        "эта очередь меня убьёт, пять часов стою",
        "много лет назад дядя пропал, но его нашли",
        "миграционная служба работает очень медленно",
        "раньше работодатель не платил, но я пожаловался и всё получил",
        "в 2016 наша лодка чуть не утонула, но нас спасли",
        "здесь я чувствую себя в безопасности",
        "семинар о домашнем насилии был полезным",
        "соседа депортировали несколько лет назад, теперь он работает в Ташкенте",
        "умираю с голоду, хочу плов ахаха",
    ],
    "p": [
        "как записаться в посольство",
        "курсы языка очень хорошие",
        "интернет в лагере слабый",
        "хочу учиться на медсестру",
        "спасибо за зимнюю одежду",
        "врач очень добрый",
        "дети ходят в школу",
        "есть автобус в город утром?",
    ],
}

SETS["tr"] = {
    "u": [
        (
            "detention",
            "limanın yanında bir depoda 3 gündür kilitliyiz, telefonlarımızı aldılar, kimse bizimle konuşmuyor",
        ),
        (
            "detention",
            "polis abimi işyerinden aldı, şu an geri gönderme merkezinde, yarın sınır dışı edecekler diyorlar",
        ),
        (
            "trafficking",
            "patron pasaportumu aldı 8 aydır maaş vermiyor, çıkarken kapıyı üstüme kilitliyor",
        ),
        (
            "trafficking",
            "aracı yol parasını ödeyene kadar burada çalışacaksınız diyor, kimliklerimiz onda, atölyeden adım atamıyoruz",
        ),
        (
            "violence",
            "kocam yine dövdü, birine söylersen seni öldürürüm dedi, şimdi uyuyor çok korkuyorum",
        ),
        ("violence", "birkaç kişi bıçakla tehdit etti, bu gece gelip sizi yakacağız dediler"),
        (
            "sexual_violence",
            "ev sahibi onunla yatmazsam bizi evden atacağını söylüyor, dün gece odama girdi",
        ),
        ("sexual_violence", "kamptaki bir adam bana zorla tecavüz etti, hala burada"),
        (
            "child_at_risk",
            "otogarda 10 yaşlarında bir çocuk 2 gündür tek başına yatıyor, adamlar ona para veriyor",
        ),
        ("child_at_risk", "yeğenim 13 yaşında, babası onu yaşlı bir adamla evlendirmek istiyor"),
        ("medical", "karım hamile çok kan kaybediyor, ambulans gelmiyor"),
        ("medical", "arkadasim iskeleden dustu kafasi kaniyor kendine gelmiyor"),
        ("self_harm", "artık yaşamak istemiyorum, ilaçları topladım, bu gece her şeyi bitireceğim"),
        ("self_harm", "artik dayanamiyorum, ipi hazirladim, anneme soyleyin beni affetsin"),
        (
            "missing_person",
            "abim 10 gün önce Libya'dan tekneyle çıktı, hiç haber yok, telefonu kapalı",
        ),
        (
            "missing_person",
            "kızım sınırda polis bizi kovalarken kayboldu, bir haftadır nerede olduğunu bilmiyoruz",
        ),
        ("abandonment", "kaçakçı bizi çölde bırakıp kaçtı, su bitti, yanımızda çocuklar var"),
        ("abandonment", "teknenin motoru durdu su alıyoruz, denizde 40 kişiyiz, yardım edin"),
        ("pushback", "polis bizi yakaladı dövdü, telefonları alıp nehrin öbür tarafına geri itti"),
        ("pushback", "sahil güvenlik botumuzu geri itiyor, insanlar suya düştü"),
    ],
    "h": [
        "2017'de iki ay gözaltında kaldım, şimdi oturum iznim var ve iyiyim",
        "çocukların gözaltına alınması yasaklanmalı",
        "hükümet insan ticaretiyle mücadele etmeli",
        "bu kuyruk beni öldürecek, beş saattir bekliyorum",
        "yıllar önce amcam kaybolmuştu ama bulundu",
        "göç idaresi çok yavaş",
        "eskiden patron maaş vermiyordu ama şikayet ettim hepsini aldım",
        "2016'da teknemiz batmak üzereydi ama kurtarıldık",
        "burada kendimi güvende hissediyorum",
        "ev içi şiddet hakkındaki toplantı faydalıydı",
        "komşumuz yıllar önce sınır dışı edildi, şimdi Kabil'de çalışıyor",
        "açlıktan ölüyorum ya, lahmacun lazım",
    ],
    "p": [
        "konsolosluk randevusu nasıl alınır",
        "dil kursları çok iyi",
        "kampın interneti zayıf",
        "hemşirelik okumak istiyorum",
        "kışlık kıyafetler için teşekkürler",
        "doktor çok nazik",
        "çocuklarım okula gidiyor",
        "sabah şehre otobüs var mı?",
    ],
}

SETS["bn"] = {
    "u": [
        ("detention", "বন্দরের পাশে একটা গুদামে ৩ দিন ধরে আটকে রেখেছে, ফোন নিয়ে নিয়েছে, কেউ কথা বলে না"),
        (
            "detention",
            "police amar bhai ke kaj theke dhore niye geche, ekhon detention e ache, bolche kal deshe pathiye dibe",
        ),
        ("trafficking", "মালিক আমার পাসপোর্ট রেখে দিয়েছে ৮ মাস বেতন দেয় না, বাইরে গেলে দরজা তালা দিয়ে যায়"),
        (
            "trafficking",
            "dalal bole rin shodh na kore jete parbi na, factory te ghumai, baire jete dey na",
        ),
        ("violence", "স্বামী আবার মেরেছে, বলেছে কাউকে বললে মেরে ফেলবে, এখন ঘুমাচ্ছে, খুব ভয় লাগছে"),
        ("violence", "কয়েকজন লোক ছুরি দেখিয়ে হুমকি দিয়েছে আজ রাতে এসে আমাদের ঘর পুড়িয়ে দেবে"),
        ("sexual_violence", "বাড়িওয়ালা বলে তার সাথে না শুলে বের করে দেবে, কাল রাতে আমার ঘরে ঢুকেছিল"),
        ("sexual_violence", "ক্যাম্পের একজন লোক জোর করে আমাকে ধর্ষণ করেছে, সে এখনো এখানে আছে"),
        ("child_at_risk", "বাস স্ট্যান্ডে ১০ বছরের একটা ছেলে ২ দিন ধরে একা ঘুমাচ্ছে, কিছু লোক টাকা দিচ্ছে"),
        ("child_at_risk", "amar bhagni 13 bochor, or baba ek buro lok er sathe biye dite chay"),
        ("medical", "আমার বউ গর্ভবতী, অনেক রক্ত যাচ্ছে, অ্যাম্বুলেন্স আসছে না"),
        ("medical", "bondhu bhara theke pore geche matha diye rokto porche gyan nei"),
        ("self_harm", "আর পারছি না, দড়ি রেডি করে রেখেছি, মাকে বলো আমাকে মাফ করে দিতে"),
        ("self_harm", "nijeke mere felte chai, karo kichu jay ase na"),
        ("missing_person", "ভাই ১০ দিন আগে লিবিয়া থেকে নৌকায় উঠেছে, কোনো খবর নেই, ফোন বন্ধ"),
        ("missing_person", "মেয়ে সীমান্তে পুলিশ তাড়া করার সময় হারিয়ে গেছে, এক সপ্তাহ কোনো খোঁজ নেই"),
        ("abandonment", "দালাল আমাদের মরুভূমিতে ফেলে পালিয়েছে, পানি শেষ, সাথে বাচ্চারা আছে"),
        ("abandonment", "নৌকার ইঞ্জিন বন্ধ, পানি ঢুকছে, সাগরে ৪০ জন আছি, বাঁচান"),
        ("pushback", "পুলিশ ধরে মারধর করেছে, ফোন কেড়ে নিয়ে নদীর ওপারে ফেরত ঠেলে দিয়েছে"),
        ("pushback", "কোস্টগার্ড আমাদের নৌকা আবার সাগরে ঠেলে দিচ্ছে, লোকজন পানিতে পড়ে গেছে"),
    ],
    "h": [
        "২০১৭ সালে দুই মাস আটক ছিলাম, এখন কাগজ পেয়েছি আর ভালো আছি",
        "শিশুদের আটক রাখা নিষিদ্ধ করা উচিত",
        "সরকারের মানব পাচারের বিরুদ্ধে লড়া উচিত",
        "ei line amake mere felbe, 5 ghonta dariye achi",
        "অনেক বছর আগে চাচা হারিয়ে গিয়েছিল কিন্তু পাওয়া গেছে",
        "অভিবাসন অফিস খুব ধীর",
        "আগে মালিক বেতন দিত না কিন্তু অভিযোগ করে সব পেয়েছি",
        "২০১৬ সালে আমাদের নৌকা প্রায় ডুবে যাচ্ছিল কিন্তু উদ্ধার পেয়েছি",
        "এখানে নিজেকে নিরাপদ মনে হয়",
        "পারিবারিক সহিংসতা নিয়ে সভাটা ভালো ছিল",
        "প্রতিবেশীকে কয়েক বছর আগে ফেরত পাঠানো হয়েছিল, এখন ঢাকায় কাজ করে",
        "khide te more jacchi, biriyani khabo haha",
    ],
    "p": [
        "দূতাবাসের অ্যাপয়েন্টমেন্ট কীভাবে পাব",
        "ভাষার ক্লাস খুব ভালো",
        "ক্যাম্পের ইন্টারনেট দুর্বল",
        "নার্সিং পড়তে চাই",
        "শীতের কাপড়ের জন্য ধন্যবাদ",
        "ডাক্তার খুব ভালো",
        "বাচ্চারা স্কুলে যাচ্ছে",
        "sokale shohore jawar bus ache?",
    ],
}

_TAILS = {
    "en": ("pls", "🙏", "!!", "plz help"),
    "fr": ("svp", "🙏", "!!", "aidez nous"),
    "es": ("porfa", "🙏", "!!", "x favor"),
    "pt": ("por favor", "🙏", "!!", "pfv"),
    "ar": ("🙏", "!!", "الله يخليكم", "plz"),
    "fa": ("🙏", "!!", "لطفا", "plz"),
    "ps": ("🙏", "!!", "مهرباني", "plz"),
    "ur": ("🙏", "!!", "plz", "please"),
    "tr": ("🙏", "!!", "lütfen", "acil"),
    "uk": ("🙏", "!!", "будь ласка", "("),
    "ru": ("🙏", "!!", "пожалуйста", "(("),
}
_CASED = {"en", "fr", "es", "pt", "tr", "uk", "ru", "so", "sw", "ha"}
_ACCENTED = {"fr", "es", "pt", "tr"}


def _strip_accents(text: str) -> str:
    """What a phone keyboard without the language's layout makes of it (ı stays ı)."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def _typo(rng: random.Random, text: str) -> str:
    """Swap two neighbouring letters, or drop one, inside one longer word."""
    words = text.split(" ")
    long = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
    if not long:
        return text
    i = rng.choice(long)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :] if rng.random() < 0.5 else w[:j] + w[j + 1 :]
    return " ".join(words)


def _thumbs(rng: random.Random, lang: str, text: str, urgent: bool) -> str:
    """Chat noise, seeded: lower case, no accents, one typo, a trailing plea or emoji.

    A negative gets only a polite word or an emoji: a plea would make it urgent.
    """
    if lang in _CASED and rng.random() < 0.3:
        text = text.lower()
    if lang in _ACCENTED and rng.random() < 0.3:
        text = _strip_accents(text)
    if rng.random() < 0.2:
        text = _typo(rng, text)
    tails = _TAILS.get(lang, ("🙏", "!!"))
    tails = tails if urgent else tails[:2]
    if rng.random() < 0.15:
        text = f"{text.rstrip('.')} {rng.choice(tails)}"
    return text


def generate() -> list[dict[str, Any]]:
    """The set's rows, the same on every run."""
    rng = random.Random(SEED)
    rows: list[dict[str, Any]] = []
    for lang, parts in SETS.items():
        cats = [cat for cat, _ in parts["u"]]
        if sorted(cats) != sorted(CATEGORIES * 2):
            raise ValueError(f"{lang}: two urgent messages per category expected")
        if len(parts["h"]) < 10 or len(parts["h"]) + len(parts["p"]) < 20:
            raise ValueError(f"{lang}: at least 10 hard and 20 non-urgent messages expected")
        labelled: list[tuple[str, bool, str | None, str | None]] = [
            (text, True, cat, None) for cat, text in parts["u"]
        ]
        labelled += [(text, False, None, "hard") for text in parts["h"]]
        labelled += [(text, False, None, "plain") for text in parts["p"]]
        for n, (text, urgent, cat, kind) in enumerate(labelled):
            rows.append(
                {
                    "id": f"h2-{lang}-{n:03d}",
                    "lang": lang,
                    "text": _thumbs(rng, lang, text, urgent),
                    "urgent": urgent,
                    "category": cat,
                    "negative_kind": kind,
                }
            )
    return rows


def main() -> None:
    """Write the set as JSON lines."""
    write_set(generate(), OUT)


if __name__ == "__main__":
    main()
