// Chapter four: the Prophet. Summer 1936.
// Trotsky comes home and looks for a place to stand: the army that remembers
// him, permanent revolution against Litvinov's arithmetic, the Vistula and
// Budapest, the fear of a general war; Zhukov, and the commissars.
// Opens at prophet_arrival; hands on to europe_map_room.

var trotsky_post = 0      // what the Marshal gave Trotsky: 1 the Comintern, 2 a chair at the Frunze Academy, 3 a pen and a pension (ch 4)
flag warsaw_study         // a staff study for a new march on Warsaw was ordered (ch 4)
flag budapest_transmitter // Bela Kun given money and a transmitter for Budapest (ch 4)
flag trotsky_sent_away    // Trotsky sent back into internal exile at Alma-Ata (ch 4)

=== prophet_arrival: The Kremlin, the Senate building, May 1936

The telegram lies on the green baize where you dropped it, and everyone who comes into the room reads it upside down. READY TO SERVE REVOLUTION ANY POST REQUIRING NO LIES STOP TROTSKY. Eleven words, counted by the clerk of the legation in Oslo, who charged for every one.

{if nkvd_absorbed: The file came up from the army's new security directorate within the hour, still smelling of the Lubyanka's cellars. | The file came over from the Lubyanka in the afternoon, a little thinner than you remember it being.} He lives in a village outside Hønefoss, in the house of a Norwegian printer, with his wife, two secretaries and a revolver he has never fired. He is finishing a book that a Paris house will bring out in the autumn. Its working title is The Revolution Betrayed, and one chapter is about Bonapartism. {if yagoda_turned: Yagoda, who put him aboard the steamer Ilyich at Odessa in 1929, has added a note in green ink recommending that he be left in Norway. | The man who put him aboard the steamer Ilyich at Odessa in 1929 is not in a position to add notes to anything.} His younger son, Sergei Sedov, an engineer who never cared for politics, is in exile in Krasnoyarsk for having the wrong father.

Kirov is against it, as you knew he would be. "In 1926 I went to Leningrad to break Zinoviev's people," he says. "Every one of them talked about Trotsky the way priests talk about the Second Coming. Bring him back, and you bring back 1926." Bukharin, who voted to expel him in 1927 and has had nine years to reconsider most things, shrugs. "Let him come. He will quarrel with everyone in a month. It might do us good to have someone to quarrel with who is not in the room."

You remember Sviyazhsk, in the summer of 1918: a Guards lieutenant of twenty-five, a year out of a German prison camp, standing in front of a man in a leather coat who had just given him an army. You have not forgotten who gave it.

* (invite) Invite him home: a Soviet steamer from Oslo, and his son freed to meet him on the quay -> prophet_station
  set trotsky_invited = true
  set trotsky_influence += 10
  set army_loyalty += 5
  set kirov_trust -= 10
  set standing_abroad -= 5
* (admit) Let him in: a passport, a berth, and no band -> prophet_station
  set trotsky_influence += 5
* (apply_congress) Let him apply to Kirov's Congress of Soviets for his citizenship, like anyone else -> prophet_station
  set legitimacy += 5
  set kirov_trust += 5

=== prophet_station: The Leningrad Station, Moscow, June 1936

He came by sea to Leningrad, Kirov's city, and then down on the night train; Kirov's people watched him every verst of the way and reported that he read all night and drank only tea. {if trotsky_invited: His son met him on the quay. There is a band of the Moscow garrison on the platform now, and an honour guard of cadets from the Frunze Academy with their bayonets fixed, and a crowd that nobody organised and nobody can disperse. | No band, no guard, a second-class sleeper. And the platform is full anyway, from the buffers to the ticket hall, with a crowd that nobody organised and nobody can disperse.}

Old men in the long cavalry greatcoats of the civil war have come with their medals on, men who rode in front of his armoured train or behind it. Students from the university have come to see a ghost. Women have come because everyone else came. Along the walls stand the watchers, {if nkvd_absorbed: in army uniform now, which makes them harder to pick out and easier to blame. | in the raincoats of the NKVD, which have not changed since the days when their owners were watching him.}

He steps down at the third carriage. He is fifty-six; the famous hair is white, the pince-nez the same, and behind him Natalia Ivanovna holds a hatbox as if it were the last thing she owns, which it may be. The crowd makes a sound that is not a cheer, lower and older than that. He lifts his hat to it. You are watching from the stationmaster's window above the platform, and he is looking along it for you.

* (embrace) Walk the length of the platform and take his hand in front of the newsreel cameras -> prophet_audience
  set trotsky_influence += 5
  set standing_abroad += 5
  set kirov_trust -= 5
* (salute) Salute him from the end of the platform, one soldier to his old commissar -> prophet_audience
  set army_loyalty += 5
* (send_car) Stay at the window, and send your adjutant down with a car -> prophet_audience
  set kirov_trust += 5
  set army_loyalty -= 5

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
* (academy_chair) Give him a chair at the Frunze Academy: the history of the civil war, and no troops -> prophet_army
  set trotsky_post = 2
  set trotsky_influence += 5
  set army_loyalty += 5
* (pen_pension) Give him a dacha, a pension, and Tomsky's publishing house for his books -> prophet_army
  set trotsky_post = 3
  set trotsky_influence -= 5
  set kirov_trust += 5

=== prophet_army: The Frunze Military Academy, June 1936
-> prophet_ovation if trotsky_influence >= 25

Kork, who heads the Academy, has asked him to lecture on the civil war, {if trotsky_post == 2: as he must now ask his newest professor. | as any commandant would ask the man who founded the army, if the man were in Moscow and the commandant were brave.} Three hundred officers sit in the amphitheatre with their notebooks open. The older ones remember his armoured train, his orders of the day read out in frozen trenches, his way of arriving at a broken front with a printing press and a firing squad and leaving it whole. The younger ones have read only what the dead man let them read.

He speaks for two hours without notes, about Kazan and Sviyazhsk in 1918, and it is very good. The hall is attentive, and cool. In the third row a colonel with a civil war Order of the Red Banner writes one word on his pad and underlines it: militia. In 1924 this man proposed to turn the regular army into a territorial militia of workers and dissolve the professional officer corps into it. The professional officers in this hall have not forgotten. {if voroshilov_arrested: Nor have they forgotten that the last Commissar of Defence is in a cell, and that the man in front of them would have abolished the rank they arrested him with.}

At the end of the lecture Kork asks, as custom requires, whether there are questions. The hall waits to see whether you have one.

* (militia) Rise and ask him whether he still thinks the officer corps should be a militia -> prophet_revolution
  set trotsky_influence -= 10
  set army_loyalty += 5
* (front_row) Sit in the front row and say nothing -> prophet_revolution
  set trotsky_influence += 5
* (bonaparte_question) Ask him, before them all, what he thinks of Bonapartism -> prophet_revolution
  set trotsky_influence += 5
  set legitimacy += 5
  set army_loyalty -= 5

=== prophet_ovation: The Frunze Military Academy, June 1936

The hall rises before he reaches the lectern. Three hundred officers on their feet, and the applause goes on, and on, and Kork, who heads the Academy, looks at his watch and then at you, and then carefully at neither. A major in the back row is weeping without embarrassment. The cadets in the gallery have begun to stamp.

You count, because you cannot help it. Four minutes. At Kirov's Congress they gave you two and a half, and the milkmaids from Kostroma were paid to start it. {if voroshilov_arrested: In the fifth row Voroshilov's old cavalrymen sit on their hands, because their patron is in a cell and they suspect, correctly, that this man would have put him there sooner. | In the fifth row Voroshilov's old cavalrymen sit on their hands, and look at you to see whether that was wise.}

Trotsky waits for silence with the patience of a man who has been applauded by larger halls and exiled from all of them. When it comes, he thanks the Red Army, "which I had the honour to build, and which has done me the honour of remembering". He does not thank you. He does not need to. {if trotsky_invited: You invited him. Everyone here knows it. It was the right thing, and it is why they are standing. | You did not invite him. You only let him in, and the hall has decided to make up the difference.}

* (applaud) Rise and applaud with them -> prophet_revolution
  set army_loyalty += 5
  set trotsky_influence += 5
* (leave_hall) Leave the hall before the applause ends -> prophet_revolution
  set army_loyalty -= 5
  set trotsky_influence -= 5
  set kirov_trust += 5
* (close_meeting) Have Gamarnik close the meeting on a point of order -> prophet_revolution
  set party_strength += 5
  set trotsky_influence -= 10
  set army_loyalty -= 5

=== prophet_revolution: The Kremlin, the Sovnarkom room, July 1936

{if trotsky_post == 1: As chairman of the Comintern, he has a seat at this table, and he has taken the one nearest the window so that the light is behind him. | He has no seat at this table. He sits at your invitation, in a chair brought in from the anteroom, which offends everybody, himself most of all.}

Litvinov has come over from Kuznetsky Most with a briefcase and a cold. He is stout, patient and unanswerable, the only man in the government who has spent his life being polite to the bourgeoisie and still sounds like a Bolshevik. "Socialism in one country," he says, "was not a trick to beat Lev Davidovich at a plenum. It was arithmetic. The German October failed in 1923. By 1926 every bourgeois government in Europe had its feet under the table again. The revolution did not come. The encirclement did. We bought time with pacts, and we are still buying it. Every time Moscow prints the words world revolution, a Polish colonel calls up a division and a British admiral gets his budget."

Trotsky answers without raising his voice, which is how you know he is angry. "I have never proposed to carry the revolution into Europe on bayonets. That is a cartoon drawn by people who needed one. I propose to stop strangling it. Money to the German underground. Rifles where rifles are wanted. The truth told to the Polish and Hungarian workers, instead of whatever Litvinov's attachés told their ministers at lunch. Encirclement is not broken by signing it."

Bukharin wants bread and peace and says so. Kirov wants five years of building and says so louder. Everyone, in the end, looks at the Grand Marshal, because the Grand Marshal has the divisions, and whatever is decided about Europe will be decided by what he lets them do.

* (permanent) Side with Trotsky: money, rifles and instructors for the revolutionary parties of Europe -> prophet_poland
  set trotsky_influence += 10
  set standing_abroad -= 10
  set kirov_trust -= 5
* (litvinov_line) Side with Litvinov: the French pact, collective security, no adventures -> prophet_poland
  set standing_abroad += 10
  set trotsky_influence -= 5
  set army_loyalty -= 5
* (staff_line) Neither: revolution on the General Staff's timetable, not the Comintern's -> prophet_poland
  set army_loyalty += 5
  set trotsky_influence -= 5
  set bukharin_trust -= 5

=== prophet_poland: The Commissariat of Defence, Frunze Street, July 1936

The map of Poland has hung in your office since 1921, and you have never let them take it down. The pencil lines on it are your own: the Western Front's five armies going west through Minsk and Vilno in July 1920, the order of the day that you wrote yourself and that every cadet still learns by heart. Over the corpse of White Poland lies the road to world conflagration. To the West. Then August, the Vistula, Piłsudski's counter-stroke from the Wieprz into your open flank, while the South-Western Front sat outside Lwów with Stalin as its commissar and would not send Budyonny's cavalry north. You lectured on it afterwards, The March Beyond the Vistula. Piłsudski answered with a book of his own. Piłsudski has been dead a year. Rydz-Śmigły has his baton now, and Beck his foreign policy, and neither has his genius.

Béla Kun has come from the Comintern with a file and a grievance seventeen years old. One hundred and thirty-three days his Soviet Republic held Budapest in 1919. "If you had taken Warsaw," he says, "we would have had a border with you." You do not point out that his republic had been dead a year by the time you reached the Vistula. He knows. He wants money, and a transmitter, and a man in Vienna who can get both across Horthy's frontier.

Trotsky, to your surprise, is against both of you. "I told Lenin in 1920 not to march on Warsaw, and I was right, and Mikhail Nikolayevich was brilliant and wrong. Bayonets carry a revolution only where it is already walking." {if trotsky_influence >= 30: The staff officers in the doorway listen to him the way they listened to you in 1920. | The staff officers in the doorway listen politely, as one listens to a famous man's memoirs.}

* (staff_study) Order a staff study: Warsaw in six weeks, done properly this time -> prophet_alarm
  set warsaw_study = true
  set army_loyalty += 5
  set standing_abroad -= 5
* (kun_money) Give Béla Kun his money and his transmitter for Budapest -> prophet_alarm
  set budapest_transmitter = true
  set trotsky_influence += 5
  set standing_abroad -= 5
* (map_rolled) Have the map of Poland taken down at last. 1920 stays a lecture -> prophet_alarm
  set standing_abroad += 5
  set army_loyalty -= 5

=== prophet_alarm: The Commissariat of Defence, the war-game room, August 1936

Yegorov's General Staff has played a general war on the great table in the basement, with the blinds down and the umpires in shirtsleeves. {if warsaw_study: It begins where your staff study ends, with Warsaw taken on the forty-first day. | It begins, as the General Staff believes such things always begin, with an incident on the Polish frontier that nobody can afterwards explain.}

You read the umpires' log standing up. On the twentieth day the Polish army is broken. On the twenty-fifth Romania mobilises under its treaty with Poland. On the thirtieth France, which signed a pact with you in the spring, honours the older one she signed with Warsaw. On the fortieth the Royal Navy is in the Baltic, and London has a government that has been waiting for exactly this. On the forty-fifth Germany offers itself to Europe as the shield of civilisation and marches east with everybody's blessing, and in the east the Kwantung Army crosses the Amur. By the ninetieth day the Red Army holds Warsaw, and is fighting on four fronts against the whole of the capitalist world, in the iron ring the propagandists have been promising for fifteen years.

{if standing_abroad < 25: The umpires built their hostile coalition from last month's newspapers, and it did not take them long. | The umpires had to stretch to get Britain into the coalition. The London papers have been kinder than they expected.} Yegorov, who was at Lwów with Stalin in 1920 and has never said a word about it in your presence, says only this: "We could win the first war, Marshal. It is the second one that is inside the first that worries the umpires."

* (show_troika) Show the war-game to Kirov, Bukharin and Trotsky -> prophet_zhukov
  set legitimacy += 5
  set trotsky_influence -= 5
  set kirov_trust += 5
  set bukharin_trust += 5
  set army_loyalty -= 5
* (lock_safe) Lock it in your safe and tell no one, not even your partners -> prophet_zhukov
  set army_loyalty += 5
  set kirov_trust -= 5
* (replay) Order the game replayed until the Red Army wins -> prophet_zhukov
  set army_loyalty += 5
  set standing_abroad -= 5

=== prophet_zhukov: Slutsk, the Belorussian Military District, August 1936

The Fourth Don Cossack Cavalry Division crosses the Sluch in eleven minutes, horses swimming, machine-gun carts on rafts, and comes up the far bank in a line you could lay a ruler against. Uborevich, whose district this is, lowers his field glasses and says that the division's commander is the best in the army and the rudest, in that order.

Georgy Zhukov is thirty-nine, square-headed, with a jaw like a closed door. His division won the Order of Lenin this spring. He tells you, without being asked, that your tank doctrine is right and the tanks' radios are rubbish, and that he has no politics, only a division. Men who have no politics, you reflect, do not plot; they wait to be asked. That is worse. {if trotsky_influence >= 30: He asks you bluntly whether the old man is going to run the army again. He asks it the way a man asks about the weather on a day he means to ride. | He does not mention Trotsky at all, which in this summer is a kind of statement.}

You know what the Party feared in you, all those years, because Gamarnik once told you over brandy: a popular general, a victory, a crowd on a station platform. You look at Zhukov and feel, for the first time, exactly what they felt. {if party_shell: With the Party a shell, nobody will be watching him but you.} {if army_loyalty >= 70: The army is yours now, more than it has ever been anyone's. It is precisely when an army belongs to one man that it starts looking for the next.}

* (zhukov_moscow) Bring Zhukov to Moscow as deputy inspector of cavalry and the mechanised corps -> prophet_commissars
  set zhukov_promoted = true
  set army_loyalty += 5
* (zhukov_mongolia) Give him a corps in Mongolia, as far from Moscow as the army goes -> prophet_commissars
  set kirov_trust += 5
* (zhukov_stays) Leave him with his division and his horses -> prophet_commissars
  set army_loyalty -= 5

=== prophet_commissars: The Commissariat of Defence, the Political Directorate, August 1936

Jan Gamarnik has run the army's Political Directorate since 1929, and his black beard has become, in that time, a kind of institution in itself. Since 1925 the commanders have had one-man command; but the political organs remain, a political deputy in every regiment, a Party cell in every company, the newspapers, the clubs, the reports that go up a second channel to the men who watch the men with guns. {if party_shell: The second channel now runs into a wall. The Party it reported to keeps an office on Mokhovaya Street and not much else, and the reports pile up there unread. | The second channel still runs to the Party, and the Party still reads every word.}

The officers want it gone. Their petition is on your desk, four hundred names. {if zhukov_promoted: Zhukov, a week in Moscow, has signed it first, in letters an inch high.} They want one army, one command, and nobody reporting on their orders up a second channel.

Gamarnik has read it. "Lev Davidovich invented the commissars in 1918 to watch men like you, Mikhail Nikolayevich: Guards officers, gentlemen, Bonapartes in waiting. For fifteen years the émigré papers wrote that an army coup in this country was an illusion, because the commissars were there for a reason. I was the reason. {if fall_commissars_warned: On the night you kept me in a room on your own floor with a sentry at the door, and my deputy did what I had taught him: he told every regiment to take no orders except through the Party. The regiments took yours. Call it my failure; history will." | On the night, my deputies did not stand in your way. Call it my doing or my failure; history will choose."} {if fall_commissars_warned: He was let out at nine the next morning with an apology. It is the first time since that he has mentioned it. | {if fall_gamarnik_in: {if voroshilov_arrested: He signed the order that put Voroshilov in a cell. | He persuaded a good many political deputies that night that Voroshilov was not worth dying for.} | He spent that night at home beside his telephone and told his deputies to wait for the morning, and by the morning it was settled.}} "Abolish us, and the next man who wants this building will not need anyone to open the door."

{if trotsky_influence >= 30: Trotsky has written you a letter about it, eleven pages, saying the same thing less politely and with footnotes.}

* (abolish) Abolish the political organs: one army, one command, no second channel -> prophet_bonaparte
  if legitimacy >= 15 else "Without a second channel the country would see nothing but a junta."
  set commissars_abolished = true
  set army_loyalty += 10
  set party_strength -= 10
  set trotsky_influence -= 5
  set legitimacy -= 5
* (answer_congress) Keep Gamarnik's deputies, but answerable now to Kirov's Congress -> prophet_bonaparte
  set party_strength += 5
  set kirov_trust += 5
  set legitimacy += 5
  set army_loyalty -= 5
* (answer_marshal) Keep them, answerable to the Grand Marshal alone -> prophet_bonaparte
  set army_loyalty += 5
  set party_strength -= 5
  set bukharin_trust -= 5

=== prophet_bonaparte: Your dacha outside Moscow, September 1936
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
* (izvestia_answer) Answer him in Izvestia, under your own name -> prophet_night
  set legitimacy += 5
  set trotsky_influence -= 5
* (troika_seat) Give him a seat at the Troika's table, and see whether he still writes -> prophet_night
  set trotsky_influence += 15
  set kirov_trust -= 10
  set bukharin_trust += 5

=== prophet_challenge: Your dacha outside Moscow, September 1936

It is not only the chapter in the Bulletin, though that has come too. It is a letter, delivered by hand at seven in the morning by a captain who saluted and would not wait for an answer. Forty-three officers of the Frunze Academy and the Moscow garrison ask the Chairman of the Council of People's Commissars to restore Lev Davidovich Trotsky to the direction of the armed forces of the Union, in whatever form the government thinks fit. At the head of the list stand Primakov and Putna, corps commanders both, who signed for the Opposition in 1927 and never quite unsigned. It was Primakov's men who took the Senate staircase for you in February.

Kirov telephones before you have finished reading it. "I told you in May," he says, and puts the receiver down. Bukharin sends a drawing by courier: a man in a Marshal's greatcoat riding a tiger, with the caption, in his neat hand, And how does one get off? {if commissars_abolished: There is no political directorate to tell you how far it has spread. You abolished it. | Gamarnik's political deputies report that it has spread to six regiments and no further. Yet.}

The strangest thing about the letter is the one name that is not on it. Trotsky has not signed. In 1925 he refused to lead the army against the Party. He may be refusing again. Or he may only be waiting to be asked.

* (arrest_signatories) Arrest Primakov and Putna, and let the rest withdraw their names -> prophet_night
  set army_loyalty -= 10
  set trotsky_influence -= 10
  set nkvd_loyalty += 5
* (foreign_affairs) Give him foreign affairs: Litvinov out, Trotsky in, and the army left alone -> prophet_night
  set trotsky_foreign = true
  set trotsky_influence += 10
  set standing_abroad -= 10
  set army_loyalty += 5
* (night_drive) Drive to his dacha tonight, alone, and have it out with him -> prophet_night
  set trotsky_influence -= 5
  set army_loyalty += 5

=== prophet_night: The Kremlin, the Senate building, September 1936

Midnight, and the first frost on the windows of the Senate. The building has learned your hours: the samovar is lit at eleven, the clerks in the anteroom do not go home until your light goes out, and the sentries on the stairs have stopped looking at the spot where the dead man fell.

{if seen(prophet_challenge): The letter with the forty-three names is in your safe, whatever has since become of the men who signed it. } {if trotsky_influence >= 40: Trotsky is the second most famous man in Moscow, and the first in certain messes and lecture halls. He has not asked for anything more, and nobody supposes he has stopped wanting it. } {if trotsky_foreign: Trotsky has Litvinov's room on Kuznetsky Most, and Litvinov has the embassy in Paris, which he accepted without a word, as a man accepts his coat at the door. } {if trotsky_sent_away: Trotsky is in Alma-Ata again, in the same rented house, writing letters that reach Paris faster than they reach Moscow. } {if trotsky_influence < 15 and not trotsky_sent_away: Trotsky has become what he swore he would not, a monument, visited by students and photographed by the foreign press, and heard by almost no one who matters. } {if zhukov_promoted: Zhukov's light is still on along the corridor; he works your hours now, and has begun to keep some of his own. } {if commissars_abolished: The regiments have one command, yours, and no second channel; it has never been so quiet on Frunze Street. | The political deputies still report up their second channel, and the reports still say, for now, that the army is loyal.}

The dispatches on the blotter are all about the same thing. From Warsaw: Beck has refused a Soviet note, and Rydz-Śmigły has called up two classes of reservists in the eastern provinces. From Berlin: the Reich has gone over to two years' conscription, and the Austrian legation has stopped answering its telephone. From Budapest: {if budapest_transmitter: Béla Kun's transmitter is on the air, and Horthy's police have arrested a radio mechanic and two students, which is what Budapest usually sends instead of a revolution. | nothing, which is what Budapest usually sends.}

On Frunze Street, in the room that was Voroshilov's, the General Staff has begun to pin the map of Europe to the end wall, from the Rhine to the Amur, sheet by sheet. It will take them the winter. What goes on that map in the spring depends a good deal on who has been allowed to stand in front of it.

* (map_alone) Keep the map room to yourself and the General Staff -> europe_map_room
* (with_trotsky) Give Trotsky a pass to the map room, and a chair at the end of the table -> europe_map_room
  if trotsky_influence >= 20
  set trotsky_influence += 5
  set kirov_trust -= 5
* (with_troika) Give Kirov and Bukharin passes to the map room, as partners should have -> europe_map_room
  if troika_formed
  set kirov_trust += 5
  set bukharin_trust += 5
* (with_zhukov) Put Zhukov on the map-room staff for the winter -> europe_map_room
  if zhukov_promoted
  set army_loyalty += 5
