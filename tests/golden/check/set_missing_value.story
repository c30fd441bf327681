start a
var x
=== a
set x +=
* Go -> a
