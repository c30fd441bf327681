"""Turns a story's indentation into the tokens that give a scene its shape.

Lark's lexer reads lines; this post-lexer, between the lexer and the LALR
parser, watches where lines start and emits `_INDENT` and `_DEDENT` around
the lines indented under a choice, a fallback or a block header (`if …:`,
`else if …:`, `else:`). Indentation anywhere else means nothing: prose
indented for its look stays prose.

A line is "under" an opener when it is indented more than the opener's own
line. A choice's own `if` and `set` lines come first, right under it; stories
written before choices had bodies put them at any indentation, so they belong
to the choice wherever they stand, and only what follows them opens a body.
Their `set` is passed on as `DETAIL_SET`, which keeps the grammar free of
conflicts. Comment-only and blank lines never open or close anything, and a
scene header (`===`) closes everything.

Whether the next line is an `if`/`set` line is read from the text itself,
not from the next token, because the contextual lexer chooses the next token
by the parser's state, which must already include what this module emits for
the line break.
"""
from __future__ import annotations

import re

from lark.lexer import Token

TAB_WIDTH = 4
OPENERS = {"STAR": "choice", "PLUS": "choice", "OTHERWISE": "fallback",
           "BLOCK_IF": "block", "BLOCK_ELSE": "block"}
NEWLINES = ("_NL", "PARA")

_DETAIL = re.compile(r"(?:if(?![a-z0-9_])(?![^\n]*:[ \t]*(?://[^\n]*)?(?:\r?\n|$))"
                     r"|set[ \t]+[a-z_][a-z0-9_]*[ \t]*(?:[+-]?=|%[+-]))")
_BLOCK_COMMENT_LINE = re.compile(r"/\*.*?\*/[ \t]*(?://[^\n]*)?(?=\r?\n|$)", re.S)

EMPTY, SCENE, DETAIL, OTHER = "empty", "scene", "detail", "other"


def width(indentation: str) -> int:
    if "\t" not in indentation:
        return len(indentation)
    column = 0
    for ch in indentation:
        column = column + TAB_WIDTH - column % TAB_WIDTH if ch == "\t" else column + 1
    return column


def next_line_kind(text: str, pos: int) -> str:
    """What the line starting at `pos` (past its indentation) is, for the layout."""
    if pos >= len(text):
        return EMPTY
    first = text[pos]
    if first not in "\r\n/=is":
        return OTHER  # the common case: a line of prose, a choice, a jump
    if first in "\r\n":
        return EMPTY
    if text.startswith("//", pos) or (text.startswith("/*", pos) and _BLOCK_COMMENT_LINE.match(text, pos)):
        return EMPTY
    if text.startswith("===", pos):
        return SCENE
    if _DETAIL.match(text, pos):
        return DETAIL
    return OTHER


class TooDeep(Exception):
    """Raised by the layout when more bodies are open at once than `Layout.limit`."""


class Layout:
    """The post-lexer handed to Lark. Set `text` to the source before each parse."""

    always_accept = NEWLINES

    def __init__(self):
        self.text = ""
        self.uneven = []  # (line, column, body column) of lines indented less than their body
        self.deepest = 0  # the most bodies open at once
        self.limit = None  # when set, stop (TooDeep) once more bodies than this are open

    def process(self, stream):
        text = self.text
        self.uneven = []
        self.deepest = 0
        frames = []  # the indentation of each opener whose body is open, innermost last
        body_indents = []  # the indentation of each open body's first line
        pending = None  # (indent, kind) of an opener whose line (or whose details) is being read
        details = False  # reading a choice's own if/set lines
        last_break = None  # the line break before the line being read
        line_start = True
        last = None
        for token in stream:
            last = token
            kind = token.type
            if kind in NEWLINES:
                # Between an opener and what it opens (a choice's own lines,
                # a body), the break after a comment-only line is dropped:
                # the grammar has no place for an empty line there.
                if not (line_start and (details or pending is not None)):
                    yield token
                line_start = True
                last_break = token
                if not frames and pending is None:
                    continue  # nothing is open, so nothing can open or close here
                what = next_line_kind(text, token.end_pos)
                if what == EMPTY:
                    continue  # a comment or the end: the next line break decides
                new_indent = _indent_after(token)
                if pending is not None:
                    if what == DETAIL and pending[1] == "choice":
                        details = True
                        continue
                    details = False
                    opener_indent = pending[0]
                    pending = None
                    if what != SCENE and new_indent > opener_indent:
                        frames.append(opener_indent)
                        body_indents.append(new_indent)
                        if len(frames) > self.deepest:
                            self.deepest = len(frames)
                            if self.limit is not None and self.deepest > self.limit:
                                raise TooDeep
                        yield _make("_INDENT", "", token)
                        continue
                yield from _close(frames, new_indent, what, token, body_indents)
                if frames and new_indent < body_indents[-1]:
                    self.uneven.append((token.end_line, new_indent + 1, body_indents[-1] + 1))
                continue
            if kind == "PROSE" and frames and "\n" in token.value:
                # A run of prose lines is one token; where one of its lines
                # would close a body, it is cut there and the break handled.
                yield from _prose(token, frames, body_indents, self.uneven)
                line_start = False
                continue
            if line_start:
                line_start = False
                if details:
                    if kind == "SET":
                        token = Token.new_borrow_pos("DETAIL_SET", token.value, token)
                elif kind in OPENERS:
                    pending = (_indent_after(last_break) if last_break is not None else 0, OPENERS[kind])
            yield token
        while frames:
            frames.pop()
            yield _make("_DEDENT", "", last)


def _close(frames, new_indent, what, near, body_indents):
    """The _DEDENTs for a line at `new_indent`: one per body it is not inside."""
    while frames and (what == SCENE or new_indent <= frames[-1]):
        frames.pop()
        body_indents.pop()
        yield _make("_DEDENT", "", near)


def _prose(token, frames, body_indents, uneven):
    value = token.value
    start = 0
    line, column, pos = token.line, token.column, token.start_pos
    while True:
        cut = _dedent_cut(value, start, frames, body_indents, uneven, line)
        if cut is None:
            yield _piece("PROSE", value[start:], pos + start, line, column)
            return
        newline_at, content_at = cut
        yield _piece("PROSE", value[start:newline_at], pos + start, line, column)
        line += value.count("\n", start, content_at)
        break_token = _piece("_NL", value[newline_at:content_at], pos + newline_at, line, 1)
        yield break_token
        yield from _close(frames, _indent_after(break_token), OTHER, break_token, body_indents)
        start = content_at
        column = content_at - value.rfind("\n", 0, content_at)


def _dedent_cut(value, offset, frames, body_indents, uneven, line):
    """(newline index, next line's content index) of the first line in the run
    from `offset` that is not indented under the innermost body, or None.

    Lines on the way indented less than the body's first are noted in `uneven`.
    """
    if not frames:
        return None
    opener, body = frames[-1], body_indents[-1]
    position = value.find("\n", offset)
    while position != -1:
        line += 1
        content = position + 1
        while content < len(value) and value[content] in " \t":
            content += 1
        indent = width(value[position + 1:content])
        if indent <= opener:
            newline = position - 1 if position > 0 and value[position - 1] == "\r" else position
            return newline, content
        if indent < body:
            uneven.append((line, indent + 1, body + 1))
        position = value.find("\n", content)
    return None


def _indent_after(line_break) -> int:
    """The width of the indentation a line-break token carries (the next line's)."""
    value = line_break.value
    return width(value[value.rfind("\n") + 1:])


def _make(kind, value, near):
    if near is None:
        return Token(kind, value, 0, 1, 1, 1, 1, 0)
    return Token.new_borrow_pos(kind, value, near)


def _piece(kind, value, pos, line, column):
    end_line = line + value.count("\n")
    end_column = len(value) - value.rfind("\n") if "\n" in value else column + len(value)
    return Token(kind, value, pos, line, column, end_line, end_column, pos + len(value))
