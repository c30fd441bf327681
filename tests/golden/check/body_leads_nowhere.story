start a

=== a
* Ask
  You ask.
* Leave -> b
  You stand.

=== b
* Back -> a
