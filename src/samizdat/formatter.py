"""`samizdat fmt`'s work: a story file laid out the same way every time, meaning untouched.

What it normalises:

- indentation: a scene's lines at the left margin, and what belongs to a
  choice, a fallback or a block (its `if` and `set` lines, its body, its
  branches) indented by STEP spaces more than what it belongs to;
- spacing between the parts of instruction lines: one space around marks,
  keywords and operators, none inside parentheses and braces, none before
  a colon or a comma, none around the dots of `scene.label` and `0..100`;
- blank lines: at most one in a row, one before each scene, none at the
  end of the file; no spaces at the end of a line.

What it never touches is anything the story keeps: prose, choice text,
quoted strings and comments stay character for character, and so does any
space the model records. That is more than a reader sees: samizdat keeps the
indentation of a prose run's second and later lines, the spaces around a
choice's text and whether a scene's last prose line has a blank line after
it, although the engine folds or ignores all three (`evaluate.tidy`). So a
body whose prose runs over several lines keeps its indentation, and a scene
ending in prose gets no blank line added before the next.

Every result is proven, not assumed: the formatted text is parsed again and
must build the same model (positions aside; `saves.content` is what the
fingerprint hashes) with no new warnings. If it does not, the file's
indentation is left as it was; if that fails too, the file is left alone and
the caller is told (`Unformattable`).

The spacing rules are a table keyed by the kinds of the two tokens around a
gap (`SPACING`); a token kind the table does not know keeps the gaps around
it as written, so a new form of the language is formatted safely before it
is formatted well.
"""
from __future__ import annotations

import re
from typing import NamedTuple, Optional

from . import model as m
from .layout import width
from .source_tokens import NotParsed, Tokens, read_tokens

STEP = 2
NEWLINES = ("_NL", "PARA")

# ------------------------------------------------------------- token kinds

WORD, OPERATOR, UNARY, OPEN, CLOSE, COMMA, COLON, DOT, RANGE = (
    "word", "operator", "unary", "open", "close", "comma", "colon", "dot", "range")
LBRACE, RBRACE, MARK, TEXT, STRING, NEWLINE, OTHER = (
    "lbrace", "rbrace", "mark", "text", "string", "newline", "other")

# What each terminal of grammar/samizdat.lark is, for spacing. A terminal
# missing here is a word if it looks like one (a keyword), else OTHER.
KINDS = {
    "NAME": WORD, "INT": WORD, "TRUE": WORD, "FALSE": WORD,
    "COMPARE": OPERATOR, "ASSIGN_OP": OPERATOR, "EQUALS": OPERATOR, "SLASH": OPERATOR,
    "ARROW": OPERATOR,
    "LPAR": OPEN, "RPAR": CLOSE, "COMMA": COMMA, "COLON": COLON, "DOT": DOT,
    "LBRACE": LBRACE, "RBRACE": RBRACE,
    "SCENE_MARK": MARK,
    "TEXT": TEXT, "PROSE": TEXT, "VBAR": TEXT, "REST": TEXT, "CHOICE_ID": TEXT,
    "STRING": STRING,
    "_NL": NEWLINE, "PARA": NEWLINE,
}
# Tokens whose kind depends on where they stand: at the start of a line `*`
# and `+` mark a choice, elsewhere they are arithmetic; `-` is binary after
# an operand and unary anywhere else.
_OPERANDS = ("NAME", "INT", "TRUE", "FALSE", "RPAR")  # what a binary operator follows
_KEYWORD = re.compile(r"[a-z_][a-z0-9_]*\Z")


def kinds_of(tokens) -> list:
    """The spacing kind of each token, in order."""
    kinds = []
    for index, token in enumerate(tokens):
        before = kinds[-1] if kinds else NEWLINE
        kind = KINDS.get(token.type)
        if kind is None:
            if token.type in ("STAR", "PLUS"):
                kind = MARK if before == NEWLINE else OPERATOR
            elif token.type == "MINUS":
                previous = tokens[index - 1].type if index else None
                kind = OPERATOR if previous in _OPERANDS else UNARY
            elif token.value == "..":
                kind = RANGE
            elif _KEYWORD.match(token.value):
                kind = WORD
            else:
                kind = OTHER
        elif token.type == "NAME" and index + 1 < len(tokens) and tokens[index + 1].type == "LPAR":
            kind = "function"  # in an expression, a name before "(" is always a call
        kinds.append(kind)
    return kinds


# (kind before the gap, kind after it) -> the gap; a pair not listed keeps
# its gap as written. Read in order: the first rule that matches wins, and
# "*" matches any kind.
SPACING = (
    (TEXT, "*", None), ("*", TEXT, None), (OTHER, "*", None), ("*", OTHER, None),
    (DOT, "*", ""), ("*", DOT, ""),
    (RANGE, "*", ""), ("*", RANGE, ""),
    ("function", OPEN, ""),
    (OPEN, "*", ""), ("*", CLOSE, ""),
    ("*", COMMA, ""), (COMMA, "*", " "),
    (LBRACE, "*", ""), ("*", RBRACE, ""),
    ("*", COLON, ""), (COLON, "*", " "),
    (UNARY, "*", ""),
    (MARK, "*", " "),
    ("*", "*", " "),
)


def gap_between(before: str, after: str) -> Optional[str]:
    for left, right, gap in SPACING:
        if (left == "*" or left == before) and (right == "*" or right == after):
            return gap
    return None


# ----------------------------------------------------------------- results

class Unformattable(Exception):
    """The formatter could not lay the file out without changing the story; nothing was changed."""


class FormatError(Exception):
    """The file does not parse; `diagnostics` say where, as `samizdat check` would."""

    def __init__(self, diagnostics):
        super().__init__("the file has syntax errors")
        self.diagnostics = diagnostics


def format_text(text: str, file: str = "<story>") -> str:
    """The formatted text of one story file. Raises FormatError or Unformattable."""
    crlf = "\r\n" in text
    bom = text.startswith("\ufeff")
    try:
        original = read_tokens(text, file)
    except NotParsed:
        from .parser import parse_source

        _, diagnostics = parse_source(text, file)
        raise FormatError([d for d in diagnostics if d.is_error]) from None
    if any(d.is_error for d in original.problems):
        raise FormatError([d for d in original.problems if d.is_error])
    lines = original.text.split("\n")
    for plan in (_plan(original.source, lines), {}):
        result = _render(original, plan)
        if _same_story(original, result, file):
            break
    else:
        raise Unformattable(f"{file}: formatting it would change the story; it is left as it was")
    if crlf:
        result = result.replace("\n", "\r\n")
    if bom:
        result = "\ufeff" + result
    return result


def _same_story(original: Tokens, text: str, file: str) -> bool:
    """Whether `text` builds the same model as the original, with no warning it did not have."""
    from .saves import content

    try:
        again = read_tokens(text, file)
    except NotParsed:
        return False
    if content(again.source) != content(original.source):
        return False
    before = {d.message for d in original.problems}
    return all(d.message in before for d in again.problems) and \
        len(again.uneven) <= len(original.uneven)


# ------------------------------------------------------------ indentation

class _Conflict(Exception):
    """A scene whose indentation cannot be normalised without moving recorded spaces."""


def _plan(source: m.SourceFile, lines) -> dict:
    """line number -> the indentation its first token should have, for the lines that may move."""
    plan = {}
    for item in (*source.settings, *source.includes, *source.declarations, *source.whenevers):
        plan[item.pos.line] = 0
    for scene in source.scenes:
        plan[scene.pos.line] = 0
        planned = {}
        try:
            _flow(scene.items, 0, 0, -1, lines, planned)
        except _Conflict:
            continue  # this scene keeps its indentation
        plan.update(planned)
    return plan


def _indent(lines, line: int) -> int:
    text = lines[line - 1]
    return width(text[:len(text) - len(text.lstrip(" \t"))])


def _multiline(item) -> bool:
    return isinstance(item, m.Prose) and any(
        isinstance(node, m.Literal) and "\n" in node.text for node in item.text)


def _flow(items, target, flow_indent, opener, lines, plan):
    """Plan the lines of a flow whose items go at `target` (they stood at `flow_indent`)."""
    for item in items:
        line = item.pos.line
        if isinstance(item, m.Prose):
            # Prose keeps its own indentation relative to the flow: it may be indented for its look.
            new = target + max(0, _indent(lines, line) - flow_indent)
            if _multiline(item) and new != _indent(lines, line):
                raise _Conflict
        else:
            new = target
        if new <= opener:
            raise _Conflict
        plan[line] = new
        for child, child_indent in _children(item, lines):
            if any(_multiline(i) for i in child):
                child_target = child_indent  # its prose's later lines cannot move
            else:
                child_target = new + STEP
            _flow(child, child_target, child_indent, new, lines, plan)
        if isinstance(item, m.Block):
            for branch in item.branches[1:]:
                plan[branch.pos.line] = new


# Where the flows inside an item are: the one table to extend when the
# language gains an item with lines of its own.
def _children(item, lines):
    """(items, their original indentation) of each flow inside `item`, in order."""
    if isinstance(item, m.Choice):
        own = sorted((*item.conditions, *item.body), key=lambda i: (i.pos.line, i.pos.column))
        if own:
            yield own, _body_indent(own, lines)
    elif isinstance(item, m.Fallback):
        if item.body:
            yield item.body, _indent(lines, item.body[0].pos.line)
    elif isinstance(item, m.Block):
        for branch in item.branches:
            if branch.items:
                yield branch.items, _indent(lines, branch.items[0].pos.line)


def _body_indent(own, lines):
    """A choice body's indentation: that of its first line after the choice's own if/set lines."""
    for item in own:
        if not isinstance(item, (m.Condition, m.Assign)):
            return _indent(lines, item.pos.line)
    return _indent(lines, own[0].pos.line)


# -------------------------------------------------------------- rendering

def _render(t: Tokens, plan: dict) -> str:
    tokens = t.tokens
    text = t.text
    kinds = kinds_of(tokens)
    prose_ends = _prose_last_lines(t.source)
    blank_before = _blank_before(t.source, t.text.split("\n"), prose_ends)
    comment_indent = _comment_lines(t, plan)
    out = []
    for i, token in enumerate(tokens):
        gap = t.gap_before(i)
        if i and not gap.strip():
            before, after = kinds[i - 1], kinds[i]
            if after == NEWLINE:
                gap = ""
            elif before != NEWLINE:
                wanted = gap_between(before, after)
                if wanted is not None:
                    gap = wanted
        elif i and kinds[i] == NEWLINE:
            gap = gap.rstrip(" \t")  # a comment at the end of a line: its trailing spaces
        out.append(gap)
        out.append(_token_text(t, i, kinds, plan, prose_ends, blank_before, comment_indent))
    out.append(t.tail().rstrip(" \t\n"))
    return "".join(out)


def _token_text(t, i, kinds, plan, prose_ends, blank_before, comment_indent):
    token = t.tokens[i]
    if kinds[i] == NEWLINE:
        return _newline(t, i, plan, prose_ends, blank_before, comment_indent)
    if token.type == "PROSE" and "\n" in token.value:
        return _prose_run(token, plan)
    if token.type == "REST":
        return _rest(t, i)
    if token.type == "CHOICE_ID":
        return " " + token.value.strip()
    return token.value


def _newline(t, i, plan, prose_ends, blank_before, comment_indent):
    token = t.tokens[i]
    breaks = token.value.count("\n")
    next_line = token.line + breaks
    last = i == len(t.tokens) - 1
    meaningful = token.line in prose_ends  # it ends a prose line: its blank line ends a paragraph
    blank = breaks > 1
    if not meaningful:
        if last:
            blank = False
        elif next_line in blank_before:
            blank = True
    if i == 0 and token.start == 0 and not meaningful:
        newlines = ""  # blank lines at the top of the file
    else:
        newlines = "\n\n" if blank else "\n"
    indentation = token.value[token.value.rfind("\n") + 1:]
    if not last:
        wanted = None
        if _starts_line(t, i + 1, next_line):
            wanted = plan.get(next_line)
        else:
            wanted = comment_indent.get(next_line)
        if wanted is not None:
            indentation = " " * wanted
    return newlines + indentation


def _blank_before(source, lines, prose_ends) -> set:
    """The lines that get a blank line above them: each scene's, or that of the comments atop it."""
    found = set()
    for scene in source.scenes:
        line = first = scene.pos.line
        while first > 1 and lines[first - 2].lstrip(" \t").startswith("//"):
            first -= 1
        if first > 1 and first - 1 in prose_ends and first != line:
            first = line  # the blank line cannot follow the prose: it goes under the comments
        found.add(first)
    return found


def _starts_line(t, index, line):
    """Whether token `index` is the first thing on `line` (no comment before it)."""
    return index < len(t.tokens) and t.tokens[index].line == line and not t.gap_before(index)


def _comment_lines(t, plan):
    """line -> indentation for lines holding only a comment: that of the next planned line."""
    tokens = t.tokens
    pending = []
    found = {}
    for i, token in enumerate(tokens):
        if token.type not in NEWLINES:
            continue
        line = token.line + token.value.count("\n")
        if i + 1 < len(tokens):
            gap = t.gap_before(i + 1)
            nxt = tokens[i + 1]
            if gap and "\n" not in gap and nxt.type in NEWLINES and nxt.line == line:
                pending.append(line)
                continue
            if _starts_line(t, i + 1, line) and line in plan:
                for waiting in pending:
                    found[waiting] = plan[line]
        pending = []
    return found


def _prose_run(token, plan):
    """A run of prose lines: the lines where the model starts a new item may move; the rest are text."""
    pieces = token.value.split("\n")
    out = [pieces[0]]
    for offset, piece in enumerate(pieces[1:], 1):
        line = token.line + offset
        if line in plan:
            piece = " " * plan[line] + piece.lstrip(" \t")
        out.append(piece)
    return "\n".join(out)


def _rest(t, i):
    """The rest of a header line (a title, a heading, an include's path): the model strips it."""
    value = t.tokens[i].value
    followed_by_comment = i + 1 < len(t.tokens) and t.gap_before(i + 1).strip()
    core = value.strip(" \t")
    if not core:
        return value  # a blank heading after its colon: the colon still needs something after it
    trailing = value[len(value.rstrip(" \t")):] if followed_by_comment else ""
    return " " + core + trailing


def _prose_last_lines(source) -> set:
    found = set()
    for scene in source.scenes:
        for item in m.walk(scene.items):
            if isinstance(item, m.Prose):
                found.add(item.pos.line + sum(node.text.count("\n") for node in item.text
                                              if isinstance(node, m.Literal)))
    return found
