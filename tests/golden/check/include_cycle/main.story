start a
include one.story
=== a
* Go -> b
