"""Two stages that gather what several finders return: the quote marks with a warning for
each unpaired one, and the statements of every cue, label and headline."""

from __future__ import annotations

import warnings

import attrs

from ..errors import UnbalancedQuoteWarning
from ..lexicon import Lexicon
from .content.headlines import headline_quotes, headline_statements
from .content.speaker_labels import labelled_statements
from .content.verbs import attach
from .cues import CueMatch
from .intervals import Intervals
from .layout import Layout
from .marks import QuoteSpan, find_quote_spans
from .values import Statement


@attrs.frozen
class QuoteMarks:
    """The paired quote spans of a text and the offsets of the marks left unpaired.

    Attributes:
        spans: The quote spans, sorted by start.
        unpaired: Offsets of the quote marks with no partner, sorted.
    """

    spans: tuple[QuoteSpan, ...]
    unpaired: tuple[int, ...]


def read_quote_marks(text: str, doc_id: str | None, lexicon: Lexicon) -> QuoteMarks:
    """The quote-mark stage: pair the marks (the lexicon's mark inventory), warn once for
    each mark left unpaired.

    Warns:
        UnbalancedQuoteWarning: once per quote mark with no partner.
    """
    spans, problems = find_quote_spans(text, lexicon=lexicon)
    for problem in problems:
        where = f"{doc_id}: " if doc_id else ""
        warnings.warn(
            f"{where}char {problem.offset}: {problem.message}", UnbalancedQuoteWarning, stacklevel=4
        )
    return QuoteMarks(tuple(spans), tuple(sorted(p.offset for p in problems)))


def find_statements(cues: list[CueMatch], layout: Layout, lexicon: Lexicon) -> list[Statement]:
    """The content stage: the statement of each cue, the labelled statements ("Ruiz: ..."),
    the quotes of label-and-quote headlines ("A lesson from Ana Ruiz: '...'"), and the
    statements of title-case headlines, which replace any reading of their cues."""
    statements = [s for s in (attach(c, layout, lexicon) for c in cues) if s is not None]
    statements += labelled_statements(layout, lexicon)
    quotes = headline_quotes(layout)
    if quotes:  # most texts have none: the index is built only for those that do
        # A quote a cue or a name label ("Ruiz: ...") already reads is not read again.
        read = Intervals([part for s in statements for part in s.parts])
        statements += [s for s in quotes if not any(read.overlapping(*p) for p in s.parts)]
    headlines = headline_statements(layout, lexicon)
    if headlines:
        # A title-case headline is read from its surface, whatever the parse made of it.
        taken = {s.cue.head for s in headlines if s.cue is not None}
        statements = [s for s in statements if s.cue is None or s.cue.head not in taken]
        statements += headlines
    return statements
