start a
var arrests
=== a
* Go -> a
  set arrests %+ 10
