"""The save folder of one story: named slots, the autosave, endings reached, finished games.

Saves are the format of `samizdat.saves` (a seed and a path of choice ids);
this module only decides where they live:

    SAVE_DIR/<story>/<slot>.json        games saved by name, and the autosave
    SAVE_DIR/<story>/endings.json       the endings this reader has reached
    SAVE_DIR/replays/                   every finished playthrough (`saves.keep_finished`)
"""
from __future__ import annotations

import json
import os
import re
import secrets
import time
from pathlib import Path

import attrs

from .. import saves
from ..replay import outcome_of, replay
from ..saves import SaveError  # noqa: F401  (what a read or write raises; the session catches it)

AUTOSAVE = "autosave"
WRITER_AUTOSAVE = "autosave-writer"  # --from / --set runs keep their place apart
PREVIOUS = "autosave-previous"
QUICK_SLOT = "quicksave"
MAX_SLOT = 40
SUFFIX = saves.SUFFIX
ENDINGS_FILE = "endings.json"
_SLOT = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,%d}" % (MAX_SLOT - 1))


def valid_slot(name: str) -> bool:
    return _SLOT.fullmatch(name) is not None


def new_seed() -> int:
    return secrets.randbelow(2 ** 31)


def story_folder_name(title: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60] or "untitled"
    return f"{slug}-story" if slug == saves.REPLAYS_FOLDER else slug


def step(scene: str, choice: str, text: str):
    return saves.Step(scene, choice, text)


def playthrough(engine, story_path, seed, steps, start_at, start_values, final_state=None):
    """The save of a path; given the `final_state`, it records the ending reached and the values."""
    game = saves.new_playthrough(engine.story, seed, start_at, tuple(sorted(start_values.items())),
                                 story_path=Path(story_path).resolve())
    game = attrs.evolve(game, steps=tuple(steps), created=saves.now_stamp())
    if final_state is not None:
        game = attrs.evolve(game, outcome=outcome_of(engine, final_state))
    return game


def replay_path(engine, game):
    """(states, steps, what diverged or None): the saved path as far as the story still allows."""
    replayed = replay(engine, game)
    if not replayed.states:
        return None, None, replayed.divergence.describe()
    states = list(replayed.states)
    steps = list(game.taken[:len(states) - 1])
    return states, steps, replayed.divergence.describe() if replayed.divergence else None


class Store:
    def __init__(self, save_dir: Path, story_title: str):
        self.save_dir = Path(save_dir)
        self.folder = self.save_dir / story_folder_name(story_title)

    def path(self, slot: str) -> Path:
        return self.folder / f"{slot}{SUFFIX}"

    def exists(self, slot: str) -> bool:
        return self.path(slot).is_file()

    def write(self, slot: str, game):
        saves.write(self.path(slot), game)

    def read(self, slot: str):
        return saves.read(self.path(slot))

    def delete(self, slot: str):
        try:
            self.path(slot).unlink()
        except FileNotFoundError:
            pass

    def set_aside(self, slot: str, other: str):
        """Keep `slot` under the name `other`, replacing whatever `other` held."""
        if self.exists(slot):
            os.replace(self.path(slot), self.path(other))

    def slots(self) -> list:
        """(name, when saved) of each save, newest first."""
        try:
            files = [p for p in self.folder.glob(f"*{SUFFIX}") if valid_slot(p.stem)]
        except OSError:
            return []
        found = []
        for file in files:
            try:
                found.append((file.stat().st_mtime, file.stem))
            except OSError:
                continue
        found.sort(reverse=True)
        return [(name, time.strftime("%Y-%m-%d %H:%M", time.localtime(when))) for when, name in found]

    # ------------------------------------------------------------------ endings

    @property
    def endings_file(self) -> Path:
        return self.folder / ENDINGS_FILE

    def endings_reached(self) -> dict:
        """Ending id -> title, for every ending reached in any run. A damaged file counts as none."""
        try:
            data = json.loads(self.endings_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        reached = data.get("reached") if isinstance(data, dict) else None
        if not isinstance(reached, dict):
            return {}
        return {k: v for k, v in reached.items() if isinstance(k, str) and isinstance(v, str)}

    def record_ending(self, scene: str, title: str):
        reached = self.endings_reached()
        if reached.get(scene) == title:
            return
        reached[scene] = title
        text = json.dumps({"reached": reached}, indent=2, ensure_ascii=False) + "\n"
        saves.write_atomically(self.endings_file, text.encode("utf-8"))

    def keep_finished(self, game):
        return saves.keep_finished(self.save_dir, game)
