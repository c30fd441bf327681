start a
flag troika
=== a
* Go -> a
  set troika = 5
