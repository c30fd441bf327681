// The samizdat extension: the language (highlighting, comments, brackets) comes
// from package.json; this starts the language server, `samizdat lsp`, and adds
// the "Explore the story" command, whose findings show as diagnostics.
"use strict";
const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const command = vscode.workspace.getConfiguration("samizdat").get("command") || ["samizdat", "lsp"];
  const serverOptions = {
    command: command[0],
    args: command.slice(1),
    transport: TransportKind.stdio,
  };
  const clientOptions = {
    documentSelector: [{ scheme: "file", language: "samizdat" }],
  };
  client = new LanguageClient("samizdat", "samizdat", serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.commands.registerCommand("samizdat.exploreStory", async () => {
      const editor = vscode.window.activeTextEditor;
      const args = editor ? [editor.document.uri.toString()] : [];
      const said = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: "samizdat: exploring the story…" },
        () => client.sendRequest("workspace/executeCommand", { command: "samizdat.explore", arguments: args }));
      if (said) {
        vscode.window.showInformationMessage(said);
      }
    }));
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
