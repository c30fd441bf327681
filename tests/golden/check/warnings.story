start a
stat army = 50
stat unused = 10
=== a
* Go -> a
  if 2 > 1
  set army += 1
=== lonely
* Back -> a
