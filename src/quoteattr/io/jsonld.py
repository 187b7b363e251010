"""schema.org ``Claim`` objects in JSON-LD, for fact-checking tools and ``ClaimReview``.

Each statement becomes a ``Claim`` (https://schema.org/Claim) with its ``text``, its
``author`` (a ``Person`` or an ``Organization``, with ``jobTitle`` and ``affiliation``), its
``appearance`` (the article: its ``url`` when known, else its file path or document id) and
``datePublished`` when the caller gives the article's date. A ``ClaimReview`` points at one
by its ``@id`` (``"itemReviewed": {"@id": ...}``).

schema.org has no property for a position in a text, so the appearance carries the Web
Annotation selectors (``oa:hasSelector``, https://www.w3.org/TR/annotation-model/): a
``TextPositionSelector`` with the character offsets (code points, as in the records) and a
``TextQuoteSelector`` with the words and their context. Their terms are in the ``oa:``
namespace, declared in the ``@context``.

A run is one JSON-LD document: ``{"@context": ..., "@graph": [claim, ...]}``.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterable
from typing import Any, TextIO

from ..records import Document, Provenance, Quote, QuoteKind, Speaker, SpeakerKind, TextSpan
from .jsonl import _LINE_BREAKS
from .provenance import Metadata, provenance_of, record_iri
from .selectors import text_position, text_quote

CONTEXT: list[Any] = ["https://schema.org", {"oa": "http://www.w3.org/ns/oa#"}]
"""The ``@context`` of the claims: schema.org, and the Web Annotation namespace."""

# schema.org types of the author, by the kind of speaker. An unnamed source ("a US
# official") and a speaker of unknown kind are taken for people: in news text they mostly
# are, and schema.org's author is a Person or an Organization.
_AUTHOR_TYPES = {
    SpeakerKind.PERSON: "Person",
    SpeakerKind.UNNAMED: "Person",
    SpeakerKind.UNKNOWN: "Person",
    SpeakerKind.ORGANIZATION: "Organization",
    SpeakerKind.GROUP: "Organization",
    SpeakerKind.GOVERNMENT: "GovernmentOrganization",
    SpeakerKind.MEDIA: "NewsMediaOrganization",
}
_KIND_WORDS = {
    QuoteKind.DIRECT: "Direct quote",
    QuoteKind.MIXED: "Mixed quote (partly the speaker's words, partly paraphrase)",
    QuoteKind.INDIRECT: "Reported speech (the writer's paraphrase)",
}


def claim_text(quote: Quote) -> str:
    """The words of a statement: its content, or its parts joined by `` … `` when split.

    A quote split around its reporting clause (``"It is too early," she said, "to call
    this a success."``) is cited without the clause.
    """
    if quote.content.parts:
        return " … ".join(part.text for part in quote.content.parts)
    return quote.content.text


def author(speaker: Speaker) -> dict[str, Any]:
    """The schema.org ``Person`` or ``Organization`` of a speaker.

    A person has ``jobTitle`` (the role, a ``DefinedTerm``), ``honorificPrefix`` (the title)
    and ``affiliation`` (an ``Organization``); the role and the affiliation carry a
    ``TextPositionSelector`` of the words they were read from (``honorificPrefix`` is text
    only in schema.org, so the title's words are in the records alone). An organisation of
    any kind has only its ``name``, the one schema.org property quoteattr knows for it.
    The name is the speaker's fullest name, else the
    mention as written (``a US official``), which ``description`` then says is unnamed.
    """
    kind = _AUTHOR_TYPES.get(speaker.kind, "Person")
    node: dict[str, Any] = {"@type": kind, "name": speaker.name or speaker.text}
    if kind == "Person":
        if speaker.role:
            node["jobTitle"] = _read_from(
                {"@type": "DefinedTerm", "name": speaker.role}, speaker.role_source
            )
        if speaker.title:
            node["honorificPrefix"] = speaker.title
        if speaker.affiliation:
            node["affiliation"] = _read_from(
                {"@type": "Organization", "name": speaker.affiliation}, speaker.affiliation_source
            )
    if speaker.kind in (SpeakerKind.UNNAMED, SpeakerKind.UNKNOWN, SpeakerKind.GROUP):
        node["description"] = f"{speaker.kind.value} speaker, as the article names it"
    return node


def _read_from(node: dict[str, Any], source: TextSpan | None) -> dict[str, Any]:
    """``node`` with the offsets of the words it was read from, as a Web Annotation selector."""
    if source is not None:
        position = text_position(source.start, source.end)
        node["oa:hasSelector"] = {
            "@type": "oa:TextPositionSelector",
            **{f"oa:{key}": value for key, value in position.items()},
        }
    return node


def appearance(document: Document, quote: Quote, provenance: Provenance) -> dict[str, Any]:
    """The ``CreativeWork`` the statement appears in, with where in it.

    The work is named by its ``url`` when known, by the file it was read from (``name``)
    and by its document id (``identifier``, with the ``sha256`` when known); where in it,
    by Web Annotation selectors (offsets in code points).
    """
    node: dict[str, Any] = {"@type": "CreativeWork"}
    if provenance.url:
        node["url"] = provenance.url
    if provenance.source:  # the file it was read from
        node["name"] = provenance.source
    identifiers: list[Any] = [document.doc_id] if document.doc_id else []
    if provenance.sha256:
        identifiers.append(
            {"@type": "PropertyValue", "propertyID": "sha256", "value": provenance.sha256}
        )
    if identifiers:
        node["identifier"] = identifiers[0] if len(identifiers) == 1 else identifiers
    if provenance.published:
        node["datePublished"] = provenance.published
    if provenance.title:
        node["headline"] = provenance.title
    if provenance.outlet:
        node["publisher"] = {"@type": "Organization", "name": provenance.outlet}
    start, end = quote.content.start, quote.content.end
    position = {f"oa:{key}": value for key, value in text_position(start, end).items()}
    words = {f"oa:{key}": value for key, value in text_quote(document.text, start, end).items()}
    node["oa:hasSelector"] = [
        {"@type": "oa:TextPositionSelector", **position},
        {"@type": "oa:TextQuoteSelector", **words},
    ]
    return node


def describe(quote: Quote) -> str:
    """One sentence on how the article reports the statement, for a reviewer."""
    words = [_KIND_WORDS.get(quote.kind, quote.kind.value)]
    if quote.cue is not None:
        words.append(f"cue “{quote.cue.text}” ({quote.cue.category.value})")
        if quote.cue.negated:
            words.append("NEGATED: the article reports that this was not said")
    else:
        words.append("no cue of its own (given to the speaker of the statement before)")
    if quote.via is not None:
        words.append(f"came through {quote.via.name or quote.via.text}")
    if quote.parent is not None:
        words.append(f"reported inside statement {quote.parent}")
    words.append(f"confidence {quote.confidence:.2f}")
    return "; ".join(words) + "."


def claim(document: Document, quote: Quote, provenance: Provenance | None = None) -> dict[str, Any]:
    """The schema.org ``Claim`` of one statement of ``document`` (without ``@context``).

    Args:
        document: The document the statement was found in (its text gives the context of
            the quote selector).
        quote: The statement.
        provenance: Where the document came from; its URL and date are used when known.

    Returns:
        ``{"@type": "Claim", "@id", "identifier", "text", "author", "appearance",
        "datePublished", "description", "additionalProperty"}``; ``author`` is left out
        for a statement without a speaker, ``datePublished`` when the date is not known.
        ``additionalProperty`` is a ``PropertyValue`` named ``confidence`` holding the
        record's confidence (schema.org has no property of its own for it).
    """
    provenance = provenance or provenance_of(document)
    node: dict[str, Any] = {
        "@type": "Claim",
        "@id": record_iri(provenance, document.doc_id, quote.id, "claim"),
        "identifier": quote.id,
        "text": claim_text(quote),
    }
    if quote.speaker is not None:
        node["author"] = author(quote.speaker)
    node["appearance"] = appearance(document, quote, provenance)
    if provenance.published:
        node["datePublished"] = provenance.published
    node["description"] = describe(quote)
    node["additionalProperty"] = {
        "@type": "PropertyValue",
        "propertyID": "confidence",
        "value": quote.confidence,
    }
    return node


def claims(document: Document, provenance: Provenance | None = None) -> list[dict[str, Any]]:
    """The ``Claim`` of every statement of ``document``, in document order."""
    return [claim(document, quote, provenance) for quote in document.quotes]


def claims_graph(documents: Iterable[Document], metadata: Metadata | None = None) -> dict[str, Any]:
    """One JSON-LD document holding the claims of ``documents``.

    Args:
        documents: Analysed documents.
        metadata: Optional per-document metadata keyed by ``doc_id`` (see
            :mod:`.provenance`): ``url`` and ``published`` are used when given.

    Returns:
        ``{"@context": CONTEXT, "@graph": [claim, ...]}``, ready for ``json.dumps``.
    """
    graph = [
        node
        for document in documents
        for node in claims(document, provenance_of(document, metadata))
    ]
    return {"@context": CONTEXT, "@graph": graph}


def write_jsonld(
    documents: Iterable[Document], out: TextIO, metadata: Metadata | None = None
) -> int:
    """Write the claims of ``documents`` as one JSON-LD document, indented.

    Args:
        documents: Analysed documents.
        out: A text stream; open files with ``encoding="utf-8"``.
        metadata: Optional per-document metadata keyed by ``doc_id``.

    Returns:
        The number of claims written.
    """
    writer = JsonLdWriter()
    for document in documents:
        out.write(writer.add(document, provenance_of(document, metadata)))
    out.write(writer.close())
    return writer.count


class JsonLdWriter:
    """Writes one JSON-LD document a piece at a time: each document's claims as they come."""

    def __init__(self) -> None:
        self.count = 0

    def add(self, document: Document, provenance: Provenance) -> str:
        """The claims of ``document``, as the next items of the ``@graph`` list."""
        pieces = []
        for node in claims(document, provenance):
            opening = self._opening() if self.count == 0 else ",\n"
            pieces.append(opening + textwrap.indent(_dumps(node), "    "))
            self.count += 1
        return "".join(pieces)

    def close(self) -> str:
        """The end of the document (all of it, when no claim was written)."""
        return (self._opening() if self.count == 0 else "") + "\n  ]\n}\n"

    @staticmethod
    def _opening() -> str:
        return '{\n  "@context": ' + json.dumps(CONTEXT) + ',\n  "@graph": [\n'


def _dumps(node: dict[str, Any]) -> str:
    # Text as written, not as \u escapes, but for the line breaks that JSON Lines escapes too.
    return json.dumps(node, ensure_ascii=False, indent=2).translate(_LINE_BREAKS)
