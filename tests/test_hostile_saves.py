"""Saves that are valid JSON but not text, story paths that are devices, pipes or unusable names.

Each is refused with a message naming the file, exit 2 for `replay`, and no
file the user had is changed or lost; a bad file never stops the others in
its folder from being listed, nor a game from starting.
"""
from __future__ import annotations

import hashlib
import json
import os

import pytest
from conftest import EXAMPLE, compile_or_fail, run_samizdat
from hostile_support import assert_golden, run_bounded, shown, snapshot

from samizdat import saves

LONG_NAME = "x" * 300


def _body(**story):
    playthrough = saves.new_playthrough(compile_or_fail(EXAMPLE), 0, story_path=str(EXAMPLE))
    playthrough = playthrough.with_step(saves.Step("platform", "buy", "Buy a ticket at the window"))
    body = saves.to_dict(playthrough)
    body["story"].update(story)
    return body


def _sealed(body) -> str:
    """`body` with a checksum that matches it, as a tool that does not check its text would write."""
    rest = {k: v for k, v in body.items() if k != "checksum"}
    text = json.dumps(rest, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return json.dumps({**rest, "checksum": "sha256:" + digest})  # ASCII: "\ud800" as an escape


def _write(target, **story):
    target.write_text(_sealed(_body(**story)), encoding="utf-8")
    return target


# ------------------------------------------------------------ lone surrogates

def test_a_save_holding_a_lone_surrogate_is_refused_as_damaged(tmp_path):
    _write(tmp_path / "surrogate.json", title="The Night \ud800Train")
    before = snapshot(tmp_path)
    for mode in ([], ["--check"], ["--update"]):
        result = run_bounded("replay", "surrogate.json", *mode, cwd=tmp_path)
        assert_golden("surrogate_replay.txt", shown(result))
    assert snapshot(tmp_path) == before


def test_a_lone_surrogate_anywhere_is_found_and_named(tmp_path):
    body = _body()
    body["steps"][0]["text"] = "Buy \udfff"
    path = tmp_path / "step.json"
    path.write_text(_sealed(body))
    with pytest.raises(saves.SaveError, match=r"'steps\[1\]\.text' holds \\udfff"):
        saves.read(path)
    body = _body()
    body["start"]["values"] = {"\ud83d": 1}
    path.write_text(_sealed(body))
    with pytest.raises(saves.SaveError, match=r"'start\.values\.\\ud83d' holds \\ud83d"):
        saves.read(path)


def test_a_pair_of_surrogate_escapes_is_one_character_and_reads(tmp_path):
    path = _write(tmp_path / "emoji.json", title="The Night \U0001f682 Train")
    assert "\\ud83d\\ude82" in path.read_text()
    assert saves.read(path).story_title == "The Night \U0001f682 Train"


def test_a_damaged_replay_does_not_hide_the_others(tmp_path):
    engine_story = compile_or_fail(EXAMPLE)
    save_dir = tmp_path / "saves"
    good = saves.new_playthrough(engine_story, 1, story_path=str(EXAMPLE))
    saves.keep_finished(save_dir, saves.evolve(good, created="2024-01-31T18:05:00Z"))
    folder = saves.replays_dir(save_dir)
    _write(folder / "20240131T180400Z-bad-1.json", title="The Night \ud800Train")
    os.mkfifo(folder / "20240131T180300Z-a-pipe-1.json")
    before = snapshot(tmp_path)
    result = run_bounded("replays", "--save-dir", "saves", cwd=tmp_path)
    assert_golden("surrogate_replays_list.txt", shown(result))
    assert snapshot(tmp_path) == before


def _plain(save_dir, commands):
    return run_samizdat("play", EXAMPLE, "--plain", "--seed", "1", "--save-dir", save_dir, input=commands)


def test_an_autosave_holding_a_lone_surrogate_is_kept_aside_and_a_new_game_begins(tmp_path):
    first = _plain(tmp_path, "1\n")
    assert first.returncode == 0, first.stderr
    (autosave,) = tmp_path.glob("*/autosave-piped.json")  # the input is a pipe (docs/saves.md)
    _write(autosave, title="The Night \ud800Train")
    damaged = autosave.read_bytes()
    again = _plain(tmp_path, "1\n")
    assert again.returncode == 0, again.stderr
    assert "Your last autosave could not be read" in again.stderr
    assert "holds \\ud800" in again.stderr and "internal error" not in again.stderr
    assert autosave.with_name("autosave-damaged.json").read_bytes() == damaged


def test_loading_a_save_holding_a_lone_surrogate_reports_it_and_play_goes_on(tmp_path):
    first = _plain(tmp_path, "save mine\n")
    assert first.returncode == 0, first.stderr
    (slot,) = tmp_path.glob("*/mine.json")
    _write(slot, title="The Night \ud800Train")
    damaged = slot.read_bytes()
    result = _plain(tmp_path, "load mine\n1\n")
    assert result.returncode == 0, result.stderr
    assert "holds \\ud800" in result.stdout and "internal error" not in result.stderr
    assert result.stdout.rstrip().endswith("End of input. Your place is saved as 'autosave-piped'. Goodbye.")
    assert slot.read_bytes() == damaged


def test_a_story_folder_whose_name_is_not_text_is_saved_without_its_path(tmp_path):
    playthrough = saves.new_playthrough(compile_or_fail(EXAMPLE), 0,
                                        story_path=os.fsdecode(bytes(tmp_path) + b"/caf\xe9"))
    path = tmp_path / "slot.json"
    saves.write(path, playthrough)
    assert saves.read(path).story_path is None


# ------------------------------------------- story paths: devices, pipes, names

@pytest.mark.parametrize("case", ["dev_zero", "fifo", "long_name", "nul"])
def test_a_story_path_that_cannot_be_a_story_is_refused_quickly(tmp_path, case):
    story_path = {"dev_zero": "/dev/zero", "fifo": "story.fifo", "long_name": LONG_NAME,
                  "nul": "stories\x00/examples"}[case]
    if case == "fifo":
        os.mkfifo(tmp_path / "story.fifo")
    _write(tmp_path / "saved.json", path=story_path)
    before = snapshot(tmp_path)
    result = run_bounded("replay", "saved.json", cwd=tmp_path)
    assert_golden(f"story_path_{case}.txt", shown(result))
    assert snapshot(tmp_path) == before


def test_a_save_that_is_a_pipe_or_a_device_is_refused(tmp_path):
    os.mkfifo(tmp_path / "pipe.json")
    with pytest.raises(saves.SaveError, match=r"this is a pipe \(FIFO\), not a save file"):
        saves.read(tmp_path / "pipe.json")
    with pytest.raises(saves.SaveError, match="this is a device, not a save file"):
        saves.read("/dev/zero")
    with pytest.raises(saves.SaveError, match="a name in it is too long"):
        saves.read(tmp_path / f"{LONG_NAME}.json")


# ------------------------------------------- what a story holds, a save holds

LONG_TEXT_STORY = (
    'title "{title}"\nstart platform\n'
    "=== platform: The platform\nThe train waits.\n"
    "* {choice} -> {scene}\n"
    "=== ending {scene}: {ending}\nMoscow.\n"
)


def test_a_game_of_a_story_with_texts_longer_than_a_save_holds_is_saved_and_loaded(tmp_path):
    story = tmp_path / "long.story"
    story.write_text(LONG_TEXT_STORY.format(title="T" * 12_000, choice="Board " + "a" * 15_000,
                                            scene="arrival", ending="E" * 11_000))
    result = run_samizdat("play", story, "--plain", "--seed", "1", "--save-dir", tmp_path / "saves",
                          input="save mine\nload mine\n1\n")
    assert result.returncode == 0, result.stderr
    assert "Could not save" not in result.stdout and "Loaded 'mine'." in result.stdout
    (kept,) = saves.list_files(saves.replays_dir(tmp_path / "saves"))
    finished = saves.read(kept)
    assert finished.steps[0].text == "Board " + "a" * 9_993 + "…"
    assert finished.outcome.ending == "E" * 9_999 + "…"
    check = run_samizdat("replay", kept, "--check", "--story", story)
    assert check.returncode == 0, check.stderr
    assert "warning" not in check.stderr  # the titles compare as the file keeps them


def test_a_game_that_no_save_could_hold_is_refused_with_the_old_save_kept(tmp_path):
    story = tmp_path / "long.story"
    story.write_text(LONG_TEXT_STORY.format(title="T", choice="Board", scene="s" * 10_001, ending="E"))
    path = tmp_path / "mine.json"
    path.write_text("the old save")
    playthrough = saves.new_playthrough(compile_or_fail(story), 1).with_step(
        saves.Step("platform", "s" * 10_001, "Board"))
    with pytest.raises(saves.SaveError, match=r"cannot save this game: 'steps\[1\]\.choice' is too long"):
        saves.write(path, playthrough)
    assert path.read_text() == "the old save"
    assert sorted(os.listdir(tmp_path)) == ["long.story", "mine.json"]
