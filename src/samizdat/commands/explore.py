"""`samizdat explore STORY`: search every reachable state for dead ends and unreachable endings."""
from __future__ import annotations

import sys
from pathlib import Path

import attrs

from ..sanitize import sanitize, to_json
from .authoring import (
    EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, StatusLine, count,
    format_argument, load, natural, plural, show_value, story_argument)


def add_parser(sub):
    from ..explorer.search import DEFAULT_MAX_STATES
    from ..explorer.findings import DEFAULT_SAMPLES

    p = sub.add_parser(
        "explore", help="search every reachable state for dead ends and unreachable endings",
        description="Search every state the story can reach, following every outcome of every "
                    "roll, and report endings never reached, scenes and choices never met, dead "
                    "ends, cycles with no way out and the range each value takes. Exits 1 when "
                    "it finds a dead end, an ending it cannot reach, a cycle with no way to an "
                    "ending or a jump that never stops.")
    story_argument(p)
    p.add_argument("--max-states", type=count, default=DEFAULT_MAX_STATES, metavar="N",
                   help=f"stop after this many distinct states (default {DEFAULT_MAX_STATES:,}); "
                        "beyond it, findings are proven by abstraction or only sampled")
    p.add_argument("--witness-dir", metavar="DIR",
                   help="write the shortest path to each ending and each dead end there, "
                        "as replay files for `samizdat replay`")
    p.add_argument("--samples", type=natural, default=None, metavar="N",
                   help=f"random playthroughs to add when the search is partial (default {DEFAULT_SAMPLES})")
    p.add_argument("--seed", type=natural, default=0, metavar="S", help="seed for those playthroughs")
    p.add_argument("--ignore-text", action="store_true",
                   help="merge states that differ only in values the text shows (the findings "
                        "do not change; the search goes further)")
    format_argument(p)
    p.set_defaults(run=run)


def run(args) -> int:
    loaded, failed = load(args.path)
    if failed is not None:
        return failed
    witness_dir = Path(args.witness_dir) if args.witness_dir else None
    if witness_dir is not None and witness_dir.exists() and not witness_dir.is_dir():
        print(f"samizdat explore: {sanitize(str(witness_dir))}: not a folder", file=sys.stderr)
        return EXIT_USAGE

    from ..engine import Engine
    from ..explorer.findings import explore_story

    engine = Engine(loaded.story)
    status = StatusLine()

    def progress(s):
        rate = s.states / s.elapsed if s.elapsed else 0
        status.show(f"explored {s.expanded:,} of {s.states:,} states found, "
                    f"{rate:,.0f} states/s (bound {s.max_states:,})")

    try:
        report = explore_story(engine, args.max_states, not args.ignore_text, args.samples,
                               args.seed, progress if status.enabled else None, keep_search=True)
    finally:
        status.clear()

    written, problems = [], []
    if witness_dir is not None:
        written, problems = _write_witnesses(engine, report, witness_dir, args.path)
    if args.format == "json":
        print(to_json(_as_json(report, written, problems)))
    else:
        _print_text(report, written, problems)
    if problems and any(kind == "io" for kind, _ in problems):
        return EXIT_USAGE
    return EXIT_PROBLEMS if report.problems else EXIT_OK


# ------------------------------------------------------------------ witnesses

def _write_witnesses(engine, report, folder: Path, story_path):
    """Write a replay per ending and dead end; returns (written, problems)."""
    from ..saves import SaveError, read
    from ..explorer.witness import pin_seed, write_witness

    s = report.search
    wanted = []
    for ending in report.endings:
        if ending.path is not None:
            wanted.append((f"ending-{ending.id}", ending.path, False, f"ending '{ending.id}'"))
    for stuck in report.stuck:
        wanted.append((f"stuck-{stuck.scene}", stuck.path, True, f"dead end in '{stuck.scene}'"))
    for trap in report.traps:
        wanted.append((f"trap-{trap.scenes[0]}", trap.path, False, f"cycle at '{trap.scenes[0]}'"))
    written, problems = [], []
    for name, path, stuck, what in wanted:
        target = folder / f"{name}.json"
        if target.exists():
            try:
                read(target)
            except SaveError:
                problems.append(("io", f"{target}: exists and is not a replay file; left as it is"))
                continue
        seed = path.seed
        if seed is None:
            keys = list(path.keys) if path.keys else s.path_keys(path.state)
            seed = pin_seed(engine, s.codec, keys, list(path.steps), stuck)
        if seed is None:
            problems.append(("seed", f"{what}: no seed found that makes the rolls on this path "
                                     f"go the same way; no replay written"))
            continue
        try:
            written.append((what, write_witness(engine, folder, name, story_path, seed, path.steps)))
        except SaveError as exc:
            problems.append(("io", str(exc)))
            break
    return written, problems


# ----------------------------------------------------------------------- text

def _print_text(report, written, problems):
    out = sys.stdout.write
    title = sanitize(report.title)
    took = f"in {report.elapsed:.2f} s"
    if report.complete:
        out(f"{title}: explored every reachable state: {plural(report.states, 'distinct state')}, "
            f"{plural(report.transitions, 'transition')}, {took}.\n")
    else:
        why = ("stopped at the bound of " + plural(report.max_states, "state") + " (--max-states)"
               if report.expanded < report.states else "some rolls had too many faces to follow them all")
        out(f"{title}: partial search: {why}, {took}.\n"
            f"  Covered: every playthrough of up to {plural(report.depth, 'step')}; "
            f"{report.states:,} distinct states found, {report.expanded:,} explored.\n")
        added = []
        if report.abstraction:
            added.append("the interval abstraction (proves what can never happen)")
        if report.samples:
            added.append(f"{report.samples:,} coverage-seeking random playthroughs")
        if added:
            out(f"  Added: {' and '.join(added)}.\n")
        out("  Findings marked (sampled) hold for the playthroughs tried only; (proven) ones for all.\n")

    reached = [e for e in report.endings if e.status == "reached"]
    out(f"\nEndings: {len(reached)} of {len(report.endings)} reached\n")
    width = max((len(e.id) for e in report.endings), default=0)
    for e in report.endings:
        label = f"  {sanitize(e.id):<{width}}  \"{sanitize(e.title)}\""
        if e.status == "reached":
            how = "shortest path" if e.shortest else "found by a random playthrough,"
            out(f"{label}: {how} {plural(e.path.length, 'step')}\n")
        elif e.status == "unreachable":
            out(f"{label}: UNREACHABLE (proven)\n")
        else:
            out(f"{label}: NOT REACHED (not ruled out either)\n")

    _section(out, "Scenes never reached", report.never_reached,
             lambda u: f"{sanitize(u.scene)} ({u.status})")
    _section(out, "Choices never available", report.never_available,
             lambda u: f"{sanitize(u.where)} \"{sanitize(u.text)}\" ({u.status})")
    _section(out, "Dead ends (not an ending, nothing to choose)", report.stuck,
             lambda x: f"{sanitize(x.where or x.scene)}: after {plural(x.path.length, 'step')}"
                       + (" (when a roll goes against the player)" if x.by_chance else "")
                       + (f", {plural(x.positions, 'state')}" if x.positions > 1 else ""))
    if report.may_be_stuck:
        _section(out, "Places that might be dead ends (not proven either way)", report.may_be_stuck,
                 lambda name: sanitize(name))
    _section(out, "Cycles with no way to an ending", report.traps,
             lambda t: f"{', '.join(map(sanitize, t.scenes))}: entered after "
                       f"{plural(t.path.length, 'step')}")
    if report.loops:
        _section(out, "Steps where the story goes wrong", report.loops,
                 lambda lp: f"{sanitize(lp.scene)}/{sanitize(lp.choice)}: {sanitize(lp.message)}"
                            + (f" (and in {plural(lp.states - 1, 'other state')})" if lp.states > 1 else ""))

    out("\nValues (the range each takes while something still reads it):"
        + ("" if report.ranges else " none") + "\n")
    width = max((len(r.name) for r in report.ranges), default=0)
    for r in report.ranges:
        out(f"  {sanitize(r.name):<{width}}  {r.kind:<4}  {_range_text(r)}\n")

    if written:
        out("\nWitnesses written:\n")
        for what, path in written:
            out(f"  {sanitize(what)}: {sanitize(str(path))}\n")
    for _, message in problems:
        out(f"\nwitness: {sanitize(message)}\n")
    n = report.problems
    out(f"\n{plural(n, 'problem') if n else 'No problems'} found.\n")


def _section(out, heading, items, describe):
    if not items:
        out(f"\n{heading}: none\n")
        return
    out(f"\n{heading}: {len(items):,}\n")
    for item in items:
        out(f"  {describe(item)}\n")


def _range_text(r) -> str:
    if r.kind == "text":
        if r.low is None:
            return "never read"
        return show_value(r.low) if r.low == r.high else "more than one text"
    if r.low is None:
        text = "never read"
    elif r.kind == "flag":
        text = show_value(r.low) if r.low == r.high else "false and true"
    else:
        text = f"{show_value(r.low)}..{show_value(r.high)}"
    notes = []
    if r.declared is not None:
        notes.append(f"declared {r.declared[0]}..{r.declared[1]}")
    if r.bound is not None and r.kind != "flag":
        notes.append(f"can be at most {show_value(r.bound[0])}..{show_value(r.bound[1])}")
    return text + (f"  ({'; '.join(notes)})" if notes else "")


# ----------------------------------------------------------------------- json

def _as_json(report, written, problems) -> dict:
    def clean(value):
        if isinstance(value, float) and value in (float("inf"), float("-inf")):
            return None
        if isinstance(value, (list, tuple)):
            return [clean(v) for v in value]
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items()}
        return value

    body = attrs.asdict(report, recurse=True, filter=lambda a, v: a.name not in ("search", "keys", "state"))
    body.pop("search", None)
    body["problems"] = report.problems
    body["witnesses"] = [{"what": what, "path": str(path)} for what, path in written]
    body["witness_problems"] = [message for _, message in problems]
    return clean(body)
