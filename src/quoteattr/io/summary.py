"""The summary of an extraction run: what was read, what became of it, and how fast.

Shown on standard error at the end of ``quoteattr extract`` (:meth:`RunSummary.line`) and
written as JSON with ``--summary FILE`` (:func:`write_summary`), through the same safe
output as the records: a temporary file renamed into place.
"""

from __future__ import annotations

import json
import re

import attrs

from .output import Output

_REASON_END = re.compile(r" \(|; |, got ")
"""Where a skip message stops naming its kind and starts on the details."""


@attrs.frozen
class RunSummary:
    """The outcome of a run, counted over every input (those of a resumed run too).

    Attributes:
        documents_read: Inputs read: analysed and skipped.
        documents_analysed: Inputs that gave their records (none, when they hold no quote).
        documents_with_records: Analysed inputs with at least one record.
        documents_skipped: Inputs that could not be read or analysed.
        skipped_by_reason: How many were skipped for each kind of reason
            (:func:`reason_kind`), most frequent first.
        records: Records written.
        characters: Characters of the analysed inputs.
        elapsed_seconds: Wall-clock time of this run (not of an interrupted one it resumed).
        documents_resumed: Inputs already done by the interrupted run this one resumed.
    """

    documents_read: int
    documents_analysed: int
    documents_with_records: int
    documents_skipped: int
    skipped_by_reason: tuple[tuple[str, int], ...]
    records: int
    characters: int
    elapsed_seconds: float
    documents_resumed: int = 0

    @property
    def documents_per_second(self) -> float:
        """Inputs read by this run per second of it."""
        done = self.documents_read - self.documents_resumed
        return done / self.elapsed_seconds if self.elapsed_seconds > 0 else 0.0

    def line(self) -> str:
        """The summary in one line, as shown on standard error."""
        parts = [
            f"{self.documents_read} documents read",
            f"{self.documents_with_records} with records",
        ]
        if self.documents_skipped:
            reasons = ", ".join(f"{count} {reason}" for reason, count in self.skipped_by_reason)
            parts.append(f"{self.documents_skipped} skipped ({reasons})")
        resumed = (
            f" ({self.documents_resumed} done before the resume)" if self.documents_resumed else ""
        )
        return (
            f"{', '.join(parts)}; {self.records} records; {self.elapsed_seconds:.1f} s, "
            f"{self.documents_per_second:.1f} documents/s{resumed}"
        )

    def to_dict(self) -> dict[str, object]:
        """The summary as plain JSON values (``skipped_by_reason`` as an object)."""
        data = attrs.asdict(self)
        data["skipped_by_reason"] = dict(self.skipped_by_reason)
        data["elapsed_seconds"] = round(self.elapsed_seconds, 3)
        data["documents_per_second"] = round(self.documents_per_second, 3)
        return data


def reason_kind(message: str) -> str:
    """The kind of a skip message, without the details that differ from input to input.

    ``"not valid UTF-8 (byte 0x93 at byte offset 0); looks like Windows-1252 ..."`` is
    counted as ``"not valid UTF-8"``, ``"analysis failed (internal error ...)"`` as
    ``"analysis failed"``.
    """
    return _REASON_END.split(message, maxsplit=1)[0].strip() or message


def write_summary(summary: RunSummary, path: str) -> None:
    """Write ``summary`` as one JSON object to ``path`` (``-`` for standard output).

    Raises:
        OutputError: if it cannot be written; a previous file there is left as it was.
    """
    with Output.open(path) as out:
        out.write(json.dumps(summary.to_dict(), ensure_ascii=False, indent=2) + "\n")
        out.commit()
