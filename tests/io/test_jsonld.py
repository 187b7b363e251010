"""schema.org Claims in JSON-LD: every statement a Claim with text, author and appearance."""

from __future__ import annotations

import io
import json

import attrs
import pytest

from quoteattr.io.jsonld import CONTEXT, author, claim, claims_graph, write_jsonld
from quoteattr.records import (
    Attribution,
    Content,
    Cue,
    Document,
    Quote,
    QuoteKind,
    Speaker,
    SpeakerKind,
    TextSpan,
)

AUTHOR_TYPES = ("Person", "Organization", "GovernmentOrganization", "NewsMediaOrganization")


def written(documents: list[Document], metadata: dict[str, dict[str, str]] | None = None) -> dict:  # type: ignore[type-arg]
    buffer = io.StringIO()
    count = write_jsonld(documents, buffer, metadata)
    data = json.loads(buffer.getvalue())
    assert count == len(data["@graph"])
    return data  # type: ignore[no-any-return]


def test_every_statement_is_a_claim_with_text_author_and_appearance(
    seed_documents: list[Document],
) -> None:
    data = written(seed_documents)
    assert data["@context"] == CONTEXT
    records = [(document, record) for document in seed_documents for record in document.quotes]
    assert len(data["@graph"]) == len(records)
    for node, (document, record) in zip(data["@graph"], records, strict=True):
        assert node["@type"] == "Claim" and node["identifier"] == record.id
        assert node["text"] == record.content.text  # no seed quote is split
        if record.speaker is not None:
            assert node["author"]["@type"] in AUTHOR_TYPES
            assert node["author"]["name"] == record.speaker.name or record.speaker.text
        else:
            assert "author" not in node
        where = node["appearance"]
        assert where["@type"] == "CreativeWork" and where["identifier"][0] == document.doc_id
        assert document.provenance is not None
        checksum = {"@type": "PropertyValue", "propertyID": "sha256"}
        assert {**checksum, "value": document.provenance.sha256} in where["identifier"]
        position, words = where["oa:hasSelector"]
        assert position["@type"] == "oa:TextPositionSelector"
        assert document.text[position["oa:start"] : position["oa:end"]] == record.content.text
        assert words["@type"] == "oa:TextQuoteSelector" and words["oa:exact"] == record.content.text
        assert node["additionalProperty"] == {
            "@type": "PropertyValue",
            "propertyID": "confidence",
            "value": record.confidence,
        }
        assert f"confidence {record.confidence:.2f}." in node["description"]
    ids = [node["@id"] for node in data["@graph"]]
    assert len(set(ids)) == len(ids) and all(i.startswith("urn:uuid:") for i in ids)
    assert written(seed_documents)["@graph"] == data["@graph"]  # stable from run to run


def test_metadata_gives_the_url_date_and_checksum_of_the_appearance(
    seed_documents: list[Document],
) -> None:
    document = attrs.evolve(
        seed_documents[0],
        provenance=None,
        quotes=[attrs.evolve(q, provenance=None) for q in seed_documents[0].quotes],
    )
    about = {"url": "https://example.org/a", "published": "2023-05-29", "sha256": "ab" * 32}
    node = written([document], {str(document.doc_id): about})["@graph"][0]
    assert node["datePublished"] == "2023-05-29"
    assert node["appearance"]["url"] == "https://example.org/a"
    assert node["appearance"]["datePublished"] == "2023-05-29"
    assert {"@type": "PropertyValue", "propertyID": "sha256", "value": "ab" * 32} in node[
        "appearance"
    ]["identifier"]
    assert node["@id"] != written([document])["@graph"][0]["@id"]  # named by the URL


def test_the_records_provenance_wins_and_metadata_fills_its_gaps(
    seed_documents: list[Document],
) -> None:
    document = seed_documents[0]
    assert document.provenance is not None and document.provenance.url is None
    about = {"url": "https://example.org/a", "sha256": "ab" * 32}
    node = written([document], {str(document.doc_id): about})["@graph"][0]
    assert node["appearance"]["url"] == "https://example.org/a"
    checksums = [i["value"] for i in node["appearance"]["identifier"] if isinstance(i, dict)]
    assert checksums == [document.provenance.sha256]


PERSON = Speaker(
    "Dr. Maria Gomez",
    0,
    15,
    name="Maria Gomez",
    kind=SpeakerKind.PERSON,
    role="researcher",
    title="Dr.",
    affiliation="Oxford University",
    entity="e1",
)


@pytest.mark.parametrize(
    ("kind", "schema_type"),
    [
        (SpeakerKind.PERSON, "Person"),
        (SpeakerKind.UNNAMED, "Person"),
        (SpeakerKind.ORGANIZATION, "Organization"),
        (SpeakerKind.GOVERNMENT, "GovernmentOrganization"),
        (SpeakerKind.MEDIA, "NewsMediaOrganization"),
    ],
)
def test_the_author_type_follows_the_speaker_kind(kind: SpeakerKind, schema_type: str) -> None:
    import attrs

    node = author(attrs.evolve(PERSON, kind=kind))
    assert node["@type"] == schema_type
    if schema_type == "Person":
        assert node["jobTitle"] == {"@type": "DefinedTerm", "name": "researcher"}
        assert node["honorificPrefix"] == "Dr."
        assert node["affiliation"] == {"@type": "Organization", "name": "Oxford University"}
    else:
        assert set(node) == {"@type", "name"}


def test_the_role_and_affiliation_point_at_the_words_they_were_read_from() -> None:
    import attrs

    text = "Oxford University researcher Maria Gomez"
    speaker = attrs.evolve(
        PERSON,
        text="Maria Gomez",
        start=29,
        end=40,
        title=None,
        role_source=TextSpan.from_offsets(text, 18, 28),
        affiliation_source=TextSpan.from_offsets(text, 0, 17),
    )
    node = author(speaker)
    selector = {"@type": "oa:TextPositionSelector", "oa:start": 18, "oa:end": 28}
    role = {"@type": "DefinedTerm", "name": "researcher", "oa:hasSelector": selector}
    assert node["jobTitle"] == role
    place = node["affiliation"]["oa:hasSelector"]
    assert text[place["oa:start"] : place["oa:end"]] == "Oxford University"


def test_a_split_quote_is_cited_without_its_reporting_clause() -> None:
    text = '"It is too early," she said, "to call this a success."'
    record = Quote(
        id="q",
        kind=QuoteKind.DIRECT,
        content=Content.from_parts(text, [(1, 16), (30, 53)]),
        cue=Cue("said", "say", 23, 27, negated=True),
        speaker=None,
        attribution=Attribution.POSTPOSED,
        sentence=0,
        paragraph=0,
    )
    node = claim(Document(text, "d", (record,)), record)
    assert node["text"] == "It is too early … to call this a success."
    assert "NEGATED" in node["description"]
    start, end = (node["appearance"]["oa:hasSelector"][0][k] for k in ("oa:start", "oa:end"))
    assert (start, end) == (1, 53)


def test_no_document_is_an_empty_graph() -> None:
    assert written([]) == {"@context": CONTEXT, "@graph": []}
    assert written([Document("Nothing said.", "d")])["@graph"] == []
    assert claims_graph([]) == {"@context": CONTEXT, "@graph": []}
