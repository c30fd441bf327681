// Chapter six: the reckoning. New Year's Eve 1937 to January 1938, and every
// ending of the story. The chapter opens at reckoning; what the player finds
// there is decided by what chapters one to five left behind: the war, the
// partners' trust, the army, the Prophet, London. Several endings are reached
// only by jumps on that accumulated state, never by one decisive choice:
// end_general_war, end_civil_war, end_troika, end_nep, end_trotsky,
// end_long_war, end_peace, end_second_bonaparte and end_collapse.

// Flags of this chapter.
flag zhukov_sent_east   // Zhukov sent to the Far East before the Congress
flag trotsky_arrested   // Trotsky arrested before the Congress
flag trotsky_shared     // the War Commissariat shared with Trotsky
flag kirov_promised     // Kirov was promised that the Congress would govern
flag staraya_taken      // the Proletarian Division closed the Central Committee
flag treaty_signed      // the London treaty initialled: recognition for a smaller army and a withdrawal
flag zhukov_chief       // Zhukov made Chief of the General Staff at his own asking

=== reckoning: The Kremlin, 31 December 1937
// The year's end pulls the stats that have drifted furthest a fifth of the
// way back, and the accounts say why.
if army_loyalty > 75:
  set army_loyalty = (army_loyalty * 4 + 60) / 5
if legitimacy > 75:
  set legitimacy = (legitimacy * 4 + 55) / 5
if standing_abroad < 15:
  set standing_abroad = (standing_abroad * 4 + 30) / 5
if kirov_trust < 20:
  set kirov_trust = (kirov_trust * 4 + 40) / 5
if bukharin_trust < 20:
  set bukharin_trust = (bukharin_trust * 4 + 40) / 5
The Spassky clock strikes eleven. The Kremlin empties for the holiday,
one staff car at a time, and you stay at the desk that was built for the
Chairman of the Council of People's Commissars with the year's accounts in
front of you, drawn up the way a staff officer draws up anything: what
we hold, what it cost, what is left.

{if clique_exiled: Molotov and Kaganovich are seeing the year out in Siberia, under guard and under snow. | Molotov sends New Year's greetings from the textile combine in Ivanovo, correctly worded, as everything he writes is.} {if yagoda_turned: {if nkvd_absorbed: Yagoda, who turned in time, was paid for it with a pension when his commissariat became a directorate of the army, and grows orchids at his dacha, which suits his hands. | Yagoda still runs the NKVD, because he turned in time and has been useful ever since, and because nobody has yet found the man who could replace him without becoming him.}} {if rykov_story: The Rykov conspiracy is in the schoolbooks now; you have stopped correcting people who believe it.} {if troika_formed: The Troika has lasted nearly two years, which is longer than either of the other two expected.} {if trotsky_killed: In Paris The Revolution Betrayed is in its ninth printing, with a photograph of the printer's house at Hønefoss as its frontispiece. | {if trotsky_in_mexico: From Coyoacán Trotsky has sent the Red Army his greetings for the New Year, by way of the New York Times. | {if trotsky_refused: From Norway, where the government still calls him its guest, Trotsky has sent the Red Army his greetings for the New Year, by way of the Paris papers.}}} {if congress_broken: The Leningrad regiment still stands guard at the Great Kremlin Palace, and Kirov's praesidium still countersigns your decrees, a day late, every time.}

{if party_shell: The Party is a shell: an address on Staraya Square, a newspaper, and two million members who no longer know what they are members of. | The Party is weaker than it was and stronger than you would like: the provincial secretaries still run the provinces, and they have long memories.} {if war_on: Your divisions are on the Oder, in the snow, where they have been since June. | {if poland_occupied: Your divisions stand in Poland{if hungary_soviet:, and in Hungary}. | {if germany_split or thaelmann_germany or military_governors or revkoms or goering_truce: Your divisions stand in Silesia and Bohemia{if hungary_soviet:, and in Hungary}. | {if hungary_soviet: Your divisions are at home, except for Yakir's corps in Budapest. | Your divisions are at home.}}}} {if germany_split: Germany is three countries, and none of them likes you.} {if thaelmann_germany: Germany is one Soviet republic, and its chairman telephones every evening.} {if executions > 1: Your signature is on {executions} death sentences. | {if executions == 1: Your signature is on one death sentence. | You have signed no death sentences, which in this building is thought eccentric.}}

{if army_loyalty >= 65: The army's column of the accounts is long and in good order, and its total is a figure the staff officer has underlined twice: what it expects to be paid.} {if army_loyalty < 45: The army's column is short, and the staff officer who drew it up has left a space at the bottom where a total should be.} {if standing_abroad < 25: Abroad the accounts are worse than they were in the summer and better than they were in the spring; the foreign ministries have begun to treat you as a fact, which is not the same as a friend.} {if london_talks: Beside the accounts lies the draft from London, in Maisky's blue binding: sixty pages, and your signature wanted on the last. | {if war_on: Beside the accounts lies the front's daily return, with the day's dead at the bottom in red ink, as the regulations require.}}

The last paper on the desk is a red folder from {if nkvd_absorbed: the security directorate, which was the NKVD until you gave it an army number | the NKVD}. Stalin built a
machine that draws up a list of enemies every winter, and the machine has
not been told that Stalin is dead. It has drawn up this year's list, and it
is waiting for a signature.

* Open the folder -> reckoning_lists
  You untie the tape. It is the same red cardboard, from the same Lubyanka stationer, as the folder that slid to your boot on the staircase two years ago.
* Leave it shut, and send for your partners in the morning -> reckoning_desk
  You put it in the drawer with the others and lock the drawer. The key goes in your tunic pocket, where you will feel it all night.

=== reckoning_lists: The Kremlin, New Year's night
Two thousand six hundred names, typed single-spaced, alphabetical, with a
line for each: date of birth, post, charge. District Party secretaries who
spoke against the coup. Stalin's men from the second rank who were not
important enough to exile. {if rykov_story: Friends of Rykov, because the Rykov conspiracy, having been invented, now needs members. | Friends of Rykov, because somebody always needs to have been a friend of Rykov.} Forty officers, near the end, under their own heading.

{if nkvd_loyalty >= 50: The Lubyanka has done this to please you, and done it thoroughly. Every name on it is somebody who stood in your way. | The Lubyanka has done this carelessly, or not carelessly at all: three of the officers served under you at Warsaw, and one of them is married to your cousin.}

The clock strikes midnight. Kirov's people count every signature you
make; so do the factories, and so does the country, which has lived through
this before and knows the sound a pen makes. Outside, somebody in the
Kremlin barracks is singing.

* (sign) Sign the lists -> reckoning_desk
  set executions += 2600
  set party_strength -= 15
  set nkvd_loyalty += 10
  set army_loyalty += 5
  set legitimacy -= 10
  A signature takes four seconds if you do not read the line above it, and you find by the second page that you are not reading the line above it. The pen is a steel nib in a black holder from the Boss's own tray, and it needs dipping every eleven names. You count that, because counting is a thing the hand can do while the eyes are elsewhere.

  At one o'clock the singing in the barracks stops. At two the duty officer brings tea and puts it down without looking at the desk, and goes out walking backwards, as if from an icon. At three you reach the letter K and find a Kork who is not your Kork, a schoolmaster in Vitebsk, and sign him. At four the ink in the well runs low and you send for more, and the orderly who brings it has been crying, or has a cold. The clock on the Spassky tower strikes each quarter, and each quarter is a hundred and fifty names.

  The forty officers are on the last two pages, under their own heading, and you sign them too, because you have signed everything else and the hand has stopped asking. The last name on the list is a Zhuravlev, a captain of the frontier troops at Negoreloye, charged with speaking against the Marshal in the station buffet. You sign him at ten to seven, as the windows go grey, and blot the page, and sit for a while with the blotter in your hand.

  By noon the Lubyanka has the lists, and by the evening of the second of January the first trucks have gone out from its courtyard. {if kirov_trust >= 40: Kirov hears of it from his own people in the Lubyanka before you have slept, and does not telephone. | Kirov's people count the trucks.} The country does not read about it in the newspapers. It does not need to; it has lived through this before.
* (sign_but_soldiers) Strike out the soldiers, and sign the rest -> reckoning_desk
  set executions += 2560
  set party_strength -= 10
  set army_loyalty += 10
  set legitimacy -= 5
  set kirov_trust -= 5
  You go to the last two pages first. Forty names, under their own heading, and you know a dozen of them by sight: a regimental commander from the Kiev manoeuvres, two instructors from the Academy, the captain who carried your map case in the Warsaw campaign of 1920 and is now a major of the frontier troops. You strike each one through with a ruler, in red pencil, one firm line, and write your initials in the margin, forty times, so that nobody can say afterwards that they were struck by accident.

  Then you go back to the first page and sign the rest.

  It takes until dawn. The two thousand five hundred and sixty are district secretaries and chairmen of collective farms and a great many men whose only offence is having been somebody's friend; you sign them in the same hand that struck out the forty, and it does not shake. When you are done, the list has a red line down its last two pages and a black signature down all the others, and anybody who reads it can see exactly what the Marshal values.

  The army reads it that way by the end of the week, because the forty tell their friends. In the messes they drink to the Marshal who looks after his own. In Leningrad Kirov reads it the same way and draws the other conclusion: that the Marshal will sign away two and a half thousand civilians in a night to save forty officers, and that the Congress had better remember which side of the red line it is on.
* (burn) Burn the folder in the stove -> reckoning_desk
  set nkvd_loyalty -= 15
  set legitimacy += 5
  set bukharin_trust += 5
  set kirov_trust += 5
  The stove in the corner of the Chairman's office is a tall tiled thing from the last century, cold since the radiators came, and you have to lay the fire yourself, with the Pravda of the thirty-first and a chair leg from the anteroom. The cardboard cover burns green at the edges, from the dye. The pages burn in blocks, a district at a time, and you feed them in with the poker until the Vitebsk schoolmasters and the friends of Rykov and the forty officers are all the same grey flakes, and the flakes go up the flue into the snow over the Kremlin.

  In the morning the Lubyanka sends for the folder, politely, as it sends for everything. You tell the officer who comes that it has been dealt with, and he understands you perfectly, and goes back to his building and tells it. {if nkvd_absorbed: The security directorate, which has been an army directorate for two years and a police for twenty, decides that it knows at last which of the two it is meant to be, and does not like the answer. | The Lubyanka, which has drawn up a list every winter since 1918 and has never before had one refused, takes it as a man takes a slap.} By the second of January everyone in Moscow who counts has heard that there will be no list this year, and Kirov telephones to say nothing at all except happy new year, twice.

=== reckoning_desk: Your desk, the Kremlin, January 1938
-> end_general_war if not churchill_lost and standing_abroad < 20 and ((poland_occupied and germany_split) or (took_berlin and german_coup == 2) or (poland_occupied and hungary_soviet))
-> end_trotsky if not trotsky_refused and trotsky_influence >= 55 and trotsky_influence > army_loyalty
-> reckoning_barracks if army_loyalty < 35
{sequence: The Congress of Soviets meets in a fortnight, and everybody in Moscow knows that it will be asked what kind of government the Soviet Union has. Nobody, including you, knows the answer. The anteroom fills up before nine. | The anteroom is emptier. Poskrebyshev's old clock, which you never had removed, ticks on the wall. | The tea has gone cold twice. The Congress is a day nearer. | The Congress is two days nearer, and the anteroom has filled again. | The delegates are arriving at the railway stations. The Congress is tomorrow. | The Great Kremlin Palace has its lights on all night, for the stenographers' rehearsal. | The Congress opens in the morning, and the clerks in the anteroom have gone home to sleep before it. | }

-> reckoning_prophet if trotsky_influence >= 35 and not trotsky_refused and not seen(reckoning_prophet)
-> reckoning_zhukov if trotsky_refused and zhukov_promoted and not seen(reckoning_zhukov)
-> reckoning_front if war_on and not seen(reckoning_front)
-> reckoning_treaty if london_talks and not seen(reckoning_treaty)

{if trotsky_arrested: {sequence: Trotsky is in the Lubyanka, and the young officers have stopped talking about him where you can hear. | Trotsky has asked, from the Lubyanka, for paper and a typewriter, and been given the paper. | The young officers still do not talk about Trotsky where you can hear. | Trotsky has filled the paper, and asked for more. | The Lubyanka reports that Trotsky is writing a book, and asks whether to let him finish it. | }} {if trotsky_shared: {sequence: Trotsky has an office two floors down, and the corridor between you is full of his visitors. | Trotsky's visitors have spread along the corridor as far as your own anteroom. | Trotsky has sent up a memorandum on the War Commissariat, twenty pages long, with footnotes. | Trotsky's door is open, and his visitors are colonels. | Trotsky has sent up a second memorandum, correcting the first. | }} {if kirov_promised: {sequence: | Kirov has your promise, and has told the Congress's praesidium about it. | The praesidium has had your promise from Kirov, and has begun to draft standing orders. | Kirov has telephoned to remind you of your promise, pleasantly. | The praesidium's standing orders have come, with your promise quoted in the preamble. | }} {if zhukov_sent_east: {sequence: | Zhukov is on the Trans-Siberian, going east with a promotion he did not ask for. | Zhukov has telegraphed from Sverdlovsk, correctly. | Zhukov has telegraphed from Omsk, more correctly still. | Zhukov has telegraphed from Irkutsk. The telegram is one word long. | }}

{sequence: Your staff grades everything, even friendship, and this morning's summary says so in a colonel's careful hand | The afternoon summary is on the blotter | The evening summary has come up with the tea | The next morning's summary is shorter | The summary for the fifth day is longer again | The summary for the sixth day has a new colonel's initials on it | The summary for the seventh day is typed on the back of the sixth | The last summary before the Congress is unsigned}: the army {if army_loyalty >= 70: is yours, and expects to be paid for it | {if army_loyalty >= 55: is with you, on conditions it has not yet stated | is waiting to see who gives the next order}}; Comrade Kirov {if kirov_trust >= 60: is a friend | {if kirov_trust >= 40: is correct | is counting}}; Comrade Bukharin {if bukharin_trust >= 60: is loyal, and anxious | {if bukharin_trust >= 35: is polite | is afraid}}. {once: The summary will not vote at the Congress. The men in it will.}

* Receive Kirov -> reckoning_kirov
* Receive Bukharin -> reckoning_bukharin
* {if war_on: Drive out to the General Staff, where the war is run | Drive out to the General Staff} -> reckoning_army
+ Call the Congress of Soviets to order -> reckoning_congress

=== reckoning_kirov: Your desk, the Kremlin, January 1938
Kirov comes in with the snow still on his collar and talks the way he
talks in Leningrad: short sentences, a joke to finish each one.

{if kirov_trust >= 60: He sits without being asked. "Misha," he says, "you and I made this thing together, so let's not be shy with each other." | {if kirov_trust >= 40: He waits to be asked to sit. "Marshal," he says, and lets you notice that he did not say Misha. | He does not sit. "I came because the Congress asked me to, Marshal. Not because I wanted to."}}

He wants the Congress of Soviets to govern: not to cheer, not to
ratify, to govern. A chairman and a council, decisions by vote, the way
Lenin said in the letters nobody was allowed to read. The army under the
Congress, not beside it. "You can be the best Commissar of Defence this
country ever had," he says. "Or you can be the last Chairman it ever had.
Choose in time."

He also wants Bukharin gone. "He thinks he is Lenin's favourite son. He
thinks the peasants are his constituency. Give me one more year of his
plans and I will have famine in the Volga and Bukharin explaining it."

* (promise) Promise him the Congress will govern -> reckoning_desk
  set kirov_promised = true
  set kirov_trust %+ 30
  set army_loyalty -= 5
  He does not thank you. He takes a sheet of Sovnarkom paper from the rack on your desk, uncaps his own pen and pushes both across the blotter. "In writing, Misha. Not because I do not trust you. Because the next man in that chair will not have made the promise."

  You write it in four lines: that the Chairman of the Council of People's Commissars will ask the Congress of Soviets to take the government of the Union into its own hands, and will answer to it as its servant, and that the Red Army will answer to it through him. You sign it and date it. Kirov reads it twice, blots it on your blotter, folds it in three and puts it inside his Party card, and the card inside his tunic, over his heart, where in 1934 a young man in the Smolny corridor meant to put a bullet. Then he laughs, the first time in a month, and asks for tea.

  Frunze Street hears of the paper before he is out of the building, because the Kremlin's walls have always had ears and now the ears wear collar tabs. The General Staff does not say anything. It sends up, that afternoon, a memorandum on the command of the armed forces in wartime, which observes in its second paragraph that a Congress of two thousand cannot command an army, and that someone will have to.
* (give_bukharin) Agree that Bukharin must go -> reckoning_desk
  set kirov_trust += 5
  set bukharin_trust %- 40
  set party_strength -= 5
  You agree, and Kirov, who had come prepared to argue for an hour, finds he has nothing to do with his hands.

  It is done that afternoon, as these things are done: a decree of the Council relieving Comrade Bukharin of his duties at Gosplan at his own request, which he has not made, and appointing him to direct the Marx-Engels-Lenin Institute, where he will be among books and harmless. Mezhlauk takes Gosplan back, with Kirov's memorandum on top of the files. Bukharin hears it from his secretary, who has heard it from the radio.

  He comes to see you in the evening without an appointment, and the guard lets him up, because the guard has known him for years. He does not shout. He stands in the doorway in his old leather coat, with snow on it, and says that he was with you on the night itself, at the presses, when it was not yet clear which way the night would go, and that he is not asking for anything, only for you to know that he remembers. Then he goes home. His wife tells a friend, who tells Kirov, that he sat up all night at the kitchen table drawing, and that in the morning all the drawings were of you.
* (refuse) Tell him the Congress will do as it is told -> reckoning_desk
  set kirov_trust %- 30
  set army_loyalty += 5
  Kirov looks at you for a long moment with his head on one side, as he used to look at Zinoviev's people across a meeting hall in 1926, working out how many of them there were.

  "Then I will tell it myself," he says, "from the chair, so that it knows where it stands." He stands up, buttons his tunic, and goes to the door, and at the door he turns round. "I came down from Leningrad on the night of the tenth, Misha, because you telephoned me. I did not have to come. Neither did the Leningrad delegates, and neither does the Baltic Fleet." He closes the door behind him very quietly, which is worse than a slam, and that evening the Leningrad delegation to the Congress dines together at the Hotel Moskva and does not invite anyone from the army.
=== reckoning_bukharin: Your desk, the Kremlin, January 1938
Bukharin brings a briefcase and no hat, and talks for forty minutes
without opening the briefcase. He does not need to; it is all in his head,
and most of it was in his head in 1925.

The army takes a third of the budget. {if seen(europe_oder): The war took the rest of what there was. | The tanks take what the war would have taken.} The peasants are selling nothing they can hide. Give him a third of the army's money, he says, and the right to let the villages trade, and he will give you bread in the shops in eighteen months and a country that does not need to be held down.

{if bukharin_trust >= 60: "You know I am with you," he says. "I was with you on the night itself. Let me be of use." | {if bukharin_trust >= 35: "I know what they say about me in your staff," he says. "That I am a professor. Well. Professors can count." | He watches you the whole time, and at the end he asks, quite quietly, whether he will be allowed to go home tonight.}}

* (cut) Cut the army's budget by a third, as he asks -> reckoning_desk
  set bukharin_trust %+ 30
  set army_loyalty %- 20
  set legitimacy += 5
  He opens the briefcase at last, because now there is something to put on paper, and the decree is drafted on your desk in his hand and yours: a third of the defence estimates for 1938 transferred to the Commissariat of Agriculture and the Commissariat of Trade, the procurement prices for grain raised by half, the collective-farm markets freed in every district of the Union from the first of March.

  Bukharin signs it as People's Commissar, and then, because he cannot help it, draws a small tractor in the margin beside his name. "Eighteen months," he says. "You will see bread in the shops in eighteen months, and then you will not be able to imagine why you ever needed to be afraid of the village." He goes out whistling something from Rigoletto, badly.

  The estimates go to Frunze Street the next morning. The General Staff reads that the tank programme for 1938 is cut by a third, the autumn manoeuvres cancelled, two hundred thousand men to be released to the reserve in the spring, and the officers' flats promised since 1935 postponed again. Nobody on Frunze Street whistles. {if seen(europe_oder): They fought a war for you in the summer, and they have been paid for it with a tractor in a margin. | They have been told for two years that the money went to tanks, and now it is going to cabbages.}
* (commission) Promise him a commission to study it -> reckoning_desk
  set bukharin_trust -= 5
  He thanks you for the commission with great politeness, and asks who will chair it, and when you tell him, he laughs and says that he has sat on commissions before.
* (file) Show him what the Lubyanka has on his friends -> reckoning_desk
  set bukharin_trust %- 40
  set nkvd_loyalty += 5
  You take the file out of the drawer and put it on the blotter in front of him without a word, and he reads it, because he is a man who reads whatever is put in front of him.

  It is not very thick. It does not need to be. There are the transcripts of telephone calls from his flat in the Kremlin, made in the autumn, to {if rykov_shot: Rykov's widow | Rykov} and to Tomsky; there are the names of the economists at Gosplan who meet in his office in the evenings, with the dates; there are the notes of an informer, a young man from the Institute of Red Professors whom Bukharin taught and found the job, who reports what Bukharin says about the Marshal after the second glass. It is all true. That is the worst of it. None of it is a crime, and all of it could be made into one by anybody who wanted to.

  He closes the file and sits with his hands on it for a long time. Then he asks, very quietly, whether the young man from the Institute will be all right. He does not ask about himself. He goes home that evening and does not come to Gosplan the next day, or the day after; his secretary says that he has a cold. At the Congress he sits in the front row where he can be seen, and votes with the majority on every motion, and does not speak once.
=== reckoning_army: The General Staff, Frunze Street, January 1938
The staff officers stand up when you come in, all at once, the way they
stood up in 1936 when you came in from the night with the Kremlin in your
pocket. The question is whether they still mean it the same way.

{if zhukov_promoted: Zhukov is there, in the chair nearest the map, a big square man who listens to everything and says nothing until he has decided. Half the younger colonels already stand the way he stands. | Yakir and Uborevich are there, your men since the Civil War, and Yegorov, who served the Tsar, then Stalin, then you, with the same correct face.} {if commissars_abolished: There are no commissars in the room; you abolished them, and the generals have not forgotten who gave them back their army. | The commissars sit along the wall, taking notes, as they have since Trotsky put them there.}

{if war_on: They are fighting a war for you, and it is January, and the war is on the Oder still. | {if seen(reckoning_front): They fought the Reich to a standstill on the Oder, and were told to stop by a telegram. | {if goering_truce: They fought their way to the Oder and were stopped there by a truce with the men who shot their own generals. | {if seen(europe_oder): They won a war for you last summer. They would like to be paid for it. | {if seen(europe_quiet_front): They did not fight last summer, and some of them think it was your nerve that failed, not the Czechs'. | They want to know what the army is for.}}}}}

On your desk at the Commissariat, before you came, the Lubyanka left a list of its own: forty officers who talk too much in the mess, {if seen(reckoning_lists): the same forty you saw on New Year's night, | forty names,} with a note that Stalin would have known what to do with it. He would. He would have done it to you.

* (promise) Promise the army its budget, and the western command -> reckoning_desk
  set army_loyalty %+ 25
  set bukharin_trust -= 10
  set standing_abroad -= 5
  You tell them standing, from the head of the long table, without notes: the defence estimates for 1938 kept whole, the new tanks in production by the spring, and the western command, from the Baltic to the Black Sea, under one commander who will answer to the General Staff and to you and to no committee of the Congress.

  They do not applaud; the General Staff has never applauded anybody. But Yegorov takes off his spectacles and polishes them, which those who know him say is the same thing, and the younger colonels at the end of the table look at each other and then at you as men look at a man who has, for once, said what they wanted to hear in the words they would have used. {if war_on: Uborevich asks only for the tanks by April, and gets your word on it. | Uborevich asks who the western commander will be, and you tell him to guess.}

  Bukharin reads the same promise in the minutes that evening, and does the sum. The money for the tanks is the money he was going to give the villages, and he has been promised the villages twice. He writes you a note of one line, which says that he hopes the tanks will be good to eat.
* (zhukov) Send Zhukov to the Far East, with a promotion in the letter -> reckoning_desk
  if zhukov_promoted
  set zhukov_sent_east = true
  set army_loyalty -= 5
  The letter makes him deputy commander of the Special Red Banner Far Eastern Army, under Blyukher, which is a promotion and six thousand miles. He reads it at the table, folds it, and says that he has always wanted to see the Amur. The younger colonels, who stand the way he stands, look at their boots.
* (purge) Take the Lubyanka's list of officers, and sign it -> reckoning_desk
  set executions += 40
  set army_loyalty %- 30
  set legitimacy -= 10
  set nkvd_loyalty += 10
  You sign it there, at the head of the table, in front of them, because if it is to be done it had better be seen to be done by you.

  It takes a minute. Forty names, and some of them are in the room: a colonel of the Operations Directorate two chairs down, who goes white and then very red and then sits perfectly still, as officers are taught to sit under fire; a brigade commander from the Kiev district who came up for the conference and will not be going back. The officers of the military procuracy take them out of the room one at a time, by the elbow, politely, while the others look at the map on the wall. Nobody speaks. Somebody's glass of tea goes cold on the table with the spoon still in it.

  {if nkvd_absorbed: The security directorate has its first real list. | The Lubyanka has its first list from the army since the dead man's time.} By the evening every district headquarters in the Union has heard what happened on Frunze Street, and in the messes they say the thing that nobody has said aloud since February 1936: that the Marshal has become the man he put in the ground. The forty are tried the following week by a tribunal of three, in an afternoon. In Kiev, Yakir writes you a letter that is two lines long and asks for nothing.
* (barracks) Tell them the army is going back to its barracks -> reckoning_desk
  set army_loyalty %- 30
  set legitimacy += 5
  set bukharin_trust += 5
  set kirov_trust += 5
  You tell them, standing, that the Red Army did what it did on the night of the tenth of February because there was nobody else to do it, and that it will not go on doing it. The military inspectorate of candidacies is to be wound up by the spring; the army's seats on the Congress's commissions are to be given back; {if military_governors: the military governors in the west are to hand over to civilian administrators by the summer; | the officers seconded to the ministries are to return to their regiments;} and the army is to go back to being an army, answering to a government of civilians, whatever government the Congress makes.

  The silence is very long. Then Yegorov, who served the Tsar and then the dead man and then you, says, "Very good, Marshal," in exactly the voice he would have used for any of you, and writes it down. The younger officers do not write anything. They had been told for two years that the Red Army was the vanguard of the revolution, and they had begun to believe it, and now they have been told by the man who told them that it was a temporary arrangement.

  {if zhukov_promoted and not zhukov_sent_east: Zhukov stays behind when the others have gone, and asks you, with great respect, whether this is an order or an opinion. | Uborevich stays behind when the others have gone, and asks you whether you have thought about who will protect you from the civilians.} You tell him it is an order. He salutes and goes, and you have the feeling, as the door closes, of a man who has just handed somebody else his rifle.

=== reckoning_prophet: The Kremlin, 2 January 1938
Trotsky asks for an hour and takes two. {if trotsky_sent_away: Alma-Ata did not hold him: he came back on the Turksib in November, on a ticket nobody admits to having bought, and nobody has since been found to put him on the train again.} He has aged the way men age who have been right about a great many things and listened to on none of them, and he has never looked better.

{if trotsky_invited: You brought him home yourself, and he has never once thanked you for it, which you are beginning to understand is a strategy. | You let him come home because keeping him out had begun to cost more than letting him in.} {if commissars_abolished: You abolished the commissars; the young officers read him anyway, and the ones who read him carefully read him to each other. | The commissars are still in every regiment, and half of them have his picture in a drawer.} {if revkoms: His committees govern the occupied west in his name. | {if hungary_soviet: Kun in Budapest quotes him in every speech.}}

{if trotsky_gave_word: He has not forgotten the kitchen at the dacha. He mentions it in the first five minutes, to get it out of the way: he wrote then, at your asking, that he would not lead an army against its government, and he has kept his word, and he would like you to notice that a Congress is not an army. | {if seen(prophet_challenge.night_bargain): He has not forgotten the handshake across the oilcloth at one in the morning, and he reminds you that he has kept to his side of the table; the question, he says, is whether the table is still the same size.}}

He wants the Revolutionary Military Council back, the one he chaired in
the Civil War, and the War Commissariat to answer to it. He wants the
revolution carried forward by the workers of Europe, with the Red Army
behind them and not in front. He does not say that he wants you beside
him, or anywhere else. {if trotsky_foreign: He has had the Commissariat of Foreign Affairs for fifteen months, and has found it too small.}

"In 1920 you marched and I warned," he says. {if poland_occupied or seen(europe_oder): "In 1937 you marched and I did not warn. So we are even, Mikhail Nikolayevich. Let us see which of us the Congress prefers." | "In 1937 you did not march at all, and they tell me that was wisdom. Perhaps. Either way, Mikhail Nikolayevich, let us see which of us the Congress prefers."}

* (arrest) Arrest him before the Congress meets -> reckoning_desk
  if army_loyalty >= 50 else "The army would not stand for it; too many young officers carry his books."
  set trotsky_arrested = true
  set trotsky_influence %- 60
  set army_loyalty -= 5
  set legitimacy -= 5
  You do not do it in the room. You let him finish, and thank him, and he goes down the stairs to his car, and the car does not take him home.

  It is done by the military procuracy, on the Mokhovaya, in the middle of the afternoon, because you will not have it done at night. He is taken to the Lubyanka in his own car with a colonel beside him and a captain beside the driver, and at the door, the colonel reports, he asked whether it was to be the inner prison, and when he was told, he said that he had been in the Peter and Paul Fortress under the Tsar and in the Kresty under Kerensky, and would be interested to compare. He asks for paper. Natalia Ivanovna is allowed to bring him a coat.

  The news is in the foreign papers by the evening and in Pravda the next morning, in eleven lines on page two, and in every mess in the Union by the night after. The young officers who carried his books in their map cases take them out and put them somewhere else. {if trotsky_invited: The veterans of the armoured train, who wrote to thank you in pencil when you brought him home, do not write again. | The older officers say nothing, which is how they said things in 1927.}
* (abroad) Send him abroad again, as ambassador in Paris -> reckoning_desk
  set trotsky_influence %- 45
  set standing_abroad -= 5
  He takes the appointment as a man takes a sentence he had expected to be worse. "Paris," he says. "Where I was expelled from in 1916, for pacifism. It will be interesting to see whether they have forgiven me, or only forgotten." {if trotsky_foreign: He hands over the Commissariat of Foreign Affairs the same afternoon, with a list of the ambassadors he thinks should be recalled and the reasons, in order of urgency. | Litvinov, who has the Paris embassy, is told he is wanted in Washington, and goes on being told until he goes.}

  He leaves from the Belorussian Station on the fifth, with Natalia Ivanovna and the hatbox and nine crates of books, in the international sleeping car, and there is nobody on the platform to see him off but the foreign correspondents and a cadet of the Frunze Academy who has come in uniform on his own account, and salutes. The French are appalled, and accept his credentials within the week, because a refusal would be worse. The Bulletin of the Opposition, which has been printed in Paris for nine years by his son, now has an ambassador for a proofreader.
* (share) Share the War Commissariat with him -> reckoning_desk
  set trotsky_shared = true
  set trotsky_influence %+ 25
  set army_loyalty -= 10
  You offer him half of it: a Revolutionary Military Council of the Union, as in 1918, with the People's Commissar of Defence and the Council's chairman sitting side by side and signing together. He accepts before you have finished the sentence, which tells you how long he has been waiting for it.

  He moves into an office two floors below yours the next morning, with a typewriter, a secretary and the same green-shaded lamp he had on his desk in 1924, which he has had brought from wherever it has been, and by the afternoon there are colonels in his anteroom. The General Staff receives its first memorandum from the Council that evening. It is twenty pages long, with footnotes, and it is excellent, and it is addressed to the General Staff as if the General Staff had been waiting fifteen years to be told.

  The army has two masters now, and it has had two masters before, and it remembers how that ended. The older commanders send their reports to you and copies to him; the younger ones, increasingly, the other way round.
=== reckoning_front: The General Staff, Frunze Street, 5 January 1938
The war has its own room now, the one with the great map at the end, and the great map has stopped moving. The pins on the Oder have been in the same holes since November; the staff officers who move them have begun, out of boredom, to straighten them. {if german_coup == 2: Göring's Reich has called up the class of 1919 and is building concrete on the far bank faster than your engineers can photograph it. | Hitler's Reich has called up the class of 1919, and Köstring's successors, in neutral capitals, let it be known that the Reich can wait longer than Moscow can.}

{if rationing: The ration cards have been honoured all winter, just. The queues in Moscow are longer in January than they were in November, and quieter, which the NKVD reports as a good sign and you do not. | The queues in Moscow are longer in January than they were in November.} The war has cost two hundred and ten thousand dead since March, by the General Staff's count, and the General Staff's count is low.

Uborevich, in from the front, wants the spring: the new tanks by April, the offensive in May, Berlin by the autumn. Yegorov wants the spring too, but for talking; he has served three governments and has never seen one survive a long war. {if churchill_lost: The British have offered to mediate, through Maisky, on any terms the two armies can agree. | Kollontai in Stockholm reports that the Swedes would still carry a message, and that the answer would still be the Bug.}

* (front_fight) Tell them the war goes on: the spring, the new tanks, and Berlin
  set army_loyalty += 5
  set legitimacy -= 5
  Uborevich gets his April. The order goes out the same day, and the factories are told that the ration cards will be with them another year, and the Congress, when it sits, will be asked for war powers and not for a government.
* (front_armistice) Ask for an armistice where the armies stand
  set war_on = false
  set army_loyalty %- 20
  set standing_abroad += 5
  set bukharin_trust += 5
  set legitimacy += 5
  The telegram goes to Stockholm at noon{if churchill_lost:, and a copy to London}. You draft it yourself: an armistice on the line of the Oder, from the Baltic to the Carpathians, to begin on the fifteenth, without conditions on either side and without a treaty, so that nobody has to sign anything that would have to be explained to anybody.

  Berlin answers in four days, and the answer is yes, because the Reich is as tired as you are and has fewer men to be tired with. The guns stop at noon on the fifteenth, in snow, and for the first time since June the front is quiet enough to hear the crows. Nobody cheers. The men in the dugouts along the Oder are told that they will be home by the spring, and do not believe it until the trains come.

  The army takes it as it took the Vistula line and the telegram on the sidings: as a thing done to it by a telegram. {if german_coup == 2: It has buried two hundred thousand men to stand where it stood in June, across a river from the men who shot their own generals. | It has buried two hundred thousand men to stand where it stood in June.} In the messes they say that the Marshal has lost his nerve, and in the queues they say that he has found his sense, and both are being said by people who will be at the Congress.

-> reckoning_desk

=== reckoning_treaty: Your desk, the Kremlin, January 1938
The draft is in English and Russian on facing pages, sixty pages in Maisky's blue binding, and it is, he writes in his covering letter, the best that can be had, which from Maisky means that it is good.

Britain recognises the Union's frontiers, and the governments the Red Army has set up beyond them, {if germany_split: except in Prussia, which is to go back to whatever German state there is by 1939; | {if poland_occupied: except in Poland, where a government of national unity is to be formed in Warsaw under a Polish prime minister acceptable to London, with the Red Army withdrawn behind the Bug by the summer; | except where the Czechs object;}} Britain extends credits of forty million pounds over five years for Soviet orders in British factories; Britain calls a conference in London in May on the limitation of armaments in Europe. The Union reduces the Red Army by a third in two years, under inspection by British, French and Czech officers. The Union ceases to pay for the parties abroad. Each side undertakes not to say anything rude about the other in its government newspapers, which is the clause Dalton drafted himself.

It is a statesman's treaty. It turns the Red Napoleon into a signatory. The General Staff has read the clause about the army, because Maisky's covering letter was copied to the General Staff, and has sent you its own covering letter, which is one line long and asks whether the Marshal intends to sign away a million men for forty million pounds.

* (treaty_sign) Initial it, and put it to the Congress for ratification
  set treaty_signed = true
  set standing_abroad %+ 30
  set army_loyalty %- 15
  set legitimacy += 5
  You initial every page, sixty times, in the corner, as the lawyers ask, and sign the last page in full. It takes longer than the New Year's list would have. Maisky takes the copy to Downing Street by the night's diplomatic bag, and the news is in the London papers before the bag has landed.

  For a week the foreign papers run out of words for you. The Times prints a leader under the heading The Marshal's Peace; Le Temps calls you a second Talleyrand, which in Paris is meant as a compliment. In Warsaw and Prague the exiles begin to pack, and in Berlin the new government's newspapers say that the English have been bought, which is what the German newspapers always say.

  On Frunze Street the General Staff reads the same headlines and does the same sum: a third of the army in two years, one officer in three, under the eye of British majors. The colonels who expect to be the third stop coming to work early. Yegorov, asked by a foreign correspondent what he thinks of the treaty, says that he thinks the Marshal has signed it, and walks on.
* (treaty_amend) Send it back with the army clause struck out
  set standing_abroad -= 5
  set army_loyalty += 5
  You strike the clause through in red pencil and send it back to Maisky with a note that the Union will discuss its armed forces at the conference in May, like everyone else. Dalton tells the House that Moscow has made a reservation, which in the House of Commons is a very grave word, and the General Staff, told of it, sends up a bottle of Georgian brandy with no message.
* (treaty_drawer) Put it in the drawer with the red folders
  It goes in beside the New Year's list, in its blue binding, and the drawer takes some closing. Maisky cables twice in the week to ask whether the Marshal has read it, and you tell him that the Marshal has.

-> reckoning_desk

=== reckoning_zhukov: Your desk, the Kremlin, 3 January 1938
Zhukov asks for a quarter of an hour and takes exactly that. He comes in at nine, on the stroke, in a tunic pressed so sharply that it could cut the blotter, and stands until you tell him to sit, and then sits as if the chair had been issued to him.

He has been deputy inspector of cavalry and the mechanised corps for sixteen months, {if seen(europe_oder): and in the summer he commanded a corps on the Oder and took more ground with it than any other corps commander in the army, | and he has spent them making the mechanised corps into something that could fight, while the army waited for a war that did not come,} and he has come to ask for the General Staff. Not the post of Chief, which Yegorov holds; the thing itself. The operations directorate and the western command, under one man, answerable to you. "You asked the dead man for exactly this in 1935," he says. "He gave it to Voroshilov. I am not asking for a favour, Marshal. I am telling you what the army needs, before somebody else tells you."

He does not mention the letter of the forty-three, or Trotsky, or anything political; he has no politics, only an army. It is precisely the speech you made to the dead man in your head every night of 1935. You know now what he felt when he heard it.

* (zhukov_chief) Give it to him: the General Staff, and the western command
  set zhukov_chief = true
  set army_loyalty %+ 20
  set kirov_trust -= 5
  Yegorov is moved up to a deputy chairmanship of the Council, which is a promotion and a museum, and takes it with the same correct face he has taken everything. Zhukov moves into the Chief's office on Frunze Street the same afternoon.

  He is very good. Within a week the General Staff works his hours, which are longer than yours, and the district commanders have learned that a telegram from Frunze Street now means exactly what it says and is followed by a second telegram asking why it has not been done. The army likes it. It has wanted, for two years, to be commanded by someone who does not also have to govern, and now it is, and it notices the difference, and so does Zhukov, and so, at night, with the samovar going cold, do you. Kirov, told of the appointment, asks whether the Marshal has chosen his successor or only his executioner, and does not wait for the answer.
* (zhukov_east) Send him to the Far East, with a promotion in the letter
  set zhukov_sent_east = true
  set army_loyalty -= 5
  He reads the letter, folds it along its creases and puts it in his breast pocket. "Blyukher will be pleased," he says, and stands, and salutes, and goes, and you hear his boots all the way down the corridor. The mechanised corps, which had begun to think of itself as his, takes the news as a demotion, whatever the letter says.
* (zhukov_arrest) Have him arrested before he leaves the building
  set zhukov_sent_east = true
  set army_loyalty %- 25
  set nkvd_loyalty += 5
  set legitimacy -= 5
  The military procuracy takes him at the foot of the staircase, on the landing where the dead man fell, because that is where he happens to be when the order reaches the guard. He does not resist. He asks the officer who arrests him for his name and rank, and writes them down.

  There is no charge that anybody can say aloud, because he has done nothing except ask for what you asked for. He is sent to the Far East after all, a fortnight later, under guard, to a command that has been invented for him on the Mongolian frontier, and the army, which watched the best corps commander it had arrested for having an opinion about the General Staff, draws the conclusion that the Marshal is afraid of soldiers. It is not wrong.

-> reckoning_desk

=== reckoning_frontier: The Belorussian Station, January 1938
-> end_exile if (nkvd_absorbed and army_loyalty >= 35) or (not nkvd_absorbed and nkvd_loyalty >= 25)
The train for Warsaw and Berlin leaves at eleven at night, and the sleeping car at the end of it has been kept for you by somebody who has kept it in a great many names. Your adjutant comes as far as the step. You have one suitcase, the violin in its case and a letter of credentials in an envelope that nobody has sealed.

The train runs west all night through Vyazma and Smolensk and Orsha, and in the morning it stops at Negoreloye, as every train stops there, for the frontier. {if nkvd_absorbed: The frontier troops were the NKVD's until you gave them to the army, and they have read what the army thinks of you. | The frontier troops are the NKVD's, and have been since Dzerzhinsky, and the NKVD has its own opinion of you, which it has had two years to form.} The captain who comes down the corridor with the passport officers does not ask for your passport. He asks you, with great courtesy, to step down onto the platform, where it is snowing, and where there are a great many more soldiers than a frontier station needs.

-> end_shot

=== reckoning_congress: The Congress of Soviets, the Great Kremlin Palace, January 1938
-> end_trotsky if not trotsky_refused and ((trotsky_shared and trotsky_influence >= 40) or (trotsky_influence >= 50 and trotsky_influence > army_loyalty))
-> reckoning_barracks if army_loyalty < 35
-> end_collapse if legitimacy < 35 and (executions >= 2000 or war_on or rationing)
-> end_second_bonaparte if zhukov_chief
-> end_peace if treaty_signed and legitimacy >= 30
-> end_long_war if war_on
Two thousand delegates under the white and gold of the Andreyevsky Hall,
where the Tsar's throne used to stand and where a plaster Lenin stands now,
looking into the middle distance. {if party_shell: The Party's delegates sit together at the back and clap when the others clap. | The Party secretaries sit in blocks by province, and they clap when their secretary claps.} Kirov has the chair. {if congress_broken: The Leningrad regiment that has guarded the palace since the spring of 1936 stands along the walls of the hall, which nobody has asked it to do. } The press gallery is full, and for once half of it is foreign.

{if kirov_promised: Kirov catches your eye as you come in and nods: a man reminding another man of a promise.} {if took_berlin: When you come to the rostrum, the military delegates rise and shout Berlin until Kirov rings his bell.} {if thaelmann_germany: Thälmann sits in the diplomatic box, watching how a Soviet congress is done.} {if executions >= 2000: In the gallery, where the public sits, there are women in black who have come with tickets nobody admits to having issued. }

You have a speech in your pocket, and four different last pages for it.

* Take the whole power, and rule by decree -> reckoning_alone
  if army_loyalty >= 55 else "The army is not yours enough for that."
  You read the last page that begins with the word emergency. The military delegates rise before you have finished it, and the rest of the hall rises after them, row by row, like a field going down in the wind.
* Renew the Troika before the delegates -> reckoning_troika
  if troika_formed else "There is no Troika left to renew."
  You read the last page that ends with two names besides your own, and turn to the front row to say them.
* Let Kirov's Congress govern, and take your seat among the delegates -> reckoning_collegial
  if kirov_trust >= 40 else "Kirov no longer believes a word you say."
  You read the last page that asks the Congress to govern, and you can hear in the silence that the hall has never been asked that before by anybody who meant it.
* Stand the army down, and give Bukharin the country's purse -> reckoning_stand_down
  You read the last page that is about bread, and watch the generals in the front rows hear it.
* Resign every post, and ask {if trotsky_foreign: Trotsky, of all men, | Litvinov} for an embassy abroad -> reckoning_frontier
  if army_loyalty < 55 and kirov_trust < 40 else "Not while another road is open."
  You put the speech back in your pocket and read instead a letter of four lines, and the hall, which had been waiting for an hour, does not understand it until you have sat down.

=== reckoning_alone: The Kremlin, the night after the Congress, January 1938
-> end_second_bonaparte if zhukov_promoted and not zhukov_sent_east and army_loyalty < 70
-> end_dictatorship if party_shell or party_strength < 35
The Congress gave you the powers by acclamation, which is the Soviet way
of saying that nobody was counting. The Party is another matter.

By midnight the Central Committee has met in its own building on
Staraya Square without being called, which it has not done since 1917,
and voted that the Chairman of the Council of People's Commissars answers
to a plenum of the Party, and to nothing else. {if clique_exiled: The men who would have led it are in Siberia; the men who do lead it are their deputies, which is worse, because they are younger. | Molotov is not there. His signature is, at the bottom, in his small correct hand.} The provincial secretaries are sending telegrams of support, province by province, and the telegraph office is letting them through.

The Proletarian Division is in its barracks, forty minutes from Staraya
Square. Its commander is on the telephone, asking for orders.

* Send the Proletarian Division to Staraya Square -> end_dictatorship
  set staraya_taken = true
  set party_strength -= 30
  set executions += 150
  You give the order in one sentence, and the commander repeats it back to you in the same words, which is what the regulations require and what you had wanted to hear.
  -> end_civil_war if party_strength >= 20 and army_loyalty < 75
* Give way, and let Kirov's Congress decide -> reckoning_collegial
  if not seen(reckoning_collegial)
  You tell the commander to keep his division in barracks, and then you telephone Kirov, who has been waiting up.
* Leave Moscow before the plenum sits -> reckoning_frontier
  You telephone for a car, and then for the sleeping car, and nobody you telephone asks why.

=== reckoning_troika: The Great Kremlin Palace, January 1938
-> end_troika if kirov_trust >= 50 and bukharin_trust >= 45
You ask them up to the rostrum, one on either side, as on the day the Troika was proclaimed, and only one of them comes at once.

{if kirov_trust < 50: Kirov comes last, slowly, and stands a little apart, and the delegates from Leningrad see it and sit on their hands. He has been your partner for nearly two years and he has decided that a partner who is also a Marshal is not a partner. | Kirov comes at once. It is Bukharin who hesitates, half out of his chair in the front row, looking at you as he once looked at Stalin, in 1928, the year he learned what that look costs.} The applause starts, and is loud, and stops a second too early.

The Troika is renewed on paper. You have done enough politics now to
know what it is worth on paper.

* Go on as two, with Kirov's Congress -> reckoning_collegial
  You turn to Kirov, and he understands, and so does Bukharin, who sits down.
* Go on alone -> reckoning_alone
  if army_loyalty >= 55 else "The army is not yours enough for that."
  You let the applause die, and step forward to the rostrum alone, and behind you neither of them moves.

=== reckoning_collegial: The Great Kremlin Palace, January 1938
-> end_collegial if (kirov_trust >= 75 or (kirov_promised and kirov_trust >= 55)) and legitimacy >= 35
Kirov takes your proposal, and takes his time. He likes it; he does not
believe it.

{if kirov_trust < 55: "A Marshal who gives the Congress the government," he says, for the whole hall to hear, "is either a great democrat or a man waiting for the Congress to make a mistake." | "The Congress has heard a great many fine speeches in two years," he says. "It would like to see something to go with one."} He asks for a pledge that the delegates can see: the Grand Marshal's baton, laid on the praesidium table, the army's command handed to a collegium of the Congress. Then, he says, they will believe you.

In the front rows the generals are watching you, {if army_loyalty >= 60: still ready to stand up if you tell them to. | and some of them are watching Kirov instead.}

* Lay the baton on the table -> end_collegial
  set army_loyalty -= 10
  You take it out of its case, which takes longer than you had thought, because the clasp is stiff.
* Keep the baton, and go abroad before they take it -> reckoning_frontier
  You put your hand on the case, and keep it there, and Kirov nods as if he had expected exactly that, and rings his bell for the next item.
* Keep the baton, and tell the Congress it will have to come and take it -> reckoning_alone
  if not seen(reckoning_alone)
  if army_loyalty >= 55 else "The generals in the front rows would not stand up with you."
  You say it from the rostrum, and the military delegates are on their feet before you have finished, and Kirov, in the chair, puts down his bell.

=== reckoning_stand_down: The Great Kremlin Palace, January 1938
-> end_nep if bukharin_trust >= 60 and legitimacy >= 40
You tell the Congress that the army will be cut by half, and that the
money will go to the villages, and that Bukharin will see to it.

It should be the best moment of the Congress, and it is not. {if bukharin_trust < 60: Bukharin does not stand up. He sits in the front row and looks at his hands, a man who has been given a gift by someone he does not trust and is wondering what it will cost him. | Bukharin stands up, flushed, and the hall does not follow him.} {if legitimacy < 40: The delegates have been told things from that rostrum before, and they clap the way people clap when they will believe it when they see it. The provinces do not believe it at all.}

By evening the generals know. By the next morning the Party secretaries
know that the Marshal has given up his army, and they are dusting off the
speeches they had been saving.

* Take the baton back before anyone acts on it -> reckoning_alone
  if army_loyalty >= 55 else "You have already said too much in public."
  You telephone Frunze Street at seven in the morning and tell the duty officer that yesterday's speech was a statement of intent, which he writes down.
* {if trotsky_foreign: Accept the embassy Trotsky's commissariat has been keeping for you, at a safe distance | Accept the Paris embassy Litvinov has been keeping for you} -> reckoning_frontier
  if kirov_trust < 50 or army_loyalty < 55 else "Kirov's Congress would still have you, and so would the army."
  The credentials are ready by noon, which tells you how long they have been ready.
* Stay in Moscow, and let Kirov's Congress decide -> reckoning_collegial
  You go back to the Great Kremlin Palace in the morning, and sit in the front row, and wait for Kirov to call you.

=== reckoning_barracks: The Kremlin, January 1938
-> end_civil_war if legitimacy < 75 and party_strength >= 40
They come in the afternoon, by appointment, with their caps under their
arms: a deputation of the army. {if zhukov_promoted and not zhukov_sent_east: Zhukov leads it, because of course he does, and the others stand a half-pace behind him the way men stand behind a commander. | Yakir leads it, and Uborevich, who have been yours since 1920, and it is Yakir who speaks because Uborevich cannot look at you.}

They are very correct. The army, they say, has followed the Marshal
through a coup and {if war_on: a war that has not ended | {if seen(europe_oder): a war | a year of waiting}}, and it no longer knows where it is being led. {if trotsky_influence >= 45: Half the young officers are reading Trotsky. | The young officers are reading nobody, which is worse.} The Marshal would do the army a service by resigning his command. A train can be ready tonight. Nobody wishes any unpleasantness.

Behind them, in the corridor, the Kremlin guard is watching to see what
you do.

* Call out the Kremlin guard -> end_shot
  You raise your voice, for the first time in two years, and call the guard commander by name.
  -> end_second_bonaparte if zhukov_promoted and not zhukov_sent_east
* Take the night train west, as they suggest -> reckoning_frontier
  You tell them that you will be at the Belorussian Station at eleven, and they salute, and Yakir, at the door, says that he is sorry, and means it.
* Appeal over their heads to Kirov's Congress -> reckoning_collegial
  if kirov_trust >= 50 else "Kirov will not stand between you and the generals."
  You walk past them, down the corridor, and across the Kremlin in the snow to the Great Kremlin Palace, and they let you go, because nobody has told them not to.

=== ending end_dictatorship: The Red Napoleon
The title arrives by decree on a Tuesday: Supreme Commander and Chairman,
for the duration of the emergency, and nobody asks which emergency. {if staraya_taken: The Proletarian Division takes Staraya Square in forty minutes without firing a shot, and the Central Committee is told it may go home. | The Party does not resist; there is nothing left in it that could.} The Party keeps its name, its newspaper and its building, and loses everything else. {if military_governors: Your governors in the west become the model for the east: military law, military courts, a military police to vet every candidate for every office.}

Kirov goes back to Leningrad to run Leningrad. Bukharin goes to the Academy of Sciences to write about the peasant economy, which nobody will publish. {if zhukov_sent_east: Zhukov commands in Khabarovsk, and writes to you every month, correctly.} {if germany_split: The map of Europe has your colour on Prussia and your friends in Vienna.} {if executions > 1000: The lists come every winter, and you sign them, because a machine that is not fed begins to eat its keeper.}

Your portrait goes up in every office in the Union, in the places where his hung, and the clerks who hang it are the same clerks. The foreign papers that called you the Red Napoleon in 1936 as an insult now print it as a title, and the émigré papers add that you have read how Napoleon ended.

You have. It ends on an island, a long way from anywhere, with a man dictating his memoirs to people who have stopped listening. You take the Kremlin stairs slowly these days, one hand on the rail, and you do not let anyone walk behind you.

=== ending end_troika: The Troika Holds
The three of you stand on the rostrum together, and this time the
applause does not stop too early.

It is not a comfortable government. It meets on Tuesdays in the room where Stalin used to keep the Politburo waiting, and it quarrels: Bukharin wants the army's money, Kirov wants Bukharin's head, you want both of them to stop talking while the General Staff is in the anteroom. Every decision is a bargain and every bargain is written down, because none of you trusts the others' memory. {if party_shell: The Party is a shell, and the three of you are what is left of politics. | The Party secretaries watch for the first crack, and none comes that year.}

But it holds. Bukharin gets bread into the shops by the spring of 1939, not eighteen months but nearly. Kirov's Congress passes laws that it has argued about first. The army gets its tanks, fewer of them than it wanted. {if germany_split: In Europe the split Reich stays split, and the Austrians in the south discover that they rather like being nobody's province.} {if executions == 0: You sign no death sentences at all, and the Lubyanka, unfed, grows thin and quiet.}

When foreigners ask who rules the Soviet Union, the honest answer is a committee, and foreigners never believe it. It is the first time since Lenin's stroke that the answer has been true. You are Chairman of the Council of People's Commissars, Grand Marshal of the Red Army, and one vote in three, and on most Tuesdays you lose.

=== ending end_trotsky: The Prophet Armed
It happens the way things happened in 1917: not in a night, but in a week in which everyone discovers that they had already decided. {if trotsky_sent_away: The week begins at the Kazan Station, where the train from Alma-Ata comes in with Trotsky on it, and nobody has been ordered to stop it.}

The Congress, which was called to hear you, hears him instead. He speaks until the lamps are lit, about Europe and the workers and the revolution that was betrayed in a thousand small compromises, and the military delegates, {if commissars_abolished: who owe you their freedom from the commissars, | whose commissars have been reading him aloud for a year,} stand up before the end. {if trotsky_shared: You gave him half the War Commissariat yourself; by the end of the week he has the other half.} The Revolutionary Military Council is restored, with Trotsky in the chair, as in 1918. {if trotsky_gave_word: He keeps the word he wrote at his kitchen table: he does not lead an army against its government. He lets the government be made again around him, by a Congress, which is worse.}

You are left your baton and your title, and a command in the Far East where there is a great deal of room to be a Marshal in. {if revkoms: His committees govern the west, and they govern it as committees do, with meetings, enthusiasm and firing squads.} {if thaelmann_germany: In Berlin Thälmann takes his orders from Trotsky now, and calls it comradeship.} {if hungary_soviet: Kun is dismissed within the month, for being the wrong kind of revolutionary.}

The foreign papers print maps with arrows on them, pointing west, and the word permanent in every headline. Trotsky, who has written all his life that armies do not carry revolutions, now has the largest army in the world, and has begun to write about when they might.

=== ending end_shot: The Marshal Is Shot
if seen(reckoning_frontier):
  They take you off the train at Negoreloye and put you in the stationmaster's office with a stove and a sentry, and in the evening a car comes from Minsk. Nobody tells you on whose order. Nobody needs to: the frontier belongs to the men who guard it, and they have decided that a Marshal who leaves is a Marshal who will come back.

else if seen(reckoning_barracks):
  You call out the Kremlin guard. The guard comes, fills the corridor, and stands there with its rifles grounded, waiting to see who will give the next order; the next order is Yakir's.

else if seen(troika_founding):
  The army turns on you before the year is out. The men who marched for you on the night of the coup have found that a Marshal in the Kremlin is a Marshal like any other, and they come for you at night, correctly, with a warrant.

else:
  The coup fails before dawn. A company of NKVD troops is in the Kremlin courtyard before yours; Voroshilov's voice is on the telephone to the garrison; your adjutant is the first to put up his hands. By morning Molotov, Kaganovich and Voroshilov are on the front page of Pravda, the triumvirate after all.

The rest goes by the book, because there has always been a book. A tribunal of officers who served under you, sitting for an afternoon. A charge of conspiracy with a foreign power, because there must be a foreign power. A confession, which you do not sign, and which is published anyway.

They do it in the cellar, in the early morning, with a pistol, the way the Lubyanka does everything: quickly, tidily, by a man named Blokhin who does it for a living and keeps his leather apron on a hook by the door. You are {if seen(europe_map_room): forty-four | {if seen(troika_founding): forty-three | forty-two}} years old.

{if seen(europe_map_room): For a few months the schoolbooks call you the Red Napoleon, as a warning. Then they stop calling you anything. | The newspapers call you a Bonapartist and a German spy in the same paragraph, and your name is cut out of the histories of the Civil War.} Your wife is arrested the next week, and your brothers. Somewhere a clerk takes your portrait down and finds that the nail can be used again.

=== ending end_civil_war: Civil War
{if staraya_taken: The Proletarian Division goes to Staraya Square at two in the morning, and at the corner of the Ilyinka half of its second regiment stops, because the Central Committee's building has its lights on and its doors open and a great many men in it whom the soldiers' fathers voted for. By dawn there is shooting in the Kitai-gorod, and the Party has the telegraph. | The Party does not wait for you to decide. It has done this before.}

Within a week the provincial secretaries have formed committees of defence in every region the army does not hold, with {if nkvd_absorbed: the old NKVD regiments, which never took to their army collar tabs, | the NKVD's troops} {if nkvd_loyalty < 40: behind them, because the Lubyanka has never forgiven you for what you did to it, | split down the middle, regiment by regiment, the way everything is splitting,} and the railwaymen deciding, station by station, whose trains to run. The army does not follow you, and it does not follow anyone else either: Yakir holds Kiev for himself, Uborevich holds Minsk for nobody, {if zhukov_promoted: Zhukov holds the Moscow region for Zhukov, | the Moscow garrison holds its barracks and waits,} and in the Far East Blyukher declares for the Congress of Soviets and acts for Blyukher.

{if kirov_trust >= 50: Kirov stands with you in Leningrad, because he said he would, and the Baltic Fleet stands with Kirov. | Kirov declares Leningrad neutral and negotiates with everyone, which is a way of choosing without being seen to.} {if poland_occupied: The garrisons in Poland stop answering telegrams, and the Poles begin, quietly, to take their country back.} {if germany_split: In Europe the Germans watch the split Reich and the splitting Union, and the generals in Berlin draw new maps of their own.}

It is 1918 again, with better artillery. The peasants hide their grain. The foreign consuls burn their papers. Men who fought side by side at Warsaw shell each other across the Dnieper. Nobody who lives through the next three years will call it anything but the Second Civil War, and nobody will agree on who started it. Most of them will say you did.

=== ending end_nep: The Second NEP
Bukharin stands up first, and the hall follows him, and for once the
applause is not for you.

The army goes down to six hundred thousand men, and the officers who stay are the good ones; the tank programme is cut to the bone, and the money goes to the villages in the form of prices nobody is ashamed of. Markets open in the squares of towns that have not had a market since 1929. Bukharin goes about the country telling the peasants to grow rich, as he told them in 1925, and this time nobody shoots them for listening. {if seen(europe_oder): {if goering_truce or seen(reckoning_front): The country that fought a war to a standstill in 1937 discovers it would rather eat. | The country that won a war in 1937 discovers it would rather eat.} | The country that did not go to war in 1937 discovers it does not miss it.}

The Second New Economic Policy is announced in Pravda, and the word second is a kind of apology. There is bread in the shops by the autumn of 1939. There are also speculators, bribes, queues for foreign cloth and a great many jokes about the Marshal who put down his baton, all of which you read, because the Lubyanka no longer dares to keep them from you.

You keep your title and lose your office. You teach at the Frunze Academy, deep battle to young men who will never fight one, and write a book on the war of the future that the General Staff reads in secret. On Sundays you play the violin you made yourself, badly, and the neighbours at the dacha complain, which nobody has dared to do to a Marshal for twenty years.

=== ending end_exile: Exile
{if seen(reckoning): {if seen(reckoning_barracks): The night train west leaves from the Belorussian Station at eleven, with one sleeping car attached for you and an escort of officers who are very careful not to be rude. | {if trotsky_foreign: You resign every post in one short letter, and Trotsky, who has the Commissariat of Foreign Affairs and a long memory, signs your credentials himself. Litvinov is moved from Paris to Washington to make room for you, and says it is the first promotion he has had in years. | You resign every post in one short letter, and Litvinov, who has had the embassy ready for weeks, signs your credentials without looking up.}} | The thing you began goes wrong in ways nobody in Moscow can repair, and it is made clear to you that it will be easier for everyone, including you, if you are somewhere else by morning.} The frontier at Negoreloye, the passports, a train across a Europe that stands on the platforms to watch you pass; then Paris, in a compartment of your own.

Paris gives you a flat in the sixteenth arrondissement, two policemen in the street outside, and a stream of visitors: journalists, émigrés who want to know what you did to their fathers, and a tall French colonel called de Gaulle, who was a prisoner with you at Ingolstadt in 1917 and who wants to talk about tanks. You talk about tanks. It is the only subject that has not changed.

{if seen(reckoning): The papers at home do not mention you at all, which is how you know that you are still dangerous. {if poland_occupied: The Poles in Paris spit in the street when you pass, and you do not blame them.} | The papers at home call you a traitor and then stop calling you anything.} Every few months a man from the embassy calls to ask whether the Marshal would consider coming home, and you say no, politely, and check the locks.

You write your memoirs. They are very good on 1920 and very careful about 1936, and your French publisher asks, every few weeks, for a chapter on the staircase in the Senate building. You have begun it eleven times. It is the only thing you have ever been unable to describe.

=== ending end_collegial: Collective Leadership
You lay the baton on the praesidium table. The noise it makes on the
green cloth is very small, and the hall is so quiet that everyone hears it.

The Congress of Soviets governs. It does it badly at first, then less badly. Kirov chairs a council of people's commissars in which you sit as Commissar of Defence, one vote in eleven, and you learn to lose votes without calling for your car. The Party secretaries sit in the Congress and argue with it instead of over it; {if party_shell: the Party, a shell for two years, grows something like a body again, | the Party learns to share the building,} and nobody is quite in charge, which is what Lenin asked for in his testament, and what nobody since Lenin has been willing to try.

{if congress_broken: It is Kirov's Congress in every sense: the one that walked out of the Great Kremlin Palace in 1936 and came back on terms, and you are its Commissar of Defence by his grace, which he never mentions and never lets you forget.} {if bukharin_trust >= 50: Bukharin gets his villages and his markets, most of them.} {if germany_split: The split Germany is the Congress's problem now, and the Congress argues about it for three years.} {if kirov_promised: Kirov never lets you forget that you kept your word; it is the basis of everything between you.} There are no more lists in red folders. There are committees instead, and minutes, and the endless sound of men talking in a large room.

The foreign papers stop calling you the Red Napoleon. They call you nothing at all, which is the best thing that has happened to you since Ingolstadt. In the evenings you walk home across the Stone Bridge to the Embankment with one adjutant and no escort, and nobody on the bridge looks round twice at a Commissar of Defence, and you are, to your own great surprise, alive.

=== ending end_general_war: Red Alert
The note is delivered on the second of January, in London and in Paris at the same hour, and Maisky reads it to you over a line so bad that he has to repeat the last sentence three times.

His Majesty's Government and the Government of the French Republic require the withdrawal of all Soviet forces to the frontier of 1921, {if germany_split or took_berlin: and the restoration of the German state, | and the restoration of the Kingdom of Hungary,} within fourteen days. Failing which. Churchill, who won his landslide on your map, drafted it himself; the French signed it because they could no longer afford not to. {if washington_campaign: In Washington the President, who has spent a season reading forged scandals about his own government and has worked out who wrote them, asks Congress to repeal the neutrality laws, and gets it.} {if hungary_soviet: Horthy's exiles in Vienna, the Poles in London and the German generals in the west all sign up for the crusade.} {if took_berlin: The newsreels of your tanks in Berlin are shown in every cinema in the West, twice a night.} {if german_coup == 2: The German exiles in London, who a year ago were the generals' friends, sign it too, in the names of the generals the SS shot.}

You have {if germany_split: Poland, Prussia | {if took_berlin: {if poland_occupied: Poland, the ruins of Berlin | the ruins of Berlin} | Poland, Budapest}} and the best army in the world. You have no friends anywhere. Every capital in Europe has looked at your map and seen, at last, the thing they feared in 1920, and they have done the one thing nobody in this building believed they could: agreed.

Fourteen days pass. The General Staff has its plans, and they are good plans. The first British bombers come over the Baltic in February, the French cross the Rhine in March, and the war that Litvinov warned you about, the war against everyone, begins in the snow, as Russian wars do. Somewhere in London, a cartoonist draws the whole map of Europe under a single red warning light, and calls it Red Alert.

=== ending end_collapse: The Regime Falls
{if seen(reckoning): It comes in the winter of the reckoning, after the last signature, when the country decides it has seen enough. | {if seen(europe_map_room): It comes in the year of the map, while your armies are looking west and nobody is looking east. | {if seen(troika_founding): It comes in the first year, before the new government has learned where its own offices are. | It comes before the coup is a week old, before anyone has had time to decide whether to obey you.}}}

Nobody rises against you. That is the terrible thing. The factories simply stop answering, one after another, and then the railways, and then the provinces. The regional secretaries file no reports. The tax collectors collect nothing. Orders go out from the Kremlin by telegraph and vanish somewhere beyond Ryazan, like stones down a well. {if poland_occupied: The garrisons abroad hear the news from foreign radio and start coming home on their own.} {if executions > 0: The families of the men on your lists stand in silent lines outside the Lubyanka every morning, and nobody orders them away.}

In Leningrad Kirov announces that the Congress of Soviets will sit in permanent session until lawful government is restored, and does not say where lawful government is to come from. In the Ukraine the villages elect their own councils. The Far Eastern Army declares for nobody. The ministries in Moscow keep their lights on and do nothing, waiting to see who will be left to report to.

You sit in the Kremlin with a telephone that still works and nobody to call on it. The regime does not fall, in the end. It evaporates.

=== ending end_second_bonaparte: The Second Bonaparte
if zhukov_chief:
  He does it during the Congress, on the third day, while you are in the Great Kremlin Palace listening to a delegate from Kazakhstan: it is the one hour of the week when everybody who matters is in one room and nobody who matters is on Frunze Street. The General Staff issues the orders in your name, because the General Staff has your name on its stamps. By the time the delegate from Kazakhstan has finished, the Moscow garrison has changed its sentries at the Kremlin gates, the telegraph and the radio, and the men at the doors of the hall are not the men who were there in the morning.

else if seen(reckoning_barracks):
  You call out the Kremlin guard, and the guard comes, and looks at the deputation, and looks at Zhukov, who has not moved, and grounds its rifles. Nobody gives an order. Nobody needs to. The guard commander salutes Zhukov first and you second, and apologises to you for the order of it.

else:
  He does it the night after the Congress gave you the powers, at four in the morning, which is when you taught him that such things are done. A company of his mechanised corps comes over the Moskva by the Stone Bridge with its headlamps off, and the Kremlin guard, which has been waiting two years for somebody to tell it what the Red Army wants, opens the Borovitsky Gate from the inside.

Zhukov comes up the Senate staircase himself, past the landing where the dead man fell, and finds you at the desk, and does not arrest you. That is the thing you had not expected. He stands in front of the desk with his cap under his arm and says that the army can no longer be commanded by a man who also has to govern, and that it has decided, with regret, that it would rather be commanded. He offers you the title, the parades and the uniform, without the army: the oldest bargain there is for a general whom the army has outgrown.

You take them, because there is nothing else on the desk to take. You are Grand Marshal of the Red Army and Chairman of the Council of People's Commissars, and you sign what the General Staff sends up, and on the seventh of November you take the salute on the tribune of the Mausoleum, at the centre, alone, as you always wanted, while the tank columns dip their pennants to the man standing one pace behind you. {if trotsky_killed: In Norway they have closed the file on the printer's house. In Moscow a file is opened on you, in the same stationer's cardboard. | {if trotsky_refused: From Mexico, Trotsky writes that the Soviet Thermidor has produced its second Bonaparte in two years, and that the third is already a colonel somewhere. | Trotsky writes that he warned you, which he did.}}

You know now what the Party feared in you, all those years: not a coup, which is only a night's work, but a man the army would rather follow than the state it serves. You were that man once. In the evenings you walk down through the birches at the dacha to the river and back, and the sentries at the gate, who are Zhukov's, take off their caps when you go by and do not let you go any further.

=== ending end_peace: The Peace of London
The Congress ratifies the treaty on the fourth day, by a show of hands, and this time Kirov has the hands counted: one thousand eight hundred and eleven for, ninety-four against, the rest abstaining, most of them in uniform.

You go to London in May, for the conference, by the night train to Berlin and the morning aeroplane from Tempelhof to Croydon, and the crowds at Croydon are larger than anyone in the Foreign Office had expected and quieter than anyone in the embassy had feared. Attlee meets you at Downing Street on the step, a small man in a black coat, and shakes your hand for the photographers for exactly as long as the photographers need. {if germany_split: Prussia goes back to the Germans in the autumn, by stages, under inspection, and the Austrians keep the south, which surprises everybody, including the Austrians. | {if poland_occupied: The Red Army goes back behind the Bug by the summer, and a Polish government sits in Warsaw again, with a Polish prime minister whom London approves and Moscow can live with. | The frontiers of Central Europe are written down, and signed, and for once nobody in Prague objects.}} The British credits buy turbines for the Dnieper and machine tools for Kharkov and, because Dalton insists, a great many bicycles.

The Red Army loses a million men in two years, as the treaty says, under the eyes of British majors who are very polite and count everything twice. The officers who go are given land in the Ukraine and a pension, and most of them take it. Some of them do not, and meet in each other's flats in the evenings, and the security directorate reports what they say; you read the reports and do nothing, which is either statesmanship or the last mistake a Marshal makes, and you will not know which for some years.

The foreign papers stop calling you the Red Napoleon. The Times calls you, once, the Soviet Wellington, and you have the leader cut out and sent to Yegorov, who sends it back with a note that Wellington also became Prime Minister and was not good at it. It is peace, for now. In Moscow in the summer of 1938 the shops have bread and the cinemas show the newsreel of the conference, and in the newsreel you are standing among a row of men in morning coats, a head taller than any of them, looking like the only one of them who has ever been shot at, which you are.

=== ending end_long_war: The Iron Ring
The Congress gives you the war powers on the second day, without a vote, because nobody asks for one. {if german_coup == 2: Across the Oder, Göring's Reich does the same, more quickly. | Across the Oder, Hitler's Reich does the same, more quickly.}

The spring offensive of 1938 goes in on the twelfth of May, with the new tanks, and takes Breslau in three weeks and Glogau in four, and stops on the Neisse, where the Wehrmacht has poured more concrete. The autumn offensive takes Frankfurt on the Oder and stops on the Spree. The Reich calls up the class of 1920, and then the class of 1921, and then the boys of the Hitler Youth; the Union calls up its own classes, and the ration cards are printed again, on the same presses, for 1939. {if churchill_lost: The British go on offering to mediate, and you go on thanking them. | Churchill's Britain lends the Reich nothing and sells it everything, and the Royal Navy counts your submarines in the Baltic.}

The country becomes a fortress, as the propagandists promised it would be for fifteen years: the iron ring of capitalist encirclement, made real at last, and made by you. The factories work two shifts for the front and a third for the next front. The Congress sits four days a year and passes the war budget by acclamation. The Party, which had been dying, finds a second life in the factory committees and the ration boards, because a war needs clerks, and the clerks are Party men. {if executions >= 2000: The lists come every winter, and they are longer in wartime, and you sign them, because in wartime everybody does. | There are no lists, because in wartime the military tribunals do the same work faster and nobody calls it a list.}

You are the Supreme Commander, and nobody uses your other titles any more. You live at the General Staff, in a room beside the great map, and the pins on the map move a few inches a season. In 1939 an American journalist who is allowed to interview you asks when the war will end, and you tell him the truth, which is that you have stopped being able to imagine it, and he does not print it, because nobody would believe that a man with the largest army in the world could not imagine the end of anything.
