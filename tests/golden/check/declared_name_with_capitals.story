start study
var HooperClue = 0

=== study: The study
* Leave -> study
