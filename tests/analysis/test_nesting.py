"""The nesting stage over hand-built parses and drafts: parents, self-reports, inner cuts.

Building the parse and the drafts by hand tests the stage alone: what the parser and the
earlier stages would make of these sentences is not the point here.
"""

from __future__ import annotations

from hand_layouts import Row, hand_layout
from quoteattr import Attribution, QuoteKind
from quoteattr.analysis.boundaries import stop_before_outer_clause
from quoteattr.analysis.cues import CueCategory, CueForm, CueMatch
from quoteattr.analysis.layout import Layout
from quoteattr.analysis.nesting import nest, outer_speakers
from quoteattr.analysis.values import Draft
from quoteattr.lexicon import Lexicon

_ENGLISH = Lexicon.english()
_LEMMAS = {"said": "say", "told": "tell", "admitted": "admit", "reported": "report"}


def layout_of(rows: list[Row]) -> Layout:
    """The layout of a hand-built parse with this module's lemmas."""
    return hand_layout(rows, _LEMMAS)


def draft(
    layout: Layout,
    cue: int,
    content: tuple[int, int],
    speaker: int | None,
    kind: QuoteKind,
    attribution: Attribution = Attribution.SUBJECT,
) -> Draft:
    """A draft whose cue is the token at ``cue`` and whose content runs over the tokens
    ``content`` (first, last)."""
    doc = layout.doc
    first, last = doc[content[0]], doc[content[1]]
    lemma = doc[cue].lemma_
    match = CueMatch(cue, (cue,), lemma, CueCategory.NEUTRAL, False, CueForm.VERB)
    parts = ((first.idx, last.idx + len(last)),)
    return Draft(match, parts, speaker, attribution, kind=kind)


def content(layout: Layout, found: Draft) -> str:
    return " | ".join(layout.text[s:e] for s, e in found.parts)


# "“I told them we would win,” she said."
FIRST_PERSON_INSIDE: list[Row] = [
    ("\u201c", "``", "PUNCT", "punct", 2),
    ("I", "PRP", "PRON", "nsubj", 2),
    ("told", "VBD", "VERB", "ccomp", 10),
    ("them", "PRP", "PRON", "dative", 2),
    ("we", "PRP", "PRON", "nsubj", 6),
    ("would", "MD", "AUX", "aux", 6),
    ("win", "VB", "VERB", "ccomp", 2),
    (",", ",", "PUNCT", "punct", 10),
    ("\u201d", "''", "PUNCT", "punct", 10),
    ("she", "PRP", "PRON", "nsubj", 10),
    ("said", "VBD", "VERB", "ROOT", 10),
    (".", ".", "PUNCT", "punct", 10),
]
# The words of the first case with the mayor as the inner speaker: "“The mayor told ...".
THIRD_PARTY_INSIDE: list[Row] = [
    ("\u201c", "``", "PUNCT", "punct", 3),
    ("The", "DT", "DET", "det", 2),
    ("mayor", "NN", "NOUN", "nsubj", 3),
    ("told", "VBD", "VERB", "ccomp", 11),
    ("them", "PRP", "PRON", "dative", 3),
    ("we", "PRP", "PRON", "nsubj", 7),
    ("would", "MD", "AUX", "aux", 7),
    ("win", "VB", "VERB", "ccomp", 3),
    (",", ",", "PUNCT", "punct", 11),
    ("\u201d", "''", "PUNCT", "punct", 11),
    ("she", "PRP", "PRON", "nsubj", 11),
    ("said", "VBD", "VERB", "ROOT", 11),
    (".", ".", "PUNCT", "punct", 11),
]


def test_report_by_i_inside_a_quote_is_the_quoted_speaker_s_own_talk() -> None:
    layout = layout_of(FIRST_PERSON_INSIDE)
    outer = draft(layout, 10, (1, 6), 9, QuoteKind.DIRECT, Attribution.POSTPOSED)
    inner = draft(layout, 2, (4, 6), 1, QuoteKind.INDIRECT)
    nesting = nest([outer, inner], layout, _ENGLISH)
    assert nesting.drafts == (outer,)
    assert nesting.parents == (None,)


def test_report_by_a_third_party_inside_a_quote_is_kept_with_its_parent() -> None:
    layout = layout_of(THIRD_PARTY_INSIDE)
    outer = draft(layout, 11, (1, 7), 10, QuoteKind.DIRECT, Attribution.POSTPOSED)
    inner = draft(layout, 3, (5, 7), 2, QuoteKind.INDIRECT)
    nesting = nest([outer, inner], layout, _ENGLISH)
    assert nesting.drafts == (outer, inner)
    assert nesting.parents == (None, 0)
    assert content(layout, nesting.drafts[1]) == "we would win"


def test_report_with_no_speaker_inside_a_quote_is_dropped() -> None:
    layout = layout_of(THIRD_PARTY_INSIDE)
    outer = draft(layout, 11, (1, 7), 10, QuoteKind.DIRECT, Attribution.POSTPOSED)
    inner = draft(layout, 3, (5, 7), None, QuoteKind.INDIRECT)
    assert nest([outer, inner], layout, _ENGLISH).drafts == (outer,)


def test_quoted_verb_given_the_reporting_clause_s_speaker_is_part_of_the_quote() -> None:
    # '"The mayor told them we would win," she said': were "told" read with "she" (outside
    # the quote) as its speaker, it would re-report her own quoted words as hers.
    layout = layout_of(THIRD_PARTY_INSIDE)
    outer = draft(layout, 11, (1, 7), 10, QuoteKind.DIRECT, Attribution.POSTPOSED)
    inner = draft(layout, 3, (5, 7), 10, QuoteKind.INDIRECT)
    assert nest([outer, inner], layout, _ENGLISH).drafts == (outer,)


def test_dropped_parent_passes_its_own_parent_on() -> None:
    layout = layout_of(FIRST_PERSON_INSIDE)
    outer = draft(layout, 10, (1, 6), 9, QuoteKind.DIRECT, Attribution.POSTPOSED)
    middle = draft(layout, 2, (3, 6), 1, QuoteKind.INDIRECT)  # "I told": dropped
    # a statement held by both (its cue and speaker stand in for any third party's)
    innermost = draft(layout, 6, (6, 6), 3, QuoteKind.INDIRECT)
    nesting = nest([outer, middle, innermost], layout, _ENGLISH)
    assert nesting.drafts == (outer, innermost)
    assert nesting.parents == (None, 0)


# "The Iranian government admitted that several of its drones were lost, a broadcaster
# reported." with the parser hanging the outer reporting clause inside the inner content.
OUTER_CLAUSE_INSIDE: list[Row] = [
    ("The", "DT", "DET", "det", 2),
    ("Iranian", "JJ", "ADJ", "amod", 2),
    ("government", "NN", "NOUN", "nsubj", 3),
    ("admitted", "VBD", "VERB", "ccomp", 17),
    ("that", "IN", "SCONJ", "mark", 10),
    ("several", "JJ", "ADJ", "nsubjpass", 10),
    ("of", "IN", "ADP", "prep", 5),
    ("its", "PRP$", "PRON", "poss", 8),
    ("drones", "NNS", "NOUN", "pobj", 6),
    ("were", "VBD", "AUX", "auxpass", 10),
    ("lost", "VBN", "VERB", "ccomp", 3),
    ("in", "IN", "ADP", "prep", 10),
    ("the", "DT", "DET", "det", 13),
    ("attack", "NN", "NOUN", "pobj", 11),
    (",", ",", "PUNCT", "punct", 17),
    ("a", "DT", "DET", "det", 16),
    ("broadcaster", "NN", "NOUN", "nsubj", 17),
    ("reported", "VBD", "VERB", "ROOT", 17),
    (".", ".", "PUNCT", "punct", 17),
]


def test_inner_statement_stops_before_the_outer_reporting_clause() -> None:
    layout = layout_of(OUTER_CLAUSE_INSIDE)
    outer = draft(layout, 17, (0, 13), 16, QuoteKind.INDIRECT, Attribution.POSTPOSED)
    inner = draft(layout, 3, (5, 17), 2, QuoteKind.INDIRECT)
    nesting = nest([outer, inner], layout, _ENGLISH)
    assert nesting.parents == (None, 0)
    assert content(layout, nesting.drafts[1]) == "several of its drones were lost in the attack"
    assert nesting.drafts[0] == outer


def test_statement_without_parent_is_not_cut() -> None:
    layout = layout_of(OUTER_CLAUSE_INSIDE)
    inner = draft(layout, 3, (5, 17), 2, QuoteKind.INDIRECT)
    assert stop_before_outer_clause([inner], [None], layout) == [inner]


def test_first_person_inside_a_quote_is_the_quote_s_speaker() -> None:
    layout = layout_of(FIRST_PERSON_INSIDE)
    outer = draft(layout, 10, (1, 6), 9, QuoteKind.DIRECT, Attribution.POSTPOSED)
    assert outer_speakers([outer], [1, 9], layout, _ENGLISH) == {1: 9}


def test_first_person_inside_an_indirect_statement_has_no_outer_speaker() -> None:
    layout = layout_of(FIRST_PERSON_INSIDE)
    reported = draft(layout, 10, (1, 6), 9, QuoteKind.INDIRECT, Attribution.POSTPOSED)
    assert outer_speakers([reported], [1, 9], layout, _ENGLISH) == {}
