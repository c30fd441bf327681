"""Broken save and replay files: each gets the exact message users see, exit code 2, and stays as it was."""
from __future__ import annotations

import hashlib
import json
import os

import pytest
from conftest import EXAMPLE, compile_or_fail, run_samizdat
from saves_support import assert_golden

from samizdat import saves


def _valid_body():
    story = compile_or_fail(EXAMPLE)
    playthrough = saves.new_playthrough(story, 0, story_path=str(EXAMPLE))
    playthrough = playthrough.with_step(saves.Step("platform", "buy", "Buy a ticket at the window"))
    return saves.to_dict(playthrough)


def _sealed(body):
    """`body` with the checksum docs/saves.md describes, so only the change under test is wrong."""
    rest = {k: v for k, v in body.items() if k != "checksum"}
    text = json.dumps(rest, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return json.dumps({**rest, "checksum": "sha256:" + hashlib.sha256(text.encode()).hexdigest()})


def _edit(change):
    def make(path):
        body = _valid_body()
        change(body)
        path.write_text(_sealed(body), encoding="utf-8")
    return make


def _bytes(data):
    return lambda path: path.write_bytes(data)


def _tampered(path):
    body = _valid_body()
    body["steps"][0]["choice"] = "forge"  # the checksum still describes "buy"
    path.write_text(json.dumps(body), encoding="utf-8")


def _folder(path):
    path.mkdir()


def _unreadable(path):
    path.write_text(_sealed(_valid_body()))
    path.chmod(0)


def _huge(path):
    with open(path, "wb") as out:
        out.truncate(saves.MAX_FILE_BYTES + 1)


def _nested(path):
    path.write_text("[" * 100_000 + "]" * 100_000)


def _set(*keys, value):
    def change(body):
        target = body
        for key in keys[:-1]:
            target = target[key]
        target[keys[-1]] = value
    return change


def _drop(key):
    return lambda body: body.pop(key)


def _unknown_story(body):
    body["story"].update(title="The Lost Manuscript", path="no/such/story")


KINDS = {
    "empty": _bytes(b""),
    "blank": _bytes(b"  \n\n"),
    "truncated": lambda path: path.write_text(_sealed(_valid_body())[:150]),
    "not_json": _bytes(b"slot 1: the platform, nerve 50\n"),
    "binary": _bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
    "invalid_utf8": _bytes(b'{"format": "samizdat-playthrough", "story": "Caf\xe9"}'),
    "a_list": _bytes(b"[1, 2, 3]"),
    "other_json": _bytes(b'{"name": "left-pad", "version": "1.3.0"}'),
    "too_old_version": _edit(_set("version", value=0)),
    "future_version": _edit(_set("version", value=3)),
    "version_as_text": _edit(_set("version", value="1")),
    "missing_field": _edit(_drop("seed")),
    "wrong_type": _edit(_set("seed", value="0")),
    "negative_seed": _edit(_set("seed", value=-1)),
    "fractional_seed": _edit(_set("seed", value=1.5)),
    "unknown_field": _edit(_set("cheats", value=True)),
    "bad_choice_id": _edit(lambda body: body["steps"][0].update(choice="Buy!")),
    "step_missing_scene": _edit(lambda body: body["steps"][0].pop("scene")),
    "position_past_the_end": _edit(_set("position", value=7)),
    "start_value_as_text": _edit(_set("start", "values", value={"nerve": "high"})),
    "bad_date": _edit(_set("created", value="yesterday")),
    "tampered_steps": _tampered,
    "duplicate_field": lambda path: path.write_text(_sealed(_valid_body())[:-1] + ', "seed": 7}'),
    "nan": lambda path: path.write_text(_sealed(_valid_body()).replace('"seed": 0', '"seed": NaN')),
    "deeply_nested": _nested,
    "unknown_story": _edit(_unknown_story),
    "a_folder": _folder,
    "missing_file": lambda path: None,
    "unreadable": _unreadable,
    "huge": _huge,
}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_a_bad_file_gets_a_clear_message_and_exit_2(tmp_path, kind):
    if kind == "unreadable" and os.geteuid() == 0:
        pytest.skip("root reads every file")
    path = tmp_path / f"{kind}.json"
    KINDS[kind](path)
    before = sorted(os.listdir(tmp_path))
    content = path.read_bytes() if path.is_file() and kind != "unreadable" else None
    result = run_samizdat("replay", path.name, cwd=tmp_path)
    assert result.stdout == ""
    assert_golden(f"bad_files/{kind}.txt", result.stderr)
    assert result.returncode == 2
    assert sorted(os.listdir(tmp_path)) == before
    if content is not None:
        assert path.read_bytes() == content


@pytest.mark.parametrize("kind", ["wrong_type", "tampered_steps", "future_version"])
def test_check_and_update_refuse_bad_files_the_same_way(tmp_path, kind):
    path = tmp_path / f"{kind}.json"
    KINDS[kind](path)
    content = path.read_bytes()
    for mode in ("--check", "--update"):
        result = run_samizdat("replay", path.name, mode, cwd=tmp_path)
        assert result.returncode == 2
        assert_golden(f"bad_files/{kind}.txt", result.stderr)
    assert path.read_bytes() == content


def test_a_bad_file_raises_save_error_naming_the_file(tmp_path):
    path = tmp_path / "slot.json"
    path.write_text("{")
    with pytest.raises(saves.SaveError) as caught:
        saves.read(path)
    assert caught.value.path == str(path)
    assert str(caught.value) == f"{path}: the file ends too early (truncated?) at line 1 column 2"


def test_an_unreadable_file_even_when_running_as_root(tmp_path, monkeypatch, capsys):
    """Root reads every file, so the permission error is made by hand here."""
    from samizdat.cli import main

    path = tmp_path / "unreadable.json"
    _unreadable(path)
    real_open = os.open

    def refusing_open(file, *args, **kwargs):
        if str(file).endswith("unreadable.json"):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("os.open", refusing_open)
    assert main(["replay", "unreadable.json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert_golden("bad_files/unreadable.txt", captured.err)
