// Two counters move in step, two at a time: left is never right + 1, but no
// interval shows it, the counters never stop and no playthrough can settle
// it. explore must leave "Meet" and the ending 'met' open, exit 3 and never
// say "No problems found".
title In Step
author tests
start room

var left = 0
var right = 0

=== room: The room
+ Step -> room
  set left += 2
  set right += 2
* (meet) Meet -> met
  if left == right + 1
+ Leave -> gone

=== ending met: Met

=== ending gone: Gone
