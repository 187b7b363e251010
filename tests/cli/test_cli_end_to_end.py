"""The ``quoteattr extract`` command end to end, with the real spaCy pipeline (no fakes).

One run goes through the command exactly as a user's does, loading the default pipeline
itself. The others hand the command the session's already loaded :class:`Extractor`, the
same real model, so that the pipeline is not loaded once per test.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import re
from pathlib import Path

import attrs
import pytest
from click.testing import CliRunner, Result
from spacy.tokens import Doc

from quoteattr import Extractor, Quote, api, cli
from quoteattr.io import CSV_COLUMNS, read_quotes

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SEED_TEXTS = {path.stem: path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))}
GOOD = '"We will rebuild," the mayor said on Monday.\n'
ENTITY_ID = re.compile(r"^e[1-9][0-9]*$")


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(cli.main, [str(arg) for arg in args], prog_name="quoteattr")


def error_lines(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line]


@pytest.fixture(scope="module")
def seeds_jsonl() -> Result:
    """``quoteattr extract seeds/`` as a user runs it: the command loads the model itself."""
    return run("extract", SEEDS)


@pytest.fixture
def session_model(monkeypatch: pytest.MonkeyPatch, extractor: Extractor) -> None:
    """Make the command use the session's real Extractor instead of loading another."""

    def load(model: str | None = None, min_confidence: float = 0.0) -> Extractor:
        assert model is None, "these tests use the default model"
        if min_confidence == 0:
            return extractor
        filtering = copy.copy(extractor)  # the same pipeline, its own threshold
        filtering.min_confidence = min_confidence
        return filtering

    monkeypatch.setattr(cli, "Extractor", load)


def _lines(result: Result) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in result.stdout.splitlines()]


# -- JSON Lines ----------------------------------------------------------------------------


def test_seeds_jsonl_exits_cleanly(seeds_jsonl: Result) -> None:
    assert seeds_jsonl.exit_code == 0, seeds_jsonl.output
    assert seeds_jsonl.stderr == ""
    assert seeds_jsonl.stdout.endswith("\n")


def test_seeds_jsonl_lines_have_the_contract_keys(seeds_jsonl: Result) -> None:
    lines = _lines(seeds_jsonl)
    assert lines
    for line in lines:
        assert {"id", "doc_id", "kind", "content", "cue", "speaker"} <= line.keys()
        assert {"text", "start", "end"} <= line["content"].keys()
        assert line["kind"] in {"direct", "mixed", "indirect"}
        assert isinstance(line["id"], str) and line["id"]


def test_seeds_jsonl_doc_ids_are_the_file_stems(seeds_jsonl: Result) -> None:
    doc_ids = [line["doc_id"] for line in _lines(seeds_jsonl)]
    assert set(doc_ids) == set(SEED_TEXTS)
    assert doc_ids == sorted(doc_ids), "files are read in name order"


def test_seeds_jsonl_offsets_match_the_seed_files(seeds_jsonl: Result) -> None:
    for line in _lines(seeds_jsonl):
        text = SEED_TEXTS[line["doc_id"]]
        spans = [line["content"], *line["content"].get("parts", [])]
        spans += [line[key] for key in ("cue", "speaker", "via") if line.get(key)]
        for span in spans:
            assert text[span["start"] : span["end"]] == span["text"], (line["doc_id"], span)


def test_seeds_jsonl_equals_the_api_records(seeds_jsonl: Result, extractor: Extractor) -> None:
    written = read_quotes(io.StringIO(seeds_jsonl.stdout))
    expected = [
        quote
        for stem, text in SEED_TEXTS.items()
        for quote in extractor.analyze(text, doc_id=stem).quotes
    ]
    # The command line names each file it read as the records' source.
    assert all(q.provenance and q.provenance.source.endswith(f"{q.doc_id}.txt") for q in written)
    assert [_sourceless(q) for q in written] == [_sourceless(q) for q in expected]


def test_min_confidence_keeps_exactly_the_records_at_or_above_it(
    session_model: None, seeds_jsonl: Result
) -> None:
    every = read_quotes(io.StringIO(seeds_jsonl.stdout))
    cutoff = sorted(q.confidence for q in every)[len(every) // 2]  # drops some, keeps some
    result = run("extract", SEEDS, "--min-confidence", str(cutoff))
    assert result.exit_code == 0, result.output
    kept = read_quotes(io.StringIO(result.stdout))
    assert 0 < len(kept) < len(every)
    assert [_sourceless(q) for q in kept] == [
        _sourceless(q) for q in every if q.confidence >= cutoff
    ]


def _sourceless(quote: Quote) -> Quote:
    assert quote.provenance is not None
    return attrs.evolve(quote, provenance=attrs.evolve(quote.provenance, source=None))


# -- CSV -----------------------------------------------------------------------------------


def test_csv_has_a_header_and_one_row_per_quote(session_model: None, seeds_jsonl: Result) -> None:
    result = run("extract", SEEDS, "--format", "csv")
    assert result.exit_code == 0, result.output
    header, *rows = list(csv.reader(io.StringIO(result.stdout)))
    assert header == list(CSV_COLUMNS)
    quotes = _lines(seeds_jsonl)
    assert len(rows) == len(quotes)
    records = [dict(zip(header, row, strict=True)) for row in rows]
    assert [(r["doc_id"], r["id"]) for r in records] == [(q["doc_id"], q["id"]) for q in quotes]
    for record in records:
        text = SEED_TEXTS[record["doc_id"]]
        start, end = int(record["content_start"]), int(record["content_end"])
        assert text[start:end] == record["content_text"]


# -- speakers ------------------------------------------------------------------------------


def test_speakers_lines_have_entity_ids(session_model: None, seeds_jsonl: Result) -> None:
    result = run("extract", SEEDS, "--format", "speakers")
    assert result.exit_code == 0, result.output
    entities = _lines(result)
    assert entities
    for entity in entities:
        assert ENTITY_ID.match(entity["id"]), entity["id"]
        assert entity["doc_id"] in SEED_TEXTS
        for mention in entity["mentions"]:
            text = SEED_TEXTS[entity["doc_id"]]
            assert text[mention["start"] : mention["end"]] == mention["text"]
    table = {(entity["doc_id"], entity["id"]) for entity in entities}
    assert len(table) == len(entities), "entity ids are unique within a document"
    for quote in _lines(seeds_jsonl):
        if quote["speaker"] and quote["speaker"]["entity"]:
            assert (quote["doc_id"], quote["speaker"]["entity"]) in table


# -- a bad file among good ones ------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "problem"),
    [(b"", "empty file"), (b"  \n\n", "file holds only whitespace")],
    ids=["empty", "whitespace"],
)
def test_an_empty_file_is_reported_and_the_good_file_still_processed(
    session_model: None, tmp_path: Path, content: bytes, problem: str
) -> None:
    (tmp_path / "a_good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b_empty.txt").write_bytes(content)
    result = run("extract", tmp_path)
    assert result.exit_code == 3, result.output
    assert error_lines(result) == [
        f"quoteattr: error: {tmp_path / 'b_empty.txt'}: {problem}",
        "quoteattr: 1 of 2 inputs skipped (named above); the others gave their records",
    ]
    quotes = _lines(result)
    assert [(q["doc_id"], q["content"]["text"]) for q in quotes] == [("a_good", "We will rebuild")]
    assert quotes[0]["speaker"]["text"] == "the mayor"


def test_only_an_empty_file_exits_with_status_one(session_model: None, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run("extract", tmp_path)
    assert result.exit_code == 1
    assert error_lines(result) == [
        f"quoteattr: error: {tmp_path / 'empty.txt'}: empty file",
        "quoteattr: error: no input could be processed",
    ]
    assert result.stdout == ""


def test_an_unknown_model_exits_with_status_two(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    result = run("extract", tmp_path, "--model", "no_such_pipeline_xyz")
    assert result.exit_code == 2
    (line,) = error_lines(result)
    assert line.startswith("quoteattr: error: cannot load spaCy pipeline 'no_such_pipeline_xyz'")
    assert result.stdout == ""


# -- a document whose analysis fails --------------------------------------------------------

CRASH = "Zyxwv crashes the analysis."


@pytest.fixture
def crashing_analysis(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the analysis of any text holding :data:`CRASH` raise, as a bug in the core would.

    The crashers once seen (``She said: “”``) are fixed, so a stand-in keeps this test
    about the command's promise rather than one bug.
    """
    real = api.analyze_doc

    def analyze(doc: Doc, **kwargs: object) -> object:
        if CRASH in doc.text:
            raise IndexError("tuple index out of range")
        return real(doc, **kwargs)

    monkeypatch.setattr(api, "analyze_doc", analyze)


@pytest.mark.parametrize("n_process", ["1", "2"])
def test_a_crashing_document_is_named_and_every_other_file_gives_its_records(
    session_model: None,
    crashing_analysis: None,
    extractor: Extractor,
    tmp_path: Path,
    n_process: str,
) -> None:
    texts = {
        "a": GOOD,
        "b": f'{CRASH} "We will act," she said.\n',
        "c": "She said: “”\n",  # once raised IndexError in the core
        "d": '"No comment," a spokesman said.\n',
    }
    for stem, text in texts.items():
        (tmp_path / f"{stem}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out" / "quotes.jsonl"
    out.parent.mkdir()
    result = run("extract", tmp_path, "--processes", n_process, "-o", out)
    assert result.exit_code == 3, result.output
    first, summary = error_lines(result)
    assert first.startswith(f"quoteattr: error: {tmp_path / 'b.txt'}: ")
    assert "IndexError" in first
    assert summary.startswith("quoteattr: 1 of 4 inputs skipped")
    expected = [
        quote
        for stem in ("a", "c", "d")
        for quote in extractor.analyze(texts[stem], doc_id=stem).quotes
    ]
    assert [_sourceless(q) for q in read_quotes(out)] == [_sourceless(q) for q in expected]


# -- text that spreadsheets and line readers must not misread ----------------------------------


def test_line_separators_in_a_quote_stay_inside_one_json_line(
    session_model: None, extractor: Extractor, tmp_path: Path
) -> None:
    text = "\u201cWe will act\u2028and we will win,\u201d the mayor said.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    result = run("extract", tmp_path / "a.txt")
    assert result.exit_code == 0, result.output
    assert "\u2028" not in result.stdout and "\\u2028" in result.stdout
    assert len(result.stdout.splitlines()) == len(extractor.analyze(text).quotes) >= 1
    assert [_sourceless(q) for q in read_quotes(result.stdout.splitlines())] == [
        _sourceless(q) for q in extractor.analyze(text, doc_id="a").quotes
    ]


def test_a_formula_in_a_quote_is_text_in_csv(session_model: None, tmp_path: Path) -> None:
    text = '"=HYPERLINK(1)," the mayor said.\n'
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    result = run("extract", tmp_path / "a.txt", "--format", "csv")
    assert result.exit_code == 0, result.output
    (row,) = csv.DictReader(io.StringIO(result.stdout))
    assert row["content_text"].startswith("'=HYPERLINK(1)")
    start, end = int(row["content_start"]), int(row["content_end"])
    assert text[start:end] == row["content_text"][1:]
