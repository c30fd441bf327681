"""The table of typical mistakes is also a test: each sample gets its own message."""
import pytest

from samizdat.parser import parse_source
from samizdat.syntax_errors import EXAMPLES, INK_CONDITION, expected_phrase

SAMPLES = [(label, sample) for label, samples in EXAMPLES.items() for sample in samples]


@pytest.mark.parametrize("label,sample", SAMPLES, ids=[repr(s) for _, s in SAMPLES])
def test_each_typical_mistake_gets_its_own_message(label, sample):
    source, diagnostics = parse_source(sample, "sample.story")
    assert source is None
    message, hint = label
    assert diagnostics[0].message == message
    if message == INK_CONDITION:  # the hint writes the writer's own condition the samizdat way
        condition = sample.split("{", 1)[1].split(":", 1)[0].strip()
        hint = f"write: {{if {condition}: …}}"
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


FOREIGN_OPERATOR_PLACES = [
    "=== a\n* Go -> a\n  if x > 1 {op} x < 5\n",
    "=== a\n* Go -> a\n  if x > 1 {op} x < 5 else \"Not yet.\"\n",
    "=== a\n-> a if x > 1 {op} x < 3\n",
    "=== a\nif x > 1 {op} x < 3:\n  Hi.\n",
    "=== a\nHi {{if x > 1 {op} x < 3: yes}}.\n",
    "=== a\nset x = 1 {op} 2\n",
    "whenever x > 1 {op} x < 2 -> a\n",
]


@pytest.mark.parametrize("op, word", [("&&", "and"), ("||", "or")])
@pytest.mark.parametrize("template", FOREIGN_OPERATOR_PLACES)
def test_inks_operators_are_named_wherever_an_expression_stands(template, op, word):
    sample = "start a\nvar x\n" + template.format(op=op)
    _source, diagnostics = parse_source(sample, "sample.story")
    assert diagnostics[0].message == f"'{op}' is written '{word}' here"
    line = sample.split("\n")[diagnostics[0].line - 1]
    assert line[diagnostics[0].column - 1:].startswith(op)


@pytest.mark.parametrize("sample, written, hint", [
    ("var hooper_clue_type\n=== a\n* Go -> a\n  if hooperClueType == 2\n", "hooperClueType",
     "did you mean 'hooper_clue_type'?"),
    ("var army\n=== a\nif Army > 1:\n  Hi.\n", "Army", "did you mean 'army'?"),
    ("var army\n=== a\nYou have {Army} men.\n", "Army", "did you mean 'army'?"),
    ("var HooperClue = 0\n=== a\n", "HooperClue", "for example: hooper_clue"),
    ("flag IsDrugged\n=== a\n", "IsDrugged", "for example: is_drugged"),
])
def test_a_name_with_capitals_is_told_names_are_lower_case(sample, written, hint):
    _source, diagnostics = parse_source("start a\n" + sample, "sample.story")
    assert diagnostics[0].message == f"names are lower-case: '{written}' cannot be a name"
    assert diagnostics[0].hint == hint
    line = ("start a\n" + sample).split("\n")[diagnostics[0].line - 1]
    assert line[diagnostics[0].column - 1:].startswith(written)
