// Tokenises text with the real TextMate engine VS Code uses (vscode-textmate
// on vscode-oniguruma) and prints, as JSON, each line's tokens with their scopes.
// Usage: node tokenize.js GRAMMAR.json < texts.json   (NODE_PATH: where the two packages are)
// The input is a JSON array of texts; the output, an array with the tokens of each.
"use strict";
const fs = require("fs");
const path = require("path");
const vsctm = require("vscode-textmate");
const oniguruma = require("vscode-oniguruma");

const grammarPath = process.argv[2];
const wasm = fs.readFileSync(path.join(path.dirname(require.resolve("vscode-oniguruma")), "onig.wasm"));
const onigLib = oniguruma.loadWASM(wasm.buffer).then(() => ({
  createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
  createOnigString: (s) => new oniguruma.OnigString(s),
}));
const registry = new vsctm.Registry({
  onigLib,
  loadGrammar: async () => vsctm.parseRawGrammar(fs.readFileSync(grammarPath, "utf8"), grammarPath),
});

registry.loadGrammar("source.samizdat").then((grammar) => {
  const texts = JSON.parse(fs.readFileSync(0, "utf8"));
  const all = texts.map((text) => {
    let stack = vsctm.INITIAL;
    const lines = [];
    for (const line of text.split("\n")) {
      const result = grammar.tokenizeLine(line, stack);
      lines.push(result.tokens.map((t) => [t.startIndex, t.endIndex, t.scopes]));
      stack = result.ruleStack;
    }
    return lines;
  });
  process.stdout.write(JSON.stringify(all));
});
