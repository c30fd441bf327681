"""Where each part of the full-screen player goes: arithmetic on rows, nothing drawn.

The screen, top to bottom: the passage (the story so far, scrolled), a blank
line when there is room, the choices, a notice (a problem, a question), the
input line and the status bar of stats. Whatever the size, the input line and
every choice stay on screen: the passage is what gives way, then the status
bar (folded, saying so), then the choices' second lines (each cut to one
line). Only a page with more choices than the terminal has rows scrolls its
choices, around the one the pointer is on.
"""
from __future__ import annotations

from typing import NamedTuple

MIN_PASSAGE = 3  # rows of prose worth keeping before choices are cut to one line
ROOMY = 8  # with at least this many rows of passage, a blank line sets the choices apart
MAX_STATUS = 4
MAX_NOTICE = 4


class Plan(NamedTuple):
    passage: int  # rows for the passage, its "more" line included
    gap: int  # 0 or 1: the blank line above the choices
    choices: int  # rows for the choices
    short: bool  # the choices are cut to one line each
    notice: int
    status: int


def status_room(rows: int) -> int:
    """How many rows the status bar may have in a terminal of `rows` rows."""
    if rows < 4:
        return 0
    return max(1, min(MAX_STATUS, rows // 8))


def plan(rows: int, status: int, notice: int, full_choices: int, short_choices: int) -> Plan:
    """Share `rows` out. `status` and `notice` are the rows those would like,
    `full_choices` the rows of the choices wrapped, `short_choices` of one line each."""
    rest = max(0, rows - 1)  # the input line comes first
    status = min(status, status_room(rows), rest)
    rest -= status
    if full_choices + MIN_PASSAGE <= rest:
        choices, short = full_choices, False
    else:
        choices, short = min(short_choices, rest), short_choices < full_choices
    rest -= choices
    notice = min(notice, MAX_NOTICE, max(0, rest - 1) if rest > 1 else rest)
    rest -= notice
    gap = 1 if rest - 1 >= ROOMY and choices else 0
    return Plan(rest - gap, gap, choices, short, notice, status)


def passage_view(total: int, anchor: int, scroll: int, rows: int, lead: int = 0):
    """(first line shown, lines of text shown, more below?) for a passage of `total`
    lines in `rows` rows, starting `scroll` lines from the `anchor` line. The
    view may rest with the anchor at the top and empty rows below it (a new page
    starts at the top), but never scrolls further down than that or the end.
    The `lead` lines above the anchor (a title) are shown too when all fits."""
    if rows <= 0:
        return 0, 0, total > 0
    if scroll == 0 and lead and total - anchor + lead <= rows:
        anchor = max(0, anchor - lead)
    last_top = max(anchor, total - rows, 0)
    top = max(0, min(anchor + scroll, last_top))
    if total - top <= rows:
        return top, total - top, False
    return top, max(0, rows - 1), True  # the last row says there is more


def choice_window(line_choices: list, selected, rows: int) -> tuple:
    """(first, last + 1) of the choice lines to show in `rows`, keeping the lines of
    the `selected` choice in view. `line_choices` holds each line's choice index."""
    if len(line_choices) <= rows:
        return 0, len(line_choices)
    lines_of = [i for i, c in enumerate(line_choices) if c == selected] or [0]
    first = max(0, min(lines_of[0], len(line_choices) - rows))
    if lines_of[-1] >= first + rows:
        first = lines_of[-1] - rows + 1
    return first, first + rows
