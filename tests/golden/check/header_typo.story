titel The Red Napoleon
start a
=== a
* Go -> a
