// Choices whose conditions obviously contradict each other, and a scene with no way on.
title T
start a
stat power = 10 in 0..100
flag f
var v
=== a: A
* Seize -> b
  if power > 50
  if power < 30
* Flag -> b
  if f and not f
* Over -> b
  if power > 100
* Fine -> b
  if power > 10 and v < 3
* Var -> b
  if v > 5
  if v <= 5
=== b: B
Nothing here.
=== ending c: C
