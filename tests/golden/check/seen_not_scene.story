start a
=== a
* Go -> a
  if seen(kremlin)
