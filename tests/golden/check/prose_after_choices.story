start a
=== a
* Go -> a
And then the telephone rang.
