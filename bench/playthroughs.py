"""What random readers of a story read: words, endings, stats, and how alike two playthroughs are.

    python bench/playthroughs.py [STORY] [-n 4000] [--seed 0] [--fork NAME=SCENE_A:SCENE_B ...]
                                 [--at SCENE ...] [--pairs 2000]

Plays N random playthroughs as `samizdat randomtest` does (a uniformly random
available choice each step) through `samizdat.engine.Engine`, keeping every
paragraph shown, and prints:

- the endings, each with its share;
- words read per playthrough (mean, median, range) and per chapter (by the
  scene id's prefix before the first `_`);
- the stats on arrival at each `--at` scene (mean, and the share at or beyond
  10 from either bound);
- for each `--fork NAME=A:B`, how alike are a playthrough that saw scene A and
  one that saw scene B (and not A): the words of the paragraphs both show
  (identical text, each counted as often as both show it) divided by the words
  of the shorter, over random pairs; the same for random pairs of all
  playthroughs, for comparison.

A paragraph that differs by one conditional clause counts as not shared, so
the likeness is, if anything, low. The figures are the measure the story's
plan for its second draft uses (its section 1); the same seed gives the same
figures.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
from collections import Counter
from pathlib import Path

from samizdat import model as m
from samizdat.engine import Engine
from samizdat.pipeline import compile_story

REPO = Path(__file__).resolve().parent.parent


def play(engine, rng, stats, at_scenes):
    """One random playthrough: its paragraphs (scene, text), scenes entered, stats on arrival, ending."""
    turn = engine.begin(rng.randrange(2**32))
    paragraphs, scenes, snapshots = [], [], {}
    slots = {d.name: i for i, d in enumerate(engine.declarations)}
    while True:
        for section in turn.page.sections:
            if section.arrived:
                scenes.append(section.scene)
            paragraphs += [(section.scene, p) for p in section.paragraphs]
        scene = turn.state.scene
        if scene in at_scenes and scene not in snapshots:
            snapshots[scene] = {s: turn.state.values[slots[s]] for s in stats}
        if turn.page.is_ending:
            return {"paragraphs": paragraphs, "scenes": scenes, "at": snapshots, "ending": scene}
        turn = engine.take(turn, rng.choice([c.id for c in turn.page.available]))


def words(text):
    return len(text.split())


def likeness(a, b):
    """Words of the paragraphs both playthroughs show, over the words of the shorter."""
    ca, cb = Counter(p for _, p in a["paragraphs"]), Counter(p for _, p in b["paragraphs"])
    shared = sum(words(p) * min(n, cb[p]) for p, n in ca.items() if p in cb)
    return shared / min(a["words"], b["words"])


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("story", nargs="?", default=str(REPO / "stories" / "red_napoleon"))
    parser.add_argument("-n", type=int, default=4000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--pairs", type=int, default=2000)
    parser.add_argument("--at", action="append", default=[], metavar="SCENE")
    parser.add_argument("--fork", action="append", default=[], metavar="NAME=A:B")
    args = parser.parse_args(argv)

    loaded = compile_story(args.story)
    if loaded.story is None:
        sys.exit("\n".join(map(str, loaded.diagnostics)))
    story = loaded.story
    engine = Engine(story)
    stats = [d.name for d in story.declarations if isinstance(d, m.Stat)]
    bounds = {d.name: (d.low, d.high) for d in story.declarations if isinstance(d, m.Stat)}
    rng = random.Random(args.seed)
    runs = [play(engine, rng, stats, set(args.at)) for _ in range(args.n)]
    for run in runs:
        run["words"] = sum(words(p) for _, p in run["paragraphs"])
        run["seen"] = set(run["scenes"])

    print(f"{args.n} random playthroughs, seed {args.seed}\n\nendings:")
    for ending, count in Counter(r["ending"] for r in runs).most_common():
        print(f"  {ending:28} {count:6}  {100 * count / args.n:5.1f}%")

    totals = [r["words"] for r in runs]
    print(f"\nwords read: mean {statistics.mean(totals):,.0f}, median {statistics.median(totals):,.0f}, "
          f"min {min(totals):,}, max {max(totals):,}")
    chapters = Counter()
    for run in runs:
        for scene, p in run["paragraphs"]:
            chapters[scene.split("_")[0]] += words(p)
    for chapter, count in chapters.most_common():
        print(f"  {chapter:12} {count / args.n:7,.0f} a playthrough ({100 * count / sum(totals):4.1f}%)")

    for scene in args.at:
        arrived = [r["at"][scene] for r in runs if scene in r["at"]]
        print(f"\nstats on arrival at {scene} ({len(arrived)} playthroughs):")
        for stat in stats:
            values = [a[stat] for a in arrived]
            if not values:
                continue
            low, high = bounds[stat]
            near_low = sum(v <= low + 10 for v in values) / len(values)
            near_high = sum(v >= high - 10 for v in values) / len(values)
            at_bound = sum(v in (low, high) for v in values) / len(values)
            print(f"  {stat:18} mean {statistics.mean(values):5.1f}  <={low + 10}: {100 * near_low:4.1f}%"
                  f"  >={high - 10}: {100 * near_high:4.1f}%  at a bound: {100 * at_bound:4.1f}%")

    pick = random.Random(args.seed + 1)

    def pairs(left, right):
        if not left or not right:
            return None
        return [likeness(pick.choice(left), pick.choice(right)) for _ in range(args.pairs)]

    def report(name, values):
        if values is None:
            print(f"  {name:28} (no playthrough on one side)")
        else:
            print(f"  {name:28} mean {100 * statistics.mean(values):4.1f}%  "
                  f"median {100 * statistics.median(values):4.1f}%  max {100 * max(values):4.1f}%")

    print("\nwords two playthroughs share:")
    report("any two", pairs(runs, runs))
    for fork in args.fork:
        name, _, sides = fork.partition("=")
        a, _, b = sides.partition(":")
        left = [r for r in runs if a in r["seen"]]
        right = [r for r in runs if b in r["seen"] and a not in r["seen"]]
        report(f"{name} ({len(left)} / {len(right)})", pairs(left, right))


if __name__ == "__main__":
    main()
