"""JSON Lines and CSV writing, and lenient but strict reading of quote files."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quoteattr.errors import GoldFormatError
from quoteattr.io import (
    CSV_COLUMNS,
    dumps_json,
    entity_to_dict,
    quote_from_dict,
    quote_to_dict,
    read_quotes,
    write_csv,
    write_csv_header,
    write_jsonl,
    write_speakers_jsonl,
)
from quoteattr.records import (
    Attribution,
    Content,
    Cue,
    CueCategory,
    Document,
    Entity,
    Provenance,
    Quote,
    QuoteKind,
    Resolution,
    Speaker,
    SpeakerKind,
    TextSpan,
)

TEXT = '"We will act," the Israeli minister Eli Cohen said on Monday.'


def full_quote() -> Quote:
    return Quote(
        id="q1",
        doc_id="doc",
        kind=QuoteKind.DIRECT,
        content=Content.from_parts(TEXT, [(1, 12)]),
        cue=Cue("said", "say", 46, 50, CueCategory.NEUTRAL, negated=False),
        speaker=Speaker(
            "the Israeli minister Eli Cohen",
            15,
            45,
            name="Eli Cohen",
            kind=SpeakerKind.PERSON,
            role="minister",
            title=None,
            affiliation="Israel",
            entity="e1",
            resolution=Resolution.MENTION,
            role_source=TextSpan.from_offsets(TEXT, 27, 35),
            affiliation_source=TextSpan.from_offsets(TEXT, 19, 26),
        ),
        attribution=Attribution.POSTPOSED,
        sentence=0,
        paragraph=0,
        via=Speaker("Axios", 70, 75, name="Axios", kind=SpeakerKind.MEDIA),
        parent="q0",
        context=TextSpan.from_offsets(TEXT, 0, 51),
        provenance=Provenance(
            source="https://example.org/a",
            url="https://example.org/a",
            published="2023-05-29",
            outlet="Axios",
            title="=Cohen speaks",
            sha256="ab" * 32,
            quoteattr_version="0.1.0",
            pipeline="en_core_web_sm",
            pipeline_version="3.8.0",
        ),
        confidence=0.734,
    )


def split_quote() -> Quote:
    text = '"We will," he said, "act."'
    return Quote(
        id="q2",
        kind=QuoteKind.DIRECT,
        content=Content.from_parts(text, [(1, 8), (21, 25)]),
        cue=None,
        speaker=None,
        attribution=Attribution.NONE,
        sentence=3,
        paragraph=1,
    )


def gold(**fields: object) -> str:
    data: dict[str, object] = {
        "kind": "direct",
        "content": {"text": "We will act", "start": 1, "end": 12},
    }
    data.update(fields)
    return json.dumps(data)


# -- writing ------------------------------------------------------------------------------


def test_quote_to_dict_follows_the_contract_layout() -> None:
    data = quote_to_dict(full_quote())
    assert list(data) == [
        "id",
        "doc_id",
        "kind",
        "content",
        "cue",
        "speaker",
        "attribution",
        "confidence",
        "sentence",
        "paragraph",
        "via",
        "parent",
        "context",
        "provenance",
    ]
    assert data["confidence"] == 0.734
    assert list(data["context"]) == ["text", "start", "end"]
    assert list(data["provenance"]) == [
        "source",
        "url",
        "published",
        "outlet",
        "title",
        "sha256",
        "quoteattr_version",
        "pipeline",
        "pipeline_version",
    ]
    assert list(data["content"]) == ["text", "start", "end", "parts"]
    assert list(data["cue"]) == ["text", "lemma", "start", "end", "category", "negated"]
    assert list(data["speaker"]) == [
        "text",
        "start",
        "end",
        "name",
        "kind",
        "role",
        "title",
        "affiliation",
        "entity",
        "resolution",
        "role_source",
        "title_source",
        "affiliation_source",
    ]


def test_quote_to_dict_writes_enums_as_values_tuples_as_lists_and_keeps_none() -> None:
    data = quote_to_dict(split_quote())
    assert type(data["kind"]) is str and data["kind"] == "direct"
    assert data["attribution"] == "none"
    assert data["content"]["parts"] == [
        {"text": "We will", "start": 1, "end": 8},
        {"text": "act.", "start": 21, "end": 25},
    ]
    assert data["cue"] is None and data["speaker"] is None and data["doc_id"] is None
    assert json.loads(json.dumps(data)) == data


@pytest.mark.parametrize("quote", [full_quote(), split_quote()], ids=["full", "split"])
def test_quote_round_trips_through_dict(quote: Quote) -> None:
    assert quote_from_dict(quote_to_dict(quote)) == quote


def test_write_jsonl_writes_one_line_per_quote_without_escaping_non_ascii() -> None:
    quote = Quote(
        id="q",
        kind=QuoteKind.INDIRECT,
        content=Content("déjà vu — “yes”", 0, 15),
        cue=None,
        speaker=None,
        attribution=Attribution.NONE,
        sentence=0,
        paragraph=0,
    )
    out = io.StringIO()
    assert write_jsonl([quote, full_quote()], out) == 2
    lines = out.getvalue().splitlines()
    assert len(lines) == 2
    assert "déjà vu — “yes”" in lines[0]
    assert read_quotes(io.StringIO(out.getvalue())) == [quote, full_quote()]


def test_write_jsonl_of_nothing_writes_nothing() -> None:
    out = io.StringIO()
    assert write_jsonl([], out) == 0
    assert out.getvalue() == ""


def test_csv_has_the_documented_header_and_one_row_per_quote() -> None:
    out = io.StringIO()
    assert write_csv([full_quote(), split_quote()], out) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == CSV_COLUMNS
    first, second = rows
    assert first == {
        "doc_id": "doc",
        "id": "q1",
        "kind": "direct",
        "content_text": "We will act",
        "content_start": "1",
        "content_end": "12",
        "cue_text": "said",
        "cue_lemma": "say",
        "cue_start": "46",
        "cue_end": "50",
        "cue_category": "neutral",
        "cue_negated": "false",
        "speaker_text": "the Israeli minister Eli Cohen",
        "speaker_start": "15",
        "speaker_end": "45",
        "speaker_name": "Eli Cohen",
        "speaker_kind": "person",
        "speaker_role": "minister",
        "speaker_title": "",
        "speaker_affiliation": "Israel",
        "speaker_resolution": "mention",
        "speaker_role_source_text": "minister",
        "speaker_role_source_start": "27",
        "speaker_role_source_end": "35",
        "speaker_title_source_text": "",
        "speaker_title_source_start": "",
        "speaker_title_source_end": "",
        "speaker_affiliation_source_text": "Israeli",  # the nationality word behind "Israel"
        "speaker_affiliation_source_start": "19",
        "speaker_affiliation_source_end": "26",
        "attribution": "postposed",
        "confidence": "0.734",
        "via_name": "Axios",
        "parent": "q0",
        "sentence": "0",
        "paragraph": "0",
        "context_start": "0",
        "context_end": "51",
        "source": "https://example.org/a",
        "url": "https://example.org/a",
        "published": "2023-05-29",
        "outlet": "Axios",
        "title": "'=Cohen speaks",  # spreadsheet-safe, as every text cell
        "sha256": "ab" * 32,
        "quoteattr_version": "0.1.0",
        "pipeline": "en_core_web_sm",
        "pipeline_version": "3.8.0",
    }
    assert second["sha256"] == second["context_start"] == ""
    assert second["cue_text"] == second["speaker_name"] == second["via_name"] == ""
    assert second["content_text"] == 'We will," he said, "act.'
    assert (second["sentence"], second["paragraph"]) == ("3", "1")
    assert second["confidence"] == "1.0"


def test_csv_header_can_be_written_once_for_many_documents() -> None:
    out = io.StringIO()
    write_csv_header(out)
    assert write_csv([full_quote()], out, header=False) == 1
    assert write_csv([split_quote()], out, header=False) == 1
    lines = out.getvalue().splitlines()
    assert lines[0] == ",".join(CSV_COLUMNS)
    assert len(lines) == 3


def test_csv_quotes_cells_holding_newlines_and_commas() -> None:
    quote = Quote(
        id="q",
        kind=QuoteKind.DIRECT,
        content=Content('one,\n"two"', 0, 10),
        cue=None,
        speaker=None,
        attribution=Attribution.NONE,
        sentence=0,
        paragraph=0,
    )
    out = io.StringIO()
    write_csv([quote], out)
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert row["content_text"] == 'one,\n"two"'


def test_speakers_jsonl_writes_each_entity_with_its_doc_id() -> None:
    entity = Entity(
        id="e1",
        name="Eli Cohen",
        kind=SpeakerKind.PERSON,
        role="minister",
        affiliation="Israel",
        mentions=(TextSpan("Eli Cohen", 36, 45), TextSpan("he", 80, 82)),
        quotes=("q1",),
        role_source=TextSpan.from_offsets(TEXT, 27, 35),
    )
    documents = [
        Document(text=TEXT, doc_id="a", speakers=(entity,)),
        Document(text="", doc_id="b"),
        Document(text=TEXT, doc_id="c", speakers=(entity,)),
    ]
    out = io.StringIO()
    assert write_speakers_jsonl(documents, out) == 2
    first, second = (json.loads(line) for line in out.getvalue().splitlines())
    assert first == {
        "id": "e1",
        "doc_id": "a",
        "name": "Eli Cohen",
        "kind": "person",
        "role": "minister",
        "title": None,
        "affiliation": "Israel",
        "mentions": [
            {"text": "Eli Cohen", "start": 36, "end": 45},
            {"text": "he", "start": 80, "end": 82},
        ],
        "quotes": ["q1"],
        "role_source": {"text": "minister", "start": 27, "end": 35},
        "title_source": None,
        "affiliation_source": None,
    }
    assert second["doc_id"] == "c"
    assert entity_to_dict(entity, None)["doc_id"] is None


def test_dumps_json_indents_and_keeps_non_ascii() -> None:
    assert dumps_json({"f1": 0.5, "name": "é"}) == '{\n  "f1": 0.5,\n  "name": "é"\n}'


# -- lenient reading ----------------------------------------------------------------------


def test_read_quotes_fills_what_a_hand_written_gold_line_leaves_out() -> None:
    (quote,) = read_quotes([gold()])
    content = Content("We will act", 1, 12)
    assert quote == Quote(
        id=Quote.make_id(content),
        kind=QuoteKind.DIRECT,
        content=content,
        cue=None,
        speaker=None,
        attribution=Attribution.NONE,
        sentence=0,
        paragraph=0,
    )
    assert quote.confidence == 1.0  # a gold statement is taken as certain


def test_read_quotes_gives_a_bare_speaker_and_cue_their_defaults() -> None:
    line = gold(
        speaker={"text": "Eli Cohen", "start": 36, "end": 45, "name": "Eli Cohen"},
        cue={"text": "Said", "start": 46, "end": 50},
    )
    (quote,) = read_quotes([line])
    assert quote.speaker == Speaker("Eli Cohen", 36, 45, name="Eli Cohen")
    assert quote.speaker.kind is SpeakerKind.UNKNOWN
    assert quote.cue == Cue("Said", "said", 46, 50)


def test_read_quotes_skips_blank_and_comment_lines_and_ignores_unknown_keys() -> None:
    lines = ["// gold for seeds/000", "", "   ", gold(note="checked by hand"), "  // end"]
    assert len(read_quotes(lines)) == 1


def test_read_quotes_reads_a_file_with_a_byte_order_mark_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + (gold() + "\r\n" + gold(id="x") + "\r\n").encode())
    quotes = read_quotes(path)
    assert [quote.id for quote in quotes][1] == "x"
    assert read_quotes(str(path)) == quotes


def test_read_quotes_keeps_line_separators_inside_strings(tmp_path: Path) -> None:
    text = "a\u2028b\x85c\rd"
    quote = Quote(
        id="q",
        kind=QuoteKind.DIRECT,
        content=Content(text, 0, len(text)),
        cue=None,
        speaker=None,
        attribution=Attribution.NONE,
        sentence=0,
        paragraph=0,
    )
    path = tmp_path / "pred.jsonl"
    with path.open("w", encoding="utf-8", newline="") as out:
        write_jsonl([quote], out)
    assert read_quotes(path) == [quote]


# -- strict reading -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("{not json", "not JSON"),
        ("[1, 2]", "expected a JSON object, got list"),
        (json.dumps({"kind": "direct"}), "content: required field missing"),
        (gold(content="We will act"), "content: expected an object"),
        (gold(content={"text": "We will act", "start": 1}), "content: lacks end"),
        (gold(content={"start": 1, "end": 12}), "content: lacks text"),
        (gold(content={"text": "", "start": 12, "end": 1}), "end (1) must be >= start (12)"),
        (
            gold(content={"text": "We will act", "start": 1, "end": 13}),
            "content.text has 11 characters but end - start is 12",
        ),
        (gold(content={"text": "a", "start": "1", "end": 2}), "content.start: expected an integer"),
        (json.dumps({"content": {"text": "a", "start": 0, "end": 1}}), "kind: required field"),
        (gold(kind="quoted"), "kind: expected one of 'direct', 'mixed', 'indirect'"),
        (gold(sentence=True), "sentence: expected an integer"),
        (gold(speaker="Eli Cohen"), "speaker: expected an object or null"),
        (gold(speaker={"text": "Eli"}), "speaker.start: required field missing"),
        (
            gold(speaker={"text": "Eli", "start": 0, "end": 2}),
            "speaker.text has 3 characters but end - start is 2",
        ),
        (
            gold(speaker={"text": "Eli", "start": 0, "end": 3, "kind": "man"}),
            "speaker.kind: expected one of",
        ),
        (gold(cue={"text": "said", "start": 0, "end": 4, "negated": "no"}), "cue.negated"),
        (gold(confidence="0.9"), "confidence: expected a number"),
        (gold(confidence=True), "confidence: expected a number"),
        (gold(confidence=1.5), "confidence must be a number from 0 to 1"),
        (gold(confidence=-0.01), "confidence must be a number from 0 to 1"),
        (
            gold(content={"text": "ab", "start": 0, "end": 2, "parts": [{"text": "a"}]}),
            "content.parts[0].start",
        ),
    ],
)
def test_read_quotes_names_file_line_and_problem(line: str, problem: str) -> None:
    with pytest.raises(GoldFormatError) as info:
        read_quotes(["// header", gold(), line], name="gold.jsonl")
    message = str(info.value)
    assert message.startswith("gold.jsonl:3: ")
    assert problem in message


def test_read_quotes_names_the_path_and_rejects_other_encodings(tmp_path: Path) -> None:
    path = tmp_path / "latin.jsonl"
    line = gold(id="café").replace("\\u00e9", "é")  # json.dumps escapes it
    path.write_bytes(gold().encode() + b"\n" + line.encode("latin-1") + b"\n")
    with pytest.raises(GoldFormatError, match=r"latin\.jsonl:2: not valid UTF-8"):
        read_quotes(path)


def test_read_quotes_of_a_missing_file_raises_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_quotes(tmp_path / "missing.jsonl")


def test_gold_format_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match=r"^content: required field missing"):
        quote_from_dict({"kind": "direct"})


# -- property: any valid quote round-trips ------------------------------------------------

OPTIONAL_TEXT = st.none() | st.text(max_size=12)


@st.composite
def spans(draw: st.DrawFn) -> tuple[str, int, int]:
    text = draw(st.text(max_size=20))
    start = draw(st.integers(min_value=0, max_value=10_000))
    return text, start, start + len(text)


@st.composite
def speakers(draw: st.DrawFn) -> Speaker:
    text, start, end = draw(spans())
    return Speaker(
        text,
        start,
        end,
        name=draw(OPTIONAL_TEXT),
        kind=draw(st.sampled_from(SpeakerKind)),
        role=draw(OPTIONAL_TEXT),
        title=draw(OPTIONAL_TEXT),
        affiliation=draw(OPTIONAL_TEXT),
        entity=draw(OPTIONAL_TEXT),
        resolution=draw(st.sampled_from(Resolution)),
    )


@st.composite
def cues(draw: st.DrawFn) -> Cue:
    text, start, end = draw(spans())
    return Cue(
        text,
        draw(st.text(max_size=10)),
        start,
        end,
        category=draw(st.sampled_from(CueCategory)),
        negated=draw(st.booleans()),
    )


@st.composite
def quotes(draw: st.DrawFn) -> Quote:
    text, start, end = draw(spans())
    parts = tuple(TextSpan(*span) for span in draw(st.lists(spans(), max_size=3)))
    return Quote(
        id=draw(st.text(min_size=1, max_size=16)),
        kind=draw(st.sampled_from(QuoteKind)),
        content=Content(text, start, end, parts),
        cue=draw(st.none() | cues()),
        speaker=draw(st.none() | speakers()),
        attribution=draw(st.sampled_from(Attribution)),
        sentence=draw(st.integers(min_value=0, max_value=500)),
        paragraph=draw(st.integers(min_value=0, max_value=100)),
        doc_id=draw(OPTIONAL_TEXT),
        via=draw(st.none() | speakers()),
        parent=draw(OPTIONAL_TEXT),
        confidence=draw(st.floats(min_value=0, max_value=1)),
    )


# Building Hypothesis's table of Unicode characters takes a second or two on a cold cache.
@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(quotes(), max_size=4))
def test_any_valid_quotes_round_trip_through_json_lines(records: list[Quote]) -> None:
    out = io.StringIO()
    assert write_jsonl(records, out) == len(records)
    assert read_quotes(io.StringIO(out.getvalue())) == records
    assert read_quotes(out.getvalue().encode("utf-8").decode("utf-8").split("\n")) == records
