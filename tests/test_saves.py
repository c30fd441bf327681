"""The save format: round trips, the fingerprint, atomic writes, finished playthroughs."""
from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys

import pytest
from attrs import evolve
from conftest import EXAMPLE, REPO, compile_or_fail, run_samizdat
from saves_support import assert_golden, random_playthrough

from samizdat import saves
from samizdat.engine import Engine
from samizdat.replay import outcome_of


def finished(engine, seed=1):
    playthrough, states = random_playthrough(engine, seed, random.Random(seed))
    return evolve(playthrough, outcome=outcome_of(engine, states[-1]), created="2024-01-31T18:05:00Z")


def test_a_playthrough_survives_the_file(tmp_path, example_engine):
    playthrough = evolve(finished(example_engine), position=2, start_at="platform",
                         start_values={"nerve": 70, "has_ticket": True}, story_path="../story")
    saves.write(tmp_path / "a.json", playthrough)
    assert saves.read(tmp_path / "a.json") == playthrough


def test_the_file_is_the_documented_format(tmp_path, example_engine):
    saves.write(tmp_path / "a.json", finished(example_engine))
    raw = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert raw["format"] == "samizdat-playthrough" and raw["version"] == saves.VERSION
    assert set(raw) == {"format", "version", "story", "seed", "start", "steps", "position",
                        "outcome", "created", "checksum"}
    assert set(raw["steps"][0]) == {"scene", "choice", "text"}
    assert raw["checksum"].startswith("sha256:")
    documented = (REPO / "docs" / "saves.md").read_text(encoding="utf-8")
    assert f"format **version {saves.VERSION}**" in documented
    assert f"reads versions **{saves.OLDEST_READABLE} to {saves.VERSION}**" in documented


def test_the_fingerprint_is_the_same_in_another_process_and_folder(tmp_path, example_story):
    copy = tmp_path / "elsewhere"
    shutil.copytree(EXAMPLE, copy)
    code = ("import sys; from samizdat.pipeline import compile_story; from samizdat.saves import fingerprint;"
            "print(fingerprint(compile_story(sys.argv[1]).story))")
    other = subprocess.run([sys.executable, "-c", code, str(copy)], capture_output=True, text=True,
                           cwd=tmp_path, env={**os.environ, "PYTHONHASHSEED": "12345"}, check=True)
    assert other.stdout.strip() == saves.fingerprint(example_story)


def _edited(tmp_path, old, new):
    copy = tmp_path / "story"
    shutil.copytree(EXAMPLE, copy, dirs_exist_ok=True)
    main = copy / "main.story"
    text = main.read_text(encoding="utf-8")
    assert old in text
    main.write_text(text.replace(old, new, 1), encoding="utf-8")
    return compile_or_fail(copy)


def test_the_fingerprint_follows_content_not_layout(tmp_path, example_story):
    original = saves.fingerprint(example_story)
    comment = _edited(tmp_path, "=== porter:", "// a new comment\n\n=== porter:")
    assert saves.fingerprint(comment) == original
    reworded = _edited(tmp_path, "Walk away", "Walk off")
    assert saves.fingerprint(reworded) != original
    changed = _edited(tmp_path, "set suspicion -= 5", "set suspicion -= 6")
    assert saves.fingerprint(changed) not in (original, saves.fingerprint(reworded))


def test_a_failed_replace_leaves_the_old_save_and_no_temporary_file(tmp_path, monkeypatch, example_engine):
    path = tmp_path / "slot.json"
    old = finished(example_engine, seed=1)
    saves.write(path, old)
    before = path.read_bytes()

    def refuse(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(saves.SaveError) as caught:
        saves.write(path, finished(example_engine, seed=2))
    assert str(caught.value) == (f"{path}: could not write: No space left on device; "
                                 "the previous file is unchanged")
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["slot.json"]
    assert saves.read(path) == old


def test_a_failed_write_leaves_no_temporary_file(tmp_path, monkeypatch, example_engine):
    path = tmp_path / "slot.json"

    def broken_fsync(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(saves.SaveError, match="Input/output error"):
        saves.write(path, finished(example_engine))
    assert os.listdir(tmp_path) == []


def test_writing_over_a_folder_is_refused(tmp_path, example_engine):
    (tmp_path / "slot.json").mkdir()
    with pytest.raises(saves.SaveError, match="this is a folder"):
        saves.write(tmp_path / "slot.json", finished(example_engine))
    assert os.listdir(tmp_path) == ["slot.json"]


def test_undo_keeps_the_later_steps_until_a_new_step(example_engine):
    playthrough = finished(example_engine, seed=3)
    undone = evolve(playthrough, position=1)
    assert undone.taken == playthrough.steps[:1] and undone.steps == playthrough.steps
    step = saves.Step("x", "y", "z")
    assert undone.with_step(step).steps == playthrough.steps[:1] + (step,)


def test_finished_playthroughs_are_kept_and_listed(tmp_path, example_story):
    engine = Engine(example_story)
    save_dir = tmp_path / "saves"
    kept = []
    for seed, stamp in ((1, "2024-01-31T18:05:00Z"), (2, "2024-02-01T09:00:00Z"), (3, "2024-02-01T09:00:00Z")):
        kept.append(saves.keep_finished(save_dir, evolve(finished(engine, seed), created=stamp)))
    assert [p.name for p in kept] == ["20240131T180500Z-the-night-train-1.json",
                                      "20240201T090000Z-the-night-train-1.json",
                                      "20240201T090000Z-the-night-train-2.json"]
    (save_dir / "replays" / ".20240201T090000Z-the-night-train-3.json.abc.tmp").write_text("{")
    (save_dir / "replays" / "notes.txt").write_text("mine")
    result = run_samizdat("replays", "--save-dir", save_dir)
    assert result.returncode == 0 and result.stderr == ""
    assert_golden("replays_list.txt", result.stdout)


def test_the_replays_list_skips_a_damaged_file_and_says_so(tmp_path, example_story):
    save_dir = tmp_path / "saves"
    saves.keep_finished(save_dir, evolve(finished(Engine(example_story)), created="2024-01-31T18:05:00Z"))
    (save_dir / "replays" / "broken.json").write_text('{"format": ')
    result = run_samizdat("replays", cwd=tmp_path, env={"SAMIZDAT_SAVE_DIR": "saves"})
    assert result.returncode == 0
    assert result.stderr == ("saves/replays/broken.json: warning: skipped: the file ends too early "
                             "(truncated?) at line 1 column 11\n")
    assert "The Night Train" in result.stdout


def test_no_replays_yet(tmp_path):
    result = run_samizdat("replays", "--save-dir", "empty", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (0, "no finished playthroughs kept in empty/replays yet\n")


def test_a_version_1_save_of_a_story_without_the_new_forms_still_replays(tmp_path):
    # Written by samizdat 0.1 (format 1): explore's witness of the coin story's miracle,
    # a path that takes a roll; the story has not changed since.
    old = tmp_path / "old.json"
    old.write_bytes((REPO / "tests" / "golden" / "saves" / "version-1-coin-miracle.json").read_bytes())
    old_text = old.read_text(encoding="utf-8")
    assert '"version": 1' in old_text
    story = REPO / "tests" / "stories" / "coin.story"
    result = run_samizdat("replay", old, "--story", story, "--check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok: reaches the ending 'A Miracle'" in result.stdout
    assert old.read_text(encoding="utf-8") == old_text  # --check changes nothing
    updated = run_samizdat("replay", old, "--story", story, "--update")
    assert updated.returncode == 0
    assert '"version": 2' in old.read_text(encoding="utf-8")
