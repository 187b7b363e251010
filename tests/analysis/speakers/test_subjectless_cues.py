"""A reporting clause after its quote whose source the parse took from its cue
(speakers/subjectless_cues.py): the name right after "said", made the subject of a second
report the cue hangs on, and a name ending the sentence right after a second report, taken
for an adverbial noun.
"""

from __future__ import annotations

from spacy.tokens import Doc

from hand_layouts import hand_layout
from quoteattr.analysis.speakers.clause import speaker_of
from quoteattr.analysis.speakers.subjectless_cues import inverted_subject_taken, name_ending_report
from quoteattr.lexicon import Lexicon

_ENGLISH = Lexicon.english()
_POS = {"NNP": "PROPN", "NN": "NOUN", "DT": "DET", ",": "PUNCT", ".": "PUNCT", "JJ": "ADJ"}
_POS |= {"VBZ": "VERB", "VBD": "VERB", "``": "PUNCT", "''": "PUNCT", "IN": "ADP"}
_LEMMAS = {"said": "say", "reports": "report", "is": "be"}


def _parse(rows: list[tuple[str, str, str, int]]) -> Doc:
    """A parse built by hand: (word, tag, dependency, head index)."""
    return hand_layout([(w, t, _POS[t], d, h) for w, t, d, h in rows], _LEMMAS).doc


def _quote(said: tuple[str, int]) -> list[tuple[str, str, str, int]]:
    """ "“The plan is dead,” said" with "is" the complement of ``said`` (link, head)."""
    link, head = said
    return [
        ("\u201c", "``", "punct", 3),
        ("The", "DT", "det", 2),
        ("plan", "NN", "nsubj", 3),
        ("is", "VBZ", "ccomp", 7),
        ("dead", "JJ", "acomp", 3),
        (",", ",", "punct", 7),
        ("\u201d", "''", "punct", 7),
        ("said", "VBD", link, head),
    ]


def _name_taken_by_the_second_report(after: list[tuple[str, str, str, int]]) -> Doc:
    """ "“The plan is dead,” said Ana Ruiz, reports Reuters." with "said" an aside of
    "reports" and "Ruiz" the subject of "reports"; ``after`` follows "Reuters"."""
    return _parse(
        [
            *_quote(("parataxis", 11)),
            ("Ana", "NNP", "compound", 9),
            ("Ruiz", "NNP", "nsubj", 11),
            (",", ",", "punct", 9),
            ("reports", "VBZ", "ROOT", 11),
            ("Reuters", "NNP", "npadvmod", 11),
            *after,
        ]
    )


def _name_after_the_second_report(after: list[tuple[str, str, str, int]]) -> Doc:
    """ "“The plan is dead,” said Ana Ruiz, reports USA Today." with "said" (its subject
    "Ruiz") the complement of "reports" and "Today" an adverbial noun of "reports"."""
    return _parse(
        [
            *_quote(("ccomp", 11)),
            ("Ana", "NNP", "compound", 9),
            ("Ruiz", "NNP", "nsubj", 7),
            (",", ",", "punct", 11),
            ("reports", "VBZ", "ROOT", 11),
            ("USA", "NNP", "compound", 13),
            ("Today", "NNP", "npadvmod", 11),
            *after,
        ]
    )


def test_the_name_after_said_is_its_subject_though_the_parse_gave_it_to_a_later_verb() -> None:
    doc = _name_taken_by_the_second_report([(".", ".", "punct", 11)])
    said = doc[7]
    assert inverted_subject_taken(said) == doc[9]
    assert speaker_of(said, _ENGLISH)[0] == 9


def test_negative_a_later_verbs_subject_before_the_cue_is_not_taken() -> None:
    # "Ana Ruiz , “The plan is dead,” said , reports Reuters ." is no inverted clause: the
    # subject does not stand right after the cue.
    doc = _parse(
        [
            ("Ana", "NNP", "compound", 1),
            ("Ruiz", "NNP", "nsubj", 11),
            (",", ",", "punct", 1),
            *[(w, t, d, h + 3) for w, t, d, h in _quote(("parataxis", 8))],
            (",", ",", "punct", 11),
            ("reports", "VBZ", "ROOT", 11),
            ("Reuters", "NNP", "npadvmod", 11),
            (".", ".", "punct", 11),
        ]
    )
    assert doc[10].text == "said"
    assert inverted_subject_taken(doc[10]) is None


def test_a_name_ending_the_sentence_after_a_second_report_is_its_source() -> None:
    doc = _name_after_the_second_report([(".", ".", "punct", 11)])
    reports = doc[11]
    assert name_ending_report(reports) == doc[13]
    assert speaker_of(reports, _ENGLISH)[0] == 13


def test_negative_a_name_followed_by_more_words_is_not_taken() -> None:
    doc = _name_after_the_second_report(
        [("in", "IN", "prep", 11), ("May", "NNP", "pobj", 14), (".", ".", "punct", 11)]
    )
    assert name_ending_report(doc[11]) is None
