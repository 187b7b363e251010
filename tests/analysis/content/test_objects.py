"""Contents carried in a cue's object ("called the charges unfounded"), over hand-built parses."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Token

from quoteattr.analysis.content.objects import (
    characterizing_content,
    likening_content,
    naming_content,
    object_content,
)
from quoteattr.analysis.cues import CueForm, CueMatch
from quoteattr.lexicon import Lexicon
from quoteattr.records import CueCategory

Row = tuple[str, str, str, str, int]  # word, tag, pos, dep, head index

_VOCAB = spacy.blank("en").vocab
_ENGLISH = Lexicon.english()


def parse(rows: list[Row]) -> Doc:
    words, tags, pos, deps, heads = (list(column) for column in zip(*rows, strict=True))
    return Doc(_VOCAB, words=words, tags=tags, pos=pos, deps=deps, heads=heads)


def heads(tokens: list[Token]) -> list[str]:
    return [t.text for t in tokens]


# "Critics called the charges unfounded ."
CALLED_UNFOUNDED: list[Row] = [
    ("Critics", "NNS", "NOUN", "nsubj", 1),
    ("called", "VBD", "VERB", "ROOT", 1),
    ("the", "DT", "DET", "det", 3),
    ("charges", "NNS", "NOUN", "dobj", 1),
    ("unfounded", "JJ", "ADJ", "oprd", 1),
    (".", ".", "PUNCT", "punct", 1),
]


def test_naming_verb_reports_its_object_and_predicate() -> None:
    doc = parse(CALLED_UNFOUNDED)
    assert heads(naming_content(doc[1], _ENGLISH)) == ["charges", "unfounded"]


def test_naming_verb_without_a_predicate_reports_nothing() -> None:
    doc = parse([*CALLED_UNFOUNDED[:4], (".", ".", "PUNCT", "punct", 1)])
    assert naming_content(doc[1], _ENGLISH) == []


def test_a_predicate_the_parse_hung_inside_the_object_runs_the_object_on() -> None:
    # "He called the notion of warming a hoax ." with "a hoax" an object of "warming".
    doc = parse(
        [
            ("He", "PRP", "PRON", "nsubj", 1),
            ("called", "VBD", "VERB", "ROOT", 1),
            ("the", "DT", "DET", "det", 3),
            ("notion", "NN", "NOUN", "dobj", 1),
            ("of", "IN", "ADP", "prep", 3),
            ("warming", "NN", "NOUN", "pobj", 4),
            ("a", "DT", "DET", "det", 7),
            ("hoax", "NN", "NOUN", "dobj", 5),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )
    assert heads(naming_content(doc[1], _ENGLISH)) == ["notion"]


def test_negative_an_object_holding_no_misplaced_object_is_no_statement() -> None:
    # "He called the head of the agency ." (a telephone call, no predicate).
    doc = parse(
        [
            ("He", "PRP", "PRON", "nsubj", 1),
            ("called", "VBD", "VERB", "ROOT", 1),
            ("the", "DT", "DET", "det", 3),
            ("head", "NN", "NOUN", "dobj", 1),
            ("of", "IN", "ADP", "prep", 3),
            ("the", "DT", "DET", "det", 6),
            ("agency", "NN", "NOUN", "pobj", 4),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )
    assert naming_content(doc[1], _ENGLISH) == []


def _called_the_plan(mark: str) -> Doc:
    """ "Critics called the plan <mark> a disaster ." with "a disaster" the object's
    appositive (the parse a small model makes of a quoted predicate)."""
    return parse(
        [
            ("Critics", "NNS", "NOUN", "nsubj", 1),
            ("called", "VBD", "VERB", "ROOT", 1),
            ("the", "DT", "DET", "det", 3),
            ("plan", "NN", "NOUN", "dobj", 1),
            (mark, "``" if mark == '"' else ",", "PUNCT", "punct", 3),
            ("a", "DT", "DET", "det", 6),
            ("disaster", "NN", "NOUN", "appos", 3),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )


def test_a_predicate_the_parse_made_the_objects_appositive_runs_the_object_on() -> None:
    assert heads(naming_content(_called_the_plan('"')[1], _ENGLISH)) == ["plan"]


def test_negative_an_appositive_after_a_comma_is_no_predicate() -> None:
    assert naming_content(_called_the_plan(",")[1], _ENGLISH) == []


def _called_the_envoys(mark: str) -> Doc:
    """ "Critics called the envoys <mark> free riders ." with "the envoys" a modifier of
    "riders", the object (the parse a small model makes of a quoted predicate)."""
    return parse(
        [
            ("Critics", "NNS", "NOUN", "nsubj", 1),
            ("called", "VBD", "VERB", "ROOT", 1),
            ("the", "DT", "DET", "det", 3),
            ("envoys", "NNS", "NOUN", "nmod", 6),
            (mark, "``" if mark == '"' else "DT", "PUNCT" if mark == '"' else "DET", "punct", 6),
            ("free", "JJ", "ADJ", "amod", 6),
            ("riders", "NNS", "NOUN", "dobj", 1),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )


def test_an_object_the_parse_hung_on_the_quoted_predicate_runs_on_through_it() -> None:
    assert heads(naming_content(_called_the_envoys('"')[1], _ENGLISH)) == ["riders"]


def test_negative_a_modifier_with_no_quote_mark_before_the_object_is_no_predicate() -> None:
    # "Critics called the envoys the free riders ." in the same parse, with no quote mark:
    # only a quoted predicate is known to mislead the parser so.
    assert naming_content(_called_the_envoys("the")[1], _ENGLISH) == []


def _called_two_predicates(first: tuple[str, str, str]) -> Doc:
    """ "Critics called <first> a fraud ." with both the object and the predicate ``oprd``."""
    word, tag, pos = first
    return parse(
        [
            ("Critics", "NNS", "NOUN", "nsubj", 1),
            ("called", "VBD", "VERB", "ROOT", 1),
            (word, tag, pos, "oprd", 1),
            ("a", "DT", "DET", "det", 4),
            ("fraud", "NN", "NOUN", "oprd", 1),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )


def test_an_object_the_parse_made_a_predicate_is_the_object() -> None:
    doc = _called_two_predicates(("Ruiz", "NNP", "PROPN"))
    assert heads(naming_content(doc[1], _ENGLISH)) == ["Ruiz", "fraud"]


def test_negative_an_adjective_before_a_predicate_is_no_object() -> None:
    doc = _called_two_predicates(("openly", "RB", "ADV"))
    assert naming_content(doc[1], _ENGLISH) == []


def test_negative_one_predicate_without_an_object_is_no_statement() -> None:
    doc = parse(
        [
            ("Critics", "NNS", "NOUN", "nsubj", 1),
            ("called", "VBD", "VERB", "ROOT", 1),
            ("Ruiz", "NNP", "PROPN", "oprd", 1),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )
    assert naming_content(doc[1], _ENGLISH) == []


def test_each_part_of_a_hyphenated_predicate_is_one_predicate() -> None:
    # "Critics called the plan pro-growth ." with each part of the word a predicate.
    words = ["Critics", "called", "the", "plan", "pro", "-", "growth", "."]
    doc = Doc(
        _VOCAB,
        words=words,
        spaces=[True, True, True, True, False, False, False, False],
        tags=["NNS", "VBD", "DT", "NN", "JJ", "HYPH", "JJ", "."],
        pos=["NOUN", "VERB", "DET", "NOUN", "ADJ", "PUNCT", "ADJ", "PUNCT"],
        deps=["nsubj", "ROOT", "det", "dobj", "oprd", "oprd", "oprd", "punct"],
        heads=[1, 1, 3, 1, 1, 1, 1, 1],
    )
    assert heads(naming_content(doc[1], _ENGLISH)) == ["plan", "pro", "-", "growth"]


def test_a_cue_that_is_both_infinitive_and_naming_falls_back_to_naming() -> None:
    # "call" takes an infinitive ("called on them to act") or names; with no infinitive
    # its object and predicate are the content.
    doc = parse(CALLED_UNFOUNDED)
    cue = CueMatch(1, (1,), "call", CueCategory.NEUTRAL, False, CueForm.VERB)
    assert "call" in _ENGLISH.infinitive_cues and "call" in _ENGLISH.naming_cues
    assert heads(object_content(doc[1], list(doc[1].children), cue, _ENGLISH)) == [
        "charges",
        "unfounded",
    ]


# "He likened the campaign to a crash ."
LIKENED_TO: list[Row] = [
    ("He", "PRP", "PRON", "nsubj", 1),
    ("likened", "VBD", "VERB", "ROOT", 1),
    ("the", "DT", "DET", "det", 3),
    ("campaign", "NN", "NOUN", "dobj", 1),
    ("to", "IN", "ADP", "prep", 1),
    ("a", "DT", "DET", "det", 6),
    ("crash", "NN", "NOUN", "pobj", 4),
    (".", ".", "PUNCT", "punct", 1),
]


def test_likening_verb_reports_its_object_and_to_phrase() -> None:
    doc = parse(LIKENED_TO)
    cue = CueMatch(1, (1,), "liken", CueCategory.NEUTRAL, False, CueForm.VERB)
    assert heads(object_content(doc[1], list(doc[1].children), cue, _ENGLISH)) == ["campaign", "to"]


def test_likening_verb_without_a_to_phrase_reports_nothing() -> None:
    doc = parse([*LIKENED_TO[:4], (".", ".", "PUNCT", "punct", 1)])
    assert likening_content(doc[1], _ENGLISH) == []


# "She dismissed the report as a smear ."
DISMISSED_AS: list[Row] = [
    ("She", "PRP", "PRON", "nsubj", 1),
    ("dismissed", "VBD", "VERB", "ROOT", 1),
    ("the", "DT", "DET", "det", 3),
    ("report", "NN", "NOUN", "dobj", 1),
    ("as", "IN", "ADP", "prep", 1),
    ("a", "DT", "DET", "det", 6),
    ("smear", "NN", "NOUN", "pobj", 4),
    (".", ".", "PUNCT", "punct", 1),
]


def test_characterizing_cue_reports_its_object_and_as_predicate() -> None:
    doc = parse(DISMISSED_AS)
    assert heads(characterizing_content(doc[1], _ENGLISH)) == ["report", "as"]


def test_such_as_is_no_predicate() -> None:
    # "She dismissed the report such as it ." : "such as" is no characterisation
    doc = parse(
        [
            ("She", "PRP", "PRON", "nsubj", 1),
            ("dismissed", "VBD", "VERB", "ROOT", 1),
            ("the", "DT", "DET", "det", 3),
            ("report", "NN", "NOUN", "dobj", 1),
            ("such", "JJ", "ADJ", "amod", 5),
            ("as", "IN", "ADP", "prep", 1),
            ("it", "PRP", "PRON", "pobj", 5),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )
    assert characterizing_content(doc[1], _ENGLISH) == []


def test_free_relative_object_leaves_the_predicate_alone() -> None:
    # "in what officials called a hate crime": the predicate is the characterisation
    doc = parse(
        [
            ("in", "IN", "ADP", "ROOT", 0),
            ("what", "WP", "PRON", "dobj", 3),
            ("officials", "NNS", "NOUN", "nsubj", 3),
            ("called", "VBD", "VERB", "pcomp", 0),
            ("a", "DT", "DET", "det", 6),
            ("hate", "NN", "NOUN", "compound", 6),
            ("crime", "NN", "NOUN", "oprd", 3),
        ]
    )
    assert heads(naming_content(doc[3], _ENGLISH)) == ["crime"]


# "a bill that critics called anti - union ." as the parser reads it: the relative pronoun
# the object, each part of the hyphenated word a predicate.
BILL_CALLED: list[Row] = [
    ("a", "DT", "DET", "det", 1),
    ("bill", "NN", "NOUN", "ROOT", 1),
    ("that", "WDT", "PRON", "dobj", 4),
    ("critics", "NNS", "NOUN", "nsubj", 4),
    ("called", "VBD", "VERB", "relcl", 1),
    ("anti", "JJ", "ADJ", "oprd", 4),
    ("-", "HYPH", "PUNCT", "oprd", 4),
    ("union", "JJ", "ADJ", "oprd", 4),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_relative_pronoun_object_leaves_the_predicate_alone() -> None:
    words, tags, pos, deps, head = (list(column) for column in zip(*BILL_CALLED, strict=True))
    spaces = [True, True, True, True, True, False, False, False, False]  # "anti-union."
    doc = Doc(_VOCAB, words=words, spaces=spaces, tags=tags, pos=pos, deps=deps, heads=head)
    assert heads(naming_content(doc[4], _ENGLISH)) == ["anti", "-", "union"]


def test_negative_a_relative_pronoun_of_another_verb_is_no_object_of_the_naming() -> None:
    # "the bill, which passed, critics called ..." is not read as this verb's object: the
    # pronoun must be the naming verb's own object, in a relative clause it heads.
    rows = [*BILL_CALLED[:4], ("called", "VBD", "VERB", "ROOT", 4), *BILL_CALLED[5:]]
    rows[1] = ("bill", "NN", "NOUN", "nsubj", 4)
    doc = parse(rows)
    assert naming_content(doc[4], _ENGLISH) == []


def test_negative_a_proper_name_given_in_a_relative_clause_is_no_characterisation() -> None:
    # "the ship , which he called Hope": a name given
    doc = parse(
        [
            ("the", "DT", "DET", "det", 1),
            ("ship", "NN", "NOUN", "ROOT", 1),
            (",", ",", "PUNCT", "punct", 1),
            ("which", "WDT", "PRON", "dobj", 5),
            ("he", "PRP", "PRON", "nsubj", 5),
            ("called", "VBD", "VERB", "relcl", 1),
            ("Hope", "NNP", "PROPN", "oprd", 5),
        ]
    )
    assert naming_content(doc[5], _ENGLISH) == []
