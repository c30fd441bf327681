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

NUMBER, TRUTH, TEXT = "number", "truth value", "text"
RESERVED = {"and", "or", "not", "true", "false", "if", "else", "set", "ending",
            "otherwise", "seen", "visits", "chance", "roll", "min", "max"}
_ARITY = {"seen": 1, "visits": 1, "chance": 1, "roll": 1, "min": 2, "max": 2}


def check(story: m.Story) -> list:
    return _Checker(story).run()


_ELSE_LINE = re.compile(r"else(?:[ \t]+if\b[^\n]*)?[ \t]*:")
_IF_LINE = re.compile(r"if[ \t]")
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*|[0-9]+")


_LOOKS_LIKE = (r"(?=else\b|if[ \t]|~|set[ \t]|(?:VAR|CONST|LIST|INCLUDE)\b|#[A-Za-z]|"
               r"(?:stat|flag|var|text|const|whenever|include|title|author|start)[ \t]+[a-z_])")
_SUSPECT = re.compile(r"\n([ \t]*)" + _LOOKS_LIKE)
_SUSPECT_FIRST = re.compile(r"()" + _LOOKS_LIKE)
_TRAILING_JUMP = re.compile(r"[^\n]->[ \t]*([a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)?)[ \t]*$", re.M)
_HEADER_LINE = re.compile(r"(?:stat|flag|var|text|const|whenever|include|title|author|start)[ \t]")
_CHOICESCRIPT = re.compile(r"(?:choice|fake_choice|if|elseif|else|set|goto|goto_scene|label|gosub|"
                           r"return|finish|ending|page_break|line_break|temp|create|comment|"
                           r"input_text|selectable_if|hide_reuse|disable_reuse|allow_reuse)\b")


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


def value_type(decl):
    """NUMBER, TRUTH or TEXT: what a declared name holds."""
    if isinstance(decl, m.Const):
        decl = decl.value
        return TRUTH if isinstance(decl, m.Bool) else TEXT if isinstance(decl, m.Str) else NUMBER
    if isinstance(decl, m.Flag):
        return TRUTH
    if isinstance(decl, m.Text):
        return TEXT
    return NUMBER


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
        self._calls()
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
        for decl in self.story.declarations + self.story.constants:
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
        for decl in self.story.declarations + self.story.constants:
            if decl.name not in self.used_names:
                kind = {"Const": "constant"}.get(type(decl).__name__, type(decl).__name__.lower())
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

    def _calls(self):
        """Returns with no call to come back from, calls of endings, calls that recurse."""
        story = self.story
        calls = {}  # scene -> scenes it calls
        called = set()
        for scene in story.scenes:
            for item in self.walked.get(scene.id, ()):
                if item.__class__ is m.Jump and item.call:
                    found = resolve(story, scene.id, item.target)
                    if found is None:
                        continue
                    target = story.scenes_by_id[found[0]]
                    if target.is_ending:
                        self.found.append(error(
                            f"'{item.target}' is an ending: a call to it would never come back",
                            item.pos, width=len(item.target), hint=f"jump there instead: -> {item.target}"))
                    calls.setdefault(scene.id, set()).add(found[0])
                    called.add(found[0])
        returners = {}
        for scene in story.scenes:
            returns = [i for i in self.walked.get(scene.id, ()) if i.__class__ is m.Return]
            if returns:
                returners[scene.id] = returns[0]
        for scene_id, item in returners.items():
            if not self._reaches_from_calls(scene_id, called):
                self.found.append(error(
                    f"this 'return' goes back to where scene '{scene_id}' was called from, but "
                    "nothing calls it", item.pos, width=6,
                    hint=f"call it with: -> {scene_id} ->"))
        reported = set()
        for scene_id in sorted(calls):
            cycle = _call_cycle(calls, scene_id)
            if cycle is not None and frozenset(cycle) not in reported:
                reported.add(frozenset(cycle))
                first = next(i for i in self.walked[scene_id] if i.__class__ is m.Jump and i.call)
                self.found.append(warning(
                    "these calls can go round without end: " + " -> ".join(cycle),
                    first.pos, hint="a call stays open until its return; make sure a condition "
                                    "stops the round before 100 calls are open"))

    def _reaches_from_calls(self, scene_id, called):
        """Whether a called scene leads (by jumps, calls or choices) to `scene_id`."""
        if scene_id in called:
            return True
        todo, seen = list(called), set(called)
        while todo:
            current = todo.pop()
            for target in entered_from(self.story, current, self.walked.get(current)):
                if target == scene_id:
                    return True
                if target not in seen:
                    seen.add(target)
                    todo.append(target)
        return False

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
            elif kind is m.Ask:
                self._ask(item)

    def _ask(self, ask):
        decl = self._lookup(ask.name, ask.pos)
        if decl is None or isinstance(decl, m.Text):
            return
        kind = "constant" if isinstance(decl, m.Const) else type(decl).__name__.lower()
        self.found.append(error(
            f"'{ask.name}' is a {kind}: 'ask' needs a text to keep the answer in", ask.pos,
            width=len(ask.name), hint=f'declare it as a text: text {ask.name} = "..."'
            if not isinstance(decl, m.Const) else "a constant cannot change; declare a text"))

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
            elif re.match(r"set[ \t]+\w*[A-Z]\w*[ \t]*(?:[+-]?=|%[+-])", line):
                written = line.split()[1].split("=")[0].rstrip("+-%")
                wanted = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", written).lower()
                close = suggest(wanted, self.story.declarations_by_name)
                self.found.append(warning(
                    f"this 'set' line is read as prose: names are lower-case, and "
                    f"'{written}' has capitals", pos, width=3,
                    hint=close or f"for example: set {wanted} = ..."))
            elif line.startswith("~"):
                self.found.append(warning(
                    "this line starts with '~' and is read as prose", pos, width=1,
                    hint="ink's '~' lines are written with set here: set name = 1"))
            elif re.match(r"(?:VAR|CONST|LIST|INCLUDE)\b", line):
                word = line.split()[0]
                hint = {"VAR": "ink's VAR is a declaration in a story's header, before its first "
                               "scene: var name = 0 (or flag, text, stat)",
                        "CONST": "ink's CONST is a declaration in a story's header, before its "
                                 "first scene: const name = 5",
                        "LIST": "samizdat has no lists: declare a flag per item, or a var or a "
                                "text for the one that holds",
                        "INCLUDE": "ink's INCLUDE is written in lower case in a story's header: "
                                   "include chapters/one.story"}[word]
                self.found.append(warning(
                    f"'{word}' is read as prose", pos, width=len(word), hint=hint))
            elif line.startswith("#"):
                self.found.append(warning(
                    "this line starts with '#' and is read as prose", pos, width=1,
                    hint="a ChoiceScript #option is a choice here: * What the player reads"))
            elif _HEADER_LINE.match(line) and self._header_like(line):
                self.found.append(warning(
                    f"this '{line.split()[0]}' line is read as prose: it comes after a scene began",
                    pos, width=len(line.split()[0]),
                    hint="header lines and declarations come before the first scene of a file"))
        self._trailing_jumps(prose)

    def _choice_lookalikes(self, choice):
        """ChoiceScript's *commands and ink's {condition} and [brackets], read as choice text."""
        text = choice.text
        first = text[0] if text else None
        if isinstance(first, m.Literal) and not first.text[:1].isspace() and _CHOICESCRIPT.match(first.text):
            word = _CHOICESCRIPT.match(first.text).group(0)
            self.found.append(warning(
                f"'*{word}' is read as a choice whose text is '{first.text.strip()}'", choice.pos,
                width=len(word) + 1,
                hint="samizdat's forms: a choice is '* text', conditions are 'if' lines, "
                     "set is 'set name = value', a jump is '-> scene'"))
        opening = next((n for n in text if not (isinstance(n, m.Literal) and not n.text.strip())), None)
        if isinstance(opening, m.Show) and self._expr_type(opening.expr) == TRUTH:
            self.found.append(warning(
                "this choice's text starts with a truth value, which the player would read",
                opening.pos, hint="a condition goes on an 'if' line right under the choice"))
        literal = "".join(n.text for n in text if isinstance(n, m.Literal))
        if re.search(r"\[[^\]]*\]", literal):
            self.found.append(warning(
                "this choice's text has [brackets], which the player reads as they are", choice.pos,
                hint="samizdat shows the whole choice text; what follows the choice goes in its body"))

    def _expr_type(self, expr):
        """An expression's type without reporting anything (it is checked elsewhere)."""
        found = len(self.found)
        kind = self._expr(expr)
        del self.found[found:]
        return kind

    def _header_like(self, line) -> bool:
        """Whether a prose line reads as a header line, name and all (not "start here.")."""
        return re.fullmatch(r"[a-z]+[ \t]+[a-z_][a-z0-9_]*(?:[ \t]+[^\n]*)?", line) is not None and (
            line.split()[0] in ("title", "author", "include")
            or re.fullmatch(r"[a-z]+[ \t]+[a-z_][a-z0-9_]*[ \t]*(?:\"[^\"]*\"[ \t]*)?(?:=[^\n]*)?"
                            r"(?:in[ \t][^\n]*)?|whenever[^\n]*->[^\n]*", line) is not None)

    def _trailing_jumps(self, prose):
        """`Text -> scene` on one line: the jump is read as prose."""
        first = prose.text[0] if prose.text else None
        if not isinstance(first, m.Literal) or "->" not in first.text:
            return
        scene_id = self.scene.id if self.scene is not None else None
        for match in _TRAILING_JUMP.finditer(first.text):
            if resolve(self.story, scene_id, match.group(1)) is None:
                continue
            line = first.text.count("\n", 0, match.start()) + prose.pos.line
            column = match.start(1) - first.text.rfind("\n", 0, match.start(1))
            if line == prose.pos.line:
                column += prose.pos.column - 1
            self.found.append(warning(
                f"this '-> {match.group(1)}' is read as prose: a jump goes on a line of its own",
                m.Pos(prose.pos.file, line, max(1, column - 3)), width=2,
                hint=f"put it on the next line: -> {match.group(1)}"))

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
        self._choice_lookalikes(choice)
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
                if node.selector is not None:
                    self._selector(node)
                for alternative in node.alternatives:
                    self._text(alternative)

    def _selector(self, vary):
        kind = self._expr(vary.selector)
        if kind == TEXT:
            self.found.append(error(
                "{pick …: …} chooses by a number or a truth value, not by text", vary.selector.pos,
                hint="for text, write {if rank == \"Marshal\": … | …}"))
        elif kind == TRUTH and len(vary.alternatives) != 2:
            self.found.append(error(
                f"a truth value picks between two texts, and this {{pick}} has "
                f"{len(vary.alternatives)}", vary.pos, hint="write {pick flag: if true | if false}"))

    # ------------------------------------------------------------- statements

    def _assign(self, assign):
        decl = self._lookup(assign.name, assign.pos)
        value_type = self._expr(assign.value)
        if decl is None:
            return
        width = len(assign.name)
        if isinstance(decl, m.Const):
            self.found.append(error(
                f"'{assign.name}' is a constant: it cannot be set", assign.pos, width=width,
                hint="declare it with var, flag or text to change it"))
            return
        if isinstance(decl, m.Text):
            if assign.op != "=":
                self.found.append(error(
                    f"'{assign.op}' does arithmetic, but '{assign.name}' holds text", assign.pos,
                    width=width, hint=f'set a text with: set {assign.name} = "..."'))
            elif value_type not in (TEXT, None):
                self.found.append(error(
                    f"'{assign.name}' holds text, not a {value_type}", assign.value.pos,
                    hint='write the text in double quotes: "Ivan"'))
            return
        if value_type == TEXT:
            self.found.append(error(
                f"'{assign.name}' holds {'true or false' if isinstance(decl, m.Flag) else 'a number'}, "
                "not text", assign.value.pos))
            return
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
        decl = self.story.declarations_by_name.get(name) or self.story.constants_by_name.get(name)
        if decl is None:
            hint = suggest(name, list(self.story.declarations_by_name) + list(self.story.constants_by_name))
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
        elif kind == TEXT:
            self.found.append(error(
                "a condition must be true or false, but this is text", expr.pos,
                hint='compare it, for example: rank == "Marshal"'))
        elif kind == TRUTH and _is_constant(expr):
            value = _constant_value(expr)
            self.found.append(warning(
                f"this condition is always {'true' if value else 'false'}", expr.pos,
                hint="it mentions no stat, flag, variable, scene or chance"))

    def _expr(self, expr):
        """The expression's type, reporting what is wrong inside it (None: unknown)."""
        if isinstance(expr, m.Number):
            return NUMBER
        if isinstance(expr, m.Bool):
            return TRUTH
        if isinstance(expr, m.Str):
            return TEXT
        if isinstance(expr, m.Name):
            decl = self._lookup(expr.name, expr.pos)
            return None if decl is None else value_type(decl)
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


def _call_cycle(calls, start):
    """A cycle of calls through `start` (the scenes, `start` first and last), or None."""
    path, stack = [start], [iter(sorted(calls.get(start, ())))]
    while stack:
        target = next(stack[-1], None)
        if target is None:
            stack.pop()
            path.pop()
            continue
        if target == start:
            return path + [start]
        if target in path:
            continue
        path.append(target)
        stack.append(iter(sorted(calls.get(target, ()))))
    return None


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
    if isinstance(expr, (m.Number, m.Bool, m.Str)):
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
    return (left.name, low, high, m.expr_source(expr))


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
