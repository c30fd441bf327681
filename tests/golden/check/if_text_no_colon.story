start a
flag x
=== a
The door is {if x open}.
* Go -> a
