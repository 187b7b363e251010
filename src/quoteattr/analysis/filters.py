"""What is not an attributed statement, though a cue reached it.

Indirect questions and reports of a word or two (:mod:`.questions`), the writer's own voice,
evidence the writer cites and things and events as sources (:mod:`.non_sources`),
conjectures (:mod:`.conjectures`), page furniture (:mod:`.furniture`), things named by
someone else, a group's definition and statements beside an unpaired quote mark are dropped
after the statements are settled; each predicate says which.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from ..lexicon import Lexicon
from ..records import QuoteKind
from .conjectures import hypothetical
from .cues import CueForm
from .furniture import page_furniture
from .labels import CLAUSAL_MODIFIER, DIRECT_OBJECT, RELATIVE_CLAUSE
from .layout import Layout
from .non_sources import (
    act_as_speaker,
    act_in_general,
    connective,
    evidence,
    inside_its_speaker,
    thing_as_source,
    writers_voice,
)
from .questions import asks, gapped_question, no_report
from .values import Draft


def keep_statements(
    drafts: Sequence[Draft], layout: Layout, lexicon: Lexicon, *, unpaired: Sequence[int] = ()
) -> list[Draft]:
    """Drop what is not a statement.

    Indirect questions ("asked whether ...", "declined to say how ..."), reports of one or
    two words, and the writer's own voice ("we can all agree that ...", a first- or
    second-person speaker outside any quote) are not attributed statements; nor is one
    beside a quote mark with no partner, whose extent cannot be known.

    Args:
        drafts: The settled drafts.
        layout: The parsed text.
        lexicon: Language data.
        unpaired: Offsets of the quote marks with no partner, sorted.

    Returns:
        The drafts kept, in order.

    Notes:
        Observed in news: a question reports no claim, and a report of a word or two is a
        fragment ("said no"); what the writer says or infers is no one else's statement.
    """
    return [
        d
        for d in drafts
        if not _not_a_statement(d, layout, lexicon) and not _near_unpaired(d, unpaired)
    ]


def _not_a_statement(draft: Draft, layout: Layout, lexicon: Lexicon) -> bool:
    if _named_thing(draft, layout, lexicon) or page_furniture(draft, layout, lexicon):
        return True
    if draft.kind is QuoteKind.INDIRECT and no_report(draft, layout, lexicon):
        return True
    if draft.kind is QuoteKind.MIXED and asks(draft, layout, lexicon):
        return True  # "asked whether they would 'stand firm'": a question, quoted words and all
    if draft.kind is not QuoteKind.DIRECT and gapped_question(draft, layout, lexicon):
        return True
    if hypothetical(draft, layout, lexicon) or _defines_a_group(draft, layout, lexicon):
        return True
    if draft.speaker is None:
        return False
    speaker = layout.doc[draft.speaker]
    if writers_voice(speaker, layout, lexicon) or act_as_speaker(speaker):
        return True
    if thing_as_source(draft, speaker, lexicon) or act_in_general(draft, speaker, layout, lexicon):
        return True
    if inside_its_speaker(draft, speaker, layout) or connective(draft, speaker, layout, lexicon):
        return True
    return draft.kind is QuoteKind.INDIRECT and evidence(draft, speaker, lexicon)


def _defines_a_group(draft: Draft, layout: Layout, lexicon: Lexicon) -> bool:
    """ "voters describing themselves as conservative", "those who call themselves
    independents": a cue whose object is a group's reflexive, in a clause on a noun, says
    who is counted in the group (a poll's category), not what anyone said. One person's
    self-description stays a statement ("Diaz, who calls herself a moderate")."""
    cue = draft.cue
    if draft.kind is QuoteKind.DIRECT or cue is None or cue.form is not CueForm.VERB:
        return False
    verb = layout.doc[cue.head]
    return verb.dep_ in _NOUN_CLAUSES and any(
        c.dep_ == DIRECT_OBJECT and c.lower_ in lexicon.group_reflexives for c in verb.children
    )


_NOUN_CLAUSES = frozenset({CLAUSAL_MODIFIER, RELATIVE_CLAUSE})
"""Clauses on a noun: a participle ("voters describing ...") or a relative ("who call ...")."""


def _named_thing(draft: Draft, layout: Layout, lexicon: Lexicon) -> bool:
    """ "condemned what he called a "brazen breach"": the object is a thing named by someone
    else (the naming is its own statement), not what the condemning cue reports."""
    first = layout.token_at(draft.start)
    return (
        first is not None
        and first.lower_ in lexicon.free_relatives
        and first.dep_ == DIRECT_OBJECT
        and first.head.i > first.i
        and first.head.lemma_.lower() in lexicon.naming_cues
    )


def _near_unpaired(draft: Draft, unpaired: Sequence[int]) -> bool:
    """An unpaired quote mark (offsets sorted) lies in the draft or right beside it."""
    index = bisect_left(unpaired, draft.start - 1)
    return index < len(unpaired) and unpaired[index] < draft.end + 1
