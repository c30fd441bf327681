start a
var x
flag f
=== a
* Go -> a
  if x == f
