// Chapter three: the Troika. Spring 1936.
// From the first night after the coup to May Day: the three chairs, the
// Rykov story, Kamenev's resignation, the Chairman and Grand Marshal, Kirov's
// Congress, Bukharin's plan, the engineers, and the Party made a shell.
// Opens at troika_founding; hands on to prophet_arrival.

flag rykov_shot           // Rykov sentenced by the Military Collegium and shot (ch 3)
flag technocrats_raised   // the engineers given commissariats by competence (ch 3)
flag kamenev_stays        // Kamenev resigned before the plenum or on Frunze Street, and was never sent to Minusinsk

=== troika_founding: The Kremlin, the Senate building, 11 February 1936

The telephones have not stopped since four in the morning. In the anteroom where Poskrebyshev kept the dead man's appointments, a lieutenant of the Proletarian Division sits at the bald secretary's desk and answers every call with the same sentence: the Marshal is in conference. The Marshal is not in conference. The Marshal is standing at a window with a glass of tea gone cold, watching the snow settle on the roof of the Arsenal.

{if voroshilov_arrested: Somewhere under that roof Voroshilov is asking the sentries for his wife and a pencil. | {if seen(coup_voroshilov): Voroshilov is not under that roof, or under any roof you hold, and every ring of the telephone might be him. | Voroshilov is in his flat in the Kremlin under the polite guard of last night, which nobody has told what it is guarding, and every ring of the telephone might be him.}} {if clique_exiled: Molotov and Kaganovich are on a train beyond Yaroslavl with the blinds drawn, and the line to Siberia is long. | Molotov and Kaganovich are packing for a textile combine in Ivanovo and a railway depot in the Urals, and until their trains leave they are three streets away, on Granovsky Street, with their telephones.} {if yagoda_turned: Yagoda has sent over, unasked, a folder of every conversation held in this building since New Year. It is very thick. You leave it tied. | {if coup_nkvd_held: Agranov, who has had the Lubyanka for a night, has sent over a list of its departments and their chiefs, with his own name at the top. | From the Lubyanka there has been nothing at all, which is not the same thing as loyalty.}}

The corridor smells of floor wax, cold tobacco and the wet wool of the sentries' greatcoats. It smells, you think, exactly as it did yesterday, when other men owned it.

Two men are waiting for you in the Sovnarkom room, where Lenin chaired the Council under a clock that still keeps his time. Sergei Kirov came down from Leningrad on the night train and has not taken off his boots; he sits with his elbows on the green baize like a man at his own kitchen table. Nikolai Bukharin came from the Izvestia building with ink on his cuffs, and has already drawn three caricatures of the sentry on the back of an agenda. One of them is very good.

Yakir, who came up from Kiev for the Military Council a week ago and has not been allowed home since, stops you at the door. "The army did this, Mikhail Nikolayevich. Not Leningrad, not the newspapers. Whatever you give them tonight, they will afterwards say they earned." Through the half-open door Kirov is laughing at one of Bukharin's drawings. They have already decided to be friends, those two. Which means they have already begun to count.

There are three chairs at the head of the table. The orderly who set them out has made the middle one a little higher, from habit.

* (equals) Have the middle chair cut down: a Troika of equals, three signatures on every decree -> troika_compact
  set troika_formed = true
  set kirov_trust += 10
  set bukharin_trust += 10
  set army_loyalty -= 5
* (first_chair) Leave the chairs as they stand, and offer them the places either side of you -> troika_compact
  set army_loyalty += 5
  set kirov_trust -= 5
  set bukharin_trust -= 5

=== troika_compact: The Kremlin, the Sovnarkom room, the same night

{if troika_formed: A carpenter is fetched from the Kremlin workshops and saws two inches off the legs of the middle chair without being told why. Kirov watches the saw with professional interest; Bukharin applauds when it is done. For a moment the three of you sit level and nobody knows how to begin, which is perhaps what equality feels like. | You take the middle chair. Kirov takes the one on your right without being asked, Bukharin the one on your left after a glance at its legs. Nobody mentions the difference in height. Everybody has seen it.}

Pravda has telephoned twice. Its acting editor, who has held the post since Mekhlis was led out of Poskrebyshev's anteroom this morning, would like to know what to print. The presses start at one. The country has been told that Comrade Stalin is dead; it has not been told what happened after, and a country that is not told something will tell itself.

Kirov has a name ready. "Rykov." He lays it on the baize like a card. "People's Commissar of Communications. Every wire in the Union runs through his building. A conspiracy in the nomenklatura to purge the Marshal, sell half of Europe and strangle the revolution in its bed. The army found it out and struck first. People will believe it, because they will want to."

Bukharin has stopped drawing. In 1928, when Bukharin had Pravda, Rykov had the government; when they lost, they lost together, and Rykov stood beside him at every plenum, stammering, after it had stopped being any use. "Alexei Ivanovich drinks too much and is afraid of his own telephone," Bukharin says. "He could not conspire to buy a tram ticket." He looks at you, not at Kirov. "Tell them the truth. A fall on a staircase. A vacuum. An army that would not wait for Molotov."

There is a third way, and Kirov sees you weighing it: the dead man's own Secretariat, the keepers of lists. It has the merit of being partly true. It has the drawback that Kirov sat on the same Politburo as the men it names. {if fall_folder_kept: It has, besides, a proof: Yezhov's red folder, in your safe on Frunze Street, with the Boss's pencil in its margin.}

* Print the Rykov conspiracy: the nomenklatura plotted, and the army saved the revolution -> troika_rykov
  set rykov_story = true
  set legitimacy += 10
  set bukharin_trust -= 10
  set party_strength -= 5
* (clique_blamed) Blame the dead man's own Secretariat: Molotov, Kaganovich and their lists -> troika_kamenev
  set legitimacy += 5
  set party_strength -= 10
  set kirov_trust -= 5
* (plain_facts) Print the plain facts: a fall, a vacuum, an army that would not wait -> troika_kamenev
  set bukharin_trust += 5
  set standing_abroad += 5
  set party_strength += 5

=== troika_rykov: The Central Telegraph, Gorky Street, 12 February 1936

A lit globe turns all night over the door, and under it the People's Commissariat of Communications goes about its business as if nothing had happened: forms, queues, the chatter of the Baudot machines on the second floor. Alexei Rykov receives you in an office with a portrait of Lenin on the wall and, beside it, a pale oblong where another portrait hung until yesterday.

He has read Pravda. He has read it several times; it lies on the desk folded to the column that makes him the most dangerous man in the Soviet Union. "I s-see I have been busy," he says. The stammer is worse than you remember. There is a glass on the blotter, and a bottle of the weak thirty-degree vodka the whole country called rykovka in 1924, because he was the Chairman who gave it back to them.

"Kolya came to see me last night," he says. "He cried. I told him not to, it makes his nose red. You want something from me, Marshal. A confession, a trial or a silence. I have been in this Party since 1899. I know the menu."

{if yagoda_turned: Yagoda's men are already in the corridor, with a typist and their own paper. They have done this before. | There is nobody from the Lubyanka in the corridor. If there is to be a confession, someone will have to be found to write it.} {if troika_formed: Under the rule you made on the first night, Bukharin's signature is needed on whatever you decide. He will give it. He will not forget giving it. | Bukharin has no signature to withhold. He will hear what you decided before your car reaches the Kremlin.}

* (confession) Let Yagoda's men take down his confession, and keep him alive to repeat it -> troika_kamenev
  if yagoda_turned else "Without Yagoda, the Lubyanka writes no confessions for you."
  set nkvd_loyalty += 5
  set bukharin_trust -= 10
  set legitimacy += 5
* (collegium) Send him before the Military Collegium. The story needs a sentence, and you will sign it -> troika_kamenev
  set rykov_shot = true
  set executions += 1
  set army_loyalty += 5
  set kirov_trust += 5
  set bukharin_trust -= 15
  set standing_abroad -= 5
* (pension) Let him retire: a pension, a dacha, no visitors and no newspapers -> troika_kamenev
  if legitimacy >= 15 else "The story is too young to survive a conspirator growing cucumbers."
  set bukharin_trust += 10
  set party_strength += 5
  set legitimacy -= 5

=== troika_kamenev: The Kremlin, the Senate building, 2 March 1936
-> troika_kamenev_defiant if not rykov_story and party_strength >= 50 and not seen(troika_kamenev_defiant)

Lev Kamenev is fifty-two and looks seventy. The dead man brought him back last year as a deputy chairman of the Council of People's Commissars, to show the Party how forgiving he could be, and gave him an office with no telephone worth the name. On the night of the tenth, with Molotov under guard in an anteroom, the rule book made him acting Chairman, and for three weeks he has signed whatever you sent him. Before all that he ran the Academia house and wrote a preface to Machiavelli, and he has the air of a man who has lately had occasion to reread it. He holds his statement in both hands, as if it might be taken from him.

{if seen(troika_kamenev_defiant): Bukharin spent three hours with him last night in a flat on the Arbat and came out grey, with the text in his pocket. Kamenev does not look at you when you take it. He looks at the window, as men do in this building. | He offers it before he sits down. He has read the room correctly; he has been reading rooms like this since Lenin was alive.}

{if seen(troika_kamenev_defiant): It is the text he meant to read in Sverdlov Hall, word for word, except that it is addressed now to the Council of People's Commissars, and will be printed rather than read aloud. | The text is short. He had no knowledge of the events of that night. It was a tremendous failure on his part not to have been able to stop them.} He resigns the chairmanship, and asks leave to retire from public life. {if rykov_story: It is beautifully made. Every reader will decide for himself whether what Kamenev failed to stop was Rykov's conspiracy or your divisions, and every reader will be right. | It is beautifully made, and it tells no lies at all. That is what makes it dangerous.} {if rykov_shot: He does not mention Rykov. He knows what the Military Collegium did on Tuesday, and he has left a space in the statement exactly the size of it.}

"There is a town on the upper Yenisei," he says. "Minusinsk. The Tsar sent Ilyich to that district once; it did him no harm. I should like to go somewhere with a library and no telephone." He takes off his glasses. "You will have me watched, of course. I only ask to know by whom. It is easier to be polite to them if one knows."

+ (nkvd_watch) Minusinsk, and the NKVD to watch him -> troika_chairman
  set nkvd_loyalty += 5
  set bukharin_trust -= 5
* (army_watch) Minusinsk, and the army's own Fourth Directorate to watch him -> troika_chairman
  set nkvd_loyalty -= 5
  set party_strength -= 5
* (kamenev_letter) Minusinsk, watched, but with a letter: the Congress of Soviets may call on him for counsel -> troika_chairman
  set legitimacy += 5
  set bukharin_trust += 5
  set standing_abroad += 5
  set kirov_trust -= 5

=== troika_kamenev_defiant: The Kremlin, the Senate building, 1 March 1936

Kamenev will not go quietly, and the reason is on your desk: a list of eighty-one members of the Central Committee and candidates, still alive, still in Moscow, still in their flats on Granovsky Street and the Embankment, who have not been told by anybody that they no longer matter. {if clique_exiled: The exiles on the Siberian train frightened them for a day. Then they counted how many of them were left, and stopped being frightened. | The men you retired instead of exiling have been dining with them every night.} Nobody has accused the Party of anything. So the Party has concluded that it is still the Party.

Kamenev, who has been acting Chairman of the Council since the night Molotov was led away, has written a statement, and intends to read it himself to a plenum of the Central Committee. He had no knowledge of the events of that night. It was a tremendous failure on his part not to have been able to stop them. Read aloud in Sverdlov Hall, to a room of men who were not consulted either, the word "stop" will sound like an instruction.

Bukharin, who has known him since before the revolution, says Kamenev can be talked to. "He is not brave, Mikhail Nikolayevich. He is only tired of being frightened. There is a difference, and one can work in it."

* (let_read) Let him read it to the plenum. Let the Party hear its own weakness in his voice -> troika_chairman
  if legitimacy >= 15 else "The regime is too young to be lectured in its own hall."
  set kamenev_stays = true
  set legitimacy -= 5
  set party_strength += 5
  set standing_abroad += 5
  set bukharin_trust += 5
+ (rewrite) Have the statement rewritten on Frunze Street, and have him sign it there -> troika_chairman
  set kamenev_stays = true
  set legitimacy += 5
  set party_strength -= 5
  set bukharin_trust -= 5
* Send Bukharin to talk to him tonight -> troika_kamenev
  set bukharin_trust += 5

=== troika_chairman: The Kremlin, Sverdlov Hall, 5 March 1936

The white dome of Sverdlov Hall holds the cold like a church. Kalinin presides, as he has presided over everything since 1919, with the patient beard of the All-Union Elder and the eyes of a peasant watching weather. Below him sit the members of the Central Executive Committee who could be found and brought, and a good many officers in the gallery who were not invited and were not refused.

Bukharin rises to move your name. {if troika_formed: He does it well, as agreed, with a joke about Bonaparte that makes the hall laugh and takes the word away from anyone who meant to use it. | He reads the motion from a typed sheet, like a man reading a receipt, and sits down before the applause begins.} Chairman of the Council of People's Commissars, in place of Comrade Kamenev, retired for reasons of health. And, by a second motion that nobody remembers drafting, the rank of Grand Marshal of the Red Army, which no man has held because it did not exist until this morning.

Kirov leans across during the vote. "They will put it on the stamps," he says. "Make sure they put your face the right way round. The last man had a good side and they always found it." {if voroshilov_arrested: Voroshilov's chair at the Commissariat of Defence stands empty on Frunze Street. Everyone in the hall knows it, and knows who could fill it with a nod. | Voroshilov's chair at the Commissariat of Defence is not empty, whatever else it is, and the gallery watches you not look at it.}

* (grand_rank) Take the chair and the new rank, with the baton, the parade and the newsreel -> troika_rhineland
  set army_loyalty += 5
  set standing_abroad -= 5
* (modest_rank) Take the chair; let the rank be one line in the decree and nothing more -> troika_rhineland
  set legitimacy += 5
  set kirov_trust += 5
  set standing_abroad += 5
  set army_loyalty -= 5
* (defence_too) Take the Commissariat of Defence as well, and sign its orders yourself -> troika_rhineland
  if voroshilov_arrested else "Voroshilov's chair is not yet yours to take."
  set army_loyalty += 5
  set kirov_trust -= 5
  set bukharin_trust -= 5
  set standing_abroad -= 5

=== troika_rhineland: The Commissariat of Defence, Frunze Street, 7 March 1936

The dispatch from Berlin comes in at eleven. At dawn three German battalions marched over the Rhine bridges into the demilitarised zone, with bands. The French have held a cabinet meeting. The French are holding another. Litvinov telephones to say that Paris ratified its pact with Moscow a fortnight after you took the Kremlin, and would now like to know what exactly it has signed with.

In the long room on Frunze Street the General Staff reads the dispatch and then looks at you. Yegorov says what all of them think: that you wrote in Pravda a year ago what Germany was preparing, and were called an alarmist for it, and here it is. Uborevich, who spent a year at the German staff academy and came back with excellent boots and no illusions, says that the Wehrmacht, which has had that name for less than a year and its conscripts for less than that, will not wait for the Soviet government to finish its arrangements.

Gamarnik, in his black beard, has brought a draft. The Red Army is to be proclaimed, in so many words, the vanguard of the revolution. And with the words, the means: the civilian intelligence services, the institutes, the frontier troops, the police, folded into their military equivalents under one command. "One country, one front," he says. "If the Germans are going to be in a hurry, so must we."

{if yagoda_turned: Yagoda, who has done everything you asked, will take it as a reward of the kind that gets men shot. | {if coup_nkvd_held: Agranov, who has held the Lubyanka for you since the night and put Yagoda in its basement, will take it as the bill. | The Lubyanka, which did not lift a finger for you, will take it as the bill.}} {if nkvd_loyalty >= 40: The Lubyanka's officers have been helpful these last weeks. Helpful men expect to be kept. | The Lubyanka's officers have been correct these last weeks, and not one degree warmer.}

* Fold the NKVD into the army: frontier troops, prisons, files and all -> troika_desk
  set nkvd_absorbed = true
  set army_loyalty += 10
  set nkvd_loyalty -= 15
  set standing_abroad -= 5
* (take_intelligence) Take the foreign intelligence and the code-breakers; leave the rest where it is -> troika_desk
  set intelligence_taken = true
  set army_loyalty += 5
  set nkvd_loyalty -= 5
* (lubyanka_left) Leave the Lubyanka alone for now, and let it know you have left it alone -> troika_desk
  set nkvd_loyalty += 10
  set army_loyalty -= 5

=== troika_desk: The Kremlin, the Senate building, spring 1936

{sequence: The thaw comes in a night. By morning the Kremlin is all dripping cornices and the sound of shovels, and three files lie on your desk, each tied with tape of a different colour. | The second file waits where you left it. Outside, the sentries have changed into summer caps a fortnight early, on nobody's order, and nobody has told them to change back. | The last file has been moved to the middle of the blotter by a hand that is not yours. Your adjutant says it was the draught. | The desk is clear. It is the first time it has been clear since the staircase.}

{if seen(troika_congress) or seen(troika_congress_cold): {sequence: | Kirov's Congress has sat and risen. | Kirov's Congress has gone home and left its minutes, which are long. | The Congress's minutes have come back from the printers.} | {sequence: Red tape for Kirov's Congress of Soviets, which meets in the Great Kremlin Palace and expects to elect him. | The red tape is still tied: Kirov's Congress, which has begun without you. | Kirov's file is still in its red tape, and his Congress is in its third day.}} {if seen(troika_plan): {sequence: | Bukharin's plan has your signature on it. | Bukharin's plan has gone to the printers with your signature on it. | Gosplan has sent round the first figures of Bukharin's plan.} | {sequence: Blue tape for Bukharin at Gosplan, who has been given the economy and a very small office. | The blue tape is still tied: Bukharin, at Gosplan, is counting without you. | Bukharin's file has lain in its blue tape for a week, and he has telephoned twice to ask after it.}} {if seen(troika_technocrats): {sequence: | The engineers have had their answer. | The engineers have gone back to their blast furnaces with your answer. | Nogin Square has sent its thanks, in figures.} | {sequence: Black tape for a petition from the engineers of Nogin Square, signed by two hundred men who would rather be asked what they think than what they believe. | The engineers' petition is still in its black tape. | The engineers have sent a second copy of their petition, in case the first was lost.}}

{once: Under the files, as every morning, the dispatches: the wheat in the Kuban, a strike in Lille, a report that the American party has declared for you, and a note from Litvinov asking, yet again, to be told the government's foreign policy. | This morning's dispatches are the sowing in the Ukraine, a week behind the plan, a speech of Blum's on the eve of the French elections that mentions you twice, and a request from the Bolshoi for the Grand Marshal's box on Thursday. | In the dispatches, a letter from Shostakovich, thanking you for nothing in particular, which means a great deal.}

* Go to the Great Kremlin Palace, where Kirov is being elected -> troika_congress
* Drive to Gosplan, where Bukharin is counting -> troika_plan
* Receive the engineers from Nogin Square -> troika_technocrats
* (skip_engineers) Leave the engineers' petition unanswered, and call the constitutional commission -> troika_constitution
  if (seen(troika_congress) or seen(troika_congress_cold)) and seen(troika_plan) and not seen(troika_technocrats)
otherwise -> troika_constitution

=== troika_congress: The Great Kremlin Palace, April 1936
-> troika_congress_cold if kirov_trust < 40

The Extraordinary Congress of Soviets fills the long white hall that was two throne rooms until the builders knocked them into one. Two thousand delegates in tunics and embroidered shirts and the odd Kazakh robe, and in the second row a delegation of milkmaids from Kostroma who have been told to clap at the right moments and are doing it beautifully.

Kalinin proposes Kirov for the chair and steps aside with visible relief, an old man put down from a heavy horse. The vote is by acclamation. Within the hour the commissions have chairmen, and the chairmen are Leningrad men: Chudov, Kodatsky, the smooth young secretaries of the Vyborg side, with their Leningrad haircuts and their Leningrad habit of finishing the business before Moscow has read it.

Uborevich, beside you in the box, has brought Pravda's bound volumes for 1934, because he is a thorough man, and has marked them with paper slips. "He says it himself: a provincial secretary with a good voice, next to Postyshev in the newspapers. He was right. He was." He closes the volume. "The legend is being made now, in this hall, and we are the ones making it. When they write his life, they will say he was always this tall." {if troika_formed: He is your partner by your own rule, and he is making himself taller with every vote. | He is your junior, and he is making himself taller with every vote.}

Kirov finds you in the interval, sweating, delighted. "You gave me a Congress," he says. "What do you want me to do with it?"

+ (kirov_free) Tell him to run it his own way -> troika_desk
  set kirov_trust += 10
  set legitimacy += 5
  set party_strength += 5
* (army_bloc) Seat a bloc of army deputies on every commission -> troika_desk
  if legitimacy >= 15 else "The Congress would walk out, and the country would see it walk."
  set army_loyalty += 5
  set kirov_trust -= 10
  set legitimacy -= 5
* (open_votes) Ask him for a real chamber: open debate, recorded votes, the minutes printed -> troika_desk
  if kirov_trust >= 50 else "Kirov does not trust you enough to share a real parliament with you."
  set legitimacy += 10
  set kirov_trust += 5
  set party_strength += 5
  set standing_abroad += 5
  set army_loyalty -= 5

=== troika_congress_cold: The Great Kremlin Palace, April 1936

Kirov is elected Chairman of the Congress of Soviets by acclamation, in the long white hall, and thanks the delegates in a speech that mentions Lenin eleven times, the Leningrad proletariat six times and you once, in the passive voice. By the evening the commissions belong to his Leningrad men, and the drafts of the session's laws are being typed on Smolny typewriters that came down on the night train with him.

He does not come to your box in the interval. He sends Chudov, who is polite in the way of a man delivering a summons. {if seen(troika_plan): The Leningrad men have read what you did at Gosplan, and they have drawn their conclusions about how you treat partners. | The Leningrad men have drawn their conclusions about how you treat partners.}

Yakir, who is in Moscow for the session, watches the Leningrad secretaries working the aisles. "He has learned," Yakir says, "from the man who taught all of them. First the commissions, then the lists, then the hall. In three years you will need his permission to be applauded."

* (kirov_visit) Go to Kirov's rooms tonight, alone, without your adjutant -> troika_desk
  set kirov_trust += 10
  set army_loyalty -= 5
+ (kirov_left) Let him have his Congress. You have the divisions -> troika_desk
  set army_loyalty += 5
  set kirov_trust -= 5
  set party_strength += 5

=== troika_plan: Gosplan, Okhotny Ryad, April 1936

The new building on Okhotny Ryad was put up for the Council of Labour and Defence and still smells of wet plaster and mastic. Bukharin has an office on the fourth floor, the size of a railway compartment, with a view of the back of the Moscow Hotel and one of Mezhlauk's wall charts, on which the second Five-Year Plan climbs steeply to the right like a man running from something.

On the desk lies Kirov's memorandum: one commissariat for all distribution, one ledger for all grain, the collective farm markets folded into the state trade network and the prices fixed from Moscow. {if troika_formed: Bukharin may refuse to carry it out; he has a signature of his own. He would rather you refused it for him. | Bukharin is a commissar for planning in a government he did not choose. He has been told to carry it out, and he has read it four times looking for the place where it fails.}

{if rykov_shot: Rykov's name is not spoken. The chair by the window, where a deputy would sit, has nobody in it.} "In 1928 we lost with good arguments," he says. "I have been given a second chance to lose with them, in a smaller office." He turns a pencil over. "Two soldiers in three in your army are peasants' sons. Every letter from home that mentions the collective farm is read aloud in the barracks; ask your commissars what the letters say. And you know what the countryside thinks of the army, Mikhail Nikolayevich. You were at Tambov. Give me the markets back, and in two years the countryside will think something else."

{if technocrats_raised: Mezhlauk's engineers, with their new commissariats, have sent a note in the margin that the figures support Bukharin and the politics support Kirov. | Mezhlauk's people have sent nothing. They are waiting to see which way the wind sits.}

+ (centralize) Sign Kirov's scheme and have Bukharin carry it out -> troika_desk
  set kirov_trust += 10
  set bukharin_trust -= 10
* (markets) Free the collective-farm markets and raise the grain price, as Bukharin asks -> troika_desk
  set bukharin_trust += 10
  set legitimacy += 5
  set kirov_trust -= 5
  set army_loyalty -= 5
* (tanks_first) Put the tank and aircraft programme first; let the plan be drawn around it -> troika_desk
  if legitimacy >= 15 else "The ration queues would not stand another year of it."
  set army_loyalty += 10
  set bukharin_trust -= 5
  set legitimacy -= 5
* (rykov_deputy) Let Bukharin bring Rykov in as his deputy -> troika_desk
  if not rykov_shot
  if not rykov_story else "Rykov is the conspiracy now. He cannot be anybody's deputy."
  set bukharin_trust += 10
  set party_strength += 5
  set kirov_trust -= 5

=== troika_technocrats: The Commissariat of Heavy Industry, Nogin Square, April 1936

Ordzhonikidze receives you in shirtsleeves, in a room full of blueprints weighted down with pieces of steel from his own mills. Sergo built the industry with his voice and his telephone, and the men who actually run it stand behind him: Pyatakov, his deputy, who signed for Trotsky in 1923 and recanted in 1928 and is still the best industrial administrator in the country; Mezhlauk from Gosplan; a row of chief engineers from Magnitogorsk and the Stalingrad tractor works, and, at the end of the row, looking uncomfortable in a borrowed tie, Kleymyonov and Langemak from the jet propulsion institute you protected when nobody else believed in rockets.

Their petition is simple, which is what makes it radical. Appoint by competence. Let the man who knows the blast furnace run the blast furnace, whether or not he has a Party card, and let him answer for the steel and not for his opinions. The movement has a name in the American magazines, technocracy, and the engineers pronounce it with the care of men handling something that might go off.

"The army has always known this," Pyatakov says. "You never asked your gunners whether they had read Lenin. You asked them whether they could hit things." Sergo watches you. He and Kirov have been friends since the Caucasus, and he has not said a word on Kirov's behalf. The friendship says it for him.

* (engineers) Raise the engineers: commissariats run by the men who know the machines -> troika_desk
  set technocrats_raised = true
  set legitimacy += 5
  set party_strength -= 5
  set standing_abroad += 5
* (military_science) Take the design bureaus and the rocket institute under the army -> troika_desk
  set army_loyalty += 5
  set party_strength -= 5
+ (sergo_kingdom) Leave Sergo his kingdom, his tractors before tanks, and his friendship with Kirov -> troika_desk
  set kirov_trust += 5
  set party_strength += 5
  set army_loyalty -= 5

=== troika_constitution: The Kremlin, the Constitutional Commission, late April 1936

Bukharin has been writing a constitution. He wrote most of it before the staircase, with Radek, for the dead man, and it is the best thing he has ever written: secret ballot, equal suffrage, freedom of the press, inviolability of the person. {if party_strength >= 50: The Party men on the commission have read it as a list of things that will never be used against them. | The few Party men left on the commission read it the way men read a will.}

Article 126 names the Communist Party as the vanguard of the working people and the leading core of all their organisations. Your staff have sent up a redraft. It strikes out "the Communist Party" and writes in "the Workers' and Peasants' Red Army". A note clipped to it, in your own staff's careful hand, proposes that the new order be called post-partisan, and that candidates for the soviets be vetted, not by the Party, but by a new directorate of military law.

Kirov reads the redraft twice, and then the second time aloud. "I have been a Party man since 1904," he says. "I have been in prison for it. I will not be told by a staff colonel that it was unnecessary." {if troika_formed: Under your own rule, he can refuse to sign the article. The article would pass without him. Everyone at the table works that out at the same moment. | He is a junior partner. He can only refuse to applaud.}

Bukharin laughs, not happily. "In 1928 we lost because the dead man packed the Central Committee. You do not propose to pack it, Marshal. You propose to abolish it. It is more honest, I suppose."

* (post_partisan) Strike the Party out. The Red Army is the vanguard, and the country is post-partisan -> troika_vetting
  set party_shell = true
  set party_strength -= 20
  set army_loyalty += 10
  set kirov_trust -= 10
  set bukharin_trust -= 10
  set standing_abroad -= 5
* (both_named) Name both: the Party as the teacher, the Army as the vanguard -> troika_mayday
  set party_strength -= 5
  set army_loyalty += 5
  set kirov_trust -= 5
* (article_kept) Leave the article as Bukharin wrote it -> troika_mayday
  set party_strength += 5
  set legitimacy += 5
  set bukharin_trust += 5
  set kirov_trust += 5
  set standing_abroad += 5
  set army_loyalty -= 10

=== troika_vetting: The Commissariat of Defence, Frunze Street, late April 1936

The new directorate has two floors of the old Alexandrovsky school and a name nobody can say quickly: the Main Directorate of Military Inspection of Candidacies. Its officers are military jurists, with the collar tabs of the military procuracy and the pale faces of men who read for a living. By the autumn they will have passed or refused every candidate for every soviet from Minsk to Vladivostok. The Party, which used to do it, has been left the Comintern, the international congresses and the fraternal parties abroad. It has been left, in short, the rest of the world, and nothing in this one.

{if nkvd_absorbed: The files they will read came over from the Lubyanka in forty lorries, when the NKVD became a directorate of the army. Some are very old. Some have your name in them. | The files they will need are still in the Lubyanka, and the Lubyanka sends them over slowly, one lorry at a time, with a receipt to sign for each.} {if technocrats_raised: The engineers want their own examinations written into the rules. They have already drafted them. | The engineers have asked for nothing, which in this country means they expect nothing.}

The chief jurist, a neat colonel with a pince-nez, asks what the directorate is to look for. It is, he says respectfully, the only question. Everything else is paperwork.

* (vet_loyalty) Loyalty to the army, and nothing else -> troika_mayday
  if legitimacy >= 15 else "Even the jurists would call it a purge by another name."
  set army_loyalty += 5
  set legitimacy -= 5
* (vet_competence) Competence: trades, records, examinations, the engineer's kind of question -> troika_mayday
  set legitimacy += 5
  set party_strength -= 5
* (vet_light) Let anyone stand whom no military court has convicted -> troika_mayday
  set legitimacy += 5
  set party_strength += 5
  set standing_abroad += 5
  set army_loyalty -= 5

=== troika_mayday: Red Square, 1 May 1936

The tanks come up from the Historical Museum in columns of six, T-28s with their three turrets and then the fast BT-7s, so many that the cobbles hum through the soles of your boots on the tribune of the Mausoleum. Overhead the TB-3s go over in echelon, low enough to shake the pigeons off St Basil's. The wind carries their exhaust over the guests' stand, where General Köstring, the German attaché, is writing in a notebook, and the French attaché is trying to read it.

{if party_shell: There are no Party banners this year. There are Lenin's face, the red flags and the army's, and the slogan on the GUM facade, three storeys high, reads THE RED ARMY IS THE VANGUARD OF THE REVOLUTION. Nobody in the crowd seems to find it strange. That is the strangest thing. | The Party's banners are out as every year, and the army's beside them, exactly the same height. Someone measured.} {if rykov_story: A float from the Dynamo works carries a papier-mache Rykov with a telegraph wire round his neck and a bottle in his hand, and the crowd laughs. | There is no villain on the floats this year. The crowd, unused to it, seems to be looking for one.} {if rykov_shot: It is the laugh of people who know the man is dead.} {if rykov_story and not rykov_shot: Rykov, wherever they are keeping him, will hear of it.}

{if troika_formed: Kirov and Bukharin stand at your shoulders, as equals stand. | Kirov and Bukharin stand one step behind you, as the protocol department has arranged.} {if kirov_trust >= 60: Kirov waves to the Leningrad column as if he had raised every man in it himself, and then, to your surprise, turns and waves to you. | Kirov waves to the Leningrad column and to no one else.} {if bukharin_trust >= 50: Bukharin is drawing the parade on the back of his programme, and passes you the sketch: you, in the middle, very tall, with a baton. It is affectionate. It is also a warning. | Bukharin watches the tanks with the face of a man adding up what they cost in bread.} {if kamenev_stays: Kamenev, retired to his flat on the Arbat, will hear the bands through the window and not go to it. | Far away in Minusinsk, Kamenev will hear the parade on a wireless he is not supposed to have.}

In the middle of the fly-past your adjutant climbs the steps with a telegram. It has come through the legation in Oslo, from a village outside Hønefoss, in Norway. It is eleven words long, and signed with a name that has not been printed in a Soviet newspaper for seven years, except as a curse.

* (photograph) Call Kirov and Bukharin to your shoulders for the newsreel cameras -> prophet_arrival
  if not troika_formed and kirov_trust >= 35 and bukharin_trust >= 25
  set troika_formed = true
  set kirov_trust += 5
  set bukharin_trust += 5
  set army_loyalty -= 5
* (telegram_shared) Pass the telegram to Kirov and Bukharin without a word -> prophet_arrival
  set kirov_trust += 5
  set bukharin_trust += 5
  set trotsky_influence += 5
* (telegram_kept) Fold the telegram into your greatcoat and watch the tanks -> prophet_arrival
  set army_loyalty += 5
  set bukharin_trust -= 5
