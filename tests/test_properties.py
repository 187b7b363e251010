"""What must hold for any input: no exception, exact offsets, records that round-trip."""

from __future__ import annotations

import io
import warnings

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import assert_offsets_match
from quoteattr import Extractor
from quoteattr.io import read_quotes, write_jsonl

_WORDS = st.sampled_from(
    [
        "said",
        "the",
        "minister",
        "Ana",
        "Ruiz",
        "told",
        "reporters",
        "that",
        "it",
        "would",
        "never",
        "happen",
        "according",
        "to",
        "officials",
        "he",
        "she",
        "added",
        "don't",
        "Israel’s",
        "’90s",
        "announced",
        "denied",
        "claims",
        ",",
        ".",
        ":",
        "?",
        "“",
        "”",
        '"',
        "‘",
        "’",
        "'",
        "«",
        "»",
        "\n\n",
        "\n",
        "  ",
        "—",
        "(",
        ")",
        "[",
        "]",
        "\t",
        "é",
        "中",
    ]
)
_TEXTS = st.one_of(
    st.lists(_WORDS, max_size=60).map(" ".join),
    st.text(max_size=200),
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=_TEXTS)
def test_any_text_gives_valid_records_that_round_trip(extractor: Extractor, text: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        document = extractor.analyze(text, doc_id="doc")
    assert_offsets_match(text, document.quotes)
    assert all(0.0 <= quote.confidence <= 1.0 for quote in document.quotes)
    for entity in document.speakers:
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text
    out = io.StringIO()
    write_jsonl(document.quotes, out)
    assert read_quotes(out.getvalue().splitlines()) == list(document.quotes)
