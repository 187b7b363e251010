"""The pronoun table: one definition of the personal pronouns, the sets read from it."""

from __future__ import annotations

from quoteattr.lang import en
from quoteattr.lexicon import Lexicon

_ENGLISH = Lexicon.english()


def test_first_and_second_person_speakers_are_the_non_possessive_forms_and_let_us() -> None:
    assert _ENGLISH.participant_pronouns == {"i", "me", "we", "us", "you", "'s", "\u2019s"}


def test_gendered_pronouns_name_a_person_but_not_by_a_possessive() -> None:
    assert _ENGLISH.gendered_pronouns == {"he", "him", "she", "her"}


def test_pronoun_mentions_keep_their_number_and_gender() -> None:
    assert dict(_ENGLISH.pronouns) == {
        "he": ("singular", "male"),
        "him": ("singular", "male"),
        "his": ("singular", "male"),
        "she": ("singular", "female"),
        "her": ("singular", "female"),
        "it": ("singular", "neuter"),
        "its": ("singular", "neuter"),
        "they": ("plural", None),
        "them": ("plural", None),
        "their": ("plural", None),
        "i": ("singular", None),
        "my": ("singular", None),
        "we": ("plural", None),
        "our": ("plural", None),
        "you": ("singular", None),
        "who": ("singular", None),
    }


def test_every_pronoun_mention_but_who_is_a_personal_pronoun() -> None:
    assert set(en.PRONOUNS) - set(en.PERSONAL_PRONOUNS) == {"who"}


def test_subsets_follow_an_extended_table() -> None:
    extended = _ENGLISH.extend(personal_pronouns={"thee": (2, "singular", None, "object")})
    assert "thee" in extended.participant_pronouns
    assert "thee" not in _ENGLISH.participant_pronouns
