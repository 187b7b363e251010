"""quoteattr.parsing.abbreviations: abbreviated titles stay one token, so a rank keeps its name."""

from __future__ import annotations

from collections.abc import Callable

import spacy

from quoteattr import Document
from quoteattr.lexicon import Lexicon
from quoteattr.parsing.abbreviations import keep_title_abbreviations, title_abbreviations

Analyze = Callable[[str], Document]


def test_the_lexicons_abbreviated_titles_are_capitalised_as_before_a_name() -> None:
    words = set(title_abbreviations(Lexicon.english()))
    assert {"Capt.", "Sgt.", "Lt.", "Col.", "Maj.", "Atty.", "Supt."} <= words


def test_plural_offices_and_multiword_titles_are_left_to_the_tokenizer() -> None:
    words = set(title_abbreviations(Lexicon.english()))
    assert "Sens." not in words  # read as "Sens" "." by the shared-title rule
    assert not any(" " in word or not word.endswith(".") for word in words)


def test_a_blank_tokenizer_learns_them() -> None:
    nlp = spacy.blank("en")
    assert [t.text for t in nlp("said Capt. Ana Diaz")][:3] == ["said", "Capt", "."]
    keep_title_abbreviations(nlp, Lexicon.english())
    assert [t.text for t in nlp("said Capt. Ana Diaz")][:3] == ["said", "Capt.", "Ana"]


def test_a_service_before_an_abbreviated_rank_is_the_affiliation(analyze: Analyze) -> None:
    # With the full stop apart, "Capt" joined the service as "Navy Capt".
    text = '"The plan failed," said Navy Capt. Mark Olsen, who spoke at the base.'
    (quote,) = analyze(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "Mark Olsen"
    assert quote.speaker.affiliation == "Navy"


def test_negative_a_rank_is_still_a_title_not_a_role(analyze: Analyze) -> None:
    (quote,) = analyze('"No," said Army Sgt. Lee Fox, who was there.').quotes
    assert quote.speaker is not None
    assert (quote.speaker.role, quote.speaker.affiliation) == (None, "Army")
