start a
var x
=== a
* Go -> a
  if rol(6) > x
