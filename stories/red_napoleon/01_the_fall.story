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
flag fall_letter             // you wrote to the Central Committee before giving the order (read in ch 3)

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
  It goes in under the armament plan as easily as a letter into an
  envelope. Vlasik is bellowing down the stairwell for the doctors;
  Poskrebyshev cannot take his eyes off the body. Nobody says anything
  about the folder then, or later, which in this building is not at all the
  same as nobody having seen.
* (give_folder) Pick it up and hand it to Poskrebyshev, unopened -> fall_gate
  set legitimacy %+ 7
  Poskrebyshev takes it without looking at it, then looks at it, then at
  you. For a moment his face does something it has not been allowed to do
  for fifteen years: it wonders. "Thank you, Comrade Marshal," he says, and
  buttons it inside his tunic, against his shirt.

  By the evening three floors of the Senate building know that Tukhachevsky
  found the Boss's papers on the stairs and gave them up unread. In this
  building that is a kind of character reference.
* Stay beside him until the doctors come -> fall_landing
  You get up and stand aside, one step below him, your cap in your hand.
  Nobody tells you to go, and so you are there for all of it.

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
  set kirov_trust %+ 20
  set nkvd_loyalty %- 10
  set fall_kirov_warned = true
  The trunk operator puts you through to Smolny in under a minute, which
  has never happened before, and Kirov hears you out without interrupting,
  which has never happened either. "On the stairs," he says. "On the
  stairs, Misha." You hear him feel behind him for a chair. "Who else
  knows? No. Do not tell me on this line. I will come down on the night
  train, if they let me on it, and if they do not I will know what that
  means."

  He rings off. Half a second later the line gives a small dry click, like
  a twig underfoot: somebody on the Lubyanka's side of the exchange has
  finished writing, and will not thank you for the work.
* (alert) Telephone the Commissariat: the Moscow garrison to readiness -> fall_gate
  set army_loyalty %+ 10
  set party_strength %+ 10
  The duty officer on Frunze Street repeats the order back to you word for
  word, as he was taught, and asks whether he may have it in writing. You
  tell him he may have it at seven.

  While you are still speaking Poskrebyshev comes back into the room, and
  waits in the doorway until you have put the receiver down, and says
  nothing. He heard all of it. Before the Boss is cold Molotov will know
  that the Marshal's first act on the staircase was to count battalions,
  and the Party, which has its own way of reading such things, will close
  up round its chairs.
* (listen) Touch nothing. Listen, and remember the order of the calls -> fall_gate
  set fall_heard_order = true
  You stand by the window with your file under your arm, like a man waiting
  to be dismissed, and Poskrebyshev forgets that you are there. When he has
  rung off the last of them he sits down, and for a moment his hands lie on
  the blotter as if he did not know what they were for.

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
  His eyelids come down and go up again, once, like a camera shutter.
  Nothing else in his face moves. He turns back to the body and begins to
  give Pauker orders in a low voice, and not one of them concerns you.
* (hand) Go down and put your hand on Voroshilov's shoulder -> fall_gate
  set fall_voroshilov_lulled = true
  His shoulder is shaking under the cloth. He reaches up and covers your
  hand with his own, a locksmith's hand, thick and hot, and holds on to it.
  Over his bent head Kaganovich watches you, and does not approve, and does
  not say so.
* (leave) Leave before anyone tells you to -> fall_gate
  Nobody tells you to stay. On the way down to the courtyard you pass two
  more doctors coming up and a man from the Operations Department running,
  and then you are out in the cold with snow on your face. Only Yagoda
  watched you go.

=== fall_gate: The Borovitsky Gate, dusk
By four the Kremlin is shut. Pauker's men stand at every door with their
collars up, and the gates pass cars out but not in. Snow comes down in the
headlamps as fine as flour. Your driver has the engine running and the
heater coughing; he does not ask, which is why he is your driver.
{if seen(fall_anteroom): You came down by the back stairs from Poskrebyshev's floor, and nobody stopped you. | You came out past the landing where he lay, and the sentries at the door did not ask your name.}

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
forgiven, and watched. {if fall_kirov_warned: Kirov at least has heard it from you, and first. | {if seen(fall_landing): On the landing you noticed that Kirov's was the one name nobody in the stairwell said aloud. | Kirov will hear of it, you suppose, from a secretary.}}

* (yes_klim) "Of course, Klim." Salute him -> fall_commissariat
  set fall_voroshilov_lulled = true
  He nods twice, satisfied, the way he nods at a parade when the cavalry
  has kept its line, and his window goes up with his face still nodding
  behind the glass. He has heard what he wanted to hear. He will sleep
  tonight, which is more than you will.
* (rebuke) "The army answers to the Central Committee, Klim. Not to a car window." -> fall_commissariat
  set army_loyalty %+ 10
  set fall_voroshilov_lulled = false
  His face goes slowly red from the collar up, as it did in 1930 over the
  tanks. "The Central Committee," he says, "will hear about this," and the
  window goes up too fast and sticks an inch from the top.

  His adjutant was sitting beside the driver. By midnight the remark will
  be all over the Commissariat, improved at every telling, and there is
  nothing officers like better than a Marshal who has answered back.
* (silent) Say nothing, and wind up your own window -> fall_commissariat
  For a moment the two of you look at each other through two panes of
  glass and the snow between them, like the portraits of two Marshals hung
  a little too close together. Then his driver takes him away.

=== fall_commissariat: The People's Commissariat of Defence, Frunze Street
-> fall_summons if visits(fall_commissariat) >= 3 and not seen(fall_summons)
-> fall_communique if visits(fall_commissariat) >= 6 and not seen(fall_communique)
// The player sees this room on visits 1, 2, 4 and 5: the third visit jumps to
// the vertushka's call (fall_summons), the sixth to the communiqué.
{if visits(fall_commissariat) == 1: Your office on the second floor of the old Alexandrovsky school, which was on the Znamenka before the Znamenka was Frunze Street. The lamps are being lit along the corridor. It is half past four and already dark. {if seen(fall_gate.rebuke): Word of what you said at the gate has got here before you. | {if seen(fall_gate.yes_klim): The duty officer has heard that you saluted Voroshilov at the gate, and does not know what to make of it.}}}
{if visits(fall_commissariat) == 2: Seven o'clock. Tea has come, and gone cold. The orderlies have stopped pretending to be busy.}
{if visits(fall_commissariat) == 4: Half past ten. Somewhere below, a typewriter is still going.}
{if visits(fall_commissariat) >= 5: Past midnight. The snow has stopped, and the sky over the river is clear and hard.}

{if visits(fall_commissariat) == 1: On the desk lie the armament plan, which no one will read now, and the three telephones, which no one has rung. The building knows. Buildings always know. Colonels walk past your door slowly, as though it were a shrine or a bomb. {if fall_voroshilov_lulled: Voroshilov's adjutant has sent a motorcyclist round with a note, pleasantly, to make sure that you arrived. | Nobody from Voroshilov's floor has come down to see whether you arrived, which means they know.}}
{if visits(fall_commissariat) == 2: Still nobody has rung. The colonels have found reasons to walk past your door a second time.}
{if visits(fall_commissariat) == 4: The vertushka sits on the desk where it rang, black and innocent, as though nothing had been said on it. The colonels have stopped walking past your door and taken to standing outside it.}
{if visits(fall_commissariat) >= 5: None of the three telephones has rung since Poskrebyshev. In this building that is a kind of message.}

{if fall_generals_in: {if visits(fall_commissariat) <= 2: Yakir and Uborevich are downstairs with Feldman and the regimental lists. | {if visits(fall_commissariat) == 4: Feldman has sent up the regimental lists with Yakir's ticks against them. | Uborevich has been up twice to ask whether there is an order yet. There is not.}}}
{if fall_gamarnik_in: {if visits(fall_commissariat) <= 2: Gamarnik has gone back to his own floor, and the Political Administration's lights are on. | {if visits(fall_commissariat) == 4: The Political Administration's lights are still on, two floors below. | Gamarnik's lights are still on. He is writing something, slowly.}}}
{if fall_commissars_warned: {if visits(fall_commissariat) <= 2: Through the wall you can hear Gamarnik's sentry shifting from foot to foot. | {if visits(fall_commissariat) == 4: Bulin is still on the telephone to the districts, and the sentry outside Gamarnik's door has asked to be relieved. | Bulin has stopped telephoning, which means the districts have heard him.}}}
{if fall_bukharin_sounded: {if visits(fall_commissariat) <= 2: The Izvestia night edition is on its way to the press with an obituary you have read in proof. | {if visits(fall_commissariat) == 4: Izvestia's night edition has gone to press, with the obituary you read in proof. | Somewhere across the city the first copies of Izvestia are being tied in bundles.}}}
{if fall_yagoda_sounded: {if visits(fall_commissariat) <= 2: Yagoda's Packard has been past the windows once, slowly, like a man walking a dog. | {if visits(fall_commissariat) == 4: Yagoda's Packard has been past the windows again. | Yagoda's driver has stopped going past the windows, and parked at the corner instead.}}}

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
of the Belorussian district, the best staff brain in the army and the worst at hiding it.
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
  set army_loyalty %+ 15
  set fall_generals_in = true
  Feldman writes out the orders in his own hand, four copies, no carbons.
  Uborevich signs without reading, because he drafted half of it in his head
  while Yakir was talking. Yakir reads his twice. He puts the pen down and
  picks it up again and says, to nobody in particular, "For the Party,
  then. Against three men, for the Party." Then he signs, and blots it, and
  does not meet your eye again until the map is rolled up.

  An orderly is sent to wake the Proletarian Division's colonel. Within the
  hour every officer on Feldman's list will know that the Marshal has asked,
  and most of them have been waiting years to be asked anything.
* (quiet) Ask only that their districts stay quiet, whatever happens in Moscow -> fall_commissariat
  set army_loyalty %+ 10
  "That I can promise," Yakir says, and you can hear the relief in it.
  Uborevich promises too, more slowly, and watches Feldman roll up the
  garrison list the way a man watches a meal he has been told he may not
  eat. Kiev and Smolensk will stay in barracks whatever Moscow does, and the
  army will know by the morning that its two best district commanders were
  consulted before anything was done, which it likes.
* (cable) Let Primakov send his cable to Norway: the Old Man should know -> fall_commissariat
  set trotsky_influence %+ 10
  set army_loyalty %+ 10
  set kirov_trust %- 10
  set primakov_cabled = true
  Primakov writes it standing up, on a form from his own map case, in the
  Latin letters the foreign counter at the Central Telegraph insists on,
  and reads it aloud before he folds it. STARIK. KHOZYAIN UPAL. ARMIYA
  DUMAET. VITALY. Old man. The Boss has fallen. The army is thinking.

  "He will understand every word," Primakov says, "and so will the
  Lubyanka, which reads his post before he does." Yakir says nothing at all.

  By the morning a copy will lie on Yagoda's desk, and another on Kirov's,
  because Medved in Leningrad reads the Lubyanka's traffic for him; and the
  cavalry, which never quite stopped loving the man who made it, will have
  heard that somebody in Moscow still writes to Norway.

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
  set party_strength %+ 10
  He stands, and offers his hand across the desk, which he does not often
  do. "Then I will write to the commissars myself," he says, "tonight, in
  my own words, and you will not see the draft before it goes." You agree
  to that too. He goes down to his own floor to see that everyone in the
  Political Administration knows the Party keeps its place, on the
  strength of your word.
* (threaten) Tell him the commissars will answer to you, and he will not leave this building tonight -> fall_commissariat
  set fall_commissars_warned = true
  set army_loyalty %- 15
  set party_strength %- 10
  He hears you out without moving. Then he takes off his reading glasses,
  folds them and puts them in his breast pocket behind the Party card, as
  though putting them somewhere safe.

  "So," he says. "It is that."

  You send for a sentry. A corporal of the commandant's company comes up
  with his rifle at the trail and stands in the doorway: a boy who has been
  told to guard a man with a beard like a prophet's, and does not know
  where to look. Gamarnik is given the room next to yours, the one with the
  sofa, and a glass of tea, and the door is left an inch open, which is the
  army's idea of courtesy. He asks for nothing.

  He does not need to ask. His deputy, Bulin, was on the floor below when
  the sentry went up the stairs, and within a quarter of an hour every
  telephone in the Political Administration is lit: the Moscow district,
  then Leningrad, then Kiev, then districts whose names you would have to
  look up. You cannot hear what Bulin is saying. You do not need to. Every
  political officer in the Union is being told tonight that the Marshal
  has put the Party's man in the army under guard, and every commander in
  the Union has a political officer at his elbow.

  Somewhere down the corridor a colonel who was on your side at six o'clock
  closes his door.
* (dismiss) Tell him nothing, and let him go home -> fall_commissariat
  He waits, in case there is more. There is not. He gets up, buttons his
  greatcoat over the beard and goes, and you hear his boots all the way down
  the stairs, unhurried: the walk of a man who has decided to be at home
  when they come for him, whoever they turn out to be.

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
  set kirov_trust %+ 20
  set nkvd_loyalty %- 10
  So you tell him, on a line Yagoda's people have sat on since 1934: the
  staircase, the folder, the funeral commission, the divisions. He does not
  stop you once. When you have finished he says, quite slowly, "Then they
  have heard it too, and that is done," and you understand that he is not
  angry. He is pleased to have been trusted with something that could hang
  you.

  "Keep me a chair," he says. The line clicks twice before it goes dead,
  and the Lubyanka, which has just heard itself described, will not forget
  the description.
* (arrow) Ask him only to keep Leningrad calm and take the Red Arrow to Moscow tonight -> fall_commissariat
  set kirov_trust %+ 10
  set legitimacy %+ 7
  "Calm I can give you," he says. "Leningrad has had a great deal of
  practice at being calm while Moscow decides things." He will take the
  Arrow at five to midnight, in an ordinary compartment, and step down in
  the morning at the Leningrad Station in full view of the platform: which
  is what an heir looks like arriving for a funeral, and not at all what a
  conspirator looks like.
* (district) Ask him to keep Shaposhnikov and the Leningrad district on your side -> fall_commissariat
  set army_loyalty %+ 10
  set kirov_trust %- 10
  There is a pause long enough to hear the whole length of wire between the
  two cities. "Shaposhnikov is a soldier," Kirov says. "He will do what
  soldiers do. You did not need me to ask him." But he asks him, and an
  hour later Shaposhnikov telephones Frunze Street himself, precise and
  old-fashioned, to say that the Leningrad district awaits orders through
  the proper channels. Kirov does not ring back. He has understood what you
  wanted him for.

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
  set bukharin_trust %+ 25
  set kirov_trust %- 10
  set fall_bukharin_sounded = true
  He puts the pencil down. "The village," he says, the way another man
  would say a woman's name. "Do you know what you are promising? Prices.
  Markets. The kulak's son let out of Karaganda to plough. Kirov will say
  you have sold the Party to the muzhik." But he is already writing on the
  back of a galley, figures and arrows, and when you leave he walks you to
  the stairs in his shirtsleeves, still talking, and forgets his coat.

  The Izvestia switchboard will have told Smolny by the morning where the
  Marshal spent his evening, and Kirov will not enjoy being the second man
  promised something.
* (signature) Ask only for his name under an appeal, when it is done -> fall_commissariat
  set bukharin_trust %+ 10
  set legitimacy %+ 7
  set fall_bukharin_sounded = true
  "My name," he says. "Yes. It is the one thing I have left that anybody
  wants." He will sign whatever is decent, and he reserves the right to
  decide what is decent. You accept the reservation. It is the kind of
  bargain Bukharin makes, and he has made worse ones.
* (rightists) Ask him to bring Rykov and Tomsky with him -> fall_commissariat
  set bukharin_trust %+ 20
  set legitimacy %+ 7
  set nkvd_loyalty %- 10
  set fall_bukharin_sounded = true
  He rings Rykov from the editor's telephone while you wait. For a while
  you hear only his half; then he holds the receiver out to you, and it is
  Rykov's voice, thin with the wire and with fright. "M-Misha? Is it true,
  what Kolya says? On the st-stairs?" The stammer is always worse when he is
  frightened. He will come if Tomsky comes. Tomsky, found at the State
  Publishing House, says one word that Bukharin does not repeat, and then
  says yes.

  By ten o'clock the three men who lost to Stalin in 1929 are on your side.
  The Lubyanka, which has listened to all three of their telephones for
  seven years, will have noticed.

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
  set nkvd_loyalty %+ 20
  set fall_yagoda_sounded = true
  "Keeps." He tries the word the way a pharmacist tries a powder on the tip
  of his tongue. "Keeps is good. Keeps is a word a man can sleep on." He
  does not shake your hand; he pats the rug over his knees twice, as if it
  were a dog, and the driver gets out to open your door. When you look back
  from the pavement the light is on inside the Packard, and Yagoda is
  writing in a small black notebook.
* (show) Show him Yezhov's folder. His own name is in it -> fall_commissariat
  if fall_saw_folder
  set nkvd_loyalty %+ 30
  set fall_yagoda_sounded = true
  You give it to him open at the second sheet. He switches on the little
  lamp above the door, puts on a pair of gold-rimmed reading glasses you
  did not know he owned, and reads.

  He reads the way a chemist reads a prescription: all of it, twice, in
  case of error. "Insufficient vigilance." "Strengthen the leadership."
  Agranov, his own first deputy. Pauker, who wept on the staircase this
  afternoon. His lips move a little on the names. At the foot of the page
  there is no pencil yet, and he looks at the place where the pencil would
  go for a long time, as though by looking he could make it out.

  Then he turns back to the first sheet, to your name and the two blue lines
  under it and the note in the margin, and reads that too. You let him.

  "Agreed," he says at last. "Prepare the materials." He takes the glasses
  off. "Do you know, Marshal, I have written that word myself, in other
  men's margins. One never thinks about the other margin." He closes the
  folder and hands it back with both hands, as one returns a relic. "He
  would have begun with you and ended with me. He is a methodical little
  man. Until tonight I think I should have enjoyed watching him begin."

  He taps on the glass, and the driver, who has been standing in the snow
  all this time, gets back in.

  "I shall be at my desk all night," Yagoda says. "Telephone me when you
  want a door opened. I have always liked to be asked."
* (refuse) Tell him the army does not bargain with policemen -> fall_commissariat
  set nkvd_loyalty %- 10
  set army_loyalty %+ 10
  "No," he agrees. "It does not. It never has." He says it without offence,
  like a man confirming the time of a train, and leans across you to open
  the door. By the morning it will be told in every mess in Moscow, and
  improved, that the Marshal got out of Yagoda's car before his cigarette
  was lit. Somewhere in the Lubyanka a man who forgets nothing will have
  written down that he did.

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
  set army_loyalty %+ 15
  Feldman carries it from floor to floor under his arm like a ledger. In
  each office he shuts the door, opens the folder at the right page, and
  waits. He says nothing; he does not need to. Eideman, in from
  Osoaviakhim for the evening, reads his own name and laughs. The General
  Staff's duty colonels, who are not in it, read the names of the men who
  are, and go white.

  By eleven the building, which knew, knows what it knew. There is not an
  officer on Frunze Street tonight who believes the Marshal is acting for
  himself alone.
* (keep) Lock it in your safe. It is evidence for afterwards -> fall_commissariat
  set fall_folder_kept = true
  The safe is German and older than the Commissariat, with a brass wheel
  that must go three times past the number. The folder goes in on top of
  the mobilisation plan for 1935, and from tonight the key lives on your
  own watch chain.
* (burn) Burn it in the stove. Nobody will say the Marshal moved to save his own neck -> fall_commissariat
  set legitimacy %+ 7
  set fall_saw_folder = false
  The stove in the corner is a tiled one, left from the school, and the
  orderly keeps it fed. You open its little door and lay the folder in flat,
  and the cardboard takes a long time to understand what is happening to
  it. Then the pages go, from the edges inward, and the last thing to burn
  is the margin, where the blue pencil curls up off the paper as if it had
  been alive.

  If it ever comes to a tribunal, nobody will be able to prove that the
  Marshal had a neck to save.

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
  "Good," says Poskrebyshev, and rings off, and you sit with the receiver
  in your hand until the orderly takes it from you. Somewhere in the
  Kremlin Voroshilov is being told that the Marshal is coming with his
  files. He will be relieved. He has always believed what he wanted to hear.
* Go now, and watch them do it -> fall_politburo
* (ill) Say you have a fever, and are not coming -> fall_commissariat
  set party_strength %+ 10
  set fall_voroshilov_lulled = false
  "A fever," Poskrebyshev repeats, in the voice of a man writing it down.
  "I will tell them." He will tell them exactly, and they will understand
  exactly, and at eleven the men round the table will close up a little
  tighter on either side of your empty chair.

=== fall_politburo: The Kremlin, Stalin's office, eleven at night
set fall_late = true
set party_strength %+ 20
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

It takes forty minutes. The triumvirate is made, and it has a stamp. By
the morning the teletype will have carried it to every regional committee
from Minsk to Khabarovsk, and a Party with a chairman again will remember
how to be a Party.

* (vote) Vote with the majority, and keep your face still -> fall_decision
  set fall_voroshilov_lulled = true
  You raise your hand with Kalinin's. Voroshilov sees it, and something in
  his shoulders lets go; he looks down the table at you with a wet,
  grateful face, as though you had held a door for him. Molotov sees it
  too, and makes a small note in the margin of his agenda.
* (plenum) Demand that the Central Committee be convened, and Kirov heard -> fall_decision
  set legitimacy %+ 7
  set kirov_trust %+ 10
  set nkvd_loyalty %- 10
  Molotov lets you finish. Then he takes off his pince-nez and polishes
  them, slowly, which is what he does instead of losing his temper. "The
  plenum will be convened," he says, "at the proper time, by the proper
  organs. Comrade Kirov will be heard, like every member. Comrade
  Tukhachevsky's concern for the rules is noted." Yezhov notes it too.

  It is a small defeat, correctly worded. But by the morning the members of
  the Central Committee who were not in the room will have heard that
  somebody asked for them by name, and so will Kirov.
* (walkout) Get up and walk out before the vote -> fall_decision
  set army_loyalty %+ 10
  set nkvd_loyalty %- 10
  Your chair scrapes on the parquet, the loudest sound of the evening.
  Nobody follows. Ordzhonikidze half rises, and sits down again; Kalinin
  examines his spectacles. The door closes behind you on Kaganovich's voice,
  already moving the next item.

  In the corridor Pauker's guards look at you, and at the door, and one of
  them, after a moment, salutes. It will be told on Frunze Street by
  midnight, and in the Lubyanka by one.

=== fall_communique: Frunze Street, the teleprinter room
set fall_late = true
set party_strength %+ 20
set army_loyalty %- 10
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
the Mensheviks died of it. The regional committees had their teletypes
before you had your tape, and they have a chairman to telephone; and at
reveille every barracks in the Union will hear its Commissar's voice
before it hears yours.

* (tear) Tear off the tape and fold it into your pocket -> fall_decision
  It is still warm from the machine. You fold it twice and put it in the
  breast pocket of your tunic, beside your Party card, and the duty officer
  watches you do it and will describe it to his wife.
* (congratulate) Telephone Voroshilov and congratulate him -> fall_decision
  set fall_voroshilov_lulled = true
  Voroshilov comes to the telephone himself, his voice loosened by the
  evening. "Misha. I knew you would see sense. We shall need you, you know.
  The army will need you. I told them so." He tells you so for some
  minutes. When you put the receiver down, the duty officer is looking
  very carefully at the teleprinter.

=== fall_decision: Frunze Street, after midnight
You stand at the window. Across the roofs, the new star on the Borovitsky
tower, gilt and Urals stones, put up in October in place of the eagle,
catches a searchlight and lets it go. {if fall_voroshilov_lulled: Somewhere over there Voroshilov sits at the green baize, believing you. | Somewhere over there Voroshilov sits at the green baize, and has stopped believing you.}

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
drafting the rules for feeding it. {if fall_late: They have already met, and signed. | They have not yet met, and that is the whole of your advantage.}

Trotsky says a coup would have been easy in his day and he declined it on
principle. You have never been sure which part of that sentence was the lie.

* (tonight) Give the order. Tonight -> coup_night
  set army_loyalty %+ 10
  You say it to Feldman, who has been waiting by the door. "Tonight." He
  writes the time on his cuff, and goes out at a run, and the building,
  which has been holding its breath since four o'clock, lets it out all at
  once in a long noise of boots on the stairs.
* (letter) Write to the Central Committee first, explaining why. Then give the order -> coup_night
  set legitimacy %+ 7
  set army_loyalty %- 10
  set fall_letter = true
  You write it at the desk in your own hand, three drafts, the third short.

  To the Central Committee of the All-Union Communist Party (Bolsheviks).
  Comrades. Tonight the Red Army takes under its protection the Kremlin,
  the Central Telegraph and the organs of the People's Commissariat of
  Internal Affairs. It does so because the Central Committee has not been
  called, and three members of the Political Bureau have formed without it
  a commission that gives orders to the army in the Committee's name. The
  army does not ask for power. It asks for a plenum. I ask the Central
  Committee to meet within seven days, under the army's guard, and to
  choose the leadership of the Party and the state as the Rules of the
  Party require. I answer for this order with my Party card and with my
  life. M. Tukhachevsky.

  Feldman has it typed in seven copies, one for every member of the
  Central Committee who can be found in Moscow before morning. Uborevich
  reads it over the typist's shoulder and remarks, not quietly, that in
  his experience a revolution that begins with a letter ends with one,
  signed by the other side. The colonels who have been waiting in the
  corridor since eleven wait another hour, and some of them begin to
  wonder what else the Marshal will want to explain.
* Go home to the Embankment and sleep on it -> fall_home

=== fall_home: The House on the Embankment, one in the morning
set party_strength %+ 10
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

Feldman waits on the line. It is the first time tonight that anyone has
waited for an order from you, and he breathes into the receiver like a man
who has run up a flight of stairs.

* (go_back) Go back to Frunze Street and give the order -> coup_night
  "Hold the drawer," you tell him. "I am coming." You dress again in the
  dark, in yesterday's tunic, and Nina does not wake, or does not let you
  see that she has. The lift-man is asleep on his stool on the ground floor
  and does not wake either.
* (wake_nina) Wake Nina first, and tell her which papers to burn -> coup_night
  She is awake before you touch her shoulder; she heard the telephone. You
  tell her: the letters from 1920 with Trotsky's signature on them, the
  photographs from the German manoeuvres, the notebooks with your
  memorandum on the tanks, the one the Boss called red militarism. She
  does not ask why. She asks only whether the violin can stay, and you say
  yes, and when you leave she is kneeling at the stove in her dressing
  gown, feeding it your life in the order you gave it to her.
* (files) Drive to the Personnel Directorate, and take the files out of Feldman's drawers yourself -> coup_night
  Feldman meets you at the side door in his slippers, with a torch. The
  two of you carry the personnel files down the back stairs to your car in
  four trips, yours and Yakir's and Uborevich's and Primakov's and forty
  others, and the boot will not shut on them. "Now it has to be tonight,"
  Feldman says, looking at the boot, and he is right: a Marshal who has
  stolen his own file has run out of other things to do.
* (sleep) "Let the drawer hold till morning." Put the receiver down, and go to bed -> wait_morning
  if not fall_generals_in else "Not with Yakir's signature on tonight's orders."
  if not fall_commissars_warned else "Not with Gamarnik under guard on Frunze Street."
  "Misha," Feldman says. "Misha, they had a signed order." You tell him
  that a signed order can wait until it is light, like everything else,
  and put the receiver back on its hook before he can answer.

  You lie down beside Nina in your shirt, on top of the blanket. The
  radiator knocks. Across the river a sentry on the Kremlin wall stamps his
  feet, and you hear it, or think you do. You do not expect to sleep, and
  you sleep at once, like a soldier, like a man who has decided something
  by refusing to decide it.
