start a
var x
=== a
There are {x men here.
* Go -> a
