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


def save_dir(override: Optional[str] = None) -> Path:
    """The save folder: --save-dir, then $SAMIZDAT_SAVE_DIR, then the user's data folder."""
    if override:
        return Path(override)
    if os.environ.get(SAVE_DIR_VARIABLE):
        return Path(os.environ[SAVE_DIR_VARIABLE])
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP)) / "saves"
