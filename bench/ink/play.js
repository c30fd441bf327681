// Random play with the inkjs runtime: `node play.js STORY.json PLAYTHROUGHS SEED MAX_STEPS`.
// Each playthrough starts afresh and takes a uniformly random available choice
// (xorshift32, the same generator and draws as bench/compare.py uses for
// samizdat, so both play the same paths) until an ending or until nothing is
// left to choose, rendering every page's text. Prints one JSON line.
"use strict";
const fs = require("fs");
const { Story } = require("inkjs");

const [file, playthroughsArg, seedArg, maxStepsArg] = process.argv.slice(2);
const story = new Story(fs.readFileSync(file, "utf8"));
let ranOut = false;
story.onError = (message) => {
  if (message.includes("ran out of content")) ranOut = true;
  else throw new Error(message);
};

let x = (Number(seedArg) >>> 0) || 1;
function draw(bound) {
  x = (x ^ (x << 13)) >>> 0;
  x = (x ^ (x >>> 17)) >>> 0;
  x = (x ^ (x << 5)) >>> 0;
  return x % bound;
}

const playthroughs = Number(playthroughsArg), maxSteps = Number(maxStepsArg);
let choices = 0, endings = 0, stuck = 0, chars = 0, path = 0;
const began = process.hrtime.bigint();
for (let k = 0; k < playthroughs; k++) {
  story.ResetState();
  ranOut = false;
  for (let step = 0; step <= maxSteps; step++) {
    chars += story.ContinueMaximally().length;
    const offered = story.currentChoices;
    for (const choice of offered) chars += choice.text.length;
    if (offered.length === 0) {
      if (ranOut) stuck++; else endings++;
      break;
    }
    if (step === maxSteps) break;
    const index = draw(offered.length);
    path = (Math.imul(path, 31) + index + 1) >>> 0;
    story.ChooseChoiceIndex(index);
    choices++;
  }
}
const seconds = Number(process.hrtime.bigint() - began) / 1e9;
console.log(JSON.stringify({ seconds, choices, endings, stuck, chars, path }));
