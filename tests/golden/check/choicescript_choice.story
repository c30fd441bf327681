start study

=== study: The study
The desk drawer is open.
*choice
  #Read the letter
    It is unsigned.
  #Leave
    *goto hall

=== hall: The hall
* Back -> study
