"""The fault boundary: texts streamed through the parser and analysed, one document at a time.

:class:`DocumentRun` sends texts, long ones cut into pieces, through spaCy's ``nlp.pipe``,
regroups the parsed pieces into documents in input order and analyses each. Whatever fails
for one document (its input, its parse, its analysis) becomes a
:class:`~quoteattr.errors.DocumentError` in its place; the other documents go on.
"""

from __future__ import annotations

import contextlib
import re
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from typing import Any, NamedTuple, TypeAlias

import attrs
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import DocumentError
from ..records import Document
from .pieces import drop_tensor, merge_pieces, piece_bounds
from .spacing import parser_text

_SURROGATE = re.compile("[\ud800-\udfff]")

Analyze: TypeAlias = Callable[[Doc, str | None, str | None], Document]
"""The extraction: a parsed text, its id, and the caller's string (or None), which holds
``doc.text``'s characters but for the spaces the parser read as plain ones
(:func:`~quoteattr.parsing.spacing.parser_text`), offset for offset."""


def input_problem(text: Any) -> str | None:
    """What makes ``text`` unreadable as news text, or None; checked before spaCy sees it."""
    if not isinstance(text, str):
        return f"expected a str of news text, got {type(text).__name__}"
    surrogate = _SURROGATE.search(text)
    if surrogate is not None:
        return (
            f"text has a lone surrogate U+{ord(surrogate.group()):04X} at char "
            f"{surrogate.start()}, which is not a character (text decoded with "
            f"errors='surrogateescape'?); decode it with errors='replace' or remove it"
        )
    return None


class _Piece(NamedTuple):
    """The context spaCy carries with a piece through ``nlp.pipe``."""

    document: int
    """The document's position in the input stream."""
    piece: int
    """The piece's position in the document (0 for a text parsed whole)."""


class _PieceErrorHandler:
    """The spaCy error handler of an :class:`~quoteattr.api.Extractor`'s pipeline.

    spaCy calls a component's handler with the batch that failed (``TrainablePipe.pipe``,
    ``util._pipe``). This one drops the batch, as spaCy's ``ignore_error`` does, when every
    ``Doc`` of it is a piece a :class:`DocumentRun` is parsing (its ``_context`` is a
    :class:`_Piece`): the run sees the pieces missing and parses each again alone, in this
    process, where the error is raised again and reported for its document. Any other
    error is raised, as by spaCy's default ``raise_error``.

    Notes:
        With ``n_process > 1``, spaCy's worker (``_apply_pipes`` in ``spacy/language.py``)
        sends an error that escaped the components to the parent as a traceback, and
        ``Language._multiprocessing_pipe`` calls the pipeline's handler with no ``Doc``
        (error ``E871``). While a run streams, that batch is dropped too: raising there
        would end spaCy's stream.
    """

    def __init__(self) -> None:
        self.runs = 0

    def __call__(
        self, name: str | None, proc: Any, docs: list[Doc] | None, error: Exception
    ) -> None:
        if docs is None and self.runs > 0:
            return
        if docs and all(isinstance(getattr(doc, "_context", None), _Piece) for doc in docs):
            return
        raise error


_HANDLER = _PieceErrorHandler()


def _install(handler: _PieceErrorHandler, nlp: Language) -> None:
    """Make ``handler`` the error handler of ``nlp`` and of every component that takes one.

    Notes:
        Not ``nlp.set_error_handler``: in spaCy 3.8 it stops at the parser, whose Cython
        class has no attribute to hold a handler (``Pipe.set_error_handler`` raises
        ``AttributeError``). The parser and NER keep spaCy's ``raise_error``; their errors
        end spaCy's stream, and :class:`DocumentRun` starts a new one.
    """
    nlp.default_error_handler = handler
    for _, component in nlp.pipeline:
        if hasattr(component, "set_error_handler"):
            with contextlib.suppress(AttributeError):
                component.set_error_handler(handler)


@attrs.define
class _Entry:
    """One input document on its way through a run (mutable state, never returned)."""

    index: int
    doc_id: str | None
    text: str
    bounds: list[tuple[int, int]] = attrs.Factory(list)
    docs: list[Doc | None] = attrs.Factory(list)
    """One slot per piece sent to spaCy, filled when the piece comes back parsed."""
    accounted: int = 0
    """Pieces come back in order: the first ``accounted`` came back or were found missing."""
    fed: bool = False
    """True once no further piece of this document will be sent."""
    error: DocumentError | None = None


class DocumentRun:
    """One stream of texts through the parser, regrouped into documents in input order.

    Long texts are cut into pieces (:func:`~quoteattr.parsing.pieces.piece_bounds`) that
    stream through ``nlp.pipe`` with the other texts, each with a :class:`_Piece`
    context. A piece that does not come back (its batch failed) is parsed again alone; a
    document whose input, parse or analysis failed becomes a :class:`DocumentError`.

    Args:
        nlp: The loaded pipeline.
        pairs: Each text with its id.
        analyze: The extraction, run in this process on each parsed text.
        piece_chars: The longest piece of a long text.
        batch_size: Pieces parsed together.
        n_process: Parser processes.
        start: The input position of the first text (a worker's batch starts further on),
            which errors name when the text has no id.
    """

    def __init__(
        self,
        nlp: Language,
        pairs: Iterable[tuple[str, str | None]],
        *,
        analyze: Analyze,
        piece_chars: int,
        batch_size: int,
        n_process: int,
        start: int = 0,
    ) -> None:
        self.nlp, self.analyze, self.limit = nlp, analyze, piece_chars
        self.start = start
        self.pairs, self.batch_size, self.n_process = pairs, batch_size, n_process
        self.ledger: deque[_Entry] = deque()
        self.sent = 0
        self.stopped = False
        self.broken: Exception | None = None

    def results(self) -> Generator[Document | DocumentError, None, None]:
        """A :class:`Document` or a :class:`DocumentError` per input text, in order.

        Raises:
            Exception: whatever iterating the caller's texts or ids raised, after the
                results of the texts before it.
        """
        self.nlp.max_length = max(self.nlp.max_length, self.limit)
        _install(_HANDLER, self.nlp)  # at every run, for components added since
        _HANDLER.runs += 1
        feed = self._feed()
        stream, started_at = self._stream(feed), self.sent
        try:
            while True:
                try:
                    doc, key = next(stream)
                except StopIteration:
                    break
                except Exception:
                    # A component raised past the error handler and ended spaCy's stream:
                    # the pieces in flight are parsed again alone (below), a new stream
                    # takes the rest; unless this one failed before taking any piece.
                    if self.sent == started_at:
                        raise
                    stream, started_at = self._stream(feed), self.sent
                    continue
                self._account(key)
                self._receive(doc, key)
                yield from self._settled()
            self._account(None)
            yield from self._settled()
            if self.broken is not None:
                raise self.broken
        finally:
            self.stopped = True
            self._wind_down(stream)
            _HANDLER.runs -= 1

    def _stream(self, feed: Iterator[tuple[Doc, _Piece]]) -> Iterator[tuple[Doc, _Piece]]:
        stream: Iterator[tuple[Doc, _Piece]] = self.nlp.pipe(
            feed, as_tuples=True, batch_size=self.batch_size, n_process=self.n_process
        )
        return stream

    def _wind_down(self, stream: Iterator[tuple[Doc, _Piece]]) -> None:
        """End spaCy's stream without leaving its workers blocked.

        Closing a multiprocess ``nlp.pipe`` early hangs: its workers block sending parsed
        batches that nobody reads (every worker holds the read end of every channel, so
        none is told the parent stopped) while the parent waits for them to exit. With
        the feed stopped, the batches in flight are read to the end and spaCy shuts its
        workers down in order.
        """
        if self.n_process != 1:
            with contextlib.suppress(Exception):  # the run is over: no one to report to
                for _ in stream:
                    pass
        close = getattr(stream, "close", None)
        if close is not None:
            close()

    def _feed(self) -> Iterator[tuple[Doc, _Piece]]:
        """The pieces to parse, each with its context; never raises."""
        pairs = iter(self.pairs)
        index = self.start
        while not self.stopped:
            try:
                text, doc_id = next(pairs)
            except StopIteration:
                return
            # Whatever the caller's iterable raises, no later text can be read.
            except Exception as error:  # noqa: BLE001  (the fault boundary)
                self.broken = error
                return
            entry = _Entry(index, doc_id, text)
            self.ledger.append(entry)
            index += 1
            yield from self._pieces(entry)
            entry.fed = True

    def _pieces(self, entry: _Entry) -> Iterator[tuple[Doc, _Piece]]:
        problem = input_problem(entry.text)
        if problem is not None:
            entry.error = DocumentError.bad_input(problem, index=entry.index, doc_id=entry.doc_id)
            return
        try:
            entry.bounds = piece_bounds(entry.text, self.limit)
        except Exception as error:  # noqa: BLE001  (the fault boundary)
            self._fail(entry, "cutting into pieces", error)
            return
        for number, (start, end) in enumerate(entry.bounds):
            if self.stopped:  # a long text's other pieces are not needed any more
                return
            try:
                doc = self.nlp.make_doc(parser_text(entry.text[start:end]))
            except Exception as error:  # noqa: BLE001  (the fault boundary)
                self._fail(entry, f"tokenizing{self._where(entry, number)}", error)
                return
            entry.docs.append(None)
            entry.fed = number == len(entry.bounds) - 1
            self.sent += 1
            yield doc, _Piece(entry.index, number)

    def _account(self, until: _Piece | None) -> None:
        """Parse alone every piece sent before ``until`` (all, if None) that did not come back."""
        for entry in self.ledger:
            last = until is not None and entry.index == until.document
            if until is not None and entry.index > until.document:
                break
            stop = until.piece if until is not None and last else len(entry.docs)
            for number in range(entry.accounted, stop):
                self._reparse(entry, number)
            entry.accounted = max(entry.accounted, stop)
            if last:
                break

    def _reparse(self, entry: _Entry, number: int) -> None:
        if entry.error is not None:
            return
        start, end = entry.bounds[number]
        try:
            doc = self.nlp(parser_text(entry.text[start:end]))
        except Exception as error:  # noqa: BLE001  (the fault boundary)
            self._fail(entry, f"parsing{self._where(entry, number)}", error)
            return
        self._receive(doc, _Piece(entry.index, number))

    def _receive(self, doc: Doc, key: _Piece) -> None:
        entry = self.ledger[key.document - self.ledger[0].index]
        if len(entry.bounds) > 1:
            drop_tensor(doc)  # a long text's pieces wait for each other
        entry.docs[key.piece] = doc
        entry.accounted = key.piece + 1

    def _settled(self) -> Iterator[Document | DocumentError]:
        """The results of the documents at the head of the ledger whose pieces are all in."""
        while self.ledger and self.ledger[0].fed and self._all_in(self.ledger[0]):
            entry = self.ledger.popleft()
            if entry.error is None:
                result: Document | DocumentError = self._analysed(entry)
            else:
                result = entry.error
            yield result

    @staticmethod
    def _all_in(entry: _Entry) -> bool:
        return entry.accounted == len(entry.docs)

    def _analysed(self, entry: _Entry) -> Document | DocumentError:
        what = "joining the parsed pieces"
        try:
            doc = merge_pieces([d for d in entry.docs if d is not None])
            what = "analysis"
            # The caller's string holds ``doc.text``'s characters, one for one (the parser
            # read its odd spaces as plain ones); its length is checked, cheaply.
            text = entry.text if _text_length(doc) == len(entry.text) else None
            return self.analyze(doc, entry.doc_id, text)
        except Exception as error:  # noqa: BLE001  (the fault boundary)
            return DocumentError.failed(what, error, index=entry.index, doc_id=entry.doc_id)

    @staticmethod
    def _fail(entry: _Entry, what: str, error: Exception) -> None:
        if entry.error is None:
            entry.error = DocumentError.failed(what, error, index=entry.index, doc_id=entry.doc_id)

    @staticmethod
    def _where(entry: _Entry, number: int) -> str:
        if len(entry.bounds) == 1:
            return ""
        start, end = entry.bounds[number]
        return f" characters {start}-{end}"


def _text_length(doc: Doc) -> int:
    """The length of ``doc.text``, from its last token."""
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)
