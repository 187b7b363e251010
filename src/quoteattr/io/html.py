"""A self-contained HTML report: each article with its statements highlighted, for review.

:func:`render` gives one page, with no external asset (it opens offline): a table of
contents, then each document's text with every statement highlighted in its speaker's
colour, the cue and the speaker's mention marked, and a card (speaker, role, affiliation,
kinds, cue, offsets) shown on hover and on keyboard focus; beside each text, its speakers
with their statement counts.

Each statement is one ``<mark class="q" data-quote-id="ID">`` element, nested as
:mod:`.html_layout` lays them out; the cards, colours and speaker lists come from
:mod:`.html_cards`. This module assembles each document's view and renders the page with
Jinja2, with autoescaping, from the templates in ``templates/``; every text of the article
and the records reaches the page as text, never as markup.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

import attrs

from ..records import Document, Provenance
from .html_cards import (
    NO_SPEAKER_COLOURS,
    PALETTE,
    TEXT_COLOUR,
    QuoteView,
    SpeakerRow,
    colours_of,
    quote_view,
    speaker_rows,
)
from .html_layout import Node, highlight
from .provenance import Metadata, provenance_of

if TYPE_CHECKING:
    import jinja2


@attrs.frozen
class DocumentView:
    """What the page shows of one document."""

    number: int
    doc_id: str
    provenance: Provenance
    nodes: list[Node | str]
    quotes: tuple[QuoteView, ...]
    speakers: tuple[SpeakerRow, ...]

    @property
    def anchor(self) -> str:
        return f"doc-{self.number}"


def render(documents: Iterable[Document], metadata: Metadata | None = None) -> str:
    """The HTML report of ``documents``, one self-contained page.

    Args:
        documents: Analysed documents, shown in this order.
        metadata: Optional per-document metadata keyed by ``doc_id``
            (``{"source", "url", "published", "sha256"}``, see :mod:`.provenance`),
            shown above each text.

    Returns:
        The page, as text (write it as UTF-8).
    """
    return render_with_provenance(
        (document, provenance_of(document, metadata)) for document in documents
    )


def render_with_provenance(documents: Iterable[tuple[Document, Provenance]]) -> str:
    """:func:`render` for documents paired with their provenance."""
    views = [
        document_view(number, document, provenance)
        for number, (document, provenance) in enumerate(documents, start=1)
    ]
    template = _environment().get_template("report.html")
    return template.render(
        documents=views,
        total=sum(len(view.quotes) for view in views),
        palette=list(enumerate(PALETTE)),
        no_speaker=NO_SPEAKER_COLOURS,
        text_colour=TEXT_COLOUR,
        version=_version(),
    )


class HtmlWriter:
    """Collects documents for one report, written when the run ends (the page lists them all)."""

    def __init__(self) -> None:
        self._documents: list[tuple[Document, Provenance]] = []

    def add(self, document: Document, provenance: Provenance) -> str:
        """Keep ``document`` for the report; returns ``""`` (nothing to write yet)."""
        self._documents.append((document, provenance))
        return ""

    def close(self) -> str:
        """The whole page."""
        return render_with_provenance(self._documents)


@cache
def _environment() -> jinja2.Environment:
    # Imported here: the command line imports this module for every run, but only an HTML
    # report needs Jinja2.
    import jinja2

    return jinja2.Environment(
        loader=jinja2.PackageLoader("quoteattr.io", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )


def _version() -> str:
    from .. import __version__  # at call time: the package imports this module's package

    return __version__


# -- one document --------------------------------------------------------------------------


def document_view(number: int, document: Document, provenance: Provenance) -> DocumentView:
    """Lay out one document: its statements' views, its highlighted text, its speaker list.

    Args:
        number: Its position in the report, from 1 (part of every HTML id in it).
        document: The analysed document.
        provenance: What is known of its source.
    """
    entities = {entity.id: entity for entity in document.speakers}
    colours = colours_of(document)
    views = tuple(
        quote_view(number, index, quote, entities, colours)
        for index, quote in enumerate(document.quotes)
    )
    return DocumentView(
        number=number,
        doc_id=document.doc_id or f"document {number}",
        provenance=provenance,
        nodes=highlight(document, views, colours),
        quotes=views,
        speakers=speaker_rows(document, views, colours),
    )
