// explore must find: a dead end inside a choice's body. "Ask him for a drink"
// can be taken again and again, but each of its two answers only once, so the
// third time round nothing is left to choose.
title Interrogation
start office
var asked = 0

=== office: The Lubyanka
Yagoda offers you a chair.

label questions
* Ask about the telegram
  set asked += 1
  He shrugs.
  -> questions
+ Ask him for a drink
  He pours two glasses.
  * Drink it
    It burns.
  * Leave it
    He drinks both.
  -> questions
* Leave -> home
  if asked > 0 else "You have not asked anything yet."

=== ending home: Home
You sleep badly.
