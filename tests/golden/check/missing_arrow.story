start a
=== a
* Go north
