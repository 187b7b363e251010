"""Where each token sits: its sentence, its paragraph and the quote marks around it."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

import attrs
from spacy.tokens import Doc, Token

from .marks import QuoteSpan


@attrs.frozen
class Layout:
    """Token-level view of a parsed text's paragraphs, sentences and quote spans.

    Attributes:
        doc: The parsed text.
        paragraphs: (start, end) character range of each paragraph.
        quotes: Paired quote spans, sorted by start.
        sentence_of: Sentence index of each token.
        sentence_starts: Token index where each sentence starts.
    """

    doc: Doc
    paragraphs: tuple[tuple[int, int], ...]
    quotes: tuple[QuoteSpan, ...]
    sentence_of: tuple[int, ...]
    sentence_starts: tuple[int, ...]
    paragraph_starts: tuple[int, ...] = ()
    text: str = ""
    """The parsed text (``Doc.text`` rebuilds it on every access; this is read once)."""

    @classmethod
    def build(
        cls,
        doc: Doc,
        paragraphs: Sequence[tuple[int, int]],
        quotes: Sequence[QuoteSpan],
        *,
        text: str | None = None,
    ) -> Layout:
        sentence_of: list[int] = []
        starts: list[int] = []
        for index, sent in enumerate(doc.sents):
            starts.append(sent.start)
            sentence_of.extend([index] * len(sent))
        return cls(
            doc,
            tuple(paragraphs),
            tuple(quotes),
            tuple(sentence_of),
            tuple(starts),
            tuple(p[0] for p in paragraphs),
            doc.text if text is None else text,
        )

    def sentence_bounds(self, token: int) -> tuple[int, int]:
        """Token range [start, end) of the sentence holding token index ``token``."""
        index = self.sentence_of[token]
        end = self.sentence_starts[index + 1] if index + 1 < len(self.sentence_starts) else len(self.doc)
        return self.sentence_starts[index], end

    def paragraph_at(self, char: int) -> int:
        """Index of the paragraph holding (or nearest before) character ``char``."""
        return max(0, bisect_right(self.paragraph_starts, char) - 1)

    def paragraph_end(self, char: int) -> int:
        """Character offset where the paragraph holding ``char`` ends."""
        if not self.paragraphs:
            return len(self.text)
        return self.paragraphs[self.paragraph_at(char)][1]

    def sentence_at(self, char: int) -> int:
        """Index of the sentence holding character ``char``."""
        token = self.token_at(char)
        return self.sentence_of[token.i] if token is not None else 0

    def token_at(self, char: int) -> Token | None:
        """The token covering ``char``, or the next one after it."""
        doc = self.doc
        if not len(doc):
            return None
        index = _token_index(doc, char)
        if doc[index].idx + len(doc[index]) <= char and index + 1 < len(doc):
            index += 1
        return doc[index]

    def quote_around(self, char: int, *, top: bool = True) -> QuoteSpan | None:
        """The quote span whose inside holds ``char`` (the outermost when ``top``)."""
        found = [q for q in self.quotes if q.inner_start <= char < q.inner_end]
        if not found:
            return None
        return min(found, key=lambda q: q.depth) if top else max(found, key=lambda q: q.depth)

    def quotes_within(self, start: int, end: int) -> list[QuoteSpan]:
        """Quote spans overlapping the character range [start, end)."""
        return [q for q in self.quotes if q.start < end and q.end > start]

    def in_quote(self, token: Token) -> bool:
        """True when ``token`` lies inside quote marks."""
        return self.quote_around(token.idx) is not None


def _token_index(doc: Doc, char: int) -> int:
    low, high = 0, len(doc) - 1
    while low < high:
        mid = (low + high + 1) // 2
        if doc[mid].idx <= char:
            low = mid
        else:
            high = mid - 1
    return low
