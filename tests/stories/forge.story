// The blade takes its temper only at 41 or 42 degrees, after twenty
// strokes at least; the bellows add 10, quenching takes 3 away, and a player
// who gives up ends it. A random player almost never gets there and the
// exact search, cut short, does not: explore must witness "Temper the blade"
// (the directed search) and reach the ending 'tempered'.
title The Forge
author tests
start forge

stat heat = 0 in 0..100
var strokes = 0

=== forge: The forge
+ Work the bellows -> forge
  if heat <= 90
  set heat += 10
  set strokes += 1
+ Quench a little -> forge
  if heat >= 3
  set heat -= 3
  set strokes += 1
* (temper) Temper the blade -> tempered
  if heat >= 41 and heat <= 42 and strokes >= 20
+ Give up -> spoilt

=== ending tempered: A Good Blade
It rings.

=== ending spoilt: A Spoilt Blade
It will not hold an edge.
