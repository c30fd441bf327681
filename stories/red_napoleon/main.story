// The Red Napoleon: February 1936. Stalin is dead; the Marshal moves first.
// The player is Mikhail Tukhachevsky. See README.md beside this file for the
// chapter plan and what each stat and flag means.

title The Red Napoleon
author samizdat
start fall_staircase

// What the whole story reads and writes. A chapter may declare flags of its
// own in its file, but what a later chapter reads is declared here.
stat army_loyalty "Army loyalty" = 55 in 0..100
stat legitimacy "Legitimacy" = 25 in 0..100
stat party_strength "Party strength" = 60 in 0..100
stat kirov_trust "Kirov's trust" = 50 in 0..100
stat bukharin_trust "Bukharin's trust" = 40 in 0..100
stat trotsky_influence "Trotsky's influence" = 5 in 0..100
stat nkvd_loyalty "NKVD loyalty" = 30 in 0..100
stat standing_abroad "Standing abroad" = 30 in 0..100

flag primakov_cabled        // Primakov cabled Trotsky in Norway on the night of the fall (ch 1)
flag yagoda_turned          // the NKVD chief sided with the coup (ch 2)
flag voroshilov_arrested    // rather than won over or left at large (ch 2)
flag coup_at_funeral        // the coup came four days late, on Red Square at Stalin's funeral (ch 2)
flag clique_exiled          // Stalin's men sent to Siberia, not merely retired (ch 2)
flag rykov_story            // the regime blames a "Rykov conspiracy" (ch 3)
flag congress_broken        // the Congress of Soviets walked out in April 1936 and came back on Kirov's terms (ch 3)
flag troika_formed          // Tukhachevsky, Bukharin and Kirov rule together (ch 3)
flag party_shell            // the Party reduced to a "post-partisan" shell (ch 3)
flag nkvd_absorbed          // the NKVD folded into the army as its security directorate (ch 3)
flag intelligence_taken     // the NKVD's foreign department and code-breakers taken under the army (ch 3)
flag trotsky_invited        // Trotsky was invited home rather than let in (ch 4)
flag commissars_abolished   // political commissars removed from the army (ch 4)
flag zhukov_promoted        // Zhukov raised high: a second Bonaparte in waiting (ch 4)
flag trotsky_foreign        // Trotsky made Commissar for Foreign Affairs; Litvinov sent to the Paris embassy (ch 4)
flag poland_occupied        // the Red Army marched into Poland (ch 5)
flag germany_split          // Prussia cut from a South German-Austrian republic (ch 5)
var executions = 0          // death sentences signed by the player

// Legitimacy is the regime's floor: below it, nothing holds.
whenever legitimacy < 10 -> end_collapse

include 01_the_fall.story
include 02_the_coup.story
include 03_the_troika.story
include 04_the_prophet.story
include 05_the_map_of_europe.story
include 06_the_reckoning.story
