start a
include ../../../../etc/passwd
=== a
* Go -> a
