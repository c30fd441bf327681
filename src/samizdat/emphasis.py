"""Emphasis in story text: `_italic_` and `*bold*`, for each place text is shown.

The engine leaves the marks in the text it produces; drivers decide what they
become: styled runs in the terminal (`line_runs`), Markdown in transcripts
(`to_markdown`), nothing where no style can be shown (`strip`: plain mode,
NO_COLOR). A mark counts only around words: it opens before a non-space
character and closes after one, with no letter or digit outside it, so
`snake_case`, `2 * 3` and a lone asterisk stay as written.
"""
from __future__ import annotations

import re

STYLES = {"_": "italic", "*": "bold"}
_RUN = re.compile(r"(?<![\w*_])([*_])(?=[^\s*_])(.*?[^\s*_])\1(?![\w*_])")


def has_marks(text: str) -> bool:
    return ("_" in text or "*" in text) and _RUN.search(text) is not None


def strip(text: str) -> str:
    """The text without its marks."""
    if not has_marks(text):
        return text
    previous = None
    while previous != text:
        previous, text = text, _RUN.sub(lambda m: m.group(2), text)
    return text


def to_markdown(text: str) -> str:
    """`_x_` as Markdown's `*x*`, `*x*` as `**x**`."""
    if not has_marks(text):
        return text

    def convert(match):
        mark = "*" if match.group(1) == "_" else "**"
        return mark + to_markdown(match.group(2)) + mark

    return _RUN.sub(convert, text)


def runs(text: str) -> list:
    """(style, text) runs of a marked text; style is "", "italic", "bold" or "bold italic"."""
    out = []
    _runs_into(text, frozenset(), out)
    merged = []
    for style, piece in out:
        if merged and merged[-1][0] == style:
            merged[-1] = (style, merged[-1][1] + piece)
        elif piece:
            merged.append((style, piece))
    return merged


def _runs_into(text, open_styles, out):
    position = 0
    for match in _RUN.finditer(text):
        out.append((_name(open_styles), text[position:match.start()]))
        _runs_into(match.group(2), open_styles | {STYLES[match.group(1)]}, out)
        position = match.end()
    out.append((_name(open_styles), text[position:]))


def _name(styles) -> str:
    return " ".join(sorted(styles))


def styled_lines(text: str, wrap) -> list:
    """The text wrapped by `wrap` (a function str -> lines), each line as (style, text) runs.

    The plain text is wrapped, so the marks take no room, and each line gets
    the styles of the characters it holds.
    """
    pieces = runs(text)
    plain = "".join(piece for _, piece in pieces)
    styles = [style for style, piece in pieces for _ in piece]
    lines = []
    position = 0
    for line in wrap(plain):
        line_runs = []
        for ch in line:
            while position < len(plain) and plain[position] != ch:
                position += 1  # whitespace the wrapping folded or dropped
            style = styles[position] if position < len(plain) else ""
            position += 1
            if line_runs and line_runs[-1][0] == style:
                line_runs[-1] = (style, line_runs[-1][1] + ch)
            else:
                line_runs.append((style, ch))
        lines.append(line_runs)
    return lines
