title Nowhere
=== a
* Go -> a
