start a
flag troika = 1
=== a
* Go -> a
