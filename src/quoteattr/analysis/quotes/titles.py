"""Quotes that name a thing rather than report words: titles, names and scare quotes.

``on CBS's "Face the Nation"``, ``the so-called "reset"``: capitalised words with no closing
punctuation, or a word or two, are not statements; a quote of four words or more that ends
like a sentence is one, even with no cue.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...lexicon import Lexicon
from ..marks import QuoteSpan

_MIN_FLOATING_WORDS = 4
_MIN_TITLE_WORDS = 2
"""A single capitalised word after a verb may be an answer (said "No," ...), not a title."""


def _title_slot(lexicon: Lexicon) -> re.Pattern[str]:
    """Text before a quote that makes it a noun phrase: a possessive or a preposition."""
    return _slot_pattern(lexicon.possessive_endings, lexicon.title_prepositions)


@lru_cache(maxsize=8)
def _slot_pattern(endings: frozenset[str], prepositions: frozenset[str]) -> re.Pattern[str]:
    slots = [re.escape(e) for e in sorted(endings)]
    slots += [rf"\b{re.escape(w)}" for w in sorted(prepositions)]
    return re.compile(rf"(?:{'|'.join(slots) or '(?!)'})\s*$", re.IGNORECASE)


_CLOSED_SENTENCE = frozenset(f"{stop}{mark}" for stop in ".?!" for mark in "\"'\u201d\u2019")
"""A sentence closed inside a quote's closing mark ('... came."')."""


def text_before(text: str, quote: QuoteSpan) -> str:
    """The few characters before a quote's opening mark, for :func:`title_like`."""
    return text[max(0, quote.start - 12) : quote.start]


def named_work(text: str, quote: QuoteSpan, lexicon: Lexicon) -> bool:
    """A title after a possessive or preposition: ``on CBS's "Face the Nation," Ryan said``.

    Notes:
        AP style puts the titles of books, films and television programmes in quotation
        marks; after a possessive or a preposition such a quote is a noun phrase.
    """
    before = text_before(text, quote)
    inner = text[quote.inner_start : quote.inner_end]
    return bool(_title_slot(lexicon).search(before)) and title_like(inner, lexicon, before)


def title_after_word(text: str, quote: QuoteSpan, lexicon: Lexicon) -> bool:
    """A title of two words or more set right after a word of its sentence: ``Ruiz told
    "Harbour Morning Show," adding ...`` names the programme she spoke to, whatever verb
    follows it; a quoted statement opens its sentence or follows punctuation."""
    before = text_before(text, quote).rstrip()
    inner = text[quote.inner_start : quote.inner_end]
    return (
        before[-1:].isalnum()
        and len(inner.split()) >= _MIN_TITLE_WORDS
        and title_like(inner, lexicon, before)
    )


def sentence_like(text: str, quote: QuoteSpan, lexicon: Lexicon) -> bool:
    """A quote that reads as a full statement rather than a title or a scare-quoted term.

    Notes:
        What passes is a candidate floating quote (the Gender Gap Tracker's term for a quote
        attributed by its place); the bounds (four words, closing punctuation or eight
        words) are observed in news, where titles and scare quotes are short or capitalised.
    """
    inner = text[quote.inner_start : quote.inner_end].strip()
    words = inner.split()
    if not words or title_like(inner, lexicon, text_before(text, quote)):
        return False
    if len(words) < _MIN_FLOATING_WORDS:
        return _whole_sentence(text, quote, inner)
    return inner[-1:] in ".?!," or len(words) >= 8


def _whole_sentence(text: str, quote: QuoteSpan, inner: str) -> bool:
    """A short quote that is a sentence on its own ('... said Ana Diaz. "Nobody came."'):
    capitalised, closed by a full stop, question or exclamation mark inside the marks, and
    set after the end of a sentence or at the start of its paragraph. A scare quote or a
    quoted term stands inside a sentence."""
    if not (inner[:1].isupper() and inner[-1:] in ".?!"):
        return False
    # Back over the spaces before the mark only: no copy of the text before the quote.
    at = quote.start
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    return at == 0 or text[at - 1] in ".?!\n" or text[max(0, at - 2) : at] in _CLOSED_SENTENCE


def title_like(inner: str, lexicon: Lexicon, before: str = "") -> bool:
    """Capitalised words without closing punctuation: a title or a name ("The Daily Brief").

    After a possessive or a preposition (``on CBS's "Face the Nation."``) the full stop that
    news style puts inside the marks belongs to the sentence, not to the title.

    Notes:
        Title case capitalises every word but short articles, conjunctions and prepositions
        (AP and Chicago style for composition titles).
    """
    split = inner.split()
    if len(split) >= 8:
        return False  # too long for a title: checked first, before reading every word
    small = lexicon.title_small_words
    words = [w for w in split if w[:1].isalpha() and w.lower() not in small]
    closing = inner.rstrip()
    if _title_slot(lexicon).search(before):
        closing = closing.rstrip(".,")
    return bool(words) and all(w[:1].isupper() for w in words) and closing[-1:] not in ".?!"
