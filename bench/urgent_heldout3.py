# ruff: noqa: E501  (messages are data, one per line)
"""A third held-out set for the urgent screen (issue 17), written before the round it measures.

748 chat-style messages, 44 in each of the 17 languages: 22 urgent (two per category,
plus two more in categories chosen per language) and 22 not urgent (12 hard negatives,
10 plain). Every message was written by hand for this set, one by one, as a different
person would write it on a cheap phone: lower case, few accents, no full stops, typos,
code-switching, and romanised Arabic, Persian, Urdu, Pashto and Bengali for some of
them. Urgent wording is often indirect ("we are not allowed out, the gate is locked",
"i wrote letters for my kids already"). Hard negatives use the same words without
danger now: past events told as over, policy talk, idioms, slow services, news from far
away, hypothetical questions for a workshop.

Independence: written without opening ``moderation/`` (the screen, its cue lists and its
model) or the templates of the other urgent generators; only the JSON format and
``bench/urgent_eval.py`` were read. All people and places are synthetic.

The texts are fixed; the seed only drives the order within each language and a light
chat-noise pass (a phone's automatic capital at the start of some messages, a trailing
"pls", "!!" or emoji on a few), so the file is the same bytes on every run.

Run: ``PYTHONPATH=. python -m bench.urgent_heldout3`` (writes
``bench/data/heldout/urgent_heldout3.jsonl``), then
``PYTHONPATH=. python -m bench.urgent_eval --set bench/data/heldout/urgent_heldout3.jsonl -v``.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from bench.pipeline_devset import write_set
from bench.urgent_eval import CATEGORIES
from i18n.translator import SUPPORTED

OUT = Path(__file__).resolve().parent / "data" / "heldout" / "urgent_heldout3.jsonl"
SEED = 17_003
LANGS = tuple(sorted(SUPPORTED))  # the languages we serve, alphabetically

# Per language: urgent messages as (category, text), then hard negatives, then plain ones.
URGENT: dict[str, list[tuple[str, str]]] = {}
HARD: dict[str, list[str]] = {}
PLAIN: dict[str, list[str]] = {}

URGENT["en"] = [
    (
        "detention",
        "they locked 9 of us in a shipping container at the yard since yesterday, no water, 2 kids with us, guards got dogs. pls someone come",
    ),
    (
        "detention",
        "my husband got taken at the checkpoint this morning and they say hes on a plane tomorow, he has asthma and no inhaler, we dont even know where they keep him",
    ),
    (
        "detention",
        "im in a small room at the airport since sunday they wont let me call a lawyer and keep saying flight back in the morning",
    ),
    (
        "trafficking",
        "the agency lady kept our passports at arrival and now we pick in the greenhouses 6am to 10pm, she says we owe 4000 and nobody leaves before paying",
    ),
    (
        "trafficking",
        "they took our phones and we cannot leave the house, boss locks the gate at night. using the cleaner's phone, dont call back",
    ),
    (
        "violence",
        "landlord says if im not out by tonight he'll break my legs, he came with 2 guys and kicked the door in, im hiding in the bathroom rn",
    ),
    (
        "violence",
        "he beat me again last night my eye is closed and he said next time hes going to kill me. he's back at 6",
    ),
    (
        "sexual_violence",
        "the guy who drives us to the fields touches the girls and last night he forced my friend in the van. shes 17 and too scared to say anything",
    ),
    (
        "sexual_violence",
        "security guard at the shelter keeps coming in the womens room at night, yesterday he tried to drag me outside. i cant sleep",
    ),
    (
        "child_at_risk",
        "theres a girl maybe 11 selling flowers at the lights every night till 2am, a man takes all her money and slaps her, she doesnt go to school",
    ),
    (
        "child_at_risk",
        "my neighbour leaves her 3 little ones locked in the flat for days, i hear them crying all night and the baby coughs really bad",
    ),
    (
        "medical",
        "the baby has not eaten in 3 days and is very hot, she barely opens her eyes. we're in the tents behind the station",
    ),
    (
        "medical",
        "my dad is diabetic and the insulin ran out 4 days ago, now hes confused and breathing fast, hospital sent us away no papers",
    ),
    ("self_harm", "i dont want to wake up tomorrow. i already wrote letters for my kids"),
    (
        "self_harm",
        "sorry for everything. got the pills here, tonight i end it. tell my sister i loved her",
    ),
    (
        "missing_person",
        "my son 16yo went to cross with a group on monday and his phone is off since, the guy who took them wont answer, pls help us find him",
    ),
    (
        "missing_person",
        "lost contact w my cousin 5 days ago near the forest by the border, last msg was 'they are chasing us'. nothing since",
    ),
    (
        "abandonment",
        "the boat engine stopped, water coming in, we are about 40 with children and no land anywhere, battery 8%",
    ),
    (
        "abandonment",
        "driver dumped us in the desert yesterday and drove off, no water left, 2 old men cant walk anymore",
    ),
    (
        "pushback",
        "the police pushed us back over the river last night and took our shoes, walking barefoot in the snow, one guy's feet are bleeding",
    ),
    (
        "pushback",
        "coastguard guys took our engine and towed us back out to open sea, now we just drift. call someone pls",
    ),
    (
        "violence",
        "my brother in law keeps me in the back room and hits me with a belt, says he'll kill me if i try to leave",
    ),
]
HARD["en"] = [
    "in 2019 i was detained 4 months in the centre. now i have papers and work as a cook, just wanted to share my story",
    "detention should be a last resort esp for children. does your survey ask about alternatives to detention?",
    "this waiting is killing me lol 8 months and still no interview date",
    "the asylum office is so slow, i email every week and nobody answers, its ridiculous",
    "saw on the news a boat sank near some island far away, so sad, may god rest them",
    "what happens if someone's boss takes their passport? asking for a workshop we're preparing",
    "years ago smugglers beat me in the desert but thats over, im married now and safe in this city",
    "im dying to see my mum again its been 5 yrs",
    "our ngo runs trainings on trafficking and forced labour for farm workers, can we partner with you?",
    "the baby had a fever last week but the doctor gave medicine and now she's fine thank god",
    "gp appointment is in 3 months, my back hurts but its not urgent just annoying",
    "we talked about pushbacks at the border in the community meeting yesterday, good discussion",
]
PLAIN["en"] = [
    "hello how do i sign up for english classes",
    "the bus to the job centre is too expensive, can the council do a discount for refugees",
    "thank you for the food parcels last month, very helpful",
    "where can i get my diploma recognised? i was a nurse back home",
    "kids school is good but they need more teachers who speak arabic",
    "is there wifi at the community centre",
    "residence permit renewal, which documents do i need",
    "i want to open a small barber shop, is there any loan for migrants",
    "heating broke but the landlord fixed it in a week, all good",
    "can i send my feedback as a voice message?",
]

URGENT["fr"] = [
    (
        "detention",
        "ils nous ont enfermés dans une cave sous un restaurant depuis hier soir, pas d eau, ils ont pris nos telephones, j ecris avec celui d un ami caché",
    ),
    (
        "detention",
        "mon frere a ete arreté ce matin au controle, ils disent qu il sera expulsé demain matin, il est dans un centre on sait pas lequel aidez nous",
    ),
    (
        "trafficking",
        "la patronne garde nos passeports et on a pas le droit de sortir de la maison, on travaille jour et nuit sans etre payées",
    ),
    (
        "trafficking",
        "le monsieur qui nous a fait venir dit qu on lui doit 6000 euros, on dort dans l atelier et la porte est fermée a clé la nuit",
    ),
    (
        "violence",
        "mon mari m a encore frappée hier soir il a dit que la prochaine fois il me tue, il rentre a 19h j ai peur",
    ),
    (
        "violence",
        "des gars du quartier nous ont attaqués au couteau devant le foyer mon pote saigne beaucoup et ils tournent encore dehors",
    ),
    (
        "sexual_violence",
        "le chauffeur du camion m a forcée pendant le trajet et il dit qu il recommencera si je parle, je suis toujours avec lui",
    ),
    (
        "sexual_violence",
        "le gardien du centre vient dans la chambre des filles la nuit, hier il a touché ma soeur elle a 15 ans",
    ),
    (
        "child_at_risk",
        "y a une petite de 9 ans toute seule a la gare depuis hier soir, des hommes lui parlent et lui proposent de venir avec eux",
    ),
    (
        "child_at_risk",
        "mon fils de 13 ans travaille chez un type qui le frappe et garde ses papiers, il m a appelé en pleurant",
    ),
    (
        "medical",
        "ma femme enceinte saigne beaucoup depuis une heure, pas d ambulance, on est au campement derriere le stade",
    ),
    (
        "medical",
        "mon bébé a une grosse fievre depuis 3 jours, il mange plus rien et il respire mal",
    ),
    (
        "medical",
        "mon pere a fait un malaise il parle plus et un coté de son visage tombe, on est dans la tente 4",
    ),
    (
        "self_harm",
        "je veux plus me reveiller demain. j ai donné toutes mes affaires aujourd hui, dites pardon a ma mere",
    ),
    (
        "self_harm",
        "ce soir je vais en finir j ai acheté les medicaments, de toute facon personne m aidera",
    ),
    ("self_harm", "j en peux plus je pense a sauter du pont ce soir"),
    (
        "missing_person",
        "ma soeur a traversé la foret avec un groupe samedi et depuis son tel est eteint, le passeur repond plus",
    ),
    (
        "missing_person",
        "mon cousin est sorti hier chercher du travail et il est jamais revenu, pas de nouvelles, la police veut pas nous ecouter",
    ),
    (
        "abandonment",
        "le moteur du bateau est en panne l eau rentre on est 35 avec des enfants on voit pas la cote",
    ),
    (
        "abandonment",
        "le passeur nous a laissés dans le desert y a 2 jours, plus d eau, une femme est tombée et se releve pas",
    ),
    (
        "pushback",
        "la police nous a repoussés de l autre coté de la riviere cette nuit, ils ont pris nos chaussures et nos telephones on a froid",
    ),
    (
        "pushback",
        "les garde cotes ont tiré en l air et poussé notre bateau vers le large, on derive maintenant",
    ),
]
HARD["fr"] = [
    "en 2018 j ai été enfermé 3 mois en centre de retention, aujourd hui j ai mes papiers et je vais bien",
    "la retention devrait etre le dernier recours surtout pour les enfants, c est ce que dit le pacte non?",
    "cette attente me tue, 10 mois sans reponse de la prefecture",
    "la prefecture est trop lente, jamais personne au telephone, c est honteux",
    "j ai vu aux infos qu un bateau a coulé tres loin d ici, paix a leurs ames",
    "si un patron prend le passeport de quelqu un c est legal? c est pour un atelier qu on prepare",
    "quand j etais petit on m a frappé dans la rue au pays, maintenant c est fini je suis en securité ici",
    "je meurs de faim mdr la cantine ferme a 13h",
    "notre asso fait des formations sur la traite des etres humains, vous voulez collaborer?",
    "mon fils avait de la fievre la semaine derniere mais le medecin l a soigné, il va bien maintenant",
    "le rdv chez le dentiste c est dans 4 mois, c est long mais bon",
    "on a parlé des refoulements aux frontieres a la reunion de l asso hier, c etait interessant",
]
PLAIN["fr"] = [
    "bonjour comment s inscrire aux cours de francais",
    "le bus coute trop cher pour aller au boulot",
    "merci pour les colis alimentaires",
    "ou faire reconnaitre mon diplome d infirmiere",
    "l ecole des enfants est bien mais il manque des traducteurs aux reunions",
    "est ce qu il y a le wifi au centre social",
    "quels papiers pour renouveler mon titre de sejour",
    "je veux ouvrir un petit commerce de tissus, y a des aides?",
    "le logement ca va, le chauffage a ete reparé",
    "je peux envoyer un message vocal?",
]

URGENT["es"] = [
    (
        "detention",
        "nos tienen encerrados en un cuarto de una casa en las afueras desde ayer, somos 12, nos quitaron los celulares, escribo de uno escondido",
    ),
    (
        "detention",
        "a mi esposo se lo llevo migracion hoy en la mañana del trabajo, dicen q lo deportan mañana temprano y no sabemos donde esta",
    ),
    (
        "detention",
        "estoy en el aeropuerto en un cuarto cerrado desde el domingo, no me dejan llamar a un abogado",
    ),
    (
        "trafficking",
        "el patron nos quito los pasaportes y no nos deja salir del rancho, dice que le debemos el viaje y trabajamos sin paga",
    ),
    (
        "trafficking",
        "la señora que nos trajo dice q le debo 5 mil dolares y me obliga a trabajar en su bar todas las noches, no me deja salir sola",
    ),
    (
        "violence",
        "mi pareja me golpeo anoche y me dijo que si lo denuncio me mata, tengo la cara hinchada y el vuelve a las 8",
    ),
    (
        "violence",
        "unos de la pandilla me dijeron que si no les pago mañana me matan, ya le balacearon la casa al vecino",
    ),
    ("violence", "mi suegro me encerro y me pego con el cinturon, dice que si me voy me mata"),
    (
        "sexual_violence",
        "el encargado del albergue entra al cuarto de las mujeres en la noche, ayer abuso de una chava de 16",
    ),
    (
        "sexual_violence",
        "el coyote me violo en el camino y dice que si hablo le hace lo mismo a mi hija, todavia estamos con el",
    ),
    (
        "child_at_risk",
        "hay un niño como de 10 años pidiendo en el semaforo hasta la madrugada, un señor lo vigila y le quita todo y lo golpea",
    ),
    (
        "child_at_risk",
        "mi sobrina de 13 la quieren casar con un señor de 40 el sabado, ella me llama llorando",
    ),
    ("medical", "mi bebe no come desde hace 3 dias y esta muy caliente, casi no se despierta"),
    (
        "medical",
        "a mi compa le cayo una viga en la obra, no mueve las piernas y el patron no quiere llamar ambulancia",
    ),
    ("self_harm", "ya no quiero despertar mañana, perdon a todos"),
    ("self_harm", "hoy en la noche me quito la vida, ya regale mis cosas, cuiden a mi mama"),
    (
        "missing_person",
        "mi hijo de 17 salio con un grupo a cruzar el lunes y desde entonces su cel esta apagado, el pollero no contesta",
    ),
    (
        "missing_person",
        "mi hermana desaparecio hace 4 dias, no contesta a nadie, lo ultimo que dijo fue que alguien la seguia",
    ),
    (
        "abandonment",
        "el motor de la lancha se apago y esta entrando agua, somos 30 con niños, no vemos tierra",
    ),
    (
        "abandonment",
        "el chofer nos dejo tirados en el desierto ayer, ya no hay agua y un señor mayor ya no puede caminar",
    ),
    (
        "pushback",
        "la policia nos regreso por el rio anoche a golpes y nos quitaron los zapatos y el dinero",
    ),
    (
        "pushback",
        "los guardias nos echaron de vuelta al otro lado de la frontera sin nada, hay niños temblando de frio",
    ),
]
HARD["es"] = [
    "en 2017 estuve detenido 2 meses en una estacion migratoria, ya tengo papeles y estoy bien gracias a dios",
    "la detencion de migrantes deberia ser el ultimo recurso, sobre todo para niños. que opinan?",
    "esta espera me esta matando jaja 9 meses sin cita",
    "la oficina de asilo es lentisima, nadie contesta el telefono nunca",
    "vi en las noticias que se hundio una lancha muy lejos de aqui, que tristeza",
    "pregunta hipotetica: si el patron se queda con tu pasaporte que se puede hacer? es para un taller",
    "hace años me asaltaron en el camino pero ya paso, ahora vivo tranquila con mis hijos",
    "me muero de hambre, el comedor cierra temprano",
    "nuestra organizacion da talleres sobre trata de personas, podemos colaborar con ustedes?",
    "mi niña tuvo fiebre la semana pasada pero ya la vio el doctor y esta bien",
    "la cita del dentista es en 3 meses, que lento todo",
    "mi abuela cuenta que de joven cruzo el desierto a pie, es una historia de la familia",
]
PLAIN["es"] = [
    "hola como me inscribo en el curso de computacion",
    "el transporte esta carisimo para ir al trabajo",
    "gracias por la ayuda con la renta",
    "donde puedo validar mi titulo de maestra",
    "necesito cita con un abogado para mi tramite de residencia, nada urgente",
    "hay clases de ingles gratis?",
    "los niños estan contentos en la escuela nueva",
    "quiero abrir un puesto de tacos, que permisos necesito",
    "cuando es la proxima reunion de la comunidad",
    "puedo mandar audios?",
]

URGENT["pt"] = [
    (
        "detention",
        "tão prendendo a gente numa casa no interior, janela com grade, tiraram os celular, to escrevendo escondido",
    ),
    (
        "detention",
        "meu marido foi pego pela federal hj de manha e vao deportar ele amanha, nao sei onde ele ta",
    ),
    (
        "detention",
        "to preso no aeroporto numa salinha faz 2 dias, nao deixam eu ligar pra ninguem e dizem que amanha volto",
    ),
    (
        "trafficking",
        "o dono da fazenda pegou nossos passaportes e nao deixa a gente sair, diz que devemos a passagem, trabalhamos sem salario",
    ),
    (
        "trafficking",
        "a mulher que me trouxe diz que devo 20 mil e me obriga trabalhar na boate toda noite, a porta fica trancada",
    ),
    (
        "violence",
        "meu companheiro me bateu ontem de novo e falou que se eu for na policia ele me mata, ele volta as 7",
    ),
    (
        "violence",
        "uns caras falaram que vao matar meu irmao se ele nao pagar ate amanha, ja quebraram a janela la de casa",
    ),
    (
        "sexual_violence",
        "o motorista da van me forçou na estrada e disse que se eu contar ele faz com minha filha",
    ),
    (
        "sexual_violence",
        "o segurança do abrigo entra no quarto das meninas de noite, ontem agarrou minha amiga de 15 anos",
    ),
    (
        "child_at_risk",
        "tem um menino de uns 11 anos dormindo sozinho na rodoviaria faz 2 dias, uns homens ficam dando dinheiro pra ele",
    ),
    (
        "child_at_risk",
        "minha sobrinha de 14 ta sendo obrigada a casar com um homem de 45 no sabado, ela me ligou chorando",
    ),
    ("medical", "meu bebe nao come faz 3 dias e ta muito quente, quase nao acorda"),
    (
        "medical",
        "meu filho caiu da laje bateu a cabeça e ta vomitando e nao fala direito, o samu nao atende",
    ),
    ("self_harm", "nao quero acordar amanha. ja escrevi uma carta pros meus filhos"),
    ("self_harm", "hoje a noite vou acabar com tudo, os remedios ja tao aqui, desculpa mae"),
    (
        "missing_person",
        "meu filho de 16 saiu com um grupo pra atravessar segunda e o celular dele ta desligado desde entao",
    ),
    (
        "missing_person",
        "minha prima sumiu faz 5 dias, ninguem sabe dela, a ultima mensagem foi que tinha um cara seguindo ela",
    ),
    (
        "abandonment",
        "o motor do barco parou e ta entrando agua, somos 40 com crianças, nao vemos terra",
    ),
    (
        "abandonment",
        "o coiote largou a gente no deserto ontem, acabou a agua, uma senhora desmaiou",
    ),
    (
        "pushback",
        "a policia empurrou a gente de volta pelo rio ontem a noite e levou nossos sapatos",
    ),
    (
        "pushback",
        "a guarda costeira tirou o motor do nosso bote e empurrou a gente pro mar aberto, estamos a deriva",
    ),
    (
        "trafficking",
        "o gato da obra ficou com nossos documentos, dormimos no alojamento trancado e ele diz que so sai quem pagar a divida",
    ),
]
HARD["pt"] = [
    "em 2018 fiquei detido 3 meses no centro, hoje tenho documento e trabalho normal, graças a deus",
    "detenção de migrante devia ser ultimo recurso principalmente pra criança, concordam?",
    "essa espera ta me matando kkk 7 meses sem resposta",
    "a federal demora demais pra marcar o protocolo, ninguem atende",
    "vi no jornal que um barco afundou bem longe daqui, que triste",
    "se o patrao pegar o passaporte de alguem isso é crime? pergunta pra uma oficina que estamos fazendo",
    "anos atras fui assaltado e apanhei na fronteira, mas ja passou, to bem aqui com minha familia",
    "to morrendo de fome kkk o restaurante popular fechou cedo",
    "nossa ong faz palestras sobre trafico de pessoas e trabalho escravo, podemos fazer parceria?",
    "meu filho teve febre semana passada mas o medico passou remedio e ele ta otimo",
    "a consulta no posto so tem pra daqui 3 meses, demora demais mas nao é urgente",
    "morri de rir com o video que vc mandou kkkk",
]
PLAIN["pt"] = [
    "oi como faço pra tirar a carteira de trabalho",
    "o onibus ta muito caro",
    "obrigado pelas cestas basicas",
    "onde revalido meu diploma de enfermeira",
    "tem curso de portugues gratis?",
    "a escola das crianças é boa",
    "quero abrir um salao de beleza, como faço o mei",
    "qual o horario do cras",
    "posso mandar audio?",
    "o aluguel subiu muito esse ano",
]

URGENT["ru"] = [
    (
        "detention",
        "нас заперли на складе возле рынка со вчера, 10 человек, телефоны забрали, пишу с чужого спрятанного",
    ),
    (
        "detention",
        "мужа забрали утром прямо с работы, говорят завтра депортируют, не знаем где его держат",
    ),
    (
        "detention",
        "я в аэропорту в закрытой комнате уже 2 дня, адвоката не дают, говорят завтра утром отправят назад",
    ),
    (
        "trafficking",
        "бригадир забрал паспорта и не выпускает нас со стройки, говорит должны ему за дорогу, денег не платит",
    ),
    (
        "trafficking",
        "хозяйка говорит что я ей должна 3000 и заставляет работать по ночам в сауне, дверь на ключ закрывает",
    ),
    (
        "violence",
        "муж избил меня вчера опять и сказал что убьет если пойду в полицию, он вернется в 8 вечера",
    ),
    (
        "violence",
        "соседи по общаге угрожают ножом, вчера порезали моего друга, они опять стоят у двери",
    ),
    (
        "sexual_violence",
        "водитель который возит нас на поле изнасиловал мою подругу вчера, ей 17, она молчит и плачет",
    ),
    (
        "sexual_violence",
        "охранник в центре ночью приходит в комнату к девушкам, вчера лапал меня и тащил в коридор",
    ),
    (
        "child_at_risk",
        "на вокзале второй день сидит один мальчик лет 10, какие то мужики дают ему деньги и зовут с собой",
    ),
    (
        "child_at_risk",
        "соседка оставляет троих маленьких одних закрытыми в квартире по несколько дней, они плачут всю ночь",
    ),
    ("medical", "ребенок 3 дня не ест и весь горячий, почти не просыпается"),
    (
        "medical",
        "у отца давит в груди уже час, весь потный и рука немеет, скорую вызвать не можем без полиса",
    ),
    ("self_harm", "не хочу просыпаться завтра. простите все"),
    ("self_harm", "сегодня ночью всё закончу, таблетки уже купил, маме скажите что люблю"),
    ("self_harm", "стою на мосту. больше не могу так жить"),
    (
        "missing_person",
        "сын 16 лет ушел с группой через лес в понедельник и телефон выключен с тех пор, проводник не отвечает",
    ),
    (
        "missing_person",
        "брат пропал 4 дня назад, вышел за хлебом и не вернулся, никто ничего не знает",
    ),
    ("abandonment", "мотор лодки заглох, вода набирается, нас 30 с детьми, берега не видно"),
    (
        "abandonment",
        "водитель бросил нас в степи вчера и уехал, воды нет, старик уже идти не может",
    ),
    (
        "pushback",
        "пограничники ночью вытолкнули нас обратно за реку и забрали обувь и телефоны, идем босиком по снегу",
    ),
    ("pushback", "нас избили на границе и выгнали обратно в лес, у одного рука сломана"),
]
HARD["ru"] = [
    "в 2019 меня держали в центре временного содержания 2 месяца, сейчас есть вид на жительство и всё хорошо",
    "задержание мигрантов должно быть крайней мерой, особенно для детей, это же в пакте написано",
    "это ожидание меня убивает, 8 месяцев без ответа",
    "миграционка работает ужасно медленно, никто не берет трубку",
    "видел в новостях что где то далеко утонула лодка, жалко людей",
    "а если работодатель забирает паспорт это законно? спрашиваю для семинара",
    "когда то давно меня избили в дороге, но это в прошлом, сейчас живу спокойно",
    "умираю с голоду, столовка уже закрыта",
    "наша организация проводит тренинги о торговле людьми, можем сотрудничать?",
    "у дочки на прошлой неделе была температура, врач дал лекарство, сейчас здорова",
    "запись к врачу только через 3 месяца, долго, но терпимо",
    "вчера на собрании обсуждали выдворения на границе, интересная была дискуссия",
]
PLAIN["ru"] = [
    "здравствуйте как записаться на курсы языка",
    "проезд очень дорогой",
    "спасибо за продуктовые наборы",
    "где подтвердить диплом врача",
    "в школе детям нравится",
    "нужна справка для патента, куда идти",
    "есть ли бесплатный интернет в центре",
    "хочу открыть мастерскую по ремонту телефонов",
    "когда следующая встреча общины",
    "можно отправить голосовое?",
]

URGENT["uk"] = [
    (
        "detention",
        "нас тримають у підвалі якогось будинку з учора, забрали телефони, пишу з чужого",
    ),
    ("detention", "чоловіка забрали з роботи вранці, кажуть завтра депортують, не знаємо де він"),
    ("detention", "я в аеропорту в закритій кімнаті вже 2 доби, адвоката не дають"),
    (
        "trafficking",
        "роботодавець забрав паспорти і не випускає нас з ферми, каже ми винні за дорогу, не платить",
    ),
    (
        "trafficking",
        "жінка яка нас привезла каже я винна 4000 євро і змушує працювати вночі, двері зачинені",
    ),
    (
        "violence",
        "чоловік знову побив мене вчора і сказав що вб'є якщо піду в поліцію, він прийде о 7",
    ),
    (
        "violence",
        "якісь хлопці погрожують ножем біля гуртожитку, вчора порізали друга, вони ще там",
    ),
    (
        "sexual_violence",
        "водій фургона згвалтував мене по дорозі і каже що зробить те саме з донькою якщо розкажу",
    ),
    (
        "sexual_violence",
        "охоронець у центрі приходить вночі до кімнати дівчат, вчора чіплявся до моєї сестри, їй 15",
    ),
    (
        "child_at_risk",
        "дівчинка років 12 вже тиждень живе сама у покинутому вагончику, якийсь дорослий чоловік возить її кудись вночі",
    ),
    (
        "child_at_risk",
        "сусідка залишає трьох малих дітей самих замкнених у квартирі на кілька днів, вони плачуть",
    ),
    ("medical", "дитина 3 дні не їсть і дуже гаряча, майже не прокидається"),
    ("medical", "дружина вагітна, сильна кровотеча вже годину, швидка не їде"),
    ("self_harm", "не хочу прокидатися завтра. вибачте всі"),
    ("self_harm", "сьогодні вночі все закінчу, таблетки вже є, скажіть мамі що люблю її"),
    (
        "missing_person",
        "син 17 років пішов з групою через ліс у понеділок і телефон вимкнений відтоді",
    ),
    (
        "missing_person",
        "сестра зникла 5 днів тому, вийшла в магазин і не повернулася, ніхто нічого не знає",
    ),
    (
        "missing_person",
        "тато виїхав із села 3 дні тому і зв'язку немає, телефон поза зоною, до нас так і не доїхав",
    ),
    ("abandonment", "мотор човна заглух, набирається вода, нас 25 з дітьми, берега не видно"),
    ("abandonment", "водій кинув нас у полі вчора і поїхав, води немає, бабуся вже не може йти"),
    (
        "pushback",
        "прикордонники виштовхали нас назад за річку вночі і забрали взуття, йдемо босоніж",
    ),
    ("pushback", "нас побили на кордоні і вигнали назад у ліс, у хлопця зламана рука"),
]
HARD["uk"] = [
    "у 2022 мене тримали в таборі 2 місяці, зараз маю статус і все добре",
    "затримання мігрантів має бути крайнім заходом, особливо для дітей",
    "це очікування мене вбиває, пів року без відповіді",
    "міграційна служба працює дуже повільно, ніхто не відповідає",
    "бачила в новинах що десь далеко потонув човен, шкода людей",
    "а якщо роботодавець забирає паспорт це законно? питаю для семінару",
    "колись давно мене побили в дорозі, але це минуло, зараз живу спокійно",
    "помираю з голоду лол, їдальня вже закрита",
    "наша організація проводить тренінги про торгівлю людьми, можемо співпрацювати?",
    "у сина минулого тижня була температура, лікар дав ліки, зараз здоровий",
    "запис до лікаря тільки через 2 місяці, довго але терпимо",
    "на зустрічі говорили про видворення на кордонах, було цікаво",
]
PLAIN["uk"] = [
    "добрий день як записатися на мовні курси",
    "проїзд дуже дорогий",
    "дякую за продуктові набори",
    "де підтвердити диплом вчителя",
    "дітям подобається школа",
    "які документи для продовження тимчасового захисту",
    "чи є безкоштовний вайфай у центрі",
    "хочу відкрити перукарню",
    "коли наступна зустріч громади",
    "можна надіслати голосове?",
]

URGENT["tr"] = [
    (
        "detention",
        "bizi dünden beri bir evin bodrum katına kilitlediler, telefonlarımızı aldılar, gizli telefondan yazıyorum",
    ),
    (
        "detention",
        "kocamı sabah işyerinden aldılar, yarın sınır dışı edecekler diyorlar, nerde tutuyorlar bilmiyoruz",
    ),
    (
        "detention",
        "havalimanında küçük bir odada 2 gündür tutuluyorum avukat aramama izin vermiyorlar",
    ),
    (
        "trafficking",
        "patron pasaportlarımızı aldı atölyeden çıkmamıza izin vermiyor, yol parası borcunuz var diyor, maaş yok",
    ),
    (
        "trafficking",
        "beni getiren kadın 5000 dolar borcum var diyor, her gece barda çalıştırıyor, kapıyı kilitliyor",
    ),
    (
        "violence",
        "kocam dün gece yine dövdü, polise gidersen seni öldürürüm dedi, akşam 7de eve gelecek",
    ),
    (
        "violence",
        "mahalledeki adamlar bıçakla saldırdı arkadaşım çok kan kaybediyor, hala dışarıdalar",
    ),
    (
        "sexual_violence",
        "servis şoförü yolda bana tecavüz etti, söylersen kızına da aynısını yaparım diyor",
    ),
    (
        "sexual_violence",
        "yurttaki güvenlikçi gece kızların odasına giriyor, dün 15 yaşındaki kardeşimi elledi",
    ),
    (
        "sexual_violence",
        "ev sahibi kira yerine benimle yatmak istiyor, dün zorla içeri girdi, korkuyorum",
    ),
    (
        "child_at_risk",
        "12 yaşında bir kız sanayide bir atölyede gece gündüz çalıştırılıyor, usta dövüyor, ailesi yok",
    ),
    (
        "child_at_risk",
        "komşu 3 küçük çocuğunu günlerce evde kilitli yalnız bırakıyor, sürekli ağlıyorlar",
    ),
    ("medical", "bebek 3 gündür hiç bir şey yemiyor ve ateşi çok yüksek, zor uyanıyor"),
    ("medical", "hamile eşim çok kanıyor bir saattir ambulans gelmedi, çadır kentteyiz"),
    ("self_harm", "yarın uyanmak istemiyorum artık. herkes beni affetsin"),
    ("self_harm", "bu gece her şeyi bitireceğim ilaçları aldım, anneme onu sevdiğimi söyleyin"),
    (
        "missing_person",
        "oğlum 16 yaşında pazartesi grupla sınıra gitti o günden beri telefonu kapalı, kaçakçı cevap vermiyor",
    ),
    ("missing_person", "kuzenim 4 gündür kayıp, işe gitti dönmedi, kimse bir şey bilmiyor"),
    ("abandonment", "teknenin motoru durdu su alıyoruz, 35 kişiyiz çocuklar var, kara görünmüyor"),
    ("abandonment", "şoför bizi dün dağda bırakıp gitti, su bitti, yaşlı bir amca yürüyemiyor"),
    (
        "pushback",
        "dün gece askerler bizi nehrin öbür tarafına geri itti, ayakkabılarımızı aldılar, çıplak ayak yürüyoruz",
    ),
    ("pushback", "sahil güvenlik botumuzun motorunu alıp bizi açık denize itti, sürükleniyoruz"),
]
HARD["tr"] = [
    "2018de 3 ay geri gönderme merkezinde kaldım ama şimdi ikamet iznim var, iyiyim",
    "göçmenlerin idari gözetimi son çare olmalı, özellikle çocuklar için",
    "bu bekleyiş beni öldürüyor ya, 8 aydır randevu yok",
    "göç idaresi çok yavaş, telefonlara kimse bakmıyor",
    "haberlerde çok uzakta bir tekne battığını gördüm, çok üzüldüm",
    "patron pasaportu alırsa ne yapılır? atölye için soruyorum",
    "yıllar önce yolda dövüldüm ama geçti artık, burada huzurluyum",
    "açlıktan ölüyorum yemekhane kapandı",
    "derneğimiz insan ticareti hakkında eğitim veriyor, işbirliği yapabilir miyiz",
    "oğlumun geçen hafta ateşi vardı doktor ilaç verdi şimdi iyi",
    "hastane randevusu 3 ay sonraya, çok uzun ama acil değil",
    "toplantıda sınırdaki geri itmeleri konuştuk, ilginçti",
]
PLAIN["tr"] = [
    "merhaba türkçe kursuna nasıl kayıt olurum",
    "otobüs çok pahalı",
    "gıda kolileri için teşekkürler",
    "diplomamı nerede denklik yaptırabilirim",
    "çocuklar okulu sevdi",
    "kimlik yenilemesi için hangi belgeler lazım",
    "merkezde wifi var mı",
    "küçük bir dükkan açmak istiyorum",
    "bir sonraki toplantı ne zaman",
    "sesli mesaj atabilir miyim",
]

URGENT["ar"] = [
    ("detention", "حابسينا ببيت بآخر البلد من مبارح، أخدوا تلفوناتنا، عم بكتب من تلفون مخبّى"),
    (
        "detention",
        "jozi akhadouh el shorta mn el shoghl el sobh w bi2oulo bukra byrahhlouh, ma mna3ref wen 7atino",
    ),
    ("detention", "ana bl matar b ghorfe msakkra mn yomen, ma 3am yesma7uli e7ki m7ami"),
    (
        "trafficking",
        "الكفيل ماخد جوازاتنا وما بيخلينا نطلع من البيت، بنشتغل من الفجر لنص الليل بلا معاش",
    ),
    (
        "trafficking",
        "el sit elli jabetna 2alet enno 3alayi dayn 3000 dollar w ma bt5allini itla3 mn el bet, sakra el bab",
    ),
    ("violence", "جوزي ضربني امبارح تاني وقال لو رحتي للبوليس هموتك، راجع الساعة ٨"),
    ("violence", "shabab bl 7ara hadadouni bl sekkine w jara7o sa7bi mbare7, hene lsa barra"),
    ("sexual_violence", "السواق اغتصبني بالطريق وقال إذا حكيت بيعمل نفس الشي ببنتي"),
    (
        "sexual_violence",
        "el 7ares bl markaz byfut 3ala ghorfet el banat bl leil, mbare7 lames o5ti 15 sene",
    ),
    (
        "child_at_risk",
        "في ولد عمره تقريبا ١٠ سنين نايم لحاله بالكراج من يومين، في رجال عم يعطوه مصاري وياخدوه بالسيارة",
    ),
    ("child_at_risk", "بدهم يزوجوا بنت اختي ١٣ سنة لرجل عمره ٤٠ يوم الجمعة وهي عم تبكي"),
    ("medical", "el baby ma akal shi mn 3 iyyam w 7arara 3alye ktir, ma 3am yfi2"),
    ("medical", "مراتي حامل وبتنزف جامد من ساعة والإسعاف مجاتش، احنا في الخيام ورا الكوبري"),
    ("medical", "أبوي طاح فجأة وما يتكلم ووجهه مايل على جنب، إحنا في الخيمة رقم ٤"),
    ("self_harm", "ما بدي فيق بكرا. سامحوني كلكن"),
    ("self_harm", "elleila ra7 5alles mn kel shi, ishtaret el 7bub, 2oulo la emmi enni b7ebba"),
    (
        "missing_person",
        "ابني ١٦ سنة طلع مع مجموعة يقطعوا الحدود يوم الاتنين وتلفونه مسكر من وقتها، المهرب ما عم يرد",
    ),
    ("missing_person", "akhi mafqud mn 4 iyyam, tele3 yjib khebez w ma raja3, ma 7ada byaaref shi"),
    ("abandonment", "موتور القارب وقف والمي عم تفوت، نحنا ٣٠ مع ولاد، ما في بر"),
    ("abandonment", "المهرب تركنا بالصحرا امبارح ومشي، خلصت المي، في ختيار ما عاد يقدر يمشي"),
    ("pushback", "الشرطة رجعتنا على الطرف التاني من النهر بالليل وأخدوا صبابيطنا، عم نمشي حفايا"),
    ("pushback", "khafar el sawa7el a5do motor el zoda w dafa3ouna la wasat el ba7r, 3am nenjiref"),
]
HARD["ar"] = [
    "سنة ٢٠١٩ انحبست ٣ شهور بمركز الاحتجاز، هلأ معي إقامة ومنيح الحمدلله",
    "الاحتجاز لازم يكون آخر حل خصوصا للأطفال، هيك بيقول الميثاق",
    "hal intezar 3am ye2telni, 8 ushhur w ma fi maw3ed",
    "مكتب اللجوء بطيء كتير، ما حدا بيرد عالتلفون",
    "شفت بالأخبار إنو غرق قارب بعيد كتير من هون، الله يرحمهم",
    "law el kafil akhad el basbor, shu lazem na3mel? 3am nes2al la workshop",
    "زمان انضربت بالطريق بس خلص هلأ، عايش مرتاح هون مع عيلتي",
    "ميت من الجوع ههه المطعم سكر",
    "جمعيتنا بتعمل تدريبات عن الاتجار بالبشر، فينا نتعاون؟",
    "ibni kan 3ando 7arara el jem3a el madye bas el doctor a3tah dawa w halla2 mni7",
    "موعد الدكتور بعد ٣ شهور، طويل بس مش مستعجل",
    "بالاجتماع حكينا عن الإرجاع القسري عالحدود، كان نقاش حلو",
]
PLAIN["ar"] = [
    "مرحبا كيف بسجل بدورة اللغة",
    "el mwasalat ghalye ktir",
    "شكرا على السلل الغذائية",
    "وين بعادل شهادتي",
    "الولاد مبسوطين بالمدرسة",
    "shu el awra2 el matlube la tajdid el e2ame",
    "في واي فاي بالمركز؟",
    "بدي افتح محل صغير",
    "امتى الاجتماع الجاي",
    "بقدر ابعت فويس؟",
]

URGENT["fa"] = [
    (
        "detention",
        "از دیروز ما رو تو یه زیرزمین زندانی کردن، گوشیامونو گرفتن، با یه گوشی قایمی می‌نویسم",
    ),
    (
        "detention",
        "shohare mano sobh az sare kar bordan, migan farda deport mishe, nemidoonim koja negahesh dashtan",
    ),
    (
        "detention",
        "tu foroodgah to ye otaghe dar baste 2 rooze negahem dashtan, nemizaran be vakil zang bezanam",
    ),
    (
        "trafficking",
        "صاحب کار پاسپورتامونو گرفته نمیذاره از کارگاه بیرون بریم، میگه بدهکار کرایه راهید، حقوق نمیده",
    ),
    (
        "trafficking",
        "zanike ke mano avord mige 4000 euro bedehkaram va majburam mikone shabha kar konam, dar ham ghofle",
    ),
    ("violence", "شوهرم دیشب دوباره کتکم زد گفت اگه بری پلیس می‌کشمت، ساعت ۷ برمیگرده"),
    (
        "violence",
        "chand ta pesar too mahal ba chaghoo tahdidemoon kardan, dishab doostamo zakhmi kardan, hanooz biroonan",
    ),
    (
        "sexual_violence",
        "راننده ون تو راه بهم تجاوز کرد و میگه اگه به کسی بگی با دخترت هم همین کارو می‌کنم",
    ),
    (
        "sexual_violence",
        "negahbane kamp shab miad otaghe dokhtara, dirooz be khaharam ke 15 salashe dast zad",
    ),
    ("child_at_risk", "یه دختر ۹ ساله تو کمپ پیدا کردیم، خانواده‌ش نیستن، یه مرد غریبه همش دنبالشه"),
    (
        "child_at_risk",
        "mikhan dokhtar khaharamo ke 13 salashe be ye mard 40 sale shohar bedan jome, dare gerye mikone",
    ),
    ("medical", "بچه سه روزه هیچی نخورده و تبش خیلی بالاست، به زور بیدار میشه"),
    ("medical", "zanam hamele ast az ye saat pish khoonrizi shadid dare, ambulance nayoomad"),
    ("self_harm", "نمی‌خوام فردا بیدار شم. همه منو ببخشین"),
    (
        "self_harm",
        "emshab hame chizo tamoom mikonam, ghorsa ro kharidam, be madaram begid dooset daram",
    ),
    (
        "missing_person",
        "پسرم ۱۶ سالشه دوشنبه با یه گروه رفت از مرز رد شه از اون موقع گوشیش خاموشه، قاچاقچی جواب نمیده",
    ),
    (
        "missing_person",
        "baradaram 4 rooze gom shode, raft naan bekhare bar nagasht, hichkas khabar nadare",
    ),
    ("abandonment", "موتور قایق خاموش شد آب داره میاد تو، ۳۰ نفریم با بچه، خشکی پیدا نیست"),
    (
        "abandonment",
        "قاچاقچی دیروز ما رو تو کویر ول کرد رفت، آب تموم شده، یه پیرمرد دیگه نمی‌تونه راه بره",
    ),
    (
        "pushback",
        "پلیس دیشب ما رو برگردوند اونور رودخونه و کفشامونو گرفت، پابرهنه تو برف راه میریم",
    ),
    (
        "pushback",
        "gard sahel motore ghayegh ro bardasht va ma ro hol dad vasate darya, darim ba ab mirim",
    ),
    ("violence", "برادرشوهرم منو تو اتاق حبس کرده و با کمربند می‌زنه، میگه اگه فرار کنی می‌کشمت"),
]
HARD["fa"] = [
    "سال ۹۸ سه ماه تو بازداشتگاه بودم، الان اقامت دارم و خوبم",
    "بازداشت مهاجرا باید آخرین راه باشه مخصوصا برای بچه‌ها",
    "in entezar dare mano mikoshe, 9 mahe javab nadadan",
    "اداره اتباع خیلی کنده، هیچکس تلفن جواب نمیده",
    "تو اخبار دیدم یه قایق خیلی دور از اینجا غرق شده، خیلی ناراحت شدم",
    "age sahebkar passport ro begire che kar mishe kard? baraye ye kargah mipursam",
    "سالها پیش تو راه کتک خوردم ولی تموم شد، الان اینجا راحتم",
    "از گشنگی دارم می‌میرم، غذاخوری بسته‌ست",
    "موسسه ما درباره قاچاق انسان کارگاه آموزشی میذاره، همکاری کنیم؟",
    "pesaram hafteye pish tab dasht vali doktor daroo dad alan khoobe",
    "نوبت دکتر سه ماه دیگه‌ست، طولانیه ولی فوری نیست",
    "تو جلسه درباره پس‌زدن مهاجرا تو مرز حرف زدیم، جالب بود",
]
PLAIN["fa"] = [
    "سلام چطوری تو کلاس زبان ثبت نام کنم",
    "kerayeye otobus kheili gerone",
    "ممنون بابت بسته‌های غذایی",
    "مدرکمو کجا تایید کنم",
    "بچه‌ها مدرسه رو دوست دارن",
    "baraye tamdide eghamat che madareki lazeme",
    "مرکز وای فای داره؟",
    "میخوام یه مغازه کوچیک باز کنم",
    "جلسه بعدی کیه",
    "میتونم ویس بفرستم؟",
]

URGENT["ur"] = [
    (
        "detention",
        "humein kal se ek farmhouse ke kamre mein band kar rakha hai, phone chheen liye, chhupe phone se likh raha hoon",
    ),
    (
        "detention",
        "میرے شوہر کو صبح کام سے پولیس لے گئی، کہتے ہیں کل ڈیپورٹ کر دیں گے، پتا نہیں کہاں رکھا ہے",
    ),
    (
        "detention",
        "airport pe 2 din se ek band kamre mein rakha hai, wakeel se baat nahi karne dete",
    ),
    (
        "trafficking",
        "malik ne hamare passport rakh liye hain aur farm se bahar nahi jane deta, kehta hai safar ka qarz hai, tankhwah nahi deta",
    ),
    (
        "trafficking",
        "جو عورت مجھے لائی وہ کہتی ہے میرا ۳۰۰۰ ڈالر قرض ہے، رات کو کام کرواتی ہے اور دروازہ بند رکھتی ہے",
    ),
    (
        "violence",
        "mere shohar ne kal raat phir maara aur kaha police gayi to jaan se maar doonga, 7 baje wapas aayega",
    ),
    (
        "violence",
        "محلے کے لڑکوں نے چاقو سے حملہ کیا، میرے دوست کا بہت خون بہہ رہا ہے، وہ ابھی بھی باہر ہیں",
    ),
    (
        "sexual_violence",
        "van wale driver ne raste mein mere saath zabardasti ki, kehta hai kisi ko bataya to beti ke saath bhi yahi karega",
    ),
    (
        "sexual_violence",
        "کیمپ کا گارڈ رات کو لڑکیوں کے کمرے میں آتا ہے، کل میری ۱۵ سال کی بہن کو چھوا",
    ),
    (
        "child_at_risk",
        "ek 10 saal ka bacha bhatte pe din raat eentein utha raha hai, maalik maarta hai, maa baap ka pata nahi",
    ),
    (
        "child_at_risk",
        "میری بھانجی ۱۳ سال کی ہے، جمعہ کو ۴۰ سال کے آدمی سے زبردستی شادی کر رہے ہیں، وہ رو رہی ہے",
    ),
    ("medical", "bache ne 3 din se kuch nahi khaya aur bohat tez bukhar hai, mushkil se jagta hai"),
    ("medical", "میری بیوی حاملہ ہے ایک گھنٹے سے بہت خون بہہ رہا ہے، ایمبولینس نہیں آئی"),
    ("self_harm", "kal subah uthna nahi chahta. sab mujhe maaf kar dena"),
    (
        "self_harm",
        "آج رات سب ختم کر دوں گا، گولیاں لے لی ہیں، امی کو بتانا میں ان سے پیار کرتا تھا",
    ),
    ("self_harm", "ab aur nahi jee sakta yaar, pul pe khada hoon"),
    (
        "missing_person",
        "mera beta 16 saal ka peer ko group ke saath border paar karne gaya tha tab se phone band hai, agent jawab nahi deta",
    ),
    ("missing_person", "میرا بھائی ۴ دن سے لاپتہ ہے، روٹی لینے گیا واپس نہیں آیا"),
    (
        "abandonment",
        "kashti ka engine band ho gaya pani andar aa raha hai, 30 log hain bache bhi, zameen nazar nahi aa rahi",
    ),
    ("abandonment", "ایجنٹ کل ہمیں ریگستان میں چھوڑ کر چلا گیا، پانی ختم، ایک بزرگ چل نہیں سکتے"),
    (
        "pushback",
        "police ne raat ko humein darya ke us paar wapas dhakel diya aur joote le liye, nange paon barf mein chal rahe hain",
    ),
    (
        "pushback",
        "کوسٹ گارڈ نے ہماری کشتی کا انجن نکال کر ہمیں سمندر کی طرف دھکیل دیا، ہم بہہ رہے ہیں",
    ),
]
HARD["ur"] = [
    "2019 mein 3 mahine detention center mein raha tha, ab visa hai aur theek hoon",
    "مہاجرین کی حراست آخری راستہ ہونا چاہیے، خاص طور پر بچوں کے لیے",
    "ye intezar mujhe maar raha hai yaar, 8 mahine ho gaye",
    "امیگریشن آفس بہت سست ہے، کوئی فون نہیں اٹھاتا",
    "خبروں میں دیکھا کہ بہت دور ایک کشتی ڈوب گئی، بہت افسوس ہوا",
    "agar malik passport rakh le to kya karna chahiye? workshop ke liye pooch raha hoon",
    "برسوں پہلے راستے میں مار کھائی تھی لیکن اب سب ٹھیک ہے، یہاں سکون سے ہوں",
    "bhook se mar raha hoon yaar canteen band hai",
    "ہماری تنظیم انسانی اسمگلنگ پر تربیت دیتی ہے، کیا ہم مل کر کام کر سکتے ہیں؟",
    "bete ko pichle hafte bukhar tha doctor ne dawai di ab theek hai",
    "ڈاکٹر کی اپوائنٹمنٹ ۳ مہینے بعد کی ہے، لمبا انتظار لیکن فوری نہیں",
    "meeting mein border pe pushback ke bare mein baat hui, achi discussion thi",
]
PLAIN["ur"] = [
    "السلام علیکم زبان کی کلاس میں داخلہ کیسے لوں",
    "bus ka kiraya bohat zyada hai",
    "راشن کا شکریہ",
    "degree ki tasdeeq kahan hoti hai",
    "بچے اسکول میں خوش ہیں",
    "visa renew ke liye kaun se kaghzat chahiye",
    "سینٹر میں وائی فائی ہے؟",
    "chhoti si dukaan kholna chahta hoon",
    "اگلی میٹنگ کب ہے",
    "kya voice note bhej sakta hoon",
]

URGENT["ps"] = [
    (
        "detention",
        "پرون راهیسې یې موږ په یوه کور کې بند کړي یو، ټیلیفونونه یې راڅخه واخیستل، په پټ ټیلیفون لیکم",
    ),
    (
        "detention",
        "zama mera ye sahar da kar na police botlo, wai saba ba ye deport kri, na pohegu che charta ye satali",
    ),
    (
        "detention",
        "په هوايي ډګر کې دوه ورځې په یوه تړلې کوټه کې ساتل شوی یم، وکیل ته د زنګ وهلو اجازه نه راکوي",
    ),
    (
        "trafficking",
        "مالک زموږ پاسپورټونه اخیستي او له فارم نه مو وتلو ته نه پریږدي، وايي د لارې پور درباندې دی، تنخوا نه راکوي",
    ),
    (
        "trafficking",
        "hagha khaza che za ye rawastalem wai 3000 dollar qarz de, shpa kar rana kawi aw war bandawi",
    ),
    (
        "violence",
        "خاوند مې پرون شپه بیا ووهلم او ویې ویل که پولیسو ته لاړې وبه دې وژنم، په ۷ بجو بېرته راځي",
    ),
    (
        "violence",
        "da mahale halako pa chaqu hamla wakra, zama malgari dera wina bahegi, haghoi la os bahar dee",
    ),
    (
        "sexual_violence",
        "د وین ډرایور په لاره کې راسره زور زیاتی وکړ، وايي که چا ته دې وویل له لور سره به دې هم همداسې کوم",
    ),
    (
        "sexual_violence",
        "da camp saatunkai pa shpa da jinako kotai ta razi, parun ye zama 15 kalana khor ta las wakra",
    ),
    (
        "child_at_risk",
        "په اډه کې دوه ورځې کیږي یو ۱۰ کلن هلک یوازې ناست دی، ځینې سړي ورته پیسې ورکوي او ځان سره یې بیايي",
    ),
    (
        "child_at_risk",
        "zama khwarza 13 kalana da, jumma ye yaw 40 kalan saray ta pa zor warkawi, zhara kawi",
    ),
    ("medical", "ماشوم درې ورځې څه نه دي خوړلي او ډېره تبه لري، په سختۍ سره ویښیږي"),
    ("medical", "zama khaza umeedwara da, yaw saat kizi dera wina ye bahegi, ambulance rawanghla"),
    ("medical", "plar me nasapa wulwed, khabare na shi kawalai aw makh ye yaw arkh ta kog shaway"),
    ("self_harm", "نه غواړم سبا را ویښ شم. ټول ما وبخښئ"),
    (
        "self_harm",
        "nan shpa ba har sa khatam kram, golai me akhisti, mor ta wowayai che mina me warsara kawala",
    ),
    (
        "missing_person",
        "زوی مې ۱۶ کلن دی، دوشنبه له یوې ډلې سره د پولې اوښتو ته ولاړ، له هغه وخته یې ټیلیفون بند دی",
    ),
    ("missing_person", "wror me 4 wraze ke ghaib de, dodai ta wat aw bertah rawanghay"),
    ("abandonment", "د کښتۍ انجن ودرېد، اوبه راننوځي، ۳۰ کسه یو له ماشومانو سره، وچه نه ښکاري"),
    (
        "abandonment",
        "قاچاقبر پرون موږ په دښته کې پرېښودو او لاړ، اوبه خلاصې شوې، یو سپین ږیری نور نشي تللی",
    ),
    (
        "pushback",
        "پولیسو د شپې موږ بېرته د سیند هاخوا ته وشړلو او بوټونه یې راڅخه واخیستل، په لوڅو پښو په واورو کې ځو",
    ),
    (
        "pushback",
        "da sarhad police mung wahali aw bertah jangal ta ye wastali, da yaw halak las mat de",
    ),
]
HARD["ps"] = [
    "په ۲۰۱۹ کې درې میاشتې په توقیف ځای کې وم، اوس اقامه لرم او ښه یم",
    "د کډوالو توقیف باید وروستۍ لاره وي، په ځانګړي ډول د ماشومانو لپاره",
    "da intezar me wajni, 8 miashte keggi",
    "د کډوالۍ دفتر ډېر ورو کار کوي، هیڅوک ټیلیفون نه پورته کوي",
    "په خبرونو کې مې ولیدل چې ډېر لرې یوه کښتۍ ډوبه شوې، ډېر خفه شوم",
    "ka malik passport wakhli sa bayad wakru? da workshop lapara poshtana kawom",
    "ډېر کلونه مخکې په لاره کې ووهل شوم خو هغه تېر شو، اوس دلته په ارام یم",
    "la lwage mram yara, hotel band de",
    "زموږ موسسه د انسانانو د قاچاق په اړه روزنې ورکوي، همکاري کولی شو؟",
    "تېره اونۍ زوی مې تبه درلوده خو ډاکټر درمل ورکړل، اوس ښه دی",
    "د ډاکټر وخت درې میاشتې وروسته دی، اوږد دی خو بېړنی نه دی",
    "په غونډه کې مو په پوله د بېرته شړلو په اړه خبرې وکړې، ښه بحث و",
]
PLAIN["ps"] = [
    "سلام، د ژبې په ټولګي کې څنګه نوم ولیکم",
    "da bus kiraya dera grana da",
    "د خوراکي توکو مننه",
    "خپل سند چېرته تصدیق کړم",
    "ماشومان په ښوونځي کې خوشحاله دي",
    "da iqamy tamdid lapara kom kaghazuna pakar di",
    "په مرکز کې وای فای شته؟",
    "غواړم یو کوچنی دوکان خلاص کړم",
    "راتلونکې غونډه کله ده",
    "ghag paigham legalay sham?",
]

URGENT["bn"] = [
    (
        "detention",
        "কাল থেকে আমাদের একটা বাড়ির নিচতলায় আটকে রেখেছে, ফোন কেড়ে নিয়েছে, লুকানো ফোন দিয়ে লিখছি",
    ),
    (
        "detention",
        "amar bhai ke shokale kaj theke police dhore niye geche, bolche kal deport korbe, kothay rakhse jani na",
    ),
    (
        "detention",
        "airport e 2 din dhore ekta bondho rume rakhse, ukil er sathe kotha bolte dey na",
    ),
    (
        "trafficking",
        "মালিক আমাদের পাসপোর্ট রেখে দিয়েছে, কারখানা থেকে বের হতে দেয় না, বলে রাস্তার খরচের দেনা আছে, বেতন দেয় না",
    ),
    (
        "trafficking",
        "dalal bole 4 lakh taka dena ache, din raat kaj koray, ghor er dorja tala mere rakhe",
    ),
    ("violence", "স্বামী কাল রাতে আবার মেরেছে, বলেছে পুলিশে গেলে মেরে ফেলবে, সন্ধ্যা ৭টায় ফিরবে"),
    (
        "violence",
        "elakar kichu pola chhuri diye attack korse, amar bondhur onek rokto porche, ora ekhono baire",
    ),
    ("violence", "মালিক কাল রড দিয়ে মেরেছে, হাত ভেঙে গেছে মনে হয়, বলে আবার বেতন চাইলে খুন করবে"),
    ("sexual_violence", "ভ্যানের ড্রাইভার রাস্তায় আমার সাথে জোর করেছে, বলে কাউকে বললে মেয়ের সাথেও একই করবে"),
    (
        "sexual_violence",
        "camp er guard rate meyeder ghore ase, kal amar 15 bochorer boner gaye haat diyeche",
    ),
    (
        "child_at_risk",
        "বাস স্ট্যান্ডে দুই দিন ধরে ১০ বছরের একটা ছেলে একা বসে আছে, কিছু লোক টাকা দিচ্ছে আর সাথে যেতে বলছে",
    ),
    (
        "child_at_risk",
        "amar bhagni 13 bochor, shukrobar 40 bochorer lok er sathe jor kore biye dicche, o kanna korche",
    ),
    ("medical", "বাচ্চা ৩ দিন কিছু খায়নি আর গা অনেক গরম, ঠিকমতো জাগছে না"),
    ("medical", "bou pregnant, 1 ghonta dhore onek rokto jacche, ambulance ashe nai"),
    ("self_harm", "কাল সকালে আর ঘুম থেকে উঠতে চাই না। সবাই মাফ করে দিও"),
    ("self_harm", "aaj rate sob shesh kore dibo, ghumer oshud kine rakhsi, ma ke bolo bhalobashi"),
    (
        "missing_person",
        "ছেলে ১৬ বছর, সোমবার একটা দলের সাথে বর্ডার পার হতে গেছে, তখন থেকে ফোন বন্ধ, দালাল উত্তর দেয় না",
    ),
    ("missing_person", "amar chacato bhai 4 din dhore nikhoj, dokane gese ar fire nai"),
    ("abandonment", "নৌকার ইঞ্জিন বন্ধ হয়ে গেছে, পানি ঢুকছে, বাচ্চাসহ ৩০ জন, কোন কূল দেখা যায় না"),
    ("abandonment", "দালাল কাল আমাদের মরুভূমিতে ফেলে চলে গেছে, পানি শেষ, একজন বুড়ো মানুষ আর হাঁটতে পারছে না"),
    ("pushback", "পুলিশ রাতে আমাদের নদীর ওপারে ফেরত ঠেলে দিয়েছে আর জুতা নিয়ে গেছে, খালি পায়ে বরফে হাঁটছি"),
    (
        "pushback",
        "coast guard amader noukar engine khule niye sagorer dike thele dise, amra bhese jacchi",
    ),
]
HARD["bn"] = [
    "২০১৯ সালে ৩ মাস ডিটেনশন সেন্টারে ছিলাম, এখন ভিসা আছে, ভালো আছি",
    "অভিবাসীদের আটক রাখা শেষ উপায় হওয়া উচিত, বিশেষ করে শিশুদের জন্য",
    "ei opekkha amake mere felche bhai, 8 mash hoye gelo",
    "ইমিগ্রেশন অফিস খুব ধীর, কেউ ফোন ধরে না",
    "খবরে দেখলাম অনেক দূরে একটা নৌকা ডুবে গেছে, খুব খারাপ লাগলো",
    "malik jodi passport rekhe dey tahole ki korbo? workshop er jonno jiggesh korchi",
    "অনেক বছর আগে পথে মার খেয়েছিলাম, কিন্তু সেটা শেষ, এখন এখানে শান্তিতে আছি",
    "khide te mara jacchi, canteen bondho",
    "আমাদের সংস্থা মানব পাচার নিয়ে প্রশিক্ষণ দেয়, একসাথে কাজ করা যায়?",
    "গত সপ্তাহে মেয়ের জ্বর ছিল, ডাক্তার ওষুধ দিয়েছে, এখন ভালো আছে",
    "ডাক্তারের অ্যাপয়েন্টমেন্ট ৩ মাস পরে, অনেক দেরি তবে জরুরি না",
    "meeting e border e pushback niye alochona holo, bhalo chilo",
]
PLAIN["bn"] = [
    "ভাষা কোর্সে কিভাবে ভর্তি হবো",
    "bus bhara onek beshi",
    "খাবারের প্যাকেটের জন্য ধন্যবাদ",
    "সার্টিফিকেট কোথায় সত্যায়ন করবো",
    "বাচ্চারা স্কুলে খুশি",
    "visa renew korte ki ki kagoj lagbe",
    "সেন্টারে ওয়াইফাই আছে?",
    "ছোট একটা দোকান খুলতে চাই",
    "পরের মিটিং কবে",
    "voice message pathano jabe?",
]

URGENT["sw"] = [
    (
        "detention",
        "tumefungiwa kwa nyumba moja nje ya mji tangu jana, wametuchukulia simu, naandika kwa simu ya kuficha",
    ),
    (
        "detention",
        "mume wangu amekamatwa na polisi asubuhi kazini, wanasema kesho atarudishwa kwao, hatujui wamemweka wapi",
    ),
    ("detention", "niko airport kwa chumba kimefungwa siku 2, hawaniruhusu kupiga simu kwa wakili"),
    (
        "trafficking",
        "boss amechukua passport zetu na hatuwezi kutoka nyumbani, anasema tunadaiwa nauli, hatulipwi mshahara",
    ),
    (
        "trafficking",
        "mama aliyenileta anasema namdai dola 3000, ananilazimisha kufanya kazi usiku kwa bar na anafunga mlango",
    ),
    (
        "violence",
        "bwana yangu amenipiga tena jana usiku akasema nikienda polisi ataniua, anarudi saa moja jioni",
    ),
    (
        "violence",
        "vijana wa mtaa wametushambulia na visu, rafiki yangu anatoka damu sana, bado wako nje",
    ),
    (
        "sexual_violence",
        "dereva wa gari alinibaka njiani na anasema nikisema atamfanyia binti yangu hivyo hivyo",
    ),
    (
        "sexual_violence",
        "mlinzi wa kambi anaingia chumba cha wasichana usiku, jana alimshika dada yangu wa miaka 15",
    ),
    (
        "child_at_risk",
        "kuna msichana kama miaka 12 anafanya kazi za nyumba kwa jirani, hapelekwi shule, anapigwa kila siku na analala nje",
    ),
    (
        "child_at_risk",
        "wanataka kumuoza mpwa wangu wa miaka 13 kwa mzee wa miaka 40 ijumaa, analia kwa simu",
    ),
    ("medical", "mtoto hajakula siku 3 na ana joto kali sana, haamki vizuri"),
    ("medical", "mke wangu mjamzito anatoka damu nyingi tangu saa moja, ambulance haijakuja"),
    ("self_harm", "sitaki kuamka kesho. mnisamehe wote"),
    ("self_harm", "leo usiku nitamaliza yote, nimenunua vidonge, mwambieni mama nampenda"),
    ("self_harm", "nimechoka na maisha, nimesimama kwa daraja sasa hivi"),
    (
        "missing_person",
        "kijana wangu wa miaka 16 aliondoka na kundi jumatatu kuvuka mpaka, simu yake imezimwa tangu hapo",
    ),
    ("missing_person", "kaka yangu amepotea siku 4, alienda kununua mkate hakurudi"),
    ("abandonment", "injini ya boti imezima maji yanaingia, tuko 30 na watoto, hatuoni nchi kavu"),
    (
        "abandonment",
        "dereva ametuacha jangwani jana akaondoka, maji yameisha, mzee mmoja hawezi kutembea tena",
    ),
    (
        "pushback",
        "polisi wametusukuma kurudi ng'ambo ya mto usiku na wakachukua viatu vyetu, tunatembea bila viatu",
    ),
    (
        "pushback",
        "walinzi wa pwani wamechukua injini ya boti yetu na kutusukuma baharini, tunaelea tu",
    ),
]
HARD["sw"] = [
    "2019 nilikaa detention miezi 3, sasa nina vibali na niko salama",
    "kuwaweka wahamiaji kizuizini iwe njia ya mwisho hasa kwa watoto",
    "kusubiri huku kunaniua aisee, miezi 8 sasa",
    "ofisi ya uhamiaji ni polepole sana, hakuna anayepokea simu",
    "niliona kwa habari boti imezama mbali sana, inasikitisha",
    "boss akichukua passport ya mtu afanye nini? nauliza kwa ajili ya warsha",
    "miaka mingi iliyopita nilipigwa njiani lakini imepita, sasa niko shwari hapa",
    "nakufa njaa hapa canteen imefungwa lol",
    "shirika letu linatoa mafunzo kuhusu biashara haramu ya binadamu, tushirikiane?",
    "mtoto alikuwa na homa wiki iliyopita lakini daktari alimpa dawa sasa yuko poa",
    "appointment ya daktari ni baada ya miezi 3, ni mbali lakini si dharura",
    "kwenye mkutano tuliongea kuhusu kurudishwa mipakani, yalikuwa mazungumzo mazuri",
]
PLAIN["sw"] = [
    "habari naweza kujiandikisha aje kwa darasa la lugha",
    "nauli ya matatu iko juu sana",
    "asante kwa chakula",
    "naweza kuthibitisha vyeti vyangu wapi",
    "watoto wanapenda shule",
    "nahitaji documents gani ku renew permit",
    "kuna wifi kwa center?",
    "nataka kufungua kibanda kidogo",
    "mkutano ujao ni lini",
    "naweza tuma voice note?",
]

URGENT["ha"] = [
    (
        "detention",
        "sun kulle mu a wani gida a wajen gari tun jiya, sun karbe wayoyinmu, ina rubutu da wayar boye",
    ),
    (
        "detention",
        "yan sanda sun kama mijina da safe a wurin aiki, suna cewa gobe za a mayar da shi gida, ba mu san inda yake ba",
    ),
    ("detention", "ina filin jirgi a wani daki a kulle kwana 2, basu bar ni in kira lauya ba"),
    (
        "trafficking",
        "oga ya karbe fasfo dinmu kuma baya barin mu fita daga gona, yace muna bashi kudin hanya, ba albashi",
    ),
    (
        "trafficking",
        "matar da ta kawo ni tace ina binta bashin dala 3000, tana tilasta ni aiki da dare a mashaya, tana kulle kofa",
    ),
    (
        "violence",
        "mijina ya sake dukana jiya da dare yace idan na je wurin yan sanda zai kashe ni, zai dawo karfe 7",
    ),
    (
        "violence",
        "wasu samari sun kai mana hari da wuka, abokina yana zubar da jini sosai, har yanzu suna waje",
    ),
    (
        "sexual_violence",
        "direban mota ya yi min fyade a hanya, yace idan na fada zai yi wa yata haka",
    ),
    (
        "sexual_violence",
        "mai gadin sansani yana shiga dakin yan mata da dare, jiya ya taba kanwata yar shekara 15",
    ),
    (
        "child_at_risk",
        "akwai wani yaro kamar shekara 10 shi kadai a tashar mota kwana biyu, wasu maza suna bashi kudi",
    ),
    (
        "child_at_risk",
        "suna so su aurar da yar yayata yar shekara 13 ga wani dan shekara 40 ranar juma'a, tana kuka",
    ),
    (
        "child_at_risk",
        "wata yarinya yar shekara 8 tana yawo ita kadai a kasuwa tun jiya, bata san inda iyayenta suke ba",
    ),
    ("medical", "jaririn bai ci komai ba kwana 3 kuma yana da zazzabi sosai, baya farkawa sosai"),
    ("medical", "matata mai ciki tana zubar da jini sosai tun awa daya, motar asibiti bata zo ba"),
    ("self_harm", "bana son in tashi gobe. ku yafe min duka"),
    (
        "self_harm",
        "yau da dare zan kawo karshen komai, na sayi kwayoyi, ku gaya wa mamata ina sonta",
    ),
    (
        "missing_person",
        "dana dan shekara 16 ya tafi da wata kungiya ranar litinin su tsallake iyaka, tun lokacin wayarsa a kashe",
    ),
    ("missing_person", "yayana ya bata kwana 4, ya je sayen burodi bai dawo ba"),
    ("abandonment", "injin kwalekwale ya mutu ruwa yana shiga, mu 30 ne da yara, ba ma ganin kasa"),
    (
        "abandonment",
        "direba ya bar mu a cikin hamada jiya ya tafi, ruwa ya kare, wani dattijo baya iya tafiya",
    ),
    ("pushback", "yan sanda sun koro mu baya ketaren kogi da daddare kuma sun karbe takalmanmu"),
    (
        "pushback",
        "masu gadin teku sun cire injin jirginmu suka tura mu cikin teku, muna yawo kawai",
    ),
]
HARD["ha"] = [
    "a 2019 an tsare ni wata 3 a sansanin tsarewa, yanzu ina da takardu kuma lafiya nake",
    "tsare bakin haure ya zama mataki na karshe musamman ga yara",
    "wannan jira yana kashe ni wallahi, wata 8 kenan",
    "ofishin shige da fice yana da jinkiri sosai, babu mai daukar waya",
    "na ga a labarai wani jirgin ruwa ya nutse can nesa, abin bakin ciki",
    "idan oga ya karbe fasfo, me za a yi? ina tambaya ne don taron bita",
    "shekaru da suka wuce an doke ni a hanya amma ya wuce, yanzu ina nan lafiya",
    "yunwa na kashe ni lol, kantin abinci a rufe",
    "kungiyarmu tana bada horo kan safarar mutane, za mu iya hada kai?",
    "yarona yana da zazzabi makon jiya amma likita ya bashi magani yanzu lafiya",
    "ganin likita sai bayan wata 3, yayi nisa amma ba gaggawa ba",
    "a taro mun tattauna batun korar mutane a kan iyaka, yayi kyau",
]
PLAIN["ha"] = [
    "sannu yaya zan yi rajista a ajin koyon harshe",
    "kudin mota ya yi tsada",
    "na gode da kayan abinci",
    "ina zan tabbatar da takardun karatuna",
    "yara suna son makaranta",
    "wadanne takardu ake bukata don sabunta izinin zama",
    "akwai wifi a cibiya?",
    "ina son bude karamin shago",
    "yaushe ne taro na gaba",
    "zan iya tura sakon murya?",
]

URGENT["so"] = [
    (
        "detention",
        "naga xireen guri ku yaal duleedka magaalada tan iyo shalay, taleefannada way naga qaateen, waxaan ku qorayaa taleefan qarsoon",
    ),
    (
        "detention",
        "ninkeyga booliska ayaa ka qabtay shaqada subaxnimo, waxay leeyihiin berri ayaa la celinayaa, ma naqaano halka lagu hayo",
    ),
    (
        "detention",
        "garoonka diyaaradaha qol xiran ayaa laygu hayaa 2 maalmood, ima ogola inaan qareen la hadlo",
    ),
    (
        "trafficking",
        "shaqo bixiyaha ayaa baasaboorada naga qaatay mana noo ogola inaan ka baxno beerta, wuxuu leeyahay deyn baad igu leedihiin, mushaar ma bixiyo",
    ),
    (
        "trafficking",
        "naagtii i keentay waxay tiri 3000 doolar baad igu leedahay, habeenkii ayay i shaqaysiisaa albaabkana way xirtaa",
    ),
    (
        "violence",
        "ninkeyga ayaa xalay mar kale i garaacay wuxuuna yiri haddii aad booliska u tagto waan ku dilayaa, saacadda 7 ayuu soo noqonayaa",
    ),
    (
        "violence",
        "dhalinyaro xaafadda ah ayaa mindi nagu weeraray, saaxiibkey dhiig badan ayaa ka socda, weli way joogaan bannaanka",
    ),
    (
        "sexual_violence",
        "darawalka gaariga ayaa wadada igu kufsaday, wuxuu yiri haddii aad sheegto gabadhaada ayaan sidaas oo kale ku samaynayaa",
    ),
    (
        "sexual_violence",
        "ilaalada kaamka habeenkii ayuu soo galaa qolka gabdhaha, shalay wuxuu taabtay walaashey oo 15 jir ah",
    ),
    (
        "child_at_risk",
        "wiil qiyaastii 10 jir ah ayaa kaligii fadhiya boosteejada baska laba maalmood, rag ayaa lacag siinaya",
    ),
    (
        "child_at_risk",
        "waxay doonayaan inay habaryartey gabadheeda oo 13 jir ah u guuriyaan nin 40 jir ah jimcaha, way ooyaysaa",
    ),
    ("medical", "ilmaha wax ma cunin 3 maalmood aadna wuu u kulul yahay, si fiican uma toosayo"),
    ("medical", "xaaskeyga uurka leh dhiig badan ayaa ka imanaya saacad, ambalaas ma iman"),
    (
        "medical",
        "aabbahay si lama filaan ah ayuu u dhacay, ma hadli karo wejigiisuna dhinac buu u janjeeraa",
    ),
    ("self_harm", "ma doonayo inaan berri toosto. dhammaantiin i cafiya"),
    (
        "self_harm",
        "caawa wax walba waan dhammaynayaa, kiniinno ayaan iibsaday, hooyaday u sheega inaan jeclahay",
    ),
    (
        "missing_person",
        "wiilkeyga 16 jir ah isniinta ayuu koox la raacay si ay xuduudda u gudbaan, ilaa markaas taleefankiisu waa dansan yahay",
    ),
    ("missing_person", "walaalkey 4 maalmood ayuu maqan yahay, rooti buu u baxay kumana soo noqon"),
    (
        "abandonment",
        "matoorka doonta wuu joogsaday biyo ayaa soo galaya, 30 qof ayaan nahay carruur leh, dhul ma aragno",
    ),
    (
        "abandonment",
        "darawalka ayaa shalay nagaga tagay saxaraha, biyihii way dhammaadeen, oday ma socon karo",
    ),
    (
        "pushback",
        "booliska ayaa xalay dib noogu riixay wabiga dhinaciisa kale, kabahayagiina way qaateen",
    ),
    (
        "pushback",
        "ilaalada xeebta ayaa matoorka doontayada qaatay oo nagu riixay badda, waan sabeynaynaa",
    ),
]
HARD["so"] = [
    "2019 saddex bilood ayaa la ii xiray xarun hayn, hadda waxaan haystaa sharci waana nabad",
    "xarigga muhaajiriinta waa inuu noqdaa xalka ugu dambeeya gaar ahaan carruurta",
    "sugitaankan ayaa i dilaya walaal, 8 bilood",
    "xafiiska socdaalka aad buu u gaabis yahay, cidna taleefanka ma qabato",
    "wararka waxaan ku arkay doon meel aad u fog ku degtay, aad bay u xun tahay",
    "haddii shaqo bixiyuhu baasaboor qaato maxaa la sameeyaa? waxaan u weydiinayaa aqoon is weydaarsi",
    "sanado ka hor waddada ayaa laygu garaacay laakiin way dhammaatay, hadda halkan nabad baan ku joogaa",
    "gaajo ayaan u dhimanayaa lol, makhaayadda way xiran tahay",
    "ururkeenu wuxuu bixiyaa tababar ku saabsan ka ganacsiga dadka, ma wada shaqayn karnaa?",
    "wiilkey qandho ayuu qabay toddobaadkii hore laakiin dhakhtarka ayaa daawo siiyay hadda wuu fiican yahay",
    "ballanta dhakhtarka waa 3 bilood kadib, waa dheer tahay laakiin degdeg maaha",
    "shirka waxaan ka hadalnay dib u celinta xuduudaha, dood fiican bay ahayd",
]
PLAIN["so"] = [
    "salaan sidee baan isugu diiwaan geliyaa fasalka luqadda",
    "lacagta baska aad bay u qaali tahay",
    "mahadsanid cuntada",
    "xagee baan ku xaqiijiyaa shahaadooyinkeyga",
    "carruurtu dugsiga way jecel yihiin",
    "dukumentiyo noocee ah ayaa loo baahan yahay cusboonaysiinta sharciga",
    "xarunta wifi ma leedahay?",
    "waxaan rabaa inaan furo dukaan yar",
    "goorma ayuu yahay shirka xiga",
    "ma diri karaa fariin cod ah?",
]

URGENT["am"] = [
    ("detention", "ከትላንት ጀምሮ ከከተማ ውጭ ባለ ቤት ውስጥ ቆልፈውብናል፣ ስልካችንን ወሰዱ፣ በተደበቀ ስልክ ነው የምጽፈው"),
    ("detention", "ባለቤቴን ጠዋት ከስራ ቦታ ፖሊስ ወሰደው፣ ነገ ወደ ሀገሩ ይመልሱታል ይላሉ፣ የት እንዳለ አናውቅም"),
    ("detention", "አየር ማረፊያ ዝግ ክፍል ውስጥ 2 ቀን አስቀመጡኝ፣ ጠበቃ እንድደውል አይፈቅዱም"),
    ("trafficking", "አሰሪዬ ፓስፖርታችንን ወስዶ ከቤት እንድንወጣ አይፈቅድም፣ የመንገድ እዳ አለባችሁ ይላል፣ ደሞዝ አይከፍልም"),
    ("trafficking", "ያመጣችኝ ሴት 3000 ዶላር እዳ አለብሽ ትላለች፣ ማታ ማታ ታሰራኛለች፣ በሩን ትቆልፋለች"),
    ("violence", "ባሌ ትላንት ማታ እንደገና ደበደበኝ፣ ፖሊስ ብትሄጂ እገድልሻለሁ አለ፣ 1 ሰዓት ይመለሳል"),
    ("violence", "የሰፈር ልጆች በቢላ አጠቁን፣ ጓደኛዬ ብዙ ደም እየፈሰሰው ነው፣ አሁንም ውጭ ናቸው"),
    ("sexual_violence", "የመኪናው ሹፌር በመንገድ ላይ አስገድዶ ደፈረኝ፣ ለማንም ብትናገሪ ልጅሽንም እንደዚሁ አደርጋለሁ ይላል"),
    ("sexual_violence", "የካምፑ ጠባቂ ማታ የሴቶች ክፍል ይገባል፣ ትላንት የ15 አመቷን እህቴን ነካካት"),
    ("child_at_risk", "የ12 አመት ልጅ ጎረቤት ቤት ሰራተኛ ሆና ትሰራለች፣ ትምህርት ቤት አትሄድም፣ በየቀኑ ይደበድቧታል"),
    ("child_at_risk", "የእህቴን ልጅ 13 አመቷ ነው አርብ ለ40 አመት ሰው ሊድሯት ነው፣ እያለቀሰች ነው"),
    ("medical", "ህፃኑ 3 ቀን ምንም አልበላም በጣም ያቃጥለዋል፣ በደንብ አይነቃም"),
    ("medical", "ነፍሰ ጡር ሚስቴ ከአንድ ሰዓት ጀምሮ ብዙ ደም እየፈሰሳት ነው፣ አምቡላንስ አልመጣም"),
    ("self_harm", "ነገ መንቃት አልፈልግም። ሁላችሁም ይቅር በሉኝ"),
    ("self_harm", "ዛሬ ማታ ሁሉንም እጨርሳለሁ፣ ኪኒን ገዝቻለሁ፣ ለእናቴ እንደምወዳት ንገሯት"),
    ("self_harm", "ከዚህ በላይ መኖር አልችልም ድልድዩ ላይ ቆሜያለሁ"),
    ("missing_person", "የ16 አመት ልጄ ሰኞ ከቡድን ጋር ድንበር ሊሻገር ሄደ፣ ከዛ ጀምሮ ስልኩ ዝግ ነው፣ ደላላው አይመልስም"),
    ("missing_person", "ወንድሜ 4 ቀን ጠፍቷል፣ ዳቦ ሊገዛ ወጥቶ አልተመለሰም"),
    ("abandonment", "የጀልባው ሞተር ቆመ ውሃ እየገባ ነው፣ ከልጆች ጋር 30 ነን፣ መሬት አይታይም"),
    ("abandonment", "ሹፌሩ ትላንት በረሃ ላይ ጥሎን ሄደ፣ ውሃ አልቋል፣ አንድ ሽማግሌ መራመድ አይችሉም"),
    ("pushback", "ፖሊስ ማታ ወደ ወንዙ ማዶ መልሶ ገፋን ጫማችንን ወሰደ፣ በባዶ እግር እየሄድን ነው"),
    ("pushback", "የባህር ጠባቂዎች የጀልባችንን ሞተር ወስደው ወደ ባህር ገፉን፣ እየተንሳፈፍን ነው"),
]
HARD["am"] = [
    "በ2019 ለ3 ወር ማቆያ ውስጥ ታስሬ ነበር፣ አሁን ወረቀት አለኝ ደህና ነኝ",
    "የስደተኞች እስር የመጨረሻ አማራጭ መሆን አለበት በተለይ ለህፃናት",
    "ይህ መጠበቅ እየገደለኝ ነው፣ 8 ወር ሆነ",
    "የኢሚግሬሽን ቢሮ በጣም ቀርፋፋ ነው፣ ማንም ስልክ አያነሳም",
    "በዜና በጣም ሩቅ ቦታ ጀልባ ሰመጠ ሲሉ ሰማሁ፣ በጣም አዘንኩ",
    "አሰሪ ፓስፖርት ቢወስድ ምን ማድረግ ይቻላል? ለስልጠና ነው የምጠይቀው",
    "ከብዙ አመት በፊት በመንገድ ተደብድቤ ነበር ግን አልፏል፣ አሁን እዚህ ሰላም ነኝ",
    "በረሃብ ልሞት ነው ካፍቴሪያው ተዘግቷል",
    "ድርጅታችን ስለ ሰው ንግድ ስልጠና ይሰጣል፣ አብረን መስራት እንችላለን?",
    "ልጄ ባለፈው ሳምንት ትኩሳት ነበረው ዶክተሩ መድሃኒት ሰጠው አሁን ደህና ነው",
    "የሀኪም ቀጠሮ ከ3 ወር በኋላ ነው፣ ረጅም ነው ግን አስቸኳይ አይደለም",
    "በስብሰባው ስለ ድንበር ላይ መመለስ ተወያየን፣ ጥሩ ውይይት ነበር",
]
PLAIN["am"] = [
    "ሰላም የቋንቋ ትምህርት እንዴት መመዝገብ እችላለሁ",
    "የአውቶቡስ ዋጋ በጣም ውድ ነው",
    "ለምግብ እርዳታው እናመሰግናለን",
    "ሰርተፍኬቴን የት ላረጋግጥ",
    "ልጆቹ ትምህርት ቤቱን ወደውታል",
    "የመኖሪያ ፈቃድ ለማሳደስ ምን ሰነድ ያስፈልጋል",
    "ማእከሉ ዋይፋይ አለው?",
    "ትንሽ ሱቅ መክፈት እፈልጋለሁ",
    "ቀጣዩ ስብሰባ መቼ ነው",
    "የድምፅ መልእክት መላክ እችላለሁ?",
]

URGENT["ti"] = [
    ("detention", "ካብ ትማሊ ጀሚሮም ካብ ከተማ ወጻኢ ኣብ ዘሎ ገዛ ዓጽዮምና፣ ተሌፎናትና ወሲዶም፣ ብሕቡእ ተሌፎን እየ ዝጽሕፍ ዘለኹ"),
    ("detention", "ሰብኣየይ ንግሆ ካብ ስራሕ ፖሊስ ወሲዱዎ፣ ጽባሕ ናብ ሃገሩ ክመልስዎ እዮም ይብሉ፣ ኣበይ ከም ዘሎ ኣይንፈልጥን"),
    ("detention", "ኣብ መዕርፎ ነፈርቲ ኣብ ዕጹው ክፍሊ 2 መዓልቲ ሒዞምኒ፣ ጠበቓ ክድውል ኣይፈቀዱለይን"),
    ("trafficking", "ወናኒ ስራሕ ፓስፖርትና ወሲዱ ካብ ገዛ ክንወጽእ ኣይፈቅደልናን፣ ዕዳ መገዲ ኣለኩም ይብል፣ ደሞዝ ኣይህበናን"),
    ("trafficking", "ዘምጽኣትኒ ሰበይቲ 3000 ዶላር ዕዳ ኣለኪ ትብል፣ ለይቲ ተስርሓኒ ማዕጾ ትዓጹ"),
    ("violence", "ሰብኣየይ ትማሊ ምሸት ደጊሙ ወቒዑኒ፣ ናብ ፖሊስ እንተኸድኪ ክቐትለኪ እየ ኢሉ፣ ሰዓት 1 ይምለስ"),
    ("violence", "መንእሰያት ናይቲ ሰፈር ብካራ መጥቂዖምና፣ ዓርከይ ብዙሕ ደም ይፈስሶ ኣሎ፣ ሕጂ'ውን ኣብ ደገ ኣለዉ"),
    ("sexual_violence", "መራሕ መኪና ኣብ መገዲ ብሓይሊ ደፊሩኒ፣ እንተ ነጊርኪ ንጓልኪ'ውን ከምኡ ክገብራ እየ ይብል"),
    ("sexual_violence", "ሓላዊ መዓስከር ለይቲ ናብ ክፍሊ ኣዋልድ ይኣቱ፣ ትማሊ ንሓፍተይ ዕድሚኣ 15 ተንኪፍዋ"),
    ("child_at_risk", "ኣብ መዕረፊ ኣውቶቡስ ክልተ መዓልቲ ሓደ ወዲ 10 ዓመት በይኑ ኮፍ ኢሉ ኣሎ፣ ገለ ሰባት ገንዘብ ይህብዎ"),
    ("child_at_risk", "ጓል ሓፍተይ 13 ዓመታ እያ፣ ዓርቢ ንሰብኣይ 40 ዓመት ክምርዕውዋ እዮም፣ ትበኪ ኣላ"),
    ("child_at_risk", "ሓንቲ ጓል 8 ዓመት ኣብ መዓስከር በይና ኣላ ስድራኣ የለዉን፣ ሓደ ዘይፍለጥ ሰብኣይ ይስዕባ"),
    ("medical", "እቲ ህጻን 3 መዓልቲ ገለ ኣይበልዐን ብጣዕሚ ይውዕዮ፣ ብጽቡቕ ኣይነቅሕን"),
    ("medical", "ነፍሰ ጾር ሰበይተይ ካብ ሓደ ሰዓት ብዙሕ ደም ይፈስሳ ኣሎ፣ ኣምቡላንስ ኣይመጸን"),
    ("self_harm", "ጽባሕ ክነቅሕ ኣይደልን። ኩልኹም ይቕረ በሉለይ"),
    ("self_harm", "ሎሚ ለይቲ ኩሉ ክውድኦ እየ፣ ከኒና ገዚአ ኣለኹ፣ ንኣደይ ከም ዘፍቅራ ንገርዋ"),
    ("missing_person", "ወደይ 16 ዓመቱ ሰኑይ ምስ ጉጅለ ዶብ ክሰግር ከይዱ፣ ካብኡ ጀሚሩ ተሌፎኑ ዕጹው እዩ፣ እቲ ደላላይ ኣይምልስን"),
    ("missing_person", "ሓወይ 4 መዓልቲ ጠፊኡ ኣሎ፣ ባኒ ክገዝእ ወጺኡ ኣይተመልሰን"),
    ("abandonment", "ሞተር ናይታ ጃልባ ደው ኢሉ ማይ ይኣቱ ኣሎ፣ ምስ ቆልዑ 30 ኢና፣ መሬት ኣይረኣየናን"),
    ("abandonment", "እቲ መራሕ መኪና ትማሊ ኣብ በረኻ ገዲፉና ከይዱ፣ ማይ ወዲኡ፣ ሓደ ሽማግለ ክኸይድ ኣይክእልን"),
    ("pushback", "ፖሊስ ለይቲ ናብ ማዕዶ ሩባ መሊሶም ደፊኦምና ሳእንና ወሲዶም፣ ብጥፍኣ እግሪ ንኸይድ ኣለና"),
    ("pushback", "ሓለውቲ ባሕሪ ሞተር ጃልባና ወሲዶም ናብ ባሕሪ ደፊኦምና፣ ንሳፈፍ ኣለና"),
]
HARD["ti"] = [
    "ብ2019 ን3 ወርሒ ኣብ ቤት ማእሰርቲ ተታሒዘ ነይረ፣ ሕጂ ወረቐት ኣለኒ ደሓን እየ",
    "ምእሳር ስደተኛታት እቲ ናይ መወዳእታ ምርጫ ክኸውን ኣለዎ ብፍላይ ንቆልዑ",
    "እዚ ምጽባይ ይቐትለኒ ኣሎ፣ 8 ወርሒ ኮይኑ",
    "ቤት ጽሕፈት ስደት ብጣዕሚ ደንጓዪ እዩ፣ ተሌፎን ዘልዕል የለን",
    "ኣብ ዜና ኣዝዩ ርሑቕ ቦታ ጃልባ ከም ዝጠሓለት ሰሚዐ፣ ኣዝየ ጓሂየ",
    "ወናኒ ስራሕ ፓስፖርት እንተወሲዱ እንታይ ይግበር? ንስልጠና እየ ዝሓትት ዘለኹ",
    "ቅድሚ ብዙሕ ዓመታት ኣብ መገዲ ተወቒዐ ነይረ ግን ሓሊፉ እዩ፣ ሕጂ ኣብዚ ብሰላም ኣለኹ",
    "ብጥሜት ክመውት እየ ካፍቴርያ ተዓጽዩ",
    "ትካልና ብዛዕባ ንግዲ ደቂ ሰባት ስልጠና ይህብ፣ ብሓባር ክንሰርሕ ንኽእል ዶ?",
    "ወደይ ዝሓለፈ ሰሙን ረስኒ ነይርዎ ሓኪም ፈውሲ ሂቡዎ ሕጂ ደሓን እዩ",
    "ቆጸራ ሓኪም ድሕሪ 3 ወርሒ እዩ፣ ነዊሕ እዩ ግን ህጹጽ ኣይኮነን",
    "ኣብ ኣኼባ ብዛዕባ ኣብ ዶብ ምምላስ ተዘራሪብና፣ ጽቡቕ ዘተ ነይሩ",
]
PLAIN["ti"] = [
    "ሰላም ናይ ቋንቋ ትምህርቲ ብኸመይ ክምዝገብ",
    "ዋጋ ኣውቶቡስ ብጣዕሚ ክቡር እዩ",
    "ስለ ሓገዝ መግቢ የቐንየልና",
    "ሰርቲፊኬተይ ኣበይ የረጋግጽ",
    "ቆልዑ ቤት ትምህርቲ ፈትዮምዎ",
    "ፍቓድ መንበሪ ንምሕዳስ እንታይ ሰነድ የድሊ",
    "እቲ ማእከል ዋይፋይ ኣለዎ ዶ?",
    "ንእሽቶ ድኳን ክኸፍት እደሊ",
    "ዝቕጽል ኣኼባ መዓስ እዩ",
    "ናይ ድምጺ መልእኽቲ ክሰድድ ይኽእል ዶ?",
]

HARD_PER_LANG = 12
URGENT_PER_LANG = 22
NEGATIVE_PER_LANG = 22
_CLOSERS_URGENT = (" pls", " !!", " 🙏", " help")
_CLOSERS_NEGATIVE = (" 🙏", " thx", " 🙂")


def _noisy(text: str, urgent: bool, rng: random.Random) -> str:
    """Light chat noise: a phone's capital at the start, a trailing plea or emoji."""
    if rng.random() < 0.25:
        text = text[:1].upper() + text[1:]
    if rng.random() < 0.15:
        text += rng.choice(_CLOSERS_URGENT if urgent else _CLOSERS_NEGATIVE)
    return text


def check() -> None:
    """Stop if a language lacks messages, a category or hard negatives, or repeats a text."""
    seen: set[str] = set()
    for lang in LANGS:
        cats = [cat for cat, _ in URGENT[lang]]
        missing = [cat for cat in CATEGORIES if cats.count(cat) < 2]
        if len(cats) < URGENT_PER_LANG or missing or set(cats) - set(CATEGORIES):
            raise SystemExit(f"{lang}: {len(cats)} urgent, short of {missing}")
        negatives = len(HARD[lang]) + len(PLAIN[lang])
        if negatives < NEGATIVE_PER_LANG or len(HARD[lang]) < HARD_PER_LANG:
            raise SystemExit(f"{lang}: {negatives} negatives, {len(HARD[lang])} hard")
        texts = [text for _, text in URGENT[lang]] + HARD[lang] + PLAIN[lang]
        if len(set(texts)) != len(texts) or seen & set(texts):
            raise SystemExit(f"{lang}: a text is repeated")
        seen.update(texts)


def generate() -> list[dict[str, Any]]:
    """Every message of the set, language by language, in a seeded order."""
    check()
    rng = random.Random(SEED)
    rows: list[dict[str, Any]] = []
    for lang in LANGS:
        items: list[tuple[str, bool, str | None, str | None]] = [
            (text, True, cat, None) for cat, text in URGENT[lang]
        ]
        items += [(text, False, None, "hard") for text in HARD[lang]]
        items += [(text, False, None, "plain") for text in PLAIN[lang]]
        rng.shuffle(items)
        for number, (text, urgent, cat, kind) in enumerate(items):
            rows.append(
                {
                    "id": f"h3-{lang}-{number:03d}",
                    "lang": lang,
                    "text": _noisy(text, urgent, rng),
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
