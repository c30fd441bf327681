// An ending guarded by a condition that can never hold: power stops at 30.
// explore: 'throne' unreachable, 'court/throne' never available.
title The Court
author tests
start court

stat power = 10 in 0..100

=== court: The court
Your power stands at {power}.
+ Scheme -> court
  if power < 30
  set power += 10
* Seize the throne -> throne
  if power >= 50
* Retire to the country -> retired

=== ending throne: The Throne
You rule.

=== ending retired: Retirement
You grow roses.
