"""Quotes that name a thing rather than report words: titles, names and scare quotes.

``on CBS's "Face the Nation"``, ``the so-called "reset"``: capitalised words with no closing
punctuation, or a word or two, are not statements; a quote of four words or more that ends
like a sentence is one, even with no cue.
"""

from __future__ import annotations

import re

from ..marks import QuoteSpan

_MIN_FLOATING_WORDS = 4
_TITLE_SLOT = re.compile(r"(?:['\u2019]s|\b(?:on|in|of|from|to))\s*$", re.IGNORECASE)
"""Text before a quote that makes it a noun phrase: a possessive or a preposition."""
TITLE_SMALL_WORDS = frozenset({"of", "the", "and", "in", "on", "for", "a", "an", "to", "at", "by"})


def text_before(text: str, quote: QuoteSpan) -> str:
    """The few characters before a quote's opening mark, for :func:`title_like`."""
    return text[max(0, quote.start - 12) : quote.start]


def named_work(text: str, quote: QuoteSpan) -> bool:
    """A title after a possessive or preposition: ``on CBS's "Face the Nation," Ryan said``."""
    before = text_before(text, quote)
    return bool(_TITLE_SLOT.search(before)) and title_like(text[quote.inner_start : quote.inner_end], before)


def sentence_like(text: str, quote: QuoteSpan) -> bool:
    """A quote that reads as a full statement rather than a title or a scare-quoted term."""
    inner = text[quote.inner_start : quote.inner_end].strip()
    words = inner.split()
    if len(words) < _MIN_FLOATING_WORDS or title_like(inner, text_before(text, quote)):
        return False
    return inner[-1:] in ".?!," or len(words) >= 8


def title_like(inner: str, before: str = "") -> bool:
    """Capitalised words without closing punctuation: a title or a name ("The Daily Brief").

    After a possessive or a preposition (``on CBS's "Face the Nation."``) the full stop that
    news style puts inside the marks belongs to the sentence, not to the title.
    """
    words = [w for w in inner.split() if w[:1].isalpha() and w.lower() not in TITLE_SMALL_WORDS]
    short = len(inner.split()) < 8
    closing = inner.rstrip()
    if _TITLE_SLOT.search(before):
        closing = closing.rstrip(".,")
    return short and bool(words) and all(w[:1].isupper() for w in words) and closing[-1:] not in ".?!"
