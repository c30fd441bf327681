"""The benchmarks still run (the comparison, whose two stories are one story, and the playthroughs script); the figures are never tested."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys

import pytest

from conftest import REPO

COMPARE = REPO / "bench" / "compare.py"
INKJS = REPO / "bench" / ".node" / "node_modules" / "inkjs" / "package.json"

sys.path.insert(0, str(REPO / "bench"))
import synth  # noqa: E402


def run_compare(*args, timeout=600):
    env = {**os.environ}
    env.pop("SAMIZDAT_DEBUG", None)
    return subprocess.run([sys.executable, str(COMPARE), *args], capture_output=True, text=True,
                          env=env, cwd=REPO, timeout=timeout)


def test_quick_ours_only_prints_every_measure_and_says_inkjs_was_skipped():
    result = run_compare("--quick", "--ours-only")
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "inkjs: skipped (--ours-only); ours only" in out
    assert re.search(r"500 scenes  ours 0\.43 MB: [\d.]+ \([\d.]+-[\d.]+\) MB/s, peak \d+", out)
    assert re.search(r"500 scenes  ours: [\d,]+ \([\d,]+-[\d,]+\) choices/s", out)
    assert re.search(r"500 scenes  ours: \d+ \(\d+-\d+\) ms", out)
    assert re.search(r"player \d+ \(\d+-\d+\) ms; bare imports \d+", out)
    assert re.search(r"500 scenes  [\d,]+ \([\d,]+-[\d,]+\) states/s", out)
    assert re.search(r"bytes per stored state: \d+ \(\d+-\d+\) in the search's tables", out)
    assert re.search(r"randomtest [\d,]+ \([\d,]+-[\d,]+\) playthroughs/s", out)
    assert "inkjs:" not in out.replace("inkjs: skipped", "")
    assert "Traceback" not in result.stderr


def test_the_ink_story_has_the_scenes_choices_conditions_and_effects_of_ours():
    scenes = synth.plan(120, seed=7)
    ink = synth.ink_story(120, seed=7)
    knots = re.split(r"^=== (\w+) ===$", ink, flags=re.M)[1:]
    assert [s["id"] for s in scenes] == knots[0::2]
    for scene, body in zip(scenes, knots[1::2]):
        choices = re.findall(r"^\* (?:\{(\w+) (\S+) (\d+)\} )?\[(.*)\]\n((?:    ~ .*\n)*)    -> (\w+)$",
                             body, flags=re.M)
        assert len(choices) == len(scene["choices"]), scene["id"]
        assert ("-> END" in body) == scene["ending"]
        for (name, op, value, text, effects, target), planned in zip(choices, scene["choices"]):
            assert (text, target) == (planned["text"], planned["target"])
            assert ((name, op, int(value)) if name else None) == planned["condition"]
            assert len(effects.splitlines()) == len(planned["effects"])


def test_the_samizdat_story_is_unchanged_by_the_ink_emitter():
    # The other benchmarks' figures stay comparable only if this text never moves.
    import hashlib

    text = synth.samizdat_story(500, 1)
    assert hashlib.sha256(text.encode()).hexdigest().startswith("7d499ffdcbbfd497")


@pytest.mark.skipif(shutil.which("node") is None or not INKJS.exists(),
                    reason="node or inkjs missing (npm install --prefix bench/.node inkjs@2.4.0)")
def test_with_inkjs_both_engines_play_the_same_paths():
    result = run_compare("--quick", "--only", "play")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "(the same paths in both)" in result.stdout, result.stdout
    assert json.loads(INKJS.read_text())["version"] == "2.4.0"


def test_the_playthroughs_script_runs_and_measures_a_fork():
    from conftest import EXAMPLE

    result = subprocess.run([sys.executable, str(REPO / "bench" / "playthroughs.py"), str(EXAMPLE), "-n", "200",
                             "--pairs", "50", "--at", "corridor", "--fork", "porter=porter:corridor"],
                            capture_output=True, text=True, cwd=REPO, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "200 random playthroughs, seed 0" in result.stdout
    assert re.search(r"words read: mean [\d,]+, median", result.stdout)
    assert re.search(r"stats on arrival at corridor \(\d+ playthroughs\)", result.stdout)
    assert re.search(r"porter \(\d+ / \d+\) +mean [\d.]+%", result.stdout)
