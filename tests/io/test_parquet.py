"""The Parquet writer: the dataframe's columns and types, streamed in row groups, never
destroying a previous file."""

from __future__ import annotations

import io
import os
import stat
import sys
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quoteattr import Document, to_dataframe
from quoteattr.io.parquet import ParquetOutputError, ParquetWriter, parquet_schema, write_parquet
from quoteattr.records import Attribution, Content, Cue, Quote, QuoteKind, Speaker
from record_strategies import quotes

TEXT = '"The bridge reopens in May," the transport minister Lena Vik said.'


def said(number: int, *, doc_id: str = "d1") -> Quote:
    speaker = "the transport minister Lena Vik"
    at = TEXT.index(speaker)
    return Quote(
        id=f"{doc_id}-q{number}",
        doc_id=doc_id,
        kind=QuoteKind.DIRECT,
        content=Content.from_parts(TEXT, [(1, 27)]),
        cue=Cue("said", "say", len(TEXT) - 5, len(TEXT) - 1),
        speaker=Speaker(speaker, at, at + len(speaker), name="Lena Vik", role="minister"),
        attribution=Attribution.POSTPOSED,
        sentence=number,
        paragraph=0,
    )


def bare(number: int) -> Quote:
    return Quote(
        id=f"b{number}",
        kind=QuoteKind.INDIRECT,
        content=Content("it would", 3, 11),
        cue=None,
        speaker=None,
        attribution=Attribution.NONE,
        sentence=number,
        paragraph=1,
    )


def read_back(path: Path | io.BytesIO) -> pd.DataFrame:
    return pd.read_parquet(path, dtype_backend="numpy_nullable")


def test_a_parquet_file_reads_back_as_the_dataframe(tmp_path: Path) -> None:
    records = [said(0), bare(1), said(2, doc_id="d2")]
    path = tmp_path / "quotes.parquet"
    assert write_parquet(records, path) == 3
    pd.testing.assert_frame_equal(read_back(path), to_dataframe(records))


def test_the_file_has_the_fixed_schema(tmp_path: Path) -> None:
    path = tmp_path / "quotes.parquet"
    write_parquet([bare(0)], path)  # a quote whose cue and speaker columns are all missing
    assert pq.read_schema(path).remove_metadata().equals(parquet_schema())
    types = {field.name: str(field.type) for field in parquet_schema()}
    assert (types["content_start"], types["cue_negated"], types["speaker_name"]) == (
        "int64",
        "bool",
        "string",
    )


def test_rows_are_written_a_row_group_at_a_time(tmp_path: Path) -> None:
    path = tmp_path / "quotes.parquet"
    with ParquetWriter(path, row_group_size=2) as writer:
        assert writer.write(Document(TEXT, "d1", quotes=(said(0), said(1), said(2)))) == 3
        assert writer.write([bare(3)]) == 1
        assert writer.write(said(4)) == 1
        assert writer.rows == 5
        assert not path.exists()  # nothing in place before the run is closed
    metadata = pq.ParquetFile(path).metadata
    assert (metadata.num_rows, metadata.num_row_groups) == (5, 3)
    assert read_back(path)["id"].tolist() == ["d1-q0", "d1-q1", "d1-q2", "b3", "d1-q4"]


def test_no_records_give_a_file_with_the_schema_and_no_rows(tmp_path: Path) -> None:
    path = tmp_path / "empty.parquet"
    assert write_parquet([], path) == 0
    frame = read_back(path)
    assert len(frame) == 0
    assert frame.dtypes.to_dict() == to_dataframe([]).dtypes.to_dict()


def test_a_binary_stream_is_written_directly() -> None:
    stream = io.BytesIO()
    write_parquet([said(0), bare(1)], stream)
    assert stream.getvalue().startswith(b"PAR1")
    pd.testing.assert_frame_equal(
        read_back(io.BytesIO(stream.getvalue())), to_dataframe([said(0), bare(1)])
    )


def test_a_failed_run_leaves_the_previous_file_and_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "quotes.parquet"
    write_parquet([said(0)], path)
    before = path.read_bytes()

    def run() -> None:
        with ParquetWriter(path, row_group_size=1) as writer:
            writer.write([said(1), said(2)])  # two row groups written to the temporary file
            raise RuntimeError("the corpus reader failed")

    with pytest.raises(RuntimeError, match="reader failed"):
        run()
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["quotes.parquet"]


def test_bad_records_discard_nothing_written_yet(tmp_path: Path) -> None:
    path = tmp_path / "quotes.parquet"
    with pytest.raises(TypeError, match="not dict"), ParquetWriter(path) as writer:
        writer.write([said(0), {"id": "x"}])  # type: ignore[list-item]
    assert os.listdir(tmp_path) == []


def test_a_closed_writer_refuses_more_rows(tmp_path: Path) -> None:
    writer = ParquetWriter(tmp_path / "quotes.parquet")
    writer.close()
    writer.close()  # a second close does nothing
    with pytest.raises(ValueError, match="closed"):
        writer.write([said(0)])


def test_a_missing_folder_is_a_one_line_output_error(tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "quotes.parquet"
    with pytest.raises(ParquetOutputError, match=r"no-such-folder.*cannot write") as caught:
        ParquetWriter(target)
    assert isinstance(caught.value, OSError) and "\n" not in str(caught.value)


def test_a_new_file_gets_the_usual_mode_not_a_private_one(tmp_path: Path) -> None:
    path = tmp_path / "quotes.parquet"
    old = os.umask(0o022)
    try:
        write_parquet([said(0)], path)
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_a_row_group_size_below_one_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="row_group_size must be at least 1, not 0"):
        ParquetWriter(tmp_path / "quotes.parquet", row_group_size=0)
    assert os.listdir(tmp_path) == []


def test_missing_pyarrow_is_an_import_error_naming_the_extra(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # makes `import pyarrow` fail
    with pytest.raises(ImportError, match=r'pip install "quoteattr\[parquet\]"'):
        write_parquet([said(0)], tmp_path / "quotes.parquet")
    assert os.listdir(tmp_path) == []


# Building Hypothesis's table of Unicode characters takes a second or two on a cold cache.
@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None, max_examples=40)
@given(st.lists(quotes(), max_size=5), st.integers(min_value=1, max_value=3))
def test_any_quotes_read_back_from_parquet_as_their_dataframe(
    records: list[Quote], row_group_size: int
) -> None:
    stream = io.BytesIO()
    assert write_parquet(records, stream, row_group_size=row_group_size) == len(records)
    pd.testing.assert_frame_equal(read_back(io.BytesIO(stream.getvalue())), to_dataframe(records))
