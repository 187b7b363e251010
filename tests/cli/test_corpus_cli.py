"""Corpus options of ``quoteattr extract``: summary, quiet, recursive, JSON Lines on stdin,
Parquet (a fake extractor stands in for spaCy)."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from fake_extractor import FakeExtractor
from quoteattr import cli
from quoteattr.io import read_quotes

GOOD = '"We will act," Cohen said.\n'


@pytest.fixture(autouse=True)
def fake_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    FakeExtractor.calls = []
    monkeypatch.setattr(cli, "Extractor", FakeExtractor)


def run(*args: str | Path, input: str | None = None) -> Result:
    return CliRunner().invoke(
        cli.main, [str(arg) for arg in args], input=input, prog_name="quoteattr"
    )


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    (folder / "2024").mkdir(parents=True)
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "2024" / "b.txt").write_text(GOOD + GOOD, encoding="utf-8")
    (folder / "2024" / "c.txt").write_bytes(b"")
    return folder


def test_the_summary_file_counts_every_input(tree: Path, tmp_path: Path) -> None:
    summary = tmp_path / "run.json"
    result = run("extract", tree, "--recursive", "--summary", summary)
    assert result.exit_code == 3
    data = json.loads(summary.read_text())
    assert {k: data[k] for k in ("documents_read", "documents_skipped", "records")} == {
        "documents_read": 3,
        "documents_skipped": 1,
        "records": 3,
    }
    assert data["skipped_by_reason"] == {"empty file": 1}
    # Name order, subdirectories where their names sort: 2024/ comes before a.txt.
    assert [q.doc_id for q in read_quotes(io.StringIO(result.stdout))] == ["b", "b", "a"]


def test_the_summary_line_comes_with_the_bar_and_quiet_silences_both(tree: Path) -> None:
    shown = run("extract", tree, "-r", "--progress")
    assert "quoteattr: 3 documents read, 2 with records, 1 skipped (1 empty file); 3 records;" in (
        shown.stderr
    )
    quiet = run("extract", tree, "-r", "--progress", "--quiet")
    assert [line for line in quiet.stderr.splitlines() if line] == [
        f"quoteattr: error: {tree / '2024' / 'c.txt'}: empty file",
        "quoteattr: 1 of 3 inputs skipped (named above); the others gave their records",
    ]


def test_the_summary_may_not_overwrite_the_output_or_an_input(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    same = run("extract", tree, "-o", out, "--summary", out)
    assert same.exit_code == 2
    assert "--summary and -o name the same file" in same.stderr
    assert run("extract", tree / "a.txt", "--summary", tree / "a.txt").exit_code == 2
    assert (tree / "a.txt").read_text(encoding="utf-8") == GOOD


def test_standard_input_as_a_jsonl_corpus(tmp_path: Path) -> None:
    lines = json.dumps({"id": "n1", "text": GOOD}) + "\nnot json\n"
    result = run("extract", "-", "--stdin-format", "jsonl", input=lines)
    assert result.exit_code == 3
    assert [q.doc_id for q in read_quotes(io.StringIO(result.stdout))] == ["n1"]
    assert "quoteattr: error: <stdin>:2: not JSON" in result.stderr


def test_parquet_output_has_a_row_per_record(tree: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "quotes.parquet"
    result = run("extract", tree, "-r", "--format", "parquet", "-o", out)
    assert result.exit_code == 3
    table = pq.read_table(out)
    assert table.column("doc_id").to_pylist() == ["b", "b", "a"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news", "quotes.parquet"]


def test_parquet_without_pyarrow_names_the_extra(
    tree: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    result = run("extract", tree, "--format", "parquet", "-o", tmp_path / "q.parquet")
    assert result.exit_code == 2
    assert [line for line in result.stderr.splitlines() if line] == [
        'quoteattr: error: writing Parquet needs pyarrow: pip install "quoteattr[parquet]"'
    ]
    assert FakeExtractor.calls == []
