start a
stat loyalty in 0-100
=== a
* Go -> a
