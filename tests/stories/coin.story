// Random branches: one ending only when a coin lands on its edge (a roll of 20 on a d20).
// explore: 'miracle' reached after 2 steps, by a roll.
title The Coin
author tests
start table

=== table: The table
A coin on the table.
* Toss the coin -> toss

=== toss: The toss
-> heads if chance(50)
-> edge if roll(20) == 20
The coin lands tails.
* Accept it -> tails

=== heads: Heads
The coin lands heads.
* Take the winnings -> won

=== edge: On its edge
The coin stands on its edge.
* Stare at it -> miracle

=== ending won: Won
You win.

=== ending tails: Lost
You lose.

=== ending miracle: A Miracle
Nobody believes you.
