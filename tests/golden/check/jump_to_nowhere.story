start a
whenever x < 1 -> collapse
var x
=== a
-> kiev if x > 3
* Go -> a
