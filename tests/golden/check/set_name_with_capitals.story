start study
var hooper_clue_type = 0

=== study: The study
The drawer is open.
* Read the letter -> study
  set hooperClueType = 2
  It is unsigned.
* Leave -> study
  if hooper_clue_type == 2
