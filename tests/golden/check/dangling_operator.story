start a
var x
=== a
* Go -> a
  if x >
