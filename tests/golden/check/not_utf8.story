start a
=== a
Café au lait.
* Go -> a
