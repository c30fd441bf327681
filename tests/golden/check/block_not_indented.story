start a
var x

=== a
if x > 1:
Text
* Go -> a
