"""The save folder of one story: named slots, the autosave, endings reached, finished games.

Saves are the format of `samizdat.saves` (a seed and a path of choice ids);
this module only decides where they live:

    SAVE_DIR/<story>/<slot>.json        games saved by name, and the autosaves
    SAVE_DIR/<story>/endings.json       the endings this reader has reached
    SAVE_DIR/replays/                   every finished playthrough (`saves.keep_finished`)
    SAVE_DIR/.lock                      held while the two shared files above change

Several players may share a save folder and finish at the same moment: the
endings file is read, changed and written, and a finished replay's name is
chosen, under an exclusive lock on SAVE_DIR/.lock, so neither is lost.
"""
from __future__ import annotations

import contextlib
import json
import os
import re
import time
from pathlib import Path
from typing import NamedTuple, Optional

# samizdat.saves and samizdat.replay are imported where they are first needed:
# a new game shows its first page without them (see bench/README.md).

AUTOSAVE = "autosave"  # the reader's game, played at a terminal
WRITER_AUTOSAVE = "autosave-writer"  # --from / --set runs keep their place apart
PIPED_AUTOSAVE = "autosave-piped"  # runs whose input is not a terminal, apart too
KEPT_BY_PLAYER = (AUTOSAVE, WRITER_AUTOSAVE, PIPED_AUTOSAVE)
PREVIOUS = "autosave-previous"
QUICK_SLOT = "quicksave"
MAX_SLOT = 40
SUFFIX = ".json"  # saves.SUFFIX
REPLAYS_FOLDER = "replays"  # saves.REPLAYS_FOLDER
ENDINGS_FILE = "endings.json"
LOCK_FILE = ".lock"
_SLOT = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,%d}" % (MAX_SLOT - 1))


def valid_slot(name: str) -> bool:
    return _SLOT.fullmatch(name) is not None


def __getattr__(name):
    if name == "SaveError":  # what a read or write raises; the session catches it
        from ..saves import SaveError
        return SaveError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def new_seed() -> int:
    return int.from_bytes(os.urandom(4), "big") >> 1  # 0 to 2**31 - 1


def story_folder_name(title: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60] or "untitled"
    return f"{slug}-story" if slug == REPLAYS_FOLDER else slug


def step(scene: str, choice: str, text: str):
    from .. import saves

    return saves.Step(scene, choice, text)


def playthrough(engine, story_path, seed, steps, start_at, start_values, final_state=None):
    """The save of a path; given the `final_state`, it records the ending reached and the values."""
    import attrs

    from .. import saves
    from ..replay import outcome_of

    game = saves.new_playthrough(engine.story, seed, start_at, tuple(sorted(start_values.items())),
                                 story_path=Path(story_path).resolve())
    game = attrs.evolve(game, steps=tuple(steps), created=saves.now_stamp())
    if final_state is not None:
        game = attrs.evolve(game, outcome=outcome_of(engine, final_state))
    return game


def replay_path(engine, game):
    """(turns, steps, what diverged or None): the saved path as far as the story still allows.

    The steps are as the story names them now (a choice found by its text has its new id).
    """
    from ..explorer.witness import step_of
    from ..replay import replay

    replayed = replay(engine, game)
    if not replayed.turns:
        return None, None, replayed.divergence.describe()
    turns = list(replayed.turns)
    moved = {m.step: m.now for m in replayed.moved}
    steps = [step_of(turn, moved.get(number, step.choice),
                     step.text if turn.page.prompt is not None else None)
             for number, (turn, step) in enumerate(zip(turns, game.taken[:len(turns) - 1]), 1)]
    return turns, steps, replayed.divergence.describe() if replayed.divergence else None


class SavedGame(NamedTuple):
    """One save as the `saves` command lists it."""
    name: str
    when: str  # local time it was written, "2024-01-31 18:05"
    heading: Optional[str] = None  # where it stands: the scene's heading (or id)
    file: Optional[str] = None  # the story file that scene is written in
    turn: Optional[int] = None
    problem: Optional[str] = None  # why it cannot be loaded as it is, if it cannot


@contextlib.contextmanager
def locked(folder: Path):
    """Hold an exclusive lock on `folder`/.lock (waiting for another player to let go)."""
    folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(folder / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        _lock(fd)
        yield
    finally:
        os.close(fd)  # closing lets go of the lock


try:
    import fcntl

    def _lock(fd):
        fcntl.flock(fd, fcntl.LOCK_EX)
except ImportError:  # Windows
    import msvcrt

    def _lock(fd):
        while True:
            try:
                msvcrt.locking(fd, msvcrt.LK_LOCK, 1)  # retries for ten seconds
                return
            except OSError:
                continue


class Store:
    def __init__(self, save_dir: Path, story_title: str):
        self.save_dir = Path(save_dir)
        self.folder = self.save_dir / story_folder_name(story_title)

    def path(self, slot: str) -> Path:
        return self.folder / f"{slot}{SUFFIX}"

    def exists(self, slot: str) -> bool:
        return self.path(slot).is_file()

    def write(self, slot: str, game):
        from .. import saves

        saves.write(self.path(slot), game)

    def read(self, slot: str):
        from .. import saves

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

    def saved_games(self, engine) -> list:
        """Each save as a `SavedGame`, newest first: where it stands in `engine`'s story."""
        from .. import saves
        from ..replay import replay

        games = []
        for name, when in self.slots():
            try:
                game = self.read(name)
            except saves.SaveError as exc:
                games.append(SavedGame(name, when, problem=exc.problem))
                continue
            replayed = replay(engine, game)
            if not replayed.turns:
                games.append(SavedGame(name, when, problem="the story can no longer start it"))
                continue
            state = replayed.final
            scene = engine.story.scenes_by_id[state.scene]
            problem = None
            if replayed.divergence is not None:
                problem = f"the story has changed: it parts from this save at step {replayed.divergence.step}"
            games.append(SavedGame(name, when, scene.heading or scene.id, Path(scene.pos.file).name,
                                   state.turn, problem))
        return games

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
        with locked(self.save_dir):  # read, change, write: nobody else in between
            reached = self.endings_reached()
            if reached.get(scene) == title:
                return
            reached[scene] = title
            text = json.dumps({"reached": reached}, indent=2, ensure_ascii=False) + "\n"
            from .. import saves

            saves.write_atomically(self.endings_file, text.encode("utf-8"))

    def keep_finished(self, game):
        from .. import saves

        with locked(self.save_dir):  # so two players finishing together choose two names
            return saves.keep_finished(self.save_dir, game)
