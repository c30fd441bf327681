"""`samizdat play` in plain mode: the real command, its input piped in line by line.

The golden transcript is tests/golden/player/night_train.txt; after an
intended change run SAMIZDAT_UPDATE_GOLDEN=1 pytest tests/test_player_plain.py
and read the diff.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from conftest import EXAMPLE, REPO, golden, run_samizdat
from samizdat import paths, saves
from samizdat.player import store as saving

# help; the porter; pay him; buy a ticket; undo it; an unavailable choice;
# stats; buy again; slip past the barrier; the inspection: show the papers
# (the ending); then the endings and the story so far.
PLAYTHROUGH = "help\n2\n1\n1\nundo\n2\nstats\n1\n2\n1\nendings\nhistory\n"
CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def save_folder(save_dir, title="The Night Train"):
    return saving.Store(save_dir, title)


def test_a_whole_playthrough_to_an_ending_matches_the_golden_transcript(tmp_path):
    result = run_samizdat("play", EXAMPLE, "--plain", "--seed", "7", "--save-dir", tmp_path,
                          input=PLAYTHROUGH)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    golden("player")("night_train.txt", result.stdout)
    # The finished playthrough is kept as a replay that reaches the same ending.
    kept = saves.list_files(saves.replays_dir(tmp_path))
    assert len(kept) == 1
    replay = saves.read(kept[0])
    assert replay.seed == 7 and replay.outcome.ending == "Moscow, Leningradsky station"
    assert [s.choice for s in replay.steps] == ["forge", "platform", "buy", "corridor_2", "arrival"]


def test_end_of_input_mid_story_stops_cleanly_with_the_place_saved_apart(tmp_path):
    result = run_samizdat("play", EXAMPLE, "--seed", "3", "--save-dir", tmp_path, input="1\n2\n")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.endswith("> \nEnd of input. Your place is saved as 'autosave-piped'. Goodbye.\n")
    kept = saves.read(save_folder(tmp_path).path(saving.PIPED_AUTOSAVE))
    assert [s.choice for s in kept.steps] == ["buy", "corridor"] and kept.seed == 3
    assert not save_folder(tmp_path).exists(saving.AUTOSAVE)
    last_heading = re.findall(r"^== .* ==$", result.stdout, re.M)[-1]

    # The next piped run says how to go on, and `load autosave-piped` does.
    again = run_samizdat("play", EXAMPLE, "--save-dir", tmp_path, input="load autosave-piped\n")
    assert "type 'load autosave-piped' to go on from where you left off" in again.stdout
    assert "Loaded 'autosave-piped'." in again.stdout
    assert again.stdout.rstrip().endswith("End of input. Your place is saved as 'autosave-piped'. Goodbye.")
    resumed = again.stdout.split("Loaded 'autosave-piped'.")[1]
    assert re.findall(r"^== .* ==$", resumed, re.M) == [last_heading]


def test_a_piped_run_never_replaces_the_readers_own_autosave(tmp_path):
    # The reader's game, as the terminal player leaves it, and the one kept before it.
    from samizdat.player.session import Session
    from test_player_prompt import make_session

    reader = make_session(tmp_path, seed=5)
    assert isinstance(reader, Session) and reader.autosave_slot == saving.AUTOSAVE
    reader.handle("2")
    reader.handle("1")
    store = save_folder(tmp_path / "saves")
    store.write(saving.PREVIOUS, reader.playthrough())
    before = {slot: store.path(slot).read_bytes() for slot in (saving.AUTOSAVE, saving.PREVIOUS)}

    # A script plays a few choices through a pipe, to the end of its input...
    result = run_samizdat("play", EXAMPLE, "--plain", "--save-dir", tmp_path / "saves", input="1\n1\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith("End of input. Your place is saved as 'autosave-piped'. Goodbye.\n")
    # ... and the reader's saves are as they were, byte for byte; the script's game is apart.
    assert {slot: store.path(slot).read_bytes() for slot in before} == before
    assert len(saves.read(store.path(saving.PIPED_AUTOSAVE)).steps) == 2
    # `load autosave` in the input takes up the reader's game; what it plays next is kept apart too.
    result = run_samizdat("play", EXAMPLE, "--plain", "--save-dir", tmp_path / "saves",
                          input="load autosave\n1\n")
    assert "Loaded 'autosave'." in result.stdout
    assert store.path(saving.AUTOSAVE).read_bytes() == before[saving.AUTOSAVE]
    steps = saves.read(store.path(saving.PIPED_AUTOSAVE)).steps
    assert [s.choice for s in steps][:2] == ["forge", "platform"] and len(steps) == 3


def test_the_save_folder_comes_from_the_environment_by_default(tmp_path):
    result = run_samizdat("play", EXAMPLE, "--seed", "1", input="1\n",
                          env={paths.SAVE_DIR_VARIABLE: str(tmp_path / "env")})
    assert result.returncode == 0
    assert save_folder(tmp_path / "env").exists(saving.PIPED_AUTOSAVE)


def test_without_seed_a_random_one_is_drawn_and_recorded(tmp_path):
    seeds = set()
    for run in range(2):
        folder = tmp_path / str(run)
        run_samizdat("play", EXAMPLE, "--save-dir", folder, input="1\n")
        seeds.add(saves.read(save_folder(folder).path(saving.PIPED_AUTOSAVE)).seed)
    assert len(seeds) == 2


def test_plain_mode_never_imports_prompt_toolkit(tmp_path):
    code = ("import sys; from samizdat.cli import main; code = main(['play', sys.argv[1], '--seed', '1']);"
            "print('PROMPT_TOOLKIT_LOADED' if 'prompt_toolkit' in sys.modules else 'NOT_LOADED')")
    env = {**os.environ, paths.SAVE_DIR_VARIABLE: str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", code, str(EXAMPLE)], input="1\n", text=True,
                            capture_output=True, env=env, cwd=REPO, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.rstrip().endswith("NOT_LOADED")


def test_samizdat_with_no_arguments_plays_the_bundled_story(tmp_path):
    from samizdat.pipeline import compile_story

    story = compile_story(paths.bundled_story()).story
    assert story is not None, "the bundled story does not compile"
    result = run_samizdat(input="", env={paths.SAVE_DIR_VARIABLE: str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(story.title + "\n")


def test_a_broken_story_prints_its_diagnostics_and_exits_1(tmp_path):
    story = tmp_path / "broken.story"
    story.write_text("title Broken\nauthor t\nstart a\n\n=== a: A\nText.\n* Go -> nowhere\n",
                     encoding="utf-8")
    result = run_samizdat("play", story, "--save-dir", tmp_path, input="1\n")
    assert result.returncode == 1
    assert "broken.story:7:" in result.stderr and "nowhere" in result.stderr
    assert result.stdout == ""


def test_a_missing_story_exits_2(tmp_path):
    result = run_samizdat("play", tmp_path / "nothing.story", "--save-dir", tmp_path, input="")
    assert result.returncode == 2
    assert "no such file or folder" in result.stderr
    assert "Traceback" not in result.stderr


def test_from_and_set_start_a_writer_anywhere(tmp_path):
    result = run_samizdat("play", EXAMPLE, "--from", "porter", "--set", "bribes=4",
                          "--set", "papers_forged=true", "--set", "nerve=90",
                          "--seed", "1", "--save-dir", tmp_path, input="stats\n")
    assert result.returncode == 0, result.stderr
    assert "== The baggage room ==" in result.stdout
    assert "Papers cost 30 roubles, comrade." in result.stdout
    assert "Nerve \u2587\u2587\u2587\u2587\u2587\u2587\u2587\u2581 90" in result.stdout
    # A writer's run keeps its place apart from the reader's game.
    folder = save_folder(tmp_path)
    assert not folder.exists(saving.AUTOSAVE)


def test_from_and_set_are_checked_against_the_story(tmp_path):
    cases = {
        ("--from", "portr"): "--from portr: there is no scene 'portr' (did you mean 'porter'?)",
        ("--set", "nerv=5"): "--set nerv=5: the story has no stat, flag or variable 'nerv' "
                             "(did you mean 'nerve'?)",
        ("--set", "nerve=lots"): "--set nerve=lots: 'nerve' is a stat: give a whole number",
        ("--set", "nerve=500"): "--set nerve=500: 'nerve' is a stat from 0 to 100; 500 is outside that range",
        ("--set", "has_ticket=1"): "--set has_ticket=1: 'has_ticket' is a flag: give true or false",
        ("--set", "bribes"): "--set bribes: write NAME=VALUE, e.g. --set army_loyalty=70",
    }
    for args, message in cases.items():
        result = run_samizdat("play", EXAMPLE, *args, "--save-dir", tmp_path, input="")
        assert result.returncode == 2, args
        assert result.stderr == f"samizdat play: {message}\n"


def test_escape_sequences_in_story_text_never_reach_the_output(tmp_path):
    from test_player_prompt import evil_story

    folder = evil_story(tmp_path)
    result = run_samizdat("play", folder, "--seed", "1", "--save-dir", tmp_path,
                          input="2\nstats\nhistory\nsaves\n1\nendings\n")
    assert result.returncode == 0, result.stderr
    assert "Prose \ufffd[31mRED" in result.stdout
    assert not CONTROLS.search(result.stdout.replace("\n", "")), repr(result.stdout)
    assert not CONTROLS.search(result.stderr.replace("\n", ""))


def test_a_save_folder_that_cannot_be_written_is_reported_once_and_play_goes_on(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the save folder should be\n")
    result = run_samizdat("play", EXAMPLE, "--seed", "1", "--save-dir", blocker, input="1\n1\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("Could not save:") == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert "== The baggage room ==" in result.stdout
    assert result.stdout.endswith("Your place could not be saved. Goodbye.\n")


def test_ctrl_c_in_plain_mode_leaves_cleanly_with_the_place_saved(tmp_path):
    import signal

    env = {**os.environ, "NO_COLOR": "1", paths.SAVE_DIR_VARIABLE: str(tmp_path)}
    env.pop("SAMIZDAT_DEBUG", None)
    process = subprocess.Popen([sys.executable, "-m", "samizdat", "play", str(EXAMPLE), "--seed", "1"],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env=env)
    try:
        process.stdin.write(b"1\n")
        process.stdin.flush()
        seen = b""
        while seen.count(b"> ") < 2:  # the first prompt, then the one after the choice
            chunk = os.read(process.stdout.fileno(), 65536)
            assert chunk, seen.decode()
            seen += chunk
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 130
    assert (seen + out).decode().rstrip().endswith("Interrupted. Your place is saved as 'autosave-piped'. Goodbye.")
    assert b"Traceback" not in err
    autosave = saves.read(save_folder(tmp_path).path(saving.PIPED_AUTOSAVE))
    assert [s.choice for s in autosave.steps] == ["buy"]


# ------------------------------------------------------------ encodings

ASCII_RUNS = {  # name: (environment, the encoding the output must be in)
    "PYTHONIOENCODING=ascii": ({"PYTHONIOENCODING": "ascii"}, "ascii"),
    # Python coerces the C locale to UTF-8 (PEP 538) even with UTF-8 mode off...
    "LANG=C, PYTHONUTF8=0": ({"LANG": "C", "PYTHONUTF8": "0"}, "utf-8"),
    # ... so a terminal that really is C and ASCII is this:
    "LC_ALL=C, PYTHONUTF8=0, no coercion": (
        {"LANG": "C", "LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}, "ascii"),
    "PYTHONIOENCODING=latin-1": ({"PYTHONIOENCODING": "latin-1"}, "latin-1"),
}


@pytest.mark.parametrize("name", ASCII_RUNS)
def test_a_terminal_without_utf8_gets_readable_plain_characters(tmp_path, name):
    variables, encoding = ASCII_RUNS[name]
    env = {**os.environ, **variables, "NO_COLOR": "1", "COLUMNS": "80", paths.SAVE_DIR_VARIABLE: str(tmp_path)}
    env.pop("SAMIZDAT_DEBUG", None)
    if "LC_ALL" not in variables:
        env.pop("LC_ALL", None)
    result = subprocess.run([sys.executable, "-m", "samizdat", "play", "--plain", "--seed", "1"],
                            input=b"1\nstats\nhistory\n", capture_output=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    out = result.stdout.decode(encoding)  # fails on any byte the encoding does not have
    full, empty = ("\u2587", "\u2581") if encoding == "utf-8" else ("#", "-")
    assert f"Army loyalty {full * 4}{empty * 4} 55   Legitimacy {full * 2}{empty * 6} 25" in out  # the bars
    assert re.search(rf"^  Army loyalty +{full}{{11}}{empty}{{9}} +55$", out, re.M)  # the stats screen
    assert "> Go down to him" in out  # the history
    assert "End of input." in out
    assert "??" not in out and "\ufffd" not in out  # nothing the terminal could not show


def test_piped_input_that_is_not_utf8_is_read_not_refused(tmp_path):
    env = {**os.environ, "PYTHONIOENCODING": "ascii", paths.SAVE_DIR_VARIABLE: str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "samizdat", "play", str(EXAMPLE), "--plain", "--seed", "1"],
                            input="\u00e9t\u00e9\n1\n".encode("utf-8"), capture_output=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert b"No choice matches" in result.stdout and b"(Nerve +15, Ticket: yes)" in result.stdout


@pytest.mark.parametrize("encoding, shown", [
    ("ascii", 'He said "Wait" -- then, at the cafe... - 5 1/2'),
    ("latin-1", 'He said "Wait" -- then, at the caf\u00e9... - 5 \u00bd'),
])
def test_the_storys_own_typography_is_made_plain_where_the_terminal_lacks_it(tmp_path, encoding, shown):
    story = tmp_path / "typography.story"
    story.write_text("title Typography\nauthor t\nstart a\n\n=== a: Caf\u00e9\n"
                     "He said \u201cWait\u201d \u2014 then, at the caf\u00e9\u2026 \u2212 5 \u00bd\n\n"
                     "* Onward \u2192 north -> b\n\n=== ending b: End\nDone.\n", encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": encoding, paths.SAVE_DIR_VARIABLE: str(tmp_path / "saves")}
    result = subprocess.run([sys.executable, "-m", "samizdat", "play", str(story), "--plain"],
                            input=b"", capture_output=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode(encoding)  # fails on any byte the encoding does not have
    assert shown in out
    assert "  1. Onward -> north" in out
