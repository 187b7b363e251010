"""quoteattr.parsing.tokenizer: abbreviated titles stay one token, glued quote marks are split."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import spacy

from quoteattr import Document
from quoteattr.lexicon import Lexicon
from quoteattr.parsing.tokenizer import adapt_tokenizer, title_abbreviations

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
    adapt_tokenizer(nlp, Lexicon.english())
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


def test_a_quote_mark_glued_between_punctuation_and_a_word_is_split_off() -> None:
    nlp = spacy.blank("en")
    adapt_tokenizer(nlp, Lexicon.english())
    words = [t.text for t in nlp("fear and panic,\u201dRuiz said")]
    assert words == ["fear", "and", "panic", ",", "\u201d", "Ruiz", "said"]
    words = [t.text for t in nlp('He said \u201cyes.\u201dThen he left, said,"Ana')]
    assert words[3:7] == ["yes", ".", "\u201d", "Then"]
    assert words[-3:] == [",", '"', "Ana"]


def test_negative_apostrophes_and_marks_beside_spaces_are_tokenized_as_before() -> None:
    blank, adapted = spacy.blank("en"), spacy.blank("en")
    adapt_tokenizer(adapted, Lexicon.english())
    for text in (
        "Jr.'s car and e.v.\u2019s plan",
        'She said: "No." Then',
        "the officials\u2019 view",
    ):
        assert [t.text for t in adapted(text)] == [t.text for t in blank(text)]


def test_the_speaker_after_a_glued_closing_quote_is_found(analyze: Analyze) -> None:
    # "paranoia,\u201dRuiz" was one token: the cue had no subject.
    text = "\u201cWe saw prejudice and paranoia,\u201dRuiz said on Monday."
    (quote,) = analyze(text).quotes
    assert quote.speaker is not None and quote.speaker.text == "Ruiz"
    assert quote.content.text == "We saw prejudice and paranoia"


def test_a_tokenizer_with_infix_rules_of_its_own_keeps_them() -> None:
    nlp = spacy.blank("en")

    def no_infixes(text: str) -> Iterator[re.Match[str]]:
        return iter(())

    nlp.tokenizer.infix_finditer = no_infixes
    adapt_tokenizer(nlp, Lexicon.english())
    assert nlp.tokenizer.infix_finditer is no_infixes
    assert [t.text for t in nlp("said Capt. Ana Diaz")][:2] == ["said", "Capt."]
