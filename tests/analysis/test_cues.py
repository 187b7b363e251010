"""Which words are cues, over hand-built parses."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from quoteattr.analysis.cues import find_cues
from quoteattr.lexicon import Lexicon

_VOCAB = spacy.blank("en").vocab


def test_participle_used_as_an_adjective_is_no_cue() -> None:
    doc = Doc(
        _VOCAB,
        words=["She", "won", "the", "pledged", "delegates", "."],
        pos=["PRON", "VERB", "DET", "VERB", "NOUN", "PUNCT"],
        tags=["PRP", "VBD", "DT", "VBN", "NNS", "."],
        deps=["nsubj", "ROOT", "det", "amod", "dobj", "punct"],
        heads=[1, 1, 4, 4, 1, 1],
        lemmas=["she", "win", "the", "pledge", "delegate", "."],
    )
    assert find_cues(doc, Lexicon.english()) == []


def test_plural_noun_with_a_subject_and_a_clause_is_read_as_a_verb() -> None:
    # "Prices will rise , the director maintains ." with "maintains" tagged NNS
    doc = Doc(
        _VOCAB,
        words=["Prices", "will", "rise", ",", "the", "director", "maintains", "."],
        pos=["NOUN", "AUX", "VERB", "PUNCT", "DET", "NOUN", "NOUN", "PUNCT"],
        tags=["NNS", "MD", "VB", ",", "DT", "NN", "NNS", "."],
        deps=["nsubj", "aux", "ccomp", "punct", "det", "nsubj", "ROOT", "punct"],
        heads=[2, 2, 6, 6, 5, 6, 6, 6],
        lemmas=["price", "will", "rise", ",", "the", "director", "maintain", "."],
    )
    assert [doc[c.head].text for c in find_cues(doc, Lexicon.english())] == ["maintains"]
