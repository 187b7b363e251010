"""JSON Lines corpora: one article a line, with its metadata, plain or compressed.

A line is an object ``{"id", "text", "url"?, "published"?, "outlet"?, "title"?}``; other keys
are ignored and blank lines passed over. Files named ``*.jsonl``, ``*.jsonl.gz``,
``*.jsonl.bz2`` and ``*.jsonl.xz`` are read as a stream (decompressed by
:func:`textacy.io.open_sesame`), as is standard input given as JSON Lines: one line in
memory at a time, whatever the size of the corpus.

Notes:
    textacy's :func:`~textacy.io.read_json` (``lines=True``) and
    :func:`~textacy.io.split_records` are not used for the lines themselves: ``read_json``
    raises on the first line that is not JSON, which ends the whole stream, and neither
    says which line was bad. Here a bad line is one :class:`SourceProblem` named
    ``PATH:LINE`` and the lines after it are still read; splitting the text from the
    metadata is then one ``dict`` look-up. Decompression is textacy's.
"""

from __future__ import annotations

import json
import lzma
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import attrs
from textacy.io.utils import open_sesame

ARTICLE_KEYS = ("url", "published", "outlet", "title")
"""The metadata of a line that goes into each record's provenance (with ``id``)."""

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".jsonl.bz2", ".jsonl.xz")
"""File names that hold articles, one JSON object a line, rather than one text."""

_READ_ERRORS = (OSError, EOFError, zlib.error, lzma.LZMAError, ValueError)
"""What a damaged or truncated (compressed) file raises part-way through."""


@attrs.frozen
class SourceText:
    """A text to analyse.

    Attributes:
        doc_id: The file name without its extension (bytes of a name that are not UTF-8
            as U+FFFD), ``"stdin"``, or a JSON Lines article's ``id``.
        text: The decoded text, exactly as stored apart from a leading byte order mark.
        path: Where it was read from (``"<stdin>"`` for standard input; ``PATH:LINE``
            for an article of a JSON Lines file).
        url: The article's address, when its JSON Lines object gives one.
        published: When it was published (ISO 8601 text), likewise.
        outlet: Who published it, likewise.
        title: Its headline, likewise.
    """

    doc_id: str
    text: str
    path: str
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    title: str | None = None


@attrs.frozen
class SourceProblem:
    """A path that could not be read as text.

    Attributes:
        path: The path as given (or the file found in a given directory, or ``PATH:LINE``).
        message: What was wrong, in one line.
    """

    path: str
    message: str


def is_article_lines(name: str) -> bool:
    """Whether a file of this name holds JSON Lines articles (:data:`JSONL_SUFFIXES`)."""
    return name.endswith(JSONL_SUFFIXES)


def read_article_file(path: Path, given: str) -> Iterator[SourceText | SourceProblem]:
    """The articles of a JSON Lines file, decompressed by its suffix, one a line.

    Args:
        path: The file.
        given: Its name in results and messages.

    Yields:
        A :class:`SourceText` per article line and a :class:`SourceProblem` per bad one;
        one more problem, ``cannot read further``, if the file breaks off (a truncated or
        damaged compressed file), and ``empty file`` if it has no line at all.
    """
    try:
        stream: IO[Any] = open_sesame(path, mode="rb")
    except _READ_ERRORS as exc:
        yield SourceProblem(given, _message(exc))
        return
    with stream:
        yield from read_article_stream(stream, given)


def read_article_stream(
    stream: Iterable[bytes], given: str, *, separator: str = ":"
) -> Iterator[SourceText | SourceProblem]:
    """The articles of a stream of JSON Lines (a file's, or standard input's bytes).

    Args:
        stream: The lines, as bytes.
        given: The stream's name; line ``N`` is ``{given}{separator}{N}``.
        separator: Between the name and the line number.

    Yields:
        As :func:`read_article_file`.
    """
    number = 0
    try:
        for number, line in enumerate(stream, start=1):
            if line.strip():
                yield article_line(line, f"{given}{separator}{number}")
    except _READ_ERRORS as exc:
        where = f"{given}{separator}{number + 1}" if number else given
        yield SourceProblem(where, f"cannot read further: {_message(exc)}")
        return
    if number == 0:
        yield SourceProblem(given, "empty file")


def article_line(line: bytes, where: str) -> SourceText | SourceProblem:
    """One line as an article, or what is wrong with it.

    Args:
        line: The line's bytes (UTF-8 JSON).
        where: Its name, ``PATH:LINE``.

    Returns:
        The article, or a one-line problem: not UTF-8, not JSON, not an object, no ``id``
        or ``text``, a text of whitespace only, or metadata that is not a string.
    """
    try:
        data = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return SourceProblem(where, f"not valid UTF-8 (byte 0x{line[exc.start]:02x})")
    except json.JSONDecodeError as exc:
        return SourceProblem(where, f"not JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(data, dict):
        return SourceProblem(where, f"expected a JSON object, got {type(data).__name__}")
    doc_id, text = data.get("id"), data.get("text")
    if not isinstance(doc_id, str) or not doc_id:
        return SourceProblem(where, f"id: expected a non-empty string, got {doc_id!r}")
    if not isinstance(text, str):
        return SourceProblem(where, f"text: expected a string, got {text!r}")
    if not text.strip():
        return SourceProblem(where, "text holds only whitespace")
    for key in ARTICLE_KEYS:
        if not isinstance(data.get(key), str | None):
            return SourceProblem(where, f"{key}: expected a string or null, got {data[key]!r}")
    return SourceText(doc_id, text, where, **{key: data.get(key) or None for key in ARTICLE_KEYS})


def _message(exc: BaseException) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, OSError):
        return (exc.strerror or str(exc)).lower()
    return str(exc) or "truncated"
