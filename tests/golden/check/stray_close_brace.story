start a
=== a
The end }
* Go -> a
