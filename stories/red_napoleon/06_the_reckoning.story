// Chapter six: the reckoning. New Year's Eve 1937 to January 1938, and every
// ending of the story. The chapter opens at reckoning; what the player finds
// there is decided by what chapters one to five left behind: the war, the
// partners' trust, the army, the Prophet. Several endings are reached only by
// entry jumps on that accumulated state, never by one decisive choice:
// end_general_war, end_civil_war, end_troika, end_nep and end_trotsky.

// Flags of this chapter.
flag zhukov_sent_east   // Zhukov sent to the Far East before the Congress
flag trotsky_arrested   // Trotsky arrested before the Congress
flag trotsky_shared     // the War Commissariat shared with Trotsky
flag kirov_promised     // Kirov was promised that the Congress would govern
flag staraya_taken      // the Proletarian Division closed the Central Committee

=== reckoning: The Kremlin, 31 December 1937
-> end_general_war if poland_occupied and germany_split and standing_abroad < 20
-> end_trotsky if trotsky_influence >= 60 and trotsky_influence > army_loyalty
-> reckoning_barracks if army_loyalty < 35
-> reckoning_prophet if trotsky_influence >= 45
The Spassky clock strikes eleven. The Kremlin empties for the holiday,
one staff car at a time, and you stay at the desk that was built for the
Chairman of the Council of People's Commissars with the year's accounts in
front of you, drawn up the way a staff officer draws up anything: what
we hold, what it cost, what is left.

{if clique_exiled: Molotov and Kaganovich are seeing the year out in Siberia, under guard and under snow. | Molotov sends New Year's greetings from the textile combine in Ivanovo, correctly worded, as everything he writes is.} {if yagoda_turned: {if nkvd_absorbed: Yagoda, who turned in time, was paid for it with a pension when his commissariat became a directorate of the army, and grows orchids at his dacha, which suits his hands. | Yagoda still runs the NKVD, because he turned in time and has been useful ever since, and because nobody has yet found the man who could replace him without becoming him.}} {if rykov_story: The Rykov conspiracy is in the schoolbooks now; you have stopped correcting people who believe it.} {if troika_formed: The Troika has lasted nearly two years, which is longer than either of the other two expected.}

{if party_shell: The Party is a shell: an address on Staraya Square, a newspaper, and two million members who no longer know what they are members of. | The Party is weaker than it was and stronger than you would like: the provincial secretaries still run the provinces, and they have long memories.} {if poland_occupied: Your divisions stand in Poland. | Your divisions are at home.} {if germany_split: Germany is three countries, and none of them likes you.} {if executions > 1: Your signature is on {executions} death sentences. | {if executions == 1: Your signature is on one death sentence. | You have signed no death sentences, which in this building is thought eccentric.}}

The last paper on the desk is a red folder from {if nkvd_absorbed: the security directorate, which was the NKVD until you gave it an army number | the NKVD}. Stalin built a
machine that draws up a list of enemies every winter, and the machine has
not been told that Stalin is dead. It has drawn up this year's list, and it
is waiting for a signature.

* Open the folder -> reckoning_lists
* Leave it shut, and send for your partners in the morning -> reckoning_desk

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
* (sign_but_soldiers) Strike out the soldiers, and sign the rest -> reckoning_desk
  set executions += 2560
  set party_strength -= 10
  set army_loyalty += 10
  set legitimacy -= 5
  set kirov_trust -= 5
* (burn) Burn the folder in the stove -> reckoning_desk
  set nkvd_loyalty -= 15
  set legitimacy += 5
  set bukharin_trust += 5
  set kirov_trust += 5

=== reckoning_desk: Your desk, the Kremlin, January 1938
{sequence: The Congress of Soviets meets in a fortnight, and everybody in Moscow knows that it will be asked what kind of government the Soviet Union has. Nobody, including you, knows the answer. The anteroom fills up before nine. | The anteroom is emptier. Poskrebyshev's old clock, which you never had removed, ticks on the wall. | The tea has gone cold twice. The Congress is a day nearer. | The Congress is two days nearer, and the anteroom has filled again. | The delegates are arriving at the railway stations. The Congress is tomorrow.}

{if trotsky_arrested: {sequence: Trotsky is in the Lubyanka, and the young officers have stopped talking about him where you can hear. | Trotsky has asked, from the Lubyanka, for paper and a typewriter, and been given the paper. | The young officers still do not talk about Trotsky where you can hear. | Trotsky has filled the paper, and asked for more. | The Lubyanka reports that Trotsky is writing a book, and asks whether to let him finish it.}} {if trotsky_shared: {sequence: Trotsky has an office two floors down, and the corridor between you is full of his visitors. | Trotsky's visitors have spread along the corridor as far as your own anteroom. | Trotsky has sent up a memorandum on the War Commissariat, twenty pages long, with footnotes. | Trotsky's door is open, and his visitors are colonels. | Trotsky has sent up a second memorandum, correcting the first.}} {if kirov_promised: {sequence: | Kirov has your promise, and has told the Congress's praesidium about it. | The praesidium has had your promise from Kirov, and has begun to draft standing orders. | Kirov has telephoned to remind you of your promise, pleasantly. | The praesidium's standing orders have come, with your promise quoted in the preamble.}} {if zhukov_sent_east: {sequence: | Zhukov is on the Trans-Siberian, going east with a promotion he did not ask for. | Zhukov has telegraphed from Sverdlovsk, correctly. | Zhukov has telegraphed from Omsk, more correctly still. | Zhukov has telegraphed from Irkutsk. The telegram is one word long.}}

{sequence: Your staff grades everything, even friendship, and this morning's summary says so in a colonel's careful hand | The afternoon summary is on the blotter | The evening summary has come up with the tea | The next morning's summary is shorter | The last summary before the Congress is unsigned}: the army {if army_loyalty >= 70: is yours, and expects to be paid for it | {if army_loyalty >= 55: is with you, on conditions it has not yet stated | is waiting to see who gives the next order}}; Comrade Kirov {if kirov_trust >= 60: is a friend | {if kirov_trust >= 40: is correct | is counting}}; Comrade Bukharin {if bukharin_trust >= 60: is loyal, and anxious | {if bukharin_trust >= 35: is polite | is afraid}}. {once: The summary will not vote at the Congress. The men in it will.}

* Receive Kirov -> reckoning_kirov
* Receive Bukharin -> reckoning_bukharin
* Drive out to the General Staff -> reckoning_army
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
  set kirov_trust += 15
  set army_loyalty -= 5
* (give_bukharin) Agree that Bukharin must go -> reckoning_desk
  set kirov_trust += 5
  set bukharin_trust -= 20
  set party_strength -= 5
* (refuse) Tell him the Congress will do as it is told -> reckoning_desk
  set kirov_trust -= 15
  set army_loyalty += 5
otherwise -> reckoning_desk

=== reckoning_bukharin: Your desk, the Kremlin, January 1938
Bukharin brings a briefcase and no hat, and talks for forty minutes
without opening the briefcase. He does not need to; it is all in his head,
and most of it was in his head in 1925.

The army takes a third of the budget. {if seen(europe_oder): The war took the rest of what there was. | The tanks take what the war would have taken.} The peasants are selling nothing they can hide. Give him a third of the army's money, he says, and the right to let the villages trade, and he will give you bread in the shops in eighteen months and a country that does not need to be held down.

{if bukharin_trust >= 60: "You know I am with you," he says. "I was with you on the night itself. Let me be of use." | {if bukharin_trust >= 35: "I know what they say about me in your staff," he says. "That I am a professor. Well. Professors can count." | He watches you the whole time, and at the end he asks, quite quietly, whether he will be allowed to go home tonight.}}

* (cut) Cut the army's budget by a third, as he asks -> reckoning_desk
  set bukharin_trust += 15
  set army_loyalty %- 20
  set legitimacy += 5
* (commission) Promise him a commission to study it -> reckoning_desk
  set bukharin_trust -= 5
* (file) Show him what the Lubyanka has on his friends -> reckoning_desk
  set bukharin_trust -= 20
  set nkvd_loyalty += 5
otherwise -> reckoning_desk

=== reckoning_army: The General Staff, Frunze Street, January 1938
The staff officers stand up when you come in, all at once, the way they
stood up in 1936 when you came in from the night with the Kremlin in your
pocket. The question is whether they still mean it the same way.

{if zhukov_promoted: Zhukov is there, in the chair nearest the map, a big square man who listens to everything and says nothing until he has decided. Half the younger colonels already stand the way he stands. | Yakir and Uborevich are there, your men since the Civil War, and Yegorov, who served the Tsar, then Stalin, then you, with the same correct face.} {if commissars_abolished: There are no commissars in the room; you abolished them, and the generals have not forgotten who gave them back their army. | The commissars sit along the wall, taking notes, as they have since Trotsky put them there.}

{if seen(europe_oder): They won a war for you last summer. They would like to be paid for it. | {if seen(europe_quiet_front): They did not fight last summer, and some of them think it was your nerve that failed, not the Czechs'. | They want to know what the army is for.}}

On your desk at the Commissariat, before you came, the Lubyanka left a list of its own: forty officers who talk too much in the mess, {if seen(reckoning_lists): the same forty you saw on New Year's night, | forty names,} with a note that Stalin would have known what to do with it. He would. He would have done it to you.

* (promise) Promise the army its budget, and the western command -> reckoning_desk
  set army_loyalty += 10
  set bukharin_trust -= 10
  set standing_abroad -= 5
* (zhukov) Send Zhukov to the Far East, with a promotion in the letter -> reckoning_desk
  if zhukov_promoted
  set zhukov_sent_east = true
  set army_loyalty -= 5
* (purge) Take the Lubyanka's list of officers, and sign it -> reckoning_desk
  set executions += 40
  set army_loyalty %- 30
  set legitimacy -= 10
  set nkvd_loyalty += 10
* (barracks) Tell them the army is going back to its barracks -> reckoning_desk
  set army_loyalty %- 30
  set legitimacy += 5
  set bukharin_trust += 5
  set kirov_trust += 5
otherwise -> reckoning_desk

=== reckoning_prophet: The Kremlin, 2 January 1938
Trotsky asks for an hour and takes two. {if trotsky_sent_away: Alma-Ata did not hold him: he came back on the Turksib in November, on a ticket nobody admits to having bought, and nobody has since been found to put him on the train again.} He has aged the way men age who have been right about a great many things and listened to on none of them, and he has never looked better.

{if trotsky_invited: You brought him home yourself, and he has never once thanked you for it, which you are beginning to understand is a strategy. | You let him come home because keeping him out had begun to cost more than letting him in.} {if commissars_abolished: You abolished the commissars; the young officers read him anyway, and the ones who read him carefully read him to each other. | The commissars are still in every regiment, and half of them have his picture in a drawer.} {if revkoms: His committees govern the occupied west in his name. | {if hungary_soviet: Kun in Budapest quotes him in every speech.}}

He wants the Revolutionary Military Council back, the one he chaired in
the Civil War, and the War Commissariat to answer to it. He wants the
revolution carried forward by the workers of Europe, with the Red Army
behind them and not in front. He does not say that he wants you beside
him, or anywhere else. {if trotsky_foreign: He has had the Commissariat of Foreign Affairs for fifteen months, and has found it too small.}

"In 1920 you marched and I warned," he says. {if poland_occupied or seen(europe_oder): "In 1937 you marched and I did not warn. So we are even, Mikhail Nikolayevich. | "In 1937 you did not march at all, and they tell me that was wisdom. Perhaps. Either way, Mikhail Nikolayevich,} let us see which of us the Congress prefers."

* (arrest) Arrest him before the Congress meets -> reckoning_desk
  if army_loyalty >= 50 else "The army would not stand for it; too many young officers carry his books."
  set trotsky_arrested = true
  set trotsky_influence -= 30
  set army_loyalty -= 5
  set legitimacy -= 5
* (abroad) Send him abroad again, as ambassador in Paris -> reckoning_desk
  set trotsky_influence -= 20
  set standing_abroad -= 5
* (share) Share the War Commissariat with him -> reckoning_desk
  set trotsky_shared = true
  set trotsky_influence += 15
  set army_loyalty -= 10

=== reckoning_congress: The Congress of Soviets, the Great Kremlin Palace, January 1938
-> end_trotsky if trotsky_influence >= 50 and trotsky_influence > army_loyalty
-> reckoning_barracks if army_loyalty < 35
Two thousand delegates under the white and gold of the Andreyevsky Hall,
where the Tsar's throne used to stand and where a plaster Lenin stands now,
looking into the middle distance. {if party_shell: The Party's delegates sit together at the back and clap when the others clap. | The Party secretaries sit in blocks by province, and they clap when their secretary claps.} Kirov has the chair. The press gallery is full, and for once half of it is foreign.

{if kirov_promised: Kirov catches your eye as you come in and nods: a man reminding another man of a promise.} {if took_berlin: When you come to the rostrum, the military delegates rise and shout Berlin until Kirov rings his bell.} {if thaelmann_germany: Thälmann sits in the diplomatic box, watching how a Soviet congress is done.}

You have a speech in your pocket, and four different last pages for it.

* Take the whole power, and rule by decree -> reckoning_alone
  if army_loyalty >= 55 else "The army is not yours enough for that."
* Renew the Troika before the delegates -> reckoning_troika
  if troika_formed else "There is no Troika left to renew."
* Let Kirov's Congress govern, and take your seat among the delegates -> reckoning_collegial
  if kirov_trust >= 40 else "Kirov no longer believes a word you say."
* Stand the army down, and give Bukharin the country's purse -> reckoning_stand_down
* Resign every post, and ask {if trotsky_foreign: Trotsky, of all men, | Litvinov} for an embassy abroad -> end_exile

=== reckoning_alone: The Kremlin, the night after the Congress, January 1938
-> end_shot if zhukov_promoted and not zhukov_sent_east and army_loyalty < 70
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
* Give way, and let Kirov's Congress decide -> reckoning_collegial
* Leave Moscow before the plenum sits -> end_exile

=== reckoning_troika: The Great Kremlin Palace, January 1938
-> end_troika if kirov_trust >= 60 and bukharin_trust >= 55
You ask them up to the rostrum, one on either side, as on the day the Troika was proclaimed, and only one of them comes at once.

{if kirov_trust < 60: Kirov comes last, slowly, and stands a little apart, and the delegates from Leningrad see it and sit on their hands. He has been your partner for nearly two years and he has decided that a partner who is also a Marshal is not a partner. | Kirov comes at once. It is Bukharin who hesitates, half out of his chair in the front row, looking at you as he once looked at Stalin, in 1928, the year he learned what that look costs.} The applause starts, and is loud, and stops a second too early.

The Troika is renewed on paper. You have done enough politics now to
know what it is worth on paper.

* Go on as two, with Kirov's Congress -> reckoning_collegial
* Go on alone -> reckoning_alone
  if army_loyalty >= 55 else "The army is not yours enough for that."
* Give it up, and ask for an embassy abroad -> end_exile

=== reckoning_collegial: The Great Kremlin Palace, January 1938
-> end_collegial if kirov_trust >= 55 and legitimacy >= 30
Kirov takes your proposal, and takes his time. He likes it; he does not
believe it.

{if kirov_trust < 55: "A Marshal who gives the Congress the government," he says, for the whole hall to hear, "is either a great democrat or a man waiting for the Congress to make a mistake." | "The Congress has heard a great many fine speeches in two years," he says. "It would like to see something to go with one."} He asks for a pledge that the delegates can see: the Grand Marshal's baton, laid on the praesidium table, the army's command handed to a collegium of the Congress. Then, he says, they will believe you.

In the front rows the generals are watching you, {if army_loyalty >= 60: still ready to stand up if you tell them to. | and some of them are watching Kirov instead.}

* Lay the baton on the table -> end_collegial
  set army_loyalty -= 10
* Keep the baton, and go abroad before they take it -> end_exile

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
* {if trotsky_foreign: Accept the embassy Trotsky's commissariat has been keeping for you, at a safe distance | Accept the Paris embassy Litvinov has been keeping for you} -> end_exile
* Stay in Moscow, and let Kirov's Congress decide -> reckoning_collegial

=== reckoning_barracks: The Kremlin, January 1938
-> end_civil_war if legitimacy < 45 and party_strength >= 50
They come in the afternoon, by appointment, with their caps under their
arms: a deputation of the army. {if zhukov_promoted: Zhukov leads it, because of course he does, and the others stand a half-pace behind him the way men stand behind a commander. | Yakir leads it, and Uborevich, who have been yours since 1920, and it is Yakir who speaks because Uborevich cannot look at you.}

They are very correct. The army, they say, has followed the Marshal
through a coup and {if seen(europe_oder): a war | a year of waiting}, and it no longer knows where it is being led. {if trotsky_influence >= 45: Half the young officers are reading Trotsky. | The young officers are reading nobody, which is worse.} The Marshal would do the army a service by resigning his command. A train can be ready tonight. Nobody wishes any unpleasantness.

Behind them, in the corridor, the Kremlin guard is watching to see what
you do.

* Call out the Kremlin guard -> end_shot
* Take the night train west, as they suggest -> end_exile
* Appeal over their heads to Kirov's Congress -> reckoning_collegial
  if kirov_trust >= 50 else "Kirov will not stand between you and the generals."

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

The Congress, which was called to hear you, hears him instead. He speaks until the lamps are lit, about Europe and the workers and the revolution that was betrayed in a thousand small compromises, and the military delegates, {if commissars_abolished: who owe you their freedom from the commissars, | whose commissars have been reading him aloud for a year,} stand up before the end. {if trotsky_shared: You gave him half the War Commissariat yourself; by the end of the week he has the other half.} The Revolutionary Military Council is restored, with Trotsky in the chair, as in 1918.

You are left your baton and your title, and a command in the Far East where there is a great deal of room to be a Marshal in. {if revkoms: His committees govern the west, and they govern it as committees do, with meetings, enthusiasm and firing squads.} {if thaelmann_germany: In Berlin Thälmann takes his orders from Trotsky now, and calls it comradeship.} {if hungary_soviet: Kun is dismissed within the month, for being the wrong kind of revolutionary.}

The foreign papers print maps with arrows on them, pointing west, and the word permanent in every headline. Trotsky, who has written all his life that armies do not carry revolutions, now has the largest army in the world, and has begun to write about when they might.

=== ending end_shot: The Marshal Is Shot
{if seen(europe_map_room): {if seen(reckoning_barracks): You call out the Kremlin guard. The guard comes, fills the corridor, and stands there with its rifles grounded, waiting to see who will give the next order; the next order is Yakir's. | Zhukov does not send a deputation. He comes himself, at four in the morning, with a company of his own men and a warrant signed by the Congress's praesidium, and he arrests you in your own office with perfect courtesy, the way you taught him.} | {if seen(troika_founding): The army turns on you before the year is out. The men who marched for you on the night of the coup have found that a Marshal in the Kremlin is a Marshal like any other, and they come for you at night, correctly, with a warrant. | The coup fails before dawn. A company of NKVD troops is in the Kremlin courtyard before yours; Voroshilov's voice is on the telephone to the garrison; your adjutant is the first to put up his hands. By morning Molotov, Kaganovich and Voroshilov are on the front page of Pravda, the triumvirate after all.}}

The rest goes by the book, because there has always been a book. A tribunal of officers who served under you, sitting for an afternoon. A charge of conspiracy with a foreign power, because there must be a foreign power. A confession, which you do not sign, and which is published anyway.

They do it in the cellar, in the early morning, with a pistol, the way the Lubyanka does everything: quickly, tidily, by a man named Blokhin who does it for a living and keeps his leather apron on a hook by the door. You are {if seen(europe_map_room): forty-four | forty-three} years old.

{if seen(europe_map_room): For a few months the schoolbooks call you the Red Napoleon, as a warning. Then they stop calling you anything. | The newspapers call you a Bonapartist and a German spy in the same paragraph, and your name is cut out of the histories of the Civil War.} Your wife is arrested the next week, and your brothers. Somewhere a clerk takes your portrait down and finds that the nail can be used again.

=== ending end_civil_war: Civil War
The Party does not wait for you to decide. It has done this before.

Within a week the provincial secretaries have formed committees of defence in every region the army does not hold, with {if nkvd_absorbed: the old NKVD regiments, which never took to their army collar tabs, | the NKVD's troops} {if nkvd_loyalty < 40: behind them, because the Lubyanka has never forgiven you for what you did to it, | split down the middle, regiment by regiment, the way everything is splitting,} and the railwaymen deciding, station by station, whose trains to run. The army does not follow you, and it does not follow anyone else either: Yakir holds Kiev for himself, Uborevich holds Minsk for nobody, {if zhukov_promoted: Zhukov holds the Moscow region for Zhukov, | the Moscow garrison holds its barracks and waits,} and in the Far East Blyukher declares for the Congress of Soviets and acts for Blyukher.

{if kirov_trust >= 50: Kirov stands with you in Leningrad, because he said he would, and the Baltic Fleet stands with Kirov. | Kirov declares Leningrad neutral and negotiates with everyone, which is a way of choosing without being seen to.} {if poland_occupied: The garrisons in Poland stop answering telegrams, and the Poles begin, quietly, to take their country back.} {if germany_split: In Europe the Germans watch the split Reich and the splitting Union, and the generals in Berlin draw new maps of their own.}

It is 1918 again, with better artillery. The peasants hide their grain. The foreign consuls burn their papers. Men who fought side by side at Warsaw shell each other across the Dnieper. Nobody who lives through the next three years will call it anything but the Second Civil War, and nobody will agree on who started it. Most of them will say you did.

=== ending end_nep: The Second NEP
Bukharin stands up first, and the hall follows him, and for once the
applause is not for you.

The army goes down to six hundred thousand men, and the officers who stay are the good ones; the tank programme is cut to the bone, and the money goes to the villages in the form of prices nobody is ashamed of. Markets open in the squares of towns that have not had a market since 1929. Bukharin goes about the country telling the peasants to grow rich, as he told them in 1925, and this time nobody shoots them for listening. {if seen(europe_oder): The country that won a war in 1937 discovers it would rather eat. | The country that did not go to war in 1937 discovers it does not miss it.}

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

{if bukharin_trust >= 50: Bukharin gets his villages and his markets, most of them.} {if germany_split: The split Germany is the Congress's problem now, and the Congress argues about it for three years.} {if kirov_promised: Kirov never lets you forget that you kept your word; it is the basis of everything between you.} There are no more lists in red folders. There are committees instead, and minutes, and the endless sound of men talking in a large room.

The foreign papers stop calling you the Red Napoleon. They call you nothing at all, which is the best thing that has happened to you since Ingolstadt. In the evenings you walk home across the Stone Bridge to the Embankment with one adjutant and no escort, and nobody on the bridge looks round twice at a Commissar of Defence, and you are, to your own great surprise, alive.

=== ending end_general_war: Red Alert
The note is delivered on the second of January, in London and in Paris at the same hour, and Maisky reads it to you over a line so bad that he has to repeat the last sentence three times.

His Majesty's Government and the Government of the French Republic require the withdrawal of all Soviet forces to the frontier of 1921, and the restoration of the German state, within fourteen days. Failing which. Churchill, who won his landslide on your map, drafted it himself; the French signed it because they could no longer afford not to. {if washington_campaign: In Washington the President, who has spent a season reading forged scandals about his own government and has worked out who wrote them, asks Congress to repeal the neutrality laws, and gets it.} {if hungary_soviet: Horthy's exiles in Vienna, the Poles in London and the German generals in the west all sign up for the crusade.} {if took_berlin: The newsreels of your tanks in Berlin are shown in every cinema in the West, twice a night.}

You have Poland, Prussia and the best army in the world. You have no friends anywhere. Every capital in Europe has looked at your map and seen, at last, the thing they feared in 1920, and they have done the one thing nobody in this building believed they could: agreed.

Fourteen days pass. The General Staff has its plans, and they are good plans. The first British bombers come over the Baltic in February, the French cross the Rhine in March, and the war that Litvinov warned you about, the war against everyone, begins in the snow, as Russian wars do. Somewhere in London, a cartoonist draws the whole map of Europe under a single red warning light, and calls it Red Alert.

=== ending end_collapse: The Regime Falls
{if seen(europe_autumn): It comes in the winter of the reckoning, after the last signature, when the country decides it has seen enough. | {if seen(europe_map_room): It comes in the year of the map, while your armies are looking west and nobody is looking east. | {if seen(troika_founding): It comes in the first year, before the new government has learned where its own offices are. | It comes before the coup is a week old, before anyone has had time to decide whether to obey you.}}}

Nobody rises against you. That is the terrible thing. The factories simply stop answering, one after another, and then the railways, and then the provinces. The regional secretaries file no reports. The tax collectors collect nothing. Orders go out from the Kremlin by telegraph and vanish somewhere beyond Ryazan, like stones down a well. {if poland_occupied: The garrisons abroad hear the news from foreign radio and start coming home on their own.} {if executions > 0: The families of the {executions} men on your lists stand in silent lines outside the Lubyanka every morning, and nobody orders them away.}

In Leningrad Kirov announces that the Congress of Soviets will sit in permanent session until lawful government is restored, and does not say where lawful government is to come from. In the Ukraine the villages elect their own councils. The Far Eastern Army declares for nobody. The ministries in Moscow keep their lights on and do nothing, waiting to see who will be left to report to.

You sit in the Kremlin with a telephone that still works and nobody to call on it. The regime does not fall, in the end. It evaporates.
