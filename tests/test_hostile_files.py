"""Paths that are not story files: devices, pipes, folders, names too long for the system.

Each gets a clear message and exit code, never a hang, a traceback or a
runaway read, and nothing on disk changes.
"""
from __future__ import annotations

import os

import pytest
from conftest import EXAMPLE
from hostile_support import assert_golden, run_bounded, shown, snapshot

LONG_NAME = "d" * 300

HEADER = 'title "T"\nstart a\n'


def _story(folder, text, name="main.story"):
    (folder / name).write_text(text, encoding="utf-8")


@pytest.mark.parametrize("case", ["dev_zero", "fifo", "long_name", "long_path"])
def test_check_refuses_a_path_that_is_no_story_file(tmp_path, case):
    if case == "fifo":
        os.mkfifo(tmp_path / "story.fifo")
    target = {"dev_zero": "/dev/zero", "fifo": "story.fifo", "long_name": LONG_NAME + ".story",
              "long_path": "/".join(["d" * 200] * 25)}[case]
    before = snapshot(tmp_path)
    result = run_bounded("check", target, cwd=tmp_path)
    assert_golden(f"check_{case}.txt", shown(result))
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("case", ["fifo", "long_name", "folder", "link_loop"])
def test_an_include_that_is_no_story_file_is_an_error_at_its_line(tmp_path, case):
    included = {"fifo": "part.fifo", "long_name": LONG_NAME + ".story", "folder": "part",
                "link_loop": "loop.story"}[case]
    if case == "fifo":
        os.mkfifo(tmp_path / "part.fifo")
    elif case == "folder":
        (tmp_path / "part").mkdir()
    elif case == "link_loop":
        os.symlink("loop.story", tmp_path / "loop.story")
    _story(tmp_path, f"{HEADER}include {included}\n=== a\nHi\n")
    before = snapshot(tmp_path)
    result = run_bounded("check", ".", cwd=tmp_path)
    assert_golden(f"include_{case}.txt", shown(result))
    assert snapshot(tmp_path) == before


def test_a_story_folder_whose_main_story_is_a_pipe_is_refused(tmp_path):
    os.mkfifo(tmp_path / "main.story")
    result = run_bounded("check", ".", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout.decode().startswith("main.story: error: this is a pipe (FIFO), not a story file")


@pytest.mark.parametrize("command", [["play", "--plain", str(EXAMPLE)], ["replays"]])
@pytest.mark.parametrize("case", ["long_name", "from_environment"])
def test_a_save_folder_that_could_never_hold_a_save_is_refused_before_anything_is_written(
        tmp_path, command, case):
    (tmp_path / "notes.txt").write_text("mine")
    folder = {"long_name": LONG_NAME, "from_environment": "e" * 300}[case]
    arguments = command + (["--save-dir", folder] if case != "from_environment" else [])
    before = snapshot(tmp_path)
    result = run_bounded(*arguments, cwd=tmp_path, input=b"1\n",
                         env={"SAMIZDAT_SAVE_DIR": folder} if case == "from_environment" else None)
    assert_golden(f"save_dir_{case}.txt", shown(result))
    assert snapshot(tmp_path) == before


def test_a_transcript_or_graph_written_to_a_name_too_long_is_refused(tmp_path):
    replay = next((EXAMPLE.parent.parent / "tests" / "replays" / "examples").glob("*.json"), None)
    assert replay is not None
    result = run_bounded("replay", replay, "--transcript", LONG_NAME + ".md", cwd=tmp_path)
    assert result.returncode == 2
    assert "cannot write here: a name in it is too long (303 bytes" in result.stderr.decode()
    result = run_bounded("graph", EXAMPLE, "-o", LONG_NAME + ".dot", cwd=tmp_path)
    assert result.returncode == 2
    assert "cannot write here: a name in it is too long (304 bytes" in result.stderr.decode()
    assert os.listdir(tmp_path) == []
