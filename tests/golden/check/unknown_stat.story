start a
stat legitimacy = 30
=== a
* Go -> a
  if legitimcy > 10
