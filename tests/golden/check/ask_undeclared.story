start office

=== office: The passport office
The clerk looks up.
ask alias "What name goes on the papers?"
* Sign -> office
