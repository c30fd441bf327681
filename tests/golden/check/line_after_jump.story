start a

=== a
The door is locked.
-> b
You knock again.

=== b
* Back -> a
