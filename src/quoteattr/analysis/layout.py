"""Where each token sits: its sentence, its paragraph and the quote marks around it."""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence

import attrs
import numpy
from spacy.attrs import (
    DEP,
    ENT_IOB,
    ENT_TYPE,
    HEAD,
    IDX,
    LEMMA,
    LENGTH,
    LOWER,
    POS,
    SENT_START,
    TAG,
)
from spacy.tokens import Doc, Span, Token

from .intervals import Intervals
from .marks import QuoteSpan
from .syntax import word_ids


@attrs.frozen
class TokenColumns:
    """spaCy's attribute arrays of a document's tokens (its integer ids and string hashes),
    for the stages that scan every token without making a ``Token``."""

    pos: numpy.ndarray
    dep: numpy.ndarray
    ent_iob: numpy.ndarray
    ent_type: numpy.ndarray
    tag: numpy.ndarray
    lower: numpy.ndarray
    lemma: numpy.ndarray
    head: numpy.ndarray
    """The index of each token's head (spaCy stores it as an offset from the token)."""


_LOW_BITS = 16
"""The bits of an id that pick its bucket in :class:`_IdTable`'s table."""


@attrs.frozen
class _IdTable:
    """String ids for testing a whole attribute column at once.

    Attributes:
        ordered: The ids, sorted, for a binary search.
        buckets: For each value of an id's low bits, whether some id ends in them: a
            cheap first test that leaves few values for the search.
    """

    ordered: numpy.ndarray
    buckets: numpy.ndarray


@functools.lru_cache(maxsize=32)
def _id_table(ids: frozenset[int]) -> _IdTable:
    """The ids as an :class:`_IdTable`, made once per set."""
    ordered = numpy.array(sorted(ids), dtype=numpy.uint64)
    buckets = numpy.zeros(1 << _LOW_BITS, dtype=bool)
    buckets[(ordered & numpy.uint64((1 << _LOW_BITS) - 1)).astype(numpy.intp)] = True
    return _IdTable(ordered, buckets)


def members(column: numpy.ndarray, ids: frozenset[int]) -> numpy.ndarray:
    """Where ``column`` (an attribute array) holds one of ``ids`` (many; ``numpy.isin``
    sorts both arrays at every call). A value whose low bits no id ends in is out; the
    few others are looked up by a binary search in the sorted ids."""
    wanted = _id_table(ids)
    ordered = wanted.ordered
    if not len(ordered):
        return numpy.zeros(len(column), dtype=bool)
    found: numpy.ndarray = wanted.buckets[
        (column & numpy.uint64((1 << _LOW_BITS) - 1)).astype(numpy.intp)
    ]
    maybe = numpy.flatnonzero(found)
    values = column[maybe]
    at = numpy.searchsorted(ordered, values)
    at[at == len(ordered)] = 0
    found[maybe] = ordered[at] == values
    return found


def any_of(column: numpy.ndarray, values: Iterable[int]) -> numpy.ndarray:
    """Where ``column`` holds one of ``values`` (a few): a comparison for each costs less
    than ``numpy.isin`` on a document's tokens."""
    found = numpy.zeros(len(column), dtype=bool)
    for value in values:
        found |= column == column.dtype.type(value)
    return found


@attrs.frozen
class Layout:
    """Token-level view of a parsed text's paragraphs, sentences and quote spans.

    Attributes:
        doc: The parsed text.
        paragraphs: (start, end) character range of each paragraph.
        quotes: Paired quote spans, sorted by start.
        sentence_of: Sentence index of each token.
        sentence_starts: Token index where each sentence starts.
        token_starts: Character offset of each token (``doc[i].idx`` without making a
            ``Token``).
        token_ends: Character offset just past each token.
        columns: The tokens' part of speech, dependency label, entity tags, fine-grained
            tag, lower-case form and lemma, as spaCy's attribute arrays.
        entities: The named entities (``doc.ents``, which makes a ``Span`` for each at
            every call), read once.
    """

    doc: Doc
    paragraphs: tuple[tuple[int, int], ...]
    quotes: tuple[QuoteSpan, ...]
    sentence_of: tuple[int, ...]
    sentence_starts: tuple[int, ...]
    paragraph_starts: tuple[int, ...] = ()
    text: str = ""
    """The parsed text (``Doc.text`` rebuilds it on every access; this is read once)."""
    _index: _QuoteIndex = attrs.field(init=False, repr=False, eq=False)
    token_starts: list[int] = attrs.field(init=False, repr=False, eq=False)
    """The character offset of each token, so that finding one bisects a list rather than
    making a ``Token`` at every step."""
    token_ends: list[int] = attrs.field(init=False, repr=False, eq=False)
    """The character offset just past each token."""
    columns: TokenColumns = attrs.field(init=False, repr=False, eq=False)
    entities: tuple[Span, ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_index", _QuoteIndex(self.quotes))
        # One read of spaCy's arrays: each column costs about the same however many are read.
        table = self.doc.to_array(
            [IDX, LENGTH, POS, DEP, ENT_IOB, ENT_TYPE, TAG, LOWER, LEMMA, HEAD]
        )
        object.__setattr__(self, "token_starts", table[:, 0].tolist())
        object.__setattr__(self, "token_ends", (table[:, 0] + table[:, 1]).tolist())
        # Negative offsets come wrapped in the unsigned array: read back as signed.
        heads = table[:, 9].astype(numpy.int64) + numpy.arange(len(table))
        pos, dep, ent_iob, ent_type, tag, lower, lemma = (table[:, i] for i in range(2, 9))
        columns = TokenColumns(pos, dep, ent_iob, ent_type, tag, lower, lemma, heads)
        object.__setattr__(self, "columns", columns)
        object.__setattr__(self, "entities", self.doc.ents)

    @classmethod
    def build(
        cls,
        doc: Doc,
        paragraphs: Sequence[tuple[int, int]],
        quotes: Sequence[QuoteSpan],
        *,
        text: str | None = None,
    ) -> Layout:
        sentence_of, starts = _sentences(doc)
        return cls(
            doc,
            tuple(paragraphs),
            tuple(quotes),
            sentence_of,
            starts,
            tuple(p[0] for p in paragraphs),
            doc.text if text is None else text,
        )

    def sentence_start(self, token: int) -> int:
        """Token index where the sentence holding token index ``token`` starts (read from
        the index, where ``Token.sent`` would make a ``Span``)."""
        return self.sentence_starts[self.sentence_of[token]]

    def sentence_bounds(self, token: int) -> tuple[int, int]:
        """Token range [start, end) of the sentence holding token index ``token``."""
        index = self.sentence_of[token]
        end = (
            self.sentence_starts[index + 1]
            if index + 1 < len(self.sentence_starts)
            else len(self.doc)
        )
        return self.sentence_starts[index], end

    def paragraph_at(self, char: int) -> int:
        """Index of the paragraph holding (or nearest before) character ``char``."""
        return max(0, bisect_right(self.paragraph_starts, char) - 1)

    def paragraph_end(self, char: int) -> int:
        """Character offset where the paragraph holding ``char`` ends."""
        if not self.paragraphs:
            return len(self.text)
        return self.paragraphs[self.paragraph_at(char)][1]

    def sentence_chars(self, index: int) -> tuple[int, int]:
        """Character range [start, end) of sentence ``index``, from its first to last token."""
        first, end = self.sentence_bounds(self.sentence_starts[index])
        return self.token_starts[first], self.token_ends[end - 1]

    def sentence_at(self, char: int) -> int:
        """Index of the sentence holding character ``char``."""
        index = self.token_index_at(char)
        return self.sentence_of[index] if index is not None else 0

    def token_at(self, char: int) -> Token | None:
        """The token covering ``char``, or the next one after it."""
        index = self.token_index_at(char)
        return self.doc[index] if index is not None else None

    def token_index_at(self, char: int) -> int | None:
        """The index of :meth:`token_at`'s token, read from the offsets (no ``Token`` made)."""
        count = len(self.token_starts)
        if not count:
            return None
        # The last token starting at or before ``char`` (the first when none does).
        index = max(0, bisect_right(self.token_starts, char) - 1)
        if self.token_ends[index] <= char and index + 1 < count:
            index += 1
        return index

    def quote_around(self, char: int, *, top: bool = True) -> QuoteSpan | None:
        """The quote span whose inside holds ``char`` (the outermost when ``top``)."""
        return self._index.around(char, top=top)

    def quotes_within(self, start: int, end: int) -> list[QuoteSpan]:
        """Quote spans overlapping the character range [start, end), in order."""
        return [self.quotes[i] for i in self._index.ranges.overlapping(start, end)]

    def quote_starting_at(self, char: int) -> QuoteSpan | None:
        """The first quote span whose opening mark is at ``char``."""
        index = bisect_left(self._index.starts, char)
        return (
            self.quotes[index]
            if index < len(self.quotes) and self.quotes[index].start == char
            else None
        )

    def quotes_after(self, char: int) -> Iterator[QuoteSpan]:
        """The quote spans opening after ``char``, in order."""
        for index in range(bisect_right(self._index.starts, char), len(self.quotes)):
            yield self.quotes[index]

    def quote_index(self, quote: QuoteSpan) -> int:
        """Position of ``quote`` in :attr:`quotes` (as ``quotes.index``, by a bisect)."""
        index = bisect_left(self._index.starts, quote.start)
        while self.quotes[index] != quote:
            index += 1
        return index

    def indexes_of(self, words: frozenset[str]) -> list[int]:
        """The tokens whose lower-case form is one of ``words``, in order, read from the
        LOWER column (no ``Token`` made)."""
        found: list[int] = numpy.flatnonzero(members(self.columns.lower, word_ids(words))).tolist()
        return found

    def sentences_with(self, words: frozenset[str]) -> frozenset[int]:
        """The sentences holding a word whose lower-case form is one of ``words``."""
        return frozenset(self.sentence_of[i] for i in self.indexes_of(words))

    def in_quote(self, token: Token) -> bool:
        """True when ``token`` lies inside quote marks."""
        return self.quote_around(token.idx) is not None


def _sentences(doc: Doc) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The sentence index of each token and the token index where each sentence starts,
    as ``Doc.sents`` splits them, read from the sentence-start column (no ``Span`` made)."""
    if not len(doc) or "sents" in doc.user_hooks or not doc.has_annotation("SENT_START"):
        sentence_of: list[int] = []
        starts: list[int] = []
        for index, sent in enumerate(doc.sents):  # raises as ``Doc.sents`` does
            starts.append(sent.start)
            sentence_of.extend([index] * len(sent))
        return tuple(sentence_of), tuple(starts)
    # ``Doc.sents`` opens a sentence at the first token and wherever ``sent_start`` is 1.
    opens = doc.to_array(SENT_START) == 1
    opens[0] = True
    return tuple((numpy.cumsum(opens) - 1).tolist()), tuple(numpy.flatnonzero(opens).tolist())


class _QuoteIndex:
    """The quotes around each stretch of text, and the quotes by start, for bisecting.

    The inner boundaries of all quotes cut the text into stretches; for each stretch the
    outermost and innermost quote holding it are kept, chosen as a scan of every quote would
    (``min`` / ``max`` by depth, the first in text order on a tie).
    """

    __slots__ = ("bounds", "inners", "ranges", "starts", "tops")

    def __init__(self, quotes: Sequence[QuoteSpan]) -> None:
        self.starts = [q.start for q in quotes]
        self.ranges = Intervals([(q.start, q.end) for q in quotes])
        opening: dict[int, list[int]] = {}
        closing: dict[int, list[int]] = {}
        for index, quote in enumerate(quotes):
            opening.setdefault(quote.inner_start, []).append(index)
            closing.setdefault(quote.inner_end, []).append(index)
        self.bounds = sorted(opening.keys() | closing.keys())
        self.tops: list[QuoteSpan | None] = []
        self.inners: list[QuoteSpan | None] = []
        active: set[int] = set()
        for bound in self.bounds:
            active.update(opening.get(bound, ()))
            active.difference_update(closing.get(bound, ()))
            holding = [quotes[i] for i in sorted(active)]
            self.tops.append(min(holding, key=lambda q: q.depth) if holding else None)
            self.inners.append(max(holding, key=lambda q: q.depth) if holding else None)

    def around(self, char: int, *, top: bool) -> QuoteSpan | None:
        """The outermost (``top``) or innermost quote whose inside holds ``char``."""
        stretch = bisect_right(self.bounds, char) - 1
        if stretch < 0:
            return None
        return self.tops[stretch] if top else self.inners[stretch]
