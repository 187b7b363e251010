"""An outlet's possessive and a person's name that the entity recogniser made one entity
("[Harbor News' Ada Brandt]"): the name is the person's, the outlet her affiliation.

Small English models merge a known outlet and the name after its possessive into one ORG
entity; the parses here are built by hand so that the test does not depend on which outlets
a model knows.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from quoteattr import SpeakerKind
from quoteattr.analysis.speakers.mentions import describe
from quoteattr.lexicon import Lexicon

_VOCAB = spacy.blank("en").vocab
_ENGLISH = Lexicon.english()


def _interview(mark: str, mark_tag: str, mark_dep: str, ents: list[str]) -> Doc:
    # "an interview with Harbor News<mark> Ada Brandt ."
    words = ["an", "interview", "with", "Harbor", "News", mark, "Ada", "Brandt", "."]
    return Doc(
        _VOCAB,
        words=words,
        spaces=[True, True, True, True, False, True, True, False, False],
        tags=["DT", "NN", "IN", "NNP", "NNP", mark_tag, "NNP", "NNP", "."],
        pos=["DET", "NOUN", "ADP", "PROPN", "PROPN", "PART", "PROPN", "PROPN", "PUNCT"],
        deps=["det", "ROOT", "prep", "compound", "poss", mark_dep, "compound", "pobj", "punct"],
        heads=[1, 1, 1, 4, 7, 4, 7, 2, 1],
        ents=ents,
    )


_MERGED = ["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]


@pytest.mark.parametrize(
    ("mark", "tag", "dep"), [("\u2019s", "POS", "case"), ("\u2019", "''", "punct")]
)
def test_an_outlets_possessive_inside_the_names_entity_is_its_affiliation(
    mark: str, tag: str, dep: str
) -> None:
    doc = _interview(mark, tag, dep, _MERGED)
    mention = describe(doc[7], _ENGLISH)
    assert mention.name == "Ada Brandt"
    assert mention.kind is SpeakerKind.PERSON
    assert mention.affiliation == "Harbor News"


def test_an_entity_with_no_possessive_stays_one_name() -> None:
    # "Harbor News Ada Brandt" with no mark: nothing says where the outlet ends.
    doc = _interview("and", "CC", "cc", _MERGED)
    assert describe(doc[7], _ENGLISH).name != "Ada Brandt"


def test_a_possessive_before_lower_case_words_is_no_name_boundary() -> None:
    words = ["Harbor", "News", "\u2019s", "own", "reporters", "."]
    doc = Doc(
        _VOCAB,
        words=words,
        spaces=[True, False, True, True, False, False],
        tags=["NNP", "NNP", "POS", "JJ", "NNS", "."],
        pos=["PROPN", "PROPN", "PART", "ADJ", "NOUN", "PUNCT"],
        deps=["compound", "poss", "case", "amod", "ROOT", "punct"],
        heads=[1, 4, 1, 4, 4, 4],
        ents=["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"],
    )
    # No name follows the mark: the words after it are not cut out as one.
    assert describe(doc[4], _ENGLISH).name != "own reporters"
