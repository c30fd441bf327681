// Chapter four: the Prophet. Summer 1936.
// Trotsky comes home and looks for a place to stand: the army that remembers
// him, permanent revolution against Litvinov's arithmetic, the Vistula and
// Budapest, the fear of a general war; Zhukov, and the commissars.
// Opens at prophet_arrival; hands on to europe_map_room.
// The fork: refuse him (prophet_refusal, prophet_bulletin, prophet_officers,
// prophet_abroad) instead of the station, the audience, the Academy, the
// Sovnarkom and the Bonaparte chapter; both roads meet at prophet_poland.

var trotsky_post = 0      // what the Marshal gave Trotsky: 1 the Comintern, 2 a chair at the Frunze Academy, 3 a pen and a pension (ch 4)
flag warsaw_study         // a staff study for a new march on Warsaw was ordered (ch 4)
flag budapest_transmitter // Bela Kun given money and a transmitter for Budapest (ch 4)
flag trotsky_sent_away    // Trotsky sent back into internal exile at Alma-Ata (ch 4)
flag trotsky_refused      // the Oslo telegram answered: no post and no visa; he never came home (ch 4; read in ch 5 and 6)
flag trotsky_killed       // the foreign department "settled the question" in Norway (ch 4; read in ch 5 and 6)
flag trotsky_in_mexico    // Norway let him go to Mexico, as it did in 1937 (ch 4; read in ch 5 and 6)
flag trotsky_gave_word    // on the night drive he wrote to the forty-three that he would not lead them (ch 4; read in ch 6)

=== prophet_arrival: The Kremlin, the Senate building, May 1936

The telegram lies on the green baize where you dropped it, and everyone who comes into the room reads it upside down. READY TO SERVE REVOLUTION ANY POST REQUIRING NO LIES STOP TROTSKY. Eleven words, counted by the clerk of the legation in Oslo, who charged for every one.

{if nkvd_absorbed: The file came up from the army's new security directorate within the hour, still smelling of the Lubyanka's cellars. | The file came over from the Lubyanka in the afternoon, a little thinner than you remember it being.} He lives in a village outside Hønefoss, in the house of a Norwegian printer, with his wife, two secretaries and a revolver he has never fired. He is finishing a book that a Paris house will bring out in the autumn. Its working title is The Revolution Betrayed, and one chapter is about Bonapartism. {if yagoda_turned: Yagoda, who put him aboard the steamer Ilyich at Odessa in 1929, has added a note in green ink recommending that he be left in Norway. | The man who put him aboard the steamer Ilyich at Odessa in 1929 is not in a position to add notes to anything.} His younger son, Sergei Sedov, an engineer who never cared for politics, is in exile in Krasnoyarsk for having the wrong father.

{if congress_broken: Kirov says it from the far side of the Kremlin now, from the Great Kremlin Palace, where a Leningrad regiment stands guard over his Congress and his praesidium countersigns your decrees; he can delay this one, and he lets you know that he could.} Kirov is against it, as you knew he would be. "In 1926 I went to Leningrad to break Zinoviev's people," he says. "Every one of them talked about Trotsky the way priests talk about the Second Coming. Bring him back, and you bring back 1926." Bukharin, who voted to expel him in 1927 and has had nine years to reconsider most things, shrugs. "Let him come. He will quarrel with everyone in a month. It might do us good to have someone to quarrel with who is not in the room."

You remember Sviyazhsk, in the summer of 1918: a Guards lieutenant of twenty-five, a year out of a German prison camp, standing in front of a man in a leather coat who had just given him an army. You have not forgotten who gave it.

* (invite) Invite him home: a Soviet steamer from Oslo, and his son freed to meet him on the quay -> prophet_station
  set trotsky_invited = true
  set trotsky_influence += 10
  set army_loyalty += 5
  set kirov_trust %- 20
  set standing_abroad -= 5
  You write the answer yourself, standing at the window with a telegraph form on the sill, and it comes to twenty-two words: eleven deserve a reply in kind, and you give him twice as many. COME HOME STOP THE SHIP WILL BE AT OSLO ON THE TWELFTH STOP YOUR SON WILL BE ON THE QUAY. Then a second form, to Krasnoyarsk, over your own signature: the engineer Sergei Lvovich Sedov to be released from administrative exile and put on the Leningrad train with a first-class ticket and an apology, in that order.

  Kirov reads the copy that evening in the Sovnarkom room. He puts the Leningrad papers down on top of it, very gently, as if to keep it from blowing away. "You asked me what I thought," he says, "and then you did it. I shall remember the order of those two things." By the end of the week the letters have begun to come in to Frunze Street from men who rode with the armoured train in 1919, in pencil, on squared paper, thanking the Marshal for remembering; and Le Temps prints the telegram on its front page under a headline about the Bolsheviks recalling their Robespierre, which the Quai d'Orsay reads and underlines.
* (admit) Let him in: a passport, a berth, and no band -> prophet_station
  set trotsky_influence += 5
  The legation in Oslo issues a Soviet passport in the name of Lev Davidovich Bronstein, writer, and a berth on the Leningrad boat. The clerk who counted his eleven words charges him for the passport too.
* (apply_congress) Let him apply to Kirov's Congress of Soviets for his citizenship, like anyone else -> prophet_station
  set legitimacy += 5
  set kirov_trust += 5
  His application reaches the Presidium of the Congress by the diplomatic bag, two lines long and correct in every particular; under occupation he has written "revolutionary", then struck it through and written "author". Kirov's commission grants it after eleven days, one for each word of the telegram, and has the vote printed in Izvestia, thirty-one to four, so that the country can see that even this is decided by somebody.
* (refuse) Answer him: no post, and no visa -> prophet_refusal
  set trotsky_refused = true
  set trotsky_influence -= 5
  set kirov_trust += 5
  You hand the telegram back to the clerk and tell him to find Litvinov, who will know how to say no in the fewest words.

=== prophet_station: The Leningrad Station, Moscow, June 1936

He came by sea to Leningrad, Kirov's city, and then down on the night train; Kirov's people watched him every verst of the way and reported that he read all night and drank only tea. {if trotsky_invited: His son met him on the quay. There is a band of the Moscow garrison on the platform now, and an honour guard of cadets from the Frunze Academy with their bayonets fixed, and a crowd that nobody organised and nobody can disperse. | No band, no guard, a second-class sleeper. And the platform is full anyway, from the buffers to the ticket hall, with a crowd that nobody organised and nobody can disperse.}

Old men in the long cavalry greatcoats of the civil war have come with their medals on, men who rode in front of his armoured train or behind it. Students from the university have come to see a ghost. Women have come because everyone else came. Along the walls stand the watchers, {if nkvd_absorbed: in army uniform now, which makes them harder to pick out and easier to blame. | in the raincoats of the NKVD, which have not changed since the days when their owners were watching him.}

He steps down at the third carriage. He is fifty-six; the famous hair is white, the pince-nez the same, and behind him Natalia Ivanovna holds a hatbox as if it were the last thing she owns, which it may be. The crowd makes a sound that is not a cheer, lower and older than that. He lifts his hat to it. You are watching from the stationmaster's window above the platform, and he is looking along it for you.

* (embrace) Walk the length of the platform and take his hand in front of the newsreel cameras -> prophet_audience
  set trotsky_influence += 5
  set standing_abroad += 5
  set kirov_trust -= 5
  It is a hundred and forty paces from the stationmaster's stair to the third carriage, and the crowd opens for you without being asked and closes again behind. The newsreel men from Soyuzkinokhronika have their cameras on the roof of the station buffet; you can hear them cranking. He watches you come the whole way, with the expression of a man checking a proof for errors.

  He takes your hand in both of his. "You are taller than your photographs," he says, for you alone, and then, turning so that the cameras have his good side, "and so, I am told, is your army." The crowd hears none of it and cheers as if it had heard everything. By the next evening the picture is in every cinema in Moscow, and on Thursday in Paris and London: the Grand Marshal and the founder of the Red Army, hand in hand on a railway platform, which the foreign papers caption in eleven different ways and Kirov's Leningradskaya Pravda does not print at all.
* (salute) Salute him from the end of the platform, one soldier to his old commissar -> prophet_audience
  set army_loyalty += 5
  You bring your hand up to your cap from the stationmaster's window, and he sees it, and lifts two fingers to the brim of his hat, as he used to from the step of the armoured train. The old cavalrymen on the platform see it too, and some of them salute the window.
* (send_car) Stay at the window, and send your adjutant down with a car -> prophet_audience
  set kirov_trust += 5
  set army_loyalty -= 5
  Your adjutant goes down with the car keys and a bow, and Trotsky follows him out through the ticket hall without once looking up. The veterans on the platform look up instead. By evening every barracks in Moscow has heard that the Marshal would not go down the stairs to meet the man who made the Red Army, and the barracks do not think it was modesty.

=== prophet_audience: The Kremlin, the Senate building, June 1936

He walks round your office before he sits, touching nothing, like a man in a museum where he once lived. "So this is where he sat," he says. "I always imagined it smaller." {if clique_exiled: He asks after Molotov, and when you tell him where Molotov is, he smiles for the first time. "I was in Siberia twice. The Tsar's police were more careful with the post." | He asks after Molotov, and when you tell him Molotov is managing a textile combine in Ivanovo, he says nothing for a long moment. "You are kinder than we were," he says at last. "It will be held against you."}

Then he says what he came to say. "In 1925 I could have done what you did, Mikhail Nikolayevich, without any difficulty and without shedding a drop of blood. The army was mine, the GPU would have come over. I refused, because a coup would only have hurried on the bureaucracy and the Bonapartism we were fighting. I wrote that last November, and I meant it. Serge, who was in our circles then, put it better than I did: power won that way, even with the noblest intentions, would finish in a military and police dictatorship." He looks round the office again. "And here you are."

You remember Wollenberg, the German communist who used to drink with you in 1925, and what he told you over the third glass: that the General Staff admired Trotsky as the organiser of the Red Army, as a man and a revolutionary, and would not have followed his politics across the street. He could not have raised the army against the Central Committee. You know, because you were one of the men he would have needed, and you would not have come. You do not say this. He sees you not saying it.

"I did not come home to be a monument," he says. "Give me work." {if party_shell: What is left of the Party has been left the Comintern and the fraternal parties abroad. To give him the Comintern is to give him everything that remains of the Party. He knows it. | The Party still has the Comintern, and the Comintern still has its building on Mokhovaya Street, opposite the Kremlin, where everyone can see the lights.}

* (comintern) Give him the Comintern: the world revolution, from a desk on Mokhovaya Street -> prophet_army
  set trotsky_post = 1
  set trotsky_influence += 10
  set standing_abroad -= 5
  set party_strength += 5
  Dimitrov, who has been General Secretary of the International for a year and was the hero of the Leipzig trial for a good deal longer, is made its honorary president, which he understands perfectly, and goes to the Crimea for his lungs. Manuilsky stays on as secretary and begins to keep a diary.

  Trotsky moves into the building on Mokhovaya Street on a Monday. By Wednesday the portraits in the great hall are down, all of them, including the one of himself that a hopeful clerk had found in a storeroom and hung in the night; by Friday the French and Spanish parties have cabled to ask, in the most fraternal terms, whether Moscow has gone mad. The Party's old men, who had been left the Comintern as a widow is left a house she cannot heat, discover that it has a famous tenant, and start coming to its meetings again. The foreign ministries read the appointment the way the fraternal parties do, and more calmly, because they have less to lose by it.
* (academy_chair) Give him a chair at the Frunze Academy: the history of the civil war, and no troops -> prophet_army
  set trotsky_post = 2
  set trotsky_influence += 5
  set army_loyalty += 5
  "A professor of history," he says. "It is what they make of men who have made too much of it." He takes the chair all the same, and asks for the Academy's archive of the Southern Front, and a room with a lock.
* (pen_pension) Give him a dacha, a pension, and Tomsky's publishing house for his books -> prophet_army
  set trotsky_post = 3
  set trotsky_influence -= 5
  set kirov_trust += 5
  He accepts the dacha and the pension as a man accepts a receipt, without reading it. Tomsky, who runs the state publishing house and was on the other side of every quarrel Trotsky ever had, sends round a contract the same afternoon, and Kirov, hearing of it, laughs for the first time in a week.

=== prophet_army: The Frunze Military Academy, June 1936
-> prophet_ovation if trotsky_influence >= 25

Kork, who heads the Academy, has asked him to lecture on the civil war, {if trotsky_post == 2: as he must now ask his newest professor. | as any commandant would ask the man who founded the army, if the man were in Moscow and the commandant were brave.} Three hundred officers sit in the amphitheatre with their notebooks open. The older ones remember his armoured train, his orders of the day read out in frozen trenches, his way of arriving at a broken front with a printing press and a firing squad and leaving it whole. The younger ones have read only what the dead man let them read.

He speaks for two hours without notes, about Kazan and Sviyazhsk in 1918, and it is very good. The hall is attentive, and cool. In the third row a colonel with a civil war Order of the Red Banner writes one word on his pad and underlines it: militia. In 1924 this man proposed to turn the regular army into a territorial militia of workers and dissolve the professional officer corps into it. The professional officers in this hall have not forgotten. {if voroshilov_arrested: Nor have they forgotten that the last Commissar of Defence is in a cell, and that the man in front of them would have abolished the rank they arrested him with.}

At the end of the lecture Kork asks, as custom requires, whether there are questions. The hall waits to see whether you have one.

* (militia) Rise and ask him whether he still thinks the officer corps should be a militia -> prophet_revolution
  set trotsky_influence -= 10
  set army_loyalty += 5
  You do not raise your voice; the amphitheatre was built by men who knew about voices. Does Lev Davidovich still hold, as he held in 1924, that the Red Army should become a militia of workers, and its officers schoolmasters of the reserve?

  He could have said that times change. He is not built for it. "Yes," he says, and then, because he is honest and cannot resist an argument, he gives the reasons for ten minutes: that a standing army of professionals is a caste; that a caste in a workers' state will come to think itself the state; that the Paris Commune's first decree abolished the standing army, and Lenin copied it into State and Revolution. It is an excellent argument. Three hundred officers hear it as a man describing, in great detail and with footnotes, the abolition of their careers.

  In the third row the colonel underlines his one word a second time. When Kork closes the meeting nobody applauds for longer than manners require, and the officers who go out past you into the corridor stand aside for you a little more deliberately than usual, as men do when they have just been reminded whose side they are on.
* (front_row) Sit in the front row and say nothing -> prophet_revolution
  set trotsky_influence += 5
  You keep your seat and your counsel. The hall notices that the Grand Marshal had nothing to ask the founder of the army, and draws the conclusion it prefers: that there was nothing he dared to.
* (bonaparte_question) Ask him, before them all, what he thinks of Bonapartism -> prophet_revolution
  set trotsky_influence += 5
  set legitimacy += 5
  set army_loyalty -= 5
  The hall draws its breath in one movement. Kork looks at the ceiling.

  Trotsky takes off his pince-nez and polishes them, which gives him a quarter of a minute and gives the stenographers time to sharpen their pencils. "Bonapartism," he says, "is not a man, Mikhail Nikolayevich. Men are only its occasion. It is what a revolution comes to when its classes have fought each other to exhaustion and none of them can rule: the bureaucracy needs an arbiter, the arbiter needs a sword, and the sword, sooner or later, needs a face. Thermidor first, then the Consulate, then the coronation. The French needed ten years. We are a quicker people."

  He puts the pince-nez back. "Every officer in this hall carries the thing in his map case, as Napoleon's soldiers carried a marshal's baton in their knapsacks. That is not a crime. It is a temperature. The question is what the state does to keep it down, and whether the man with the most divisions is prepared to let it." He looks at you for a long moment. "You asked it in front of three hundred witnesses. Bonaparte would not have asked. It is the most hopeful thing I have heard in Moscow."

  Nobody applauds. The silence goes on so long that a cadet in the gallery drops his pencil, and everybody hears it roll. The officers did not come to hear that their batons were a fever, and they go out not looking at each other. But the stenographers' transcript is in Krasnaya Zvezda the next morning, question and answer, and the country that reads it has never before seen a Marshal ask that question of himself in public.

=== prophet_ovation: The Frunze Military Academy, June 1936

The hall rises before he reaches the lectern. Three hundred officers on their feet, and the applause goes on, and on, and Kork, who heads the Academy, looks at his watch and then at you, and then carefully at neither. A major in the back row is weeping without embarrassment. The cadets in the gallery have begun to stamp.

You count, because you cannot help it. Four minutes. At Kirov's Congress they gave you two and a half, and the milkmaids from Kostroma were paid to start it. {if voroshilov_arrested: In the fifth row Voroshilov's old cavalrymen sit on their hands, because their patron is in a cell and they suspect, correctly, that this man would have put him there sooner. | In the fifth row Voroshilov's old cavalrymen sit on their hands, and look at you to see whether that was wise.}

Trotsky waits for silence with the patience of a man who has been applauded by larger halls and exiled from all of them. When it comes, he thanks the Red Army, "which I had the honour to build, and which has done me the honour of remembering". He does not thank you. He does not need to. {if trotsky_invited: You invited him. Everyone here knows it. It was the right thing, and it is why they are standing. | You did not invite him. You only let him in, and the hall has decided to make up the difference.}

* (applaud) Rise and applaud with them -> prophet_revolution
  set army_loyalty += 5
  set trotsky_influence += 5
  You get to your feet and clap, and the hall, seeing the Grand Marshal standing, finds a second wind. The major in the back row is still weeping. Trotsky inclines his head to you, exactly as far as courtesy requires, and not an inch further.
* (leave_hall) Leave the hall before the applause ends -> prophet_revolution
  set army_loyalty -= 5
  set trotsky_influence -= 5
  set kirov_trust += 5
  You go out by the side door while they are still on their feet, and the door bangs behind you, as side doors do. The officers in the last rows turn their heads to the sound and see whose back it was; they remember it longer than the speech. Kirov, told of it that evening, says it was the first sensible thing anyone did all day.
* (close_meeting) Have Gamarnik close the meeting on a point of order -> prophet_revolution
  set party_strength += 5
  set trotsky_influence -= 10
  set army_loyalty -= 5
  You lean across to Gamarnik and say four words. He rises in the second row, black beard and Party card, and reads from the regulation: meetings of a political character in the military academies are to be closed by the senior political officer present at the end of the published agenda, and the published agenda ended twelve minutes ago.

  The applause stops as if a tap had been turned. Three hundred officers stand with their hands in the air, not knowing what to do with them. Trotsky looks at Gamarnik for a long moment, and then at you, and smiles. "I wrote that regulation," he says, "in the spring of 1919, for a front where the officers were the enemy's." He gathers his papers and bows to the hall, and the hall, which has been told to stop clapping, does not clap.

  The political deputies take it as a victory, and report it up their channel the same night. The officers take it as an insult, not to Trotsky but to themselves, because they had been on their feet and had been told to sit down like schoolboys, and they know whose four words did it.

=== prophet_revolution: The Kremlin, the Sovnarkom room, July 1936

{if trotsky_post == 1: As chairman of the Comintern, he has a seat at this table, and he has taken the one nearest the window so that the light is behind him. | He has no seat at this table. He sits at your invitation, in a chair brought in from the anteroom, which offends everybody, himself most of all.}

Litvinov has come over from Kuznetsky Most with a briefcase and a cold. He is stout, patient and unanswerable, the only man in the government who has spent his life being polite to the bourgeoisie and still sounds like a Bolshevik. "Socialism in one country," he says, "was not a trick to beat Lev Davidovich at a plenum. It was arithmetic. The German October failed in 1923. By 1926 every bourgeois government in Europe had its feet under the table again. The revolution did not come. The encirclement did. We bought time with pacts, and we are still buying it. Every time Moscow prints the words world revolution, a Polish colonel calls up a division and a British admiral gets his budget."

Trotsky answers without raising his voice, which is how you know he is angry. "I have never proposed to carry the revolution into Europe on bayonets. That is a cartoon drawn by people who needed one. I propose to stop strangling it. Money to the German underground. Rifles where rifles are wanted. The truth told to the Polish and Hungarian workers, instead of whatever Litvinov's attachés told their ministers at lunch. Encirclement is not broken by signing it."

Bukharin wants bread and peace and says so. Kirov wants five years of building and says so louder. Everyone, in the end, looks at the Grand Marshal, because the Grand Marshal has the divisions, and whatever is decided about Europe will be decided by what he lets them do.

* (permanent) Side with Trotsky: money, rifles and instructors for the revolutionary parties of Europe -> prophet_poland
  set trotsky_influence += 10
  set standing_abroad %- 30
  set kirov_trust -= 5
  You say it in one sentence, and Litvinov closes his briefcase.

  The money goes through the Comintern's liaison department, the OMS, which has moved money across frontiers since 1921 and has never once been asked for a receipt: three million gold roubles for the year, a third of it to Germany. The rifles come out of the depots of the Kiev district, old Mosin-Nagants with the Tsar's eagle filed off the receivers, and go west in crates marked agricultural machinery. Instructors from the Frunze Academy are given Latvian passports and six weeks of German.

  None of it stays secret for a month. In August the French ambassador asks Litvinov, at a reception, whether the pact of the spring is still in force, and Litvinov answers that it is, in a voice that makes the ambassador write to Paris that night. In London the Foreign Office opens a new file, and gives it a name. Kirov does not argue at the table. He waits until the others have gone and tells you that the Leningrad factories were promised five years of building, and that he promised it to them himself.
* (litvinov_line) Side with Litvinov: the French pact, collective security, no adventures -> prophet_poland
  set standing_abroad %+ 15
  set trotsky_influence -= 5
  set army_loyalty -= 5
  Litvinov blows his nose, which is how he expresses satisfaction, and by the end of the week he has a speech for Geneva that the British delegation applauds, in its fashion, by not leaving the room. The pact with Paris is given a military convention to stand on, at last, with staff talks promised for the autumn; the Czechs are told in writing that Moscow means its treaty.

  Trotsky hears you out to the end. Then he says that he has heard this policy before, from Chicherin, in 1922, and that it was wise then too. He does not come to the next sitting. On Frunze Street the General Staff reads collective security the way soldiers read it: an army that will be allowed to fight only after the French have, which is to say, as the colonels put it in the canteen, after the Last Judgment.
* (staff_line) Neither: revolution on the General Staff's timetable, not the Comintern's -> prophet_poland
  set army_loyalty += 5
  set trotsky_influence -= 5
  set bukharin_trust -= 5
  Yegorov's staff is to say when and where, and the Comintern is to be told afterwards. Bukharin, who had asked for bread and peace, hears that a revolution on a timetable is still a revolution, and writes something in the margin of his agenda that he does not show you.

=== prophet_poland: The Commissariat of Defence, Frunze Street, July 1936
// Summer pulls the stats that have drifted furthest a fifth of the way back.
if army_loyalty > 75:
  set army_loyalty = (army_loyalty * 4 + 60) / 5
else if army_loyalty < 35:
  set army_loyalty = (army_loyalty * 4 + 55) / 5
if standing_abroad < 20:
  set standing_abroad = (standing_abroad * 4 + 40) / 5
if nkvd_loyalty < 20:
  set nkvd_loyalty = (nkvd_loyalty * 4 + 35) / 5
if kirov_trust < 25:
  set kirov_trust = (kirov_trust * 4 + 45) / 5
if bukharin_trust < 25:
  set bukharin_trust = (bukharin_trust * 4 + 45) / 5

Moscow in July smells of hot asphalt and lime trees, and half the government has gone to the Crimea. {if army_loyalty >= 60: The army's February has worn off in the summer camps: the divisions that marched for you are counting what they were promised, and Uborevich says that a colonel's gratitude has a half-life of about four months.} {if army_loyalty < 60: The army, which sulked through the spring, has found in the summer camps that it likes the new order better than it admits: the pay came on time in June, and in July the new boots.} {if standing_abroad < 30: Abroad, the spring's cartoons are being forgotten, because since the eighteenth the foreign papers have had the Spanish generals' rising to think about, and the Olympic Games that Berlin is about to give.} {if kirov_trust < 40: Kirov has been in Leningrad since June, and distance has done a little of what argument could not.} {if nkvd_loyalty < 30: The Lubyanka has spent the summer making itself useful in small ways, the way a dog that has been kicked brings in the newspaper.}

The map of Poland has hung in your office since 1921, and you have never let them take it down. The pencil lines on it are your own: the Western Front's five armies going west through Minsk and Vilno in July 1920, the order of the day that you wrote yourself and that every cadet still learns by heart. Over the corpse of White Poland lies the road to world conflagration. To the West. Then August, the Vistula, Piłsudski's counter-stroke from the Wieprz into your open flank, while the South-Western Front sat outside Lwów with Stalin as its commissar and would not send Budyonny's cavalry north. You lectured on it afterwards, The March Beyond the Vistula. Piłsudski answered with a book of his own. Piłsudski has been dead a year. Rydz-Śmigły has his baton now, and Beck his foreign policy, and neither has his genius.

Béla Kun has come from the Comintern with a file and a grievance seventeen years old. One hundred and thirty-three days his Soviet Republic held Budapest in 1919. "If you had taken Warsaw," he says, "we would have had a border with you." You do not point out that his republic had been dead a year by the time you reached the Vistula. He knows. He wants money, and a transmitter, and a man in Vienna who can get both across Horthy's frontier.

if trotsky_refused:
  Yegorov, who has come over from the General Staff to keep Kun company, is against both of you, in his careful old-army way. "We marched on Warsaw once on the Comintern's information, Mikhail Nikolayevich, and the Polish workers came out to meet us with rifles, pointed the wrong way." He does not say that the man you would not let come home warned Lenin of exactly this in 1920. You both hear him not saying it.

else:
  Trotsky, to your surprise, is against both of you. "I told Lenin in 1920 not to march on Warsaw, and I was right, and Mikhail Nikolayevich was brilliant and wrong. Bayonets carry a revolution only where it is already walking." {if trotsky_influence >= 30: The staff officers in the doorway listen to him the way they listened to you in 1920. | The staff officers in the doorway listen politely, as one listens to a famous man's memoirs.}

* (staff_study) Order a staff study: Warsaw in six weeks, done properly this time -> prophet_alarm
  set warsaw_study = true
  set army_loyalty += 5
  set standing_abroad -= 5
  Yegorov takes the order without a flicker and gives it to Shaposhnikov's people, who will do it properly, as they do everything. Within a week the Polish military attaché has heard that the Operations Directorate has sent to the archive for the railway tables of 1920.
* (kun_money) Give Béla Kun his money and his transmitter for Budapest -> prophet_alarm
  set budapest_transmitter = true
  set trotsky_influence += 5
  set standing_abroad -= 5
  Kun takes the order in both hands. The transmitter goes to Vienna in a diplomatic crate marked gramophones, and the man who will carry the money over Horthy's frontier turns out to be a Hungarian tailor with a Czech passport and a great many cousins.
* (map_rolled) Have the map of Poland taken down at last. 1920 stays a lecture -> prophet_alarm
  set standing_abroad += 5
  set army_loyalty -= 5
  Two orderlies take it down while Kun watches. The paper has gone brown where the light fell on it and stayed white where the frame was, so that the Poland you have looked at for fifteen years leaves a paler Poland on the wall behind it. The orderlies roll it with the pencil lines inside and ask where it should go, and you tell them the archive. By evening the General Staff has heard that the Marshal has given up Warsaw, and is not sure whether to be relieved.

=== prophet_alarm: The Commissariat of Defence, the war-game room, August 1936

Yegorov's General Staff has played a general war on the great table in the basement, with the blinds down and the umpires in shirtsleeves. {if warsaw_study: It begins where your staff study ends, with Warsaw taken on the forty-first day. | It begins, as the General Staff believes such things always begin, with an incident on the Polish frontier that nobody can afterwards explain.}

You read the umpires' log standing up. On the twentieth day the Polish army is broken. On the twenty-fifth Romania mobilises under its treaty with Poland. On the thirtieth France, which signed a pact with you in the spring, honours the older one she signed with Warsaw. On the fortieth the Royal Navy is in the Baltic, and London has a government that has been waiting for exactly this. On the forty-fifth Germany offers itself to Europe as the shield of civilisation and marches east with everybody's blessing, and in the east the Kwantung Army crosses the Amur. By the ninetieth day the Red Army holds Warsaw, and is fighting on four fronts against the whole of the capitalist world, in the iron ring the propagandists have been promising for fifteen years.

{if standing_abroad < 25: The umpires built their hostile coalition from last month's newspapers, and it did not take them long. | The umpires had to stretch to get Britain into the coalition. The London papers have been kinder than they expected.} Yegorov, who was at Lwów with Stalin in 1920 and has never said a word about it in your presence, says only this: "We could win the first war, Marshal. It is the second one that is inside the first that worries the umpires."

* (show_troika) Show the war-game to {if trotsky_refused: Kirov and Bukharin | Kirov, Bukharin and Trotsky} -> prophet_zhukov
  set legitimacy += 5
  set trotsky_influence -= 5
  set kirov_trust += 5
  set bukharin_trust += 5
  set army_loyalty -= 5
  They come down to the basement on a Saturday afternoon, when the building is half empty, and read the umpires' log at the great table in their overcoats, because the war-game room is kept cold for the maps. Kirov reads fast and turns the pages back to check the dates. Bukharin reads slowly, with a pencil, and stops at the fortieth day to do a sum in the margin: what ninety days of it would cost in grain. {if trotsky_refused: Nobody reads it for the man in Norway, and you find yourself thinking what he would have written in the margin. | Trotsky reads it last, standing, and writes one line beside the forty-fifth day, in his small upright hand: "The Kwantung Army will not wait for the forty-fifth day." Yegorov, reading it afterwards, has it typed into the next version of the game.}

  Nobody says much. Kirov asks whether the umpires are any good, and is told they are the best there are. Bukharin asks whether the game could be played the other way round, with the Red Army waiting; Yegorov says it has been, and that it takes longer and ends better. When they have gone, the log goes back to the safe with three new signatures on the register of those who have read it.

  The register is kept by a captain of the Operations Directorate, and he tells his colonel, and the colonel tells the General Staff. The General Staff's most secret game, which even the district commanders have not seen, was read on a Saturday by {if trotsky_refused: two civilians | two civilians and a pamphleteer}, because the Marshal wanted his partners to be frightened. The staff officers agree that it was well meant. They stop sending you their drafts before they are finished.
* (lock_safe) Lock it in your safe and tell no one, not even your partners -> prophet_zhukov
  set army_loyalty += 5
  set kirov_trust -= 5
  The log goes into your own safe, under the folder from February. The General Staff notices that its secret has been kept, and approves. Kirov hears, a week later, that there was a war-game, and asks what was in it, and you tell him it was technical.
* (replay) Order the game replayed until the Red Army wins -> prophet_zhukov
  set army_loyalty += 5
  set standing_abroad -= 5
  The umpires play it three more times. On the fourth they let the French stay at home and the British stay in harbour, and the Red Army wins on the seventieth day. Yegorov signs that version without comment, and somebody leaves a copy where the Czech military attaché can see it.

=== prophet_zhukov: Slutsk, the Belorussian Military District, August 1936

The Fourth Don Cossack Cavalry Division crosses the Sluch in eleven minutes, horses swimming, machine-gun carts on rafts, and comes up the far bank in a line you could lay a ruler against. Uborevich, whose district this is, lowers his field glasses and says that the division's commander is the best in the army and the rudest, in that order.

Georgy Zhukov is thirty-nine, square-headed, with a jaw like a closed door. His division won the Order of Lenin this spring. He tells you, without being asked, that your tank doctrine is right and the tanks' radios are rubbish, and that he has no politics, only a division. Men who have no politics, you reflect, do not plot; they wait to be asked. That is worse. {if trotsky_refused: He asks you, as you ride back along the river, whether it is true that the old man asked to come home and was told no. The cavalry would have liked to see him once, he says; then it would have liked to see him go. He says it the way a man reports the state of the fords. | {if trotsky_influence >= 30: He asks you bluntly whether the old man is going to run the army again. He asks it the way a man asks about the weather on a day he means to ride. | He does not mention Trotsky at all, which in this summer is a kind of statement.}}

You know what the Party feared in you, all those years, because Gamarnik once told you over brandy: a popular general, a victory, a crowd on a station platform. You look at Zhukov and feel, for the first time, exactly what they felt. {if party_shell: With the Party a shell, nobody will be watching him but you.} {if army_loyalty >= 70: The army is yours now, more than it has ever been anyone's. It is precisely when an army belongs to one man that it starts looking for the next.}

* (zhukov_moscow) Bring Zhukov to Moscow as deputy inspector of cavalry and the mechanised corps -> prophet_harvest
  set zhukov_promoted = true
  set army_loyalty += 5
  He takes the appointment the way he took the Sluch, without a word wasted, and is on Frunze Street by the end of the week. The mechanised corps commanders, who have never before seen one of their own raised so fast, drink to him in the Lefortovo mess; the inspectorate's clerks learn within a month to stand up when he comes down the corridor, and two of them ask for transfers.
* (zhukov_mongolia) Give him a corps in Mongolia, as far from Moscow as the army goes -> prophet_harvest
  set kirov_trust += 5
  Zhukov salutes and says that Mongolia has good grass. Kirov, hearing of it in Leningrad, says that Ulan Bator is exactly the right distance for a man with a jaw like that.
* (zhukov_stays) Leave him with his division and his horses -> prophet_harvest
  set army_loyalty -= 5
  Uborevich had put him up for a corps, and says nothing when you do not give him one. The Fourth Cavalry Division, which expected its commander to be raised, takes it as a slight to the division, and the cavalry does not forget slights.

=== prophet_harvest: The Volga, a collective farm outside Saratov, August 1936

Bukharin asked you to come and see it for yourself, and you came, because he has asked you for very little since February. It has not rained on the lower Volga since the first week of May. The wheat stands a foot high and white as paper, the ears empty, and when the wind goes over it the field makes a sound like somebody turning the pages of a ledger. In July the thermometer on the station at Engels stood at forty in the shade for nine days.

The chairman of the collective farm is a demobilised sergeant of the Volga district with the Order of the Red Banner from Perekop, and he shows you his granary as a man shows a doctor the wound. Seed grain, and not all of that. The procurement plan for the district was drawn up in Moscow in March, on the figures of 1935, which was a good year; it asks this farm for more grain than it has grown. {if party_shell: The district Party secretary, who used to enforce such plans, has no authority left to enforce anything, and has come to watch. | The district Party secretary, who will be held to the plan, stands at the chairman's elbow and says that the plan is the plan.}

Bukharin walks into the wheat and comes back with an empty ear in his fist. "In 1932 they took the plan anyway," he says. "You had the soldiers' letters from home, Misha. So did Yakir; he showed them to the dead man, and the dead man said they were kulak propaganda." He opens his hand. "Cut the quota on the Volga by half. Buy the difference abroad: Canada has wheat and no buyers. There is gold in the State Bank, put by for the American machine tools for the tank works. Or let the farms keep what is left over a quota they can meet, and sell it in the towns. Either will do. The plan will not."

* (harvest_cut) Cut the Volga quota by half, and buy Canadian wheat with the tank works' gold -> prophet_commissars
  set bukharin_trust %+ 20
  set legitimacy += 5
  set army_loyalty -= 5
  You sign the order in the chairman's office, on his table, with his pen, which needs dipping twice. The quota for the lower Volga is halved by telegram that evening, and in September the first grain ships from Montreal tie up at the Leningrad docks under the eyes of photographers whom nobody thought to send away. The gold goes to London to pay for them.

  At the tank works in Kharkov, where the American machine tools were to be installed in the spring, the engineers are told to wait a year, and the General Staff adds up what a year of waiting costs in BT-7s and writes the figure on a card that it leaves on your desk. The chairman of the farm says nothing when the telegram is read out to him. He goes out to his granary and stands in the door of it for a long time.

  Bukharin is quiet on the train back to Moscow. At Ryazan, where the train stops for water, he says that it is the first time since 1928 that anybody in the Kremlin has listened to him about the village, and then, because he is Bukharin, that it should not have taken a drought. He draws you asleep in the corner of the compartment, and gives you the drawing in the morning.
* (harvest_markets) Let the farms keep what they grow above a quota they can meet, and sell it in the towns -> prophet_commissars
  set bukharin_trust += 5
  set party_strength -= 5
  The quota is cut to what the farms can deliver, and the rest is theirs to sell. By October there are potatoes and sunflower oil at prices nobody has seen since 1929 in the markets of Saratov and Stalingrad, and the district secretaries, who have lost the lever they ran the villages with, complain to Moscow in telegrams that nobody answers.
* (harvest_hold) Hold to the plan: the army and the towns eat first -> prophet_commissars
  set army_loyalty += 5
  set bukharin_trust -= 5
  set legitimacy -= 5
  You tell him that the General Staff has its reserves to keep, and that the towns will not be hungry for the sake of a district. Bukharin does not argue. He drops the empty ear on the chairman's table and says nothing at all the whole way back to Moscow, and in the winter the Volga districts send their grain and eat their seed, and the soldiers' letters from home are read aloud in the barracks again.

=== prophet_commissars: The Commissariat of Defence, the Political Directorate, August 1936

Jan Gamarnik has run the army's Political Directorate since 1929, and his black beard has become, in that time, a kind of institution in itself. Since 1925 the commanders have had one-man command; but the political organs remain, a political deputy in every regiment, a Party cell in every company, the newspapers, the clubs, the reports that go up a second channel to the men who watch the men with guns. {if party_shell: The second channel now runs into a wall. The Party it reported to keeps an office on Mokhovaya Street and not much else, and the reports pile up there unread. | The second channel still runs to the Party, and the Party still reads every word.}

The officers want it gone. Their petition is on your desk, four hundred names. {if zhukov_promoted: Zhukov, a week in Moscow, has signed it first, in letters an inch high.} They want one army, one command, and nobody reporting on their orders up a second channel.

{if trotsky_refused: Gamarnik has read it, and he has read the list of those who were at the Academy's dinner in May, and he lays the two side by side on your blotter. Eleven of the names are on both. "These are the men who drank to Lev Davidovich under Frunze's portrait," he says, "and now they want nobody reporting on what they drink to. I do not say they are plotting. I say that the only man who could have told them to stop is in Norway, because you put him there, and the only other one is you." Then, because he is a fair man, he goes on with the speech he had prepared. | Gamarnik has read it.} "Lev Davidovich invented the commissars in 1918 to watch men like you, Mikhail Nikolayevich: Guards officers, gentlemen, Bonapartes in waiting. For fifteen years the émigré papers wrote that an army coup in this country was an illusion, because the commissars were there for a reason. I was the reason. {if fall_commissars_warned: On the night you kept me in a room on your own floor with a sentry at the door, and my deputy did what I had taught him: he told every regiment to take no orders except through the Party. The regiments took yours. Call it my failure; history will." | On the night, my deputies did not stand in your way. Call it my doing or my failure; history will choose."} {if fall_commissars_warned: He was let out at nine the next morning with an apology. It is the first time since that he has mentioned it. | {if fall_gamarnik_in: {if voroshilov_arrested: He signed the order that put Voroshilov in a cell. | He persuaded a good many political deputies that night that Voroshilov was not worth dying for.} | He spent that night at home beside his telephone and told his deputies to wait for the morning, and by the morning it was settled.}} "Abolish us, and the next man who wants this building will not need anyone to open the door."

{if trotsky_influence >= 30: Trotsky has written you a letter about it, eleven pages, saying the same thing less politely and with footnotes.}

* (abolish) Abolish the political organs: one army, one command, no second channel -> prophet_bonaparte
  if legitimacy >= 15 else "Without a second channel the country would see nothing but a junta."
  set commissars_abolished = true
  set army_loyalty %+ 20
  set party_strength %- 20
  set trotsky_influence -= 5
  set legitimacy -= 5
  The order is two paragraphs long, and you sign it with Gamarnik in the room, because it would be cowardly to do it otherwise. The Political Directorate of the Workers' and Peasants' Red Army is dissolved; its officers are to report to the personnel directorate for reassignment to line duties or to the reserve; its newspapers pass to the General Staff, its clubs to the regiments.

  Gamarnik reads it standing. Then he unpins the badge of the Political Directorate from his tunic, a small red enamel star with a hammer and sickle, and lays it on your blotter beside the petition with its four hundred names, and says that he will be at home if anyone needs him, and that he does not suppose anyone will. At the door he turns. "Lev Davidovich will write that you have done what the Party feared. He will be right. It does not mean you were wrong." He goes home to his flat in the House of Government and does not come out for a week.

  In the regiments the political deputies take off their badges the next morning, most of them with relief; some of them had been officers before they were commissars, and are glad to be officers again. The officers' messes drink to one army and one command. In the district Party committees, which have just lost their eyes inside every barracks in the Union, the secretaries read the order twice and put it in the safe with the other things they intend to remember.
* (answer_congress) Keep Gamarnik's deputies, but answerable now to Kirov's Congress -> prophet_bonaparte
  set party_strength += 5
  set kirov_trust += 5
  set legitimacy += 5
  set army_loyalty -= 5
  Gamarnik strokes his beard and says that it is a beginning. Kirov, who now has a channel of his own into every regiment, telephones from Leningrad to thank you; the officers who signed the petition read that their watchers have been given a second master, and do not thank anyone.
* (answer_marshal) Keep them, answerable to the Grand Marshal alone -> prophet_bonaparte
  set army_loyalty += 5
  set party_strength -= 5
  set bukharin_trust -= 5
  The reports will come to Frunze Street now, and stop there. Gamarnik signs the order with a face like a locked door; Bukharin, reading it in Krasnaya Zvezda, says that the Marshal has found a way to keep the commissars and abolish the Party, which is cleverer and worse.

=== prophet_bonaparte: Your dacha outside Moscow, September 1936
-> prophet_officers if trotsky_refused
-> prophet_challenge if trotsky_influence >= 35

You are in the workshop at the back of the dacha, laying the third coat of varnish on a violin, the fourth you have made, when your adjutant brings out the Bulletin of the Opposition from Paris. It has printed, in advance of the book, a chapter of The Revolution Betrayed, and a new paragraph in it that was not in the manuscript in May.

It does not name you. It speaks of Thermidor, and of the bureaucracy that needs an arbiter, and of a Bonaparte who arrives to balance the classes on the point of a sword; and it observes, in passing, that the Soviet Bonaparte has at least had the candour to put on a uniform. {if trotsky_post == 1: He wrote it at his Comintern desk, on Comintern paper, and the Comintern's couriers carried it to Paris.} {if trotsky_post == 2: He wrote it between lectures at the Frunze Academy, and the cadets are already quoting it.} {if trotsky_post == 3: He wrote it at the dacha you gave him, on a typewriter from Tomsky's publishing house.}

{if commissars_abolished: The Paris papers have already connected it with your abolition of the commissars. | The Paris papers have printed it under a photograph of you at the May Day parade.} {if standing_abroad >= 35: London reads it with interest and some relief; it is pleasant to find a Bolshevik who dislikes you as much as they do. | London reads it as a confession from inside the house.} At home, perhaps three thousand people will read it. Every one of them matters.

The varnish is drying unevenly. You put down the brush.

* (alma_ata) Send him back to Alma-Ata, where the dead man sent him in 1928 -> prophet_night
  set trotsky_sent_away = true
  set trotsky_influence -= 20
  set army_loyalty -= 5
  set standing_abroad -= 5
  In January 1928 he refused to walk to the train, and the GPU carried him down the stairs of his flat on Granovsky Street while his son rang the neighbours' doorbells to have witnesses. This time he walks. The order is delivered at his door by a colonel of the military procuracy, and he reads it on the step, in his dressing gown, and says he will need an hour to pack his books.

  The Kazan Station at ten at night: one carriage at the end of the Tashkent train, two sentries, Natalia Ivanovna with the same hatbox. There are perhaps two hundred people on the platform, who have heard somehow, and who do not cheer or shout; they stand, which is worse. A cadet of the Frunze Academy in full uniform salutes the carriage as it passes him, and is put on a charge the next morning by his colonel, and the charge is quashed by noon by somebody higher up, and nobody will say who.

  The foreign papers have the story before the train is past Ryazan. The Red Napoleon has exiled the founder of the Red Army for a paragraph, Le Populaire says, which is more than the Tsar did for a book. In the messes the older officers say nothing at all. They are remembering 1928, and who was on which side of that door, and they are finding that they do not like the answer any better with your face on it.
* (izvestia_answer) Answer him in Izvestia, under your own name -> prophet_night
  set legitimacy += 5
  set trotsky_influence -= 5
  You write it in the workshop, on the back of a sheet of violin drawings, and it takes you the night. Izvestia prints it on the front page on Thursday, under the heading A Soldier's Reply, and it is the only time in your life you have written anything for the public that was not about tanks.

  "Lev Davidovich asks who will refuse the Soviet Bonaparte anything," it ends. "I will tell him. Kirov's Congress of Soviets, to which I answer. The factories, which can stop. The Red Army, which is not mine, whatever the Paris papers say, and which I have seen refuse worse men than me. And the Soviet reader, who has this newspaper in his hands and can decide for himself which of us is telling him the truth. I did not make the revolution. I have only tried to keep it from being buried with the man who was burying it. Let the reader judge whether I have put on a uniform, or only kept the one I had."

  The émigré papers call it a confession. The Moscow factories read it aloud in the dinner hour, which nobody ordered, and Kalinin writes to say that he has cut it out and put it in his desk.
* (troika_seat) Give him a seat at the Troika's table, and see whether he still writes -> prophet_night
  set trotsky_influence += 15
  set kirov_trust %- 20
  set bukharin_trust += 5
  You send him the invitation by hand, and he comes to the next sitting with the Bulletin in his briefcase and lays it on the baize in front of Kirov. "I wrote that," he says. "I should write it again. Shall we begin?" A fourth chair has been brought in from the anteroom, and it is the same height as the others, which Kirov notices before he sits down.

  Trotsky does not stop writing. He stops publishing, which is not the same thing, and in the sittings that follow he is the best-prepared man at the table, with figures Bukharin envies and objections nobody can answer. Bukharin is delighted: at last somebody to quarrel with. Kirov is not. He stays behind after the first sitting and tells you, without raising his voice, that there were three chairs at the head of this table on the first night and that he had agreed to three. "Four is not a Troika," he says. "Four is a meeting. And in a meeting, Misha, the man who talks best wins."

=== prophet_challenge: Your dacha outside Moscow, September 1936

It is not only the chapter in the Bulletin, though that has come too. It is a letter, delivered by hand at seven in the morning by a captain who saluted and would not wait for an answer. Forty-three officers of the Frunze Academy and the Moscow garrison ask the Chairman of the Council of People's Commissars to restore Lev Davidovich Trotsky to the direction of the armed forces of the Union, in whatever form the government thinks fit. At the head of the list stand Primakov and Putna, back from the London embassy since the spring, corps commanders both, who signed for the Opposition in 1927 and never quite unsigned. It was Primakov's men who took the Senate staircase for you in February.

Kirov telephones before you have finished reading it. "I told you in May," he says, and puts the receiver down. Bukharin sends a drawing by courier: a man in a Marshal's greatcoat riding a tiger, with the caption, in his neat hand, And how does one get off? {if commissars_abolished: There is no political directorate to tell you how far it has spread. You abolished it. | Gamarnik's political deputies report that it has spread to six regiments and no further. Yet.}

The strangest thing about the letter is the one name that is not on it. Trotsky has not signed. In 1925 he refused to lead the army against the Party. He may be refusing again. Or he may only be waiting to be asked.

* (arrest_signatories) Arrest Primakov and Putna, and let the rest withdraw their names -> prophet_night
  set army_loyalty %- 20
  set trotsky_influence -= 10
  set nkvd_loyalty += 5
  You give the order to the military procuracy, not to the Lubyanka, because you insist on that much, and they take Primakov at his flat at noon. He asks to be allowed to put on his decorations, and is allowed; he comes down the stairs with the Red Banner three times over on his chest, and the men who came for him salute him in the street before they open the car door. It was his regiment that went up the Senate staircase for you on the night of the tenth, in the dark, not knowing who was at the top. Putna is taken at his desk, and says only that he had expected it to be Yezhov.

  By the evening thirty-eight of the other forty-one have written to withdraw their names, most of them in the same words, which means somebody drafted the words. Trotsky says nothing in public. In private he writes you four lines, which his secretary delivers: that he did not sign the letter, that he did not ask for it, and that he has seen men arrested for other men's letters before, in this city, and remembers who did it. {if nkvd_absorbed: The security directorate is pleased; it is the first real work it has been given. | The Lubyanka is pleased; it has been given back a taste of the old work.} In the messes they do not call it treason. They call it February in reverse.
* (foreign_affairs) Give him foreign affairs: Litvinov out, Trotsky in, and the army left alone -> prophet_night
  set trotsky_foreign = true
  set trotsky_influence += 10
  set standing_abroad %- 30
  set army_loyalty += 5
  Litvinov takes the news in his room on Kuznetsky Most, among his English newspapers, with his cold. He asks for the embassy in Paris, which is the one post abroad that is worth having and the one where he can do least harm to his successor, and he gets it by telephone within the hour. He does not argue. He has been waiting for this since the night you took the Kremlin, and he has packed.

  Trotsky arrives at the Commissariat the next morning with a secretary, a typewriter and the first People's Commissar's own memory of the building: he held this post himself for four months in 1917 and 1918, published the Tsar's secret treaties and went to Brest-Litovsk to make a peace he then refused to sign. The foreign ministries remember it too. The British chargé d'affaires asks for an appointment and is given one in ten minutes, which frightens him more than a refusal. In Paris the pact of the spring is suddenly discussed in the Chamber as a pact with the Fourth International, which does not yet exist.

  The forty-three withdraw their letter, since it has been answered. Primakov telephones you himself to say that the army is obliged, and the army, which has been given back its founder on the condition that he keep out of its barracks, finds it can live with that.
* (night_drive) Drive to his dacha tonight, alone, and have it out with him -> prophet_night
  set trotsky_influence -= 5
  set army_loyalty += 5
  You take the small Ford and drive it yourself, out along the Mozhaisk road with the headlamps on the birches, and nobody at the gate of the Commissariat dares to ask where the Marshal is going without his escort. The dacha stands in a pine wood beyond Kuntsevo, two storeys of grey boards, with one lamp lit on the veranda. He is waiting on the step in a cardigan. He has known since noon that you would come; he says so, and that he has made tea.

  You talk in the kitchen, because it is the warmest room. He has the letter too; a copy reached him by the afternoon post, unsigned. For an hour it is the civil war: Sviyazhsk, the Fifth Army at Simbirsk, the boy lieutenant he made an army commander at twenty-five because there was nobody else and because you had asked to be shot if you failed. You had forgotten that. He had not. Then he puts the tea glass down.

  "The letter asks me to do what I refused to do in 1925," he says. "And I refuse again, for the same reason. Not because I am a good man. Because an army that makes one government will make the next one, and the next one will not ask my opinion, or yours. You know this. You are the proof of it." He looks at you across the oilcloth. "So the question, Mikhail Nikolayevich, is not what I will do. It is what you will do with forty-three men who love me more than they fear you."

  * (night_letter) Ask him to tell them so himself, in writing, tonight
    set trotsky_gave_word = true
    set trotsky_influence -= 5
    He writes it at the kitchen table with your fountain pen, because his own is upstairs and he will not leave you alone in his kitchen: four lines to Primakov, that he thanks the officers and declines, and that the army of a workers' state does not choose its commanders by petition. He signs it in full, the whole name, and blots it on the oilcloth. "You will publish it, of course," he says. "Do. I have been refusing power in public for eleven years. It is the one thing I am better at than anybody."
  * (night_bargain) Offer him a bargain: the pen and the platform for him, the barracks for you
    set army_loyalty += 5
    He laughs, for the first time since you came in. "Lenin offered me the same bargain in 1922," he says, "with the posts the other way round." But he shakes your hand across the table on it, and you both know that a handshake in a kitchen at one in the morning is worth exactly as much as the two men who made it want it to be.
  * (night_warning) Tell him that the next letter will not be answered with tea
    set trotsky_influence -= 5
    set kirov_trust += 5
    "No," he agrees. "It will be answered with a train. I have been on that train." He gets up to see you out, and stands on the step in his cardigan while you turn the car in the wet grass, and does not wave.

  You drive back with the window down to keep awake. At Kuntsevo the sentries at the dead man's dacha, where nobody has lived since February, stiffen as your headlamps go by, and you realise they think he has come home.

=== prophet_night: The Kremlin, the Senate building, September 1936

Midnight, and the first frost on the windows of the Senate. The building has learned your hours: the samovar is lit at eleven, the clerks in the anteroom do not go home until your light goes out, and the sentries on the stairs have stopped looking at the spot where the dead man fell.

{if seen(prophet_challenge) or seen(prophet_officers): The letter with the forty-three names is in your safe, whatever has since become of the men who signed it.} {if trotsky_gave_word: Beside it lies the copy of his four lines to Primakov, which Pravda printed on the Saturday, and which the messes have been arguing about ever since: whether the Old Man refused again, or was made to.}
if trotsky_killed:
  Trotsky was buried on Tuesday in the churchyard at Hønefoss, because Natalia Ivanovna would not let him be brought home to a country that had sent his murderer. The Norwegians have closed the case and not the file.
else if trotsky_in_mexico:
  Trotsky is waiting in Norway for a country that will have him, and the Norwegian Foreign Ministry has written on his behalf to every government in the Americas.
else if trotsky_refused:
  Trotsky is still in Norway, under the kind of protection the Norwegians give a guest they would like to see leave, writing articles about you for the Paris papers at the rate of two a week.
else if trotsky_foreign:
  Trotsky has Litvinov's room on Kuznetsky Most, and Litvinov has the embassy in Paris, which he accepted without a word, as a man accepts his coat at the door.
else if trotsky_sent_away:
  Trotsky is in Alma-Ata again, in the same rented house, writing letters that reach Paris faster than they reach Moscow.
else if trotsky_influence >= 40:
  Trotsky is the second most famous man in Moscow, and the first in certain messes and lecture halls. He has not asked for anything more, and nobody supposes he has stopped wanting it.
else if trotsky_influence < 15:
  Trotsky has become what he swore he would not, a monument, visited by students and photographed by the foreign press, and heard by almost no one who matters.
else:
  Trotsky keeps his own hours in Moscow and his own counsel, and the foreign correspondents have stopped asking you about him, because you never answer.
{if zhukov_promoted: Zhukov's light is still on along the corridor; he works your hours now, and has begun to keep some of his own.} {if commissars_abolished: The regiments have one command, yours, and no second channel; it has never been so quiet on Frunze Street. | The political deputies still report up their second channel, and the reports still say, for now, that the army is loyal.}

The dispatches on the blotter are all about the same thing. From Warsaw: Beck has refused a Soviet note, and Rydz-Śmigły has called up two classes of reservists in the eastern provinces. From Berlin: the Reich has gone over to two years' conscription, and the Austrian legation has stopped answering its telephone. From Budapest: {if budapest_transmitter: Béla Kun's transmitter is on the air, and Horthy's police have arrested a radio mechanic and two students, which is what Budapest usually sends instead of a revolution. | nothing, which is what Budapest usually sends.}

On Frunze Street, in the room that was Voroshilov's, the General Staff has begun to pin the map of Europe to the end wall, from the Rhine to the Amur, sheet by sheet. It will take them the winter. What goes on that map in the spring depends a good deal on who has been allowed to stand in front of it.

* (map_alone) Keep the map room to yourself and the General Staff -> europe_map_room
  You tell the commandant that the map room is closed to everyone but the General Staff and the Marshal, and he has the order typed and pinned to the door, where it is the first thing Kirov sees.
* (with_trotsky) Give Trotsky a pass to the map room, and a chair at the end of the table -> europe_map_room
  if trotsky_influence >= 20 and not trotsky_refused
  set trotsky_influence += 5
  set kirov_trust -= 5
  The pass is made out in the name of L. D. Trotsky, with a photograph from 1925 because the Commissariat has no other. He uses it the next morning, at eight, and is there before the General Staff.
* (with_troika) Give Kirov and Bukharin passes to the map room, as partners should have -> europe_map_room
  if troika_formed
  set kirov_trust += 5
  set bukharin_trust += 5
  Kirov puts his pass in the breast pocket where he keeps his Party card. Bukharin asks whether he will be allowed to draw on the maps, and is told he will not, and draws on his pass instead.
* (with_zhukov) Put Zhukov on the map-room staff for the winter -> europe_map_room
  if zhukov_promoted
  set army_loyalty += 5
  Zhukov moves a camp bed into the room next to the map room and is seen going in and out of it at all hours. The younger staff officers start coming in early, to be seen by him.

// The refusal (fork F1): the Prophet stays abroad. These four scenes take the
// place of the station, the audience, the Academy lecture, the Sovnarkom
// debate and the Bonaparte chapter, and meet the main road at prophet_poland
// (July) and again at prophet_night (September).

=== prophet_refusal: The Frunze Military Academy, the officers' mess, May 1936

The answer went to Oslo at four in the afternoon, in the name of the Council of People's Commissars. Litvinov, who has been called a lackey of the bourgeoisie in Trotsky's articles for nine years, made it as short as good manners allow: the Soviet government has no post to offer Citizen Trotsky and sees no grounds on which to issue him a visa. He initialled the form in green ink and sent it down to the cipher room himself.

Kirov heard it from you in the corridor and shook your hand, which he does not do often; it was the handshake of a man who has been spared a bad year. "In Leningrad they will light candles," he said, "and not for him." Bukharin heard it from Kirov, and came to your door only to say that you had made a martyr in Norway instead of a nuisance in Moscow. "Martyrs write better," he said. "I should know. I have been reading him since 1905." {if bukharin_trust >= 45: He meant it kindly, you think. He had wanted somebody to quarrel with. | He did not stay for an answer.}

A week later the Academy dines its graduating class, and you sit at the head of the long table under the portrait of Frunze, who died on an operating table in 1925 because the Politburo wanted him operated on. The toasts go round in the right order: the Party, the Council, the Grand Marshal, the Red Army. Then Vitaly Primakov gets up, the sabre scar white in the lamplight, deputy commander of the Leningrad district and in Moscow for the staff exercise, and he raises his glass to the founder of the Red Army, wherever the Council of People's Commissars has decided he is not.

The mess goes still. Nobody drinks, and nobody puts his glass down. Primakov looks along the table at you. "He gave you your first army, Mikhail Nikolayevich. He gave me my first division, in 1919, on a sheet of paper torn out of his notebook. I should like to know why."

* (mess_command) "Because the army has one commander, Vitaly Markovich, and he is sitting at this table." -> prophet_bulletin
  set army_loyalty += 5
  set trotsky_influence -= 5
  The older men laugh first, because it is the kind of thing a commander says, and the cadets laugh because the older men did. Primakov drinks his toast alone and sits down, and when the brandy comes round he fills your glass before his own, which in a cavalryman is either an apology or a warning.
* (mess_troika) "Because the Council decided it, and the army carries out what the Council decides." -> prophet_bulletin
  set legitimacy += 5
  set army_loyalty -= 5
  It is the correct answer, and the cadets write it down in their heads to repeat at examinations. The colonels at the far end of the table hear a Marshal hiding behind a committee, and one of them says so, not quite quietly enough, to his neighbour.
* (mess_frunze) Raise your own glass to Frunze, and say nothing else -> prophet_bulletin
  set trotsky_influence += 5
  You stand and drink to the portrait. Everyone drinks to Frunze; nobody can refuse a dead man. But they all saw that you did not answer, and by the morning every mess in Moscow knows the question, and has begun to work out answers of its own.

=== prophet_bulletin: The Commissariat of Defence, Frunze Street, July 1936

It comes in a plain envelope with a Riga postmark, addressed to the Grand Marshal in a hand you do not know: the July number of the Bulletin of the Opposition, which Trotsky's elder son prints in Paris on thin paper that folds into a cigarette case. Fourteen pages, and eight of them are a chapter from the book he is finishing in Norway, printed in advance because, the editor writes, events in Moscow would not wait for the publisher.

The chapter is called The Soviet Thermidor, and it names you on its second page. The bureaucracy that strangled the revolution, it says, has found at last the arbiter it needed, a nobleman and Guards officer who learned his politics in a German prison camp and his economics at Tambov; the Party that expelled the founder of the Red Army has been handed to the army by a man who would not let its founder come home. "He has refused me a visa," Trotsky writes. "He could not refuse me the question. Who will refuse him anything?"

Uritsky of the Fourth Directorate brings a second copy in the afternoon, found in a locker at the Frunze Academy wrapped in a copy of Krasnaya Zvezda, and a third, found in another. The cadets are reading it under their desks, he says, the way cadets read everything they are not given. The émigré paper in Paris has reprinted the second page, and Pertinax in L'Écho de Paris has quoted the last line twice.

* (bulletin_search) Have the Academy's lockers searched tonight, and the copies burnt -> prophet_poland
  set nkvd_loyalty += 5
  set army_loyalty -= 5
  set trotsky_influence += 5
  Uritsky's men go through the lockers between two and four in the morning and find forty-one copies, which they burn in the boiler room of the Academy, and one, which a cadet from Tula had sewn into the lining of his greatcoat, which they do not find. By the end of the month there are more copies in Moscow than there were before; a forbidden book is read twice, once for what it says and once for having been forbidden. The cadets know who had their lockers opened, and so do their instructors.
* (bulletin_print) Have it printed in Krasnaya Zvezda, whole, with your answer beside it -> prophet_poland
  set legitimacy += 5
  set standing_abroad += 5
  set trotsky_influence += 5
  The army's newspaper prints The Soviet Thermidor across two pages, with your answer in a box on the second: that the Marshal had read it, that it was well written, and that the Red Army would go on doing its work whatever was said about it in Paris. Your answer is four paragraphs long. His is eight pages. Everybody in Moscow reads both, and the foreign correspondents, who have never before seen a Soviet newspaper print its own indictment, report the fact rather than the text, which is what you wanted.
* (bulletin_ignore) Leave the copies in the lockers. A cadet who reads is a cadet who thinks -> prophet_poland
  set trotsky_influence += 5
  set army_loyalty += 5
  You tell Uritsky that the Academy is a school and cadets are meant to read. He writes it down, and looks at you as a man looks at a clock he suspects of being slow. At the Academy the copies go on passing from hand to hand, less eagerly now that nobody minds, and the officers who teach there notice that the Marshal trusted their cadets with the worst that could be said about him.

=== prophet_officers: Your dacha outside Moscow, September 1936

The letter is delivered by hand at seven in the morning, by a captain who salutes and will not wait for an answer. Forty-three officers of the Frunze Academy and the Moscow garrison ask the Chairman of the Council of People's Commissars, respectfully, to review the decision of May concerning Citizen Trotsky, and to permit the founder of the Red Army to return to the country he defended. They do not ask for a command for him. They do not ask for anything except that he be allowed to come home and be seen.

At the head of the list stand Primakov and Putna, back from the London embassy since the spring, corps commanders both, who signed for the Opposition in 1927 and never quite unsigned. It was Primakov's men who took the Senate staircase for you in February. {if commissars_abolished: There is no political directorate now to tell you how far the letter has gone; you abolished it. | Gamarnik's political deputies report that it has been passed round six regiments and signed in none of the others, yet.}

In Norway, the printer's house at Hønefoss has had a bad summer. In August the young men of Quisling's party broke into it one night while Trotsky was away fishing and went through his papers, and since then the Norwegian government has discovered that its famous guest embarrasses it. {if trotsky_influence >= 15: The letter from the forty-three will be in Paris by the end of the week, and in every newspaper in Oslo by the end of the next. | The forty-three are, so far, the only people in Moscow who have asked for him.}

* (officers_arrest) Arrest Primakov and Putna, and let the rest withdraw their names -> prophet_abroad
  set army_loyalty %- 20
  set nkvd_loyalty += 5
  set trotsky_influence -= 5
  set legitimacy -= 5
  Primakov is taken at his flat on the Arbat at noon, by officers of the military procuracy, not by the Lubyanka, because you insisted on that much. He asks to be allowed to put on his decorations, and is allowed. Putna is taken at the Commissariat, at his desk, and says only that he had expected it to be Yezhov.

  By evening thirty-eight of the other forty-one have written to withdraw their names, most of them in the same words, which suggests that somebody drafted the words for them. Three have not. You leave them where they are, which frightens the thirty-eight more than an arrest would. The army counts what it has seen: the two men who put you in the Kremlin in cells under it, for a letter that asked nothing for themselves. In the messes the word they use is not treason. It is Voroshilov, and they mean that you have begun to look like him.
* (officers_east) Post all forty-three to the Far East and the Mongolian frontier, with promotions -> prophet_abroad
  set army_loyalty -= 5
  set trotsky_influence -= 5
  The orders go out the same afternoon, each with a promotion and a railway warrant for Khabarovsk, Chita or Ulan-Ude. Blyukher, who commands in the Far East and has never been consulted about anything, telegraphs that he is grateful for forty-three new officers and would like to know what they did. Primakov goes to Mongolia as a deputy corps commander and writes you a short letter from Irkutsk thanking you for the view.
* (officers_congress) Send their letter to Kirov's Congress of Soviets, and let the delegates answer it -> prophet_abroad
  set legitimacy += 5
  set kirov_trust += 5
  set army_loyalty -= 5
  The Presidium of the Congress takes the letter at its Thursday sitting and answers it in a resolution of nine lines, which Kirov drafts himself: the question of Citizen Trotsky's return was decided by the lawful government and is closed. The forty-three are thanked for their concern. The army reads the resolution and notices that the Marshal asked a committee of civilians to answer his own officers for him.

=== prophet_abroad: The Kremlin, the Senate building, September 1936

{if nkvd_absorbed or intelligence_taken: The plan comes up from the foreign department that your staff took over from the Lubyanka in the spring, and the officer who brings it is one you have never seen, in the uniform of a major of the security directorate. | The plan comes over from the Lubyanka, from Slutsky's foreign department, and the officer who brings it is one you have never seen, a major in a civilian suit who sits very straight.} He has a cardboard file and a manner of great tact. The Norwegians, he says, are tired of their guest. Quisling's young men have already been through the house once. A second visit, by other young men, would be put down to the first.

He does not use the word. He says that the question could be settled. He says that there is a man in Oslo, a Spaniard who has been in Norway since the spring as a student of forestry, who can be at Hønefoss within the week. The file contains a map of the printer's house, with the room where Trotsky works marked in red, and a timetable of the trains from Oslo. It is very thorough. Stalin asked for this file twice, the major says, in 1932 and in 1935, and each time did not sign it, because the moment was not right.

"And now it is?"

"Now, Marshal, there is a letter with forty-three names on it."

* (abroad_settle) Sign it -> prophet_night
  set trotsky_killed = true
  set nkvd_loyalty += 10
  set standing_abroad %- 30
  set trotsky_influence -= 5
  set legitimacy -= 5
  You sign it on the cardboard cover, because the major has left no other place to sign, and he thanks you and goes, and it is done without you, as such things are.

  Six nights later the Norwegian police are called to the printer's house outside Hønefoss by a neighbour who heard a shout. Trotsky is found at his desk, among the proofs of his book. The student of forestry is found the next morning on the road to Drammen, with a Spanish passport that the Norwegians establish within a week was made in Moscow. Natalia Ivanovna says nothing to the newspapers except his name, and that he had been about to correct the chapter on the Soviet Thermidor.

  The Bulletin of the Opposition comes out in a black border, and The Revolution Betrayed is published in Paris in November with a preface by its dead author's son. It sells eighty thousand copies in France in a month. In Moscow, Primakov's friends do not say anything. They have stopped saying anything in front of you at all, and the Lubyanka, which has done you a service, has begun to behave like a creditor.
* (abroad_mexico) Tear the file up, and let Oslo know Moscow would not mind if Norway found him a warmer country -> prophet_night
  set trotsky_in_mexico = true
  set standing_abroad += 5
  set nkvd_loyalty -= 5
  The major takes the pieces of his file away with him, which is correct, and a fortnight later Litvinov's counsellor in Oslo mentions to the Norwegian Foreign Ministry, over lunch, that the Soviet government would raise no objection if the Norwegian government found its guest somewhere warmer. In December the painter Diego Rivera persuades President Cárdenas to offer him asylum, and a Norwegian tanker carries him to Mexico, where he will live, the newspapers say, in the blue house of a woman painter at Coyoacán, eight thousand miles from the Frunze Academy.
* (abroad_leave) Send the major away: the question is settled already, and he stays where he is -> prophet_night
  set trotsky_influence += 5
  set nkvd_loyalty -= 5
  The major bows and takes his file, and you know as he closes the door that it will go back into a drawer and not into the stove. Trotsky stays in Norway through the autumn, under a sort of house arrest that the Norwegians call protection, and writes to the newspapers that the Red Napoleon has not even the courage of his Thermidor.
