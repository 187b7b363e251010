"""Hostile input never crashes extraction: generated news-like text, and the crashers once seen.

What must hold for any string: no exception but :class:`~quoteattr.InputError` for what is not
text, every offset slices back to its record's text, and the records round-trip exactly
through JSON Lines read back line by line.
"""

from __future__ import annotations

import io
import warnings

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import assert_offsets_match
from quoteattr import Document, Extractor, InputError
from quoteattr.io import read_quotes, write_jsonl

MARK_PAIRS = (
    ('"', '"'),
    ("“", "”"),
    ("„", "“"),
    ("‘", "’"),
    ("'", "'"),
    ("«", "»"),
    ("‹", "›"),
    ("「", "」"),
    ("『", "』"),
    ("»", "«"),
    ("”", "“"),
)
"""Every quote-mark family, the wrong way round too."""

_NAMES = st.sampled_from(
    ["Ana Ruiz", "the minister", "Police Chief Tom Berg", "she", "They", "Acme Corp."]
)
_CUES = st.sampled_from(
    ["said", "told reporters", "added:", "denied that", "according to", "warned"]
)
_WORDS = st.sampled_from(
    "the port will reopen never we did not see this coming it is too early to call".split()
)
_ODD = st.sampled_from(
    [
        "\r\n",
        "\r",
        "\n\n",
        "\t",
        "\x00",
        "\x07",
        "\x1b",
        "\x0b",
        "\x0c",
        "\x85",
        "\u2028",
        "\u2029",
        "\ufeff",
        "\u200b",
        "\u200f",
        "שלום",
        "مرحبا",
        "🙂",
        "👩‍👩‍👧",
        "e\u0301",
        "—",
        "–",
        ":",
        ": ",
        "...",
        "…",
        "(",
        ")",
        "-",
        "=",
        "@",
        "+",
    ]
)


@st.composite
def _quote(draw: st.DrawFn) -> str:
    opening, closing = draw(st.sampled_from(MARK_PAIRS))
    words = draw(st.lists(st.one_of(_WORDS, _ODD), max_size=8))
    inner = " ".join(words)
    if draw(st.booleans()):  # a quote inside the quote
        nested_open, nested_close = draw(st.sampled_from(MARK_PAIRS))
        inner += f" {nested_open}{draw(_WORDS)}{nested_close}"
    return f"{opening}{inner}{draw(st.sampled_from([closing, '', closing + closing]))}"


_PIECE = st.one_of(_NAMES, _CUES, _WORDS, _ODD, _quote(), st.just(""))
_NEWS = st.lists(_PIECE, max_size=40).map(" ".join)
_SETTINGS = settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _analyze(extractor: Extractor, text: str) -> Document:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return extractor.analyze(text, doc_id="doc")


def _assert_sound(text: str, document: Document) -> None:
    assert_offsets_match(text, document.quotes)
    for quote in document.quotes:
        assert quote.content.text.strip(), "a record with no words"
    for entity in document.speakers:
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text
    out = io.StringIO()
    write_jsonl(document.quotes, out)
    assert read_quotes(out.getvalue().splitlines()) == list(document.quotes)


@_SETTINGS
@given(text=_NEWS)
def test_generated_news_text_gives_sound_records(extractor: Extractor, text: str) -> None:
    _assert_sound(text, _analyze(extractor, text))


@_SETTINGS
@given(text=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_any_string_without_surrogates_gives_sound_records(extractor: Extractor, text: str) -> None:
    _assert_sound(text, _analyze(extractor, text))


CRASHERS = [
    ("empty curly quote after a colon", "She said: “”"),
    ("empty straight quote after a colon", 'He said: ""'),
    ("empty low-high quote after a colon", "said:„“"),
    ("closing mark as a label", "」: “We will act”"),
    ("closing mark as a label, minimal", "」:“"),
]


@pytest.mark.parametrize(("case", "text"), CRASHERS, ids=[c for c, _ in CRASHERS])
def test_seen_crashers_give_sound_records(extractor: Extractor, case: str, text: str) -> None:
    _assert_sound(text, _analyze(extractor, text))


def test_empty_quote_after_colon_gives_no_record(extractor: Extractor) -> None:
    assert _analyze(extractor, "She said: “”").quotes == ()


def test_label_of_marks_alone_names_no_speaker(extractor: Extractor) -> None:
    document = _analyze(extractor, "」: “We will act”")
    assert all(q.speaker is None or q.speaker.text.strip("」") for q in document.quotes)


@pytest.mark.parametrize("text", ["\ud800", "He said \udfff “yes.”", "\udc80abc"])
def test_lone_surrogate_is_an_input_error(extractor: Extractor, text: str) -> None:
    with pytest.raises(InputError, match="surrogate"):
        extractor.analyze(text)
