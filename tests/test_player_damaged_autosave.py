"""A damaged autosave is reported, kept aside, and never overwritten by the new game."""
from conftest import EXAMPLE, run_samizdat


def test_a_damaged_autosave_is_kept_and_a_new_game_begins(tmp_path):
    saves = tmp_path / "saves"
    first = run_samizdat("play", EXAMPLE, "--plain", "--seed", "1", input="1\n",
                         env={"SAMIZDAT_SAVE_DIR": str(saves)})
    assert first.returncode == 0, first.stderr
    (autosave,) = saves.glob("*/autosave-piped.json")  # the input is a pipe: see test_player_plain.py
    autosave.write_text('{"format": 1, "steps": [')

    second = run_samizdat("play", EXAMPLE, "--plain", "--seed", "1", input="1\n",
                          env={"SAMIZDAT_SAVE_DIR": str(saves)})
    assert second.returncode == 0
    assert "Your last autosave could not be read" in second.stderr
    assert "autosave-damaged.json" in second.stderr
    assert "Traceback" not in second.stderr
    damaged = autosave.with_name("autosave-damaged.json")
    assert damaged.read_text() == '{"format": 1, "steps": ['
    assert autosave.exists() and autosave.read_text() != damaged.read_text()
