"""With no story named, every command takes main.story in this folder, else the bundled story,
and says which (on stderr, so that --format json stays clean)."""
from __future__ import annotations

import re
import shutil

import pytest

from conftest import EXAMPLE, run_samizdat
from samizdat import paths

COMMANDS = {
    "check": [],
    "stats": [],
    "graph": [],
    "randomtest": ["-n", "5"],
    "explore": ["--max-states", "200", "--samples", "5", "--time-limit", "2"],
}


@pytest.mark.parametrize("command", COMMANDS)
def test_a_command_with_no_story_named_uses_main_story_here(tmp_path, command):
    folder = tmp_path / "mine"
    shutil.copytree(EXAMPLE, folder)
    alone = run_samizdat(command, *COMMANDS[command], cwd=folder)
    named = run_samizdat(command, "main.story", *COMMANDS[command], cwd=folder)
    assert alone.stderr == f"samizdat {command}: no story named: using main.story in this folder\n" + named.stderr
    def timeless(text):  # explore says how long it took
        text = re.sub(r"^  Time: .*\n", "", text, flags=re.MULTILINE)
        return re.sub(r"in \d+\.\d+ s", "in T s", text)

    assert timeless(alone.stdout) == timeless(named.stdout) and alone.returncode == named.returncode


@pytest.mark.parametrize("command", COMMANDS)
def test_a_command_with_no_story_named_and_none_here_uses_the_bundled_story(tmp_path, command):
    result = run_samizdat(command, *COMMANDS[command], "--format", "json" if command != "graph" else "dot",
                          cwd=tmp_path)
    assert result.stderr.startswith(f"samizdat {command}: no story named and no main.story in this folder: "
                                    f"using the bundled story, {paths.bundled_story()}\n")
    assert "Traceback" not in result.stderr
    if command == "check":
        assert result.returncode == 0 and result.stdout == "[]\n"  # the bundled story checks clean
    else:
        assert "The Red Napoleon" in result.stdout


def test_play_with_no_story_named_plays_main_story_here_and_says_so(tmp_path):
    folder = tmp_path / "mine"
    shutil.copytree(EXAMPLE, folder)
    result = run_samizdat("play", "--plain", "--save-dir", tmp_path / "saves", input="", cwd=folder)
    assert result.returncode == 0
    assert result.stderr == "samizdat play: no story named: using main.story in this folder\n"
    assert result.stdout.startswith("The Night Train\n")
    # With none here, the bundled story, as a reader expects: nothing to say.
    bundled = run_samizdat("play", "--plain", "--save-dir", tmp_path / "saves", input="", cwd=tmp_path)
    assert bundled.returncode == 0 and bundled.stderr == ""
    assert bundled.stdout.startswith("The Red Napoleon\n")
