start office
const purge_quota = 5
var arrests = purge_quota

=== office: The office
{arrests} arrests of {purge_quota}.
* Sign -> office
  set arrests += 1
