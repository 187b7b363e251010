"""Where the command line writes its records, without ever destroying data.

A file is written to a temporary file in its own directory, flushed and fsynced, and renamed
over the target (:func:`os.replace`, atomic on POSIX and Windows) only when the run commits.
A run that fails, is interrupted or is killed leaves a previous file as it was; its temporary
file (``.NAME.XXXXXXXX.tmp`` beside the target) is removed when the process lives to do so.
Standard output and targets that are not regular files (``/dev/null``, a named pipe) are
written directly, as nothing can be renamed over them.

Every failure to write is an :class:`OutputError` whose message is one line.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import io
import os
import stat
import sys
import tempfile
from collections.abc import Sequence
from typing import TextIO

from ..errors import QuoteattrError

STDOUT = "-"
"""The output path that stands for standard output."""


class OutputError(QuoteattrError, OSError):
    """The records cannot be written where they were asked to go."""


class Output:
    """A text stream for the records, committed to its target at the end of a run.

    Create one with :meth:`open`; :meth:`write` text, then :meth:`commit` or
    :meth:`discard`. Usable as a context manager, which discards what was not committed.

    Attributes:
        name: The target as the user gave it, or ``"standard output"``.
    """

    def __init__(self, name: str, stream: TextIO, *, temp: str | None, target: str) -> None:
        self.name = name
        self._stream = stream
        self._temp = temp
        self._target = target
        self._done = False

    @classmethod
    def open(cls, path: str) -> Output:
        """Open the output for ``path`` (``-`` for standard output), nothing replaced yet.

        Raises:
            OutputError: if standard output is closed, or the target's directory does not
                exist or cannot be written to.
        """
        if path == STDOUT:
            return cls._stdout()
        try:
            beside = temp_beside(path)
            if beside is None:
                # /dev/null, /dev/stdout, a named pipe: there is nothing to rename over.
                stream = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115
                return cls(path, stream, temp=None, target=path)
        except OSError as exc:
            raise _error(path, exc) from None
        fd, temp, target = beside
        # newline="" so the csv module's line ends are written as they are.
        stream = open(fd, "w", encoding="utf-8", newline="")  # noqa: SIM115
        return cls(path, stream, temp=temp, target=target)

    @classmethod
    def _stdout(cls) -> Output:
        stdout = sys.stdout
        if stdout is None or stdout.closed:  # `quoteattr extract x >&-` leaves it None
            raise OutputError("standard output is closed; write to a file with -o FILE")
        if isinstance(stdout, io.TextIOWrapper) and codecs.lookup(stdout.encoding).name != "utf-8":
            stdout.reconfigure(encoding="utf-8")  # JSON Lines and CSV are read as UTF-8
        return cls("standard output", stdout, temp=None, target=STDOUT)

    def write(self, text: str) -> None:
        """Write ``text``.

        Raises:
            OutputError: if it cannot be written (a full disk, a closed pipe, ...).
        """
        try:
            self._stream.write(text)
        except OSError as exc:
            raise self._failed(exc) from None
        except ValueError:
            if not self._stream.closed:
                raise
            raise self._failed(OSError(errno.EBADF, "the stream is closed")) from None

    def commit(self) -> None:
        """Flush, fsync and move the file into place; standard output is flushed only.

        Raises:
            OutputError: if the last bytes cannot be written or the file cannot be renamed.
        """
        try:
            self._stream.flush()
            if self._temp is not None:
                os.fsync(self._stream.fileno())
                self._stream.close()
                os.replace(self._temp, self._target)
                self._temp = None
                _sync_folder(os.path.dirname(self._target))
            elif self._target != STDOUT:
                self._stream.close()
        except OSError as exc:
            raise self._failed(exc) from None
        self._done = True

    def discard(self) -> None:
        """Give up: remove the temporary file, leaving any previous target as it was.

        Does nothing after :meth:`commit`. Never raises.
        """
        if self._done:
            return
        self._done = True
        if self._target == STDOUT:
            return
        with contextlib.suppress(OSError, ValueError):
            self._stream.close()
        if self._temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(self._temp)

    def __enter__(self) -> Output:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.discard()

    def _failed(self, exc: OSError) -> OutputError:
        if self._target == STDOUT and exc.errno in (errno.EPIPE, errno.EBADF):
            _silence(self._stream)
        kept = "; any previous file there is unchanged" if self._temp is not None else ""
        self.discard()
        return OutputError(f"{_error(self.name, exc)}{kept}")


def refuse_overwriting_inputs(output: str, inputs: Sequence[str]) -> str | None:
    """Why ``output`` must not be written, when it is one of ``inputs``.

    Args:
        output: The output path (``-`` is never an input).
        inputs: The paths to be read: files, directories (whose ``*.txt`` files are read).

    Returns:
        A one-line message naming both, or None when the output is not an input.
    """
    if output == STDOUT:
        return None
    parent = os.path.dirname(os.path.abspath(output))
    for path in inputs:
        if path == STDOUT:
            continue
        with contextlib.suppress(OSError):
            if os.path.exists(output) and os.path.samefile(output, path):
                return f"output {output} is also an input; write the records somewhere else"
            if output.endswith(".txt") and os.path.isdir(path) and os.path.samefile(parent, path):
                return (
                    f"output {output} is a .txt file in input directory {path}, whose .txt "
                    "files are read; write the records somewhere else"
                )
    return None


def temp_beside(path: str) -> tuple[int, str, str] | None:
    """A new temporary file beside ``path``, to be renamed over it when the output is done.

    Args:
        path: The output file the caller asked for.

    Returns:
        The open descriptor, the temporary file's path and the file it will replace (what a
        symbolic link points to); None when ``path`` is no regular file (``/dev/null``, a
        named pipe), which is written in place as there is nothing to rename over.

    Raises:
        OSError: if ``path`` cannot be examined, is not writable, or its folder cannot take
            a new file.
    """
    try:
        mode: int | None = os.stat(path).st_mode  # follows links
    except FileNotFoundError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        return None
    if mode is not None and not os.access(path, os.W_OK):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), path)
    target = os.path.realpath(path)
    folder, name = os.path.split(target)
    fd, temp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    # mkstemp makes the file private (0600); give it the mode the target has, or the one a
    # new file would get.
    with contextlib.suppress(OSError):
        os.chmod(temp, stat.S_IMODE(mode) if mode is not None else 0o666 & ~_umask())
    return fd, temp, target


def _error(name: str, exc: OSError) -> OutputError:
    reason = exc.strerror or str(exc) or type(exc).__name__
    return OutputError(f"{name}: cannot write: {reason}")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _sync_folder(folder: str) -> None:
    """Make the rename itself durable, where the system allows opening a directory."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder or ".", os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _silence(stream: TextIO) -> None:
    """Point the process's standard output at the null device after the reader went away.

    Python flushes standard output at exit; without this, what is left in its buffer would
    raise once more and print "Exception ignored ... BrokenPipeError". Only the process's
    real standard output is redirected, never a stream a caller put in its place.
    """
    if stream is not sys.__stdout__:
        return
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
