"""Reading the texts the command line is given: files, directories of ``.txt`` files, stdin,
and JSON Lines of articles with their metadata (``*.jsonl``, ``*.jsonl.gz``).

Each path yields either a :class:`SourceText` or a :class:`SourceProblem`; a bad file never
stops the others. Texts are read exactly as stored (no newline translation), so character
offsets in the results index the file's own characters. The one change is that a UTF-8 byte
order mark at the start is dropped: offsets then count from the first character after it.
"""

from __future__ import annotations

import gzip
import json
import os
import stat
import sys
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

import attrs

STDIN = "-"
"""The path that stands for standard input."""
STDIN_NAME = "<stdin>"
"""What standard input is called in results and messages."""

_BOM = b"\xef\xbb\xbf"
_SAMPLE = 8192
# Bytes that do not occur in text: C0 controls other than tab, newlines, form feed and
# escape, and DEL.
_CONTROL_BYTES = (frozenset(range(0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B}) | {0x7F}
_BINARY_SHARE = 0.1


@attrs.frozen
class SourceText:
    """A text to analyse.

    Attributes:
        doc_id: The file name without its extension (bytes of a name that are not UTF-8
            as U+FFFD), or ``"stdin"``.
        text: The decoded text, exactly as stored apart from a leading byte order mark.
        path: Where it was read from (``"<stdin>"`` for standard input).
    """

    doc_id: str
    text: str
    path: str
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    title: str | None = None


JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
"""File names that hold articles, one JSON object a line, rather than one text."""
_ARTICLE_KEYS = ("url", "published", "outlet", "title")


@attrs.frozen
class SourceProblem:
    """A path that could not be read as text.

    Attributes:
        path: The path as given (or the file found in a given directory).
        message: What was wrong, in one line.
    """

    path: str
    message: str


def iter_sources(
    paths: Sequence[str], stdin: TextIO | None = None
) -> Iterator[SourceText | SourceProblem]:
    """Read each path as a text, lazily and in order.

    A path is a file, a directory (its ``*.txt`` files, sorted by name, not recursive), or
    ``-`` for standard input. A file named ``*.jsonl`` or ``*.jsonl.gz`` holds one article
    a line (:func:`_read_jsonl`): each line is a text, or a problem named ``PATH:LINE``.
    Problems are yielded, never raised: a missing path, a broken
    symbolic link, one that is neither file nor directory, a directory without ``.txt``
    entries, an entry named ``*.txt`` that is not a file (a subdirectory, a broken link), a
    file that cannot be read, is empty or only whitespace, looks binary, or is not valid
    UTF-8 (the message says which encoding it looks like and how to convert it).

    Args:
        paths: Paths as given on the command line.
        stdin: The stream ``-`` reads; defaults to :data:`sys.stdin`. Its bytes (``buffer``)
            are read when it has them, so newlines are kept as sent.

    Yields:
        A :class:`SourceText` or a :class:`SourceProblem` for each file, in order.
    """
    stdin_read = False
    for path in paths:
        if path == STDIN:
            if stdin_read:
                yield SourceProblem(STDIN_NAME, "standard input can be read only once")
                continue
            stdin_read = True
            yield _read_stdin(sys.stdin if stdin is None else stdin)
        else:
            yield from _read_path(Path(path), path)


def count_sources(paths: Sequence[str]) -> int:
    """How many texts :func:`iter_sources` will try to read, counted without reading them.

    Args:
        paths: Paths as given on the command line.

    Returns:
        The number of files, entries named ``*.txt`` in directories, and ``-`` among
        ``paths``; a path that cannot be listed or holds no ``.txt`` entry counts as one.
    """
    total = 0
    for path in paths:
        try:
            total += max(1, len(_text_entries(Path(path)))) if os.path.isdir(path) else 1
        except OSError:
            total += 1
    return total


def _text_entries(directory: Path) -> list[Path]:
    # Every entry named *.txt, files or not: one that is not a readable file (a directory
    # named x.txt, a broken link) is reported rather than passed over in silence.
    return sorted(
        (entry for entry in directory.iterdir() if entry.suffix == ".txt"),
        key=lambda entry: entry.name,
    )


def _read_path(path: Path, given: str) -> Iterator[SourceText | SourceProblem]:
    mode = _mode(path, given)
    if isinstance(mode, SourceProblem):
        yield mode
    elif stat.S_ISREG(mode) and given.endswith(JSONL_SUFFIXES):
        yield from _read_jsonl(path, given)
    elif stat.S_ISREG(mode):
        yield _read_file(path, given)
    elif not stat.S_ISDIR(mode):
        yield SourceProblem(given, "not a regular file or directory")
    else:
        try:
            entries = _text_entries(path)
        except OSError as exc:
            yield SourceProblem(given, _os_message(exc))
            return
        if not entries:
            yield SourceProblem(given, "directory has no .txt files")
        for entry in entries:
            yield _read_entry(entry)


def _read_entry(entry: Path) -> SourceText | SourceProblem:
    """A ``*.txt`` entry of a directory: read if it is a file, reported if it is not."""
    given = str(entry)
    mode = _mode(entry, given)
    if isinstance(mode, SourceProblem):
        return mode
    if stat.S_ISREG(mode):
        return _read_file(entry, given)
    if stat.S_ISDIR(mode):
        return SourceProblem(given, "a directory, not a file (subdirectories are not read)")
    return SourceProblem(given, "not a regular file")


def _mode(path: Path, given: str) -> int | SourceProblem:
    """The file type and mode bits of ``path`` (links followed), or why it has none."""
    try:
        return path.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):
        if path.is_symlink():
            return SourceProblem(given, f"broken symbolic link (to {_link_target(path)})")
        return SourceProblem(given, "no such file or directory")
    except OSError as exc:
        return SourceProblem(given, _os_message(exc))


def _link_target(path: Path) -> str:
    try:
        return os.readlink(path)
    except OSError:  # pragma: no cover - removed between the two calls
        return "?"


def _read_file(path: Path, given: str) -> SourceText | SourceProblem:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return SourceProblem(given, _os_message(exc))
    return _decode(data, _doc_id(path), given, "file")


def _read_jsonl(path: Path, given: str) -> Iterator[SourceText | SourceProblem]:
    """The articles of a JSON Lines file, one a line, read as a stream.

    Each line is an object ``{"id", "text", "url"?, "published"?, "outlet"?, "title"?}``
    (other keys are ignored; blank lines are passed over). A line that is not such an
    object is one problem, named ``PATH:LINE``; the lines after it are still read.
    """
    opener: Any = gzip.open if given.endswith(".gz") else open
    number = 0
    try:
        with opener(path, "rb") as stream:
            for number, line in enumerate(stream, start=1):
                if line.strip():
                    yield _article_line(line, f"{given}:{number}")
    except (OSError, EOFError, zlib.error) as exc:
        where = f"{given}:{number + 1}" if number else given
        message = _os_message(exc) if isinstance(exc, OSError) else str(exc) or "truncated"
        yield SourceProblem(where, f"cannot read further: {message}")
    if number == 0:
        yield SourceProblem(given, "empty file")


def _article_line(line: bytes, where: str) -> SourceText | SourceProblem:
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
    for key in _ARTICLE_KEYS:
        if not isinstance(data.get(key), str | None):
            return SourceProblem(where, f"{key}: expected a string or null, got {data[key]!r}")
    return SourceText(doc_id, text, where, **{key: data.get(key) or None for key in _ARTICLE_KEYS})


def _doc_id(path: Path) -> str:
    """The file name without its extension, as valid text.

    A name that is not UTF-8 comes from the file system with its bad bytes as lone
    surrogates, which no UTF-8 output can hold; they become U+FFFD.
    """
    return os.fsencode(path.stem).decode("utf-8", "replace")


def _read_stdin(stream: TextIO) -> SourceText | SourceProblem:
    buffer = getattr(stream, "buffer", None)
    try:
        data = buffer.read() if buffer is not None else stream.read().encode("utf-8")
    except OSError as exc:
        return SourceProblem(STDIN_NAME, _os_message(exc))
    return _decode(data, "stdin", STDIN_NAME, "input")


def _decode(data: bytes, doc_id: str, path: str, noun: str) -> SourceText | SourceProblem:
    if not data:
        return SourceProblem(path, f"empty {noun}")
    if _looks_binary(data):
        return SourceProblem(path, f"binary {noun}, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return SourceProblem(
            path,
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at byte offset {exc.start}); "
            + _encoding_hint(data, exc.start),
        )
    if data.startswith(_BOM):
        text = text[1:]
    if not text.strip():
        return SourceProblem(path, f"{noun} holds only whitespace")
    return SourceText(doc_id=doc_id, text=text, path=path)


def _encoding_hint(data: bytes, bad: int) -> str:
    """What to do with bytes that are not UTF-8, from the bytes that are not ASCII.

    Windows-1252 and Latin-1 agree on 0xA0-0xFF; on 0x80-0x9F Windows-1252 has curly quotes
    (0x91-0x94), dashes and the euro sign, where Latin-1 has control characters. Converting
    a Windows-1252 file "from latin1" would silently turn its quote marks into controls, so
    any byte in that range that Windows-1252 defines points to Windows-1252.
    """
    if any(byte >= 0x80 for byte in data[:bad]):
        return "the text before it is UTF-8, so the file may be damaged or mix encodings"
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return "convert it to UTF-8 first, e.g. with iconv -f ENCODING -t utf-8"
    if any(0x91 <= byte <= 0x94 for byte in data):
        return "looks like Windows-1252 (curly quotes); convert with iconv -f cp1252 -t utf-8"
    if any(0x80 <= byte <= 0x9F for byte in data):
        return "looks like Windows-1252; convert with iconv -f cp1252 -t utf-8"
    return "looks like Latin-1 or Windows-1252; convert with iconv -f cp1252 -t utf-8"


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data:
        return True
    sample = data[:_SAMPLE]
    controls = sum(1 for byte in sample if byte in _CONTROL_BYTES)
    return controls > _BINARY_SHARE * len(sample)


def _os_message(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    return (exc.strerror or str(exc)).lower()
