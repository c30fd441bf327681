// A story as a hurried writer leaves it: samizdat fmt tidies the layout only.
title The Gate
start courtyard
stat nerve "Nerve" = 50 in 0..100
flag papers

=== courtyard: The courtyard, before dawn
The sentry stamps his feet.   // prose keeps its spaces
*   Go north -> the_gate
  if nerve > 40 else "Your legs will not carry you."
  set nerve -= 5
* (wait)Wait for the light
  The sky greys over the wall.
  *  Count the windows
    set nerve += 5
    Eleven. Twelve.
  * Close your eyes

    You do not sleep.
  It is morning.
if seen(the_gate) and papers:
  The sentry knows you now.
else if nerve < 20:
  He does not look up.
else:
  -> the_gate

=== ending the_gate: The gate
It opens.
