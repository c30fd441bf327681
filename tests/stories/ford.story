// Two roads meet at the ford. The left road leaves you strong and poor, the
// right one weak and rich, and whichever you took one way across is open. The
// interval of each value over both roads would allow weak and poor, a dead
// end no playthrough reaches: explore must prove the ford is never a dead end
// (the abstraction, refined by the thresholds the ford tests). The milestones
// make the exact search endless.
title The Ford
author tests
start crossroads

stat strength = 50 in 0..100
stat gold = 50 in 0..100
var miles = 0

=== crossroads: The crossroads
+ Walk on a while -> crossroads
  if miles < 1000000
  set miles += 1
* The left road -> ford
  set strength = 70
  set gold = 20
* The right road -> ford
  set strength = 50
  set gold = 40

=== ford: The ford
* Wade across -> home
  if strength >= 60
* Pay the ferryman -> home
  if gold >= 35

=== ending home: Home
You are across.
