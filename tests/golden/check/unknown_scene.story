start kremlin
=== kremlin
* Go to the Kremlin -> kremln
