"""Reading record files for ``quoteattr verify``: what each record claims about its source.

A record file written by ``quoteattr extract`` (JSON Lines of quotes, the speaker table, or
CSV) is read as it is, field by field, without the records' own validation, so that each
record is checked and reported on its own: :func:`read_records` gives one
:class:`RecordToCheck` per record, holding every span it claims (the content and its parts,
the cue, the speaker and the channel, and the words their role, title and affiliation were
read from; an entity's mentions and sources) and its ``sha256`` if it has one.

CSV cells are read back as the CSV writer wrote them: the ``'`` put before a cell that
starts like a formula is dropped (``'+[=+\\-@\\t\\r]``, see ``docs/records.md``).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs

from ..errors import GoldFormatError

# The CSV writer's guard before a formula-like text cell (csv_rows.py), undone here.
_FORMULA_GUARD = re.compile(r"'+[=+\-@\t\r]")
_CSV_SPANS = (
    "content",
    "cue",
    "speaker",
    "speaker_role_source",
    "speaker_title_source",
    "speaker_affiliation_source",
)
_SOURCES = ("role_source", "title_source", "affiliation_source")
"""The spans a speaker or entity gives for the words its role, title and affiliation came from."""


@attrs.frozen
class ClaimedSpan:
    """A stretch of text a record says stands at ``start:end`` in its source."""

    field: str
    """Where in the record: ``content``, ``content.parts[1]``, ``cue``, ``mentions[0]`` ..."""
    text: str
    start: int
    end: int


@attrs.frozen
class RecordToCheck:
    """What a record claims about its source."""

    id: str
    doc_id: str | None
    where: str
    """The record's place in its file (``out.jsonl:3``, ``quotes.csv row 2``)."""
    spans: tuple[ClaimedSpan, ...]
    sha256: str | None = None
    from_csv: bool = False
    """Its text cells were written by the CSV writer (control characters as U+FFFD)."""


def read_records(path: str | os.PathLike[str]) -> list[RecordToCheck]:
    """The records of a file ``quoteattr extract`` wrote, as claims to check.

    JSON Lines (quotes, or the speaker table) and CSV are told apart by their first line.

    Raises:
        GoldFormatError: for a file in neither format, or a record whose offsets are not
            integers or whose text is not a string (naming the line or row).
        OSError: if the file cannot be read.
    """
    name = os.fspath(path)
    raw = Path(path).read_bytes().removeprefix(b"\xef\xbb\xbf")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise GoldFormatError(
            f"{name}: not valid UTF-8 (byte offset {exc.start}); record files are UTF-8"
        ) from None
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    if not first or first.startswith(("{", "//")):
        return list(_jsonl_records(text, name))
    header = next(csv.reader([first]))
    if "content_start" in header and "doc_id" in header:
        return list(_csv_records(text, name))
    raise GoldFormatError(
        f"{name}: neither JSON Lines nor CSV as 'quoteattr extract' writes them "
        "(a CSV file starts with the header row doc_id,id,kind,...)"
    )


def _jsonl_records(text: str, name: str) -> Iterator[RecordToCheck]:
    # Split on "\n" only: JSON escapes its own line breaks, and str.splitlines would also
    # break inside a string at U+2028.
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("//"):
            continue
        where = f"{name}:{number}"
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise GoldFormatError(f"{where}: not JSON ({exc.msg} at column {exc.colno})") from None
        if not isinstance(data, dict):
            raise GoldFormatError(f"{where}: expected a JSON object, got {type(data).__name__}")
        yield RecordToCheck(
            id=str(data.get("id")),
            doc_id=_optional_str(data.get("doc_id"), "doc_id", where),
            where=where,
            spans=tuple(_json_spans(data, where)),
            sha256=_json_sha256(data, where),
        )


def _json_sha256(data: Mapping[str, Any], where: str) -> str | None:
    """The checksum a record states: in its provenance, or (older files) at the top."""
    provenance = data.get("provenance")
    if provenance is not None:
        if not isinstance(provenance, dict):
            raise GoldFormatError(f"{where}: provenance: expected an object or null")
        stated = _optional_str(provenance.get("sha256"), "provenance.sha256", where)
        if stated is not None:
            return stated
    return _optional_str(data.get("sha256"), "sha256", where)


def _json_spans(data: Mapping[str, Any], where: str) -> Iterator[ClaimedSpan]:
    if "content" not in data and isinstance(data.get("mentions"), list):  # a speaker line
        for index, mention in enumerate(data["mentions"]):
            yield _json_span(mention, f"mentions[{index}]", where)
        yield from _json_sources(data, "", where)
        return
    content = data.get("content")
    if not isinstance(content, dict):
        raise GoldFormatError(f"{where}: content: expected an object with text, start, end")
    yield _json_span(content, "content", where)
    for index, part in enumerate(content.get("parts") or ()):
        yield _json_span(part, f"content.parts[{index}]", where)
    for field in ("cue", "speaker", "via", "context"):
        if data.get(field) is not None:
            yield _json_span(data[field], field, where)
    for field in ("speaker", "via"):
        if isinstance(data.get(field), dict):
            yield from _json_sources(data[field], f"{field}.", where)


def _json_sources(data: Mapping[str, Any], prefix: str, where: str) -> Iterator[ClaimedSpan]:
    """The role, title and affiliation sources of a speaker or an entity (files written
    before they existed have none)."""
    for key in _SOURCES:
        if data.get(key) is not None:
            yield _json_span(data[key], f"{prefix}{key}", where)


def _json_span(value: object, field: str, where: str) -> ClaimedSpan:
    if not isinstance(value, dict):
        raise GoldFormatError(f"{where}: {field}: expected an object with text, start, end")
    text, start, end = value.get("text"), value.get("start"), value.get("end")
    if not isinstance(text, str):
        raise GoldFormatError(f"{where}: {field}.text: expected a string, got {text!r}")
    for key, number in (("start", start), ("end", end)):
        if isinstance(number, bool) or not isinstance(number, int):
            raise GoldFormatError(f"{where}: {field}.{key}: expected an integer, got {number!r}")
    assert isinstance(start, int) and isinstance(end, int)
    return ClaimedSpan(field, text, start, end)


def _optional_str(value: object, field: str, where: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise GoldFormatError(f"{where}: {field}: expected a string or null, got {value!r}")


def _csv_records(text: str, name: str) -> Iterable[RecordToCheck]:
    rows = csv.DictReader(io.StringIO(text, newline=""))
    for number, row in enumerate(rows, start=1):
        where = f"{name} row {number}"
        cells = {key: _csv_text(value or "") for key, value in row.items() if key is not None}
        spans = []
        for field in _CSV_SPANS:
            start, end = cells.get(f"{field}_start", ""), cells.get(f"{field}_end", "")
            if not start and not end and field != "content":
                continue
            spans.append(
                ClaimedSpan(
                    field,
                    cells.get(f"{field}_text", ""),
                    _csv_int(start, f"{field}_start", where),
                    _csv_int(end, f"{field}_end", where),
                )
            )
        yield RecordToCheck(
            id=cells.get("id", ""),
            doc_id=cells.get("doc_id") or None,
            where=where,
            spans=tuple(spans),
            sha256=cells.get("sha256") or None,
            from_csv=True,
        )


def _csv_text(cell: str) -> str:
    """A text cell without the ``'`` the CSV writer put before a formula-like text."""
    return cell[1:] if _FORMULA_GUARD.match(cell) else cell


def _csv_int(cell: str, column: str, where: str) -> int:
    try:
        return int(cell)
    except ValueError:
        raise GoldFormatError(f"{where}: {column}: expected an integer, got {cell!r}") from None
