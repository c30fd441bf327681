// Chapter one: the fall. The staircase in the Senate building, the vacuum,
// the triumvirate forming, and the decision to move first.
// Opens at fall_staircase; every path hands on to coup_night (chapter two).

// Flags of this chapter. Chapter two (same writer) reads several of them.
flag fall_saw_folder         // you carry Yezhov's red folder, picked up on the staircase
flag fall_folder_kept        // you locked the folder away as evidence (read in ch 2)
flag fall_heard_order        // you heard whom Poskrebyshev telephoned first
flag fall_kirov_warned       // you telephoned Kirov from the Kremlin before anyone else
flag fall_voroshilov_lulled  // Voroshilov believes you are still his man (read in ch 2)
flag fall_generals_in        // Yakir and Uborevich committed troops (read in ch 2)
flag fall_gamarnik_in        // Gamarnik promised the political organs will not stand in the way (read in ch 2)
flag fall_commissars_warned  // you threatened Gamarnik; every political officer is on guard (read in ch 2)
flag fall_yagoda_sounded     // you met Yagoda before the coup (read in ch 2)
flag fall_bukharin_sounded   // you saw Bukharin before the coup (read in ch 2)
flag fall_late               // the triumvirate was announced before you moved (read in ch 2)

=== fall_staircase: The Kremlin, the Senate building, 10 February 1936
You have waited fifty minutes in Poskrebyshev's anteroom with the armament
plan for 1936 on your knees: tanks, aircraft, the new artillery, figures you
know by heart and he will pretend not to understand. The radiators knock. The
corridor smells of floor wax, wet felt and his tobacco, which is cigarette
tobacco crumbled into a pipe.

At a quarter past two the door opens and he comes out himself, in the
soft Caucasian boots and the grey tunic, Vlasik a pace behind him.

"Walk down with me, Marshal. You can tell me about your tanks on the stairs.
Tanks are better on stairs than on paper."

You walk half a step behind, on his left, as one does. Someone has come up
from the courtyard with snow on his boots and the marble holds the melt. He
is saying something about the Poles. His heel goes out from under him
between one word and the next.

It is not a long flight. It is long enough. He goes down it backwards and
sideways, a red cardboard folder sailing out of his hand, and fetches up on
the landing with his head at an angle no living head keeps. The pipe rolls
on, step by step, to the bottom.

Vlasik is shouting. Somewhere above, a typewriter stops.

* Go down to him -> fall_body
* Go back up to Poskrebyshev's telephones -> fall_anteroom
* Stay where you are, and watch who comes -> fall_landing

=== fall_body: The Kremlin, the landing
You are on your knees beside him before Vlasik is. There is no pulse in the
neck, only the warmth still in it. His eyes are open and yellow and entirely
without interest in you. It is the first time in fifteen years you have looked
at him for as long as you liked.

Vlasik hauls you off by the shoulder. "Don't touch him! Nobody touches him!"
He kneels in your place and says "Iosif Vissarionovich" several times, as
though the name had ever answered to anyone.

The red folder has slid down to the toe of your boot. The cardboard says,
in a clerk's round hand: To Comrade Stalin. From N. I. Yezhov. Top secret.
One copy. Nobody is looking at it. Everybody is looking at him.

Poskrebyshev comes down the stairs at a run, bald head shining, and stops
three steps above the body as if there were glass between them.

* (take_folder) Slide the folder under your own file -> fall_gate
  set fall_saw_folder = true
* (give_folder) Pick it up and hand it to Poskrebyshev, unopened -> fall_gate
  set legitimacy += 5
* Stay beside him until the doctors come -> fall_landing

=== fall_anteroom: The Kremlin, Poskrebyshev's anteroom
The anteroom is empty. Poskrebyshev has gone down. On his desk stand the
telephones: the city line, the internal line, and the vertushka, the
Kremlin's own exchange, which connects perhaps two hundred men in the whole
country and on which nobody says anything of importance, because everybody
knows who listens.

Then Poskrebyshev is back, grey in the face, and does not seem surprised to
find you there. He lifts the vertushka and dials without looking. "Vyacheslav
Mikhailovich. Come at once. No. At once." Then: "Lazar Moiseyevich." Then:
"Kliment Yefremovich." Then Yagoda. Then, after a pause in which he seems to
consult the ceiling, Kalinin. He does not ring Leningrad. He does not ring
Ordzhonikidze. The order of the calls is a list of succession, and he has
written it without a pen.

The second vertushka on the side table is free. Your hand is nearer to it
than his.

* (kirov_first) Telephone Kirov in Leningrad before anyone else does -> fall_gate
  set kirov_trust += 10
  set nkvd_loyalty -= 5
  set fall_kirov_warned = true
* (alert) Telephone the Commissariat: the Moscow garrison to readiness -> fall_gate
  set army_loyalty += 5
  set party_strength += 5
* (listen) Touch nothing. Listen, and remember the order of the calls -> fall_gate
  set fall_heard_order = true

=== fall_landing: The Kremlin, the landing
They come in the order of their offices. First the guard from the Operations
Department, boots loud on the marble. Then Pauker, who has dressed
Stalin's hair and ordered his cars for ten years, sobbing openly, which
surprises you. Then two doctors from the Kremlin clinic with a case between
them they do not open.

Then Yagoda. He is smaller than his photographs, with the little moustache
and the pharmacist's careful hands. He looks at the body for a long moment.
Then he looks up the staircase, at you, and holds it. It is the look of a
man doing arithmetic.

Behind him, all together, as if they had come in one car: Molotov, pale,
pince-nez misted from the cold; Kaganovich, already giving orders; and
Voroshilov, who goes down on his knees by his master and weeps like a
peasant woman at a well.

* (nod) Return Yagoda's look, and nod once -> fall_gate
  set nkvd_loyalty += 5
* (hand) Go down and put your hand on Voroshilov's shoulder -> fall_gate
  set fall_voroshilov_lulled = true
* (leave) Leave before anyone tells you to -> fall_gate

=== fall_gate: The Borovitsky Gate, dusk
By four the Kremlin is shut. Pauker's men stand at every door with their
collars up, and the gates pass cars out but not in. Snow comes down in the
headlamps as fine as flour. Your driver has the engine running and the
heater coughing; he does not ask, which is why he is your driver.

{if fall_saw_folder: The red folder lies under your own file on the seat beside you. You have not opened it. You have not stopped thinking about it.}
{if fall_kirov_warned: Somewhere on the line to Leningrad a clerk of Yagoda's has written down every word you said to Kirov. You said very few.}
{if seen(fall_body): There is a smear on your cuff that you will not look at.}

A black Lincoln draws alongside at the gate and its rear window comes down.
Voroshilov, eyes swollen, breath smelling of brandy.

"Misha." {if fall_voroshilov_lulled: He grips your sleeve through the window. "You were good to me in there. I won't forget it." | He does not offer his hand.} "Go to the Commissariat and stay by the telephone. Nothing moves tonight without my order. Nothing. Do you understand me? The Politburo will decide everything."

By the Politburo he means three men. He may even believe he means more.

He does not mean Kirov, who came within a yard of being dead: in December
1934 a young man called Nikolayev waited for him in the Smolny corridor with
a revolver, and for once Kirov's guard had kept up with him on the stairs.
There was no murder, so there was nobody to hang one on. Zinoviev and
Kamenev, whose names Yagoda's people had already begun to mention, were
never tried, and Kamenev sits in the Council of People's Commissars again,
forgiven, and watched.

* (yes_klim) "Of course, Klim." Salute him -> fall_commissariat
  set fall_voroshilov_lulled = true
* (rebuke) "The army answers to the Central Committee, Klim. Not to a car window." -> fall_commissariat
  set army_loyalty += 5
  set fall_voroshilov_lulled = false
* (silent) Say nothing, and wind up your own window -> fall_commissariat

=== fall_commissariat: The People's Commissariat of Defence, Frunze Street
-> fall_summons if visits(fall_commissariat) >= 3 and not seen(fall_summons)
-> fall_communique if visits(fall_commissariat) >= 6 and not seen(fall_communique)
// The player sees this room on visits 1, 2, 4 and 5: the third visit jumps to
// the vertushka's call (fall_summons), the sixth to the communiqué.
{if visits(fall_commissariat) == 1: Your office on the second floor of the old Alexandrovsky school, which was on the Znamenka before the Znamenka was Frunze Street. The lamps are being lit along the corridor. It is half past four and already dark.}
{if visits(fall_commissariat) == 2: Seven o'clock. Tea has come, and gone cold. The orderlies have stopped pretending to be busy.}
{if visits(fall_commissariat) == 4: Half past ten. Somewhere below, a typewriter is still going.}
{if visits(fall_commissariat) >= 5: Past midnight. The snow has stopped, and the sky over the river is clear and hard.}

{if visits(fall_commissariat) == 1: On the desk lie the armament plan, which no one will read now, and the three telephones, which no one has rung. The building knows. Buildings always know. Colonels walk past your door slowly, as though it were a shrine or a bomb.}
{if visits(fall_commissariat) == 2: Still nobody has rung. The colonels have found reasons to walk past your door a second time.}
{if visits(fall_commissariat) == 4: The vertushka sits on the desk where it rang, black and innocent, as though nothing had been said on it. The colonels have stopped walking past your door and taken to standing outside it.}
{if visits(fall_commissariat) >= 5: None of the three telephones has rung since Poskrebyshev. In this building that is a kind of message.}

{if fall_generals_in: {if visits(fall_commissariat) <= 2: Yakir and Uborevich are downstairs with Feldman and the regimental lists. | {if visits(fall_commissariat) == 4: Feldman has sent up the regimental lists with Yakir's ticks against them. | Uborevich has been up twice to ask whether there is an order yet. There is not.}}}
{if fall_gamarnik_in: {if visits(fall_commissariat) <= 2: Gamarnik has gone back to his own floor, and the Political Administration's lights are on. | {if visits(fall_commissariat) == 4: The Political Administration's lights are still on, two floors below. | Gamarnik's lights are still on. He is writing something, slowly.}}}
{if fall_commissars_warned: {if visits(fall_commissariat) <= 2: Gamarnik sits in the room next door with a sentry outside it, and his deputy has been on the telephone to every district for an hour. You know what he is saying. | {if visits(fall_commissariat) == 4: Gamarnik's deputy is still on the telephone to the districts, and the sentry outside Gamarnik's door has asked to be relieved. | Gamarnik's deputy has stopped telephoning, which means the districts have heard him.}}}
{if fall_bukharin_sounded: {if visits(fall_commissariat) <= 2: The Izvestia night edition is on its way to the press with an obituary you have read in proof. | {if visits(fall_commissariat) == 4: Izvestia's night edition has gone to press, with the obituary you read in proof. | Somewhere across the city the first copies of Izvestia are being tied in bundles.}}}
{if fall_yagoda_sounded: {if visits(fall_commissariat) <= 2: Yagoda's driver has been past the windows, slowly, as agreed. | {if visits(fall_commissariat) == 4: Yagoda's Packard has been past the windows again. | Yagoda's driver has stopped going past the windows, and parked at the corner instead.}}}

{if visits(fall_commissariat) == 1: Somewhere in the Kremlin, three men are drafting a communiqué. Whoever chairs a funeral commission in this country inherits the corpse's chair. You have until they sign it.}
{if visits(fall_commissariat) == 2: In the Kremlin the communiqué will be in its second draft by now, and the adjectives are being chosen.}
{if visits(fall_commissariat) == 4: At eleven the Politburo sits down in the Boss's office, with you or without you, to sign it.}
{if visits(fall_commissariat) >= 5: The Politburo has been sitting for an hour. A communiqué takes about as long as that.}

* Send for Yakir and Uborevich -> fall_generals
* Send for Gamarnik, who keeps the commissars -> fall_gamarnik
* Telephone Kirov in Leningrad -> fall_kirov
* Drive to Pushkin Square, to Bukharin at Izvestia -> fall_bukharin
* Answer Yagoda's note -> fall_yagoda
* Open Yezhov's red folder -> fall_folder
  if fall_saw_folder
+ Enough counsel. Decide -> fall_decision

=== fall_generals: Frunze Street, the map room
They come in with snow on their greatcoats, because they were in Moscow for
the Military Council and nobody has yet thought to send them home. Iona
Yakir of Kiev, neat, careful, a Party man to the marrow. Ieronim Uborevich
of Minsk, the best staff brain in the army and the worst at hiding it.
Vitaly Primakov, the cavalryman, with his sabre scar and his old Trotskyist
sympathies, which he has recanted in print twice. Boris Feldman, who keeps
the personnel files of every commander in the Red Army and therefore knows
where all the bodies will be.

"We are not Piłsudski," Yakir says at once. "The army belongs to the Party.
A soldier who forgets it is a Bonaparte, and we have all read how that ends."

"We have all read Yezhov's questionnaires too," says Uborevich. "He has been
asking Feldman for our files since November. Mine. Yakir's. Misha's."
{if fall_saw_folder: You think of the red folder, and say nothing yet.}

Primakov laughs. "In 1927 I carried the Old Man's platform in my map case
for a month, waiting for a signal. There never was one. He did not know
whether a single regiment would follow him, and neither did I."

The commanders admired Trotsky then and obeyed the Party, and the Party was
stronger. The question tonight is whether the Party is still the Party, with its
master lying on a table in the Kremlin clinic, or only three frightened men.

Feldman unrolls the garrison list. The Proletarian Division. The tank
battalion of the Mechanisation Academy at Lefortovo. The Frunze Academy, where Kork's students sleep
with their boots by the bed.

* (commit) Ask them to commit: the Proletarian Division and the academies, tonight -> fall_commissariat
  set army_loyalty += 10
  set fall_generals_in = true
* (quiet) Ask only that their districts stay quiet, whatever happens in Moscow -> fall_commissariat
  set army_loyalty += 5
* (cable) Let Primakov send his cable to Norway: the Old Man should know -> fall_commissariat
  set trotsky_influence += 10
  set army_loyalty += 5
  set kirov_trust -= 5

=== fall_gamarnik: Frunze Street, your office
Jan Gamarnik fills the doorway with his black beard and his Party card. He
is head of the Political Administration of the Red Army: the political
deputy in every regiment and the Party cell in every company answer to him.
No commander has needed a commissar's signature on his orders since 1925,
but no regiment will march against the Central Committee past its own Party
cell, and the cells listen to Gamarnik. He is also Yakir's friend, and yours,
as much as a political officer can be anybody's.

"I know why you sent for me," he says, and sits without being asked. "The
commissars are there for a reason, Mikhail Nikolayevich. The Red Army has
never raised its hand against the Central Committee. Not in 1923, when
Trotsky had it in his pocket. Not in 1928, when Bukharin might have asked.
That is what makes it the Red Army and not the Tsar's."

"And if the Central Committee is three men and a list?"

He strokes the beard. "Then show me the list. And tell me what happens to my
commissars afterwards. If you mean to do without the Party in the army, say
so now, and I will go home and wait for whoever arrests me first."

* (promise) Promise him the commissars stay, and the Party keeps its place in the army -> fall_commissariat
  set fall_gamarnik_in = true
  set party_strength += 5
* (threaten) Tell him the commissars will answer to you, and he will not leave this building tonight -> fall_commissariat
  set fall_commissars_warned = true
  set army_loyalty -= 10
  set party_strength -= 5
* (dismiss) Tell him nothing, and let him go home -> fall_commissariat

=== fall_kirov: Frunze Street, the line to Smolny
The Leningrad line crackles like frying fat. Then Kirov, hoarse, northern,
the voice of a man who has been speaking at factory gates since he was
twenty. {if fall_kirov_warned: "You again. I have done nothing but think since your first call, Misha, and I have not liked any of my thoughts." | "So it is true. They telephoned me an hour after it happened, as an afterthought. Molotov's secretary. An afterthought."}

You need him. The army can take Moscow in a night; it cannot make the
country believe in what it has taken. Kirov has Leningrad, the second
Party in the land, and a name people say without lowering their voices.

He knows what his name is worth, and he tells you. "Do not make me bigger
than I am. Read Pravda for a year and count the lines: Molotov, Kaganovich,
Ordzhonikidze, then a long way down, Kirov, next to Postyshev. At the
Congress they said three hundred crossed out Stalin. Nonsense. Three voted
against him and four against me. I am a provincial secretary with a good
voice."

"You are the only one of them the country would not be glad to see hanged."

Silence on the line. Then: "Be careful what you say on this telephone."

* (open) Tell him everything, on an open line -> fall_commissariat
  set kirov_trust += 10
  set nkvd_loyalty -= 5
* (arrow) Ask him only to keep Leningrad calm and take the Red Arrow to Moscow tonight -> fall_commissariat
  set kirov_trust += 5
  set legitimacy += 5
* (district) Ask him to keep Shaposhnikov and the Leningrad district on your side -> fall_commissariat
  set army_loyalty += 5
  set kirov_trust -= 5

=== fall_bukharin: Pushkin Square, the Izvestia building
The presses are running in the basement and the whole building shivers
with them. Bukharin is in shirtsleeves among the galley proofs, red beard
gone grey, pencil behind his ear, writing Stalin's obituary. He looks up at
you as a man looks up from a grave he is digging.

"Misha. I have written 'great' eleven times and 'beloved' seven, and I have
not yet mentioned the village." He lights one cigarette from another. "You
know what I called him in 1928? To Kamenev, in secret, like a schoolboy.
Genghis Khan. Then I went back to the Politburo and counted hands, and they
were his. Kalinin sighed. Voroshilov worried aloud about his peasant
soldiers and voted as he was told. Yagoda whispered in a corridor that he
was with us, and did nothing at all." He laughs without pleasure. "We had
the better arguments. I have always had the better arguments."

He looks at your boots, the Marshal's star on your collar tabs, the snow
melting off your cap.

"You have not come to me for arguments."

* (economy) Promise him the economy, and an end to the war on the village -> fall_commissariat
  set bukharin_trust += 15
  set kirov_trust -= 5
  set fall_bukharin_sounded = true
* (signature) Ask only for his name under an appeal, when it is done -> fall_commissariat
  set bukharin_trust += 5
  set legitimacy += 5
  set fall_bukharin_sounded = true
* (rightists) Ask him to bring Rykov and Tomsky with him -> fall_commissariat
  set bukharin_trust += 10
  set legitimacy += 5
  set nkvd_loyalty -= 5
  set fall_bukharin_sounded = true

=== fall_yagoda: Gogolevsky Boulevard, a parked car
The note said only: the boulevard, the third bench, tonight. The bench
is empty; the black Packard beside it is not. Yagoda sits in the back in a
civilian coat, a rug over his knees, the People's Commissar of Internal
Affairs looking like a provincial chemist waiting for a train.

"Marshal. I am told you were on the staircase. I am told a great many things
today." He offers a cigarette from a silver case. "Let me tell you one. Since
the autumn Comrade Yezhov has been reading my files, and not only mine. He
writes to the Boss, the Boss writes in the margin, and the margins are where
men like you and me are buried."

Bukharin could tell you what Yagoda promised the Rightists in 1928, and
Yagoda could tell you what became of them. He is a man who has always known which way the snow was drifting.

"I do not ask you what you intend," he says. "I ask you only to remember,
afterwards, who kept his men in their barracks."

* (offer) Promise him that he keeps his commissariat -> fall_commissariat
  set nkvd_loyalty += 10
  set fall_yagoda_sounded = true
* (show) Show him Yezhov's folder. His own name is in it -> fall_commissariat
  if fall_saw_folder
  set nkvd_loyalty += 15
  set fall_yagoda_sounded = true
* (refuse) Tell him the army does not bargain with policemen -> fall_commissariat
  set nkvd_loyalty -= 5
  set army_loyalty += 5

=== fall_folder: Frunze Street, your office, the door locked
It is a thin folder. Yezhov writes a small, obedient hand.

"On the state of the command staff of the Red Army." Twelve pages. Your name
is the first, underlined twice in blue pencil, the Boss's pencil: former
nobleman, former Guards officer, a prisoner of the Germans at Ingolstadt,
"Bonapartist moods", contacts with German officers from the years of the
secret schools at Kazan and Lipetsk, which the Politburo itself ordered.
Then Yakir. Uborevich. Primakov. Putna in London. Feldman. Eideman. Kork.
Gamarnik, with a question mark. In the margin of the last page, in the same
blue: "Com. Yezhov. Agreed. Prepare the materials. St."

A second sheet, separate, on the People's Commissariat of Internal Affairs:
"insufficient vigilance of Com. Yagoda", Agranov, Pauker, a proposal to
"strengthen the leadership". That one has no pencil on it yet.

So the rumour was true, the one nobody in the army quite believed: he meant
to do to the command what he had done to the village. He had only not
started. You sit with it for a long time, while the radiator ticks.

* (show_generals) Have Feldman carry it from office to office tonight -> fall_commissariat
  set army_loyalty += 10
* (keep) Lock it in your safe. It is evidence for afterwards -> fall_commissariat
  set fall_folder_kept = true
* (burn) Burn it in the stove. Nobody will say the Marshal moved to save his own neck -> fall_commissariat
  set legitimacy += 5
  set fall_saw_folder = false

=== fall_summons: Frunze Street, the vertushka
The vertushka rings at last, and the whole floor holds its breath.

Poskrebyshev, correct and colourless, as if he had not wept this afternoon.
"Comrade Tukhachevsky. The Politburo meets at eleven in the Boss's office.
Comrade Voroshilov asks you to attend, and to bring the mobilisation files
for the Moscow district. All of them." A pause. "Comrade Belov has already
been received by Comrade Voroshilov. He is being very helpful."

Belov commands the Moscow Military District. If Belov is being helpful, the
Moscow garrison will take its orders from a Commissar who has just asked for
your files.

{if fall_heard_order: Molotov, Kaganovich, Voroshilov: the same order as this afternoon. The chair is being built.}

* (promise_attend) "Tell Comrade Voroshilov I will be there." Then do not go -> fall_commissariat
  set fall_voroshilov_lulled = true
* Go now, and watch them do it -> fall_politburo
* (ill) Say you have a fever, and are not coming -> fall_commissariat
  set party_strength += 5
  set fall_voroshilov_lulled = false

=== fall_politburo: The Kremlin, Stalin's office, eleven at night
set fall_late = true
set party_strength += 10
The long room, the green baize, Lenin on the wall, and at the head of the
table the empty chair that nobody looks at. They still keep his hours:
eleven at night, tea in glasses, the windows black. Molotov takes the
chair beside it, not the chair itself. He is a careful man.

{if fall_heard_order: Molotov, Kaganovich, Voroshilov: you could have set the places yourself this afternoon, from the order of the telephone calls.}
Kaganovich moves that a funeral commission be formed with Comrade Molotov
as chairman. Voroshilov seconds, too loudly. Yezhov, at the secretaries'
end, reads a short note "on unhealthy moods among certain commanders"
without looking at you, and Kaganovich proposes that Comrade Voroshilov
"put the army's house in order" within the month.

Kalinin polishes his spectacles and sighs, as he sighed in 1928, and then
raises his hand with the rest. Ordzhonikidze does not raise his; he is
staring at Molotov as though he had never seen him before. Kirov's chair is
empty. Nobody moved the Red Arrow for him.

It takes forty minutes. The triumvirate is made, and it has a stamp.

* (vote) Vote with the majority, and keep your face still -> fall_decision
  set fall_voroshilov_lulled = true
* (plenum) Demand that the Central Committee be convened, and Kirov heard -> fall_decision
  set legitimacy += 5
  set kirov_trust += 5
  set nkvd_loyalty -= 5
* (walkout) Get up and walk out before the vote -> fall_decision
  set army_loyalty += 5
  set nkvd_loyalty -= 5

=== fall_communique: Frunze Street, the teleprinter room
set fall_late = true
set party_strength += 10
set army_loyalty -= 5
The duty officer brings it in himself, the tape still curling: TASS, for
the morning papers. "From the Central Committee of the All-Union Communist
Party (Bolsheviks) and the Council of People's Commissars." A funeral
commission: Comrade Molotov, chairman; Comrades Kaganovich, Voroshilov,
Kalinin, Yezhov, Khrushchev. A call to the Party and the people for "unity
and vigilance".

Ten minutes behind it, Voroshilov's order of the day to the Red Army, to be
read in every barracks at reveille: loyalty to the Central Committee and to
the funeral commission, and the commanders to remain at their posts
"pending instructions".

You talked too long. It is the oldest failing of men who mean well, and
the Mensheviks died of it.

* (tear) Tear off the tape and fold it into your pocket -> fall_decision
* (congratulate) Telephone Voroshilov and congratulate him -> fall_decision
  set fall_voroshilov_lulled = true

=== fall_decision: Frunze Street, after midnight
You stand at the window. Across the roofs, the new star on the Borovitsky
tower, gilt and Urals stones, put up in October in place of the eagle,
catches a searchlight and lets it go.

You count what you have.
{if fall_generals_in: Yakir and Uborevich, the Proletarian Division, the academies. | No division of your own: only the names on Feldman's list, and what the colonels believe about you.}
{if fall_gamarnik_in: Gamarnik, and the Party cells with him.}
{if fall_commissars_warned: Every commissar in the Moscow district, awake and suspicious.}
{if fall_bukharin_sounded: Bukharin, and the oldest arguments in the Party on your side.}
{if kirov_trust >= 60: Kirov, who does not think himself big enough and is wrong.}
{if fall_yagoda_sounded: Yagoda, who will keep his men in barracks if he thinks you are winning.}
{if fall_late: And against you, a funeral commission with a chairman and a stamp.}

In 1923 the Left had Lenin's testament in a drawer and used Stalin against
Trotsky. In 1928 the Right thought they could use him against the Left.
Everybody who ever thought they could ride the tiger is in exile, or in
prison, or writing obituaries. The tiger is dead on a table. Its keepers are
drafting the rules for feeding it.

Trotsky says a coup would have been easy in his day and he declined it on
principle. You have never been sure which part of that sentence was the lie.

* (tonight) Give the order. Tonight -> coup_night
  set army_loyalty += 5
* (letter) Write to the Central Committee first, explaining why. Then give the order -> coup_night
  set legitimacy += 5
  set army_loyalty -= 5
* Go home to the Embankment and sleep on it -> fall_home

=== fall_home: The House on the Embankment, one in the morning
set party_strength += 5
The flat is warm and dark. Nina sleeps. On the workbench
by the window lies the violin you have been making since the autumn, the
belly still unvarnished, the bridge not yet cut. You pick it up and put it
down. Under the window the Moscow river is white and silent, and beyond it
the Kremlin wall.

At ten past one the telephone. Feldman, whispering from the Personnel
Directorate as if the walls were Yezhov's. "Misha. Two men from the Central
Committee came for the files at midnight. Yours, Yakir's, Uborevich's,
Primakov's. They had a signed order. I gave them the wrong drawer. It will
hold them till morning."

So it is decided, as most things are, by someone else. You can at least
choose how you leave the flat.

* (go_back) Go back to Frunze Street and give the order -> coup_night
  set legitimacy += 5
* (wake_nina) Wake Nina first, and tell her which papers to burn -> coup_night
  set legitimacy += 5
  set army_loyalty -= 5
