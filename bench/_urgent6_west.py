"""Sixth held-out urgent set: en, fr, es, pt.

One message a line: a tag, a space, the text. The tag is an urgent category, or
``hard`` / ``plain`` for a message that is not urgent. Written blind (see bench/urgent_heldout6.py).
"""

# ruff: noqa: E501

TEXTS = {
    "en": """
detention they put me in a room at the airport since yesterday nobody tells me anything and they say the plane to lagos is tomorrow morning pls help
detention my husband is in the centre in harmondsworth 3 weeks now they keep saying no solicitor available and he signed something he cant read
trafficking the lady who brought us keeps our passports in her car and says we owe 6000 each before we can go out
trafficking we work the farm from 5am til dark, no pay since march, the gate is locked at night and the man has a dog
violence guys from the next block said they will burn our flat tonight if we dont leave, they already broke the window
violence my cousin is hiding in the bathroom at the hostel the owner is outside with a knife shouting his name
sexual_violence the man who gives us the room says if i dont sleep with him he calls immigration on me and my sister
sexual_violence at the car wash the manager keeps touching me and yesterday he locked the office door, i cant lose this job what do i do
child_at_risk a boy maybe 12 sleeping under the bridge near the station alone for 4 days, he says men come at night and give him jobs
child_at_risk my uncle want to send my 14yo sister back home to marry a man of 40 next month and she crying all the time
medical my wife is pregnant 7 months and she is bleeding a lot we are in the camp and no car to hospital
medical my friend fell from the scaffold he dont wake up and the boss says dont call ambulance because no papers
self_harm i have been saving my tablets all month, i think tonight is the night, tell my mum i tried
self_harm honestly i dont see the point anymore, everyone would be better without me here
missing_person my brother left tripoli on a boat friday, 60 people, nobody heard anything since, his phone off
missing_person haven't heard from my daughter since she crossed near tijuana on the 2nd she always texts every night
abandonment the driver left us in the container at some parking and drove off its so hot kids are crying we dont know where we are
abandonment we are 9 people in the woods near the border the guide took the money and ran, no water since yesterday, phone 10%
pushback the police caught us in the forest took our shoes and phones and pushed us back over the river in the night
pushback coast guard boat is pulling our dinghy back to the turkish side right now one man in the water
hard in 2017 i was locked in a detention centre in libya for 8 months, now i have refugee status and work as a chef in leeds
hard for my uni project i need stats on how many kids are held in immigration detention in the uk, any source?
hard this visa queue is literally killing me, 4 hours and still number 212
hard my manager will murder me if i am late again lol the bus is always late
hard what is the phone number of the modern slavery helpline just in case someone at church needs it
hard my son went missing at the festival but the police found him after 2 hours, he is home and fine thanks god
hard the film last night was about a boat abandoned at sea, i cried the whole time
hard we organise a march on saturday to demand the end of pushbacks at the channel, please share
hard did you see on the news about the truck in texas, so sad, i pray for their families
hard if someone is detained what rights do they have to a lawyer? just asking for my integration class
hard i am dying of boredom in this hostel, no wifi, no tv, nothing to do
hard the report from the ngo on trafficking in the fishing industry is very good, can you translate it to tigrinya
plain thank you for the english class, the teacher is very patient with us
plain how long does it take to get the biometric residence permit after the interview
plain my kids started school this week and the teachers are kind, they have a breakfast club
plain the council still hasnt fixed the heating in our flat, i emailed 3 times
plain is there a place where i can get my driving licence from eritrea recognised
plain the job centre gave me an appointment but it's on the other side of the city, can i change it
plain good service at the law clinic, they explained my letter very clearly
plain where can i do a food hygiene course for free, i want to work in a kitchen
""",
    "fr": """
detention ils m ont enfermé au centre de rétention de vincennes depuis lundi et ils disent que je pars demain en avion, j ai pas vu d avocat
detention mon mari est a la zone d attente de roissy depuis 3 jours on lui donne pas son telephone, il parle pas francais aide svp
trafficking la patronne garde nos passeports dans son coffre et dit qu on lui doit encore 4000 euros pour le voyage, on peut pas sortir
trafficking on travaille dans les vignes 14h par jour on dort dans un hangar et le chef dit que si on part il appelle la police
violence des hommes avec des barres de fer tournent autour du squat ce soir ils ont dit qu ils vont nous tuer, on est 20 dedans
violence mon frere vient de se faire tabasser par son logeur il saigne du nez et l autre dit qu il revient avec ses amis
sexual_violence le gars du foyer me dit que si je vais pas dans sa chambre il me fait virer et moi j ai nulle part ou aller
sexual_violence mon employeur m a forcée hier soir, j ai peur il a mes papiers et je vis chez lui
child_at_risk il y a une petite fille de 10 ans toute seule a la gare de lyon depuis ce matin, un homme lui parle tout le temps
child_at_risk ma niece a 13 ans et son pere veut l envoyer au pays pour la marier cet ete, elle pleure et elle veut pas
medical mon ami a fait une crise il tremble partout et il respire mal on est sous le pont a calais
medical ma femme perd les eaux et l hopital nous a renvoyés parce qu on a pas la carte, elle a très mal
self_harm j en peux plus de cette vie, j ai acheté des médicaments et je pense que ce soir c est fini
self_harm dites a ma mere que je l aime, je vais plus etre un poids pour personne
missing_person mon cousin est parti de sfax samedi dans un bateau, aucune nouvelle depuis, le passeur repond plus
missing_person ma soeur devait arriver a briançon par la montagne il y a 4 jours et son telephone est coupé
abandonment le passeur nous a laissés au milieu du désert près d agadez, plus d eau, il fait 45 degres, on est 12
abandonment le camion s est arrêté sur une aire et le chauffeur est parti, on est enfermés dans la remorque on respire mal
pushback la police croate nous a frappés avec des matraques et nous a renvoyés en bosnie cette nuit sans rien
pushback les garde cotes tirent notre zodiac vers la libye maintenant, des gens sont tombés a l eau
hard en 2018 j ai été retenu au cra de mesnil amelot, aujourd hui j ai mon titre de séjour et je suis aide soignant
hard pour mon exposé au lycée je cherche des chiffres sur les mineurs enfermés en rétention en france
hard cette file d attente a la préfecture me tue, 5 heures debout pour un récépissé
hard mon chef va me tuer si j arrive encore en retard mdr
hard c est quoi le numéro pour signaler la traite des êtres humains, au cas où quelqu un en aurait besoin
hard mon fils avait disparu au marché mais la police l a retrouvé hier soir, il va bien
hard le livre que je lis raconte l histoire d une famille perdue en mer, ça m a beaucoup touché
hard notre association fait une conférence sur les refoulements a la frontière italienne samedi, venez nombreux
hard vous avez vu aux infos le naufrage au large de la grèce, quelle tristesse
hard si on est arrêté sans papiers, on a le droit a un interprete ? c est pour mon cours de droit
hard je meurs d ennui dans ce foyer, pas de wifi, rien a faire
hard le rapport sur le travail forcé dans le batiment est super, il existe en anglais ?
plain merci pour les cours de francais, la prof est vraiment gentille
plain combien de temps pour avoir le rendez vous de renouvellement du titre de séjour
plain mes enfants sont inscrits a l école du quartier, tout se passe bien
plain le proprio a toujours pas réparé la fuite dans la salle de bain
plain est ce que mon diplome d infirmière du cameroun peut etre reconnu ici
plain je voudrais changer de rendez vous a france travail c est possible
plain super accueil a la permanence juridique, ils m ont bien expliqué mon dossier
plain ou trouver une formation gratuite en cuisine a lyon
""",
    "es": """
detention me tienen en la estacion migratoria de tapachula desde el martes y dicen que mañana me deportan, no me dejan llamar a un abogado
detention a mi esposo lo agarraron en el trabajo y esta en el cie de aluche, no le dan su telefono y no sabemos nada
trafficking la señora que nos trajo tiene nuestros pasaportes y dice que le debemos 5 mil euros, no nos deja salir del piso
trafficking trabajamos en el invernadero de sol a sol sin paga, el encargado cierra la nave con candado por la noche
violence unos tipos armados estan afuera del albergue dicen que van a matar al que salga, estamos escondidos
violence el dueño de la casa le pego a mi hermana con un palo y dice que va a volver con sus amigos esta noche
sexual_violence el patron dice que si no me acuesto con el me denuncia a migracion y me quedo en la calle con mi hijo
sexual_violence un guardia del centro me toca cada noche y me dice que si hablo me mandan de regreso
child_at_risk hay un niño de unos 11 años solo en la terminal de buses desde ayer, unos hombres le ofrecen trabajo
child_at_risk mi tio quiere casar a mi prima de 13 con un señor del pueblo el mes que viene y ella no quiere
medical mi mujer esta de parto en la carpa y no viene nadie, hay mucha sangre, estamos en el campamento de reynosa
medical mi compa se cayo del tren y tiene la pierna abierta y no despierta, no hay hospital cerca
self_harm ya no aguanto mas, tengo las pastillas aqui y creo que esta noche lo hago
self_harm díganle a mi mamá que la quiero, no quiero despertar mañana
missing_person mi hermano cruzo el darien hace 6 dias y no contesta, el grupo con el que iba ya llego y el no
missing_person mi hija salio de nador en patera el domingo, 40 personas, nadie sabe nada, el telefono apagado
abandonment el coyote nos dejo en el desierto de arizona, somos 7 sin agua y mi papa ya no puede caminar
abandonment la patera lleva 3 dias a la deriva el motor se rompio y el que la manejaba se fue en otra lancha, hay bebes
pushback la guardia nos agarro en la valla de melilla y nos devolvio a marruecos a golpes, mi amigo tiene la cabeza rota
pushback los soldados nos estan empujando de vuelta al rio ahora mismo, hay mujeres con niños en el agua
hard en 2016 estuve detenido en un centro en texas, ahora tengo mis papeles y trabajo de cocinero en madrid
hard para un trabajo de la facultad necesito datos sobre menores en centros de internamiento, donde los busco
hard esta cola en extranjeria me esta matando, llevo 4 horas
hard mi jefa me va a matar si llego tarde otra vez jaja
hard cual es el telefono contra la trata de personas, por si alguien lo necesita
hard mi hijo se perdio en el parque pero la policia lo encontro en una hora, ya esta en casa bien
hard vi una pelicula sobre migrantes abandonados en el desierto, llore toda la noche
hard el sabado hay una marcha contra las devoluciones en caliente en ceuta, compartan
hard vieron en las noticias lo del camion en chiapas, que tristeza
hard si a alguien lo detienen tiene derecho a un interprete? es para mi clase de derecho
hard me muero de aburrimiento en este albergue, no hay wifi
hard el informe de la ong sobre trabajo forzoso en el campo esta muy bien, lo hay en ingles?
plain gracias por las clases de español, la profe es muy paciente
plain cuanto tarda la tarjeta de residencia despues de la huella
plain mis hijos ya van al colegio del barrio y estan contentos
plain el casero no arregla la calefaccion y ya hace frio
plain como homologo mi titulo de enfermera de venezuela
plain puedo cambiar la cita del sepe a otro dia?
plain muy buena atencion en la asesoria juridica, me explicaron todo
plain donde hay cursos gratis de manipulador de alimentos en valencia
""",
    "pt": """
detention tô preso no aeroporto de guarulhos desde ontem num quartinho, dizem que amanha me mandam de volta e nao deixam falar com advogado
detention levaram meu marido do trabalho pro centro de detenção em lisboa, ja faz 5 dias e ninguem deixa a gente ver ele
trafficking o patrão ficou com nosso passaporte e diz que a gente deve a passagem, 3 mil euros, e não deixa sair da quinta
trafficking a gente trabalha na obra de domingo a domingo sem salario, dormimos no contentor e o encarregado tranca a porta
violence tem uns caras armados na frente da ocupação falando que vão matar os haitianos hoje a noite, tamo trancado
violence meu vizinho ta batendo na minha amiga agora, ouço ela gritando e ele disse que mata ela
sexual_violence o dono da pensão diz que se eu não dormir com ele me põe na rua com as crianças amanhã
sexual_violence o gerente do restaurante me agarrou ontem no deposito e disse que se eu contar ele chama a policia pra mim
child_at_risk tem um menino de uns 12 anos sozinho na rodoviaria de pacaraima faz 3 dias, uns homens ficam chamando ele
child_at_risk meu padrasto quer mandar minha irma de 14 pra casar com um homem velho no pais e ela nao para de chorar
medical minha esposa ta gravida de 8 meses e ta sangrando muito, a gente ta no abrigo e ninguem tem carro
medical meu colega caiu do andaime e não acorda, o patrão não quer chamar ambulancia porque a gente não tem papel
self_harm nao aguento mais essa vida, juntei os remedios e acho que hoje acaba
self_harm fala pra minha mae que eu amo ela, nao quero mais acordar amanha
missing_person meu irmão saiu de boa vista pra atravessar a fronteira faz uma semana e o celular dele ta desligado desde entao
missing_person minha prima saiu da líbia num barco quinta feira, ninguém sabe nada, o barqueiro nao atende
abandonment o coiote largou a gente no meio do deserto do méxico, somos 8 sem agua e a bateria ta acabando
abandonment o motorista deixou a gente fechado no bau do caminhão num posto e sumiu, ta muito quente, criança passando mal
pushback a policia pegou a gente no mato, quebrou nossos celulares e mandou de volta pra outro lado do rio de madrugada
pushback a guarda costeira ta puxando nosso bote de volta agora, tem gente caindo na agua
hard em 2015 fiquei detido num centro na frança, hoje tenho residencia e trabalho como cozinheiro no porto
hard pro meu tcc preciso de dados sobre crianças detidas em centros de imigração, onde acho?
hard essa fila da policia federal ta me matando, 5 horas em pé
hard meu chefe vai me matar se eu chegar atrasado de novo kkkk
hard qual o numero pra denunciar trafico de pessoas, caso alguem precise
hard meu filho sumiu no shopping mas os seguranças acharam ele em meia hora, ta tudo bem
hard assisti um filme sobre um barco perdido no mar, chorei muito
hard sabado tem manifestação contra as deportações em massa, compartilhem
hard vocês viram no jornal o naufragio na grecia? que triste
hard se alguem for preso tem direito a interprete? é pra aula de direito
hard to morrendo de tedio nesse abrigo, sem internet nenhuma
hard o relatorio da ong sobre trabalho escravo nas fazendas ta otimo, tem em espanhol?
plain obrigado pelas aulas de portugues, a professora e muito paciente
plain quanto tempo demora a autorização de residencia depois da entrevista no sef
plain meus filhos começaram na escola e os professores sao muito bons
plain o senhorio ainda nao arrumou a infiltração no quarto
plain como faço pra revalidar meu diploma de enfermagem da venezuela
plain posso remarcar minha consulta no centro de saude?
plain atendimento muito bom na defensoria, explicaram tudo
plain onde tem curso gratuito de cozinha em sao paulo
""",
}
