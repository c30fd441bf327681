start office
text alias = "Anna"

=== office: The passport office
ask alias "What name goes on the papers?" max 1000
"{alias}," he writes.
* Sign -> office
