start lubyanka

=== lubyanka: The Lubyanka
label questions
* Ask about the telegram
  He shrugs.
  -> questoins
* Leave -> lubyanka.exit
