start a
var x
=== a
* Go -> a
  if a > x
