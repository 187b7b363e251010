"""Reconcile statements found in the syntax with the quote marks of the text.

A statement whose content lies inside quote marks is direct, one that holds quoted
fragments is mixed, the rest are indirect. Quotes no cue reached are attributed by
adjacency ("...," she said, when the parse missed the link), then as floating quotes that
continue the previous speaker, or dropped when they look like titles or scare quotes.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
from spacy.tokens import Token

from .cues import CueForm, CueMatch
from .layout import Layout
from .marks import QuoteSpan
from .quote_attribution import TRAILING_PUNCTUATION, adjacent_speaker, clean_parts, unclaimed_quotes
from .records import Attribution, QuoteKind
from .source_statements import framed_verb
from .statements_base import Draft, Statement
from .token_spans import rstrip_end

_MARK_CHARS = frozenset("\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u2039\u203a")




def settle(
    statements: Sequence[Statement], cues: Sequence[CueMatch], layout: Layout
) -> list[Draft]:
    """Drafts for the statements and for the quotes they leave unattributed.

    Args:
        statements: What :func:`quoteattr.statements.attach` found.
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
    return _float(_continue_after_cue(drafts, layout), layout)


def _placed(draft: Draft, layout: Layout) -> Draft:
    """A subject speaker after the start of the content makes a post-posed attribution."""
    subject = draft.attribution is Attribution.SUBJECT and draft.speaker is not None
    if subject and layout.doc[draft.speaker].idx > draft.start:  # type: ignore[index]
        return attrs.evolve(draft, attribution=Attribution.POSTPOSED)
    return draft


def _join_same_cue(drafts: list[Draft]) -> list[Draft]:
    """Direct quotes on either side of one cue are one statement in two parts."""
    joined: list[Draft] = []
    for draft in drafts:
        twin = next(
            (
                i
                for i, d in enumerate(joined)
                if d.cue is not None and draft.cue is not None and d.cue.head == draft.cue.head
                and d.kind is QuoteKind.DIRECT and draft.kind is QuoteKind.DIRECT
            ),
            None,
        )
        if twin is None:
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




def _continue_after_cue(drafts: list[Draft], layout: Layout) -> list[Draft]:
    """Join ``"A," she said. "B."`` into one statement with two parts.

    Notes:
        A quote that resumes right after the sentence of its reporting clause, in the same
        paragraph, is the same utterance split around the cue; PolNeAR and PARC annotate it
        as one discontinuous content. A quote further away stays a floating quote.
    """
    text = layout.text
    merged: list[Draft] = []
    for draft in drafts:
        previous = _last_top_level(merged)
        if (
            previous is not None
            and draft.kind is QuoteKind.DIRECT
            and draft.cue is None
            and draft.attribution is Attribution.FLOATING
            and previous.kind is QuoteKind.DIRECT
            and previous.cue is not None
            and previous.end <= draft.start
        ):
            gap = text[previous.end : draft.start]
            cue_at = layout.doc[previous.cue.head].idx
            marks = sum(
                1 for i, ch in enumerate(gap) if ch in _MARK_CHARS and (i == 0 or gap[i - 1] != ch)
            )
            if "\n" not in gap and previous.end <= cue_at < draft.start and len(gap) <= 120 and marks <= 2:
                merged[merged.index(previous)] = attrs.evolve(previous, parts=previous.parts + draft.parts)
                continue
        merged.append(draft)
    return merged


def _nested(draft: Draft, others: Sequence[Draft]) -> bool:
    """The draft lies inside another one's content (a report within a quote)."""
    return any(o is not draft and o.start <= draft.start and draft.end <= o.end for o in others)


def _last_top_level(drafts: Sequence[Draft]) -> Draft | None:
    """The last draft that is not nested inside another."""
    return next((d for d in reversed(drafts) if not _nested(d, drafts)), None)


def _float(drafts: list[Draft], layout: Layout) -> list[Draft]:
    """A cue-less quote continues the speaker of the statement just before it.

    Notes:
        News style puts a quote that follows an attributed one, in the same or the next
        paragraph, in the same mouth (Gender Gap Tracker's "floating quotes").
    """
    settled: list[Draft] = []
    for draft in drafts:
        if draft.attribution is Attribution.FLOATING and draft.speaker is None:
            paragraph = layout.paragraph_at(draft.start)
            previous = next(
                (
                    d
                    for d in reversed(settled)
                    if d.end <= draft.start
                    and d.speaker is not None
                    and d.kind is not QuoteKind.INDIRECT
                    and not _nested(d, settled)
                ),
                None,
            )
            if previous is not None and paragraph - layout.paragraph_at(previous.start) <= 1:
                draft = attrs.evolve(draft, speaker=previous.speaker, cue=None)
            else:
                draft = attrs.evolve(draft, attribution=Attribution.NONE)
        settled.append(draft)
    return settled


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
    quotes = [
        q
        for q in _level_quotes(layout, cue_char)
        if q.start < statement.end and q.end > statement.start
    ]
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


def _level_quotes(layout: Layout, char: int) -> list[QuoteSpan]:
    """Quotes at the level of a cue: nested in the quote around it, or top-level."""
    around = layout.quote_around(char, top=False) if char >= 0 else None
    if around is None:
        return [q for q in layout.quotes if q.depth == 0]
    return [
        q
        for q in layout.quotes
        if q.depth == around.depth + 1 and around.start < q.start and q.end <= around.end
    ]


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
    """Fold "according to X" into a statement it frames: X becomes the channel (``via``)."""
    sources = [d for d in drafts if d.cue is not None and d.cue.form is CueForm.SOURCE]
    if not sources:
        return drafts
    kept = [d for d in drafts if d not in sources]
    for source in sources:
        assert source.cue is not None
        framed = framed_verb(layout.doc[source.cue.head])
        inner = [
            i
            for i, d in enumerate(kept)
            if d.cue is not None
            and d.cue.form is CueForm.VERB
            and d.speaker is not None
            and (
                source.start <= layout.doc[d.cue.head].idx < source.end
                or d.start <= source.start < source.end <= d.end
            )
            and _frames(d, framed)
        ]
        if inner:
            kept[inner[0]] = attrs.evolve(kept[inner[0]], via=source.speaker)
        else:
            kept.append(source)
        kept = [_without_trailing_source(d, source, layout) for d in kept]
    return kept


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
    for draft in drafts:
        if any(k.parts == draft.parts for k in kept):
            continue
        kept.append(draft)
    return kept
