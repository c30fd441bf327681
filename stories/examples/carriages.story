// Included by main.story: the train itself.

=== corridor: The train, after midnight
set nerve -= 5
-> inspection if suspicion > 30 and chance(50)
The corridor smells of coal and oranges. {shuffle: A child sleeps on a suitcase. | Two officers argue over cards. | Someone is singing in Georgian.}

{once: You find your compartment at last. | You walk the corridor again.}
{if seen(dining.officer): You keep your back to the dining car.}

* Sit in your compartment until Moscow -> arrival
  -> conductor ->
  You sit until Moscow.
* Look for the dining car -> dining
+ Count the stations -> corridor
  if visits(corridor) < 3
otherwise
  The train does not stop again before Moscow.
  -> arrival

=== dining: The dining car
The waiter brings tea {cycle: in a glass holder | without a glass holder}.
You have been here {visits(dining)} time{if visits(dining) > 1: s}.
{if seen(porter): The porter from the station is at the next table. | }

// A conversation: each question goes once, then back to the table.
label table
* (officer) Sit with the officer by the window
  He is going to Moscow too, and asks where you are from.
  * Tell him the truth
    set suspicion += 10
    ask alias "What name do you give him?" max 30
    if alias == "Anna Petrovna":
      "{alias}," he repeats. He writes nothing down, which is worse.
    else:
      "{alias}," he repeats, and looks at you a moment longer than he needs to.
  * Tell him you are from Kiev
    if nerve >= 50 else "Your voice would give you away."
    set nerve -= 5
    "Kiev," he says. "A beautiful city." He does not believe you.
  You finish your tea in silence.
  -> table
* Ask the waiter how long to Moscow
  if visits(table) < 3:
    "Eight hours, if God wills." He crosses himself, then looks round.
  else:
    "You asked me that already, comrade."
  -> table
* Leave a tip -> corridor
  set bribes += 1
* Go back -> corridor

=== inspection: The train, an inspection
Two men in NKVD caps work down the carriage, checking papers.
-> arrested if not papers_forged and roll(6) > 4
* Show your papers -> arrival
  if papers_forged else "You have no papers to show."
  The man reads them twice{if seen(dining.officer):, as if the name *{alias}* meant something}, and nods.
* Say nothing -> arrival
  set suspicion %+ 50

// Called from wherever the conductor finds you, and back: a subroutine scene.
=== conductor: The conductor
The conductor comes down the carriage, punching tickets.
{if has_ticket: He punches yours without looking at you. | He looks at you for a long time.}
return

=== ending arrival: Moscow, Leningradsky station
The train sighs into Moscow at dawn.
if nerve >= 50:
  You step down steadily.
else if seen(dining.officer):
  The officer from the dining car watches you go.
else:
  Your hands shake on the rail.

=== ending arrested: Taken off the train
At a halt whose name you never learn, they walk you down the steps into the snow.
