"""Pairing gold and predicted quotes: content coverage and greedy one-to-one matching.

Used by :mod:`quoteattr.evaluation.scorer`. A gold quote and a predicted quote are compared only
within the same ``doc_id``, by how much of the gold content the prediction covers.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from fractions import Fraction

from ..records import Content, Quote

EXACT = "exact"
"""The level at which a pair matches only when both contents hold the same words."""

Interval = tuple[int, int]


def pieces(content: Content) -> tuple[Interval, ...]:
    """The character intervals ``[start, end)`` of ``content``, sorted and merged.

    Args:
        content: A quote's content; its ``parts`` are used when present (a quote split
            around its cue), otherwise ``[start, end)``.

    Returns:
        Non-empty, non-overlapping, non-adjacent intervals in document order.
    """
    raw = [(p.start, p.end) for p in content.parts] or [(content.start, content.end)]
    merged: list[Interval] = []
    for start, end in sorted(raw):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def _overlap(left: Sequence[Interval], right: Sequence[Interval]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in left for s2, e2 in right)


def coverage(gold: Content, pred: Content) -> Fraction:
    """The share of the gold content's characters that the predicted content covers.

    Args:
        gold: The reference content.
        pred: The predicted content.

    Returns:
        ``|chars(gold) & chars(pred)| / |chars(gold)|`` as an exact fraction in ``[0, 1]``;
        0 when the gold content holds no characters.

    Notes:
        Asymmetric, as in the Gender Gap Tracker's ``calc_index_match_score`` (Asr et al.
        2021, PLoS ONE 16(1): e0245533): a prediction longer than the gold is not penalised
        here, only by leaving other gold quotes unmatched.
    """
    gold_pieces = pieces(gold)
    size = sum(end - start for start, end in gold_pieces)
    if size == 0:
        return Fraction(0)
    return Fraction(_overlap(gold_pieces, pieces(pred)), size)


def _significant(char: str) -> bool:
    return not char.isspace() and unicodedata.category(char)[0] not in "PZC"


def words(content: Content) -> frozenset[int]:
    """The offsets of the content's characters that are neither whitespace nor punctuation.

    Args:
        content: A quote's content. A piece whose ``text`` does not have the length of its
            offsets (a hand-written gold record out of step) counts every offset as a word
            character.

    Returns:
        The offsets, into the document, of the content's word characters.
    """
    spans = [(p.start, p.end, p.text) for p in content.parts] or [
        (content.start, content.end, content.text)
    ]
    offsets: set[int] = set()
    for start, end, text in spans:
        if len(text) == end - start:
            offsets.update(start + i for i, char in enumerate(text) if _significant(char))
        else:
            offsets.update(range(start, end))
    return frozenset(offsets)


def same_words(gold: Content, pred: Content) -> bool:
    """Whether two contents hold the same words at the same offsets.

    For a content in one piece this is "the same start and end once surrounding whitespace
    and punctuation (quote marks, trailing commas and periods) are stripped from both".

    Args:
        gold: The reference content.
        pred: The predicted content.

    Returns:
        True when the word characters agree offset for offset (or, for contents with no word
        characters at all, when their intervals agree).
    """
    gold_words, pred_words = words(gold), words(pred)
    if gold_words or pred_words:
        return gold_words == pred_words
    return pieces(gold) == pieces(pred)


def _by_document(quotes: Sequence[Quote]) -> dict[str | None, list[int]]:
    groups: dict[str | None, list[int]] = defaultdict(list)
    for index, quote in enumerate(quotes):
        groups[quote.doc_id].append(index)
    return groups


def _threshold(level: Fraction | str) -> Fraction | None:
    if level == EXACT:
        return None
    if isinstance(level, Fraction) and 0 < level <= 1:
        return level
    raise ValueError(f"level must be a threshold in (0, 1] or {EXACT!r}, got {level!r}")


def match_quotes(
    gold: Sequence[Quote], pred: Sequence[Quote], level: Fraction | str
) -> list[tuple[int, int]]:
    """Pair gold and predicted quotes one to one, best coverage first.

    Args:
        gold: The reference quotes, from any number of documents.
        pred: The predicted quotes.
        level: A coverage threshold in ``(0, 1]`` (a pair matches when its coverage is at
            least this), or :data:`EXACT` (a pair matches when :func:`same_words` holds).

    Returns:
        ``(gold index, pred index)`` pairs, sorted by gold index. Every index appears at
        most once.

    Raises:
        ValueError: if ``level`` is neither a threshold in ``(0, 1]`` nor ``"exact"``.

    Notes:
        Only quotes with equal ``doc_id`` are compared. Candidates are the pairs with
        coverage above 0 that pass ``level``; they are taken greedily by highest coverage,
        then smallest distance between the two contents' starts, then document order, and a
        pair is kept when neither side is taken yet. So a long prediction spanning two gold
        quotes matches at most one of them.
    """
    threshold = _threshold(level)
    pred_groups = _by_document(pred)
    candidates: list[tuple[Fraction, int, int, int, int, int]] = []
    for doc_id, gold_indices in _by_document(gold).items():
        for gi in gold_indices:
            g = gold[gi].content
            for pi in pred_groups.get(doc_id, ()):
                p = pred[pi].content
                score = coverage(g, p)
                if score == 0:
                    continue
                passes = same_words(g, p) if threshold is None else score >= threshold
                if passes:
                    candidates.append((-score, abs(g.start - p.start), g.start, p.start, gi, pi))
    candidates.sort()
    taken_gold: set[int] = set()
    taken_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for *_, gi, pi in candidates:
        if gi not in taken_gold and pi not in taken_pred:
            taken_gold.add(gi)
            taken_pred.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)
