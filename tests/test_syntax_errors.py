"""The table of typical mistakes is also a test: each sample gets its own message."""
import pytest

from samizdat.parser import parse_source
from samizdat.syntax_errors import EXAMPLES, expected_phrase

SAMPLES = [(label, sample) for label, samples in EXAMPLES.items() for sample in samples]


@pytest.mark.parametrize("label,sample", SAMPLES, ids=[repr(s) for _, s in SAMPLES])
def test_each_typical_mistake_gets_its_own_message(label, sample):
    source, diagnostics = parse_source(sample, "sample.story")
    assert source is None
    message, hint = label
    assert diagnostics[0].message == message
    assert diagnostics[0].hint == hint


def test_messages_never_show_grammar_internals():
    for _label, sample in SAMPLES:
        _source, diagnostics = parse_source(sample, "sample.story")
        for d in diagnostics:
            for internal in ("__ANON", "_NL", "PARA", "$END", "Token(", "LBRACE", "RBRACE"):
                assert internal not in d.message, (sample, d.message)


def test_expected_words_are_plain():
    assert expected_phrase({"NAME", "INT", "MINUS", "LPAR", "NOT", "TRUE", "FALSE"}) == \
        "a value (a number, a name, true or false)"
    assert expected_phrase({"_NL", "PARA"}) == "the end of the line"
    assert expected_phrase({"ARROW", "TEXT"}) == "text or '->'"


def test_recovery_reports_every_bad_line_once():
    text = "start a\nvar x\n=== a\nset x ==\nText {x\n* Go -> \n* Fine -> a\n  if x >\n"
    source, diagnostics = parse_source(text, "many.story")
    assert source is None
    assert [d.line for d in diagnostics] == [4, 5, 6, 8]


def test_a_broken_scene_header_does_not_swallow_its_scene():
    text = "start a\n=== a\n* Go -> b\n=== B\nText\n* Back -> a\n"
    _source, diagnostics = parse_source(text, "header.story")
    assert [d.line for d in diagnostics] == [4]
