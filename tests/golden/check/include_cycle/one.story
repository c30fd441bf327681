include two.story
=== b
* Go -> a
