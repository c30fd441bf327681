// Compile an ink file with the inkjs compiler: `node compile.js IN.ink [OUT.json]`.
// Prints one JSON line: the seconds spent in Compile() and ToJson(), and the
// compiler's error and warning counts. Writes the story JSON only when OUT is given.
"use strict";
const fs = require("fs");
const { Compiler } = require("inkjs/full");

const [input, output] = process.argv.slice(2);
const source = fs.readFileSync(input, "utf8");
const began = process.hrtime.bigint();
const compiler = new Compiler(source);
const story = compiler.Compile();
const json = story.ToJson();
const seconds = Number(process.hrtime.bigint() - began) / 1e9;
if (output) fs.writeFileSync(output, json);
console.log(JSON.stringify({
  seconds, errors: compiler.errors.length, warnings: compiler.warnings.length,
  json_bytes: json.length,
}));
process.exitCode = compiler.errors.length ? 1 : 0;
