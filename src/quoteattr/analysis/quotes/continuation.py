"""Quotes that continue an attributed statement: after its cue, or floating.

``"A," she said. "B."`` is one statement in two parts; a cue-less quote in the same or the
next paragraph as an attributed one is in the same mouth. Both look back over the drafts
(sorted by start) for the last one that is not nested inside another, through an index of
the farthest end reached so far rather than by comparing every draft with every other.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import accumulate

import attrs

from ...records import Attribution, QuoteKind
from ..intervals import PrefixMax
from ..layout import Layout
from ..values import Draft

_MARK_CHARS = frozenset("\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u2039\u203a")
_MAX_CONTINUATION_GAP = 120
"""Characters between a quote and the one that resumes it after its cue (the clause
``, she said. ``); further away it floats.

A rule of the reading (it was a literal of the test before), not a look-up window: the gap
is measured only once this distance is known to be short."""


def continue_after_cue(drafts: list[Draft], layout: Layout) -> list[Draft]:
    """Join ``"A," she said. "B."`` into one statement with two parts.

    Args:
        drafts: The drafts sorted by start.
        layout: The parsed text.

    Returns:
        The drafts, a resumed quote folded into the statement it continues.

    Notes:
        A quote that resumes right after the sentence of its reporting clause, in the same
        paragraph, is the same utterance split around the cue; PolNeAR and PARC annotate it
        as one discontinuous content. A quote further away stays a floating quote.
    """
    text = layout.text
    merged: list[Draft] = []
    reach = PrefixMax(len(drafts))
    for draft in drafts:
        if (
            draft.kind is QuoteKind.DIRECT
            and draft.cue is None
            and draft.attribution is Attribution.FLOATING
        ):
            at = _last_top_level(merged, reach.upto)
            previous = merged[at] if at is not None else None
            if (
                previous is not None
                and previous.kind is QuoteKind.DIRECT
                and previous.cue is not None
                and previous.end <= draft.start
                and draft.start - previous.end <= _MAX_CONTINUATION_GAP
            ):
                gap = text[previous.end : draft.start]
                cue_at = layout.doc[previous.cue.head].idx
                marks = sum(
                    1 for i, ch in enumerate(gap) if ch in _MARK_CHARS and (i == 0 or gap[i - 1] != ch)
                )
                if "\n" not in gap and previous.end <= cue_at < draft.start and marks <= 2:
                    assert at is not None
                    merged[at] = attrs.evolve(previous, parts=previous.parts + draft.parts)
                    # The end only grows: a floating quote's parts run forward from its start.
                    reach.raise_to(at, merged[at].end)
                    continue
        reach.raise_to(len(merged), draft.end)
        merged.append(draft)
    return merged


def float_quotes(drafts: list[Draft], layout: Layout) -> list[Draft]:
    """A cue-less quote continues the speaker of the statement just before it.

    Args:
        drafts: The drafts sorted by start.
        layout: The parsed text.

    Returns:
        The drafts, each floating quote with the speaker it continues or with none.

    Notes:
        News style puts a quote that follows an attributed one, in the same or the next
        paragraph, in the same mouth (Gender Gap Tracker's "floating quotes"). The look-back
        stops at the start of the previous paragraph: a statement found further back would
        be refused for its distance anyway, so the answer is the same as a full scan's.
    """
    reach = list(accumulate((d.end for d in drafts), max))
    settled: list[Draft] = []
    for draft in drafts:
        if draft.attribution is Attribution.FLOATING and draft.speaker is None:
            paragraph = layout.paragraph_at(draft.start)
            floor = layout.paragraph_starts[paragraph - 1] if paragraph >= 2 else None
            previous = _speaking_before(settled, draft, floor, reach)
            if previous is not None and paragraph - layout.paragraph_at(previous.start) <= 1:
                draft = attrs.evolve(draft, speaker=previous.speaker, cue=None)
            else:
                draft = attrs.evolve(draft, attribution=Attribution.NONE)
        settled.append(draft)
    return settled


def _speaking_before(
    settled: Sequence[Draft], draft: Draft, floor: int | None, reach: Sequence[int]
) -> Draft | None:
    """The last top-level statement with a speaker, not indirect, ending before ``draft``.

    Args:
        settled: The drafts before ``draft``, sorted by start.
        draft: The floating quote.
        floor: Give up at a statement starting before this offset (None: look back to the
            first).
        reach: The farthest end among the first ``i + 1`` drafts, for each ``i``.
    """
    for at in range(len(settled) - 1, -1, -1):
        candidate = settled[at]
        if floor is not None and candidate.start < floor:
            return None
        if (
            candidate.end <= draft.start
            and candidate.speaker is not None
            and candidate.kind is not QuoteKind.INDIRECT
            and not _nested(settled, at, reach[at - 1] if at else -1)
        ):
            return candidate
    return None


def _last_top_level(drafts: Sequence[Draft], reach_before: Callable[[int], int]) -> int | None:
    """Position of the last draft that is not nested inside another.

    Args:
        drafts: Drafts sorted by start.
        reach_before: The farthest end among the drafts before a position.
    """
    for at in range(len(drafts) - 1, -1, -1):
        if not _nested(drafts, at, reach_before(at)):
            return at
    return None


def _nested(drafts: Sequence[Draft], at: int, reach: int) -> bool:
    """The draft at ``at`` lies inside another one's content (a report within a quote).

    Args:
        drafts: Drafts sorted by start.
        at: The draft's position.
        reach: The farthest end among the drafts before it (-1 for none).

    Notes:
        A holder starts no later than the draft: it comes before it, where ``reach`` says
        whether one ends far enough, or after it with the same start.
    """
    draft = drafts[at]
    if reach >= draft.end:
        return True
    for later in range(at + 1, len(drafts)):
        other = drafts[later]
        if other.start != draft.start:
            return False
        if other.end >= draft.end:
            return True
    return False
