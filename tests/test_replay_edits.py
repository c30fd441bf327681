"""A path recorded on a small story, replayed after each kind of edit a writer makes."""
from __future__ import annotations

import re

import pytest
from attrs import evolve
from conftest import compile_or_fail, run_samizdat
from saves_support import assert_golden

from samizdat import saves
from samizdat.engine import Engine
from samizdat.replay import MISSING, UNAVAILABLE, ELSEWHERE, outcome_of, reload_path

COURIER = """\
title The Courier
author samizdat
start door

stat nerve "Nerve" = 50 in 0..100
flag has_letter

=== door: A door in the Arbat
You knock twice. Nobody answers.
* (enter) Go in -> hall
  set nerve += 10
* Wait in the street -> street

=== street: The street
Snow, and a tram that does not stop.
* Go back to the door -> door

=== hall: The hall
A man in a grey suit takes your coat.
* (give) Give him the letter -> study
  set has_letter = true
* Keep the letter -> cellar

=== study: The study
He reads it by the fire and says nothing.
* Leave -> delivered

=== cellar: The cellar
They find the letter sewn into your coat.
* Go up the stairs -> lost

=== ending delivered: The letter delivered
You never learn what it said.

=== ending lost: The letter lost
Nobody ever asks you for it again.
"""

PATH = (("door", "enter"), ("hall", "give"), ("study", "delivered"))

# (old, new) replacements, applied in order, for each edit
EDITS = {
    "reword_a_choice": [("Give him the letter", "Hand over the envelope")],
    "insert_a_choice_before_it": [("* (give)", "* (burn) Burn the letter in the grate -> cellar\n* (give)")],
    "add_a_stat": [('flag has_letter\n', 'flag has_letter\nstat suspicion = 10\n'),
                   ("set has_letter = true", "set has_letter = true\n  set suspicion += 5")],
    "remove_a_scene_it_does_not_use": [
        ("* Wait in the street -> street\n", ""),
        ("=== street: The street\nSnow, and a tram that does not stop.\n* Go back to the door -> door\n\n", "")],
    "remove_a_scene_it_uses": [
        ("* (give) Give him the letter -> study\n  set has_letter = true\n", ""),
        ("=== study: The study\nHe reads it by the fire and says nothing.\n* Leave -> delivered\n\n", "")],
    "remove_a_scene_it_uses_and_retarget": [
        ("Give him the letter -> study", "Give him the letter -> delivered"),
        ("=== study: The study\nHe reads it by the fire and says nothing.\n* Leave -> delivered\n\n", "")],
    "close_the_choice": [("set has_letter = true", 'if nerve > 80 else "Your hands shake too much."\n  set has_letter = true')],
    "change_an_effect": [("set nerve += 10", "set nerve += 20")],
}


def _write_story(folder, edits=()):
    text = COURIER
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "main.story").write_text(text, encoding="utf-8")
    return folder


def _record(tmp_path):
    story = compile_or_fail(_write_story(tmp_path / "courier"))
    engine = Engine(story)
    state = engine.start(0)
    playthrough = saves.new_playthrough(story, 0, story_path="courier")
    for scene, choice in PATH:
        view = next(v for v in engine.page(state).choices if v.id == choice)
        assert state.scene == scene
        playthrough = playthrough.with_step(saves.Step(scene, choice, view.text))
        state = engine.choose(state, choice)
    playthrough = evolve(playthrough, outcome=outcome_of(engine, state))
    saves.write(tmp_path / "saved.json", playthrough)
    return playthrough


def _run(tmp_path, *args):
    result = run_samizdat("replay", "saved.json", *args, cwd=tmp_path)
    shown = (f"$ samizdat replay saved.json {' '.join(args)}".rstrip() + "\n"
             f"--- stdout\n{result.stdout}--- stderr\n{result.stderr}--- exit {result.returncode}\n")
    # Fingerprints change whenever the model gains a field; the messages around them do not.
    return re.sub(r"\b[0-9a-f]{16}\b", "<fingerprint>", shown)


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_check_after_an_edit(tmp_path, edit):
    _record(tmp_path)
    _write_story(tmp_path / "courier", EDITS[edit])
    compile_or_fail(tmp_path / "courier")
    before = (tmp_path / "saved.json").read_bytes()
    assert_golden(f"edits/{edit}.txt", _run(tmp_path, "--check"))
    assert (tmp_path / "saved.json").read_bytes() == before, "--check must not change the file"


def test_the_unedited_story_checks_clean(tmp_path):
    _record(tmp_path)
    assert_golden("edits/unedited.txt", _run(tmp_path, "--check"))


def test_update_re_records_the_outcome_after_an_intended_edit(tmp_path):
    old = _record(tmp_path)
    _write_story(tmp_path / "courier", EDITS["add_a_stat"])
    transcript = _run(tmp_path, "--update") + _run(tmp_path, "--check")
    assert_golden("edits/add_a_stat_update.txt", transcript)
    new = saves.read(tmp_path / "saved.json")
    assert new.steps == old.steps and new.seed == old.seed and new.story_path == old.story_path
    assert new.outcome.values_by_name["suspicion"] == 15
    assert new.fingerprint == saves.fingerprint(compile_or_fail(tmp_path / "courier"))


def test_update_refuses_a_path_the_story_no_longer_follows(tmp_path):
    _record(tmp_path)
    before = (tmp_path / "saved.json").read_bytes()
    _write_story(tmp_path / "courier", EDITS["remove_a_scene_it_uses"])
    assert_golden("edits/remove_a_scene_it_uses_update.txt", _run(tmp_path, "--update"))
    assert (tmp_path / "saved.json").read_bytes() == before


def test_the_transcript_shows_the_new_wording(tmp_path):
    _record(tmp_path)
    _write_story(tmp_path / "courier", EDITS["reword_a_choice"])
    assert_golden("edits/reword_a_choice_transcript.txt", _run(tmp_path))


# --------------------------------------------------------------- live reload

@pytest.mark.parametrize("edit, step, kind, scene, now_scene, offered", [
    ("remove_a_scene_it_uses", 2, MISSING, "hall", "hall", ["cellar"]),
    ("remove_a_scene_it_uses_and_retarget", 3, ELSEWHERE, "study", "delivered", []),
    ("close_the_choice", 2, UNAVAILABLE, "hall", "hall", ["give", "cellar"]),
])
def test_reload_says_where_the_edited_story_diverges(tmp_path, edit, step, kind, scene, now_scene, offered):
    playthrough = _record(tmp_path)
    edited = compile_or_fail(_write_story(tmp_path / "edited", EDITS[edit]))
    replayed = reload_path(edited, playthrough)
    d = replayed.divergence
    assert (d.step, d.kind, d.scene, d.now_scene) == (step, kind, scene, now_scene)
    assert (d.choice, d.text) == (PATH[step - 1][1], playthrough.steps[step - 1].text)
    assert [c.id for c in d.choices] == offered
    assert len(replayed.states) == step and replayed.final.scene == now_scene


@pytest.mark.parametrize("edit", ["reword_a_choice", "insert_a_choice_before_it", "add_a_stat",
                                  "remove_a_scene_it_does_not_use", "change_an_effect"])
def test_reload_reaches_the_same_position_when_the_path_still_applies(tmp_path, edit):
    playthrough = evolve(_record(tmp_path), position=2)
    edited = compile_or_fail(_write_story(tmp_path / "edited", EDITS[edit]))
    replayed = reload_path(edited, playthrough)
    assert replayed.ok and len(replayed.states) == 3 and replayed.final.scene == "study"
