// Start-up to the first page with the inkjs runtime: `node first_page.js STORY.json`.
// Loads inkjs and the compiled story, prints the first passage and its
// choices, then a "> " prompt, as a terminal game would before waiting for input.
"use strict";
const fs = require("fs");
const { Story } = require("inkjs");

const story = new Story(fs.readFileSync(process.argv[2], "utf8"));
let out = story.ContinueMaximally() + "\n";
story.currentChoices.forEach((choice, i) => { out += `${i + 1}. ${choice.text}\n`; });
process.stdout.write(out + "> ");
