"""The typed flat columns shared by CSV, pandas and Parquet, and what they accept as records."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quoteattr.io import CSV_COLUMNS
from quoteattr.io.columns import COLUMN_TYPES, iter_quotes, quote_rows
from quoteattr.records import (
    Attribution,
    Content,
    Cue,
    Document,
    Quote,
    QuoteKind,
    Speaker,
)
from record_strategies import quotes

TEXT = '"Rates will hold," the central bank governor Mira Sol told reporters.'


def quote(number: int, *, doc_id: str | None = "d1") -> Quote:
    return Quote(
        id=f"q{number}",
        doc_id=doc_id,
        kind=QuoteKind.DIRECT,
        content=Content.from_parts(TEXT, [(1, 16)]),
        cue=Cue("told", "tell", 54, 58),
        speaker=Speaker("the central bank governor Mira Sol", 19, 53, name="Mira Sol"),
        attribution=Attribution.POSTPOSED,
        sentence=number,
        paragraph=0,
    )


def test_columns_are_the_csv_columns_in_order() -> None:
    assert tuple(COLUMN_TYPES) == CSV_COLUMNS


@pytest.mark.parametrize(
    ("column", "kind"),
    [
        ("content_start", "int"),
        ("speaker_end", "int"),
        ("context_start", "int"),
        ("sentence", "int"),
        ("paragraph", "int"),
        ("cue_negated", "bool"),
        ("content_text", "str"),
        ("speaker_role", "str"),
        ("doc_id", "str"),
        ("published", "str"),
    ],
)
def test_column_types(column: str, kind: str) -> None:
    assert COLUMN_TYPES[column] == kind


def test_iter_quotes_takes_a_quote_a_document_and_mixed_iterables() -> None:
    first, second, third = quote(0), quote(1), quote(2)
    document = Document(TEXT, "d1", quotes=(second, third))
    assert list(iter_quotes(first)) == [first]
    assert list(iter_quotes(document)) == [second, third]
    assert list(iter_quotes([first, document])) == [first, second, third]
    assert list(iter_quotes(d for d in [document, document])) == [second, third] * 2
    assert list(iter_quotes([])) == []


@pytest.mark.parametrize(
    ("records", "named"),
    [
        (
            "some text",
            "records must be Quote or Document records (or an iterable of them), not str",
        ),
        (b"bytes", "not bytes"),
        (42, "not int"),
        ([{"id": "q1"}], "an item of records must be Quote or Document records"),
        ([None], "not NoneType"),
    ],
)
def test_iter_quotes_refuses_other_values_in_one_line(records: object, named: str) -> None:
    with pytest.raises(TypeError, match="records") as caught:
        list(iter_quotes(records))  # type: ignore[arg-type]
    assert named in str(caught.value) and "\n" not in str(caught.value)


# -- property: every value of a row is of its column's type -------------------------------
_PYTHON_TYPES = {"int": int, "bool": bool, "float": float, "str": str}


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(quotes(), max_size=3))
def test_every_row_value_is_missing_or_of_its_column_type(records: list[Quote]) -> None:
    for row in quote_rows(records):
        assert len(row) == len(COLUMN_TYPES)
        for value, (column, kind) in zip(row, COLUMN_TYPES.items(), strict=True):
            if value is None:
                continue
            # bool is an int in Python: an int column must not hold one, nor a bool column an int.
            assert type(value) is _PYTHON_TYPES[kind], (column, value)
