start a
=== a
* Go -> Kremlin
