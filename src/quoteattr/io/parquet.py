"""Parquet: the records of a corpus as one columnar file, written as they come.

A Parquet file has the columns of the CSV format (:data:`~quoteattr.io.csv_rows.CSV_COLUMNS`)
with their types (:data:`~quoteattr.io.columns.COLUMN_TYPES`): 64-bit integers, booleans and
UTF-8 text, each nullable. Read it with pandas (``pandas.read_parquet(path,
dtype_backend="numpy_nullable")`` gives the frame of :func:`quoteattr.to_dataframe`), Polars,
DuckDB, Spark or any Arrow reader.

Write a run with a :class:`ParquetWriter`, one call of :meth:`~ParquetWriter.write` per
document or batch, and :meth:`~ParquetWriter.close` at the end::

    with ParquetWriter("quotes.parquet") as writer:
        for document in extractor.pipe(texts):
            writer.write(document)

Rows are held until a row group is full (``row_group_size`` rows), then written, so memory
stays flat however long the run. A file path is written through a temporary file beside it
and renamed into place only by :meth:`~ParquetWriter.close`: a run that fails or is
interrupted leaves a previous file as it was (Parquet cannot be appended to, so such a run
starts again). :func:`write_parquet` writes records in one call. Writing needs the
``parquet`` extra (``pip install "quoteattr[parquet]"``); importing this module does not.
"""

from __future__ import annotations

import contextlib
import os
from typing import Any, BinaryIO

from ..errors import QuoteattrError
from .columns import COLUMN_TYPES, Records, quote_rows
from .output import temp_beside

ROW_GROUP_SIZE = 10_000
"""Rows held before a row group is written: a few MB of memory for news quotes."""


class ParquetOutputError(QuoteattrError, OSError):
    """The Parquet file cannot be written where it was asked to go."""


class ParquetWriter:
    """Streams quotes into a Parquet file with a fixed schema, a row group at a time.

    Args:
        where: A file path, or a binary stream open for writing (written directly; the
            caller closes it).
        row_group_size: Rows per row group (the last one may hold fewer).
        compression: A Parquet codec pyarrow knows (``"zstd"``, ``"snappy"``, ``"none"``).

    Attributes:
        rows: The number of quotes written so far.

    Raises:
        ImportError: if pyarrow is not installed.
        ParquetOutputError: if the file cannot be created.
        ValueError: if ``row_group_size`` is less than 1.

    Usable as a context manager: closed at the end of the block, or discarded when it
    ends with an exception.
    """

    def __init__(
        self,
        where: str | os.PathLike[str] | BinaryIO,
        *,
        row_group_size: int = ROW_GROUP_SIZE,
        compression: str = "zstd",
    ) -> None:
        if row_group_size < 1:
            raise ValueError(f"row_group_size must be at least 1, not {row_group_size}")
        self._pa = _pyarrow()
        self._schema = parquet_schema()
        self._row_group_size = row_group_size
        self._pending: list[tuple[object, ...]] = []
        self.rows = 0
        self._temp: str | None = None
        self._target: str | None = None
        self._name = "the Parquet stream"
        sink: Any = where
        if isinstance(where, str | os.PathLike):
            self._name = os.fspath(where)
            sink = self._temp_for(self._name)
        try:
            self._writer: Any = self._pa.parquet.ParquetWriter(
                sink, self._schema, compression=compression
            )
        except OSError as exc:
            self.discard()
            raise _error(self._name, exc) from None
        self._open = True

    def _temp_for(self, path: str) -> str:
        """A new temporary file beside ``path`` with the mode the file will have, or ``path``
        itself when it is no regular file (``/dev/null``, a named pipe)."""
        try:
            beside = temp_beside(path)
        except OSError as exc:
            raise _error(path, exc) from None
        if beside is None:
            return path
        fd, self._temp, self._target = beside
        os.close(fd)
        return self._temp

    def write(self, records: Records) -> int:
        """Add the quotes of ``records``: a quote, a document, or an iterable of either.

        Args:
            records: What to write; see :func:`quoteattr.to_dataframe`.

        Returns:
            The number of quotes added.

        Raises:
            TypeError: if ``records`` holds something else than quotes and documents.
            ValueError: if the writer was closed or discarded.
            ParquetOutputError: if a row group cannot be written (the file is discarded).
        """
        if not self._open:
            raise ValueError(f"{self._name}: the Parquet writer is closed")
        count = 0
        for row in quote_rows(records):
            self._pending.append(row)
            count += 1
            if len(self._pending) >= self._row_group_size:
                self._flush()
        self.rows += count
        return count

    def close(self) -> None:
        """Write the held rows and the footer; move a file into place.

        A file with no rows still has the schema. Does nothing when already closed.

        Raises:
            ParquetOutputError: if the last rows cannot be written or the file renamed.
        """
        if not self._open:
            return
        self._flush()
        try:
            self._writer.close()
            self._open = False
            if self._temp is not None and self._target is not None:
                os.replace(self._temp, self._target)
                self._temp = None
        except OSError as exc:
            self.discard()
            raise _error(self._name, exc) from None

    def discard(self) -> None:
        """Give up: remove the temporary file, leaving any previous file as it was.

        Does nothing after :meth:`close`. Never raises.
        """
        self._open = False
        self._pending.clear()
        with contextlib.suppress(Exception):  # the writer may be half-made; nothing to save
            self._writer.close()
        if self._temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(self._temp)
            self._temp = None

    def __enter__(self) -> ParquetWriter:
        return self

    def __exit__(self, exc_type: object, *_exc: object) -> None:
        if exc_type is None:
            self.close()
        else:
            self.discard()

    def _flush(self) -> None:
        if not self._pending:
            return
        columns = list(zip(*self._pending, strict=True))
        self._pending.clear()
        table = self._pa.Table.from_arrays(
            [
                self._pa.array(values, type=field.type)
                for values, field in zip(columns, self._schema, strict=True)
            ],
            schema=self._schema,
        )
        try:
            self._writer.write_table(table)
        except OSError as exc:
            self.discard()
            raise _error(self._name, exc) from None


def write_parquet(
    records: Records,
    where: str | os.PathLike[str] | BinaryIO,
    *,
    row_group_size: int = ROW_GROUP_SIZE,
) -> int:
    """Write the quotes of ``records`` to a Parquet file, replacing it only when done.

    Args:
        records: A quote, a document, or an iterable of either (streamed: a generator of
            documents is never held whole).
        where: A file path or a binary stream.
        row_group_size: Rows per row group.

    Returns:
        The number of quotes written.

    Raises:
        ImportError: if pyarrow is not installed.
        TypeError: if ``records`` holds something else than quotes and documents.
        ParquetOutputError: if the file cannot be written; a previous file is unchanged.
    """
    with ParquetWriter(where, row_group_size=row_group_size) as writer:
        writer.write(records)
    return writer.rows


def parquet_schema() -> Any:
    """The Arrow schema of the Parquet files: :data:`COLUMN_TYPES` as nullable Arrow types.

    Raises:
        ImportError: if pyarrow is not installed.
    """
    pa = _pyarrow()
    types = {"int": pa.int64(), "bool": pa.bool_(), "float": pa.float64(), "str": pa.string()}
    return pa.schema([pa.field(name, types[kind]) for name, kind in COLUMN_TYPES.items()])


def _pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet  # makes pyarrow.parquet an attribute
    except ImportError:
        raise ImportError(
            'writing Parquet needs pyarrow: pip install "quoteattr[parquet]"'
        ) from None
    return pyarrow


def _error(name: str, exc: OSError) -> ParquetOutputError:
    reason = exc.strerror or str(exc) or type(exc).__name__
    return ParquetOutputError(f"{name}: cannot write: {reason}")
