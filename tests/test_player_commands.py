"""What `history`, `saves` and `transcript` show, as golden files in tests/golden/player/.

The game is played through the plain face (the real command, input piped in);
after an intended change run SAMIZDAT_UPDATE_GOLDEN=1 pytest
tests/test_player_commands.py and read the diff.
"""
from __future__ import annotations

import re

from conftest import EXAMPLE, golden, run_samizdat

# The porter, pay him, buy a ticket, save, board the train; then the commands.
GAME = "2\n1\n1\nsave by_the_window\n2\nhistory\nsaves\ntranscript journey\n"
assert_golden = golden("player")


def answer_to(command, stdout, then):
    """What the player printed after `> command`, up to the prompt where `then` was typed."""
    return stdout.split(f"> {command}\n", 1)[1].split(f"\n> {then}\n", 1)[0]


def test_history_saves_and_transcript_match_their_golden_files(tmp_path):
    result = run_samizdat("play", EXAMPLE, "--plain", "--seed", "7", "--save-dir", tmp_path / "saves",
                          input=GAME, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert_golden("history.txt", answer_to("history", result.stdout, "saves"))
    saves = answer_to("saves", result.stdout, "transcript journey")
    assert_golden("saves.txt", re.sub(r"saved \d{4}-\d\d-\d\d \d\d:\d\d", "saved <time>", saves))
    assert "Wrote the story so far to journey.md.\n" in result.stdout
    assert_golden("transcript.md", (tmp_path / "journey.md").read_text(encoding="utf-8"))


def test_the_transcript_is_the_markdown_of_replay_transcript(tmp_path):
    # The same path saved, then replayed with --transcript, gives the same Markdown
    # but for the line naming what was replayed.
    run_samizdat("play", EXAMPLE, "--plain", "--seed", "7", "--save-dir", tmp_path / "saves",
                 input="2\n1\n1\nsave here\ntranscript live.md\n", cwd=tmp_path)
    saved = tmp_path / "saves" / "the-night-train" / "here.json"
    replayed = run_samizdat("replay", saved, "--transcript", tmp_path / "replayed.md")
    assert replayed.returncode == 0, replayed.stderr
    live = (tmp_path / "live.md").read_text(encoding="utf-8").split("\n")
    again = (tmp_path / "replayed.md").read_text(encoding="utf-8").split("\n")
    assert live[2] == "The game in progress: seed 7, 3 steps."
    assert again[2] == "Replay of `here.json`: seed 7, 3 steps."
    assert live[:2] + live[3:] == again[:2] + again[3:]


def test_transcript_never_replaces_a_file_that_is_not_one(tmp_path):
    notes = tmp_path / "notes.md"
    notes.write_text("# My notes\n\nDo not lose these.\n", encoding="utf-8")
    result = run_samizdat("play", EXAMPLE, "--plain", "--seed", "7", "--save-dir", tmp_path / "saves",
                          input="1\ntranscript notes.md\ntranscript\ntranscript\n", cwd=tmp_path)
    assert ("notes.md is there already and is not a transcript of this story: name another file."
            in result.stdout.replace("\n", " "))
    assert notes.read_text(encoding="utf-8") == "# My notes\n\nDo not lose these.\n"
    # An earlier transcript of this story is brought up to date.
    assert result.stdout.count("Wrote the story so far to transcript.md.") == 2
    assert (tmp_path / "transcript.md").read_text(encoding="utf-8").startswith("# The Night Train\n")


def test_help_mentions_the_transcript(tmp_path):
    result = run_samizdat("play", EXAMPLE, "--plain", "--save-dir", tmp_path, input="help\n")
    assert "  transcript [FILE]: the story so far, as Markdown (to transcript.md)" in result.stdout
