"""The role key of a phrase, on hand-built parses (no model)."""

from __future__ import annotations

from hand_layouts import hand_layout
from quoteattr.analysis.speakers.roles import role_key
from quoteattr.lexicon import Lexicon

LEXICON = Lexicon.english()


def test_a_name_word_tagged_as_a_common_noun_is_no_role_key() -> None:
    # "Lindqvist said": the tagger took the surname for a common noun.
    layout = hand_layout(
        [("Lindqvist", "NN", "NOUN", "nsubj", 1), ("said", "VBD", "VERB", "ROOT", 1)],
        {"said": "say"},
    )
    head = layout.doc[0]
    assert role_key(head, [head], {head.i}, LEXICON, appositive=False) is None


def test_a_common_noun_head_outside_the_name_is_the_role_key() -> None:
    layout = hand_layout(
        [
            ("The", "DT", "DET", "det", 1),
            ("plumber", "NN", "NOUN", "nsubj", 2),
            ("said", "VBD", "VERB", "ROOT", 2),
        ],
        {"said": "say"},
    )
    head = layout.doc[1]
    tokens = [layout.doc[0], head]
    assert role_key(head, tokens, set(), LEXICON, appositive=False) == "plumber"
