// A cycle with no exit: once in the maze, no ending can be reached.
// explore: a cycle through 'maze_a' and 'maze_b' entered after 1 step.
title The Maze
author tests
start gate

=== gate: The gate
A hedge maze, and the road home.
* Enter the maze -> maze_a
* Go home -> home

=== maze_a: In the maze
Hedges on every side.
+ Turn left -> maze_b
+ Turn right -> maze_a

=== maze_b: Deeper in the maze
More hedges.
+ Go back -> maze_a

=== ending home: Home
The kettle is on.
