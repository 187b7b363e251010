"""The subject of an absolute clause, "with <noun phrase> <participle>" (speakers/absolutes.py).

The noun phrase after "with" is the participle's subject, whatever the parse hung the
participle on: the main verb (with no subject, or a floating "both" for one), or a floating
"all" set beside the names. A participle with a subject of its own, one after no "with",
or one with words between the phrase and itself is not read.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from hand_layouts import hand_layout
from quoteattr import Attribution, Document
from quoteattr.analysis.speakers.absolutes import absolute_subject
from quoteattr.analysis.speakers.clause import speaker_of
from quoteattr.lexicon import Lexicon

Analyze = Callable[[str], Document]

_ENGLISH = Lexicon.english()
_POS = {"NNP": "PROPN", "NN": "NOUN", "DT": "DET", "CC": "CCONJ", ",": "PUNCT", ".": "PUNCT"}
_POS |= {"IN": "ADP", "VBG": "VERB", "VBN": "VERB", "VBZ": "AUX", "VBD": "VERB"}


def _parse(rows: list[tuple[str, str, str, int]]) -> Doc:
    """A parse built by hand: (word, tag, dependency, head index)."""
    return hand_layout([(w, t, _POS[t], d, h) for w, t, d, h in rows], {}).doc


def _stalled(preposition: str, floating: str, link: str) -> Doc:
    """ "The bill stalled , <preposition> Diaz and Ng <floating> calling for a vote ." with
    the participle hung on the main verb (``link``) and the quantifier its subject."""
    return _parse(
        [
            ("The", "DT", "det", 1),
            ("bill", "NN", "nsubj", 2),
            ("stalled", "VBD", "ROOT", 2),
            (",", ",", "punct", 2),
            (preposition, "IN", "prep", 2),
            ("Diaz", "NNP", "pobj", 4),
            ("and", "CC", "cc", 5),
            ("Ng", "NNP", "conj", 5),
            (floating, "DT", "nsubj", 9),
            ("calling", "VBG", link, 2),
            ("for", "IN", "prep", 9),
            ("a", "DT", "det", 12),
            ("vote", "NN", "pobj", 10),
            (".", ".", "punct", 2),
        ]
    )


def test_the_phrase_after_with_is_the_subject_of_a_participle_on_the_main_verb() -> None:
    doc = _stalled("with", "both", "advcl")
    assert absolute_subject(doc[9], _ENGLISH) == doc[5]
    assert speaker_of(doc[9], _ENGLISH) == (5, Attribution.SUBJECT)


def test_no_phrase_after_a_preposition_that_opens_no_absolute_clause() -> None:
    doc = _stalled("despite", "both", "advcl")
    assert absolute_subject(doc[9], _ENGLISH) is None


def test_a_subject_of_its_own_is_the_participles_speaker() -> None:
    # "... with Diaz and Ng , the unions calling for a vote": "unions" is no quantifier.
    doc = _stalled("with", "unions", "advcl")
    assert absolute_subject(doc[9], _ENGLISH) is None


def test_a_participle_hung_on_a_floating_all_beside_names_is_theirs() -> None:
    # "The field split , with Diaz , Ng all calling for it ." with "calling" on "all".
    doc = _parse(
        [
            ("The", "DT", "det", 1),
            ("field", "NN", "nsubj", 2),
            ("split", "VBD", "ROOT", 2),
            (",", ",", "punct", 2),
            ("with", "IN", "prep", 2),
            ("Diaz", "NNP", "pobj", 4),
            (",", ",", "punct", 5),
            ("Ng", "NNP", "conj", 5),
            ("all", "DT", "appos", 5),
            ("calling", "VBG", "acl", 8),
            ("for", "IN", "prep", 9),
            ("it", "NN", "pobj", 10),
            (".", ".", "punct", 2),
        ]
    )
    assert absolute_subject(doc[9], _ENGLISH) == doc[5]


def test_words_between_the_phrase_and_the_participle_end_the_absolute_clause() -> None:
    # "The bill stalled , with Diaz away , Ng calling ...": a phrase that does not run up
    # to the participle is not its subject.
    doc = _parse(
        [
            ("The", "DT", "det", 1),
            ("bill", "NN", "nsubj", 2),
            ("stalled", "VBD", "ROOT", 2),
            (",", ",", "punct", 2),
            ("with", "IN", "prep", 2),
            ("Diaz", "NNP", "pobj", 4),
            ("away", "IN", "prep", 2),
            (",", ",", "punct", 2),
            ("calling", "VBG", "advcl", 2),
            ("for", "IN", "prep", 8),
            ("it", "NN", "pobj", 9),
            (".", ".", "punct", 2),
        ]
    )
    assert absolute_subject(doc[8], _ENGLISH) is None


ABSOLUTES = [
    pytest.param(
        "The council is divided, with Ana Reyes, Tomas Lind and Mia Okafor all calling for "
        "a new bridge.",
        "a new bridge",
        "Ana Reyes",
        id="names-and-a-floating-all",
    ),
    pytest.param(
        "The council is divided, with Ana Reyes and Tomas Lind both calling for a new bridge.",
        "a new bridge",
        "Ana Reyes",
        id="names-and-a-floating-both",
    ),
    # Negatives: the participle's own subject, and a participle after no "with".
    pytest.param(
        "The council is divided, with the mayor saying the bridge can wait.",
        "the bridge can wait",
        "the mayor",
        id="not-a-participle-with-a-subject-of-its-own",
    ),
    pytest.param(
        "Ana Reyes left the meeting early, saying the bridge can wait.",
        "the bridge can wait",
        "Ana Reyes",
        id="not-a-participle-after-no-with",
    ),
]


@pytest.mark.parametrize(("text", "needle", "speaker"), ABSOLUTES)
def test_speaker_of_an_absolute_clause(
    analyze: Analyze, text: str, needle: str, speaker: str
) -> None:
    found = [q for q in analyze(text).quotes if q.content.text.startswith(needle)]
    assert len(found) == 1, [q.content.text for q in analyze(text).quotes]
    assert found[0].speaker is not None
    assert found[0].speaker.text == speaker


def test_a_participle_after_listed_names_is_no_postposed_reporting_clause(
    analyze: Analyze,
) -> None:
    # The words before the comma are the writer's, not what the names said.
    text = (
        "The council is divided, with Ana Reyes, Tomas Lind and Mia Okafor all calling for a vote."
    )
    assert [q.content.text for q in analyze(text).quotes] == ["a vote"]
