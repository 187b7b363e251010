"""The turns of a transcript quoted over several paragraphs.

News quotes an interview transcript as one quotation run on over paragraphs, each paragraph
reopening the quote ('"PENCE: Well, ...', '"WALLACE: Do you ...', '"But the truth is ...'):
each labelled paragraph opens a turn of the speaker its label names (a statement of
:func:`quoteattr.analysis.content.speaker_labels.labelled_statements`), and a paragraph with no
label continues the turn before it. Each turn is a direct statement of its own words only,
never the whole quotation, and the turns together claim the quotation, so that no floating
quote is made of it.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ...records import QuoteKind
from ..layout import Layout
from ..marks import QuoteSpan
from ..speakers.passage import PARAGRAPH_OPENING
from ..values import Draft, Statement


def quote_holding_turn(statement: Statement, layout: Layout) -> QuoteSpan | None:
    """The quotation over several paragraphs that holds a labelled statement, or None."""
    if statement.cue is not None or not statement.colon:
        return None
    around = layout.quote_around(statement.start, top=False)
    if around is None or statement.end > around.end:
        return None
    if layout.paragraph_at(around.start) == layout.paragraph_at(around.end - 1):
        return None
    return around


def transcript_turns(statements: Sequence[Statement], layout: Layout) -> list[Draft]:
    """A direct draft for each labelled turn inside a quotation over several paragraphs, run
    on over the unlabelled paragraphs after it up to the next turn or the closing mark.

    Args:
        statements: The statements found in the text.
        layout: The parsed text.

    Returns:
        The turns' drafts, in order.
    """
    held = [(s, q) for s in statements if (q := quote_holding_turn(s, layout)) is not None]
    held.sort(key=lambda pair: pair[0].start)
    drafts: list[Draft] = []
    for number, (statement, around) in enumerate(held):
        limit = around.inner_end
        if number + 1 < len(held) and held[number + 1][1] == around:
            limit = min(
                limit, layout.paragraph_starts[layout.paragraph_at(held[number + 1][0].start)]
            )
        parts = _turn_parts(statement, limit, layout)
        if parts:
            drafts.append(attrs.evolve(Draft.of(statement, QuoteKind.DIRECT), parts=parts))
    return drafts


def _turn_parts(statement: Statement, limit: int, layout: Layout) -> tuple[tuple[int, int], ...]:
    """The turn's own words and those of the paragraphs that continue it before ``limit``,
    a part for each paragraph, without the marks that reopen or close the quotation."""
    text = layout.text
    first = layout.paragraph_at(statement.start)
    spans = [(statement.start, min(statement.end, limit))]
    for start, end in layout.paragraphs[first + 1 :]:
        if start >= limit:
            break
        spans.append((start, min(end, limit)))
    parts = []
    for start, end in spans:
        while start < end and text[start] in PARAGRAPH_OPENING:
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            parts.append((start, end))
    return tuple(parts)
