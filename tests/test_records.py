"""The public records: validated fields, named constructors, the JSON contract's enum values."""

from __future__ import annotations

import attrs
import pytest

from quoteattr.records import (
    Attribution,
    Content,
    Cue,
    CueCategory,
    Entity,
    Quote,
    QuoteKind,
    Resolution,
    Speaker,
    SpeakerKind,
    TextSpan,
)

TEXT = '"We will act," Cohen said, "and soon."'


# -- validators ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "build",
    [
        lambda start, end: TextSpan("x", start, end),
        lambda start, end: Content("x", start, end),
        lambda start, end: Cue("said", "say", start, end),
        lambda start, end: Speaker("Cohen", start, end),
    ],
    ids=["TextSpan", "Content", "Cue", "Speaker"],
)
class TestSpanValidators:
    def test_negative_start_raises_value_error(self, build) -> None:  # type: ignore[no-untyped-def]
        with pytest.raises(ValueError, match="start must be >= 0, got -1"):
            build(-1, 3)

    def test_negative_end_raises_value_error(self, build) -> None:  # type: ignore[no-untyped-def]
        with pytest.raises(ValueError, match="end must be >= 0, got -2"):
            build(0, -2)

    def test_end_before_start_raises_value_error(self, build) -> None:  # type: ignore[no-untyped-def]
        with pytest.raises(ValueError, match=r"end \(3\) must be >= start \(5\)"):
            build(5, 3)

    def test_valid_offsets_are_kept(self, build) -> None:  # type: ignore[no-untyped-def]
        record = build(2, 7)
        assert (record.start, record.end) == (2, 7)


def _quote(**changes: object) -> Quote:
    content = Content("We will act,", 1, 13)
    fields: dict[str, object] = {
        "id": Quote.make_id(content),
        "kind": QuoteKind.DIRECT,
        "content": content,
        "cue": Cue("said", "say", 21, 25),
        "speaker": Speaker("Cohen", 15, 20, name="Cohen", kind=SpeakerKind.PERSON),
        "attribution": Attribution.POSTPOSED,
        "sentence": 0,
        "paragraph": 0,
    }
    fields.update(changes)
    return Quote(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize("field", ["sentence", "paragraph"])
def test_quote_rejects_a_negative_sentence_or_paragraph_index(field: str) -> None:
    with pytest.raises(ValueError, match=f"{field} must be >= 0"):
        _quote(**{field: -1})


def test_records_are_frozen() -> None:
    span = TextSpan("We", 1, 3)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 0  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        _quote().doc_id = "a"  # type: ignore[misc]


def test_sequence_fields_are_converted_to_tuples() -> None:
    content = Content(TEXT[1:37], 1, 37, parts=[TextSpan("We will act,", 1, 13)])
    mentions = [TextSpan("Cohen", 15, 20)]
    entity = Entity("e1", "Cohen", SpeakerKind.PERSON, mentions=mentions, quotes=["q1"])
    assert isinstance(content.parts, tuple)
    assert isinstance(entity.mentions, tuple) and isinstance(entity.quotes, tuple)
    twin = Entity("e1", "Cohen", SpeakerKind.PERSON, mentions=list(mentions), quotes=["q1"])
    assert entity == twin and hash(entity) == hash(twin)


# -- TextSpan ------------------------------------------------------------------------------


def test_text_span_from_offsets_cuts_the_original_text() -> None:
    span = TextSpan.from_offsets(TEXT, 15, 20)
    assert span == TextSpan("Cohen", 15, 20)
    assert len(span) == 5


def test_text_span_from_offsets_accepts_the_whole_text() -> None:
    assert TextSpan.from_offsets(TEXT, 0, len(TEXT)).text == TEXT


@pytest.mark.parametrize(
    ("start", "end"),
    [(-1, 3), (0, len(TEXT) + 1), (len(TEXT) + 1, len(TEXT) + 2), (10, 5)],
    ids=["negative-start", "end-past-text", "start-past-text", "end-before-start"],
)
def test_text_span_from_offsets_rejects_offsets_outside_the_text(start: int, end: int) -> None:
    with pytest.raises(ValueError, match="fall outside a text of"):
        TextSpan.from_offsets(TEXT, start, end)


def test_text_span_overlap_counts_shared_characters() -> None:
    assert TextSpan("abcde", 0, 5).overlap(TextSpan("defg", 3, 7)) == 2
    assert TextSpan("ab", 0, 2).overlap(TextSpan("cd", 5, 7)) == 0


# -- Content.from_parts --------------------------------------------------------------------


def test_content_from_one_part_has_no_parts() -> None:
    content = Content.from_parts(TEXT, [(1, 13)])
    assert content == Content("We will act,", 1, 13, ())
    assert content.parts == ()


def test_content_from_two_parts_runs_from_first_start_to_last_end() -> None:
    first, second = (1, 13), (28, 37)
    content = Content.from_parts(TEXT, [second, first])  # given out of order
    assert (content.start, content.end) == (1, 37)
    assert content.text == TEXT[1:37]
    assert content.parts == (
        TextSpan("We will act,", 1, 13),
        TextSpan("and soon.", 28, 37),
    )


def test_content_from_parts_rejects_parts_outside_the_text() -> None:
    with pytest.raises(ValueError, match="fall outside a text of"):
        Content.from_parts(TEXT, [(1, 13), (30, len(TEXT) + 5)])


# -- Quote ids -----------------------------------------------------------------------------


def test_quote_make_id_is_stable_for_the_same_content() -> None:
    one = Quote.make_id(Content("We will act,", 1, 13))
    assert one == Quote.make_id(Content("We will act,", 1, 13))
    assert len(one) == 16 and int(one, 16) >= 0  # 16 hex digits


def test_quote_make_id_differs_for_other_offsets_or_text() -> None:
    base = Quote.make_id(Content("We will act,", 1, 13))
    assert Quote.make_id(Content("We will act,", 101, 113)) != base
    assert Quote.make_id(Content("We will act!", 1, 13)) != base


# -- enum values: the strings of the JSON contract -----------------------------------------


@pytest.mark.parametrize(
    ("enum", "values"),
    [
        (QuoteKind, ["direct", "mixed", "indirect"]),
        (
            Attribution,
            [
                "subject",
                "postposed",
                "agent",
                "according_to",
                "participial",
                "as_clause",
                "possessive",
                "floating",
                "none",
            ],
        ),
        (
            CueCategory,
            [
                "neutral",
                "assertive",
                "announcement",
                "denial",
                "warning",
                "question",
                "belief",
                "source",
            ],
        ),
        (
            SpeakerKind,
            ["person", "organization", "media", "government", "group", "unnamed", "unknown"],
        ),
        (Resolution, ["mention", "name", "pronoun", "description", "unresolved", "passage"]),
    ],
    ids=lambda value: value.__name__ if isinstance(value, type) else "",
)
def test_enum_values_are_the_json_contract_strings(enum: type, values: list[str]) -> None:
    assert [member.value for member in enum] == values  # type: ignore[attr-defined]
    for value in values:
        member = enum(value)
        assert member == value  # str-based: compares equal to its JSON string
