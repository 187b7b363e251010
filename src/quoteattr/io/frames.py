"""pandas: records as a DataFrame, one row per quote, with the columns of the CSV format.

Needs the ``pandas`` extra (``pip install "quoteattr[pandas]"``); importing this module does
not.
"""

from __future__ import annotations

from typing import Any

from .columns import COLUMN_TYPES, Records, quote_rows

# pandas' nullable dtypes: a missing value is pd.NA in every column, and an integer column
# with a missing value stays integer (numpy's int64 would turn it into float).
_DTYPES = {"int": "Int64", "bool": "boolean", "float": "Float64", "str": "string"}


def to_dataframe(records: Records) -> Any:
    """The quotes of ``records`` as a pandas DataFrame, one row per quote, in order.

    The columns are those of the CSV format (:data:`~quoteattr.io.CSV_COLUMNS`), with their
    values as they are (no spreadsheet escaping): offsets, ``sentence`` and ``paragraph`` as
    ``Int64``, ``cue_negated`` as ``boolean``, the others as ``string``; missing values are
    ``pd.NA``. The frame has a plain range index.

    Args:
        records: A :class:`~quoteattr.Quote`, a :class:`~quoteattr.Document` (its quotes),
            or an iterable of either, such as :meth:`Extractor.pipe
            <quoteattr.Extractor.pipe>`'s documents.

    Returns:
        A ``pandas.DataFrame``; with no quotes, an empty one with the same columns and dtypes.

    Raises:
        ImportError: if pandas is not installed.
        TypeError: if ``records`` holds something else than quotes and documents.

    Example:
        >>> import quoteattr
        >>> frame = quoteattr.to_dataframe(quoteattr.analyze('"Yes," Ana Lopez said.'))
        >>> frame.loc[0, ["content_text", "speaker_name"]].tolist()
        ['Yes', 'Ana Lopez']
        >>> frame["content_start"].dtype
        Int64Dtype()
    """
    try:
        import pandas as pd
    except ImportError:
        raise ImportError('to_dataframe needs pandas: pip install "quoteattr[pandas]"') from None
    rows = list(quote_rows(records))
    columns = list(COLUMN_TYPES)
    # from_records infers no columns from an empty list: the empty frame is made by name.
    frame = (
        pd.DataFrame.from_records(rows, columns=columns) if rows else pd.DataFrame(columns=columns)
    )
    return frame.astype({column: _DTYPES[kind] for column, kind in COLUMN_TYPES.items()})
