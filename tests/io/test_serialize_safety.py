"""Output that is safe to open: CSV in a spreadsheet, JSON Lines in a reader that splits lines."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quoteattr.io import CSV_COLUMNS, read_quotes, write_csv, write_jsonl
from quoteattr.records import Attribution, Content, Quote, QuoteKind, Speaker, SpeakerKind

NUMERIC_COLUMNS = {
    "confidence",
    "content_start",
    "content_end",
    "cue_start",
    "cue_end",
    "speaker_start",
    "speaker_end",
    "sentence",
    "paragraph",
}


def quote(content: str, *, speaker: str = "Ana", doc_id: str | None = "doc") -> Quote:
    return Quote(
        id="q",
        kind=QuoteKind.DIRECT,
        content=Content(content, 100, 100 + len(content)),
        cue=None,
        speaker=Speaker(speaker, 0, len(speaker), name=speaker, kind=SpeakerKind.PERSON),
        attribution=Attribution.POSTPOSED,
        sentence=0,
        paragraph=0,
        doc_id=doc_id,
    )


def csv_row(record: Quote) -> dict[str, str]:
    out = io.StringIO()
    write_csv([record], out)
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    return row


# -- CSV ---------------------------------------------------------------------------------


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_text_cells_that_start_a_formula_get_a_quote_in_front(start: str) -> None:
    formula = f'{start}HYPERLINK("http://x.example","click")'
    row = csv_row(quote(formula, speaker=f"{start}cmd|' /C calc'!A0", doc_id=f"{start}1+1"))
    assert row["content_text"] == "'" + formula
    assert row["speaker_text"] == row["speaker_name"] == f"'{start}cmd|' /C calc'!A0"
    assert row["doc_id"] == f"'{start}1+1"


def test_csv_offsets_refer_to_the_text_without_the_quote_in_front() -> None:
    text = "-5% is not a crisis"
    row = csv_row(quote(text))
    assert row["content_text"] == "'" + text
    assert int(row["content_end"]) - int(row["content_start"]) == len(text)


def test_csv_apostrophes_before_a_formula_start_get_one_more() -> None:
    assert csv_row(quote("'=1+1"))["content_text"] == "''=1+1"
    assert csv_row(quote("'tis the season"))["content_text"] == "'tis the season"


FORMULA_CELL = re.compile(r"'+[=+\-@\t\r]")
"""The cells that got a ``'`` in front, as docs/records.md tells readers to undo it."""


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None, max_examples=200)
@given(st.text(alphabet=st.sampled_from("'=+-@\t\r\na b\x00\x1b\u2028é"), min_size=1))
def test_csv_cells_give_the_text_back_by_the_documented_rule(text: str) -> None:
    cell = csv_row(quote(text))["content_text"]
    original = cell[1:] if FORMULA_CELL.match(cell) else cell
    assert original == text.translate(CONTROLS)
    assert not re.match(r"[=+\-@\t\r]", cell), "no cell starts a formula"


CONTROLS = {code: "\ufffd" for code in range(0x20) if chr(code) not in "\t\n\r"}


def test_csv_leaves_text_that_does_not_start_a_formula_alone() -> None:
    row = csv_row(quote("We will act = we will win", speaker="Ana-Maria"))
    assert row["content_text"] == "We will act = we will win"
    assert row["speaker_text"] == "Ana-Maria"


def test_csv_quotes_every_text_cell_and_no_number() -> None:
    out = io.StringIO()
    write_csv([quote("We will act")], out)
    header, line = out.getvalue().splitlines()
    assert header == ",".join(CSV_COLUMNS)
    cells = next(csv.reader([line], quoting=csv.QUOTE_NONNUMERIC))
    for column, cell in zip(CSV_COLUMNS, cells, strict=True):
        assert isinstance(cell, float) == (column in NUMERIC_COLUMNS and cell != ""), column


@pytest.mark.parametrize("newline", ["\r", "\n", "\r\n"], ids=["cr", "lf", "crlf"])
def test_csv_line_breaks_inside_a_cell_never_split_the_row(newline: str) -> None:
    text = f"one{newline}two"
    out = io.StringIO(newline="")
    write_csv([quote(text), quote("three")], out)
    assert f'"one{newline}two"' in out.getvalue()
    rows = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    assert [row["content_text"] for row in rows] == [text, "three"]


def test_csv_control_characters_become_replacement_characters_one_for_one() -> None:
    text = "a\x00b\x07c\x1bd\x0be\x0cf\tg"
    row = csv_row(quote(text))
    assert row["content_text"] == "a\ufffdb\ufffdc\ufffdd\ufffde\ufffdf\tg"
    assert len(row["content_text"]) == len(text)


# -- JSON Lines --------------------------------------------------------------------------


@pytest.mark.parametrize("char", ["\u2028", "\u2029", "\x85"], ids=["ls", "ps", "nel"])
def test_jsonl_escapes_unicode_line_breaks_and_round_trips(char: str) -> None:
    record = quote(f"one{char}two", speaker=f"A{char}B")
    out = io.StringIO()
    write_jsonl([record], out)
    written = out.getvalue()
    assert char not in written
    assert f"\\u{ord(char):04x}" in written
    assert len(written.splitlines()) == 1
    assert json.loads(written)["content"]["text"] == f"one{char}two"
    assert read_quotes(io.StringIO(written)) == [record]
    assert read_quotes(written.splitlines()) == [record]


def test_jsonl_still_writes_other_non_ascii_as_it_is() -> None:
    out = io.StringIO()
    write_jsonl([quote("déjà “vu” — 🙂")], out)
    assert "déjà “vu” — 🙂" in out.getvalue()


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None, max_examples=60)
@given(st.text(min_size=1, max_size=30))
def test_any_text_is_one_line_of_json_and_round_trips(text: str) -> None:
    record = quote(text)
    out = io.StringIO()
    write_jsonl([record], out)
    (line,) = out.getvalue().splitlines()
    assert read_quotes([line]) == [record]
