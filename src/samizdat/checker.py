"""Checks what a story means: names, types, ranges, reachability.

Takes a `Story` and returns diagnostics; it changes nothing. Errors make the
story unplayable (an unknown scene, a number where a truth value belongs);
warnings are worth a writer's look (a scene nothing leads to, a stat nothing
uses, a condition that cannot change).
"""
from __future__ import annotations

import difflib

from . import model as m
from .diagnostics import error, warning
from .model import MAX_DEPTH

NUMBER, TRUTH = "number", "truth value"
RESERVED = {"and", "or", "not", "true", "false", "if", "else", "set", "ending",
            "otherwise", "seen", "visits", "chance", "roll", "min", "max"}
_ARITY = {"seen": 1, "visits": 1, "chance": 1, "roll": 1, "min": 2, "max": 2}


def check(story: m.Story) -> list:
    return _Checker(story).run()


def suggest(name, candidates):
    close = difflib.get_close_matches(name, list(candidates), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else None


class _Checker:
    def __init__(self, story):
        self.story = story
        self.found = []
        self.used_names = set()

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
        self._unused_declarations()
        self._unreachable_scenes()
        if not any(d.is_error for d in self.found):
            self._dead_end_scenes()
            self._contradictory_choices()
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
        for statement in scene.entry:
            if isinstance(statement, m.Assign):
                self._assign(statement)
            else:
                self._target(statement.target, statement.pos)
                if statement.condition is not None:
                    self._condition(statement.condition)
        for paragraph in scene.paragraphs:
            self._text(paragraph)
        ids = {}
        for choice in scene.choices:
            if choice.id in ids:
                self.found.append(error(
                    f"two choices in '{scene.id}' have the id '{choice.id}'", choice.pos,
                    hint="give one of them its own id: * (another_id) Text -> scene"))
            ids[choice.id] = choice
            if choice.id in RESERVED:
                self.found.append(error(f"'{choice.id}' is a reserved word", choice.pos))
            self._text(choice.text)
            self._target(choice.target, choice.target_pos)
            for condition in choice.conditions:
                self._condition(condition.expr)
            for effect in choice.effects:
                self._assign(effect)
        if scene.fallback is not None:
            self._target(scene.fallback.target, scene.fallback.pos)

    def _target(self, target, pos, what="a jump"):
        if target not in self.story.scenes_by_id:
            self.found.append(error(
                f"there is no scene called '{target}'", pos, width=len(target),
                hint=suggest(target, self.story.scenes_by_id)))

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
            if not isinstance(arg, m.Name) or arg.name not in self.story.scenes_by_id:
                shown = arg.name if isinstance(arg, m.Name) else "this"
                hint = suggest(arg.name, self.story.scenes_by_id) if isinstance(arg, m.Name) else None
                self.found.append(error(
                    f"{name}() needs a scene id, and there is no scene called '{shown}'",
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

    # ------------------------------------------------------- static dead ends

    def _dead_end_scenes(self):
        for scene in _dead_end_scenes_of(self.story):
            self.found.append(warning(
                f"the scene '{scene.id}' has no choices and no 'otherwise': a player who reaches "
                "it is stuck", scene.pos, width=len(scene.id),
                hint=f"add a choice or 'otherwise -> scene', or make it an ending: === ending {scene.id}"))

    def _contradictory_choices(self):
        for scene in self.story.scenes:
            for choice in scene.choices:
                found = _contradiction(self.story, choice)
                if found is not None:
                    why, hint = found
                    self.found.append(warning(
                        f"the choice '{choice.id}' can never be available: {why}",
                        choice.conditions[0].pos, hint=hint))

    # ----------------------------------------------------------- reachability

    def _unreachable_scenes(self):
        story = self.story
        if story.start not in story.scenes_by_id:
            return
        reached = {story.start}
        reached.update(rule.target for rule in story.whenevers)
        todo = list(reached)
        while todo:
            scene = story.scenes_by_id.get(todo.pop())
            if scene is None:
                continue
            for target in _targets(scene):
                if target not in reached:
                    reached.add(target)
                    todo.append(target)
        for scene in story.scenes:
            if scene.id not in reached:
                self.found.append(warning(
                    f"nothing leads to the {'ending' if scene.is_ending else 'scene'} '{scene.id}'",
                    scene.pos, width=len(scene.id),
                    hint="no choice, jump or otherwise names it"))


def _targets(scene):
    for statement in scene.entry:
        if isinstance(statement, m.Jump):
            yield statement.target
    for choice in scene.choices:
        yield choice.target
    if scene.fallback is not None:
        yield scene.fallback.target


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


# ------------------------------------------------ cheap findings that need no search

def _dead_end_scenes_of(story):
    """Non-ending scenes with no choices, no `otherwise` and no jump that always happens."""
    for scene in story.scenes:
        if scene.is_ending or scene.choices or scene.fallback is not None:
            continue
        if any(isinstance(s, m.Jump) and s.condition is None for s in scene.entry):
            continue
        yield scene


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


def _conjuncts(expr):
    if isinstance(expr, m.Binary) and expr.op == "and":
        yield from _conjuncts(expr.left)
        yield from _conjuncts(expr.right)
    else:
        yield expr


def _contradiction(story, choice):
    """Why the conditions of `choice` can never all hold, or None if that is not obvious."""
    ranges = {}  # name -> (low, high, the tests that narrowed it)
    for condition in choice.conditions:
        for test in _conjuncts(condition.expr):
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
