start office
var age = 30

=== office: The passport office
The clerk looks up.
ask age "How old are you?"
* Sign -> office
  if age > 18
