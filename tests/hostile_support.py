"""Helpers for the hostile-input tests: what a terminal would act on, and what the user had on disk."""
from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from pathlib import Path

from conftest import golden

assert_golden = golden("hostile")

# What must never reach a terminal raw: C0 controls but tab and newline, DEL,
# C1 controls, bidi controls, lone surrogates.
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")

MEMORY_LIMIT = 1024 ** 3  # a run past this has lost its bound


def run_bounded(*args, cwd=None, env=None, input=None, timeout=60):
    """`python -m samizdat ARGS` with at most 1 GB of address space, as raw bytes.

    A regression that reads /dev/zero or grows without bound then fails the
    test with MemoryError instead of taking the machine with it.
    """
    def limit():
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))

    full_env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "80"}
    full_env.pop("SAMIZDAT_DEBUG", None)
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "samizdat", *map(os.fsdecode, args)],
                          cwd=cwd, env=full_env, input=input, capture_output=True,
                          timeout=timeout, preexec_fn=limit if os.name == "posix" else None)


def snapshot(folder) -> dict:
    """Every entry under `folder`: a file's bytes, or what kind of entry it is."""
    found = {}
    for root, dirs, names in os.walk(folder):
        for name in dirs + names:
            path = Path(root) / name
            info = path.lstat()
            key = str(path.relative_to(folder))
            if stat.S_ISREG(info.st_mode):
                found[key] = path.read_bytes()
            elif stat.S_ISLNK(info.st_mode):
                found[key] = ("link", os.readlink(path))
            else:
                found[key] = ("kind", stat.S_IFMT(info.st_mode))
    return found


def raw_controls(result) -> list:
    """The unsafe characters a run wrote to stdout or stderr (its output must be UTF-8)."""
    return UNSAFE.findall(result.stdout.decode("utf-8") + result.stderr.decode("utf-8"))


def shown(result) -> str:
    """stdout, stderr and exit code of a run, as a golden file holds them."""
    out = result.stdout.decode("utf-8") + result.stderr.decode("utf-8")
    return f"{out}exit {result.returncode}\n"
