"""The speaker rules of speakers/choose.py over hand-built parses and drafts.

A speaker inside its own content gives way to the phrase by the cue, a date is no speaker,
a floating quote takes the speaker of the statement before it (the passage rule in full:
test_passage.py).
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from hand_layouts import doc_layout
from quoteattr import Attribution, CueCategory, QuoteKind
from quoteattr.analysis.cues import CueForm, CueMatch
from quoteattr.analysis.layout import Layout
from quoteattr.analysis.nesting import Nesting
from quoteattr.analysis.speakers.choose import (
    adjacent_speaker,
    by_position,
    choose_speakers,
    float_quotes,
)
from quoteattr.analysis.values import Draft
from quoteattr.lexicon import Lexicon

Row = tuple[str, str, str, str, int]  # word, tag, pos, dep, head index

_VOCAB = spacy.blank("en").vocab
_TIGHT_AFTER = {"\u201c", "\n\n"}
_TIGHT_BEFORE = {",", ".", "\u201d", "\n\n"}


def layout_of(rows: list[Row], ents: list[str] | None = None) -> Layout:
    """The layout of a hand-built parse; ``ents`` in IOB form ("B-DATE", "O")."""
    words, tags, pos, deps, heads = (list(column) for column in zip(*rows, strict=True))
    spaces = [
        word not in _TIGHT_AFTER and (i + 1 == len(words) or words[i + 1] not in _TIGHT_BEFORE)
        for i, word in enumerate(words)
    ]
    doc = Doc(
        _VOCAB,
        words=words,
        spaces=spaces,
        tags=tags,
        pos=pos,
        deps=deps,
        heads=heads,
        ents=ents,
    )
    return doc_layout(doc)


def draft(
    layout: Layout,
    cue: int | None,
    content: tuple[int, int],
    speaker: int | None,
    attribution: Attribution,
    kind: QuoteKind = QuoteKind.DIRECT,
) -> Draft:
    """A draft with the verb cue at ``cue`` and its content over the tokens ``content``."""
    doc = layout.doc
    first, last = doc[content[0]], doc[content[1]]
    match = None
    if cue is not None:
        match = CueMatch(cue, (cue,), "say", CueCategory.NEUTRAL, False, CueForm.VERB)
    return Draft(match, ((first.idx, last.idx + len(last)),), speaker, attribution, kind=kind)


# "“We will rebuild in Ohio,” Mr. Trump said." with "Ohio" taken for the subject of "said".
OHIO: list[Row] = [
    ("\u201c", "``", "PUNCT", "punct", 3),
    ("We", "PRP", "PRON", "nsubj", 3),
    ("will", "MD", "AUX", "aux", 3),
    ("rebuild", "VB", "VERB", "ccomp", 10),
    ("in", "IN", "ADP", "prep", 3),
    ("Ohio", "NNP", "PROPN", "nsubj", 10),
    (",", ",", "PUNCT", "punct", 10),
    ("\u201d", "''", "PUNCT", "punct", 10),
    ("Mr.", "NNP", "PROPN", "compound", 9),
    ("Trump", "NNP", "PROPN", "appos", 5),
    ("said", "VBD", "VERB", "ROOT", 10),
    (".", ".", "PUNCT", "punct", 10),
]


def test_speaker_inside_its_content_gives_way_to_the_name_by_the_cue() -> None:
    layout = layout_of(OHIO)
    (chosen,) = by_position([draft(layout, 10, (1, 5), 5, Attribution.SUBJECT)], layout)
    assert chosen.speaker == 9
    assert chosen.attribution is Attribution.POSTPOSED  # the speaker follows the content


def test_speaker_outside_its_content_is_kept() -> None:
    layout = layout_of(OHIO)
    found = draft(layout, 10, (1, 5), 9, Attribution.POSTPOSED)
    assert by_position([found], layout) == [found]


# "The files were moved to storage , Tom Ruiz , the aide , wrote ." with the name hung on
# "storage" as its appositive: the content, the clause the cue reports, ran over the speaker.
STORAGE: list[Row] = [
    ("The", "DT", "DET", "det", 1),
    ("files", "NNS", "NOUN", "nsubjpass", 3),
    ("were", "VBD", "AUX", "auxpass", 3),
    ("moved", "VBN", "VERB", "ccomp", 13),
    ("to", "IN", "ADP", "prep", 3),
    ("storage", "NN", "NOUN", "pobj", 4),
    (",", ",", "PUNCT", "punct", 5),
    ("Tom", "NNP", "PROPN", "compound", 8),
    ("Ruiz", "NNP", "PROPN", "appos", 5),
    (",", ",", "PUNCT", "punct", 8),
    ("the", "DT", "DET", "det", 11),
    ("aide", "NN", "NOUN", "appos", 8),
    (",", ",", "PUNCT", "punct", 13),
    ("wrote", "VBD", "VERB", "ROOT", 13),
    (".", ".", "PUNCT", "punct", 13),
]


def test_a_speaker_phrase_closing_the_content_is_cut_from_it() -> None:
    layout = layout_of(STORAGE)
    (chosen,) = by_position([draft(layout, 13, (0, 11), 8, Attribution.SUBJECT)], layout)
    assert chosen.speaker == 8
    (part,) = chosen.parts
    assert layout.text[part[0] : part[1]] == "The files were moved to storage"


# "The plan failed, officials said Thursday." with "Thursday" taken for the subject.
SAID_THURSDAY: list[Row] = [
    ("The", "DT", "DET", "det", 1),
    ("plan", "NN", "NOUN", "nsubj", 2),
    ("failed", "VBD", "VERB", "ccomp", 5),
    (",", ",", "PUNCT", "punct", 5),
    ("officials", "NNS", "NOUN", "npadvmod", 5),
    ("said", "VBD", "VERB", "ROOT", 5),
    ("Thursday", "NNP", "PROPN", "nsubj", 5),
    (".", ".", "PUNCT", "punct", 5),
]
THURSDAY_ENTS = ["O", "O", "O", "O", "O", "O", "B-DATE", "O"]


def test_date_taken_for_the_speaker_gives_way_to_the_phrase_by_the_cue() -> None:
    layout = layout_of(SAID_THURSDAY, THURSDAY_ENTS)
    found = draft(layout, 5, (0, 2), 6, Attribution.POSTPOSED, QuoteKind.INDIRECT)
    chosen = choose_speakers(Nesting((found,), (None,)), layout)
    assert chosen.drafts[0].speaker == 4
    assert chosen.parents == (None,)


# "The plan failed, said the 46-year-old." with the age labelled a date and "year" taken
# for the subject.
SAID_THE_AGED: list[Row] = [
    ("The", "DT", "DET", "det", 1),
    ("plan", "NN", "NOUN", "nsubj", 2),
    ("failed", "VBD", "VERB", "ccomp", 4),
    (",", ",", "PUNCT", "punct", 4),
    ("said", "VBD", "VERB", "ROOT", 4),
    ("the", "DT", "DET", "det", 10),
    ("46", "CD", "NUM", "nummod", 8),
    ("-", "HYPH", "PUNCT", "punct", 8),
    ("year", "NN", "NOUN", "nsubj", 4),
    ("-", "HYPH", "PUNCT", "punct", 10),
    ("old", "JJ", "ADJ", "amod", 8),
    (".", ".", "PUNCT", "punct", 4),
]
AGED_ENTS = ["O", "O", "O", "O", "O", "O", "B-DATE", "I-DATE", "I-DATE", "I-DATE", "I-DATE", "O"]


def test_a_person_described_by_age_is_a_speaker_though_labelled_a_date() -> None:
    layout = layout_of(SAID_THE_AGED, AGED_ENTS)
    found = draft(layout, 4, (0, 2), 8, Attribution.POSTPOSED, QuoteKind.INDIRECT)
    assert choose_speakers(Nesting((found,), (None,)), layout).drafts[0].speaker == 10


def test_negative_an_age_without_a_determiner_is_no_speaker() -> None:
    rows = [row for i, row in enumerate(SAID_THE_AGED) if i != 5]
    rows = [(w, t, p, d, h - 1 if h > 5 else h) for w, t, p, d, h in rows]
    ents = [e for i, e in enumerate(AGED_ENTS) if i != 5]
    layout = layout_of(rows, ents)
    found = draft(layout, 4, (0, 2), 7, Attribution.POSTPOSED, QuoteKind.INDIRECT)
    assert choose_speakers(Nesting((found,), (None,)), layout).drafts[0].speaker is None


# "The plan failed, said Thursday." with no one by the cue but the date.
NO_ONE_BUT_A_DATE: list[Row] = [
    ("The", "DT", "DET", "det", 1),
    ("plan", "NN", "NOUN", "nsubj", 2),
    ("failed", "VBD", "VERB", "ccomp", 4),
    (",", ",", "PUNCT", "punct", 4),
    ("said", "VBD", "VERB", "ROOT", 4),
    ("Thursday", "NNP", "PROPN", "nsubj", 4),
    (".", ".", "PUNCT", "punct", 4),
]


def test_date_with_no_one_by_the_cue_leaves_no_speaker() -> None:
    layout = layout_of(NO_ONE_BUT_A_DATE, ["O", "O", "O", "O", "O", "B-DATE", "O"])
    found = draft(layout, 4, (0, 2), 5, Attribution.POSTPOSED, QuoteKind.INDIRECT)
    assert choose_speakers(Nesting((found,), (None,)), layout).drafts[0].speaker is None


# "LISBON (Reuters) – Top donor Ivo Marsh said the vote was won." with the dateline and
# the name both taken for subjects of "said".
TWO_SUBJECTS: list[Row] = [
    ("LISBON", "NNP", "PROPN", "nsubj", 9),
    ("(", "-LRB-", "PUNCT", "punct", 2),
    ("Reuters", "NNP", "PROPN", "appos", 0),
    (")", "-RRB-", "PUNCT", "punct", 2),
    ("\u2013", ":", "PUNCT", "punct", 0),
    ("Top", "JJ", "ADJ", "amod", 6),
    ("donor", "NN", "NOUN", "compound", 8),
    ("Ivo", "NNP", "PROPN", "compound", 8),
    ("Marsh", "NNP", "PROPN", "nsubj", 9),
    ("said", "VBD", "VERB", "ROOT", 9),
    ("the", "DT", "DET", "det", 11),
    ("vote", "NN", "NOUN", "nsubjpass", 13),
    ("was", "VBD", "AUX", "auxpass", 13),
    ("won", "VBN", "VERB", "ccomp", 9),
    (".", ".", "PUNCT", "punct", 9),
]


def test_a_dateline_with_a_credit_gives_way_to_the_other_subject() -> None:
    layout = layout_of(TWO_SUBJECTS)
    found = draft(layout, 9, (10, 13), 0, Attribution.SUBJECT, QuoteKind.INDIRECT)
    assert choose_speakers(Nesting((found,), (None,)), layout).drafts[0].speaker == 8


# "“We will win,” she said.\n\n“The vote is ours.”"
FLOATING: list[Row] = [
    ("\u201c", "``", "PUNCT", "punct", 3),
    ("We", "PRP", "PRON", "nsubj", 3),
    ("will", "MD", "AUX", "aux", 3),
    ("win", "VB", "VERB", "ccomp", 7),
    (",", ",", "PUNCT", "punct", 7),
    ("\u201d", "''", "PUNCT", "punct", 7),
    ("she", "PRP", "PRON", "nsubj", 7),
    ("said", "VBD", "VERB", "ROOT", 7),
    (".", ".", "PUNCT", "punct", 7),
    ("\n\n", "_SP", "SPACE", "dep", 8),
    ("\u201c", "``", "PUNCT", "punct", 13),
    ("The", "DT", "DET", "det", 12),
    ("vote", "NN", "NOUN", "nsubj", 13),
    ("is", "VBZ", "AUX", "ROOT", 13),
    ("ours", "PRP", "PRON", "attr", 13),
    (".", ".", "PUNCT", "punct", 13),
    ("\u201d", "''", "PUNCT", "punct", 13),
]


def test_floating_quote_in_the_next_paragraph_continues_the_speaker_before_it() -> None:
    layout = layout_of(FLOATING)
    said = draft(layout, 7, (1, 3), 6, Attribution.POSTPOSED)
    floating = draft(layout, None, (11, 15), None, Attribution.FLOATING)
    settled = float_quotes([said, floating], layout, Lexicon.english())
    assert settled[0] == said
    assert settled[1].speaker == 6
    assert settled[1].attribution is Attribution.FLOATING


def test_floating_quote_with_no_statement_before_it_has_no_speaker() -> None:
    # "it said": no person introduced either ("she" as a main clause's subject would be).
    layout = layout_of([("it", *row[1:]) if row[0] == "she" else row for row in FLOATING])
    floating = draft(layout, None, (11, 15), None, Attribution.FLOATING)
    (settled,) = float_quotes([floating], layout, Lexicon.english())
    assert settled.speaker is None
    assert settled.attribution is Attribution.NONE


# "“Watch it,” said former tech executive Ana Diaz." with the quote's words taken for the
# cue's subject, so that the phrase after the cue is read by position.
AFTER_THE_CUE: list[Row] = [
    ("\u201c", "``", "PUNCT", "punct", 5),
    ("Watch", "VB", "VERB", "nsubj", 5),
    ("it", "PRP", "PRON", "dobj", 1),
    (",", ",", "PUNCT", "punct", 5),
    ("\u201d", "''", "PUNCT", "punct", 5),
    ("said", "VBD", "VERB", "ROOT", 5),
    ("former", "JJ", "ADJ", "amod", 8),
    ("tech", "NN", "NOUN", "compound", 8),
    ("executive", "NN", "NOUN", "compound", 10),
    ("Ana", "NNP", "PROPN", "compound", 10),
    ("Diaz", "NNP", "PROPN", "nsubj", 5),
    (".", ".", "PUNCT", "punct", 5),
]


def test_the_speaker_after_a_cue_is_the_head_its_first_noun_modifies() -> None:
    layout = layout_of(AFTER_THE_CUE)
    assert adjacent_speaker(layout.doc[5], layout) == 10  # "Diaz", not "tech"
