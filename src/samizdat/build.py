"""Builds the story model from the parse, one grammar rule at a time.

`ModelBuilder` is handed to Lark as the parser's transformer, so each method
runs when the LALR parser reduces its rule and no intermediate tree is kept
(about twice as fast on large stories). Such callbacks get no `meta`, so
positions come from the tokens themselves.

The builder is also where nesting is bounded (model.MAX_DEPTH): as each
rule is reduced it knows how deep its parts go, and a part that would go
deeper is reported once and replaced by an empty stand-in, so neither the
rest of the build nor any later stage meets more than MAX_DEPTH levels.
Keeping count of every text and flow node's depth is a tenth of the build,
so the parser builds without it (`reset(file, bounded=False)`) when the
text, the layout and the deepest expression show that nothing in the file
can nest that deep, and again with it when something might
(`parser._parse_with_recovery`). Expressions always carry their depth.
"""
from __future__ import annotations

from attrs import evolve
from lark import Token, Transformer

from . import model as m
from .model import MAX_DEPTH
from .diagnostics import error, warning

MAX_DIGITS = 15
DEFAULT_ANSWER, MAX_ANSWER = 40, 200  # characters a player may type at an `ask`


def _texts(children):
    """Text nodes from a run of TEXT/VBAR/ARROW tokens and inline nodes."""
    nodes = []
    for child in children:
        if isinstance(child, Token):
            if child.type in ("TEXT", "PROSE", "VBAR", "ARROW"):
                nodes.append(m.Literal(str(child)))
        elif child is not None:
            nodes.append(child)
    return tuple(nodes)


def _depth(*nodes):
    return 1 + max(n.depth for n in nodes)


TOO_DEEP = MAX_DEPTH + 1  # the depth of a stand-in for what went deeper
_EXPRESSIONS = frozenset({m.Number, m.Bool, m.Str, m.Name, m.Unary, m.Binary, m.Call})


class ModelBuilder(Transformer):
    def __init__(self):
        super().__init__()
        self.file = "<story>"
        self.problems = []  # diagnostics found while building (not syntax)
        self.derived_ids = False  # a choice without an id was built in the scene being read

        self.depths = {}  # id(node) -> (node, depth) for text and flow nodes; see _nest
        self.bounded = True  # counting the depth of text and flow nodes
        self.deepest_expression = 1

    def reset(self, file, bounded=True):
        self.file = file
        self.problems = []
        self.derived_ids = False
        self.depths = {}
        self.bounded = bounded
        self.deepest_expression = 1

    # ----------------------------------------------------------------- nesting

    def _depth_of(self, value) -> int:
        """How deep `value` (an expression, a text or flow node, a tuple of them) nests."""
        kind = value.__class__
        if kind is tuple:
            deepest = 0
            for part in value:
                depth = self._depth_of(part)
                if depth > deepest:
                    deepest = depth
            return deepest
        if kind in _EXPRESSIONS:
            return value.depth
        kept = self.depths.get(id(value))
        return kept[1] if kept is not None and kept[0] is value else 0

    def _nest(self, node, parts, what, levels=1):
        """`node`, `levels` deeper than the deepest of `parts`; past MAX_DEPTH, an empty stand-in.

        The stand-in keeps TOO_DEEP as its depth, so the levels above it are
        replaced too, without another report.
        """
        if not self.bounded:
            return node
        inner = self._depth_of(tuple(parts))
        depth = inner + levels
        if depth > MAX_DEPTH:
            if inner <= MAX_DEPTH:
                self._too_deep(what, node.pos)
            node = _STAND_INS[type(node)](node.pos)
            depth = TOO_DEEP
        if depth:
            self.depths[id(node)] = (node, depth)
        return node

    def _too_deep(self, what, pos):
        self.problems.append(error(
            f"{what} nests more than {MAX_DEPTH} levels deep", pos,
            hint="braces, conditions, choices and blocks count together; "
                 "move part of it to a label or a scene of its own"))

    def _pos(self, token):
        return m.Pos(self.file, token.line, token.column)

    # ------------------------------------------------------------ expressions

    def number(self, children):
        (token,) = children
        return m.Number(self._whole(token), self._pos(token))

    def _whole(self, token) -> int:
        """The value of a run of digits; more than MAX_DIGITS of them is an error."""
        digits = str(token)
        if len(digits) > MAX_DIGITS:
            self.problems.append(error(
                "this number is too large", self._pos(token), width=len(digits),
                hint=f"numbers have at most {MAX_DIGITS} digits"))
            digits = digits[:MAX_DIGITS]
        return int(digits)

    def string(self, children):
        (token,) = children
        return m.Str(str(token)[1:-1], self._pos(token))

    def boolean(self, children):
        (token,) = children
        return m.Bool(token == "true", self._pos(token))

    def name(self, children):
        (token,) = children
        return m.Name(str(token), self._pos(token))

    def call(self, children):
        token, *args = children
        args = tuple(a for a in args if a is not None)
        depth = _depth(*args) if args else 1
        return self._deep(m.Call(str(token), args, self._pos(token), depth))

    def not_op(self, children):
        token, operand = children
        return self._deep(m.Unary("not", operand, self._pos(token), operand.depth + 1))

    def negate(self, children):
        token, operand = children
        if isinstance(operand, m.Number):
            return m.Number(-operand.value, self._pos(token))
        return self._deep(m.Unary("-", operand, self._pos(token), operand.depth + 1))

    def comparison(self, children):
        left, op, right = children
        return self._binary(str(op), left, right, self._pos(op))

    def arith(self, children):
        return self._fold(children)

    term = arith

    def or_test(self, children):
        return self._fold_keyword("or", children)

    def and_test(self, children):
        return self._fold_keyword("and", children)

    def _fold(self, children):
        result = children[0]
        for i in range(1, len(children), 2):
            op = children[i]
            result = self._binary(str(op), result, children[i + 1], self._pos(op))
        return result

    def _fold_keyword(self, op, operands):
        result = operands[0]
        for operand in operands[1:]:
            result = self._binary(op, result, operand, operand.pos)
        return result

    def _binary(self, op, left, right, pos):
        return self._deep(m.Binary(op, left, right, pos, _depth(left, right)))

    def _deep(self, node):
        """An expression node; past MAX_DEPTH a stand-in (see _nest)."""
        if node.depth <= MAX_DEPTH:
            if node.depth > self.deepest_expression:
                self.deepest_expression = node.depth
            return node
        if node.depth == MAX_DEPTH + 1:  # report once, at the level that crosses
            self.problems.append(error(
                f"this expression nests more than {MAX_DEPTH} levels deep",
                node.pos, hint="split it into several conditions or variables"))
        return m.Bool(False, node.pos, TOO_DEEP)

    # -------------------------------------------------------------- inline text

    def show(self, children):
        brace, expr = children
        return self._nest(m.Show(expr, self._pos(brace)), (expr,), "this text")

    def if_text(self, children):
        brace, _if, condition, then, _bar, otherwise = children
        return self._nest(m.IfText(condition, then, otherwise or (), self._pos(brace)),
                          (condition, then, otherwise), "this text")

    def vary(self, children):
        brace, kind = children[:2]
        alternatives = tuple(c for c in children[2:] if not isinstance(c, Token))
        return self._nest(m.Vary(str(kind), alternatives, self._pos(brace)), alternatives, "this text")

    def pick(self, children):
        brace, _pick, selector = children[:3]
        alternatives = tuple(c for c in children[3:] if not isinstance(c, Token))
        return self._nest(m.Vary("pick", alternatives, self._pos(brace), selector),
                          (selector, alternatives), "this text")

    def place(self, children):
        scene, label = children
        return m.Name(f"{scene}.{label}", self._pos(scene))

    def alt(self, children):
        # Spaces are kept as written, "{if x: helplessly}" included, except those
        # right before a "|" or the closing "}", which are layout. The text as
        # shown folds runs of spaces and drops any before punctuation (tidy).
        nodes = list(_texts(children))
        if nodes and isinstance(nodes[-1], m.Literal):
            nodes[-1] = m.Literal(nodes[-1].text.rstrip())
        return tuple(n for n in nodes if not (isinstance(n, m.Literal) and not n.text))

    # ------------------------------------------------------------------ scenes

    def prose_line(self, children):
        ends_paragraph = isinstance(children[-1], Token) and children[-1].type == "PARA"
        first = children[0]
        pos = self._pos(first) if isinstance(first, Token) else first.pos
        text = _texts(children)
        return self._nest(m.Prose(text, ends_paragraph, pos), text, "this line", levels=0)

    def set_line(self, children):
        token, name, op, value = children
        return self._nest(m.Assign(str(name), str(op), value, self._pos(name)), (value,), "this line", 0)

    detail_set = set_line

    def _target(self, scene, label):
        """(name, position) of a target written `scene` or `scene.label`; (None, None) if none."""
        if scene is None:
            return None, None
        return (str(scene) if label is None else f"{scene}.{label}"), self._pos(scene)

    def jump_line(self, children):
        _arrow, scene, label, back, _if, condition = children[:6]
        target, pos = self._target(scene, label)
        return self._nest(m.Jump(target, condition, pos, call=back is not None), (condition,),
                          "this line", levels=0)

    def return_line(self, children):
        return m.Return(self._pos(children[0]))

    def ask_line(self, children):
        token, name, prompt, limit = children[:4]
        if limit is None:
            limit = DEFAULT_ANSWER
        else:
            written = int(str(limit)[:MAX_DIGITS])
            if written < 1:
                self.problems.append(error(
                    "an answer of at most 0 characters could never be typed", self._pos(limit),
                    width=len(str(limit)), hint=f"give it room, for example: max 20 "
                                                f"(without max: {DEFAULT_ANSWER})"))
            elif written > MAX_ANSWER:
                self.problems.append(warning(
                    f"an answer is kept to {MAX_ANSWER} characters at most, not {written}",
                    self._pos(limit), width=len(str(limit)), hint=f"write max {MAX_ANSWER} or less"))
            limit = max(1, min(written, MAX_ANSWER))
        return m.Ask(str(name), str(prompt)[1:-1], limit, self._pos(name))

    def label_line(self, children):
        _label, name = children[:2]
        return m.Label(str(name), self._pos(name))

    def choice_text(self, children):
        return _texts(children)

    def choice_if(self, children):
        token, expr, _else, reason = children[:4]
        return self._nest(m.Condition(expr, str(reason)[1:-1] if reason else None, self._pos(token)),
                          (expr,), "this condition", levels=0)

    def choice(self, children):
        mark, choice_id, text, _arrow, scene, label, *details = children
        conditions, body = [], []
        for item in details:
            if isinstance(item, m.Condition):
                conditions.append(item)
            elif item is not None and not isinstance(item, Token):
                body.append(item)
        explicit = str(choice_id).strip()[1:-1] if choice_id else ""
        if not explicit:
            self.derived_ids = True
        target_name, target_pos = self._target(scene, label)
        choice = m.Choice(
            id=explicit, explicit_id=bool(explicit), sticky=(mark == "+"),
            text=text, target=target_name, target_pos=target_pos,
            conditions=tuple(conditions), body=tuple(body), pos=self._pos(mark))
        return self._nest(choice, (text, choice.conditions, choice.body), "this choice")

    def fallback(self, children):
        token, _arrow, scene, label, *body = children
        target_name, target_pos = self._target(scene, label)
        body = tuple(b for b in body if b is not None and not isinstance(b, Token))
        return self._nest(m.Fallback(target_name, target_pos, body, self._pos(token)),
                          body, "this 'otherwise'")

    def block(self, children):
        token, condition, *rest = children
        branches = [self._branch(condition, rest, token)]
        for part in rest:
            if isinstance(part, m.Branch):
                branches.append(part)
        return self._nest(m.Block(tuple(branches), self._pos(token)), branches, "this block", levels=0)

    def else_if(self, children):
        token, _if, condition, *rest = children
        return self._branch(condition, rest, token)

    def else_part(self, children):
        token, *rest = children
        return self._branch(None, rest, token)

    def _branch(self, condition, rest, token):
        items = tuple(_items(rest))
        return self._nest(m.Branch(condition, items, self._pos(token)), (condition, items), "this block")

    def scene(self, children):
        return self._scene(children, is_ending=False)

    def ending(self, children):
        return self._scene(children, is_ending=True)

    def _scene(self, children, is_ending):
        mark, name, heading, *rest = children
        items = tuple(_items(rest))
        if self.derived_ids:  # some choice of this scene has no id of its own
            items = assign_ids(items)
            self.derived_ids = False
        if is_ending:
            self._check_ending(items)
        return m.Scene(
            id=str(name), heading=(str(heading).strip() or None) if heading else None,
            is_ending=is_ending, items=items, pos=self._pos(name))

    def _check_ending(self, items):
        for item in m.walk(items):
            if isinstance(item, (m.Choice, m.Fallback)):
                self.problems.append(error(
                    "an ending has no choices", item.pos,
                    hint="endings close the story; use an ordinary scene to offer choices"))
                return
            if isinstance(item, m.Jump):
                self.problems.append(error(
                    "an ending cannot jump on", item.pos,
                    hint="endings close the story; use an ordinary scene to lead elsewhere"))
                return

    # ------------------------------------------------------------------ header

    def title(self, children):
        return self._setting("title", children[0])

    def author(self, children):
        return self._setting("author", children[0])

    def start_at(self, children):
        return self._setting("start", children[0])

    def _setting(self, key, token):
        return m.Setting(key, str(token).strip(), self._text_pos(token))

    def include(self, children):
        (token,) = children
        return m.Include(str(token).strip(), self._text_pos(token))

    def _text_pos(self, token):
        """Where a free-text value starts, past the spaces the token took in."""
        text = str(token)
        return m.Pos(self.file, token.line, token.column + len(text) - len(text.lstrip()))

    def signed(self, children):
        minus, digits = children
        value = self._whole(digits)
        return -value if minus else value

    def stat_decl(self, children):
        name, label, _eq, initial, low, high = children
        low = 0 if low is None else low
        high = 100 if high is None else high
        return m.Stat(
            name=str(name),
            label=str(label)[1:-1] if label else str(name).replace("_", " ").capitalize(),
            initial=low if initial is None else initial, low=low, high=high,
            pos=self._pos(name))

    def flag_decl(self, children):
        name, label, _eq, value = children
        return m.Flag(str(name), value == "true", self._pos(name), _label(label))

    def var_decl(self, children):
        name, label, _eq, value = children
        return m.Var(str(name), value or 0, self._pos(name), _label(label))

    def text_decl(self, children):
        _keyword, name, label, _eq, value = children
        return m.Text(str(name), _label(value) or "", self._pos(name), _label(label))

    def const_decl(self, children):
        name, _eq, value = children
        pos = self._pos(name)
        if isinstance(value, int):
            value = m.Number(value, pos)
        elif value.type == "STRING":
            value = m.Str(str(value)[1:-1], pos)
        else:
            value = m.Bool(value == "true", pos)
        return m.Const(str(name), value, pos)

    def whenever(self, children):
        token, condition, _arrow, target = children
        return m.Whenever(condition, str(target), self._pos(target))

    def start(self, children):
        items = [c for c in children if not isinstance(c, Token)]
        return m.SourceFile(
            path=self.file,
            settings=tuple(i for i in items if isinstance(i, m.Setting)),
            includes=tuple(i for i in items if isinstance(i, m.Include)),
            declarations=tuple(i for i in items if isinstance(i, (m.Stat, m.Flag, m.Var, m.Text))),
            constants=tuple(i for i in items if isinstance(i, m.Const)),
            whenevers=tuple(i for i in items if isinstance(i, m.Whenever)),
            scenes=tuple(i for i in items if isinstance(i, m.Scene)))


def _no_text(pos):
    return m.IfText(m.Bool(False, pos), (), (), pos)


# What replaces a node that nests too deep: nothing, at the same position.
_STAND_INS = {
    m.Show: _no_text,
    m.IfText: _no_text,
    m.Vary: _no_text,
    m.Prose: lambda pos: m.Prose((), False, pos),
    m.Assign: lambda pos: m.Prose((), False, pos),
    m.Jump: lambda pos: m.Prose((), False, pos),
    m.Choice: lambda pos: m.Prose((), False, pos),
    m.Fallback: lambda pos: m.Prose((), False, pos),
    m.Block: lambda pos: m.Prose((), False, pos),
    m.Branch: lambda pos: m.Branch(None, (), pos),
    m.Condition: lambda pos: m.Condition(m.Bool(False, pos), None, pos),
}


def _label(token):
    """The text of a STRING token without its quotes, or None."""
    return None if token is None else str(token)[1:-1]


def _items(children):
    """The flow items among a rule's children (line breaks and markers dropped)."""
    return [c for c in children if c is not None and not isinstance(c, (Token, m.Branch))]


def assign_ids(items):
    """Give every choice without an explicit id one derived from where it stands.

    Ids are unique among the choices offered together (a run of choices, see
    `model.choice_groups`). A choice that names a target gets the target's
    name: the first to a target is `target`, the next `target_2`, and so on,
    so rewording a choice never changes its id. A choice that names none gets
    its place in the run, counting from 1: `1`, `2`, ... Replays also record
    the choice's text, so a choice moved by an insertion is still found.
    """
    ids = {}
    for group in m.choice_groups(items):
        counts = {}
        for position, choice in enumerate(group, 1):
            if choice.explicit_id:
                continue
            if choice.target is not None:
                base = choice.target.replace(".", "_")
                count = counts[base] = counts.get(base, 0) + 1
                ids[id(choice)] = base if count == 1 else f"{base}_{count}"
            else:
                ids[id(choice)] = str(position)
    return _with_ids(items, ids) if ids else items


def _with_ids(items, ids):
    out = []
    for item in items:
        if isinstance(item, m.Choice):
            item = evolve(item, id=ids.get(id(item), item.id), body=_with_ids(item.body, ids))
        elif isinstance(item, m.Fallback):
            item = evolve(item, body=_with_ids(item.body, ids))
        elif isinstance(item, m.Block):
            item = evolve(item, branches=tuple(evolve(b, items=_with_ids(b.items, ids))
                                               for b in item.branches))
        out.append(item)
    return tuple(out)
