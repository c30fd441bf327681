"""`samizdat randomtest STORY -n N`: play N random playthroughs and report what they covered."""
from __future__ import annotations

import sys
import time

from ..sanitize import sanitize, to_json
from .authoring import (
    EXIT_OK, EXIT_PROBLEMS, count, format_argument, load, natural, plural, story_argument)


def add_parser(sub):
    from ..randomtest import DEFAULT_MAX_STEPS

    p = sub.add_parser(
        "randomtest", help="play many random playthroughs and report coverage",
        description="Play random playthroughs (a random available choice each step, until an "
                    "ending) and report which scenes and choices they never reached, how often "
                    "each ending came up and how long playthroughs were. The same --seed gives "
                    "the same report. Exits 1 if a playthrough got stuck or a jump never stopped.")
    story_argument(p)
    p.add_argument("-n", "--runs", type=count, default=1000, metavar="N",
                   help="how many playthroughs (default 1000)")
    p.add_argument("--seed", type=natural, default=0, metavar="S", help="the seed (default 0)")
    p.add_argument("--max-steps", type=count, default=DEFAULT_MAX_STEPS, metavar="N",
                   help=f"give up on a playthrough after this many steps (default {DEFAULT_MAX_STEPS})")
    format_argument(p)
    p.set_defaults(run=run)


def run(args) -> int:
    loaded, failed = load(args.path)
    if failed is not None:
        return failed
    from ..engine import Engine
    from ..randomtest import random_test

    engine = Engine(loaded.story)
    began = time.perf_counter()
    if sys.stderr.isatty():
        result = _with_progress_bar(engine, args)
    else:
        result = random_test(engine, args.runs, args.seed, args.max_steps)
    elapsed = time.perf_counter() - began
    body = summarise(loaded.story, result)
    if args.format == "json":
        print(to_json(body))
    else:
        _print_text(body, elapsed)
    return EXIT_PROBLEMS if body["stuck"] or body["loops"] or body["faults"] else EXIT_OK


def _with_progress_bar(engine, args):
    from prompt_toolkit.output import create_output
    from prompt_toolkit.shortcuts import ProgressBar

    from ..randomtest import random_test

    with ProgressBar(title="random playthroughs", output=create_output(stdout=sys.stderr)) as bar:
        counter = bar(total=args.runs, label="playing")

        def progress(done):
            counter.item_completed()

        result = random_test(engine, args.runs, args.seed, args.max_steps, progress)
        counter.done = True
    return result


def summarise(story, result) -> dict:
    """The report as plain data: what the text and JSON outputs both show."""
    from ..randomtest import all_choices

    endings = [{"id": s.id, "title": s.heading or s.id, "count": result.endings.get(s.id, 0)}
               for s in story.endings]
    never_scenes = [s.id for s in story.scenes if s.id not in result.scenes]
    choices = all_choices(story)
    never_choices = [{"scene": info.key.rsplit("/", 1)[0], "choice": info.id, "where": info.path}
                     for info in choices if info.key not in result.choices]
    longest = result.longest

    def example(outcome):
        w = result.first.get(outcome)
        return None if w is None else {"seed": w.seed, "scene": w.scene, "steps": len(w.steps)}

    return {
        "title": story.title,
        "runs": result.runs,
        "seed": result.seed,
        "max_steps": result.max_steps,
        "endings": endings,
        "stuck": result.outcomes.get("stuck", 0),
        "capped": result.outcomes.get("capped", 0),
        "loops": result.outcomes.get("loop", 0),
        "faults": result.outcomes.get("fault", 0),
        "first_stuck": example("stuck"),
        "first_fault": None if "fault" not in result.first else
        {**example("fault"), "message": result.first["fault"].fault},
        "mean_steps": round(result.mean_steps, 2),
        "longest": None if longest is None else {"steps": len(longest.steps), "seed": longest.seed},
        "scenes": {"total": len(story.scenes), "visited": len(story.scenes) - len(never_scenes),
                   "never": never_scenes},
        "choices": {"total": len(choices), "taken": len(choices) - len(never_choices),
                    "never": never_choices},
    }


def _print_text(body, elapsed):
    out = sys.stdout.write
    out(f"{sanitize(body['title'])}: {plural(body['runs'], 'random playthrough')} "
        f"(seed {body['seed']}, at most {plural(body['max_steps'], 'step')} each), in {elapsed:.2f} s.\n")
    out("\nEndings:\n")
    width = max((len(e["id"]) for e in body["endings"]), default=0)
    for e in body["endings"]:
        share = 100 * e["count"] / body["runs"]
        out(f"  {sanitize(e['id']):<{width}}  {e['count']:>9,}  {share:5.1f}%  \"{sanitize(e['title'])}\"\n")
    for key, words in (("stuck", "stuck with nothing to choose"), ("capped", "stopped at the step cap"),
                       ("loops", "ended in a jump that never stops"),
                       ("faults", "stopped where the story went wrong")):
        if body[key]:
            out(f"  {plural(body[key], 'playthrough')} {words}\n")
    if body["first_fault"]:
        first = body["first_fault"]
        out(f"  the first after {plural(first['steps'], 'step')} (seed {first['seed']}): "
            f"{sanitize(first['message'])}\n")
    if body["first_stuck"]:
        first = body["first_stuck"]
        out(f"  the first got stuck in '{sanitize(first['scene'])}' after "
            f"{plural(first['steps'], 'step')} (seed {first['seed']})\n")
    longest = body["longest"]
    if longest:
        out(f"\nLength: {body['mean_steps']:.1f} steps on average, the longest "
            f"{plural(longest['steps'], 'step')} (engine seed {longest['seed']}).\n")
    scenes, choices = body["scenes"], body["choices"]
    out(f"\nCoverage: {scenes['visited']} of {scenes['total']} scenes, "
        f"{choices['taken']} of {choices['total']} choices.\n")
    out("Scenes never visited: " + (", ".join(map(sanitize, scenes["never"])) or "none") + "\n")
    out("Choices never taken: " + (", ".join(sanitize(c["where"]) for c in choices["never"])
                                   or "none") + "\n")
