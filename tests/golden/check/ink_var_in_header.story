title Port
start study
VAR clues = 0

=== study: The study
The desk drawer is open.
* Leave -> study
