start a
var x
=== a
* Go -> a
  if x > 1 else Not yet
