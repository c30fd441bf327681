"""Properties of saves over random playthroughs (Hypothesis), and the engine tests run again through saves."""
from __future__ import annotations

import os
import re
import random
import sys

from attrs import evolve
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from conftest import REPO, compile_or_fail
from saves_support import RoundTripEngine, random_playthrough
from strategies import stories, weave_stories

from samizdat import saves
from samizdat.engine import Engine, StoryLoop
from samizdat.replay import replay

FAST = settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))


def _engine(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("story") / "main.story"
    path.write_text(text, encoding="utf-8")
    return Engine(compile_or_fail(path))


def _through_file(folder, playthrough):
    path = folder / "slot.json"
    saves.write(path, playthrough)
    return saves.read(path)


def _play(engine, seed, rng_seed):
    try:
        return random_playthrough(engine, seed, random.Random(rng_seed))
    except StoryLoop:
        return None  # generated jumps may loop; the engine says so


@FAST
@given(st.one_of(stories(), weave_stories()), st.integers(0, saves.MAX_SEED), st.integers(0, 2**32),
       st.integers(0, 40))
def test_save_load_continue_equals_uninterrupted_play(tmp_path_factory, text, seed, rng_seed, cut):
    engine = _engine(tmp_path_factory, text)
    played = _play(engine, seed, rng_seed)
    if played is None:
        return
    playthrough, states = played
    cut = min(cut, len(playthrough.steps))
    saved = _through_file(tmp_path_factory.mktemp("saves"), playthrough.truncated(cut))
    loaded = replay(engine, saved)
    assert loaded.ok and loaded.states == tuple(states[:cut + 1])
    state = loaded.final
    for step in playthrough.steps[cut:]:
        state = engine.choose(state, step.choice)
    assert state == states[-1]


@FAST
@given(st.one_of(stories(), weave_stories()), st.integers(0, 2**32), st.integers(0, 2**32),
       st.integers(0, 40))
def test_undo_of_n_steps_equals_replaying_the_first_k_minus_n(tmp_path_factory, text, seed, rng_seed, n):
    engine = _engine(tmp_path_factory, text)
    played = _play(engine, seed, rng_seed)
    if played is None:
        return
    playthrough, states = played
    k = len(playthrough.steps)
    n = min(n, k)
    undone_state = states[k - n]  # what the player's undo goes back to
    # A save made after undoing keeps its position, and a replay of the first k-n steps.
    saved = _through_file(tmp_path_factory.mktemp("saves"), evolve(playthrough, position=k - n))
    assert saved.at == k - n and saved.steps == playthrough.steps
    assert replay(engine, saved).final == undone_state
    assert replay(engine, playthrough.truncated(k - n)).final == undone_state


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.integers(0, 2**32), st.integers(0, 2**32))
def test_the_round_trip_engine_plays_the_example_story_like_the_engine(example_story, seed, rng_seed):
    plain, played = random_playthrough(Engine(example_story), seed, random.Random(rng_seed))
    round_trip, states = random_playthrough(RoundTripEngine(example_story), seed, random.Random(rng_seed))
    assert plain.steps == round_trip.steps
    assert played == states


def test_the_engine_tests_pass_again_through_save_and_load():
    """As ink's tests run every story through JSON and back: test_engine.py and test_weave.py,
    every state through a save."""
    import subprocess

    engine_tests = [str(REPO / "tests" / name) for name in ("test_engine.py", "test_weave.py")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(REPO / "tests"), os.environ.get("PYTHONPATH", "")])}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", *engine_tests, "-q", "-p", "saves_support",
         "-p", "no:cacheprovider", "-x"],
        capture_output=True, text=True, cwd=REPO, env=env, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    summary = re.search(r"round trip through saves: (\d+) states", result.stdout)
    assert summary and int(summary.group(1)) > 50, result.stdout[-3000:]
