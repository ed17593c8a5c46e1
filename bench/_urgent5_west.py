"""Fifth held-out urgent set: English, French, Spanish, Portuguese fragments.

One message a line: a tag, a space, the text. The tag is an urgent category, or
``hard`` / ``plain`` for a message that is not urgent. Written blind (see bench/README.md).
"""

# ruff: noqa: E501

TEXTS = {
    "en": """
detention they moved us from the hotel to some holding place near dover, no signal in here, guard says we get flown out thursday pls who do i call
detention my cousin abdi is locked in a container at zuwara port since monday the men want 2000 dollars before they open it
trafficking the agency lady in beirut keeps my contract and says i owe 3 month salary before i can go. madam locks the door from outside when she goes out
trafficking guy who drove us from milan now says we work on his farm for free to pay the ride, he has our phones except this one i hid in my sock
violence the men with sticks came back to the camp at loon plage tonight they are beating people by the canal right now my friend head is bleeding
violence landlords brother says if im not out by tonight he breaks my legs, hes outside my door shouting now, kids are inside with me
sexual_violence supervisor at the packhouse keeps touching me and tonight he said i sleep in his caravan or i lose the job. i dont want to go what do i do
sexual_violence writing for my neighbour she is 19, a man from the shelter forced her last night and he still sleeps in the same corridor as her
child_at_risk there is a small boy maybe 11 sleeping under the bridge at gare du nord with older guys, they make him carry packages, he cries all the time
child_at_risk my niece is 14 and her uncle wants to send her back home to marry a man in his 40s next week, tickets already bought, she is begging me
medical my wife is 8 months pregnant bleeding a lot since one hour we are in the woods near the croatian border she cant walk
medical friend is diabetic and lost his insulin when the dinghy tipped, now shaking and talking nonsense, we are behind the lidl in calais
self_harm honestly i dont see the point anymore i bought pills today and im sitting in my room with them
self_harm bro in room 12 of the hostel sent goodbye msg on whatsapp to everyone and now not answering, the door is locked from inside
missing_person my brother called from the boat at 3am saying water coming in, since then nothing its now 11 hours, they left from gravelines
missing_person my daughter 16 went to a "job interview" in manchester yesterday, phone off since, the number that invited her is disconnected
abandonment driver left 9 of us in a field somewhere in hungary and drove off, no water no idea where we are one guy cant walk
abandonment smuggler dropped us on a little island in the evros river and took the boat back, water is rising and we have 3 kids with us
pushback police caught us 2km inside croatia, took shoes and phones, now loading us in a van to the border, this is my wifes phone they missed
pushback greek coastguard is towing our boat back out to turkish side right now, 40 people, they took the motor off and left us
hard two years ago i was locked in a warehouse in sabha for a month. im fine now in leeds, just want to share my story for the project
hard is it legal for the home office to detain someone who still has an appeal pending? asking for my college assignment
hard we watched a documentary about trafficking in nail bars in english class today, very sad, teacher explained it well
hard this queue at the job centre is pure torture lol 2 hours standing for a stamp
hard writing an essay on pushbacks in the aegean for my masters, can anyone recommend good reports
hard last winter my son got very sick in the camp and the msf doctors treated him, hes healthy now, big thanks to them
hard the caseworker was rude and it took 6 weeks to answer about my legal aid. not acceptable honestly
hard i volunteered last summer with the group searching for missing people at the border, want to join again in spring, how?
hard my landlord said he'll "murder" me if i paint the walls again haha he was joking, hes actually a nice old man
hard went to the safeguarding and child protection training yesterday, useful, can we get the slides
hard the smuggler left us in the desert back in 2021 but we survived, now im studying nursing in cardiff
hard how do i start a red cross family trace? my uncle lost contact in 2019, nothing urgent, just want to begin the search
plain the bus pass from the council came finally thanks
plain can i bring my kids to the english class on saturday or is it adults only
plain rent went up 80 pounds this month is that normal
plain where do i renew my biometric residence card
plain food bank tuesday had no rice this week, any other place
plain wifi in the hostel is very slow in the evenings
plain is the gp registration form available in tigrinya
plain thanks for helping with my cv, got an interview at the warehouse monday
""",
    "fr": """
detention on est enfermés au cra de vincennes depuis hier soir ils disent avion pour tunis demain matin, mon avocat répond pas aidez svp
detention mon frère est retenu dans un poste de gendarmerie à oujda, ils veulent pas le laisser appeler, ça fait 3 jours et il a pas mangé
trafficking la patronne du salon à château rouge garde mes papiers et dit que je dois encore 4000 euros, je dors dans l'arrière boutique elle ferme à clé
trafficking le mec qui nous a fait passer à vintimille dit qu'on doit vendre pour lui dans la rue sinon il appelle ses gars, il sait où dort ma soeur
violence ils sont en train de taper les gens au campement porte de la chapelle là maintenant, des mecs avec des barres de fer, venez vite
violence mon mari m'a frappé encore ce soir il a cassé la porte de la chambre je suis cachée chez la voisine du 3e il me cherche dans l'immeuble
sexual_violence le gérant du foyer rentre dans ma chambre la nuit il dit que si je crie il me fait sortir du foyer, il a le passe, j'ai peur ce soir
sexual_violence j'écris pour une amie ivoirienne, le passeur à agadez la viole chaque nuit et elle peut pas partir, elle m'a envoyé un vocal en pleurant
child_at_risk un petit de 12 ans dort seul dans le hall de la gare de lyon depuis 4 nuits, des hommes lui proposent de l'argent, il parle que peul
child_at_risk ma petite cousine 13 ans la famille veut l'exciser pendant les vacances au pays, ils partent samedi, elle m'a appelée en cachette
medical mon ami a une plaie à la jambe infectée depuis la marche dans la montagne à briançon, ça sent mauvais et il a une grosse fièvre il délire
medical la dame sous la tente à côté elle a accouché toute seule cette nuit le bébé respire mal et elle saigne beaucoup, on est à grande-synthe
self_harm je veux plus vivre franchement je suis monté sur le toit de l'hôtel social là, personne ne m'écoute depuis 2 ans
self_harm mon coloc s'est entaillé les bras ce soir et il dit qu'il va recommencer plus profond, il a un cutter, je sais pas quoi faire
missing_person ma soeur a quitté tamanrasset pour la libye il y a 9 jours elle devait appeler à son arrivée, rien, le téléphone sonne dans le vide
missing_person mon fils de 17 ans est parti de l'hôtel à mulhouse lundi avec des inconnus dans une voiture grise et ne répond plus
abandonment le chauffeur nous a laissés dans le désert après assamaka, il a dit qu'il revient avec de l'essence, ça fait 2 jours il reste un bidon d'eau
abandonment on est 30 sur une île grecque dans les rochers, le bateau est reparti, y a pas de route, une femme enceinte avec nous
pushback la police italienne nous remet dans le train vers menton là, ils ont déchiré le papier de demande d'asile de mon ami
pushback les gardes algériens nous amènent en camion vers la frontière du niger et nous jettent dans le sable, on est encore dans le camion
hard j'ai été au cra il y a 3 ans, c'était dur mais aujourd'hui j'ai mes papiers et je travaille comme aide-soignante
hard est-ce que la loi permet de retenir un mineur en zone d'attente à roissy ? c'est pour un exposé à la fac
hard on a vu le film "io capitano" au cinéma du quartier, la traversée du désert c'est exactement ce qu'on a vécu
hard ce prof de français me tue avec ses dictées lol
hard la préfecture met 8 mois pour un rdv titre de séjour c'est une honte, personne répond au téléphone
hard l'an dernier j'ai aidé des jeunes à la frontière de briançon avec les maraudes, je veux refaire cet hiver
hard la formation sur les violences faites aux femmes hier au centre social était super, merci à l'intervenante
hard mon grand-père racontait qu'en 1958 l'armée frappait les gens dans son village, je voudrais écrire son histoire
hard quels sont les droits d'une personne victime de traite pour avoir un titre de séjour ? pour une amie qui est sortie de ça depuis longtemps
hard le 115 m'a raccroché au nez trois fois hier, ils sont débordés, j'ai finalement trouvé chez un ami
hard mon fils était hospitalisé le mois dernier pour une appendicite, tout va bien maintenant, l'hôpital a été top
hard ce débat à la télé sur les refoulements en méditerranée m'a énervé, ils disent n'importe quoi
plain le cours de français du jeudi est déplacé à quelle heure ?
plain merci pour l'aide pour le dossier caf, c'est validé
plain la cantine de l'école de ma fille coûte combien pour les demandeurs d'asile ?
plain le chauffage marche pas bien dans l'appartement du bailleur social
plain est-ce que le récépissé permet de prendre le tgv ?
plain la distribution de colis alimentaires c'est toujours le mercredi ?
plain je cherche une formation en cuisine, vous connaissez ?
plain mon passe navigo a été renouvelé merci
""",
    "es": """
detention nos tienen encerrados en la estación de migración de tapachula desde el viernes, no nos dejan llamar a nadie y dicen que mañana nos deportan a honduras
detention a mi esposo lo agarraron en el retén de la carretera a monterrey y está en un cuarto con 60 personas, no le dan agua, me mandó audio a escondidas
trafficking la señora que me trajo a madrid para cuidar al abuelo me quitó el pasaporte y no me paga hace 5 meses, no me deja salir ni el domingo
trafficking el coyote nos tiene en una casa en reynosa y pide 3000 dólares más a cada familia o nos vende al cartel, hay niños aquí, ayuda
violence los del grupo armado están quemando las casas del albergue en el darién ahorita, se escuchan disparos, estamos escondidos en el monte
violence el patrón del campo de fresa en huelva le pegó a mi compañero con una pala y dice que viene por los demás esta noche
sexual_violence unos tipos bajaron a mi hermana del tren en orizaba y abusan de ella, la tienen en una casa, los del grupo vimos todo, ayuda
sexual_violence el dueño del cuarto que rento entra cuando me baño y hoy me agarró a la fuerza, tengo miedo de volver esta noche, no tengo a dónde ir
child_at_risk hay un niño de 9 años solo en la terminal de buses de tijuana desde ayer, unos tipos le ofrecen llevarlo al otro lado, no tiene familia aquí
child_at_risk mi sobrina de 15 está viviendo con un hombre de 35 que la encierra y no la deja ir a la escuela, ella me escribe que la pega
medical mi hijo se cayó cruzando el río en la selva y tiene el hueso afuera del brazo, estamos en bajo chiquito, no hay médico y pierde mucha sangre
medical mi mamá tiene dolor fuerte en el pecho y el brazo izquierdo desde hace media hora, estamos en la fila del cbp one en ciudad juárez
self_harm ya no aguanto más, estoy en el puente internacional y pienso tirarme, nadie me espera del otro lado
self_harm mi prima dejó cartas para sus hijos y se encerró en el baño del albergue con un cuchillo, no abre
missing_person mi papá cruzó el desierto de arizona hace 6 días con un grupo y el coyote ya no contesta, él tiene presión alta
missing_person mi hermano de 16 salió de la casa de acogida en ceuta anoche para meterse en un camión al puerto, no sabemos nada de él
abandonment el pollero nos dejó en el desierto de sonora diciendo que volvía en una hora, ya es de noche y somos 12, se acabó el agua
abandonment nos bajaron de la lancha en una playa sin nadie en el darién con los niños, no hay camino y está oscureciendo
pushback la guardia civil está devolviendo a los que saltamos la valla de melilla por la puerta, ya entregan a mi amigo a los marroquíes
pushback los de migración nos regresan a guatemala en el camión sin preguntarnos nada, yo tengo cita de asilo, qué hago
hard hace 4 años me secuestraron en tamaulipas, ya estoy bien y quiero contar mi historia para que otros se cuiden
hard es legal que la patrulla fronteriza detenga a menores más de 72 horas? pregunto para un trabajo de la universidad
hard vi la película sobre la trata en la frontera, me hizo llorar, la recomiendo
hard el trámite en la comar tarda demasiado, me muero de aburrimiento esperando jaja
hard mi jefe es un esclavista jaja me hace quedar hasta las 8 pero me paga las horas
hard el año pasado ayudé a buscar migrantes desaparecidos con el colectivo de madres, quiero volver a participar
hard la charla sobre violencia de género en el centro comunitario estuvo muy buena, gracias
hard en el 2019 la migra nos devolvió en la valla pero luego entramos legal con visa, ahora tengo residencia
hard la abogada de la ong no me contesta los correos desde hace semanas, qué mal servicio
hard qué derechos tiene un trabajador del campo si el patrón no paga? es para saber, a mí sí me pagan
hard mi hija estuvo internada por dengue el mes pasado pero ya salió, todo bien
hard leí un libro sobre los niños que viajan solos en el tren, muy fuerte, lo usé en la clase
plain a qué hora abre el comedor los domingos
plain ya llegó mi permiso de trabajo gracias por la ayuda
plain cuánto cuesta sacar el nie otra vez si lo perdí
plain la clase de inglés del martes se cambió de salón?
plain el piso que me ofrecieron está muy lejos del trabajo
plain hay ropa de invierno para niños en la bodega?
plain necesito traducir mi título de bachiller, quién lo hace barato
plain el autobús 23 ya no para frente al albergue
""",
    "pt": """
detention estou preso no espaço de acolhimento do aeroporto de lisboa há 5 dias, querem me mandar de volta para luanda amanhã e não deixam falar com advogado
detention meu irmão foi pego pela polícia na fronteira de pacaraima e está num galpão com muita gente, ninguém explica nada, ele tem asma
trafficking o dono da obra em braga ficou com nossos passaportes e diz que devemos 1500 euros de viagem, dormimos no contentor e ele tranca de noite
trafficking a moça que me prometeu trabalho de cabeleireira em milão agora diz que eu tenho que atender homens para pagar a passagem, estou no apartamento dela
violence os homens da fazenda estão batendo nos venezuelanos aqui no alojamento em roraima agora, um já desmaiou, mandem ajuda
violence meu companheiro está bêbado com uma faca na cozinha dizendo que vai me matar, estou trancada no banheiro com meu filho
sexual_violence o motorista do aplicativo não para o carro e está me tocando, estou na estrada perto de setúbal mandei localização pra minha amiga
sexual_violence minha prima de 17 está no abrigo e um funcionário força ela à noite, ela contou hoje chorando e ele está de plantão hoje de novo
child_at_risk tem uma menina haitiana de 10 anos sozinha na rodoviária de são paulo desde ontem, um homem quer levar ela, ela não fala português
child_at_risk meu vizinho deixa o filho de 6 anos acorrentado no quintal quando vai trabalhar, o menino está chorando sem água agora
medical meu pai teve um derrame, a boca ficou torta e ele não mexe o braço, estamos no alojamento e ninguém tem carro
medical amigo tomou muita água do rio na travessia e agora vomita sangue e tem febre muito alta, estamos na trilha perto de assis brasil
self_harm não aguento mais, escrevi carta para minha mãe e tenho veneno de rato aqui comigo
self_harm meu colega de quarto disse que vai se jogar da ponte 25 de abril hoje e saiu com a mochila, não atende
missing_person minha filha de 15 saiu da escola em amadora e não voltou, o telemóvel está desligado desde as 16h, ela nunca faz isso
missing_person meu marido atravessou o rio em direção à guiana francesa há 4 dias com o barqueiro e sumiu, ninguém sabe dele
abandonment o barqueiro nos deixou numa praia deserta na ilha e foi embora, somos 11, não tem comida nem sinal quase
abandonment o motorista largou a gente na beira da estrada em mato grosso de noite e levou nossas malas, tem uma grávida passando mal
pushback a polícia espanhola está pondo a gente de volta no ônibus para portugal sem ver o pedido de asilo, estamos em badajoz agora
pushback os guardas estão empurrando o nosso barco para o mar aberto, estamos perto de lampedusa com crianças a bordo
hard há três anos fiquei detido em lampedusa, hoje estou bem e quero ajudar outros com a minha experiência
hard a lei portuguesa permite deter requerentes de asilo no aeroporto? é para um trabalho da faculdade
hard vi uma reportagem sobre tráfico de pessoas nas obras, muito triste, todos deviam ver
hard esse calor em lisboa está me matando de preguiça kkk
hard o sef demorou 2 anos para responder meu processo, que vergonha de serviço
hard no ano passado fiz voluntariado no abrigo de boa vista com as crianças, quero voltar em julho
hard a formação sobre violência doméstica no centro de acolhimento foi ótima, aprendi muito
hard o meu patrão diz que vai me matar se eu chegar atrasado outra vez haha ele é brincalhão
hard minha mãe ficou internada com covid em 2021 mas recuperou, agradeço aos enfermeiros
hard quais são os direitos de uma vítima de tráfico em portugal? pergunto por curiosidade depois da aula
hard li um livro sobre os refugiados que atravessam o mediterrâneo, recomendo muito
hard o atendimento da linha de apoio foi lento e grosseiro ontem, mas resolvi sozinho
plain quando começa o próximo curso de português para estrangeiros?
plain obrigado pela ajuda com o nif, já está tudo certo
plain quanto custa a renovação da autorização de residência?
plain o quarto que aluguei tem humidade na parede
plain a creche tem vaga para o meu filho em setembro?
plain o passe do metro para desempregados existe?
plain onde posso reconhecer o meu diploma de enfermagem?
plain a cesta básica chegou ontem, muito obrigado
""",
}
