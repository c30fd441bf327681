"""The grammar's LALR tables: built by Lark once, then read back from a file.

Building them takes over a second; reading them back, some 30 ms. The file
is looked for first among the package's own data, where a wheel carries one
made when it was built (`hatch_build.py`), so that an installed samizdat's
first run does not build them, then in the user's cache folder, where a
build is kept. Its name is a digest of everything the tables depend on (the
grammar's text, Lark's version, Python's, the options, the terminals the
layout always accepts), so a file made for another grammar, Lark or Python
is never read; anything wrong with one just means a fresh build.

The file is Lark's own serialisation (a pickle), which is why it is only
ever read from these two places, never from a path a user names.
"""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import Optional

OPTIONS = {"parser": "lalr", "lexer": "contextual", "maybe_placeholders": True}
# Options that can be given to a parser read back from the file (the rest are
# in the file itself).
_EXCLUDED = ("transformer", "postlex", "lexer_callbacks", "use_bytes", "debug",
             "g_regex_flags", "regex", "propagate_positions", "tree_class", "_plugins")
SHIPPED = Path(__file__).resolve().parent / "_data" / "tables"


def grammar_path() -> Path:
    """The grammar shipped inside the package, or the repository's own."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_data" / "grammar" / "samizdat.lark",
                      here.parent.parent / "grammar" / "samizdat.lark"):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError("samizdat's grammar (samizdat.lark) is missing from the installation")


def file_name(grammar: str, postlex) -> str:
    import lark

    identity = "\0".join((grammar, lark.__version__, "%d.%d" % sys.version_info[:2],
                          repr(sorted(OPTIONS.items())), repr(sorted(postlex.always_accept))))
    return f"grammar-{hashlib.sha256(identity.encode()).hexdigest()[:24]}.lark"


def parser(transformer, postlex):
    """Lark's parser for the grammar, building the tables only when no file has them."""
    from lark import Lark

    from .paths import cache_dir, keep_in_cache

    grammar = grammar_path().read_text(encoding="utf-8")
    name = file_name(grammar, postlex)
    folder = cache_dir()
    for candidate in (SHIPPED / name, folder / name if folder else None):
        found = _read(candidate, transformer, postlex)
        if found is not None:
            return found
    built = Lark(grammar, **OPTIONS, transformer=transformer, postlex=postlex)
    if folder is not None:
        keep_in_cache(folder / name, lambda out: built.save(out, _EXCLUDED))
    return built


def _read(path: Optional[Path], transformer, postlex):
    from lark import Lark

    if path is None or not path.is_file():
        return None
    try:
        with open(path, "rb") as f:
            # What Lark's own cache does once it has found its file.
            return Lark.__new__(Lark)._load(f, transformer=transformer, postlex=postlex)
    except Exception:  # a damaged file, or one another Lark cannot read: build afresh
        return None


def write_for_wheel(folder: Path) -> Path:
    """Build the tables into `folder` (for the wheel: see hatch_build.py); returns the file."""
    from lark import Lark

    from .layout import Layout

    grammar = grammar_path().read_text(encoding="utf-8")
    path = folder / file_name(grammar, Layout)
    built = Lark(grammar, **OPTIONS, postlex=Layout())
    with open(path, "wb") as out:
        built.save(out, _EXCLUDED)
    return path
