// explore must find: the story going wrong on a page. Each "Double" doubles
// big; once big * 2 is past the largest whole number, working out whether
// "Check" is available stops the story. The replay written for it goes to
// the last page before that.
title Overflow
author tests
start a

var big = 100000000000000

=== a: A
+ Double -> a
  set big += big
* Check -> b
  if big * 2 > 0

=== ending b: B
