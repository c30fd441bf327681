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

// The flight west (coup_smolensk, coup_rails, coup_terms), read by the
// endings it leads to (end_volga here, end_red_against_red in chapter three).
flag west_declared      // the Belorussian district declared against the funeral commission on the radio
flag west_kiev          // Yakir's Kiev district refused to march against you
flag west_advanced      // your first train crossed the Vop towards Moscow
flag west_bridge_mined  // the bridge over the Vop was mined: the west closed

// Sleeping on it (the wait_* scenes, 11-14 February).
flag wait_generals_warned    // Yakir and Uborevich told on the morning after to have their districts ready
flag wait_asked_for_feldman  // you went to Staraya Square to ask for Feldman
flag wait_told_nina          // you told Nina everything, the morning after
flag wait_volga_accepted     // you told Voroshilov you would take the Volga district
flag wait_volga_refused      // you refused the Volga district before Voroshilov and Yezhov
flag wait_kirov_told         // Kirov knew what was planned for the funeral, and stood on the tribune
flag wait_route_walked       // you walked the funeral route with Uborevich
flag wait_stood_down         // you let the funeral pass, and went to the Volga of your own accord
flag wait_yagoda_warned      // Yagoda promised to keep the Dzerzhinsky Division in barracks for the funeral
flag volga_work              // in Kuibyshev you made the district the best in the army
flag volga_letters           // in Kuibyshev you wrote to Kirov and Yakir
flag volga_papers            // in Kuibyshev you burned your papers and finished the violin

=== coup_night: Frunze Street, the night of 10 to 11 February 1936
It is {if seen(fall_home): nearly two, and you have come back through the side door with your collar up | a little after one}. The map room smells of wet wool, cheap tobacco and the paraffin stove the orderlies are not supposed to have.

{if fall_generals_in: Uborevich has already drawn the arrows in blue pencil, the Boss's colour, which he pretends not to have noticed. Yakir stands by the window as if he might still be asked to leave. | There are fewer men round the table than you wanted: Feldman with his lists, Kork from the Frunze Academy, Primakov. The district commanders are keeping their districts quiet and their distance.}
{if fall_gamarnik_in: Gamarnik sits at the end of the table with a telegram pad, drafting the Political Administration's instruction to the commissars. He writes slowly, like a man signing his own name to something.}
{if fall_commissars_warned: Gamarnik is not here. His deputy's telegrams are, pinned to the board: to all political organs of the Moscow district, vigilance, no orders except through the Party.}
{if fall_late: On the table, folded, the TASS tape with the funeral commission on it. Someone has put a glass of tea on it.}

Three things must be taken before it is light. The Kremlin, where the
Politburo is still sitting, because he taught them to sit all night{if fall_voroshilov_lulled:, with Voroshilov in it, who thinks you are asleep}. The
Lubyanka, where Yagoda keeps the only other armed force in Moscow: the
Dzerzhinsky Division, the border guards, the Kremlin guard itself. And the
Central Telegraph on Gorky Street, without which nothing you do tonight has
happened. {if fall_letter: Seven copies of your letter are going round Moscow on motorcycles; by morning the Central Committee will know what it is being protected from. | Nobody outside this room has been told anything, and for three more hours nobody will be.}

The first question is how loud to be.

* (tanks) Tanks into the city: the Lefortovo battalion, and the Proletarian Division behind it -> coup_first
  set coup_tanks = true
  set army_loyalty %+ 10
  set standing_abroad %- 10
  Kork's adjutant telephones the Mechanisation Academy. The crews have been
  sleeping in their overalls since six, on the chance, and the first engine
  turns over before he has put the receiver down. Whatever else tonight
  is, it will not be a secret: the correspondents at the Metropol sleep
  with their windows an inch open, and tracks on cobbles carry.
* (quiet) Closed cars and picked men. No tanks on Red Square -> coup_first
  set legitimacy %+ 7
  Primakov picks the men himself, by name, from the Academy's rolls: forty
  officers who have served under one of you, and each of them told only
  where to be. If it goes as it should, Moscow will wake to find that it
  was never occupied. It was only guarded, by men it did not see.

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
  There is a silence on the line in which you can hear him decide not to
  argue. "I shall be at my desk," he says, and the temperature of
  thirty-nine is not mentioned again.
* (bed) "Stay in bed, then." Go to the Kremlin -> coup_kremlin
  "You are very kind," says Yagoda, and rings off first. Behind you Feldman
  crosses the Lubyanka off his sheet with a short, hard line, as if it were
  a place that had ceased to exist, and not one that has merely stopped
  answering.

=== coup_yagoda_ready: Dzerzhinsky Square, the People's Commissar's office
set yagoda_turned = true
set nkvd_loyalty %+ 15
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
  You fold the sheet into your glove and leave the cognac where it stands.
  Yagoda does not seem offended. He drinks yours too, and is reaching for
  the telephone to the Dzerzhinsky Division before you reach the stairs.
* (take_yagoda) Take Yagoda with you in your own car, where you can see him -> coup_kremlin
  set coup_yagoda_car = true
  set nkvd_loyalty += 5
  set kirov_trust %- 10
  He takes it as the compliment it is not. His men see him come down the
  steps at your side and get into the Marshal's car without his hat, and
  the whole building, which was waiting to see which way its master would
  jump, relaxes behind its lit windows. Medved's people in Leningrad will
  hear of it too. Kirov has never liked to be told who is riding with whom.

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
  set nkvd_loyalty %+ 20
  set kirov_trust %- 10
  Yagoda takes his hand out of the drawer, slowly, and lays it palm down on
  the blotter beside the other. "Yezhov," he says, as a man says the name
  of a dish he has been looking forward to. He lifts the receiver of the
  telephone to the Dzerzhinsky Division without being asked, and tells its
  commander that tonight's exercise will take place in barracks.

  Through the door Agranov lets out his breath. He has just watched his
  master sell the building, and has noticed that the price did not include
  him.
* (folder) Put Yezhov's folder on his blotter, open at his own page -> coup_kremlin
  if fall_saw_folder
  set yagoda_turned = true
  set nkvd_loyalty %+ 30
  {if seen(fall_yagoda.show): He has read it once already, in the car on the boulevard. He reads it again as if it might have changed, and then closes it and pushes it back across the blotter with one finger. | He reads his own page without touching it, the way a man reads a telegram that somebody else is holding.} "Insufficient vigilance," he says. The drawer slides shut under his other hand. "Very well, Marshal. I am vigilant now."
* (arrest) Arrest him, and give Agranov the building -> coup_kremlin
  set coup_nkvd_held = true
  set nkvd_loyalty %- 20
  set army_loyalty %+ 10
  Primakov says it for you, in the voice he uses on horses. For a moment
  nobody in the room moves, and the drawer stays open its inch.

  Then Yagoda's hand comes out of it. It holds a fountain pen, a second
  one, black and gold, and he lays it on the blotter beside the first as
  if he had meant to show you that he owned two. Perhaps he had. There is a
  revolver in the drawer behind it, and everybody in the room can see it,
  and nobody mentions it.

  "Agranov," he says, without turning his head. "You will want the keys."

  Agranov comes in from the next room. He is a slim, pale man with the
  manners of a librarian, and he has the keys already, on a ring, in his
  pocket; he has had them all evening. He does not look at his master as
  two of Primakov's officers take Yagoda down the back stairs to the cells
  he built. He looks at you, and asks in a level voice whether the Marshal
  would like the Dzerzhinsky Division told, or would prefer to tell it
  himself.

  You tell him to do it himself. It is the first order the new Lubyanka
  receives, and you listen to him give it, word for word, before you go.
  Every Chekist in the building will know by morning that the army took
  their Commissar out of his chair at his own desk; and a service that has
  seen its master taken like that remembers who did the taking.

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
  set party_strength %- 10
  Two signallers from the Proletarian Division find the exchange in the
  basement of the Arsenal, where a girl in a headset is connecting a call
  from Granovsky Street to Staraya Square. They let her finish the
  sentence. Then the board goes dark, and every Party man in the Kremlin
  who lifts a receiver in the next hour will hear nothing at all.

=== coup_gate_shut: The Borovitsky Gate
The barrier is down and the gate shut. A machine gun has appeared on the
wall above it, its water jacket steaming faintly in the cold. Nobody in the
Lubyanka has told the Kremlin guard anything, so the Kremlin guard is doing
what it was trained to do.
-> coup_faltering if army_loyalty < 50 or fall_commissars_warned or (fall_late and army_loyalty < 58)

From the telephone in the sentry box, the commandant, Tkalun: "Comrade
Marshal, I have no orders concerning you. I have orders from Comrade
Voroshilov that nobody enters. Withdraw your men, or I will have to report."

He will report anyway. He has probably reported already. The soldiers
behind you are watching the machine gun, and then they are watching you.

* (storm) Bring the tanks up to the gate -> coup_storm
  if coup_tanks else "You left the tanks in their sheds."
* (walk) Walk to the wicket alone, unarmed, and talk to Tkalun -> coup_senate
  if army_loyalty >= 60 or legitimacy >= 35 else "Tkalun would have you arrested at the wicket."
  set legitimacy %+ 7
  set army_loyalty %+ 10
  You unbuckle your belt with the holster on it and hand it to Primakov,
  who takes it as if it were hot. Then you walk up the slope alone. It is
  sixty paces to the wicket. You have walked across worse ground, at
  Kronstadt, with the ice cracking; this ground is only swept stone, and
  the machine gun on the wall turns to follow you the whole way, slowly,
  like a head.

  Tkalun opens the wicket himself. He is broad and careful, with
  the face of a man who has never in his life been asked to decide
  anything, and he is in his greatcoat with no cap, as if he had come
  down in a hurry.

  "Comrade Commandant," you say. "Comrade Stalin is dead. The men who gave
  you your orders tonight were given theirs by nobody. I am not asking you
  to take mine. I am asking you whom you will report to in the morning."

  He looks past you at the column in the floodlight, at the lorries, at
  the three hundred breaths going up. He looks at the machine gun. He
  looks for a long time at your empty belt.

  "Nobody has told me anything," he says at last, which is not an answer,
  and then he stands aside, which is. Behind you the column has watched
  every step of it, and when the wicket opens it cheers, raggedly, like men
  surprised at themselves.
* (turn) Turn the column round: one order from the Lubyanka will open this gate -> coup_lubyanka
  if not seen(coup_lubyanka)
  The lorries back and fill in the narrow road under the wall, and the
  machine gun watches them do it. Nobody fires. Tkalun will report that
  the Marshal withdrew, which is true, and the column will remember that
  it was turned round at a gate, which is also true.
otherwise -> coup_faltering

=== coup_storm: The Borovitsky Gate
set legitimacy %- 10
set standing_abroad %- 20
set army_loyalty %+ 10
set nkvd_loyalty %- 10
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

* (speak) Climb onto the bonnet of your car and speak to them yourself
  if army_loyalty >= 45 else "They are not listening to you any more."
  The bonnet is slippery with frost and dents under your boots. From up
  here you can see the whole column, lorry after lorry down the slope to
  the Manezh, and every face in it turned up to you, white in the lamps.

  You do not make a speech. You have heard too many, and so have they. You
  tell them what they already half know: that Comrade Stalin fell on the
  stairs this afternoon, and that since then three men have sat in a room
  and written orders for the whole country in the name of a Central
  Committee they have not called. You tell them that the telegram they have
  just heard was signed by nobody who was elected to sign it. You tell them
  that you were a second lieutenant of the Semyonovsky Guards, and that you went
  over to the Reds in 1918 because the Reds were the only people in Russia
  who meant what they said, and that you have not changed your mind. Then
  you tell them the one thing that matters, which is that you will go
  through that gate in front of them, and not behind.

  if army_loyalty >= 52 or legitimacy >= 38:
    set army_loyalty %+ 10
    Nobody cheers. Somebody at the back says, quite clearly, "That's right,"
    the way a man says it in a village meeting. The lieutenant at the head
    of the column looks at the political officer on the running board, and
    the political officer, who is a sensible man, folds his telegram and
    puts it away.

    It is not enough to make them love you. It is enough to make them march.
    -> coup_senate
  else:
    Nobody answers. The political officer waits until you have finished,
    politely, as one waits for a drunk to finish a song, and then reads his
    telegram again from the beginning, in the same flat voice; and this
    time, when he has finished, the lieutenant at the head of the column
    turns to look at him and not at you.
    -> coup_lost
* (gamarnik) Have Gamarnik's own telegram read: the Political Administration is with the Marshal -> coup_senate
  if fall_gamarnik_in
  set party_strength %+ 10
  Your adjutant reads it from the running board of the next lorry, in a
  louder voice than the other man's: the head of the Political
  Administration of the Red Army to all political organs, the Marshal
  acts with the knowledge of the Party's representatives in the army. The
  political officer with the sheepskin collar listens to the end, and nods
  as a man nods who has been given the later of two orders, and gets down.
  The commissars will remember, afterwards, that it was their telegram
  that opened the gate.
otherwise -> coup_lost

=== coup_lost: Moscow, before dawn
{if seen(coup_countermove): At a quarter past four the duty officer comes in without knocking: the Dzerzhinsky Division is out, lorries and machine guns along the Sadovaya. Somebody in the Kremlin has reached somebody in the Lubyanka, which nobody thought to take. Feldman telephones the Proletarian Division. The colonel never sends his men. He asks for the order in writing, and then for a countersignature, and then he stops answering the telephone. By five the Dzerzhinsky Division's lorries are drawn up along Frunze Street, and your own sentries have opened the courtyard gate to them without being asked. | The Borovitsky Gate stays shut. The machine gun stays where it is, a political officer climbs onto the running board of a lorry to read out a telegram, and your column stops in the snow to listen. It goes the way such things go: not with a volley but with a shuffle. One man lowers his rifle, and then a section, and then the lieutenant turns his back on you and walks to the political officer, and the column is a crowd of cold young men who would like to go back to bed.}

Belov's staff car arrives from the district headquarters. Behind it,
green-capped troops of the Dzerzhinsky Division jump down from lorries,
{if fall_commissars_warned: summoned hours ago by the commissars you frightened, | summoned by a police that nobody thought to disarm,} and form a line across the street.

Belov gets out. He is embarrassed, which is something. "Mikhail
Nikolayevich. Your pistol, please. Comrade Voroshilov asks that there be no
scene."

In the Kremlin the Senate building is still lit on the second floor.
They are still up there. They never went to bed.

* (surrender) Hand Belov your pistol, butt first -> end_shot
  He takes it carefully, as one takes a pistol from a man who knows how to
  use it, and gives it to his adjutant without looking. "Thank you," he
  says. "I am sorry, Mikhail Nikolayevich. I really am." He opens the door
  of his own car for you.
* (walk_on) Walk past him, towards your own men -> end_shot
  You walk past him as though he were a lamp-post. Your own men are twenty
  paces away, and then fifteen, and at ten one of them, a boy with frost
  in his eyebrows whose name you ought to know, raises his rifle and points
  it at you, very apologetically, and that is the end of the walk.
* (smolensk) Get out of Moscow: the Central Airfield, an aeroplane, and Uborevich's district -> coup_smolensk
  {if fall_generals_in: You do not look at Belov. You look at Uborevich, who is standing by your car, and he understands at once: he has been waiting all night for somebody to think of it. | You do not look at Belov. You look at your driver, who has kept the engine running all night because the Packard will not start twice in this cold, and he understands at once.}

  "Mikhail Nikolayevich," says Belov. "Your pistol." You get into the car.
  Belov does not stop you. He could; he has the men. But the order he was
  given said nothing about what to do if the Marshal simply drove away, and
  Belov is a man who likes his orders complete.

  The Packard goes out along the Leningrad Chaussée at ninety, past the
  tram depot and the dark dachas{if fall_generals_in:, with Uborevich in the back seat writing on his knee}. At the Central Airfield the duty officer of the Air Force
  squadron is still asleep in his boots, and by the time he is awake
  enough to telephone anybody you are sitting in the gunner's seat of an
  R-5 with your greatcoat buttoned to the chin, and the snow is going past
  below you in the first grey light, and Moscow is behind.

=== coup_senate: The Kremlin, the Senate building
{if seen(coup_storm): You climb the stairs with brick dust on your greatcoat and the boy from Tula still in front of your eyes. | {if seen(coup_faltering): It was the column holding, in the end, that opened the gate. Tkalun watched from the wall as your men closed up behind you, and decided he did not want to be the last man in Moscow loyal to a dead one. | {if seen(coup_gate_shut): Tkalun walks beside you across the courtyard, saying nothing at all, which is the most eloquent thing a commandant can say. | You climb the stairs with Primakov at your shoulder and twenty men behind.}}}
Somebody has scrubbed the landing. The marble is still damp.

The long room. The green baize. {if seen(fall_politburo): The same men as a few hours ago, in the same chairs, with more tea glasses in front of them. | They are all there, {if fall_heard_order: in the order of Poskrebyshev's telephone calls. | as they have been every night for ten years.}} Molotov beside the empty chair. Kaganovich with his sleeves rolled. Kalinin, Ordzhonikidze, Andreyev, Mikoyan, Chubar. Zhdanov and Yezhov at the secretaries' end.
{if coup_lines_cut: Kaganovich has the vertushka receiver in his hand, and is shaking it, and it is dead. | Kaganovich has the vertushka receiver in his hand, and he is talking into it fast; you do not know to whom.}

{if seen(fall_politburo): "You have come back, Comrade Tukhachevsky," says Molotov, without getting up. "The sitting has not been closed. I do not recall that it called for the guard." | "Comrade Tukhachevsky," says Molotov, without getting up. "You were not invited to this sitting."}

Voroshilov {if fall_voroshilov_lulled: half rises with a look of pure relief, as if you had come with your soldiers to protect him from the rest of them. It lasts until he sees Primakov's face. | does not rise. He looks at you the way he looked at you in 1930, when you asked for fifty thousand tanks and he sent your memorandum to Stalin, who called it red militarism.}

Yezhov, very small at the end of the table, has begun quietly to gather
his papers. {if coup_yagoda_car: He stops when Yagoda comes in behind you and stands by the door with his hat in his hand, like a man who has come to read the meter.}

* (arrest_three) Arrest Molotov, Kaganovich and Voroshilov where they sit -> coup_hq
  set voroshilov_arrested = true
  set party_strength %- 20
  set legitimacy %- 10
  set army_loyalty %- 10
  You say their three names, and Primakov's men come in past you into the
  room, and for a moment nobody at the table understands what the names
  were for.

  Kaganovich understands first. He stands up so fast that his chair goes
  over, and starts to shout, about the Central Committee and the Rules and
  what the workers of Moscow will say, and keeps shouting while two
  lieutenants take him by the elbows, as though the noise were a thing he
  could hold the room with. Molotov does not shout. He puts his pince-nez
  in their case and the case in his pocket, and gathers the agenda, and
  asks to be told where he is being taken, so that his wife may be
  informed. Nobody at the table looks at him while he asks it.

  Voroshilov is the last. He does not get up at all. He sits with both
  hands flat on the baize, the medals moving on his chest as he breathes,
  and looks at you, and then at the revolver on his belt, and then at you
  again. A captain of the Proletarian Division unbuckles the belt for him.
  He lets it happen. When they lift him out of the chair he says, to the
  room, "Budyonny will hear of this," and it is the only thing he says.

  Kalinin has his hands over his face. Ordzhonikidze is looking at you {if seen(fall_politburo): as he looked at Molotov at eleven o'clock. | as though he had never seen you before.} The men who are left at the table
  have just learnt what a Politburo seat is worth tonight, and the Party
  has learnt it with them. So has the army. There are officers in your own
  column who served with Voroshilov at Tsaritsyn, and they watch him go
  down the staircase between two lieutenants with faces you will remember.
* Put it to them: let the Politburo vote its own heirs out -> coup_vote
* Ask Voroshilov to step into the anteroom with you -> coup_voroshilov

=== coup_vote: The Kremlin, Stalin's office
-> coup_vote_lost if party_strength >= 70
set legitimacy %+ 15
set party_strength %- 10
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
  They go without protest, each with a lieutenant and a pair of sentries,
  across the courtyard to the flats in the Cavalry Building where they have
  lived for years, and the lights go on in three sets of windows one after
  another. Voroshilov's stays on all night.

=== coup_vote_lost: The Kremlin, Stalin's office
set voroshilov_arrested = true
set legitimacy %- 10
set party_strength %- 10
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
  set army_loyalty %- 10
  He unbuckles the revolver himself and puts it on Poskrebyshev's desk,
  next to the telephones, and then stands there with his hands at his
  sides like a man at the end of a parade who has not been told to
  dismiss. Half the cavalry in the Union has his photograph on the
  barrack-room wall. By the morning some of those photographs will have
  been taken down, and some will have been straightened.
* (figurehead) Offer him the title, the parades and the uniform, without the army -> coup_hq
  set army_loyalty %+ 10
  set party_strength %+ 10
  "Parades," he says. He says it again, as if testing whether it is an
  insult, and decides, visibly, that it is not quite one. "The First of
  May. The Seventh of November." You say yes. He will stand on the
  Mausoleum and take the salute, and the cavalry will ride past him, and
  the orders will come from Frunze Street. He looks at his medals. "All
  right, Misha," he says, very tired. "All right." The sergeants will keep
  his picture on the wall, and the Party men will keep a Politburo member
  in the Kremlin, and each will think it has won something.
* (dacha) Let him go home to his dacha, with his medals and his guard -> coup_hq
  set legitimacy %+ 7
  set party_strength %+ 10
  He goes down the staircase with his own adjutant and his own guard, in
  his own car, to his dacha outside Moscow, the way a People's Commissar goes home after
  a long sitting. Nobody watching from the windows of the Senate building
  could tell that anything had been decided. The Party men at the table
  notice that you let a member of the Politburo keep his liberty, and
  begin, cautiously, to hope for their own.

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
-> coup_lost if army_loyalty < 45 and not fall_generals_in
The duty officer comes in without knocking. "Comrade Marshal. The
Dzerzhinsky Division is out. Lorries, machine guns, two battalions at
least, coming in along the Sadovaya."

Nobody at the Lubyanka gave that order, because nobody at the Lubyanka has
been told whose Lubyanka it is. Somebody in the Kremlin, {if coup_lines_cut: before the exchange went dead, | on a telephone you did not cut,} reached somebody in Yagoda's building, and the police are doing what police do when the army looks uncertain.

Feldman is already on the telephone to the Proletarian Division.
{if army_loyalty >= 60: The colonel at the other end says "Understood" before Feldman has finished. | The colonel at the other end asks for the order in writing.}

* Drive to the Lubyanka now, and cut the order off at its head -> coup_lubyanka
* (bridges) Hold the bridges and the Sadovaya, and let them freeze -> coup_hq
  set nkvd_loyalty %- 20
  set army_loyalty %+ 10
  set standing_abroad %- 10
  Feldman gives the orders by telephone, one bridge at a time: the Big
  Stone Bridge, the Moskvoretsky, the Krymsky, then the crossings of the
  Sadovaya from the Kudrinskaya to the Krasnye Vorota. Kork's cadets go out
  in lorries with their rifles between their knees, and lie down on the
  snow behind the parapets, and wait.

  At twenty below a man lying on stone loses the feeling in his hands in a
  quarter of an hour. The Dzerzhinsky Division's lorries come up the
  Sadovaya at a crawl, headlamps on, and stop at the Kudrinskaya where the
  cadets have pulled a tram across the road; and for forty minutes the two
  lots of young men look at each other across the tram, stamping, their
  breath hanging over them in the lamps, and nobody gives either side the
  order to fire.

  Then, a little before five, a machine gunner of the Dzerzhinsky Division
  who cannot feel his fingers fires one short burst into the air to warm
  them, and the cadets answer it, not into the air. Two men die on the
  Sadovaya, one from each side, and a tram conductress asleep in the depot
  behind the tram wakes up and screams and does not stop.

  After that the lorries turn round. The Dzerzhinsky Division goes back to
  its barracks with its dead under a greatcoat in the last lorry, and by
  morning every Chekist in Moscow knows that the army fired first. The
  correspondents at the Metropol, who heard the shots, will say the same
  in London.

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
  set army_loyalty %+ 10
  set standing_abroad %- 10
  Levitan reads it at ten past four, in the voice that reads the harvest
  figures, and it sounds like one of them: calm, exact, inevitable. The
  army hears itself named as the protector of something, and likes it. The
  embassies, whose wireless men have been listening since midnight, hear a
  military committee named in place of a government, and know exactly what
  to call it.
* (plenum) The Central Committee is convened; the army guards it until it can meet -> coup_hq
  set legitimacy %+ 15
  set party_strength %+ 10
  "The Central Committee of the All-Union Communist Party (Bolsheviks) is
  convened in plenary session," Levitan reads, and pauses, because the
  next words are the ones nobody has written before, "under the protection
  of the Workers' and Peasants' Red Army, until it can meet." Across the
  country men who have been lying awake since the afternoon hear that the
  Party has not been abolished, only guarded, and most of them decide that
  they can live with being guarded. The Party men hear it too, and begin
  to pack for the journey to Moscow.
* (list) Have Levitan read Yezhov's list aloud, with the Boss's pencil note -> coup_hq
  if fall_folder_kept
  set legitimacy %+ 15
  set army_loyalty %+ 10
  set nkvd_loyalty %- 10
  Your adjutant brings the folder from the safe on Frunze Street in a
  despatch case chained to his wrist, and you give Levitan the first page
  and tell him to read it exactly as it is written, margin and all.

  He reads it at a quarter past four. "On the state of the command staff of
  the Red Army." Your name, and the two lines under it, which he cannot
  read aloud and so describes: "underlined twice in blue pencil". Then the
  others, Yakir, Uborevich, Primakov, Putna, Feldman, Eideman, Kork, in the
  same level voice he uses for the names of the Heroes of Labour. And last
  the margin. "Comrade Yezhov. Agreed. Prepare the materials. St."

  He stops there. The studio is silent, except for the clock. Somewhere in
  the Ukraine a colonel who was at Kiev manoeuvres with Yakir last autumn is
  listening in his kitchen with his wife, and saying nothing, and so is
  every officer in the Union who owns a wireless. They have just heard why
  the Marshal moved, in the dead man's own hand, and read by the voice that
  will one day read their obituaries.

  In the Lubyanka, Yezhov's people hear it too. They know now that the
  list is public, and that every man on it is alive and armed.

=== coup_bukharin: Pushkin Square, Izvestia, before dawn
{if fall_bukharin_sounded: Bukharin has been waiting for you. The obituary is gone from page one; in its place a column of white space, ruled round, exactly the size of an appeal. | Bukharin has not been waiting for you. He is still at his desk among the galleys, and when your men come up the stairs he stands, very pale, and puts his hands flat on the table as if to show they are empty.}

"So," he says. "It is the army after all. I used to say the danger was the
Genghis Khan with telephones. I never thought about the telephones." He
laughs, and then stops. "Very well. I am with you, Misha. Not because I like
it. Because it is the only door left open in the house, and I have been
walking round the house for eight years."

{if bukharin_trust >= 55: He has already written a draft, of course. Bukharin always has a draft. | He asks, carefully, what you need him for.}

* (sign) Ask him to sign the appeal on page one -> coup_hq
  set bukharin_trust %+ 10
  set legitimacy %+ 15
  He writes it in twenty minutes, standing at the compositor's stone, and
  signs it "N. Bukharin" in the same hand in which he signed the
  Programme of the Comintern; then, after a moment, he adds "Member of the
  Central Committee", because he is one, and because it is the only title
  he has that nobody gave him tonight. The compositors set it in the type
  they use for decrees. People will read that name at breakfast and think
  that if Bukharin is in it, it cannot be only soldiers.
* (plan) Offer him the economy: Gosplan, the village, the plan -> coup_hq
  set bukharin_trust %+ 20
  set legitimacy %+ 7
  set kirov_trust %- 10
  He stops with his hand on the galley. "Gosplan," he says. "Not a desk at
  Gosplan. Gosplan." You say yes. He sits down on a bale of newsprint as
  though his knees had gone, and laughs, and wipes his eyes with an inky
  thumb, and then he is up again and writing the appeal in a hand that
  races itself. Kirov, when he hears, will ask what the economy was
  promised in return for, and he will hear of it by nine.
* (own) Tell him you will write the appeal yourself. He need only print it -> coup_hq
  set bukharin_trust %- 20
  set army_loyalty %+ 10
  You write it on his desk, with his pencil, while he watches. It is short
  and it is a soldier's text: the Red Army, order, the Central Committee
  to be convened, the enemies of the people. He reads it when you have
  finished, and hands it to the compositor without a word, and the
  compositor sets it under the masthead of a newspaper Bukharin has edited
  for two years. When the proof comes up, Bukharin reads it again, very
  carefully, as a man reads a thing that will be quoted at him, and
  initials it in the margin like a clerk.

=== coup_kirov: Frunze Street, the line to Smolny
The Leningrad line is clearer before dawn. {if kirov_trust >= 60: Kirov picks up on the first ring. "Leningrad is quiet," he says, before you can speak. "Shaposhnikov has kept the district in barracks. Medved has the Leningrad NKVD and he is my friend, not Yagoda's. Tell me what Moscow looks like." | Kirov lets it ring four times. "I have been listening to the Moscow radio, Misha, and it has been very careful to say nothing at all. What have you done? No. Tell me what you are going to do."}

Behind his voice you can hear Smolny waking: boots, doors, a woman
calling for a typist. Leningrad is the city that made the revolution and
then watched Moscow take the credit for it. What Leningrad says at six
o'clock, the provinces will repeat at nine.

* (leningrad_radio) Ask him to speak on Leningrad radio at six -> coup_hq
  set legitimacy %+ 7
  set kirov_trust %+ 10
  He speaks at six, from the studio on Rakov Street, for four minutes and
  without notes. He does not mention you by name; he mentions Lenin, and
  the Leningrad proletariat, and order, and the Central Committee, and the
  provinces hear a voice they know saying that the sky has not fallen.
* (medved) Ask him to have Medved hold the Leningrad NKVD for you -> coup_hq
  set nkvd_loyalty += 5
  Medved comes to the telephone himself, from Kirov's office, in a slow,
  heavy voice. The Leningrad administration of the NKVD will take no
  orders from Moscow until Moscow is clear whose Moscow it is. It is the
  first time in a year that a Chekist of his rank has said no to the
  Lubyanka, and the Lubyanka's men in other cities, hearing of it by noon,
  begin to see that no is a word one may say to it.
* (party_promise) Promise him the Party will not be dissolved -> coup_hq
  set kirov_trust %+ 20
  set party_strength %+ 10
  "Say it again," he says, "so that I can hear it twice." You say it
  again. The Party will not be dissolved. Behind his voice somebody at
  Smolny is already typing it out, and the secretaries of the Leningrad
  committee will be telephoning their districts with it before seven: the
  army holds Moscow, and the Party stands.

=== coup_clique: The Kremlin, the Senate building, before first light
They are brought to Poskrebyshev's anteroom one at a time, because you
want to see their faces and because there is no room in Moscow big enough
to hold them all without it looking like a trial. {if seen(coup_vote): Some of them voted for their own retirement an hour ago, and seem to have believed it.}

Molotov, who asks for his galoshes. Kaganovich, who asks for a telephone.
{if voroshilov_arrested: Voroshilov, between two of Primakov's men, his medals still on. | Voroshilov is not among them.} Yezhov, who asks for nothing and watches everything. Zhdanov. Mekhlis from Pravda. Khrushchev from the Moscow committee, sweating through his embroidered shirt. Poskrebyshev, who telephoned them all in the right order yesterday afternoon and now stands in his own anteroom like a visitor. Beria is in Tiflis, and can wait.

{if yagoda_turned: Yagoda stands behind you with his hands folded, looking at Yezhov. He has been promised a conversation.}

You signed orders at Kronstadt, on the ice, and in Tambov, where the orders mentioned gas; you have never yet signed a death sentence with a man's name on it. Lenin let Martov go abroad and write books. Stalin shot everyone who ever watched him lose an argument. Between the two there is a whole continent, and it is called Siberia. {if coup_tanks: Outside, your tanks are idling on the Manezh, and every man brought into this room has heard them. | Outside it is so quiet that every man brought into this room can hear the anteroom clock.}

* (obscurity) Push them into obscurity: a textile combine, a railway depot, a legation in Mongolia -> coup_dawn
  set legitimacy %+ 7
  set party_strength %+ 10
  You tell them one at a time, as they stand in front of the desk. Each
  man hears where he is going and then, by the look on his face, does the
  sum: not a cell, not a train to Siberia, not a cellar. Khrushchev thanks
  you, and then looks as though he wishes he had not. The Party men in the
  building will have heard by breakfast that the old Politburo was sent to
  work, not to the wall, and will sleep better for it.
* (siberia) Siberia: a special train to Krasnoyarsk before the city wakes -> coup_dawn
  set clique_exiled = true
  set party_strength %- 20
  set army_loyalty %+ 10
  set standing_abroad %- 10
  They are taken down to the courtyard in the order they came up, into
  closed lorries of the Proletarian Division, each with a suitcase that
  someone has packed for him in his flat without asking what to put in.
  Kaganovich demands the telephone to the end. Yezhov asks for nothing,
  still. The officers who load them do it as they would load any freight,
  correctly and with some pride in the loading. The Party, which has lost
  a Politburo before breakfast, will spend the morning working out who is
  left to telephone; and the embassies will work out the rest.
* (tribunal) A tribunal for Yezhov and Mekhlis before it is light; the rest to Siberia -> coup_dawn
  set clique_exiled = true
  set executions += 2
  set party_strength %- 25
  set army_loyalty %+ 10
  set standing_abroad %- 20
  set bukharin_trust %- 20
  The tribunal sits in Poskrebyshev's anteroom, because it is there: three
  officers of the Military Collegium, fetched out of their beds on
  Nikolskaya Street, in their tunics with the collar tabs of the military
  procuracy and their hair uncombed. There is no prosecutor. There is
  Yezhov's folder, which is all the prosecution Yezhov ever needed for
  anybody else, and Mekhlis's editorials, which are worse.

  Yezhov stands before it very straight, a small man in a good suit. He
  listens to the charge, which is the one he drafted for you, with the
  names changed, and he nods once at the end of it, as a craftsman nods
  at a joint well made. Mekhlis talks for ten minutes about his record and
  then begins, unbearably, to quote Stalin.

  It takes thirty-five minutes. Then the presiding officer pushes two
  sheets of paper across the desk, because a sentence of the Military
  Collegium in the new order needs a second signature, and it is yours.

  The pen is Poskrebyshev's, and it is a good one. You sign Yezhov's first
  and then Mekhlis's, "M. Tukhachevsky", twice, in the hand you use for
  orders of the day, and blot them, and the presiding officer takes them
  back as if they might be taken from him.

  They are the first. The paper is lighter than you expected, and that is
  the thing you will remember afterwards, when you have forgotten the
  faces: how light it was.

  Bukharin hears it at Izvestia a quarter of an hour later, from a
  compositor, and puts down the telephone without saying goodbye.

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
for the day, and the days after. {if seen(coup_radio): The radio has told the country what to think of it. | The radio has told the country nothing, and the country has noticed.} In the Kremlin, a table with green baize
is waiting, and the empty chair beside it.

* Drive to the Kremlin. There is a government to make -> troika_founding

// The night half fails, and the Marshal gets out of Moscow (from coup_lost,
// or from a funeral that went wrong): Uborevich's headquarters at Smolensk,
// the railway, Molotov's terms on the Vop. It ends in end_volga (the terms
// taken) or end_red_against_red.

=== coup_smolensk: Smolensk, the headquarters of the Belorussian Military District
{if seen(wait_funeral): The R-5 puts down at Smolensk in the last of the afternoon light on the fourteenth, two hours after the square, with a bullet hole in the fabric of its lower wing that nobody noticed until Vyazma. | The R-5 puts down at Smolensk a little after eight on the morning of the eleventh, skidding on the packed snow of the aerodrome, and the ground crew come running with their mouths open.} {if fall_generals_in or seen(wait_funeral): Uborevich's aeroplane comes in ten minutes behind yours, and he is out of it before its propeller has stopped. | Uborevich is on the aerodrome to meet you. He went home to his district on the night train after the staircase, as a district commander should, and he has had a night and a morning to decide what to do about you; he has decided.} This is his district. He has commanded it for five years from this town, and it shows in the way the sentries straighten when they see whose car has come to meet him.

The headquarters stands on the hill below the cathedral, inside the old walls, which are red brick and six hundred years old and were built to keep out the Poles. From the upper windows you can see the Dnieper, white and flat under the snow, and the railway bridge, and the line running east towards Vyazma and Moscow, empty as far as the eye goes.

Uborevich's staff come in one by one, and he tells each of them the same three sentences, standing at the map with his back to them. Moscow is in the hands of a commission that nobody elected. The Marshal is here. The district will take its orders from its own commander until the Central Committee can meet. Not one of them argues. Two of them, you notice, had their field kit packed before you landed.

{if seen(wait_funeral): The Moscow radio has been playing funeral marches all afternoon, which is appropriate, and has said nothing about the square, which is not. | The Moscow radio has said nothing since six but the weather and the arrangements for the lying-in-state. Nobody in Moscow has yet decided what to call you.}

Across the corridor Rumyantsev, who has run the Party in the Western Region since 1929 and is Uborevich's friend, which is a different thing, has shut himself in an office with the regional chief of the NKVD and a telephone, and both of them are waiting to see which of the two telephones in Smolensk rings first.

* (declare) Speak on the Smolensk radio: the district does not recognise the funeral commission -> coup_rails
  set legitimacy %+ 7
  set west_declared = true
  You speak from the regional radio committee's studio at noon, and the
  district's own transmitter carries it to every garrison from Vitebsk to
  Bryansk. The district does not recognise the funeral commission. The
  district awaits the Central Committee. The district's frontier troops
  remain at their posts facing west, and the Polish General Staff is
  invited to observe that they do.

  By two o'clock there are telegrams from Vitebsk, from Bobruisk, from
  Gomel, all saying the same thing in the same words, which is how you
  know that Uborevich wrote them before you landed.
* (rumyantsev) Arrest Rumyantsev and the regional NKVD before either telephone rings -> coup_rails
  set nkvd_loyalty %- 20
  set party_strength %- 10
  Rumyantsev is a big, tired man in a Party tunic, and when the door opens
  he is actually holding the receiver, and puts it down as if it had
  burned him. The NKVD chief tries to leave by the other door and finds
  Uborevich's adjutant leaning on it. Neither of them resists. They are
  taken down to the district guardroom, where the stove is lit, and sit
  side by side on a bench like two men waiting for a train that neither
  of them much wants to catch. Smolensk is quiet after that; and the
  Lubyanka, which has just lost a province, will not forget how.
* (kiev) Telephone Kiev: Yakir's staff, and the Ukrainian district -> coup_rails
  set army_loyalty %+ 10
  set west_kiev = true
  Yakir did not get out of Moscow. His chief of staff in Kiev knows it
  already, and comes to the line sounding like a man standing to attention
  in his own kitchen. He will not take orders from a commander under
  arrest, he says, and he will not take them from the funeral commission
  either; and between the two he will keep the Ukrainian district in its
  barracks and its trains in their sidings. It is not an alliance. It is
  the largest military district in the Union refusing to march against
  you, and by the evening every officer from Kiev to Odessa knows that it
  has refused.

=== coup_rails: The Moscow-Smolensk railway
The war, if it is one, is fought by railwaymen. At every station between Moscow and the Dnieper there is a stationmaster with a telegraph key, and each of them must decide, with his own hand on his own points, whose trains to let through.

Belov's trains come west out of the Belorussian Station {if seen(wait_funeral): on the morning of the fifteenth: the Proletarian Division, which halted for you on the square the day before, | {if fall_generals_in: on the morning of the twelfth: the Proletarian Division, which marched for you the night before last, | on the morning of the twelfth: the Proletarian Division, which nobody ever asked to march for you,}} in closed goods wagons with the doors bolted from outside, so that nobody can see which regiments they are or ask them which side they are on. Uborevich's trains go east to meet them. They stop, by common consent and without a shot fired, on either side of the railway bridge over the Vop, east of Yartsevo, and the two armies look at each other across a hundred metres of frozen river.

{if seen(wait_funeral): On the first evening the Moscow radio reads a decree of the funeral commission about the events on Red Square, in which your name comes after six words for what you are. | On the first evening the Moscow radio finds its voice. It is Levitan's, and it reads, in the tone he keeps for the harvest, a decree of the funeral commission: M. N. Tukhachevsky and I. P. Uborevich, formerly commanders of the Workers' and Peasants' Red Army, are traitors to the motherland in the pay of foreign intelligence services, and outside the law. The men in the signal tent listen to the end, and look at the Marshal who is outside the law, and go back to their work.}

{if west_declared: Your own broadcast goes out from Smolensk every three hours, and the railwaymen at Yartsevo have been heard to whistle it. | Smolensk has said nothing on the radio, and the railwaymen, who listen to both sides, notice which side is not talking.} {if west_kiev: From Kiev, nothing moves: Yakir's district keeps its trains in the sidings, and the funeral commission, which had counted on them, has to count again.} The Polish military attaché in Moscow has asked for a railway pass to Smolensk, "for his wife's health".

On the second day a locomotive comes over the bridge from the east with one carriage behind it and a white flag on the boiler, and stops in the middle of the river.

* (hold) Stay where you are, on the west bank, and let them come to you -> coup_terms
  You let it wait an hour on the bridge, in the wind, to show that you can.
  Then you send Uborevich's adjutant to walk out along the sleepers to it,
  and he comes back with a visiting card in a gloved hand.
* (cross) Take the bridge: move the first train across, and dare Belov to fire -> coup_terms
  set army_loyalty %+ 10
  set standing_abroad %- 10
  set west_advanced = true
  Your first train goes over the bridge at walking pace, pushing the white
  flag's engine ahead of it, and stops on the east bank forty metres from
  Belov's sentries. Nobody fires. Belov's men look at the armoured wagon
  and at the faces in its loopholes, which are the faces of men from the
  same army with the same collar tabs. Then a sergeant leans out of a
  loophole and offers one of them a cigarette, and the other takes it, and
  the officers on both sides pretend not to have seen. The photograph is
  in the Paris papers two days later.
* (demolition) Mine the bridge, and tell Moscow the west is closed -> coup_terms
  set legitimacy %- 10
  set west_bridge_mined = true
  The sappers work all night on the girders with their hands wrapped in
  rags. By the morning there are two hundred kilos of explosive under the
  centre span, and a wire running back to a hut on the west bank where a
  lieutenant sits with the plunger between his knees. You let Moscow know.
  Moscow understands: there is a country west of the Vop now, with a
  frontier and a wire, and it is yours for as long as you hold the plunger.

=== coup_terms: The bridge over the Vop, a saloon carriage
The envoy is Mikoyan. Of course it is Mikoyan: the Armenian who has been on the winning side of every vote in the Politburo since 1926, and who has the gift, rare in that room, of being liked by the men he has voted against. He receives you in the saloon carriage with tea already poured, a fur hat on the seat beside him, and his moustache very neatly trimmed for a man who has spent the night on a train.

"Mikhail Nikolayevich. Sit down. It is cold, and we are too old for this." He is forty. "Let me tell you what Vyacheslav Mikhailovich can give. Then you will tell me that it is not enough, and then we shall see."

It is not little. An amnesty for every officer below the rank of corps commander who obeyed your orders, to be published in Pravda. Uborevich to the Central Asian district, far from anything. A plenum of the Central Committee in March, as the Rules require; {if fall_letter: your own letter to the Central Committee, which Molotov has read, to be put on its agenda "for discussion"; | your grievances, if you will put them on paper, to be put on its agenda;} and nobody in Moscow to use the word traitor again. For you, the Volga Military District, with its headquarters at Kuibyshev, and your rank, and your pension. {if west_bridge_mined: "And take the wire off that bridge, Misha, for the love of God. I had to cross it."}

"It is a good offer," Mikoyan says. "Molotov did not want to make it. I made him. You have, what, six divisions? Belov has nine, and the railways, and the Party. Kiev is sitting on its hands. Leningrad is answering nobody. In a week the Poles will be asking whether you need help, and then you are finished whatever happens." He drinks his tea. "Take it. Go to the Volga. Grow old. There are worse fates in this country, and I have seen most of them."

{if west_kiev and west_declared: Behind you on the west bank, Uborevich has his six divisions, the Kiev district will not march against you, and every garrison from Vitebsk to Bryansk has heard your voice on the radio. That is not little either. | Behind you on the west bank, Uborevich has six divisions and a telegraph, and is waiting for you to tell him which of them to use.}

* (accept) Accept. The lieutenants are amnestied, and you go to the Volga -> wait_kuibyshev
  You say yes. Mikoyan closes his eyes for a moment and opens them, and
  pours you a second glass, which he has not done until now. Uborevich,
  when you tell him on the west bank, salutes you very correctly and goes
  to tell his officers that they are amnestied. He does not ask what you
  were given. He can see it.
* (refuse) Refuse. Send Mikoyan back across the river with nothing -> end_red_against_red
  set standing_abroad %- 10
  Mikoyan hears it without surprise. He puts on his fur hat, carefully, so
  as not to crush it, shakes your hand, and says, "I liked you, Misha. I
  want you to know that I said so." His locomotive backs away over the
  bridge to the east, whistling, as if it were any train.

// Sleep on it: the night passes, and nothing happens in it. The morning of
// 11 February, Voroshilov's offer of the Volga district, the lying-in-state
// in the Hall of Columns, and the funeral on Red Square, where the Marshal
// may strike at last (troika_founding), fail (coup_smolensk), or let it pass
// (end_volga).

=== wait_morning: The House on the Embankment, 11 February 1936
You wake at seven, in the dark, to the smell of Nina's tea. You slept. It seems to you the most remarkable thing you have done in a week.

Pravda is on the table, with a black border round the front page an inch wide. {if seen(fall_communique): Under the portrait, the communiqué you read on the teleprinter tape last night, with its commission and its unity and vigilance, set now in type that makes it look as if it had always been there. | Under the portrait, the communiqué: a funeral commission, Comrade Molotov chairman, Comrades Kaganovich, Voroshilov, Kalinin, Yezhov, Khrushchev; and a call to the Party and the people for unity and vigilance.} On page two, Voroshilov's order of the day to the Red Army, which was read in every barracks at reveille, and which the Red Army, at reveille, heard with a cough.

The telephone rings at half past seven. It is not Feldman. It is Feldman's wife, whom you have met twice at dinners, and who is speaking very quietly and very fast. They came back at six with a second order, and found the right drawer. They have taken Boris Mironovich to Staraya Square "for a conversation". They let him put on his coat.

You stand at the window with the receiver in your hand. Across the river the Kremlin is the colour of wet slate, and the red flag on the Senate dome hangs at half mast in no wind at all. At eleven Voroshilov expects you on Frunze Street: his adjutant rang at six, Nina says, and she told him you were asleep, which was true.

* (yakir) Telephone Yakir at the Moskva Hotel: nothing in writing, but Kiev and Smolensk are to be ready -> wait_voroshilov
  set wait_generals_warned = true
  set army_loyalty %+ 10
  Yakir picks up at the first ring. He has been up for hours; so has
  Uborevich, who is in the room with him. You say very little, because the
  Moskva Hotel's switchboard is the Lubyanka's switchboard, and they say
  less. But when you put the receiver down you know that two district
  staffs will be working on Sunday without knowing why, and that the two
  men who matter most in the army have been asked, and have not refused.
* (feldman) Drive to Staraya Square first, and ask for Feldman -> wait_voroshilov
  set party_strength %+ 10
  set wait_asked_for_feldman = true
  The Central Committee building on Staraya Square is a grey cliff of a
  place with a commissionaire at the door who has been there since before
  the revolution. You ask for Feldman. A young man from the Department of
  Leading Party Organs comes down in his shirtsleeves and is very sorry:
  Comrade Feldman is assisting the Central Committee with a review of the
  personnel files, and cannot be disturbed, and the Marshal is of course
  welcome to wait. You do not wait. But the young man watches you go, and
  goes up to tell somebody that the Marshal came in person, and by eleven
  every desk in the building knows that Tukhachevsky was frightened enough
  to come and ask.
* (nina) Sit down, and tell Nina all of it -> wait_voroshilov
  set wait_told_nina = true
  She listens with her hands round the glass and does not interrupt. When
  you have finished she says, "So you did nothing," and you say yes, and
  she says, "Good," and then, after a moment, "I do not know if it is
  good." She goes to the workbench and picks up the violin and looks at
  the unvarnished belly of it as if it were a patient. "Finish this one
  first," she says. "Whatever you do. I want one of them finished."

=== wait_voroshilov: Frunze Street, the People's Commissar's office, 11 February 1936
Voroshilov's office is on the floor above yours, and twice the size: a Turkish carpet, a bust of Lenin, a painting of the First Cavalry Army coming over a hill, and, behind the desk, the biggest portrait of Stalin in the building, which somebody has hung with black crêpe this morning and not quite straight.

Voroshilov is behind the desk. He has slept, and shaved, and he is in his full uniform with all the medals, like a man who means to be photographed. Belov sits by the window with his cap on his knee. In the corner, in the low chair, with his feet not quite reaching the floor, is Yezhov, with a notebook.

{if fall_voroshilov_lulled: "Misha." Voroshilov comes round the desk to take your hand in both of his. "Sit down. You look terrible. Did you sleep? I did not sleep." | "Sit down, Mikhail Nikolayevich," Voroshilov says, and does not get up.}

It is a proposal, and it is made kindly. The army has had a shock. The Party has had a shock. Everybody has had a shock. What the country needs now is calm and what the army needs is its best commanders where they are most useful, and the Volga Military District, Voroshilov says, is a very important district: ten divisions, the rivers, the railways to the east, the reserve of the whole western front in a war. It needs a commander of the first rank. It needs you. You will leave after the funeral, on the seventeenth. Nina will have a house on the river.

"It is not a punishment," Belov says from the window, which is how you know that it is.

Yezhov says only one thing, at the end, mildly, looking at his notebook. {if fall_saw_folder: "Comrade Tukhachevsky. You were on the staircase yesterday. You did not by chance see a red folder? A small thing. It has been mislaid." | {if seen(fall_folder): "Comrade Tukhachevsky. You were on the staircase yesterday. A folder of mine went missing there. It does not matter. There are always copies." | "Comrade Tukhachevsky. I have been reading about you," and he smiles, as a clerk smiles at a file.}}

* (accept_volga) "I will go to the Volga, Klim." -> wait_hall
  set wait_volga_accepted = true
  set fall_voroshilov_lulled = true
  Voroshilov lets out his breath and beams, and Belov looks at his cap.
  "I told them," Voroshilov says. "I told them you would see it. Misha is a
  soldier, I said." Yezhov writes something down. You will stand in the
  guard of honour at the coffin tomorrow, with the other Marshals, so that
  the country can see the army is united; and on the seventeenth you will
  take the train from the Kazan Station, and that will be that.
* (time) "After the funeral, Klim. Let me bury him first." -> wait_hall
  Voroshilov frowns, because it is not yes, and then nods, because it is
  not no. "After the funeral," he agrees. "We will all bury him first."
  Yezhov looks up from his notebook at that, briefly, as though the phrase
  had interested him.
* (refuse_volga) "Put it to the Military Council. I will not be sent to Kuibyshev by a funeral commission." -> wait_hall
  set wait_volga_refused = true
  set army_loyalty %+ 10
  set party_strength %+ 10
  Voroshilov goes red. Belov gets up from the window. For a moment you
  think that it will be done now, in this room, with Belov's men in the
  corridor; and then Voroshilov, who has never in his life done a thing
  without being told to, sits down again and says that the Military
  Council will consider it after the funeral. Yezhov writes a long line in
  his notebook. On the way downstairs a major you have never met holds a
  door for you and says, under his breath, "Good," which the army will be
  saying about it by dinner; and the Party men on Staraya Square, when
  they hear, will decide that the Marshal has given them their reason.

=== wait_hall: The House of the Unions, the Hall of Columns, 12 February 1936
He lies in the Hall of Columns, where Lenin lay in 1924, among the white pillars and the chandeliers wrapped in black gauze, on a bank of palms and wreaths so high that from the door he can hardly be seen at all. An orchestra at the far end plays Chopin and then Beethoven and then Chopin again. The queue to pass him began at dawn at the Okhotny Ryad and goes back, the militia say, beyond the Trubnaya Square, in twenty degrees of frost, and the people in it do not speak.

The guard of honour changes every five minutes: four men at the corners of the bier, arms at their sides, faces to the front. {if wait_volga_accepted: You take your turn at the head, with Budyonny on your left, as you were asked, so that the country can see the army united; a newsreel camera on the gallery turns for it. | You take your turn at the head with Budyonny on your left. Nobody asked you to; nobody dared to refuse you.} From there you can see the face. They have done something to it with wax and rouge, and it looks like a better man's.

Kirov came down on the Arrow yesterday morning {if fall_kirov_warned: because you telephoned him, | on nobody's invitation,} and has stood his turn at the bier twice, with his fists clenched at his sides like a man holding two buckets. After the second he finds you in the side room where the guard waits, among the overcoats.

"I have been to see Molotov," he says. "He offered me a seat on the funeral commission. The seventh seat, after Khrushchev." He laughs, not loudly; this is a house of mourning. "They think they have the Party because they have its chairs. They have nothing, Misha. They have a stamp."

Uborevich is waiting by the door with the plan of the funeral in his pocket: the order of march for the fourteenth, which the Moscow district drew up, and which he has read with the care of a man reading an enemy's. The coffin on a gun carriage from here to Red Square. The Politburo on the tribune of the Mausoleum, together, with their backs to the Kremlin wall, for an hour. The garrison marching past them in review: the Proletarian Division, the Academy, the tank battalion from Lefortovo, {if wait_generals_warned: and behind them the two composite regiments Yakir and Uborevich have been told to bring from Kiev and Smolensk "to represent the districts". | and, somewhere on the edge of the square, the Dzerzhinsky Division in its green caps.}

"One hour," Uborevich says. "All of them in one place, in the open, and the army walking past them with rifles. There will never be another hour like it, not in our lives."

* (kirov_ally) Tell Kirov what Uborevich means to do, and ask him to stand with you on the tribune -> wait_decide
  set kirov_trust %+ 20
  set wait_kirov_told = true
  He hears it among the overcoats, with his back to the door. When you
  have finished he is quiet for a while, long enough for the orchestra to
  get to the end of a phrase. "On the tribune," he says at last. "Beside
  Molotov. While it is done." He looks at you. "I will stand there. I will
  not lift a hand for you and I will not lift one against you. And when it
  is over, if it is over, I will speak, and I will say that the Party was
  not arrested, only its commission." He puts on his cap. "That is the
  most you are going to get from me, and it is a great deal more than they
  offered."
* (kirov_spare) Say nothing to Kirov. Let him go back to Leningrad clean -> wait_decide
  set kirov_trust %- 10
  You talk about the cold and the queue, and he knows that you are not
  saying something, and lets you not say it. He is going back to Leningrad
  on the night train after the funeral. He hopes, he says, to see you in
  Leningrad in the summer. He sounds as though he means it, and as though
  he has begun to doubt that you will be anywhere in the summer.
* (route) Walk the route with Uborevich: the Okhotny Ryad, the Historical Museum, the square -> wait_decide
  set army_loyalty %+ 10
  set wait_route_walked = true
  You walk it in your greatcoats in the late afternoon, two Marshals of
  the Soviet Union taking the air, along the way the gun carriage will
  go. Uborevich counts his paces aloud under his breath. At the corner of
  the Historical Museum he stops and looks at the Mausoleum across the
  square, low and dark red against the wall, with its tribune on top like
  a pulpit. "A hundred and sixty metres," he says. "Forty seconds at the
  double. The Kremlin guard on the tribune is twelve men." The sentries at
  the Spassky Gate salute you both. Their officers will say afterwards
  that the Marshals seemed in good spirits.

=== wait_decide: The House of the Unions, the night of 13 February 1936
At night the hall is closed for an hour while the floor is washed, and the dead man lies alone among his palms with a single sentry at each corner and the orchestra's chairs stacked against the wall. You stand in the doorway and look at him. There is nobody else to look at.

{if wait_volga_accepted: In your pocket is the travel order for the seventeenth, with Belov's signature on it: a saloon car, the Kazan Station, eleven at night. | {if wait_volga_refused: On your desk on Frunze Street is a note from the Military Council, which will "consider the question of Comrade Tukhachevsky's posting" on the eighteenth. You know what the Military Council is for. | The Volga district is still waiting for your answer, and Voroshilov has stopped asking for it, which is worse.}} {if wait_asked_for_feldman: Feldman has not come home. His wife has stopped telephoning. | Feldman has been at Staraya Square for three days. On the second day he was allowed to send out for clean shirts.}

{if wait_kirov_told: Kirov knows. Tomorrow he will be on the tribune, beside Molotov, with his hands at his sides.} {if wait_route_walked: Uborevich has written out the timings on the back of a concert programme from the Bolshoi: forty seconds at the double.} {if wait_generals_warned: The two composite regiments from Kiev and Smolensk came in on the evening trains and are billeted in the Khamovniki barracks, three kilometres from the square.}

Tomorrow at noon the factory sirens will sound all over Moscow for three minutes, and the guns will fire from the Tainitsky garden, and the country will stop. After that it will start again, one way or the other.

* (strike) Tell Uborevich yes: the funeral -> wait_funeral
  Uborevich takes the concert programme out of his pocket, looks at it
  once more, and tears it up into small pieces and puts them in the stove
  in the guard room, one at a time. "Then I will see you on the square,"
  he says. "Wear your medals. It is a funeral."
* (strike_yagoda) Tell Uborevich yes, and send Yagoda word that the Dzerzhinsky Division stays in barracks on the fourteenth -> wait_funeral
  if fall_yagoda_sounded or nkvd_loyalty >= 35 else "Yagoda has no reason to answer a note from you."
  set wait_yagoda_warned = true
  set nkvd_loyalty += 5
  The note is four lines, unsigned, in an envelope addressed to the People's
  Commissar's flat. The answer comes back within the hour by the same
  driver, in green ink: a funeral is a solemn occasion, and the Division
  will mourn in its barracks. Nothing else. Uborevich reads it twice and
  says that it is the most honest thing Yagoda has written in ten years.
* (kuibyshev) Keep your word to Voroshilov. Let him be buried, and take the train to the Volga -> wait_kuibyshev
  if wait_volga_accepted
  set wait_stood_down = true
  Uborevich does not argue. He has served with you since Tambov, and he can see it
  in your face before you say it. "Then I will go back to Smolensk," he says,
  "and wait for them there," and he says it quite cheerfully, as a man
  says a thing he has already thought through to the end.

  At noon the next day you stand on the tribune of the Mausoleum, in the
  second row, behind Voroshilov, and the Proletarian Division marches past
  beneath you with its rifles at the slope, and its officers look up, as
  they pass, at you.

=== wait_funeral: Red Square, 14 February 1936, noon
The sirens begin at noon exactly, all over the city at once, from the factories of the Zamoskvorechye to the railway yards, one long note without a beginning, and Red Square, which is black with people from the Historical Museum to St Basil's, stops breathing to listen to it.

The gun carriage stands before the Mausoleum with the coffin on it under a red cloth. On the tribune above it the funeral commission: Molotov in the middle, Kaganovich and Voroshilov at his shoulders, Kalinin, Yezhov, Khrushchev; {if wait_kirov_told: Kirov at the end, with his hands at his sides. | Kirov at the end, with his hat in his hand.} You are on the tribune too, in the second row, among the Marshals, which is where the order of march put you. Budyonny is beside you, weeping into his moustache. From the Tainitsky garden the guns fire their salute, and the pigeons go up off the Kremlin wall in a single grey sheet.

Then the parade. The Proletarian Division first, in greatcoats, rifles at the slope, bayonets fixed, the column sixteen files wide, coming up from the Historical Museum at the slow step. Uborevich is at the head of the Academy's battalion behind it. He does not look up at the tribune. He looks at his watch.

{if wait_generals_warned: Behind the Academy come the composite regiments from Kiev and Smolensk, with their own officers. | Behind the Academy the tank battalion from Lefortovo, its engines idling, the crews standing in the turrets.} At the edge of the square, behind the crowd, the Dzerzhinsky Division's green caps line the Nikolskaya and the Ilyinka, as they line every parade. {if fall_yagoda_sounded or wait_yagoda_warned: Yagoda is on the tribune, at the far end. He has not looked at you once all morning. That may mean anything. | Their officers are watching the tribune, not the parade.}

The head of the Proletarian Division's column comes level with the Mausoleum, and you feel it before you see it: the column is slowing.

* (tribune) Go down the tribune steps yourself, and give the order to the column in front of the whole square
  if army_loyalty >= 50 or wait_kirov_told else "The column would not halt for you, and the square would watch it not halt."
  set standing_abroad %- 20
  You go down the steps of the Mausoleum in front of a hundred thousand
  people, with your medals on, and nobody stops you, because nobody on a
  funeral tribune has ever been stopped on the steps. At the bottom you
  raise your hand, and the colonel of the Proletarian Division, who has
  been waiting for it since six, halts his column with one word.

  if fall_yagoda_sounded or wait_yagoda_warned or wait_kirov_told or wait_generals_warned or army_loyalty >= 65:
    set legitimacy %+ 7
    It is done in the open, at the slow step, in front of everyone. The
    twelve men of the Kremlin guard on the tribune find sixty bayonets at
    the foot of the steps and the Academy's officers coming up them at the
    double, and the senior of them, after one look at the square, orders
    his men to ground arms. Molotov does not move. Kaganovich tries to get
    down the back stairs into the Mausoleum and finds the dead man's guard
    in the way. Voroshilov looks down at you at the foot of the steps as a
    man looks down a well.

    The square sees all of it. It does not cheer and it does not run. It
    stands in the cold in its hundred thousands and watches the army take
    the tribune, and that night the correspondents cable the whole of it
    to London and Paris and New York: the Marshal who arrested the
    government at the funeral, in front of the coffin.
    -> wait_seized
  else:
    The column halts. For three seconds it is the only thing moving on the
    square, and then it is not: along the Nikolskaya the green caps of the
    Dzerzhinsky Division come through the crowd at the run, rifles high,
    and the crowd, which has stood silent since dawn, breaks in every
    direction at once with a noise like surf. Somebody on the tribune is
    shouting orders into a microphone, and the loudspeakers on the GUM
    facade carry Kaganovich's voice across the whole square.

    Uborevich has you by the arm. The Academy's officers close round the
    two of you and go through the crowd towards the arcades of the GUM like
    a wedge through timber, and behind you the first shots go off, over
    everybody's heads, and then not over them. Your car is where Uborevich
    left it, in a courtyard off the Ilyinka. By the time the funeral
    commission has been taken down off the tribune into the Kremlin, you are
    on the Leningrad Chaussée going to the Central Airfield at ninety, with
    your medals in your pocket.
    -> coup_smolensk
* (spassky) Leave them on the tribune. Take the Kremlin behind their backs, through the Spassky Gate
  if army_loyalty >= 45 else "Without the army's loyalty, the gate would shut on you."
  set legitimacy %- 10
  set standing_abroad %- 10
  While the square watches the parade, the Academy's second battalion
  peels off the end of the column at the Spassky tower as though it had
  lost its way, and goes in under the clock at the double.

  if fall_yagoda_sounded or wait_yagoda_warned or wait_kirov_told or wait_generals_warned or army_loyalty >= 65:
    The Kremlin is empty: everybody who matters is on the tribune outside
    its wall. By the time the Proletarian Division has finished its march
    past, the Senate building, the exchange and the Arsenal are yours, and
    Tkalun is sitting in his own office with an officer of the Academy on
    the other side of his desk.

    When the funeral commission comes down from the tribune at a quarter to
    one, to walk back through the Spassky Gate to its offices as it always
    does, the gate is open, and the officers in it are yours, and there is
    nowhere else for the commission to go.
    -> wait_seized
  else:
    Tkalun has been warned. Of course he has: Belov has been watching you
    for three days. The inner gate under the tower is shut, and the
    battalion piles up in the passage under the clock, a hundred men in a
    stone tube with a machine gun at the far end, and their officer, very
    sensibly, surrenders it before anybody fires.

    On the tribune Molotov turns his head and looks along the second row
    at you, once, without any expression at all. Belov is already coming
    along the row. Uborevich reaches you first: "Now, Misha. Now, or in a
    cellar." You go down the back of the tribune into the crowd with him,
    and the crowd, which does not know what it has seen, lets you through,
    and a car that Uborevich has kept waiting all morning off the Ilyinka
    takes you to the Central Airfield at ninety.
    -> coup_smolensk
* (let_pass) Let the column pass. Stand on the tribune, and take the Volga train on the seventeenth -> wait_kuibyshev
  set wait_stood_down = true
  You do not move. The column slows, and does not stop, and Uborevich,
  looking up at last, sees you standing in the second row with your hands
  at your sides, and understands. The Proletarian Division marches past at
  the slow step and out by St Basil's. Nothing happens. It is the largest
  thing you have ever done.

=== wait_seized: Red Square, 14 February 1936, afternoon
set voroshilov_arrested = true
set coup_at_funeral = true
if fall_yagoda_sounded or wait_yagoda_warned:
  set yagoda_turned = true
The Dzerzhinsky Division does not move. Its officers watched the tribune, as they were told, and saw the army on it, and nobody told them anything more. {if fall_yagoda_sounded or wait_yagoda_warned: At half past twelve Yagoda comes down the tribune steps by himself, takes off his hat to you, and says that the Division will be returning to barracks. He asks whether the Marshal would like a car. | From the Lubyanka, behind its wall of green caps, there is only silence.}

The commission is taken across the square to the Senate building on foot, between two files of the Academy's officers, through a crowd that parts for it without a sound. Molotov walks in front, very upright. Kaganovich is talking. Voroshilov walks as if his boots were too heavy for him, and once he looks round at the coffin on its gun carriage, still standing before the Mausoleum with its escort at attention, because nobody has given the escort any other order.

{if wait_kirov_told: Kirov keeps his word. At four o'clock he speaks on the radio from the Kremlin, and says that the Party was not arrested, only its commission. | Kirov goes back to his hotel, and is not seen again that day.}

The dead man is buried at dusk beside the Kremlin wall, near Sverdlov and Frunze, by a company of the Proletarian Division, with a volley and without speeches. At seven the prisoners are brought up to Poskrebyshev's anteroom, and you must say what is to become of them.

* (obscurity) Obscurity: a textile combine, a railway depot, a legation in Mongolia -> troika_founding
  set party_strength %+ 10
  They hear it standing, one at a time, in the anteroom, in their funeral
  clothes. Molotov asks to be allowed to attend the burial, and is told it
  is over. It is the only time in the afternoon his face changes.
* (siberia) Siberia: a special train before the city has finished mourning -> troika_founding
  set clique_exiled = true
  set party_strength %- 20
  set standing_abroad %- 10
  The special train leaves the Yaroslavsky station at six with its
  blinds down and its carriages still hung with the black crêpe of the
  funeral, because nobody thought to take it off. The Party will remember
  the crêpe longer than anything you say.

=== wait_kuibyshev: Kuibyshev, the headquarters of the Volga Military District, 1936
{if seen(coup_terms): Mikoyan's terms are printed in Pravda on the twentieth of February under a headline about the magnanimity of the Party, and they are kept, to the letter, for the lieutenants. Uborevich goes to inspect cavalry in Central Asia. You are given the Volga district, as promised, and the train from the Kazan Station, and a lieutenant of the NKVD in the next compartment, who is there, he explains, for your comfort. | The train for Kuibyshev leaves the Kazan Station at eleven at night on the seventeenth of February, with a saloon car for the new commander of the Volga Military District, and Nina, and the violin in its case, and a lieutenant of the NKVD in the next compartment, who is there, he explains, for your comfort. {if wait_stood_down: Uborevich comes to see you off, which is brave of him, and Voroshilov sends flowers for Nina, which is not.}}

Kuibyshev is a long town on a high bank, with the Volga a mile wide beneath it and frozen until April, and the district headquarters is a merchant's house with a tiled stove in every room. You have ten divisions on paper and six in fact, and the work is real work: the rivers, the railways, the reserves for a war that will come from the west and be decided, you still believe, in the east. You write memoranda on tanks. They are acknowledged. {if wait_told_nina: Nina, who knew from the first morning what you had decided not to do, and has never once reproached you with it, makes the merchant's house into a home in a fortnight.}

Moscow governs without you. Molotov chairs the Council; Kaganovich digs his metro further; Voroshilov takes the parades. {if seen(coup_terms): The Party, which was frightened for a week, recovers its nerve by the summer and its habits by the autumn. | {if seen(wait_funeral): The Party, which was frightened for one afternoon on Red Square, recovers its nerve by the summer and its habits by the autumn. | The Party, which was never given anything to be frightened of, does not even have to recover its nerve.}} And Yezhov, who is a methodical man, goes on with what he had begun.

In September the names begin to come up the river, not in the newspapers. Putna is recalled from London, and does not arrive. Primakov is arrested in Leningrad, in his shirtsleeves, at the district staff. {if wait_asked_for_feldman: Feldman, who was never let out of Staraya Square, is said to be helping the investigation. | Feldman, whom they let go in February with an apology, is taken again in October, and this time there is no apology.} The lieutenant in the next compartment has become a major in the next office, and has stopped pretending to be there for your comfort.

* (volga_work) Work. Make the Volga district the best in the army, and give them nothing to find -> end_volga
  set volga_work = true
  You train the district as you trained the Western Front in 1924: winter
  exercises on the frozen river, a tank brigade brought up to strength out
  of nothing, the first parachute drop ever made over the Volga, which the
  whole of Kuibyshev comes out to see. The inspectors from Moscow write
  that the district is in excellent order. They write it in their reports,
  and the reports go to Yezhov.
* (volga_letters) Write to Kirov, and to Yakir. Somebody must know what is being prepared -> end_volga
  set volga_letters = true
  You write two letters in your own hand and send them by an officer going
  on leave, not by the post. Kirov's comes back unopened a month later,
  through the same officer, with a note from Kirov's secretary: the
  Secretary does not correspond with commanders on military matters.
  Yakir's does not come back at all.
* (volga_papers) Put your affairs in order. Burn what must be burned, and finish the violin -> end_volga
  set volga_papers = true
  You burn your notebooks in the tiled stove in the study, one winter
  evening, a year's thinking about tanks and the next war. Nina sits with
  you. Then you take the violin out of its case, the one that was on the
  workbench by the window on the night of the staircase, and cut the
  bridge at last, and string it, and she varnishes it in the spring in the
  window over the river. You play it badly, and she listens well.

=== ending end_volga: The Volga District
They come for you on the twenty-second of May 1937, in Kuibyshev, in the evening, while you are writing a report on the river crossings. You know one of the men; he served under you. There is a conference in Moscow which you must attend at once. You attend it at once.

{if volga_work: The excellent order of the Volga district is the first charge: a conspirator, the indictment says, prepares his forces. | {if volga_letters: Your letters are the first exhibit. The officer who carried them went on his leave by way of the Lubyanka, and Yakir, arrested a week after you, is shown the one you wrote to him. | The burnt notebooks are the first charge: an honest commander, the investigator says, has nothing to burn.}}

The rest takes three weeks, and is done by the book: a confession in a hand that is yours and not yours, with brown spots on the last page; a court of Marshals and army commanders, some of whom you taught, and Belov among them, who {if seen(coup_terms): once asked you for your pistol in a Moscow street; | once told you from a window that it was not a punishment;} a sentence on the eleventh of June, and in the first hours of the twelfth, a cellar. {if volga_papers: The violin is taken from the flat in Kuibyshev with the rest of your property and listed in the inventory as "violin, home-made, one".}

{if seen(fall_folder) or seen(fall_yagoda.show): The dead man's margin had said: prepare the materials. It turned out that nobody had needed the dead man to do it. | The man on the staircase had been dead for sixteen months. It turned out that nobody had needed him.}
