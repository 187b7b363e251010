"""quoteattr.to_dataframe: one typed row per quote, with the CSV columns and unescaped text."""

from __future__ import annotations

import csv
import io
import sys

import pandas as pd
import pytest

import quoteattr
from quoteattr import Document, to_dataframe
from quoteattr.io import CSV_COLUMNS, write_csv
from quoteattr.io.columns import COLUMN_TYPES
from quoteattr.records import (
    Attribution,
    Content,
    Cue,
    CueCategory,
    Provenance,
    Quote,
    QuoteKind,
    Speaker,
    SpeakerKind,
    TextSpan,
)

TEXT = '"=Sell now," the fund manager Ivo Brandt of Northwind Capital warned on Friday.'
SPEAKER = "the fund manager Ivo Brandt of Northwind Capital"
SPEAKER_AT = TEXT.index(SPEAKER)
CUE_AT = TEXT.index("warned")


def warned() -> Quote:
    return Quote(
        id="q1",
        doc_id="market-1",
        kind=QuoteKind.DIRECT,
        content=Content.from_parts(TEXT, [(1, 10)]),
        cue=Cue("warned", "warn", CUE_AT, CUE_AT + 6, CueCategory.WARNING, negated=False),
        speaker=Speaker(
            SPEAKER,
            SPEAKER_AT,
            SPEAKER_AT + len(SPEAKER),
            name="Ivo Brandt",
            kind=SpeakerKind.PERSON,
            role="fund manager",
            affiliation="Northwind Capital",
        ),
        attribution=Attribution.POSTPOSED,
        sentence=0,
        paragraph=0,
        context=TextSpan.from_offsets(TEXT, 0, len(TEXT)),
        provenance=Provenance(url="https://example.org/markets", published="2024-03-01"),
    )


def bare() -> Quote:
    """A quote with no cue, speaker, context or provenance: every such column is missing."""
    return Quote(
        id="q2",
        kind=QuoteKind.DIRECT,
        content=Content("Not now", 4, 11),
        cue=None,
        speaker=None,
        attribution=Attribution.NONE,
        sentence=2,
        paragraph=1,
    )


def test_frame_has_the_csv_columns_with_nullable_dtypes() -> None:
    frame = to_dataframe([warned(), bare()])
    assert tuple(frame.columns) == CSV_COLUMNS
    assert list(frame.index) == [0, 1]
    assert str(frame["content_start"].dtype) == "Int64"
    assert str(frame["sentence"].dtype) == "Int64"
    assert str(frame["cue_negated"].dtype) == "boolean"
    assert str(frame["speaker_name"].dtype) == "string"
    assert str(frame["published"].dtype) == "string"


def test_frame_values_are_the_records_values() -> None:
    row = to_dataframe(warned()).iloc[0]
    assert row["content_text"] == "=Sell now"
    for span in ("content", "cue", "speaker"):
        assert TEXT[row[f"{span}_start"] : row[f"{span}_end"]] == row[f"{span}_text"], span
    assert (row["cue_lemma"], row["cue_category"], row["cue_negated"]) == ("warn", "warning", False)
    assert (row["speaker_role"], row["speaker_affiliation"]) == (
        "fund manager",
        "Northwind Capital",
    )
    assert row["attribution"] == "postposed"
    assert (row["context_start"], row["context_end"]) == (0, len(TEXT))
    assert row["url"] == "https://example.org/markets"


def test_missing_values_are_na_and_integer_columns_stay_integer() -> None:
    frame = to_dataframe([warned(), bare()])
    missing = frame.iloc[1]
    for column in ("doc_id", "cue_text", "cue_start", "cue_negated", "speaker_start", "url"):
        assert missing[column] is pd.NA, column
    assert frame["speaker_start"].tolist() == [SPEAKER_AT, pd.NA]


def test_frame_holds_the_text_the_csv_escapes_for_spreadsheets() -> None:
    out = io.StringIO()
    write_csv([warned(), bare()], out)
    cells = list(csv.DictReader(io.StringIO(out.getvalue())))
    frame = to_dataframe([warned(), bare()])
    assert cells[0]["content_text"] == "'=Sell now"
    assert frame.loc[0, "content_text"] == "=Sell now"
    # Otherwise every cell is the frame's value written out: empty for missing.
    for index, row in enumerate(cells):
        for column in CSV_COLUMNS:
            value = frame.loc[index, column]
            if value is pd.NA:
                assert row[column] == "", column
            elif COLUMN_TYPES[column] == "bool":
                assert row[column] == ("true" if value else "false"), column
            elif column != "content_text":
                assert row[column] == str(value), column


def test_frame_takes_quotes_documents_and_generators_alike() -> None:
    document = Document(TEXT, "market-1", quotes=(warned(), bare()))
    expected = to_dataframe([warned(), bare()])
    pd.testing.assert_frame_equal(to_dataframe(document), expected)
    pd.testing.assert_frame_equal(to_dataframe(d for d in [document]), expected)
    pd.testing.assert_frame_equal(
        to_dataframe([warned(), Document(TEXT, None, (bare(),))]), expected
    )


def test_no_records_give_an_empty_frame_with_the_same_columns_and_dtypes() -> None:
    empty = to_dataframe([])
    full = to_dataframe([warned()])
    assert len(empty) == 0
    assert tuple(empty.columns) == CSV_COLUMNS
    assert empty.dtypes.to_dict() == full.dtypes.to_dict()


def test_bad_records_are_a_one_line_type_error() -> None:
    with pytest.raises(TypeError, match=r"^records must be Quote or Document records .* not str$"):
        to_dataframe("a text, not records")  # type: ignore[arg-type]


def test_missing_pandas_is_an_import_error_naming_the_extra(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` fail
    with pytest.raises(ImportError, match=r'pip install "quoteattr\[pandas\]"'):
        to_dataframe([warned()])


def test_frame_of_real_articles_keeps_offsets_into_each_text(
    seed_documents: list[Document],
) -> None:
    frame = to_dataframe(seed_documents)
    assert len(frame) == sum(len(document.quotes) for document in seed_documents) > 20
    texts = {document.doc_id: document.text for document in seed_documents}
    for row in frame.itertuples():
        text = texts[row.doc_id]
        assert text[row.content_start : row.content_end] == row.content_text
        if row.speaker_start is not pd.NA:
            assert text[row.speaker_start : row.speaker_end] == row.speaker_text


def test_to_dataframe_is_public() -> None:
    assert "to_dataframe" in quoteattr.__all__
