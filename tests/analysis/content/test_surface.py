"""Reporting clauses read from word order and commas, over hand-built parses.

The parses below are the kind a small English model gets wrong; building them by hand keeps
the tests independent of which mistakes a given model version makes.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from quoteattr.analysis.content.speaker_labels import labelled_statements
from quoteattr.analysis.content.surface import (
    final_reporting_clause,
    parenthetical_reporting_clause,
)
from quoteattr.analysis.cues import CueCategory, CueForm, CueMatch
from quoteattr.analysis.layout import Layout
from quoteattr.analysis.marks import find_quote_spans, paragraph_spans
from quoteattr.lexicon import Lexicon

Row = tuple[str, str, str, str, int]  # word, pos, tag, dep, head index

_VOCAB = spacy.blank("en").vocab
_ENGLISH = Lexicon.english()


_NO_SPACE_BEFORE = (",", ".", ":", "\u201d", "\n\n")
_NO_SPACE_AFTER = ("\u201c", "\n\n")


def layout_of(
    rows: list[Row], ents: list[str] | None = None, *, starts: tuple[int, ...] = (0,)
) -> Layout:
    """The layout of a hand-built parse whose sentences open at ``starts`` (one, by
    default), with IOB entity tags if given (no space before a comma, a full stop, a colon,
    a closing mark or a blank line, nor after an opening mark or a blank line)."""
    words, pos, tags, deps, heads = (list(column) for column in zip(*rows, strict=True))
    spaces = [
        words[i] not in _NO_SPACE_AFTER
        and i + 1 < len(words)
        and words[i + 1] not in _NO_SPACE_BEFORE
        for i in range(len(words))
    ]
    sent_starts = [i in starts for i in range(len(words))]
    doc = Doc(
        _VOCAB,
        words=words,
        spaces=spaces,
        pos=pos,
        tags=tags,
        deps=deps,
        heads=heads,
        ents=ents,
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


def quoted_then_named(first_word: str, first_entity: str) -> Layout:
    """'"We will act," <first_word> police Chief Ana Lee said Monday.' with the first word
    tagged as a verb, the name hung on it and "said" coordinated with the quoted verb (the
    parse a small model made of a real article)."""
    rows: list[tuple[str, str, str, str, int, str]] = [
        ("\u201c", "PUNCT", "``", "punct", 3, "O"),
        ("We", "PRON", "PRP", "nsubj", 3, "O"),
        ("will", "AUX", "MD", "aux", 3, "O"),
        ("act", "VERB", "VB", "ROOT", 3, "O"),
        (",", "PUNCT", ",", "punct", 3, "O"),
        ("\u201d", "PUNCT", "''", "punct", 3, "O"),
        (first_word, "VERB", "VB", "dep", 3, first_entity),
        ("police", "NOUN", "NN", "compound", 8, "O"),
        ("Chief", "PROPN", "NNP", "dobj", 6, "O"),
        ("Ana", "PROPN", "NNP", "compound", 10, "B-PERSON"),
        ("Lee", "PROPN", "NNP", "appos", 8, "I-PERSON"),
        ("said", "VERB", "VBD", "conj", 3, "O"),
        ("Monday", "PROPN", "NNP", "npadvmod", 11, "B-DATE"),
        (".", "PUNCT", ".", "punct", 3, "O"),
    ]
    return layout_of([row[:5] for row in rows], ents=[row[5] for row in rows])


def test_a_name_after_the_closing_mark_is_the_speaker_whatever_its_first_word_was_tagged() -> None:
    layout = quoted_then_named("Riverton", "B-GPE")
    statement = final_reporting_clause(layout.doc[11], said(11), layout, _ENGLISH)
    assert statement is not None
    assert statement.speaker == 10  # "Lee"
    # The quoted words, with the opening mark that the kind stage cuts off.
    assert layout.text[statement.start : statement.end] == "\u201cWe will act"


def test_a_verb_that_names_nothing_before_the_name_is_no_reporting_clause() -> None:
    # Negative: "running police Chief Ana Lee said": a real verb is no part of a name.
    layout = quoted_then_named("running", "O")
    assert final_reporting_clause(layout.doc[11], said(11), layout, _ENGLISH) is None


def _label_layout(second: list[Row], ents: list[str]) -> Layout:
    """'Ana Ruiz: We will win.' (the recogniser tagging no name in it), a blank line, then
    ``second``, a sentence whose heads count from its own first token."""
    first: list[Row] = [
        ("Ana", "PROPN", "NNP", "compound", 1),
        ("Ruiz", "PROPN", "NNP", "ROOT", 1),
        (":", "PUNCT", ":", "punct", 1),
        ("We", "PRON", "PRP", "nsubj", 5),
        ("will", "AUX", "MD", "aux", 5),
        ("win", "VERB", "VB", "parataxis", 1),
        (".", "PUNCT", ".", "punct", 1),
        ("\n\n", "SPACE", "_SP", "dep", 6),
    ]
    rows = first + [(w, p, t, d, h + len(first)) for w, p, t, d, h in second]
    return layout_of(rows, ["O"] * len(first) + ents, starts=(0, len(first)))


@pytest.mark.parametrize(
    ("second", "ents", "found"),
    [
        pytest.param(
            [
                ("Ana", "PROPN", "NNP", "compound", 1),
                ("Ruiz", "PROPN", "NNP", "nsubj", 2),
                ("spoke", "VERB", "VBD", "ROOT", 2),
                (".", "PUNCT", ".", "punct", 2),
            ],
            ["B-PERSON", "I-PERSON", "O", "O"],
            [(1, "We will win.")],
            id="the recogniser tags the label's name elsewhere: a speaker",
        ),
        pytest.param(
            [
                ("The", "DET", "DT", "det", 1),
                ("crowd", "NOUN", "NN", "nsubj", 2),
                ("cheered", "VERB", "VBD", "ROOT", 2),
                (".", "PUNCT", ".", "punct", 2),
            ],
            ["O", "O", "O", "O"],
            [],
            id="negative: an untagged label the article never names",
        ),
    ],
)
def test_an_untagged_label_speaks_when_the_article_names_it_elsewhere(
    second: list[Row], ents: list[str], found: list[tuple[int, str]]
) -> None:
    layout = _label_layout(second, ents)
    assert layout.text.startswith("Ana Ruiz: We will win.\n\n")
    statements = labelled_statements(layout, _ENGLISH)
    assert [(s.speaker, layout.text[s.start : s.end]) for s in statements] == found


def told_by_a_described_aide() -> Layout:
    """ "The mill will reopen in May, her aide, Tom Becker, told reporters." with "told"
    coordinated with the statement's verb and the name apposed to "aide" (the parse a small
    model made of such a sentence)."""
    rows: list[Row] = [
        ("The", "DET", "DT", "det", 1),
        ("mill", "NOUN", "NN", "nsubj", 3),
        ("will", "AUX", "MD", "aux", 3),
        ("reopen", "VERB", "VB", "ROOT", 3),
        ("in", "ADP", "IN", "prep", 3),
        ("May", "PROPN", "NNP", "pobj", 4),
        (",", "PUNCT", ",", "punct", 5),
        ("her", "PRON", "PRP$", "poss", 8),
        ("aide", "NOUN", "NN", "nsubj", 12),
        (",", "PUNCT", ",", "punct", 8),
        ("Tom", "PROPN", "NNP", "compound", 11),
        ("Becker", "PROPN", "NNP", "appos", 8),
        (",", "PUNCT", ",", "punct", 8),
        ("told", "VERB", "VBD", "conj", 3),
        ("reporters", "NOUN", "NNS", "dobj", 12),
        (".", "PUNCT", ".", "punct", 12),
    ]
    rows = [(w, p, t, d, h if h != 12 else 13) for w, p, t, d, h in rows]
    return layout_of(rows)


def test_a_final_reporting_clause_whose_subject_has_an_aside_names_the_speaker() -> None:
    layout = told_by_a_described_aide()
    statement = final_reporting_clause(layout.doc[13], said(13), layout, _ENGLISH)
    assert statement is not None
    assert statement.speaker == 11  # "Becker"
    assert layout.text[statement.start : statement.end] == "The mill will reopen in May"


def test_negative_a_described_subject_opening_its_sentence_reports_nothing_before_it() -> None:
    # "Her aide, Tom Becker, told reporters.": no words before the subject to report.
    rows: list[Row] = [
        ("Her", "PRON", "PRP$", "poss", 1),
        ("aide", "NOUN", "NN", "nsubj", 6),
        (",", "PUNCT", ",", "punct", 1),
        ("Tom", "PROPN", "NNP", "compound", 4),
        ("Becker", "PROPN", "NNP", "appos", 1),
        (",", "PUNCT", ",", "punct", 1),
        ("told", "VERB", "VBD", "ROOT", 6),
        ("reporters", "NOUN", "NNS", "dobj", 6),
        (".", "PUNCT", ".", "punct", 6),
    ]
    layout = layout_of(rows)
    assert final_reporting_clause(layout.doc[6], said(6), layout, _ENGLISH) is None


def quoted_then_described(after: list[Row]) -> Layout:
    """'"We were lucky," Mr. Lund, now retired in Oslo, said <after>.' with "retired" read
    as the name's verb and "said" coordinated with the quoted verb (the parse a small model
    made of a real article)."""
    rows: list[tuple[str, str, str, str, int, str]] = [
        ("\u201c", "PUNCT", "``", "punct", 2, "O"),
        ("We", "PRON", "PRP", "nsubj", 2, "O"),
        ("were", "AUX", "VBD", "ROOT", 2, "O"),
        ("lucky", "ADJ", "JJ", "acomp", 2, "O"),
        (",", "PUNCT", ",", "punct", 2, "O"),
        ("\u201d", "PUNCT", "''", "punct", 2, "O"),
        ("Mr.", "PROPN", "NNP", "compound", 7, "O"),
        ("Lund", "PROPN", "NNP", "nsubj", 10, "B-PERSON"),
        (",", "PUNCT", ",", "punct", 7, "O"),
        ("now", "ADV", "RB", "advmod", 10, "O"),
        ("retired", "VERB", "VBD", "conj", 2, "O"),
        ("in", "ADP", "IN", "prep", 10, "O"),
        ("Oslo", "PROPN", "NNP", "pobj", 11, "B-GPE"),
        (",", "PUNCT", ",", "punct", 10, "O"),
        ("said", "VERB", "VBD", "conj", 2, "O"),
    ]
    rows += [(w, p, t, d, h, "O") for w, p, t, d, h in after]
    rows.append((".", "PUNCT", ".", "punct", 2, "O"))
    return layout_of([r[:5] for r in rows], [r[5] for r in rows])


def test_a_name_after_the_closing_mark_speaks_past_an_aside_the_parse_made_its_verb() -> None:
    layout = quoted_then_described(
        [("by", "ADP", "IN", "prep", 14), ("phone", "NOUN", "NN", "pobj", 15)]
    )
    statement = final_reporting_clause(layout.doc[14], said(14), layout, _ENGLISH)
    assert statement is not None
    assert statement.speaker == 7  # "Lund"
    assert layout.text[statement.start : statement.end] == "\u201cWe were lucky"


def test_negative_a_name_after_the_closing_mark_with_a_clause_after_the_cue() -> None:
    # '... said the mill would close.': the cue reports the clause after it.
    layout = quoted_then_described(
        [
            ("the", "DET", "DT", "det", 16),
            ("mill", "NOUN", "NN", "nsubj", 18),
            ("would", "AUX", "MD", "aux", 18),
            ("close", "VERB", "VB", "ccomp", 14),
        ]
    )
    assert final_reporting_clause(layout.doc[14], said(14), layout, _ENGLISH) is None
