"""The language data: the English default, extending it, and an extended lexicon at work."""

from __future__ import annotations

import pickle
from collections.abc import Mapping
from types import MappingProxyType

import attrs
import pytest

from quoteattr import CueCategory, Extractor, QuoteKind
from quoteattr.analysis import analyze_doc
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
    with pytest.raises(ValueError, match="'shouting' is not a valid CueCategory"):
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


# -- immutability ---------------------------------------------------------------------------


def _assert_immutable(value: object, where: str) -> None:
    """``value`` cannot be changed in place, nor can anything it holds."""
    if isinstance(value, Mapping):
        assert isinstance(value, MappingProxyType), f"{where} is a {type(value).__name__}"
        for key, item in value.items():
            _assert_immutable(item, f"{where}[{key!r}]")
    elif isinstance(value, (set, list, dict)):
        raise AssertionError(f"{where} is a mutable {type(value).__name__}")
    elif isinstance(value, (frozenset, tuple)):
        for item in value:
            _assert_immutable(item, where)


EXTENSIONS = {
    "cue_verbs": {NEW_VERB: "assertive"},
    "light_verbs": {"make": ["known"], "voice": {"concern"}},
    "cue_prepositions": {"plead": {"for"}},
    "demonyms": {"ruritanian": "Ruritania"},
    "institution_countries": {"the palace": "Ruritania"},
    "pronouns": {"xe": ["singular", None]},
    "opening_marks": {"⸢": {"⸣"}},
    "mark_families": {"⸢": "half_bracket", "⸣": "half_bracket"},
    "titles": ["archduke"],
    "ambiguous_marks": ["`"],
}


@pytest.mark.parametrize("name", sorted(attrs.fields_dict(Lexicon)))
def test_every_field_of_an_extended_lexicon_is_immutable(english: Lexicon, name: str) -> None:
    extended = english.extend(**EXTENSIONS)
    _assert_immutable(getattr(english, name), f"english.{name}")
    _assert_immutable(getattr(extended, name), f"extended.{name}")


def test_mappings_of_an_extended_lexicon_cannot_be_changed(english: Lexicon) -> None:
    extended = english.extend(**EXTENSIONS)
    with pytest.raises(TypeError):
        extended.light_verbs["voice"] = frozenset()  # type: ignore[index]
    with pytest.raises(AttributeError):
        extended.light_verbs["voice"].add("doubt")  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        extended.demonyms["ruritanian"] = "Elbonia"  # type: ignore[index]
    with pytest.raises(TypeError):
        extended.opening_marks["«"] = frozenset({"»"})  # type: ignore[index]
    assert extended.light_verbs["make"] == english.light_verbs["make"] | {"known"}
    assert extended.pronouns["xe"] == ("singular", None)


# -- quote marks read through the lexicon --------------------------------------------------

HALF_BRACKETS = "⸢We will rebuild the bridge,⸣ the mayor said."


def test_english_lexicon_finds_no_quote_in_half_brackets(extractor: Extractor) -> None:
    assert extractor.extract(HALF_BRACKETS) == []


def test_extended_mark_pair_makes_a_direct_quote(extractor: Extractor) -> None:
    doc = analyze_doc(extractor.nlp(HALF_BRACKETS), lexicon=english_with_half_brackets())
    (quote,) = doc.quotes
    assert quote.kind is QuoteKind.DIRECT
    assert quote.content.text == "We will rebuild the bridge"
    assert quote.speaker is not None and quote.speaker.text == "the mayor"


def english_with_half_brackets() -> Lexicon:
    return Lexicon.english().extend(
        opening_marks={"⸢": {"⸣"}}, mark_families={"⸢": "half_bracket", "⸣": "half_bracket"}
    )


def test_a_lexicon_pickles_to_an_equal_read_only_lexicon() -> None:
    # Spawned worker processes receive the caller's lexicon by pickle.
    extended = Lexicon.english().extend(cue_verbs={"harrumph": "neutral"})
    copy = pickle.loads(pickle.dumps(extended))
    assert copy == extended
    assert copy != Lexicon.english()
    assert copy.cue_category("harrumph") == extended.cue_category("harrumph")
    with pytest.raises(TypeError):
        copy.cue_verbs["quip"] = "neutral"  # type: ignore[index]
