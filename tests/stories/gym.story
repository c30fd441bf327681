// A dead end after forty steps of accumulation: each "Lift" adds one to
// strength, "Go home" closes at 30 and "Lift" itself at 40, and stretching
// only lasts while mood is below 90. Past forty lifts and enough stretching
// nothing is left to choose. The exact search, cut short, cannot get there;
// explore must witness the dead end in 'gym' (at least forty steps) and
// write it as a replay.
title The Gym
author tests
start gym

stat strength = 0 in 0..100
stat mood = 40 in 0..100

=== gym: The gym
+ Lift -> gym
  if strength < 40
  set strength += 1
+ Stretch -> gym
  if mood < 90
  set mood %+ 10
+ Go home -> home
  if strength < 30

=== ending home: Home
You go home, stronger.
