// A soft lock: take the key, then go down to the cellar, and there is no way back up.
// explore: dead end in 'cellar' after 2 steps.
title The Cellar
author tests
start hall

flag key

=== hall: The hall
A door, locked. A key on a nail. Stairs down to the cellar.
* Take the key -> hall
  set key = true
+ Open the door -> outside
  if key
+ Go down to the cellar -> cellar

=== cellar: The cellar
The stairs creak behind you.
+ Climb back up -> hall
  if not key

=== ending outside: Outside
The door swings open on the snow.
