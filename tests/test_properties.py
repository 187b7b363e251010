"""What must hold for any input: no exception, exact offsets, records that round-trip."""

from __future__ import annotations

import io
import warnings

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import assert_offsets_match, assert_sources_match
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
        assert_sources_match(text, entity)
    out = io.StringIO()
    write_jsonl(document.quotes, out)
    assert read_quotes(out.getvalue().splitlines()) == list(document.quotes)


# News-like sentences that state capacities in the ways articles do: before the name, in an
# apposition, with "at", a nationality word, a party tag; then a shorter mention that speaks.
_CAPACITY = st.sampled_from(
    [
        "Chilean Ambassador Rosa Vidal",
        "Rosa Vidal, an economist at Harborview Capital,",
        "Harborview Capital chief economist Rosa Vidal",
        "Sen. Rosa Vidal (D-Md.)",
        "Rosa Vidal, the deputy mayor of Port Ellis,",
        "Rosa Vidal",
        "the Port Ellis Herald",
        "officials at the Transit Authority",
        "Oilers captain Rosa Vidal",
    ]
)
_LATER = st.sampled_from(["Vidal said", "she said", "the ambassador said", "it said", "they said"])
_NEWS = st.tuples(_CAPACITY, _LATER, st.sampled_from(["spoke on Monday.", "met the board."])).map(
    lambda parts: (
        f'{parts[0]} {parts[2]} "We are ready," {parts[1]}. {parts[1].capitalize()} '
        "that the plan would hold."
    )
)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=_NEWS)
def test_roles_and_affiliations_point_at_the_words_of_the_text(
    extractor: Extractor, text: str
) -> None:
    document = extractor.analyze(text, doc_id="doc")
    assert_offsets_match(text, document.quotes)  # the sources of speakers and channels too
    for entity in document.speakers:
        assert_sources_match(text, entity)
        quoted = [q.speaker for q in document.quotes if q.speaker and q.speaker.entity == entity.id]
        for speaker in quoted:  # one value per entity, whichever mention speaks
            assert (speaker.role, speaker.affiliation) == (entity.role, entity.affiliation)
