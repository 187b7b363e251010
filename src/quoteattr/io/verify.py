"""Check records against their sources: do the words still stand at their offsets?

A record file written by ``quoteattr extract`` (JSON Lines, the speaker table, or CSV) is
read as it is, field by field, without the records' own validation, so that each record is
checked and reported on its own. For every record, its document's source is found among
the given paths by document id (the file name without extension, as ``extract`` makes it)
and read as ``extract`` reads it (a leading byte order mark dropped, nothing else changed);
then every span the record holds (the content and its parts, the cue, the speaker and the
channel; an entity's mentions) must be the source's characters at its offsets.

A record that carries a ``sha256`` field (the records will, once they hold their source's
provenance) is first checked against the source's SHA-256: that of the file as stored
(what ``sha256sum`` prints), or of its text in UTF-8 (the same unless the file starts with a
byte order mark).

CSV cells are read back as the CSV writer wrote them: the ``'`` put before a cell that
starts like a formula is dropped (``'+[=+\\-@\\t\\r]``, see ``docs/records.md``), and a control
character of the source matches the U+FFFD the writer put in its place.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from ..errors import GoldFormatError
from .inputs import SourceProblem, SourceText, iter_sources

# The CSV writer's changes to a text cell (csv_rows.py), undone or matched here.
_FORMULA_GUARD = re.compile(r"'+[=+\-@\t\r]")
_CSV_CONTROLS = str.maketrans(dict.fromkeys(set(range(0x20)) - {0x09, 0x0A, 0x0D}, "\ufffd"))
_CSV_SPANS = ("content", "cue", "speaker")
_EXCERPT = 24


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


@attrs.frozen
class Mismatch:
    """A record that does not hold against its source, and why."""

    record: RecordToCheck
    reason: str

    def line(self) -> str:
        """One line naming the record and its document: ``record ID (doc DOC): reason``."""
        return f"record {self.record.id} (doc {self.record.doc_id}): {self.reason}"


@attrs.frozen
class Verification:
    """The outcome of checking a record file against its sources.

    Attributes:
        checked: Records read.
        documents: Documents the records belong to.
        mismatches: The records that do not hold, in file order.
        problems: Paths that could not be read (``PATH: reason``).
    """

    checked: int
    documents: int
    mismatches: tuple[Mismatch, ...]
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        """Every record holds."""
        return not self.mismatches


def verify(records: str | os.PathLike[str], paths: Sequence[str]) -> Verification:
    """Check every record of the file ``records`` against its source among ``paths``.

    Args:
        records: A file written by ``quoteattr extract`` (JSON Lines of quotes or of
            speakers, or CSV).
        paths: Source files and directories (their ``*.txt`` files), as given to
            ``extract``.

    Returns:
        The records checked and those that do not hold: whose source is missing, cannot be
        read, is shared by several files or has another SHA-256, or whose words do not
        stand at their offsets.

    Raises:
        GoldFormatError: if ``records`` is not such a file, naming the line and the problem.
        OSError: if ``records`` cannot be read.
    """
    to_check = read_records(records)
    by_doc: dict[str | None, list[int]] = {}
    for index, record in enumerate(to_check):
        by_doc.setdefault(record.doc_id, []).append(index)
    reasons: dict[int, str] = {}
    found: dict[str, list[str]] = {}
    unreadable: dict[str, str] = {}
    problems = []
    for source in iter_sources(list(paths)):
        if isinstance(source, SourceProblem):
            problems.append(f"{source.path}: {source.message}")
            unreadable.setdefault(Path(source.path).stem, f"{source.path}: {source.message}")
            continue
        found.setdefault(source.doc_id, []).append(source.path)
        if source.doc_id not in by_doc:
            continue
        if len(found[source.doc_id]) > 1:  # which file were the records made from?
            shared = ", ".join(found[source.doc_id])
            for index in by_doc[source.doc_id]:
                reasons[index] = f"source ambiguous: several files have this doc id ({shared})"
            continue
        for index in by_doc[source.doc_id]:
            reason = check(to_check[index], source)
            if reason is not None:
                reasons[index] = reason
    for doc_id, indexes in by_doc.items():
        if doc_id is not None and doc_id in found:
            continue
        if doc_id is None:
            reason = "no doc_id: its source cannot be found"
        elif doc_id in unreadable:
            reason = f"source cannot be read ({unreadable[doc_id]})"
        else:
            reason = f"source missing: no file named {doc_id}.* among the paths given"
        for index in indexes:
            reasons[index] = reason
    return Verification(
        checked=len(to_check),
        documents=len(by_doc),
        mismatches=tuple(Mismatch(to_check[i], reasons[i]) for i in sorted(reasons)),
        problems=tuple(problems),
    )


def check(record: RecordToCheck, source: SourceText) -> str | None:
    """Why ``record`` does not hold against ``source``, or ``None`` when it does."""
    if record.sha256 is not None:
        wanted = record.sha256.strip().lower()
        digests = _digests(source)
        if wanted not in digests:
            return (
                f"source changed: {source.path} has SHA-256 {digests[0][:16]}…, "
                f"the record {wanted[:16]}…"
            )
    return check_spans(record, source.text)


def _digests(source: SourceText) -> tuple[str, ...]:
    as_text = hashlib.sha256(source.text.encode("utf-8")).hexdigest()
    try:
        as_stored = hashlib.sha256(Path(source.path).read_bytes()).hexdigest()
    except OSError:  # standard input, or a file gone since it was read
        return (as_text,)
    return (as_stored, as_text)


def check_spans(record: RecordToCheck, text: str) -> str | None:
    """Why the spans of ``record`` are not ``text``'s characters at their offsets, or None.

    Returns:
        ``words not at their offsets (content 497-611, cue 482-491): content: the source
        has "…" where the record has "…"``: every span that fails, then what differs in the
        first of them.
    """
    failed: list[tuple[ClaimedSpan, str | None]] = []
    for span in record.spans:
        if not 0 <= span.start <= span.end <= len(text):
            failed.append((span, None))
            continue
        actual = text[span.start : span.end]
        if (actual.translate(_CSV_CONTROLS) if record.from_csv else actual) != span.text:
            failed.append((span, actual))
    if not failed:
        return None
    listed = ", ".join(f"{span.field} {span.start}-{span.end}" for span, _ in failed)
    first, found = failed[0]
    if found is None:
        detail = f"{first.field} lies outside the source ({len(text)} characters)"
    else:
        shown = found.translate(_CSV_CONTROLS) if record.from_csv else found
        source_has, record_has = _differing(shown, first.text)
        detail = f"{first.field}: the source has {source_has} where the record has {record_has}"
    return f"words not at their offsets ({listed}); {detail}"


def _differing(actual: str, claimed: str) -> tuple[str, str]:
    """Excerpts of two texts around the first character where they differ."""
    first = next(
        (i for i, (a, b) in enumerate(zip(actual, claimed, strict=False)) if a != b),
        min(len(actual), len(claimed)),
    )
    start = max(0, first - _EXCERPT // 2)

    def excerpt(text: str) -> str:
        piece = text[start : start + _EXCERPT]
        shown = json.dumps(piece, ensure_ascii=False)
        before = "…" if start > 0 else ""
        after = "…" if start + _EXCERPT < len(text) else ""
        return f"{before}{shown}{after}"

    return excerpt(actual), excerpt(claimed)


# -- reading record files ------------------------------------------------------------------


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
            sha256=_optional_str(data.get("sha256"), "sha256", where),
        )


def _json_spans(data: Mapping[str, Any], where: str) -> Iterator[ClaimedSpan]:
    if "content" not in data and isinstance(data.get("mentions"), list):  # a speaker line
        for index, mention in enumerate(data["mentions"]):
            yield _json_span(mention, f"mentions[{index}]", where)
        return
    content = data.get("content")
    if not isinstance(content, dict):
        raise GoldFormatError(f"{where}: content: expected an object with text, start, end")
    yield _json_span(content, "content", where)
    for index, part in enumerate(content.get("parts") or ()):
        yield _json_span(part, f"content.parts[{index}]", where)
    for field in ("cue", "speaker", "via"):
        if data.get(field) is not None:
            yield _json_span(data[field], field, where)


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
