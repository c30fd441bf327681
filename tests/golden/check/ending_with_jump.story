start a

=== a
* Go -> b

=== ending b: The End
It is over.
-> a
