start a
flag warned

=== a
The telephone rings.
else:
  Nobody.
* Go -> a
  set warned = true
