"""CSV: one quote a row, nested fields flattened, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from typing import Any, TextIO

from ..records import Quote
from .dicts import quote_to_dict

CSV_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "id",
    "kind",
    "content_text",
    "content_start",
    "content_end",
    "cue_text",
    "cue_lemma",
    "cue_start",
    "cue_end",
    "cue_category",
    "cue_negated",
    "speaker_text",
    "speaker_start",
    "speaker_end",
    "speaker_name",
    "speaker_kind",
    "speaker_role",
    "speaker_title",
    "speaker_affiliation",
    "speaker_resolution",
    "speaker_role_source_text",
    "speaker_role_source_start",
    "speaker_role_source_end",
    "speaker_title_source_text",
    "speaker_title_source_start",
    "speaker_title_source_end",
    "speaker_affiliation_source_text",
    "speaker_affiliation_source_start",
    "speaker_affiliation_source_end",
    "attribution",
    "confidence",
    "via_name",
    "parent",
    "sentence",
    "paragraph",
    "context_start",
    "context_end",
    "source",
    "url",
    "published",
    "outlet",
    "title",
    "sha256",
    "quoteattr_version",
    "pipeline",
    "pipeline_version",
)
"""The columns of :func:`write_csv`, in order."""


def _csv_writer(out: TextIO, *, quote_text: bool = False) -> Any:
    # "\n" rather than csv's "\r\n": output goes to Unix pipes as often as to spreadsheets,
    # and every CSV reader accepts both.
    if quote_text:
        return csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
    return csv.writer(out, lineterminator="\n")


# What a spreadsheet takes for the start of a formula (OWASP, "CSV Injection"). Apostrophes
# before one get a further one too, so that dropping the first apostrophe of a cell that
# matches "'+" and a formula start always gives the text back.
_FORMULA_START = re.compile(r"'*[=+\-@\t\r]")
# C0 controls other than tab and the line breaks: replaced one for one, so lengths still agree
# with the offsets.
_CONTROLS = str.maketrans(dict.fromkeys(set(range(0x20)) - {0x09, 0x0A, 0x0D}, "\ufffd"))


def _text_cell(text: str) -> str:
    """A text safe to open in a spreadsheet: no formula, no raw control character."""
    text = text.translate(_CONTROLS)
    return "'" + text if _FORMULA_START.match(text) else text


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return _text_cell(value)
    return value


def flat_row(quote: Quote) -> tuple[object, ...]:
    """The plain values of :data:`CSV_COLUMNS` for ``quote``, in order.

    What a CSV row holds before it is made safe for a spreadsheet: ``None`` where a value
    is missing, booleans, integers and the text as it is. The columnar formats
    (:mod:`.columns`) are built from it, so that every flat format has the same columns.

    Args:
        quote: The quote.

    Returns:
        One value per column of :data:`CSV_COLUMNS`.
    """
    data = quote_to_dict(quote)
    flat = {key: value for key, value in data.items() if not isinstance(value, dict)}
    for record in ("content", "cue", "speaker", "context"):
        for key, value in (data[record] or {}).items():
            if isinstance(value, dict):  # a speaker's role_source ...: a span of its own
                for inner, part in value.items():
                    flat[f"{record}_{key}_{inner}"] = part
            else:
                flat[f"{record}_{key}"] = value
    flat.update(data["provenance"] or {})  # its keys are columns of their own
    via = data["via"]
    flat["via_name"] = (via["name"] or via["text"]) if via else None
    return tuple(flat.get(column) for column in CSV_COLUMNS)


def _csv_row(quote: Quote) -> list[object]:
    return [_cell(value) for value in flat_row(quote)]


def write_csv_header(out: TextIO) -> None:
    """Write the header row of :data:`CSV_COLUMNS`.

    Use it once before calling :func:`write_csv` with ``header=False`` for each of many
    documents, so the rows of all of them share one header.

    Args:
        out: A text stream; open files with ``newline=""`` and ``encoding="utf-8"``.
    """
    _csv_writer(out).writerow(CSV_COLUMNS)


def write_csv(quotes: Iterable[Quote], out: TextIO, *, header: bool = True) -> int:
    """Write quotes as flat CSV rows, one per quote, with the columns of :data:`CSV_COLUMNS`.

    Missing values are empty cells; booleans are ``true`` / ``false``; ``via_name`` is the
    name of the channel a claim came through, or its text when it has no name. The words
    the speaker's role, title and affiliation were read from are three columns each
    (``speaker_role_source_text``, ``_start``, ``_end``, ...), empty when there are none.
    Only the full stretch of a split quote's content is written, not its parts, and only the
    offsets of its context. The fields of the quote's provenance are columns of their own
    (``source``, ``url``, ..., ``sha256``), empty when it has none.

    The rows are safe to open in a spreadsheet: every text cell is quoted (offsets, sentence
    and paragraph numbers are not); a text cell that starts with ``=``, ``+``, ``-``, ``@``,
    a tab or a carriage return (also after apostrophes) gets a ``'`` in front, so that it is
    not run as a formula. Offsets count from the text without it: the cell without its first
    character, when the cell starts with apostrophes and then one of those six. Control
    characters other than tab, carriage return and line feed are written as U+FFFD, one for
    one, so lengths still agree with the offsets.

    Args:
        quotes: The quotes to write.
        out: A text stream; open files with ``newline=""`` and ``encoding="utf-8"``.
        header: Whether to write the header row first.

    Returns:
        The number of quotes written (the header is not counted).
    """
    if header:
        write_csv_header(out)
    # Every text cell quoted, numbers bare: a line break inside a cell ("\r" too, which
    # QUOTE_MINIMAL leaves bare under a "\n" line end) never splits a row.
    writer = _csv_writer(out, quote_text=True)
    count = 0
    for quote in quotes:
        writer.writerow(_csv_row(quote))
        count += 1
    return count
