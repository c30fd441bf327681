"""The language server's diagnostics latency after an edit; prints figures, asserts nothing.

    python bench/lsp.py [--edits 30] [--story PATH]

Starts `samizdat lsp` as an editor would (over stdio, with pygls's client),
opens every file of the story (the bundled one by default), then makes
`--edits` edits in turn to one file, each a name mistyped and then put right,
and times, for each edit:

  - push: from sending the change to receiving the new diagnostics for that
    file (publishDiagnostics), which includes the server's debounce wait
    (samizdat.lsp.server.DEBOUNCE) after the last keystroke;
  - pull: from sending the change to the answer of a textDocument/diagnostic
    request sent right after it (no wait: the story is checked on request).

The two are timed on separate edits, so that neither finds the story
already checked by the other.

Prints the median, the 90th percentile and the worst of each, in milliseconds,
with the debounce and the story's size.
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

from lsprotocol import types as lsp
from pygls.lsp.client import LanguageClient

REPO = Path(__file__).resolve().parent.parent


def _percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


async def run(story: Path, edits: int):
    from samizdat.loader import load
    from samizdat.lsp.server import DEBOUNCE

    loaded = load(story)
    files = list(loaded.paths.values())
    target = next(p for p in files if p.name != "main.story") if len(files) > 1 else files[0]
    text = target.read_text(encoding="utf-8")
    marker = text.index("-> ") + 3  # the first jump or choice target: mistype it, then mend it
    line = text.count("\n", 0, marker)
    column = marker - (text.rfind("\n", 0, marker) + 1)
    name_end = column
    line_text = text.split("\n")[line]
    while name_end < len(line_text) and (line_text[name_end].isalnum() or line_text[name_end] == "_"):
        name_end += 1

    client = LanguageClient("bench", "1")
    arrived = {}
    waiting = {}

    @client.feature(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def published(params: lsp.PublishDiagnosticsParams):
        arrived[params.uri] = (time.perf_counter(), params.diagnostics)
        future = waiting.pop(params.uri, None)
        if future is not None and not future.done():
            future.set_result(params.diagnostics)

    await client.start_io(sys.executable, "-m", "samizdat", "lsp")
    await client.initialize_async(lsp.InitializeParams(capabilities=lsp.ClientCapabilities()))
    client.initialized(lsp.InitializedParams())
    uri = target.as_uri()
    for path in files:
        client.text_document_did_open(lsp.DidOpenTextDocumentParams(text_document=lsp.TextDocumentItem(
            uri=path.as_uri(), language_id="samizdat", version=1, text=path.read_text(encoding="utf-8"))))
    await asyncio.sleep(2)  # the first check of the story, and the server's warm-up

    version = 1
    push, pull = [], []
    for number in range(edits * 2):
        version += 1
        broken = number % 2 == 0
        new = line_text[column:name_end] + ("x" if broken else "")
        old_end = name_end + (0 if broken else 1)
        future = asyncio.get_running_loop().create_future()
        waiting[uri] = future
        began = time.perf_counter()
        client.text_document_did_change(lsp.DidChangeTextDocumentParams(
            text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[lsp.TextDocumentContentChangePartial(
                range=lsp.Range(start=lsp.Position(line=line, character=column),
                                end=lsp.Position(line=line, character=old_end)), text=new)]))
        if number % 4 < 2:
            found = await asyncio.wait_for(future, 30)
            push.append(arrived[uri][0] - began)
        else:
            report = await client.text_document_diagnostic_async(
                lsp.DocumentDiagnosticParams(text_document=lsp.TextDocumentIdentifier(uri=uri)))
            pull.append(time.perf_counter() - began)
            found = report.items
            await asyncio.wait_for(future, 30)  # the debounced push that follows, before the next edit
        errors = [d for d in found if d.severity == lsp.DiagnosticSeverity.Error]
        assert bool(errors) == broken, "the diagnostics do not follow the edit"
        await asyncio.sleep(0.3)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()

    size = sum(len(t) for t in loaded.sources.values())
    print(f"story: {story} ({len(files)} files, {size / 1024:.0f} KB); edited {target.name}, "
          f"{edits * 2} edits; debounce {DEBOUNCE * 1000:.0f} ms")
    for label, values in (("push (publishDiagnostics, debounce included)", push),
                          ("pull (textDocument/diagnostic)", pull)):
        ms = [v * 1000 for v in values]
        print(f"  {label}: median {statistics.median(ms):.0f} ms, "
              f"p90 {_percentile(ms, 0.9):.0f} ms, worst {max(ms):.0f} ms")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--edits", type=int, default=30)
    parser.add_argument("--story", type=Path, default=REPO / "stories" / "red_napoleon")
    args = parser.parse_args()
    asyncio.run(run(args.story, args.edits))


if __name__ == "__main__":
    main()
