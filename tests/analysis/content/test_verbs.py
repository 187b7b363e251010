"""Which statement a verb cue introduces, over hand-built parses.

:func:`attach` runs the readings of :mod:`quoteattr.analysis.content.verbs` in order; each
parse below is settled by one of them.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from hand_layouts import doc_layout
from quoteattr.analysis.content.verbs import attach
from quoteattr.analysis.cues import find_cues
from quoteattr.analysis.layout import Layout
from quoteattr.analysis.values import Statement
from quoteattr.lexicon import Lexicon
from quoteattr.records import Attribution

Row = tuple[str, str, str, str, int, str]  # word, tag, pos, dep, head index, lemma

_VOCAB = spacy.blank("en").vocab
_ENGLISH = Lexicon.english()


def layout_of(rows: list[Row]) -> Layout:
    words, tags, pos, deps, heads, lemmas = (list(c) for c in zip(*rows, strict=True))
    spaces = [i + 1 < len(words) and words[i + 1] not in ",.:" for i in range(len(words))]
    doc = Doc(
        _VOCAB,
        words=words,
        spaces=spaces,
        tags=tags,
        pos=pos,
        deps=deps,
        heads=heads,
        lemmas=lemmas,
    )
    return doc_layout(doc)


def statement_of(rows: list[Row]) -> tuple[Layout, Statement | None]:
    """The statement of the text's only cue."""
    layout = layout_of(rows)
    (cue,) = find_cues(layout, _ENGLISH)
    return layout, attach(cue, layout, _ENGLISH)


def texts(layout: Layout, statement: Statement) -> list[str]:
    return [layout.text[start:end] for start, end in statement.parts]


def test_as_clause_reports_the_clause_it_hangs_on() -> None:
    # "As the minister noted , prices rose ."
    layout, statement = statement_of(
        [
            ("As", "IN", "SCONJ", "mark", 3, "as"),
            ("the", "DT", "DET", "det", 2, "the"),
            ("minister", "NN", "NOUN", "nsubj", 3, "minister"),
            ("noted", "VBD", "VERB", "advcl", 6, "note"),
            (",", ",", "PUNCT", "punct", 6, ","),
            ("prices", "NNS", "NOUN", "nsubj", 6, "price"),
            ("rose", "VBD", "VERB", "ROOT", 6, "rise"),
            (".", ".", "PUNCT", "punct", 6, "."),
        ]
    )
    assert statement is not None
    assert texts(layout, statement) == ["prices rose"]
    assert (statement.speaker, statement.attribution) == (2, Attribution.AS_CLAUSE)


def worth_noting(subject: str) -> list[Row]:
    """ "<subject> is worth noting that prices rose ."."""
    return [
        (subject, "PRP", "PRON", "nsubj", 1, subject.lower()),
        ("is", "VBZ", "AUX", "ROOT", 1, "be"),
        ("worth", "JJ", "ADJ", "acomp", 1, "worth"),
        ("noting", "VBG", "VERB", "pcomp", 2, "note"),
        ("that", "IN", "SCONJ", "mark", 6, "that"),
        ("prices", "NNS", "NOUN", "nsubj", 6, "price"),
        ("rose", "VBD", "VERB", "ccomp", 3, "rise"),
        (".", ".", "PUNCT", "punct", 1, "."),
    ]


def test_impersonal_framing_is_the_writers_voice() -> None:
    _, statement = statement_of(worth_noting("It"))
    assert statement is None


def test_framing_with_a_subject_who_speaks_reports_the_clause() -> None:
    layout, statement = statement_of(worth_noting("She"))
    assert statement is not None
    assert texts(layout, statement) == ["prices rose"]


def test_colon_after_the_reporting_clause_opens_the_rest_of_the_paragraph() -> None:
    # "The governor added : Prices will fall ."
    layout, statement = statement_of(
        [
            ("The", "DT", "DET", "det", 1, "the"),
            ("governor", "NN", "NOUN", "nsubj", 2, "governor"),
            ("added", "VBD", "VERB", "ROOT", 2, "add"),
            (":", ":", "PUNCT", "punct", 2, ":"),
            ("Prices", "NNS", "NOUN", "nsubj", 6, "price"),
            ("will", "MD", "AUX", "aux", 6, "will"),
            ("fall", "VB", "VERB", "parataxis", 2, "fall"),
            (".", ".", "PUNCT", "punct", 2, "."),
        ]
    )
    assert statement is not None and statement.colon
    assert texts(layout, statement) == ["Prices will fall."]
    assert statement.speaker == 1


def test_postposed_reporting_clause_reports_the_sentence_before_it() -> None:
    # "Prices will fall , officials said ."
    layout, statement = statement_of(
        [
            ("Prices", "NNS", "NOUN", "nsubj", 2, "price"),
            ("will", "MD", "AUX", "aux", 2, "will"),
            ("fall", "VB", "VERB", "ROOT", 2, "fall"),
            (",", ",", "PUNCT", "punct", 5, ","),
            ("officials", "NNS", "NOUN", "nsubj", 5, "official"),
            ("said", "VBD", "VERB", "parataxis", 2, "say"),
            (".", ".", "PUNCT", "punct", 2, "."),
        ]
    )
    assert statement is not None
    assert texts(layout, statement) == ["Prices will fall"]
    assert (statement.speaker, statement.attribution) == (4, Attribution.POSTPOSED)


def _semicolon_before(separator: str) -> tuple[Layout, Statement | None]:
    # "The firm closed her account <separator> it did not explain ." with the clause before
    # the separator parsed as the cue's complement.
    return statement_of(
        [
            ("The", "DT", "DET", "det", 1, "the"),
            ("firm", "NN", "NOUN", "nsubj", 2, "firm"),
            ("closed", "VBD", "VERB", "ccomp", 9, "close"),
            ("her", "PRP$", "PRON", "poss", 4, "her"),
            ("account", "NN", "NOUN", "dobj", 2, "account"),
            (separator, ":" if separator == ";" else ",", "PUNCT", "punct", 9, separator),
            ("it", "PRP", "PRON", "nsubj", 9, "it"),
            ("did", "VBD", "AUX", "aux", 9, "do"),
            ("not", "RB", "PART", "neg", 9, "not"),
            ("explain", "VB", "VERB", "ROOT", 9, "explain"),
            (".", ".", "PUNCT", "punct", 9, "."),
        ]
    )


def test_a_clause_a_semicolon_ends_is_not_the_content_of_a_cue_after_it() -> None:
    _, statement = _semicolon_before(";")
    assert statement is None


def test_negative_a_clause_a_comma_ends_is_the_content_of_a_cue_after_it() -> None:
    layout, statement = _semicolon_before(",")
    assert statement is not None
    assert texts(layout, statement) == ["The firm closed her account"]
