"""A Pygments lexer for stories, built from the table in `syntax.py`.

Registered under the `pygments.lexers` entry point, so that with samizdat
installed `pygmentize -l samizdat` highlights a story, and so do Markdown
tools that use Pygments for fenced ```samizdat blocks. Pygments is not a
dependency of samizdat: this module is loaded only by Pygments itself.
"""
from __future__ import annotations

import re

from pygments.lexer import RegexLexer, bygroups
from pygments import token as t

from . import syntax

# The first matching prefix wins: a scope names its token by its start.
SCOPES = (
    ("comment.block", t.Comment.Multiline),
    ("comment", t.Comment.Single),
    ("keyword.operator.logical", t.Operator.Word),
    ("keyword.operator", t.Operator),
    ("keyword.other.range", t.Operator.Word),
    ("keyword", t.Keyword),
    ("storage.modifier", t.Keyword),
    ("storage.type", t.Keyword.Declaration),
    ("entity.name.section", t.Name.Class),
    ("entity.name.label", t.Name.Label),
    ("variable.other.declaration", t.Name.Variable),
    ("variable", t.Name.Variable),
    ("support.function", t.Name.Builtin),
    ("constant.numeric", t.Number.Integer),
    ("constant.language", t.Keyword.Constant),
    ("string.quoted", t.String.Double),
    ("string.unquoted.choice", t.Text),
    ("string", t.String),
    ("markup.heading", t.Generic.Heading),
    ("punctuation", t.Punctuation),
)


def token_of(scope: str):
    if not scope:
        return t.Whitespace
    for prefix, kind in SCOPES:
        if scope.startswith(prefix):
            return kind
    return t.Text


def _groups(scopes):
    return bygroups(*(token_of(scope) for scope in scopes))


def _comments():
    return [(r"//.*?$", t.Comment.Single), (r"/\*", t.Comment.Multiline, "block-comment")]


def _inline_openers():
    rules = []
    for _name, pattern, scopes, inside in syntax.INLINE:
        state = {"condition": ("inline-text", "inline-condition"), "text": "inline-text",
                 "expression": "inline-expression"}[inside]
        rules.append((pattern, _groups(scopes), state))
    return rules


def _expression(end_of_line):
    rules = _comments() + [(pattern, _groups(scopes)) for pattern, scopes in syntax.EXPRESSION]
    rules.append((r"[ \t]+", t.Whitespace))
    if end_of_line:
        rules.append((r"\n", t.Whitespace, "#pop"))
    return rules + [(r"[^\n]", t.Text)]


def _tokens():
    root = _comments()
    for row in syntax.LINES:
        if row.rest is None:
            root.append((row.pattern, _groups(row.scopes)))
        else:
            root.append((row.pattern, _groups(row.scopes), row.rest))
    root += _inline_openers() + [(r"[^{\n/]+", t.Text), (r"/", t.Text), (r"\n", t.Whitespace)]
    end, end_scopes = syntax.INLINE_END
    alternative, alternative_scopes = syntax.ALTERNATIVE
    target, target_scopes = syntax.CHOICE_TARGET
    return {
        "root": root,
        "block-comment": [(r"[^*]+", t.Comment.Multiline), (r"\*/", t.Comment.Multiline, "#pop"),
                          (r"\*", t.Comment.Multiline)],
        "expression": _expression(end_of_line=True),
        "choice": _comments() + _inline_openers() + [
            (target, _groups(target_scopes)), (r"[^{/\-\n]+", t.Text), (r"\n", t.Whitespace, "#pop"),
            (r".", t.Text)],
        "inline-expression": [(end, _groups(end_scopes), "#pop"), (r"\n", t.Whitespace, "#pop")]
        + _expression(end_of_line=False),
        "inline-condition": [(r":", t.Punctuation, "#pop"), (r"\n", t.Whitespace, "#pop:2")]
        + _expression(end_of_line=False),
        "inline-text": _comments() + _inline_openers() + [
            (end, _groups(end_scopes), "#pop"), (alternative, _groups(alternative_scopes)),
            (r"[^{}|\n/]+", t.Text), (r"/", t.Text), (r"\n", t.Whitespace, "#pop")],
    }


class SamizdatLexer(RegexLexer):
    """samizdat's story language: choice-based interactive fiction in plain text."""

    name = "samizdat"
    aliases = ["samizdat", "story"]
    filenames = ["*.story"]
    mimetypes = ["text/x-samizdat"]
    flags = re.MULTILINE
    tokens = _tokens()
