start a

=== a
* Go -> b.

=== b
* Back -> a
