"""Crash safety: a process killed while saving leaves every save file whole, old or new.

What such a crash leaves behind (its temporary file) is removed by a later
save once it is stale, and nothing else is.
"""
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


# The same spawner, with the versions written inline (no helper module needed).
SPAWNER_WITH_VERSIONS = SPAWNER.replace("from saves_crash_versions import version", VERSIONS)


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


# ---------------------------------------------------- what crashes leave behind

LOCK_HOLDER = """
import fcntl, sys, time
with open(sys.argv[1], "rb") as held:
    fcntl.flock(held, fcntl.LOCK_EX)
    print("locked", flush=True)
    sys.stdin.read()
"""


def _temporary(folder, name, age):
    path = folder / name
    path.write_text("half a save")
    when = time.time() - age
    os.utime(path, (when, when))
    return path


def test_stale_temporary_files_are_removed_by_the_next_save_and_nothing_else(tmp_path):
    folder = tmp_path / "saves"
    folder.mkdir()
    old = saves.STALE_AFTER + 60
    stale = [_temporary(folder, f".slot{i}.json.abcd_12{i}.tmp", old) for i in range(3)]
    fresh = _temporary(folder, ".slot0.json.fresh123.tmp", 5)
    locked = _temporary(folder, ".slot1.json.locked12.tmp", old)
    mine = [_temporary(folder, name, old) for name in
            ("notes.tmp", ".notes.tmp", "slot0.json.abcd_123.tmp", ".slot0.json.abc.tmp",
             ".story.dot.abcd_123.tmp")]
    link = folder / ".slot2.json.symlink1.tmp"
    link.symlink_to(mine[0])
    os.utime(link, (time.time() - old,) * 2, follow_symlinks=False)
    nested = folder / ".slot2.json.folder12.tmp"
    nested.mkdir()
    os.utime(nested, (time.time() - old,) * 2)

    holder = subprocess.Popen([sys.executable, "-c", LOCK_HOLDER, str(locked)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "locked\n"
        saves.write(folder / "slot0.json", saves.Playthrough("T", "0123456789abcdef", 1))
        remaining = set(os.listdir(folder))
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)
    assert not {p.name for p in stale} & remaining
    assert {fresh.name, locked.name, link.name, nested.name} <= remaining
    assert {p.name for p in mine} <= remaining and mine[0].read_text() == "half a save"
    assert saves.read(folder / "slot0.json").seed == 1
    # Once its writer is gone, the locked one goes too.
    saves.write(folder / "slot0.json", saves.Playthrough("T", "0123456789abcdef", 2))
    assert locked.name not in os.listdir(folder)


def test_what_the_kills_left_behind_goes_once_stale(tmp_path):
    folder = tmp_path / "saves"
    folder.mkdir()
    spawner = subprocess.Popen([sys.executable, "-c", SPAWNER_WITH_VERSIONS, str(folder)], text=True,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    rng = random.Random(7)
    try:
        for kill in range(40):
            spawner.stdin.write(f"{kill * WRITES_PER_WRITER}\n")
            spawner.stdin.flush()
            pid = int(spawner.stdout.readline())
            time.sleep(rng.uniform(0, 0.02))
            os.kill(pid, signal.SIGKILL)
            assert spawner.stdout.readline() == "killed\n"
    finally:
        spawner.stdin.close()
        spawner.wait(timeout=10)
    listed = {p.name for p in saves.list_files(folder)}
    leftovers = set(os.listdir(folder)) - listed
    assert leftovers, "no kill landed during a write: the sweep was not tried"
    long_ago = time.time() - saves.STALE_AFTER - 1
    for name in leftovers:
        os.utime(folder / name, (long_ago, long_ago))
    kept = {name: (folder / name).read_bytes() for name in listed}
    saves.write(folder / "another.json", saves.Playthrough("T", "0123456789abcdef", 3))
    assert set(os.listdir(folder)) == listed | {"another.json"}
    assert all((folder / name).read_bytes() == data for name, data in kept.items())
