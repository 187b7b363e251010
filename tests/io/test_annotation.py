"""W3C Web Annotations: the model's required fields, and selectors that find the words again."""

from __future__ import annotations

import io
import json

from quoteattr.io.annotation import CONTEXT, annotation, write_annotations
from quoteattr.io.selectors import CONTEXT_CHARS
from quoteattr.records import Attribution, Content, Document, Quote, QuoteKind

Metadata = dict[str, dict[str, str]]


def lines(documents: list[Document], metadata: Metadata | None = None) -> list[dict]:  # type: ignore[type-arg]
    buffer = io.StringIO()
    count = write_annotations(documents, buffer, metadata)
    parsed = [json.loads(line) for line in buffer.getvalue().split("\n") if line]
    assert count == len(parsed)
    return parsed


def test_one_annotation_per_record_with_the_required_fields(
    seed_documents: list[Document],
) -> None:
    annotations = lines(seed_documents)
    records = [(document, record) for document in seed_documents for record in document.quotes]
    assert len(annotations) == len(records)
    for node, (document, record) in zip(annotations, records, strict=True):
        assert node["@context"] == CONTEXT == "http://www.w3.org/ns/anno.jsonld"
        assert node["type"] == "Annotation" and node["id"].startswith("urn:uuid:")
        assert node["dcterms:identifier"] == record.id
        assert node["target"]["source"] == document.doc_id  # no URL, no path: the doc id
        assert node["body"] and all(body["type"] == "TextualBody" for body in node["body"])
        assert all(body["purpose"] in ("describing", "tagging") for body in node["body"])
        tags = [body["value"] for body in node["body"] if body["purpose"] == "tagging"]
        assert record.kind.value in tags
        if record.speaker is not None:
            assert (record.speaker.name or record.speaker.text) in node["body"][0]["value"]
    ids = [node["id"] for node in annotations]
    assert len(set(ids)) == len(ids)


def test_the_selectors_find_the_exact_words_in_the_source(seed_documents: list[Document]) -> None:
    texts = {document.doc_id: document.text for document in seed_documents}
    for node in lines(seed_documents):
        text = texts[node["target"]["source"]]
        quote, position = node["target"]["selector"]
        assert quote["type"] == "TextQuoteSelector" and position["type"] == "TextPositionSelector"
        start, end = position["start"], position["end"]
        assert text[start:end] == quote["exact"]
        prefix, suffix = quote.get("prefix", ""), quote.get("suffix", "")
        assert prefix + quote["exact"] + suffix in text
        assert len(prefix) == min(CONTEXT_CHARS, start)
        assert len(suffix) == min(CONTEXT_CHARS, len(text) - end)
        assert text.find(prefix + quote["exact"]) + len(prefix) == start  # the first match


def test_the_source_is_the_url_when_given(seed_documents: list[Document]) -> None:
    document = seed_documents[0]
    doc_id = str(document.doc_id)
    [first, *_] = lines([document], {doc_id: {"url": "https://example.org/a", "source": "a.txt"}})
    assert first["target"]["source"] == "https://example.org/a"
    [first, *_] = lines([document], {doc_id: {"source": "seeds/a.txt"}})
    assert first["target"]["source"] == "seeds/a.txt"


def test_offsets_count_code_points_and_context_stops_at_the_ends() -> None:
    text = '🙂 "Yes," she said.'  # the emoji is one code point, two UTF-16 units
    record = Quote(
        id="q",
        kind=QuoteKind.DIRECT,
        content=Content("Yes", 3, 6),
        cue=None,
        speaker=None,
        attribution=Attribution.NONE,
        sentence=0,
        paragraph=0,
    )
    node = annotation(Document(text, None, (record,)), record)
    quote, position = node["target"]["selector"]
    assert (position["start"], position["end"]) == (3, 6)
    assert quote == {
        "type": "TextQuoteSelector",
        "exact": "Yes",
        "prefix": '🙂 "',
        "suffix": '," she said.',
    }
    assert text.encode("utf-16-le").index("Yes".encode("utf-16-le")) // 2 == 4  # in JavaScript
    assert node["target"]["source"] == "document"
    assert "Speaker: none found" in node["body"][0]["value"]
