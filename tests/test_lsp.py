"""`samizdat lsp` driven end to end by a real LSP client (pytest-lsp) over stdio, on the bundled stories.

Each test opens files as an editor does and asks what a writer's editor asks:
diagnostics (and new ones after an edit), definition, references, completion,
hover, symbols, rename, code actions, formatting and the explore command.
"""
import asyncio
import sys
import time

import pytest
import pytest_lsp
from lsprotocol import types as lsp
from pytest_lsp import ClientServerConfig, LanguageClient

from conftest import EXAMPLE, RED_NAPOLEON

pytestmark = pytest.mark.asyncio(loop_scope="module")

MAIN = RED_NAPOLEON / "main.story"
FALL = RED_NAPOLEON / "01_the_fall.story"
COUP = RED_NAPOLEON / "02_the_coup.story"
EX_MAIN = EXAMPLE / "main.story"
CARRIAGES = EXAMPLE / "carriages.story"


@pytest_lsp.fixture(scope="module", config=ClientServerConfig(
    server_command=[sys.executable, "-m", "samizdat", "lsp"]))
async def client(lsp_client: LanguageClient):
    await lsp_client.initialize_session(lsp.InitializeParams(
        capabilities=lsp.ClientCapabilities(), root_uri=RED_NAPOLEON.parent.as_uri()))
    yield
    await lsp_client.shutdown_session()


def uri(path):
    return path.resolve().as_uri()


def open_file(client, path, text=None):
    client.text_document_did_open(lsp.DidOpenTextDocumentParams(text_document=lsp.TextDocumentItem(
        uri=uri(path), language_id="samizdat", version=1,
        text=path.read_text(encoding="utf-8") if text is None else text)))


def close_file(client, path):
    client.text_document_did_close(lsp.DidCloseTextDocumentParams(
        text_document=lsp.TextDocumentIdentifier(uri=uri(path))))


def edit(client, path, version, line, start, end, text):
    client.text_document_did_change(lsp.DidChangeTextDocumentParams(
        text_document=lsp.VersionedTextDocumentIdentifier(uri=uri(path), version=version),
        content_changes=[lsp.TextDocumentContentChangePartial(
            range=lsp.Range(start=lsp.Position(line=line, character=start),
                            end=lsp.Position(line=line, character=end)), text=text)]))


async def diagnostics(client, path, until, timeout=30):
    """The diagnostics last published for `path`, once `until(them)` holds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = client.diagnostics.get(uri(path))
        if found is not None and until(list(found)):
            return list(found)
        await asyncio.sleep(0.02)
    pytest.fail(f"no diagnostics as expected for {path.name}: {client.diagnostics.get(uri(path))}")


def position_of(path, needle, offset=0, occurrence=1):
    """The LSP position of the `occurrence`-th `needle` in the file, `offset` characters in."""
    lines = path.read_text(encoding="utf-8").split("\n")
    seen = 0
    for number, line in enumerate(lines):
        column = line.find(needle)
        while column != -1:
            seen += 1
            if seen == occurrence:
                return lsp.Position(number, column + offset)
            column = line.find(needle, column + 1)
    raise AssertionError(f"{needle!r} not in {path.name}")


def doc(path):
    return lsp.TextDocumentIdentifier(uri=uri(path))


# ------------------------------------------------------------------ diagnostics

async def test_an_open_story_gets_its_diagnostics_and_an_edit_gets_new_ones(client):
    open_file(client, FALL)
    assert await diagnostics(client, FALL, lambda d: True) == []  # the bundled story checks clean
    position = position_of(FALL, "-> fall_body")
    edit(client, FALL, 2, position.line, position.character + 3, position.character + 12, "fall_bdy")
    found = await diagnostics(client, FALL, lambda d: len(d) > 0)
    (problem,) = [d for d in found if d.severity == lsp.DiagnosticSeverity.Error]
    assert problem.message.startswith("there is no scene called 'fall_bdy'")
    assert "did you mean 'fall_body'?" in problem.message
    assert problem.source == "samizdat check"
    assert problem.range.start == lsp.Position(position.line, position.character + 3)
    assert problem.range.end == lsp.Position(position.line, position.character + 11)
    # A scene that only that choice led to is now a warning, as samizdat check says.
    assert any(d.severity == lsp.DiagnosticSeverity.Warning and "nothing leads to" in d.message
               for d in found)

    actions = await client.text_document_code_action_async(lsp.CodeActionParams(
        doc(FALL), problem.range, lsp.CodeActionContext(diagnostics=[problem])))
    (action,) = actions
    assert action.title == "Change to 'fall_body'"
    (change,) = action.edit.changes[uri(FALL)]
    assert change.new_text == "fall_body" and change.range == problem.range

    edit(client, FALL, 3, position.line, position.character + 3, position.character + 11, "fall_body")
    assert await diagnostics(client, FALL, lambda d: not d) == []
    close_file(client, FALL)


async def test_an_error_in_an_included_file_is_published_for_that_file(client):
    open_file(client, MAIN)
    await diagnostics(client, MAIN, lambda d: not d)
    text = COUP.read_text(encoding="utf-8").replace("set ", "set army_loyality += 1\nset ", 1)
    open_file(client, COUP, text)
    found = await diagnostics(client, COUP, lambda d: len(d) > 0)
    assert any("'army_loyality' is not declared" in d.message and "army_loyalty" in d.message for d in found)
    assert not client.diagnostics[uri(MAIN)]
    close_file(client, COUP)
    await diagnostics(client, COUP, lambda d: not d)
    close_file(client, MAIN)


async def test_a_syntax_error_is_shown_where_it_is(client):
    open_file(client, CARRIAGES, "=== corridor\n* Go -> \n")
    found = await diagnostics(client, CARRIAGES, lambda d: len(d) > 0)
    assert found[0].severity == lsp.DiagnosticSeverity.Error
    assert found[0].range.start.line == 1
    close_file(client, CARRIAGES)
    await diagnostics(client, CARRIAGES, lambda d: not d)


async def test_diagnostics_can_be_asked_for(client):
    open_file(client, EX_MAIN, EX_MAIN.read_text(encoding="utf-8").replace("-> porter", "-> portr"))
    report = await client.text_document_diagnostic_async(lsp.DocumentDiagnosticParams(doc(EX_MAIN)))
    assert report.kind == "full"
    (problem,) = [d for d in report.items if d.severity == lsp.DiagnosticSeverity.Error]
    assert problem.message.startswith("there is no scene or label called 'portr'")
    close_file(client, EX_MAIN)
    report = await client.text_document_diagnostic_async(lsp.DocumentDiagnosticParams(doc(EX_MAIN)))
    assert not report.items  # closed: the file on disk counts, and it checks clean


# ------------------------------------------------------------------- navigation

async def test_go_to_definition_of_a_scene_a_label_a_stat_and_a_file(client):
    open_file(client, FALL)
    open_file(client, MAIN)
    target = await client.text_document_definition_async(lsp.DefinitionParams(
        doc(FALL), position_of(FALL, "-> fall_body", 5)))
    assert target.uri == uri(FALL)
    assert target.range.start == position_of(FALL, "fall_body:", 0)

    stat = await client.text_document_definition_async(lsp.DefinitionParams(
        doc(FALL), position_of(FALL, "set legitimacy", 6)))
    assert stat.uri == uri(MAIN) and stat.range.start == position_of(MAIN, "legitimacy \"", 0)

    included = await client.text_document_definition_async(lsp.DefinitionParams(
        doc(MAIN), position_of(MAIN, "include 02_the_coup.story", 12)))
    assert included.uri == uri(COUP) and included.range.start == lsp.Position(0, 0)

    open_file(client, CARRIAGES)
    label = await client.text_document_definition_async(lsp.DefinitionParams(
        doc(CARRIAGES), position_of(CARRIAGES, "-> table", 4)))
    assert label.uri == uri(CARRIAGES) and label.range.start == position_of(CARRIAGES, "label table", 6)
    place = await client.text_document_definition_async(lsp.DefinitionParams(
        doc(CARRIAGES), position_of(CARRIAGES, "seen(dining.officer)", 13)))
    assert place.range.start == position_of(CARRIAGES, "(officer)", 1)
    for path in (FALL, MAIN, CARRIAGES):
        close_file(client, path)


async def test_find_references_across_the_story_files(client):
    open_file(client, MAIN)
    found = await client.text_document_references_async(lsp.ReferenceParams(
        text_document=doc(MAIN), position=position_of(MAIN, "stat legitimacy", 6),
        context=lsp.ReferenceContext(include_declaration=True)))
    files = {location.uri for location in found}
    assert uri(MAIN) in files and uri(FALL) in files and uri(COUP) in files
    assert len(found) > 20
    text = {path: path.read_text(encoding="utf-8").split("\n") for path in RED_NAPOLEON.glob("*.story")}
    for location in found:
        path = next(p for p in text if uri(p) == location.uri)
        line = text[path][location.range.start.line]
        assert line[location.range.start.character:location.range.end.character] == "legitimacy"
    close_file(client, MAIN)


# ------------------------------------------------------------------- completion

async def _complete(client, path, line_text, at_end=True):
    """Completion at the end of `line_text`, typed as a new line at the top of the scenes."""
    text = path.read_text(encoding="utf-8")
    cut = text.index("\n===", text.index("\n===") + 1) + 1  # inside the first scene
    new = text[:cut] + line_text + "\n" + text[cut:]
    line = new[:cut].count("\n")
    open_file(client, path, new)
    result = await client.text_document_completion_async(lsp.CompletionParams(
        doc(path), lsp.Position(line, len(line_text))))
    close_file(client, path)
    return {item.label: item for item in result.items}


async def test_completion_of_scenes_and_labels_after_an_arrow(client):
    items = await _complete(client, CARRIAGES, "-> ")
    assert {"corridor", "dining", "inspection", "arrival", "arrested", "platform"} <= set(items)
    labels = await _complete(client, CARRIAGES, "-> dining.")
    assert "table" in labels and "officer" in labels and "corridor" not in labels


async def test_completion_of_declared_names_and_functions_in_conditions_set_and_braces(client):
    condition = await _complete(client, CARRIAGES, "if ")
    assert {"nerve", "suspicion", "has_ticket", "bribes", "seen", "chance", "not"} <= set(condition)
    assert condition["nerve"].detail == "stat Nerve (0..100)"
    assignment = await _complete(client, CARRIAGES, "set ")
    assert {"nerve", "papers_forged"} <= set(assignment) and "seen" not in assignment
    braces = await _complete(client, CARRIAGES, "The clock says {")
    assert "nerve" in braces and "visits" in braces
    text = await _complete(client, CARRIAGES, "It is {if nerve > 3: very ")
    assert text == {}
    places = await _complete(client, CARRIAGES, "{if seen(")
    assert "platform" in places


# ------------------------------------------------------------------------ hover

async def _hover(client, path, needle, offset):
    open_file(client, path)
    result = await client.text_document_hover_async(lsp.HoverParams(doc(path), position_of(path, needle, offset)))
    close_file(client, path)
    return result.contents.value if result else None


async def test_hover_shows_a_stats_label_range_and_start(client):
    text = await _hover(client, FALL, "set legitimacy", 6)
    assert text == "**Legitimacy**: stat `legitimacy`, range 0..100, starts at 25"


async def test_hover_shows_a_scenes_heading_and_what_leads_to_it(client):
    text = await _hover(client, FALL, "-> fall_gate", 5)
    assert text.startswith("=== scene `fall_gate`: ")
    assert "led to by" in text and "choices" in text


async def test_hover_shows_a_choices_id(client):
    own = await _hover(client, FALL, "(take_folder) Slide", 16)
    assert own.startswith("choice `take_folder` (its own id)")
    derived = await _hover(client, FALL, "* Go down to him", 4)
    assert derived.startswith("choice `fall_body` (named after where it leads)")


# ---------------------------------------------------------------------- symbols

async def test_the_outline_lists_scenes_labels_and_declarations(client):
    open_file(client, CARRIAGES)
    symbols = await client.text_document_document_symbol_async(lsp.DocumentSymbolParams(doc(CARRIAGES)))
    names = [s.name for s in symbols]
    assert names[:3] == ["corridor", "dining", "inspection"]
    dining = symbols[1]
    assert {child.name for child in dining.children} >= {"table", "officer"}
    assert dining.detail == "The dining car"
    close_file(client, CARRIAGES)
    open_file(client, EX_MAIN)
    symbols = await client.text_document_document_symbol_async(lsp.DocumentSymbolParams(doc(EX_MAIN)))
    kinds = {s.name: s.kind for s in symbols}
    assert kinds["nerve"] == lsp.SymbolKind.Number and kinds["has_ticket"] == lsp.SymbolKind.Boolean
    assert kinds["carriages.story"] == lsp.SymbolKind.File
    close_file(client, EX_MAIN)


async def test_workspace_symbols_find_scenes_across_files(client):
    open_file(client, MAIN)
    await diagnostics(client, MAIN, lambda d: True)
    found = await client.workspace_symbol_async(lsp.WorkspaceSymbolParams(query="end_"))
    names = {s.name for s in found}
    assert {"end_collapse", "end_troika", "end_shot"} <= names
    close_file(client, MAIN)


# ----------------------------------------------------------------------- rename

async def test_rename_a_scene_across_the_story_files(client):
    open_file(client, COUP)
    position = position_of(COUP, "=== coup_night", 4)
    prepared = await client.text_document_prepare_rename_async(lsp.PrepareRenameParams(doc(COUP), position))
    assert prepared is not None
    result = await client.text_document_rename_async(lsp.RenameParams(doc(COUP), position, "the_night"))
    assert uri(FALL) in result.changes and uri(COUP) in result.changes
    edits = [e for es in result.changes.values() for e in es]
    assert all(e.new_text == "the_night" for e in edits)
    fall = FALL.read_text(encoding="utf-8")
    assert len(result.changes[uri(FALL)]) == fall.count("-> coup_night")
    close_file(client, COUP)


async def test_rename_refuses_a_collision_or_a_bad_name(client):
    open_file(client, COUP)
    position = position_of(COUP, "=== coup_night", 4)
    for new, said in (("fall_body", "there is already a scene called 'fall_body'"),
                      ("legitimacy", "'legitimacy' is already declared"),
                      ("Night", "is not a name"), ("seen", "reserved")):
        with pytest.raises(Exception) as refused:
            await client.text_document_rename_async(lsp.RenameParams(doc(COUP), position, new))
        assert said in str(refused.value)
    close_file(client, COUP)


async def test_rename_a_label_and_a_declared_name(client):
    open_file(client, CARRIAGES)
    label = await client.text_document_rename_async(lsp.RenameParams(
        doc(CARRIAGES), position_of(CARRIAGES, "label table", 7), "seats"))
    assert len(label.changes[uri(CARRIAGES)]) == 1 + CARRIAGES.read_text().count("-> table") + \
        CARRIAGES.read_text().count("visits(table)")
    stat = await client.text_document_rename_async(lsp.RenameParams(
        doc(CARRIAGES), position_of(CARRIAGES, "suspicion +=", 1), "alarm"))
    assert uri(EX_MAIN) in stat.changes and uri(CARRIAGES) in stat.changes
    close_file(client, CARRIAGES)


async def test_rename_a_text_renames_where_it_is_asked_for_and_shown(client):
    open_file(client, CARRIAGES)
    rename = await client.text_document_rename_async(lsp.RenameParams(
        doc(CARRIAGES), position_of(CARRIAGES, "ask alias", 4), "cover_name"))
    assert len(rename.changes[uri(EX_MAIN)]) == 1  # the declaration
    assert len(rename.changes[uri(CARRIAGES)]) == CARRIAGES.read_text().count("alias")
    close_file(client, CARRIAGES)


# ------------------------------------------------------------------- formatting

async def test_formatting_a_document(client):
    open_file(client, CARRIAGES, "===  corridor\n*  Go ->arrival\n")
    edits = await client.text_document_formatting_async(lsp.DocumentFormattingParams(
        doc(CARRIAGES), lsp.FormattingOptions(tab_size=2, insert_spaces=True)))
    (change,) = edits
    assert change.new_text == "=== corridor\n*  Go -> arrival\n"
    close_file(client, CARRIAGES)


# ---------------------------------------------------------------------- explore

async def test_the_explore_command_shows_its_findings_as_diagnostics(client, tmp_path):
    story = tmp_path / "main.story"
    story.write_text("start a\n\n=== a\n* Wait -> b\n  if chance(0)\n* Go -> b\n\n"
                     "=== b\nNothing happens here.\n\n=== ending never: Never\nUnseen.\n",
                     encoding="utf-8")
    open_file(client, story)
    before = await diagnostics(client, story, lambda d: len(d) > 0)
    assert not any(d.source == "samizdat explore" for d in before)
    said = await client.workspace_execute_command_async(lsp.ExecuteCommandParams(
        "samizdat.explore", [uri(story)]))
    assert "finding" in said
    found = await diagnostics(client, story, lambda d: any(x.source == "samizdat explore" for x in d))
    explored = [d for d in found if d.source == "samizdat explore"]
    messages = " | ".join(d.message for d in explored)
    assert "no playthrough can reach this ending" in messages
    assert "a player can be stuck here" in messages
    assert "the choice" in messages and "never available" in messages
    close_file(client, story)
