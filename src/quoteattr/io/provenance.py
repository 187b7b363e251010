"""Where a document came from, as the caller states it: the source, URL, date and checksum.

The records do not carry this yet: the citable formats (:mod:`.html`, :mod:`.jsonld`,
:mod:`.annotation`) read it from an optional mapping, keyed by document id, that the caller
passes in::

    {"003_02ac1dcc055ceb62": {"url": "https://example.org/a", "published": "2023-05-29"}}

Every key is optional, and unknown keys are ignored. The command line passes the path each
document was read from as its ``source``.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping

import attrs

from .inputs import STDIN_NAME

Metadata = Mapping[str, Mapping[str, object]]
"""Per-document metadata: document id -> ``{"source", "url", "published", "sha256"}``."""


def _text(value: object) -> str | None:
    if value is None:
        return None
    # A date or datetime becomes its ISO 8601 form; anything else its str().
    isoformat = getattr(value, "isoformat", None)
    text = isoformat() if callable(isoformat) else str(value)
    return str(text) or None


@attrs.frozen
class Provenance:
    """What is known of where a document came from.

    Attributes:
        source: Where the text was read from: a file path as given, or a name.
        url: The address the article was published at.
        published: When it was published, as ISO 8601 text (``2023-05-29``).
        sha256: Hex SHA-256 of the source text, when the caller computed one.
    """

    source: str | None = None
    url: str | None = None
    published: str | None = None
    sha256: str | None = None

    @classmethod
    def from_mapping(cls, data: Mapping[str, object] | None) -> Provenance:
        """Read the four keys of ``data`` (all optional; other keys are ignored).

        Args:
            data: One document's metadata, or ``None``.

        Returns:
            The provenance; a ``date`` or ``datetime`` value becomes its ISO 8601 form.
        """
        if not data:
            return cls()
        return cls(
            source=_text(data.get("source")),
            url=_text(data.get("url")),
            published=_text(data.get("published")),
            sha256=_text(data.get("sha256")),
        )

    @classmethod
    def read_from(cls, path: str | None) -> Provenance:
        """The provenance of a text the command line read from ``path`` (its ``source``).

        Standard input has no path to point at: its documents are named by their id.
        """
        return cls(source=path if path and path != STDIN_NAME else None)

    @classmethod
    def lookup(cls, metadata: Metadata | None, doc_id: str | None) -> Provenance:
        """The provenance of document ``doc_id`` in ``metadata``, empty when it has none."""
        if metadata is None or doc_id is None:
            return cls()
        return cls.from_mapping(metadata.get(doc_id))

    def reference(self, doc_id: str | None) -> str:
        """What to point at for this document: its URL, else its source, else its id."""
        return self.url or self.source or doc_id or "document"

    @property
    def web_url(self) -> str | None:
        """The URL when it is an ``http`` or ``https`` address, safe to make a link of."""
        if self.url and self.url.lower().startswith(("http://", "https://")):
            return self.url
        return None


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
