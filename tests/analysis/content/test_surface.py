"""Reporting clauses read from word order and commas, over hand-built parses.

The parses below are the kind a small English model gets wrong; building them by hand keeps
the tests independent of which mistakes a given model version makes.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from quoteattr.analysis.content.surface import parenthetical_reporting_clause
from quoteattr.analysis.cues import CueCategory, CueForm, CueMatch
from quoteattr.analysis.layout import Layout
from quoteattr.analysis.marks import find_quote_spans, paragraph_spans
from quoteattr.lexicon import Lexicon

Row = tuple[str, str, str, str, int]  # word, pos, tag, dep, head index

_VOCAB = spacy.blank("en").vocab
_ENGLISH = Lexicon.english()


def layout_of(rows: list[Row]) -> Layout:
    words, pos, tags, deps, heads = (list(column) for column in zip(*rows, strict=True))
    spaces = [i + 1 < len(words) and words[i + 1] not in ",." for i in range(len(words))]
    sent_starts = [i == 0 for i in range(len(words))]
    doc = Doc(
        _VOCAB,
        words=words,
        spaces=spaces,
        pos=pos,
        tags=tags,
        deps=deps,
        heads=heads,
        sent_starts=sent_starts,
    )
    text = doc.text
    quotes, _ = find_quote_spans(text)
    return Layout.build(doc, paragraph_spans(text), quotes, text=text)


def said(index: int) -> CueMatch:
    return CueMatch(index, (index,), "say", CueCategory.NEUTRAL, False, CueForm.VERB)


# "To see the old mill , Professor Hal Dunmore said , visitors should come in May ." with
# "mill" taken for the subject of "said", the name hung on it as an apposition and "said"
# as a parataxis of "come": the parse names no content for the cue.
MISPARSED_ASIDE: list[Row] = [
    ("To", "PART", "TO", "aux", 1),
    ("see", "VERB", "VB", "advcl", 9),
    ("the", "DET", "DT", "det", 4),
    ("old", "ADJ", "JJ", "amod", 4),
    ("mill", "NOUN", "NN", "nsubj", 9),
    (",", "PUNCT", ",", "punct", 4),
    ("Professor", "PROPN", "NNP", "compound", 8),
    ("Hal", "PROPN", "NNP", "compound", 8),
    ("Dunmore", "PROPN", "NNP", "appos", 4),
    ("said", "VERB", "VBD", "parataxis", 13),
    (",", "PUNCT", ",", "punct", 9),
    ("visitors", "NOUN", "NNS", "nsubj", 13),
    ("should", "AUX", "MD", "aux", 13),
    ("come", "VERB", "VB", "ROOT", 13),
    ("in", "ADP", "IN", "prep", 13),
    ("May", "PROPN", "NNP", "pobj", 14),
    (".", "PUNCT", ".", "punct", 13),
]


def test_name_and_cue_between_commas_split_the_statement_in_two() -> None:
    layout = layout_of(MISPARSED_ASIDE)
    statement = parenthetical_reporting_clause(layout.doc[9], said(9), layout, _ENGLISH)
    assert statement is not None
    assert [layout.text[s:e] for s, e in statement.parts] == [
        "To see the old mill",
        "visitors should come in May",
    ]
    assert statement.speaker == 8  # "Dunmore", the last noun before the cue


def test_cue_with_an_object_between_commas_is_not_an_aside() -> None:
    rows = list(MISPARSED_ASIDE)
    rows[9:10] = [("thanked", "VERB", "VBD", "parataxis", 14), ("staff", "NOUN", "NN", "dobj", 9)]
    rows = [(w, p, t, d, h + 1 if h >= 10 else h) for w, p, t, d, h in rows]
    layout = layout_of(rows)
    assert parenthetical_reporting_clause(layout.doc[9], said(9), layout, _ENGLISH) is None


def test_sentence_with_quote_marks_is_left_to_the_quote_rules() -> None:
    rows = list(MISPARSED_ASIDE)
    rows[11] = ('"visitors', "NOUN", "NNS", "nsubj", 13)
    rows[15] = ('May"', "PROPN", "NNP", "pobj", 14)
    layout = layout_of(rows)
    assert parenthetical_reporting_clause(layout.doc[9], said(9), layout, _ENGLISH) is None
