"""Drafts of one cue reconciled (hand-made drafts, no model)."""

from __future__ import annotations

from quoteattr import Attribution, QuoteKind
from quoteattr.analysis.cues import CueCategory, CueForm, CueMatch
from quoteattr.analysis.quotes.kinds import drop_absorbed, drop_gap_readings
from quoteattr.analysis.values import Draft


def _draft(cue: int, start: int, end: int, kind: QuoteKind) -> Draft:
    match = CueMatch(cue, (cue,), "call", CueCategory.NEUTRAL, False, CueForm.VERB)
    return Draft(match, ((start, end),), 0, Attribution.SUBJECT, kind=kind)


def test_an_object_read_alone_gives_way_to_the_mixed_draft_that_completes_it() -> None:
    # 'Ana Diaz called the plan "a disgrace to the city."': the object alone (indirect)
    # and the object with the quote after it (mixed), from the one cue.
    alone = _draft(2, 16, 24, QuoteKind.INDIRECT)
    whole = _draft(2, 16, 50, QuoteKind.MIXED)
    assert drop_absorbed([whole, alone]) == [whole]


def test_an_indirect_draft_of_another_cue_inside_a_mixed_one_stays() -> None:
    inner = _draft(9, 20, 30, QuoteKind.INDIRECT)
    whole = _draft(2, 16, 50, QuoteKind.MIXED)
    assert drop_absorbed([whole, inner]) == [whole, inner]


def test_an_indirect_draft_reaching_past_the_mixed_one_stays() -> None:
    longer = _draft(2, 16, 60, QuoteKind.INDIRECT)
    whole = _draft(2, 16, 50, QuoteKind.MIXED)
    assert drop_absorbed([whole, longer]) == [whole, longer]


def _split_quote(cue: int, parts: tuple[tuple[int, int], ...]) -> Draft:
    match = CueMatch(cue, (cue,), "say", CueCategory.NEUTRAL, False, CueForm.VERB)
    return Draft(match, parts, 0, Attribution.SUBJECT, kind=QuoteKind.DIRECT)


def test_the_rest_of_a_reporting_clause_between_a_quotes_halves_is_no_statement() -> None:
    # '"It has been years," Lund said, asked about it. "Why?"': the parse made "asked
    # about it" a complement of the cue that interrupts the quote.
    quote = _split_quote(5, ((1, 18), (60, 64)))
    gap = _draft(5, 32, 52, QuoteKind.INDIRECT)
    assert drop_gap_readings([quote, gap]) == [quote]


def test_negative_another_cues_statement_in_the_gap_or_a_later_one_stays() -> None:
    quote = _split_quote(5, ((1, 18), (60, 64)))
    other_cue = _draft(7, 32, 52, QuoteKind.INDIRECT)
    after = _draft(5, 66, 80, QuoteKind.INDIRECT)
    assert drop_gap_readings([quote, other_cue, after]) == [quote, other_cue, after]
