// Calls, a question and a text. The briefing is called from two rooms and
// returns to each; the name typed at the start is taken as it stands ("Anna"),
// so "Sign the papers" is never available, and the cellar is a dead end unless
// the player has listened to enough briefings in the map room first. explore
// must find the dead end in the cellar (after the briefing has returned there)
// and prove, by its exhaustive search, that the papers are never signed.
title Briefings
author tests
start hall

text alias = "Anna"
stat nerve = 50 in 0..100

=== hall: The hall
ask alias "What name goes on the papers?"
+ The map room -> map_room
* The cellar -> cellar

=== map_room: The map room
-> briefing ->
The maps are rolled up again.
* Go home -> home
  if nerve >= 100
+ Back to the hall -> hall

=== cellar: The cellar
-> briefing ->
* (sign) Sign the papers -> home
  if alias == "Nobody"
* (wait) Wait in the dark -> home
  if nerve > 90

=== briefing: A briefing
+ Listen
  set nerve += 10
+ Interrupt
  set nerve -= 20
return

=== ending home: Home
