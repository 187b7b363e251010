"""Token stretches as character ranges: a subtree's tokens in text order, the runs of a
split content, a stretch trimmed at both ends, the parts of a clause around another.

The words trimming reads (a leading "that", a trailing "and") come from the
:class:`Lexicon` passed in.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from ..lexicon import Lexicon
from .labels import SUBJECT_OR_DETERMINER
from .syntax import DASHES


def subtree_tokens(token: Token) -> list[Token]:
    """The tokens of ``token``'s subtree, in text order.

    Made from the subtree's edges when every other word between them hangs on a word
    between them and none is a root (so all are in the subtree), and their dependents
    number as many as they (so none is outside): as in every subtree of a projective
    parse. ``Token.subtree`` yields them through a generator for every word of the tree
    below, which costs about twice as much; it is read, sorted, otherwise (spaCy's edges
    may fall short of a non-projective subtree's last word).
    """
    doc = token.doc
    first, last, own = token.left_edge.i, token.right_edge.i, token.i
    tokens = []
    dependents = 0
    for index in range(first, last + 1):
        word = doc[index]
        if index != own:
            head = word.head.i
            if head < first or head > last or head == index:
                return sorted(token.subtree, key=_index)
        dependents += word.n_lefts + word.n_rights
        tokens.append(word)
    if dependents != last - first:
        return sorted(token.subtree, key=_index)
    return tokens


def _index(token: Token) -> int:
    return token.i


def outside(head: Token, inner: Token, lexicon: Lexicon) -> tuple[tuple[int, int], ...]:
    """Parts of ``head``'s subtree around ``inner``'s subtree (the reporting clause)."""
    doc = head.doc
    inside = {t.i for t in inner.subtree}
    # Token indices only: each edge is read once, and each stretch trimmed by index.
    first, last = inner.left_edge.i, inner.right_edge.i
    held = [t.i for t in head.subtree]
    before = [i for i in held if i < first and i not in inside]
    after = [i for i in held if i > last and i not in inside]
    parts = [_trim_stretch(min(s), max(s), doc, lexicon) for s in (before, after) if s]
    return tuple(p for p in parts if p is not None)


def through_dash_aside(tokens: list[Token], doc: Doc) -> list[Token]:
    """The tokens, carried on through a dash aside that interrupts them.

    "pledged to ban all Muslims — 1.6 billion people — from entering the country" is often
    parsed with the aside and what follows it hung on a word before the cue, so the
    content stops at the first dash. When a closing dash follows in the same sentence and
    a prepositional or verb phrase comes after it, the aside and that phrase belong to
    the content.
    """
    if not tokens:
        return tokens
    last = max(t.i for t in tokens)
    opening = last + 1
    if opening >= len(doc) or doc[opening].text not in DASHES:
        return tokens
    sentence_end = doc[last].sent.end
    closing = next((i for i in range(opening + 1, sentence_end) if doc[i].text in DASHES), None)
    if closing is None or closing + 1 >= sentence_end or closing - opening > 12:
        return tokens
    follower = doc[closing + 1]
    taken = {t.i for t in tokens}
    if follower.pos_ not in ("ADP", "VERB", "AUX", "SCONJ") or follower.head.i in taken:
        return tokens
    end = max(t.i for t in follower.subtree)
    return [*tokens, *doc[opening : end + 1]]


def runs(tokens: Iterable[Token], doc: Doc, lexicon: Lexicon) -> tuple[tuple[int, int], ...]:
    """Trimmed character ranges of the contiguous runs of ``tokens`` (split quotes)."""
    ordered = sorted({t.i for t in tokens})
    if ordered and ordered[-1] - ordered[0] == len(ordered) - 1:
        # one stretch with no gap (most contents): the loop below would make it one run
        part = _trim_stretch(ordered[0], ordered[-1], doc, lexicon)
        return () if part is None else (part,)
    runs: list[list[int]] = []  # [first, last] token index of each run
    for index in ordered:
        if runs and index == runs[-1][1] + 1:
            runs[-1][1] = index
            continue
        gap = range(runs[-1][1] + 1, index) if runs else None
        if gap is not None and all(_filler(doc[i]) for i in gap):
            runs[-1][1] = index
        else:
            runs.append([index, index])
    parts = [_trim_stretch(first, last, doc, lexicon) for first, last in runs]
    return tuple(p for p in parts if p is not None)


def _filler(token: Token) -> bool:
    """Punctuation (not a quote mark) or space: a gap that does not split content."""
    return (token.is_punct and not token.is_quote) or token.is_space


_LEAD_PUNCT = frozenset({",", ";", ":", "\u2014", "--", "-", "\u2013"})
"""Punctuation a content does not open with."""


_TRAIL_PUNCT = _LEAD_PUNCT | {"("}
"""Punctuation a content does not end with."""


def trim(tokens: Iterable[Token], doc: Doc, lexicon: Lexicon) -> tuple[int, int] | None:
    """Character range of the contiguous stretch of ``tokens``, trimmed at both ends.

    Spaces, punctuation (not quote marks, opening brackets at the start nor closing ones and
    ``?!`` at the end), a leading complementizer and a trailing conjunction are trimmed.
    """
    ordered = sorted({t.i for t in tokens})
    if not ordered:
        return None
    return _trim_stretch(ordered[0], ordered[-1], doc, lexicon)


def trim_range(start: int, end: int, doc: Doc, lexicon: Lexicon) -> tuple[int, int] | None:
    """:func:`trim` of the tokens ``doc[start:end]`` (``0 <= start``, ``end <= len(doc)``),
    given by index: no ``Token`` is made for the words inside."""
    return _trim_stretch(start, end - 1, doc, lexicon) if start < end else None


def _trim_stretch(first: int, last: int, doc: Doc, lexicon: Lexicon) -> tuple[int, int] | None:
    """:func:`trim` of the tokens ``first`` to ``last`` (inclusive), given by index."""
    while first <= last and _leads_off(doc, first, last, lexicon):
        first += 1
    while last >= first and _trails_off(doc[last], lexicon):
        last -= 1
    # Tokens are made one at a time, not as a Span: the first is most often a word.
    if last < first or not any(doc[i].is_alpha or doc[i].is_digit for i in range(first, last + 1)):
        return None
    final = doc[last]
    start, end = doc[first].idx, final.idx + len(final)
    return (start, end) if end > start else None


def _leads_off(doc: Doc, first: int, last: int, lexicon: Lexicon) -> bool:
    """``doc[first]`` is trimmed off the start of the stretch up to ``last``."""
    token = doc[first]
    if token.is_space or (token.is_punct and not token.is_quote and token.text not in "(["):
        return True
    skipped = token.lower_ in _LEAD_PUNCT or token.lower_ in lexicon.complementizers
    return (
        skipped
        and token.dep_ not in SUBJECT_OR_DETERMINER
        and first < last
        and not doc[first + 1].is_punct
    )


def _trails_off(token: Token, lexicon: Lexicon) -> bool:
    """``token`` is trimmed off the end of a stretch."""
    return (
        token.is_space
        or token.lower_ in _TRAIL_PUNCT
        or token.lower_ in lexicon.trailing_conjunctions
        or (token.is_punct and not token.is_quote and token.text not in "?!)]")
    )


def rstrip_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over the spaces before it, not before ``start``."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
