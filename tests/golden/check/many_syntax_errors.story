start a
var x
=== a
set x ==
Text {x
* Go north
* Fine -> a
  if x >
