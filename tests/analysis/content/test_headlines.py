"""Statements of title-case headlines, over hand-built parses.

A small tagger reads a headline's verb ("Says", "Denies") as part of a proper name; the
parse below does the same, so only the surface reading can find the statement.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from quoteattr.analysis.content.headlines import (
    _cue_forms,
    _cue_lemma,
    headline_quotes,
    headline_statements,
)
from quoteattr.analysis.layout import Layout
from quoteattr.analysis.marks import find_quote_spans, paragraph_spans
from quoteattr.lexicon import Lexicon
from quoteattr.records import Attribution

_VOCAB = spacy.blank("en").vocab
_ENGLISH = Lexicon.english()


def headline(words: list[str]) -> Layout:
    """A paragraph of one title-case sentence, every word a proper noun hung on the last."""
    last = len(words) - 1
    doc = Doc(
        _VOCAB,
        words=words,
        pos=["PROPN"] * len(words),
        tags=["NNP"] * len(words),
        deps=["compound"] * last + ["ROOT"],
        heads=[last] * len(words),
    )
    text = doc.text
    quotes, _ = find_quote_spans(text)
    return Layout.build(doc, paragraph_spans(text), quotes, text=text)


def read(layout: Layout, lexicon: Lexicon = _ENGLISH) -> list[tuple[str, str, str]]:
    """(cue lemma, speaker, statement) of each headline statement."""
    return [
        (
            s.cue.lemma if s.cue else "",
            layout.doc[s.speaker].text if s.speaker is not None else "",
            layout.text[s.start : s.end],
        )
        for s in headline_statements(layout, lexicon)
    ]


def test_says_splits_a_headline_into_speaker_and_statement() -> None:
    layout = headline(["Beck", "Says", "Trump", "Poses", "A", "Threat"])
    assert read(layout) == [("say", "Beck", "Trump Poses A Threat")]
    (statement,) = headline_statements(layout, _ENGLISH)
    assert statement.attribution is Attribution.SUBJECT


def test_ies_form_is_read_as_its_y_lemma() -> None:
    layout = headline(["Ministry", "Denies", "Report", "Of", "Secret", "Talks"])
    assert read(layout) == [("deny", "Ministry", "Report Of Secret Talks")]


def test_a_verb_the_lexicon_does_not_read_in_headlines_is_no_cue() -> None:
    layout = headline(["Mayor", "Reports", "Record", "Crowds", "At", "Fair"])
    assert read(layout) == []
    extended = _ENGLISH.extend(headline_cues={"report"})
    assert read(layout, extended) == [("report", "Mayor", "Record Crowds At Fair")]


def test_sentence_in_lower_case_is_no_headline() -> None:
    layout = headline(["Beck", "says", "trump", "poses", "a", "threat"])
    assert read(layout) == []


def quoted_headline(label: list[str], people: list[tuple[int, int]]) -> Layout:
    """A paragraph '<label>: "We Will Win."' with PERSON entities over ``people`` (label
    token ranges), then a second paragraph."""
    words = [*label, ":", "\u201c", "We", "Will", "Win", ".", "\u201d", "\n\n", "She", "spoke", "."]
    spaces = [True] * len(words)
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else ""
        if following in (":", ".", "\u201d", "\n\n") or word in ("\u201c", "\n\n"):
            spaces[index] = False
    second = words.index("\n\n") + 1
    starts = [index in (0, second) for index in range(len(words))]
    doc = Doc(_VOCAB, words=words, spaces=spaces, sent_starts=starts)
    doc.ents = [Span(doc, start, end, label="PERSON") for start, end in people]
    text = doc.text
    quotes, _ = find_quote_spans(text)
    return Layout.build(doc, paragraph_spans(text), quotes, text=text)


def credited(layout: Layout) -> list[tuple[str, str]]:
    """(speaker, statement) of each label-and-quote headline."""
    return [
        (layout.doc[s.speaker].text if s.speaker is not None else "", layout.text[s.start : s.end])
        for s in headline_quotes(layout)
    ]


def test_a_label_and_quote_headline_credits_the_person_it_opens_with() -> None:
    layout = quoted_headline(["Ana", "Ruiz", "Presses", "Harbor", "Board", "Chief"], [(0, 2)])
    assert credited(layout) == [("Ruiz", "\u201cWe Will Win.\u201d")]


def test_a_label_credits_the_person_after_from() -> None:
    layout = quoted_headline(["A", "lesson", "from", "Ana", "Ruiz"], [(3, 5)])
    assert credited(layout) == [("Ruiz", "\u201cWe Will Win.\u201d")]


def test_a_label_naming_a_person_elsewhere_credits_no_one() -> None:
    # "Fans of Ana Ruiz had one question": the person is neither subject nor source.
    layout = quoted_headline(["Fans", "of", "Ana", "Ruiz", "had", "a", "question"], [(2, 4)])
    assert credited(layout) == []


def test_a_label_naming_two_people_credits_no_one() -> None:
    layout = quoted_headline(["Ana", "Ruiz", "Meets", "Tom", "Hale"], [(0, 2), (3, 5)])
    assert credited(layout) == []


def test_the_cue_forms_hold_every_word_a_headline_cue_is_read_from() -> None:
    lexicon = _ENGLISH
    forms = _cue_forms(lexicon.headline_cues, tuple(lexicon.headline_verb_endings.items()))
    words = ["Says", "Denies", "Warns", "Slams", "Plans", "Is", "Ruiz", "Questions"]
    read = [w.lower() for w in words if _cue_lemma(Doc(_VOCAB, words=["A", w])[1], lexicon)]
    assert {"says", "denies"} <= set(read) <= forms
