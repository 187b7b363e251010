"""The language data: the English default, extending it, and an extended lexicon at work."""

from __future__ import annotations

import attrs
import pytest

from quoteattr import CueCategory, Extractor, QuoteKind
from quoteattr.lexicon import Lexicon

NEW_VERB = "aver"
"""A reporting verb the English lexicon does not have (checked below before it is added)."""


@pytest.fixture(scope="module")
def english() -> Lexicon:
    return Lexicon.english()


def test_new_verb_is_not_already_an_english_cue(english: Lexicon) -> None:
    assert NEW_VERB not in english.cue_verbs
    assert english.cue_category(NEW_VERB) is None


def test_extend_adds_a_cue_verb_with_its_category(english: Lexicon) -> None:
    extended = english.extend(cue_verbs={NEW_VERB: "assertive"})
    assert extended.cue_verbs[NEW_VERB] is CueCategory.ASSERTIVE
    assert extended.cue_category(NEW_VERB.upper()) is CueCategory.ASSERTIVE
    assert extended.cue_verbs["say"] is CueCategory.NEUTRAL  # the old entries stay


def test_extend_leaves_the_original_unchanged(english: Lexicon) -> None:
    before = dict(english.cue_verbs)
    english.extend(cue_verbs={NEW_VERB: "assertive"}, titles={"archduke"})
    assert dict(english.cue_verbs) == before
    assert "archduke" not in english.titles
    assert english == Lexicon.english()


def test_extend_unites_word_sets(english: Lexicon) -> None:
    extended = english.extend(titles={"Archduke"})
    assert "archduke" in extended.titles  # lower-cased like the rest
    assert english.titles < extended.titles


def test_lexicon_is_frozen(english: Lexicon) -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        english.cue_verbs = {}  # type: ignore[misc]
    with pytest.raises(TypeError):
        english.cue_verbs["opine"] = CueCategory.NEUTRAL  # type: ignore[index]


def test_extend_an_unknown_field_raises_type_error(english: Lexicon) -> None:
    with pytest.raises(TypeError, match="no field 'cue_adverbs'"):
        english.extend(cue_adverbs={"reportedly": "neutral"})


def test_extend_with_an_unknown_category_raises_value_error(english: Lexicon) -> None:
    with pytest.raises(ValueError):
        english.extend(cue_verbs={NEW_VERB: "shouting"})


def test_include_belief_adds_belief_verbs() -> None:
    assert "believe" not in Lexicon.english().cue_verbs
    believing = Lexicon.english(include_belief=True)
    assert believing.cue_verbs["believe"] is CueCategory.BELIEF
    assert believing.cue_verbs["think"] is CueCategory.BELIEF
    assert believing.cue_verbs["say"] is CueCategory.NEUTRAL


# -- an extended lexicon at work -----------------------------------------------------------

AVERRED = "Officials averred that the bridge was unsafe."


@pytest.fixture(scope="module")
def averring() -> Extractor:
    """An Extractor built with an extended lexicon (its own pipeline, loaded once)."""
    return Extractor(lexicon=Lexicon.english().extend(cue_verbs={NEW_VERB: "assertive"}))


def test_extractor_keeps_the_lexicon_it_is_given(averring: Extractor) -> None:
    assert averring.lexicon.cue_verbs[NEW_VERB] is CueCategory.ASSERTIVE


def test_default_lexicon_finds_no_statement_for_an_unknown_verb(extractor: Extractor) -> None:
    assert extractor.extract(AVERRED) == []


def test_extended_lexicon_makes_the_new_verb_a_cue(averring: Extractor) -> None:
    (quote,) = averring.extract(AVERRED)
    assert quote.kind is QuoteKind.INDIRECT
    assert quote.content.text == "the bridge was unsafe"
    assert quote.cue is not None
    assert (quote.cue.text, quote.cue.lemma) == ("averred", NEW_VERB)
    assert quote.cue.category is CueCategory.ASSERTIVE
    assert quote.speaker is not None and quote.speaker.text == "Officials"


def test_extended_lexicon_leaves_the_default_extractor_alone(
    extractor: Extractor, averring: Extractor
) -> None:
    assert extractor.lexicon.cue_category(NEW_VERB) is None
    assert extractor.extract(AVERRED) == []
