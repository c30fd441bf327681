"""Test helpers for saves and replays: golden files, random playthroughs, and an engine that round-trips every state through a save.

The engine tests run a second time through save and load, as ink's tests run
every story through JSON and back (tests/test_replay_properties.py does it):

    PYTHONPATH=tests pytest tests/test_engine.py -p saves_support

Tests of your own can ask for both kinds of engine:

    from saves_support import ENGINE_KINDS

    @pytest.mark.parametrize("make_engine", ENGINE_KINDS)
    def test_something(make_engine, example_story):
        engine = make_engine(example_story)
        ...

`RoundTripEngine` behaves exactly like `Engine`, except that every state it
returns has been reached by writing the path to it as a save file's text,
reading that back and replaying it; it fails the test if the replayed state
differs from the one the engine computed directly.
"""
from __future__ import annotations

import random

from conftest import golden

from samizdat import saves
from samizdat.engine import Engine
from samizdat.evaluate import SEEDED
from samizdat.replay import replay

assert_golden = golden("saves")


class RoundTripEngine(Engine):
    """An `Engine` whose every state has been through a save file and back."""

    round_trips = 0  # states sent through a save, in this process

    def __init__(self, story):
        super().__init__(story)
        self._direct = Engine(story)
        self._paths = {}  # State -> the Playthrough that reaches it
        self._fingerprint = saves.fingerprint(story)

    def start(self, seed=0, at=None, values=None, dice=SEEDED, **options):
        state = super().start(seed, at, values, dice=dice, **options)
        if dice is not SEEDED:
            return state  # other dice: no seed can replay it
        playthrough = saves.Playthrough(self.story.title, self._fingerprint, seed, (), at,
                                        dict(values or {}))
        return self._through_save(state, playthrough)

    def choose(self, state, choice_id, dice=SEEDED, **options):
        new = super().choose(state, choice_id, dice, **options)
        path = self._paths.get(state)
        if dice is not SEEDED or path is None:
            return new  # other dice, or a state built by hand: no save could reach it
        page = self.page(state)
        text = next((v.text for v in page.choices if v.id == choice_id), "")
        at = page.where if page.where != page.scene else ""
        return self._through_save(new, path.with_step(saves.Step(state.scene, choice_id, text, at)))

    def begin(self, seed=0, at=None, values=None):
        turn = super().begin(seed, at, values)
        playthrough = saves.Playthrough(self.story.title, self._fingerprint, seed, (), at,
                                        dict(values or {}))
        self._through_save(turn.state, playthrough)
        return turn

    def take(self, turn, choice_id, answer=None):
        from samizdat.explorer.witness import step_of

        new = super().take(turn, choice_id, answer)
        path = self._paths.get(turn.state)
        if path is not None:
            self._through_save(new.state, path.with_step(step_of(turn, choice_id, answer)))
        return new

    def _through_save(self, state, playthrough):
        text = saves.to_json(playthrough)
        loaded = saves.from_bytes(text.encode("utf-8"), "round-trip.json")
        assert loaded == playthrough, "a playthrough changed on its way through a save file"
        replayed = replay(self._direct, loaded)
        assert replayed.ok, replayed.divergence.describe()
        assert replayed.final == state, "loading a save reached another state than playing"
        self._paths[replayed.final] = loaded
        RoundTripEngine.round_trips += 1
        return replayed.final


ENGINE_KINDS = (Engine, RoundTripEngine)


# As a pytest plugin (`pytest tests/test_engine.py -p saves_support`, with tests/
# on PYTHONPATH), the engine tests' helper builds RoundTripEngines instead.

def pytest_configure(config):
    import engine_helpers

    engine_helpers.Engine = RoundTripEngine


def pytest_terminal_summary(terminalreporter):
    terminalreporter.write_line(f"round trip through saves: {RoundTripEngine.round_trips} states")


def random_playthrough(engine, seed: int, rng: random.Random, max_steps: int = 40,
                       start_values=None):
    """Play `engine` with random choices; returns (playthrough, states along the way)."""
    state = engine.start(seed, values=start_values)
    playthrough = saves.new_playthrough(engine.story, seed, start_values=start_values or {})
    states = [state]
    for _ in range(max_steps):
        page = engine.page(state)
        if page.is_ending or page.stuck:
            break
        view = rng.choice(page.available)
        at = page.where if page.where != page.scene else ""
        playthrough = playthrough.with_step(saves.Step(state.scene, view.id, view.text, at))
        state = engine.choose(state, view.id)
        states.append(state)
    return playthrough, states
