"""quoteattr.parsing.spacing: odd spaces read as plain ones; the records still quote the text."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

from helpers import assert_offsets_match
from quoteattr import Document
from quoteattr.parsing.spacing import parser_text

Analyze = Callable[[str], Document]


def test_a_no_break_space_and_a_thin_space_become_plain_spaces() -> None:
    assert parser_text("Sen.\u00a0Ana Diaz\u202fsaid\u2009no") == "Sen. Ana Diaz said no"


def test_line_breaks_tabs_and_other_characters_stay() -> None:
    text = "Ana Diaz\tsaid:\n\n\u201cNo.\u201d \u00e9t\u00e9 \u2014 \u200b"
    assert parser_text(text) == text


@given(st.text())
def test_every_character_keeps_its_place_and_only_odd_spaces_change(text: str) -> None:
    read = parser_text(text)
    assert len(read) == len(text)
    for before, after in zip(text, read, strict=True):
        odd_space = before != " " and unicodedata.category(before) == "Zs"
        assert after == (" " if odd_space else before)


def test_a_no_break_space_no_longer_breaks_the_parse_of_a_speaker(analyze: Analyze) -> None:
    # As a token of its own, the no-break space made "adviser" an appositive of "Ledger".
    text = (
        "In a statement to the\u00a0Ledger, her senior policy adviser, Tom Hale, said: "
        '"The pact is essential."'
    )
    doc = analyze(text)
    [quote] = doc.quotes
    assert quote.speaker is not None and quote.speaker.text == "her senior policy adviser"
    assert_offsets_match(text, doc.quotes)


def test_a_role_and_an_affiliation_keep_the_articles_spaces(analyze: Analyze) -> None:
    text = (
        '"The pact is essential," said Tom Hale, a senior\u00a0policy adviser at the '
        "Harbor\u00a0Lab."
    )
    [quote] = analyze(text).quotes
    speaker = quote.speaker
    assert speaker is not None
    assert speaker.role == "senior\u00a0policy adviser"
    assert speaker.affiliation == "Harbor\u00a0Lab"
    assert speaker.role_source is not None and speaker.role_source.text == speaker.role
    assert speaker.affiliation_source is not None
    assert speaker.affiliation_source.text == speaker.affiliation
