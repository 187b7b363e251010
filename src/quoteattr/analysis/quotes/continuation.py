"""Quotes that continue an attributed statement after its cue.

``"A," she said. "B."`` is one statement in two parts. The look-back over the drafts (sorted
by start) for the last one that is not nested inside another goes through an index of the
farthest end reached so far rather than comparing every draft with every other; floating
quotes (:func:`quoteattr.analysis.speakers.choose.float_quotes`) look back the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from ...records import Attribution, QuoteKind
from ..intervals import PrefixMax
from ..layout import Layout
from ..values import Draft

_MARK_CHARS = frozenset("\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u2039\u203a")
_SPACES = frozenset(" \t\u00a0")
"""What may stand between a word and the quote mark it is followed by."""
_SENTENCE_ENDS = (". ", "! ", "? ", ".\u00a0")
_CONNECTIVE_WORDS = 2
"""Words of a connective set off before a resumed quote ("Instead,", "Even so,")."""
_MAX_CONTINUATION_GAP = 400
"""Characters between a quote and the one that resumes it after its cue (the clause
``, she said. ``, with the speaker's description: ``, said Ana Ruiz, a senior fellow at
... .``); further away it floats, as does a quote past the sentence after the cue's.

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
            at = _resumed(merged, _last_top_level(merged, reach.upto), layout)
            previous = merged[at] if at is not None else None
            if (
                previous is not None
                and previous.cue is not None
                and previous.end <= draft.start
                and draft.start - previous.end <= _MAX_CONTINUATION_GAP
                and previous.kind is QuoteKind.DIRECT
            ):
                gap = text[previous.end : draft.start]
                cue_at = layout.doc[previous.cue.head].idx
                # A quote set in the reporting clause after a word ("said on "Meet the
                # Press."") is a title: it resumes nothing, and its marks are no boundary.
                titles = [
                    q
                    for q in layout.quotes_within(previous.end, draft.start)
                    if previous.end <= q.start and q.end <= draft.start and _embedded(q.start, text)
                ]
                marks = _mark_runs(gap) - 2 * len(titles)
                opening = layout.quote_around(draft.start)
                title = opening is not None and _embedded(opening.start, text)
                next_sentence = layout.sentence_at(draft.start) <= layout.sentence_at(cue_at) + 1
                if (
                    "\n" not in gap
                    and previous.end <= cue_at < draft.start
                    and marks <= 2
                    and not title
                    and next_sentence
                    and _opens_its_sentence(gap)
                ):
                    assert at is not None
                    merged[at] = attrs.evolve(previous, parts=previous.parts + draft.parts)
                    # The end only grows: a floating quote's parts run forward from its start.
                    reach.raise_to(at, merged[at].end)
                    continue
        reach.raise_to(len(merged), draft.end)
        merged.append(draft)
    return merged


def _resumed(merged: Sequence[Draft], at: int | None, layout: Layout) -> int | None:
    """The draft a floating quote may resume: the last top-level one (``at``), or the quote
    before it when it is a report inside that quote's reporting clause ('"A," Ruiz said at
    a rally, after officials declared her the winner. "B."')."""
    if at is None or at == 0:
        return at
    last = merged[at]
    before = merged[at - 1]
    if last.kind is QuoteKind.DIRECT or before.cue is None or before.end > last.start:
        return at
    cue_sentence = layout.sentence_at(layout.doc[before.cue.head].idx)
    inside = layout.sentence_at(last.start) == layout.sentence_at(last.end - 1) == cue_sentence
    return at - 1 if inside else at


def _opens_its_sentence(gap: str) -> bool:
    """A quote after the gap ``gap`` from the quote before it opens its sentence, or goes
    on in the sentence of the cue: after the reporting clause's full stop come only marks
    and spaces ('"A," she said. "B."') or a connective set off by a comma ('Instead, "B."'),
    not a clause of its own ('"A," she said. Ruiz was blunt: "B."', whose quote is
    Ruiz's)."""
    stop = max(gap.rfind(end) for end in _SENTENCE_ENDS)
    if stop < 0:
        return True
    tail = "".join(ch for ch in gap[stop + 1 :] if ch not in _MARK_CHARS).strip()
    return not tail or (tail.endswith(",") and len(tail.split()) <= _CONNECTIVE_WORDS)


def _embedded(mark: int, text: str) -> bool:
    """The quote opening at ``mark`` follows a word (``on "Meet the Press"``), not a stop,
    a comma or a line break: it is part of a clause."""
    # read back from the mark over the spaces (not a copy of the text before it)
    before = mark
    while before > 0 and text[before - 1] in _SPACES:
        before -= 1
    return before > 0 and text[before - 1].isalnum()


def _mark_runs(gap: str) -> int:
    """Quote marks in ``gap``, a run of one mark (``''``) counting once; an apostrophe
    between letters is a word's (``O'Hanlon``, ``Obama's``), not a mark."""
    runs = 0
    for i, ch in enumerate(gap):
        if ch not in _MARK_CHARS or (i > 0 and gap[i - 1] == ch):
            continue
        inside_word = 0 < i < len(gap) - 1 and gap[i - 1].isalpha() and gap[i + 1].isalpha()
        runs += not inside_word
    return runs


def _last_top_level(drafts: Sequence[Draft], reach_before: Callable[[int], int]) -> int | None:
    """Position of the last draft that is not nested inside another.

    Args:
        drafts: Drafts sorted by start.
        reach_before: The farthest end among the drafts before a position.
    """
    for at in range(len(drafts) - 1, -1, -1):
        if not nested_at(drafts, at, reach_before(at)):
            return at
    return None


def nested_at(drafts: Sequence[Draft], at: int, reach: int) -> bool:
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
