"""Where a document came from, as the caller states it: the source, URL, date and checksum.

Documents the extractor made carry their :class:`~quoteattr.Provenance`; the citable
formats (:mod:`.html`, :mod:`.jsonld`, :mod:`.annotation`) use it, and fill what it lacks
(a text file's URL, say) from an optional mapping, keyed by document id, that the caller
passes in::

    {"003_02ac1dcc055ceb62": {"url": "https://example.org/a", "published": "2023-05-29"}}

Every key is optional (any field of :class:`~quoteattr.Provenance`), and unknown keys are
ignored.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping

import attrs

from ..records import Document, Provenance

_KEYS = tuple(field.name for field in attrs.fields(Provenance))

Metadata = Mapping[str, Mapping[str, object]]
"""Per-document metadata: document id -> ``{"source", "url", "published", "sha256", ...}``."""


def _text(value: object) -> str | None:
    if value is None:
        return None
    # A date or datetime becomes its ISO 8601 form; anything else its str().
    isoformat = getattr(value, "isoformat", None)
    text = isoformat() if callable(isoformat) else str(value)
    return str(text) or None


def from_mapping(data: Mapping[str, object] | None) -> Provenance:
    """Read the keys of one document's metadata (all optional; other keys are ignored).

    Args:
        data: One document's metadata, or ``None``.

    Returns:
        The provenance; a ``date`` or ``datetime`` value becomes its ISO 8601 form.
    """
    if not data:
        return Provenance()
    return Provenance(**{key: _text(data.get(key)) for key in _KEYS})


def lookup(metadata: Metadata | None, doc_id: str | None) -> Provenance:
    """The provenance of document ``doc_id`` in ``metadata``, empty when it has none."""
    if metadata is None or doc_id is None:
        return Provenance()
    return from_mapping(metadata.get(doc_id))


def provenance_of(document: Document, metadata: Metadata | None = None) -> Provenance:
    """The document's own provenance, its gaps filled from ``metadata`` (keyed by doc id).

    A document the extractor made carries its :class:`~quoteattr.Provenance` (on the
    document and on each quote); one built by hand or read from an old file has none, and
    then ``metadata`` is all there is.
    """
    own = document.provenance
    if own is None:
        own = next((q.provenance for q in document.quotes if q.provenance is not None), None)
    given = lookup(metadata, document.doc_id)
    if own is None:
        return given
    missing = {
        key: getattr(given, key)
        for key in _KEYS
        if getattr(own, key) is None and getattr(given, key) is not None
    }
    return attrs.evolve(own, **missing) if missing else own


def record_iri(provenance: Provenance, doc_id: str | None, record_id: str, what: str) -> str:
    """A stable IRI for something made of one record: ``urn:uuid:`` and a name-based UUID.

    The same record of the same document (by URL when there is one, else by document id)
    gets the same IRI on every run, so a ``ClaimReview`` or a reply can point at it.

    Args:
        provenance: The document's provenance (its URL, if known, names the document).
        doc_id: The document's id.
        record_id: The record's id, unique within the document.
        what: What the IRI names (``"claim"``, ``"annotation"``): each gets its own.
    """
    document = provenance.url or f"quoteattr:{doc_id or 'document'}"
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'{document}#{what}-{record_id}')}"
