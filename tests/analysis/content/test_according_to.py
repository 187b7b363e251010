"""Statements framed by "according to", over hand-built parses."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from quoteattr.analysis.content.according_to import according_to_statement, framed_verb
from quoteattr.analysis.cues import CueForm, CueMatch
from quoteattr.lexicon import Lexicon
from quoteattr.records import Attribution, CueCategory

Row = tuple[str, str, str, str, int]  # word, tag, pos, dep, head index

_VOCAB = spacy.blank("en").vocab
_ENGLISH = Lexicon.english()


def parse(rows: list[Row]) -> Doc:
    words, tags, pos, deps, heads = (list(column) for column in zip(*rows, strict=True))
    spaces = [i + 1 < len(words) and words[i + 1] not in ",." for i in range(len(words))]
    return Doc(_VOCAB, words=words, spaces=spaces, tags=tags, pos=pos, deps=deps, heads=heads)


def according_at(index: int) -> CueMatch:
    return CueMatch(
        index, (index, index + 1), "according to", CueCategory.SOURCE, False, CueForm.SOURCE
    )


def texts(doc: Doc, parts: tuple[tuple[int, int], ...]) -> list[str]:
    return [doc.text[start:end] for start, end in parts]


# "The man fled , according to police ." with the phrase hung on the verb it frames.
FINAL_PHRASE: list[Row] = [
    ("The", "DT", "DET", "det", 1),
    ("man", "NN", "NOUN", "nsubj", 2),
    ("fled", "VBD", "VERB", "ROOT", 2),
    (",", ",", "PUNCT", "punct", 2),
    ("according", "VBG", "VERB", "prep", 2),
    ("to", "IN", "ADP", "prep", 4),
    ("police", "NNS", "NOUN", "pobj", 5),
    (".", ".", "PUNCT", "punct", 2),
]


def test_final_phrase_frames_the_clause_it_hangs_on() -> None:
    doc = parse(FINAL_PHRASE)
    assert framed_verb(doc[4]).text == "fled"
    statement = according_to_statement(according_at(4), doc, _ENGLISH)
    assert statement is not None
    assert texts(doc, statement.parts) == ["The man fled"]
    assert (statement.speaker, statement.attribution) == (6, Attribution.ACCORDING_TO)


# "According to police , the man fled ." with "according" made the root.
FRONTED_ROOT: list[Row] = [
    ("According", "VBG", "VERB", "ROOT", 0),
    ("to", "IN", "ADP", "prep", 0),
    ("police", "NNS", "NOUN", "pobj", 1),
    (",", ",", "PUNCT", "punct", 0),
    ("the", "DT", "DET", "det", 5),
    ("man", "NN", "NOUN", "nsubj", 6),
    ("fled", "VBD", "VERB", "ccomp", 0),
    (".", ".", "PUNCT", "punct", 0),
]


def test_fronted_phrase_parsed_as_the_root_reports_the_rest_of_the_sentence() -> None:
    doc = parse(FRONTED_ROOT)
    assert framed_verb(doc[0]).i == 0
    statement = according_to_statement(according_at(0), doc, _ENGLISH)
    assert statement is not None
    assert texts(doc, statement.parts) == ["the man fled"]
    assert statement.speaker == 2


def test_root_phrase_without_a_comma_reports_nothing() -> None:
    rows = [row for row in FRONTED_ROOT if row[0] != ","]
    rows = [(w, t, p, d, h - 1 if h > 3 else h) for w, t, p, d, h in rows]
    assert according_to_statement(according_at(0), parse(rows), _ENGLISH) is None
