"""Start-up time of the player; prints figures, asserts nothing.

    python bench/startup.py [--repeat 7] [--story PATH]

Prints the median wall time of:
  - `samizdat play --plain` until its first prompt (`> `) is printed;
  - the full player in a pseudo-terminal until its first screen is drawn
    (the hint under the choices, or the pause under a first passage), answering the terminal's cursor
    position queries as a real terminal would;
  - `python -c "import prompt_toolkit, lark"` on the same machine, the floor
    any prompt-toolkit player built on Lark pays;
and the ratio of each to that floor. The grammar cache is warmed by one
untimed run first, as it is after samizdat's first run on a machine.
"""
from __future__ import annotations

import argparse
import os
import pty
import select
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The first screen is drawn when the prompt's hint under the choices appears,
# or the pause under a first passage too long for the terminal.
FIRST_SCREEN = ("and Enter, or help".encode(), "Enter for more".encode())
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


def terminal_first_screen(story, env) -> float:
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
    finally:
        os.write(master, b"\x04")  # Ctrl-D: leave
        try:
            process.wait(timeout=TIMEOUT)
        finally:
            os.close(master)
    return elapsed


def _set_size(fd, rows, columns):
    import fcntl
    import struct
    import termios

    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))


def import_floor(env) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import prompt_toolkit, lark"], env=env, check=True)
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--story", help="the story to start (default: the bundled one)")
    args = parser.parse_args()
    if args.story:
        story = Path(args.story)
    else:
        from samizdat.paths import bundled_story

        story = bundled_story()
    with tempfile.TemporaryDirectory() as home:
        env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "SAMIZDAT_DEBUG")}
        env.update(SAMIZDAT_SAVE_DIR=str(Path(home) / "saves"), SAMIZDAT_CACHE_DIR=str(Path(home) / "cache"))
        plain_first_prompt(story, env)  # warm the grammar cache and the OS's file cache
        import_floor(env)
        timings = {"floor": [], "plain": [], "terminal": []}
        for _ in range(args.repeat):
            timings["floor"].append(import_floor(env))
            timings["plain"].append(plain_first_prompt(story, env))
            timings["terminal"].append(terminal_first_screen(story, env))
    median = {name: statistics.median(values) for name, values in timings.items()}
    floor = median["floor"]
    print(f"story: {story}")
    print(f"median of {args.repeat} runs, Python {sys.version.split()[0]}")
    print(f"  python -c 'import prompt_toolkit, lark'    {floor * 1000:7.1f} ms   1.00x")
    print(f"  samizdat play --plain, first prompt        {median['plain'] * 1000:7.1f} ms"
          f"   {median['plain'] / floor:.2f}x")
    print(f"  samizdat play in a terminal, first screen  {median['terminal'] * 1000:7.1f} ms"
          f"   {median['terminal'] / floor:.2f}x")


if __name__ == "__main__":
    main()
