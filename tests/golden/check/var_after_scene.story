start study

=== study: The study
The desk drawer is open.
var clues = 0
* Read the letter -> study
  set clues += 1
