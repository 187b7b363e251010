"""The confidence stage: features, the logistic model, and filtering by a threshold."""

from __future__ import annotations

import math

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteattr.analysis import analyze_doc_features
from quoteattr.analysis.confidence import (
    at_least,
    check_min_confidence,
    probability,
    vocabulary,
)
from quoteattr.analysis.confidence_weights import BIAS, WEIGHTS
from quoteattr.records import (
    Attribution,
    Content,
    Document,
    Entity,
    Quote,
    QuoteKind,
    Speaker,
    SpeakerKind,
)

# -- the model -----------------------------------------------------------------------------


@given(
    values=st.dictionaries(
        st.sampled_from([*sorted(WEIGHTS), "unknown feature"]),
        st.floats(min_value=-1e6, max_value=1e6),
    ),
    bias=st.floats(min_value=-1e6, max_value=1e6),
)
def test_probability_is_in_the_unit_interval_for_any_evidence(
    values: dict[str, float], bias: float
) -> None:
    p = probability(values, bias, WEIGHTS)
    assert 0.0 <= p <= 1.0


def test_probability_is_the_logistic_of_the_weighted_sum() -> None:
    p = probability({"a": 1.0, "b": 2.0}, -0.5, {"a": 1.0, "b": 0.25})
    assert p == round(1 / (1 + math.exp(-1.0)), 3)
    assert probability({}, 0.0, {}) == 0.5


def test_more_weighted_evidence_never_lowers_the_probability() -> None:
    weights = {"good": 1.5, "bad": -2.0}
    assert probability({"good": 1.0}, 0.0, weights) > probability({}, 0.0, weights)
    assert probability({"bad": 1.0}, 0.0, weights) < probability({}, 0.0, weights)


def test_committed_weights_are_finite_numbers_for_known_features() -> None:
    assert math.isfinite(BIAS)
    assert WEIGHTS, "the weights file holds a fitted model"
    assert all(math.isfinite(weight) for weight in WEIGHTS.values())
    # A renamed feature would silently weigh nothing: the weights must name real ones.
    assert set(WEIGHTS) <= vocabulary(), sorted(set(WEIGHTS) - vocabulary())


# -- on real output ------------------------------------------------------------------------

# Each text holds one statement whose evidence is strong and one whose evidence is weak; the
# strong one must score higher. Invented sentences, in the shapes news writing uses.
CONTRASTS = [
    pytest.param(
        '"The tide turned long before anyone noticed."\n\n'
        '"We will rebuild the pier by spring," Hana Novak, the harbour master, said.',
        "We will rebuild the pier by spring",
        "The tide turned long before anyone noticed.",
        id="said-with-named-speaker-over-a-quote-no-one-said",
    ),
    pytest.param(
        'The council met on Tuesday.\n\n"The budget is balanced for the first time," '
        'Tomas Reyes said.\n\n"Nobody expected that to happen in one year, least of all us."',
        "The budget is balanced for the first time",
        "Nobody expected that to happen in one year, least of all us.",
        id="said-with-named-speaker-over-a-floating-quote",
    ),
]


@pytest.mark.parametrize(("text", "strong", "weak"), CONTRASTS)
def test_a_said_quote_with_a_named_speaker_scores_above_a_weaker_one(
    analyze, text: str, strong: str, weak: str
) -> None:  # type: ignore[no-untyped-def]
    quotes = {q.content.text: q for q in analyze(text).quotes}
    assert strong in quotes and weak in quotes, sorted(quotes)
    assert quotes[strong].confidence > quotes[weak].confidence
    assert quotes[strong].confidence >= 0.7


def test_every_record_has_a_confidence_from_the_model(analyze) -> None:  # type: ignore[no-untyped-def]
    document = analyze(
        'Officials said the road would reopen. "It is safe," the engineer told reporters.'
    )
    assert document.quotes
    for quote in document.quotes:
        assert 0.0 <= quote.confidence <= 1.0
        assert quote.confidence == round(quote.confidence, 3)


def test_features_of_real_records_are_in_the_vocabulary(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        'According to the ministry, the plan was dropped. "It is over," she said. '
        "The union's claim that wages fell was denied by the firm, which said it paid more."
    )
    document, found = analyze_doc_features(extractor.nlp(text))
    assert len(found) == len(document.quotes) > 0
    for quote, row in zip(document.quotes, found, strict=True):
        assert set(row) <= vocabulary()
        assert quote.confidence == probability(row, BIAS, WEIGHTS)


# -- filtering -----------------------------------------------------------------------------


def _quote(number: int, confidence: float) -> Quote:
    text = f"statement {number}"
    return Quote(
        id=f"q{number}",
        kind=QuoteKind.DIRECT,
        content=Content(text, 20 * number, 20 * number + len(text)),
        cue=None,
        speaker=None,
        attribution=Attribution.NONE,
        sentence=number,
        paragraph=number,
        confidence=confidence,
    )


def _document() -> Document:
    quotes = (_quote(0, 0.95), _quote(1, 0.4), _quote(2, 0.7))
    speakers = (
        Entity("e1", "Ada", SpeakerKind.PERSON, quotes=("q0", "q1")),
        Entity("e2", "Ben", SpeakerKind.PERSON, quotes=("q1",)),
        Entity("e3", "Axios", SpeakerKind.MEDIA),  # only a channel: never had quotes
    )
    return Document("", "doc", quotes, speakers)


def test_at_least_keeps_the_quotes_at_or_above_the_threshold() -> None:
    filtered = at_least(_document(), 0.7)
    assert [q.id for q in filtered.quotes] == ["q0", "q2"]


def test_at_least_drops_speakers_left_without_quotes_and_keeps_channels() -> None:
    filtered = at_least(_document(), 0.7)
    assert [(e.id, e.quotes) for e in filtered.speakers] == [("e1", ("q0",)), ("e3", ())]


def test_at_least_keeps_a_speaker_a_kept_quote_names_as_its_channel() -> None:
    document = _document()
    channel = Speaker("Ben", 0, 3, name="Ben", kind=SpeakerKind.PERSON, entity="e2")
    quotes = (document.quotes[0], attrs.evolve(document.quotes[2], via=channel))
    document = attrs.evolve(document, quotes=(*quotes, document.quotes[1]))
    filtered = at_least(document, 0.7)
    assert [(e.id, e.quotes) for e in filtered.speakers] == [
        ("e1", ("q0",)),
        ("e2", ()),
        ("e3", ()),
    ]


@pytest.mark.parametrize("minimum", [0.0, 0.4])
def test_at_least_returns_the_document_itself_when_nothing_is_dropped(minimum: float) -> None:
    document = _document()
    assert at_least(document, minimum) is document


def test_at_least_one_keeps_only_certain_records() -> None:
    document = attrs.evolve(_document(), quotes=(_quote(0, 1.0), _quote(1, 0.999)))
    assert [q.id for q in at_least(document, 1.0).quotes] == ["q0"]


@pytest.mark.parametrize("value", [0, 0.5, 1, 1.0])
def test_check_min_confidence_accepts_numbers_from_0_to_1(value: float) -> None:
    assert check_min_confidence(value) == float(value)


@pytest.mark.parametrize("value", [-0.1, 1.01, math.nan, math.inf, True, "0.5", None])
def test_check_min_confidence_refuses_anything_else_in_one_line(value: object) -> None:
    with pytest.raises(ValueError, match=r"^min_confidence must be a number from 0 to 1, not "):
        check_min_confidence(value)


@pytest.mark.parametrize("value", [-0.001, 1.001, math.nan, True])
def test_a_quote_refuses_a_confidence_outside_0_to_1(value: float) -> None:
    with pytest.raises(ValueError, match="confidence must be a number from 0 to 1"):
        _quote(0, value)
