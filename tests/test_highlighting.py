"""Syntax highlighting: the TextMate grammar (through the real tokenizer VS Code uses) and the
Pygments lexer give each part of a story the scope the real parser says it is.

Both highlighters read lines by regular expressions (src/samizdat/syntax.py);
the parser reads the grammar. These tests lex every example of
docs/language.md and every story of the repository with the parser
(source_tokens.py), and check each token's colour in both highlighters
against the table EXPECTED below: a keyword must look like a keyword, a name
like a name, prose like prose. A terminal the table does not know fails the
test, so a new form of the language cannot go unhighlighted unnoticed.
"""
import json
import re
import shutil
import subprocess

import pytest

from conftest import REPO

from samizdat.source_tokens import NotParsed, read_tokens
from samizdat.syntax import textmate_grammar

GRAMMAR = REPO / "editors" / "vscode" / "syntaxes" / "samizdat.tmLanguage.json"
NODE_MODULES = REPO / "tests" / ".node" / "node_modules"
TOKENIZE = REPO / "tests" / "textmate" / "tokenize.js"
LANGUAGE_DOC = REPO / "docs" / "language.md"

NAMES = ("variable", "entity.name", "support.function")
ARITHMETIC = ("keyword.operator.arithmetic",)

# Parser terminal -> the scopes (prefixes) a highlighter may give it. None: not checked
# (line breaks). "text": prose, which must not be coloured as an instruction.
EXPECTED = {
    "SCENE_MARK": ("keyword.control.scene",),
    "ENDING": ("storage.modifier.ending",),
    "ARROW": ("keyword.control.jump",),
    "SET": ("keyword.other.set",),
    "OTHERWISE": ("keyword.control.otherwise",),
    "LABEL": ("keyword.other.label",),
    "BLOCK_IF": ("keyword.control.conditional",),
    "BLOCK_ELSE": ("keyword.control.conditional",),
    "COND_IF": ("keyword.control.conditional",),
    "IF": ("keyword.control.conditional",),
    "ELSE": ("keyword.control.conditional",),
    "VARY": ("keyword.control.vary",),
    "PICK": ("keyword.control.vary",),
    "TEXT_KEYWORD": ("storage.type",),
    "CONST": ("storage.type",),
    "ASK": ("keyword.other.ask",),
    "MAX": ("keyword.other.max",),
    "RETURN": ("keyword.control.return",),
    "DETAIL_SET": ("keyword.other.set",),
    "CHOICE_ID": ("punctuation.definition.id", "entity.name.label.choice"),
    "NOT": ("keyword.operator.logical",),
    "AND": ("keyword.operator.logical",),
    "OR": ("keyword.operator.logical",),
    "WHENEVER": ("keyword.control.whenever",),
    "TRUE": ("constant.language.boolean",),
    "FALSE": ("constant.language.boolean",),
    "MINUS": ARITHMETIC + ("constant.numeric",),  # in a declaration, part of the number
    "SLASH": ARITHMETIC,
    "EQUALS": ("keyword.operator.assignment",),
    "ASSIGN_OP": ("keyword.operator.assignment",),
    "COMPARE": ("keyword.operator.comparison",),
    "NAME": NAMES,
    "INT": ("constant.numeric",),
    "STRING": ("string.quoted",),
    "REST": ("string.unquoted", "markup.heading"),
    "TITLE": ("keyword.other.header",),
    "AUTHOR": ("keyword.other.header",),
    "START": ("keyword.other.header",),
    "INCLUDE": ("keyword.other.include",),
    "STAT": ("storage.type",),
    "FLAG": ("storage.type",),
    "VAR": ("storage.type",),
    "IN": ("keyword.other.range",),
    "LBRACE": ("punctuation.section.embedded.begin",),
    "RBRACE": ("punctuation.section.embedded.end",),
    "VBAR": ("punctuation.separator.alternative",),
    "COLON": ("punctuation",),
    "DOT": ("punctuation",),
    "LPAR": ("punctuation",),
    "RPAR": ("punctuation",),
    "COMMA": ("punctuation",),
    "__ANON_0": ("punctuation.separator.range",),  # the ".." of a stat's range
    "TEXT": "text",
    "PROSE": "text",
    "_NL": None,
    "PARA": None,
}


def expected_scopes(tokens, index, in_prose_line, in_braces):
    token = tokens[index]
    if token.type in ("STAR", "PLUS"):
        line_start = index == 0 or tokens[index - 1].type in ("_NL", "PARA")
        return ("keyword.control.choice",) if line_start else ARITHMETIC
    if token.type in ("ARROW", "VBAR") and in_prose_line and not in_braces:
        return "text"  # a prose line takes "->" and "|" back as text
    if token.type not in EXPECTED:
        pytest.fail(f"the highlighting tests do not know the terminal {token.type} "
                    f"({token.value!r}): add it to EXPECTED in {__file__}")
    return EXPECTED[token.type]


def checks(read, name=""):
    """(offset, expected, what) for each token and comment the parser reads."""
    tokens = read.tokens
    meant = WRITERS_MEANING.get(name, ())
    in_prose_line = False
    depth = 0
    for index, token in enumerate(tokens):
        if index == 0 or tokens[index - 1].type in ("_NL", "PARA"):
            in_prose_line = token.type in ("PROSE", "TEXT", "LBRACE")
        if token.type == "LBRACE":
            depth += 1
        wanted = expected_scopes(tokens, index, in_prose_line, depth > 0)
        if token.type == "RBRACE":
            depth -= 1
        if token.type in ("_NL", "PARA"):
            depth = 0
        gap_start = tokens[index - 1].end if index else 0
        for match in re.finditer(r"//|/\*", read.text[gap_start:token.start]):
            offset = gap_start + match.start()
            yield offset, ("comment",), f"comment at offset {offset}"
        if wanted is None or token.line in meant:
            continue
        skip = len(token.value) - len(token.value.lstrip(" \t"))
        if skip == len(token.value):
            continue
        yield token.start + skip, wanted, f"{token.type} {token.value.strip()[:30]!r} at line {token.line}"


def _agrees(scope, wanted):
    if wanted == "text":
        return not any(word in scope for word in ("keyword", "variable", "entity", "storage"))
    return any(scope.startswith(prefix) for prefix in wanted)


# ----------------------------------------------------------------- examples

def doc_examples():
    """(name, parsed tokens) of every code block of docs/language.md, in a scene where it needs one."""
    blocks = re.findall(r"```\n(.*?)```", LANGUAGE_DOC.read_text(encoding="utf-8"), re.S)
    found = []
    for number, block in enumerate(blocks, 1):
        contexts = (block, "=== s\n" + block)
        if re.match(r"if [^\n]*[^:\n]\n\Z", block):  # a condition, shown alone: it goes under a choice
            contexts = ("=== s\n* c\n  " + block,)
        for text in contexts:
            try:
                found.append((f"block {number}: {block.splitlines()[0][:40]}", read_tokens(text)))
                break
            except NotParsed:
                continue
        else:
            found.append((f"block {number}: {block.splitlines()[0][:40]}", None))
    return found


EXAMPLES = doc_examples()
STORIES = [(str(p.relative_to(REPO)), p) for p in sorted(REPO.glob("**/*.story")) if ".venv" not in p.parts]


# Lines of the checker's examples of mistakes where the highlighter colours what the
# writer meant and the parser reads something else; the checker's error says which.
WRITERS_MEANING = {"tests/golden/check/else_without_if.story": {6}}


def _parsed_stories():
    out = []
    for name, path in STORIES:
        try:
            out.append((name, read_tokens(path.read_text(encoding="utf-8"))))
        except (NotParsed, UnicodeDecodeError):
            continue
    return out


def test_every_example_of_the_language_reference_is_read_by_these_tests():
    unread = [name for name, read in EXAMPLES if read is None]
    assert not unread, f"these examples of docs/language.md do not parse: {unread}"
    assert len(EXAMPLES) >= 30


# ------------------------------------------------------------------ TextMate

def test_the_textmate_grammar_file_is_the_table_written_out():
    assert json.loads(GRAMMAR.read_text(encoding="utf-8")) == textmate_grammar(), \
        "run: python -m samizdat.syntax > editors/vscode/syntaxes/samizdat.tmLanguage.json"


def _textmate(texts):
    if shutil.which("node") is None:
        pytest.skip("node is not installed: the TextMate grammar is not tested here")
    if not (NODE_MODULES / "vscode-textmate").is_dir() or not (NODE_MODULES / "vscode-oniguruma").is_dir():
        pytest.skip("vscode-textmate and vscode-oniguruma are not installed: run "
                    "npm install --prefix tests/.node vscode-textmate@9.3.2 vscode-oniguruma@2.0.1")
    result = subprocess.run(["node", str(TOKENIZE), str(GRAMMAR)], input=json.dumps(texts),
                            capture_output=True, text=True, env={"NODE_PATH": str(NODE_MODULES),
                                                                 "PATH": "/usr/bin:/bin:/usr/local/bin"},
                            timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _scope_at(lines, text, offset):
    line = text.count("\n", 0, offset)
    column = offset - (text.rfind("\n", 0, offset) + 1)
    for start, end, scopes in lines[line]:
        if start <= column < end:
            return scopes
    return []


def _textmate_disagreements(named):
    results = _textmate([read.text for _, read in named])
    wrong = []
    for (name, read), lines in zip(named, results):
        for offset, wanted, what in checks(read, name):
            scopes = _scope_at(lines, read.text, offset)
            if wanted == "text":
                ok = bool(scopes) and _agrees(scopes[-1], wanted)
            else:
                ok = any(_agrees(scope, wanted) for scope in scopes[1:])
            if not ok:
                wrong.append(f"{name}: {what}: {scopes[-1] if scopes else 'nothing'}, expected {wanted}")
    return wrong


def test_textmate_scopes_every_construct_of_the_language_reference_as_the_parser_reads_it():
    named = [(name, read) for name, read in EXAMPLES if read is not None]
    wrong = _textmate_disagreements(named)
    assert not wrong, "\n".join(wrong[:30])


def test_textmate_scopes_every_story_of_the_repository_as_the_parser_reads_it():
    wrong = _textmate_disagreements(_parsed_stories())
    assert not wrong, "\n".join(wrong[:30])


@pytest.mark.parametrize("line, part, scope", [
    ("=== ending shot: The Marshal Is Shot", "shot", "entity.name.section.scene"),
    ("=== ending shot: The Marshal Is Shot", "The Marshal Is Shot", "markup.heading"),
    ("* (seize_radio) Seize the radio station -> radio", "seize_radio", "entity.name.label.choice"),
    ("* (seize_radio) Seize the radio station -> radio", "Seize the radio station", "string.unquoted.choice"),
    ("* Call on Yagoda -> yagoda.office", "yagoda.office", "entity.name.section.target"),
    ("  if army_loyalty >= 50 else \"Not yet.\"", "\"Not yet.\"", "string.quoted.double.reason"),
    ("{if seen(kiev): Yakir remembers. | Nobody.}", "seen", "support.function"),
    ("{if seen(kiev): Yakir remembers. | Nobody.}", "Yakir remembers.", "meta.embedded.if"),
    ("{sequence: strikes four | has stopped}", "sequence", "keyword.control.vary"),
    ("stat army_loyalty \"Army loyalty\" = 60 in 0..100", "\"Army loyalty\"", "string.quoted.double.label"),
    ("include chapters/01_the_fall.story", "chapters/01_the_fall.story", "string.unquoted.path"),
    ("title The Red Napoleon", "The Red Napoleon", "string.unquoted.header"),
    ("whenever legitimacy < 10 -> regime_collapses", "regime_collapses", "entity.name.section.target"),
    ("The telephone rings. // Poskrebyshev, at 3 a.m.", "Poskrebyshev", "comment.line"),
    ("/* Draft: a scene */", "Draft", "comment.block"),
])
def test_textmate_gives_each_part_of_a_line_its_scope(line, part, scope):
    (lines,) = _textmate([line + "\n"])
    start = line.index(part)
    scopes = _scope_at(lines, line, start)
    assert any(s.startswith(scope) for s in scopes), scopes


# ------------------------------------------------------------------ Pygments

def _pygments_disagreements(named):
    from pygments.lexers import get_lexer_by_name
    from pygments.token import Error

    from samizdat.pygments_lexer import token_of

    lexer = get_lexer_by_name("samizdat")
    wrong = []
    for name, read in named:
        kinds = {}
        for offset, kind, value in lexer.get_tokens_unprocessed(read.text):
            if kind in Error:
                wrong.append(f"{name}: an error token at offset {offset}: {value!r}")
            for i in range(len(value)):
                kinds[offset + i] = kind
        for offset, wanted, what in checks(read, name):
            kind = kinds.get(offset)
            if wanted == "text":
                ok = kind is not None and "Keyword" not in str(kind) and "Name" not in str(kind)
            elif wanted == ("comment",):
                ok = str(kind).startswith("Token.Comment")
            else:
                ok = kind in {token_of(prefix) for prefix in wanted} | (
                    {token_of("entity.name.section"), token_of("entity.name.label"),
                     token_of("variable.other.declaration")} if wanted == NAMES else set())
            if not ok:
                wrong.append(f"{name}: {what}: {kind}, expected {wanted}")
    return wrong


def test_pygments_is_registered_for_samizdat():
    from pygments.lexers import get_lexer_by_name, get_lexer_for_filename

    assert get_lexer_by_name("samizdat").name == "samizdat"
    assert get_lexer_for_filename("main.story").name == "samizdat"


def test_pygments_colours_every_construct_of_the_language_reference_as_the_parser_reads_it():
    wrong = _pygments_disagreements([(n, r) for n, r in EXAMPLES if r is not None])
    assert not wrong, "\n".join(wrong[:30])


@pytest.mark.parametrize("name, path", STORIES, ids=[n for n, _ in STORIES])
def test_pygments_reads_every_story_of_the_repository_without_an_error_token(name, path):
    from pygments.lexers import get_lexer_by_name
    from pygments.token import Error

    text = path.read_text(encoding="utf-8", errors="replace")
    tokens = list(get_lexer_by_name("samizdat").get_tokens(text))
    assert not [value for kind, value in tokens if kind in Error]
    assert "".join(value for _, value in tokens).rstrip("\n") == text.rstrip("\n")


def test_pygments_colours_every_story_of_the_repository_as_the_parser_reads_it():
    wrong = _pygments_disagreements(_parsed_stories())
    assert not wrong, "\n".join(wrong[:30])
