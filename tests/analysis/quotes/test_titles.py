"""Quotes that name a thing rather than report words: titles, names and scare quotes."""

from __future__ import annotations

import pytest

from quoteattr.analysis.marks import QuoteSpan, find_quote_spans
from quoteattr.analysis.quotes.titles import (
    named_work,
    sentence_like,
    title_after_word,
    title_like,
)
from quoteattr.lexicon import Lexicon

_ENGLISH = Lexicon.english()


def only_quote(text: str) -> QuoteSpan:
    spans, problems = find_quote_spans(text)
    assert not problems
    (span,) = spans
    return span


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        pytest.param("The Daily Brief", True, id="capitalised name"),
        pytest.param("Face the Nation", True, id="small words lower-case"),
        pytest.param("Meet the Press.", False, id="closing stop without a slot before"),
        pytest.param("we will not back down", False, id="lower-case words"),
        pytest.param("A Very Long Title That Goes On And On", False, id="eight words or more"),
    ],
)
def test_title_like(inner: str, expected: bool) -> None:
    assert title_like(inner, _ENGLISH) is expected


@pytest.mark.parametrize(
    "before", ["on ", "CBS's ", "CBS\u2019s ", "from  "], ids=["preposition", "'s", "’s", "spaces"]
)
def test_stop_inside_the_marks_after_a_title_slot_belongs_to_the_sentence(before: str) -> None:
    assert title_like("Meet the Press.", _ENGLISH, before)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param('He said on CBS\'s "Face the Nation," that ...', True, id="after possessive"),
        pytest.param('She appeared on "Meet the Press" on Sunday.', True, id="after preposition"),
        pytest.param('Then "Face the Nation" began.', False, id="no slot before"),
        pytest.param('She said on "we will not back down" that ...', False, id="not title case"),
    ],
)
def test_named_work(text: str, expected: bool) -> None:
    assert named_work(text, only_quote(text), _ENGLISH) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'Quist told "Harbour Morning Show," adding that ...', True, id="title after a verb"
        ),
        pytest.param('"Harbour Morning Show," Quist said.', False, id="opening its sentence"),
        pytest.param('Quist said: "Stay Home," and left.', False, id="after punctuation"),
        pytest.param('Quist said "No," and left.', False, id="one word after a verb: an answer"),
        pytest.param('Quist said "we will stay," and left.', False, id="not title case"),
    ],
)
def test_title_after_word(text: str, expected: bool) -> None:
    assert title_after_word(text, only_quote(text), _ENGLISH) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param('"We will not back down, whatever they do."', True, id="sentence"),
        pytest.param('the so-called "reset"', False, id="scare quote"),
        pytest.param('the "Daily Brief Of The Week"', False, id="title"),
        pytest.param('"we will never ever back down from this"', True, id="eight words"),
        pytest.param('She left. "Nobody came."', True, id="short, a sentence on its own"),
        pytest.param('"Nobody came."', True, id="short, opening its paragraph"),
        pytest.param('She called it "Absurd." Then she left.', False, id="short, in a sentence"),
        pytest.param('She left. "nobody came."', False, id="short, not capitalised"),
        pytest.param('She left. "Nobody came"', False, id="short, not closed inside the marks"),
    ],
)
def test_sentence_like(text: str, expected: bool) -> None:
    assert sentence_like(text, only_quote(text), _ENGLISH) is expected


def test_extended_title_small_words_are_read_from_the_lexicon() -> None:
    inner = "Voices Unter The Bridge"
    assert title_like(inner, _ENGLISH)
    assert title_like("Voices unter the Bridge", _ENGLISH.extend(title_small_words={"unter"}))
    assert not title_like("Voices unter the Bridge", _ENGLISH)
