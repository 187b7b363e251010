"""Long texts: cut into pieces the parser can take, and the parsed pieces joined again.

A text longer than :data:`PIECE_CHARS` is parsed piece by piece (small pieces bound the
parser's memory) and the parsed pieces are joined into one ``Doc`` whose text is the
original string, so the extraction runs once, over the whole text, and every offset it
reports holds in the caller's string. News articles are far shorter than a piece and are
parsed whole, as before.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

import numpy
from spacy.tokens import Doc

from ..analysis.marks import QuoteSpan, find_quote_spans

PIECE_CHARS = 100_000
"""Texts longer than this many characters are parsed in pieces of at most this length."""

_BREAK = r"(?:\r\n|\r|\n)"
_CUT_PLACES = (
    re.compile(_BREAK + r"[^\S\r\n]*" + _BREAK + r"\s*"),  # a blank line between paragraphs
    re.compile(_BREAK + r"\s*"),  # a line break
    re.compile(r"[.!?…][\"'”’»)\]]*\s+"),  # a sentence end, closing marks included
    re.compile(r"\s+"),  # a space between words
)
"""Where a text may be cut, best first; a cut falls after the whitespace, before the next word."""
_INSIDE_QUOTES = _CUT_PLACES[2:]
"""The places used inside a quote longer than a piece, before a cut through a word."""


def piece_bounds(text: str, limit: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """Where to cut ``text`` into pieces of at most ``limit`` characters.

    Args:
        text: Any string.
        limit: The longest piece, in characters (at least 1).

    Returns:
        ``(start, end)`` of each piece, in order: they cover ``text`` without gap or
        overlap, and none is empty. A text of at most ``limit`` characters is one piece.

    Raises:
        ValueError: if ``limit`` is below 1.

    Notes:
        Each cut is the last good place in the second half of the piece (so that pieces
        stay long), else in the whole piece: after a blank line, else after a line break
        (where ``quoteattr_paragraphs`` starts a sentence anyway, so the parse hardly
        changes), else after a sentence end, else between words; always after the
        whitespace, so that a piece begins with a word (the parser reads the first words of
        a piece a little differently when whitespace comes first). No cut falls inside a
        quote (:func:`~quoteattr.analysis.marks.find_quote_spans`, which also sees quotes that run
        over several paragraphs) unless a quote is longer than ``limit``: then a sentence
        end or a space inside it is used, and only then a cut through a word.
    """
    if limit < 1:
        raise ValueError(f"a piece must hold at least one character, not {limit}")
    if len(text) <= limit:
        return [(0, len(text))]
    places = _Places(text)
    bounds, start = [], 0
    while len(text) - start > limit:
        end = places.best_cut(start, limit)
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


class _Places:
    """The places where a text may be cut, each kind found on first use (mutable cache)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.quotes = _covered(find_quote_spans(text)[0])
        self.found: dict[tuple[re.Pattern[str], bool], list[int]] = {}

    def best_cut(self, start: int, limit: int) -> int:
        """The end of the piece that begins at ``start``: the best place, else a hard cut."""
        for kinds, outside in ((_CUT_PLACES, True), (_INSIDE_QUOTES, False)):
            for lowest in (start + limit // 2, start):
                for pattern in kinds:
                    cuts = self.cuts(pattern, outside)
                    last = bisect_right(cuts, start + limit) - 1
                    if last >= 0 and cuts[last] > lowest:
                        return cuts[last]
        return start + limit

    def cuts(self, pattern: re.Pattern[str], outside: bool) -> list[int]:
        """The offsets where ``pattern`` allows a cut, outside quotes only if ``outside``."""
        key = (pattern, outside)
        if key not in self.found:
            ends = [m.end() for m in pattern.finditer(self.text) if m.end() < len(self.text)]
            self.found[key] = _outside(ends, self.quotes) if outside else ends
        return self.found[key]


def _covered(spans: Sequence[QuoteSpan]) -> list[tuple[int, int]]:
    """The stretches covered by quotes: overlapping or nested spans joined, in order."""
    covered: list[tuple[int, int]] = []
    for span in spans:
        if covered and span.start < covered[-1][1]:
            covered[-1] = (covered[-1][0], max(span.end, covered[-1][1]))
        else:
            covered.append((span.start, span.end))
    return covered


def _outside(cuts: list[int], quotes: list[tuple[int, int]]) -> list[int]:
    """The cuts not strictly inside a quote (a cut before its opening mark is outside)."""
    kept, index = [], 0
    for cut in cuts:
        while index < len(quotes) and quotes[index][1] <= cut:
            index += 1
        if index == len(quotes) or cut <= quotes[index][0]:
            kept.append(cut)
    return kept


def merge_pieces(pieces: Sequence[Doc]) -> Doc:
    """One ``Doc`` of the parsed pieces of a text, in order; its text is their concatenation.

    Args:
        pieces: The parsed pieces, sharing one vocabulary.

    Returns:
        The only piece when there is one, else a new ``Doc`` with every token and its
        annotations (tags, parse, sentences, entities). The pieces' tensors are left out:
        the extraction does not read them, and they are the largest part of a ``Doc``.

    """
    if len(pieces) == 1:
        return pieces[0]
    # spaCy's stub lacks ``exclude``, which Doc.from_docs has had since v3.3.
    merged: Doc = Doc.from_docs(  # type: ignore[call-arg]
        list(pieces), ensure_whitespace=False, exclude=["tensor"]
    )
    return merged


def drop_tensor(doc: Doc) -> None:
    """Free the token vectors of a parsed piece while it waits for the other pieces."""
    doc.tensor = numpy.zeros((0,), dtype="float32")
