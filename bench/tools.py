"""Benchmarks for the author tools, on a synthetic story from bench/synth.py.

Prints explore's distinct states per second, the bytes each stored state
costs (its key, its place in the index, its parent, choice and edges) after
the search and at its peak (with the step memo, which the search frees
once done), and the growth of peak memory per million states, then
randomtest's playthroughs per second.

    python bench/tools.py [--scenes 200] [--states 300000] [--runs 2000] [--seed 1]
"""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth  # noqa: E402

from samizdat.engine import Engine  # noqa: E402
from samizdat.explorer.search import search, stored_bytes  # noqa: E402
from samizdat.pipeline import compile_story  # noqa: E402
from samizdat.randomtest import random_test  # noqa: E402


def peak_bytes() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # kilobytes on Linux


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenes", type=int, default=200)
    parser.add_argument("--states", type=int, default=300_000)
    parser.add_argument("--runs", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as folder:
        path = synth.write_story(args.scenes, folder, args.seed)
        story = compile_story(path).story
    engine = Engine(story)
    print(f"synthetic story: {args.scenes} scenes (bench/synth.py, seed {args.seed})")

    before = peak_bytes()
    began = time.perf_counter()
    s = search(engine, max_states=args.states)
    elapsed = time.perf_counter() - began
    grown = max(0, peak_bytes() - before)
    print(f"explore:    {s.states:,} distinct states ({s.expanded:,} expanded, "
          f"{s.transitions:,} transitions) in {elapsed:.2f} s")
    print(f"            {s.states / elapsed:,.0f} states/s, {s.expanded / elapsed:,.0f} expanded/s")
    print(f"            {stored_bytes(s) / s.states:,.0f} bytes per stored state, "
          f"{s.peak_bytes / s.states:,.0f} at the peak (with the step memo); "
          f"peak memory grew {grown / 2**20:,.0f} MiB, "
          f"{grown / s.states * 1e6 / 2**20:,.0f} MiB per million states")

    began = time.perf_counter()
    result = random_test(engine, args.runs, args.seed)
    elapsed = time.perf_counter() - began
    print(f"randomtest: {result.runs:,} playthroughs ({result.total_steps:,} steps) in {elapsed:.2f} s: "
          f"{result.runs / elapsed:,.0f} playthroughs/s, {result.total_steps / elapsed:,.0f} steps/s")


if __name__ == "__main__":
    main()
