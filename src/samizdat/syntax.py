"""The story language's surface for editors: which words and marks are what, as one table.

Highlighters read lines by regular expressions, not by the grammar, so they
need the language written out line by line. This module is that table, and
the two highlighters are built from it: `textmate_grammar()` gives the
TextMate grammar (editors/vscode/syntaxes/samizdat.tmLanguage.json is this,
written out by `python -m samizdat.syntax`; a test keeps the two equal), and
`pygments_lexer.py` builds its states from the same rows. A new form of the
language is a new row in LINES (a line that starts with a keyword or a mark),
EXPRESSION (a word or operator inside conditions and braces) or INLINE (a
kind of braces in text).

The regular expressions are written for both Oniguruma (TextMate) and
Python's `re` (Pygments): no possessive repeats, no lookbehind (the
TextMate grammar alone uses `\\G`, to read an inline condition up to its colon).
grammar/samizdat.lark remains the language's definition; the tests check
these scopes against the tokens the real parser reads.
"""
from __future__ import annotations

import json
from typing import NamedTuple, Optional

from .model import FUNCTIONS

NAME = r"[a-z_][a-z0-9_]*"
SIGNED = r"-?[ \t]*[0-9]+"
LINE_END = r"(?=//|/\*|$)"
VARIES = ("sequence", "cycle", "shuffle", "once")
LANGUAGE = "samizdat"


class Row(NamedTuple):
    """One kind of line: a pattern for its start, the scope of each group, and how the rest reads.

    `rest` is None when the pattern covers the whole line (a comment may follow),
    else the name of the state the rest of the line is read in ("expression",
    "choice"). Every character the pattern reads is in a group, spaces too
    (with no scope), because Pygments drops what no group holds.
    """
    name: str
    pattern: str
    scopes: tuple
    rest: Optional[str] = None


W, W1 = ("", r"[ \t]*"), ("", r"[ \t]+")  # spaces, in a group of their own


def optional(*parts):
    return ("?", parts)


def row(name, *parts, rest=None) -> Row:
    """A Row from its parts: (scope, regex) for a group, optional(...) for an optional run,
    a bare string for a zero-width assertion."""
    pattern, scopes = _flatten(parts)
    return Row(name, r"^([ \t]*)" + pattern, ("",) + scopes, rest)


def _flatten(parts):
    pattern, scopes = "", ()
    for part in parts:
        if isinstance(part, str):
            pattern += part
        elif part[0] == "?":
            inner, inner_scopes = _flatten(part[1])
            pattern += f"(?:{inner})?"
            scopes += inner_scopes
        else:
            pattern += f"({part[1]})"
            scopes += (part[0],)
    return pattern, scopes


SCENE_ID = ("entity.name.section.scene", NAME)
GOTO = ("keyword.control.jump", "->")
# A target is a scene, or a scene and one of its labels: "-> yagoda.office".
DESTINATION = (("entity.name.section.target", NAME),
               optional(W, ("punctuation.separator.label", r"\."), W, ("entity.name.label.target", NAME)))
NUMBER = ("constant.numeric.integer", SIGNED)
ASSIGN = ("keyword.operator.assignment", "=")

# Lines that begin with a keyword or a mark, tried in this order; any other
# line is prose.
LINES = (
    row("scene", ("keyword.control.scene", "==="), W,
        optional(("storage.modifier.ending", "ending"), W1), optional(SCENE_ID), W,
        optional(("punctuation.separator.heading", ":"), W, ("markup.heading.scene", ".*?")), W,
        LINE_END),
    row("title", ("keyword.other.header", r"title|author"), r"\b", W,
        ("string.unquoted.header", ".*?"), W, LINE_END),
    row("start", ("keyword.other.header", "start"), W1, SCENE_ID),
    row("include", ("keyword.other.include", "include"), W1, ("string.unquoted.path", ".*?"), W,
        LINE_END),
    row("stat", ("storage.type.stat", "stat"), W1, ("variable.other.declaration", NAME),
        optional(W1, ("string.quoted.double.label", r'"[^"\n]*"')),
        optional(W, ASSIGN, W, NUMBER),
        optional(W1, ("keyword.other.range", "in"), W1, NUMBER, W,
                 ("punctuation.separator.range", r"\.\."), W, NUMBER)),
    row("flag", ("storage.type.flag", "flag"), W1, ("variable.other.declaration", NAME),
        optional(W1, ("string.quoted.double.label", r'"[^"\n]*"')),
        optional(W, ASSIGN, W, ("constant.language.boolean", r"true|false"), r"\b")),
    row("var", ("storage.type.var", "var"), W1, ("variable.other.declaration", NAME),
        optional(W1, ("string.quoted.double.label", r'"[^"\n]*"')),
        optional(W, ASSIGN, W, NUMBER)),
    row("text", ("storage.type.text", "text"), W1, ("variable.other.declaration", NAME),
        optional(W1, ("string.quoted.double.label", r'"[^"\n]*"')),
        optional(W, ASSIGN, W, ("string.quoted.double.text", r'"[^"\n]*"'))),
    row("const", ("storage.type.const", "const"), W1, ("variable.other.declaration", NAME), W,
        ASSIGN, rest="expression"),
    row("ask", ("keyword.other.ask", "ask"), W1, ("variable.other.assigned", NAME), W1,
        ("string.quoted.double.question", r'"[^"\n]*"'),
        optional(W1, ("keyword.other.max", "max"), W1, ("constant.numeric.integer", "[0-9]+")), W,
        LINE_END),
    row("return", ("keyword.control.return", "return"), W, LINE_END),
    row("whenever", ("keyword.control.whenever", "whenever"), r"\b", rest="expression"),
    row("choice", ("keyword.control.choice", r"[*+]"),
        optional(W, ("punctuation.definition.id.begin", r"\("), W, ("entity.name.label.choice", NAME),
                 W, ("punctuation.definition.id.end", r"\)")), rest="choice"),
    row("jump", GOTO, W, *DESTINATION, optional(W, ("keyword.control.jump.call", "->")), rest="expression"),
    row("set", ("keyword.other.set", "set"), W1, ("variable.other.assigned", NAME), W,
        ("keyword.operator.assignment", r"\+=|-=|%\+|%-|="), rest="expression"),
    row("label", ("keyword.other.label", "label"), W1, ("entity.name.label", NAME), W, LINE_END),
    row("otherwise", ("keyword.control.otherwise", "otherwise"), optional(W, GOTO, W, *DESTINATION),
        W, LINE_END),
    row("block", ("keyword.control.conditional", r"if|else[ \t]+if"),
        r"(?=[ \t(][^\n]*:[ \t]*(?://[^\n]*)?$)", rest="expression"),
    row("else", ("keyword.control.conditional", "else"), ("punctuation.section.block", ":"), W,
        LINE_END),
    row("condition", ("keyword.control.conditional", "if"), r"\b", rest="expression"),
)

# Inside conditions, `set` values and braces: (pattern, scopes of its groups).
EXPRESSION = (
    _flatten((GOTO, W, *DESTINATION)),
    (r"\b(else)\b([ \t]*)(\"[^\"\n]*\")?",
     ("keyword.control.conditional", "", "string.quoted.double.reason")),
    (r"\b(if)\b", ("keyword.control.conditional",)),
    (r"\b(and|or|not)\b", ("keyword.operator.logical",)),
    (r"\b(true|false)\b", ("constant.language.boolean",)),
    (r'("[^"\n]*")', ("string.quoted.double.text",)),
    (r"\b(" + "|".join(FUNCTIONS) + r")\b(?=[ \t]*\()", ("support.function",)),
    (r"\b([0-9]+)\b", ("constant.numeric.integer",)),
    (r"(==|!=|<=|>=|<|>)", ("keyword.operator.comparison",)),
    (r"([-+*/])", ("keyword.operator.arithmetic",)),
    (r"(:)([ \t]*)" + LINE_END, ("punctuation.section.block", "")),
    (r"(" + NAME + r")", ("variable.other",)),
    (r"([(),.])", ("punctuation",)),
)

# Braces in prose and choice text: (name, opening pattern, its scopes, what is inside).
# "condition" is an expression up to a colon, then text; "text" is text with
# alternatives; "expression" is a value shown.
INLINE = (
    ("if", r"(\{)([ \t]*)(if)\b", ("punctuation.section.embedded.begin", "", "keyword.control.conditional"),
     "condition"),
    ("vary", r"(\{)([ \t]*)(" + "|".join(VARIES) + r")([ \t]*)(:)",
     ("punctuation.section.embedded.begin", "", "keyword.control.vary", "", "punctuation.separator"),
     "text"),
    ("pick", r"(\{)([ \t]*)(pick)\b", ("punctuation.section.embedded.begin", "", "keyword.control.vary"),
     "condition"),
    ("show", r"(\{)", ("punctuation.section.embedded.begin",), "expression"),
)
INLINE_END = (r"(\})", ("punctuation.section.embedded.end",))
ALTERNATIVE = (r"(\|)", ("punctuation.separator.alternative",))
CHOICE_TARGET = _flatten((GOTO, W, *DESTINATION, W, LINE_END))
COMMENTS = (
    ("comment.line.double-slash", r"(//).*$"),
    ("comment.block", r"/\*", r"\*/"),
)


# --------------------------------------------------------------- TextMate

def _captures(scopes, offset=1):
    return {str(i): {"name": f"{scope}.{LANGUAGE}"}
            for i, scope in enumerate(scopes, offset) if scope}


def textmate_grammar() -> dict:
    """The TextMate grammar, as the JSON object editors read."""
    line_comment, block_comment = COMMENTS
    repository = {
        "comments": {"patterns": [
            {"name": f"{line_comment[0]}.{LANGUAGE}", "match": line_comment[1],
             "captures": {"1": {"name": f"punctuation.definition.comment.{LANGUAGE}"}}},
            {"name": f"{block_comment[0]}.{LANGUAGE}", "begin": block_comment[1],
             "end": block_comment[2]},
        ]},
        "expression": {"patterns": [{"include": "#comments"}] + [
            {"match": pattern, "captures": _captures(scopes)} for pattern, scopes in EXPRESSION]},
        "inline": {"patterns": [_inline(name, pattern, scopes, inside)
                                for name, pattern, scopes, inside in INLINE]},
        "inline-text": {"patterns": [
            {"include": "#comments"}, {"include": "#inline"},
            {"match": ALTERNATIVE[0], "captures": _captures(ALTERNATIVE[1])}]},
        "choice": {"patterns": [
            {"include": "#comments"}, {"include": "#inline"},
            {"match": CHOICE_TARGET[0], "captures": _captures(CHOICE_TARGET[1])},
            {"match": r"[^{/\-]+|.", "name": f"string.unquoted.choice.{LANGUAGE}"}]},
    }
    patterns = [{"include": "#comments"}]
    for row in LINES:
        if row.rest is None:
            patterns.append({"name": f"meta.line.{row.name}.{LANGUAGE}", "match": row.pattern,
                             "captures": _captures(row.scopes)})
        else:
            patterns.append({"name": f"meta.line.{row.name}.{LANGUAGE}", "begin": row.pattern,
                             "beginCaptures": _captures(row.scopes), "end": "$",
                             "patterns": [{"include": f"#{row.rest}"}]})
    patterns.append({"include": "#inline"})
    return {
        "$schema": "https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json",
        "name": "samizdat story",
        "scopeName": f"source.{LANGUAGE}",
        "fileTypes": ["story"],
        "comment": "Generated by `python -m samizdat.syntax` from src/samizdat/syntax.py; edit that.",
        "patterns": patterns,
        "repository": repository,
    }


def _inline(name, pattern, scopes, inside):
    rule = {"name": f"meta.embedded.{name}.{LANGUAGE}", "begin": pattern,
            "beginCaptures": _captures(scopes), "end": INLINE_END[0],
            "endCaptures": _captures(INLINE_END[1])}
    if inside == "expression":
        rule["patterns"] = [{"include": "#expression"}]
    elif inside == "text":
        rule["patterns"] = [{"include": "#inline-text"}]
    else:  # the condition runs to the first colon; what follows is text
        rule["patterns"] = [
            {"begin": r"\G", "end": r"(:)", "endCaptures": _captures(("punctuation.separator",)),
             "patterns": [{"include": "#expression"}]},
            {"include": "#inline-text"}]
    return rule


def main():
    """Print the TextMate grammar (for editors/vscode/syntaxes/samizdat.tmLanguage.json)."""
    print(json.dumps(textmate_grammar(), indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
