"""The command line, with a fake extractor standing in for the spaCy pipeline."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import types
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from tqdm import tqdm

from fake_extractor import FakeExtractor, IdsFirstExtractor
from quoteattr import __version__, cli
from quoteattr.cli import progress as extract_progress
from quoteattr.errors import GoldFormatError
from quoteattr.io import CSV_COLUMNS, read_quotes
from quoteattr.records import Document

GOOD = '"We will act," Cohen said.\n'
OTHER = 'Officials were silent. "No comment," a spokesman said.\n'


@pytest.fixture(autouse=True)
def fake_extractor(monkeypatch: pytest.MonkeyPatch) -> type[FakeExtractor]:
    FakeExtractor.calls = []
    monkeypatch.setattr(cli, "Extractor", FakeExtractor)
    return FakeExtractor


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b.txt").write_text(OTHER, encoding="utf-8")
    return folder


def run(*args: str | Path, input: str | bytes | None = None) -> Result:
    return CliRunner().invoke(
        cli.main, [str(arg) for arg in args], input=input, prog_name="quoteattr"
    )


def error_lines(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line]


# -- extract: formats and outputs ---------------------------------------------------------


def test_extract_writes_json_lines_to_stdout(articles: Path) -> None:
    result = run("extract", articles)
    assert result.exit_code == 0, result.output
    quotes = read_quotes(io.StringIO(result.stdout))
    assert [(quote.doc_id, quote.content.text) for quote in quotes] == [
        ("a", "We will act,"),
        ("b", "No comment,"),
    ]
    assert result.stderr == ""


def test_extract_passes_model_and_batching_options(articles: Path) -> None:
    result = run(
        "extract", articles, "--model", "my_model", "--batch-size", "4", "--processes", "2"
    )
    assert result.exit_code == 0, result.output
    assert FakeExtractor.calls == [{"model": "my_model", "batch_size": 4, "n_process": 2}]


def test_n_process_is_a_deprecated_alias_of_processes(articles: Path) -> None:
    result = run("extract", articles, "--n-process", "3")
    assert result.exit_code == 0, result.output
    assert FakeExtractor.calls[0]["n_process"] == 3
    assert error_lines(result) == ["quoteattr: warning: --n-process is deprecated; use --processes"]
    assert "--n-process" not in run("extract", "--help").output


def test_extract_min_confidence_drops_the_records_below_it(tmp_path: Path) -> None:
    article = tmp_path / "two.txt"
    article.write_text('"We will act," Cohen said. "Soon," he added.\n', encoding="utf-8")
    everything = read_quotes(io.StringIO(run("extract", article).stdout))
    result = run("extract", article, "--min-confidence", "0.9")
    assert result.exit_code == 0, result.output
    kept = read_quotes(io.StringIO(result.stdout))
    assert [q.content.text for q in everything] == ["We will act,", "Soon,"]
    assert [q.content.text for q in kept] == ["We will act,"]
    assert all(q.confidence >= 0.9 for q in kept)


@pytest.mark.parametrize("value", ["1.5", "-0.1", "high"])
def test_extract_refuses_a_min_confidence_outside_0_to_1(articles: Path, value: str) -> None:
    result = run("extract", articles, "--min-confidence", value)
    assert result.exit_code == 2
    assert "--min-confidence" in result.stderr
    assert FakeExtractor.calls == []


def test_extract_csv_writes_one_header_for_all_documents(articles: Path) -> None:
    result = run("extract", articles, "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == list(CSV_COLUMNS)
    assert [row[0] for row in rows[1:]] == ["a", "b"]


def test_extract_speakers_writes_one_entity_per_line(articles: Path) -> None:
    result = run("extract", articles, "--format", "speakers")
    assert result.exit_code == 0, result.output
    entities = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(entity["doc_id"], entity["name"]) for entity in entities] == [
        ("a", "Cohen"),
        ("b", "Cohen"),
    ]
    assert entities[0]["quotes"] == ["a-0"]
    assert entities[0]["mentions"] == [{"text": "Cohen", "start": 0, "end": 5}]


def test_extract_writes_to_the_output_file(articles: Path, tmp_path: Path) -> None:
    out = tmp_path / "quotes.csv"
    result = run("extract", articles / "a.txt", "--format", "csv", "-o", out)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    text = out.read_text(encoding="utf-8")
    assert text.startswith("doc_id,id,kind,")
    assert "We will act," in text


def test_an_output_file_that_cannot_be_written_exits_4_before_the_model_loads(
    articles: Path, tmp_path: Path
) -> None:
    out = tmp_path / "no" / "such" / "dir.jsonl"
    result = run("extract", articles, "-o", out)
    assert result.exit_code == 4
    assert error_lines(result) == [
        f"quoteattr: error: {out}: cannot write: No such file or directory"
    ]
    assert FakeExtractor.calls == []


def test_extract_reads_standard_input_with_dash() -> None:
    result = run("extract", "-", input=GOOD.encode("utf-8"))
    assert result.exit_code == 0, result.output
    (quote,) = read_quotes(io.StringIO(result.stdout))
    assert quote.doc_id == "stdin"
    assert GOOD[quote.content.start : quote.content.end] == quote.content.text


def test_extract_offsets_index_the_file_as_stored(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    raw = 'Intro.\r\n\r\n"Ça va," he said.\r\n'
    path.write_bytes(raw.encode("utf-8"))
    result = run("extract", path)
    (quote,) = read_quotes(io.StringIO(result.stdout))
    assert raw[quote.content.start : quote.content.end] == quote.content.text == "Ça va,"


def test_extract_works_when_pipe_reads_ids_before_texts(
    articles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "Extractor", IdsFirstExtractor)
    result = run("extract", articles)
    assert result.exit_code == 0, result.output
    assert [quote.doc_id for quote in read_quotes(io.StringIO(result.stdout))] == ["a", "b"]


def test_progress_bar_goes_to_stderr_only(articles: Path) -> None:
    result = run("extract", articles, "--progress")
    assert result.exit_code == 0, result.output
    assert len(read_quotes(io.StringIO(result.stdout))) == 2


def test_progress_bar_counts_documents_and_characters(
    articles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class EveryUpdate(tqdm):  # type: ignore[misc]
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, mininterval=0, **kwargs)

    monkeypatch.setattr(extract_progress, "tqdm", EveryUpdate)
    result = run("extract", articles, "--progress")
    assert "2/2" in result.stderr
    chars = len(GOOD) + len(OTHER)
    assert re.search(rf"\b{chars} chars\b", result.stderr), result.stderr
    assert re.search(r"\b2 records\b", result.stderr), result.stderr


# -- extract: bad inputs and exit status --------------------------------------------------


def test_bad_files_are_reported_and_the_good_ones_still_processed(articles: Path) -> None:
    (articles / "c_empty.txt").write_bytes(b"")
    (articles / "d_binary.txt").write_bytes(b"\x00\x01binary")
    (articles / "e_latin.txt").write_bytes(b"caf\xe9")
    result = run("extract", articles, articles / "missing.txt")
    assert result.exit_code == 3
    assert [quote.doc_id for quote in read_quotes(io.StringIO(result.stdout))] == ["a", "b"]
    assert error_lines(result) == [
        f"quoteattr: error: {articles / 'c_empty.txt'}: empty file",
        f"quoteattr: error: {articles / 'd_binary.txt'}: binary file, not text",
        (
            f"quoteattr: error: {articles / 'e_latin.txt'}: not valid UTF-8 (byte 0xe9 at byte "
            "offset 3); looks like Latin-1 or Windows-1252; convert with iconv -f cp1252 -t utf-8"
        ),
        f"quoteattr: error: {articles / 'missing.txt'}: no such file or directory",
        "quoteattr: 4 of 6 inputs skipped (named above); the others gave their records",
    ]
    assert "Traceback" not in result.output


def test_exit_status_is_1_when_no_input_could_be_processed(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run("extract", tmp_path / "empty.txt", tmp_path / "missing.txt")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert error_lines(result)[-1] == "quoteattr: error: no input could be processed"


def test_exit_status_is_1_for_a_directory_without_texts(tmp_path: Path) -> None:
    result = run("extract", tmp_path)
    assert result.exit_code == 1
    assert f"{tmp_path}: directory has no .txt files" in result.stderr


def test_an_empty_result_is_not_an_error(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("Nobody said anything today.\n", encoding="utf-8")
    result = run("extract", path)
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    csv_result = run("extract", path, "--format", "csv")
    assert csv_result.exit_code == 0
    assert csv_result.stdout == ",".join(CSV_COLUMNS) + "\n"


def test_a_model_that_cannot_load_exits_2_with_one_line(articles: Path) -> None:
    result = run("extract", articles, "--model", "missing_model")
    assert result.exit_code == 2
    assert error_lines(result) == [
        "quoteattr: error: cannot load spaCy pipeline 'missing_model': it is not installed"
    ]
    assert result.stdout == ""


def test_ctrl_c_exits_130_quietly(articles: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(self: FakeExtractor, texts: Iterable[str], **_: object) -> Iterator[Document]:
        raise KeyboardInterrupt
        yield  # pragma: no cover

    monkeypatch.setattr(FakeExtractor, "pipe", interrupted)
    result = run("extract", articles)
    assert result.exit_code == 130
    assert "Aborted" not in result.output and "Traceback" not in result.output


def test_extract_needs_a_path() -> None:
    result = run("extract")
    assert result.exit_code == 2
    assert "Missing argument 'PATH...'" in result.stderr


# -- version and help ---------------------------------------------------------------------


def test_version_names_quoteattr_and_spacy() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert re.fullmatch(rf"quoteattr {re.escape(__version__)} \(spaCy \S+\)\n", result.stdout)


def test_help_shows_the_examples_as_written() -> None:
    result = run("--help")
    assert result.exit_code == 0
    for example in (
        "  quoteattr extract seeds/\n",
        "  quoteattr extract article.txt --format csv -o quotes.csv\n",
        "  cat a.txt | quoteattr extract -\n",
        "  quoteattr evaluate benchmarks/gold/seeds.jsonl out.jsonl\n",
    ):
        assert example in result.stdout


def test_extract_help_describes_the_formats() -> None:
    result = run("extract", "--help")
    assert result.exit_code == 0
    for word in ("jsonl", "csv", "speakers", '"content": {"text", "start", "end", "parts"}'):
        assert word in result.stdout


# -- evaluate -----------------------------------------------------------------------------


class FakeReport:
    def table(self) -> str:
        return "kind    P     R     F1\ndirect  1.00  1.00  1.00"

    def to_dict(self) -> dict[str, object]:
        return {"direct": {"precision": 1.0, "recall": 1.0, "f1": 1.0}}


@pytest.fixture
def fake_evaluate(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    calls: list[tuple[str, str]] = []
    module = types.ModuleType("quoteattr.evaluation.scorer")

    def evaluate_files(gold: str, pred: str) -> FakeReport:
        calls.append((gold, pred))
        if "bad" in Path(gold).name:
            raise GoldFormatError(f"{gold}:3: content: lacks end")
        return FakeReport()

    module.evaluate_files = evaluate_files  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "quoteattr.evaluation.scorer", module)
    return calls


@pytest.fixture
def jsonl_files(tmp_path: Path) -> tuple[Path, Path]:
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_text("", encoding="utf-8")
    pred.write_text("", encoding="utf-8")
    return gold, pred


def test_evaluate_prints_the_table(
    fake_evaluate: list[tuple[str, str]], jsonl_files: tuple[Path, Path]
) -> None:
    gold, pred = jsonl_files
    result = run("evaluate", gold, pred)
    assert result.exit_code == 0, result.output
    assert result.stdout == FakeReport().table() + "\n"
    assert fake_evaluate == [(str(gold), str(pred))]


def test_evaluate_prints_json_with_the_flag(
    fake_evaluate: list[tuple[str, str]], jsonl_files: tuple[Path, Path]
) -> None:
    result = run("evaluate", *jsonl_files, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == FakeReport().to_dict()


def test_evaluate_reports_a_malformed_file_in_one_line(
    fake_evaluate: list[tuple[str, str]], tmp_path: Path
) -> None:
    gold = tmp_path / "bad_gold.jsonl"
    gold.write_text("", encoding="utf-8")
    result = run("evaluate", gold, gold)
    assert result.exit_code == 2
    assert error_lines(result) == [f"quoteattr: error: {gold}:3: content: lacks end"]


def test_evaluate_needs_existing_files(tmp_path: Path) -> None:
    result = run("evaluate", tmp_path / "gold.jsonl", tmp_path / "pred.jsonl")
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


def test_evaluate_with_the_real_scorer_rejects_bad_gold(tmp_path: Path) -> None:
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_text('{"kind": "direct", "content": {"text": "ab", "start": 0, "end": 3}}\n')
    pred.write_text("")
    result = run("evaluate", gold, pred)
    assert result.exit_code == 2
    (line,) = error_lines(result)
    assert line.startswith(f"quoteattr: error: {gold}:1: content.text has 2 characters")
