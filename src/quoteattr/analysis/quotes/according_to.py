"""Fold "according to X" into the statement it frames, once the statements are settled.

"According to police, officers saw him ..." is one statement whose channel (``via``) is the
police; "said they had no plans, according to their lawyers" ends before the source phrase.
The phrase itself is read in :mod:`quoteattr.analysis.content.according_to`; a phrase that
frames no statement stays a statement of its own.
"""

from __future__ import annotations

from bisect import bisect_left

import attrs
from spacy.tokens import Token

from ...lexicon import Lexicon
from ..boundaries import TRAILING_PUNCTUATION
from ..content.according_to import framed_verb
from ..cues import CueForm
from ..intervals import Intervals
from ..layout import Layout
from ..non_sources import writers_voice
from ..stretches import rstrip_end
from ..values import Draft


def _frames(draft: Draft, framed: Token) -> bool:
    """ "according to X" frames the draft's cue, or was hung inside the draft's content.

    "According to police, officers saw him ... and they ordered him to ..." frames "saw":
    the order is part of what the police said, not the claim the source passed on.
    """
    assert draft.cue is not None
    return framed.i == draft.cue.head or any(s <= framed.idx < e for s, e in draft.parts)


def merge_according_to(drafts: list[Draft], layout: Layout, lexicon: Lexicon) -> list[Draft]:
    """Fold "according to X" into a statement it frames: X becomes the channel (``via``).

    Notes:
        PARC 3.0 (Pareti 2016) annotates "according to" as a cue whose object is the
        source; here, when it frames another cue's statement, it names the channel the
        claim came through rather than a statement of its own.
        Each source is tied to the first statement (in the order found) whose cue lies in
        the source's content or whose content holds the source's; those are looked up by
        the cue's offset and by the statements' ranges, not by reading every statement.
        The writer's own aside takes no source ("As I mentioned above, ..., according to
        X": the statement is X's).
    """
    doc = layout.doc
    sources = [d for d in drafts if d.cue is not None and d.cue.form is CueForm.SOURCE]
    if not sources:
        return drafts
    kept = [d for d in drafts if d.cue is None or d.cue.form is not CueForm.SOURCE]
    base = len(kept)
    # Rows of the index: the statements, then each source, which joins them when no
    # statement takes it (parts only ever shrink here, so the first ranges cover the later).
    spans = Intervals([(d.start, d.end) for d in kept + sources])
    appended: dict[int, int] = {}  # row of an appended source -> its position in kept
    verbs = sorted(
        (doc[d.cue.head].idx, i)
        for i, d in enumerate(kept)
        if d.cue is not None and d.cue.form is CueForm.VERB and d.speaker is not None
    )
    verb_chars = [char for char, _ in verbs]
    for number, source in enumerate(sources):
        assert source.cue is not None
        framed = framed_verb(doc[source.cue.head])
        found = bisect_left(verb_chars, source.start), bisect_left(verb_chars, source.end)
        candidates = {i for _, i in verbs[found[0] : found[1]]}
        candidates.update(i for i in spans.holding(source.start) if i < base)
        inner = [
            i for i in sorted(candidates) if _takes_source(kept[i], source, framed, layout, lexicon)
        ]
        if inner:
            kept[inner[0]] = attrs.evolve(kept[inner[0]], via=source.speaker)
        else:
            appended[base + number] = len(kept)
            kept.append(source)
        for row in spans.holding(doc[source.cue.head].idx):
            position = row if row < base else appended.get(row)
            if position is not None:
                kept[position] = _without_trailing_source(kept[position], source, layout)
    return kept


def _takes_source(
    draft: Draft, source: Draft, framed: Token, layout: Layout, lexicon: Lexicon
) -> bool:
    """The source phrase frames this statement's cue (see :func:`merge_according_to`)."""
    if draft.cue is None or draft.cue.form is not CueForm.VERB or draft.speaker is None:
        return False
    if writers_voice(layout.doc[draft.speaker], layout, lexicon):
        return False
    cue_at = layout.doc[draft.cue.head].idx
    return (
        source.start <= cue_at < source.end or draft.start <= source.start < source.end <= draft.end
    ) and _frames(draft, framed)


def _without_trailing_source(draft: Draft, source: Draft, layout: Layout) -> Draft:
    """ "said they had no plans, according to their lawyers": the attribution that ends a
    statement's content is not part of it."""
    assert source.cue is not None
    doc = layout.doc
    according = doc[source.cue.head]
    phrase_end = doc[source.cue.last].right_edge
    if draft is source or not draft.start < according.idx < draft.end:
        return draft
    if phrase_end.idx + len(phrase_end) < rstrip_end(layout.text, draft.start, draft.end) - 1:
        return draft  # the phrase does not end the content
    end = according.idx
    while end > draft.start and layout.text[end - 1] in TRAILING_PUNCTUATION:
        end -= 1
    parts = tuple((s, min(e, end)) for s, e in draft.parts if s < end)
    return attrs.evolve(draft, parts=parts) if parts else draft
