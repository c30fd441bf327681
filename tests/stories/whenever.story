// An ending no choice leads to: only the state does, through `whenever`.
// explore: 'collapse' reached after 3 steps.
title The Road
author tests
start road

stat fatigue = 0 in 0..100
whenever fatigue >= 30 -> collapse

=== road: The road
You have walked {fatigue} versts.
+ Walk on -> road
  set fatigue += 10
* Rest at the inn -> inn

=== ending inn: The Inn
Soup, a bed, the snow outside.

=== ending collapse: Collapse
You sit down in the snow and do not get up.
