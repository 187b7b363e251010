"""The run summary: one line on standard error, one JSON object in a file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quoteattr.io.summary import RunSummary, reason_kind, write_summary

SUMMARY = RunSummary(
    documents_read=10,
    documents_analysed=8,
    documents_with_records=6,
    documents_skipped=2,
    skipped_by_reason=(("empty file", 1), ("not valid UTF-8", 1)),
    records=31,
    characters=12_000,
    elapsed_seconds=4.0,
    documents_resumed=2,
)


def test_the_summary_line_says_what_became_of_the_inputs() -> None:
    assert SUMMARY.line() == (
        "10 documents read, 6 with records, 2 skipped (1 empty file, 1 not valid UTF-8); "
        "31 records; 4.0 s, 2.0 documents/s (2 done before the resume)"
    )


def test_the_summary_file_is_one_json_object(tmp_path: Path) -> None:
    path = tmp_path / "run.json"
    path.write_text("previous")
    write_summary(SUMMARY, str(path))
    data = json.loads(path.read_text())
    assert data["skipped_by_reason"] == {"empty file": 1, "not valid UTF-8": 1}
    assert (data["documents_read"], data["records"], data["documents_per_second"]) == (10, 31, 2.0)
    assert list(tmp_path.iterdir()) == [path]


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        (
            "not valid UTF-8 (byte 0x93 at byte offset 0); looks like Windows-1252",
            "not valid UTF-8",
        ),
        ("analysis failed (internal error IndexError: x); please report this", "analysis failed"),
        ("broken symbolic link (to nowhere.txt)", "broken symbolic link"),
        ("id: expected a non-empty string, got None", "id: expected a non-empty string"),
        ("empty file", "empty file"),
    ],
)
def test_skip_reasons_are_counted_by_kind(message: str, kind: str) -> None:
    assert reason_kind(message) == kind
