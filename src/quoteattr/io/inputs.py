"""Reading the texts the command line is given: files, directories (recursively on request),
standard input, and JSON Lines corpora of articles with their metadata
(:mod:`~quoteattr.io.article_lines`: ``*.jsonl``, compressed too).

Each path yields either a :class:`SourceText` or a :class:`SourceProblem`; a bad file never
stops the others. Everything is read lazily, one text at a time, so memory does not grow with
the corpus. Texts are read exactly as stored (no newline translation), so character offsets in
the results index the file's own characters. The one change is that a UTF-8 byte order mark
at the start is dropped: offsets then count from the first character after it.

Notes:
    Directories are listed here rather than with :func:`textacy.io.get_filepaths`, which
    passes over in silence an entry that is not a regular file (a directory or a broken
    link named ``x.txt``, which this module reports), walks in the file system's order
    (here: name order, the same on every machine and at every resume) and gives absolute
    paths where the user gave relative ones.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Literal, TextIO

from .article_lines import (
    JSONL_SUFFIXES,
    SourceProblem,
    SourceText,
    is_article_lines,
    read_article_file,
    read_article_stream,
)

__all__ = [
    "JSONL_SUFFIXES",
    "STDIN",
    "STDIN_NAME",
    "SourceProblem",
    "SourceText",
    "StdinFormat",
    "count_sources",
    "iter_sources",
]

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


StdinFormat = Literal["text", "jsonl"]
"""How standard input is read: one text, or a JSON Lines corpus of articles."""


def iter_sources(
    paths: Sequence[str],
    stdin: TextIO | None = None,
    *,
    recursive: bool = False,
    stdin_format: StdinFormat = "text",
) -> Iterator[SourceText | SourceProblem]:
    """Read each path as a text, lazily and in order.

    A path is a file, a directory (its ``*.txt`` and JSON Lines files, sorted by name;
    with ``recursive``, its subdirectories too, each where its name sorts), or ``-`` for
    standard input. A file named as in :data:`JSONL_SUFFIXES` holds one article a line
    (:func:`~quoteattr.io.article_lines.read_article_file`): each line is a text, or a
    problem named ``PATH:LINE``.
    Problems are yielded, never raised: a missing path, a broken
    symbolic link, one that is neither file nor directory, a directory without ``.txt``
    entries, an entry named ``*.txt`` that is not a file (a subdirectory, a broken link), a
    file that cannot be read, is empty or only whitespace, looks binary, or is not valid
    UTF-8 (the message says which encoding it looks like and how to convert it).

    Args:
        paths: Paths as given on the command line.
        stdin: The stream ``-`` reads; defaults to :data:`sys.stdin`. Its bytes (``buffer``)
            are read when it has them, so newlines are kept as sent.
        recursive: Read the subdirectories of a directory, at any depth (hidden ones and
            links to directories are passed over: a link could make a loop).
        stdin_format: ``text`` (standard input is one text) or ``jsonl`` (one article a
            line, named ``<stdin>:LINE``).

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
            stream = sys.stdin if stdin is None else stdin
            if stdin_format == "jsonl":
                yield from _read_stdin_lines(stream)
            else:
                yield _read_stdin(stream)
        else:
            yield from _read_path(Path(path), path, recursive=recursive)


def count_sources(
    paths: Sequence[str], *, recursive: bool = False, stdin_format: StdinFormat = "text"
) -> int | None:
    """How many texts :func:`iter_sources` will try to read, counted without reading them.

    Only names are listed, never a file read: a JSON Lines corpus would have to be read
    through to count its lines, so with one among the inputs the total is not known.

    Args:
        paths: Paths as given on the command line.
        recursive: As for :func:`iter_sources`.
        stdin_format: As for :func:`iter_sources`.

    Returns:
        The number of files, entries of directories that are read, and ``-`` among
        ``paths`` (a path that cannot be listed or holds nothing to read counts as one);
        None when a JSON Lines corpus is among them.
    """
    total = 0
    for path in paths:
        if path == STDIN:
            if stdin_format == "jsonl":
                return None
            total += 1
            continue
        try:
            if not os.path.isdir(path):
                if is_article_lines(path):
                    return None
                total += 1
                continue
            found = 0
            for entry in _entries(Path(path), recursive=recursive):
                if isinstance(entry, Path) and is_article_lines(entry.name):
                    return None
                found += 1
            total += max(1, found)
        except OSError:
            total += 1
    return total


def _entries(directory: Path, *, recursive: bool) -> Iterator[Path | SourceProblem]:
    """The entries of ``directory`` to read, in name order.

    Every entry named ``*.txt`` or as a JSON Lines file, files or not: one that is not a
    readable file (a directory named ``x.txt``, a broken link) is reported rather than
    passed over in silence. With ``recursive``, the files of each subdirectory come where
    its name sorts; only one directory's names are held at a time per level.

    Raises:
        OSError: if ``directory`` cannot be listed (a subdirectory that cannot be is
            yielded as a :class:`SourceProblem`).
    """
    for entry in sorted(directory.iterdir(), key=lambda entry: entry.name):
        if recursive and not entry.name.startswith(".") and _is_real_directory(entry):
            try:
                yield from _entries(entry, recursive=True)
            except OSError as exc:
                yield SourceProblem(str(entry), _os_message(exc))
        elif entry.suffix == ".txt" or is_article_lines(entry.name):
            yield entry


def _is_real_directory(path: Path) -> bool:
    """A directory, not a link to one (following links could walk in a loop)."""
    try:
        return stat.S_ISDIR(path.lstat().st_mode)
    except OSError:
        return False


def _read_path(path: Path, given: str, *, recursive: bool) -> Iterator[SourceText | SourceProblem]:
    mode = _mode(path, given)
    if isinstance(mode, SourceProblem):
        yield mode
    elif stat.S_ISREG(mode) and is_article_lines(given):
        yield from read_article_file(path, given)
    elif stat.S_ISREG(mode):
        yield _read_file(path, given)
    elif not stat.S_ISDIR(mode):
        yield SourceProblem(given, "not a regular file or directory")
    else:
        found = False
        try:
            for entry in _entries(path, recursive=recursive):
                found = True
                if isinstance(entry, SourceProblem):
                    yield entry
                else:
                    yield from _read_entry(entry, recursive=recursive)
        except OSError as exc:
            yield SourceProblem(given, _os_message(exc))
            return
        if not found:
            what = "no .txt files, at any depth" if recursive else "no .txt files"
            yield SourceProblem(given, f"directory has {what}")


def _read_entry(entry: Path, *, recursive: bool) -> Iterator[SourceText | SourceProblem]:
    """An entry of a directory: read if it is a file, reported if it is not."""
    given = str(entry)
    mode = _mode(entry, given)
    if isinstance(mode, SourceProblem):
        yield mode
    elif stat.S_ISREG(mode) and is_article_lines(entry.name):
        yield from read_article_file(entry, given)
    elif stat.S_ISREG(mode):
        yield _read_file(entry, given)
    elif stat.S_ISDIR(mode) and recursive:
        yield SourceProblem(given, "cannot be read (a link to a directory is not followed)")
    elif stat.S_ISDIR(mode):
        yield SourceProblem(
            given, "a directory, not a file (subdirectories are read only with --recursive)"
        )
    else:
        yield SourceProblem(given, "not a regular file")


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


def _read_stdin_lines(stream: TextIO) -> Iterator[SourceText | SourceProblem]:
    """Standard input as a JSON Lines corpus, read a line at a time."""
    lines = getattr(stream, "buffer", None)
    if lines is None:  # a text stream without bytes (a test's StringIO)
        lines = (line.encode("utf-8") for line in stream)
    yield from read_article_stream(lines, STDIN_NAME)


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
