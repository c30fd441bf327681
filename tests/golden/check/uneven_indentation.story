start a

=== a
* Ask
    You ask.
  He answers.
* Leave -> a
