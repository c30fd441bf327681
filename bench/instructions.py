"""Instructions, not seconds: this checkout against another, counted by valgrind.

On a shared machine a timed A/B of a 10% change is lost in the noise (the same
run varies by a third when other work is running). Valgrind's callgrind counts
the instructions a process runs, which does not depend on what else the
machine is doing. This runs three workloads under it, for each tree:

- parse+check: load and check a bench/synth.py story, less the same process
  on a one-scene story (imports and the grammar's tables from the cache);
- explore: the search, as the marginal instructions per state between a
  small and a larger --max-states (so that compiling the story cancels out);
- random play: 300 random playthroughs (no text rendered), less compiling.

    python bench/instructions.py OTHER_TREE [--scenes 500]

OTHER_TREE is a checkout (or `git worktree add`) of the revision to compare
with; each tree's own `src/` is imported. Prints the counts and the ratio
this/other. About ten minutes for the default size.

Counts repeat exactly only if nothing random reaches the process: the story
and the cache live at fixed paths (a path is hashed, and hashes order sets
and dicts), PYTHONHASHSEED is fixed and, where `setarch` can turn it off,
so is address randomisation. Which states a bounded search stores first
still depends on such orders, and explore's count per state moved by a
fifth between spellings of the story's path: it is taken over --samples
spellings, each the same for both trees, and the median is printed with
the range.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

WORKLOADS = {
    "parse+check": r'''
import sys
sys.path.insert(0, sys.argv[1] + "/src")
from samizdat.loader import load
from samizdat.checker import check
if sys.argv[3] == "base":  # the same imports and the grammar's tables, on a one-scene story
    import pathlib, tempfile
    tiny = pathlib.Path(tempfile.mkdtemp()) / "main.story"
    tiny.write_text("start a\n=== ending a: A\nDone.\n")
    check(load(tiny).story)
else:
    check(load(sys.argv[2]).story)
''',
    "explore": r'''
import sys
sys.path.insert(0, sys.argv[1] + "/src")
from samizdat.pipeline import compile_story
from samizdat.engine import Engine
try:
    from samizdat.explorer.search import search
except ImportError:
    from samizdat.explore import search
engine = Engine(compile_story(sys.argv[2]).story)
search(engine, max_states=int(sys.argv[3]) if sys.argv[3].isdigit() else 100)
''',
    "random play": r'''
import sys
sys.path.insert(0, sys.argv[1] + "/src")
from samizdat.pipeline import compile_story
from samizdat.engine import Engine
from samizdat.randomtest import random_test
engine = Engine(compile_story(sys.argv[2]).story)
if sys.argv[3] != "base":
    random_test(engine, 300, 1)
''',
}


WORK = Path(tempfile.gettempdir()) / "samizdat-instructions"
NO_ASLR = ["setarch", os.uname().machine, "-R"] if shutil.which("setarch") else []


def instructions(tree: str, workload: str, story: Path, argument: str) -> int:
    """Instructions the workload runs, counted by callgrind."""
    cache = WORK / "cache"
    shutil.rmtree(cache, ignore_errors=True)
    env = {**os.environ, "SAMIZDAT_CACHE_DIR": str(cache), "PYTHONHASHSEED": "0"}
    script = WORKLOADS[workload]
    subprocess.run([sys.executable, "-c", script, tree, str(story), "prime"], env=env, check=True,
                   capture_output=True)  # the grammar's tables into the cache, uncounted
    out = WORK / "callgrind.out"
    result = subprocess.run(
        [*NO_ASLR, "valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
         sys.executable, "-c", script, tree, str(story), argument],
        env=env, capture_output=True, text=True, check=True)
    found = re.search(r"Collected : (\d+)", result.stderr)
    return int(found.group(1))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other", help="the tree to compare with (a checkout with src/)")
    parser.add_argument("--scenes", type=int, default=500)
    parser.add_argument("--states", type=int, nargs=2, default=(2000, 8000), metavar=("SMALL", "LARGE"))
    parser.add_argument("--samples", type=int, default=3,
                        help="spellings of the story's path to take explore's count over")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(HERE))
    from synth import samizdat_story

    text = samizdat_story(args.scenes, 1)
    stories = []
    for sample in range(args.samples):
        story = WORK / f"story-{sample}" / "main.story"
        story.parent.mkdir(parents=True, exist_ok=True)
        story.write_text(text, encoding="utf-8")
        stories.append(story)
    trees = {"other": args.other, "this": str(ROOT)}
    rows = {}
    for name, tree in trees.items():
        story = stories[0]
        baseline = {w: instructions(tree, w, story, "base") for w in ("parse+check", "random play")}
        per_state = []
        for sample in stories:
            small, large = (instructions(tree, "explore", sample, str(n)) for n in args.states)
            per_state.append((large - small) / (args.states[1] - args.states[0]))
        rows[name] = {
            "parse+check": [instructions(tree, "parse+check", story, "run") - baseline["parse+check"]],
            "explore": per_state,
            "random play": [instructions(tree, "random play", story, "run") - baseline["random play"]],
        }
    print(f"bench/synth.py story of {args.scenes} scenes ({len(text.encode()) / 1e6:.2f} MB); "
          f"explore per state between {args.states[0]:,} and {args.states[1]:,} states, "
          f"median (min-max) of {args.samples} spellings of the story's path")
    print(f"{'workload':<14}{'other':>30}{'this':>30}{'this/other':>12}")
    for workload, unit in (("parse+check", "instructions"), ("explore", "per state"),
                           ("random play", "300 playthroughs")):
        a, b = rows["other"][workload], rows["this"][workload]
        print(f"{workload:<14}{_figure(a):>30}{_figure(b):>30}"
              f"{statistics.median(b) / statistics.median(a):>11.2f}x   ({unit})")


def _figure(counts) -> str:
    median = f"{statistics.median(counts):,.0f}"
    if len(counts) == 1:
        return median
    return f"{median} ({min(counts):,.0f}-{max(counts):,.0f})"


if __name__ == "__main__":
    main()
