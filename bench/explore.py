"""What `samizdat explore` answers on a large story, how fast, in how much memory.

Runs `samizdat explore --format json --witness-dir DIR` on the bundled story
(or on a synthetic one from bench/synth.py), as a separate process so that
its peak memory is its own, then `samizdat replay FILE --check` on every
replay it wrote. Prints the wall time, the peak resident memory, the states
and abstract classes, the seconds per method, and what is proven, witnessed
and open.

    python bench/explore.py                      # The Red Napoleon
    python bench/explore.py --synth 600 --stats 24   # a synthetic story
    python bench/explore.py PATH [--time-limit 60]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import synth  # noqa: E402

BUNDLED = HERE.parent / "stories" / "red_napoleon"


def samizdat(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "samizdat", *map(str, args)], capture_output=True,
                          text=True, cwd=cwd, env={**os.environ, "NO_COLOR": "1"})


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("story", nargs="?", default=str(BUNDLED))
    parser.add_argument("--synth", type=int, metavar="SCENES", help="explore a synthetic story instead")
    parser.add_argument("--stats", type=int, default=24, help="its stats (default 24)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--time-limit", type=int, default=60)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as folder:
        story = Path(args.story)
        if args.synth:
            story = synth.write_story(args.synth, Path(folder) / "story", args.seed, stats=args.stats)
            print(f"synthetic story: {args.synth} scenes, {args.stats} stats (bench/synth.py, seed {args.seed})")
        witnesses = Path(folder) / "witnesses"
        began = time.perf_counter()
        result = samizdat("explore", story, "--format", "json", "--witness-dir", witnesses,
                          "--time-limit", args.time_limit)
        wall = time.perf_counter() - began
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024  # kilobytes on Linux
        if result.returncode not in (0, 1, 3):
            sys.exit(f"explore failed ({result.returncode}): {result.stderr}")
        r = json.loads(result.stdout)
        checked = failed = 0
        for replay in sorted(witnesses.glob("*.json")):
            ok = samizdat("replay", replay, "--check").returncode == 0
            checked += 1
            failed += not ok
            if not ok:
                print(f"  replay --check FAILED: {replay.name}")

    endings = r["endings"]
    witnessed = sum(e["status"] == "reached" for e in endings)
    print(f"{r['title']}: exit {result.returncode}, {wall:.1f} s wall, peak memory {peak / 2**20:,.0f} MiB")
    print(f"  exact search: {r['states']:,} states ({r['expanded']:,} explored), "
          f"{r['peak_bytes_per_state']:,} bytes per state at its peak"
          + (", complete" if r["complete"] else ""))
    if r["abstraction"]:
        print(f"  abstraction:  {r['classes']:,} classes, {r['thresholds']} thresholds, "
              f"{r['rounds']} run(s)")
    print(f"  witnesses:    {r['samples']:,} random playthroughs, directed search {r['directed']:,} states")
    print("  time:         " + ", ".join(f"{k} {v:.1f} s" for k, v in r["timings"].items()))
    print(f"  endings witnessed {witnessed} of {len(endings)}; scenes reached {r['scenes_reached']} of "
          f"{r['scenes']}; choices available {r['choices_available']} of {r['choices']}")
    print(f"  dead ends: {len(r['stuck'])} witnessed"
          + (f", none anywhere (proven by the {r['dead_ends_proven']})" if r["dead_ends_proven"] else ""))
    print(f"  problems {r['problems']}, open questions {r['open']}; "
          f"replays written {checked}, failing replay --check {failed}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
