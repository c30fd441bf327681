// Chapter two: the coup night. The Kremlin, the Lubyanka and Yagoda,
// Voroshilov, Stalin's men into obscurity or Siberia, Bukharin's backing.
// Opens at coup_night; hands on to troika_founding (chapter three), or ends
// in end_shot (chapter six) when the army and the police both fail you.
// Reads the fall_* flags declared in 01_the_fall.story.
// Sets the shared flags yagoda_turned, voroshilov_arrested, clique_exiled.

flag coup_tanks       // tanks were sent into the streets, not closed cars
flag coup_nkvd_held   // the Lubyanka was seized and Yagoda arrested; Agranov obeys
flag coup_lines_cut   // the Kremlin telephone exchange was cut before you went up
flag coup_yagoda_car  // Yagoda rode in the Marshal's own car, and stays at his side all night

=== coup_night: Frunze Street, the night of 10 to 11 February 1936
It is {if seen(fall_home): nearly two, and you have come back through the side door with your collar up | a little after one}. The map room smells of wet wool, cheap tobacco and the paraffin stove the orderlies are not supposed to have.

{if fall_generals_in: Uborevich has already drawn the arrows in blue pencil, the Boss's colour, which he pretends not to have noticed. Yakir stands by the window as if he might still be asked to leave. | There are fewer men round the table than you wanted: Feldman with his lists, Kork from the Frunze Academy, Primakov. The district commanders are keeping their districts quiet and their distance.}
{if fall_gamarnik_in: Gamarnik sits at the end of the table with a telegram pad, drafting the Political Administration's instruction to the commissars. He writes slowly, like a man signing his own name to something.}
{if fall_commissars_warned: Gamarnik is not here. His deputy's telegrams are, pinned to the board: to all political organs of the Moscow district, vigilance, no orders except through the Party.}
{if fall_late: On the table, folded, the TASS tape with the funeral commission on it. Someone has put a glass of tea on it.}

Three things must be taken before it is light. The Kremlin, where the
Politburo is still sitting, because he taught them to sit all night. The
Lubyanka, where Yagoda keeps the only other armed force in Moscow: the
Dzerzhinsky Division, the border guards, the Kremlin guard itself. And the
Central Telegraph on Gorky Street, without which nothing you do tonight has
happened.

The first question is how loud to be.

* (tanks) Tanks into the city: the Lefortovo battalion, and the Proletarian Division behind it -> coup_first
  set coup_tanks = true
  set army_loyalty += 5
  set standing_abroad -= 5
* (quiet) Closed cars and picked men. No tanks on Red Square -> coup_first
  set legitimacy += 5

=== coup_first: Frunze Street, the courtyard
{if coup_tanks: Out on the Arbat the tanks are coming in from Lefortovo in column, their tracks chewing the ice, every window on the street lit up behind its curtain. | The cars wait in the courtyard with their engines running and their lights off: eleven Fords and your own Packard, forty men in greatcoats over their tunics, no badges showing.}
The snow squeaks under your boots; it is twenty below. Kork's cadets stamp
their feet by the gate and pretend not to be cold, or afraid.

The order in which you do things is the plan. Whatever you take second
will have had time to be warned.

* Lubyanka first: cut off the police before they know -> coup_lubyanka
* The Kremlin first: take the Politburo at the table -> coup_kremlin
* Telephone Yagoda and tell him the hour -> coup_yagoda_call
  if fall_yagoda_sounded

=== coup_yagoda_call: Frunze Street, the city line
-> coup_yagoda_ready if nkvd_loyalty >= 40
He answers on the ninth ring, and his voice is thick.

"Marshal. I have a temperature. Thirty-nine. The doctors have put me to bed."
Behind him you can hear two other telephones ringing, and a door, and
someone giving an order in the corridor. Men with a temperature of
thirty-nine do not have corridors.

"I remember what I said on the boulevard," Yagoda says. "I remember
everything. But you must understand, my position is delicate. Comrade
Yezhov was in this building an hour ago." He coughs, unconvincingly. "Come
and see me in the morning, when everything is clearer."

In the morning everything will be clearer. That is precisely the trouble.

* (come) "Then we will come to you, Genrikh Grigoryevich. Now." -> coup_lubyanka
* (bed) "Stay in bed, then." Go to the Kremlin -> coup_kremlin

=== coup_yagoda_ready: Dzerzhinsky Square, the People's Commissar's office
set yagoda_turned = true
set nkvd_loyalty += 10
{if seen(coup_yagoda_call): He does not let you finish on the telephone. "Not like this. Come to me." Ten minutes later | He is expecting you. Five minutes after your cars draw up}
you are in his office on the third floor, with the portrait of Dzerzhinsky
and the long window on the square, and he is pouring Armenian cognac into two
glasses as if the night were a name-day.

"The Dzerzhinsky Division stays in its barracks. I have told its commander
that there is an exercise." He slides a sheet across the blotter: the
Kremlin guard's posts for tonight, the password, Pauker's signature, and his
own. "Pauker cried all afternoon. He will cry for you too, if you let him
keep his cars."

He raises his glass. He does not drink until you do.

"I have one request, Marshal. When the time comes to talk about Yezhov,
let me talk."

* (take_roster) Take the roster and go -> coup_kremlin
* (take_yagoda) Take Yagoda with you in your own car, where you can see him -> coup_kremlin
  set coup_yagoda_car = true
  set nkvd_loyalty += 5
  set kirov_trust -= 5

=== coup_lubyanka: Dzerzhinsky Square, the Lubyanka
-> coup_yagoda_ready if fall_yagoda_sounded and nkvd_loyalty >= 40
The old insurance company building, all its windows lit, on a square
named for a man who does not yet have a statue in it. {if coup_tanks: Two of your tanks block the square at the top of Nikolskaya, their engines idling, and the sentries at the door have discovered that they are outnumbered. | Your men go in by the main door in their greatcoats, Primakov first, and the sentries salute his collar tabs before they think about them.}

Yagoda is at his desk on the third floor in full uniform, the star of the
General Commissar of State Security on his collar, a fountain pen in his
hand and his right hand's drawer open an inch. In the next room, through
the door, you can see Agranov, his first deputy, standing very still by
the telephones.

"Marshal," Yagoda says. {if fall_yagoda_sounded: "You are early. We agreed nothing about tonight." | "I wondered which of you it would be. I had money on you."}

He does not take his hand from the drawer, and you do not take yours from
your coat. Outside a tram goes by, empty, lit, ringing for nobody.

* (offer) Offer him what he wants: his commissariat, and Yezhov -> coup_kremlin
  set yagoda_turned = true
  set nkvd_loyalty += 10
  set kirov_trust -= 5
* (folder) Put Yezhov's folder on his blotter, open at his own page -> coup_kremlin
  if fall_saw_folder
  set yagoda_turned = true
  set nkvd_loyalty += 15
* (arrest) Arrest him, and give Agranov the building -> coup_kremlin
  set coup_nkvd_held = true
  set nkvd_loyalty -= 10
  set army_loyalty += 5

=== coup_kremlin: The Borovitsky Gate
-> coup_hq if seen(coup_senate)
-> coup_gate_shut if not yagoda_turned and not coup_nkvd_held and nkvd_loyalty < 40
The gate is the one you drove out of at dusk, and the same sentry is on it,
his face raw with cold. {if yagoda_turned: {if coup_yagoda_car: Yagoda winds down the rear window of your car and gives his own name, and the sentry swings the barrier up without looking at anybody else. | He has had his telephone call from the Lubyanka. He looks at your face as if comparing it with a description, and swings the barrier up.} | {if coup_nkvd_held: The telephone in his box rings before you reach him. Agranov, from the Lubyanka. The sentry listens, says "Yes, Comrade Commissar" three times, and swings the barrier up. | The guard commander comes out of the tower, looks at your cars, at the gold star on your collar, at the dark windows of the Lubyanka that nobody has telephoned from, and makes the calculation every Chekist makes tonight. He salutes.}}

{if coup_tanks: Behind you, across the Manezh, the tanks halt in a row with their guns towards the wall, and the whole of Moscow that is awake holds its breath. | Behind you, the cars come through one by one with their lights off, like a funeral that has lost its way.}

The Senate building is lit on the second floor and dark everywhere else.
They are still up there.

* Go up the staircase where he fell -> coup_senate
* (cut_lines) Have the Kremlin telephone exchange cut first, then go up -> coup_senate
  set coup_lines_cut = true
  set party_strength -= 5

=== coup_gate_shut: The Borovitsky Gate
-> coup_faltering if army_loyalty < 50
The barrier is down and the gate shut. A machine gun has appeared on the
wall above it, its water jacket steaming faintly in the cold. Nobody in the
Lubyanka has told the Kremlin guard anything, so the Kremlin guard is doing
what it was trained to do.

From the telephone in the sentry box, the commandant, Tkalun: "Comrade
Marshal, I have no orders concerning you. I have orders from Comrade
Voroshilov that nobody enters. Withdraw your men, or I will have to report."

He will report anyway. He has probably reported already. The soldiers
behind you are watching the machine gun, and then they are watching you.

* (storm) Bring the tanks up to the gate -> coup_storm
  if coup_tanks else "You left the tanks in their sheds."
* (walk) Walk to the wicket alone, unarmed, and talk to Tkalun -> coup_senate
  if army_loyalty >= 60 or legitimacy >= 35 else "Tkalun would have you arrested at the wicket."
  set legitimacy += 5
  set army_loyalty += 5
* (turn) Turn the column round: one order from the Lubyanka will open this gate -> coup_lubyanka
  if not seen(coup_lubyanka)
otherwise -> coup_faltering

=== coup_storm: The Borovitsky Gate
set legitimacy -= 5
set standing_abroad -= 10
set army_loyalty += 5
set nkvd_loyalty -= 5
The first tank comes up the slope from the Manezh and stops forty metres
from the gate. The second stops beside it. For a whole minute nobody does
anything, and it is the longest minute of the night.

Then the machine gun on the wall fires, a short burst, high, at nobody; and
the tank's gun answers, not high. The gate leaf buckles inward with a sound
like a bell dropped down a well. When the smoke clears there are four men
of the Kremlin guard in the snow, and one of Kork's cadets, a boy from
Tula, who came up behind the tank to see.

The foreign correspondents at the Metropol will have heard it. Everybody in
Moscow will have heard it. You go in through the broken gate on foot.

* Walk up to the Senate building -> coup_senate

=== coup_faltering: The Borovitsky Gate
-> coup_lost if army_loyalty < 45 and not fall_gamarnik_in
The men have stopped. It is not a mutiny, not yet: it is a pause, the
pause of a regiment that has been told two different things and is
deciding which one it will be shot for.

A political officer with a sheepskin collar has climbed onto the running
board of a lorry. He is reading aloud from a telegram, in a flat,
practised voice. {if fall_late: "By order of the funeral commission of the Central Committee: all units to return to barracks. Commanders acting without the sanction of the Party will answer before the Party." | "By order of the Political Administration of the Moscow district: no unit moves without the sanction of its commissar."}

A lieutenant at the front of the column looks from him to you. Behind the
lieutenant, three hundred breaths go up white into the floodlight.

* (speak) Climb onto the bonnet of your car and speak to them yourself -> coup_senate
  if army_loyalty >= 45 else "They are not listening to you any more."
  set army_loyalty += 5
* (gamarnik) Have Gamarnik's own telegram read: the Political Administration is with the Marshal -> coup_senate
  if fall_gamarnik_in
  set party_strength += 5
otherwise -> coup_lost

=== coup_lost: Moscow, before dawn
{if seen(coup_countermove): At a quarter past four the duty officer comes in without knocking: the Dzerzhinsky Division is out, lorries and machine guns along the Sadovaya. Somebody in the Kremlin has reached somebody in the Lubyanka, which nobody thought to take. Feldman telephones the Proletarian Division. The colonel never sends his men. He asks for the order in writing, and then for a countersignature, and then he stops answering the telephone. By five the Dzerzhinsky Division's lorries are drawn up along Frunze Street, and your own sentries have opened the courtyard gate to them without being asked. | The Borovitsky Gate stays shut. There is a machine gun on the wall above it, and a political officer on the running board of a lorry reading out a telegram, and your column stops in the snow to listen. It goes the way such things go: not with a volley but with a shuffle. One man lowers his rifle, and then a section, and then the lieutenant turns his back on you and walks to the political officer, and the column is a crowd of cold young men who would like to go back to bed.}

Belov's staff car arrives from the district headquarters. Behind it,
green-capped troops of the Dzerzhinsky Division jump down from lorries,
{if fall_commissars_warned: summoned hours ago by the commissars you frightened, | summoned by a police that nobody thought to disarm,} and form a line across the street.

Belov gets out. He is embarrassed, which is something. "Mikhail
Nikolayevich. Your pistol, please. Comrade Voroshilov asks that there be no
scene."

In the Kremlin the Senate building is still lit on the second floor.
They are still up there. They never went to bed.

* (surrender) Hand Belov your pistol, butt first -> end_shot
* (walk_on) Walk past him, towards your own men -> end_shot

=== coup_senate: The Kremlin, the Senate building
{if seen(coup_storm): You climb the stairs with brick dust on your greatcoat and the boy from Tula still in front of your eyes. | {if seen(coup_faltering): It was the column holding, in the end, that opened the gate. Tkalun watched from the wall as your men closed up behind you, and decided he did not want to be the last man in Moscow loyal to a dead one. | {if seen(coup_gate_shut): Tkalun opens the wicket himself and walks beside you across the courtyard, saying nothing at all, which is the most eloquent thing a commandant can say. | You climb the stairs with Primakov at your shoulder and twenty men behind.}}}
Somebody has scrubbed the landing. The marble is still damp.

The long room. The green baize. {if seen(fall_politburo): The same men as a few hours ago, in the same chairs, with more tea glasses in front of them. | They are all there, {if fall_heard_order: in the order of Poskrebyshev's telephone calls. | as they have been every night for ten years.}} Molotov beside the empty chair. Kaganovich with his sleeves rolled. Kalinin, Ordzhonikidze, Andreyev, Mikoyan, Chubar. Zhdanov and Yezhov at the secretaries' end.
{if coup_lines_cut: Kaganovich has the vertushka receiver in his hand, and is shaking it, and it is dead. | Kaganovich has the vertushka receiver in his hand, and he is talking into it fast; you do not know to whom.}

{if seen(fall_politburo): "You have come back, Comrade Tukhachevsky," says Molotov, without getting up. "The sitting has not been closed. I do not recall that it called for the guard." | "Comrade Tukhachevsky," says Molotov, without getting up. "You were not invited to this sitting."}

Voroshilov {if fall_voroshilov_lulled: half rises with a look of pure relief, as if you had come with your soldiers to protect him from the rest of them. It lasts until he sees Primakov's face. | does not rise. He looks at you the way he looked at you in 1930, when you asked for fifty thousand tanks and he sent your memorandum to Stalin, who called it red militarism.}

Yezhov, very small at the end of the table, has begun quietly to gather
his papers. {if coup_yagoda_car: He stops when Yagoda comes in behind you and stands by the door with his hat in his hand, like a man who has come to read the meter.}

* (arrest_three) Arrest Molotov, Kaganovich and Voroshilov where they sit -> coup_hq
  set voroshilov_arrested = true
  set party_strength -= 10
  set legitimacy -= 5
  set army_loyalty -= 5
* Put it to them: let the Politburo vote its own heirs out -> coup_vote
* Ask Voroshilov to step into the anteroom with you -> coup_voroshilov

=== coup_vote: The Kremlin, Stalin's office
-> coup_vote_lost if party_strength >= 70
set legitimacy += 10
set party_strength -= 5
"Then let us be correct," you say, and sit down in your greatcoat at the
foot of the table. "The Politburo will vote. On the dissolution of the
funeral commission, and the convening of a plenum of the Central Committee
under the protection of the Red Army."

Molotov says that this is not a vote, it is a pistol. You agree that it is
both.

Kalinin sighs, as he sighed {if seen(fall_politburo): at eleven o'clock | in 1928}, and this time his hand goes up for you.
Ordzhonikidze's goes up before Kalinin's is all the way. Andreyev. Chubar.
Mikoyan, who has always known where a majority is forming before the
majority does. Molotov and Kaganovich against. Voroshilov looks at the
table for a long time, and abstains, as he all but abstained when it was
Bukharin's turn to count hands.

Five to two. Yezhov writes it down. Yezhov writes everything down.

* Take Voroshilov aside now -> coup_voroshilov
* (apartments) Send the three to their Kremlin flats under guard -> coup_hq

=== coup_vote_lost: The Kremlin, Stalin's office
set voroshilov_arrested = true
set legitimacy -= 5
set party_strength -= 5
You ask for a vote, and you get one. That is the trouble with the Party:
it always gives you what you ask for.

Kalinin and Ordzhonikidze vote for a plenum. Andreyev, Chubar and Mikoyan
look at Molotov, and at Yezhov writing, and {if fall_late: at the funeral commission's communiqué already set up in type at Pravda, | at the whole Party machine that will still be there in the morning,} and vote with Molotov,
Kaganovich and Voroshilov. Five to two against. The machine was stronger
than the room.

So you do it without the vote, which is what you were always going to do.
Primakov's men take Molotov, Kaganovich and Voroshilov down the staircase
one at a time. Kaganovich shouts. Molotov asks, in a voice he has got the stammer out of, to be allowed to take his papers. Voroshilov
says nothing at all, and that is worse.

* Back to Frunze Street -> coup_hq

=== coup_voroshilov: The Kremlin, Poskrebyshev's anteroom
{if seen(coup_hq): They have kept him in the anteroom for an hour, with a guard and a glass of tea. He has not touched the tea.}
Kliment Voroshilov, People's Commissar of Defence, Marshal of the Soviet
Union, your superior for ten years, the locksmith from Lugansk who rode with
Stalin at Tsaritsyn and never forgave you for being an officer. The medals
on his chest are real. So is the revolver on his belt.

{if fall_voroshilov_lulled: "Misha," he says. "I thought you were with me. This afternoon, at the gate. I thought." | "I knew it," he says. "At the gate this afternoon I knew it. I should have had you taken there."}

He is not a clever man and has never pretended to be. But in 1928 he fretted
about what the grain requisitions would do to an army of peasants' sons,
and said so, and then voted the way he was told. Budyonny's cavalrymen
love him. Half the army's sergeants have his picture on the wall.

"What do you want from me?" he says. "Say it."

* (arrest_v) Arrest him -> coup_hq
  set voroshilov_arrested = true
  set army_loyalty -= 5
* (figurehead) Offer him the title, the parades and the uniform, without the army -> coup_hq
  set army_loyalty += 5
  set party_strength += 5
* (dacha) Let him go home to his dacha, with his medals and his guard -> coup_hq
  set legitimacy += 5
  set party_strength += 5

=== coup_hq: Frunze Street, the map room, before dawn
-> coup_countermove if visits(coup_hq) >= 2 and not yagoda_turned and not coup_nkvd_held and nkvd_loyalty < 45 and not seen(coup_countermove)
{sequence: Half past three. | Four o'clock. | Half past four. The first trams are being driven out of the depots, empty. | Five. Somewhere a bakery has started, and the whole street smells of bread. | Nearly six. The sky over the Moscow river has turned the colour of dishwater. | Six. The first lorries of milk are coming in over the bridges. | Past six, and light enough to read the map without the lamps.}

{sequence: Feldman has pinned a sheet of paper to the map and crosses things off it. | Feldman crosses off another line. | Feldman's sheet has more lines crossed out than not. | Feldman has started a second sheet, for the things nobody thought of. | Feldman is asleep in his chair, the pencil still in his hand. | Feldman has woken, and is crossing things off again. | Feldman has taken the sheet down and folded it into his tunic, for the history.}

The Kremlin is yours. {if voroshilov_arrested: {sequence: Voroshilov is under arrest, and the rest of the Politburo sits under guard in the long room, drinking tea. | Voroshilov is under arrest, and the Politburo, under guard in the long room, has sent out for more tea. | Budyonny has telephoned to ask after Voroshilov, who is under arrest, and been told that he is well. | Voroshilov is under arrest, and the Politburo has stopped asking for anything. | The Politburo is asleep in its chairs in the long room, and Voroshilov, under arrest, is not. | Voroshilov, under arrest, has asked for a shave. | Voroshilov has been shaved, under guard, and asked for his medals to be polished.} | {if seen(coup_voroshilov): {sequence: Voroshilov is no longer your problem, for tonight. | Nothing has been heard from Voroshilov since you settled with him. | Voroshilov has telephoned nobody, which is what you settled. | Budyonny has telephoned to ask after Voroshilov, and been told that he is well. | Voroshilov is asleep, they say, for the first time since the staircase. | Nothing more has been heard from Voroshilov. | Voroshilov has woken, and asked for a newspaper, and been told there is not one yet.} | {sequence: Voroshilov is still in the Kremlin, under a polite guard, waiting to be told what he is. | Voroshilov, under his polite guard, has asked twice what he is. | Voroshilov's guard reports that he has stopped asking what he is, and started asking who else is in the building. | Budyonny has telephoned to ask after Voroshilov, who is still waiting to be told what he is. | Voroshilov has fallen asleep in his chair, and his guard does not like to wake him. | Voroshilov has woken, and asked again what he is. | Voroshilov has stopped asking, and is waiting, which is worse.}}}
{if yagoda_turned: {if coup_yagoda_car: {once: Yagoda sits on a hard chair where you can see him, a rug over his knees as on the boulevard, and every half hour he asks for the telephone and tells the Lubyanka that the Dzerzhinsky Division is to go on sleeping. | Yagoda asks for the telephone again. The Dzerzhinsky Division is still asleep. | Yagoda has stopped asking for the telephone, and watches Feldman's list instead.} | {once: Yagoda telephones every half hour to tell you that the Dzerzhinsky Division is asleep. | Yagoda telephones again: the Dzerzhinsky Division is still asleep. | Yagoda's half-hourly call is late, and then it comes.}} | {if coup_nkvd_held: {sequence: Agranov holds the Lubyanka and Yagoda sits in a cell in his own basement. | Agranov telephones from the Lubyanka to report that it is quiet and that he is loyal, in that order. | Yagoda, in his cell, has asked for a lawyer; Agranov reports it as a joke. | Agranov still holds the Lubyanka, and says so every half hour. | The Lubyanka, under Agranov, has gone quiet. | Agranov has asked, through Primakov, whether he may call himself acting People's Commissar. | Agranov has stopped telephoning; he has nothing left to report but his loyalty.} | {sequence: The Lubyanka has not been touched. Every window in it is lit. | Every window in the Lubyanka is still lit, and nobody there has telephoned. | Somebody in the Lubyanka is burning paper; the smoke goes straight up in the cold. | The Lubyanka's lights are still on, and its telephones still silent. | The Lubyanka has still not telephoned. | The Lubyanka's lights have begun to go out, one floor at a time. | Nobody has come out of the Lubyanka all night, and nobody has gone in.}}}
{if seen(coup_radio): {sequence: | Levitan has read your communiqué twice on the radio. | Levitan is reading your communiqué again, every half hour, between the Tchaikovsky. | The provinces have begun telephoning about the communiqué, which is what a communiqué is for. | Levitan has read the communiqué eleven times, and his voice has not changed once. | The communiqué is on every loudspeaker in Moscow. | Tashkent has telephoned to say it heard the communiqué. | The communiqué has reached Vladivostok, where it is already tomorrow.} | {sequence: The radio is still playing Tchaikovsky, which is what the radio plays when nobody has told it what to say. | The radio has gone from Tchaikovsky to Glinka and back. | The radio is still playing music, and the whole country is listening to it very carefully. | The radio has played the Pathétique twice. | The radio has nothing to say, and is saying it. | The radio is playing a march, on nobody's orders. | The radio has gone back to Tchaikovsky.}}
{if seen(coup_bukharin): {sequence: | Izvestia is on the street with Bukharin's page. | The first bundles of Izvestia, with Bukharin's page, have gone to the railway stations. | Bukharin's page is being read in the queues outside the bakeries. | Izvestia has sold out at the Kursk station. | Bukharin's page is being read aloud in the barracks. | The foreign correspondents have cabled Bukharin's page to London. | Somebody has pinned Bukharin's page to the door of the map room.}}
{if seen(coup_kirov): Leningrad has answered.}

* Go to the Lubyanka yourself -> coup_lubyanka
  if not seen(coup_lubyanka) and not yagoda_turned
* Settle the matter of Voroshilov -> coup_voroshilov
  if not voroshilov_arrested and not seen(coup_voroshilov)
* The Central Telegraph, and the radio -> coup_radio
* Pushkin Square: Bukharin and the morning edition -> coup_bukharin
* The line to Smolny: Kirov -> coup_kirov
+ It is nearly light. Settle the fate of Stalin's men -> coup_clique

=== coup_countermove: Frunze Street, the map room
-> coup_lost if army_loyalty < 45
The duty officer comes in without knocking. "Comrade Marshal. The
Dzerzhinsky Division is out. Lorries, machine guns, two battalions at
least, coming in along the Sadovaya."

Nobody at the Lubyanka gave that order, because nobody at the Lubyanka has
been told whose Lubyanka it is. Somebody in the Kremlin, {if coup_lines_cut: before the exchange went dead, | on a telephone you did not cut,} reached somebody in Yagoda's building, and the police are doing what police do when the army looks uncertain.

Feldman is already on the telephone to the Proletarian Division.
{if army_loyalty >= 60: The colonel at the other end says "Understood" before Feldman has finished. | The colonel at the other end asks for the order in writing.}

* Drive to the Lubyanka now, and cut the order off at its head -> coup_lubyanka
* (bridges) Hold the bridges and the Sadovaya, and let them freeze -> coup_hq
  set nkvd_loyalty -= 10
  set army_loyalty += 5
  set standing_abroad -= 5

=== coup_radio: Gorky Street, the Central Telegraph
The Central Telegraph, new and square and grey, its great globe dark over
the door. Inside, the night girls at the Baudot keys have stopped typing
and are looking at the soldiers. Upstairs in the studio the announcer, a
young man called Levitan with the most famous voice in the Soviet Union,
has been told to sit by the microphone and wait. He has taken off his tie
and put it on again twice.

Rykov's People's Commissariat of Communications owns the building. Nobody
from it has come. Nobody from anywhere has come: the building has simply
been waiting for someone to tell it what the news is.

You have a pencil and half a sheet of paper. The first thing the country
hears will be what it remembers.

* (committee) Stalin is dead; a Provisional Committee governs, under the protection of the Red Army -> coup_hq
  set army_loyalty += 5
  set standing_abroad -= 5
* (plenum) The Central Committee is convened; the army guards it until it can meet -> coup_hq
  set legitimacy += 10
  set party_strength += 5
* (list) Have Levitan read Yezhov's list aloud, with the Boss's pencil note -> coup_hq
  if fall_folder_kept
  set legitimacy += 10
  set army_loyalty += 5
  set nkvd_loyalty -= 5

=== coup_bukharin: Pushkin Square, Izvestia, before dawn
{if fall_bukharin_sounded: Bukharin has been waiting for you. The obituary is gone from page one; in its place a column of white space, ruled round, exactly the size of an appeal. | Bukharin has not been waiting for you. He is still at his desk among the galleys, and when your men come up the stairs he stands, very pale, and puts his hands flat on the table as if to show they are empty.}

"So," he says. "It is the army after all. I used to say the danger was the
Genghis Khan with telephones. I never thought about the telephones." He
laughs, and then stops. "Very well. I am with you, Misha. Not because I like
it. Because it is the only door left open in the house, and I have been
walking round the house for eight years."

{if bukharin_trust >= 55: He has already written a draft, of course. Bukharin always has a draft. | He asks, carefully, what you need him for.}

* (sign) Ask him to sign the appeal on page one -> coup_hq
  set bukharin_trust += 5
  set legitimacy += 10
* (plan) Offer him the economy: Gosplan, the village, the plan -> coup_hq
  set bukharin_trust += 10
  set legitimacy += 5
  set kirov_trust -= 5
* (own) Tell him you will write the appeal yourself. He need only print it -> coup_hq
  set bukharin_trust -= 10
  set army_loyalty += 5

=== coup_kirov: Frunze Street, the line to Smolny
The Leningrad line is clearer before dawn. {if kirov_trust >= 60: Kirov picks up on the first ring. "Leningrad is quiet," he says, before you can speak. "Shaposhnikov has kept the district in barracks. Medved has the Leningrad NKVD and he is my friend, not Yagoda's. Tell me what Moscow looks like." | Kirov lets it ring four times. "I have been listening to the Moscow radio, Misha, and it has been very careful to say nothing at all. What have you done? No. Tell me what you are going to do."}

Behind his voice you can hear Smolny waking: boots, doors, a woman
calling for a typist. Leningrad is the city that made the revolution and
then watched Moscow take the credit for it. What Leningrad says at six
o'clock, the provinces will repeat at nine.

* (leningrad_radio) Ask him to speak on Leningrad radio at six -> coup_hq
  set legitimacy += 5
  set kirov_trust += 5
* (medved) Ask him to have Medved hold the Leningrad NKVD for you -> coup_hq
  set nkvd_loyalty += 5
* (party_promise) Promise him the Party will not be dissolved -> coup_hq
  set kirov_trust += 10
  set party_strength += 5

=== coup_clique: The Kremlin, the Senate building, before first light
They are brought to Poskrebyshev's anteroom one at a time, because you
want to see their faces and because there is no room in Moscow big enough
to hold them all without it looking like a trial.

Molotov, who asks for his galoshes. Kaganovich, who asks for a telephone.
{if voroshilov_arrested: Voroshilov, between two of Primakov's men, his medals still on. | Voroshilov is not among them.} Yezhov, who asks for nothing and watches everything. Zhdanov. Mekhlis from Pravda. Khrushchev from the Moscow committee, sweating through his embroidered shirt. Poskrebyshev, who telephoned them all in the right order yesterday afternoon and now stands in his own anteroom like a visitor. Beria is in Tiflis, and can wait.

{if yagoda_turned: Yagoda stands behind you with his hands folded, looking at Yezhov. He has been promised a conversation.}

You signed orders at Kronstadt, on the ice, and in Tambov, where the orders mentioned gas; you have never yet signed a death sentence with a man's name on it. Lenin let Martov go abroad and write books. Stalin shot everyone who ever watched him lose an argument. Between the two there is a whole continent, and it is called Siberia.

* (obscurity) Push them into obscurity: a textile combine, a railway depot, a legation in Mongolia -> coup_dawn
  set legitimacy += 5
  set party_strength += 5
* (siberia) Siberia: a special train to Krasnoyarsk before the city wakes -> coup_dawn
  set clique_exiled = true
  set party_strength -= 10
  set army_loyalty += 5
  set standing_abroad -= 5
* (tribunal) A tribunal for Yezhov and Mekhlis before it is light; the rest to Siberia -> coup_dawn
  set clique_exiled = true
  set executions += 2
  set party_strength -= 15
  set army_loyalty += 5
  set standing_abroad -= 10
  set bukharin_trust -= 10

=== coup_dawn: Red Square, 11 February 1936, morning
The sun comes up behind St Basil's the colour of a brass shell case. The
square has been swept in the night by someone who did not know why.
{if coup_tanks: Three of your tanks stand before the Mausoleum with frost on their armour, and the crews are stamping and smoking and being photographed by a man from the Associated Press. | There is nothing on the square at all but a few soldiers by the Spassky Gate, and the crowd, which does not know what it has come to see.}

{if clique_exiled: At the Yaroslavsky station a special train with its blinds down has left for Krasnoyarsk. | Molotov will be at a textile combine in Ivanovo by the end of the month, Kaganovich at a depot in the Urals, and none of them will ever again be asked for an opinion.}
{if executions > 0: In the Lubyanka yard, at a quarter to seven, the first two death sentences of the new order have been carried out. {if yagoda_turned: Yagoda attended. | Agranov signed for the bodies.}}
{if voroshilov_arrested: Voroshilov is in a locked room in the Kremlin, and Budyonny has asked twice to see him.}
{if yagoda_turned: Yagoda's men are on every corner, as they are every morning, now saluting your cars.}
{if bukharin_trust >= 55: Bukharin's appeal is being read aloud outside the Izvestia building, and people are listening, which is not the same as believing.}

The army holds the city. Whether the country holds anything is a question
for the day, and the days after. In the Kremlin, a table with green baize
is waiting, and the empty chair beside it.

* Drive to the Kremlin. There is a government to make -> troika_founding
