"""Typical writer mistakes, mapped to messages in a writer's words.

`EXAMPLES` maps (message, hint) to sample inputs that go wrong in the same
place; Lark's `match_examples` finds the entry whose samples fail in the same
parser state as the writer's text. The same table is a test
(tests/test_syntax_errors.py): every sample must produce its own message.

`expected_phrase` turns the grammar's terminal names into words for errors the
table does not cover.
"""

_SCENE = "=== a\n"
UNINDENTED_BLOCK = "the lines under 'if …:' must be indented"
INK_CONDITION = "conditional text starts with 'if'"

EXAMPLES = {
    ("'->' needs the id of a scene after it", None): [
        _SCENE + "* Go north ->\n",
        _SCENE + "->\n",
        _SCENE + "* x -> b\notherwise ->\n",
        "whenever x < 1 ->\n",
    ],
    ("'set' changes a value with '=', '+=', '-=', '%+' or '%-'; '==' is for comparing",
     "write: set name = value"): [
        _SCENE + "set x == 1\n",
        _SCENE + "* a -> b\n  set x == 1\n",
    ],
    ("'set' needs a value after its operator", "for example: set legitimacy -= 5"): [
        _SCENE + "set x =\n",
        _SCENE + "set x +=\n",
        _SCENE + "* a -> b\n  set x =\n",
    ],
    ("'=' sets a value; to compare, write '=='", "for example: if army_loyalty == 50"): [
        _SCENE + "* a -> b\n  if x = 1\n",
        _SCENE + "-> b if x = 1\n",
        _SCENE + "Text {if x = 1: y}\n",
    ],
    ("conditional text needs a colon after its condition",
     "write: {if condition: text | other text}"): [
        _SCENE + "Text {if x > 1 yes}\n",
        _SCENE + "Text {if x yes}\n",
        _SCENE + "Text {if x > 1}\n",
    ],
    ("this '{' is not closed on its line", "close it with '}' before the end of the line"): [
        _SCENE + "Text {x\n",
        _SCENE + "Text {if x: y\n",
        _SCENE + "Text {sequence: a | b\n",
        _SCENE + "Text {if x: y | z\n",
        _SCENE + "Text {x men here.\n",
    ],
    ("ids are written in lower case: letters, digits and _", "for example: kremlin_stairs"): [
        _SCENE + "* Go -> Kremlin\n",
        _SCENE + "-> Kremlin\n",
        "=== Kremlin\n",
        "start Kremlin\n",
    ],
    ("a scene needs an id after '==='", "for example: === kremlin: Moscow, 1936"): [
        "===\n",
        "=== : Moscow\n",
        _SCENE + "===\n",
    ],
    (UNINDENTED_BLOCK, "indent what the block holds, for example by two spaces"): [
        _SCENE + "if x > 1:\nText\n",
        _SCENE + "if x > 1:\n\nText\n",
        _SCENE + "if x > 1:\n",
        _SCENE + "if x:\n  a\nelse:\nb\n",
        _SCENE + "if x:\n  a\nelse if y:\n",
        _SCENE + "* Go\n  if x:\n  Text\n",
    ],
    ("a label's name goes after the dot", "for example: -> kremlin.vote"): [
        _SCENE + "-> b.\n",
        _SCENE + "* a -> b.\n",
        _SCENE + "-> b.\n\n",
        _SCENE + "* a -> b.\n\n",
        _SCENE + "-> b. if x\n",
    ],
    ("'if' needs a condition after it", "for example: if army_loyalty > 50"): [
        _SCENE + "* a -> b\n  if\n",
        _SCENE + "-> b if\n",
    ],
    ("a range is written with two dots", "for example: stat army_loyalty = 60 in 0..100"): [
        "stat x in 0-100\n",
        "stat x = 5 in 0 to 100\n",
        "stat x in 0.100\n",
    ],
    ("a flag is true or false", "for example: flag troika_formed = true"): [
        "flag x = 1\n",
        "flag x = yes\n",
    ],
    ("the reason after 'else' goes in double quotes",
     'for example: if legitimacy > 40 else "The Congress would not stand for it."'): [
        _SCENE + "* a -> b\n  if x > 1 else Not yet\n",
        _SCENE + "* a -> b\n  if x > 1 else\n",
    ],
    ("a header line, a declaration or a scene was expected here",
     "the header has title, author, start, include, stat, flag, var and whenever lines; scenes start with '==='"): [
        "titel X\n",
        "Some prose\n",
        "stats x\n",
    ],
    ("this '(' is not closed", "add ')'"): [
        _SCENE + "* a -> b\n  if (x > 1\n",
        _SCENE + "Text {(x + 1}\n",
        _SCENE + "-> b if min(x, 1\n",
    ],
    ("an operator needs a value on each side", None): [
        _SCENE + "* a -> b\n  if x + * 2\n",
        _SCENE + "* a -> b\n  if x >\n",
        _SCENE + "* a -> b\n  if x and\n",
        _SCENE + "set x = 1 +\n",
    ],
    ("two values with no operator between them", "join them with an operator such as 'and', '+' or '=='"): [
        _SCENE + "* a -> b\n  if x y\n",
        _SCENE + "* a -> b\n  if x 1\n",
        _SCENE + "set x = 1 2\n",
    ],
    ("'whenever' needs a condition, '->' and a scene", "for example: whenever legitimacy < 10 -> collapse"): [
        "whenever x < 1\n",
        "whenever -> b\n",
    ],
    (INK_CONDITION, "write: {if condition: text | other text}"): [
        _SCENE + "Text {x > 0: yes}\n",
        _SCENE + "Text {x: yes | no}\n",
        _SCENE + "Text {not x: yes}\n",
    ],
    ("'&&' is written 'and' here", "for example: if army > 50 and legitimacy > 30"): [
        _SCENE + "* a -> b\n  if x && y\n",
        _SCENE + "-> b if x && y\n",
        _SCENE + "if x && y:\n  a\n",
        _SCENE + "Text {if x && y: a}\n",
    ],
    ("'||' is written 'or' here", "for example: if army > 50 or legitimacy > 30"): [
        _SCENE + "* a -> b\n  if x || y\n",
        _SCENE + "-> b if x || y\n",
        _SCENE + "if x || y:\n  a\n",
    ],
    ("a '}' without its '{'", None): [
        _SCENE + "Text }\n",
        _SCENE + "* Go } -> b\n",
    ],
}

# (terminal names, phrase): a phrase is used when all its names are expected.
_PHRASES = [
    ({"SCENE_MARK"}, "a new scene ('===')"),
    ({"TEXT"}, "text"),
    ({"STAR", "PLUS"}, "a choice ('*' or '+')"),
    ({"NAME", "INT"}, "a value (a number, a name, true or false)"),
    ({"NAME"}, "a name"),
    ({"INT"}, "a number"),
    ({"COMPARE"}, "an operator"),
    ({"ARROW"}, "'->'"),
    ({"IF"}, "'if'"),
    ({"SET"}, "'set'"),
    ({"STRING"}, 'a quoted "text"'),
    ({"RBRACE"}, "'}'"),
    ({"RPAR"}, "')'"),
    ({"COLON"}, "':'"),
    ({"EQUALS"}, "'='"),
    ({"ASSIGN_OP"}, "'+=', '-=', '%+' or '%-'"),
    ({"TRUE", "FALSE"}, "true or false"),
    ({"DOTDOT"}, "'..'"),
    ({"_NL"}, "the end of the line"),
    ({"$END"}, "the end of the file"),
]
# Expected alongside these, the rest of an expression's words go unsaid.
_IMPLIED = {"MINUS", "LPAR", "NOT", "TRUE", "FALSE", "PLUS", "STAR", "SLASH",
            "AND", "OR", "PARA"}


def expected_phrase(names) -> str:
    names = set(names)
    if "NAME" in names and "INT" in names or "COMPARE" in names:
        names -= _IMPLIED
    phrases = []
    for group, phrase in _PHRASES:
        if group <= names:
            phrases.append(phrase)
            names -= group
    if not phrases:
        return ""
    phrases = phrases[:5]
    if len(phrases) == 1:
        return phrases[0]
    return ", ".join(phrases[:-1]) + " or " + phrases[-1]
