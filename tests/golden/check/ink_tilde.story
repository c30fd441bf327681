start study
var clues = 0

=== study: The study
The desk drawer is open.
~ clues = clues + 1
* Read the letter -> study
  if clues > 0
* Leave -> study
