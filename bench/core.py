"""Benchmark of the language and engine core; prints figures, asserts nothing.

    python bench/core.py [--sizes 500,2000,8000] [--repeat 3]

Prints: grammar load time (rebuilt, and from Lark's cache), parse+check
throughput in MB/s on synthetic stories (bench/synth.py), and engine steps
per second in seeded random play with every page's text rendered.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synth import write_story  # noqa: E402

# Imports first, so the figure is the grammar alone (rebuilt or from the cache).
LOAD_GRAMMAR = ("import time, lark; from samizdat.parser import get_parser; "
                "t = time.perf_counter(); get_parser(); print(time.perf_counter() - t)")


def grammar_load(cache_dir: str, repeat: int) -> tuple:
    env = {**os.environ, "SAMIZDAT_CACHE_DIR": cache_dir}
    rebuilt, cached = [], []
    for _ in range(repeat):
        for f in Path(cache_dir).glob("*"):
            f.unlink()
        rebuilt.append(float(subprocess.check_output([sys.executable, "-c", LOAD_GRAMMAR], env=env)))
        cached.append(float(subprocess.check_output([sys.executable, "-c", LOAD_GRAMMAR], env=env)))
    return statistics.median(rebuilt), statistics.median(cached)


def check_throughput(path: Path, repeat: int) -> tuple:
    from samizdat.pipeline import compile_story

    size = path.stat().st_size
    compile_story(path)  # warm: grammar loaded, caches filled
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        loaded = compile_story(path)
        times.append(time.perf_counter() - start)
    assert loaded.story is not None
    tracemalloc.start()
    compile_story(path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return size, statistics.median(times), peak, loaded.story


def random_play(story, playthroughs: int = 200, seed: int = 1) -> tuple:
    from samizdat.engine import Engine

    engine = Engine(story)
    rng = random.Random(seed)
    steps = 0
    start = time.perf_counter()
    for i in range(playthroughs):
        state = engine.start(seed + i)
        page = engine.page(state)
        for _ in range(500):
            if page.is_ending or not page.available:
                break
            state = engine.choose(state, rng.choice(page.available).id)
            page = engine.page(state)
            steps += 1
    return steps, time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,2000,8000")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as tmp:
        rebuilt, cached = grammar_load(tmp, args.repeat)
        print(f"grammar load: rebuilt {rebuilt * 1000:.1f} ms, from cache {cached * 1000:.1f} ms "
              f"({rebuilt / cached:.1f}x faster)")
        os.environ["SAMIZDAT_CACHE_DIR"] = tmp
        for n in [int(s) for s in args.sizes.split(",")]:
            path = write_story(n, Path(tmp) / f"s{n}")
            size, seconds, peak, story = check_throughput(path, args.repeat)
            steps, play_seconds = random_play(story)
            print(f"{n:>5} scenes, {size / 1e6:.2f} MB: parse+check {size / 1e6 / seconds:.2f} MB/s "
                  f"({seconds:.2f} s, peak {peak / 2**20:.0f} MiB); "
                  f"random play {steps / play_seconds:,.0f} steps/s with text")


if __name__ == "__main__":
    main()
