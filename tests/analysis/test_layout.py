"""The layout's look-ups of words by their lower-case form, over hand-built parses."""

from __future__ import annotations

from hand_layouts import hand_layout
from quoteattr.analysis.layout import Layout


def _layout() -> Layout:
    # "Mark said . The agent left a mark ." ("mark" and "agent" are among the words spaCy
    # keeps as symbols, whose ids are no string hash)
    return hand_layout(
        [
            ("Mark", "NNP", "PROPN", "nsubj", 1),
            ("said", "VBD", "VERB", "ROOT", 1),
            (".", ".", "PUNCT", "punct", 1),
            ("The", "DT", "DET", "det", 4),
            ("agent", "NN", "NOUN", "nsubj", 5),
            ("left", "VBD", "VERB", "ROOT", 5),
            ("a", "DT", "DET", "det", 7),
            ("mark", "NN", "NOUN", "dobj", 5),
            (".", ".", "PUNCT", "punct", 5),
        ],
        {"said": "say", "left": "leave"},
    )


def test_words_are_found_by_their_lower_case_form_whatever_their_case() -> None:
    assert _layout().indexes_of(frozenset({"mark", "said"})) == [0, 1, 7]


def test_words_spacy_keeps_as_symbols_are_found() -> None:
    assert _layout().indexes_of(frozenset({"agent"})) == [4]


def test_no_word_of_the_set_finds_nothing() -> None:
    assert _layout().indexes_of(frozenset({"spokesman"})) == []


def test_the_sentences_holding_a_word_of_the_set() -> None:
    assert _layout().sentences_with(frozenset({"agent"})) == frozenset({1})
