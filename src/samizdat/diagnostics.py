"""Diagnostics: what every stage reports, and how drivers print it.

A stage returns a list of `Diagnostic` values rather than raising or printing;
the driver decides how to show them (text like a compiler's, or JSON).
Both ways pass everything through sanitize.py: a message may quote a file's
text or name, and neither may reach a terminal raw.
"""
from __future__ import annotations

from typing import Iterable, Optional

from attrs import asdict, frozen

from .sanitize import sanitize, to_json

ERROR = "error"
WARNING = "warning"


@frozen
class Diagnostic:
    severity: str
    file: Optional[str]
    line: Optional[int]
    column: Optional[int]
    message: str
    hint: Optional[str] = None
    width: int = 1  # how many characters the caret underlines

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR


def error(message, pos=None, hint=None, width=1, file=None):
    return _make(ERROR, message, pos, hint, width, file)


def warning(message, pos=None, hint=None, width=1, file=None):
    return _make(WARNING, message, pos, hint, width, file)


def _make(severity, message, pos, hint, width, file):
    if pos is None:
        return Diagnostic(severity, file, None, None, message, hint, width)
    return Diagnostic(severity, pos.file, pos.line, pos.column, message, hint, width)


def has_errors(diagnostics: Iterable[Diagnostic]) -> bool:
    return any(d.is_error for d in diagnostics)


def sort_key(d: Diagnostic):
    return (d.file or "", d.line or 0, d.column or 0)


def format_text(d: Diagnostic, source_lines: Optional[list] = None) -> str:
    """`file:line:col: severity: message`, then the line with a caret."""
    where = ""
    if d.file:
        where = d.file
        if d.line:
            where += f":{d.line}"
            if d.column:
                where += f":{d.column}"
        where += ": "
    out = [sanitize(f"{where}{d.severity}: {d.message}")]
    if source_lines is not None and d.line and 0 < d.line <= len(source_lines):
        col = max(1, d.column or 1)
        # Cut the window first: the line may be megabytes long, and sanitize
        # and expandtabs(1) change no character's position.
        text, col = _window(source_lines[d.line - 1].rstrip("\r\n"), col)
        text = sanitize(text).expandtabs(1)
        gutter = f"{d.line:>5} | "
        out.append(gutter + text)
        width = max(1, min(d.width, len(text) - col + 1))
        out.append(" " * (len(gutter) - 2) + "| " + " " * (col - 1) + "^" * width)
    if d.hint:
        out.append(sanitize(f"      = {d.hint}"))
    return "\n".join(out)


SHOWN_WIDTH = 100


def _window(text, col):
    """At most SHOWN_WIDTH characters of a long line, around the column."""
    if len(text) <= SHOWN_WIDTH:
        return text, col
    start = max(0, min(col - SHOWN_WIDTH // 2, len(text) - SHOWN_WIDTH))
    shown = text[start:start + SHOWN_WIDTH]
    if start > 0:
        shown, col = "…" + shown[1:], col - start
    if start + SHOWN_WIDTH < len(text):
        shown = shown[:-1] + "…"
    return shown, col


def format_json(diagnostics: Iterable[Diagnostic]) -> str:
    return to_json([asdict(d) for d in diagnostics])


def summary(diagnostics: list) -> str:
    errors = sum(d.is_error for d in diagnostics)
    warnings = len(diagnostics) - errors
    parts = []
    if errors:
        parts.append(f"{errors} error{'s' if errors != 1 else ''}")
    if warnings:
        parts.append(f"{warnings} warning{'s' if warnings != 1 else ''}")
    return ", ".join(parts) if parts else "no problems"
