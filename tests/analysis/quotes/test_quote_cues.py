"""The index of a text's verb cues that a quote's cue searches ask first."""

from __future__ import annotations

import pytest

from quoteattr.analysis.cues import CueCategory, CueForm, CueMatch
from quoteattr.analysis.quotes.quote_cues import KnownCues


def _cue(head: int) -> CueMatch:
    return CueMatch(head, (head,), "say", CueCategory.NEUTRAL, False, CueForm.VERB)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [(0, 3, False), (0, 4, True), (4, 10, False), (4, 11, True), (20, 21, True), (21, 99, False)],
)
def test_known_cues_tell_whether_a_cue_stands_among_some_tokens(
    start: int, end: int, expected: bool
) -> None:
    known = KnownCues.of([_cue(20), _cue(3), _cue(10)])
    assert known.between(start, end) is expected
    assert known.by_head[10].head == 10
