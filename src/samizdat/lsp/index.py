"""Where every name of a story is defined and used, read from the model and the source text.

`Index(story, sources, paths)` walks a loaded story and records each
occurrence of a scene, a label (a `label` line or a choice's own id), a
declared name (stat, flag, variable) and an included file: its span (file,
line, column, length; lines and columns from 1, columns in characters, as
the model has them) and whether it is the definition. Go to definition,
references, rename, hover, symbols and completion all answer from it.

The model gives every name a position, except a choice's own id (the model
has the position of its mark) and the label half of `scene.label` (the model
has the scene half's): those are found in the line's text, which the index
also has. Names are resolved as the engine resolves them (`flow.resolve`).
The walk is generic over the model's attrs classes, so a new kind of item or
text node is searched for names without a change here; only a new way of
naming a scene, a label or a declaration needs one (see `_visit`).
"""
from __future__ import annotations

import os
import re
from typing import NamedTuple, Optional

import attrs

from .. import model as m
from ..flow import labels_of, resolve
from ..loader import display_name

SCENE, LABEL, DECLARATION, FILE = "scene", "label", "declaration", "file"


class Span(NamedTuple):
    file: str  # the display name the loader gave the file
    line: int
    column: int
    length: int

    def contains(self, file, line, column) -> bool:
        return (file == self.file and line == self.line
                and self.column <= column <= self.column + self.length)


class Occurrence(NamedTuple):
    span: Span
    key: tuple  # (SCENE, id) | (LABEL, scene, name) | (DECLARATION, name) | (FILE, name)
    definition: bool
    via: str = ""  # what names it: "choice", "jump", "fallback", "whenever", "start", "set", ...


class ChoiceSite(NamedTuple):
    """A choice, for hover: where its line is and what its id is."""
    file: str
    line: int
    scene: str
    choice: m.Choice


class Index:
    def __init__(self, story: m.Story, sources: dict, paths: dict):
        self.story = story
        self.sources = sources
        self.paths = paths
        self.lines = {name: text.split("\n") for name, text in sources.items()}
        self.occurrences = []
        self.choices = []
        for source in story.files:
            self._file(source)
        self.by_file = {}
        for occurrence in self.occurrences:
            self.by_file.setdefault(occurrence.span.file, []).append(occurrence)
        self.definitions = {o.key: o for o in self.occurrences if o.definition}

    # ----------------------------------------------------------------- lookups

    def at(self, file, line, column) -> Optional[Occurrence]:
        """The occurrence under the cursor (the character at `column` or just before it)."""
        best = None
        for occurrence in self.by_file.get(file, ()):
            if occurrence.span.contains(file, line, column):
                if best is None or occurrence.span.length < best.span.length:
                    best = occurrence
        return best

    def references(self, key, definition=True) -> list:
        return [o for o in self.occurrences if o.key == key and (definition or not o.definition)]

    def choice_at(self, file, line) -> Optional[ChoiceSite]:
        for site in self.choices:
            if site.file == file and site.line == line:
                return site
        return None

    def scene_of_line(self, file, line) -> Optional[m.Scene]:
        """The scene whose lines hold `line` of `file`."""
        found = None
        for scene in self.story.scenes:
            if scene.pos.file == file and scene.pos.line <= line:
                if found is None or scene.pos.line > found.pos.line:
                    found = scene
        return found

    def scene_extent(self, scene) -> tuple:
        """(first line, last line) of a scene in its file."""
        later = [s.pos.line for s in self.story.scenes
                 if s.pos.file == scene.pos.file and s.pos.line > scene.pos.line]
        last = (min(later) - 1) if later else len(self.lines.get(scene.pos.file, ()))
        return scene.pos.line, max(scene.pos.line, last)

    def file_of(self, name) -> Optional[str]:
        path = self.paths.get(name)
        return None if path is None else os.fspath(path)

    # ----------------------------------------------------------------- walking

    def _add(self, file, line, column, length, key, definition=False, via=""):
        self.occurrences.append(Occurrence(Span(file, line, column, length), key, definition, via))

    def _file(self, source: m.SourceFile):
        self._add(source.path, 1, 1, 0, (FILE, source.path), True)
        for setting in source.settings:
            if setting.key == "start":
                self._target(setting.value, setting.pos, None, "start")
        folder = self.paths.get(source.path)
        for include in source.includes:
            if folder is not None:
                try:
                    target = display_name((folder.parent / include.path).resolve())
                except (OSError, RuntimeError):
                    continue
                if target in self.sources:
                    self._add(source.path, include.pos.line, include.pos.column,
                              len(include.path), (FILE, target), via="include")
        for declaration in source.declarations:
            self._add(source.path, declaration.pos.line, declaration.pos.column,
                      len(declaration.name), (DECLARATION, declaration.name), True,
                      type(declaration).__name__.lower())
        for rule in source.whenevers:
            self._visit(rule.condition, None)
            self._target(rule.target, rule.pos, None, "whenever")
        for scene in source.scenes:
            self._add(scene.pos.file, scene.pos.line, scene.pos.column, len(scene.id),
                      (SCENE, scene.id), True, "ending" if scene.is_ending else "scene")
            for item in scene.items:
                self._visit(item, scene.id)

    def _visit(self, value, scene_id):
        """Record the names in `value` (any model value), as written in scene `scene_id`."""
        stack = [value]
        while stack:
            node = stack.pop()
            if isinstance(node, (tuple, list)):
                stack.extend(reversed(node))
                continue
            if not attrs.has(type(node)):
                continue
            kind = type(node)
            if kind is m.Name:
                self._name(node, scene_id)
                continue
            if kind is m.Call:
                if node.function in ("seen", "visits"):
                    for argument in node.args:
                        if isinstance(argument, m.Name):
                            self._target(argument.name, argument.pos, scene_id, node.function)
                        else:
                            stack.append(argument)
                    continue
                stack.extend(reversed(node.args))
                continue
            if kind is m.Assign:
                self._declared(node.name, node.pos, "set")
                stack.append(node.value)
                continue
            if kind is m.Ask:
                self._declared(node.name, node.pos, "ask")
                continue
            if kind is m.Jump:
                self._target(node.target, node.pos, scene_id, "jump")
                if node.condition is not None:
                    stack.append(node.condition)
                continue
            if kind is m.Label:
                self._add(node.pos.file, node.pos.line, node.pos.column, len(node.name),
                          (LABEL, scene_id, node.name), True, "label")
                continue
            if kind is m.Choice:
                self.choices.append(ChoiceSite(node.pos.file, node.pos.line, scene_id, node))
                if node.explicit_id:
                    self._choice_id(node, scene_id)
                if node.target is not None:
                    self._target(node.target, node.target_pos, scene_id, "choice")
                stack.extend(reversed((node.text, node.conditions, node.body)))
                continue
            if kind is m.Fallback:
                if node.target is not None:
                    self._target(node.target, node.target_pos, scene_id, "fallback")
                stack.append(node.body)
                continue
            # Anything else: look inside each of its fields.
            for field in reversed(attrs.fields(kind)):
                if field.name != "pos":
                    stack.append(getattr(node, field.name))

    def _name(self, node, scene_id):
        if "." in node.name:  # a place, scene.label, where a value was expected
            self._target(node.name, node.pos, scene_id, "value")
        else:
            self._declared(node.name, node.pos, "value")

    def _declared(self, name, pos, via):
        if name in self.story.declarations_by_name:
            self._add(pos.file, pos.line, pos.column, len(name), (DECLARATION, name), via=via)

    def _choice_id(self, choice, scene_id):
        line = self._line(choice.pos.file, choice.pos.line)
        match = re.compile(r"\(\s*(" + re.escape(choice.id) + r")\s*\)").search(line, choice.pos.column)
        if match:
            self._add(choice.pos.file, choice.pos.line, match.start(1) + 1, len(choice.id),
                      (LABEL, scene_id, choice.id), True, "choice id")

    def _target(self, target, pos, scene_id, via):
        """A name of a place: a scene, a label of this scene, or scene.label."""
        if pos is None:
            return
        found = resolve(self.story, scene_id, target)
        if "." in target:
            scene_name, label = target.split(".", 1)
            if scene_name in self.story.scenes_by_id:
                self._add(pos.file, pos.line, pos.column, len(scene_name), (SCENE, scene_name), via=via)
            if found is not None and found[1] is not None:
                line = self._line(pos.file, pos.line)
                match = re.compile(r"\s*\.\s*(" + re.escape(label) + r")\b").match(
                    line, pos.column - 1 + len(scene_name))
                if match:
                    self._add(pos.file, pos.line, match.start(1) + 1, len(label),
                              (LABEL, scene_name, label), via=via)
            return
        if found is None:
            return
        scene, label = found
        key = (SCENE, scene) if label is None else (LABEL, scene, label)
        self._add(pos.file, pos.line, pos.column, len(target), key, via=via)

    def _line(self, file, line) -> str:
        lines = self.lines.get(file, ())
        return lines[line - 1] if 0 < line <= len(lines) else ""

    # --------------------------------------------------------------- questions

    def labels(self, scene_id) -> list:
        scene = self.story.scenes_by_id.get(scene_id)
        return list(labels_of(scene)) if scene is not None else []

    def leading_to(self, key) -> dict:
        """How many of each kind of line lead to a scene or label: {"choice": 3, "jump": 1}."""
        counts = {}
        for occurrence in self.references(key, definition=False):
            if occurrence.via in ("choice", "jump", "fallback", "whenever", "start"):
                counts[occurrence.via] = counts.get(occurrence.via, 0) + 1
        return counts
