"""Contents the parser hung on the wrong word, over hand-built parses.

Each parse below is the kind of misattachment a small English model makes; building it by
hand keeps the test independent of which mistakes a given model version happens to make.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Token

from quoteattr.analysis.content.repairs import (
    Repair,
    clause_after_adjunct,
    clause_after_hearer,
    governing_clause,
    relative_gap_clause,
)
from quoteattr.analysis.cues import CueCategory, CueForm, CueMatch
from quoteattr.lexicon import Lexicon

Row = tuple[str, str, str, str, int]  # word, tag, pos, dep, head index

_VOCAB = spacy.blank("en").vocab
_ENGLISH = Lexicon.english()


def parse(rows: list[Row]) -> Doc:
    words, tags, pos, deps, heads = (list(column) for column in zip(*rows, strict=True))
    return Doc(_VOCAB, words=words, tags=tags, pos=pos, deps=deps, heads=heads)


def cue_at(doc: Doc, index: int) -> CueMatch:
    lemma = doc[index].text.lower()
    return CueMatch(index, (index,), lemma, CueCategory.NEUTRAL, False, CueForm.VERB)


def repaired(repair: Repair, doc: Doc, index: int) -> list[Token]:
    """What ``repair`` recovers for the cue at ``index``."""
    return repair(doc[index], list(doc[index].children), cue_at(doc, index), _ENGLISH)


def after_adjunct(doc: Doc, index: int) -> list[Token]:
    """What :func:`clause_after_adjunct` recovers for the cue at ``index``."""
    return clause_after_adjunct(doc[index], cue_at(doc, index), _ENGLISH)


def words(tokens: list) -> str:  # type: ignore[type-arg]
    return " ".join(t.text for t in sorted(tokens, key=lambda t: t.i))


# "She told him the nominee had not paid taxes ." with "the nominee" taken as a second
# object of "told" and "had not paid" left with no subject, coordinated with "told".
STRANDED_AFTER_OBJECT: list[Row] = [
    ("She", "PRP", "PRON", "nsubj", 1),
    ("told", "VBD", "VERB", "ROOT", 1),
    ("him", "PRP", "PRON", "dative", 1),
    ("the", "DT", "DET", "det", 4),
    ("nominee", "NN", "NOUN", "dobj", 1),
    ("had", "VBD", "AUX", "aux", 7),
    ("not", "RB", "PART", "neg", 7),
    ("paid", "VBN", "VERB", "conj", 1),
    ("taxes", "NNS", "NOUN", "dobj", 7),
    (".", ".", "PUNCT", "punct", 1),
]


def test_object_then_subjectless_verb_is_one_clause() -> None:
    doc = parse(STRANDED_AFTER_OBJECT)
    assert words(repaired(clause_after_hearer, doc, 1)) == "the nominee had not paid taxes"


# "She reminded the crowd he was the only candidate ." with "he was ..." parsed as a
# relative clause of "crowd" although no relative pronoun opens it.
RELATIVE_WITHOUT_PRONOUN: list[Row] = [
    ("She", "PRP", "PRON", "nsubj", 1),
    ("reminded", "VBD", "VERB", "ROOT", 1),
    ("the", "DT", "DET", "det", 3),
    ("crowd", "NN", "NOUN", "dobj", 1),
    ("he", "PRP", "PRON", "nsubj", 5),
    ("was", "VBD", "AUX", "relcl", 3),
    ("the", "DT", "DET", "det", 8),
    ("only", "JJ", "ADJ", "amod", 8),
    ("candidate", "NN", "NOUN", "attr", 5),
    (".", ".", "PUNCT", "punct", 1),
]


def test_relative_clause_without_pronoun_after_hearer_is_the_content() -> None:
    doc = parse(RELATIVE_WITHOUT_PRONOUN)
    assert words(repaired(clause_after_hearer, doc, 1)) == "he was the only candidate"


def test_true_relative_clause_on_the_hearer_is_not_content() -> None:
    rows = list(RELATIVE_WITHOUT_PRONOUN)
    rows[4] = ("who", "WP", "PRON", "nsubj", 5)  # "the crowd who was ..."
    doc = parse(rows)
    assert repaired(clause_after_hearer, doc, 1) == []


# "He resigned after she admitted under oath she had really lied ." with the reporting
# clause parsed as an adverbial of its own content ("admitted" under "lied").
CUE_UNDER_ITS_CONTENT: list[Row] = [
    ("He", "PRP", "PRON", "nsubj", 1),
    ("resigned", "VBD", "VERB", "ROOT", 1),
    ("after", "IN", "SCONJ", "mark", 4),
    ("she", "PRP", "PRON", "nsubj", 4),
    ("admitted", "VBD", "VERB", "advcl", 10),
    ("under", "IN", "ADP", "prep", 4),
    ("oath", "NN", "NOUN", "pobj", 5),
    ("she", "PRP", "PRON", "nsubj", 10),
    ("had", "VBD", "AUX", "aux", 10),
    ("really", "RB", "ADV", "advmod", 10),
    ("lied", "VBN", "VERB", "ccomp", 1),
    (".", ".", "PUNCT", "punct", 1),
]


def test_content_parsed_as_the_head_of_the_cue() -> None:
    doc = parse(CUE_UNDER_ITS_CONTENT)
    assert words(repaired(governing_clause, doc, 4)) == "she had really lied"


def _cue_under_content_with_object(verb: str) -> Doc:
    """ "He resigned after she <verb> the board she had lied ." with the reporting clause an
    adverbial of its own content and "the board" the cue's object."""
    rows: list[Row] = [
        ("He", "PRP", "PRON", "nsubj", 1),
        ("resigned", "VBD", "VERB", "ROOT", 1),
        ("after", "IN", "SCONJ", "mark", 4),
        ("she", "PRP", "PRON", "nsubj", 4),
        (verb, "VBD", "VERB", "advcl", 9),
        ("the", "DT", "DET", "det", 6),
        ("board", "NN", "NOUN", "dobj", 4),
        ("she", "PRP", "PRON", "nsubj", 9),
        ("had", "VBD", "AUX", "aux", 9),
        ("lied", "VBN", "VERB", "ccomp", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    doc = parse(rows)
    lemmas = {"told": "tell", "admitted": "admit"}
    for token in doc:
        token.lemma_ = lemmas.get(token.text, token.text.lower())
    return doc


def test_content_parsed_as_the_head_of_a_cue_with_a_hearer() -> None:
    doc = _cue_under_content_with_object("told")
    assert words(repaired(governing_clause, doc, 4)) == "she had lied"


def test_an_object_of_a_cue_without_a_hearer_is_its_content_and_no_repair_is_made() -> None:
    doc = _cue_under_content_with_object("admitted")
    assert repaired(governing_clause, doc, 4) == []


def test_fronted_circumstance_with_a_comma_is_not_content() -> None:
    # "Although critics complained , the plan went ahead ."
    doc = parse(
        [
            ("Although", "IN", "SCONJ", "mark", 2),
            ("critics", "NNS", "NOUN", "nsubj", 2),
            ("complained", "VBD", "VERB", "advcl", 6),
            (",", ",", "PUNCT", "punct", 6),
            ("the", "DT", "DET", "det", 5),
            ("plan", "NN", "NOUN", "nsubj", 6),
            ("went", "VBD", "VERB", "ROOT", 6),
            ("ahead", "RB", "ADV", "advmod", 6),
            (".", ".", "PUNCT", "punct", 6),
        ]
    )
    assert repaired(governing_clause, doc, 2) == []


# "They approved the levy , which critics claimed now ruins the port ." with "ruins" hung
# on "approved" as an adverbial clause: "claimed" keeps only "which" as its object.
RELATIVE_GAP: list[Row] = [
    ("They", "PRP", "PRON", "nsubj", 1),
    ("approved", "VBD", "VERB", "ROOT", 1),
    ("the", "DT", "DET", "det", 3),
    ("levy", "NN", "NOUN", "dobj", 1),
    (",", ",", "PUNCT", "punct", 3),
    ("which", "WDT", "PRON", "dobj", 7),
    ("critics", "NNS", "NOUN", "nsubj", 7),
    ("claimed", "VBD", "VERB", "relcl", 3),
    ("now", "RB", "ADV", "advmod", 7),
    ("ruins", "VBZ", "VERB", "advcl", 1),
    ("the", "DT", "DET", "det", 11),
    ("port", "NN", "NOUN", "dobj", 9),
    (".", ".", "PUNCT", "punct", 1),
]


def test_relative_pronoun_object_then_stranded_verb_is_the_content() -> None:
    doc = parse(RELATIVE_GAP)
    assert words(repaired(relative_gap_clause, doc, 7)) == "now ruins the port"


def test_relative_clause_with_its_own_complement_is_left_alone() -> None:
    rows = list(RELATIVE_GAP)
    rows[9] = ("ruins", "VBZ", "VERB", "ccomp", 7)  # parsed right: the cue has its clause
    assert repaired(relative_gap_clause, parse(rows), 7) == []


# "She addressed it , remarking from Ohio he did not feel well ." with "feel" hung on
# "addressed" and "remarking" left with its place phrase alone.
AFTER_ADJUNCT: list[Row] = [
    ("She", "PRP", "PRON", "nsubj", 1),
    ("addressed", "VBD", "VERB", "ROOT", 1),
    ("it", "PRP", "PRON", "dobj", 1),
    (",", ",", "PUNCT", "punct", 1),
    ("remarking", "VBG", "VERB", "advcl", 1),
    ("from", "IN", "ADP", "prep", 4),
    ("Ohio", "NNP", "PROPN", "pobj", 5),
    ("he", "PRP", "PRON", "nsubj", 10),
    ("did", "VBD", "AUX", "aux", 10),
    ("not", "RB", "PART", "neg", 10),
    ("feel", "VB", "VERB", "ccomp", 1),
    ("well", "RB", "ADV", "advmod", 10),
    (".", ".", "PUNCT", "punct", 1),
]


def test_clause_right_after_the_cues_adjunct_is_the_content() -> None:
    assert words(after_adjunct(parse(AFTER_ADJUNCT), 4)) == "he did not feel well"


def test_clause_after_a_comma_past_the_adjunct_is_not_the_content() -> None:
    rows = [*AFTER_ADJUNCT[:7], (",", ",", "PUNCT", "punct", 10)]
    rows += [(w, t, p, d, h + 1 if h >= 7 else h) for w, t, p, d, h in AFTER_ADJUNCT[7:]]
    assert after_adjunct(parse(rows), 4) == []


def test_clause_right_after_the_cue_is_left_to_the_stranded_clause_repair() -> None:
    rows = [row for i, row in enumerate(AFTER_ADJUNCT) if i not in (5, 6)]
    rows = [(w, t, p, d, h - 2 if h > 6 else h) for w, t, p, d, h in rows]
    assert after_adjunct(parse(rows), 4) == []
