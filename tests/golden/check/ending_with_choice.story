start a
=== a
* Go -> e
=== ending e: The End
It ends.
* Again -> a
