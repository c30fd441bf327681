"""What The Red Napoleon tells its reader of the state: only what the writer labelled.

A golden plain-mode transcript along one golden replay (the choices typed by
number, as a reader would), tests/golden/player/red_napoleon_volga.txt;
after an intended change of the story run SAMIZDAT_UPDATE_GOLDEN=1 pytest
tests/test_red_napoleon_changes.py and read the diff. And over every golden
replay of the story, each line saying what a choice changed names a stat or a
labelled value, never the story's own bookkeeping.
"""
from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import pytest

from conftest import RED_NAPOLEON, compile_or_fail, golden
from samizdat import model as m
from samizdat import saves
from samizdat.cli import main
from samizdat.engine import Engine
from samizdat.player.changes import describe_changes
from samizdat.replay import replay

REPLAYS = sorted((Path(__file__).resolve().parent / "replays" / "red_napoleon").glob("*.json"))
GOLDEN_PATH = Path(__file__).resolve().parent / "replays" / "red_napoleon" / "ending-end_volga.json"


@pytest.fixture(scope="module")
def engine():
    return Engine(compile_or_fail(RED_NAPOLEON))


def typed_numbers(engine, playthrough):
    """The number a reader types on each page to follow the recorded path."""
    replayed = replay(engine, playthrough)
    assert replayed.ok, replayed.divergence.describe()
    numbers = []
    for turn, step in zip(replayed.turns, playthrough.steps):
        ids = [c.id for c in turn.page.choices]
        numbers.append(ids.index(step.choice) + 1)
    return numbers, replayed


def test_a_plain_playthrough_along_a_golden_replay_matches_its_transcript(engine, tmp_path, monkeypatch,
                                                                        capsys):
    playthrough = saves.read(GOLDEN_PATH)
    numbers, replayed = typed_numbers(engine, playthrough)
    typed = "".join(f"{n}\n" for n in numbers)
    # The command itself, run in this process (the grammar is loaded already, which
    # saves a second and more of a fresh process), its input typed through stdin.
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setattr(sys, "stdin", io.StringIO(typed))
    code = main(["play", str(RED_NAPOLEON), "--plain", "--seed", str(playthrough.seed),
                 "--save-dir", str(tmp_path)])
    result = capsys.readouterr()
    assert code == 0 and result.err == "", result.err
    golden("player")("red_napoleon_volga.txt", result.out)
    assert "*** The End ***" in result.out and f"== {playthrough.outcome.ending}" in result.out
    shown = shown_labels(engine.story)
    changes = re.findall(r"^> \d+\n\((.*)\)$", result.out, re.M)
    assert changes, "the transcript shows no changes line at all"
    for line in changes:
        for phrase in line.split(", "):
            assert label_of(phrase) in shown, (phrase, line)


def shown_labels(story):
    return {d.label for d in story.declarations if m.shown(d)}


def label_of(phrase):
    """The label a phrase of the changes line starts with: "Army loyalty +5" -> "Army loyalty"."""
    return re.sub(r"(: .*| [+\u2212]\d+)$", "", phrase)


def test_no_changes_line_of_any_golden_replay_names_a_hidden_value(engine):
    story = engine.story
    shown = shown_labels(story)
    hidden = [d for d in story.declarations if not m.shown(d)]
    assert hidden, "the story has no hidden values, so this test would prove nothing"
    hidden_words = {d.name.replace("_", " ").lower() for d in hidden} | {d.name for d in hidden}
    phrases = 0
    for path in REPLAYS:
        replayed = replay(engine, saves.read(path))
        assert replayed.ok, f"{path.name}: {replayed.divergence.describe()}"
        states = replayed.states
        for before, after in zip(states, states[1:]):
            for phrase in describe_changes(story.declarations, before, after):
                phrases += 1
                assert label_of(phrase) in shown, (path.name, phrase)
                assert not any(word in phrase.lower() for word in hidden_words), (path.name, phrase)
    assert phrases > 100  # the replays do change what the reader sees
