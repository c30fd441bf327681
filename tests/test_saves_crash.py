"""Crash safety: a process killed while saving leaves every save file whole, old or new."""
from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time

from samizdat import saves

KILLS = 200
SLOTS = 3
WRITES_PER_WRITER = 5000  # a bound, so a writer nobody kills still stops

# Versions differ in length, so a torn write could not pass for another one.
VERSIONS = '''
from samizdat import saves

def version(number):
    steps = tuple(saves.Step("platform", f"choice_{i}", "x" * (number % 97)) for i in range(number % 13))
    return saves.Playthrough("The Night Train", "0123456789abcdef", number, steps,
                             created="2024-01-31T18:05:00Z")
'''

# A separate interpreter that, for each line it reads, forks a writer saving
# version after version into the slots, tells the test the writer's pid, and
# reports when it has died. Forking from an interpreter that has already
# imported samizdat lets the test kill hundreds of writers in a few seconds.
SPAWNER = f"""
import os, sys
from samizdat import saves
from saves_crash_versions import version
folder = sys.argv[1]
for line in sys.stdin:
    first = int(line)
    ready_r, ready_w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(ready_r)
        os.write(ready_w, b"!")
        os.close(ready_w)
        try:
            for number in range(first, first + {WRITES_PER_WRITER}):
                saves.write(f"{{folder}}/slot{{number % {SLOTS}}}.json", version(number))
        finally:
            os._exit(0)
    os.close(ready_w)
    os.read(ready_r, 1)
    os.close(ready_r)
    print(pid, flush=True)
    _, status = os.waitpid(pid, 0)
    print("killed" if os.WIFSIGNALED(status) else "finished", flush=True)
"""


def test_saves_survive_sigkill_at_random_moments(tmp_path):
    helpers = tmp_path / "helpers"
    helpers.mkdir()
    (helpers / "saves_crash_versions.py").write_text(VERSIONS)
    sys.path.insert(0, str(helpers))
    try:
        from saves_crash_versions import version
    finally:
        sys.path.remove(str(helpers))
    folder = tmp_path / "saves"
    folder.mkdir()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(helpers), os.environ.get("PYTHONPATH", "")])}
    rng = random.Random(20240131)
    started = time.monotonic()
    kills_after_a_save = kills_during_a_write = 0
    spawner = subprocess.Popen([sys.executable, "-c", SPAWNER, str(folder)], env=env, text=True,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        for kill in range(KILLS):
            first = kill * WRITES_PER_WRITER
            temporaries_before = set(os.listdir(folder))
            spawner.stdin.write(f"{first}\n")
            spawner.stdin.flush()
            pid = int(spawner.stdout.readline())
            time.sleep(rng.uniform(0, 0.02))
            os.kill(pid, signal.SIGKILL)
            assert spawner.stdout.readline() == "killed\n"

            listed = saves.list_files(folder)
            newest = -1
            for path in listed:
                loaded = saves.read(path)  # raises if a save were torn or half-written
                assert loaded == version(loaded.seed), f"{path.name} holds no version ever written"
                assert path.name == f"slot{loaded.seed % SLOTS}.json"
                newest = max(newest, loaded.seed)
            others = set(os.listdir(folder)) - {p.name for p in listed}
            for name in others:
                assert re.fullmatch(rf"\.slot[0-{SLOTS - 1}]\.json\.\w+\.tmp", name), f"unexpected file {name}"
            kills_after_a_save += newest >= first
            kills_during_a_write += bool(others - temporaries_before)
    finally:
        spawner.stdin.close()
        spawner.wait(timeout=10)
    assert time.monotonic() - started < 30, "the crash test should stay quick"
    # The kills must have landed at many moments: between writes and in the middle of them.
    assert kills_after_a_save >= KILLS // 4, f"only {kills_after_a_save} writers saved anything"
    assert kills_during_a_write >= 3, f"only {kills_during_a_write} kills interrupted a write"
    print(f"{KILLS} kills: {kills_after_a_save} after a save, {kills_during_a_write} during a write")
