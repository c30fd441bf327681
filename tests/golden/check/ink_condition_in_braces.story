start study
var clues = 0

=== study: The study
The drawer is {clues > 0: empty now | full of letters}.
* Leave -> study
  set clues += 1
