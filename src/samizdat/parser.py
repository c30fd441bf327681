"""Parses one story file's text into a `SourceFile`, or into syntax errors.

The grammar is `grammar/samizdat.lark`, its tables loaded once per process
(see `grammar_tables.py`: they are not rebuilt on every start). The model is
built while parsing (see `build.py`).

Recovery works like a compiler's panic mode: on a syntax error the offending
line is blanked out and the file parsed again, so one run reports every bad
line rather than the first.
"""
from __future__ import annotations

import re
from itertools import repeat

from . import grammar_tables
from .acyclic import cycles_not_collected
from .build import ModelBuilder
from .diagnostics import error, warning
from .layout import Layout, TooDeep
from .model import MAX_DEPTH
from .syntax_errors import EXAMPLES, INK_CONDITION, UNINDENTED_BLOCK, expected_phrase

MAX_ERRORS = 20
# Re-parsing to recover costs a full parse per error: it stops before the
# parses would have read more than this many characters in all, so a long
# file reports fewer errors rather than taking minutes (a file of 400 KB
# still gets MAX_ERRORS; one of 8 MB or more, its first error only).
RECOVERY_BUDGET = 8_000_000

_builder = ModelBuilder()
_layout = Layout()
_lark = None


def get_parser():
    global _lark
    if _lark is None:
        _lark = grammar_tables.parser(transformer=_builder, postlex=_layout)
    return _lark


def parse_source(text: str, file: str):
    """Parse `text` (the contents of `file`). Returns (SourceFile or None, diagnostics)."""
    with cycles_not_collected():  # an object per node, and no cycles
        return _parse_with_recovery(text, file)


def _parse_with_recovery(text, file):
    from lark.exceptions import UnexpectedInput

    parser = get_parser()
    text = normalise(text)
    lines = text.split("\n")
    diagnostics = []
    # See build.py: the depth of text and flow nodes is counted only in a file
    # where it might pass MAX_DEPTH. Every level of such a node is a body, a
    # brace, or the choice, fallback or line around them, with an expression
    # inside: braces close on their line, so a line's count of "{" bounds how
    # many are open, and the layout and the builder keep the deepest body
    # and expression.
    braces = max(map(str.count, lines, repeat("{")))
    bounded = braces + 1 > MAX_DEPTH
    while True:
        _builder.reset(file, bounded)
        _layout.text = text
        # Unbounded, no deeper model than that is built before the parse is redone.
        _layout.limit = None if bounded else MAX_DEPTH - braces
        try:
            result = parser.parse(text)
            if not bounded and _layout.deepest + braces + 1 + _builder.deepest_expression > MAX_DEPTH:
                bounded = True
                continue
        except TooDeep:
            bounded = True
            continue
        except UnexpectedInput as exc:
            diagnostic = describe(exc, file, parser, text)
            diagnostics.append(diagnostic)
            line = diagnostic.line
            if (len(text) * len(diagnostics) > RECOVERY_BUDGET or len(diagnostics) >= MAX_ERRORS
                    or not line or not lines[line - 1].strip()):
                return None, diagnostics
            if diagnostic.message == UNINDENTED_BLOCK:
                # The header's lines are missing: set the header aside instead,
                # or each line after it would be an error of its own.
                line = _line_above(lines, line)
            lines[line - 1] = _blank(lines[line - 1], len(diagnostics))
            text = "\n".join(lines)
            continue
        if diagnostics:
            return None, diagnostics
        return result, list(_builder.problems) + _uneven_lines(file)


def _uneven_lines(file):
    from .model import Pos

    return [warning(
        "this line is indented less than the lines above it in the same body, so it still "
        "belongs to that body", Pos(file, line, column),
        hint=f"indent it to column {body}, like the body's first line, or as far as what "
             "opens the body, to end it") for line, column, body in _layout.uneven]


def normalise(text: str) -> str:
    """One newline convention, and a newline at the end (the grammar ends lines)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.endswith("\n"):
        text += "\n"
    return text


def _line_above(lines, line):
    """The number of the last non-blank line above `line` (or `line` itself if none)."""
    for number in range(line - 1, 0, -1):
        if lines[number - 1].strip():
            return number
    return line


def _blank(line: str, n: int) -> str:
    # A broken scene header still opens a scene, so the lines under it are
    # not misread as belonging to the scene before.
    if line.lstrip().startswith("==="):
        return f"=== _recovered_{n}"
    return ""


def describe(exc, file, parser, text=""):
    """A syntax error in a writer's words."""
    from lark.exceptions import UnexpectedCharacters, UnexpectedToken

    from .model import Pos

    if isinstance(exc, UnexpectedToken):
        token = exc.token
        line, column = token.line, token.column
        found = _token_words(token)
        width = max(1, len(str(token).split("\n")[0]))
        if token.type in ("_NL", "PARA", "$END"):
            width = 1
    else:
        assert isinstance(exc, UnexpectedCharacters)
        line, column = exc.line, exc.column
        found = f"'{exc.char}'" if exc.char.isprintable() else f"the character {exc.char!r}"
        width = 1
    if line is None or line < 1:  # Lark gives $END at an empty file no position
        line, column = 1, 1
    pos = Pos(file, line, column)

    source_line = text.split("\n")[line - 1] if text and 0 < line <= text.count("\n") + 1 else ""
    foreign = _foreign_form(source_line, column, text)
    if foreign is not None:
        message, hint, width = foreign
        return error(message, pos, hint=hint, width=width)
    capital = _capitalised_name(exc, text, source_line, column)
    if capital is not None:
        message, hint, width, start = capital
        return error(message, Pos(file, line, start), hint=hint, width=width)
    label = _match_example(exc, parser)
    if label is not None:
        message, hint = label
        if message == INK_CONDITION:
            found = _ink_condition(source_line, column)
            if found is not None:
                start, condition = found
                return error(message, Pos(file, line, start + 1), width=len(condition),
                             hint=f"write: {{if {condition}: …}}")
        return error(message, pos, hint=hint, width=width)
    expected = expected_phrase(getattr(exc, "accepts", None) or exc.expected or set())
    message = f"unexpected {found}"
    if expected:
        message += f": expected {expected}"
    return error(message, pos, width=width)


_DECLARED = None


_OPERATORS = {"&&": ("'&&' is written 'and' here", "for example: if army > 50 and legitimacy > 30"),
              "||": ("'||' is written 'or' here", "for example: if army > 50 or legitimacy > 30")}
_DECLARATION = re.compile(r"[ \t]*(?:stat|flag|var|text)[ \t]+[a-z_][a-z0-9_]*[ \t]*(?:\"[^\"\n]*\"[ \t]*)?")
_INK_HEADER = re.compile(r"[ \t]*(VAR|CONST)[ \t]+([A-Za-z_][A-Za-z0-9_]*)")


def _foreign_form(line, column, text=""):
    """(message, hint, width) when the parse failed on another language's form: ink's
    `&&`, `||` and `VAR`/`CONST` lines (which the table of mistakes cannot pin to one
    parser state: they may stand in any expression, after any header line), and a
    constant's name where a declaration takes only a written value."""
    rest = line[column - 1:]
    for operator, (message, hint) in _OPERATORS.items():
        if rest.startswith(operator):
            return message, hint, 2
    declaration = _DECLARATION.match(line)
    if declaration is not None and column - 1 >= declaration.end():
        word = re.match(r"[a-z_][a-z0-9_]*(?![A-Za-z0-9_])", rest)
        if word is not None and re.search(rf"^[ \t]*const[ \t]+{word.group(0)}\b", text, re.M):
            return (f"'{word.group(0)}' is a constant, and a declaration takes its value as written",
                    "write the value itself here; constants stand in conditions, set lines "
                    "and braces", len(word.group(0)))
    ink = _INK_HEADER.match(line)
    if ink is not None and column - 1 <= ink.start(1):
        word, name = ink.group(1), ink.group(2)
        return (f"ink's {word} is written '{word.lower()}' here",
                f"for example: {word.lower()} {_lower_name(name)} = 0", len(word))
    return None


def _ink_condition(line, column):
    """(where it starts, the condition) of ink's `{condition: text}` around `column`."""
    brace = line.rfind("{", 0, column)
    if brace == -1:
        return None
    inside = line[brace + 1:]
    condition = inside.split(":", 1)[0]
    if ":" not in inside or not condition.strip():
        return None
    return brace + 1 + len(condition) - len(condition.lstrip()), condition.strip()


def _lower_name(written):
    """The name a writer most likely meant by a name with capitals: hooperClueType -> hooper_clue_type."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", written).lower()


def _capitalised_name(exc, text, line="", column=1):
    """("names are lower-case", a suggestion, width, column) when a name with capitals stands
    where a name may: in an expression, where a declaration names its value, or as a
    name the parser read only up to its first capital (`hooperClueType`)."""
    import difflib

    token = getattr(exc, "token", None)
    expected = set(getattr(exc, "accepts", None) or getattr(exc, "expected", None) or ())
    start = column - 1
    while start > 0 and (line[start - 1].isalnum() or line[start - 1] == "_"):
        start -= 1  # back to the start of the word the parser stopped inside
    word = re.match(r"[A-Za-z_][A-Za-z0-9_]*", line[start:]) if line else None
    declaring = re.match(r"[ \t]*(?:stat|flag|var|text|const)[ \t]+$", line[:start]) is not None
    inside_word = start < column - 1
    if word is None:
        if token is None:
            return None
        word = re.match(r"[A-Za-z_][A-Za-z0-9_]*", str(token))
    if word is None:
        return None
    if not (declaring or inside_word or (token is not None and "NAME" in expected and "INT" in expected)):
        return None  # (where only an id may stand, the table of mistakes says it)
    written = word.group(0)
    if written.islower() or not any(c.isupper() for c in written):
        return None
    wanted = _lower_name(written)
    declared = re.findall(r"^[ \t]*(?:stat|flag|var|text|const)[ \t]+([a-z_][a-z0-9_]*)", text, re.M)
    close = difflib.get_close_matches(wanted, declared, n=1, cutoff=0.6)
    hint = f"did you mean '{close[0]}'?" if close and not declaring else f"for example: {wanted}"
    return (f"names are lower-case: '{written}' cannot be a name", hint, len(written),
            start + 1 if line else column)


def _token_words(token):
    if token.type in ("_NL", "PARA"):
        return "end of line"
    if token.type == "$END":
        return "end of file"
    text = str(token).strip().split("\n")[0]
    if len(text) > 30:
        text = text[:30] + "…"
    if token.type == "TEXT":
        return f"text '{text}'"
    return f"'{text}'"


_signatures = None


def _signature(exc):
    """Where a parse failed: the LALR state, what the parser could take, and
    what kind of token was there (its type, and its first character when that
    is punctuation: "= 1" and "open" fail in the same state for different reasons).
    """
    state = getattr(exc, "state", None)
    position = getattr(state, "position", state)
    token = getattr(exc, "token", None)
    if token is None:
        return (type(exc).__name__, position, getattr(exc, "char", None))
    head = str(token)[:1]
    accepts = frozenset(getattr(exc, "accepts", None) or ())
    return ("token", position, token.type, head if head and not head.isalnum() else "", accepts)


def _match_example(exc, parser):
    """Look the error up in the table of typical mistakes (syntax_errors.py).

    Like Lark's `match_examples`, but keyed on the parser state alone (not the
    depth of its stack, which depends on how much header precedes the error),
    and with each sample parsed once per process.
    """
    global _signatures
    from lark.exceptions import UnexpectedInput

    if _signatures is None:
        saved = (_builder.file, _builder.problems)
        _signatures = {}
        for label, samples in EXAMPLES.items():
            for sample in samples:
                _layout.text = sample
                try:
                    parser.parse(sample)
                except UnexpectedInput as sample_exc:
                    _signatures.setdefault(_signature(sample_exc), label)
        _builder.file, _builder.problems = saved
    return _signatures.get(_signature(exc))
