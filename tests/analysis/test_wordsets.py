"""Word sets made once per lexicon: the same words as uniting them at each call."""

from __future__ import annotations

from quoteattr.analysis.wordsets import union, without_full_stops
from quoteattr.lexicon import Lexicon


def test_union_holds_every_word_of_every_set_and_is_made_once() -> None:
    lexicon = Lexicon.english()
    offices = union(lexicon.titles, lexicon.role_nouns)
    assert offices == lexicon.titles | lexicon.role_nouns
    assert union(lexicon.titles, lexicon.role_nouns) is offices


def test_union_of_an_extended_lexicon_has_the_added_words() -> None:
    lexicon = Lexicon.english()
    extended = lexicon.extend(role_nouns=["harbourmaster"])
    assert "harbourmaster" in union(extended.titles, extended.role_nouns)
    assert "harbourmaster" not in union(lexicon.titles, lexicon.role_nouns)


def test_without_full_stops_drops_only_trailing_stops() -> None:
    assert without_full_stops(frozenset({"mr.", "dr", "u.s."})) == {"mr", "dr", "u.s"}
