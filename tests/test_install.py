"""A non-editable install finds its grammar and bundled stories from any working directory."""
import subprocess
import sys
import zipfile

import pytest

from conftest import REPO


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(REPO)],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    (path,) = out.glob("samizdat-*.whl")
    return path


def test_the_wheel_carries_the_grammar_and_the_stories(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "samizdat/_data/grammar/samizdat.lark" in names
    assert "samizdat/_data/stories/examples/main.story" in names
    assert "samizdat/_data/stories/red_napoleon/main.story" in names
    assert [n for n in names if n.startswith("samizdat/_data/tables/grammar-") and n.endswith(".lark")]


def test_the_installed_package_reads_its_tables_and_builds_none(wheel, tmp_path):
    """A first run with an empty cache folder finds the tables the wheel carries."""
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    cache = tmp_path / "cache"
    code = ("import sys; from samizdat.cli import main; from samizdat.paths import bundled_story;"
            "sys.exit(main(['check', str(bundled_story())]))")
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
                            env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
                                 "SAMIZDAT_CACHE_DIR": str(cache)}, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no problems" in result.stdout
    assert not list(cache.glob("grammar-*")), "the tables were built, not read from the wheel"


def test_the_installed_package_checks_its_bundled_story_from_elsewhere(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = (
        "import sys; from samizdat.paths import bundled_story; from samizdat.grammar_tables import grammar_path;"
        "from samizdat.cli import main;"
        f"assert str(grammar_path()).startswith({str(site)!r}), grammar_path();"
        "sys.exit(main(['check', str(bundled_story() if bundled_story().name == 'examples' else bundled_story().parent / 'examples')]))")
    result = subprocess.run([sys.executable, "-c", code], cwd=elsewhere, capture_output=True, text=True,
                            env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
                            timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no problems" in result.stdout
