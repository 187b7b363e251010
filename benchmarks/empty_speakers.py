"""Records left without a speaker where the gold names one in the same passage.

The accuracy issue's last speaker criterion: a record whose gold statement has a speaker
named in the record's own paragraph or the paragraph before it (the passage a reader takes
the speaker from) must not come out with no speaker at all. A wrong speaker is counted by
speaker accuracy; this counts the empty ones a reader would have filled in. Gold and
predicted statements are paired by content as the scorer pairs them (coverage 0.3).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from fractions import Fraction

import attrs

from quoteattr.evaluation.matching import match_quotes
from quoteattr.records import Quote

LEVEL = Fraction(3, 10)
PASSAGE_PARAGRAPHS = 2
"""The record's paragraph and the one before it."""


@attrs.frozen
class EmptySpeakers:
    """How many matched records with a gold speaker in their passage came out empty."""

    empty: int
    """Matched records with no speaker whose gold names one in the passage."""
    candidates: int
    """Matched records whose gold names a speaker in the passage."""
    examples: tuple[str, ...] = ()
    """``doc_id @offset: content`` of each empty one, for the note."""

    def line(self) -> str:
        """One line for a results table."""
        return (
            f"no speaker where the gold names one in the same passage: {self.empty} "
            f"of {self.candidates} matched records"
        )


def paragraph_starts(text: str) -> list[int]:
    """Where each paragraph of ``text`` starts: after every run of line breaks."""
    starts = [0]
    for index, char in enumerate(text):
        if char == "\n" and index + 1 < len(text) and text[index + 1] != "\n":
            starts.append(index + 1)
    return starts


def empty_speakers(
    texts: Mapping[str, str], gold: Sequence[Quote], predicted: Sequence[Quote]
) -> EmptySpeakers:
    """Count the matched records left without a speaker their passage names.

    Args:
        texts: Each document's text by ``doc_id``.
        gold: The gold statements (with ``doc_id``).
        predicted: quoteattr's records of the same documents.
    """
    starts = {doc_id: paragraph_starts(text) for doc_id, text in texts.items()}
    empty = candidates = 0
    examples: list[str] = []
    for gi, pi in match_quotes(gold, predicted, LEVEL):
        g, p = gold[gi], predicted[pi]
        if g.speaker is None or g.doc_id not in starts:
            continue
        paragraphs = starts[g.doc_id]
        record = bisect_right(paragraphs, g.content.start) - 1
        speaker = bisect_right(paragraphs, g.speaker.start) - 1
        if not 0 <= record - speaker < PASSAGE_PARAGRAPHS:
            continue
        candidates += 1
        if p.speaker is None:
            empty += 1
            examples.append(f"{g.doc_id} @{g.content.start}: {g.content.text[:60]!r}")
    return EmptySpeakers(empty, candidates, tuple(examples))
