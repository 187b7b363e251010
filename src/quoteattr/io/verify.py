"""Check records against their sources: do the words still stand at their offsets?

For every record read by :func:`.verify_records.read_records`, its document's source is
found among the given paths by document id (the file name without extension, as
``extract`` makes it) and read as ``extract`` reads it (a leading byte order mark dropped,
nothing else changed); then every span the record holds must be the source's characters at
its offsets.

A record that carries a ``sha256`` (in its ``provenance``, as ``extract`` writes it; the
``sha256`` column of CSV) is first checked against the source's SHA-256: that of the file as stored
(what ``sha256sum`` prints), or of its text in UTF-8 (the same unless the file starts with a
byte order mark).

A control character of the source matches the U+FFFD the CSV writer put in its place in a
record read from CSV.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from pathlib import Path

import attrs

from .inputs import SourceProblem, SourceText, iter_sources
from .verify_records import ClaimedSpan, RecordToCheck, read_records

# The CSV writer's replacement of control characters in a text cell (csv_rows.py), matched here.
_CSV_CONTROLS = str.maketrans(dict.fromkeys(set(range(0x20)) - {0x09, 0x0A, 0x0D}, "\ufffd"))
_EXCERPT = 24


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
