start study

=== study: The study
-> briefing ->
The briefing is over.
* Again -> study

=== briefing: A briefing
Yegorov briefs you.
-> details ->
return

=== details: Details
-> briefing ->
return
