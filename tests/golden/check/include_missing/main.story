start a
include chapters/one.story
=== a
* Go -> a
