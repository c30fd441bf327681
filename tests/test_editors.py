"""The editor setups in editors/: the VS Code extension's files agree with each other and start
`samizdat lsp`; the Helix and Neovim snippets name the commands samizdat has."""
import json
import shutil
import subprocess

import pytest

from conftest import REPO, run_samizdat

VSCODE = REPO / "editors" / "vscode"

# Runs extension.js with stand-ins for VS Code and its language client, and
# prints how it would start the server and what it registered.
_ACTIVATE = r"""
const Module = require("module");
const started = {};
const stubs = {
  "vscode": {
    workspace: { getConfiguration: () => ({ get: () => undefined }) },
    commands: { registerCommand: (name) => { started.command = name; return {}; } },
    window: {}, ProgressLocation: {},
  },
  "vscode-languageclient/node": {
    TransportKind: { stdio: 0 },
    LanguageClient: class {
      constructor(id, name, server, client) { Object.assign(started, { id, server, client }); }
      start() { started.started = true; return Promise.resolve(); }
    },
  },
};
const load = Module._load;
Module._load = function (request, ...rest) { return stubs[request] || load.call(this, request, ...rest); };
const extension = require(process.argv[1]);
extension.activate({ subscriptions: [] });
process.stdout.write(JSON.stringify(started));
"""


def test_the_vscode_extension_names_files_that_exist():
    package = json.loads((VSCODE / "package.json").read_text(encoding="utf-8"))
    (language,) = package["contributes"]["languages"]
    assert language["extensions"] == [".story"]
    assert (VSCODE / language["configuration"]).is_file()
    (grammar,) = package["contributes"]["grammars"]
    assert grammar["language"] == language["id"]
    tm = json.loads((VSCODE / grammar["path"]).read_text(encoding="utf-8"))
    assert tm["scopeName"] == grammar["scopeName"]
    assert (VSCODE / package["main"]).is_file()
    configuration = json.loads((VSCODE / "language-configuration.json").read_text(encoding="utf-8"))
    assert configuration["comments"] == {"lineComment": "//", "blockComment": ["/*", "*/"]}


def test_the_vscode_extension_starts_samizdat_lsp_for_story_files():
    if shutil.which("node") is None:
        pytest.skip("node is not installed: the extension's start is not tested here")
    result = subprocess.run(["node", "-e", _ACTIVATE, str(VSCODE / "extension.js")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    started = json.loads(result.stdout)
    assert started["server"]["command"] == "samizdat" and started["server"]["args"] == ["lsp"]
    assert started["client"]["documentSelector"] == [{"scheme": "file", "language": "samizdat"}]
    assert started["command"] == "samizdat.exploreStory" and started["started"]


def test_the_helix_and_neovim_snippets_use_commands_samizdat_has():
    helix = (REPO / "editors" / "helix" / "languages.toml").read_text(encoding="utf-8")
    neovim = (REPO / "editors" / "neovim" / "lua" / "samizdat.lua").read_text(encoding="utf-8")
    assert 'args = ["lsp"]' in helix and 'args = ["fmt", "-"]' in helix
    assert '{ "samizdat", "lsp" }' in neovim and '"samizdat fmt -"' in neovim
    for command in ("lsp", "fmt"):
        assert run_samizdat(command, "--help").returncode == 0


def test_samizdat_lsp_without_pygls_says_how_to_install_it(tmp_path):
    # A folder that hides pygls, put first on the path, as for a reader's install without the extra.
    for name in ("pygls", "lsprotocol"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "__init__.py").write_text("raise ImportError('not installed')\n")
    result = run_samizdat("lsp", env={"PYTHONPATH": str(tmp_path)})
    assert result.returncode == 2
    assert "pip install 'samizdat[lsp]'" in result.stderr
    assert "Traceback" not in result.stderr
