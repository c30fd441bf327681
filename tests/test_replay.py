"""`samizdat replay`: golden replays still reach their endings, and transcripts read as the player saw them."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from attrs import evolve
from conftest import EXAMPLE, REPO, compile_or_fail, run_samizdat
from saves_support import assert_golden

from samizdat import paths, saves
from samizdat.engine import Engine
from samizdat.pipeline import compile_story
from samizdat.replay import outcome_of

REPLAYS = Path(__file__).resolve().parent / "replays"
EXAMPLE_REPLAYS = sorted((REPLAYS / "examples").glob("*.json"))
RED_NAPOLEON_REPLAYS = sorted((REPLAYS / "red_napoleon").glob("*.json"))


def test_the_example_story_has_a_golden_replay_per_ending():
    story = compile_or_fail(EXAMPLE)
    reached = {saves.read(path).outcome.scene for path in EXAMPLE_REPLAYS}
    assert reached == {scene.id for scene in story.endings}


@pytest.mark.parametrize("path", EXAMPLE_REPLAYS, ids=lambda p: p.stem)
def test_golden_replays_of_the_example_story_still_reach_their_endings(path):
    result = run_samizdat("replay", path, "--check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == f"{path}: ok: reaches the ending '{saves.read(path).outcome.ending}'" \
                            f" in {_steps(saves.read(path).at)}\n"


@pytest.mark.parametrize("path", RED_NAPOLEON_REPLAYS, ids=lambda p: p.stem)
def test_golden_replays_of_the_red_napoleon_still_reach_their_endings(path):
    result = run_samizdat("replay", path, "--check")
    assert result.returncode == 0, result.stdout + result.stderr


def _steps(count):
    return "1 step" if count == 1 else f"{count} steps"


def _copy_replay(tmp_path, name):
    """A golden replay and the example story, side by side as a player's files would be."""
    shutil.copytree(EXAMPLE, tmp_path / "story")
    playthrough = evolve(saves.read(REPLAYS / "examples" / name), story_path="story")
    saves.write(tmp_path / name, playthrough)
    return playthrough


def test_the_transcript_is_what_the_player_saw(tmp_path):
    _copy_replay(tmp_path, "arrival.json")
    result = run_samizdat("replay", "arrival.json", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (0, "")
    assert_golden("transcripts/arrival.txt", result.stdout)


def test_the_markdown_transcript(tmp_path):
    _copy_replay(tmp_path, "arrested.json")
    result = run_samizdat("replay", "arrested.json", "--transcript", "out/arrested.md", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == "wrote the transcript to out/arrested.md\n"
    assert_golden("transcripts/arrested.md", (tmp_path / "out" / "arrested.md").read_text(encoding="utf-8"))
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["arrested.md"]


def test_step_without_a_terminal_reads_a_line_per_step(tmp_path):
    _copy_replay(tmp_path, "arrival.json")
    plain = run_samizdat("replay", "arrival.json", cwd=tmp_path)
    # Input runs out after one line: it pauses once, then runs to the end.
    stepped = run_samizdat("replay", "arrival.json", "--step", input="\n", cwd=tmp_path)
    assert (stepped.returncode, stepped.stdout) == (0, plain.stdout)
    # No input at all: it never waits.
    unattended = run_samizdat("replay", "arrival.json", "--step", input="", cwd=tmp_path)
    assert (unattended.returncode, unattended.stdout) == (0, plain.stdout)


def test_step_stops_when_the_reader_says_q(tmp_path):
    _copy_replay(tmp_path, "arrival.json")
    result = run_samizdat("replay", "arrival.json", "--step", input="\nq\n", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.count("\n> ") == 2
    assert "Ending reached" not in result.stdout
    assert result.stdout.rstrip().endswith("> Board the train")


def test_story_given_on_the_command_line_wins(tmp_path):
    playthrough = _copy_replay(tmp_path, "arrival.json")
    saves.write(tmp_path / "arrival.json", evolve(playthrough, story_path="nowhere"))
    result = run_samizdat("replay", "arrival.json", "--check", "--story", "story", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (0, "")


def test_a_broken_story_is_reported_with_its_diagnostics(tmp_path):
    _copy_replay(tmp_path, "arrival.json")
    (tmp_path / "story" / "main.story").write_text("title Broken\nstart a\n=== a\n* Go -> nowhere\n")
    result = run_samizdat("replay", "arrival.json", "--check", cwd=tmp_path)
    assert result.returncode == 1
    assert "error:" in result.stderr and "nowhere" in result.stderr
    assert result.stderr.endswith("arrival.json: error: cannot replay on story: the story has errors\n")
    assert "Traceback" not in result.stderr


def test_without_the_recorded_story_the_bundled_one_is_used_when_the_title_matches(tmp_path):
    loaded = compile_story(paths.bundled_story())
    if loaded.story is None:
        pytest.skip("the bundled story does not compile right now")
    engine = Engine(loaded.story)
    state = engine.start(0)
    playthrough = saves.new_playthrough(loaded.story, 0, story_path="moved/away")
    playthrough = evolve(playthrough, outcome=outcome_of(engine, state))
    saves.write(tmp_path / "bundled.json", playthrough)
    result = run_samizdat("replay", "bundled.json", "--check", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.startswith("bundled.json: ok: ")


def test_a_path_with_no_outcome_cannot_be_checked_but_can_be_updated(tmp_path):
    playthrough = _copy_replay(tmp_path, "arrival.json")
    saves.write(tmp_path / "arrival.json", evolve(playthrough, outcome=None))
    checked = run_samizdat("replay", "arrival.json", "--check", cwd=tmp_path)
    assert checked.returncode == 1
    assert checked.stderr == ("arrival.json: error: it records no outcome to check against\n"
                              "  = record the one it reaches now with: samizdat replay PATH --update\n")
    assert run_samizdat("replay", "arrival.json", "--update", cwd=tmp_path).returncode == 0
    assert saves.read(tmp_path / "arrival.json").outcome == playthrough.outcome


def test_a_save_replays_only_up_to_its_position(tmp_path):
    playthrough = _copy_replay(tmp_path, "arrival.json")
    saves.write(tmp_path / "arrival.json", evolve(playthrough, position=1, outcome=None))
    result = run_samizdat("replay", "arrival.json", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.count("\n> ") == 1
    engine = Engine(compile_or_fail(EXAMPLE))
    after_one = engine.choose(engine.start(playthrough.seed), playthrough.steps[0].choice)
    nerve, suspicion = after_one.values[:2]
    assert result.stdout.endswith("No ending yet: the path stops in scene 'platform' after 1 step\n"
                                  f"  Nerve: {nerve}\n  Suspicion: {suspicion}\n")


def test_check_and_update_cannot_be_combined(tmp_path):
    result = run_samizdat("replay", "x.json", "--check", "--update", cwd=tmp_path)
    assert result.returncode == 2 and "not allowed with argument" in result.stderr


def test_the_replay_files_live_where_the_docs_say():
    documented = (REPO / "docs" / "saves.md").read_text(encoding="utf-8")
    assert "tests/replays/" in documented and "--check" in documented


def test_text_from_the_file_cannot_drive_the_terminal(tmp_path):
    playthrough = _copy_replay(tmp_path, "arrival.json")
    hostile = "\x1b[2J\x1b]0;owned\x07The \u202eNight Train"
    saves.write(tmp_path / "arrival.json", evolve(playthrough, story_title=hostile))
    result = run_samizdat("replay", "arrival.json", cwd=tmp_path)
    assert result.returncode == 0
    for control in ("\x1b", "\x07", "\u202e"):
        assert control not in result.stdout + result.stderr
    assert result.stdout.startswith("\ufffd[2J\ufffd]0;owned\ufffdThe \ufffdNight Train\n")
    assert "it was recorded on '\ufffd[2J" in result.stderr
