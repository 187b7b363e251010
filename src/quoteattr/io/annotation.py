"""W3C Web Annotations of the statements: one ``Annotation`` per record, in JSON-LD.

Each annotation (https://www.w3.org/TR/annotation-model/) targets the statement's words in
its source (the article's URL when known, else its file path or document id) through two
equivalent selectors: a ``TextQuoteSelector`` (the ``exact`` words, with up to 32 characters
of ``prefix`` and ``suffix``) and a ``TextPositionSelector`` (``start`` and ``end``). The
offsets count Unicode code points, as Python does, not the UTF-16 units JavaScript counts:
they differ after a character outside the Basic Multilingual Plane (see :mod:`.selectors`).

Its bodies describe the speaker and the cue in words, and tag the kind of statement::

    {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:uuid:...",
     "type": "Annotation", "motivation": "describing",
     "dcterms:identifier": <record id>,
     "generator": {"type": "Software", "name": "quoteattr ..."},
     "body": [{"type": "TextualBody", "purpose": "describing", "value": "Speaker: ..."},
              {"type": "TextualBody", "purpose": "describing", "value": "Cue: ..."},
              {"type": "TextualBody", "purpose": "tagging", "value": "direct"}],
     "target": {"source": <url, path or doc id>,
                "selector": [{"type": "TextQuoteSelector", "exact", "prefix", "suffix"},
                             {"type": "TextPositionSelector", "start", "end"}]}}

The command line writes them as JSON Lines, one annotation a line.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TextIO

from ..records import Document, Provenance, Quote
from .jsonl import _dumps_line
from .provenance import Metadata, provenance_of, record_iri
from .selectors import text_position, text_quote

CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def _textual(purpose: str, value: str) -> dict[str, str]:
    return {"type": "TextualBody", "purpose": purpose, "format": "text/plain", "value": value}


def speaker_description(quote: Quote) -> str:
    """``Speaker: Yoav Gallant (Defense Minister, Israel; person), as "Gallant"``."""
    speaker = quote.speaker
    if speaker is None:
        return "Speaker: none found"
    about = [value for value in (speaker.title, speaker.role, speaker.affiliation) if value]
    details = "; ".join(filter(None, (", ".join(about), speaker.kind.value)))
    named = f"Speaker: {speaker.name or speaker.text} ({details})"
    if speaker.name and speaker.name != speaker.text:
        named += f", as “{speaker.text}”"
    if quote.via is not None:
        named += f", through {quote.via.name or quote.via.text}"
    return named


def cue_description(quote: Quote) -> str:
    """``Cue: "said" (neutral), characters 716-720``, or why there is none."""
    cue = quote.cue
    if cue is None:
        return "Cue: none (given to the speaker of the statement before)"
    text = f"Cue: “{cue.text}” ({cue.category.value}), characters {cue.start}–{cue.end}"
    if cue.negated:
        text += "; NEGATED: the article reports that this was not said"
    return text


def annotation(
    document: Document, quote: Quote, provenance: Provenance | None = None
) -> dict[str, Any]:
    """The Web Annotation of one statement of ``document``.

    Args:
        document: The document the statement was found in.
        quote: The statement.
        provenance: Where the document came from; its URL, else its source, is the target.

    Returns:
        The annotation as a JSON-ready dict, with its ``@context``.
    """
    from .. import __version__  # at call time: the package imports this module's package

    provenance = provenance or provenance_of(document)
    start, end = quote.content.start, quote.content.end
    bodies = [
        _textual("describing", speaker_description(quote)),
        _textual("describing", cue_description(quote)),
        _textual("tagging", quote.kind.value),
    ]
    if quote.cue is not None and quote.cue.negated:
        bodies.append(_textual("tagging", "negated"))
    return {
        "@context": CONTEXT,
        "id": record_iri(provenance, document.doc_id, quote.id, "annotation"),
        "type": "Annotation",
        "motivation": "describing",
        "dcterms:identifier": quote.id,
        "generator": {"type": "Software", "name": f"quoteattr {__version__}"},
        "body": bodies,
        "target": {
            "source": provenance.reference(document.doc_id),
            "selector": [
                {"type": "TextQuoteSelector", **text_quote(document.text, start, end)},
                {"type": "TextPositionSelector", **text_position(start, end)},
            ],
        },
    }


def document_annotations(
    document: Document, provenance: Provenance | None = None
) -> list[dict[str, Any]]:
    """The annotation of every statement of ``document``, in document order."""
    return [annotation(document, quote, provenance) for quote in document.quotes]


def write_annotations(
    documents: Iterable[Document], out: TextIO, metadata: Metadata | None = None
) -> int:
    """Write one annotation per statement, one JSON object a line.

    Args:
        documents: Analysed documents.
        out: A text stream; open files with ``encoding="utf-8"``.
        metadata: Optional per-document metadata keyed by ``doc_id`` (see
            :mod:`.provenance`); a ``url`` becomes the target's source.

    Returns:
        The number of annotations written.
    """
    writer = AnnotationWriter()
    for document in documents:
        out.write(writer.add(document, provenance_of(document, metadata)))
    return writer.count


class AnnotationWriter:
    """Writes the annotations of each document as it comes."""

    def __init__(self) -> None:
        self.count = 0

    def add(self, document: Document, provenance: Provenance) -> str:
        """The lines of ``document``'s annotations."""
        lines = [_dumps_line(node) for node in document_annotations(document, provenance)]
        self.count += len(lines)
        return "".join(lines)

    def close(self) -> str:
        """Nothing: JSON Lines has no end."""
        return ""
