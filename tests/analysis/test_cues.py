"""Which words are cues, over hand-built parses."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from hand_layouts import doc_layout
from quoteattr.analysis.cues import CueForm, find_cues
from quoteattr.lexicon import Lexicon
from quoteattr.records import CueCategory

_VOCAB = spacy.blank("en").vocab


def test_participle_used_as_an_adjective_is_no_cue() -> None:
    doc = Doc(
        _VOCAB,
        words=["She", "won", "the", "pledged", "delegates", "."],
        pos=["PRON", "VERB", "DET", "VERB", "NOUN", "PUNCT"],
        tags=["PRP", "VBD", "DT", "VBN", "NNS", "."],
        deps=["nsubj", "ROOT", "det", "amod", "dobj", "punct"],
        heads=[1, 1, 4, 4, 1, 1],
        lemmas=["she", "win", "the", "pledge", "delegate", "."],
    )
    assert find_cues(doc_layout(doc), Lexicon.english()) == []


def test_plural_noun_with_a_subject_and_a_clause_is_read_as_a_verb() -> None:
    # "Prices will rise , the director maintains ." with "maintains" tagged NNS
    doc = Doc(
        _VOCAB,
        words=["Prices", "will", "rise", ",", "the", "director", "maintains", "."],
        pos=["NOUN", "AUX", "VERB", "PUNCT", "DET", "NOUN", "NOUN", "PUNCT"],
        tags=["NNS", "MD", "VB", ",", "DT", "NN", "NNS", "."],
        deps=["nsubj", "aux", "ccomp", "punct", "det", "nsubj", "ROOT", "punct"],
        heads=[2, 2, 6, 6, 5, 6, 6, 6],
        lemmas=["price", "will", "rise", ",", "the", "director", "maintain", "."],
    )
    assert [doc[c.head].text for c in find_cues(doc_layout(doc), Lexicon.english())] == [
        "maintains"
    ]


Row = tuple[str, str, str, str, int]  # word, tag, pos, dep, head index


def parse(rows: list[Row], lemmas: dict[int, str] | None = None) -> Doc:
    """A doc from rows; lemmas are the lower-cased words unless given by index."""
    words, tags, pos, deps, heads = (list(column) for column in zip(*rows, strict=True))
    given = lemmas or {}
    return Doc(
        _VOCAB,
        words=words,
        tags=tags,
        pos=pos,
        deps=deps,
        heads=heads,
        lemmas=[given.get(i, w.lower()) for i, w in enumerate(words)],
    )


def test_light_verb_with_its_object_is_one_assertive_cue() -> None:
    # "Officials made clear they would not resign ."
    doc = parse(
        [
            ("Officials", "NNS", "NOUN", "nsubj", 1),
            ("made", "VBD", "VERB", "ROOT", 1),
            ("clear", "JJ", "ADJ", "oprd", 1),
            ("they", "PRP", "PRON", "nsubj", 6),
            ("would", "MD", "AUX", "aux", 6),
            ("not", "RB", "PART", "neg", 6),
            ("resign", "VB", "VERB", "ccomp", 1),
            (".", ".", "PUNCT", "punct", 1),
        ],
        {1: "make"},
    )
    (cue,) = find_cues(doc_layout(doc), Lexicon.english())
    assert (cue.lemma, cue.tokens, cue.category, cue.form) == (
        "make clear",
        (1, 2),
        CueCategory.ASSERTIVE,
        CueForm.VERB,
    )
    assert not cue.negated  # the "not" is the content's


def test_light_verb_without_its_object_is_no_cue() -> None:
    # "Officials made changes ."
    doc = parse(
        [
            ("Officials", "NNS", "NOUN", "nsubj", 1),
            ("made", "VBD", "VERB", "ROOT", 1),
            ("changes", "NNS", "NOUN", "dobj", 1),
            (".", ".", "PUNCT", "punct", 1),
        ],
        {1: "make"},
    )
    assert find_cues(doc_layout(doc), Lexicon.english()) == []


def test_verb_with_its_particle_is_one_assertive_cue() -> None:
    # "The mayor fired back that the plan was late ."
    doc = parse(
        [
            ("The", "DT", "DET", "det", 1),
            ("mayor", "NN", "NOUN", "nsubj", 2),
            ("fired", "VBD", "VERB", "ROOT", 2),
            ("back", "RB", "ADV", "advmod", 2),
            ("that", "IN", "SCONJ", "mark", 7),
            ("the", "DT", "DET", "det", 6),
            ("plan", "NN", "NOUN", "nsubj", 7),
            ("was", "VBD", "AUX", "ccomp", 2),
            ("late", "JJ", "ADJ", "acomp", 7),
            (".", ".", "PUNCT", "punct", 2),
        ],
        {2: "fire", 7: "be"},
    )
    (cue,) = find_cues(doc_layout(doc), Lexicon.english())
    assert (cue.lemma, cue.tokens, cue.category) == ("fire back", (2, 3), CueCategory.ASSERTIVE)


def test_negative_verb_without_its_particle_is_no_cue() -> None:
    # "The mayor fired the clerk ."
    doc = parse(
        [
            ("The", "DT", "DET", "det", 1),
            ("mayor", "NN", "NOUN", "nsubj", 2),
            ("fired", "VBD", "VERB", "ROOT", 2),
            ("the", "DT", "DET", "det", 4),
            ("clerk", "NN", "NOUN", "dobj", 2),
            (".", ".", "PUNCT", "punct", 2),
        ],
        {2: "fire"},
    )
    assert find_cues(doc_layout(doc), Lexicon.english()) == []


def test_cue_with_a_negation_is_negated() -> None:
    # "She did not deny the report ."
    doc = parse(
        [
            ("She", "PRP", "PRON", "nsubj", 3),
            ("did", "VBD", "AUX", "aux", 3),
            ("not", "RB", "PART", "neg", 3),
            ("deny", "VB", "VERB", "ROOT", 3),
            ("the", "DT", "DET", "det", 5),
            ("report", "NN", "NOUN", "dobj", 3),
            (".", ".", "PUNCT", "punct", 3),
        ]
    )
    cues = find_cues(doc_layout(doc), Lexicon.english())
    assert [(c.lemma, c.category, c.negated, c.form) for c in cues] == [
        ("deny", CueCategory.DENIAL, True, CueForm.VERB),
        ("report", CueCategory.ANNOUNCEMENT, False, CueForm.NOUN),
    ]


def test_verb_that_reports_only_with_its_preposition_is_a_cue_with_it() -> None:
    # "Unions pushed for a repeal ."
    doc = parse(
        [
            ("Unions", "NNS", "NOUN", "nsubj", 1),
            ("pushed", "VBD", "VERB", "ROOT", 1),
            ("for", "IN", "ADP", "prep", 1),
            ("a", "DT", "DET", "det", 4),
            ("repeal", "NN", "NOUN", "pobj", 2),
            (".", ".", "PUNCT", "punct", 1),
        ],
        {1: "push"},
    )
    (cue,) = find_cues(doc_layout(doc), Lexicon.english())
    assert (cue.lemma, cue.tokens, cue.category) == ("push", (1,), CueCategory.ASSERTIVE)


def test_verb_that_reports_only_with_its_preposition_is_no_cue_without_it() -> None:
    # "Unions pushed the cart ."
    doc = parse(
        [
            ("Unions", "NNS", "NOUN", "nsubj", 1),
            ("pushed", "VBD", "VERB", "ROOT", 1),
            ("the", "DT", "DET", "det", 3),
            ("cart", "NN", "NOUN", "dobj", 1),
            (".", ".", "PUNCT", "punct", 1),
        ],
        {1: "push"},
    )
    assert find_cues(doc_layout(doc), Lexicon.english()) == []


def test_source_phrase_is_a_two_word_source_cue() -> None:
    # "The man fled , according to police ."
    doc = parse(
        [
            ("The", "DT", "DET", "det", 1),
            ("man", "NN", "NOUN", "nsubj", 2),
            ("fled", "VBD", "VERB", "ROOT", 2),
            (",", ",", "PUNCT", "punct", 2),
            ("according", "VBG", "VERB", "prep", 2),
            ("to", "IN", "ADP", "prep", 4),
            ("police", "NNS", "NOUN", "pobj", 5),
            (".", ".", "PUNCT", "punct", 2),
        ],
        {2: "flee", 4: "accord"},
    )
    (cue,) = find_cues(doc_layout(doc), Lexicon.english())
    assert (cue.head, cue.tokens, cue.lemma, cue.category, cue.form) == (
        4,
        (4, 5),
        "according to",
        CueCategory.SOURCE,
        CueForm.SOURCE,
    )


def test_extended_negations_negate_a_cue() -> None:
    # "Officials hardly said that ." with "hardly" made a negation by the caller
    rows: list[Row] = [
        ("Officials", "NNS", "NOUN", "nsubj", 2),
        ("hardly", "RB", "ADV", "advmod", 2),
        ("said", "VBD", "VERB", "ROOT", 2),
        ("that", "DT", "PRON", "dobj", 2),
        (".", ".", "PUNCT", "punct", 2),
    ]
    doc = parse(rows, {2: "say"})
    assert [c.negated for c in find_cues(doc_layout(doc), Lexicon.english())] == [False]
    extended = Lexicon.english().extend(negations={"hardly"})
    assert [c.negated for c in find_cues(doc_layout(doc), extended)] == [True]
