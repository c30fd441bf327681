start a
stat army = 50

=== a
The gate opens.
if army > 60
  The guard salutes.
* Go -> a
