"""JSON and JSON Lines: quotes and speaker tables one record a line, and quote files read back."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, TextIO

from ..errors import GoldFormatError
from ..records import Document, Quote
from .dicts import entity_to_dict, quote_from_dict, quote_to_dict


def dumps_json(obj: object) -> str:
    """Indented, non-ASCII-preserving JSON for plain values such as a report's dict.

    Args:
        obj: Plain values only (dicts, lists, strings, numbers, booleans, ``None``).

    Returns:
        The JSON text, indented by two spaces.

    Raises:
        TypeError: if ``obj`` holds something JSON cannot represent.
    """
    return json.dumps(obj, indent=2, ensure_ascii=False)


# JSON allows these raw inside strings, but they end a line for str.splitlines, JavaScript
# (before ES2019) and many "universal newline" readers, which would then tear a record in two.
# json.dumps already escapes every C0 control; these are the line breaks left.
_LINE_BREAKS = str.maketrans({"\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def _dumps_line(data: Mapping[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False).translate(_LINE_BREAKS) + "\n"


def write_jsonl(quotes: Iterable[Quote], out: TextIO) -> int:
    """Write one quote per line as JSON.

    Characters outside ASCII are written as they are, except the line breaks U+0085,
    U+2028 and U+2029, written as ``\\u`` escapes so that every reader that splits lines
    (also Python's ``str.splitlines``) sees one record a line.

    Args:
        quotes: The quotes to write.
        out: A text stream; open files with ``encoding="utf-8"``.

    Returns:
        The number of quotes written.
    """
    count = 0
    for quote in quotes:
        out.write(_dumps_line(quote_to_dict(quote)))
        count += 1
    return count


def write_speakers_jsonl(documents: Iterable[Document], out: TextIO) -> int:
    """Write the speaker table of each document, one entity per line.

    Args:
        documents: Analysed documents; each entity line carries its document's id.
        out: A text stream (see :func:`write_jsonl`).

    Returns:
        The number of entities written.
    """
    count = 0
    for document in documents:
        for entity in document.speakers:
            out.write(_dumps_line(entity_to_dict(entity, document.doc_id)))
            count += 1
    return count


def _numbered_lines(
    source: str | os.PathLike[str] | Iterable[str], name: str
) -> Iterator[tuple[int, str]]:
    if not isinstance(source, (str, os.PathLike)):
        for number, line in enumerate(source, start=1):
            yield number, line.removeprefix("\ufeff") if number == 1 else line
        return
    with open(source, "rb") as stream:
        raw = stream.read()
    # Split on "\n" only: JSON escapes every line break of its own, but str.splitlines
    # would also break on U+2028 or U+0085 inside a string value.
    for number, chunk in enumerate(raw.split(b"\n"), start=1):
        if number == 1:
            chunk = chunk.removeprefix(b"\xef\xbb\xbf")
        try:
            yield number, chunk.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise GoldFormatError(
                f"{name}:{number}: not valid UTF-8 (byte 0x{chunk[exc.start]:02x} at byte "
                f"{exc.start + 1} of the line); save the file as UTF-8"
            ) from None


def read_quotes(
    source: str | os.PathLike[str] | Iterable[str], *, name: str | None = None
) -> list[Quote]:
    """Read quotes from JSON Lines, as written by :func:`write_jsonl` or by hand.

    Each line holds one quote object (see :func:`quote_from_dict` for the keys that may be
    left out). Blank lines and lines starting with ``//`` are skipped. A UTF-8 byte order
    mark at the start is ignored.

    Args:
        source: A path (``str`` or path-like) to a UTF-8 file, or an iterable of lines
            such as an open text file or a list of strings.
        name: What to call the source in error messages; defaults to the path, the
            stream's ``name``, or ``<lines>``.

    Returns:
        The quotes, in file order.

    Raises:
        GoldFormatError: naming the file, the line number and the problem, if a line is not
            JSON, not a JSON object, or not a valid quote; or if the file is not UTF-8.
        OSError: if the file cannot be opened.
    """
    if name is None:
        if isinstance(source, (str, os.PathLike)):
            name = os.fspath(source)
        else:
            name = str(getattr(source, "name", "<lines>"))
    quotes = []
    for number, line in _numbered_lines(source, name):
        stripped = line.strip()
        if not stripped or stripped.startswith("//"):
            continue
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise GoldFormatError(
                f"{name}:{number}: not JSON ({exc.msg} at column {exc.colno}); "
                "each line must hold one JSON object"
            ) from None
        if not isinstance(data, dict):
            raise GoldFormatError(
                f"{name}:{number}: expected a JSON object, got {type(data).__name__}"
            )
        try:
            quotes.append(quote_from_dict(data))
        except GoldFormatError as exc:
            raise GoldFormatError(f"{name}:{number}: {exc}") from exc
    return quotes
