"""Side by side with inkjs 2.4.0 on the same synthetic stories; prints figures, asserts nothing.

    npm install --prefix bench/.node inkjs@2.4.0      # once; node must be on PATH
    python bench/compare.py [--sizes 500,2000,8000] [--runs 5] [--quick] [--ours-only]

bench/synth.py writes each story twice, in our language and in ink. Each
measure runs ours and theirs alternately (A B A B ...), every run a fresh
child process whose peak memory is its own (os.wait4), and prints medians,
min-max and the ratio of each pair:

1. full compile: `samizdat check` against inkjs's Compile() + ToJson(), wall
   time of the whole process, in MB/s of each one's source;
2. random play: the same playthroughs in both (one xorshift32 generator picks
   a uniformly random available choice until an ending or nothing is left),
   every page's text rendered, in choices per second;
3. start-up: `samizdat play --plain` until its first prompt, against node
   loading inkjs and the compiled JSON and printing the first page; and the
   terminal player against `import prompt_toolkit, lark` (bench/startup.py);
4. ours alone: explore's states per second and bytes per stored state, and
   randomtest's playthroughs per second.

`--quick` is the smoke test: the smallest size, 2 runs, small counts.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
from synth import plan, write_story  # noqa: E402

NODE_MODULES = BENCH / ".node" / "node_modules"
INKJS_VERSION = "2.4.0"
INSTALL_INKJS = f"npm install --prefix bench/.node inkjs@{INKJS_VERSION}"
SEED = 1
MAX_STEPS = 10_000  # per playthrough; the synthetic stories never come near it
MASK = 0xFFFFFFFF
PROMPT = b"> "


# ---------------------------------------------------------------- children

# Peak memory comes from GNU time's %M. os.wait4's ru_maxrss alone would do on
# paper, but Linux starts a spawned child's high-water mark at the spawning
# process's own: every child of this (large) script would read at least its size.
GNU_TIME = "/usr/bin/time"


def timed(command, peak_file):
    """`command` under GNU time, which writes the peak resident KiB to `peak_file`."""
    if not os.access(GNU_TIME, os.X_OK):
        return [str(c) for c in command]
    return [GNU_TIME, "-q", "-o", str(peak_file), "-f", "%M", *map(str, command)]


def peak_kib(peak_file, fallback):
    try:
        return int(Path(peak_file).read_text().split()[-1])
    except (OSError, ValueError, IndexError):
        return fallback


def memory_source():
    if os.access(GNU_TIME, os.X_OK):
        return "peak memory: GNU time's %M of each child"
    return ("peak memory: os.wait4 (no /usr/bin/time here), which counts this script's own size as a floor")


class Run:
    """One child process: wall seconds, peak resident memory, and its JSON line if it printed one."""

    def __init__(self, seconds, peak_kib, output):
        self.seconds = seconds
        self.peak_mib = peak_kib / 1024
        self.output = output
        try:
            self.data = json.loads(output.strip().splitlines()[-1])
        except (ValueError, IndexError):
            self.data = {}


def run_child(command, env, cwd=None) -> Run:
    """Run to completion; wall time from spawn to exit."""
    with tempfile.TemporaryFile() as errors, tempfile.NamedTemporaryFile() as peak_file:
        began = time.perf_counter()
        # stderr to a file, not a pipe: no deadlock on a chatty child
        child = subprocess.Popen(timed(command, peak_file.name), stdout=subprocess.PIPE, stderr=errors,
                                 stdin=subprocess.DEVNULL, env=env, cwd=cwd)
        out = child.stdout.read()
        status, peak = _reap(child)
        seconds = time.perf_counter() - began
        peak = peak_kib(peak_file.name, peak)
        errors.seek(0)
        err = errors.read()
    if status != 0:
        raise RuntimeError(f"{' '.join(map(str, command))} exited {status}:\n"
                           f"{err.decode(errors='replace')[-2000:]}")
    return Run(seconds, peak, out.decode(errors="replace"))


def run_until_prompt(command, env) -> Run:
    """Wall time from spawn until the child has printed its first prompt ("> ")
    with stdin from a pipe; then its input is closed and it is left to finish."""
    with tempfile.NamedTemporaryFile() as peak_file:
        began = time.perf_counter()
        child = subprocess.Popen(timed(command, peak_file.name), stdout=subprocess.PIPE,
                                 stderr=subprocess.DEVNULL, stdin=subprocess.PIPE, env=env)
        seen = _read_until(child.stdout.fileno(),
                           lambda data: data.endswith(PROMPT) or PROMPT + b"\n" in data)
        seconds = time.perf_counter() - began
        child.stdin.close()
        child.stdout.read()
        status, peak = _reap(child)
        peak = peak_kib(peak_file.name, peak)
    if PROMPT not in seen:
        raise RuntimeError(f"{' '.join(map(str, command))} exited {status} before its first prompt:\n"
                           f"{seen.decode(errors='replace')[-2000:]}")
    return Run(seconds, peak, seen.decode(errors="replace"))


def _read_until(fd, done, timeout=600) -> bytes:
    data = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 1.0)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # a pseudo-terminal whose child has gone
            break
        if not chunk:
            break
        data += chunk
        if done(data):
            break
    return data


def _reap(child):
    """Exit status and peak resident memory (KiB) of this one child."""
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    return child.returncode, usage.ru_maxrss


# -------------------------------------------------------------- ours, inside

def draws(seed):
    """xorshift32, drawn exactly as bench/ink/play.js draws."""
    x = seed & MASK or 1

    def draw(bound):
        nonlocal x
        x ^= (x << 13) & MASK
        x ^= x >> 17
        x ^= (x << 5) & MASK
        return x % bound
    return draw


def play_worker(folder, playthroughs, seed, max_steps):
    """Random play with the engine API, every page rendered; prints one JSON line."""
    from samizdat.engine import Engine
    from samizdat.pipeline import compile_story

    engine = Engine(compile_story(folder).story)
    # The engine compiles a scene when it is first entered; inkjs builds its
    # whole runtime when it loads the story, before its clock starts. Compile
    # every scene first so both clocks time play alone.
    engine.scenes.values()
    draw = draws(seed)
    choices = endings = stuck = chars = path = 0
    began = time.perf_counter()
    for _ in range(playthroughs):
        state = engine.start(0)
        for step in range(max_steps + 1):
            page = engine.page(state)
            chars += len(page.heading or "") + sum(map(len, page.paragraphs))
            chars += sum(len(c.text) for c in page.choices)
            offered = page.available
            if not offered:
                if page.is_ending:
                    endings += 1
                else:
                    stuck += 1
                break
            if step == max_steps:
                break
            index = draw(len(offered))
            path = (path * 31 + index + 1) & MASK
            state = engine.choose(state, offered[index].id)
            choices += 1
    seconds = time.perf_counter() - began
    print(json.dumps({"seconds": seconds, "choices": choices, "endings": endings,
                      "stuck": stuck, "chars": chars, "path": path}))


def explore_worker(folder, max_states, traced=False):
    """explore's search over the story, up to `max_states`; prints one JSON line.

    Traced (tracemalloc, so its time means nothing), it also reports the bytes
    of Python objects the finished search still holds."""
    import tracemalloc

    from samizdat.engine import Engine
    from samizdat.explorer.search import search
    from samizdat.pipeline import compile_story

    engine = Engine(compile_story(folder).story)
    if traced:
        tracemalloc.start()
    before = _resident_kib()
    found = search(engine, max_states=max_states)
    growth = _resident_kib() - before  # `found` is still alive: what the search keeps
    live = tracemalloc.get_traced_memory()[0] if traced else None
    stored = (sum(map(sys.getsizeof, found.keys)) + sys.getsizeof(found.keys)
              + sys.getsizeof(found.index) + sum(a.itemsize * len(a) + 64 for a in
                                                 (found.parent, found.via, found.edge_start, found.edges)))
    print(json.dumps({"seconds": found.elapsed, "states": found.states, "expanded": found.expanded,
                      "transitions": found.transitions, "complete": found.complete,
                      "stored_bytes": stored, "resident_growth_kib": growth, "live_bytes": live}))


def randomtest_worker(folder, runs):
    """samizdat.randomtest over the story; prints one JSON line."""
    from samizdat.engine import Engine
    from samizdat.pipeline import compile_story
    from samizdat.randomtest import random_test

    engine = Engine(compile_story(folder).story)
    began = time.perf_counter()
    result = random_test(engine, runs, SEED)
    seconds = time.perf_counter() - began
    print(json.dumps({"seconds": seconds, "runs": result.runs, "steps": result.total_steps,
                      "outcomes": result.outcomes}))


def _resident_kib():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024


# ------------------------------------------------------------------ figures

def spread(values, fmt="{:.2f}"):
    return f"{fmt.format(statistics.median(values))} ({fmt.format(min(values))}-{fmt.format(max(values))})"


def ratios(ours, theirs, fmt="{:.2f}x"):
    pairs = [a / b for a, b in zip(ours, theirs)]
    return spread(pairs, fmt), statistics.median(pairs)


class Report:
    """Prints as it goes, and keeps the headline ratios for the summary against the targets."""

    def __init__(self):
        self.targets = []

    def say(self, line=""):
        print(line, flush=True)

    def target(self, what, value, goal, ok):
        self.targets.append((what, value, goal, ok))

    def summary(self):
        if not self.targets:
            return
        self.say("\ntargets")
        for what, value, goal, ok in self.targets:
            self.say(f"  {'met   ' if ok else 'MISSED'} {what}: {value} (target {goal})")


# ----------------------------------------------------------------- measures

def measure_compile(report, stories, runs, env, theirs):
    report.say("\n1. full compile: `samizdat check` against inkjs Compile() + ToJson(), wall time of the process")
    for n, ours_dir, ink_dir in stories:
        ours_size = (ours_dir / "main.story").stat().st_size
        ink_size = (ink_dir / "main.ink").stat().st_size
        ours_runs, their_runs = [], []
        for _ in range(runs):
            ours_runs.append(run_child([sys.executable, "-m", "samizdat", "check", str(ours_dir)], env))
            if theirs:
                their_runs.append(run_child(["node", str(BENCH / "ink" / "compile.js"),
                                             str(ink_dir / "main.ink")], env))
        ours_rate = [ours_size / 1e6 / r.seconds for r in ours_runs]
        ours_peak = [r.peak_mib for r in ours_runs]
        report.say(f"  {n} scenes  ours {ours_size / 1e6:.2f} MB: {spread(ours_rate)} MB/s, "
                   f"peak {spread(ours_peak, '{:.0f}')} MiB")
        if not theirs:
            continue
        their_rate = [ink_size / 1e6 / r.seconds for r in their_runs]
        inside = [ink_size / 1e6 / r.data["seconds"] for r in their_runs]
        their_peak = [r.peak_mib for r in their_runs]
        speed, speed_median = ratios(ours_rate, their_rate)
        memory, memory_median = ratios(ours_peak, their_peak)
        report.say(f"  {n} scenes  inkjs {ink_size / 1e6:.2f} MB: {spread(their_rate)} MB/s "
                   f"(inside the process {spread(inside)}), peak {spread(their_peak, '{:.0f}')} MiB")
        report.say(f"  {n} scenes  ours/inkjs pair by pair: throughput {speed}, peak memory {memory}")
        report.target(f"check throughput at {n} scenes, ours/inkjs", f"{speed_median:.2f}x", ">= 1.5x",
                      speed_median >= 1.5)
        report.target(f"check peak memory at {n} scenes, ours/inkjs", f"{memory_median:.2f}x", "<= 0.33x",
                      memory_median <= 1 / 3)


def measure_play(report, stories, runs, env, theirs, playthroughs):
    report.say(f"\n2. random play: {playthroughs} playthroughs, seed {SEED}, text of every page rendered")
    for n, ours_dir, ink_dir in stories:
        ours_runs, their_runs = [], []
        for _ in range(runs):
            ours_runs.append(run_child([sys.executable, str(Path(__file__).resolve()), "--play-worker",
                                        str(ours_dir), str(playthroughs)], env))
            if theirs:
                their_runs.append(run_child(["node", str(BENCH / "ink" / "play.js"), str(ink_dir / "story.json"),
                                             str(playthroughs), str(SEED), str(MAX_STEPS)], env))
        first = ours_runs[0].data
        ours_rate = [r.data["choices"] / r.data["seconds"] for r in ours_runs]
        report.say(f"  {n} scenes  ours: {spread(ours_rate, '{:,.0f}')} choices/s, "
                   f"peak {spread([r.peak_mib for r in ours_runs], '{:.0f}')} MiB "
                   f"({first['choices']} choices, {first['endings']} endings, "
                   f"{first['stuck']} left with nothing to choose)")
        if not theirs:
            continue
        their_rate = [r.data["choices"] / r.data["seconds"] for r in their_runs]
        report.say(f"  {n} scenes  inkjs: {spread(their_rate, '{:,.0f}')} choices/s, "
                   f"peak {spread([r.peak_mib for r in their_runs], '{:.0f}')} MiB")
        same = all(first[k] == their_runs[0].data[k] for k in ("choices", "endings", "stuck", "path"))
        if not same:
            report.say(f"  {n} scenes  WARNING: the two played different paths: {first} against "
                       f"{their_runs[0].data}; the stories are not the same story")
        speed, speed_median = ratios(ours_rate, their_rate)
        report.say(f"  {n} scenes  ours/inkjs pair by pair: {speed}"
                   f"{' (the same paths in both)' if same else ''}")
        report.target(f"random play at {n} scenes, ours/inkjs", f"{speed_median:.2f}x", ">= 3x",
                      speed_median >= 3)


def measure_startup(report, stories, runs, env, theirs, saves):
    report.say("\n3. start-up to the first page: `samizdat play --plain` (stdin a pipe, story cache warm) "
               "against node + inkjs + story JSON")
    for n, ours_dir, ink_dir in stories:
        command = [sys.executable, "-m", "samizdat", "play", "--plain", "--seed", "1", str(ours_dir)]
        run_until_prompt(command, {**env, "SAMIZDAT_SAVE_DIR": str(saves / "warm")})  # fills the story cache
        ours_runs, their_runs = [], []
        for i in range(runs):
            fresh = {**env, "SAMIZDAT_SAVE_DIR": str(saves / f"plain-{n}-{i}")}
            ours_runs.append(run_until_prompt(command, fresh))
            if theirs:
                their_runs.append(run_until_prompt(["node", str(BENCH / "ink" / "first_page.js"),
                                                    str(ink_dir / "story.json")], env))
        ours_ms = [r.seconds * 1000 for r in ours_runs]
        report.say(f"  {n} scenes  ours: {spread(ours_ms, '{:.0f}')} ms, "
                   f"peak {spread([r.peak_mib for r in ours_runs], '{:.0f}')} MiB")
        if not theirs:
            continue
        their_ms = [r.seconds * 1000 for r in their_runs]
        report.say(f"  {n} scenes  inkjs: {spread(their_ms, '{:.0f}')} ms, "
                   f"peak {spread([r.peak_mib for r in their_runs], '{:.0f}')} MiB")
        time_ratio, median = ratios(ours_ms, their_ms)
        report.say(f"  {n} scenes  ours/inkjs pair by pair: {time_ratio}")
        report.target(f"`play --plain` to the first page at {n} scenes, ours/inkjs", f"{median:.2f}x",
                      "<= 1x", median <= 1)


def measure_terminal(report, runs, env):
    import startup  # bench/startup.py, the player's own start-up benchmark

    from samizdat import paths

    report.say("\n3b. the terminal player on the bundled story, until its first screen is drawn in a "
               "pseudo-terminal (bench/startup.py), against `python -c \"import prompt_toolkit, lark\"`")
    # As bench/startup.py: bytecode cached, as for an installed samizdat.
    term = {k: v for k, v in env.items() if k not in ("NO_COLOR", "PYTHONDONTWRITEBYTECODE")}
    story = paths.bundled_story()
    startup.terminal_first_screen(story, term)  # fills the story cache
    player, bare = [], []
    for _ in range(runs):
        player.append(startup.terminal_first_screen(story, term) * 1000)
        bare.append(startup.import_floor(term) * 1000)
    time_ratio, median = ratios(player, bare)
    report.say(f"  player {spread(player, '{:.0f}')} ms; bare imports {spread(bare, '{:.0f}')} ms; "
               f"player/imports pair by pair {time_ratio}")
    report.target("terminal player to the first screen, against the bare imports", f"{median:.2f}x",
                  "<= 1.2x", median <= 1.2)


def measure_ours_alone(report, stories, runs, env, max_states, playthroughs):
    report.say(f"\n4. ours alone: explore (breadth first, stopped at {max_states:,} states) and randomtest "
               f"({playthroughs * 5} playthroughs)")
    for n, ours_dir, _ in stories:
        found = [run_child([sys.executable, str(Path(__file__).resolve()), "--explore-worker",
                            str(ours_dir), str(max_states)], env) for _ in range(runs)]
        rate = [r.data["states"] / r.data["seconds"] for r in found]
        stored = [r.data["stored_bytes"] / r.data["states"] for r in found]
        resident = [r.data["resident_growth_kib"] * 1024 / r.data["states"] for r in found]
        traced = run_child([sys.executable, str(Path(__file__).resolve()), "--explore-worker",
                            str(ours_dir), str(max_states), "--traced"], env).data
        live = traced["live_bytes"] / traced["states"]
        first = found[0].data
        report.say(f"  {n} scenes  {spread(rate, '{:,.0f}')} states/s ({first['states']:,} states, "
                   f"{first['transitions']:,} transitions, "
                   f"{'complete' if first['complete'] else 'stopped at the limit'})")
        report.say(f"  {n} scenes  bytes per stored state: {spread(stored, '{:.0f}')} in the search's tables "
                   f"(keys, index, arrays), {live:.0f} of all Python objects the finished search holds "
                   f"(tracemalloc), {spread(resident, '{:.0f}')} of resident memory")
        report.target(f"explore at {n} scenes", f"{statistics.median(rate):,.0f} states/s", ">= 100,000",
                      statistics.median(rate) >= 100_000)
        report.target(f"explore memory at {n} scenes (all it holds)", f"{live:.0f} bytes/state", "<= 300",
                      live <= 300)
        walks = [run_child([sys.executable, str(Path(__file__).resolve()), "--randomtest-worker",
                            str(ours_dir), str(playthroughs * 5)], env).data for _ in range(runs)]
        per_second = [w["runs"] / w["seconds"] for w in walks]
        steps = [w["steps"] / w["seconds"] for w in walks]
        report.say(f"  {n} scenes  randomtest {spread(per_second, '{:,.0f}')} playthroughs/s, "
                   f"{spread(steps, '{:,.0f}')} choices/s (outcomes {walks[0]['outcomes']})")


# ---------------------------------------------------------------------- main

def inkjs_problem():
    """Why theirs cannot run here, or None."""
    if shutil.which("node") is None:
        return "node is not on PATH"
    package = NODE_MODULES / "inkjs" / "package.json"
    if not package.exists():
        return f"inkjs is not installed (run: {INSTALL_INKJS})"
    version = json.loads(package.read_text()).get("version")
    if version != INKJS_VERSION:
        return f"inkjs {version} is installed, not {INKJS_VERSION} (run: {INSTALL_INKJS})"
    return None


def machine():
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return (f"python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} cores, "
            f"load average {load}")


def revision():
    """The commit measured, and whether the core's files had changes not yet committed."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=BENCH, capture_output=True,
                              text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "src", "grammar"], cwd=BENCH.parent,
                               capture_output=True, text=True, timeout=10).stdout.split("\n")
    except (OSError, subprocess.SubprocessError):
        return "samizdat: not a git checkout"
    changed = [line[3:] for line in dirty if line.strip()]
    if not head:
        return "samizdat: not a git checkout"
    return f"samizdat at {head}" + (f", with uncommitted changes in {', '.join(changed)}" if changed else "")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,2000,8000", help="scenes per story, comma separated")
    parser.add_argument("--runs", type=int, default=5, help="runs of each, ours and theirs alternately")
    parser.add_argument("--playthroughs", type=int, default=1000)
    parser.add_argument("--max-states", type=int, default=200_000, help="where explore stops")
    parser.add_argument("--quick", action="store_true", help="smallest size, 2 runs, small counts (smoke test)")
    parser.add_argument("--ours-only", action="store_true", help="skip inkjs")
    parser.add_argument("--only", default="compile,play,startup,terminal,alone",
                        help="which measures, comma separated")
    parser.add_argument("--play-worker", nargs=2, metavar=("FOLDER", "K"), help=argparse.SUPPRESS)
    parser.add_argument("--explore-worker", nargs=2, metavar=("FOLDER", "MAX"), help=argparse.SUPPRESS)
    parser.add_argument("--traced", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--randomtest-worker", nargs=2, metavar=("FOLDER", "K"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.play_worker:
        return play_worker(args.play_worker[0], int(args.play_worker[1]), SEED, MAX_STEPS)
    if args.randomtest_worker:
        return randomtest_worker(args.randomtest_worker[0], int(args.randomtest_worker[1]))
    if args.explore_worker:
        return explore_worker(args.explore_worker[0], int(args.explore_worker[1]), args.traced)

    sizes = [int(s) for s in args.sizes.split(",")]
    runs, playthroughs, max_states = args.runs, args.playthroughs, args.max_states
    if args.quick:
        sizes, runs, playthroughs, max_states = [min(sizes)], 2, 50, 5_000
    only = set(args.only.split(","))
    report = Report()
    report.say(f"{time.strftime('%Y-%m-%d %H:%M')}  {machine()}")
    report.say(revision())
    report.say(memory_source())
    problem = "--ours-only" if args.ours_only else inkjs_problem()
    theirs = problem is None
    if theirs:
        report.say(f"inkjs {INKJS_VERSION} on node {subprocess.check_output(['node', '--version'], text=True).strip()}")
    else:
        report.say(f"inkjs: skipped ({problem}); ours only")

    with tempfile.TemporaryDirectory(prefix="samizdat-compare-") as tmp:
        tmp = Path(tmp)
        env = {**os.environ, "SAMIZDAT_CACHE_DIR": str(tmp / "cache"), "SAMIZDAT_SAVE_DIR": str(tmp / "saves"),
               "NODE_PATH": str(NODE_MODULES), "NO_COLOR": "1", "COLUMNS": "80"}
        env.pop("SAMIZDAT_DEBUG", None)
        stories = []
        for n in sizes:
            ours_dir = write_story(n, tmp / f"ours{n}", SEED).parent
            ink_dir = write_story(n, tmp / f"ink{n}", SEED, ink=True).parent
            run_child([sys.executable, "-m", "samizdat", "check", str(ours_dir)], env)  # builds the grammar cache
            if theirs and only & {"play", "startup"}:
                run_child(["node", str(BENCH / "ink" / "compile.js"), str(ink_dir / "main.ink"),
                           str(ink_dir / "story.json")], env)
            stories.append((n, ours_dir, ink_dir))
        endings = sum(s["ending"] for s in plan(sizes[0], SEED))
        report.say(f"stories: {', '.join(map(str, sizes))} scenes (seed {SEED}; {endings} endings in the smallest); "
                   f"{runs} runs of each")
        if "compile" in only:
            measure_compile(report, stories, runs, env, theirs)
        if "play" in only:
            measure_play(report, stories, runs, env, theirs, playthroughs)
        if "startup" in only:
            measure_startup(report, stories, runs, env, theirs, tmp / "saves")
        if "terminal" in only:
            measure_terminal(report, runs, env)
        if "alone" in only:
            measure_ours_alone(report, stories[:1], runs, env, max_states, playthroughs)
    report.summary()
    report.say(f"\nfinished {time.strftime('%H:%M')}; {machine()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
