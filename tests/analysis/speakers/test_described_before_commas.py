"""A description set off by commas before a name, which the parse did not make the name's
apposition: "... which Acme's chief executive, Tim Cook, called ...". Docs built by hand
with the broken parse a small model gives such a sentence (the name the object of an
earlier preposition, the description a clause of another noun)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from quoteattr.analysis.speakers.fronted import described_before_commas
from quoteattr.analysis.speakers.mentions import describe
from quoteattr.lexicon import Lexicon

_VOCAB = spacy.blank("en").vocab
_ENGLISH = Lexicon.english()


Row = tuple[str, str, str, str, str, int, str]
"""word, tag, pos, lemma, dep, head, entity (IOB)"""


def _doc(rows: list[Row]) -> Doc:
    words, tags, pos, lemmas, deps, heads, ents = (
        list(column) for column in zip(*rows, strict=True)
    )
    return Doc(
        _VOCAB,
        words=words,
        tags=tags,
        pos=pos,
        lemmas=lemmas,
        deps=deps,
        heads=heads,
        ents=ents,
    )


def _sentence(after_name: str) -> Doc:
    # "given its efforts -- which Acme 's chief executive , Tim Cook <after_name> called it"
    rows: list[Row] = [
        # word, tag, pos, lemma, dep, head, entity
        ("given", "VBN", "VERB", "give", "ROOT", 0, "O"),
        ("its", "PRP$", "PRON", "its", "poss", 2, "O"),
        ("efforts", "NNS", "NOUN", "effort", "pobj", 0, "O"),
        ("--", ":", "PUNCT", "--", "punct", 2, "O"),
        ("which", "WDT", "DET", "which", "det", 8, "O"),
        ("Acme", "NNP", "PROPN", "Acme", "poss", 8, "B-ORG"),
        ("'s", "POS", "PART", "'s", "case", 5, "O"),
        ("chief", "JJ", "ADJ", "chief", "amod", 8, "O"),
        ("executive", "NN", "NOUN", "executive", "acl", 2, "O"),
        (",", ",", "PUNCT", ",", "punct", 11, "O"),
        ("Tim", "NNP", "PROPN", "Tim", "compound", 11, "B-PERSON"),
        ("Cook", "NNP", "PROPN", "Cook", "pobj", 0, "I-PERSON"),
        (after_name, ",", "PUNCT", after_name, "punct", 11, "O"),
        ("called", "VBD", "VERB", "call", "acl", 11, "O"),
        ("it", "PRP", "PRON", "it", "dobj", 13, "O"),
    ]
    return _doc(rows)


def test_the_description_before_the_commas_describes_the_name() -> None:
    doc = _sentence(",")
    assert described_before_commas(doc[11], _ENGLISH) == doc[8]
    mention = describe(doc[11], _ENGLISH)
    assert (mention.name, mention.role, mention.affiliation) == (
        "Tim Cook",
        "chief executive",
        "Acme",
    )


def test_negative_no_comma_closing_the_name_is_no_apposition() -> None:
    # "chief executive, Tim Cook and called it": a list, not an appositive.
    doc = _sentence("and")
    assert described_before_commas(doc[11], _ENGLISH) is None
    assert describe(doc[11], _ENGLISH).role is None


def _with_a_preposition(after_name: str) -> Doc:
    # "Ruiz replied to complaints by the director of the museum , Tom Becker <after_name>
    # that it closed": the name hung on the verb, as a small model parses it.
    rows: list[Row] = [
        ("Ruiz", "NNP", "PROPN", "Ruiz", "nsubj", 1, "B-PERSON"),
        ("replied", "VBD", "VERB", "reply", "ROOT", 1, "O"),
        ("to", "IN", "ADP", "to", "prep", 1, "O"),
        ("complaints", "NNS", "NOUN", "complaint", "pobj", 2, "O"),
        ("by", "IN", "ADP", "by", "prep", 3, "O"),
        ("the", "DT", "DET", "the", "det", 6, "O"),
        ("director", "NN", "NOUN", "director", "pobj", 4, "O"),
        ("of", "IN", "ADP", "of", "prep", 6, "O"),
        ("the", "DT", "DET", "the", "det", 9, "O"),
        ("museum", "NN", "NOUN", "museum", "pobj", 7, "O"),
        (",", ",", "PUNCT", ",", "punct", 1, "O"),
        ("Tom", "NNP", "PROPN", "Tom", "compound", 12, "B-PERSON"),
        ("Becker", "NNP", "PROPN", "Becker", "npadvmod", 1, "I-PERSON"),
        (after_name, ",", "PUNCT", after_name, "punct", 12, "O"),
        ("that", "IN", "SCONJ", "that", "mark", 16, "O"),
        ("it", "PRP", "PRON", "it", "nsubj", 16, "O"),
        ("closed", "VBD", "VERB", "close", "ccomp", 1, "O"),
    ]
    return _doc(rows)


def test_a_description_ending_in_a_prepositional_phrase_describes_the_name() -> None:
    doc = _with_a_preposition(",")
    assert described_before_commas(doc[12], _ENGLISH) == doc[6]
    mention = describe(doc[12], _ENGLISH)
    assert (mention.name, mention.role) == ("Tom Becker", "director")


def test_negative_a_prepositional_phrase_before_a_list_describes_no_name() -> None:
    doc = _with_a_preposition("and")
    assert described_before_commas(doc[12], _ENGLISH) is None
    assert describe(doc[12], _ENGLISH).role is None
