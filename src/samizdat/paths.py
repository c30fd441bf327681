"""Where samizdat keeps things on disk: the bundled stories, saves, caches."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

APP = "samizdat"
SAVE_DIR_VARIABLE = "SAMIZDAT_SAVE_DIR"


def data_root() -> Path:
    """The bundled stories: inside the package when installed, else the repository's."""
    here = Path(__file__).resolve().parent
    packaged = here / "_data" / "stories"
    return packaged if packaged.is_dir() else here.parent.parent / "stories"


def bundled_story() -> Path:
    root = data_root()
    flagship = root / "red_napoleon"
    if (flagship / "main.story").is_file():
        return flagship
    return root / "examples"


def cache_dir() -> Optional[Path]:
    """The user's cache folder, or None when it cannot be made."""
    from platformdirs import user_cache_dir

    folder = Path(os.environ.get("SAMIZDAT_CACHE_DIR") or user_cache_dir(APP))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder



def keep_in_cache(path: Path, write) -> None:
    """Replace the cache file at `path` with what `write(binary_file)` writes.

    Never an error (a cache is only a cache): a reader finds the old file or
    the new one, never half of one, and a failed write leaves nothing behind.
    """
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
        try:
            with os.fdopen(fd, "wb") as out:
                write(out)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except (OSError, RecursionError):
        pass


# Under the save folder go a story's folder and a file: room for both.
_ROOM_UNDER_SAVE_DIR = 2 * 100


def save_dir(override: Optional[str] = None) -> Path:
    """The save folder: --save-dir, then $SAMIZDAT_SAVE_DIR, then the user's data folder.

    Raises FileProblem if no folder of that name could ever hold a save (a
    name too long for the system). A folder that cannot be written today is
    the player's to report, and play goes on.
    """
    if override:
        folder, given = Path(override), "--save-dir"
    elif os.environ.get(SAVE_DIR_VARIABLE):
        folder, given = Path(os.environ[SAVE_DIR_VARIABLE]), f"${SAVE_DIR_VARIABLE}"
    else:
        from platformdirs import user_data_dir

        folder, given = Path(user_data_dir(APP)) / "saves", None
    _check_save_dir(folder, given)
    return folder


def _check_save_dir(folder: Path, given: Optional[str]) -> None:
    from . import files

    where = f" (from {given})" if given else ""
    problem = files.name_problem(folder)
    if problem is None and len(os.fsencode(folder)) > files.MAX_PATH_BYTES - _ROOM_UNDER_SAVE_DIR:
        problem = (f"the path is too long to hold saves ({len(os.fsencode(folder)):,} bytes; "
                   f"at most {files.MAX_PATH_BYTES - _ROOM_UNDER_SAVE_DIR:,})")
    if problem:
        raise files.FileProblem(folder, f"cannot keep saves here{where}: {problem}")
