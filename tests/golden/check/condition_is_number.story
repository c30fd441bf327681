start a
stat army = 50
=== a
* Go -> a
  if army
