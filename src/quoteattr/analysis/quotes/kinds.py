"""Reconcile statements found in the syntax with the quote marks of the text.

A statement whose content lies inside quote marks is direct, one that holds quoted
fragments is mixed, the rest are indirect. Quotes no cue reached are attributed by
adjacency ("...," she said, when the parse missed the link), then as floating quotes that
continue the previous speaker, or dropped when they look like titles or scare quotes.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

import attrs
from spacy.tokens import Token

from ...records import Attribution, QuoteKind
from ..content.sources import framed_verb
from ..cues import CueForm, CueMatch
from ..intervals import Intervals
from ..layout import Layout
from ..marks import QuoteSpan
from ..syntax import rstrip_end
from ..values import Draft, Statement
from .continuation import continue_after_cue, float_quotes
from .unclaimed import TRAILING_PUNCTUATION, adjacent_speaker, clean_parts, unclaimed_quotes


def settle(
    statements: Sequence[Statement], cues: Sequence[CueMatch], layout: Layout
) -> list[Draft]:
    """Drafts for the statements and for the quotes they leave unattributed.

    Args:
        statements: What :func:`quoteattr.analysis.content.verbs.attach` found.
        cues: Every cue of the text, also those with no content of their own
            (``"...," she told reporters``).
        layout: The text's paragraphs, sentences and quote spans.
    """
    drafts = [d for d in (_settle_one(s, layout) for s in statements) if d is not None]
    drafts = _merge_sources(drafts, layout)
    verbs = {c.head: c for c in cues if c.form is CueForm.VERB}
    drafts.extend(unclaimed_quotes(drafts, verbs, layout))
    drafts.sort(key=lambda d: (d.start, -d.end))
    drafts = [_placed(_speaker_outside_content(d, layout), layout) for d in drafts]
    drafts = _join_same_cue(_drop_duplicates(drafts))
    return float_quotes(continue_after_cue(drafts, layout), layout)


def _placed(draft: Draft, layout: Layout) -> Draft:
    """A subject speaker after the start of the content makes a post-posed attribution."""
    subject = draft.attribution is Attribution.SUBJECT and draft.speaker is not None
    if subject and layout.doc[draft.speaker].idx > draft.start:  # type: ignore[index]
        return attrs.evolve(draft, attribution=Attribution.POSTPOSED)
    return draft


def _join_same_cue(drafts: list[Draft]) -> list[Draft]:
    """Direct quotes on either side of one cue are one statement in two parts."""
    joined: list[Draft] = []
    first_direct: dict[int, int] = {}  # cue head -> the first direct draft it has in ``joined``
    for draft in drafts:
        head = draft.cue.head if draft.cue is not None and draft.kind is QuoteKind.DIRECT else None
        twin = first_direct.get(head) if head is not None else None
        if twin is None:
            if head is not None:
                first_direct[head] = len(joined)
            joined.append(draft)
            continue
        first = joined[twin]
        parts = tuple(sorted(set(first.parts + draft.parts)))
        joined[twin] = attrs.evolve(first, parts=parts, speaker=first.speaker or draft.speaker)
    return joined


def _speaker_outside_content(draft: Draft, layout: Layout) -> Draft:
    """A speaker the parser found inside the content is wrong; take the phrase by the cue.

    Notes:
        Quote marks confuse small parsers: in ``"... in Ohio," Mr. Trump said`` the subject
        of "said" can land on "Ohio". The noun phrase right before the cue (or right after
        it, for ``said X``) is then the speaker.
    """
    if draft.speaker is None or draft.cue is None:
        return draft
    doc = layout.doc
    char = doc[draft.speaker].idx
    if not any(s <= char < e for s, e in draft.parts):
        return draft
    return attrs.evolve(draft, speaker=adjacent_speaker(doc[draft.cue.head], layout))


def _settle_one(statement: Statement, layout: Layout) -> Draft | None:
    text = layout.text
    cue_char = layout.doc[statement.cue.head].idx if statement.cue is not None else -1
    around = layout.quote_around(cue_char, top=False) if cue_char >= 0 else None
    if around is not None and not (around.start <= statement.start and statement.end <= around.end):
        # A cue inside a quote whose content runs outside it is a misparse.
        return None
    if around is not None and statement.end > around.inner_end:
        # A report nested in a quote ends inside it: the closing mark is not its content.
        end = around.inner_end
        while end > statement.start and layout.text[end - 1] in TRAILING_PUNCTUATION:
            end -= 1
        parts = tuple((s, min(e, end)) for s, e in statement.parts if s < end)
        if not parts:
            return None
        statement = attrs.evolve(statement, parts=parts)
    quotes = [q for q in layout.quotes_within(statement.start, statement.end) if _at_level(q, around)]
    if quotes and statement.speaker is not None:
        statement = _clip_before_reporting_clause(statement, quotes, layout)
    base = Draft(**attrs.asdict(statement, recurse=False), kind=QuoteKind.INDIRECT)
    if not quotes:
        return base
    residue = _residue(text, statement.parts, quotes)
    if not residue:
        parts = tuple(p for q in quotes for p in clean_parts(text, q))
        # An empty pair of marks ('said: ""') holds no words: no statement, not a crash.
        return attrs.evolve(base, kind=QuoteKind.DIRECT, parts=parts) if parts else None
    start = min([statement.start] + [q.start for q in quotes])
    end = max([statement.end] + [q.end for q in quotes])
    return attrs.evolve(base, kind=QuoteKind.MIXED, parts=((start, end),))


def _clip_before_reporting_clause(
    statement: Statement, quotes: Sequence[QuoteSpan], layout: Layout
) -> Statement:
    """Content of a post-posed reporting clause ends at the last closing mark.

    In ``"...," Tulsa police Chief Chuck Jordan said`` the parser may hang "Tulsa" on the
    quoted clause; whatever stands between the closing mark and a speaker who follows the
    quote belongs to the reporting clause.
    """
    last = max(q.end for q in quotes)
    speaker_at = layout.doc[statement.speaker].idx if statement.speaker is not None else -1
    if not last <= speaker_at or statement.end <= last or statement.start >= last:
        return statement
    parts = tuple((s, min(e, last)) for s, e in statement.parts if s < last)
    return attrs.evolve(statement, parts=parts)


def _at_level(quote: QuoteSpan, around: QuoteSpan | None) -> bool:
    """The quote is at the level of a cue: nested in the quote ``around`` it, or top-level."""
    if around is None:
        return quote.depth == 0
    return quote.depth == around.depth + 1 and around.start < quote.start and quote.end <= around.end


def _residue(text: str, parts: Sequence[tuple[int, int]], quotes: Sequence[QuoteSpan]) -> str:
    """Content words outside every quote (ignoring "that", punctuation and spaces)."""
    spans = sorted((q.start, q.end) for q in quotes)
    kept: list[str] = []
    for start, end in parts:
        cursor = start
        for quote_start, quote_end in spans:
            if quote_end <= cursor or quote_start >= end:
                continue
            kept.append(text[cursor : max(cursor, quote_start)] + " ")
            cursor = max(cursor, quote_end)
        kept.append(text[cursor:end] if cursor < end else "")
    words = "".join(kept).split()
    return " ".join(w for w in words if w.strip(".,;:!?\"'\u2019\u201d") not in ("", "that"))


def _frames(draft: Draft, framed: Token) -> bool:
    """"according to X" frames the draft's cue, or was hung inside the draft's content.

    "According to police, officers saw him ... and they ordered him to ..." frames "saw":
    the order is part of what the police said, not the claim the source passed on.
    """
    assert draft.cue is not None
    return framed.i == draft.cue.head or any(s <= framed.idx < e for s, e in draft.parts)


def _merge_sources(drafts: list[Draft], layout: Layout) -> list[Draft]:
    """Fold "according to X" into a statement it frames: X becomes the channel (``via``).

    Notes:
        Each source is tied to the first statement (in the order found) whose cue lies in
        the source's content or whose content holds the source's; those are looked up by
        the cue's offset and by the statements' ranges, not by reading every statement.
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
        inner = [i for i in sorted(candidates) if _takes_source(kept[i], source, framed, layout)]
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


def _takes_source(draft: Draft, source: Draft, framed: Token, layout: Layout) -> bool:
    """The source phrase frames this statement's cue (see :func:`_merge_sources`)."""
    if draft.cue is None or draft.cue.form is not CueForm.VERB or draft.speaker is None:
        return False
    cue_at = layout.doc[draft.cue.head].idx
    return (
        source.start <= cue_at < source.end or draft.start <= source.start < source.end <= draft.end
    ) and _frames(draft, framed)


def _without_trailing_source(draft: Draft, source: Draft, layout: Layout) -> Draft:
    """"said they had no plans, according to their lawyers": the attribution that ends a
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


def _drop_duplicates(drafts: list[Draft]) -> list[Draft]:
    kept: list[Draft] = []
    seen: set[tuple[tuple[int, int], ...]] = set()
    for draft in drafts:
        if draft.parts not in seen:
            seen.add(draft.parts)
            kept.append(draft)
    return kept
