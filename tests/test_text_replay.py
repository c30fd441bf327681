"""A typed answer is part of the playthrough: saves, loads and replays give it back.

The answer to an `ask` is recorded as the step "answer" with the text as the
story keeps it; these tests type one, then go through the player's save and
load, a kept replay and `samizdat replay --check`, and a save file's text.
"""
from __future__ import annotations

import json

import attrs

from conftest import compile_or_fail, run_samizdat
from engine_helpers import value
from saves_support import RoundTripEngine
from samizdat import saves
from samizdat.engine import ANSWER_ID
from samizdat.player import store as saving
from samizdat.player.session import Session

STORY = """title Papers
start office
text alias "Your name" = "Anna Petrovna"
text rank = "private"

=== office: The passport office
The clerk licks a pencil.
ask alias "What name goes on the papers?" max 24
"{alias}," he writes. "And your rank?"
* Private
  set rank = "private"
* Ask to be a sergeant
  ask rank "Which rank, then?"
{rank} {alias}, he writes, and stamps it.
* Take the papers -> issued

=== ending issued: Issued
The papers say {alias}, {rank}.
"""


def folder(tmp_path):
    path = tmp_path / "story"
    path.mkdir()
    (path / "main.story").write_text(STORY, encoding="utf-8")
    return path


def session_in(tmp_path, seed=4):
    path = tmp_path / "story"
    story = compile_or_fail(path)
    return Session(path, story, saving.Store(tmp_path / "saves", story.title), seed, seed_fixed=True)


def test_a_typed_answer_comes_back_with_a_loaded_save(tmp_path):
    folder(tmp_path)
    session = session_in(tmp_path)
    session.handle("Ivan  Ivanovich\t")
    session.handle("2")
    session.handle("Lieutenant")
    assert session.page.paragraphs[-1] == "Lieutenant Ivan Ivanovich, he writes, and stamps it."
    assert session.handle("save papers").lines == ["Saved as 'papers'."]

    other = session_in(tmp_path)  # another run of the player, from the beginning
    assert value(other.engine, other.state, "alias") == "Anna Petrovna"
    # (at a question every line typed is the answer, so the load is asked for as the
    # player's start does when it offers to go on)
    reply = other.do_load(["papers"])
    assert reply.lines[0] == "Loaded 'papers'." and reply.new_page
    assert value(other.engine, other.state, "alias") == "Ivan Ivanovich"
    assert value(other.engine, other.state, "rank") == "Lieutenant"
    assert other.page.paragraphs == session.page.paragraphs
    assert [(s.choice, s.text) for s in other.steps] == [
        (ANSWER_ID, "Ivan Ivanovich"), ("2", "Ask to be a sergeant"), (ANSWER_ID, "Lieutenant")]


def test_the_save_file_records_the_answer_as_the_story_keeps_it(tmp_path):
    folder(tmp_path)
    session = session_in(tmp_path)
    session.handle("  Vera \x1b[2J Ilyinichna Korsakova-Rimskaya  ")
    session.handle("save papers")
    data = json.loads(session.store.path("papers").read_text(encoding="utf-8"))
    step = data["steps"][0]
    assert step["choice"] == ANSWER_ID
    kept = value(session.engine, session.state, "alias")
    assert step["text"] == kept and len(kept) <= 24 and "\x1b" not in kept


def test_enter_at_a_question_is_recorded_and_replays_as_the_text_held(tmp_path):
    folder(tmp_path)
    session = session_in(tmp_path)
    session.handle("")
    assert value(session.engine, session.state, "alias") == "Anna Petrovna"
    session.handle("save papers")
    other = session_in(tmp_path)
    other.do_load(["papers"])
    assert value(other.engine, other.state, "alias") == "Anna Petrovna"
    assert other.page.paragraphs == session.page.paragraphs


def test_a_finished_game_with_answers_replays_with_check(tmp_path):
    path = folder(tmp_path)
    session = session_in(tmp_path)
    for line in ("Ivan Ivanovich", "2", "Lieutenant", "1"):
        session.handle(line)
    assert session.page.is_ending
    (replay,) = saves.list_files(saves.replays_dir(tmp_path / "saves"))
    assert saves.read(replay).outcome.values_by_name["alias"] == "Ivan Ivanovich"

    result = run_samizdat("replay", replay, "--check", "--story", path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok: reaches the ending 'Issued'" in result.stdout
    shown = run_samizdat("replay", replay, "--story", path)
    assert "The papers say Ivan Ivanovich, Lieutenant." in shown.stdout


def test_replay_check_notices_an_answer_that_no_longer_leads_where_it_did(tmp_path):
    path = folder(tmp_path)
    session = session_in(tmp_path)
    for line in ("Ivan Ivanovich", "1", "1"):
        session.handle(line)
    (replay,) = saves.list_files(saves.replays_dir(tmp_path / "saves"))
    played = saves.read(replay)
    steps = (saves.Step(played.steps[0].scene, ANSWER_ID, "Boris", played.steps[0].at),) + played.steps[1:]
    changed = tmp_path / "changed.json"
    saves.write(changed, attrs.evolve(played, steps=steps, story_path=str(path)))
    result = run_samizdat("replay", changed, "--check", "--story", path)
    assert result.returncode == 1
    assert "alias" in result.stdout + result.stderr


def test_every_state_on_a_path_of_answers_survives_a_save_file(tmp_path):
    engine = RoundTripEngine(compile_or_fail(folder(tmp_path)))
    before = RoundTripEngine.round_trips
    turn = engine.begin(seed=2)
    turn = engine.take(turn, ANSWER_ID, "Olga")
    turn = engine.take(turn, "2")
    turn = engine.take(turn, ANSWER_ID, None)
    turn = engine.take(turn, "issued")
    assert turn.page.paragraphs == ("The papers say Olga, private.",)
    assert RoundTripEngine.round_trips - before == 5


def test_enter_keeps_a_text_longer_than_the_question_allows_through_save_and_load(tmp_path):
    path = tmp_path / "story"
    path.mkdir()
    (path / "main.story").write_text(STORY.replace("max 24", "max 4"), encoding="utf-8")
    session = session_in(tmp_path)
    session.handle("")  # Enter: "Anna Petrovna" stays, though an answer may have 4 characters
    assert value(session.engine, session.state, "alias") == "Anna Petrovna"
    assert [(s.choice, s.text) for s in session.steps] == [(ANSWER_ID, "Anna Petrovna")]
    session.handle("save papers")
    other = session_in(tmp_path)
    other.do_load(["papers"])
    assert value(other.engine, other.state, "alias") == "Anna Petrovna"
    assert other.state == session.state
    session.handle("1")
    session.handle("1")
    (replay,) = saves.list_files(saves.replays_dir(tmp_path / "saves"))
    result = run_samizdat("replay", replay, "--check", "--story", path)
    assert result.returncode == 0, result.stdout + result.stderr
