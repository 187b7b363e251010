"""One run of ``quoteattr extract``: read the inputs, analyse them, report, write the records.

Nothing here decides exit statuses or parses options (that is :mod:`quoteattr.cli`); a run
returns its :class:`~quoteattr.cli.progress.Tally` and lets
:class:`~quoteattr.io.output.OutputError`, ``KeyboardInterrupt`` and :class:`Terminated`
through. One input that cannot be read or analysed is named on standard error, by its path,
and the run goes on. Every input has its outcome in input order, records or a reason to skip
it, so a resumable output (:mod:`quoteattr.io.resume`) can say which inputs are done.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import signal
import sys
import threading
import unicodedata
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from types import FrameType
from typing import Protocol, TextIO

import attrs

from ..api import Extractor
from ..errors import DocumentError
from ..io import write_csv, write_csv_header, write_jsonl, write_speakers_jsonl
from ..io.inputs import (
    STDIN_NAME,
    SourceProblem,
    SourceText,
    StdinFormat,
    count_sources,
    iter_sources,
)
from ..io.provenance import provenance_of
from ..io.resume import Done, Partial, ResumeError
from ..io.writers import RunWriter, run_writer
from ..records import Article, Document, Quote
from .progress import Progress, Tally

PROG = "quoteattr"

__all__ = ["PROG", "Tally", "Terminated", "one_line", "run_extract", "sigterm_raises"]


class Terminated(BaseException):
    """The process was asked to stop (SIGTERM); like ``KeyboardInterrupt``, not an error."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class TextTarget(Protocol):
    """Where text records go: an :class:`~quoteattr.io.output.Output` or a :class:`Partial`."""

    def write(self, text: str) -> None: ...


class DocumentTarget(Protocol):
    """Where records go as values: a :class:`~quoteattr.io.parquet.ParquetWriter`."""

    def write(self, records: list[Quote]) -> int: ...


@attrs.frozen
class RunOptions:
    """How ``quoteattr extract`` reads and analyses its inputs.

    Attributes:
        fmt: ``jsonl``, ``csv``, ``speakers``, ``parquet``, or a citable format of
            :mod:`quoteattr.io.writers` (``html``, ``jsonld``, ``annotation``).
        batch_size: Texts parsed per batch (and sent to a worker at a time).
        processes: Processes that parse and analyse.
        progress: Show a bar on standard error; None for "when it is a terminal and there
            is more than one input".
        recursive: Read the subdirectories of directories.
        stdin_format: ``text`` or ``jsonl``.
    """

    fmt: str = "jsonl"
    batch_size: int = 16
    processes: int = 1
    progress: bool | None = None
    recursive: bool = False
    stdin_format: StdinFormat = "text"


def run_extract(
    extractor: Extractor,
    paths: Sequence[str],
    out: TextTarget | DocumentTarget,
    options: RunOptions,
) -> Tally:
    """Analyse every input and write the records of each to ``out``, in input order.

    Args:
        extractor: The loaded pipeline.
        paths: Files, directories and ``-`` as given on the command line.
        out: Where the records go; not committed here. A :class:`Partial` is also told
            when each input is done, and the inputs it already has are not read again.
        options: How to read, analyse and write.

    Returns:
        What became of the inputs (with those of a resumed run).

    Raises:
        OutputError: if the records cannot be written.
        ResumeError: if the inputs are not those of the run being resumed.
    """
    partial = out if isinstance(out, Partial) else None
    done = partial.resumed if partial is not None else Done()
    tally = Tally.after(done)
    total = count_sources(paths, recursive=options.recursive, stdin_format=options.stdin_format)
    progress = options.progress
    if sys.stderr is None:  # closed (2>&-): nowhere to show a bar; click.echo stays quiet
        progress = False
    elif progress is None:
        progress = (total is None or total > 1) and sys.stderr.isatty()
    bar = Progress(show=progress, total=total, tally=tally)
    sources = iter_sources(paths, recursive=options.recursive, stdin_format=options.stdin_format)
    with contextlib.closing(bar), _warnings_to(bar.say):
        writer = run_writer(options.fmt)
        outcomes = _outcomes(extractor, _after(sources, done), options)
        for path, outcome in outcomes:
            if isinstance(outcome, str):
                bar.say(one_line(f"{PROG}: error: {path}: {outcome}"))
                tally.skip(outcome)
                records = 0
            else:
                records = _write(out, options.fmt, outcome, writer, header=tally.processed == 0)
                tally.analysed(len(outcome.text), records)
            if partial is not None:
                chars = 0 if isinstance(outcome, str) else len(outcome.text)
                skipped = outcome if isinstance(outcome, str) else None
                partial.done(path, records=records, chars=chars, skipped=skipped)
            bar.update()
        if writer is not None:
            out.write(writer.close())  # type: ignore[arg-type]
    return tally


def _write(
    out: TextTarget | DocumentTarget,
    fmt: str,
    document: Document,
    writer: RunWriter | None,
    *,
    header: bool,
) -> int:
    """Write ``document``'s records; returns how many there were."""
    if fmt == "parquet":
        return int(out.write(list(_with_doc_id(document))) or 0)  # type: ignore[arg-type]
    if writer is not None:
        text = writer.add(document, provenance_of(document))
    else:
        text = _render(fmt, document, header=header)
    out.write(text)  # type: ignore[arg-type]
    return len(document.quotes)


def _after(
    sources: Iterator[SourceText | SourceProblem], done: Done
) -> Iterator[SourceText | SourceProblem]:
    """The sources after the ``done.inputs`` an interrupted run finished, unread by the run.

    Raises:
        ResumeError: if the inputs end before, or the last done one is not the one the
            index names (the inputs changed since).
    """
    for number in range(done.inputs):
        source = next(sources, None)
        if source is None:
            raise ResumeError(
                f"cannot resume: the interrupted run had read {done.inputs} inputs, these "
                f"are only {number}; give the same inputs"
            )
        if number == done.inputs - 1 and source.path != done.last_path:
            raise ResumeError(
                f"cannot resume: input {done.inputs} was {done.last_path}, now it is "
                f"{source.path}; give the same inputs"
            )
    return sources


def _outcomes(
    extractor: Extractor,
    sources: Iterable[SourceText | SourceProblem],
    options: RunOptions,
) -> Iterator[tuple[str, Document | str]]:
    """Each source's path with its document or the reason it was skipped, in input order.

    A source that could not be read is not sent to the extractor; its reason waits until
    the documents before it are back, so that outcomes, messages and the resume index
    follow the input order however many documents are in flight.
    """
    sent: deque[str] = deque()  # the paths of the texts in flight, in order
    problems: deque[tuple[int, str, str]] = deque()
    positions: deque[int] = deque()
    failed: deque[DocumentError] = deque()

    def articles() -> Iterator[Article]:
        for position, source in enumerate(sources):
            if isinstance(source, SourceProblem):
                problems.append((position, source.path, source.message))
            else:
                sent.append(source.path)
                positions.append(position)
                yield _article(source)

    def unreadable_before(position: int | None) -> Iterator[tuple[str, Document | str]]:
        while problems and (position is None or problems[0][0] < position):
            _position, path, message = problems.popleft()
            yield path, message

    def failures() -> Iterator[tuple[str, Document | str]]:
        while failed:
            error = failed.popleft()
            yield from unreadable_before(positions.popleft())
            yield sent.popleft(), _reason(error)

    documents = extractor.pipe(
        articles(),
        batch_size=options.batch_size,
        n_process=options.processes,
        on_error=failed.append,
    )
    with contextlib.closing(documents):  # type: ignore[type-var]
        for document in documents:
            yield from failures()  # an error comes before the documents after it
            yield from unreadable_before(positions.popleft())
            yield sent.popleft(), document
    yield from failures()
    yield from unreadable_before(None)


def _article(source: SourceText) -> Article:
    """A source as the extractor takes it; its path is its provenance's ``source``.

    Standard input has no path to point at, and an article with a URL is named by it.
    """
    path = None if source.path == STDIN_NAME or source.url else source.path
    return Article(
        source.text,
        source.doc_id,
        url=source.url,
        published=source.published,
        outlet=source.outlet,
        title=source.title,
        source=path,
    )


def _reason(error: DocumentError) -> str:
    """What failed, without the ``doc_id: `` or ``document N: `` the error starts with."""
    message = str(error)
    if error.doc_id is not None and message.startswith(f"{error.doc_id}: "):
        return message[len(error.doc_id) + 2 :]
    return re.sub(r"^document \d+: ", "", message)


def _render(fmt: str, document: Document, *, header: bool) -> str:
    """A document's records as text, so each reaches the output in one write."""
    buffer = io.StringIO(newline="")
    if fmt == "csv":
        if header:
            write_csv_header(buffer)
        write_csv(_with_doc_id(document), buffer, header=False)
    elif fmt == "speakers":
        write_speakers_jsonl([document], buffer)
    else:
        write_jsonl(_with_doc_id(document), buffer)
    return buffer.getvalue()


def _with_doc_id(document: Document) -> Iterator[Quote]:
    for quote in document.quotes:
        yield quote if quote.doc_id is not None else attrs.evolve(quote, doc_id=document.doc_id)


def one_line(text: str) -> str:
    """``text`` with line breaks and control characters escaped, as ``repr`` shows them.

    A file name may hold a newline; a message about it must still be one line.
    """
    return "".join(
        repr(char)[1:-1] if unicodedata.category(char) in ("Cc", "Zl", "Zp") else char
        for char in text
    )


@contextlib.contextmanager
def _warnings_to(say: Callable[[str], None]) -> Iterator[None]:
    """Show each warning as one plain line, ``quoteattr: warning: DOC: char N: ...``."""

    def show(
        message: Warning | str,
        category: type[Warning],
        filename: str,
        lineno: int,
        file: TextIO | None = None,
        line: str | None = None,
    ) -> None:
        say(one_line(f"{PROG}: warning: {message}"))

    with warnings.catch_warnings():
        warnings.showwarning = show
        yield


@contextlib.contextmanager
def sigterm_raises() -> Iterator[None]:
    """Turn SIGTERM into :class:`Terminated` while the block runs, so cleanup runs too.

    Parser processes that spaCy forks inherit the handler; there it does what SIGTERM
    does by default, since spaCy stops them with it.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    owner = os.getpid()

    def handle(signum: int, _frame: FrameType | None) -> None:
        if os.getpid() != owner:
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        raise Terminated(signum)

    previous = signal.signal(signal.SIGTERM, handle)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
