"""Reconcile statements found in the syntax with the quote marks of the text.

A statement whose content lies inside quote marks is direct, one that holds quoted
fragments is mixed, the rest are indirect. Quotes no cue reached are attributed by
adjacency ("...," she said, when the parse missed the link), then as floating quotes that
continue the previous speaker, or dropped when they look like titles or scare quotes.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import attrs

from ...lexicon import Lexicon
from ...records import QuoteKind
from ..boundaries import (
    clip_before_reporting_clause,
    end_inside_quote,
    open_after_other_report,
)
from ..cues import CueForm, CueMatch
from ..layout import Layout
from ..marks import QuoteSpan
from ..non_sources import writers_voice
from ..speakers.choose import by_position, float_quotes
from ..values import Draft, Statement
from .according_to import merge_according_to
from .continuation import continue_after_cue
from .credits import handle_credits
from .quote_cues import KnownCues
from .turns import quote_holding_turn, transcript_turns
from .unclaimed import clean_parts, unclaimed_quotes

_EDGE_PUNCTUATION = ".,;:!?\"'\u2019\u201d"
"""Punctuation and closing marks stripped from a word before it is weighed as content."""


def settle(
    statements: Sequence[Statement], cues: Sequence[CueMatch], layout: Layout, lexicon: Lexicon
) -> list[Draft]:
    """Drafts for the statements and for the quotes they leave unattributed.

    Args:
        statements: What :func:`quoteattr.analysis.content.verbs.attach` found.
        cues: Every cue of the text, also those with no content of their own
            (``"...," she told reporters``).
        layout: The text's paragraphs, sentences and quote spans.
        lexicon: Language data.

    Returns:
        The drafts sorted by start, each with its kind, twin halves of one quote and a quote
        resumed after its cue joined, floating quotes with the speaker they continue.

    Notes:
        Two speaker rules of :mod:`quoteattr.analysis.speakers.choose` run here, not in its
        stage, because the steps after them read what they decide: :func:`by_position`
        before twin halves are joined, :func:`float_quotes` last.
    """
    drafts = [d for d in (_settle_one(s, layout, lexicon) for s in statements) if d is not None]
    drafts.extend(transcript_turns(statements, layout))
    drafts = merge_according_to(drafts, layout, lexicon)
    verbs = KnownCues.of(c for c in cues if c.form is CueForm.VERB)
    drafts.extend(unclaimed_quotes(drafts, verbs, layout, lexicon))
    drafts.extend(handle_credits(drafts, layout))
    drafts.sort(key=lambda d: (d.start, -d.end))
    drafts = by_position(drafts, layout)
    drafts = _join_same_cue(_drop_duplicates(drop_absorbed(drafts), layout, lexicon))
    drafts = drop_gap_readings(continue_after_cue(drafts, layout))
    return float_quotes(drafts, layout, lexicon)


def _join_same_cue(drafts: list[Draft]) -> list[Draft]:
    """Direct quotes on either side of one cue are one statement in two parts.

    Notes:
        A reporting clause may interrupt the quoted speech (Quirk et al. 1985); PolNeAR
        and PARC annotate the two halves as one discontinuous content.
    """
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


def drop_gap_readings(drafts: list[Draft]) -> list[Draft]:
    """Drafts other than a direct quote's own, with that quote's cue, read in the gap
    between its two halves: the rest of the reporting clause ("“...,” Diaz said, asked
    about the delay. “...”", "said in an interview aired Monday on ..."), which the parse
    made the cue's complement. One cue reports the quote it interrupts, nothing more."""
    split = {
        d.cue.head: (d.parts[0][1], d.parts[-1][0])
        for d in drafts
        if d.cue is not None and d.kind is QuoteKind.DIRECT and len(d.parts) > 1
    }

    def in_gap(draft: Draft) -> bool:
        if draft.cue is None or draft.kind is QuoteKind.DIRECT or draft.cue.head not in split:
            return False
        low, high = split[draft.cue.head]
        return low <= draft.start and draft.end <= high

    return [d for d in drafts if not in_gap(d)]


def _settle_one(statement: Statement, layout: Layout, lexicon: Lexicon) -> Draft | None:
    """The draft of one statement: its content cut to the quote marks, and its kind.

    Returns:
        The draft, or None for a misparse (a cue inside a quote whose content runs outside
        it) or a statement left with no words.

    Notes:
        Direct, indirect and mixed are PARC 3.0's kinds of attribution (Pareti 2016): a
        content wholly within quote marks is direct, one that holds quoted words among its
        own is mixed.
    """
    text = layout.text
    if quote_holding_turn(statement, layout) is not None:
        return None  # a transcript's turn: :func:`.turns.transcript_turns` settles it
    cue_char = layout.doc[statement.cue.head].idx if statement.cue is not None else -1
    around = layout.quote_around(cue_char, top=False) if cue_char >= 0 else None
    if around is not None and not (around.start <= statement.start and statement.end <= around.end):
        # A cue inside a quote whose content runs outside it is a misparse.
        return None
    if around is not None and statement.end > around.inner_end:
        cut = end_inside_quote(statement, around, layout)
        if cut is None:
            return None
        statement = cut
    quotes = [
        q for q in layout.quotes_within(statement.start, statement.end) if _at_level(q, around)
    ]
    if quotes and statement.speaker is not None:
        statement = clip_before_reporting_clause(statement, quotes, layout, lexicon)
        statement = open_after_other_report(statement, quotes, layout, lexicon)
        quotes = [q for q in quotes if q.start < statement.end and q.end > statement.start]
    base = Draft.of(statement, QuoteKind.INDIRECT)
    if not quotes:
        return base
    residue = _residue(text, statement.parts, quotes, lexicon)
    if not residue:
        parts = tuple(p for q in quotes for p in clean_parts(text, q))
        # An empty pair of marks ('said: ""') holds no words: no statement, not a crash.
        return attrs.evolve(base, kind=QuoteKind.DIRECT, parts=parts) if parts else None
    start = min([statement.start] + [q.start for q in quotes])
    end = max([statement.end] + [q.end for q in quotes])
    return attrs.evolve(
        base, kind=QuoteKind.MIXED, parts=_mixed_parts(statement, quotes, start, end)
    )


def _mixed_parts(
    statement: Statement, quotes: list[QuoteSpan], start: int, end: int
) -> tuple[tuple[int, int], ...]:
    """The parts of a mixed statement: the statement's own, stretched to its quotes' marks
    ("The fees, she added, amount to "a tax"": the aside stays out of the content), or
    one span from ``start`` to ``end`` when a quote runs across the words between two
    parts."""
    parts = list(statement.parts)
    gaps = [(left[1], right[0]) for left, right in itertools.pairwise(parts)]
    if any(q.start < gap_end and q.end > gap_start for q in quotes for gap_start, gap_end in gaps):
        return ((start, end),)
    parts[0] = (start, parts[0][1])
    parts[-1] = (parts[-1][0], end)
    return tuple(parts)


def _at_level(quote: QuoteSpan, around: QuoteSpan | None) -> bool:
    """The quote is at the level of a cue: nested in the quote ``around`` it, or top-level."""
    if around is None:
        return quote.depth == 0
    return (
        quote.depth == around.depth + 1 and around.start < quote.start and quote.end <= around.end
    )


def _residue(
    text: str, parts: Sequence[tuple[int, int]], quotes: Sequence[QuoteSpan], lexicon: Lexicon
) -> str:
    """Content words outside every quote (ignoring complementizers, punctuation and spaces)."""
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
    ignored = lexicon.complementizers
    return " ".join(
        w for w in words if (bare := w.strip(_EDGE_PUNCTUATION)) and bare not in ignored
    )


def drop_absorbed(drafts: list[Draft]) -> list[Draft]:
    """Without an indirect draft that a mixed draft of the same cue holds whole: the cue's
    object read alone, and again with the quote that completes it ("called the plan
    "a disgrace"", where the parse left the quote out of the object)."""
    mixed: dict[int, list[Draft]] = {}
    for draft in drafts:
        if draft.kind is QuoteKind.MIXED and draft.cue is not None:
            mixed.setdefault(draft.cue.head, []).append(draft)
    if not mixed:
        return drafts
    return [
        d
        for d in drafts
        if d.kind is not QuoteKind.INDIRECT
        or d.cue is None
        or not any(
            m.start <= d.start and d.end <= m.end and (m.start, m.end) != (d.start, d.end)
            for m in mixed.get(d.cue.head, ())
        )
    ]


def _drop_duplicates(drafts: list[Draft], layout: Layout, lexicon: Lexicon) -> list[Draft]:
    """One draft for each content, where several cues read the same: one not in the
    writer's voice ("As I mentioned, ..., according to X": X's), then the one that has a
    speaker, then a verb's over a noun's ("The report said that ...": "said", spoken by the
    report, not the noun "report" with no one behind it); else the first."""
    best: dict[tuple[tuple[int, int], ...], Draft] = {}
    for draft in drafts:
        kept = best.get(draft.parts)
        if kept is None or _evidence(draft, layout, lexicon) > _evidence(kept, layout, lexicon):
            best[draft.parts] = draft
    return list(best.values())


def _evidence(draft: Draft, layout: Layout, lexicon: Lexicon) -> tuple[bool, bool, bool]:
    """How much a draft says of who spoke: not the writer, a speaker, then a verb cue."""
    verb = draft.cue is not None and draft.cue.form is CueForm.VERB
    if draft.speaker is None:
        return True, False, verb
    return not writers_voice(layout.doc[draft.speaker], layout, lexicon), True, verb
