"""Fuzz samizdat with thousands of hostile stories and saves, and print what happened.

    python bench/fuzz.py --cases 10000 [--seed 1] [--jobs 1] [--limit 10] [--kinds mutant,save]

The cases and what must hold for each are tests/fuzzing.py's; tests/test_fuzz.py
runs the same at a budget that fits CI. Here the cases are shared among the
kinds (grammar, text, bytes, mutant, generated, save) and drawn with
Hypothesis in worker processes, each case under a time bound (--limit
seconds, then it counts as a hang) and each worker under an address-space
limit, so that a runaway case is counted rather than taking the machine.
A worker whose peak memory passes 1 GB is counted and replaced.

Prints the cases tried per kind and in all, the failures (properties
broken), internal errors, hangs over the bound, cases out of memory, runs
over 1 GB and the peak memory of any worker. Every bad case is written under
--out (bench/.fuzz-failures/ by default) to be reproduced with `samizdat
check` or `samizdat replay`. Exits 1 if any case was bad.
"""
from __future__ import annotations

import argparse
import base64
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO / "tests"))

GIGABYTE = 1024 ** 3
ADDRESS_LIMIT = 4 * GIGABYTE  # a worker's whole address space: well past the 1 GB target
MARK = b"@@fuzz "  # the worker's events; anything else it prints is ignored
WEIGHTS = {"grammar": 2, "text": 2, "bytes": 1, "mutant": 3, "generated": 2, "save": 3}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Fuzz samizdat and print the figures.")
    parser.add_argument("--cases", type=int, default=10_000, help="how many cases in all (default 10,000)")
    parser.add_argument("--seed", type=int, default=1, help="the seed of the first worker (default 1)")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes at once (default 1)")
    parser.add_argument("--limit", type=float, default=10.0, help="seconds a case may take (default 10)")
    parser.add_argument("--kinds", default=",".join(WEIGHTS), help="which kinds of case (default all)")
    parser.add_argument("--chunk", type=int, default=250, help="cases per worker process (default 250)")
    parser.add_argument("--out", default=str(HERE / ".fuzz-failures"), help="where bad cases are written")
    parser.add_argument("--worker", nargs=3, metavar=("KIND", "COUNT", "SEED"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        kind, count, seed = args.worker
        return work(kind, int(count), int(seed), args.limit)
    return drive(args)


# ------------------------------------------------------------------- driver

def plan(cases: int, kinds: list, chunk: int, seed: int) -> list:
    """(kind, count, seed) chunks sharing `cases` among `kinds` by weight."""
    total = sum(WEIGHTS[k] for k in kinds)
    shares = {k: cases * WEIGHTS[k] // total for k in kinds}
    shares[kinds[0]] += cases - sum(shares.values())
    chunks = []
    for kind in kinds:
        left = shares[kind]
        while left > 0:
            count = min(chunk, left)
            chunks.append([kind, count, seed + len(chunks)])
            left -= count
    return chunks


class Tally:
    def __init__(self):
        self.kinds = Counter()  # cases tried per kind
        self.outcomes = Counter()
        self.peak = Counter()  # the largest worker's peak memory, per kind
        self.over_a_gigabyte = 0
        self.slowest = 0.0
        self.bad = []  # (kind, outcome, detail, where written)


def drive(args) -> int:
    kinds = [k for k in args.kinds.split(",") if k]
    unknown = set(kinds) - set(WEIGHTS)
    if unknown:
        print(f"unknown kinds: {', '.join(sorted(unknown))}; known: {', '.join(WEIGHTS)}", file=sys.stderr)
        return 2
    out = Path(args.out)
    tally = Tally()
    pending = plan(args.cases, kinds, args.chunk, args.seed * 100_000)
    next_seed = args.seed * 100_000 + len(pending)
    running = []
    began = shown = time.monotonic()
    progress = sys.stderr.isatty()
    print(f"fuzzing: {args.cases:,} cases of {', '.join(kinds)}; {args.jobs} job(s), "
          f"{args.limit:g} s per case", flush=True)
    while pending or running:
        while pending and len(running) < args.jobs:
            running.append(Worker(*pending.pop(0), args.limit))
        ready, _, _ = select.select([w.stdout for w in running], [], [], 1.0)
        for worker in list(running):
            if worker.stdout in ready and not worker.read(tally, out):
                worker.process.wait()  # it closed its end: it is ending
            if worker.overdue():
                worker.kill_as_hang(tally, out)
            if worker.finish(tally, out):
                running.remove(worker)
                left = worker.count - worker.done
                if worker.done == 0:  # it could not even start: say so, rather than try forever
                    print(f"a {worker.kind} worker ran no case (exit {worker.process.returncode}); "
                          f"try: python bench/fuzz.py --worker {worker.kind} 1 0", file=sys.stderr)
                    tally.bad.append((worker.kind, "internal", "the worker ran no case", "(none)"))
                elif left > 0:  # it was killed or stopped early: the rest with a fresh seed
                    pending.insert(0, [worker.kind, left, next_seed])
                    next_seed += 1
        done = sum(tally.kinds.values())
        if progress and time.monotonic() - shown >= 1:
            shown = time.monotonic()
            print(f"\r  {done:,} of {args.cases:,} cases, {shown - began:,.0f} s", end="",
                  file=sys.stderr, flush=True)
    if progress:
        print(file=sys.stderr)
    return report(tally, args, time.monotonic() - began)


class Worker:
    """One worker process drawing `count` cases of `kind` with Hypothesis seed `seed`."""

    def __init__(self, kind, count, seed, limit):
        self.kind, self.count, self.seed, self.limit = kind, count, seed, limit
        self.done = 0
        self.started_case = None  # when the case now running began, by the clock
        self.buffer = b""
        self.folder = tempfile.mkdtemp(prefix="samizdat-fuzz-")
        env = {**os.environ, "SAMIZDAT_FUZZ_CASE_DIR": self.folder}
        env.pop("SAMIZDAT_DEBUG", None)
        self.process = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--worker", kind, str(count), str(seed),
             "--limit", str(limit)],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
            # The repository's .hypothesis/ keeps Hypothesis's table of Unicode; a
            # fresh folder would make every worker build it again (200 MB each).
            preexec_fn=_limit_address_space, cwd=REPO)
        self.stdout = self.process.stdout

    def read(self, tally, out) -> bool:
        """Take in what the worker has written; False once it has closed its end."""
        chunk = os.read(self.stdout.fileno(), 1 << 16)
        self.buffer += chunk
        *lines, self.buffer = self.buffer.split(b"\n")
        for line in lines:
            if line.startswith(MARK):
                self._event(json.loads(line[len(MARK):]), tally, out)
        return bool(chunk)

    def _event(self, event, tally, out):
        if "start" in event:
            self.started_case = time.monotonic()
            return
        self.started_case = None
        self.done += 1
        tally.kinds[self.kind] += 1
        tally.outcomes[event["outcome"]] += 1
        tally.peak[self.kind] = max(tally.peak[self.kind], event["rss"])
        tally.slowest = max(tally.slowest, event["seconds"])
        if event.get("over"):
            tally.over_a_gigabyte += 1
        if event["kept"]:
            written = _keep_case(Path(self.folder) / event["kept"], out, len(tally.bad))
            outcome = event["outcome"] if event["outcome"] not in ("ok", "refused") else "over 1 GB"
            tally.bad.append((self.kind, outcome, event["detail"], written))

    def overdue(self) -> bool:
        return (self.started_case is not None and self.process.poll() is None
                and time.monotonic() - self.started_case > self.limit + 20)

    def kill_as_hang(self, tally, out):
        """A case the worker's own bound could not stop (stuck outside Python): count it, end the worker."""
        self.process.kill()
        self.process.wait()
        self.started_case = None
        self.done += 1
        tally.kinds[self.kind] += 1
        tally.outcomes["hang"] += 1
        written = _keep_case(Path(self.folder) / "case.json", out, len(tally.bad))
        tally.bad.append((self.kind, "hang", "killed: the case could not be interrupted", written))

    def finish(self, tally, out) -> bool:
        """True once the worker has ended and everything it wrote is counted."""
        if self.process.poll() is None:
            return False
        while self.read(tally, out):
            pass
        self.stdout.close()
        if self.started_case is not None:  # it died inside a case (out of address space, a crash)
            self.started_case = None
            self.done += 1
            tally.kinds[self.kind] += 1
            tally.outcomes["memory"] += 1
            written = _keep_case(Path(self.folder) / "case.json", out, len(tally.bad))
            tally.bad.append((self.kind, "memory", f"the worker died (exit {self.process.returncode})", written))
        shutil.rmtree(self.folder, ignore_errors=True)
        return True


def _limit_address_space():
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_LIMIT, ADDRESS_LIMIT))


def _keep_case(case_file: Path, out: Path, number: int) -> str:
    """Write a bad case where a person can run samizdat on it; returns where."""
    try:
        case = json.loads(case_file.read_text())
    except (OSError, ValueError):
        return "(lost)"
    target = out / f"case-{number + 1:04d}-{case['what']}"
    target.mkdir(parents=True, exist_ok=True)
    if case["what"] == "save":
        (target / "saved.json").write_bytes(base64.b64decode(case["data"]))
    else:
        for name, data in case["files"].items():
            if isinstance(data, list):
                (target / f"{name}.SPECIAL").write_text(" ".join(data) + "\n")
            else:
                (target / name).write_bytes(base64.b64decode(data))
    return str(target)


def report(tally, args, seconds) -> int:
    tried = sum(tally.kinds.values())
    bad = {k: tally.outcomes[k] for k in ("failed", "internal", "hang", "memory")}
    print(f"cases tried:        {tried:,} in {seconds:,.0f} s  ("
          + ", ".join(f"{kind} {n:,}" for kind, n in sorted(tally.kinds.items())) + ")")
    print(f"  ran clean:        {tally.outcomes['ok']:,}  (stories that checked clean and played, saves that read)")
    print(f"  refused cleanly:  {tally.outcomes['refused']:,}  (diagnostics, SaveError)")
    print(f"failures:           {sum(bad.values()) + tally.over_a_gigabyte:,}")
    print(f"  properties broken:{bad['failed']:>6,}")
    print(f"  internal errors:  {bad['internal']:,}")
    print(f"  hangs over {args.limit:g} s:  {bad['hang']:,}")
    print(f"  out of memory:    {bad['memory']:,}")
    print(f"runs over 1 GB:     {tally.over_a_gigabyte:,}")
    peak = max(tally.peak.values(), default=0)
    print(f"peak memory:        {peak / 2**20:,.0f} MB (the largest worker: "
          + ", ".join(f"{kind} {n / 2**20:,.0f}" for kind, n in sorted(tally.peak.items())) + ")")
    print(f"slowest case:       {tally.slowest:.2f} s")
    if tally.bad:
        print("\nbad cases (written to reproduce):")
        for kind, outcome, detail, written in tally.bad[:50]:
            last = detail.strip().splitlines()[-1] if detail.strip() else outcome
            print(f"  {kind:9} {outcome:8} {written}\n            {last[:200]}")
    return 1 if tally.bad else 0


# ------------------------------------------------------------------- worker

def work(kind: str, count: int, seed: int, limit: float) -> int:
    from hypothesis import HealthCheck, Phase, Verbosity, given, settings
    from hypothesis import seed as seeded

    import fuzzing

    make, what = fuzzing.KINDS[kind]
    case_file = Path(os.environ.get("SAMIZDAT_FUZZ_CASE_DIR") or tempfile.mkdtemp()) / "case.json"
    bad = []

    events = os.fdopen(os.dup(sys.stdout.fileno()), "wb", buffering=0)

    def emit(event):
        events.write(MARK + json.dumps(event).encode() + b"\n")

    @settings(max_examples=count, database=None, deadline=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck), verbosity=Verbosity.quiet)
    @seeded(seed)
    @given(make())
    def run(case):
        case_file.write_text(json.dumps(_encoded(what, case)))
        emit({"start": True})
        began = time.perf_counter()
        outcome = fuzzing.run_case(what, case, seed=seed, limit=limit)
        seconds = time.perf_counter() - began
        rss = fuzzing.peak_memory()
        kept = None
        if outcome.bad or rss > GIGABYTE:  # kept apart: case.json is the next case's before the driver reads it
            kept = f"bad-{len(bad)}.json"
            bad.append(kept)
            os.replace(case_file, case_file.with_name(kept))
        emit({"outcome": outcome.kind, "detail": outcome.detail[-3000:], "rss": rss,
              "seconds": seconds, "over": rss > GIGABYTE, "kept": kept})
        if rss > GIGABYTE:
            raise Enough  # a fresh worker, so that the next case's peak is its own

    try:
        run()
    except Enough:
        pass
    return 0


class Enough(Exception):
    """Stops a worker's run of cases early."""


def _encoded(what, case) -> dict:
    if what == "save":
        return {"what": "save", "data": base64.b64encode(case).decode()}
    return {"what": "story", "files": {name: list(data) if isinstance(data, tuple)
                                       else base64.b64encode(data).decode()
                                       for name, data in case.items()}}


if __name__ == "__main__":
    sys.exit(main())
