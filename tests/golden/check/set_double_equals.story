start a
stat x = 1
=== a
* Go -> a
  set x == 2
