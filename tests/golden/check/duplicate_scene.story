start a
=== a
* Go -> a
=== a
* Go -> a
