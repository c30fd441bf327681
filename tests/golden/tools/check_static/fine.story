// None of these is a contradiction: the static check must stay quiet.
title Fine
start a
stat power = 10 in 0..100
flag f

=== a: A
-> b if power > 90
* Narrow but possible -> c
  if power >= 30
  if power <= 30
* Either -> c
  if f or not f
* Not equal -> c
  if power != 5
  if power == 6
otherwise -> c

=== b: Passing through
-> c

=== ending c: C
