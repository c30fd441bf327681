// The Night Train: a small story that uses every construct of the language.
// (Choice bodies, choices inside choices, gathers, labels and blocks are in
// carriages.story: the dining car and the arrival.)
// docs/language.md explains each one; `samizdat check` finds it clean.

title The Night Train
author samizdat
start platform

include carriages.story

stat nerve "Nerve" = 50 in 0..100
stat suspicion = 10             // label "Suspicion", range 0..100
flag has_ticket "Ticket"            // shown to the reader: it has a label
flag papers_forged = false          // no label: the reader is never told
var bribes = 0
text alias "Your name" = "Anna Petrovna"
text porter_calls_you = "comrade"   // no label either: how he speaks to you is not news
const ticket_price = 10

// If suspicion ever climbs this high, wherever you are, you are taken off.
whenever suspicion >= 90 -> arrested

=== platform: Leningrad station, 1 December 1934
The night train to Moscow breathes steam along the platform. A clock
above the barrier says {sequence: ten to midnight | five to midnight | midnight}.

Your nerve stands at {nerve}. {if has_ticket: The ticket is in your glove. | You have no ticket.}

* (buy) Buy a ticket at the window -> platform
  set has_ticket = true
  set nerve %+ 30
* (forge) Ask the porter about papers -> porter
  if not papers_forged
+ Board the train -> corridor
  if has_ticket else "The conductor checks every ticket."
* Slip past the barrier -> corridor
  if nerve > 60
  set suspicion += 30

=== porter: The baggage room
/* The porter's price rises
   with each visit. */
The porter looks you over. "Papers cost {ticket_price + bribes * 5} roubles, {porter_calls_you}.
{pick bribes + 1: Cash. | Cash, and quickly. | Cash, and I never saw you.}"
* Pay him -> platform
  set bribes += 1
  set papers_forged = true
  set suspicion -= 5
  set porter_calls_you = "citizen"
  He licks a pencil, writes _slowly_, and blots it<>
  . "{porter_calls_you}," he says, handing them over, "safe journey."
* Walk away -> platform
