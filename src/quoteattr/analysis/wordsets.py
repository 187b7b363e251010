"""Word sets made from the lexicon's, built once per lexicon rather than at every call.

The speaker stages ask "is this word a title or a role noun?" for every mention of every
document; uniting the lexicon's sets afresh each time cost more than the asking.
"""

from __future__ import annotations

import functools

_CACHED = 64
"""Distinct sets remembered: a few per lexicon in use (a user may extend several)."""


@functools.lru_cache(maxsize=_CACHED)
def union(*sets: frozenset[str]) -> frozenset[str]:
    """The union of ``sets``, the same object every time it is asked for the same sets.

    The lexicon's sets are frozen, so a cached union can never go stale; a frozenset
    keeps its hash, so a cache hit costs a tuple comparison of the same objects.
    """
    return frozenset().union(*sets)


@functools.lru_cache(maxsize=_CACHED)
def without_full_stops(words: frozenset[str]) -> frozenset[str]:
    """``words`` with trailing full stops removed ("mr." -> "mr")."""
    return frozenset(word.rstrip(".") for word in words)
