"""One run of ``quoteattr extract``: read the inputs, analyse them, report, write the records.

Nothing here decides exit statuses or parses options (that is :mod:`quoteattr.cli`); a run
returns its :class:`Tally` and lets :class:`~quoteattr.io.output.OutputError`,
``KeyboardInterrupt`` and :class:`Terminated` through. One input that cannot be read or
analysed is named on standard error, by its path, and the run goes on.
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
from collections.abc import Callable, Iterable, Iterator, Sequence
from types import FrameType
from typing import TextIO

import attrs
import click
from tqdm import tqdm

from ..api import Extractor
from ..errors import DocumentError
from ..io import write_csv, write_csv_header, write_jsonl, write_speakers_jsonl
from ..io.inputs import STDIN_NAME, SourceProblem, SourceText, count_sources, iter_sources
from ..io.output import Output
from ..io.provenance import provenance_of
from ..io.writers import run_writer
from ..records import Article, Document, Quote

PROG = "quoteattr"


@attrs.define
class Tally:
    """What became of the inputs of a run.

    Attributes:
        processed: Inputs that gave their records (also when they held no quote).
        skipped: Inputs that could not be read, or whose analysis failed.
        chars: Characters of the processed inputs.
    """

    processed: int = 0
    skipped: int = 0
    chars: int = 0


class Terminated(BaseException):
    """The process was asked to stop (SIGTERM); like ``KeyboardInterrupt``, not an error."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def run_extract(
    extractor: Extractor,
    paths: Sequence[str],
    out: Output,
    *,
    fmt: str,
    batch_size: int,
    n_process: int,
    progress: bool | None,
) -> Tally:
    """Analyse every input and write the records of each to ``out``, in input order.

    Args:
        extractor: The loaded pipeline.
        paths: Files, directories and ``-`` as given on the command line.
        out: Where the records go; not committed here.
        fmt: ``jsonl``, ``csv``, ``speakers``, or a citable format of
            :mod:`quoteattr.io.writers` (``html``, ``jsonld``, ``annotation``).
        batch_size: Texts parsed per batch.
        n_process: Parser processes.
        progress: Show a bar on standard error; None for "when it is a terminal and there
            is more than one input".

    Returns:
        How many inputs were processed and skipped.

    Raises:
        OutputError: if the records cannot be written.
    """
    total = count_sources(paths)
    if sys.stderr is None:  # closed (2>&-): nowhere to show a bar; click.echo stays quiet
        progress = False
    elif progress is None:
        progress = total > 1 and sys.stderr.isatty()
    tally = Tally()
    with contextlib.ExitStack() as stack:
        bar = stack.enter_context(
            tqdm(total=total, unit="doc", file=sys.stderr, disable=not progress, leave=False)
        )

        def say(line: str) -> None:
            # Above the bar, not through it.
            if progress:
                bar.write(line, file=sys.stderr)
            else:
                click.echo(line, err=True)

        stack.enter_context(_warnings_to(say))

        def skip(path: str, reason: str) -> None:
            say(one_line(f"{PROG}: error: {path}: {reason}"))
            tally.skipped += 1
            bar.update()

        sent = _Sent()
        documents = extractor.pipe(
            (_article(source) for source in sent.track(_readable(iter_sources(paths), skip))),
            batch_size=batch_size,
            n_process=n_process,
            on_error=lambda error: skip(sent.failed(error), _reason(error)),
        )
        writer = run_writer(fmt)
        for document in documents:
            sent.done(document)
            if writer is None:
                out.write(_render(fmt, document, header=tally.processed == 0))
            else:
                out.write(writer.add(document, provenance_of(document)))
            tally.processed += 1
            tally.chars += len(document.text)
            if progress:  # shown by the update that follows
                bar.set_postfix_str(_chars_done(tally.chars, bar), refresh=False)
            bar.update()
        if writer is not None:
            out.write(writer.close())
    return tally


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


def _readable(
    sources: Iterable[SourceText | SourceProblem], skip: Callable[[str, str], None]
) -> Iterator[SourceText]:
    for source in sources:
        if isinstance(source, SourceProblem):
            skip(source.path, source.message)
        else:
            yield source


class _Sent:
    """The sources handed to ``pipe()``, by position, until their document or error is back.

    A failed document is reported by its position in the stream; this maps the position
    back to the file, which is what the user can act on (two files may share a doc id).
    """

    def __init__(self) -> None:
        self._pending: dict[int, tuple[str, str]] = {}

    def track(self, sources: Iterable[SourceText]) -> Iterator[SourceText]:
        for index, source in enumerate(sources):
            self._pending[index] = (source.path, source.doc_id)
            yield source

    def done(self, document: Document) -> str | None:
        """Forget ``document``'s source; returns its path."""
        # Documents come back in input order, so this is the first pending one unless an
        # earlier one failed and its error is still to come.
        for index, (path, doc_id) in self._pending.items():
            if doc_id == document.doc_id:
                del self._pending[index]
                return path
        return None

    def failed(self, error: DocumentError) -> str:
        path, _doc_id = self._pending.pop(error.index, (None, None))
        return path or error.doc_id or f"document {error.index + 1}"


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


def _chars_done(chars: int, bar: tqdm) -> str:
    """``"1.23M chars, 45.6k chars/s"``: how much text the run has analysed, and how fast."""
    elapsed = bar.format_dict.get("elapsed") or 0
    rate = f", {_amount(chars / elapsed)} chars/s" if elapsed > 0 else ""
    return f"{_amount(chars)} chars{rate}"


def _amount(number: float) -> str:
    return str(round(number)) if number < 1000 else str(tqdm.format_sizeof(number))


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
