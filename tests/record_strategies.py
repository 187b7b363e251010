"""Hypothesis strategies for quote records with every field that a flat row has."""

from __future__ import annotations

from hypothesis import strategies as st

from quoteattr.records import (
    Attribution,
    Content,
    Cue,
    CueCategory,
    Provenance,
    Quote,
    QuoteKind,
    Speaker,
    SpeakerKind,
    TextSpan,
)

OPTIONAL_TEXT = st.none() | st.text(max_size=8)


@st.composite
def spans(draw: st.DrawFn) -> tuple[str, int, int]:
    text = draw(st.text(min_size=1, max_size=10))
    start = draw(st.integers(min_value=0, max_value=5_000))
    return text, start, start + len(text)


@st.composite
def quotes(draw: st.DrawFn) -> Quote:
    speaker = None
    if draw(st.booleans()):
        speaker = Speaker(*draw(spans()), role=draw(OPTIONAL_TEXT), kind=SpeakerKind.PERSON)
    cue = None
    if draw(st.booleans()):
        text, start, end = draw(spans())
        category = draw(st.sampled_from(CueCategory))
        cue = Cue(text, "say", start, end, category, negated=draw(st.booleans()))
    return Quote(
        id=draw(st.text(min_size=1, max_size=8)),
        kind=draw(st.sampled_from(QuoteKind)),
        content=Content(*draw(spans())),
        cue=cue,
        speaker=speaker,
        attribution=draw(st.sampled_from(Attribution)),
        sentence=draw(st.integers(min_value=0, max_value=300)),
        paragraph=draw(st.integers(min_value=0, max_value=80)),
        doc_id=draw(OPTIONAL_TEXT),
        via=draw(st.none() | st.just(Speaker("AP", 0, 2, name="AP", kind=SpeakerKind.MEDIA))),
        context=draw(st.none() | st.builds(lambda s: TextSpan(*s), spans())),
        provenance=draw(st.none() | st.just(Provenance(url="https://example.org/n", sha256="0f"))),
    )
