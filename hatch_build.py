"""Builds the grammar's LALR tables into the wheel, so an installed samizdat never builds them.

Without them, the first run on a machine spends over a second building the
tables before the first page (see src/samizdat/grammar_tables.py, which
finds the file by a digest of the grammar, Lark's version and Python's). An
editable install reads the repository's grammar, which a writer may change,
so it keeps building them into the user's cache folder instead.
"""
from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class GrammarTablesHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version, build_data):
        if self.target_name != "wheel" or version == "editable":
            return
        self._folder = Path(tempfile.mkdtemp(prefix="samizdat-tables-"))
        sys.path.insert(0, str(Path(self.root) / "src"))
        try:
            from samizdat.grammar_tables import write_for_wheel

            tables = write_for_wheel(self._folder)
        finally:
            sys.path.pop(0)
        build_data["force_include"][str(tables)] = f"samizdat/_data/tables/{tables.name}"

    def finalize(self, version, build_data, artifact_path):
        folder = getattr(self, "_folder", None)
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
