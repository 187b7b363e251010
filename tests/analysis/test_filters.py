"""The filters over hand-built parses and drafts: what is not an attributed statement.

Each case builds the parse and the draft a cue would give, so that the test asks one
question of the filters: keep this draft, or drop it.
"""

from __future__ import annotations

import pytest

from hand_layouts import Row, hand_layout
from quoteattr import Attribution, QuoteKind
from quoteattr.analysis.cues import CueForm, CueMatch
from quoteattr.analysis.filters import keep_statements
from quoteattr.analysis.layout import Layout
from quoteattr.analysis.values import Draft
from quoteattr.lexicon import Lexicon

_ENGLISH = Lexicon.english()
_LEMMAS = {
    "said": "say",
    "asked": "ask",
    "explained": "explain",
    "declined": "decline",
    "shows": "show",
    "was": "be",
    "called": "call",
    "condemned": "condemn",
    "failed": "fail",
    "worked": "work",
}


def layout_of(rows: list[Row]) -> Layout:
    """The layout of a hand-built parse with this module's lemmas."""
    return hand_layout(rows, _LEMMAS)


def draft(
    layout: Layout,
    cue: int,
    content: tuple[int, int],
    speaker: int | None,
    kind: QuoteKind = QuoteKind.INDIRECT,
) -> Draft:
    """The draft of the verb cue at ``cue``, its content over the tokens ``content``."""
    doc = layout.doc
    first, last = doc[content[0]], doc[content[1]]
    lemma = doc[cue].lemma_
    category = _ENGLISH.cue_verbs[lemma]
    match = CueMatch(cue, (cue,), lemma, category, False, CueForm.VERB)
    parts = ((first.idx, last.idx + len(last)),)
    return Draft(match, parts, speaker, Attribution.SUBJECT, kind=kind)


def kept(layout: Layout, found: Draft, unpaired: tuple[int, ...] = ()) -> bool:
    return keep_statements([found], layout, _ENGLISH, unpaired=unpaired) == [found]


def agree_rows(subject: str, tag: str, pos: str) -> list[Row]:
    """ "<subject> can all agree that the plan failed ." """
    return [
        (subject, tag, pos, "nsubj", 3),
        ("can", "MD", "AUX", "aux", 3),
        ("all", "RB", "ADV", "advmod", 3),
        ("agree", "VB", "VERB", "ROOT", 3),
        ("that", "IN", "SCONJ", "mark", 7),
        ("the", "DT", "DET", "det", 6),
        ("plan", "NN", "NOUN", "nsubj", 7),
        ("failed", "VBD", "VERB", "ccomp", 3),
        (".", ".", "PUNCT", "punct", 3),
    ]


def test_we_outside_quote_marks_is_the_writer_s_own_voice() -> None:
    layout = layout_of(agree_rows("We", "PRP", "PRON"))
    assert not kept(layout, draft(layout, 3, (5, 7), 0))


def test_third_person_speaker_of_the_same_sentence_is_kept() -> None:
    layout = layout_of(agree_rows("Officials", "NNS", "NOUN"))
    assert kept(layout, draft(layout, 3, (5, 7), 0))


# "“We can all agree that the plan failed,” she said."
WE_INSIDE_QUOTE: list[Row] = [
    ("\u201c", "``", "PUNCT", "punct", 4),
    ("We", "PRP", "PRON", "nsubj", 4),
    ("can", "MD", "AUX", "aux", 4),
    ("all", "RB", "ADV", "advmod", 4),
    ("agree", "VB", "VERB", "ccomp", 13),
    ("that", "IN", "SCONJ", "mark", 8),
    ("the", "DT", "DET", "det", 7),
    ("plan", "NN", "NOUN", "nsubj", 8),
    ("failed", "VBD", "VERB", "ccomp", 4),
    (",", ",", "PUNCT", "punct", 13),
    ("\u201d", "''", "PUNCT", "punct", 13),
    ("she", "PRP", "PRON", "nsubj", 13),
    ("said", "VBD", "VERB", "ROOT", 13),
    (".", ".", "PUNCT", "punct", 13),
]


def test_we_inside_quote_marks_is_the_quoted_speaker_s_and_kept() -> None:
    layout = layout_of(WE_INSIDE_QUOTE)
    assert kept(layout, draft(layout, 4, (6, 8), 1))


SAID_NO: list[Row] = [
    ("She", "PRP", "PRON", "nsubj", 1),
    ("said", "VBD", "VERB", "ROOT", 1),
    ("no", "UH", "INTJ", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
]


SAID_SO: list[Row] = [
    ("She", "PRP", "PRON", "nsubj", 1),
    ("said", "VBD", "VERB", "ROOT", 1),
    ("so", "RB", "ADV", "advmod", 1),
    (".", ".", "PUNCT", "punct", 1),
]


def test_indirect_report_of_one_word_is_dropped() -> None:
    layout = layout_of(SAID_SO)
    assert not kept(layout, draft(layout, 1, (2, 2), 0))


def test_a_one_word_answer_is_kept() -> None:
    # "She said no.": the answer to a question put to her is what she said.
    layout = layout_of(SAID_NO)
    assert kept(layout, draft(layout, 1, (2, 2), 0))


def test_direct_quote_of_one_word_is_not_weighed_by_length() -> None:
    layout = layout_of(SAID_NO)
    assert kept(layout, draft(layout, 1, (2, 2), 0, QuoteKind.DIRECT))


ASKED_WHETHER: list[Row] = [
    ("She", "PRP", "PRON", "nsubj", 1),
    ("asked", "VBD", "VERB", "ROOT", 1),
    ("whether", "IN", "SCONJ", "mark", 5),
    ("the", "DT", "DET", "det", 4),
    ("plan", "NN", "NOUN", "nsubj", 5),
    ("failed", "VBD", "VERB", "ccomp", 1),
    (".", ".", "PUNCT", "punct", 1),
]

ASKED_TO_DELAY: list[Row] = [
    ("She", "PRP", "PRON", "nsubj", 1),
    ("asked", "VBD", "VERB", "ROOT", 1),
    ("the", "DT", "DET", "det", 3),
    ("board", "NN", "NOUN", "dobj", 1),
    ("to", "TO", "PART", "aux", 5),
    ("delay", "VB", "VERB", "xcomp", 1),
    ("the", "DT", "DET", "det", 7),
    ("vote", "NN", "NOUN", "dobj", 5),
    (".", ".", "PUNCT", "punct", 1),
]


def test_indirect_question_is_dropped() -> None:
    layout = layout_of(ASKED_WHETHER)
    assert not kept(layout, draft(layout, 1, (2, 5), 0))


def test_request_to_act_is_a_statement() -> None:
    layout = layout_of(ASKED_TO_DELAY)
    assert kept(layout, draft(layout, 1, (2, 7), 0))


def explain_rows(*, declined: bool) -> list[Row]:
    """ "She explained how the scheme worked ." or "She declined to explain how ..." """
    lead: list[Row] = [("She", "PRP", "PRON", "nsubj", 1)]
    if declined:
        lead += [
            ("declined", "VBD", "VERB", "ROOT", 1),
            ("to", "TO", "PART", "aux", 3),
            ("explain", "VB", "VERB", "xcomp", 1),
        ]
    else:
        lead += [("explained", "VBD", "VERB", "ROOT", 1)]
    cue = len(lead) - 1
    return [
        *lead,
        ("how", "WRB", "SCONJ", "advmod", cue + 4),
        ("the", "DT", "DET", "det", cue + 3),
        ("scheme", "NN", "NOUN", "nsubj", cue + 4),
        ("worked", "VBD", "VERB", "ccomp", cue),
        (".", ".", "PUNCT", "punct", 1),
    ]


@pytest.mark.parametrize(
    ("declined", "expected"),
    [pytest.param(False, True, id="explained how"), pytest.param(True, False, id="declined to")],
)
def test_how_clause_is_a_statement_only_when_explained(declined: bool, expected: bool) -> None:
    layout = layout_of(explain_rows(declined=declined))
    cue = 3 if declined else 1
    assert kept(layout, draft(layout, cue, (cue + 1, cue + 4), 0)) is expected


FOOTAGE_SHOWS: list[Row] = [
    ("The", "DT", "DET", "det", 1),
    ("footage", "NN", "NOUN", "nsubj", 2),
    ("shows", "VBZ", "VERB", "ROOT", 2),
    ("he", "PRP", "PRON", "nsubj", 4),
    ("was", "VBD", "AUX", "ccomp", 2),
    ("unarmed", "JJ", "ADJ", "acomp", 4),
    (".", ".", "PUNCT", "punct", 2),
]


def test_thing_cited_as_evidence_is_no_speaker() -> None:
    layout = layout_of(FOOTAGE_SHOWS)
    assert not kept(layout, draft(layout, 2, (3, 5), 1))


# "They condemned what he called a “brazen breach”."
NAMED_THING: list[Row] = [
    ("They", "PRP", "PRON", "nsubj", 1),
    ("condemned", "VBD", "VERB", "ROOT", 1),
    ("what", "WP", "PRON", "dobj", 4),
    ("he", "PRP", "PRON", "nsubj", 4),
    ("called", "VBD", "VERB", "ccomp", 1),
    ("a", "DT", "DET", "det", 8),
    ("\u201c", "``", "PUNCT", "punct", 8),
    ("brazen", "JJ", "ADJ", "amod", 8),
    ("breach", "NN", "NOUN", "oprd", 4),
    ("\u201d", "''", "PUNCT", "punct", 8),
    (".", ".", "PUNCT", "punct", 1),
]


def test_object_named_by_someone_else_is_not_what_the_cue_reports() -> None:
    layout = layout_of(NAMED_THING)
    assert not kept(layout, draft(layout, 1, (2, 9), 0, QuoteKind.MIXED))


def test_statement_beside_an_unpaired_quote_mark_is_dropped() -> None:
    layout = layout_of(ASKED_TO_DELAY)
    found = draft(layout, 1, (2, 7), 0)
    assert not kept(layout, found, unpaired=(found.end,))
    assert kept(layout, found, unpaired=(found.end + 2,))
