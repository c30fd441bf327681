start study
var clues = 0

=== study: The study
The desk drawer is open.
*set clues 1
* Leave -> study
