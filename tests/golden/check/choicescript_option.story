start study

=== study: The study
The desk drawer is open.
#Read the letter
* Leave -> study
