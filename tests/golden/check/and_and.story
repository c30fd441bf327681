start study
var clues = 0
flag lamp_lit

=== study: The study
The drawer is open.
* Read the letter -> study
  if clues > 0 && lamp_lit
* Leave -> study
