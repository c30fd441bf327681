"""Checks what a story means: names, types, ranges, reachability.

Takes a `Story` and returns diagnostics; it changes nothing. Errors make the
story unplayable (an unknown scene, a number where a truth value belongs);
warnings are worth a writer's look (a scene nothing leads to, a stat nothing
uses, a condition that cannot change).
"""
from __future__ import annotations

import difflib
import re

from . import flow as f
from . import model as m
from .diagnostics import error, warning
from .flow import labels_of, resolve
from .flowcheck import flow_warnings
from .model import MAX_DEPTH

NUMBER, TRUTH = "number", "truth value"
RESERVED = {"and", "or", "not", "true", "false", "if", "else", "set", "ending",
            "otherwise", "seen", "visits", "chance", "roll", "min", "max"}
_ARITY = {"seen": 1, "visits": 1, "chance": 1, "roll": 1, "min": 2, "max": 2}


def check(story: m.Story) -> list:
    return _Checker(story).run()


_ELSE_LINE = re.compile(r"else(?:[ \t]+if\b[^\n]*)?[ \t]*:")
_IF_LINE = re.compile(r"if[ \t]")
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*|[0-9]+")


_SUSPECT = re.compile(r"\n([ \t]*)(?=else\b|if[ \t])")
_SUSPECT_FIRST = re.compile(r"()(?=else\b|if[ \t])")


def _line_starts(prose):
    """(text, position) of each line of a prose item that starts like an instruction."""
    first = prose.text[0] if prose.text else None
    if not isinstance(first, m.Literal):
        return
    text = first.text
    pos = prose.pos
    opening = _SUSPECT_FIRST.match(text)
    for match in ([opening] if opening else []) + list(_SUSPECT.finditer(text)):
        start = match.end()
        end = text.find("\n", start)
        line = text[start:end if end != -1 else len(text)].strip()
        number = text.count("\n", 0, start)
        column = pos.column if number == 0 else len(match.group(1)) + 1
        yield line, m.Pos(pos.file, pos.line + number, column)


def suggest(name, candidates):
    close = difflib.get_close_matches(name, list(candidates), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else None


class _Checker:
    def __init__(self, story):
        self.story = story
        self.found = []
        self.used_names = set()
        self.scene = None  # the scene being checked, for its labels
        self.choices = []  # every choice of the story, at every depth
        self.blocks = []  # every if/else block
        self.walked = {}  # scene id -> its items at every depth (model.walk)

    def run(self):
        story = self.story
        self._declarations()
        self._duplicate_scenes()
        self._target(story.start, story.start_pos, "the start")
        for rule in story.whenevers:
            self._condition(rule.condition)
            self._target(rule.target, rule.pos)
        for scene in story.scenes:
            self._scene(scene)
        self.scene = None
        self._unused_declarations()
        self._unreachable_scenes()
        if not any(d.is_error for d in self.found):
            self.found.extend(flow_warnings(story))
            self._contradictory_choices()
            self._contradictory_branches()
        return self.found

    # ------------------------------------------------------------ declarations

    def _declarations(self):
        first = {}
        for decl in self.story.declarations:
            if decl.name in first:
                self.found.append(error(
                    f"'{decl.name}' is declared twice", decl.pos, width=len(decl.name),
                    hint=f"first declared at {first[decl.name].file}:{first[decl.name].line}"))
                continue
            first[decl.name] = decl.pos
            if decl.name in RESERVED:
                self.found.append(error(f"'{decl.name}' is a reserved word", decl.pos, width=len(decl.name)))
            if decl.name in self.story.scenes_by_id:
                self.found.append(error(
                    f"'{decl.name}' is the name of a scene too", decl.pos, width=len(decl.name),
                    hint="give the stat and the scene different names"))
            if isinstance(decl, m.Stat):
                if decl.low > decl.high:
                    self.found.append(error(
                        f"the range of '{decl.name}' runs backwards ({decl.low}..{decl.high})",
                        decl.pos, width=len(decl.name), hint=f"write {decl.high}..{decl.low}"))
                elif not decl.low <= decl.initial <= decl.high:
                    self.found.append(error(
                        f"'{decl.name}' starts at {decl.initial}, outside its range {decl.low}..{decl.high}",
                        decl.pos, width=len(decl.name)))

    def _unused_declarations(self):
        for decl in self.story.declarations:
            if decl.name not in self.used_names:
                kind = type(decl).__name__.lower()
                self.found.append(warning(
                    f"the {kind} '{decl.name}' is never used", decl.pos, width=len(decl.name),
                    hint="no condition, text or 'set' mentions it"))

    # ------------------------------------------------------------------ scenes

    def _duplicate_scenes(self):
        first = {}
        for scene in self.story.scenes:
            if scene.id in first:
                where = first[scene.id]
                self.found.append(error(
                    f"there are two scenes called '{scene.id}'", scene.pos, width=len(scene.id),
                    hint=f"the other is at {where.file}:{where.line}"))
            else:
                first[scene.id] = scene.pos
            if scene.id in RESERVED:
                self.found.append(error(f"'{scene.id}' is a reserved word", scene.pos, width=len(scene.id)))

    def _scene(self, scene):
        self.scene = scene
        every = self.walked[scene.id] = m.walk(scene.items)
        f.remember_labels(self.story, scene, every)
        self._labels(scene, every)
        self._items(scene.items)
        if any(item.__class__ is m.Choice for item in every):
            for group in m.choice_groups(scene.items):
                self._choice_ids(scene, group)
        self.choices.extend(item for item in every if item.__class__ is m.Choice)
        self.blocks.extend(item for item in every if item.__class__ is m.Block)

    def _labels(self, scene, every):
        first = {}
        for item in every:
            if isinstance(item, m.Label):
                name, pos, width = item.name, item.pos, len(item.name)
            elif isinstance(item, m.Choice) and item.explicit_id:
                name, pos, width = item.id, item.pos, 1
            else:
                continue
            if name in RESERVED:
                self.found.append(error(f"'{name}' is a reserved word", pos, width=width))
            if isinstance(item, m.Label) and name in self.story.scenes_by_id:
                self.found.append(warning(
                    f"the label '{name}' has the name of a scene: '-> {name}' and seen({name}) "
                    "mean the scene", pos, width=width,
                    hint=f"rename the label, or write {scene.id}.{name} to mean it"))
            if name in first:
                where = first[name]
                self.found.append(error(
                    f"the label '{name}' is used twice in scene '{scene.id}'", pos, width=width,
                    hint=f"the other is at {where.file}:{where.line}; labels and choice ids "
                         "are unique within a scene"))
            else:
                first[name] = pos

    def _choice_ids(self, scene, group):
        ids = {}
        for choice in group:
            other = ids.get(choice.id)
            if other is not None and choice.explicit_id == other.explicit_id:
                continue  # derived ids are made unique; two written ones are a label twice
            if choice.id in ids:
                self.found.append(error(
                    f"two choices offered together in '{scene.id}' have the id '{choice.id}'", choice.pos,
                    hint="give one of them its own id: * (another_id) Text"))
            ids[choice.id] = choice

    def _items(self, items):
        for item in items:
            kind = item.__class__
            if kind is m.Prose:
                self._text(item.text)
                self._lookalikes(item)
            elif kind is m.Assign:
                self._assign(item)
            elif kind is m.Jump:
                self._target(item.target, item.pos)
                if item.condition is not None:
                    self._condition(item.condition)
            elif kind is m.Block:
                for branch in item.branches:
                    if branch.condition is not None:
                        self._condition(branch.condition)
                    self._items(branch.items)
            elif kind is m.Choice:
                self._choice(item)
            elif kind is m.Fallback:
                if item.target is not None:
                    self._target(item.target, item.target_pos)
                self._items(item.body)

    def _lookalikes(self, prose):
        """Lines read as prose that a writer surely meant as an instruction."""
        for line, pos in _line_starts(prose):
            if _ELSE_LINE.match(line):
                self.found.append(error(
                    "this 'else' has no 'if …:' block right above it, so it is read as prose",
                    pos, width=4, hint="put it at the indentation of its 'if …:', right after "
                                       "that block's indented lines"))
            elif _IF_LINE.match(line) and self._names_only(line[2:]):
                self.found.append(warning(
                    "this line starts with 'if' but is read as prose", pos, width=2,
                    hint="a block needs a colon at the end (if …:); a choice's own 'if' lines "
                         "come right under it, before anything else"))

    def _names_only(self, text) -> bool:
        """Whether every word of `text` is a declared name, a scene, a function or a keyword."""
        words = _WORD.findall(text)
        known = self.story.declarations_by_name
        return bool(words) and any(w in known for w in words) and all(
            w in known or w in RESERVED or w in self.story.scenes_by_id or w.isdigit()
            for w in words)

    def _choice(self, choice):
        if choice.id in RESERVED and not choice.explicit_id:
            self.found.append(error(f"'{choice.id}' is a reserved word", choice.pos))
        self._text(choice.text)
        if choice.target is not None:
            self._target(choice.target, choice.target_pos)
        for condition in choice.conditions:
            self._condition(condition.expr)
        self._items(choice.body)

    def _target(self, target, pos, what="a jump"):
        scene_id = self.scene.id if self.scene is not None else None
        if resolve(self.story, scene_id, target) is not None:
            return
        if "." in target:
            scene_name, label = target.split(".", 1)
            scene = self.story.scenes_by_id.get(scene_name)
            if scene is None:
                self.found.append(error(
                    f"there is no scene called '{scene_name}'", pos, width=len(scene_name),
                    hint=suggest(scene_name, self.story.scenes_by_id)))
            else:
                self.found.append(error(
                    f"scene '{scene_name}' has no label '{label}'", pos, width=len(target),
                    hint=suggest(label, labels_of(scene))))
            return
        candidates = list(self.story.scenes_by_id)
        here = labels_of(self.scene) if self.scene is not None else {}
        candidates += list(here)
        hint = suggest(target, candidates)
        if hint is None:
            elsewhere = sorted(f"{s.id}.{target}" for s in self.story.scenes
                               if target in labels_of(s))
            if elsewhere:
                hint = f"a label of another scene is written with its scene: {elsewhere[0]}"
        what = "scene or label" if here else "scene"
        self.found.append(error(f"there is no {what} called '{target}'", pos, width=len(target),
                                hint=hint))

    def _text(self, nodes):
        for node in nodes:
            if isinstance(node, m.Show):
                self._expr(node.expr)
            elif isinstance(node, m.IfText):
                self._condition(node.condition)
                self._text(node.then)
                self._text(node.otherwise)
            elif isinstance(node, m.Vary):
                for alternative in node.alternatives:
                    self._text(alternative)

    # ------------------------------------------------------------- statements

    def _assign(self, assign):
        decl = self._lookup(assign.name, assign.pos)
        value_type = self._expr(assign.value)
        if decl is None:
            return
        width = len(assign.name)
        if isinstance(decl, m.Flag):
            if assign.op != "=":
                self.found.append(error(
                    f"'{assign.op}' does arithmetic, but '{assign.name}' is a flag", assign.pos,
                    width=width, hint=f"set a flag with: set {assign.name} = true"))
            elif value_type == NUMBER:
                self.found.append(error(
                    f"'{assign.name}' is a flag and can only be true or false, not a number",
                    assign.value.pos))
            return
        if value_type == TRUTH:
            self.found.append(error(
                f"'{assign.name}' holds a number, not true or false", assign.value.pos))
        if assign.op in ("%+", "%-") and not isinstance(decl, m.Stat):
            self.found.append(error(
                f"fairmath ('{assign.op}') needs a stat with a range; '{assign.name}' is a var",
                assign.pos, width=width, hint="use '+=' or '-=', or declare it as a stat"))

    def _lookup(self, name, pos):
        decl = self.story.declarations_by_name.get(name)
        if decl is None:
            hint = suggest(name, self.story.declarations_by_name)
            if hint is None and name in self.story.scenes_by_id:
                hint = f"'{name}' is a scene; to ask whether it was visited, write seen({name})"
            self.found.append(error(f"'{name}' is not declared", pos, width=len(name), hint=hint))
            return None
        self.used_names.add(name)
        return decl

    # ------------------------------------------------------------ expressions

    def _condition(self, expr):
        kind = self._expr(expr)
        if kind == NUMBER:
            self.found.append(error(
                "a condition must be true or false, but this is a number", expr.pos,
                hint="compare it, for example: army_loyalty > 50"))
        elif kind == TRUTH and expr.depth <= MAX_DEPTH and _is_constant(expr):
            value = _constant_value(expr)
            self.found.append(warning(
                f"this condition is always {'true' if value else 'false'}", expr.pos,
                hint="it mentions no stat, flag, variable, scene or chance"))

    def _expr(self, expr):
        """The expression's type, reporting what is wrong inside it (None: unknown)."""
        if expr.depth > MAX_DEPTH:  # the builder reported it
            return None
        if isinstance(expr, m.Number):
            return NUMBER
        if isinstance(expr, m.Bool):
            return TRUTH
        if isinstance(expr, m.Name):
            decl = self._lookup(expr.name, expr.pos)
            if decl is None:
                return None
            return TRUTH if isinstance(decl, m.Flag) else NUMBER
        if isinstance(expr, m.Unary):
            wanted = TRUTH if expr.op == "not" else NUMBER
            self._expect(expr.operand, wanted, f"'{expr.op}'")
            return wanted
        if isinstance(expr, m.Binary):
            return self._binary(expr)
        return self._call(expr)

    def _binary(self, expr):
        op = expr.op
        if op in ("and", "or"):
            self._expect(expr.left, TRUTH, f"'{op}'")
            self._expect(expr.right, TRUTH, f"'{op}'")
            return TRUTH
        if op in ("==", "!="):
            left, right = self._expr(expr.left), self._expr(expr.right)
            if left and right and left != right:
                self.found.append(error(
                    f"'{op}' compares a {left} with a {right}", expr.pos, width=len(op)))
            return TRUTH
        self._expect(expr.left, NUMBER, f"'{op}'")
        self._expect(expr.right, NUMBER, f"'{op}'")
        return TRUTH if op in ("<", "<=", ">", ">=") else NUMBER

    def _call(self, expr):
        name, args = expr.function, expr.args
        if name not in _ARITY:
            self.found.append(error(
                f"there is no function called '{name}'", expr.pos, width=len(name),
                hint=suggest(name, _ARITY) or "the functions are seen, visits, chance, roll, min and max"))
            for arg in args:
                self._expr(arg)
            return None
        if len(args) != _ARITY[name]:
            wanted = _ARITY[name]
            self.found.append(error(
                f"{name}() takes {wanted} value{'s' if wanted > 1 else ''}, not {len(args)}",
                expr.pos, width=len(name)))
            return None
        if name in ("seen", "visits"):
            (arg,) = args
            scene_id = self.scene.id if self.scene is not None else None
            if not isinstance(arg, m.Name) or resolve(self.story, scene_id, arg.name) is None:
                shown = arg.name if isinstance(arg, m.Name) else "this"
                places = list(self.story.scenes_by_id)
                if self.scene is not None:
                    places += list(labels_of(self.scene))
                hint = suggest(arg.name, places) if isinstance(arg, m.Name) else None
                self.found.append(error(
                    f"{name}() needs a scene or a label, and there is no scene or label called '{shown}'",
                    arg.pos, hint=hint))
            return TRUTH if name == "seen" else NUMBER
        for arg in args:
            self._expect(arg, NUMBER, f"{name}()")
        return TRUTH if name == "chance" else NUMBER

    def _expect(self, expr, wanted, where):
        kind = self._expr(expr)
        if kind is not None and kind != wanted:
            self.found.append(error(
                f"{where} needs a {wanted}, but this is a {kind}", expr.pos))

    # ------------------------------------------------------- contradictions

    def _contradictory_choices(self):
        for choice in self.choices:
            if choice.conditions:
                found = _contradiction(self.story, [(c.expr, True) for c in choice.conditions])
                if found is not None:
                    why, hint = found
                    self.found.append(warning(
                        f"the choice '{choice.id}' can never be available: {why}",
                        choice.conditions[0].pos, hint=hint))

    def _contradictory_branches(self):
        for block in self.blocks:
            earlier = []
            for branch in block.branches:
                if branch.condition is None:
                    break
                found = _contradiction(self.story, earlier + [(branch.condition, True)])
                if found is not None:
                    why, _hint = found
                    hint = ("the branches above take every case this one would"
                            if earlier else "no value can make it true")
                    self.found.append(warning(
                        f"this branch can never be taken: {why}", branch.pos, width=2, hint=hint))
                earlier.append((branch.condition, False))

    # ----------------------------------------------------------- reachability

    def _unreachable_scenes(self):
        story = self.story
        if story.start not in story.scenes_by_id:
            return
        reached = {story.start}
        reached.update(rule.target for rule in story.whenevers)
        todo = list(reached)
        while todo:
            scene_id = todo.pop()
            if scene_id not in story.scenes_by_id:
                continue
            for target in entered_from(story, scene_id, self.walked.get(scene_id)):
                if target not in reached:
                    reached.add(target)
                    todo.append(target)
        for scene in story.scenes:
            if scene.id not in reached:
                self.found.append(warning(
                    f"nothing leads to the {'ending' if scene.is_ending else 'scene'} '{scene.id}'",
                    scene.pos, width=len(scene.id),
                    hint="no choice, jump or otherwise names it"))


def entered_from(story, scene_id, every=None) -> set:
    """The scenes a scene names as somewhere to go (its lowered program's Enters, and no more).

    `every` may be given: the scene's items, already walked.
    """
    scene = story.scenes_by_id[scene_id]
    out = set()
    for item in m.walk(scene.items) if every is None else every:
        target = item.target if item.__class__ in (m.Jump, m.Choice, m.Fallback) else None
        if target is not None:
            found = resolve(story, scene_id, target)
            if found is not None and (found[0] != scene_id or found[1] is None or "." in target):
                out.add(found[0])
    return out


def _is_constant(expr):
    if isinstance(expr, (m.Number, m.Bool)):
        return True
    if isinstance(expr, (m.Name, m.Call)):
        return False
    if isinstance(expr, m.Unary):
        return _is_constant(expr.operand)
    return _is_constant(expr.left) and _is_constant(expr.right)


def _constant_value(expr):
    from .evaluate import compile_expr

    return compile_expr(expr, None)(None)


_FLIPPED = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "==": "==", "!=": "!="}


def _bounds(story, expr):
    """(name, low, high, text) if `expr` is a plain test of one name against a number, else None."""
    from .graph import expr_source

    if isinstance(expr, m.Name):
        return (expr.name, 1, 1, expr.name)
    if isinstance(expr, m.Unary) and expr.op == "not" and isinstance(expr.operand, m.Name):
        return (expr.operand.name, 0, 0, f"not {expr.operand.name}")
    if not isinstance(expr, m.Binary) or expr.op not in _FLIPPED:
        return None
    left, right, op = expr.left, expr.right, expr.op
    if isinstance(left, m.Number) and isinstance(right, m.Name):
        left, right, op = right, left, _FLIPPED[op]
    if not (isinstance(left, m.Name) and isinstance(right, m.Number)) or op == "!=":
        return None
    c = right.value
    low, high = {"<": (None, c - 1), "<=": (None, c), ">": (c + 1, None), ">=": (c, None),
                 "==": (c, c)}[op]
    return (left.name, low, high, expr_source(expr))


_NEGATED = {"<": ">=", "<=": ">", ">": "<=", ">=": "<", "==": "!=", "!=": "=="}


def _negated(expr):
    """The plain test that holds exactly when `expr` does not, or None."""
    if isinstance(expr, m.Binary) and expr.op in _NEGATED:
        return m.Binary(_NEGATED[expr.op], expr.left, expr.right, expr.pos, expr.depth)
    if isinstance(expr, m.Unary) and expr.op == "not":
        return expr.operand
    if isinstance(expr, m.Name):
        return m.Unary("not", expr, expr.pos, expr.depth + 1)
    return None


def _conjuncts(expr):
    if isinstance(expr, m.Binary) and expr.op == "and":
        yield from _conjuncts(expr.left)
        yield from _conjuncts(expr.right)
    else:
        yield expr


def _contradiction(story, conditions):
    """Why `conditions` ((expr, truth) pairs) can never all hold, or None if that is not obvious."""
    ranges = {}  # name -> (low, high, the tests that narrowed it)
    for expr, truth in conditions:
        tests = list(_conjuncts(expr)) if truth else ([_negated(expr)] if _negated(expr) is not None else [])
        for test in tests:
            found = _bounds(story, test)
            if found is None:
                continue
            name, low, high, text = found
            decl = story.declarations_by_name.get(name)
            if decl is None:
                continue
            if name not in ranges:
                if isinstance(decl, m.Stat):
                    ranges[name] = (decl.low, decl.high, [])
                elif isinstance(decl, m.Flag):
                    ranges[name] = (0, 1, [])
                else:
                    ranges[name] = (None, None, [])
            old_low, old_high, tests = ranges[name]
            new_low = low if old_low is None else old_low if low is None else max(old_low, low)
            new_high = high if old_high is None else old_high if high is None else min(old_high, high)
            tests = tests + [text]
            if new_low is not None and new_high is not None and new_low > new_high:
                if len(tests) == 1 and isinstance(decl, m.Stat):
                    return (f"'{tests[0]}' can never hold",
                            f"'{name}' stays within its range, {decl.low}..{decl.high}")
                return (" and ".join(f"'{t}'" for t in tests) + " cannot all hold at once",
                        "all the 'if' lines of a choice must hold; did you mean 'or'?")
            ranges[name] = (new_low, new_high, tests)
    return None
