start study
flag thirsty

=== study: The study
There is a glass of water on the desk.
* {thirsty} [Drink] -> hall
  set thirsty = false
* Leave -> hall

=== hall: The hall
* Back -> study
