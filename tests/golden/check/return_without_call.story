start study

=== study: The study
The drawer is open.
* Leave -> hall

=== hall: The hall
The hall is empty.
return
