start a
stat army = 50

=== a
if army > 60:
  Loyal.
else if army > 80:
  Very loyal.
else:
  Not.
* Go -> a
