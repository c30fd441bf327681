// Chapter three: the Troika. Spring 1936.
// From the first night after the coup to May Day: the three chairs, the
// Rykov story, Kamenev's resignation, the Chairman and Grand Marshal, Kirov's
// Congress, Bukharin's plan, the engineers, and the Party made a shell.
// Opens at troika_founding; hands on to prophet_arrival.

flag rykov_shot           // Rykov sentenced by the Military Collegium and shot (ch 3)
flag technocrats_raised   // the engineers given commissariats by competence (ch 3)
flag kamenev_stays        // Kamenev resigned before the plenum or on Frunze Street, and was never sent to Minusinsk
flag dual_train_stopped   // the Leningrad delegates' train was stopped at Bologoye (F2)
flag dual_bukharin_sent   // Bukharin followed the Leningrad delegates north on the night of the walkout (F2)
flag dual_went_alone      // you went into Leningrad alone, to Smolny, and left the orders unsigned (F2)
flag dual_shelled         // the heavy artillery shelled the Putilov works (F2)
flag dual_fleet_bought    // the Baltic Fleet was bought with an amnesty (F2)

=== troika_founding: The Kremlin, the Senate building, February 1936

{if coup_at_funeral: It is the evening of the fourteenth, and the telephones have not stopped since the square. | It is the evening of the eleventh, and the telephones have not stopped since four in the morning.} In the anteroom where Poskrebyshev kept the dead man's appointments, a lieutenant of the Proletarian Division sits at the bald secretary's desk and answers every call with the same sentence: the Marshal is in conference. The Marshal is not in conference. The Marshal is standing at a window with a glass of tea gone cold, watching the snow settle on the roof of the Arsenal. {if coup_tanks: Below, the last tank crew of the night is being relieved at the gate, and the snow is filling in its tracks. | Below, the courtyard is as empty as if nothing had ever happened in it.}

{if voroshilov_arrested: Somewhere under that roof Voroshilov is asking the sentries for his wife and a pencil. | {if seen(coup_voroshilov): Voroshilov is not under that roof, or under any roof you hold, and every ring of the telephone might be him. | Voroshilov is in his flat in the Kremlin under the polite guard of last night, which nobody has told what it is guarding, and every ring of the telephone might be him.}} {if clique_exiled: Molotov and Kaganovich are on a train beyond Yaroslavl with the blinds drawn, and the line to Siberia is long. | Molotov and Kaganovich are packing for a textile combine in Ivanovo and a railway depot in the Urals, and until their trains leave they are three streets away, on Granovsky Street, with their telephones.} {if yagoda_turned: Yagoda has sent over, unasked, a folder of every conversation held in this building since New Year. It is very thick. You leave it tied. | {if coup_nkvd_held: Agranov, who has had the Lubyanka for a night, has sent over a list of its departments and their chiefs, with his own name at the top. | From the Lubyanka there has been nothing at all, which is not the same thing as loyalty.}}

The corridor smells of floor wax, cold tobacco and the wet wool of the sentries' greatcoats. It smells, you think, exactly as it did {if coup_at_funeral: this morning | yesterday}, when other men owned it.

Two men are waiting for you in the Sovnarkom room, where Lenin chaired the Council under a clock that still keeps his time. Sergei Kirov {if coup_at_funeral: is still in the black of the funeral, and has not taken off his boots; | came down from Leningrad on the night train and has not taken off his boots;} he sits with his elbows on the green baize like a man at his own kitchen table. {if coup_at_funeral: He was on the tribune when it was done, and has not yet decided what he thinks of having been there. | {if seen(coup_kirov): He has not forgotten your call before dawn, and tells you so before you have sat down. | Nobody telephoned him before dawn, and he mentions it, lightly, twice.}} Nikolai Bukharin came from the Izvestia building with ink on his cuffs, and has already drawn three caricatures of the sentry on the back of an agenda. One of them is very good. {if fall_bukharin_sounded: He has been waiting for this room since you stood among his galleys on the night of the staircase. | {if seen(coup_bukharin): He has had since dawn to think about the page he printed for you, and has thought about little else. | Nobody asked him to anything until this afternoon, and he has noticed.}}

Yakir, who came up from Kiev for the Military Council a week ago and has not been allowed home since, stops you at the door. "The army did this, Mikhail Nikolayevich. Not Leningrad, not the newspapers{if yagoda_turned:, and not Yagoda, whatever he tells you}. Whatever you give them tonight, they will afterwards say they earned." Through the half-open door Kirov is laughing at one of Bukharin's drawings. They have already decided to be friends, those two. Which means they have already begun to count.

if army_loyalty > 75:
  set army_loyalty = (army_loyalty * 4 + 55) / 5
  The colonels in the corridor who marched for you are already asking one another what they marched for. A Marshal the army follows in the dark is a government by daylight, and a government is a thing officers grumble at.

if nkvd_loyalty < 20:
  set nkvd_loyalty = (nkvd_loyalty * 4 + 30) / 5
  The Lubyanka, which had every reason to fear you, has spent the day deciding to serve you instead. Its officers have been telephoning the Kremlin since noon with offers of help, a little too eagerly.

if standing_abroad < 20:
  set standing_abroad = (standing_abroad * 4 + 30) / 5
  The embassies, after a night of cabling the worst, have begun to cable the second thing diplomats cable, which is that the new men may be someone to deal with.

There are three chairs at the head of the table. The orderly who set them out has made the middle one a little higher, from habit.

* (equals) Have the middle chair cut down: a Troika of equals, three signatures on every decree -> troika_compact
  set troika_formed = true
  set kirov_trust %+ 20
  set bukharin_trust %+ 20
  set army_loyalty %- 10
  A carpenter is fetched from the Kremlin workshops and saws two inches off
  the legs of the middle chair without being told why. Kirov watches the
  saw with professional interest, like a man who has seen a good many
  things cut down to size; Bukharin applauds when it is done. For a moment
  the three of you sit level and nobody knows how to begin, which is
  perhaps what equality feels like.

  Yakir watches from the door, and says nothing, and goes downstairs. By
  midnight Frunze Street knows that the Marshal has shared the chair the
  army won for him with a newspaper editor and a provincial secretary, and
  Frunze Street has opinions about it.
* (first_chair) Leave the chairs as they stand, and offer them the places either side of you -> troika_compact
  set army_loyalty %+ 10
  set kirov_trust %- 10
  set bukharin_trust %- 10
  You take the middle chair. Kirov takes the one on your right without
  being asked, Bukharin the one on your left after a glance at its legs.
  Nobody mentions the difference in height. Everybody has seen it, and so
  has Yakir, who goes downstairs to tell Frunze Street that the chair is
  the army's.

=== troika_compact: The Kremlin, the Sovnarkom room, the same night

Pravda has telephoned twice. Its acting editor, who has held the post since {if coup_at_funeral: Mekhlis failed to come back from the funeral, | Mekhlis was led out of Poskrebyshev's anteroom this morning,} would like to know what to print. The presses start at one. {if seen(coup_bukharin): Izvestia, at least, had its page this morning; Pravda has had nothing but the weather. | Neither newspaper has printed a word of its own since the staircase.} {if coup_at_funeral: Half Moscow saw the army take the tribune, and the other half has heard it described; nobody has been told what it meant, and a country that is not told something will tell itself. | The country has been told that Comrade Stalin is dead; it has not been told what happened after, and a country that is not told something will tell itself.}

Kirov has a name ready. "Rykov." He lays it on the baize like a card. "People's Commissar of Communications. Every wire in the Union runs through his building. A conspiracy in the nomenklatura to purge the Marshal, sell half of Europe and strangle the revolution in its bed. The army found it out and struck first. People will believe it, because they will want to." {if clique_exiled: He taps the card. "The Siberian train is already a story. We need a villain who is still here to be hated." | He taps the card. "Molotov and the rest are packing for Ivanovo. Nobody hates a man who is packing."}

Bukharin has stopped drawing. In 1928, when Bukharin had Pravda, Rykov had the government; when they lost, they lost together, and Rykov stood beside him at every plenum, stammering, after it had stopped being any use. "Alexei Ivanovich drinks too much and is afraid of his own telephone," Bukharin says. "He could not conspire to buy a tram ticket." {if troika_formed: His signature is one of three on everything now, and he means to use it. | He has no signature to use, and so he uses his voice.} He looks at you, not at Kirov. "Tell them the truth. A fall on a staircase. A vacuum. {if coup_at_funeral: An army that waited four days, and then would not wait any longer." | An army that would not wait for Molotov."}

There is a third way, and Kirov sees you weighing it: the dead man's own Secretariat, the keepers of lists. It has the merit of being partly true. It has the drawback that Kirov sat on the same Politburo as the men it names. {if voroshilov_arrested: One of them is under guard in this building, which makes him an easy man to blame and a hard one to forget.} {if fall_folder_kept: It has, besides, a proof: Yezhov's red folder, in your safe on Frunze Street, with the Boss's pencil in its margin.}

* Print the Rykov conspiracy: the nomenklatura plotted, and the army saved the revolution -> troika_rykov
  set rykov_story = true
  set legitimacy %+ 15
  set bukharin_trust %- 20
  set party_strength %- 10
  Kirov dictates the first paragraph to Pravda himself, standing, with the
  receiver held a little away from his ear as if it might bite. Bukharin
  gets up while he is still dictating. He does not say anything. He goes
  out, and closes the door behind him very quietly, which is worse than if
  he had slammed it, and you hear his steps go all the way down the
  corridor and not come back.

  The story is on the street by six. It is a good story. It has a villain
  everybody has heard of and nobody fears, and by the afternoon people in
  the queues are telling one another that they always thought Rykov
  drank for a reason.
* (clique_blamed) Blame the dead man's own Secretariat: Molotov, Kaganovich and their lists -> troika_kamenev
  set legitimacy %+ 7
  set party_strength %- 20
  set kirov_trust %- 10
  Pravda prints it under the heading THE LISTS, with the names of the men
  who kept them. It is true enough to be believed and late enough to be
  safe, and every Party secretary in the country reads it as a warning
  about lists in general. Kirov reads it at breakfast, and asks you, quite
  mildly, whether his own name was ever on the Secretariat's books, and
  whether you looked.
* (plain_facts) Print the plain facts: a fall, a vacuum, an army that would not wait -> troika_kamenev
  set bukharin_trust %+ 10
  set standing_abroad += 5
  set party_strength %+ 10
  Bukharin writes it himself, in an hour, four hundred words without an
  adjective in them, and Pravda prints it on page one as though it were
  embarrassed. The foreign correspondents, who had their cables about a
  conspiracy half written, tear them up. The Party secretaries read it
  twice, looking for the place where they are blamed, and do not find it,
  and begin to breathe again.
if fall_letter:
  * (letter_printed) Print the letter you wrote on the night: the army asked for a plenum, not for power -> troika_kamenev
    set legitimacy %+ 15
    set party_strength %+ 10
    set army_loyalty %- 10
    Pravda prints it in facsimile, in your own hand, with the crossings-out
    of the first draft left in because Bukharin says they are the best
    part. "The army does not ask for power. It asks for a plenum." By noon
    the sentence is on the walls of the Moscow University, chalked by
    students who have never before written anything on a wall but their
    names. The Party reads the same sentence and sends you the bill: a
    plenum, then, and soon. The colonels on Frunze Street read it too, and
    some of them would have preferred you to ask for power.

=== troika_rykov: The Central Telegraph, Gorky Street, February 1936

A lit globe turns all night over the door, and under it the People's Commissariat of Communications goes about its business as if nothing had happened: forms, queues, the chatter of the Baudot machines on the second floor. Alexei Rykov receives you in an office with a portrait of Lenin on the wall and, beside it, a pale oblong where another portrait hung until yesterday.

He has read Pravda. He has read it several times; it lies on the desk folded to the column that makes him the most dangerous man in the Soviet Union. "I s-see I have been busy," he says. The stammer is worse than you remember. There is a glass on the blotter, and a bottle of the weak thirty-degree vodka the whole country called rykovka in 1924, because he was the Chairman who gave it back to them.

"Kolya came to see me last night," he says. "He cried. I told him not to, it makes his nose red. You want something from me, Marshal. A confession, a trial or a silence. I have been in this Party since 1899. I know the menu."

{if yagoda_turned: Yagoda's men are already in the corridor, with a typist and their own paper. They have done this before. | There is nobody from the Lubyanka in the corridor. If there is to be a confession, someone will have to be found to write it.} {if troika_formed: Under the rule you made on the first night, Bukharin's signature is needed on whatever you decide. He will give it. He will not forget giving it. | Bukharin has no signature to withhold. He will hear what you decided before your car reaches the Kremlin.}

* (confession) Let Yagoda's men take down his confession, and keep him alive to repeat it -> troika_kamenev
  if yagoda_turned else "Without Yagoda, the Lubyanka writes no confessions for you."
  set nkvd_loyalty += 5
  set bukharin_trust %- 20
  set legitimacy %+ 7
  The typist is a woman of fifty in a grey cardigan who has taken down a
  great many confessions and types them at the speed of speech. Rykov
  dictates his own. Nobody has to tell him the words; he has read them in
  the newspapers for eight years, in other men's names, and he knows the
  grammar. I, Rykov, Alexei Ivanovich. In the years 1934 and 1935. A group
  of persons in the apparatus. The Marshal, whom we intended. He stammers
  on the hard consonants, and the typist waits for him each time with her
  hands lifted over the keys, and does not type the stammer.

  When it is done he reads it through and corrects two dates, because they
  were wrong, and signs each page at the foot, small, like a man
  initialling a receipt. Then he pours himself a glass of the weak vodka
  and drinks it, and pours another for you, and you do not drink it.

  "I shall say it again whenever you like," he says. "At a trial. On the
  radio. It is not difficult. It is only words, and I have been saying
  words since 1899." He looks at the pale oblong on the wall. "Tell Kolya
  it was my idea. He will not believe it, but tell him."

  You tell him. Bukharin does not believe it.
* (collegium) Send him before the Military Collegium. The story needs a sentence, and you will sign it -> troika_kamenev
  set rykov_shot = true
  set executions += 1
  set army_loyalty %+ 10
  set kirov_trust %+ 10
  set bukharin_trust %- 30
  set standing_abroad %- 10
  The Military Collegium sits on Tuesday afternoon, in the building on
  Nikolskaya Street, in a room with a portrait of Lenin and three chairs
  behind a table covered in red cloth. Rykov is brought in at two. He has
  shaved and put on a clean collar, and he stands when he is told to stand
  and sits when he is told to sit, and he answers the questions in the
  order they are asked, stammering, as a man answers questions at a
  medical board. He does not deny anything. He does not admit anything
  either. He seems to feel that neither would be polite.

  It takes an hour and ten minutes. The sentence comes to you at Frunze
  Street at a quarter to four, on a single sheet, with the Collegium's
  three signatures and a space under them for a fourth, because that is
  the rule of the new order{if executions > 1:, and you made it the night you signed Yezhov's}. The space is exactly
  the width of your name.

  You sign it at your desk, standing up, with your greatcoat still on. It
  is carried out at eleven the same night, in the Lubyanka's yard, and
  Bukharin, who is told at midnight by a friend at the Collegium, goes to
  Rykov's flat and sits with his widow until it is
  light, and does not telephone you, then or for a long time afterwards.
* (pension) Let him retire: a pension, a dacha, no visitors and no newspapers -> troika_kamenev
  if legitimacy >= 15 else "The story is too young to survive a conspirator growing cucumbers."
  set bukharin_trust %+ 20
  set party_strength %+ 10
  set legitimacy %- 10
  "Cucumbers," Rykov says, when you have told him. "I always thought I
  should grow cucumbers." He is given a dacha at Kratovo on the Kazan line,
  with a garden, a guard at the gate and no telephone, and he goes there
  the same evening in a closed car with one suitcase. The conspirator of
  the century, said Pravda this morning; tonight he is watering his
  seedlings. People will notice. Bukharin notices too, and comes to thank
  you, awkwardly, at the door of your office, and will not come in.

=== troika_kamenev: The Kremlin, the Senate building, 2 March 1936
-> troika_kamenev_defiant if not rykov_story and party_strength >= 50 and not seen(troika_kamenev_defiant)

Lev Kamenev is fifty-two and looks seventy. The dead man brought him back last year as a deputy chairman of the Council of People's Commissars, to show the Party how forgiving he could be, and gave him an office with no telephone worth the name. {if coup_at_funeral: On the afternoon of the funeral, with Molotov under guard in an anteroom, | On the night of the tenth, with Molotov under guard in an anteroom,} the rule book made him acting Chairman, and for three weeks he has signed whatever you sent him. Before all that he ran the Academia house and wrote a preface to Machiavelli, and he has the air of a man who has lately had occasion to reread it. {if clique_exiled: The Siberian train has taught him the rest. | The men sent to the textile combines have taught him that one may survive this government, if one is quick.} He holds his statement in both hands, as if it might be taken from him.

{if seen(troika_kamenev_defiant): Bukharin spent three hours with him last night in a flat on the Arbat and came out grey, with the text in his pocket. Kamenev does not look at you when you take it. He looks at the window, as men do in this building. | He offers it before he sits down. He has read the room correctly; he has been reading rooms like this since Lenin was alive.}

{if seen(troika_kamenev_defiant): It is the text he meant to read in Sverdlov Hall, word for word, except that it is addressed now to the Council of People's Commissars, and will be printed rather than read aloud. | The text is short. He had no knowledge of the events of that {if coup_at_funeral: afternoon | night}. It was a tremendous failure on his part not to have been able to stop them.} He resigns the chairmanship, and asks leave to retire from public life. {if rykov_story: It is beautifully made. Every reader will decide for himself whether what Kamenev failed to stop was Rykov's conspiracy or your divisions, and every reader will be right. | It is beautifully made, and it tells no lies at all. That is what makes it dangerous.} {if rykov_shot: He does not mention Rykov. He knows what the Military Collegium did on Tuesday, and he has left a space in the statement exactly the size of it.}

"There is a town on the upper Yenisei," he says. "Minusinsk. The Tsar sent Ilyich to that district once; it did him no harm. I should like to go somewhere with a library and no telephone." He takes off his glasses. "You will have me watched, of course. I only ask to know by whom. It is easier to be polite to them if one knows."

+ (nkvd_watch) Minusinsk, and the NKVD to watch him -> troika_chairman
  set nkvd_loyalty += 5
  set bukharin_trust %- 10
  He nods, as if you had named a hotel. The NKVD sends two men in civilian
  coats to the Yaroslavsky station, and they sit opposite him in the
  compartment all the way to Krasnoyarsk, five days, and play draughts
  with him, and lose. The Lubyanka is glad of the work. Bukharin, who went
  to see him off, is not glad to see who sits opposite.
* (army_watch) Minusinsk, and the army's own Fourth Directorate to watch him -> troika_chairman
  set nkvd_loyalty %- 10
  set party_strength %- 10
  The Fourth Directorate, which has never watched anybody who was not a
  foreigner, sends a captain who speaks four languages and has read
  Kamenev's Machiavelli preface, and they get on very well across the
  Urals. The Lubyanka learns that the army now keeps its own watchers,
  and takes it personally; the Party learns that a member of Lenin's
  Politburo has gone east in the custody of soldiers, and takes it worse.
* (kamenev_letter) Minusinsk, watched, but with a letter: the Congress of Soviets may call on him for counsel -> troika_chairman
  set legitimacy %+ 7
  set bukharin_trust %+ 10
  set standing_abroad += 5
  set kirov_trust %- 10
  You write the letter in your own hand on the Council's paper, and he
  reads it twice and puts it in his breast pocket, and for a moment looks
  like a man who has been given his name back. The Manchester Guardian's
  man in Moscow hears of it and writes that the new regime consults its
  predecessors instead of shooting them, which is read in London with
  interest. Kirov hears of it too, and asks why his Congress is being
  offered a counsellor he did not ask for.

=== troika_kamenev_defiant: The Kremlin, the Senate building, 1 March 1936

Kamenev will not go quietly, and the reason is on your desk: a list of eighty-one members of the Central Committee and candidates, still alive, still in Moscow, still in their flats on Granovsky Street and the Embankment, who have not been told by anybody that they no longer matter. {if clique_exiled: The exiles on the Siberian train frightened them for a day. Then they counted how many of them were left, and stopped being frightened. | The men you retired instead of exiling have been dining with them every night.} Nobody has accused the Party of anything. So the Party has concluded that it is still the Party.

Kamenev, who has been acting Chairman of the Council since {if coup_at_funeral: the afternoon | the night} Molotov was led away, has written a statement, and intends to read it himself to a plenum of the Central Committee. He had no knowledge of the events of that {if coup_at_funeral: afternoon | night}. It was a tremendous failure on his part not to have been able to stop them. Read aloud in Sverdlov Hall, to a room of men who were not consulted either, the word "stop" will sound like an instruction.

Bukharin, who has known him since before the revolution, says Kamenev can be talked to. "He is not brave, Mikhail Nikolayevich. He is only tired of being frightened. There is a difference, and one can work in it."

* (let_read) Let him read it to the plenum. Let the Party hear its own weakness in his voice -> troika_chairman
  if legitimacy >= 15 else "The regime is too young to be lectured in its own hall."
  set kamenev_stays = true
  set legitimacy %- 10
  set party_strength %+ 10
  set standing_abroad += 5
  set bukharin_trust %+ 10
  He reads it on the first of March in Sverdlov Hall, to the eighty-one and
  as many more as could find a seat, in the dry lecturer's voice that used
  to read Lenin's articles to the Moscow Soviet. He does not raise it once.
  He does not need to. When he comes to the sentence about the tremendous
  failure not to have been able to stop them, he pauses, exactly as long as
  a man pauses to turn a page, and there is no page to turn.

  Stop. The word goes round the hall like a draught under a door. Nobody
  applauds; nobody is so foolish. But when he has finished and folded the
  paper, eighty men in that hall have heard a member of Lenin's Politburo
  say aloud that somebody ought to have stopped you, and not one of them
  was arrested for hearing it.

  He resigns the chairmanship at the end of it, as he said he would, and
  goes home to his flat on the Arbat in an ordinary taxi. The foreign
  papers print the speech in full. The Party, which has just heard its own
  weakness read aloud, finds, to its surprise, that it feels stronger for
  the reading.
+ (rewrite) Have the statement rewritten on Frunze Street, and have him sign it there -> troika_chairman
  set kamenev_stays = true
  set legitimacy %+ 7
  set party_strength %- 10
  set bukharin_trust %- 10
  He is brought to Frunze Street at ten at night and given a chair in the
  jurists' office, where a major rewrites his statement in front of him,
  taking out the word "stop" and putting in "regret". Kamenev reads the new
  text and signs it without comment. "It is better written," he says,
  which is not true, and goes home to the Arbat with his hat in his hand.
* Send Bukharin to talk to him tonight -> troika_kamenev
  set bukharin_trust %+ 10
  Bukharin goes at nine, on foot, because it is only the Arbat, with a
  bottle of Georgian wine in his coat pocket, and does not come back until
  past midnight.

=== troika_chairman: The Kremlin, Sverdlov Hall, 5 March 1936

The white dome of Sverdlov Hall holds the cold like a church. Kalinin presides, as he has presided over everything since 1919, with the patient beard of the All-Union Elder and the eyes of a peasant watching weather. {if clique_exiled: The seats of the men on the Siberian train have been given to officers. | The seats of the men sent to Ivanovo and the Urals stand empty, by somebody's tact.} Below him sit the members of the Central Executive Committee who could be found and brought, {if kamenev_stays: and, in the third row, Kamenev, a private citizen now, with his hat on his knee,} and a good many officers in the gallery who were not invited and were not refused.

Bukharin rises to move your name. {if troika_formed: He does it well, as agreed, with a joke about Bonaparte that makes the hall laugh and takes the word away from anyone who meant to use it. | He reads the motion from a typed sheet, like a man reading a receipt, and sits down before the applause begins.} Chairman of the Council of People's Commissars, in place of Comrade Kamenev, retired for reasons of health. And, by a second motion that nobody remembers drafting, the rank of Grand Marshal of the Red Army, which no man has held because it did not exist until this morning.

Kirov leans across during the vote. "They will put it on the stamps," he says. "Make sure they put your face the right way round. The last man had a good side and they always found it." {if voroshilov_arrested: Voroshilov's chair at the Commissariat of Defence stands empty on Frunze Street. Everyone in the hall knows it, and knows who could fill it with a nod. | Voroshilov's chair at the Commissariat of Defence is not empty, whatever else it is, and the gallery watches you not look at it.}

* (grand_rank) Take the chair and the new rank, with the baton, the parade and the newsreel -> troika_rhineland
  set army_loyalty %+ 10
  set standing_abroad %- 10
  The baton is made in a week by the jewellers of the Kremlin Armoury: red
  enamel, gold stars, your name on the ferrule. The newsreel shows you
  receiving it from Kalinin under the white dome, and the officers in the
  cinemas of every garrison town whistle and stamp. In Paris, Le Temps
  prints the still beside a photograph of Napoleon receiving something
  similar in 1804, and does not trouble to write a caption.
* (modest_rank) Take the chair; let the rank be one line in the decree and nothing more -> troika_rhineland
  set legitimacy %+ 7
  set kirov_trust %+ 10
  set standing_abroad += 5
  set army_loyalty %- 10
  The rank goes into the decree as the seventh paragraph, after the
  arrangements for the Council's secretariat, and Izvestia prints it in
  small type. Kirov notices, and so do the foreign correspondents, who
  report that the Soviet Napoleon has declined his coronation. The officers
  notice too. Some of them had been looking forward to the coronation.
* (defence_too) Take the Commissariat of Defence as well, and sign its orders yourself -> troika_rhineland
  if voroshilov_arrested else "Voroshilov's chair is not yet yours to take."
  set army_loyalty %+ 10
  set kirov_trust %- 10
  set bukharin_trust %- 10
  set standing_abroad %- 10
  You move into Voroshilov's office on the floor above your own the same
  afternoon. The painting of the First Cavalry coming over a hill goes to
  the Red Army museum; the carpet stays. The first order of the day you
  sign as People's Commissar is on the winter issue of felt boots, and the
  army reads it as a sign that the man at the top knows what felt boots
  are. Kirov and Bukharin read it as a sign that the Chairman of the
  Council now countersigns himself.

=== troika_rhineland: The Commissariat of Defence, Frunze Street, 7 March 1936

The dispatch from Berlin comes in at eleven. At dawn three German battalions marched over the Rhine bridges into the demilitarised zone, with bands. The French have held a cabinet meeting. The French are holding another. {if voroshilov_arrested: It is the first foreign crisis in ten years about which nobody will telephone Voroshilov. | Voroshilov, wherever he is, will have heard it on the wireless, and will be waiting to be asked.} Litvinov telephones to say that Paris ratified its pact with Moscow a fortnight after you took the Kremlin, and would now like to know what exactly it has signed with.

In the long room on Frunze Street the General Staff reads the dispatch and then looks at you{if seen(troika_chairman.grand_rank):, and at the new baton lying on the table at your elbow}. Yegorov says what all of them think: that you wrote in Pravda a year ago what Germany was preparing, and were called an alarmist for it, and here it is. {if voroshilov_arrested: Nobody at the table mentions that the man who called you an alarmist is in a cell. | Nobody at the table mentions that the man who called you an alarmist is still a Marshal of the Soviet Union.} Uborevich, who spent a year at the German staff academy and came back with excellent boots and no illusions, says that the Wehrmacht, which has had that name for less than a year and its conscripts for less than that, will not wait for the Soviet government to finish its arrangements.

Gamarnik, in his black beard, has brought a draft. The Red Army is to be proclaimed, in so many words, the vanguard of the revolution. And with the words, the means: the civilian intelligence services, the institutes, the frontier troops, the police, folded into their military equivalents under one command. "One country, one front," he says. "If the Germans are going to be in a hurry, so must we." {if coup_nkvd_held: Agranov has seen the draft already: Gamarnik showed it to him as a courtesy, and Agranov said nothing, as a policy. | Nobody has shown it to the Lubyanka, and the Lubyanka knows what is in it.}

{if yagoda_turned: Yagoda, who has done everything you asked, will take it as a reward of the kind that gets men shot. | {if coup_nkvd_held: Agranov, who has held the Lubyanka for you since the night and put Yagoda in its basement, will take it as the bill. | The Lubyanka, which did not lift a finger for you, will take it as the bill.}} {if nkvd_loyalty >= 40: The Lubyanka's officers have been helpful these last weeks. Helpful men expect to be kept. | The Lubyanka's officers have been correct these last weeks, and not one degree warmer.}

* Fold the NKVD into the army: frontier troops, prisons, files and all -> troika_desk
  set nkvd_absorbed = true
  set army_loyalty %+ 15
  set nkvd_loyalty %- 30
  set standing_abroad %- 10
  The decree is three pages long and takes a month to carry out. The
  frontier troops change their green caps for the army's khaki, grumbling,
  and keep their dogs. The Dzerzhinsky Division becomes a division of the
  Moscow district, and its officers are made to sit the General Staff's
  examinations, which half of them fail. The prisons pass to the military
  procuracy with their inmates, and the inmates are counted, for the first
  time in years, by men who did not put them there.

  The files come last. They go from the Lubyanka to Frunze Street in forty
  lorries over three nights, under canvas, with a lieutenant of the
  Proletarian Division in each cab and a Chekist in the back with the
  boxes, because nobody else knows the order they go in. Some are from
  the Okhrana and have the Tsar's eagle on them. The lieutenant in the last
  lorry reports that his Chekist wept all the way down the Myasnitskaya.

  The army has its security directorate, and the best files in the world,
  and it likes both. The Lubyanka, what is left of it, has a building, a
  name over the door and nothing else, and it knows whom to thank. In the
  legations they draw the obvious conclusion: the Red Army is now also
  the police.
* (take_intelligence) Take the foreign intelligence and the code-breakers; leave the rest where it is -> troika_desk
  set intelligence_taken = true
  set army_loyalty %+ 10
  set nkvd_loyalty %- 10
  The Foreign Department moves across Moscow in two buses on a Sunday
  morning, with its card indexes on its knees; the code-breakers of the
  Special Department follow on Monday with their machines under blankets.
  Slutsky, who runs the foreign work, shakes your hand and asks whether
  the army will pay his people in Paris on time. The rest of the Lubyanka
  watches them go from the windows.
* (lubyanka_left) Leave the Lubyanka alone for now, and let it know you have left it alone -> troika_desk
  set nkvd_loyalty %+ 20
  set army_loyalty %- 10
  Gamarnik's draft goes back to him with one line across the top in your
  hand: not this year. The Lubyanka hears of it within the hour, because
  the Lubyanka hears of everything, and the next morning a bouquet of
  hothouse carnations arrives at the Senate building with no card. The
  General Staff hears of it too, and wonders aloud whom the Marshal is
  saving the police for.

=== troika_desk: The Kremlin, the Senate building, spring 1936

{sequence: The thaw comes in a night. By morning the Kremlin is all dripping cornices and the sound of shovels, and three files lie on your desk, each tied with tape of a different colour. {if nkvd_absorbed: Across the city the Lubyanka's lorries are still going down the Myasnitskaya under canvas. | {if intelligence_taken: The foreign department has finished moving in on the floor below and wants more telephones. | The Lubyanka's carnations are still on the windowsill, browning at the edges.}} | The second file waits where you left it. Outside, the sentries have changed into summer caps a fortnight early, on nobody's order, and nobody has told them to change back. | The last file has been moved to the middle of the blotter by a hand that is not yours. Your adjutant says it was the draught. | The desk is clear. It is the first time it has been clear since the staircase.}

{if seen(troika_congress) or seen(troika_congress_cold): {sequence: | Kirov's Congress has sat and risen. | Kirov's Congress has gone home and left its minutes, which are long. | The Congress's minutes have come back from the printers.} | {sequence: Red tape for Kirov's Congress of Soviets, which meets in the Great Kremlin Palace and expects to elect him. | The red tape is still tied: Kirov's Congress, which has begun without you. | Kirov's file is still in its red tape, and his Congress is in its third day.}} {if seen(troika_plan): {sequence: | Bukharin's plan has your signature on it. | Bukharin's plan has gone to the printers with your signature on it. | Gosplan has sent round the first figures of Bukharin's plan.} | {sequence: Blue tape for Bukharin at Gosplan, who has been given the economy and a very small office. | The blue tape is still tied: Bukharin, at Gosplan, is counting without you. | Bukharin's file has lain in its blue tape for a week, and he has telephoned twice to ask after it.}} {if seen(troika_technocrats): {sequence: | The engineers have had their answer. | The engineers have gone back to their blast furnaces with your answer. | Nogin Square has sent its thanks, in figures.} | {sequence: Black tape for a petition from the engineers of Nogin Square, signed by two hundred men who would rather be asked what they think than what they believe. | The engineers' petition is still in its black tape. | The engineers have sent a second copy of their petition, in case the first was lost.}} {if visits(troika_desk) == 1: {if troika_formed: Each file has three initials on its cover, as your rule of three requires. | Each file has your initials on its cover, and nobody else's.}}

{once: Under the files, as every morning, the dispatches: the wheat in the Kuban, a strike in Lille, a report that the American party has declared for you, and a note from Litvinov asking, yet again, to be told the government's foreign policy. {if intelligence_taken: On top lies the first digest from the foreign department, which belongs to the army now and has learned to write short sentences.} | This morning's dispatches are the sowing in the Ukraine, a week behind the plan, a speech of Blum's on the eve of the French elections that mentions you twice, and a request from the Bolshoi for the Grand Marshal's box on Thursday. | In the dispatches, a letter from Shostakovich, thanking you for nothing in particular, which means a great deal.}

* Go to the Great Kremlin Palace, where Kirov is being elected -> troika_congress
* Drive to Gosplan, where Bukharin is counting -> troika_plan
* Receive the engineers from Nogin Square -> troika_technocrats
* (skip_engineers) Leave the engineers' petition unanswered, and call the constitutional commission -> troika_constitution
  if (seen(troika_congress) or seen(troika_congress_cold)) and seen(troika_plan) and not seen(troika_technocrats)
otherwise -> troika_constitution

=== troika_congress: The Great Kremlin Palace, April 1936
-> troika_congress_cold if kirov_trust < 40

The Extraordinary Congress of Soviets fills the long white hall that was two throne rooms until the builders knocked them into one. Two thousand delegates in tunics and embroidered shirts and the odd Kazakh robe, and in the second row a delegation of milkmaids from Kostroma who have been told to clap at the right moments and are doing it beautifully. {if troika_formed: They have been told that the country is governed by three signatures, and several of them have brought box cameras to photograph the three.}

Kalinin proposes Kirov for the chair and steps aside with visible relief, an old man put down from a heavy horse. {if voroshilov_arrested: Budyonny's cavalrymen among the delegates, who have not forgotten whose cell their patron is in, applaud only when their neighbours look at them. | Budyonny, in the front row with his moustache waxed for the occasion, applauds louder than anyone.} The vote is by acclamation. Within the hour the commissions have chairmen, and the chairmen are Leningrad men: Chudov, Kodatsky, the smooth young secretaries of the Vyborg side, with their Leningrad haircuts and their Leningrad habit of finishing the business before Moscow has read it.

Uborevich, beside you in the box, has brought Pravda's bound volumes for 1934, because he is a thorough man, and has marked them with paper slips. "He says it himself: a provincial secretary with a good voice, next to Postyshev in the newspapers. He was right. He was." He closes the volume. "The legend is being made now, in this hall, and we are the ones making it. When they write his life, they will say he was always this tall." {if troika_formed: Kirov is your partner by your own rule, and he is making himself taller with every vote. | Kirov is your junior, and he is making himself taller with every vote.}

Kirov finds you in the interval, sweating, delighted. "You gave me a Congress," he says. "What do you want me to do with it?"

+ (kirov_free) Tell him to run it his own way -> troika_desk
  set kirov_trust %+ 20
  set legitimacy %+ 7
  set party_strength %+ 10
  He looks at you for a moment as if to make sure you heard yourself.
  Then he grins, and claps you on the shoulder, and goes back into the hall
  at a half run, like a man going back on to a football pitch. By the
  evening the Congress has a standing order, a budget commission and a
  habit of applauding him, and the Party secretaries among the delegates
  have remembered that they know how to run a meeting.
* (army_bloc) Seat a bloc of army deputies on every commission
  if legitimacy >= 15 else "The Congress would walk out, and the country would see it walk."
  set army_loyalty %+ 10
  set kirov_trust %- 20
  set legitimacy %- 10
  Kirov hears you out, and nods, and says that he will put it to the
  Congress, as is proper; and he does, that afternoon, in two sentences
  and without a word of his own. The Congress votes it down by eleven
  hundred to six hundred. The Leningrad benches do not cheer. They do not
  need to. The six hundred are mostly men in uniform, and everyone in the
  hall can count.

  Kirov comes to your box in the interval with the figures on a slip of
  paper. "I did what you asked," he says. "I asked them. That is the
  answer."
  * (bloc_dropped) Let the vote stand. The Congress has spoken, and you asked it to -> troika_desk
    "Then it stands," you say, and he looks at you with something that is
    almost respect. The army deputies go back to their districts. Some of
    them will say that the Marshal lost a vote, which is true; some that he
    kept his word, which is also true, and Kirov will tell everyone the
    second.
  * (bloc_forced) Seat them by decree. A Congress that the army made can make room for it -> dual_walkout
    if army_loyalty >= 62 and kirov_trust < 40 else "Neither the army nor Kirov is ready for that quarrel yet."
    set army_loyalty %+ 10
    set legitimacy %- 10
    The decree is read from the praesidium at five o'clock by a major of
    the military procuracy, because nobody else will read it. Kirov listens
    with his arms folded, standing at the end of the praesidium table. When
    the major has finished, Kirov does not say anything at all. He picks up
    his papers, and his pen, and his cap, and walks down the steps of the
    praesidium into the hall.
* (open_votes) Ask him for a real chamber: open debate, recorded votes, the minutes printed -> troika_desk
  if kirov_trust >= 50 else "Kirov does not trust you enough to share a real parliament with you."
  set legitimacy %+ 15
  set kirov_trust %+ 10
  set party_strength %+ 10
  set standing_abroad += 5
  set army_loyalty %- 10
  "Recorded votes," he says slowly. "With names." He is a Party man; he has
  never in his life seen a recorded vote with names that did not end with
  somebody's name on a list. But he takes the paper, and that evening the
  Congress votes by roll call on its own standing orders, two thousand
  names read out one by one, until past midnight, and nobody leaves. The
  minutes are in Izvestia on Thursday, eleven pages of them, and they sell
  out. The General Staff reads them too, and wonders how long it will be
  before the chamber votes by roll call on the army's budget.

=== troika_congress_cold: The Great Kremlin Palace, April 1936

Kirov is elected Chairman of the Congress of Soviets by acclamation, in the long white hall, and thanks the delegates in a speech that mentions Lenin eleven times, the Leningrad proletariat six times and you once, in the passive voice. By the evening the commissions belong to his Leningrad men, and the drafts of the session's laws are being typed on Smolny typewriters that came down on the night train with him.

He does not come to your box in the interval. He sends Chudov, who is polite in the way of a man delivering a summons. {if seen(troika_plan): The Leningrad men have read what you did at Gosplan, and they have drawn their conclusions about how you treat partners. | The Leningrad men have drawn their conclusions about how you treat partners.}

Yakir, who is in Moscow for the session, watches the Leningrad secretaries working the aisles. "He has learned," Yakir says, "from the man who taught all of them. First the commissions, then the lists, then the hall. In three years you will need his permission to be applauded."

* (kirov_visit) Go to Kirov's rooms tonight, alone, without your adjutant -> troika_desk
  set kirov_trust %+ 25
  set army_loyalty %- 10
  He has rooms at the Hotel National, on the third floor, with a view of
  the Manezh and a bath he has not had time to use. You go up at eleven,
  alone, on foot from the Kremlin across the square, and the Leningrad man
  on the landing is so surprised that he forgets to ask your name.

  Kirov is in his shirtsleeves, with a glass of tea and the session's
  papers spread over the bed. He does not get up. "Have you come to arrest
  me," he says, "or to apologise? I warn you, I have no idea how to
  receive either."

  Neither, you say. You have come because you do not know how to do this,
  and he does.

  He looks at you for a long time. Then he moves the papers off the end of
  the bed, and you sit, and he pours you tea from the hotel's samovar, and
  for two hours the Grand Marshal of the Red Army is taught how a Congress
  works by a man who learnt it in Tomsk, at factory gates and in the prison
  there. Who must be seen, and in what order. Which commission chairman
  drinks, and which prays. How a vote is lost in the corridor a week before
  it is lost in the hall. He is a good teacher; he has always liked to be
  listened to, and you listen.

  At one o'clock he walks you to the lift. "You should not have come
  alone," he says. "It was stupid. Do it again." By the morning it is known
  in both the Leningrad delegation and the General Staff that the Marshal
  went to Kirov's hotel at night without an escort, and the two receive
  the news in opposite ways.
+ (kirov_left) Let him have his Congress. You have the divisions -> troika_desk
  set army_loyalty %+ 10
  set kirov_trust %- 10
  set party_strength %+ 10
  You send Chudov back with a polite message about the press of business.
  The Congress sits for nine more days, and passes everything the Leningrad
  men have typed, and you do not go again. Frunze Street approves. So do
  the Party secretaries in the hall, who find they have more in common with
  Kirov than they had supposed.
* (dissolve) Have the Congress dissolved, and the Leningrad delegates sent home -> dual_walkout
  if army_loyalty >= 60 else "You have not the divisions to dissolve a Congress with."
  set legitimacy %- 15
  set army_loyalty %+ 10
  The decree takes eleven lines. A major of the military procuracy reads
  it from the praesidium in the middle of the afternoon session, while
  Kirov is speaking: the Extraordinary Congress of Soviets, having
  completed its business, is dissolved, and the delegates are thanked.
  There is a silence in the long white hall of the kind that comes before
  weather.

=== troika_plan: Gosplan, Okhotny Ryad, April 1936

The new building on Okhotny Ryad was put up for the Council of Labour and Defence and still smells of wet plaster and mastic. Bukharin has an office on the fourth floor{if seen(coup_bukharin.plan) or seen(fall_bukharin.economy):, which is what the economy you promised him has turned out to be in bricks and mortar}, the size of a railway compartment, with a view of the back of the Moscow Hotel and one of Mezhlauk's wall charts, on which the second Five-Year Plan climbs steeply to the right like a man running from something.

On the desk lies Kirov's memorandum: one commissariat for all distribution, one ledger for all grain, the collective farm markets folded into the state trade network and the prices fixed from Moscow. {if troika_formed: Bukharin may refuse to carry it out; he has a signature of his own. He would rather you refused it for him. | Bukharin is a commissar for planning in a government he did not choose. He has been told to carry it out, and he has read it four times looking for the place where it fails.}

{if rykov_shot: Rykov's name is not spoken. The chair by the window, where a deputy would sit, has nobody in it.} "In 1928 we lost with good arguments," he says. "I have been given a second chance to lose with them, in a smaller office." He turns a pencil over. "Two soldiers in three in your army are peasants' sons. Every letter from home that mentions the collective farm is read aloud in the barracks; ask your commissars what the letters say. And you know what the countryside thinks of the army, Mikhail Nikolayevich. You were at Tambov. Give me the markets back, and in two years the countryside will think something else." {if rykov_story: He does not say that the countryside has also read about Rykov, the drunkard who sold Europe, and believed it; he does not need to. | He does not mention Rykov. He has not had to since Pravda told the truth.}

{if technocrats_raised: Mezhlauk's engineers, with their new commissariats, have sent a note in the margin that the figures support Bukharin and the politics support Kirov. | Mezhlauk's people have sent nothing. They are waiting to see which way the wind sits.}

+ (centralize) Sign Kirov's scheme and have Bukharin carry it out -> troika_desk
  set kirov_trust %+ 20
  set bukharin_trust %- 20
  You sign it on his desk, with his pencil, because it is nearest. He
  watches you do it and then takes the memorandum back, squares its edges
  and puts it in his out-tray, as a clerk would. "I shall carry it out," he
  says, "very well. I am good at carrying things out. Ask anyone who was in
  the Politburo in 1929." Kirov telephones that evening to say that Smolny
  is delighted, and that Bukharin will come round to it, and you do not
  tell him what Bukharin said.
* (markets) Free the collective-farm markets and raise the grain price, as Bukharin asks -> troika_desk
  set bukharin_trust %+ 20
  set legitimacy %+ 7
  set kirov_trust %- 10
  set army_loyalty %- 10
  Bukharin reads the decree twice before he believes it, and then telephones
  Mezhlauk, and then, absurdly, the Izvestia switchboard, to tell somebody.
  By the first of May there are markets in the squares of district towns
  that have not had one since 1930: eggs, onions, a pig on a cart. The
  price of bread in the peasants' markets falls by a third in a month.
  Kirov calls it the second NEP in a tone that is not a compliment. The
  General Staff calls it the end of the tank programme's money, which is
  nearer the truth: the grain price is paid out of the same budget.
* (tanks_first) Put the tank and aircraft programme first; let the plan be drawn around it -> troika_desk
  if legitimacy >= 15 else "The ration queues would not stand another year of it."
  set army_loyalty %+ 15
  set bukharin_trust %- 10
  set legitimacy %- 10
  The figures come back from Gosplan within the week: four thousand tanks
  in 1937 instead of two, the new heavy bomber in series, the Kharkov works
  on three shifts. Bukharin draws them up himself, correctly and without
  comment, the way a doctor writes out a prescription he has advised
  against. The factories on the Volga get their steel; the shops get less
  of everything else. Frunze Street is delighted. So are the ration queues'
  informers, who have a great deal to report by the summer.
* (rykov_deputy) Let Bukharin bring Rykov in as his deputy -> troika_desk
  if not rykov_shot
  if not rykov_story else "Rykov is the conspiracy now. He cannot be anybody's deputy."
  set bukharin_trust %+ 20
  set party_strength %+ 10
  set kirov_trust %- 10
  Rykov comes to Okhotny Ryad the next morning in a suit that has been too
  big for him since 1930, and Bukharin gives him the chair by the window
  and a pile of figures, and within an hour the two of them are arguing
  about the price of flax as if it were 1927. The old Party men at Gosplan
  come to the door to look. Kirov, told of it, says that the Marshal has
  brought back the Right Opposition, which is not quite a joke.

=== troika_technocrats: The Commissariat of Heavy Industry, Nogin Square, April 1936

Ordzhonikidze receives you in shirtsleeves, in a room full of blueprints weighted down with pieces of steel from his own mills. {if seen(coup_vote): He put his hand up for you in the Politburo on the night, before Kalinin's was all the way up, and he has not let you forget it. | {if voroshilov_arrested: He watched Voroshilov taken down the staircase in February, and has still not decided what he thinks of it.}} Sergo built the industry with his voice and his telephone, and the men who actually run it stand behind him: Pyatakov, his deputy, who signed for Trotsky in 1923 and recanted in 1928 and is still the best industrial administrator in the country; Mezhlauk from Gosplan; a row of chief engineers from Magnitogorsk and the Stalingrad tractor works, and, at the end of the row, looking uncomfortable in a borrowed tie, Kleymyonov and Langemak from the jet propulsion institute you protected when nobody else believed in rockets.

Their petition is simple, which is what makes it radical. Appoint by competence. Let the man who knows the blast furnace run the blast furnace, whether or not he has a Party card, and let him answer for the steel and not for his opinions. The movement has a name in the American magazines, technocracy, and the engineers pronounce it with the care of men handling something that might go off. {if troika_formed: They have sent a copy to each of the three of you, as your rule of three signatures requires. | They have sent it to you alone, having read the newspapers and drawn the obvious conclusion.}

"The army has always known this," Pyatakov says. "You never asked your gunners whether they had read Lenin. You asked them whether they could hit things." Sergo watches you. He and Kirov have been friends since the Caucasus, and he has not said a word on Kirov's behalf. The friendship says it for him. {if seen(troika_plan): He has heard what you did at Gosplan, and is waiting to learn whether engineers fare better than economists. | He is waiting to see how you treat petitioners, and so are the engineers.}

* (engineers) Raise the engineers: commissariats run by the men who know the machines -> troika_desk
  set technocrats_raised = true
  set legitimacy %+ 7
  set party_strength %- 10
  set standing_abroad += 5
  Pyatakov is given the new Commissariat of Machine-Building, and on his
  first morning he sacks a Party organiser who has never seen a lathe and
  promotes a foreman who has never seen a Party card. The American
  engineers at the Stalingrad tractor works write home about it, and The
  New York Times prints their letters. In the district committees, the
  Party secretaries write to each other about it too.
* (military_science) Take the design bureaus and the rocket institute under the army -> troika_desk
  set army_loyalty %+ 10
  set party_strength %- 10
  The Jet Propulsion Institute goes to the Artillery Directorate with its
  test stands and its four hundred staff. Kleymyonov and Langemak come
  to Frunze Street to thank you, and stand in your office in their borrowed
  ties explaining a solid-fuel rocket for a lorry-mounted launcher with
  such joy that you forget to look at the clock. Nobody in the Lubyanka
  will now be able to find a reason to arrest either of them, which in
  another year somebody would have.
+ (sergo_kingdom) Leave Sergo his kingdom, his tractors before tanks, and his friendship with Kirov -> troika_desk
  set kirov_trust %+ 10
  set party_strength %+ 10
  set army_loyalty %- 10
  Sergo embraces you, which he does to everyone, and then telephones Kirov
  in Leningrad in front of you to tell him, in Georgian, which he does to
  nobody else. The tractor works keep their steel. The tank works wait
  another year, and the General Staff notices who is waiting.

=== troika_constitution: The Kremlin, the Constitutional Commission, late April 1936

Bukharin has been writing a constitution. He wrote most of it before the staircase, with Radek, for the dead man, and it is the best thing he has ever written: secret ballot, equal suffrage, freedom of the press, inviolability of the person. {if party_strength >= 50: The Party men on the commission have read it as a list of things that will never be used against them. | The few Party men left on the commission read it the way men read a will.}

Article 126 names the Communist Party as the vanguard of the working people and the leading core of all their organisations. {if rykov_story: The Rykov conspiracy, which the Party did not invent and cannot disown, has made your staff bold. | {if seen(troika_compact.clique_blamed): The lists Pravda printed in February, with their keepers' names, have taught your staff that the Party can be blamed for things. | What Pravda printed in February has left the Party with nothing to apologise for, and your staff with nothing to hide behind.}} Your staff have sent up a redraft. It strikes out "the Communist Party" and writes in "the Workers' and Peasants' Red Army". A note clipped to it, in your own staff's careful hand, proposes that the new order be called post-partisan, and that candidates for the soviets be vetted, not by the Party, but by a new directorate of military law.

Kirov reads the redraft twice, and then the second time aloud. "I have been a Party man since 1904," he says. "I have been in prison for it. I will not be told by a staff colonel that it was unnecessary." {if troika_formed: Under your own rule, he can refuse to sign the article. The article would pass without him. Everyone at the table works that out at the same moment. | He is a junior partner. He can only refuse to applaud.}

Bukharin laughs, not happily. "In 1928 we lost because the dead man packed the Central Committee. You do not propose to pack it, Marshal. You propose to abolish it. It is more honest, I suppose."

* (post_partisan) Strike the Party out. The Red Army is the vanguard, and the country is post-partisan -> troika_vetting
  set party_shell = true
  set party_strength %- 35
  set army_loyalty %+ 15
  set kirov_trust %- 20
  set bukharin_trust %- 20
  set standing_abroad %- 10
  The secretary of the commission, a young jurist from Bukharin's staff,
  crosses the words out himself, with a ruler, two lines through "the
  Communist Party", and writes the new words above in capitals, because
  his hand is shaking and capitals are easier. Then he looks up to see
  whether he is to be thanked or arrested.

  {if troika_formed: Kirov is asked to sign the article. | Nobody asks Kirov to sign anything: a junior partner's signature is not required.} He reads it a third time. Then he takes out his own pen, unscrews the cap, and lays the pen down on the table beside the paper, uncapped, where everyone can see it, and does not pick it up again. "In Tomsk," he says, "we had one revolver for eleven of us. I will not sign a paper that says we need not have bothered." He puts the cap back on the pen, eventually, and puts the pen in his pocket. {if troika_formed: The article goes to the Congress with two signatures of the three. | The article goes to the Congress with yours.}

  {if troika_formed: Bukharin signs. He signs quickly, as one swallows medicine, | Bukharin initials the commission's copy as its drafter, quickly, as one swallows medicine,} and then sits looking at his own name for some time. "It will be in the
  textbooks," he says at last, to nobody. "Article 126. The one where the
  Party was abolished by a staff colonel's redraft, in committee, on a
  Thursday. The children will have to learn it by heart."

  The Party learns it that week. From Leningrad to Tashkent the regional
  secretaries read in Izvestia that they are no longer the leading core of
  anything, and most of them go on coming to work, because there is
  nowhere else to go. The officers read it too, and stand a little taller
  in the street; and the legations cable that the Soviet Union has become
  a military state in so many words.
* (both_named) Name both: the Party as the teacher, the Army as the vanguard -> troika_mayday
  set party_strength %- 10
  set army_loyalty %+ 10
  set kirov_trust %- 10
  The article grows by a clause and loses its grammar. Bukharin drafts the
  clause himself, because if it must be written it had better be written
  well, and Kirov signs it with a face like a man paying a fine. The
  lecturers at the Party schools will spend the next ten years explaining
  the difference between a teacher and a vanguard, and the officers will
  never once ask.
* (article_kept) Leave the article as Bukharin wrote it -> troika_mayday
  set party_strength %+ 10
  set legitimacy %+ 7
  set bukharin_trust %+ 10
  set kirov_trust %+ 10
  set standing_abroad += 5
  set army_loyalty %- 10
  You hand the redraft back to your staff with the article untouched.
  Bukharin lets out his breath, and Kirov signs at once, with a flourish.
  The colonel who wrote the redraft is told that evening, and tells the
  mess, and the mess concludes that the army made the new order and has
  been thanked for it with a clause about the Party's
  leading role. It is the first time since the staircase that the General
  Staff has felt that the Marshal is not entirely theirs.

=== troika_vetting: The Commissariat of Defence, Frunze Street, late April 1936

The new directorate has two floors of the old Alexandrovsky school and a name nobody can say quickly: the Main Directorate of Military Inspection of Candidacies. Its officers are military jurists, with the collar tabs of the military procuracy and the pale faces of men who read for a living. By the autumn they will have passed or refused every candidate for every soviet from Minsk to Vladivostok. The Party, which used to do it, has been left the Comintern, the international congresses and the fraternal parties abroad. It has been left, in short, the rest of the world, and nothing in this one.

{if nkvd_absorbed: The files they will read are the ones that came over from the Lubyanka under canvas. Some have your name in them. | The files they will need are still in the Lubyanka, and the Lubyanka sends them over slowly, one lorry at a time, with a receipt to sign for each.} {if technocrats_raised: The engineers want their own examinations written into the rules. They have already drafted them. | The engineers have asked for nothing, which in this country means they expect nothing.}

The chief jurist, a neat colonel with a pince-nez, asks what the directorate is to look for. It is, he says respectfully, the only question. Everything else is paperwork.

* (vet_loyalty) Loyalty to the army, and nothing else -> troika_mayday
  if legitimacy >= 15 else "Even the jurists would call it a purge by another name."
  set army_loyalty %+ 10
  set legitimacy %- 10
  The colonel writes it down, one word, and underlines it. Before the year is out the
  soviets of the Union will be full of retired sergeants, and the country
  will have noticed who chose them.
* (vet_competence) Competence: trades, records, examinations, the engineer's kind of question -> troika_mayday
  set legitimacy %+ 7
  set party_strength %- 10
  The jurists draw up an examination in a fortnight: arithmetic, the
  reading of a budget, the law on collective farms, and an essay. Half the
  Party's candidates fail the arithmetic, and the rest of the country,
  hearing of it, is rather pleased.
* (vet_light) Let anyone stand whom no military court has convicted -> troika_mayday
  set legitimacy %+ 7
  set party_strength %+ 10
  set standing_abroad += 5
  set army_loyalty %- 10
  The colonel takes off his pince-nez and looks at you as if you had asked
  him to vet the weather. The directorate passes ninety-seven candidates in
  a hundred, and the Party, which knows how to run an election, fills the
  soviets with its own men by September. The officers who hoped for
  something better from a military directorate say so, in the messes.

=== troika_mayday: Red Square, 1 May 1936

The tanks come up from the Historical Museum in columns of six, T-28s with their three turrets and then the fast BT-7s, so many that the cobbles hum through the soles of your boots on the tribune of the Mausoleum. Overhead the TB-3s go over in echelon, low enough to shake the pigeons off St Basil's. The wind carries their exhaust over the guests' stand, where General Köstring, the German attaché, is writing in a notebook, and the French attaché is trying to read it. {if coup_tanks: Three of the BT-7s in the front column stood on the Manezh in February, and their crews have painted the frost scars over. | None of these tanks was in Moscow in February. The Manezh has never seen a tank in anger, and the guests can be told so.}

{if party_shell: There are no Party banners this year. There are Lenin's face, the red flags and the army's, and the slogan on the GUM facade, three storeys high, reads THE RED ARMY IS THE VANGUARD OF THE REVOLUTION. Nobody in the crowd seems to find it strange. That is the strangest thing. | The Party's banners are out as every year, and the army's beside them, exactly the same height. Someone measured.} {if rykov_story: A float from the Dynamo works carries a papier-mache Rykov with a telegraph wire round his neck and a bottle in his hand, and the crowd laughs. | There is no villain on the floats this year. The crowd, unused to it, seems to be looking for one.} {if rykov_shot: It is the laugh of people who know the man is dead.} {if rykov_story and not rykov_shot: Rykov, wherever they are keeping him, will hear of it.}

{if congress_broken: Kirov is not at your shoulder. He stands at the far end of the tribune with the praesidium of the Congress, a little apart, where the protocol department put him after a week of telephone calls; Bukharin stands between you, as a go-between should. | {if troika_formed: Kirov and Bukharin stand at your shoulders, as equals stand. | Kirov and Bukharin stand one step behind you, as the protocol department has arranged.}} {if kirov_trust >= 60: Kirov waves to the Leningrad column as if he had raised every man in it himself, and then, to your surprise, turns and waves to you. | Kirov waves to the Leningrad column and to no one else.} {if bukharin_trust >= 50: Bukharin is drawing the parade on the back of his programme, and passes you the sketch: you, in the middle, very tall, with a baton. It is affectionate. It is also a warning. | Bukharin watches the tanks with the face of a man adding up what they cost in bread.} {if kamenev_stays: Kamenev, retired to his flat on the Arbat, will hear the bands through the window and not go to it. | Far away in Minusinsk, Kamenev will hear the parade on a wireless he is not supposed to have.}

In the middle of the fly-past your adjutant climbs the steps with a telegram. It has come from a village outside Hønefoss, in Norway, through the legation in Oslo{if intelligence_taken or nkvd_absorbed:, and the army's own code clerks have read it before you}. It is eleven words long, and signed with a name that has not been printed in a Soviet newspaper for seven years, except as a curse.

* (photograph) Call Kirov and Bukharin to your shoulders for the newsreel cameras -> prophet_arrival
  if not troika_formed and not congress_broken and kirov_trust >= 35 and bukharin_trust >= 25
  set troika_formed = true
  set kirov_trust %+ 10
  set bukharin_trust %+ 10
  set army_loyalty %- 10
  You beckon, and they come, Kirov grinning, Bukharin a little shy, and the
  three of you stand shoulder to shoulder at the parapet while the cameras
  turn and the BT-7s go past below. The newsreel is in every cinema in the
  Union by the end of the week: the Troika, three men in a row. The
  officers who watch it in the garrison cinemas count the men in the row,
  and note that the Marshal has made himself one of three in public.
* (telegram_shared) Pass the telegram to Kirov and Bukharin without a word -> prophet_arrival
  set kirov_trust %+ 10
  set bukharin_trust %+ 10
  set trotsky_influence += 5
  Kirov reads it and goes white round the mouth. Bukharin reads it and
  laughs out loud, so that the people in the front of the guests' stand
  look up at the tribune. By the evening half the Central Committee knows
  what came from Norway in the middle of the parade, because Bukharin has
  never been able to keep a good story, and Trotsky's old friends in
  Moscow, of whom there are more than anybody admits, begin to telephone
  one another.
* (telegram_kept) Fold the telegram into your greatcoat and watch the tanks -> prophet_arrival
  set army_loyalty %+ 10
  set bukharin_trust %- 10
  You put it away unread by anyone but you, and take the salute of the
  next column, and the next. Bukharin saw the adjutant come up the steps,
  and saw the envelope, and saw you put it away, and says nothing for the
  rest of the parade. The officers on the tribune see only the Marshal
  taking the salute without a flicker, which is what they like to see.

// Lose the Congress (from troika_congress or troika_congress_cold): the
// Leningrad delegates walk out, Kirov's terms from Smolny, Bukharin between
// the two capitals, and the orders for Leningrad. Peace on Kirov's terms
// gathers at troika_mayday with congress_broken; the orders signed end in
// end_red_against_red.

=== dual_walkout: The Great Kremlin Palace, April 1936
It begins with the Leningrad benches, and it is very quiet at first: four hundred delegates standing up, not all at once, the way a congregation stands when it has not been told to. Then somebody in the third row begins to sing, a thin tenor, and by the second line of the Varshavianka the whole Leningrad delegation is singing it, and walking, in fours, down the centre aisle of the long white hall between the delegates who are still sitting down.

Kirov walks at the head of them with his cap in his hand. He does not look up at your box. The Karelians go with him, and half the Murmansk men, and, after a long look at one another, a bench of textile workers from Ivanovo, who have no reason to love Leningrad and every reason to dislike being told when to go home. The Ukrainians stay in their seats and look at their hands.

They go down the great staircase of the Palace still singing, past the sentries, who do not know whether to present arms, and out through the Borovitsky Gate into the spring dusk. By nine o'clock four special trains have been made up at the Leningrad Station, because the railwaymen of the October line are Leningrad men too, and nobody at the station thought to ask Moscow's permission.

{if seen(troika_congress_cold): In the hall behind them the delegates who are left sit on for a while, two-thirds of a Congress with the gaps in the benches like pulled teeth, not sure whether a dissolved Congress may go home, until the major tells them that it may. | In the hall behind them the Congress of Soviets of the Union sits on, two-thirds of it, with the gaps in the benches like pulled teeth. Kalinin, in the chair, asks whether there is any further business. There is not.}

* (let_go) Let them go. They will be back when they have slept on it -> dual_mayday
  You watch the last of them from the window of the Senate building, a
  line of black coats going out under the tower into the dusk. Yakir,
  beside you, says nothing for a long time, and then says, "In 1917 they
  went the other way," and goes to find out how many divisions the
  Leningrad district has.
* (bologoye) Have the Red Arrow stopped at Bologoye, and Kirov brought back -> dual_mayday
  set kirov_trust %- 20
  set legitimacy %- 10
  set dual_train_stopped = true
  The order goes by telegraph to the military commandant at Bologoye,
  halfway between the two cities, and at half past two in the morning the
  first of the special trains is halted there in the dark, by a platoon of
  railway troops with lanterns. Kirov does not get off. He lets down the
  window of his compartment and asks the lieutenant, politely, whether he
  has an order to arrest the Chairman of the Congress of Soviets, and the
  lieutenant, who has an order to stop a train and nothing else, goes to
  telephone Moscow.

  He is still telephoning at dawn. The four hundred delegates stand in the
  corridors of the stopped trains singing, and the people of Bologoye come
  down to the station in their coats to listen, and by seven o'clock the
  whole October line knows. At eight you send the order to let the trains
  go. Kirov arrives in Leningrad five hours late, and tells the crowd at
  the Moscow Station exactly why.
* (bukharin_after) Send Bukharin after them on the next train, to talk -> dual_mayday
  set bukharin_trust %+ 10
  set dual_bukharin_sent = true
  He goes on the midnight train, in a second-class compartment, with a
  toothbrush in his coat pocket and no instructions, because you cannot
  think what they would be. "I have been a go-between before," he says on
  the platform. "In 1928, between Kamenev and myself. It did not go well
  for either of us."

=== dual_mayday: Red Square, 1 May 1936
The parade goes ahead because nobody has the authority to cancel it. The columns come up past the Historical Museum at ten as they have every year since 1918, the Proletarian Division, the Academy, the tanks, the sportsmen of Dynamo with their banners, and the tribune of the Mausoleum has gaps in it where the Leningrad men should be standing, as a mouth has gaps. The crowd is thinner than it was in February. People came, but they came to look.

Six hundred kilometres away Kirov is holding a parade of his own on Uritsky Square, in front of the Winter Palace, with the Putilov guard marching past in its cloth caps and the sailors of the Baltic Fleet behind it. You know this because at twenty past ten the loudspeakers on the GUM facade, through some fault at the radio committee which will never be explained, carry the Leningrad broadcast instead of Moscow's for forty seconds. Kirov's voice goes out over Red Square, hoarse, northern, saying the words "the city of Lenin" twice; and the whole square hears it, and the band falters, and then Moscow comes back.

{if dual_train_stopped: The crowd at the Historical Museum end has been singing a song about the train at Bologoye, and the militia have not yet worked out which verse to object to. | The crowd at the Historical Museum end is very quiet.} {if seen(dual_walkout.bukharin_after): Bukharin is in Leningrad, and so you stand on the tribune without either of your partners. | Bukharin stands beside you on the tribune, hatless, and watches the gaps in the row as a man watches a clock.}

In the middle of the fly-past your adjutant comes up the steps of the Mausoleum with a telegram in an envelope from the legation in Oslo. It is eleven words long, and signed by a man who has not stood on this tribune since 1927.

* (dm_smolny) Have it sent on to Smolny as it is. Let Kirov read what Norway makes of the two of you -> dual_leningrad
  set kirov_trust %+ 10
  set trotsky_influence += 5
  The telegram goes north by the teleprinter on the Congress's own line,
  which you have not cut, with no covering note. An hour later the same
  line brings back a single word from Smolny, Kirov's, which is "Thank
  you", and another line that is not Kirov's: the old Trotskyists of the
  Leningrad Party, who are still there, have already heard.
* (dm_bukharin) Show it to Bukharin, and to nobody else -> dual_leningrad
  set bukharin_trust %+ 10
  set trotsky_influence += 5
  {if seen(dual_walkout.bukharin_after): You read it to him down the line to Leningrad, word by word, and he asks you to read it again, and laughs at the end of it until he coughs. "Any post requiring no lies," he says. "He has not been following our arrangements." | He reads it over your shoulder and laughs aloud, so that the men along the tribune turn their heads. "Any post requiring no lies," he says. "He has not been following our arrangements."}
* (dm_kept) Fold it into your greatcoat, and take the salute -> dual_leningrad
  set army_loyalty %+ 10
  The officers along the tribune see you read it and put it away without
  a flicker, and the next column goes past, and you take its salute as
  though Norway had never been invented. It is what they want to see from
  a Marshal on the first of May with half his government in another city.

=== dual_leningrad: The Commissariat of Defence, the Leningrad line, May 1936
Kirov's terms come by teleprinter from Smolny on the fourth of May, signed by him as Chairman of the Congress of Soviets of the Union, which is now sitting in the Tauride Palace in Leningrad, in the hall where the Constituent Assembly met for one day in 1918 before the Bolsheviks sent it home. Nobody at Smolny seems to have missed the irony. It is probably the point.

The terms are four. The Congress returns to Moscow and sits under its own guard, a Leningrad regiment, in the Great Kremlin Palace. There are no army deputies. The decrees of the Council of People's Commissars are countersigned by the Congress's praesidium before they are printed. And the Leningrad administration of the NKVD answers to Leningrad.

{if dual_train_stopped: A fifth has been added by hand at the foot of the tape: the commandant at Bologoye to be dismissed. | It is not unreasonable. That is the trouble with it.}

Leningrad has prepared. The Baltic Fleet's commander, Galler, has telegraphed Smolny that the fleet "stands with the lawful organs of Soviet power", which is a phrase that can mean anybody and at the moment means Kirov. Medved's men hold the Big House on the Liteiny. The Red Putilov works, which made the first revolution's guns and most of its Red Guards, have formed a workers' guard of three thousand rifles. And Shaposhnikov, who commands the Leningrad Military District, has telegraphed Frunze Street that the district awaits orders through the proper channels, which is what Shaposhnikov says when he means that he will obey whoever is still standing.

{if dual_bukharin_sent: Bukharin has been in Leningrad since the morning after the walkout. He telephones every evening at nine to say that he is being listened to, which is more than he expected. | Moscow is very quiet. {if seen(troika_congress_cold): The newspapers have printed the dissolution as the close of a successful session, and nobody believes them. | The newspapers have printed the Congress's adjournment as a recess for the holidays, and the holidays are over, and nobody believes them.}}

* (broker) Send Bukharin as your go-between: give him the power to bargain -> dual_broker
  {if dual_bukharin_sent: You telephone him at nine, and tell him he may bargain, and there is a long silence on the Leningrad line in which you can hear him decide what to ask for. | He goes on the Red Arrow that night, with a letter in your hand that gives him the power to bargain and a face that says he knows what it is worth.}
* (orders) Have the Leningrad plan drawn up: Shaposhnikov's district, the fleet, the city -> dual_kronstadt
  set army_loyalty %+ 10
  The operations directorate works for three nights and produces the plan
  in a red folder, two hundred pages, with maps. Nobody on Frunze Street
  says the word. They call it the north-western question, and draw it
  with arrows, and the arrows all point at the same city.
* (terms) Accept Kirov's terms as they stand -> dual_treaty
  set legitimacy %+ 7
  set army_loyalty %- 15
  You sign the teleprinter reply yourself, four words long: terms accepted,
  return awaited. The General Staff reads it an hour later, in the
  newspapers, and Uborevich comes to your office without knocking to ask
  whether it is true that the army has just agreed to be countersigned by
  a Congress. You tell him it is true. He salutes, and goes, and you hear
  from your adjutant that he did not go back to his own office but out
  into the street, and walked for an hour by the river.

=== dual_broker: The Red Arrow, a sleeping car between Leningrad and Moscow, May 1936
Bukharin has made the journey four times in eight days, and he has begun to look like a man who lives on trains: a three-day beard, his collar open, the Red Arrow's tea glasses lined up on the little table by the window in their metal holders. He has the compartment to himself. The conductor brings him tea without being asked and calls him Nikolai Ivanovich, and he has taught the conductor's son to draw a bird.

He meets you at Bologoye, where you have come up on a special to save him half a journey, and you talk in his compartment with the blinds down as the train stands in the station, and then, because neither of you has finished, as it goes on towards Moscow.

Kirov will come back, he says. The terms are the terms: the guard, no army deputies, the countersignature, Medved. But Kirov is a Party man, and a Party man can always be brought to say that a countersignature may be given in advance, if the thing is explained to him correctly, and Bukharin is prepared to explain it. {if rykov_shot: He does not mention Rykov. He has not mentioned Rykov to you since the Tuesday. | {if rykov_story: He mentions Rykov once: the story in Pravda to be let quietly die, and the man let out of wherever he is.}}

"And for myself," he says, and laughs, because he has never in his life said those words aloud in that order. "Gosplan, as it is, and the markets, by decree, this summer, not next. And a line in the Constitution that the Party leads, so that Kirov has something to carry home." He looks out of the window at the birches going past. "I am expensive, Misha. I have discovered it this week. I had no idea."

* (pay) Pay his price, and take Kirov's terms through him -> dual_treaty
  set bukharin_trust %+ 25
  set kirov_trust %+ 10
  set army_loyalty %- 10
  He closes his eyes for a moment. "Good," he says. "Good. I will be in
  Leningrad by the morning." He gets off at Kalinin, in the middle of the
  night, to take the first train back north, and you see him from your
  window on the platform in the lamplight, a small man in a big coat
  with his collar up, waving to the conductor's son.
* (refuse_price) Refuse. A go-between who names his own price has changed sides -> dual_kronstadt
  set bukharin_trust %- 25
  He takes it without argument. He takes everything without argument; it
  is the thing in him the dead man hated most. "Then it will be the
  soldiers," he says, "and I shall write the obituaries again." He gets
  off at Kalinin and does not take the train back north. He takes the next
  one south, to Moscow, and goes to Izvestia, and sits at his desk, and
  waits.

=== dual_kronstadt: The Pulkovo Heights, May 1936
From the dome of the observatory on the Pulkovo Heights you can see the whole of it: the city flat and grey along the Neva, the gold needle of the Admiralty, the dome of St Isaac's, the smoke of the Putilov works, and beyond it all, on its island in the Gulf, Kronstadt. The ice went out a fortnight ago. The water between is the colour of pewter.

Yudenich's army stood on these heights in October 1919, near enough to see the Admiralty's needle, and was turned back. You have stood on worse. In March 1921 you stood on the shore down there at Oranienbaum and sent fifty thousand men out across the ice against the sailors of Kronstadt, who had asked for soviets without Bolsheviks; and the ice was breaking under them, and you sent them anyway, and they took it. The sailors called it the fortress of the revolution. You took it in eleven days.

The orders are on the plane table beside the big telescope, typed, in four copies. Shaposhnikov's district, which will obey whoever is still standing. Three divisions from the Moscow district, already in their trains at Malaya Vishera. The air brigade at Gatchina. The fleet, which may fire or may not. Against them: the Putilov works' three thousand rifles, Medved's regiment, and the city that made the revolution, which has never yet been taken by anyone.

They want your signature, and nobody's else. {if executions > 0: You have signed such papers before, with names at the top. This one has no names on it, which will not make it shorter. | You have never signed an order against a Soviet city. You signed one against Kronstadt, which was a Soviet fortress, and you have not forgotten how the ice sounded.}

* (sign_assault) Sign the orders -> dual_assault
  You sign the four copies with the pencil from the plane table, because
  there is no pen, and the pencil is blue, and you notice it.
* (go_alone) Leave the orders unsigned. Drive into the city, alone, to Smolny -> dual_smolny
  set army_loyalty %- 15
  set dual_went_alone = true
  Your driver takes you down from the heights by the Moscow Chaussée, past
  the barricades of the workers' guard at the Narva Gate, where young men
  with rifles and Putilov armbands look into the car, see who is in it,
  and do not know what to do, and wave you through. Nobody stops you on
  the Nevsky. At Smolny the sentries at the colonnade, who are Medved's
  men, present arms out of habit, and then look at one another.

  Behind you on the heights the staff officers stand round the plane table
  looking at four copies of an order with no name on them. By the evening
  every one of them will have told somebody, and Frunze Street will know
  that the Marshal went over to Leningrad alone, and will not be sure which
  side he went over to.

=== dual_smolny: Smolny, Kirov's office, May 1936
Kirov is in his office on the second floor, the one he has had since 1926, with its telephones and its photograph of Lenin reading Pravda. He stands up when you come in. He does not offer his hand, and he does not call anyone.

"I could have you arrested," he says.

"Yes."

"The orders?"

"On the plane table at Pulkovo. Not signed."

He sits down. Outside the window the Neva is running high with the last of the ice from Ladoga, and a tug is taking a string of barges up to the Okhta as if nothing in the world were wrong. "They will never forgive you for this on Frunze Street," he says, "and I am not sure I shall either. Sit down, Misha, for God's sake." He sends for tea.

label smolny_talk
* (smolny_why) Ask him why he walked out of the Great Kremlin Palace
  "Because you would have had me sit there and be counted," he says. "I have sat in rooms and been counted for twelve years. I sat on the Politburo and voted for the things he wanted with my hand going up by itself, and every time I thought: next time. There was never a next time until the staircase." He turns his glass. "Then you came, and you were a next time, and then you sent a major to read me a decree. I did not walk out on you, Misha. I walked out on the major."
  -> smolny_talk
* (smolny_fleet) Ask him whether the fleet would really have fired
  "Galler? Galler would have fired at whoever fired first." He almost smiles. "The sailors would have fired at you. They remember Kronstadt too. Half the petty officers in the Baltic Fleet had fathers on the ice in 1921, and some of them were on it themselves, as boys. You took their fortress. They would have liked very much to be asked to take it back."
  -> smolny_talk
* (smolny_kirov) Ask him what he wants, not for the Congress. For himself
  He takes a long time to answer. "To be asked," he says at last. "Before, not after. That is all any of us wanted from him, and he never once did it, and we let him, and the country is full of graves because we let him." He looks at you. "I do not want your chair. I saw what it did to the last man who sat in it."
  -> smolny_talk
* (smolny_write) Take a sheet of his paper, and ask him to dictate his terms -> dual_treaty
  He dictates them, all four, walking up and down behind you, and you write them out in your own hand; and at four in the morning, when it is light again over the river, he reads them over your shoulder and corrects your grammar.

=== dual_treaty: The Tauride Palace, Leningrad, May 1936
{if dual_went_alone: The terms you wrote out in Kirov's office at four in the morning are typed at nine | The terms are typed at nine} by the Congress's own secretariat, in the Tauride Palace, in the long hall of columns where the Fourth Duma sat and the Petrograd Soviet after it, and the Constituent Assembly for one day. {if seen(dual_broker): Bukharin has sat up half the night with the Leningrad lawyers, and the text has his fingerprints on every clause, and his commas. | The Leningrad lawyers have sat up half the night over the text, and it shows: there is a comma in it for every suspicion.}

Four clauses. The Congress to sit in Moscow under a guard of its own, a regiment of the Leningrad district. No army deputies. The praesidium to countersign the Council's decrees before they are printed. Medved's administration to answer to Leningrad.

Kirov sits across the table from you with his hands folded, like a man at a christening. "You may argue one," he says. "One. I know you, Misha. You will want to argue all four, and then we shall be here until the autumn, and the country will not wait until the autumn."

* (treaty_guard) Argue the guard: no second armed force inside the Kremlin walls
  set army_loyalty %+ 10
  set kirov_trust %- 10
  He gives you the walls and keeps the regiment: it will guard the Congress from the Troitsky Gate to the palace doors, and not one step further. The General Staff will count it a victory. Kirov counts the regiment.
* (treaty_countersign) Argue the countersignature: orders on defence go to the praesidium after they are printed, not before
  set legitimacy %- 10
  set army_loyalty %+ 10
  He argues it for two hours, and gives it, for the army's orders only, with a clause that the praesidium may call the Commissar of Defence to answer for any of them. "You will be answering to me in public twice a year," he says. "I am looking forward to it."
* (treaty_medved) Argue Medved: the Leningrad NKVD back under the Lubyanka
  set nkvd_loyalty += 5
  set kirov_trust %- 20
  It is the clause he cares most about, and you knew it. He gives it in the end, because you will not sign without it, and the look he gives you when he initials it is the look of a man handing over his own front-door key.
* (treaty_none) Argue nothing. Sign it as it stands
  set kirov_trust %+ 10
  set legitimacy %+ 7
  set army_loyalty %- 10
  You sign it as it stands. Kirov looks at the signature for a long time, and then at you, and then, abruptly, gets up and goes to the window with his back to the room. The Leningrad lawyers, who had come prepared to argue for a week, look at each other and begin to put their papers away.

The treaty is signed at noon on two copies, one for each capital. Nobody can think what to call it, and so the newspapers call it the Tauride agreement, after the room.

* Go back to Moscow with the Congress -> dual_peace

=== dual_assault: Leningrad, the Narva Gate, May 1936
The guns open at four in the morning from the heights at Krasnoye Selo and Pulkovo, and by six Kronstadt has answered them, and you know which way the fleet has gone. The three divisions from Malaya Vishera come in from the south-east along the railway, past the Izhora works at Kolpino, and by noon their leading regiments are at the Narva Gate, under the triumphal arch, in the streets where the Red Guards of the Putilov works drilled in 1917. There the Putilov guard is waiting for them, three thousand rifles and the works' own armoured cars, which they built themselves for the Civil War and kept oiled for sixteen years in a shed.

It is a kind of fighting nobody at the Frunze Academy has written a manual for: from house to house along the Stachek Prospect, with the women of the district throwing down bread to the men on both sides. On the third day a company of the Moscow division sits down in the road and refuses to go on, and its commissar, who is a Leningrad man, sits down with it.

At your field headquarters in the observatory the staff bring you the figures every evening. They are bad, and every morning they are worse, and the city has not even begun to fight.

* (shell) Bring up the heavy artillery, and shell the Putilov works
  set standing_abroad %- 20
  set legitimacy %- 15
  set dual_shelled = true
  The corps artillery comes up from Luga on the railway and goes into
  position at Ligovo, and for two days and a night it fires into the
  Putilov works, the shops where the first Soviet tractors were built. The
  chimneys come down one by one. The foreign correspondents who have been
  allowed as far as Gatchina can hear it, and see the smoke, and send it.
  On the third morning the Putilov guard comes out under a white sheet, and
  the way into the city is open.
* (fleet) Buy the fleet: an amnesty for every sailor, and Galler kept in his command
  set legitimacy %- 10
  set dual_fleet_bought = true
  Your emissary goes out to Kronstadt under a white flag in a motor launch,
  a naval captain who served under Galler in the Gulf in 1919, and comes
  back at night with Galler's answer, which is yes, if it is in writing. It
  is in writing by the morning. The fleet stops firing at noon, and the
  battleship Marat turns her turrets away from the city, slowly, so that
  everybody on both sides can see.
* (streets) Go on as you are: street by street, and no guns on the city
  set army_loyalty %- 20
  You go on as you are. It takes another fortnight, and costs the Moscow
  divisions more men than the whole of the coup, and the soldiers who come
  back from the Narva Gate do not talk about it, then or later, except to
  each other.

On the nineteenth day a lieutenant of the Moscow division climbs the stairs of Smolny and finds Kirov's office empty, the telephones cut, the photograph of Lenin still on the wall.
-> end_red_against_red

=== dual_peace: The Great Kremlin Palace, the end of May 1936
set congress_broken = true
set troika_formed = false
set kirov_trust = min(kirov_trust, 40)
The Congress comes back to Moscow on the last Saturday in May, in the same four special trains, and marches up from the Leningrad Station behind a band, and this time Moscow comes out to watch it. The Leningrad regiment that is to guard it, a rifle regiment of Shaposhnikov's district with a new commissar and a great many new red armbands, takes over the Great Kremlin Palace from the Kremlin guard at noon, and there are now, within the Kremlin walls, two armed forces that do not take orders from the same man.

Kirov takes the chair again in the long white hall. He thanks the delegates who stayed and the delegates who left, in that order. He does not thank you. {if dual_went_alone: He mentions, once, near the end, that the Marshal came to Smolny alone, and the hall, which had not known it, goes quiet. | He mentions you once, as the head of the government, with whom the Congress has concluded an agreement.} The praesidium's first act is to countersign, with some ceremony, a decree of the Council of People's Commissars on the spring sowing, which you signed a month ago and which nobody has dared to print.

{if seen(dual_broker) and bukharin_trust >= 55: Bukharin sits in the government box beside you, shaved now, with the markets decree in his pocket and the look of a man who has discovered that he can be bought, and at what price, and is not sure what to think of it.}

The Troika, if there ever was one, is over. There is a government and there is a Congress, and between them a treaty, which is a thing Lenin never had to sign with anybody in his own country. It will hold for as long as both sides are more afraid of the alternative.

if dual_went_alone and not seen(dual_treaty.treaty_medved) and not seen(dual_treaty.treaty_countersign):
  Kirov, who has not forgiven you, has begun to find it inconvenient that he cannot despise you. He sends word in the evening that he will stand on the tribune for the parade, if the Marshal has no objection.

  * Go back to the Senate building, where the telegram from Norway is still waiting for an answer -> prophet_arrival
    You take it out of the drawer where it has lain for four weeks under
    the treaty drafts, and drop it on the baize: eleven words that nobody
    in either capital has had time to answer.
else:
  Kirov does not come to the Senate building that evening, or the next. His praesidium's secretary telephones instead, to ask at what hour the Council's decrees will be sent across for countersignature, so that somebody can be waiting.

  * (treaty) Sign the treaty into law, and govern under it -> end_dual_power
    You sign it in the Sovnarkom room with nobody but Bukharin to
    witness it, and send it across the courtyard by hand.

=== ending end_dual_power: Dual Power
In 1917 Lenin gave the thing a name. There was the Provisional Government in the Winter Palace, and the Soviet in the Smolny Institute across the city, and neither could govern without the other or bring itself to let the other govern; and Lenin wrote that such a state of affairs could not last, and made sure that it did not. Yours lasts.

Every morning the Council's decrees go from the Senate building across the Kremlin courtyard to the Great Kremlin Palace, two hundred metres, in a leather case carried by a lieutenant, and every afternoon they come back with the praesidium's countersignature or without it. It is the longest two hundred metres in the Soviet Union, and the whole country lives inside it. {if seen(dual_broker) and bukharin_trust >= 55: Bukharin walks it himself twice a week, and his markets come back signed every time, because Kirov owes him the treaty and they both know it.} {if army_loyalty >= 60: The General Staff's budget comes back cut by a third, and the officers never forgive either building for it. | The General Staff's budget comes back cut by a third, and the officers, who have learnt what your signature is worth, hardly complain.}

The telegram from Norway, eleven words long, goes to the Congress in the end, which is now the kind of body that telegrams go to, and the Congress votes by roll call not to answer it. Trotsky writes a chapter about you anyway. In the autumn the General Staff asks for a war game on the Vistula, and the praesidium asks to see it first, and that is the end of the war game. Europe, which had braced itself for a Red Napoleon, finds a Soviet Union that cannot decide anything quickly, and is so relieved that the British send a trade delegation.

{if dual_train_stopped: Nobody forgets the night at Bologoye. The commandant who stopped the train is dismissed, as Kirov asked, and the railwaymen of the October line sing a song about it that the Congress does not ban.} Kirov is never your friend again. He is something more useful, a rival who needs you alive, and you need him the same way; and in the long evenings in the Senate building you sometimes catch yourself waiting for the lieutenant with the leather case as a man waits for a letter.

You are not the Red Napoleon. You are the Chairman of a government that must ask permission, in a country that has never once in its history been governed by anyone who had to ask. It is not what the army marched for. It may be the strangest thing that has ever happened in Moscow, and for two years, then three, then four, it holds.

=== ending end_red_against_red: Red Against Red
{if seen(coup_terms): The war begins on the Vop, the morning after Mikoyan's locomotive backs away over the bridge, {if west_bridge_mined: when the lieutenant in the hut on the west bank is given the order at last and the centre span goes up into the air in one piece and comes down in two. | when Belov's first armoured train tries the bridge at dawn and your gunners stop it in the middle.} For a month it is a railway war, fought by armoured trains and telegraphists along three hundred kilometres of line between Vyazma and the Dnieper, and the rest of the country watches it on the front pages and does not move. {if west_kiev: The Kiev district sits on its hands until the end of March and then, when it is clear that nobody is winning, declares for itself. | The Kiev district declares for Moscow in the second week, and the war is fought on two fronts after that.} {if west_advanced: Your first train reaches the outskirts of Vyazma and is stopped there, in the snow, by a regiment of the Proletarian Division that marched for you once.} | Kirov is not found. He was seen every day at the barricades, and on the nineteenth he was not, and nobody in the city will say where he has gone; a fisherman at Lakhta is said to have taken two men across the Gulf to Finland in the white night, and the Finns say nothing. {if dual_shelled: The Putilov works stand roofless on the Stachek Prospect all summer, and the women of the district walk past them to the bread queues without looking. | {if dual_fleet_bought: The fleet that was bought stays bought, and the sailors of Kronstadt, who were amnestied in writing, are moved in September to the Pacific, every one, in sealed trains. | The Moscow divisions that took the city are sent east in July, because nobody wants them in Leningrad, or in Moscow either.}}}

The foreign papers call it the second Russian civil war, and they are right, though nobody in Moscow will use the word. {if seen(coup_terms): The Poles mobilise two corps on the frontier "for the protection of the minorities", and Uborevich has to turn half his divisions round to face them. | The Finns close their frontier on the Karelian isthmus and wait, and the British send a cruiser to Helsinki to watch.} The factories of the Union work half days for want of coal, because the railwaymen have stopped trusting anybody's trains. In the villages they remember 1919, and bury the grain.

{if seen(coup_terms): By the summer there are two Soviet governments, one in Moscow with the Party and the factories and one in Smolensk with the best divisions in the army and nothing to feed them, and a line of trenches between them across the old road to Moscow that Napoleon came down in 1812. | By the summer the city is yours. It is the first time in its history that Petrograd has been taken by storm, and the men who took it were the sons of the men who took the Winter Palace. The Congress of Soviets does not sit again.} {if executions > 0: The lists start again in the autumn, longer than before, because a civil war makes more enemies than it kills.}

You are the Red Napoleon now, whatever they call you to your face: not the man who saved the revolution from the dead man's heirs, but the man who {if seen(coup_terms): broke its army in two. | turned its army on its own cities.} In 1921 you signed the orders for Kronstadt and called it the defence of the revolution. {if seen(coup_terms): This time there is nobody left to say which side the revolution was on. | This time you signed them against Leningrad, and there is nobody left to say which side the revolution was on.}
