"""Text as the player lays it out: wrapped prose, stat bars, choice lines.

Pure functions of strings and numbers, shared by the plain and terminal faces.
Everything that came from a story passes through `sanitize` on the way in.
"""
from __future__ import annotations

import textwrap

from .. import model as m
from ..sanitize import sanitize

BAR_CELLS = 8
FULL, EMPTY = "\u2587", "\u2581"  # ▇ and ▁
MIN_WIDTH = 20
MAX_WIDTH = 100  # longer lines are hard to read, however wide the terminal


def reading_width(columns: int) -> int:
    return max(MIN_WIDTH, min(MAX_WIDTH, columns - 1))


def wrap(text: str, width: int, indent: str = "", hanging: str = "") -> list:
    lines = textwrap.wrap(sanitize(text), width=max(1, width), initial_indent=indent,
                          subsequent_indent=hanging or indent, break_on_hyphens=False)
    return lines or [indent.rstrip()]


def bar(value: int, low: int, high: int, cells: int = BAR_CELLS) -> str:
    span = high - low
    filled = round((value - low) * cells / span) if span > 0 else cells
    filled = max(0, min(cells, filled))
    return FULL * filled + EMPTY * (cells - filled)


def stat_entries(story, state, cells: int = BAR_CELLS) -> list:
    """`(label, bar, value)` for each stat, in the story's order."""
    entries = []
    for declaration, value in zip(story.declarations, state.values):
        if isinstance(declaration, m.Stat):
            entries.append((sanitize(declaration.label),
                            bar(value, declaration.low, declaration.high, cells), value))
    return entries


def stat_line(label, cells, value) -> str:
    return f"{label} {cells} {value}" if cells else f"{label} {value}"


def stats_lines(story, state, width: int, cells: int = BAR_CELLS) -> list:
    """The stats as labelled bars, as many to a line as fit in `width`."""
    lines, current = [], ""
    for entry in stat_entries(story, state, cells):
        piece = stat_line(*entry)
        if current and len(current) + 3 + len(piece) > width:
            lines.append(current)
            current = piece
        else:
            current = f"{current}   {piece}" if current else piece
    if current:
        lines.append(current)
    return lines


def choice_line(number: int, choice) -> str:
    text = sanitize(choice.text)
    if choice.available:
        return f"{number}. {text}"
    return f"{number}. {text} ({sanitize(choice.reason or 'not possible now')})"


# Kinds of line in a laid-out page; the terminal styles each, plain mode prints the text.
HEADING, PROSE, BLANK, CHOICE, UNAVAILABLE, ENDING = (
    "heading", "prose", "blank", "choice", "unavailable", "ending")


def heading_line(page) -> str:
    return f"== {sanitize(page.heading)} ==" if page.heading else ""


def prose_lines(paragraphs, width: int) -> list:
    """`(kind, text)` lines of paragraphs wrapped to `width`, a blank line between."""
    lines = []
    for paragraph in paragraphs:
        if lines:
            lines.append((BLANK, ""))
        lines.extend((PROSE, line) for line in wrap(paragraph, width))
    return lines


def choice_lines(page, width: int) -> list:
    """`(kind, text, choice index)` lines of the numbered choices, wrapped under their numbers."""
    lines = []
    numbers = len(str(len(page.choices)))
    for index, choice in enumerate(page.choices):
        text = choice_line(index + 1, choice)
        kind = CHOICE if choice.available else UNAVAILABLE
        indent = "  "
        hanging = indent + " " * (numbers + 2)
        lines.extend((kind, line, index) for line in wrap(text, width, indent, hanging))
    return lines


def ending_line(page) -> str:
    if page.heading:  # the heading above already names the ending
        return "*** The End ***"
    return f"*** The End: {sanitize(page.ending)} ***"


def message_lines(line: str, width: int) -> list:
    """A message wrapped to `width`, keeping its indentation for the lines after the first."""
    if not line.strip():
        return [""]
    indent = line[:len(line) - len(line.lstrip(" "))]
    return wrap(line.strip(), width, indent)


def changes_line(changes) -> str:
    return sanitize("(" + ", ".join(changes) + ")") if changes else ""
