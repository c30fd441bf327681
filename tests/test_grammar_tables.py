"""The grammar's tables are built once, kept, and a damaged or foreign file is never trusted."""
import subprocess
import sys

from conftest import REPO

PARSE = ("import sys; from samizdat.parser import parse_source;"
         "source, problems = parse_source('=== start\\nHello.\\n* Go -> start\\n', 'x.story');"
         "print(type(source).__name__, len(problems))")


def run(cache):
    return subprocess.run([sys.executable, "-c", PARSE], capture_output=True, text=True, timeout=120,
                          cwd=REPO, env={"PATH": "/usr/bin:/bin", "HOME": str(cache.parent),
                                         "SAMIZDAT_CACHE_DIR": str(cache), "PYTHONPATH": str(REPO / "src")})


def test_a_first_build_is_kept_and_read_back(tmp_path):
    cache = tmp_path / "cache"
    first = run(cache)
    assert first.returncode == 0, first.stderr
    (kept,) = cache.glob("grammar-*.lark")
    stamp = kept.stat().st_mtime_ns
    again = run(cache)
    assert again.stdout == first.stdout
    assert kept.stat().st_mtime_ns == stamp, "the tables were built again"
    assert not [p for p in cache.iterdir() if p.name.startswith(".tmp-")]


def test_a_damaged_file_means_a_fresh_build_not_an_error(tmp_path):
    cache = tmp_path / "cache"
    run(cache)
    (kept,) = cache.glob("grammar-*.lark")
    good = kept.read_bytes()
    for damage in (b"", good[: len(good) // 2], b"not a pickle at all", b"\x80\x05N."):
        kept.write_bytes(damage)
        result = run(cache)
        assert result.returncode == 0, result.stderr
        assert result.stdout.split() == ["SourceFile", "0"]
        assert result.stderr == ""
        assert kept.read_bytes() != damage, "the damaged file was left in place"
