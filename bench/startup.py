"""Start-up time of the player; prints figures, asserts nothing.

    python bench/startup.py [--repeat 9] [--story PATH] [--compare SRC] [--uncached SRC]

Prints the median wall time (and min-max) of:
  - `python -c "import prompt_toolkit, lark"`, the floor any prompt-toolkit
    player built on Lark pays;
  - `samizdat play --plain` until its first prompt (`> `) is printed, with the
    story cache warm, and with it cleared (the grammar's cache kept, as after
    samizdat's first run on a machine);
  - the full player in a pseudo-terminal until its first screen is drawn
    (the hint on its input line, or the pause of an older player under a
    first passage), answering the terminal's cursor position queries as a
    real terminal would; and until it answers a key typed the moment that
    screen appeared (the key shown on the input line): the player draws its
    first screen before prompt-toolkit is loaded, and reads keys once it is;
and the ratio of each to the floor (the cold plain starts against the warm
one), taken run by run against the floor timed just before it, the median of
those ratios printed: a ratio of runs seconds apart shrugs off the machine's
load better than a ratio of medians. With --compare SRC (the `src` folder of another samizdat, e.g. from
`git archive COMMIT | tar -x -C /tmp/before`), that samizdat is timed too,
each measure alternating between them, so every column sees the same load.
SRC may also be a wheel unpacked (`pip wheel --no-deps -w W . && python -m
zipfile -e W/samizdat-*.whl SITE`): an installed samizdat, whose wheel
carries the grammar's tables, so that its first run builds none.

Every run is a fresh process with a fresh save folder. Bytecode is cached as
for an installed samizdat (pip compiles it at install): PYTHONDONTWRITEBYTECODE
is dropped from the children's environment and one untimed run of each
writes the caches first. --uncached SRC times a samizdat whose own modules
are compiled from source at every start instead (PYTHONDONTWRITEBYTECODE=1 and
no __pycache__ in SRC), as on a machine that sets that variable.
"""
from __future__ import annotations

import argparse
import os
import pty
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The first screen is drawn when the hint on the input line appears (the pause
# under a first passage, for a player from before the full-screen layout).
FIRST_SCREEN = (b"Enter, or help", b"Enter for more")
CURSOR_QUERY = b"\x1b[6n"
TIMEOUT = 60.0


def samizdat(*args):
    return [sys.executable, "-m", "samizdat", *map(str, args)]


def plain_first_prompt(story, env) -> float:
    start = time.perf_counter()
    process = subprocess.Popen(samizdat("play", story, "--plain"), stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    seen = b""
    try:
        while not seen.endswith(b"> "):
            chunk = os.read(process.stdout.fileno(), 65536)
            if not chunk:
                raise RuntimeError("the plain player ended before its first prompt:\n" + seen.decode())
            seen += chunk
        elapsed = time.perf_counter() - start
    finally:
        process.stdin.close()
        process.wait(timeout=TIMEOUT)
    return elapsed


def plain_first_prompt_cold(story, env) -> float:
    shutil.rmtree(Path(env["SAMIZDAT_CACHE_DIR"]) / "stories", ignore_errors=True)
    return plain_first_prompt(story, env)


def plain_first_prompt_first_run(story, env) -> float:
    """With no cache at all: Lark builds the grammar's tables too, as on a first run."""
    shutil.rmtree(Path(env["SAMIZDAT_CACHE_DIR"]), ignore_errors=True)
    return plain_first_prompt(story, env)


def terminal_first_screen(story, env) -> float:
    return _terminal(story, env)[0]


def terminal_first_key(story, env) -> float:
    return _terminal(story, env, key=True)[1]


KEY = "\u00a7".encode()  # §: in no story's first screen, nor in an escape sequence


def _terminal(story, env, key=False):
    """(seconds to the first screen, seconds until a key typed then is shown, or None)."""
    master, slave = pty.openpty()
    _set_size(slave, 24, 80)
    start = time.perf_counter()
    process = subprocess.Popen(samizdat("play", story), stdin=slave, stdout=slave, stderr=slave,
                               env={**env, "TERM": "xterm-256color"}, start_new_session=True)
    os.close(slave)
    seen = b""
    try:
        while not any(marker in seen for marker in FIRST_SCREEN):
            ready, _, _ = select.select([master], [], [], TIMEOUT)
            if not ready:
                raise RuntimeError("the player drew no first screen in time:\n" + seen.decode("utf-8", "replace"))
            chunk = os.read(master, 65536)
            if CURSOR_QUERY in chunk:
                os.write(master, b"\x1b[1;1R")
            seen += chunk
        elapsed = time.perf_counter() - start
        answered = None
        if key:
            os.write(master, KEY)
            seen = b""
            while KEY not in seen:
                ready, _, _ = select.select([master], [], [], TIMEOUT)
                if not ready:
                    raise RuntimeError("the player did not show the key typed:\n" + seen.decode("utf-8", "replace"))
                chunk = os.read(master, 65536)
                if CURSOR_QUERY in chunk:
                    os.write(master, b"\x1b[1;1R")
                seen += chunk
            answered = time.perf_counter() - start
            os.write(master, b"\x7f")  # take the key back, so that Ctrl-D leaves
    finally:
        os.write(master, b"\x04")  # Ctrl-D: leave
        try:
            process.wait(timeout=TIMEOUT)
        finally:
            os.close(master)
    return elapsed, answered


def _set_size(fd, rows, columns):
    import fcntl
    import struct
    import termios

    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))


def import_floor(env, story=None) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import prompt_toolkit, lark"], env=env, check=True)
    return time.perf_counter() - start


MEASURES = (("floor", lambda story, env: import_floor(env)), ("plain", plain_first_prompt),
            ("plain cold", plain_first_prompt_cold), ("plain first run", plain_first_prompt_first_run),
            ("terminal", terminal_first_screen), ("terminal key", terminal_first_key))


def _environment(home: Path, src=None, bytecode=True) -> dict:
    env = {k: v for k, v in os.environ.items()
           if k not in ("NO_COLOR", "SAMIZDAT_DEBUG", "PYTHONDONTWRITEBYTECODE")}
    env.update(SAMIZDAT_SAVE_DIR=str(home / "saves"), SAMIZDAT_CACHE_DIR=str(home / "cache"))
    if src is not None:
        env["PYTHONPATH"] = str(Path(src).resolve())
    if not bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        if src is not None and any(Path(src).rglob("__pycache__")):
            sys.exit(f"--uncached {src}: it has __pycache__ folders; remove them first")
    return env


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--story", help="the story to start (default: the bundled one)")
    parser.add_argument("--compare", metavar="SRC", action="append", default=[],
                        help="the src folder of another samizdat to time too (may be repeated)")
    parser.add_argument("--uncached", metavar="SRC", action="append", default=[],
                        help="the same, its modules compiled from source at every start")
    args = parser.parse_args()
    if args.story:
        story = Path(args.story)
    else:
        from samizdat.paths import bundled_story

        story = bundled_story()
    with tempfile.TemporaryDirectory() as home:
        home = Path(home)
        sides = {"this checkout": _environment(home / "0")}
        for number, src in enumerate(args.compare, 1):
            sides[src] = _environment(home / str(number), src)
        for number, src in enumerate(args.uncached, len(sides)):
            sides[f"{src}, compiled at every start"] = _environment(home / str(number), src, bytecode=False)
        folders = {side: Path(env["SAMIZDAT_SAVE_DIR"]) for side, env in sides.items()}
        for env in sides.values():  # write the bytecode, grammar and story caches
            terminal_first_screen(story, env)
            plain_first_prompt(story, env)
            import_floor(env)
        timings = {(side, name): [] for side in sides for name, _ in MEASURES}
        for _ in range(args.repeat):
            for name, measure in MEASURES:
                for side, env in sides.items():
                    shutil.rmtree(folders[side], ignore_errors=True)
                    timings[side, name].append(measure(story, env))
    print(f"story: {story}")
    print(f"median (min-max) of {args.repeat} runs, Python {sys.version.split()[0]}, "
          f"load average {os.getloadavg()[0]:.2f} at the end")
    for side in sides:
        if len(sides) > 1:
            print(f"{side}:")
        median = {name: statistics.median(timings[side, name]) for name, _ in MEASURES}

        def row(label, name, against, ratio_label):
            values = timings[side, name]
            ratios = [v / a for v, a in zip(values, timings[side, against])]
            print(f"  {label:<44} {median[name] * 1000:6.1f} ms ({min(values) * 1000:.0f}-"
                  f"{max(values) * 1000:.0f})   {statistics.median(ratios):.2f}x {ratio_label} "
                  f"({min(ratios):.2f}-{max(ratios):.2f})")

        row("python -c 'import prompt_toolkit, lark'", "floor", "floor", "the floor")
        row("samizdat play --plain, first prompt", "plain", "floor", "the floor")
        row("  the same, story cache cleared", "plain cold", "plain", "the warm start")
        row("  the same, no cache at all (a first run)", "plain first run", "plain", "the warm start")
        row("samizdat play in a terminal, first screen", "terminal", "floor", "the floor")
        row("  a key typed then, shown", "terminal key", "floor", "the floor")


if __name__ == "__main__":
    main()
