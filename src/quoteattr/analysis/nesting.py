"""Statements inside statements: which report holds which, and what nesting changes.

"'I told him the deal was off,' she said": the report of "told" is nested in the quote of
"said". Each statement's parent is the innermost other statement whose content holds its
cue. A nested report that only repeats its outer speaker's talk is dropped, and an inner
statement ends where the reporting clause of its outer one begins
(:func:`quoteattr.analysis.boundaries.stop_before_outer_clause`).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ..lexicon import Lexicon
from ..records import QuoteKind
from .boundaries import stop_before_outer_clause
from .intervals import Intervals
from .labels import RELATIVE_CLAUSE
from .layout import Layout
from .values import Draft


@attrs.frozen
class Nesting:
    """The statements kept and, for each, the statement it is nested in (internal).

    Attributes:
        drafts: The statements, sorted by start.
        parents: Per statement, the position of its parent in ``drafts``, or None.
    """

    drafts: tuple[Draft, ...]
    parents: tuple[int | None, ...]


def nest(drafts: Sequence[Draft], layout: Layout, lexicon: Lexicon) -> Nesting:
    """The nesting stage: parents, self-reports dropped, inner statements cut.

    Args:
        drafts: The statements kept by the filters, sorted by start.
        layout: The parsed text.
        lexicon: Language data.

    Returns:
        The statements that remain, each with its parent.
    """
    parents = _parents(drafts, layout)
    kept, parents = _drop_self_reports(list(drafts), parents, layout, lexicon)
    kept = stop_before_outer_clause(kept, parents, layout)
    return Nesting(tuple(kept), tuple(parents))


def _parents(drafts: Sequence[Draft], layout: Layout) -> list[int | None]:
    """For each draft, the innermost other draft whose content holds its cue.

    Args:
        drafts: The drafts.
        layout: The parsed text.

    Returns:
        Per draft, the position of its parent (the first of the shortest holders), or None.
    """
    spans = Intervals([(d.start, d.end) for d in drafts])
    parents: list[int | None] = []
    for draft in drafts:
        anchor = layout.doc[draft.cue.head].idx if draft.cue is not None else draft.start
        holders = [
            i
            for i in spans.holding(anchor)
            if drafts[i] is not draft and drafts[i].end - drafts[i].start > draft.end - draft.start
        ]
        parents.append(
            min(holders, key=lambda i: drafts[i].end - drafts[i].start) if holders else None
        )
    return parents


def _drop_self_reports(
    drafts: list[Draft], parents: list[int | None], layout: Layout, lexicon: Lexicon
) -> tuple[list[Draft], list[int | None]]:
    """Drop reports that are the outer speaker's own talk.

    A nested statement whose speaker is "I", "we" or "you" repeats its outer speaker; one
    inside a quote whose speaker names no one ("everyone here calls it ..."), is missing, or
    stands outside that quote (the quoted words' own verb, given the speaker of the
    reporting clause) is part of the quoted words, not a third party's statement.

    Returns:
        The drafts kept and their parents, renumbered; a dropped parent passes its own
        parent on.

    Notes:
        Observed in news: the nested reports worth a record of their own are a third
        party's, whom the quoted speaker reports.
    """
    drop = {
        i
        for i, (d, p) in enumerate(zip(drafts, parents, strict=True))
        if p is not None and _own_talk(d, drafts[p], layout, lexicon)
    }
    if not drop:
        return drafts, parents
    kept = [i for i in range(len(drafts)) if i not in drop]
    renumber = {old: new for new, old in enumerate(kept)}
    new_parents = []
    for i in kept:
        parent = parents[i]
        while parent is not None and parent in drop:
            parent = parents[parent]
        new_parents.append(renumber[parent] if parent is not None else None)
    return [drafts[i] for i in kept], new_parents


def _own_talk(draft: Draft, parent: Draft, layout: Layout, lexicon: Lexicon) -> bool:
    """The nested ``draft`` is part of its ``parent``'s own words (:func:`_drop_self_reports`)."""
    doc = layout.doc
    if draft.speaker is not None and doc[draft.speaker].lower_ in lexicon.participant_pronouns:
        return True
    if draft.cue is None or parent.kind is QuoteKind.INDIRECT:
        return False
    quote = layout.quote_around(doc[draft.cue.head].idx)
    if quote is None:
        return False
    if draft.speaker is None:
        return True
    if doc[draft.speaker].lower_ in lexicon.generic_speakers:
        # "we have people who say they are ...": a group the quote defines by what it says
        # is reported; "everyone here calls it ..." is the quoted speaker's own talk.
        cue = doc[draft.cue.head]
        return not (cue.dep_ == RELATIVE_CLAUSE and cue.head.i == draft.speaker)
    # A speaker outside both the quote and the outer content was borrowed from the reporting
    # clause: in '"It is too early," she said, "to call this a success."' the quoted "call"
    # is a word of her quote, not a report of her own ('she said the union "claimed ..."'
    # keeps the union's report: its speaker is in the outer content).
    speaker = doc[draft.speaker].idx
    if quote.inner_start <= speaker < quote.inner_end:
        return False
    return draft.speaker == parent.speaker or not any(s <= speaker < e for s, e in parent.parts)


def outer_speakers(
    drafts: Sequence[Draft], heads: Sequence[int], layout: Layout, lexicon: Lexicon
) -> dict[int, int]:
    """First- and second-person speakers inside a quote -> the head of that quote's speaker.

    Args:
        drafts: The statements.
        heads: Head tokens of the speaker mentions.
        layout: The parsed text.
        lexicon: Language data.

    Returns:
        For each such head, the speaker of the innermost direct or mixed statement holding
        it ("I agree," she said: "I" is her).
    """
    doc = layout.doc
    spans = Intervals([(d.start, d.end) for d in drafts])
    outer: dict[int, int] = {}
    for head in heads:
        if doc[head].lower_ not in lexicon.participant_pronouns:
            continue
        holders = [
            d
            for d in (drafts[i] for i in spans.holding(doc[head].idx))
            if d.kind is not QuoteKind.INDIRECT and d.speaker not in (None, head)
        ]
        if holders:
            inner = min(holders, key=lambda d: d.end - d.start)
            assert inner.speaker is not None
            outer[head] = inner.speaker
    return outer
