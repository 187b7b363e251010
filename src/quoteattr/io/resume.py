"""Resumable output: a run's records grow in ``OUT.partial``, with an index of what is done.

A run that writes JSON Lines, CSV or speakers to a file ``OUT`` appends each input's records
to ``OUT.partial`` and then one line about that input to ``OUT.partial.index``: its position
in the input stream, its path, and the size of the partial file once its records are in (or
why it was skipped). Both are flushed to the operating system input by input, so whatever
stops the run (Ctrl-C, SIGTERM, SIGKILL, a crash) leaves them consistent up to the last
indexed input; ``OUT`` itself is not touched until the end, when the partial file is fsynced
and renamed over it and the index removed.

:meth:`Partial.resume` reopens them: the partial file is cut back to the size the last
complete index line gives (dropping a document whose records were half written), the inputs
the index names are skipped, and the run appends the rest, so the final file is
byte-identical to that of a run that was never interrupted.

Notes:
    The index is a side file rather than end markers in the output, so the output stays
    exactly the format the user asked for. Its first line names the format, the pipeline
    and the quoteattr version: a resume with other settings would append records that do
    not match, and is refused. Memory stays flat: the index is read as a stream, keeping
    counts and the last line only.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
from collections import Counter
from collections.abc import Iterator
from typing import Any, BinaryIO

import attrs

from ..errors import QuoteattrError
from .output import OutputError

PARTIAL_SUFFIX = ".partial"
INDEX_SUFFIX = ".partial.index"
RESUMABLE_FORMATS = ("jsonl", "csv", "speakers")
"""Formats written a document at a time, so a partial file is a valid prefix of the whole."""


class ResumeError(QuoteattrError, ValueError):
    """A partial output is in the way, or cannot be resumed with these inputs or settings."""


@attrs.frozen
class Done:
    """What the index says of the inputs an interrupted run finished.

    Attributes:
        inputs: Inputs done (analysed or skipped), the first ones of the input stream.
        last_path: The path of the last of them (to check the inputs are the same).
        size: Bytes of the partial file that hold their records.
        records: Records written for them.
        chars: Characters of the analysed ones.
        analysed: How many were analysed (the others were skipped).
        with_records: How many of the analysed gave at least one record.
        skipped: Skipped inputs by reason.
    """

    inputs: int = 0
    last_path: str | None = None
    size: int = 0
    records: int = 0
    chars: int = 0
    analysed: int = 0
    with_records: int = 0
    skipped: tuple[tuple[str, int], ...] = ()


def partial_paths(output: str) -> tuple[str, str]:
    """The partial file and its index for the output file ``output``.

    Beside the file a symbolic link points to, since that is the file replaced at the end
    (a rename cannot cross file systems); else named as ``output`` is.
    """
    target = os.path.realpath(output) if os.path.islink(output) else output
    return target + PARTIAL_SUFFIX, target + INDEX_SUFFIX


class Partial:
    """The partial output of a run and its index; see the module docstring.

    Create one with :meth:`start` or :meth:`resume`; :meth:`write` an input's records, then
    :meth:`done` it; :meth:`commit` at the end, or :meth:`keep` when the run stops early.
    """

    def __init__(self, output: str, data: BinaryIO, index: BinaryIO, done: Done) -> None:
        self.name = output
        self.target = os.path.realpath(output)
        self.path, self.index_path = partial_paths(output)
        self._data, self._index = data, index
        self.size = done.size
        self.resumed = done
        self.inputs = done.inputs
        self._finished = False

    @classmethod
    def start(cls, output: str, settings: dict[str, str | None]) -> Partial:
        """A new partial output for ``output``.

        Raises:
            ResumeError: if a partial output of an earlier run is there.
            OutputError: if it cannot be created.
        """
        path, index_path = partial_paths(output)
        for leftover in (path, index_path):
            if os.path.lexists(leftover):
                raise ResumeError(
                    f"{leftover} is left from an interrupted run; continue it with --resume, "
                    "or delete it to start again"
                )
        try:
            data = _create(path, _mode_of(output))
            index = _create(index_path, 0o666)
        except OSError as exc:
            raise OutputError(f"{output}: cannot write: {exc.strerror or exc}") from None
        partial = cls(output, data, index, Done())
        partial._append({"quoteattr_partial": 1, **settings})
        return partial

    @classmethod
    def resume(cls, output: str, settings: dict[str, str | None]) -> Partial:
        """The partial output an interrupted run left for ``output``, cut to what is done.

        Raises:
            ResumeError: if there is none, or it was written with other settings.
            OutputError: if it cannot be read or written.
        """
        path, index_path = partial_paths(output)
        if not (os.path.exists(path) and os.path.exists(index_path)):
            raise ResumeError(f"nothing to resume: no {path} with its index; run without --resume")
        try:
            with open(index_path, "rb") as index_file:
                done, good_bytes = _read_index(index_file, index_path, settings)
            data = open(path, "r+b")  # noqa: SIM115  (kept open for the run)
            if os.fstat(data.fileno()).st_size < done.size:
                data.close()
                raise ResumeError(f"{path} is shorter than its index says; delete both")
            data.truncate(done.size)
            data.seek(done.size)
            index = open(index_path, "r+b")  # noqa: SIM115
            index.truncate(good_bytes)  # a torn last line goes
            index.seek(good_bytes)
        except OSError as exc:
            raise OutputError(f"{path}: cannot resume: {exc.strerror or exc}") from None
        return cls(output, data, index, done)

    def write(self, text: str) -> None:
        """Append ``text`` (the records of the current input).

        Raises:
            OutputError: if it cannot be written; the partial output is kept.
        """
        data = text.encode("utf-8")
        try:
            self._data.write(data)
        except OSError as exc:
            raise self._failed(exc) from None
        self.size += len(data)

    def done(self, path: str, *, records: int, chars: int, skipped: str | None) -> None:
        """Mark the current input done: its records reach the file before the index says so.

        Args:
            path: The input's path (a check for a later resume).
            records: Records written for it.
            chars: Its characters (0 when skipped).
            skipped: Why it was skipped, or None when it was analysed.

        Raises:
            OutputError: if the partial output cannot be written.
        """
        try:
            self._data.flush()
        except OSError as exc:
            raise self._failed(exc) from None
        entry: dict[str, Any] = {"n": self.inputs, "path": path, "end": self.size}
        if skipped is None:
            entry.update(records=records, chars=chars)
        else:
            entry["skipped"] = skipped
        self._append(entry)
        self.inputs += 1

    def commit(self) -> None:
        """Fsync the partial file, rename it over the output, and remove the index.

        Raises:
            OutputError: if it cannot be done; the partial output is kept.
        """
        try:
            self._data.flush()
            os.fsync(self._data.fileno())
            self._data.close()
            os.replace(self.path, self.target)
            self._finished = True
            self._index.close()
            os.unlink(self.index_path)
        except OSError as exc:
            raise self._failed(exc) from None

    def keep(self) -> bool:
        """Close the files as they are, for a later resume; remove them if nothing is done.

        Returns:
            Whether a partial output was kept. Never raises.
        """
        if self._finished:
            return False
        self._finished = True
        for stream in (self._data, self._index):
            with contextlib.suppress(OSError, ValueError):
                stream.close()
        if self.inputs > 0:
            return True
        self.discard()
        return False

    def discard(self) -> None:
        """Remove the partial file and its index (a run with nothing to keep). Never raises."""
        self._finished = True
        for stream in (self._data, self._index):
            with contextlib.suppress(OSError, ValueError):
                stream.close()
        for path in (self.path, self.index_path):
            with contextlib.suppress(OSError):
                os.unlink(path)

    def _append(self, entry: dict[str, Any]) -> None:
        line = json.dumps(entry, ensure_ascii=True) + "\n"
        try:
            self._index.write(line.encode("ascii"))
            self._index.flush()
        except OSError as exc:
            raise self._failed(exc) from None

    def _failed(self, exc: OSError) -> OutputError:
        return OutputError(
            f"{self.name}: cannot write: {exc.strerror or exc}; any previous file there is "
            "unchanged"
        )


def _read_index(stream: BinaryIO, name: str, settings: dict[str, str | None]) -> tuple[Done, int]:
    """What the index says is done, and how many of its bytes are complete lines."""
    lines = _lines(stream)
    header = next(lines, None)
    if header is None or header[0].get("quoteattr_partial") != 1:
        raise ResumeError(f"{name} is not an index of quoteattr; delete it and the partial file")
    for key, value in settings.items():
        if header[0].get(key) != value:
            raise ResumeError(
                f"cannot resume: the interrupted run wrote {key} {header[0].get(key)!r}, "
                f"this one would write {value!r}; use the same options, or delete {name}"
            )
    counts: dict[str, int] = Counter()
    skipped: Counter[str] = Counter()
    last_path, size, good = None, 0, header[1]
    for entry, end in lines:
        if entry.get("n") != counts["inputs"] or not isinstance(entry.get("end"), int):
            break  # not a line this module wrote: what follows cannot be trusted
        counts["inputs"] += 1
        last_path, size, good = entry.get("path"), entry["end"], end
        if "skipped" in entry:
            skipped[str(entry["skipped"])] += 1
        else:
            counts["analysed"] += 1
            counts["records"] += int(entry.get("records", 0))
            counts["chars"] += int(entry.get("chars", 0))
            counts["with_records"] += int(entry.get("records", 0) > 0)
    done = Done(
        inputs=counts["inputs"],
        last_path=last_path,
        size=size,
        records=counts["records"],
        chars=counts["chars"],
        analysed=counts["analysed"],
        with_records=counts["with_records"],
        skipped=tuple(sorted(skipped.items())),
    )
    return done, good


def _lines(stream: BinaryIO) -> Iterator[tuple[dict[str, Any], int]]:
    """Each complete JSON line with the offset just after it; a torn last line ends it."""
    offset = 0
    for raw in stream:
        if not raw.endswith(b"\n"):
            return
        try:
            entry = json.loads(raw)
        except ValueError:
            return
        if not isinstance(entry, dict):
            return
        offset += len(raw)
        yield entry, offset


def _create(path: str, mode: int) -> BinaryIO:
    """Create ``path``, failing if it exists (two runs must not append to one file)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    return open(fd, "wb")


def _mode_of(output: str) -> int:
    """The permissions the output has, or a new file's (umask applied by ``os.open``)."""
    try:
        mode = os.stat(output).st_mode
    except OSError:
        return 0o666
    return stat.S_IMODE(mode)
