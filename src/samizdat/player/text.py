"""Text as the player lays it out: wrapped prose, stat bars, choice lines, the history.

Pure functions of pages, states and numbers, shared by the plain and terminal
faces. Everything that came from a story passes through a `Charset` on the
way in: it sanitizes the text (see sanitize.py) and, on a terminal whose
encoding cannot show a character, puts a plain one in its place, so that a
line is laid out with the characters that will really be printed.
"""
from __future__ import annotations

import codecs
import textwrap

from .. import emphasis
import unicodedata

from .. import model as m
from ..sanitize import sanitize

BAR_CELLS = 8
SCREEN_BAR_CELLS = 20  # the stats screen has room for finer bars
MIN_WIDTH = 20
MAX_WIDTH = 100  # longer lines are hard to read, however wide the terminal

# What stands in for a character the terminal's encoding cannot show. Anything
# else is decomposed (é -> e) or, failing that, shown as "?".
_PLAIN = {
    "\u2587": "#", "\u2581": "-",  # the bars' full and empty cells
    "\u25b8": ">", "\u2022": "*", "\u00b7": "*",
    "\u2014": "--", "\u2013": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
    "\u2026": "...", "\u2018": "'", "\u2019": "'", "\u201a": ",", "\u201c": '"',
    "\u201d": '"', "\u201e": '"', "\u00ab": "<<", "\u00bb": ">>", "\u2039": "<",
    "\u203a": ">", "\u2191": "^", "\u2193": "v", "\u2190": "<-", "\u2192": "->",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u00d7": "x", "\ufffd": "?",
    "\u00b2": "2", "\u00b3": "3", "\u00b9": "1", "\u00bd": "1/2",
}


class Charset:
    """The characters a terminal can show: text passes through `clean` before layout."""

    def __init__(self, encoding: str = "utf-8"):
        try:
            self.encoding = codecs.lookup(encoding or "utf-8").name
        except LookupError:
            self.encoding = "ascii"
        self.unicode = self.encoding.startswith("utf")
        self.full, self.empty = self.clean("\u2587"), self.clean("\u2581")  # ▇ and ▁
        self.pointer = self.clean("\u25b8") + " "  # ▸ marks the choice Enter takes
        self.dash = self.clean("\u2014")
        self.ellipsis = self.clean("\u2026")
        self.arrows = "\u2191\u2193" if self.unicode else "Up/Down"

    def clean(self, text: str) -> str:
        """`text` sanitized, in characters this encoding has."""
        text = sanitize(text)
        if self.unicode:
            return text
        try:
            text.encode(self.encoding)
            return text
        except UnicodeEncodeError:
            return "".join(self._plain(c) for c in text)

    def _plain(self, char):
        try:
            char.encode(self.encoding)
            return char
        except UnicodeEncodeError:
            pass
        if char in _PLAIN:
            return _PLAIN[char]
        bare = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        try:
            bare.encode(self.encoding)
            return bare or "?"
        except UnicodeEncodeError:
            return "?"


UNICODE = Charset("utf-8")


def reading_width(columns: int) -> int:
    return max(MIN_WIDTH, min(MAX_WIDTH, columns - 1))


def wrap(text: str, width: int, indent: str = "", hanging: str = "", cs: Charset = UNICODE) -> list:
    """Lines of `text` at `width`, its emphasis marks left out (see `styled_lines` to keep them)."""
    lines = textwrap.wrap(cs.clean(emphasis.strip(text)), width=max(1, width), initial_indent=indent,
                          subsequent_indent=hanging or indent, break_on_hyphens=False)
    return lines or [indent.rstrip()]


def styled_lines(text: str, width: int, cs: Charset = UNICODE) -> list:
    """Lines of prose at `width`, each a list of (style, text) runs: "italic", "bold" or ""."""
    return emphasis.styled_lines(cs.clean(text), lambda plain: wrap(plain, width, cs=cs))


def shorten(line: str, width: int, cs: Charset = UNICODE) -> str:
    """`line` cut to `width` characters, with an ellipsis when something was cut."""
    if len(line) <= width:
        return line
    return line[:max(0, width - len(cs.ellipsis))].rstrip() + cs.ellipsis


# ----------------------------------------------------------------- stats

def bar(value: int, low: int, high: int, cells: int = BAR_CELLS, cs: Charset = UNICODE) -> str:
    span = high - low
    filled = round((value - low) * cells / span) if span > 0 else cells
    filled = max(0, min(cells, filled))
    return cs.full * filled + cs.empty * (cells - filled)


shown = m.shown  # every stat, and the flags, variables and texts the writer labelled


def stat_entries(story, state, cells: int = BAR_CELLS, cs: Charset = UNICODE) -> list:
    """`(label, bar, value)` for each stat shown, in the story's order."""
    entries = []
    for declaration, value in zip(story.declarations, state.values):
        if isinstance(declaration, m.Stat) and shown(declaration):
            entries.append((cs.clean(declaration.label),
                            bar(value, declaration.low, declaration.high, cells, cs), value))
    return entries


def stat_line(label, cells, value) -> str:
    return f"{label} {cells} {value}" if cells else f"{label} {value}"


def stats_lines(story, state, width: int, cells: int = BAR_CELLS, cs: Charset = UNICODE) -> list:
    """The stats as labelled bars, as many to a line as fit in `width`."""
    return _packed([stat_line(*entry) for entry in stat_entries(story, state, cells, cs)], width)


def _packed(pieces, width, gap="   "):
    lines, current = [], ""
    for piece in pieces:
        if current and len(current) + len(gap) + len(piece) > width:
            lines.append(current)
            current = piece
        else:
            current = f"{current}{gap}{piece}" if current else piece
    if current:
        lines.append(current)
    return lines


def status_lines(story, state, width: int, most: int, key: str, cs: Charset = UNICODE) -> list:
    """At most `most` lines of stats for a status bar: shorter bars, then none, then
    only the first few, ending with how many more there are and the `key` that shows them."""
    entries = None
    for cells in (BAR_CELLS, 4, 0):
        entries = [stat_line(*e) for e in stat_entries(story, state, cells, cs)]
        lines = _packed(entries, width)
        if len(lines) <= most:
            return lines
    # Fold: keep what fits with room for the note saying what is missing.
    for kept in range(len(entries) - 1, -1, -1):
        note = f"+{len(entries) - kept} more: {key}"
        lines = _packed(entries[:kept] + [note], width)
        if len(lines) <= most:
            return lines
    return [shorten(f"+{len(entries)} stats: {key}", width, cs)]


def stats_screen_lines(story, state, endings, width: int, changes=(), key_hint: str = "",
                       cs: Charset = UNICODE) -> list:
    """The stats screen: every stat shown with its bar, value and label, the flags the
    writer shows, the endings found so far (`endings`: (found titles, total)), and
    what the last choice changed."""
    lines = [cs.clean(story.title), ""]
    entries = stat_entries(story, state, SCREEN_BAR_CELLS if width >= 50 else BAR_CELLS, cs)
    if entries:
        label_width = min(max(len(label) for label, _bar, _value in entries), max(8, width // 3))
        for label, cells, value in entries:
            lines.append(f"  {shorten(label, label_width, cs):<{label_width}}  {cells}  {value:>3}")
    else:
        lines.append("  This story keeps no stats.")
    flags = [(d, v) for d, v in zip(story.declarations, state.values)
             if not isinstance(d, m.Stat) and shown(d)]
    if flags:
        lines.append("")
        for declaration, value in flags:
            name = cs.clean(declaration.label)
            shown_value = ("yes" if value else "no") if isinstance(value, bool) else str(value)
            lines += wrap(f"{name}: {shown_value}", width, "  ", "    ", cs)
    found, total = endings
    lines += ["", f"Endings found: {len(found)} of {total}"]
    lines += [line for title in found for line in wrap(title, width, "  ", "    ", cs)]
    if changes:
        lines += [""] + wrap("Last choice: " + ", ".join(changes), width, "", "  ", cs)
    if key_hint:
        lines += ["", key_hint]
    return lines


# ----------------------------------------------------------------- pages

# Kinds of line in a laid-out page; the terminal styles each, plain mode prints the text.
HEADING, PROSE, BLANK, CHOICE, UNAVAILABLE, ENDING = (
    "heading", "prose", "blank", "choice", "unavailable", "ending")
ECHO, CHANGES, MESSAGE, PROBLEM = "echo", "changes", "message", "problem"


def choice_line(number: int, choice, cs: Charset = UNICODE) -> str:
    text = cs.clean(choice.text)
    if choice.available:
        return f"{number}. {text}"
    return f"{number}. {text} ({cs.clean(choice.reason or 'not possible now')})"


def heading_line(page, cs: Charset = UNICODE) -> str:
    return f"== {cs.clean(page.heading)} ==" if page.heading else ""


def text_pieces(page, cs: Charset = UNICODE) -> list:
    """`(kind, text)` of what a page says, in order: a heading where the story arrives in
    a scene (not where a choice's consequences go on in the scene on screen), then its
    paragraphs, a blank between each."""
    pieces = []
    for section in page.sections:
        if section.arrived and section.heading:
            if pieces:
                pieces.append((BLANK, ""))
            pieces.append((HEADING, f"== {cs.clean(section.heading)} =="))
        for paragraph in section.paragraphs:
            if pieces:
                pieces.append((BLANK, ""))
            pieces.append((PROSE, paragraph))
    return pieces


def prose_lines(paragraphs, width: int, cs: Charset = UNICODE) -> list:
    """`(kind, text)` lines of paragraphs wrapped to `width`, a blank line between."""
    lines = []
    for paragraph in paragraphs:
        if lines:
            lines.append((BLANK, ""))
        lines.extend((PROSE, line) for line in wrap(paragraph, width, cs=cs))
    return lines


QUESTION = "question"


def prompt_text(prompt, cs: Charset = UNICODE) -> str:
    default = f" (Enter for {cs.clean(prompt.default)})" if prompt.default else ""
    return f"{cs.clean(prompt.question)}{default}"


def choice_lines(page, width: int, cs: Charset = UNICODE) -> list:
    """`(kind, text, choice index)` lines of the numbered choices, wrapped under their numbers
    (at a question: the question, to answer at the prompt)."""
    if page.prompt is not None:
        return [(QUESTION, line, None) for line in wrap(prompt_text(page.prompt, cs), width, "  ", "  ", cs)]
    lines = []
    numbers = len(str(len(page.choices)))
    for index, choice in enumerate(page.choices):
        kind = CHOICE if choice.available else UNAVAILABLE
        hanging = "  " + " " * (numbers + 2)
        lines.extend((kind, line, index)
                     for line in wrap(choice_line(index + 1, choice, cs), width, "  ", hanging, cs))
    return lines


def short_choice_lines(page, width: int, cs: Charset = UNICODE) -> list:
    """As `choice_lines`, one line to a choice, cut short with an ellipsis where too long."""
    if page.prompt is not None:
        return [(QUESTION, shorten("  " + prompt_text(page.prompt, cs), width, cs), None)]
    return [(CHOICE if c.available else UNAVAILABLE,
             shorten("  " + choice_line(i + 1, c, cs), width, cs), i)
            for i, c in enumerate(page.choices)]


def ending_line(page, cs: Charset = UNICODE) -> str:
    if any(s.arrived and s.heading for s in page.sections) or (page.heading and not page.sections):
        # the heading above already names the ending
        return "*** The End ***"
    return f"*** The End: {cs.clean(page.ending)} ***"


STUCK = "There is no way on from here: type 'undo' or 'restart'."


def page_lines(page, width: int, cs: Charset = UNICODE) -> list:
    """`(kind, text)` lines of a whole page as plain mode prints it: heading, prose, then
    the choices or the ending, a blank line after each part."""
    lines = []
    for kind, text in text_pieces(page, cs):
        lines += [(BLANK, "")] if kind == BLANK else [(kind, line) for line in wrap(text, width, cs=cs)]
    if lines:
        lines.append((BLANK, ""))
    if page.is_ending:
        return lines + [(ENDING, ending_line(page, cs)), (BLANK, "")]
    choices = choice_lines(page, width, cs)
    if choices:
        return lines + [(kind, text) for kind, text, _index in choices] + [(BLANK, "")]
    return lines + [(PROBLEM, STUCK), (BLANK, "")]


def message_lines(line: str, width: int, cs: Charset = UNICODE) -> list:
    """A message wrapped to `width`, keeping its indentation for the lines after the first."""
    if not line.strip():
        return [""]
    indent = line[:len(line) - len(line.lstrip(" "))]
    return wrap(line.strip(), width, indent, cs=cs)


def changes_lines(changes, width: int, cs: Charset = UNICODE) -> list:
    """What a choice changed, in brackets, broken only between one change and the next."""
    if not changes:
        return []
    phrases = [cs.clean(p) for p in changes]
    phrases[0] = "(" + phrases[0]
    phrases[-1] += ")"
    lines, current = [], ""
    for index, phrase in enumerate(phrases):
        piece = phrase + ("," if index < len(phrases) - 1 else "")
        if current and len(current) + 1 + len(piece) > width:
            lines.append(current)
            current = " " + piece
        else:
            current = f"{current} {piece}" if current else piece
    lines.append(current)
    return lines


def changes_line(changes, cs: Charset = UNICODE) -> str:
    return cs.clean("(" + ", ".join(changes) + ")") if changes else ""


# ---------------------------------------------------------------- history

def styled_piece_lines(kind: str, payload, width: int, cs: Charset = UNICODE) -> list:
    """As `piece_lines`, but prose keeps its emphasis: its lines are lists of runs."""
    if kind == PROSE and emphasis.has_marks(payload):
        return styled_lines(payload, width, cs)
    return piece_lines(kind, payload, width, cs)


def piece_lines(kind: str, payload, width: int, cs: Charset = UNICODE) -> list:
    """The lines of one piece of laid-out text: `(kind, payload)` where the payload is
    the text, or for CHANGES the list of changes. Both faces draw pieces this way."""
    if kind == BLANK:
        return [""]
    if kind == CHANGES:
        return changes_lines(payload, width, cs)
    if kind in (MESSAGE, PROBLEM):
        return message_lines(payload, width, cs)
    if kind == ECHO:
        return wrap("> " + payload, width, "", "  ", cs)
    return wrap(payload, width, cs=cs)


def page_pieces(page, cs: Charset = UNICODE) -> list:
    """`(kind, text)` pieces of a page's heading and prose (and its end, at an ending)."""
    pieces = text_pieces(page, cs)
    if page.is_ending:
        if pieces:
            pieces.append((BLANK, ""))
        pieces.append((ENDING, ending_line(page, cs)))
    return pieces


def history_pieces(entries, cs: Charset = UNICODE) -> list:
    """The story so far as it read: each page's heading and paragraphs, then the choice
    taken there and what it changed. `entries` are (page, taken text or None, changes)."""
    pieces = []
    for page, taken, changes in entries:
        if pieces:
            pieces.append((BLANK, ""))
        pieces += page_pieces(page, cs)
        if taken is not None:
            pieces += [(BLANK, ""), (ECHO, taken)]
            if changes:
                pieces.append((CHANGES, tuple(changes)))
    return pieces


def history_lines(entries, width: int, cs: Charset = UNICODE) -> list:
    return [line for kind, payload in history_pieces(entries, cs)
            for line in piece_lines(kind, payload, width, cs)]
