"""`samizdat randomtest`: random playthroughs, reproducible by seed, and what they cover."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import EXAMPLE, compile_or_fail, golden, run_samizdat
from samizdat.engine import Engine
from samizdat.randomtest import random_test

STORIES = Path(__file__).resolve().parent / "stories"


assert_golden = golden("tools")


def engine_for(path):
    return Engine(compile_or_fail(path))


def test_the_same_seed_gives_the_same_report_and_another_seed_another():
    engine = engine_for(EXAMPLE)
    first, again, other = (random_test(engine, 300, seed) for seed in (7, 7, 8))
    assert first == again
    assert first != other


def test_every_playthrough_ends_and_is_counted():
    result = random_test(engine_for(EXAMPLE), 500, 1)
    assert result.runs == 500
    assert sum(result.endings.values()) == result.outcomes["ending"] == 500
    assert set(result.endings) == {"arrival", "arrested"}


def test_a_random_playthrough_replays_to_the_same_place():
    from samizdat.saves import Playthrough, Step, replay

    engine = engine_for(EXAMPLE)
    walk = random_test(engine, 50, 3).longest
    playthrough = Playthrough("t", "f", walk.seed, tuple(Step(s, c) for s, c in walk.steps))
    replayed = replay(engine, playthrough)
    assert replayed.ok and replayed.final.scene == walk.scene


def test_dead_ends_and_the_step_cap_are_reported():
    result = random_test(engine_for(STORIES / "softlock.story"), 200, 0)
    assert result.outcomes.get("stuck", 0) > 0
    maze = random_test(engine_for(STORIES / "maze.story"), 200, 0, max_steps=20)
    assert maze.outcomes.get("capped", 0) > 0 and maze.longest and len(maze.longest.steps) == 20


def test_the_report_reads_as_expected():
    result = run_samizdat("randomtest", EXAMPLE, "-n", "500", "--seed", "4")
    assert result.returncode == 0 and result.stderr == ""
    assert_golden("randomtest_example.txt", re.sub(r"in \d+\.\d\d s", "in N s", result.stdout))


def test_json_lists_what_was_never_visited():
    result = run_samizdat("randomtest", STORIES / "impossible.story", "-n", "200", "--format", "json")
    assert result.returncode == 0
    body = json.loads(result.stdout)
    assert body["runs"] == 200 and body["seed"] == 0
    assert body["scenes"]["never"] == ["throne"]
    assert body["choices"]["never"] == [{"scene": "court", "choice": "throne", "where": "court/throne"}]
    assert {e["id"]: e["count"] for e in body["endings"]}["throne"] == 0


def test_a_dead_end_makes_it_exit_1():
    result = run_samizdat("randomtest", STORIES / "softlock.story", "-n", "100")
    assert result.returncode == 1
    assert "stuck with nothing to choose" in result.stdout


@pytest.mark.parametrize("args", [["-n", "0"], ["-n", "x"], ["--seed", "-1"]])
def test_bad_numbers_are_usage_errors(args):
    result = run_samizdat("randomtest", EXAMPLE, *args)
    assert result.returncode == 2 and "Traceback" not in result.stderr
