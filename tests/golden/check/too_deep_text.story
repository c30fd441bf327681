// Conditional text inside conditional text, 101 levels.
start a
flag f = true

=== a
{if f: It begins.}
{if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: {if f: deep}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}
* Go -> e

=== ending e: The end
Done.
