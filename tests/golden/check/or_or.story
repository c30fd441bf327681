start study
var clues = 0
flag lamp_lit

=== study: The study
The drawer is open.
if clues > 2 || lamp_lit:
  You can read the postmark.
* Leave -> study
  set clues += 1
