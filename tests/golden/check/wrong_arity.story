start a
var x
=== a
* Go -> a
  if max(x) > 1
