"""Reading files named by a person or by another file: regular files only, bounded, never a hang.

A story path on the command line, an include line, a save's `story.path`, a
`--save-dir`: any of them may name a folder, a pipe whose opening blocks
until someone writes to it, a device such as /dev/zero that never stops
giving bytes, or a name too long for the system. Every read of such a path
goes through `read_bytes`: the name is checked, the file must be a regular
file before it is opened and still be one once open (opening does not block
even on a pipe), and no more than a stated limit is ever read. Whatever is
wrong is a `FileProblem` saying so in words for people.
"""
from __future__ import annotations

import errno
import os
import stat
from typing import Optional

from .sanitize import shorten

# The limits of nearly every file system samizdat runs on (ext4, APFS, NTFS,
# tmpfs: 255 per name; Linux: 4096 for a path). Checking them up front turns
# "File name too long" from wherever the system says it into one clear message.
MAX_NAME_BYTES = 255
MAX_PATH_BYTES = 4096

_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
               | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
_CHUNK = 1 << 20


class FileProblem(Exception):
    """A path that cannot be used or read; `problem` says why, without the path."""

    def __init__(self, path, problem: str):
        super().__init__(f"{shown(path)}: {problem}")
        self.path = os.fspath(path)
        self.problem = problem


def shown(path) -> str:
    """A path as messages show it: whole unless it is absurdly long."""
    return shorten(os.fspath(path), 200)


def name_problem(path) -> Optional[str]:
    """What makes `path` unusable as a file name on this system, or None."""
    text = os.fspath(path)
    if "\0" in text:
        return "a file name cannot hold the character NUL"
    try:
        encoded = os.fsencode(text)
    except UnicodeError:
        return "the name is not valid text"
    if len(encoded) > MAX_PATH_BYTES:
        return f"the path is too long ({len(encoded):,} bytes; this system allows {MAX_PATH_BYTES:,})"
    separators = {os.sep.encode(), (os.altsep or os.sep).encode()}
    parts = [encoded]
    for separator in separators:
        parts = [piece for part in parts for piece in part.split(separator)]
    longest = max(len(part) for part in parts)
    if longest > MAX_NAME_BYTES:
        return (f"a name in it is too long ({longest:,} bytes; "
                f"this system allows {MAX_NAME_BYTES} per name)")
    return None


def describe(exc: OSError) -> str:
    """An OSError in words for people (no path: the caller names it)."""
    if exc.errno == errno.ENAMETOOLONG:
        return "the name is too long for this system"
    if exc.errno == errno.ELOOP:
        return "too many symbolic links (does a link point to itself?)"
    return exc.strerror or str(exc)


def status(path) -> Optional[os.stat_result]:
    """What is at `path` (links followed), or None if nothing is there.

    Raises FileProblem when the name cannot be used at all (too long, a NUL)
    or the system will not say (permission denied on a folder above it).
    """
    problem = name_problem(path)
    if problem:
        raise FileProblem(path, problem)
    try:
        return os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as exc:
        raise FileProblem(path, describe(exc)) from None
    except ValueError as exc:  # whatever else the system cannot take as a name
        raise FileProblem(path, f"not a usable file name ({exc})") from None


def kind(mode: int) -> str:
    """What a file that is not a regular file is, for messages."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _require_regular(path, mode: int, what: str) -> None:
    if not stat.S_ISREG(mode):
        found = kind(mode)
        raise FileProblem(path, f"this is {found}, not a {what}" if found.startswith("a ")
                          else f"this is {found}")


def too_large(what: str, limit: int) -> str:
    return f"too large to be a {what} (more than {limit // (1024 * 1024)} MB)"


def read_bytes(path, limit: int, what: str) -> bytes:
    """The contents of the regular file at `path`, at most `limit` bytes; else FileProblem.

    `what` names the file expected ("story file", "save file") in messages.
    """
    found = status(path)
    if found is None:
        raise FileProblem(path, "no such file")
    _require_regular(path, found.st_mode, what)
    if found.st_size > limit:
        raise FileProblem(path, too_large(what, limit))
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        raise FileProblem(path, "no such file") from None
    except IsADirectoryError:
        raise FileProblem(path, f"this is a folder, not a {what}") from None
    except PermissionError:
        raise FileProblem(path, "cannot read this file: permission denied") from None
    except OSError as exc:
        raise FileProblem(path, f"cannot read this file: {describe(exc)}") from None
    try:
        # It may have been replaced between the check and the opening.
        opened = os.fstat(fd)
        _require_regular(path, opened.st_mode, what)
        chunks, total = [], 0
        while total <= limit:  # one byte past the limit tells a file that grew meanwhile
            chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise FileProblem(path, f"cannot read this file: {describe(exc)}") from None
    finally:
        os.close(fd)
    if total > limit:
        raise FileProblem(path, too_large(what, limit))
    return b"".join(chunks)
