"""Hostile or unlucky conditions around the player: odd digits, two players at once, a full disk.

Each test says what the reader sees and checks that no file the reader had is lost.
"""
from __future__ import annotations

import errno
import io
import threading
import time

import pytest
from attrs import evolve

from conftest import EXAMPLE, compile_or_fail, run_samizdat
from samizdat import saves
from samizdat.engine import Engine
from samizdat.player import store as saving
from samizdat.player.plain import PlainPlayer
from samizdat.player.session import Session

ENTER, CTRL_D = "\r", "\x04"


def make_session(tmp_path, seed=1, **options):
    story = compile_or_fail(EXAMPLE)
    return Session(EXAMPLE, story, saving.Store(tmp_path / "saves", story.title), seed,
                   seed_fixed=True, **options)


def plain(session, lines):
    """What the plain face prints for these lines, as a reader at a terminal would type them."""
    out = io.StringIO()
    code = PlainPlayer(session, io.StringIO(lines), out, 80, echo=True).run()
    return code, out.getvalue()


# ------------------------------------------------------------ odd digits

@pytest.mark.parametrize("typed", ["\u00b2", "undo \u00b9", "\u0663", "undo \u0663", "\uff12"])
def test_digits_that_are_not_ascii_are_not_numbers_in_plain_mode(tmp_path, typed):
    # "²".isdigit() is True and int("²") raises: the game used to end with an internal error.
    result = run_samizdat("play", EXAMPLE, "--plain", "--seed", "1", "--save-dir", tmp_path,
                          input=f"{typed}\n1\n")
    assert result.returncode == 0, result.stderr
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
    assert ("No choice matches" in result.stdout
            or "Say how many choices to take back, e.g. 'undo 2'." in result.stdout)
    assert "(Nerve +15, Ticket: yes)" in result.stdout  # and the game went on


def test_a_number_too_long_for_int_is_only_out_of_range(tmp_path):
    session = make_session(tmp_path)
    code, shown = plain(session, "9" * 5000 + "\nundo " + "9" * 5000 + "\n1\n")
    assert code == 0
    assert "Choose a number from 1 to 3, or type 'help'." in shown
    assert "Nothing to undo: this is where the story begins." in shown
    assert [step.choice for step in session.steps] == ["buy"]


def test_digits_that_are_not_ascii_are_not_numbers_in_the_terminal(tmp_path):
    from test_player_prompt import play

    session = make_session(tmp_path)
    screens = []
    assert play(session, "\u00b2" + ENTER + "undo \u00b9" + ENTER + "1" + ENTER + CTRL_D,
                screens=screens) == 0
    assert [step.choice for step in session.steps] == ["buy"]
    shown = "\n".join(screens)
    assert "No choice matches '\u00b2'." in shown
    assert "Say how many choices to take back, e.g. 'undo 2'." in shown


# ----------------------------------------------------- two players at once

def _slowly(monkeypatch, cls, name, delay=0.2):
    """Make `cls.name` pause after it runs, so two threads overlap where they would race."""
    original = getattr(cls, name)

    def slow(*args, **kwargs):
        result = original(*args, **kwargs)
        time.sleep(delay)
        return result

    monkeypatch.setattr(cls, name, slow)


def _at_once(*actions):
    barrier = threading.Barrier(len(actions))
    errors = []

    def run(action):
        barrier.wait()
        try:
            action()
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(a,)) for a in actions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors


def test_two_players_reaching_endings_at_once_both_have_them_recorded(tmp_path, monkeypatch):
    # Each reads the endings file, adds its ending and writes it back; a pause
    # after the read makes the two overlap every time.
    _slowly(monkeypatch, saving.Store, "endings_reached")
    first, second = (saving.Store(tmp_path, "The Night Train") for _ in range(2))
    _at_once(lambda: first.record_ending("arrival", "Moscow, Leningradsky station"),
             lambda: second.record_ending("arrested", "Taken off the train"))
    assert saving.Store(tmp_path, "The Night Train").endings_reached() == {
        "arrival": "Moscow, Leningradsky station", "arrested": "Taken off the train"}


def test_two_players_finishing_in_the_same_second_keep_two_replays(tmp_path, monkeypatch):
    engine = Engine(compile_or_fail(EXAMPLE))
    games = []
    for choice in ("arrival", "dining"):
        state = engine.start(1)
        steps = []
        for choice_id in ("buy", "corridor", choice):
            steps.append(saves.Step(state.scene, choice_id, choice_id))
            state = engine.choose(state, choice_id)
        games.append(evolve(saving.playthrough(engine, EXAMPLE, 1, steps, None, {}, state),
                            created="2024-01-31T18:05:00Z"))
    original_write = saves.write

    def slow_write(path, game):
        time.sleep(0.2)  # between choosing the name and writing the file
        original_write(path, game)

    monkeypatch.setattr(saves, "write", slow_write)
    players = [saving.Store(tmp_path, "The Night Train") for _ in games]
    _at_once(*(lambda p=p, g=g: p.keep_finished(g) for p, g in zip(players, games)))
    kept = saves.list_files(saves.replays_dir(tmp_path))
    assert [p.name for p in kept] == ["20240131T180500Z-the-night-train-1.json",
                                      "20240131T180500Z-the-night-train-2.json"]
    assert sorted(saves.read(p).steps[-1].choice for p in kept) == ["arrival", "dining"]


# ---------------------------------------------------------- a full disk

def test_a_full_disk_at_an_ending_keeps_the_game_and_says_so(tmp_path, monkeypatch):
    session = make_session(tmp_path, interactive=True)
    code, _ = plain(session, "1\n2\n")  # buy a ticket, board the train: one step from the end
    autosave = session.store.path(saving.AUTOSAVE)
    before = autosave.read_bytes()
    assert [s.choice for s in saves.read(autosave).steps] == ["buy", "corridor"]

    def no_space(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(saves.os, "fsync", no_space)  # every file the player writes now fails
    code, shown = plain(session, "1\n")  # sit in the compartment until Moscow: the ending
    assert code == 0
    assert session.page.ending == "Moscow, Leningradsky station"
    assert "Could not record this ending among those you have found:" in shown
    assert "Could not keep this finished game as a replay:" in shown
    assert "No space left on device" in shown
    assert ("Your game is still in the save 'autosave', as it was before this last choice: "
            "nothing is lost.") in shown.replace("\n", " ")
    assert "You have found 1 of 2 endings (this one is not recorded on disk)." in shown.replace("\n", " ")
    # The autosave is as it was, and nothing else was left behind.
    assert autosave.read_bytes() == before
    assert not saves.list_files(saves.replays_dir(tmp_path / "saves"))
    assert sorted(p.name for p in session.store.folder.iterdir()) == ["autosave.json"]


def test_at_an_ending_the_autosave_goes_only_once_the_replay_is_kept(tmp_path):
    session = make_session(tmp_path, interactive=True)
    plain(session, "1\n2\n1\n")
    assert not session.store.exists(saving.AUTOSAVE)
    (kept,) = saves.list_files(saves.replays_dir(tmp_path / "saves"))
    assert [s.choice for s in saves.read(kept).steps] == ["buy", "corridor", "arrival"]


def test_the_store_names_files_as_samizdat_saves_does():
    # player/store.py spells these out so as not to import samizdat.saves before a game needs it.
    assert (saving.SUFFIX, saving.REPLAYS_FOLDER) == (saves.SUFFIX, saves.REPLAYS_FOLDER)
    assert saving.SaveError is saves.SaveError
