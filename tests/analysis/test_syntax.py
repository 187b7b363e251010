"""Trimming a content's token run to its character range, over hand-built parses."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from quoteattr.analysis.stretches import subtree_tokens, trim, trim_range
from quoteattr.analysis.syntax import is_complementizer, participle_past_noun_clause
from quoteattr.lexicon import Lexicon

_VOCAB = spacy.blank("en").vocab
_ENGLISH = Lexicon.english()


def doc_of(rows: list[tuple[str, str]]) -> Doc:
    words = [w for w, _ in rows]
    spaces = [i + 1 < len(words) and words[i + 1] not in ",." for i in range(len(words))]
    return Doc(_VOCAB, words=words, spaces=spaces, deps=[d for _, d in rows], heads=[0] * len(rows))


def test_leading_complementizer_that_is_trimmed() -> None:
    doc = doc_of([("that", "mark"), ("prices", "nsubj"), ("rose", "ccomp"), (".", "punct")])
    start, end = trim(list(doc), doc, _ENGLISH)  # type: ignore[misc]
    assert doc.text[start:end] == "prices rose"


def test_determiner_that_stays_in_the_content() -> None:
    doc = doc_of([("that", "det"), ("claim", "nsubj"), ("failed", "ccomp"), (".", "punct")])
    start, end = trim(list(doc), doc, _ENGLISH)  # type: ignore[misc]
    assert doc.text[start:end] == "that claim failed"


def parsed(rows: list[tuple[str, str, str, int]]) -> Doc:
    """A doc from (word, tag, dep, head index) rows."""
    words = [w for w, *_ in rows]
    return Doc(
        _VOCAB,
        words=words,
        tags=[t for _, t, _, _ in rows],
        deps=[d for _, _, d, _ in rows],
        heads=[h for *_, h in rows],
    )


def test_that_tagged_as_complementizer_but_parsed_as_object_opens_a_complement() -> None:
    # "recommendation that the union endorse the governor", "that" hung as an object
    doc = parsed(
        [
            ("recommendation", "NN", "ROOT", 0),
            ("that", "IN", "dobj", 4),
            ("the", "DT", "det", 3),
            ("union", "NN", "nsubj", 4),
            ("endorse", "VBP", "acl", 0),
            ("him", "PRP", "dobj", 4),
        ]
    )
    assert is_complementizer(doc[1], _ENGLISH)


def test_relative_that_is_no_complementizer() -> None:
    # "the column that he wrote": "that" is a relative pronoun
    doc = parsed(
        [
            ("column", "NN", "ROOT", 0),
            ("that", "WDT", "dobj", 3),
            ("he", "PRP", "nsubj", 3),
            ("wrote", "VBD", "relcl", 0),
        ]
    )
    assert not is_complementizer(doc[1], _ENGLISH)


def test_complementizer_that_needs_a_subject_after_it() -> None:
    # "the bill that passed": tagged IN by a small tagger, but it is the clause's subject
    doc = parsed(
        [("bill", "NN", "ROOT", 0), ("that", "IN", "nsubj", 2), ("passed", "VBD", "relcl", 0)]
    )
    assert not is_complementizer(doc[1], _ENGLISH)


def test_participle_past_an_object_nouns_own_clause_belongs_to_the_verb() -> None:
    # "Ruiz dismissed the idea that it closes , saying ..." with "saying" hung on "idea"
    doc = parsed(
        [
            ("Ruiz", "NNP", "nsubj", 1),
            ("dismissed", "VBD", "ROOT", 1),
            ("the", "DT", "det", 3),
            ("idea", "NN", "dobj", 1),
            ("that", "IN", "mark", 6),
            ("it", "PRP", "nsubj", 6),
            ("closes", "VBZ", "acl", 3),
            (",", ",", "punct", 3),
            ("saying", "VBG", "acl", 3),
            ("so", "RB", "advmod", 8),
        ]
    )
    assert participle_past_an_object(doc, 8) == 1


def test_participle_right_after_its_noun_describes_the_noun() -> None:
    # "Ruiz met the minister , speaking ...": no clause of the noun's between them
    doc = parsed(
        [
            ("Ruiz", "NNP", "nsubj", 1),
            ("met", "VBD", "ROOT", 1),
            ("the", "DT", "det", 3),
            ("minister", "NN", "dobj", 1),
            (",", ",", "punct", 3),
            ("speaking", "VBG", "acl", 3),
            ("so", "RB", "advmod", 5),
        ]
    )
    assert participle_past_an_object(doc, 5) is None


def participle_past_an_object(doc: Doc, index: int) -> int | None:
    for token in doc:
        token.pos_ = {"V": "VERB", "N": "NOUN", "P": "PRON"}.get(token.tag_[0], "X")
    verb = participle_past_noun_clause(doc[index])
    return None if verb is None else verb.i


def test_subtree_tokens_are_the_subtree_in_text_order() -> None:
    # "officials said prices rose sharply ." with "rose" under "said"
    doc = Doc(
        _VOCAB,
        words=["officials", "said", "prices", "rose", "sharply", "."],
        heads=[1, 1, 3, 1, 3, 1],
        deps=["nsubj", "ROOT", "nsubj", "ccomp", "advmod", "punct"],
    )
    for token in doc:
        assert [t.i for t in subtree_tokens(token)] == sorted(t.i for t in token.subtree)
    assert [t.text for t in subtree_tokens(doc[3])] == ["prices", "rose", "sharply"]


def test_trim_range_trims_a_stretch_given_by_index() -> None:
    doc = doc_of([("that", "mark"), ("prices", "nsubj"), ("rose", "ccomp"), (".", "punct")])
    assert trim_range(0, len(doc), doc, _ENGLISH) == trim(list(doc), doc, _ENGLISH)
    assert trim_range(2, 2, doc, _ENGLISH) is None
