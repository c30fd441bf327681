"""What random readers of The Red Napoleon read: words, endings, stats, forks.

Plays seeded random playthroughs of the bundled story (a uniformly random
available choice each step, as `samizdat randomtest` plays), rendering every
page, and prints:

- words read per playthrough (mean, median, quartiles) and per chapter;
- the endings' shares;
- each stat at checkpoint scenes: its mean and how many playthroughs sit
  within 10 of a bound;
- for each fork (a scene where the story parts, and the scenes only one side
  reads), the words two playthroughs share when they part there: the words of
  the paragraphs both show (identical text, each counted as often as both
  show it) over the words of the shorter playthrough, as
  notes in the plan for the second draft measure it.

    python bench/red_napoleon_paths.py [--runs 4000] [--pairs 2000] [--seed 0]
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
from collections import Counter
from pathlib import Path

from samizdat.engine import Engine
from samizdat.pipeline import compile_story

STORY = Path(__file__).resolve().parent.parent / "stories" / "red_napoleon"

CHAPTERS = (("1 The Fall", "fall_"), ("2 The Coup", ("coup_", "wait_")), ("3 The Troika", ("troika_", "dual_")),
            ("4 The Prophet", "prophet_"), ("5 The Map of Europe", "europe_"), ("6 The Reckoning", ("reckoning", "end_")))

CHECKPOINTS = ("coup_dawn", "troika_rhineland", "troika_mayday", "prophet_night", "europe_autumn", "reckoning_desk")

# A fork: its name, the scene where it parts, and the scenes only the branch reads.
FORKS = (
    ("sleep on it (ch 1)", "fall_home", ("wait_morning",)),
    ("the night half fails, or the funeral (ch 2)", "fall_decision", ("coup_smolensk",)),
    ("the Congress lost (ch 3)", "troika_desk", ("dual_walkout",)),
)


def play(engine, rng):
    """One random playthrough: the scenes entered, its paragraphs, the values at
    checkpoints, its ending, and the words read in each chapter."""
    turn = engine.begin(rng.randrange(2**32))
    scenes, paragraphs, values, per = [], [], {}, Counter()
    slots = engine.symbols.value_slots
    while True:
        for section in turn.page.sections:
            if section.arrived:
                scenes.append(section.scene)
            paragraphs += section.paragraphs
            per[chapter_of(section.scene)] += sum(map(words, section.paragraphs))
        if turn.state.scene in CHECKPOINTS and turn.state.scene not in values:
            values[turn.state.scene] = {name: turn.state.values[slot] for name, slot in slots.items()}
        if turn.page.is_ending:
            return scenes, paragraphs, values, turn.state.scene, per
        turn = engine.take(turn, rng.choice([c.id for c in turn.page.available]))


def words(paragraph):
    return len(paragraph.split())


def shared(a, b):
    """Words of the paragraphs both playthroughs show, over the words of the shorter."""
    ca, cb = Counter(a), Counter(b)
    common = sum(words(p) * min(n, cb[p]) for p, n in ca.items() if p in cb)
    return common / min(sum(map(words, a)), sum(map(words, b)))


def chapter_of(scene):
    for name, prefix in CHAPTERS:
        if scene.startswith(prefix):
            return name
    return "other"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=4000)
    parser.add_argument("--pairs", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    story = compile_story(STORY).story
    engine = Engine(story)
    rng = random.Random(args.seed)
    runs = [play(engine, rng) for _ in range(args.runs)]

    totals = sorted(sum(map(words, r[1])) for r in runs)
    q = statistics.quantiles(totals, n=4)
    print(f"{args.runs} random playthroughs")
    print(f"words read: mean {statistics.mean(totals):,.0f}, median {statistics.median(totals):,.0f}, "
          f"quartiles {q[0]:,.0f} / {q[2]:,.0f}, min {totals[0]:,}, max {totals[-1]:,}")
    within = sum(15_000 <= t <= 20_000 for t in totals) / len(totals)
    print(f"between 15,000 and 20,000 words: {within:.0%}")

    print("\nwords per chapter (mean over all playthroughs):")
    for name, _ in CHAPTERS:
        print(f"  {name:22} {sum(r[4][name] for r in runs) / len(runs):7,.0f}")

    print("\nendings:")
    ends = Counter(r[3] for r in runs)
    for end, count in ends.most_common():
        print(f"  {end:24} {count:6} {count / len(runs):6.1%}")

    print("\nstats at checkpoints (mean; share within 10 of a bound, low/high):")
    stats = story.stats
    print("  " + " " * 18 + "".join(f"{c[:16]:>18}" for c in CHECKPOINTS))
    for stat in stats:
        lo, hi = stat.low, stat.high
        cells = []
        for cp in CHECKPOINTS:
            vals = [r[2][cp][stat.name] for r in runs if cp in r[2]]
            if not vals:
                cells.append(f"{'-':>18}")
                continue
            low = sum(v <= lo + 10 for v in vals) / len(vals)
            high = sum(v >= hi - 10 for v in vals) / len(vals)
            cells.append(f"{statistics.mean(vals):6.0f} {low:4.0%}/{high:4.0%}")
        print(f"  {stat.name[:18]:18}" + "".join(f"{c:>18}" for c in cells))

    print("\nwords two playthroughs share when they part at a fork:")
    everyone = [shared(runs[i][1], runs[j][1]) for i, j in
                (rng.sample(range(len(runs)), 2) for _ in range(args.pairs))]
    print(f"  any two playthroughs: mean {statistics.mean(everyone):.0%}")
    for name, point, branch in FORKS:
        reached = [r for r in runs if point in r[0]]
        inside = [r for r in reached if any(b in r[0] for b in branch)]
        outside = [r for r in reached if not any(b in r[0] for b in branch)]
        if not inside or not outside:
            print(f"  {name}: {len(inside)} playthroughs take the branch, {len(outside)} do not: no pairs")
            continue
        figures = [shared(rng.choice(inside)[1], rng.choice(outside)[1]) for _ in range(args.pairs)]
        print(f"  {name}: {len(inside) / len(runs):.1%} take the branch; shared mean {statistics.mean(figures):.0%}, "
              f"max {max(figures):.0%}")


if __name__ == "__main__":
    sys.exit(main())
