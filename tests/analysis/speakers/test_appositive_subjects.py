"""Where an appositive's mention stands in its sentence, for pronoun salience (hand-built
parse, no model)."""

from __future__ import annotations

import pytest

from hand_layouts import hand_layout
from quoteattr import SpeakerKind
from quoteattr.analysis.speakers.clusters import Cluster
from quoteattr.analysis.speakers.mentions import Mention
from quoteattr.analysis.speakers.pronouns import _renamed

# "Another pollster, David Wood, said it."
_ROWS = [
    ("Another", "DT", "DET", "det", 1),
    ("pollster", "NN", "NOUN", "nsubj", 7),
    (",", ",", "PUNCT", "punct", 1),
    ("David", "NNP", "PROPN", "compound", 4),
    ("Wood", "NNP", "PROPN", "appos", 1),
    (",", ",", "PUNCT", "punct", 1),
    ("it", "PRP", "PRON", "dobj", 7),
    ("said", "VBD", "VERB", "ROOT", 7),
    (".", ".", "PUNCT", "punct", 7),
]


def _cluster(*heads: int) -> Cluster:
    cluster = Cluster()
    for head in heads:
        cluster.add(Mention(head, head, head + 1, None, None, None, None, SpeakerKind.PERSON))
    return cluster


@pytest.mark.parametrize(
    ("heads", "expected"),
    [
        pytest.param((1, 4), 1, id="the appositive stands where the phrase it renames does"),
        pytest.param((4,), 4, id="negative: a phrase of another entity is not its place"),
    ],
)
def test_an_appositive_mention_stands_where_its_phrase_of_the_same_entity_does(
    heads: tuple[int, ...], expected: int
) -> None:
    doc = hand_layout(_ROWS, {"said": "say"}).doc
    assert _renamed(doc[4], _cluster(*heads)).i == expected


def test_a_word_that_is_no_appositive_stands_where_it_is() -> None:
    doc = hand_layout(_ROWS, {"said": "say"}).doc
    assert _renamed(doc[1], _cluster(1, 4)).i == 1
