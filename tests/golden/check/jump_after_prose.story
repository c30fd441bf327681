start study

=== study: The study
You close the drawer and go out -> hall

=== hall: The hall
* Back -> study
