"""The flat columns of the tabular formats, with their types: CSV, pandas and Parquet.

Every tabular format has the columns of :data:`~quoteattr.io.csv_rows.CSV_COLUMNS`, in that
order, one row per quote. CSV writes them as text; :func:`quoteattr.to_dataframe` and the
Parquet writer (:mod:`.parquet`) keep their types, given here: offsets and sentence and
paragraph numbers are integers, ``cue_negated`` a boolean, every other column text. Every
column may be missing (a quote without a cue has no ``cue_start``), so each type is the
nullable one.

This module needs neither pandas nor pyarrow.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Literal, TypeAlias

from ..records import Document, Quote
from .csv_rows import CSV_COLUMNS, flat_row

ColumnType: TypeAlias = Literal["int", "bool", "float", "str"]
"""The type of a column's values, when it has one (any column may be missing)."""

Records: TypeAlias = Quote | Document | Iterable[Quote | Document]
"""What the tabular writers accept: quotes, documents (their quotes), or an iterable of both."""

# Every span column pair (content, cue, speaker, the speaker's sources, context) is offsets.
_INT_COLUMNS = frozenset(c for c in CSV_COLUMNS if c.endswith(("_start", "_end"))) | {
    "sentence",
    "paragraph",
}
_BOOL_COLUMNS = frozenset({"cue_negated"})
# Tests check that every non-text value of a row is in a column of its type.
_FLOAT_COLUMNS = frozenset({"confidence"})


def _column_type(column: str) -> ColumnType:
    if column in _INT_COLUMNS:
        return "int"
    if column in _BOOL_COLUMNS:
        return "bool"
    if column in _FLOAT_COLUMNS:
        return "float"
    return "str"


COLUMN_TYPES: dict[str, ColumnType] = {column: _column_type(column) for column in CSV_COLUMNS}
"""The type of each tabular column, in the order of :data:`CSV_COLUMNS`."""


def iter_quotes(records: Records) -> Iterator[Quote]:
    """The quotes of ``records``, in order: a quote, a document's quotes, or those of each item.

    Args:
        records: A :class:`Quote`, a :class:`Document`, or an iterable of either (a generator
            of documents from :meth:`Extractor.pipe <quoteattr.Extractor.pipe>` too).

    Yields:
        Each quote, a document's in document order.

    Raises:
        TypeError: if ``records`` or one of its items is neither a quote nor a document.
    """
    if isinstance(records, Quote):
        yield records
        return
    if isinstance(records, Document):
        yield from records.quotes
        return
    if isinstance(records, str | bytes) or not isinstance(records, Iterable):
        raise TypeError(_not_records(records, "records"))
    for item in records:
        if isinstance(item, Quote):
            yield item
        elif isinstance(item, Document):
            yield from item.quotes
        else:
            raise TypeError(_not_records(item, "an item of records"))


def quote_rows(records: Records) -> Iterator[tuple[object, ...]]:
    """One row of plain values per quote of ``records``, in the order of :data:`COLUMN_TYPES`.

    Raises:
        TypeError: as :func:`iter_quotes`.
    """
    return (flat_row(quote) for quote in iter_quotes(records))


def _not_records(value: object, what: str) -> str:
    return (
        f"{what} must be Quote or Document records (or an iterable of them), "
        f"not {type(value).__name__}"
    )
