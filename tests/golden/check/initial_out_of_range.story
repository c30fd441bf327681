start a
stat army = 150 in 0..100
=== a
* Go -> a
  set army += 1
