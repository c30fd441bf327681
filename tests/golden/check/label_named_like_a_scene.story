start a

=== a
label b
* Go -> b

=== b
* Back -> a
