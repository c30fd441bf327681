"""A story file's tokens exactly as the parser reads them, for the tools that rewrite or colour text.

`read_tokens(text)` parses one file with the story grammar and returns the
model (as `parser.parse_source` builds it) together with every token the
lexer produced, in order, with its position. What lies between two tokens
is only spaces and comments (the grammar ignores both), so a file is its
tokens and the gaps between them, and a tool may rewrite a gap without
changing what the parser reads.

The formatter (`formatter.py`) and the language server's colouring read this;
the parse of record stays `parser.parse_source`. This module keeps its own
parser (same grammar, same model builder and layout) so that neither
disturbs the other's state.
"""
from __future__ import annotations

from typing import NamedTuple, Optional

from lark.exceptions import UnexpectedInput

from . import grammar_tables
from .acyclic import cycles_not_collected
from .build import ModelBuilder
from .layout import Layout
from .parser import normalise


class Tok(NamedTuple):
    type: str
    value: str
    start: int  # offset in the normalised text
    end: int
    line: int  # 1-based
    column: int  # 1-based, in characters


class Tokens(NamedTuple):
    text: str  # the normalised text (one newline convention, a newline at the end)
    tokens: tuple  # of Tok, in order
    source: object  # the SourceFile the parse built
    problems: tuple  # the builder's diagnostics (not syntax errors)
    uneven: tuple  # (line, column, body column) of lines indented less than their body

    def gap_before(self, index: int) -> str:
        """The spaces and comments between token `index - 1` and token `index`."""
        start = self.tokens[index - 1].end if index else 0
        return self.text[start:self.tokens[index].start]

    def tail(self) -> str:
        """What follows the last token: spaces and comments."""
        return self.text[self.tokens[-1].end:] if self.tokens else self.text


class _Recording(Layout):
    """The layout, noting every token the lexer hands it (before the layout cuts or adds any)."""

    def process(self, stream):
        self.seen = []

        def noted():
            for token in stream:
                self.seen.append(token)
                yield token

        return super().process(noted())


_layout = _Recording()
_builder = ModelBuilder()
_lark = None


def _parser():
    global _lark
    if _lark is None:
        _lark = grammar_tables.parser(transformer=_builder, postlex=_layout)
    return _lark


class NotParsed(Exception):
    """The text has a syntax error: `parser.parse_source` says which, in a writer's words."""


def read_tokens(text: str, file: str = "<story>") -> Tokens:
    """The tokens and model of `text`; raises NotParsed on a syntax error."""
    text = normalise(text)
    parser = _parser()
    _builder.reset(file)
    _layout.text = text
    try:
        with cycles_not_collected():
            source = parser.parse(text)
    except UnexpectedInput as exc:
        raise NotParsed(str(exc)) from None
    tokens = tuple(Tok(t.type, str(t), t.start_pos, t.end_pos, t.line, t.column)
                   for t in _layout.seen if t.start_pos is not None)
    return Tokens(text, tokens, source, tuple(_builder.problems), tuple(_layout.uneven))


def first_token_at(tokens: Tokens, line: int) -> Optional[Tok]:
    """The first token that starts on `line`, if any (a linear scan; for tests and tools)."""
    for token in tokens.tokens:
        if token.line == line:
            return token
        if token.line > line:
            return None
    return None
