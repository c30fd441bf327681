start study

=== study: The study
The desk drawer is open.
*goto hall

=== hall: The hall
* Back -> study
