"""A fake :class:`quoteattr.api.Extractor` for command-line tests that need no spaCy model."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Iterator
from itertools import repeat
from typing import ClassVar

from quoteattr.analysis.confidence import at_least
from quoteattr.errors import ModelError
from quoteattr.records import (
    Article,
    Attribution,
    Content,
    Document,
    Entity,
    Quote,
    QuoteKind,
    Speaker,
    SpeakerKind,
    TextSpan,
)

QUOTED = re.compile(r'"([^"]+)"')


FIRST_CONFIDENCE = 0.95
"""The confidence of a fake document's first quote; every later one has :data:`LATER_CONFIDENCE`."""
LATER_CONFIDENCE = 0.5


def fake_document(text: str, doc_id: str | None) -> Document:
    """One direct quote per pair of quote marks, all spoken by one entity.

    The first quote has confidence :data:`FIRST_CONFIDENCE`, the others :data:`LATER_CONFIDENCE`.
    """
    quotes = tuple(
        Quote(
            id=f"{doc_id}-{index}",
            kind=QuoteKind.DIRECT,
            content=Content(match[1], match.start(1), match.end(1)),
            cue=None,
            speaker=Speaker("Cohen", 0, 5, name="Cohen", kind=SpeakerKind.PERSON, entity="e1"),
            attribution=Attribution.POSTPOSED,
            sentence=0,
            paragraph=0,
            doc_id=doc_id,
            confidence=LATER_CONFIDENCE if index else FIRST_CONFIDENCE,
        )
        for index, match in enumerate(QUOTED.finditer(text))
    )
    speakers = (
        (
            Entity(
                id="e1",
                name="Cohen",
                kind=SpeakerKind.PERSON,
                mentions=(TextSpan("Cohen", 0, 5),),
                quotes=tuple(quote.id for quote in quotes),
            ),
        )
        if quotes
        else ()
    )
    return Document(text=text, doc_id=doc_id, quotes=quotes, speakers=speakers)


CRASH = "CRASH"
"""A text holding this word fails analysis in the fake extractor."""
SLOW = "SLOW"
"""A text holding this word takes a minute, long enough to stop the run in the middle."""


def document_error(index: int, doc_id: str | None) -> Exception:
    """The error ``Extractor.pipe`` hands ``on_error`` when the analysis of a document raised."""
    from quoteattr.errors import DocumentError

    cause = IndexError("tuple index out of range")
    return DocumentError.failed("analysis", cause, index=index, doc_id=doc_id)


class FakeExtractor:
    """Stands in for :class:`quoteattr.api.Extractor`; records how it was called."""

    calls: ClassVar[list[dict[str, object]]] = []

    def __init__(
        self, model: str | None = None, *, lexicon: object | None = None, min_confidence: float = 0
    ) -> None:
        if model == "missing_model":
            raise ModelError("cannot load spaCy pipeline 'missing_model': it is not installed")
        self.model = model
        self.min_confidence = min_confidence

    def pipe(
        self,
        texts: Iterable[str | Article],
        *,
        doc_ids: Iterable[str | None] | None = None,
        batch_size: int = 16,
        n_process: int = 1,
        on_error: str | Callable[[Exception], None] = "raise",
    ) -> Iterator[Document]:
        self.calls.append({"model": self.model, "batch_size": batch_size, "n_process": n_process})
        ids = iter(doc_ids) if doc_ids is not None else repeat(None)
        for index, item in enumerate(texts):
            text, doc_id = unpack(item, next(ids))
            if SLOW in text:
                time.sleep(60)
            if CRASH in text:
                error = document_error(index, doc_id)
                if on_error == "raise":
                    raise error
                if callable(on_error):
                    on_error(error)
                continue
            yield at_least(fake_document(text, doc_id), self.min_confidence)


def unpack(item: str | Article, doc_id: str | None) -> tuple[str, str | None]:
    """The text and id of a plain text or an article (a given id wins, as in ``pipe``)."""
    if isinstance(item, Article):
        return item.text, doc_id if doc_id is not None else item.doc_id
    return item, doc_id


class IdsFirstExtractor(FakeExtractor):
    """A pipe that reads every input before yielding any, as a list() inside pipe() would."""

    def pipe(
        self,
        texts: Iterable[str | Article],
        *,
        doc_ids: Iterable[str | None] | None = None,
        batch_size: int = 16,
        n_process: int = 1,
        on_error: str | Callable[[Exception], None] = "raise",
    ) -> Iterator[Document]:
        items = list(texts)
        ids = list(doc_ids) if doc_ids is not None else [None] * len(items)
        for item, doc_id in zip(items, ids, strict=False):
            yield at_least(fake_document(*unpack(item, doc_id)), self.min_confidence)
