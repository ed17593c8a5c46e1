"""A third urgent-screen dev set with new wording (``bench/data/urgent_devset3.jsonl``).

Written for round 3 before any change of that round, without the runtime cue lists
open, and without reading the held-out sets: 40 synthetic chat messages in each of the
17 languages: 20 urgent (two per category), 10 hard negatives (the same words with no
danger now: past events told as over, policy talk, idioms, slow services, "I am safe")
and 10 plain ones. Romanised Arabic, Persian and Urdu (and a Bengali one) are mixed in as
people write them in chat. A seeded pass lower-cases some messages and drops a final
full stop, as in chat. Deterministic: every run writes the same bytes.

Each language's block is one message a line, ``kind|text``: ``kind`` is an urgent
category, ``hard`` or ``plain``.

Run: ``PYTHONPATH=. python -m bench.urgent_devset3``.
"""

# The messages are data, one a line as people wrote them: long lines are kept whole.
# ruff: noqa: E501

from __future__ import annotations

import json
import random
from pathlib import Path

from bench.urgent_eval import CATEGORIES

OUT = Path(__file__).resolve().parent / "data" / "urgent_devset3.jsonl"

TEXTS: dict[str, str] = {}

TEXTS["en"] = """
detention|they put 30 of us in a container at the depot and locked it from outside, no water since morning
detention|cops pulled me off the bus at the checkpoint and now im in a cell at the station, they say deport on monday
trafficking|the agency keeps my salary for the visa cost, 5 months no pay and the gate is always locked at night
trafficking|the lady who brought me says i cant go until i pay back 3000, she has my id card and checks my phone
violence|landlord came with 2 guys and a stick, said next time they burn the room with us inside
violence|someone threw stones at our tent last night and split my sons head open, they shouted they will come back
sexual_violence|the truck driver forced himself on me and says at the next stop again, i cant get out
sexual_violence|the guard at the shelter comes into the girls room at night and touches us, im scared to sleep
child_at_risk|a girl of 12 from our block sleeps under the bridge alone since her mum was taken, men talk to her
child_at_risk|my nephew is 14 and a gang gives him pills to carry packages, he has not slept home in a week
medical|my friend fell off the scaffolding, hes not moving and blood from his head, boss says no ambulance
medical|baby has fever 3 days and now she is shaking and wont drink anything, no clinic here
self_harm|i saved up all my pills, i think tonight is the night, i just want it all to stop
self_harm|theres no point going on, everyone would be better off without me, already wrote to my sister
missing_person|my sister crossed the river on thursday and her phone is off since then, nobody at the camp saw her
missing_person|my son left on a boat 10 days ago and since then nothing, not a word, we are going crazy
abandonment|the drivers dropped us in the sand near the border and drove off, no water left, two women are very weak
abandonment|boat is taking water, 40 people on board, motor stopped, we cant see land anywhere
pushback|coast guard towed us back out and took the engine off our boat, now we are drifting
pushback|soldiers at the fence beat us and threw us back to the other side, my friends leg is broken
hard|in 2018 i was locked in a centre for 4 months, that is behind me now and i have my papers
hard|years ago a boss kept my passport, the court sorted it and i got it back, just sharing my story
hard|countries should stop pushbacks and send rescue boats, this was a good point at the meeting
hard|the workshop on trafficking and forced labour was really useful for our community group
hard|this paperwork is killing me lol, 3 months waiting for one stamp
hard|im dying to see my kids again when the family reunion visa comes through
hard|the clinic takes forever, waited 5 hours for a simple checkup for my back
hard|i feel safe in this town now, nobody bothers us, the neighbours are kind
hard|my cousin went missing in 2015 at sea, we held a memorial for him last year
hard|detention of children must end, we signed the petition with our church
plain|how do i send money home cheaper, the fees are too high at the shop
plain|are there free english classes for adults in the evening
plain|the bus pass for refugees is a great help, thank you
plain|i would like to know how long the work permit takes to renew
plain|our association organises a football tournament next month, everyone welcome
plain|can i bring my diploma to be recognised here, i was a nurse
plain|the interpreter at the town hall was very patient with us
plain|my kids started school and they like their teacher
plain|is there a place where i can learn to drive cheaply
plain|thanks for asking us, the new information centre is helpful
"""

TEXTS["fr"] = """
detention|ils nous ont enfermés à 25 dans un hangar près du port, la porte est cadenassée dehors, plus d'eau
detention|la police m'a sorti du train et je suis au commissariat depuis hier soir, ils parlent de me renvoyer demain
trafficking|le patron garde nos passeports dans son coffre, on travaille au champ sans salaire pour rembourser le voyage
trafficking|la dame chez qui je fais le ménage m'interdit de sortir, elle dit que je lui dois encore 4000 euros
violence|mon mari m'a frappée avec la ceinture ce soir et il dit qu'il va me tuer si je parle, il est dans la cuisine
violence|des jeunes du quartier nous attendent devant le foyer avec des couteaux, ils ont déjà blessé Ali hier
sexual_violence|le passeur m'a violée dans la voiture et il dit qu'il recommencera si je ne paie pas
sexual_violence|un homme du centre force les filles à coucher avec lui pour avoir à manger
child_at_risk|un petit de 10 ans dort seul à la gare depuis 3 jours, des hommes lui proposent de l'argent
child_at_risk|ma fille de 15 ans va être mariée de force au cousin la semaine prochaine, elle pleure tout le temps
medical|ma femme est enceinte de 7 mois, elle saigne beaucoup et l'ambulance ne vient pas
medical|mon colocataire a avalé quelque chose, il vomit du sang et il respire mal
self_harm|je n'en peux plus, j'ai acheté une corde, ce soir tout sera fini
self_harm|je veux m'endormir et ne plus jamais me réveiller, personne ne me regrettera
missing_person|mon frère devait appeler en arrivant à Agadez il y a 9 jours, depuis rien, son téléphone est coupé
missing_person|notre fils de 17 ans n'est pas rentré au foyer depuis samedi, personne ne sait où il est
abandonment|le chauffeur nous a laissés en plein désert et il est reparti, on n'a plus d'eau depuis hier
abandonment|le bateau se remplit d'eau, il y a des bébés à bord, le moteur est mort, aidez nous vite
pushback|les gardes ont crevé notre zodiac et nous ont ramenés vers les eaux turques, on est à la dérive
pushback|la police nous a frappés à la frontière et nous a repoussés de l'autre côté de la rivière cette nuit
hard|en 2017 j'ai été détenu au centre de rétention, c'est fini maintenant j'ai un titre de séjour
hard|il y a longtemps mon patron gardait mon passeport, l'affaire est réglée au tribunal
hard|la détention des mineurs doit cesser, c'était le thème de notre conférence samedi
hard|le séminaire sur la traite des êtres humains était très intéressant
hard|cette attente me tue, ça fait 6 mois que j'attends ma carte
hard|je meurs d'envie de revoir ma mère, vivement le regroupement familial
hard|la préfecture est trop lente, trois rendez vous annulés
hard|je me sens en sécurité ici maintenant, les voisins sont gentils
hard|mon oncle a disparu en mer en 2016, on a fait une prière pour lui l'an dernier
hard|il faut plus de bateaux de sauvetage en Méditerranée, c'est une question de volonté politique
plain|comment envoyer de l'argent au Mali sans trop de frais
plain|y a-t-il des cours de français gratuits le soir
plain|merci pour l'aide juridique, l'avocate était très bien
plain|je voudrais savoir combien de temps dure le renouvellement du titre
plain|notre association fait une fête de quartier le mois prochain
plain|est-ce que mon diplôme d'infirmière peut être reconnu en France
plain|la cantine de l'école est bien pour mes enfants
plain|où peut-on apprendre à conduire pas cher
plain|le nouveau guichet d'information est très utile
plain|mes enfants aiment leur nouvelle école
"""

TEXTS["es"] = """
detention|nos tienen encerrados en una bodega de la frontera, somos 20 y no nos dejan salir ni llamar
detention|migración agarró a mi esposo en la obra esta mañana, está en la estación y dicen que lo deportan mañana
trafficking|el patrón tiene nuestros pasaportes, trabajamos en el invernadero sin paga para pagar la deuda del viaje
trafficking|la señora de la casa no me deja salir y dice que le debo 2000 dólares, me quitó el celular
violence|mi pareja me pegó otra vez y me dijo que esta noche me mata, estoy escondida en el baño
violence|unos tipos de la colonia nos amenazaron con pistola, dicen que si no pagamos matan a mi hijo
sexual_violence|el coyote abusó de mí en el camino y ahora dice que tengo que estar con sus amigos
sexual_violence|el dueño del cuarto me obliga a tener relaciones para no echarme a la calle
child_at_risk|un niño de 11 años anda solo en la terminal desde hace dos días, unos hombres le dan dinero
child_at_risk|mi sobrina de 13 se fue con un hombre mayor que conoció en internet y no contesta
medical|mi esposa está embarazada y sangra mucho, la ambulancia no llega y estamos lejos
medical|a mi compañero le picó algo en el monte y se le hinchó la cara, casi no puede respirar
self_harm|ya no aguanto, compré pastillas y esta noche me las tomo todas
self_harm|no quiero despertar mañana, perdónenme todos, ya me despedí de mi mamá
missing_person|mi hermano cruzó el desierto hace 8 días y desde entonces no contesta, nadie sabe de él
missing_person|mi hija salió al trabajo el viernes y no ha regresado, su teléfono está apagado
abandonment|el pollero nos dejó en el desierto sin agua, hay una señora mayor que ya no camina
abandonment|la lancha se está hundiendo, el motor se apagó, hay niños a bordo, ayuda
pushback|la guardia nos golpeó en la valla y nos devolvió al otro lado, mi amigo tiene la pierna rota
pushback|los militares nos subieron a un camión y nos dejaron del otro lado de la frontera en la noche
hard|en 2019 estuve detenido dos meses, ya salí y ahora estoy tranquilo con mis papeles
hard|hace años un patrón me quitó el pasaporte, ya se resolvió en el juzgado
hard|la detención de niños migrantes tiene que terminar, lo dijimos en el foro
hard|el taller sobre trata de personas estuvo muy bueno para la comunidad
hard|esta espera me está matando jaja, 4 meses por una cita
hard|me muero de ganas de ver a mis hijos otra vez
hard|la oficina es lentísima, tres horas de fila para nada
hard|aquí me siento seguro, la gente es amable
hard|mi primo desapareció en 2014 en el mar, hicimos una misa el año pasado
hard|los gobiernos deben dejar de hacer devoluciones en caliente
plain|cómo puedo mandar dinero a Honduras más barato
plain|hay clases de inglés gratis en la tarde
plain|gracias por la asesoría legal, fue muy útil
plain|cuánto tarda la renovación del permiso de trabajo
plain|nuestra asociación hace una feria de comida el domingo
plain|quiero validar mi título de enfermera aquí
plain|mis hijos ya van a la escuela y les gusta
plain|dónde puedo aprender a manejar barato
plain|la nueva oficina de información es muy buena
plain|el transporte para refugiados ayuda mucho
"""

TEXTS["pt"] = """
detention|a polícia prendeu a gente num galpão perto do porto, somos 18, trancaram a porta e ninguém fala nada
detention|fui parado na rodoviária e tô numa cela da federal desde ontem, falaram que vão me mandar embora amanhã
trafficking|o dono da obra ficou com nossos documentos e diz que só devolve quando a gente pagar a passagem
trafficking|a patroa tranca o portão e não me deixa sair, diz que eu devo 5 mil e pegou meu celular
violence|meu marido me bateu de novo e disse que hoje à noite acaba comigo, tô trancada no banheiro
violence|uns caras da rua ameaçaram botar fogo no nosso quarto se a gente não sair até amanhã
sexual_violence|o motorista me estuprou na estrada e disse que vai fazer de novo se eu contar
sexual_violence|o homem do abrigo obriga as meninas a ficar com ele em troca de comida
child_at_risk|tem um menino de 10 anos sozinho na rodoviária faz 2 dias, uns homens dão dinheiro pra ele
child_at_risk|minha sobrinha de 14 anos vai ser casada à força com um homem velho semana que vem
medical|minha mulher tá grávida e sangrando muito, a ambulância não vem e tô desesperado
medical|meu colega caiu do andaime e não se mexe, tá saindo sangue da cabeça
self_harm|não aguento mais, guardei os remédios e hoje à noite vou tomar tudo
self_harm|queria dormir e não acordar mais, ninguém vai sentir minha falta
missing_person|meu irmão saiu de Tapachula faz 10 dias e o celular dele só dá desligado
missing_person|minha filha não voltou pra casa desde sábado, ninguém sabe dela
abandonment|o coiote largou a gente no mato sem água e sumiu, tem uma grávida passando mal
abandonment|o barco tá enchendo de água, o motor parou, tem criança a bordo, socorro
pushback|a guarda costeira rebocou nosso barco de volta pro mar e tirou o motor
pushback|os soldados bateram na gente na cerca e empurraram pro outro lado, meu amigo quebrou a perna
hard|em 2018 fiquei preso três meses, já passou, hoje tenho meus documentos
hard|anos atrás um patrão ficou com meu passaporte, a justiça resolveu
hard|a detenção de crianças tem que acabar, falamos disso na audiência pública
hard|a oficina sobre tráfico de pessoas foi muito boa
hard|essa fila tá me matando kkk, 5 horas pra nada
hard|tô morrendo de saudade dos meus filhos
hard|a polícia federal demora demais pra marcar horário
hard|aqui eu me sinto seguro, os vizinhos são legais
hard|meu primo sumiu no mar em 2013, fizemos uma missa ano passado
hard|os governos precisam parar de devolver barcos pro mar
plain|como mando dinheiro pra Angola mais barato
plain|tem curso de português de graça à noite
plain|obrigado pela ajuda com o CPF
plain|quanto tempo demora a renovação do protocolo
plain|nossa associação faz uma festa no domingo
plain|quero revalidar meu diploma de enfermeira
plain|meus filhos gostam da escola nova
plain|onde posso tirar carteira de motorista barato
plain|o novo centro de informação é muito útil
plain|o passe de ônibus ajuda bastante
"""

TEXTS["ar"] = """
detention|حابسينا بمستودع جنب الميناء، نحنا 30 شخص والباب مقفول من برا، ما في مي من الصبح
detention|الشرطة نزلتني من الباص عند الحاجز وانا هلأ بالنظارة، بيقولوا رح يرحلوني يوم الاثنين
trafficking|الكفيل ماسك جوازي وما بيعطيني راتب من 6 شهور، وبيقفل علينا الباب بالليل
trafficking|ahmad elli jabna 3al shoghl sahab el passportat w by2ool lazem nedfa3 5000 abel ma nemshi
violence|جوزي ضربني بالحزام وقال اذا حكيت لحدا رح يدبحني، هو بالغرفة التانية هلأ
violence|شباب الحي هددونا بالسكاكين قدام البيت وقالوا بكرة رح يحرقوا الخيمة فينا
sexual_violence|المهرب اعتدى علي بالسيارة وبيقول رح يرجع يعملها اذا ما دفعت
sexual_violence|el 7ares bel markaz bifot 3a ghorfet el banat bel lel w byelmesna, ana khayfe nam
child_at_risk|في ولد عمره 11 سنة نايم لحاله بالمحطة من يومين، في رجال بيعطوه مصاري
child_at_risk|بنت اختي عمرها 14 رح يجوزوها غصب عنها لرجل كبير الاسبوع الجاي
medical|مرتي حامل بالشهر السابع وعم تنزف كتير والاسعاف ما اجا
medical|rafi2i we2e3 men el sa2ale w ma 3am yet7arak, fi dam men rasu, el m3allem ma baddo ye2ol lal es3af
self_harm|خلص ما عاد فيني، جمعت كل الحبوب والليلة رح اخلص من كل شي
self_harm|ma baddi efa2 bokra, kelon byerta7o menni iza rde7t, sam7oni
missing_person|اخي قطع البحر من 9 ايام وتلفونه مسكر من وقتها، ما حدا شافه
missing_person|ابني عمره 16 طلع يوم السبت وما رجع، ما حدا بيعرف وينه
abandonment|المهربين تركونا بالصحرا قرب الحدود وهربوا بالسيارة، خلصت المي ومعنا اطفال
abandonment|el markab 3am yetla ma2, el motor wa2ef w fi 40 shakhs, ma 3am nshouf el bar
pushback|خفر السواحل سحبوا قاربنا لورا وشالوا المحرك، هلأ نحنا تايهين بالبحر
pushback|العساكر ضربونا عند السياج ورجعونا عالطرف التاني، رجل صاحبي مكسورة
hard|سنة 2016 انحبست بمركز احتجاز اربع شهور، هلأ الحمدلله عندي اقامة وكل شي تمام
hard|من زمان الكفيل اخد جوازي بس القضية انحلت بالمحكمة ورجعلي
hard|لازم يوقف احتجاز الاطفال المهاجرين، هيدا كان موضوع الندوة
hard|ورشة العمل عن الاتجار بالبشر كانت كتير مفيدة
hard|هالانتظار عم يموتني، خمس شهور لموعد
hard|ميت من الشوق لولادي، ان شاء الله لم الشمل قريب
hard|el dawle btet2akhar ktir bel mo3amalat, 3 mawa3id tlghu
hard|انا حاسس بالامان هون، الجيران منااح
hard|ابن عمي فقد بالبحر سنة 2015، عملنا الو عزا السنة الماضية
hard|على الدول توقف الاعادة القسرية للقوارب
plain|كيف ببعت مصاري لاهلي بسوريا بأقل عمولة
plain|في دروس لغة مجانية للكبار بالمسا
plain|شكرا عالمساعدة القانونية، المحامية كانت منيحة
plain|قديش بتاخد تجديد الاقامة
plain|جمعيتنا عاملة حفلة للعيلات الجمعة
plain|بدي عادل شهادة التمريض تبعي
plain|ولادي مبسوطين بالمدرسة الجديدة
plain|wein fiye et3allam sewa2a b sa3er rakhis
plain|مركز المعلومات الجديد كتير مفيد
plain|بطاقة الباص للاجئين ساعدتنا كتير
"""

TEXTS["fa"] = """
detention|پلیس ما رو توی یه انبار کنار مرز زندونی کرده، ۲۵ نفریم، در رو از بیرون قفل کردن، آب نداریم
detention|manu too istgah otoboos gereftan, alan too bazdashtgaham, migan doshanbe deport mishi
trafficking|صاحبکار پاسپورت‌هامون رو گرفته، شش ماهه حقوق نداده، میگه باید پول راه رو پس بدیم
trafficking|khanoomi ke tooye khoonash kar mikonam nemizare beram biroon, mige 3000 bedehkaram, gooshimo gerefte
violence|شوهرم با کمربند زدم و گفت اگه به کسی بگم سرمو می‌بره، الان تو اتاقه
violence|چند نفر با چاقو جلوی کمپ وایسادن، دیروز دوستمو زخمی کردن، میگن امشب برمیگردن
sexual_violence|قاچاقچی تو ماشین بهم تجاوز کرد و میگه دوباره این کارو میکنه
sexual_violence|negahban dar kamp shab miad otaghe dokhtara va be ma dast mizane, mitarsam bekhabam
child_at_risk|یه پسر ۱۱ ساله دو روزه تنهایی تو ترمینال می‌خوابه، چندتا مرد بهش پول میدن
child_at_risk|دختر خواهرم ۱۳ سالشه، میخوان هفته دیگه به زور شوهرش بدن به یه مرد مسن
medical|زنم هفت ماهه حامله‌ست و خیلی خونریزی داره، آمبولانس نمیاد
medical|doostam az dastband oftad, tekoon nemikhore, az saresh khoon miad, sahebkar mige amboolans nazanid
self_harm|دیگه نمیکشم، همه قرصامو جمع کردم، امشب تمومش میکنم
self_harm|nemikham farda bidar sham, hame bedoone man rahat-tar mishan, bebakhshid
missing_person|برادرم نه روز پیش از رودخونه رد شد و از اون موقع گوشیش خاموشه
missing_person|پسر ۱۶ ساله‌م شنبه از خونه رفت و برنگشت، هیچکس خبر نداره
abandonment|قاچاقچی‌ها ما رو وسط بیابون ول کردن و رفتن، آب تموم شده، بچه داریم
abandonment|ghayegh dare ab migire, motor khamoosh shode, 40 nafarim, hich khoshki nemibinim
pushback|گارد ساحلی قایقمون رو برگردوند وسط دریا و موتورشو برداشت
pushback|سربازها سر مرز ما رو زدن و پس فرستادن اونور، پای دوستم شکسته
hard|سال ۲۰۱۷ چهار ماه بازداشت بودم، الان تموم شده و اقامت دارم
hard|سالها پیش صاحبکارم پاسپورتمو نگه داشت، دادگاه حلش کرد
hard|بازداشت کودکان مهاجر باید تموم بشه، این موضوع جلسه بود
hard|کارگاه درباره قاچاق انسان خیلی مفید بود
hard|این انتظار داره منو میکشه، پنج ماهه منتظر نوبتم
hard|دارم از دلتنگی بچه‌هام میمیرم
hard|edare kheili kond kar mikone, se ta vaght cancel shod
hard|اینجا احساس امنیت می‌کنم، همسایه‌ها مهربونن
hard|پسرعموم سال ۲۰۱۵ تو دریا گم شد، پارسال براش مراسم گرفتیم
hard|دولت‌ها باید برگردوندن قایق‌ها به دریا رو متوقف کنن
plain|چطوری ارزون‌تر پول بفرستم افغانستان
plain|کلاس زبان رایگان شبانه هست؟
plain|ممنون از کمک حقوقی، وکیل خیلی خوب بود
plain|تمدید اجازه کار چقدر طول میکشه
plain|انجمن ما جمعه یه جشن داره
plain|mikham madrak parastariamo inja taeed konam
plain|بچه‌هام مدرسه جدید رو دوست دارن
plain|کجا میشه ارزون رانندگی یاد گرفت
plain|مرکز اطلاعات جدید خیلی به درد میخوره
plain|کارت اتوبوس پناهنده‌ها خیلی کمک کرد
"""

TEXTS["ps"] = """
detention|پولیسو موږ په یو ګودام کې بند کړي یو، ۲۰ کسان یو، دروازه یې له بهره قلف کړې، اوبه نه لرو
detention|زه یې د بس له تمځای څخه ونیولم، اوس په توقیف خانه کې یم، وايي دوشنبه مې شړي
trafficking|مالک زموږ پاسپورټونه اخیستي، شپږ میاشتې معاش نه راکوي، وايي د لارې پیسې باید ورکړو
trafficking|هغه ښځه چې زه یې کور کې کار کوم ما نه پرېږدي چې ووځم، وايي ۳۰۰۰ پور یې راباندې دی، موبایل یې اخیستی
violence|مېړه مې په کمربند ووهلم او ویې ویل که چا ته ووایې سر به دې پرې کړم
violence|څو کسان د چاقو سره د کمپ مخې ته ولاړ دي، پرون یې زما ملګری ټپي کړ، وايي نن شپه بیا راځو
sexual_violence|قاچاقبر په موټر کې له ما سره جنسي تیری وکړ او وايي بیا به یې کوي
sexual_violence|په کمپ کې ساتونکی د شپې د نجونو خونې ته راځي او موږ ته لاس راوړي، وېرېږم
child_at_risk|یو ۱۱ کلن هلک دوه ورځې په تمځای کې یوازې ویده کیږي، ځینې سړي ورته پیسې ورکوي
child_at_risk|زما د خور لور ۱۳ کلنه ده، غواړي په زور یې یو زوړ سړي ته واده کړي
medical|ښځه مې اوه میاشتې امیندواره ده او ډېره وینه ترې ځي، امبولانس نه راځي
medical|ملګری مې له چت څخه ولوېد، نه خوځیږي، له سر یې وینه بهیږي
self_harm|نور نشم زغملای، ټولې ګولۍ مې راټولې کړې، نن شپه به یې ختموم
self_harm|nahwam che saba bedar sham, hagha ba bey la ma na khushhala wi, ma bakhsha
missing_person|ورور مې نهه ورځې مخکې له سیند واوښت او له هغه وخته یې موبایل بند دی
missing_person|زما ۱۶ کلن زوی د شنبې ورځ له کوره ووت او بیرته رانغی
abandonment|قاچاقبرو موږ د دښتې په منځ کې پرېښودو او لاړل، اوبه خلاصې دي، ماشومان راسره دي
abandonment|کښتۍ اوبه اخلي، انجن مړ دی، ۴۰ کسان یو، وچه نه ښکاري
pushback|د سمندر ساتونکو زموږ کښتۍ بیرته سمندر ته کش کړه او انجن یې واخیست
pushback|عسکرو موږ په پوله ووهلو او بیرته یې هاخوا وشړلو، د ملګري پښه مې ماته ده
hard|په ۲۰۱۷ کې څلور میاشتې توقیف وم، اوس خلاص شوی یم او اقامه لرم
hard|ډېر کلونه مخکې مالک زما پاسپورټ ساتلی و، محکمې حل کړ
hard|د ماشومانو توقیف باید پای ته ورسیږي، دا د غونډې موضوع وه
hard|د انسانانو د قاچاق په اړه ورکشاپ ډېر ګټور و
hard|دا انتظار مې وژني، پنځه میاشتې کیږي
hard|د خپلو ماشومانو لپاره مې زړه تنګ دی
hard|اداره ډېره ورو کار کوي، درې نوبتونه لغوه شول
hard|دلته ځان خوندي احساسوم، ګاونډیان ښه دي
hard|زما د تره زوی په ۲۰۱۵ کې په سمندر کې ورک شو، تېر کال مو ورته دعا وکړه
hard|حکومتونه باید کښتۍ بیرته سمندر ته نه لیږي
plain|څنګه ارزانه پیسې افغانستان ته ولیږم
plain|ایا د لویانو لپاره وړیا د ژبې ټولګي شته
plain|د حقوقي مرستې مننه، وکیل ډېر ښه و
plain|د کار اجازې نوي کول څومره وخت نیسي
plain|زموږ ټولنه جمعه یوه غونډه لري
plain|غواړم د نرسنګ سند مې دلته ومنل شي
plain|ماشومان مې نوی ښوونځی خوښوي
plain|چیرته کولای شم ارزانه موټر چلول زده کړم
plain|د معلوماتو نوی مرکز ډېر ګټور دی
plain|د کډوالو د بس کارت ډېره مرسته کړې
"""

TEXTS["ur"] = """
detention|پولیس نے ہمیں بارڈر کے پاس ایک گودام میں بند کر دیا ہے، 25 لوگ ہیں، دروازہ باہر سے تالا، پانی نہیں
detention|mujhe bus stop se pakar liya, ab thane ki hawalat mein hoon, keh rahe hain somwar ko deport karenge
trafficking|مالک نے ہمارے پاسپورٹ رکھ لیے ہیں، چھ مہینے سے تنخواہ نہیں دی، کہتا ہے سفر کا قرض اتارو
trafficking|jis ghar mein kaam karti hoon woh baji bahar nahi jane deti, kehti hai 3000 udhaar hai, mobile bhi le liya
violence|شوہر نے بیلٹ سے مارا اور کہا کسی کو بتایا تو گلا کاٹ دوں گا، وہ ابھی دوسرے کمرے میں ہے
violence|kuch larke chaaqu le kar camp ke bahar khare hain, kal mere dost ko zakhmi kiya, keh rahe aaj raat phir aayenge
sexual_violence|ایجنٹ نے گاڑی میں میرے ساتھ زیادتی کی اور کہتا ہے پھر کرے گا
sexual_violence|camp ka guard raat ko larkiyon ke kamre mein aata hai aur hath lagata hai, mujhe sone se dar lagta hai
child_at_risk|ایک 11 سال کا لڑکا دو دن سے اڈے پر اکیلا سو رہا ہے، کچھ آدمی اسے پیسے دیتے ہیں
child_at_risk|meri bhanji 13 saal ki hai, agle hafte zabardasti ek boorhe aadmi se shadi kar rahe hain
medical|بیوی سات مہینے کی حاملہ ہے اور بہت خون بہہ رہا ہے، ایمبولینس نہیں آ رہی
medical|mera saathi scaffolding se gir gaya, hil nahi raha, sar se khoon beh raha, malik kehta ambulance mat bulao
self_harm|اب برداشت نہیں ہوتا، ساری گولیاں جمع کر لی ہیں، آج رات سب ختم کر دوں گا
self_harm|kal subah uthna nahi chahta, sab mere baghair khush rahenge, maaf karna ammi
missing_person|میرا بھائی نو دن پہلے دریا پار گیا تھا، تب سے فون بند ہے، کسی نے نہیں دیکھا
missing_person|mera 16 saal ka beta hafte ko ghar se gaya aur wapas nahi aaya, kisi ko pata nahi
abandonment|ایجنٹ ہمیں صحرا میں چھوڑ کر بھاگ گئے، پانی ختم ہو گیا، ساتھ بچے ہیں
abandonment|kashti mein pani bhar raha hai, engine band ho gaya, 40 log hain, kinara nazar nahi aata
pushback|کوسٹ گارڈ ہماری کشتی واپس سمندر میں کھینچ کر لے گئے اور انجن نکال لیا
pushback|فوجیوں نے باڑ پر ہمیں مارا اور واپس دوسری طرف دھکیل دیا، دوست کی ٹانگ ٹوٹ گئی
hard|2017 میں چار مہینے حراست میں رہا، اب سب ٹھیک ہے اور ویزا مل گیا
hard|برسوں پہلے مالک نے پاسپورٹ رکھا تھا، عدالت نے معاملہ حل کر دیا
hard|بچوں کی حراست ختم ہونی چاہیے، یہ اجلاس کا موضوع تھا
hard|انسانی اسمگلنگ پر ورکشاپ بہت مفید رہی
hard|yeh intezar mujhe maar raha hai yaar, paanch mahine ho gaye
hard|بچوں کی یاد میں مر رہا ہوں، خدا کرے جلد ملاقات ہو
hard|دفتر بہت سست ہے، تین بار وقت منسوخ ہوا
hard|یہاں میں خود کو محفوظ محسوس کرتا ہوں، پڑوسی اچھے ہیں
hard|میرا کزن 2015 میں سمندر میں لاپتہ ہوا تھا، پچھلے سال دعا کروائی
hard|حکومتوں کو کشتیاں واپس دھکیلنا بند کرنا چاہیے
plain|پاکستان سستے میں پیسے کیسے بھیجوں
plain|کیا شام کو مفت زبان کی کلاسیں ہیں
plain|قانونی مدد کا شکریہ، وکیل بہت اچھی تھیں
plain|kaam ke permit ki tajdeed mein kitna waqt lagta hai
plain|ہماری انجمن جمعہ کو تقریب کر رہی ہے
plain|میں اپنی نرسنگ کی ڈگری یہاں تسلیم کروانا چاہتی ہوں
plain|بچوں کو نیا اسکول پسند ہے
plain|سستے میں گاڑی چلانا کہاں سیکھوں
plain|نیا معلوماتی مرکز بہت مفید ہے
plain|پناہ گزینوں کا بس کارڈ بہت کام آیا
"""

TEXTS["ti"] = """
detention|ፖሊስ ኣብ ጥቓ ዶብ ኣብ መኽዘን ዓጺዮምና ኣለዉ፡ 25 ኢና፡ ማይ የብልናን
detention|ካብ ኣውቶቡስ ኣውሪዶም ሒዞምኒ፡ ሕጂ ኣብ ቤት ማእሰርቲ ፖሊስ ኣለኹ፡ ሰኑይ ክሰጉጉኒ እዮም ይብሉ
trafficking|ወናኒ ስራሕ ፓስፖርትና ሒዝዎ፡ ሽዱሽተ ወርሒ ደሞዝ ኣይሃበናን፡ ዕዳ መገዲ ክትከፍሉ ኣለኩም ይብል
trafficking|እታ ኣብ ገዛኣ ዝሰርሕ ሰበይቲ ንደገ ክወጽእ ኣይተፍቅደለይን፡ 3000 ዕዳ ኣለኪ ትብል፡ ሞባይለይ ወሲዳ
violence|ሰብኣየይ ብቀበቶ ወቒዑኒ፡ ንሰብ እንተ ነጊርኪ ክቐትለኪ እየ ኢሉኒ
violence|ገለ ሰባት ሓጺን ሒዞም ኣብ ቅድሚ መዓስከር ደው ኢሎም፡ ትማሊ ንዓርከይ ወጊኦምዎ፡ ሎሚ ለይቲ ክምለሱ እዮም
sexual_violence|እቲ ኣሕላፊ ኣብ መኪና ዓመጸኒ፡ ደጊመ ክገብሮ እየ ይብል
sexual_violence|ሓላዊ መዓስከር ለይቲ ናብ ክፍሊ ኣዋልድ ይመጽእ ይትንክፈና፡ ክድቅስ እፈርሕ
child_at_risk|ሓደ ወዲ 11 ዓመት ክልተ መዓልቲ በይኑ ኣብ መዓርፎ ኣውቶቡስ ይድቅስ፡ ገለ ሰብኡት ገንዘብ ይህብዎ
child_at_risk|ጓል ሓብተይ 13 ዓመታ እያ፡ ብግዲ ንሽማግለ ሰብኣይ ክምርዕዉዋ እዮም
medical|በዓልቲ ቤተይ ነፍሰ ጾር እያ፡ ብዙሕ ደም ይፈሳ ኣሎ፡ ኣምቡላንስ ኣይመጸን
medical|ዓርከይ ካብ ላዕሊ ወዲቑ፡ ኣይንቀሳቐስን፡ ካብ ርእሱ ደም ይፈስስ
self_harm|ደጊም ኣይክእልን እየ፡ ኩሉ ከኒና ኣኪበ፡ ሎሚ ለይቲ ከብቅዕ እየ
self_harm|ጽባሕ ክትንስእ ኣይደልን፡ ኩሎም ብዘይብኣይ ይሓይሹ
missing_person|ሓወይ ቅድሚ ትሽዓተ መዓልቲ ሩባ ሰጊሩ፡ ካብኡ ንደሓር ስልኩ ዕጹው እዩ
missing_person|ወደይ 16 ዓመቱ ቀዳም ካብ ገዛ ወጺኡ ኣይተመልሰን
abandonment|ሰገርቲ ኣብ ማእከል በረኻ ራሕሪሖምና ከይዶም፡ ማይ ተወዲኡ፡ ህጻናት ኣለዉና
abandonment|ጃልባ ማይ ትኣቱ ኣላ፡ ሞተር ሞይቱ፡ 40 ሰባት ኢና፡ መሬት ኣይንርኢን
pushback|ሓለውቲ ገማግም ባሕሪ ጃልባና ናብ ባሕሪ መሊሶም ሞተር ወሲዶም
pushback|ወተሃደራት ኣብ ዶብ ወቒዖም ናብቲ ካልእ ወገን መሊሶምና፡ እግሪ ዓርከይ ተሰቢሩ
hard|ኣብ 2017 ኣርባዕተ ወርሒ ተኣሲረ ነይረ፡ ሕጂ ተወዲኡ መንበሪ ፍቓድ ኣለኒ
hard|ቅድሚ ብዙሕ ዓመታት ወናኒ ስራሕ ፓስፖርተይ ሒዝዎ ነይሩ፡ ቤት ፍርዲ ፈቲሕዎ
hard|ማእሰርቲ ቆልዑ ክቋረጽ ኣለዎ፡ እዚ ኣርእስቲ ኣኼባ ነይሩ
hard|ብዛዕባ ምዝውዋር ደቂ ሰባት ዝነበረ ዎርክሾፕ ጠቓሚ ነይሩ
hard|እዚ ምጽባይ ይቐትለኒ ኣሎ፡ ሓሙሽተ ወርሒ ኮይኑ
hard|ንደቀይ ናፍቖት ይመውት ኣለኹ
hard|ቤት ጽሕፈት ኣዝዩ ደንጓዪ እዩ፡ ሰለስተ ቆጸራ ተሰሪዙ
hard|ኣብዚ ውሑስ ኮይኑ ይስምዓኒ፡ ጎረባብቲ ጽቡቓት እዮም
hard|ወዲ ሓወቦይ ኣብ 2015 ኣብ ባሕሪ ጠፊኡ፡ ዓሚ ጸሎት ገይርናሉ
hard|መንግስታት ጃልባታት ናብ ባሕሪ ምምላስ ከቋርጹ ኣለዎም
plain|ብሕሳር ገንዘብ ናብ ኤርትራ ብኸመይ ይሰድድ
plain|ናይ ምሸት ብነጻ ናይ ቋንቋ ትምህርቲ ኣሎ ድዩ
plain|ስለቲ ሕጋዊ ሓገዝ የቐንየልና
plain|ምሕዳስ ፍቓድ ስራሕ ክንደይ ግዜ ይወስድ
plain|ማሕበርና ዓርቢ በዓል ኣለዎ
plain|ናይ ነርስ ዲግሪይ ኣብዚ ክፍለጥ እደሊ
plain|ደቀይ ሓድሽ ቤት ትምህርቲ ፈትዮምዎ
plain|ብሕሳር መኪና ምዝዋር ኣበይ ክመሃር ይኽእል
plain|እቲ ሓድሽ ማእከል ሓበሬታ ጠቓሚ እዩ
plain|ካርድ ኣውቶቡስ ንስደተኛታት ሓጊዙና
"""

TEXTS["am"] = """
detention|ፖሊስ ድንበር አጠገብ ባለ መጋዘን ውስጥ ዘግቶብናል፣ 25 ነን፣ ውሃ የለንም
detention|ከአውቶቡስ አውርደው ያዙኝ፣ አሁን ፖሊስ ጣቢያ እስር ቤት ነኝ፣ ሰኞ ያባርሩኛል ይላሉ
trafficking|አሰሪው ፓስፖርታችንን ይዞታል፣ ስድስት ወር ደመወዝ አልከፈለም፣ የመንገድ ዕዳ ክፈሉ ይላል
trafficking|የምሰራበት ቤት ሴትዮ ወደ ውጭ እንድወጣ አትፈቅድም፣ 3000 ዕዳ አለብሽ ትላለች፣ ስልኬን ወስዳለች
violence|ባሌ በቀበቶ ደበደበኝ፣ ለማንም ከተናገርሽ እገድልሻለሁ አለኝ፣ አሁን ቤት ውስጥ ነው
violence|አንዳንድ ሰዎች ቢላ ይዘው ካምፑ ፊት ቆመዋል፣ ትናንት ጓደኛዬን አቆሰሉት፣ ዛሬ ማታ እንመለሳለን ይላሉ
sexual_violence|አሸጋጋሪው መኪና ውስጥ ደፈረኝ፣ እንደገና አደርገዋለሁ ይላል
sexual_violence|የካምፑ ጠባቂ ማታ ወደ ሴቶች ክፍል እየመጣ ይነካናል፣ መተኛት እፈራለሁ
child_at_risk|የ11 ዓመት ልጅ ሁለት ቀን አውቶቡስ ተራ ብቻውን ይተኛል፣ አንዳንድ ወንዶች ገንዘብ ይሰጡታል
child_at_risk|የእህቴ ልጅ 13 ዓመቷ ነው፣ በግድ ለሽማግሌ ሊድሯት ነው
medical|ሚስቴ እርጉዝ ናት፣ ብዙ ደም እየፈሰሳት ነው፣ አምቡላንስ አልመጣም
medical|ጓደኛዬ ከፎቅ ወደቀ፣ አይንቀሳቀስም፣ ከጭንቅላቱ ደም ይፈሳል
self_harm|ከእንግዲህ አልችልም፣ ሁሉንም ኪኒን ሰብስቤአለሁ፣ ዛሬ ማታ ሁሉን እጨርሳለሁ
self_harm|ነገ መንቃት አልፈልግም፣ ሁሉም ያለ እኔ ይሻላቸዋል
missing_person|ወንድሜ ከዘጠኝ ቀን በፊት ወንዙን ተሻገረ፣ ከዚያ ጀምሮ ስልኩ ዝግ ነው
missing_person|የ16 ዓመት ልጄ ቅዳሜ ከቤት ወጥቶ አልተመለሰም
abandonment|አሸጋጋሪዎቹ በረሃ መሃል ጥለውን ሄዱ፣ ውሃ አልቋል፣ ህጻናት አሉን
abandonment|ጀልባዋ ውሃ እየገባባት ነው፣ ሞተሩ ጠፍቷል፣ 40 ሰዎች ነን፣ መሬት አይታየንም
pushback|የባህር ዳርቻ ጠባቂዎች ጀልባችንን ወደ ባህር መልሰው ሞተሩን ወሰዱ
pushback|ወታደሮች ድንበሩ ላይ ደብድበው ወደ ሌላኛው ወገን መለሱን፣ የጓደኛዬ እግር ተሰብሯል
hard|በ2017 አራት ወር ታስሬ ነበር፣ አሁን አልፏል የመኖሪያ ፈቃድ አለኝ
hard|ከብዙ ዓመታት በፊት አሰሪዬ ፓስፖርቴን ይዞ ነበር፣ ፍርድ ቤት ፈታው
hard|የህጻናት እስር መቆም አለበት፣ ይህ የስብሰባው ርዕስ ነበር
hard|ስለ ሰው ንግድ የነበረው ወርክሾፕ ጠቃሚ ነበር
hard|ይሄ መጠበቅ እየገደለኝ ነው፣ አምስት ወር ሆነ
hard|ልጆቼን ናፍቆት እየሞትኩ ነው
hard|ቢሮው በጣም ቀርፋፋ ነው፣ ሶስት ቀጠሮ ተሰረዘ
hard|እዚህ ደህንነት ይሰማኛል፣ ጎረቤቶች ጥሩ ናቸው
hard|የአጎቴ ልጅ በ2015 ባህር ላይ ጠፋ፣ ባለፈው ዓመት ጸሎት አደረግንለት
hard|መንግስታት ጀልባዎችን ወደ ባህር መመለስ ማቆም አለባቸው
plain|ገንዘብ በርካሽ ወደ ኢትዮጵያ እንዴት እልካለሁ
plain|የማታ ነጻ የቋንቋ ትምህርት አለ
plain|ለህግ እርዳታው እናመሰግናለን
plain|የስራ ፈቃድ ማደስ ምን ያህል ጊዜ ይወስዳል
plain|ማህበራችን አርብ በዓል አለው
plain|የነርስ ዲግሪዬ እዚህ እንዲታወቅ እፈልጋለሁ
plain|ልጆቼ አዲሱን ትምህርት ቤት ወደውታል
plain|በርካሽ መንዳት የት መማር እችላለሁ
plain|አዲሱ የመረጃ ማዕከል ጠቃሚ ነው
plain|የስደተኞች የአውቶቡስ ካርድ ረድቶናል
"""

TEXTS["so"] = """
detention|booliisku waxay nagu xireen bakhaar u dhow xadka, 25 qof baan nahay, albaabka dibadda ayaa laga xiray, biyo ma haysano
detention|basaska ayey iga soo dejiyeen oo i qabteen, hadda waxaan ku jiraa xabsiga saldhigga, isniinta ayey i masaafurinayaan
trafficking|ninka shaqada leh baasaboorradeena ayuu haystaa, lix bilood mushahar ma siin, wuxuu leeyahay deynta safarka bixiya
trafficking|naagta aan gurigeeda ka shaqeeyo iima ogola inaan dibadda u baxo, waxay leedahay 3000 ayaad igu leedahay, taleefankayga way qaadatay
violence|ninkayga suun ayuu igu garaacay wuxuuna yiri haddii aad cid u sheegto waan ku dilayaa
violence|rag mindiyo sita ayaa xerada hortooda taagan, shalay saaxiibkay way dhaawaceen, caawa ayey soo laabanayaan
sexual_violence|musaafurintii gaariga ayuu igu kufsaday, wuxuu leeyahay mar kale ayaan sameynayaa
sexual_violence|ilaalada xerada habeenkii qolka gabdhaha ayuu yimaadaa oo na taabtaa, waan ka baqayaa inaan seexdo
child_at_risk|wiil 11 jir ah laba maalmood ayuu keligiis ku seexanayaa boosteejada, rag ayaa lacag siiya
child_at_risk|gabadha walaashay waa 13 jir, si qasab ah ayey ugu guurinayaan nin duq ah
medical|xaaskayga uur ayey leedahay, dhiig badan ayaa ka socda, ambalaas ma iman
medical|saaxiibkay ayaa dhismaha ka soo dhacay, ma dhaqaaqayo, madaxa dhiig ayaa ka socda
self_harm|ma awoodo mar dambe, kiniinada oo dhan waan ururiyay, caawa ayaan wax walba dhammeynayaa
self_harm|ma rabo inaan berri toosto, dhammaan way ka fiicnaan lahaayeen aniga la'aantay
missing_person|walaalkay sagaal maalmood ka hor ayuu webiga ka gudbay, tan iyo markaas taleefankiisu wuu xiran yahay
missing_person|wiilkayga 16 jir ah sabtidii ayuu guriga ka baxay mana soo laaban
abandonment|musaafuriyaashu waxay nagaga tageen bartamaha lamadegaanka, biyihii way dhammaadeen, carruur ayaa nala jooga
abandonment|doontu biyo ayey qaadanaysaa, matoorka wuu damay, 40 qof baan nahay, dhul ma aragno
pushback|ilaalada xeebta ayaa doonideenna dib ugu jiiday badda oo matoorka ka qaaday
pushback|askartu xadka ayey nagu garaaceen oo dib noogu celiyeen dhinaca kale, lugta saaxiibkay waa jabtay
hard|2017 afar bilood ayaa la i xiray, hadda way dhammaatay oo sharciga degenaanshaha ayaan haystaa
hard|sannado ka hor ninka shaqada baasaboorkayga ayuu haystay, maxkamadda ayaa xallisay
hard|xarigga carruurta waa in la joojiyaa, taasi waxay ahayd mowduuca shirka
hard|tababarka ku saabsan ka ganacsiga dadka aad buu u faa'iido badnaa
hard|sugitaankani wuu i dilayaa, shan bilood ayaa la joogaa
hard|xiisaha carruurtayda ayaan u dhimanayaa
hard|xafiisku aad buu u gaabis yahay, saddex ballan ayaa la baajiyay
hard|halkan waxaan dareemayaa ammaan, deriskuna waa wanaagsan yahay
hard|ina adeerkay 2015 ayuu badda ku lumay, sannadkii hore ayaan u duceynay
hard|dowladuhu waa inay joojiyaan celinta doomaha badda
plain|sidee lacag raqiis ah ugu diraa Soomaaliya
plain|ma jiraan fasallo luqadeed oo bilaash ah fiidkii
plain|waad ku mahadsan tihiin caawimaadda sharciga
plain|cusbooneysiinta ogolaanshaha shaqada intee ayey qaadataa
plain|ururkayagu jimcaha xaflad ayuu leeyahay
plain|waxaan rabaa in shahaadadayda kalkaalisada halkan la aqoonsado
plain|carruurtaydu dugsiga cusub way jecel yihiin
plain|xagee ka baran karaa wadista gaariga si raqiis ah
plain|xarunta macluumaadka cusub waa mid faa'iido leh
plain|kaarka baska qaxootiga aad buu noo caawiyay
"""

TEXTS["sw"] = """
detention|polisi wametufungia kwenye ghala karibu na mpaka, tuko 25, mlango umefungwa kwa nje, hatuna maji
detention|wamenikamata kituo cha basi, sasa niko rumande kituo cha polisi, wanasema jumatatu watanirudisha kwetu
trafficking|tajiri ameshika pasipoti zetu, miezi sita hajatulipa mshahara, anasema tulipe deni la safari
trafficking|mama ninayemfanyia kazi hanitaki nitoke nje, anasema nina deni la 3000, amechukua simu yangu
violence|mume wangu amenipiga kwa mkanda na kusema nikimwambia mtu ataniua, yuko chumbani sasa
violence|jamaa wenye visu wamesimama mbele ya kambi, jana walimjeruhi rafiki yangu, wanasema usiku huu watarudi
sexual_violence|msafirishaji alinibaka ndani ya gari na anasema atarudia tena
sexual_violence|mlinzi wa kambi huja usiku chumbani kwa wasichana na kutugusa, naogopa kulala
child_at_risk|mtoto wa miaka 11 amelala peke yake stendi kwa siku mbili, wanaume fulani wanampa pesa
child_at_risk|binti wa dada yangu ana miaka 13, wanataka kumuoza kwa nguvu kwa mzee wiki ijayo
medical|mke wangu ni mjamzito na anavuja damu nyingi, ambulensi haiji
medical|rafiki yangu ameanguka kutoka jengo, hasogei, damu inatoka kichwani
self_harm|siwezi tena, nimekusanya vidonge vyote, usiku huu nitamaliza kila kitu
self_harm|sitaki kuamka kesho, wote watakuwa bora bila mimi
missing_person|kaka yangu alivuka mto siku tisa zilizopita na tangu hapo simu yake imezimwa
missing_person|mwanangu wa miaka 16 alitoka nyumbani jumamosi na hajarudi
abandonment|wasafirishaji wametuacha katikati ya jangwa na kuondoka, maji yameisha, tuna watoto
abandonment|boti inaingia maji, injini imekufa, tuko watu 40, hatuoni nchi kavu
pushback|walinzi wa pwani wamevuta boti yetu kurudi baharini na kuchukua injini
pushback|wanajeshi walitupiga mpakani na kuturudisha upande mwingine, mguu wa rafiki yangu umevunjika
hard|mwaka 2017 nilikuwa kizuizini miezi minne, sasa imeisha na nina kibali cha kuishi
hard|miaka mingi iliyopita tajiri alishika pasipoti yangu, mahakama ilimaliza kesi
hard|kuwaweka watoto kizuizini lazima kukome, hiyo ilikuwa mada ya mkutano
hard|warsha kuhusu biashara ya binadamu ilikuwa na manufaa sana
hard|kusubiri huku kunaniua, miezi mitano sasa
hard|nakufa kwa kuwamisi watoto wangu
hard|ofisi ni ya polepole mno, miadi mitatu imefutwa
hard|hapa najisikia salama, majirani ni wazuri
hard|binamu yangu alipotea baharini mwaka 2015, mwaka jana tulimwombea
hard|serikali ziache kurudisha maboti baharini
plain|nitatumaje pesa nyumbani kwa bei nafuu
plain|kuna madarasa ya lugha bure jioni
plain|asante kwa msaada wa kisheria, wakili alikuwa mzuri
plain|kuhuisha kibali cha kazi huchukua muda gani
plain|chama chetu kina sherehe ijumaa
plain|nataka cheti changu cha uuguzi kitambuliwe hapa
plain|watoto wangu wanapenda shule mpya
plain|wapi naweza kujifunza kuendesha gari kwa bei nafuu
plain|kituo kipya cha habari kinasaidia
plain|kadi ya basi kwa wakimbizi imetusaidia sana
"""

TEXTS["ha"] = """
detention|'yan sanda sun kulle mu a wani sito kusa da iyaka, mu 25 ne, an rufe kofa daga waje, babu ruwa
detention|sun kama ni a tashar mota, yanzu ina cikin ofishin 'yan sanda a kulle, sun ce ranar litinin za su mayar da ni
trafficking|maigidan aiki ya rike fasfo dinmu, wata shida bai biya mu albashi ba, ya ce mu biya bashin tafiya
trafficking|matar da nake yi wa aikin gida ba ta bari na fita, ta ce ina bin ta bashin 3000, ta karbe wayata
violence|mijina ya doke ni da bel ya ce idan na fada wa kowa zai kashe ni, yana cikin daki yanzu
violence|wasu mutane da wukake suna tsaye a gaban sansani, jiya sun raunata abokina, sun ce yau da dare za su dawo
sexual_violence|mai safarar ya yi min fyade a cikin mota kuma ya ce zai sake yi
sexual_violence|mai gadin sansani yana zuwa dakin 'yan mata da dare yana taba mu, ina tsoron barci
child_at_risk|wani yaro dan shekara 11 yana kwana shi kadai a tasha kwana biyu, wasu maza suna ba shi kudi
child_at_risk|'yar yayata shekarunta 13, za a aurar da ita dole ga wani tsoho mako mai zuwa
medical|matata tana da ciki kuma jini yana zuba mata sosai, motar asibiti ba ta zo ba
medical|abokina ya fado daga gini, baya motsi, jini yana fita daga kansa
self_harm|ba zan iya ba kuma, na tara dukkan kwayoyi, yau da dare zan kawo karshen komai
self_harm|ba na son in tashi gobe, kowa zai fi zama lafiya ba tare da ni ba
missing_person|dan uwana ya ketare kogi kwana tara da suka wuce kuma tun lokacin wayarsa a kashe take
missing_person|dana dan shekara 16 ya fita daga gida ranar asabar bai dawo ba
abandonment|masu safarar sun bar mu a tsakiyar hamada sun tafi, ruwa ya kare, muna da yara
abandonment|jirgin ruwa yana shan ruwa, injin ya mutu, mu mutum 40 ne, ba ma ganin kasa
pushback|masu gadin gabar teku sun ja jirginmu ya koma cikin teku sun dauke injin
pushback|sojoji sun doke mu a iyaka sun mayar da mu daya gefen, kafar abokina ta karye
hard|a 2017 an tsare ni wata hudu, yanzu ya wuce kuma ina da izinin zama
hard|shekaru da yawa da suka wuce maigida ya rike fasfo dina, kotu ta warware
hard|dole a daina tsare yara, wannan shi ne batun taron
hard|taron bita kan safarar mutane ya yi amfani sosai
hard|wannan jira yana kashe ni, wata biyar ke nan
hard|ina mutuwa da kewar 'ya'yana
hard|ofishin yana da jinkiri sosai, an soke alkawura uku
hard|ina jin kwanciyar hankali a nan, makwabta suna da kirki
hard|dan uwana ya bace a teku a 2015, bara mun yi masa addu'a
hard|ya kamata gwamnatoci su daina mayar da jiragen ruwa cikin teku
plain|ta yaya zan aika kudi gida da rahusa
plain|akwai azuzuwan harshe kyauta da yamma
plain|mun gode da taimakon shari'a, lauyar ta yi kyau
plain|sabunta izinin aiki yana daukar lokaci nawa
plain|kungiyarmu tana da biki ranar juma'a
plain|ina son a amince da takardar shaidar aikin jinya a nan
plain|yarana suna son sabuwar makaranta
plain|a ina zan iya koyon tuki da rahusa
plain|sabuwar cibiyar bayanai tana da amfani
plain|katin motar 'yan gudun hijira ya taimaka mana
"""

TEXTS["uk"] = """
detention|поліція закрила нас у складі біля кордону, нас 25, двері замкнені ззовні, води немає
detention|мене зняли з автобуса і тепер я в камері у відділку, кажуть у понеділок депортують
trafficking|роботодавець тримає наші паспорти, пів року не платить, каже відпрацьовуйте борг за дорогу
trafficking|жінка, у якої я прибираю, не випускає мене з дому, каже що я винна 3000, забрала телефон
violence|чоловік бив мене ременем і сказав якщо комусь скажу то вб'є, він зараз у кімнаті
violence|якісь хлопці з ножами стоять біля гуртожитку, вчора порізали мого друга, кажуть сьогодні вночі прийдуть ще
sexual_violence|перевізник зґвалтував мене в машині і каже що зробить це знову
sexual_violence|охоронець у таборі вночі заходить до кімнати дівчат і лапає нас, я боюся спати
child_at_risk|хлопчик років 11 вже дві доби ночує сам на автовокзалі, якісь чоловіки дають йому гроші
child_at_risk|моїй племінниці 13, її хочуть насильно видати заміж за старого наступного тижня
medical|дружина вагітна і в неї сильна кровотеча, швидка не їде
medical|друг впав з риштування, не рухається, з голови тече кров
self_harm|я більше не можу, зібрала всі таблетки, сьогодні ввечері все закінчу
self_harm|не хочу прокидатися завтра, всім буде краще без мене
missing_person|брат перейшов річку дев'ять днів тому і відтоді телефон вимкнений
missing_person|мій син 16 років вийшов з дому в суботу і не повернувся
abandonment|перевізники кинули нас посеред пустелі і поїхали, вода закінчилась, з нами діти
abandonment|човен набирає воду, мотор заглух, нас 40, берега не видно
pushback|берегова охорона відтягла наш човен назад у море і забрала мотор
pushback|солдати побили нас на кордоні і витіснили назад на інший бік, у друга зламана нога
hard|у 2017 я чотири місяці був у центрі утримання, зараз усе позаду, маю посвідку
hard|багато років тому роботодавець тримав мій паспорт, суд це вирішив
hard|утримання дітей має припинитися, це була тема зустрічі
hard|семінар про торгівлю людьми був дуже корисний
hard|це очікування мене вбиває, вже п'ять місяців
hard|вмираю як сумую за дітьми
hard|установа працює дуже повільно, три записи скасували
hard|тут я почуваюся в безпеці, сусіди добрі
hard|мій двоюрідний брат зник у морі в 2015, торік ми молилися за нього
hard|уряди мають припинити виштовхувати човни назад у море
plain|як дешевше переказати гроші додому
plain|чи є безкоштовні мовні курси ввечері
plain|дякую за юридичну допомогу, адвокатка була чудова
plain|скільки часу займає продовження дозволу на роботу
plain|наша громада в п'ятницю влаштовує свято
plain|хочу підтвердити свій диплом медсестри тут
plain|дітям подобається нова школа
plain|де можна недорого навчитися водити
plain|новий інформаційний центр дуже корисний
plain|проїзний для біженців дуже допоміг
"""

TEXTS["ru"] = """
detention|полиция заперла нас на складе у границы, нас 25, дверь закрыта снаружи, воды нет
detention|меня сняли с автобуса, сейчас сижу в обезьяннике в отделении, говорят в понедельник депортируют
trafficking|хозяин держит наши паспорта, полгода не платит, говорит отрабатывайте долг за дорогу
trafficking|женщина, у которой я убираюсь, не выпускает меня из дома, говорит я должна 3000, забрала телефон
violence|муж избил меня ремнём и сказал если кому скажу то убьёт, он сейчас в соседней комнате
violence|какие-то парни с ножами стоят у общежития, вчера порезали моего друга, говорят ночью придут ещё
sexual_violence|перевозчик изнасиловал меня в машине и говорит что сделает это снова
sexual_violence|охранник в лагере ночью заходит в комнату девушек и трогает нас, боюсь спать
child_at_risk|мальчик лет 11 уже двое суток ночует один на автовокзале, какие-то мужчины дают ему деньги
child_at_risk|моей племяннице 13, её насильно выдают замуж за старика на следующей неделе
medical|жена беременна и у неё сильное кровотечение, скорая не едет
medical|друг упал с лесов, не двигается, из головы течёт кровь
self_harm|я больше не могу, собрал все таблетки, сегодня ночью всё закончу
self_harm|не хочу завтра просыпаться, всем будет лучше без меня
missing_person|брат переплыл реку девять дней назад и с тех пор телефон выключен
missing_person|мой сын 16 лет ушёл из дома в субботу и не вернулся
abandonment|перевозчики бросили нас посреди пустыни и уехали, вода кончилась, с нами дети
abandonment|лодку заливает, мотор заглох, нас 40 человек, берега не видно
pushback|пограничники оттащили нашу лодку обратно в море и забрали мотор
pushback|солдаты избили нас на границе и вытолкали обратно на ту сторону, у друга сломана нога
hard|в 2017 я четыре месяца был в центре содержания, сейчас всё позади, есть вид на жительство
hard|много лет назад хозяин держал мой паспорт, суд это решил
hard|содержание детей под стражей должно прекратиться, это была тема встречи
hard|семинар о торговле людьми был очень полезный
hard|это ожидание меня убивает, уже пять месяцев
hard|умираю как скучаю по детям
hard|учреждение работает очень медленно, три записи отменили
hard|здесь я чувствую себя в безопасности, соседи хорошие
hard|мой двоюродный брат пропал в море в 2015, в прошлом году мы за него молились
hard|правительства должны прекратить выталкивать лодки обратно в море
plain|как дешевле перевести деньги домой
plain|есть ли бесплатные языковые курсы вечером
plain|спасибо за юридическую помощь, адвокат была отличная
plain|сколько времени занимает продление разрешения на работу
plain|наша община в пятницу устраивает праздник
plain|хочу подтвердить свой диплом медсестры здесь
plain|детям нравится новая школа
plain|где можно недорого научиться водить
plain|новый информационный центр очень полезный
plain|проездной для беженцев очень помог
"""

TEXTS["tr"] = """
detention|polis bizi sınıra yakın bir depoya kapattı, 25 kişiyiz, kapı dışarıdan kilitli, su yok
detention|beni otobüsten indirip gözaltına aldılar, şu an karakolda nezarethanedeyim, pazartesi sınır dışı edecekler diyorlar
trafficking|patron pasaportlarımızı tutuyor, altı aydır maaş vermiyor, yol borcunu ödeyin diyor
trafficking|yanında temizlik yaptığım kadın dışarı çıkmama izin vermiyor, 3000 borcun var diyor, telefonumu aldı
violence|kocam beni kemerle dövdü, birine söylersem öldüreceğini söyledi, şimdi odada
violence|bıçaklı birkaç adam yurdun önünde bekliyor, dün arkadaşımı yaraladılar, bu gece yine geleceklermiş
sexual_violence|kaçakçı arabada bana tecavüz etti ve yine yapacağını söylüyor
sexual_violence|kamptaki bekçi gece kızların odasına girip bize dokunuyor, uyumaya korkuyorum
child_at_risk|11 yaşında bir çocuk iki gündür otogarda tek başına yatıyor, bazı adamlar ona para veriyor
child_at_risk|yeğenim 13 yaşında, gelecek hafta onu zorla yaşlı bir adamla evlendirecekler
medical|karım hamile ve çok kanaması var, ambulans gelmiyor
medical|arkadaşım iskeleden düştü, kıpırdamıyor, başından kan geliyor
self_harm|artık dayanamıyorum, bütün hapları biriktirdim, bu gece her şeyi bitireceğim
self_harm|yarın uyanmak istemiyorum, herkes bensiz daha iyi olur
missing_person|kardeşim dokuz gün önce nehri geçti, o zamandan beri telefonu kapalı
missing_person|16 yaşındaki oğlum cumartesi evden çıktı ve dönmedi
abandonment|kaçakçılar bizi çölün ortasında bırakıp gitti, su bitti, yanımızda çocuklar var
abandonment|bot su alıyor, motor durdu, 40 kişiyiz, kara görünmüyor
pushback|sahil güvenlik botumuzu denize geri çekti ve motoru aldı
pushback|askerler sınırda bizi dövüp öbür tarafa geri itti, arkadaşımın bacağı kırık
hard|2017'de dört ay geri gönderme merkezinde kaldım, artık geride kaldı, oturumum var
hard|yıllar önce patron pasaportumu tutmuştu, mahkeme çözdü
hard|çocukların gözaltına alınması sona ermeli, toplantının konusu buydu
hard|insan ticareti üzerine atölye çok faydalıydı
hard|bu bekleyiş beni öldürüyor, beş ay oldu
hard|çocuklarımı özlemekten ölüyorum
hard|kurum çok yavaş çalışıyor, üç randevu iptal edildi
hard|burada kendimi güvende hissediyorum, komşular iyi
hard|kuzenim 2015'te denizde kayboldu, geçen yıl onun için dua ettik
hard|hükümetler botları denize geri itmeyi bırakmalı
plain|memlekete daha ucuza nasıl para gönderirim
plain|akşamları ücretsiz dil kursu var mı
plain|hukuki yardım için teşekkürler, avukat çok iyiydi
plain|çalışma izninin uzatılması ne kadar sürüyor
plain|derneğimiz cuma günü bir şenlik yapıyor
plain|hemşirelik diplomamı burada tanıtmak istiyorum
plain|çocuklarım yeni okulu sevdi
plain|ucuza nerede ehliyet alabilirim
plain|yeni bilgi merkezi çok faydalı
plain|mülteciler için otobüs kartı çok işe yaradı
"""

TEXTS["bn"] = """
detention|পুলিশ আমাদের সীমান্তের কাছে একটা গুদামে আটকে রেখেছে, আমরা ২৫ জন, দরজা বাইরে থেকে তালা, পানি নেই
detention|আমাকে বাস থেকে নামিয়ে ধরে নিয়ে গেছে, এখন থানার হাজতে আছি, বলছে সোমবার দেশে ফেরত পাঠাবে
trafficking|মালিক আমাদের পাসপোর্ট রেখে দিয়েছে, ছয় মাস বেতন দেয়নি, বলে রাস্তার ঋণ শোধ করো
trafficking|যে বাসায় কাজ করি সেই মহিলা বাইরে যেতে দেয় না, বলে ৩০০০ দেনা আছে, আমার ফোন নিয়ে নিয়েছে
violence|স্বামী বেল্ট দিয়ে মেরেছে আর বলেছে কাউকে বললে মেরে ফেলবে, সে এখন ঘরে আছে
violence|ছুরি হাতে কয়েকজন লোক ক্যাম্পের সামনে দাঁড়িয়ে আছে, কাল আমার বন্ধুকে জখম করেছে, আজ রাতে আবার আসবে বলছে
sexual_violence|দালাল গাড়ির ভেতরে আমাকে ধর্ষণ করেছে আর বলছে আবার করবে
sexual_violence|ক্যাম্পের পাহারাদার রাতে মেয়েদের ঘরে এসে গায়ে হাত দেয়, ঘুমাতে ভয় লাগে
child_at_risk|১১ বছরের একটা ছেলে দুই দিন ধরে বাস স্ট্যান্ডে একা ঘুমাচ্ছে, কিছু লোক ওকে টাকা দেয়
child_at_risk|আমার ভাগ্নির বয়স ১৩, সামনের সপ্তাহে জোর করে এক বুড়োর সাথে বিয়ে দিচ্ছে
medical|বউ গর্ভবতী, অনেক রক্ত যাচ্ছে, অ্যাম্বুলেন্স আসছে না
medical|বন্ধু ভারা থেকে পড়ে গেছে, নড়ছে না, মাথা থেকে রক্ত পড়ছে
self_harm|আর পারছি না, সব ওষুধ জমিয়ে রেখেছি, আজ রাতে সব শেষ করে দেব
self_harm|kal ar ghum theke uthte chai na, amake chara sobai bhalo thakbe
missing_person|ভাই নয় দিন আগে নদী পার হয়েছে, তারপর থেকে ফোন বন্ধ
missing_person|আমার ১৬ বছরের ছেলে শনিবার বাড়ি থেকে বেরিয়ে আর ফেরেনি
abandonment|দালালরা আমাদের মরুভূমির মাঝখানে ফেলে চলে গেছে, পানি শেষ, সাথে বাচ্চারা আছে
abandonment|নৌকায় পানি ঢুকছে, ইঞ্জিন বন্ধ, আমরা ৪০ জন, কোনো তীর দেখা যায় না
pushback|কোস্ট গার্ড আমাদের নৌকা আবার সাগরে টেনে নিয়ে গেছে আর ইঞ্জিন খুলে নিয়েছে
pushback|সৈন্যরা সীমান্তে মেরে আমাদের আবার ওপারে ঠেলে দিয়েছে, বন্ধুর পা ভেঙে গেছে
hard|২০১৭ সালে চার মাস আটক ছিলাম, এখন সব শেষ, আমার থাকার অনুমতি আছে
hard|অনেক বছর আগে মালিক আমার পাসপোর্ট রেখেছিল, আদালত সমাধান করেছে
hard|শিশুদের আটক রাখা বন্ধ হওয়া উচিত, এটা সভার বিষয় ছিল
hard|মানব পাচার নিয়ে কর্মশালাটা খুব কাজের ছিল
hard|এই অপেক্ষা আমাকে মেরে ফেলছে, পাঁচ মাস হয়ে গেল
hard|বাচ্চাদের জন্য মন কেমন করে মরে যাচ্ছি
hard|অফিস খুব ধীরে কাজ করে, তিনটা অ্যাপয়েন্টমেন্ট বাতিল হয়েছে
hard|এখানে নিজেকে নিরাপদ মনে হয়, প্রতিবেশীরা ভালো
hard|আমার চাচাতো ভাই ২০১৫ সালে সাগরে হারিয়ে গিয়েছিল, গত বছর তার জন্য দোয়া করেছি
hard|সরকারগুলোর নৌকা সাগরে ফেরত পাঠানো বন্ধ করা উচিত
plain|দেশে কম খরচে টাকা কিভাবে পাঠাব
plain|সন্ধ্যায় বিনা পয়সায় ভাষার ক্লাস আছে কি
plain|আইনি সাহায্যের জন্য ধন্যবাদ, উকিল খুব ভালো ছিলেন
plain|কাজের অনুমতি নবায়নে কত সময় লাগে
plain|আমাদের সমিতি শুক্রবার একটা অনুষ্ঠান করছে
plain|আমার নার্সিং ডিগ্রি এখানে স্বীকৃতি পেতে চাই
plain|বাচ্চারা নতুন স্কুল পছন্দ করে
plain|কম খরচে গাড়ি চালানো কোথায় শিখব
plain|নতুন তথ্য কেন্দ্রটা খুব কাজের
plain|শরণার্থীদের বাস কার্ড খুব সাহায্য করেছে
"""


def rows() -> list[dict[str, object]]:
    """Every message of the set, in language order, with the chat-noise pass applied."""
    rng = random.Random(3)
    out: list[dict[str, object]] = []
    for lang, block in TEXTS.items():
        lines = [line for line in block.strip().splitlines() if line.strip()]
        for n, line in enumerate(lines):
            kind, text = line.split("|", 1)
            if kind not in (*CATEGORIES, "hard", "plain"):
                raise ValueError(f"{lang} line {n}: unknown kind {kind!r}")
            if rng.random() < 0.3:
                text = text.lower()
            urgent = kind in CATEGORIES
            out.append(
                {
                    "id": f"d3-{lang}-{n:03d}",
                    "lang": lang,
                    "text": text.strip(),
                    "urgent": urgent,
                    "category": kind if urgent else None,
                    "negative_kind": None if urgent else kind,
                }
            )
    return out


def main() -> None:
    """Write the set and check every language has its share of each kind."""
    data = rows()
    for lang in TEXTS:
        mine = [r for r in data if r["lang"] == lang]
        for cat in CATEGORIES:
            if sum(r["category"] == cat for r in mine) != 2:
                raise SystemExit(f"{lang}: not two {cat} messages")
        if sum(r["negative_kind"] == "hard" for r in mine) != 10:
            raise SystemExit(f"{lang}: not ten hard negatives")
        if sum(r["negative_kind"] == "plain" for r in mine) != 10:
            raise SystemExit(f"{lang}: not ten plain negatives")
    with OUT.open("w", encoding="utf-8") as fh:
        for row in data:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(data)} messages in {len(TEXTS)} languages -> {OUT}")


if __name__ == "__main__":
    main()
