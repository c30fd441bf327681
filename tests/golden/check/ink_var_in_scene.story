start study

=== study: The study
VAR clues = 0
The desk drawer is open.
* Leave -> study
