# ruff: noqa: E501
"""Fourth urgent held-out set: messages in English, French, Spanish and Portuguese.

One message a line, ``<tag> <text>``: the tag is an urgent category code (det, tra, vio,
sex, chi, med, sel, mis, aba, pus) or ``hard`` / ``plain`` for a non-urgent message. All
of it is invented; names and numbers are made up.
"""

EN = """
det they lockd us in a container at the port 3 days no food pls help
det police took my husband from the camp this morning nobody tells us where he is they say deport tomorrow
det im in the police station since yesterday they wont give me lawyer and say sign this paper in a language i dont read
tra the man who brought us says we owe 4000 and must work on his farm till its paid he keeps our passports
tra my sister was promised a cleaning job abroad now they dont let her call us, sometimes she whispers she is locked in
vio guys from the next tent beat my son every night he has blood on his face now
vio landlord came with a knife says he kills us if we dont leave today, hes outside the door
sex the guard at the centre touches the girls at night and my daughter is scared to sleep
sex a man forced me last night in the squat i dont know who to tell and i still feel pain
chi there is a small boy maybe 8 sleeping under the bridge alone no parents he is shaking
chi my nieghbour leaves her baby locked alone in the room all day it cries for hours
med my friend is diabetic no insulin since friday now he cant wake up properly
med wife pregnant her water broke and nobody answers 112 we r in the forest
med kid has fever 40 since 3 days and now hes not drinkin anythng at all
sel honestly i dont see the point anymore i have the pills in my hand
sel tell my mom im sorry. i cant do this another day
mis my cousin crossed the river sunday and his phone is off since then no news
mis lost my 2 kids in the crowd at the border gate they are 6 and 9 please
aba the driver left us in the desert and drove away we have no water left
aba smugglers dropped 30 ppl on a small island nobody coming battery 5%
pus the coastguard turned our boat around and took the engine now we float back
pus border guards caught us in the forest smashed our phones and drove us back to the other side in a van, my friends arm is broken
hard in 2019 i was detained for 6 months, now i am ok and working as a cook
hard detention of children should never happen, good that the ngo is campaigning on it
hard watched a documentary about trafficking on the mediterranean route last night, very sad
hard this queue at the prefecture is killing me lol 4 hours
hard im dying of boredom in this hostel any football on weekends?
hard when i crossed years ago the engine stopped, thank god we were rescued. now i volunteer on the boats
hard what are my rights if police stop me in the street? just asking in general
hard the asylum office is soooo slow 8 months waiting for the interview not ok
hard my brother went missing in libya in 2017 but we found him in 2018 he lives in germany now
hard can someone explain what pushback means? heard it on the radio
hard i helped a woman who was bleeding on the road last year, she is fine now
hard the workshop on gender violence was good, thanks to the trainers
plain the english class on tuesday is too early for me can it be 10am
plain how much is the bus card for one month
plain thanks for the clothes distribution the jackets are warm
plain where can i print my documents for the appointment
plain wifi in the centre doesnt work again since monday
plain the food is too spicy for the kids maybe less chili
plain can i bring my friend to the english lesson
plain i need an interpreter for the bank appointment next week
plain good job with the new website its easy to read
plain is the legal clinic open on saturday
det hello pls we r at the airport since 2 days they dont let us out of the room no lawyer my kids r hungry what do we do
vio hello hello yes so the men from the factory came back tonight they are outside hitting the door saying they burn the caravan my kids are inside please call someone
hard lol my manager will kill me if im late again anyone has a bike to lend
hard is it normal the ambulance took 50 min last month when my neighbour fell? she is ok now but its too slow
"""

FR = """
det ils nous ont enfermés dans un local à l'aéroport depuis hier on a pas le droit de sortir ni d'appeler
det wallah mon frère est au cra depuis 3 jours ils veulent le renvoyer demain matin aidez nous
det les policiers ont pris nos téléphones et on est enfermés dans un gymnase depuis la rafle d'hier, personne sait pour combien de temps
tra on est 8 à vendre des cigarettes pour un type à la gare, il prend tout l'argent et garde nos passeports, si on part il dit qu'il appelle la police
tra ma cousine est chez une famille elle fait ménage jour et nuit ils l'ont pas laissée sortir depuis des mois elle pleure au tel
vio mon mari me frappe encore ce soir j'ai peur il a cassé la porte
vio des types du foyer nous attendent dehors avec des barres de fer ils disent qu'ils vont nous tuer
sex le passeur demande aux filles de coucher avec lui sinon pas de place dans le camion, ma soeur est avec lui la maintenent
sex il m'a violée hier soir dans le hall et il dort toujours dans la même chambre que moi
chi y'a une petite fille toute seule à la gare du nord depuis ce matin elle parle pas français elle a 5 ans je pense
chi mon petit frère a 14 ans il dort dans la rue et un homme lui donne de la drogue
med mon père respire très mal ses lèvres sont bleues et le samu répond pas
med mon ami s'est coupé la main avec la machine ça saigne beaucoup on est au squat
sel j'en peux plus je veux dormir et plus me réveiller, j'ai tout préparé
sel franchement je vais sauter du pont ce soir personne va me manquer
mis ma fille de 16 ans n'est pas rentrée depuis mardi elle répond plus
mis mon mari devait m'appeler en arrivant à vintimille, c'était samedi, toujours rien et son portable sonne dans le vide
aba le chauffeur nous a laissés au bord de l'autoroute avec les enfants, il fait nuit et froid
aba on est 12 dans la forêt le guide est parti depuis 2 jours, plus d'eau
pus la police aux frontières nous a chopés à menton et relâchés côté italien en pleine nuit, on voulait demander l'asile ils ont rien écouté
pus les gardes ont crevé le zodiac et nous ont repoussés vers la turquie, des gens sont dans l'eau
det on est bloqués en zone d'attente à roissy ils disent qu'on repart ce soir
hard en 2018 j'étais au centre de rétention, c'est fini maintenant j'ai mes papiers
hard la rétention des familles devrait être interdite, c'est mon avis
hard y'a un film sur la traite des femmes au cinéma du quartier, quelqu'un veut venir ?
hard cette file d'attente à la préfecture me tue, 5h debout
hard je meurs de faim là, y'a quoi au menu ce soir au foyer ?
hard l'ofpra c'est trop lent, mon dossier dort depuis un an
hard l'année dernière j'ai aidé un garçon perdu à la gare, il a retrouvé sa famille depuis
hard est-ce qu'un patron a le droit de garder mon passeport ? c'est juste une question générale
hard mon fils a eu une grosse fièvre la semaine dernière mais il va bien maintenant merci au médecin
hard l'atelier sur les violences conjugales de jeudi était super utile
hard j'ai lu un article sur les refoulements en grèce, c'est choquant
hard quand je suis arrivé en 2016 je dormais dehors, aujourd'hui j'ai un appart
plain le cours de français du mardi est complet, y'a un autre créneau ?
plain merci pour le colis alimentaire les enfants ont adoré les biscuits
plain combien coûte le pass navigo pour un mois
plain la machine à laver du foyer est encore en panne
plain je cherche un stage en cuisine, vous avez des contacts ?
plain où je peux faire traduire mon acte de naissance
plain l'assistante sociale est très gentille merci à elle
plain le wifi marche pas au 2ème étage
plain c'est possible d'avoir des couches taille 4
plain est-ce que l'atelier cv a lieu cette semaine
mis salam svp mon frere il est parti de tunis avec le bateau jeudi depuis rien personne repond on sait pas si il est arrivé
med allo oui ma mère elle est tombée dans la cuisine elle respire bizarre elle répond pas on est au 3e sans ascenseur les pompiers disent attendre
hard mdr ce contrôle de maths m'a tué
plain wesh c'est quand la distribution des kits d'hygiène
"""

ES = """
det la migra nos tiene encerrados en la estación desde hace 4 días sin abogado y dicen que nos deportan mañana
det a mi esposo lo agarraron en el reten de chiapas y no sabemos donde lo llevaron ayuda porfa
tra el señor de la maquila tiene nuestros pasaportes y dice que debemos 3 mil dólares, no nos deja salir
tra me trajeron con promesa de trabajo de mesera y ahora me obligan a estar con clientes, no puedo salir del bar
vio los del cartel nos bajaron del bus y están golpeando a los hombres ahorita
vio mi pareja me amenazó con matarme esta noche, estoy encerrada en el baño con mi hija
sex en el albergue un hombre entra en el cuarto de las mujeres en la noche y nadie hace nada
sex me violaron en el camino ayer y estoy sangrando no sé a dónde ir
chi a mi sobrino de 15 lo están reclutando los de la pandilla, hoy le dieron un arma y le dijeron que si no va matan a su mamá
chi mi sobrina de 13 años se la quieren llevar unos tipos dicen que es su novia, ella llora
med estamos en el darién y mi hija tiene diarrea y ya no despierta bien
med a mi compa le picó una serpiente en la pierna se le está hinchando mucho
sel ya no quiero seguir, mañana me tiro al tren q pasa por el albergue
sel no aguanto más, tengo la cuerda lista, perdón a todos
mis mi hermano cruzó el río bravo el lunes y desde entonces no contesta
mis se perdió mi hijo de 7 años en la selva cuando corrimos, por favor ayúdenme
aba el pollero nos dejó en el desierto de sonora y se fue con el dinero, no hay agua
aba nos abandonaron en una casa en tijuana sin comida hace 3 días, hay bebés
pus en ceuta los agentes nos devolvieron a marruecos por la puerta de la valla sin preguntar nada, un chico está herido
pus la guardia costera nos devolvió al mar abierto, el motor no sirve y hay agua en la lancha
det en el centro de detención no le dan sus medicinas a mi mamá, tiene presión alta y está muy mal
med mi esposa está con dolores de parto en la carretera y no llega ninguna ambulancia
hard hace 5 años estuve detenido en texas, ya salí y ahora trabajo en construcción
hard la detención de niños migrantes es una vergüenza, firmen la petición
hard vi una serie sobre la trata de personas en netflix, muy fuerte
hard esta fila en el consulado me está matando jaja
hard me muero de aburrimiento en el albergue, ¿hay clases de algo?
hard ¿cuáles son mis derechos si me para la policía? pregunta general nomás
hard la comar tarda muchísimo, 6 meses sin respuesta
hard cuando crucé el darién en 2021 fue horrible, pero ya estoy bien con mi familia
hard mi primo estuvo desaparecido un mes en 2020, gracias a dios apareció en méxico
hard el taller sobre violencia de género estuvo muy bueno
hard ¿qué significa devolución en caliente? lo oí en las noticias
hard el año pasado ayudé a una señora que se desmayó en la calle, ya está sana
plain ¿a qué hora abre el comedor los domingos?
plain gracias por las cobijas, hacía mucho frío
plain quiero inscribirme en el curso de inglés
plain ¿cuánto cuesta apostillar el acta de nacimiento?
plain el baño del segundo piso no tiene agua caliente
plain ¿dónde puedo recargar saldo cerca del albergue?
plain me gustó mucho la comida del viernes
plain necesito una copia de mi constancia, ¿me la pueden imprimir?
plain ¿hay fútbol para los niños el sábado?
plain la página web está bien clara, felicidades
tra bro el jefe dice que no nos paga hasta que paguemos el cuarto y la comida y ya van 3 meses, nos quitó los papeles y no podemos salir del rancho
chi oiga disculpe es que hay una niña chiquita aquí en la plaza sola desde la mañana no habla español creo que es de haití nadie la busca y ya es de noche
hard ayer fui al taller de derechos laborales, explicaron qué hacer si el patrón te quita los papeles, muy útil
"""

PT = """
det a polícia levou meu marido do abrigo hoje cedo e ninguém diz onde ele tá, falam em deportar
det estamos presos no aeroporto de guarulhos faz 2 dias sem comida direito nem advogado
tra o patrão ficou com nossos documentos e diz que só devolve quando a gente pagar a passagem, não deixa sair da fazenda
tra minha irmã veio trabalhar de babá e agora eles trancam ela em casa e tiram o celular
vio meu vizinho ta batendo na mulher dele agora ela grita mto
vio uns caras do bairro disseram que vão queimar nosso barraco hoje à noite
sex o dono da casa entra no quarto da minha filha de noite, ela tem medo
sex fui abusada pelo motorista que trouxe a gente, ele ainda tá aqui perto
chi tem três crianças venezuelanas pedindo no sinal a noite toda e um homem recolhe o dinheiro delas e grita com elas
chi minha filha de 12 anos está sendo forçada a casar com um homem velho, o casamento é amanhã
med meu amigo caiu da obra e não mexe as pernas, o samu não vem
med meu sogro tá com o braço todo inchado de picada de escorpião, tá vomitando, aqui na roça não tem posto
sel já escrevi carta pros meus filhos, hoje à noite eu acabo com isso
sel vou tomar todos os remédios hoje, ninguém liga pra mim mesmo
mis meu irmão entrou num caminhão em pacaraima na terça e desde então ninguém sabe dele, o motorista bloqueou a gente
mis minha mãe saiu pra trabalhar ontem e não voltou, celular desligado
aba o coiote deixou a gente no mato e sumiu, tem criança e idoso, sem água
aba fomos largados na beira da estrada sem nada, já é noite
pus a guarda nos empurrou de volta pra venezuela e bateu nos homens
pus a guarda costeira rebocou nosso barco de volta pras águas da líbia e foi embora, tem grávida passando mal
det meu filho tá na delegacia desde sexta e não deixam ver ele, ele só tem 17
vio meu ex me achou e ameaça matar eu e as crianças, tá na frente do prédio
hard em 2017 fiquei detido 3 meses, agora tá tudo bem e tenho residência
hard detenção de imigrante devia ser o último recurso, concordo com a palestra
hard vi um filme sobre tráfico de pessoas no cinema, muito triste
hard essa fila da polícia federal tá me matando kkkk
hard tô morrendo de tédio aqui no abrigo, tem curso de alguma coisa?
hard o atendimento do conare é lento demais, um ano esperando
hard quais são os direitos de um trabalhador estrangeiro? pergunta geral
hard ano passado ajudei um menino perdido no centro, ele já voltou pra família
hard quando atravessei em 2019 passei fome, hoje trabalho num restaurante
hard a oficina sobre violência doméstica foi ótima
hard minha tia sumiu por uma semana em 2020 mas apareceu, tava em boa vista
hard li uma notícia sobre barcos devolvidos no mediterrâneo, que absurdo
plain quanto custa a carteira de trabalho digital? é grátis?
plain obrigado pelas roupas de inverno
plain a aula de português pode ser à noite?
plain onde faço o cpf?
plain o chuveiro do abrigo tá frio de novo
plain quero fazer curso de costura, tem vaga?
plain a comida de ontem tava gostosa
plain preciso imprimir o protocolo, onde posso?
plain vocês ajudam com currículo?
plain o site novo tá bem fácil de usar
sex moço me ajuda o cara da pensão falou que se eu não dormir com ele hoje ele me expulsa com meus filhos
aba alô então o motorista deixou a gente aqui na beira do rio disse que voltava e não voltou faz dois dias tem criança pequena e não tem comida
hard o calor tá me matando aqui no abrigo, dá pra ligar o ventilador?
"""
