start a
var roll
=== a
* Go -> a
  set roll = 1
