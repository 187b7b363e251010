"""The cue of a quote no statement reached: a reporting clause right after or before it
(``"...," she said``, ``she said: "..."``), or a verb that takes it as object (``described
the attack as "..."``)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping

import attrs
from spacy.tokens import Token

from ...lexicon import Lexicon
from ...records import Attribution
from ..cues import CueMatch
from ..labels import AUXILIARIES, AUXILIARY, SUBORDINATE_OPENERS
from ..layout import Layout
from ..marks import QuoteSpan
from ..stretches import rstrip_end
from .titles import text_before, title_like

_MIN_OBJECT_WORDS = 3
_SPEECH_ENDINGS = ",!?.\u2026\u2014-"
"""Last characters inside the marks of quoted speech followed by its reporting clause."""
_ENDS_AFTER = (".", "!", "?", ":", ";")
"""Punctuation that ends the search for a cue after a quote."""
_ENDS_BEFORE = (".", "!", "?", ";")
"""Punctuation that ends the search for a cue before a quote."""
_LEADS = (":", ",")
"""Punctuation between a reporting clause and the quote it introduces."""
_MAX_CLAUSE_AFTER = 12
"""Tokens read after a quote for its cue ("..., Pentagon spokesman Philip Ventura said")."""
_MAX_CLAUSE_BEFORE = 9
"""Tokens read back from the colon or comma before a quote for its cue."""


@attrs.frozen
class KnownCues:
    """The verb cues of a text by head token, and their heads in order.

    Whether a cue stands among some tokens is then a binary search: a quote's searches
    ask it before any Token is made, and a long text has thousands of cues.
    """

    by_head: Mapping[int, CueMatch]
    heads: tuple[int, ...]

    @classmethod
    def of(cls, cues: Iterable[CueMatch]) -> KnownCues:
        """The index of ``cues``."""
        by_head = {cue.head: cue for cue in cues}
        return cls(by_head, tuple(sorted(by_head)))

    def between(self, start: int, end: int) -> bool:
        """A cue's head stands among the tokens ``start`` to ``end`` (exclusive)."""
        at = bisect_left(self.heads, start)
        return at < len(self.heads) and self.heads[at] < end


def adjacent_cue(
    quote: QuoteSpan, layout: Layout, known: KnownCues
) -> tuple[CueMatch | None, Attribution]:
    """A saying verb right after (``"...," she said``) or before (``she said: "..."``) a quote.

    Notes:
        After a quote, the reporting clause must follow the punctuation that ends quoted
        speech (a comma, or ``?`` ``!`` ``.`` inside the marks) and hold no other verb.
        Before a quote, it must end in a colon or comma right before the opening mark, with
        nothing between the cue and the quote but the cue's own dependents. These are the
        positions of a reporting clause around direct speech (Quirk et al. 1985; AP style
        puts the comma or end mark of quoted speech inside the marks).
    """
    after = _cue_after(quote, layout, known)
    if after is not None:
        return after, Attribution.POSTPOSED
    before = _cue_before(quote, layout, known)
    if before is not None:
        return before, Attribution.SUBJECT
    return None, Attribution.NONE


def _ends_speech(quote: QuoteSpan, layout: Layout) -> bool:
    """The quote ends as quoted speech before its reporting clause does ("...," she said)."""
    text = layout.text
    inner = text[quote.inner_start : quote.inner_end].rstrip()
    tail = text[quote.end : quote.end + 3].lstrip(" ")
    following = layout.token_at(quote.end)
    if inner[-1:] == "." and following is not None and following.idx >= quote.end:
        # '... nation." Russia insisted that ...': a full stop inside the marks ends the
        # sentence in news style, so a capitalised word after it starts a new one.
        return not (following.is_sent_start or following.text[:1].isupper())
    return inner[-1:] in _SPEECH_ENDINGS or tail[:1] == ","


def _cue_after(quote: QuoteSpan, layout: Layout, known: KnownCues) -> CueMatch | None:
    """A cue in the clause right after the quote, before any other verb."""
    doc = layout.doc
    # the first token from the quote's end on: only a known cue in reach of it is looked for
    start = bisect_left(layout.token_starts, quote.end)
    if not known.between(start, start + _MAX_CLAUSE_AFTER):
        return None
    after = layout.token_at(quote.end)
    while after is not None and after.idx < quote.end and after.i + 1 < len(doc):
        after = doc[after.i + 1]
    if after is None or after.idx < quote.end or not _ends_speech(quote, layout):
        return None
    if _inside_a_phrase(quote, layout):
        return None
    for token in doc[after.i : min(len(doc), after.i + _MAX_CLAUSE_AFTER)]:
        if token.is_quote or token.text in _ENDS_AFTER or "\n" in token.text:
            break
        if token.i in known.by_head and token.pos_ in ("VERB", "AUX"):
            return known.by_head[token.i]
        if token.pos_ in ("VERB", "AUX", "SCONJ") and token.dep_ != AUXILIARY:
            break
        if token.pos_ == "ADP" and token.dep_ in SUBORDINATE_OPENERS and token.i == after.i:
            break
    return None


def _inside_a_phrase(quote: QuoteSpan, layout: Layout) -> bool:
    """The quote opens right after a word of its sentence ("blamed it on a "careless
    neighbor," not on ..., and said ..."): a term or fragment some word takes as its
    argument, not speech its reporting clause follows, which stands at the start of a
    sentence or after a punctuation mark."""
    text = layout.text
    at = rstrip_end(text, 0, quote.start)
    if at == 0 or not text[at - 1].isalnum():
        return False
    before = layout.token_at(at - 1)
    opening = layout.token_at(quote.start)
    return before is not None and not (opening is not None and opening.is_sent_start)


def _cue_before(quote: QuoteSpan, layout: Layout, known: KnownCues) -> CueMatch | None:
    """A cue ending a clause that introduces the quote with a colon or comma."""
    doc = layout.doc
    before = layout.token_at(quote.start)
    if before is None or before.i == 0:
        return None
    lead = doc[before.i - 1]
    while lead.is_space and lead.i > 0:
        lead = doc[lead.i - 1]
    if lead.text not in _LEADS:
        return None
    first = max(0, lead.i - _MAX_CLAUSE_BEFORE)
    if not known.between(first, lead.i):
        return None  # no Token is made for the clause
    for token in reversed(list(doc[first : lead.i])):
        if token.text in _ENDS_BEFORE or token.is_quote or "\n" in token.text:
            break
        if token.i in known.by_head and token.pos_ in ("VERB", "AUX"):
            return known.by_head[token.i] if _only_dependents_between(token, lead) else None
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in AUXILIARIES:
            break
    return None


def governing_cue(
    quote: QuoteSpan, layout: Layout, known: KnownCues, lexicon: Lexicon
) -> CueMatch | None:
    """A cue the quote hangs on as its object: ``described the attack as "..."``.

    Notes:
        Only quotes of three words or more: a quoted word or two ("called it "absurd"") is
        more often a scare quote than a statement.
    """
    doc = layout.doc
    start = layout.token_index_at(quote.inner_start)
    if start is None:
        return None
    # The cue governs a word inside the quote, so it stands in that word's sentence (the
    # parse's links stay inside a sentence): with no known cue in the quote's sentences,
    # the quote's words are not walked.
    last = max(start, bisect_left(layout.token_starts, quote.inner_end) - 1)
    if not known.between(layout.sentence_start(start), layout.sentence_bounds(last)[1]):
        return None
    inner = layout.text[quote.inner_start : quote.inner_end]
    if len(inner.split()) < _MIN_OBJECT_WORDS or title_like(
        inner, lexicon, text_before(layout.text, quote)
    ):
        return None
    first = doc[start]
    # The first token inside the quote that hangs on a word outside it: the quote's root.
    root = None
    for token in doc[first.i :]:
        if token.idx >= quote.inner_end:
            break
        if token.idx >= quote.inner_start and not quote.start <= token.head.idx < quote.end:
            root = token
            break
    if root is None:
        return None
    token = root.head
    for _ in range(3):
        if (
            token.i in known.by_head
            and token.pos_ in ("VERB", "AUX")
            and not layout.in_quote(token)
        ):
            return known.by_head[token.i]
        if token.head.i == token.i:
            break
        token = token.head
    return None


def _only_dependents_between(cue: Token, quote_token: Token) -> bool:
    """True when everything between a cue and a quote hangs on the cue (``said on Monday:``)."""
    for token in cue.doc[cue.i + 1 : quote_token.i]:
        if token.is_punct or token.is_space:
            continue
        if not any(a.i == cue.i for a in token.ancestors):
            return False
    return True
