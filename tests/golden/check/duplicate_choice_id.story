start a
=== a
* (go) Go -> a
* (go) Stay -> a
