"""Statements of noun cues ("his claim that ...", "a pledge to ..."), over hand-built parses."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from quoteattr.analysis.content.nouns import noun_statement
from quoteattr.analysis.cues import CueForm, CueMatch
from quoteattr.lexicon import Lexicon
from quoteattr.records import Attribution, CueCategory

Row = tuple[str, str, str, str, int]  # word, tag, pos, dep, head index

_VOCAB = spacy.blank("en").vocab
_ENGLISH = Lexicon.english()


def parse(rows: list[Row]) -> Doc:
    words, tags, pos, deps, heads = (list(column) for column in zip(*rows, strict=True))
    spaces = [i + 1 < len(words) and words[i + 1] not in ",." for i in range(len(words))]
    return Doc(
        _VOCAB,
        words=words,
        spaces=spaces,
        tags=tags,
        pos=pos,
        deps=deps,
        heads=heads,
        lemmas=[w.lower() for w in words],
    )


def noun_cue(doc: Doc, index: int) -> CueMatch:
    lemma = doc[index].lemma_
    return CueMatch(index, (index,), lemma, CueCategory.ASSERTIVE, False, CueForm.NOUN)


def test_possessor_holds_the_claim_in_the_that_clause() -> None:
    # "His claim that taxes rose was false ."
    doc = parse(
        [
            ("His", "PRP$", "PRON", "poss", 1),
            ("claim", "NN", "NOUN", "nsubj", 5),
            ("that", "IN", "SCONJ", "mark", 4),
            ("taxes", "NNS", "NOUN", "nsubj", 4),
            ("rose", "VBD", "VERB", "acl", 1),
            ("was", "VBD", "AUX", "ROOT", 5),
            ("false", "JJ", "ADJ", "acomp", 5),
            (".", ".", "PUNCT", "punct", 5),
        ]
    )
    statement = noun_statement(noun_cue(doc, 1), doc, _ENGLISH)
    assert statement is not None
    assert [doc.text[s:e] for s, e in statement.parts] == ["taxes rose"]
    assert (statement.speaker, statement.attribution) == (0, Attribution.POSSESSIVE)


# "They rejected a pledge to cut taxes .": no one is named as the pledge's holder.
UNHELD_PLEDGE: list[Row] = [
    ("They", "PRP", "PRON", "nsubj", 1),
    ("rejected", "VBD", "VERB", "ROOT", 1),
    ("a", "DT", "DET", "det", 3),
    ("pledge", "NN", "NOUN", "dobj", 1),
    ("to", "TO", "PART", "aux", 5),
    ("cut", "VB", "VERB", "acl", 3),
    ("taxes", "NNS", "NOUN", "dobj", 5),
    (".", ".", "PUNCT", "punct", 1),
]


def test_infinitive_of_a_pledge_no_one_holds_is_no_statement() -> None:
    doc = parse(UNHELD_PLEDGE)
    assert noun_statement(noun_cue(doc, 3), doc, _ENGLISH) is None


def test_infinitive_of_a_possessed_pledge_is_its_holders_statement() -> None:
    # "They rejected Trump 's pledge to cut taxes ."
    doc = parse(
        [
            ("They", "PRP", "PRON", "nsubj", 1),
            ("rejected", "VBD", "VERB", "ROOT", 1),
            ("Trump", "NNP", "PROPN", "poss", 4),
            ("'s", "POS", "PART", "case", 2),
            ("pledge", "NN", "NOUN", "dobj", 1),
            ("to", "TO", "PART", "aux", 6),
            ("cut", "VB", "VERB", "acl", 4),
            ("taxes", "NNS", "NOUN", "dobj", 6),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )
    statement = noun_statement(noun_cue(doc, 4), doc, _ENGLISH)
    assert statement is not None
    assert [doc.text[s:e] for s, e in statement.parts] == ["to cut taxes"]
    assert (statement.speaker, statement.attribution) == (2, Attribution.POSSESSIVE)


def test_a_possessive_ending_the_parse_read_as_a_verb_still_names_the_holder() -> None:
    # "They doubted the police 's earlier claim that he fled .": "'s" parsed as "is",
    # with "police" its subject, so the claim has no possessor child.
    doc = parse(
        [
            ("They", "PRP", "PRON", "nsubj", 1),
            ("doubted", "VBD", "VERB", "ROOT", 1),
            ("the", "DT", "DET", "det", 3),
            ("police", "NNS", "NOUN", "nsubj", 4),
            ("'s", "POS", "PART", "ccomp", 1),
            ("earlier", "JJR", "ADJ", "amod", 6),
            ("claim", "NN", "NOUN", "dobj", 1),
            ("that", "IN", "SCONJ", "mark", 9),
            ("he", "PRP", "PRON", "nsubj", 9),
            ("fled", "VBD", "VERB", "acl", 6),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )
    statement = noun_statement(noun_cue(doc, 6), doc, _ENGLISH)
    assert statement is not None
    assert [doc.text[s:e] for s, e in statement.parts] == ["he fled"]
    assert (statement.speaker, statement.attribution) == (3, Attribution.POSSESSIVE)


def test_a_possessive_ending_beside_another_phrase_names_no_holder() -> None:
    # "The mayor 's aides doubted a claim that he fled .": the ending is the aides'
    # possessor's, two words away from the claim's phrase.
    doc = parse(
        [
            ("The", "DT", "DET", "det", 1),
            ("mayor", "NN", "NOUN", "poss", 3),
            ("'s", "POS", "PART", "case", 1),
            ("aides", "NNS", "NOUN", "nsubj", 4),
            ("doubted", "VBD", "VERB", "ROOT", 4),
            ("a", "DT", "DET", "det", 6),
            ("claim", "NN", "NOUN", "dobj", 4),
            ("that", "IN", "SCONJ", "mark", 9),
            ("he", "PRP", "PRON", "nsubj", 9),
            ("fled", "VBD", "VERB", "acl", 6),
            (".", ".", "PUNCT", "punct", 4),
        ]
    )
    statement = noun_statement(noun_cue(doc, 6), doc, _ENGLISH)
    assert statement is None or statement.speaker != 1


def _included(owner_pos: str) -> Doc:
    # "Ng 's attack , including a claim that he fled , failed ."
    return parse(
        [
            ("Ng", "NNP", owner_pos, "poss", 2),
            ("'s", "POS", "PART", "case", 0),
            ("attack", "NN", "NOUN", "nsubj", 12),
            (",", ",", "PUNCT", "punct", 2),
            ("including", "VBG", "VERB", "prep", 2),
            ("a", "DT", "DET", "det", 6),
            ("claim", "NN", "NOUN", "pobj", 4),
            ("that", "IN", "SCONJ", "mark", 9),
            ("he", "PRP", "PRON", "nsubj", 9),
            ("fled", "VBD", "VERB", "acl", 6),
            (",", ",", "PUNCT", "punct", 2),
            ("badly", "RB", "ADV", "advmod", 12),
            ("failed", "VBD", "VERB", "ROOT", 12),
            (".", ".", "PUNCT", "punct", 12),
        ]
    )


def test_a_claim_included_in_a_possessed_act_is_the_possessors() -> None:
    doc = _included("PROPN")
    statement = noun_statement(noun_cue(doc, 6), doc, _ENGLISH)
    assert statement is not None
    assert [doc.text[s:e] for s, e in statement.parts] == ["he fled"]
    assert (statement.speaker, statement.attribution) == (0, Attribution.POSSESSIVE)


def test_negative_an_included_claim_of_no_ones_act_has_no_holder() -> None:
    # "The attack, including a claim that he fled, failed.": nobody's attack.
    doc = _included("PROPN")
    with doc.retokenize() as retokenizer:  # "Ng 's" -> one determiner word "The"
        retokenizer.merge(doc[0:2], attrs={"DEP": "det", "POS": "DET", "TAG": "DT"})
    statement = noun_statement(noun_cue(doc, 5), doc, _ENGLISH)
    assert statement is None or statement.speaker is None
