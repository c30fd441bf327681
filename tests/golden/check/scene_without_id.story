start a
===
Text.
