start study
var hooper_clue_type = 0

=== study: The study
The drawer is open.
* Read the letter -> study
  if hooperClueType == 2
* Leave -> study
  set hooper_clue_type = 2
