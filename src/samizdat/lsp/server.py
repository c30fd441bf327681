"""The language server: what an editor asks about a story, answered from the pipeline's own stages.

Diagnostics are `samizdat check`'s (the loader's and the checker's, across
every file of the story), published a moment after the writer stops typing
and on request. Definitions, references, rename, hover, symbols and
completion come from `index.py`; formatting is `formatter.py`; the command
`samizdat.explore` runs the explorer and shows its findings as diagnostics
until the next edit.

Positions: the model counts columns in characters from 1; LSP counts lines
and columns from 0, columns in the client's units (UTF-16 unless it asks
for another), which pygls converts.
"""
from __future__ import annotations

import asyncio
import difflib
import re
from pathlib import Path
from typing import Optional

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path, to_fs_path

from .. import __version__
from .. import model as m
from ..checker import RESERVED
from .index import DECLARATION, FILE, LABEL, SCENE
from .stories import Stories

DEBOUNCE = 0.15  # seconds after the last keystroke before the story is checked
EXPLORE_COMMAND = "samizdat.explore"
CHECK_SOURCE, EXPLORE_SOURCE = "samizdat check", "samizdat explore"
IDENTIFIER = re.compile(r"[a-z_][a-z0-9_]*\Z")
_SUGGESTION = re.compile(r"did you mean '([a-z_][a-z0-9_.]*)'\?")

FUNCTION_DOCS = {
    "seen": "`seen(scene)`: true once the player has entered the scene (or passed the label, "
            "or taken the choice with that id).",
    "visits": "`visits(scene)`: how many times the player has entered the scene (or passed the "
              "label, or taken the choice).",
    "chance": "`chance(percent)`: true that many times in a hundred; the same on every replay "
              "with the same seed.",
    "roll": "`roll(sides)`: a number from 1 to `sides`.",
    "min": "`min(a, b)`: the smaller of two numbers.",
    "max": "`max(a, b)`: the larger of two numbers.",
}
KEYWORDS = ("and", "or", "not", "true", "false")


class SamizdatServer(LanguageServer):
    def __init__(self):
        super().__init__("samizdat", __version__,
                         text_document_sync_kind=lsp.TextDocumentSyncKind.Incremental)
        self.stories = Stories()
        self.pending = {}  # root -> the debounced check waiting to run
        self.explored = {}  # root -> {uri: [Diagnostic]} from the last exploration
        self.pull = False  # the client asks for diagnostics itself (LSP 3.17)

    # ------------------------------------------------------------------ texts

    def texts(self) -> dict:
        """{resolved path: text} of the open story files: what the editor has, saved or not."""
        out = {}
        for document in self.workspace.text_documents.values():
            path = to_fs_path(document.uri)
            if path:
                out[Path(path).resolve()] = document.source
        return out

    def root_of(self, uri: str) -> Optional[Path]:
        path = to_fs_path(uri)
        if not path:
            return None
        return self.stories.root_for(Path(path), self.texts())

    def compiled(self, uri: str):
        root = self.root_of(uri)
        if root is None:
            return None
        return self.stories.compile(root, self.texts())

    def index(self, uri: str):
        """The index of the story `uri` belongs to, and the file's display name in it."""
        compiled = self.compiled(uri)
        if compiled is None:
            return None, None
        index = self.stories.index_for(compiled.root)
        if index is None:
            return None, None
        return index, _name_of(index.paths, uri)

    # ------------------------------------------------------------ positions

    def lines_of(self, index, name) -> list:
        return index.lines.get(name, [""])

    def to_range(self, lines, line, column, length) -> lsp.Range:
        codec = self.workspace.position_codec
        start = lsp.Position(line - 1, max(0, column - 1))
        end = lsp.Position(line - 1, max(0, column - 1 + length))
        return codec.range_to_client_units(lines, lsp.Range(start, end))

    def from_position(self, uri, position) -> tuple:
        """(line, column) from 1, in characters, of an LSP position in a document."""
        document = self.workspace.get_text_document(uri)
        server = self.workspace.position_codec.position_from_client_units(document.lines, position)
        return server.line + 1, server.character + 1

    def location(self, index, span) -> Optional[lsp.Location]:
        path = index.paths.get(span.file)
        if path is None:
            return None
        lines = self.lines_of(index, span.file)
        return lsp.Location(uri=from_fs_path(str(path)),
                            range=self.to_range(lines, span.line, span.column, span.length))

    # ---------------------------------------------------------- diagnostics

    def schedule(self, uri: str, delay: float):
        root = self.root_of(uri)
        if root is None:
            return
        waiting = self.pending.pop(root, None)
        if waiting is not None:
            waiting.cancel()
        self.pending[root] = asyncio.get_running_loop().create_task(self._check_later(root, delay))

    async def _check_later(self, root, delay):
        try:
            await asyncio.sleep(delay)
        except asyncio.CancelledError:
            return
        self.pending.pop(root, None)
        self.publish(root)

    def publish(self, root):
        compiled = self.stories.compile(root, self.texts())
        by_uri = self.diagnostics_by_uri(compiled)
        if self.pull:
            self.workspace_diagnostic_refresh(None)
            return
        for uri in compiled.uris - set(by_uri):
            self.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[]))
        for uri, diagnostics in by_uri.items():
            self.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics))
        compiled.uris = set(by_uri)

    def diagnostics_by_uri(self, compiled) -> dict:
        """{uri: [lsp.Diagnostic]} for every file of the story, the clean ones with an empty list."""
        loaded = compiled.loaded
        paths = dict(loaded.paths)
        by_uri = {from_fs_path(str(path)): [] for path in paths.values()}
        for diagnostic in compiled.diagnostics:
            name = diagnostic.file
            path = paths.get(name) if name else compiled.root
            if path is None:
                path = (Path(name) if Path(name).is_absolute() else Path.cwd() / name).resolve()
            uri = from_fs_path(str(path))
            lines = (loaded.sources.get(name) or "").split("\n")
            by_uri.setdefault(uri, []).append(self.convert(diagnostic, lines))
        for uri, found in self.explored.get(compiled.root, {}).items():
            by_uri.setdefault(uri, []).extend(found)
        return by_uri

    def convert(self, diagnostic, lines) -> lsp.Diagnostic:
        line = diagnostic.line or 1
        column = diagnostic.column or 1
        message = diagnostic.message + (f"\n{diagnostic.hint}" if diagnostic.hint else "")
        data = None
        suggestion = _SUGGESTION.search(diagnostic.hint or "")
        if suggestion and 0 < line <= len(lines):
            wrong = _wrong_name(diagnostic.message, lines[line - 1], column, suggestion.group(1))
            if wrong is not None:
                start, old = wrong
                data = {"line": line, "column": start, "old": old, "new": suggestion.group(1)}
        return lsp.Diagnostic(
            range=self.to_range(lines, line, column, max(1, diagnostic.width)),
            message=message,
            severity=lsp.DiagnosticSeverity.Error if diagnostic.is_error else lsp.DiagnosticSeverity.Warning,
            source=CHECK_SOURCE, code=getattr(diagnostic, "code", None), data=data)


def _name_of(paths, uri) -> Optional[str]:
    path = to_fs_path(uri)
    if not path:
        return None
    resolved = Path(path).resolve()
    for name, known in paths.items():
        if known == resolved:
            return name
    return None


def _wrong_name(message, line_text, column, suggestion):
    """(column from 1, name) of the misspelt name a did-you-mean is about, found on its line."""
    quoted = re.findall(r"'([a-z_][a-z0-9_.]*)'", message)
    last_part = suggestion.split(".")[-1]
    candidates = sorted(quoted, key=lambda q: -difflib.SequenceMatcher(None, q, last_part).ratio())
    for name in candidates:
        if name == suggestion:
            continue
        for match in re.finditer(r"(?<![a-z0-9_])" + re.escape(name) + r"(?![a-z0-9_])", line_text):
            if match.end() >= column:
                return match.start() + 1, name
    return None


server = SamizdatServer()


# -------------------------------------------------------------------- lifecycle

@server.feature(lsp.INITIALIZED)
def initialized(ls: SamizdatServer, params):
    capabilities = ls.client_capabilities
    ls.pull = bool(capabilities.text_document and capabilities.text_document.diagnostic)


@server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
async def did_open(ls: SamizdatServer, params: lsp.DidOpenTextDocumentParams):
    ls.stories.changed()
    ls.schedule(params.text_document.uri, 0)


@server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
async def did_change(ls: SamizdatServer, params: lsp.DidChangeTextDocumentParams):
    ls.stories.changed()
    root = ls.root_of(params.text_document.uri)
    ls.explored.pop(root, None)  # what the explorer found was about the story before this edit
    ls.schedule(params.text_document.uri, DEBOUNCE)


@server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
async def did_save(ls: SamizdatServer, params: lsp.DidSaveTextDocumentParams):
    ls.stories.changed()
    ls.schedule(params.text_document.uri, 0)


@server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
async def did_close(ls: SamizdatServer, params: lsp.DidCloseTextDocumentParams):
    ls.stories.changed()  # the disk's text counts again
    ls.schedule(params.text_document.uri, 0)


@server.feature(lsp.TEXT_DOCUMENT_DIAGNOSTIC,
                lsp.DiagnosticOptions(identifier="samizdat", inter_file_dependencies=True,
                                      workspace_diagnostics=False))
def pull_diagnostics(ls: SamizdatServer, params: lsp.DocumentDiagnosticParams):
    compiled = ls.compiled(params.text_document.uri)
    items = []
    if compiled is not None:
        items = ls.diagnostics_by_uri(compiled).get(params.text_document.uri, [])
    return lsp.RelatedFullDocumentDiagnosticReport(items=items)


# ------------------------------------------------------------------- navigation

def _occurrence(ls, params):
    index, name = ls.index(params.text_document.uri)
    if index is None or name is None:
        return None, None
    line, column = ls.from_position(params.text_document.uri, params.position)
    return index, index.at(name, line, column)


@server.feature(lsp.TEXT_DOCUMENT_DEFINITION)
def definition(ls: SamizdatServer, params: lsp.DefinitionParams):
    index, found = _occurrence(ls, params)
    if found is None:
        return None
    target = index.definitions.get(found.key)
    return None if target is None else ls.location(index, target.span)


@server.feature(lsp.TEXT_DOCUMENT_REFERENCES)
def references(ls: SamizdatServer, params: lsp.ReferenceParams):
    index, found = _occurrence(ls, params)
    if found is None:
        return []
    include = params.context.include_declaration if params.context else True
    return [location for o in index.references(found.key, definition=include)
            if o.span.length and (location := ls.location(index, o.span)) is not None]


@server.feature(lsp.TEXT_DOCUMENT_HOVER)
def hover(ls: SamizdatServer, params: lsp.HoverParams):
    index, name = ls.index(params.text_document.uri)
    if index is None:
        return None
    line, column = ls.from_position(params.text_document.uri, params.position)
    found = index.at(name, line, column)
    text = None
    if found is not None:
        text = _describe(index, found.key)
    if text is None:
        word = _word_at(index.lines.get(name, []), line, column)
        if word in FUNCTION_DOCS:
            text = FUNCTION_DOCS[word]
    if text is None:
        site = index.choice_at(name, line)
        if site is not None:
            text = _describe_choice(site)
    if text is None:
        return None
    return lsp.Hover(contents=lsp.MarkupContent(kind=lsp.MarkupKind.Markdown, value=text))


def _describe(index, key) -> Optional[str]:
    story = index.story
    if key[0] == DECLARATION:
        declaration = story.declarations_by_name.get(key[1])
        if isinstance(declaration, m.Stat):
            return (f"**{declaration.label}**: stat `{declaration.name}`, "
                    f"range {declaration.low}..{declaration.high}, starts at {declaration.initial}")
        if isinstance(declaration, m.Flag):
            return f"flag `{declaration.name}`, starts {'true' if declaration.initial else 'false'}"
        if isinstance(declaration, m.Var):
            return f"variable `{declaration.name}`, starts at {declaration.initial}"
        return None
    if key[0] == SCENE:
        scene = story.scenes_by_id.get(key[1])
        if scene is None:
            return None
        kind = "ending" if scene.is_ending else "scene"
        heading = f": {scene.heading}" if scene.heading else ""
        return f"=== {kind} `{scene.id}`{heading}\n\n{_leading(index.leading_to(key))}"
    if key[0] == LABEL:
        return f"label `{key[2]}` of scene `{key[1]}`\n\n{_leading(index.leading_to(key))}"
    if key[0] == FILE:
        return f"story file `{key[1]}`"
    return None


def _leading(counts) -> str:
    if not counts:
        return "nothing leads here"
    words = {"choice": ("choice", "choices"), "jump": ("jump", "jumps"),
             "fallback": ("otherwise", "otherwises"), "whenever": ("whenever", "whenevers"),
             "start": ("the start", "the start")}
    parts = [f"{n} {words[via][n != 1]}" for via, n in counts.items()]
    return "led to by " + ", ".join(parts)


def _describe_choice(site) -> str:
    choice = site.choice
    if choice.explicit_id:
        how = "its own id"
    elif choice.target is not None:
        how = "named after where it leads"
    else:
        how = "its place among the choices offered with it"
    kind = "sticky (+)" if choice.sticky else "once only (*)"
    return (f"choice `{choice.id}` ({how}), {kind}\n\n"
            f"Saves and replays know it as `{site.scene}/…/{choice.id}`.")


def _word_at(lines, line, column) -> str:
    if not 0 < line <= len(lines):
        return ""
    text = lines[line - 1]
    for match in re.finditer(r"[a-z_][a-z0-9_]*", text):
        if match.start() < column <= match.end() + 1:
            return match.group()
    return ""


# ----------------------------------------------------------------------- symbols

_KINDS = {"stat": lsp.SymbolKind.Number, "flag": lsp.SymbolKind.Boolean, "var": lsp.SymbolKind.Variable}


@server.feature(lsp.TEXT_DOCUMENT_DOCUMENT_SYMBOL)
def document_symbols(ls: SamizdatServer, params: lsp.DocumentSymbolParams):
    index, name = ls.index(params.text_document.uri)
    if index is None or name is None:
        return []
    lines = ls.lines_of(index, name)
    out = []
    for o in index.by_file.get(name, ()):
        if not o.definition:
            continue
        selection = ls.to_range(lines, o.span.line, o.span.column, o.span.length)
        if o.key[0] == DECLARATION:
            out.append(lsp.DocumentSymbol(o.key[1], _KINDS.get(o.via, lsp.SymbolKind.Variable),
                                          selection, selection, detail=o.via))
        elif o.key[0] == SCENE:
            scene = index.story.scenes_by_id[o.key[1]]
            first, last = index.scene_extent(scene)
            whole = ls.to_range(lines, first, 1, 0)
            whole.end = ls.to_range(lines, last, len(lines[last - 1]) + 1 if last <= len(lines) else 1, 0).end
            children = [lsp.DocumentSymbol(c.key[2], lsp.SymbolKind.Key,
                                           ls.to_range(lines, c.span.line, c.span.column, c.span.length),
                                           ls.to_range(lines, c.span.line, c.span.column, c.span.length),
                                           detail=c.via)
                        for c in index.by_file.get(name, ())
                        if c.definition and c.key[0] == LABEL and c.key[1] == scene.id]
            out.append(lsp.DocumentSymbol(scene.id, lsp.SymbolKind.Class if not scene.is_ending
                                          else lsp.SymbolKind.Event, whole, selection,
                                          detail=scene.heading or ("ending" if scene.is_ending else ""),
                                          children=children))
    for o in index.by_file.get(name, ()):
        if o.key[0] == FILE and o.via == "include":
            where = ls.to_range(lines, o.span.line, o.span.column, o.span.length)
            written = lines[o.span.line - 1][o.span.column - 1:o.span.column - 1 + o.span.length]
            out.append(lsp.DocumentSymbol(written, lsp.SymbolKind.File, where, where, detail="include"))
    return out


@server.feature(lsp.WORKSPACE_SYMBOL)
def workspace_symbols(ls: SamizdatServer, params: lsp.WorkspaceSymbolParams):
    query = params.query.lower()
    out = []
    seen = set()
    for root in list(ls.stories.compiled):
        index = ls.stories.index_for(root)
        if index is None:
            continue
        for o in index.occurrences:
            if not o.definition or o.key[0] == FILE or (o.key, o.span) in seen:
                continue
            label = o.key[-1] if o.key[0] != LABEL else f"{o.key[1]}.{o.key[2]}"
            if query and query not in label.lower():
                continue
            seen.add((o.key, o.span))
            location = ls.location(index, o.span)
            if location is None:
                continue
            kind = {SCENE: lsp.SymbolKind.Class, LABEL: lsp.SymbolKind.Key}.get(
                o.key[0], _KINDS.get(o.via, lsp.SymbolKind.Variable))
            out.append(lsp.WorkspaceSymbol(name=label, kind=kind, location=location,
                                           container_name=index.story.title))
    return out


# ------------------------------------------------------------------------ rename

@server.feature(lsp.TEXT_DOCUMENT_PREPARE_RENAME)
def prepare_rename(ls: SamizdatServer, params: lsp.PrepareRenameParams):
    index, found = _occurrence(ls, params)
    if found is None or found.key[0] == FILE or found.key not in index.definitions:
        return None
    name = _name_of(index.paths, params.text_document.uri)
    lines = ls.lines_of(index, name)
    return ls.to_range(lines, found.span.line, found.span.column, found.span.length)


@server.feature(lsp.TEXT_DOCUMENT_RENAME)
def rename(ls: SamizdatServer, params: lsp.RenameParams):
    index, found = _occurrence(ls, params)
    if found is None or found.key[0] == FILE or found.key not in index.definitions:
        raise _refused("only a scene, a label, a choice's own id or a declared name can be renamed")
    new = params.new_name
    problem = _rename_problem(index, found.key, new)
    if problem:
        raise _refused(problem)
    changes = {}
    for o in index.references(found.key):
        if not o.span.length:
            continue
        location = ls.location(index, o.span)
        changes.setdefault(location.uri, []).append(lsp.TextEdit(location.range, new))
    if found.key[0] == SCENE and index.leading_to(found.key).get("choice"):
        ls.window_show_message(lsp.ShowMessageParams(
            lsp.MessageType.Info,
            f"The choices that lead to '{found.key[1]}' take their ids from it: saves and replays "
            f"will find them by their text (samizdat replay --update records the new ids)."))
    return lsp.WorkspaceEdit(changes=changes)


def _rename_problem(index, key, new) -> Optional[str]:
    story = index.story
    if not IDENTIFIER.match(new):
        return (f"'{new}' is not a name: names are lower-case letters, digits and _, "
                "starting with a letter or _")
    if new in RESERVED:
        return f"'{new}' is a reserved word"
    if new == key[-1]:
        return None
    if key[0] in (SCENE, DECLARATION):
        if new in story.scenes_by_id:
            return f"there is already a scene called '{new}'"
        if new in story.declarations_by_name:
            return f"'{new}' is already declared"
        if key[0] == SCENE and any(new in index.labels(s.id) for s in story.scenes):
            return None
        return None
    if key[0] == LABEL:
        if new in index.labels(key[1]):
            return f"scene '{key[1]}' already has a label '{new}'"
        if new in story.scenes_by_id:
            return f"there is a scene called '{new}': '-> {new}' would mean the scene"
    return None


def _refused(message):
    from pygls.exceptions import JsonRpcInvalidParams

    return JsonRpcInvalidParams(message)


# ------------------------------------------------------------------ code actions

@server.feature(lsp.TEXT_DOCUMENT_CODE_ACTION,
                lsp.CodeActionOptions(code_action_kinds=[lsp.CodeActionKind.QuickFix]))
def code_actions(ls: SamizdatServer, params: lsp.CodeActionParams):
    out = []
    document = ls.workspace.get_text_document(params.text_document.uri)
    for diagnostic in params.context.diagnostics:
        data = diagnostic.data
        if not isinstance(data, dict) or "new" not in data:
            continue
        start = lsp.Position(data["line"] - 1, data["column"] - 1)
        end = lsp.Position(data["line"] - 1, data["column"] - 1 + len(data["old"]))
        where = ls.workspace.position_codec.range_to_client_units(document.lines, lsp.Range(start, end))
        out.append(lsp.CodeAction(
            title=f"Change to '{data['new']}'", kind=lsp.CodeActionKind.QuickFix,
            diagnostics=[diagnostic], is_preferred=True,
            edit=lsp.WorkspaceEdit(changes={params.text_document.uri: [lsp.TextEdit(where, data["new"])]})))
    return out


# -------------------------------------------------------------------- completion

_NAME_TAIL = r"[a-z0-9_]*"
COMPLETIONS = (
    # (what the line says up to the cursor, what is offered there)
    (re.compile(r"->\s*(?P<scene>[a-z_][a-z0-9_]*)\s*\.\s*" + _NAME_TAIL + r"$"), "labels"),
    (re.compile(r"->\s*" + _NAME_TAIL + r"$"), "places"),
    (re.compile(r"\b(?:seen|visits)\s*\(\s*(?P<scene>[a-z_][a-z0-9_]*)\s*\.\s*" + _NAME_TAIL + r"$"), "labels"),
    (re.compile(r"\b(?:seen|visits)\s*\(\s*" + _NAME_TAIL + r"$"), "places"),
    (re.compile(r"^\s*start\s+" + _NAME_TAIL + r"$"), "scenes"),
    (re.compile(r"^\s*set\s+" + _NAME_TAIL + r"$"), "declared"),
    (re.compile(r"^\s*(?:if|else\s+if|whenever)\b.*$"), "expression"),
    (re.compile(r"^\s*set\s+[a-z_][a-z0-9_]*\s*(?:[+-]?=|%[+-]).*$"), "expression"),
    (re.compile(r"^\s*->.*\bif\b.*$"), "expression"),
)


@server.feature(lsp.TEXT_DOCUMENT_COMPLETION,
                lsp.CompletionOptions(trigger_characters=[">", ".", "{", "(", " "]))
def completion(ls: SamizdatServer, params: lsp.CompletionParams):
    root = ls.root_of(params.text_document.uri)
    if root is None:
        return None
    ls.stories.compile(root, ls.texts())
    index = ls.stories.index_for(root)
    if index is None:
        return lsp.CompletionList(is_incomplete=False, items=[])
    document = ls.workspace.get_text_document(params.text_document.uri)
    line, column = ls.from_position(params.text_document.uri, params.position)
    text = document.lines[line - 1] if line <= len(document.lines) else ""
    prefix = text[:column - 1]
    scene = index.scene_of_line(_name_of(index.paths, params.text_document.uri), line)
    kind = None
    match = None
    for pattern, what in COMPLETIONS:
        match = pattern.search(prefix)
        if match:
            kind = what
            break
    if kind is None and _in_braces_expression(prefix):
        kind = "expression"
    if kind == "labels":
        items = [_item(label, lsp.CompletionItemKind.Reference, f"label of {match.group('scene')}")
                 for label in index.labels(match.group("scene"))]
    elif kind == "places":
        items = _scenes(index)
        if scene is not None:
            items += [_item(label, lsp.CompletionItemKind.Reference, f"label of {scene.id}")
                      for label in index.labels(scene.id)]
    elif kind == "scenes":
        items = _scenes(index)
    elif kind == "declared":
        items = _declared(index)
    elif kind == "expression":
        items = _declared(index) + [
            _item(name, lsp.CompletionItemKind.Function, FUNCTION_DOCS[name].split(":", 1)[0].strip("`"))
            for name in FUNCTION_DOCS] + [_item(word, lsp.CompletionItemKind.Keyword, "") for word in KEYWORDS]
    else:
        return lsp.CompletionList(is_incomplete=False, items=[])
    return lsp.CompletionList(is_incomplete=False, items=items)


def _in_braces_expression(prefix) -> bool:
    """Whether the cursor is where braces in text want an expression (`{…`, `{if …`, before the colon)."""
    depth, start = 0, None
    for i, char in enumerate(prefix):
        if char == "{":
            depth, start = depth + 1, i
        elif char == "}" and depth:
            depth -= 1
    if not depth or start is None:
        return False
    inside = prefix[start + 1:]
    if re.match(r"\s*(?:sequence|cycle|shuffle|once)\s*:", inside):
        return False
    if re.match(r"\s*if\b", inside):
        return ":" not in inside
    return "|" not in inside


def _item(label, kind, detail):
    return lsp.CompletionItem(label=label, kind=kind, detail=detail or None)


def _scenes(index):
    return [_item(s.id, lsp.CompletionItemKind.Module if not s.is_ending else lsp.CompletionItemKind.Event,
                  s.heading or ("ending" if s.is_ending else "scene")) for s in index.story.scenes]


def _declared(index):
    out = []
    for d in index.story.declarations:
        if isinstance(d, m.Stat):
            detail = f"stat {d.label} ({d.low}..{d.high})"
        else:
            detail = type(d).__name__.lower().replace("var", "variable")
        out.append(_item(d.name, lsp.CompletionItemKind.Variable, detail))
    return out


# -------------------------------------------------------------------- formatting

@server.feature(lsp.TEXT_DOCUMENT_FORMATTING)
def formatting(ls: SamizdatServer, params: lsp.DocumentFormattingParams):
    from ..formatter import FormatError, Unformattable, format_text

    document = ls.workspace.get_text_document(params.text_document.uri)
    try:
        formatted = format_text(document.source, document.filename or "<story>")
    except (FormatError, Unformattable):
        return None  # the diagnostics say what is wrong
    if formatted == document.source:
        return []
    lines = document.lines
    end = lsp.Position(len(lines), 0)
    return [lsp.TextEdit(lsp.Range(lsp.Position(0, 0), end), formatted)]


# ----------------------------------------------------------------------- explore

@server.command(EXPLORE_COMMAND)
async def explore(ls: SamizdatServer, *arguments):
    """Explore the story of the file named (a URI), or of every story open; publish the findings."""
    uris = [a for a in arguments if isinstance(a, str)] or \
        [d.uri for d in ls.workspace.text_documents.values()]
    roots = []
    for uri in uris:
        root = ls.root_of(uri)
        if root is not None and root not in roots:
            roots.append(root)
    summary = []
    for root in roots:
        compiled = ls.stories.compile(root, ls.texts())
        if compiled.index is None or any(d.is_error for d in compiled.diagnostics):
            summary.append(f"{root.name}: fix the errors first; the explorer runs on a story that checks")
            continue
        story = compiled.loaded.story
        report = await asyncio.get_running_loop().run_in_executor(None, _explore, story)
        ls.explored[root] = _findings(ls, compiled, report)
        ls.publish(root)
        count = sum(len(v) for v in ls.explored[root].values())
        how = ("every state searched" if report.complete
               else f"{report.open} question{'s' if report.open != 1 else ''} open" if report.open
               else "every question answered, proven or witnessed")
        summary.append(f"{story.title}: {count} finding{'s' if count != 1 else ''} ({how})")
    return "\n".join(summary)


def _explore(story):
    from ..engine import Engine
    from ..explorer.findings import explore_story

    return explore_story(Engine(story))


def _findings(ls, compiled, report) -> dict:
    """The explorer's report as diagnostics, by file."""
    from ..randomtest import all_choices

    story = compiled.loaded.story
    index = compiled.index
    out = {}

    def add(pos, message, proven, width=1):
        if pos is None:
            return
        path = compiled.loaded.paths.get(pos.file)
        if path is None:
            return
        lines = index.lines.get(pos.file, [""])
        out.setdefault(from_fs_path(str(path)), []).append(lsp.Diagnostic(
            range=ls.to_range(lines, pos.line, pos.column, width), message=message,
            severity=lsp.DiagnosticSeverity.Warning if proven else lsp.DiagnosticSeverity.Information,
            source=EXPLORE_SOURCE))

    sampled = " (open: no playthrough found shows it, and it is not ruled out)"
    for ending in report.endings:
        scene = story.scenes_by_id.get(ending.id)
        if ending.status == "unreachable":
            add(scene.pos, "no playthrough can reach this ending", True, len(scene.id))
        elif ending.status == "open":
            add(scene.pos, "no playthrough found reaches this ending" + sampled, False, len(scene.id))
    for unreached in report.never_reached:
        scene = story.scenes_by_id.get(unreached.scene)
        proven = unreached.status == "proven"
        add(scene.pos, "no playthrough can reach this scene" if proven
            else "no playthrough found reaches this scene" + sampled, proven, len(scene.id))
    by_path = {info.path: info for info in all_choices(story)}
    for choice in report.never_available:
        info = by_path.get(choice.where)
        proven = choice.status == "proven"
        add(info.pos if info else story.scenes_by_id[choice.scene].pos,
            f"the choice '{choice.choice}' is never available" + ("" if proven else sampled), proven)
    for stuck in report.stuck:
        scene = story.scenes_by_id.get(stuck.scene)
        add(scene.pos, f"a player can be stuck here ({stuck.where}), after {stuck.path.length} "
                       f"choice{'s' if stuck.path.length != 1 else ''}", True, len(scene.id))
    for trap in report.traps:
        scene = story.scenes_by_id.get(trap.scenes[0])
        add(scene.pos, "a player can enter a cycle here with no way to an ending: "
                       + ", ".join(trap.scenes), True, len(scene.id))
    for loop in report.loops:
        scene = story.scenes_by_id.get(loop.scene)
        add(scene.pos if scene else None, loop.message, True)
    return out


def start():
    server.start_io()
