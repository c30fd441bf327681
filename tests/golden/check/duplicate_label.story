start a

=== a
label round
* One -> a
label round
* (round) Two -> a
