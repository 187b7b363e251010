"""A self-contained HTML report: each article with its statements highlighted, for review.

:func:`render` gives one page, with no external asset (it opens offline): a table of
contents, then each document's text with every statement highlighted in its speaker's
colour, the cue and the speaker's mention marked, and a card (speaker, role, affiliation,
kinds, cue, offsets) shown on hover and on keyboard focus; beside each text, its speakers
with their statement counts.

Each statement is one ``<mark class="q" data-quote-id="ID">`` element. Statements inside
other statements are nested elements; only when two statements overlap without nesting is
the later one split, into elements that all carry its ``data-quote-id`` (the first holds its
card and takes the keyboard focus).

The page is rendered by Jinja2 with autoescaping from the templates in ``templates/``; every
text of the article and the records reaches the page as text, never as markup.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

import attrs

from ..records import Document, Entity, Quote, QuoteKind, Speaker
from .provenance import Metadata, Provenance

if TYPE_CHECKING:
    import jinja2

PALETTE: tuple[tuple[str, str], ...] = (
    ("#bfdbfe", "#1d4ed8"),  # blue
    ("#fed7aa", "#c2410c"),  # orange
    ("#bbf7d0", "#15803d"),  # green
    ("#e9d5ff", "#7e22ce"),  # purple
    ("#fecaca", "#b91c1c"),  # red
    ("#99f6e4", "#0f766e"),  # teal
    ("#fef08a", "#a16207"),  # yellow
    ("#fbcfe8", "#be185d"),  # pink
    ("#d9f99d", "#4d7c0f"),  # lime
    ("#c7d2fe", "#4338ca"),  # indigo: last, as it is nearest to blue and purple
)
"""Speaker colours, ``(background, accent)``. Text in :data:`TEXT_COLOUR` on a background has
a contrast of at least 4.5:1 (WCAG AA, text); an accent has at least 4.5:1 on white, where it
marks swatches and mentions, and 3:1 on its background, where it underlines a highlight
(WCAG AA, non-text). Speakers beyond the tenth reuse them, in order."""
NO_SPEAKER_COLOURS = ("#e5e7eb", "#4b5563")
"""The colours of a statement without a speaker, or whose speaker is not resolved."""
TEXT_COLOUR = "#111827"

_KIND_LABELS = {
    QuoteKind.DIRECT: "direct quote",
    QuoteKind.MIXED: "mixed quote",
    QuoteKind.INDIRECT: "reported speech",
}
# Of elements that start and end at the same characters, the lower rank is the outer one.
_RANKS = {"quote": 0, "gap": 1, "who": 2, "cue": 3}


@attrs.frozen
class QuoteView:
    """What the page shows of one statement.

    Attributes:
        quote: The record.
        element_id: The HTML id of its (first) highlight element.
        card_id: The HTML id of its card, which ``aria-describedby`` names.
        colour: The CSS class of its speaker's colour (``s0`` ... ``s9``, ``none``).
        speaker: The speaker as the page names it.
        rows: The card's lines, ``(label, value)``.
    """

    quote: Quote
    element_id: str
    card_id: str
    colour: str
    speaker: str
    rows: tuple[tuple[str, str], ...]

    @property
    def negated(self) -> bool:
        """The article reports that this was not said."""
        return self.quote.cue is not None and self.quote.cue.negated


@attrs.define
class Node:
    """An element of the highlighted text: a statement, the gap between its parts, a cue or
    a speaker's mention, holding text and further nodes."""

    kind: str
    colour: str
    view: QuoteView | None
    first: bool
    children: list[Node | str] = attrs.Factory(list)


@attrs.frozen
class SpeakerRow:
    """One line of a document's speaker list."""

    label: str
    detail: str
    colour: str
    count: int
    first_quote: str | None
    """HTML id of the speaker's first statement, for a link to it."""


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


@attrs.frozen
class _Interval:
    start: int
    end: int
    kind: str
    colour: str
    view: QuoteView | None
    first: bool = True

    def order(self, seq: int) -> tuple[int, int, int, int]:
        return (self.start, -self.end, _RANKS[self.kind], seq)


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
        (document, Provenance.lookup(metadata, document.doc_id)) for document in documents
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
    colours = _colours(document)
    views = tuple(
        _quote_view(number, index, quote, entities, colours)
        for index, quote in enumerate(document.quotes)
    )
    intervals = [*_quote_intervals(views), *_mention_intervals(document, colours)]
    return DocumentView(
        number=number,
        doc_id=document.doc_id or f"document {number}",
        provenance=provenance,
        nodes=nest(document.text, intervals),
        quotes=views,
        speakers=_speaker_rows(document, views, colours),
    )


def _colours(document: Document) -> dict[str, str]:
    """Entity id -> colour class, in order of each speaker's first statement."""
    colours: dict[str, str] = {}
    for quote in document.quotes:
        entity = quote.speaker.entity if quote.speaker else None
        if entity is not None and entity not in colours:
            colours[entity] = f"s{len(colours) % len(PALETTE)}"
    for entity_record in document.speakers:  # channels only: colours after the speakers'
        colours.setdefault(entity_record.id, f"s{len(colours) % len(PALETTE)}")
    return colours


def _colour_of(speaker: Speaker | None, colours: dict[str, str]) -> str:
    if speaker is None or speaker.entity is None:
        return "none"
    return colours.get(speaker.entity, "none")


def speaker_label(speaker: Speaker | None) -> str:
    """How the page names a speaker: the name, else the mention as written."""
    if speaker is None:
        return "no speaker"
    return speaker.name or speaker.text


def _quote_view(
    number: int, index: int, quote: Quote, entities: dict[str, Entity], colours: dict[str, str]
) -> QuoteView:
    return QuoteView(
        quote=quote,
        element_id=f"q{number}-{index + 1}",
        card_id=f"card{number}-{index + 1}",
        colour=_colour_of(quote.speaker, colours),
        speaker=speaker_label(quote.speaker),
        rows=tuple(card_rows(quote, entities)),
    )


def card_rows(quote: Quote, entities: dict[str, Entity]) -> list[tuple[str, str]]:
    """The lines of a statement's card, ``(label, value)``, the speaker's first."""
    rows: list[tuple[str, str]] = []
    speaker = quote.speaker
    if speaker is not None:
        entity = entities.get(speaker.entity) if speaker.entity else None
        for label, value in (
            ("role", speaker.role),
            ("title", speaker.title),
            ("affiliation", speaker.affiliation),
            ("speaker kind", speaker.kind.value),
        ):
            if value:
                rows.append((label, value))
        mention = f"“{speaker.text}”"
        if speaker.resolution.value != "mention":
            mention += f", resolved by {speaker.resolution.value}"
        rows.append(("mention", mention))
        if entity is not None and len(entity.quotes) > 1:
            rows.append(("statements", f"{len(entity.quotes)} by this speaker"))
    rows.append(("kind", _KIND_LABELS.get(quote.kind, quote.kind.value)))
    if quote.cue is not None:
        cue = f"“{quote.cue.text}” ({quote.cue.category.value})"
        rows.append(("cue", f"NEGATED: {cue}, reported as not said" if quote.cue.negated else cue))
    else:
        rows.append(("cue", "none (the speaker of the statement before)"))
    if quote.via is not None:
        rows.append(("via", quote.via.name or quote.via.text))
    if quote.parent is not None:
        rows.append(("inside", f"statement {quote.parent}"))
    confidence = getattr(quote, "confidence", None)  # records will carry one; not yet
    if confidence is not None:
        shown = f"{confidence:.2f}" if isinstance(confidence, float) else str(confidence)
        rows.append(("confidence", shown))
    rows.append(("record", f"{quote.id}, characters {quote.content.start}–{quote.content.end}"))
    return rows


def _quote_intervals(views: Iterable[QuoteView]) -> Iterable[_Interval]:
    for view in views:
        content = view.quote.content
        yield _Interval(content.start, content.end, "quote", view.colour, view)
        # Between the parts of a split quote lies the reporting clause: not the speaker's words.
        for before, after in zip(content.parts, content.parts[1:], strict=False):
            if after.start > before.end:
                yield _Interval(before.end, after.start, "gap", view.colour, view)


def _mention_intervals(document: Document, colours: dict[str, str]) -> Iterable[_Interval]:
    seen: set[tuple[str, int, int]] = set()
    for quote in document.quotes:
        if quote.cue is not None and ("cue", quote.cue.start, quote.cue.end) not in seen:
            seen.add(("cue", quote.cue.start, quote.cue.end))
            yield _Interval(quote.cue.start, quote.cue.end, "cue", "none", None)
        for speaker in (quote.speaker, quote.via):
            if speaker is not None and ("who", speaker.start, speaker.end) not in seen:
                seen.add(("who", speaker.start, speaker.end))
                colour = _colour_of(speaker, colours)
                yield _Interval(speaker.start, speaker.end, "who", colour, None)


def nest(text: str, intervals: Iterable[_Interval]) -> list[Node | str]:
    """``text`` cut into text and nested elements, one per interval where they nest.

    Intervals are opened in order of start (the longer first, then by rank). One that starts
    inside an open element and ends after it is split at that element's end: a cue or
    mention open inside a statement is closed and reopened instead when the statement is
    the later one, so statements are split only when two of them overlap.

    Returns:
        The top-level children: strings and :class:`Node` trees, whose text, read in order,
        is ``text``.
    """
    length = len(text)
    heap: list[tuple[tuple[int, int, int, int], _Interval]] = []
    seq = 0
    for interval in intervals:
        start, end = min(interval.start, length), min(interval.end, length)
        item = attrs.evolve(interval, start=start, end=max(start, end))
        heapq.heappush(heap, (item.order(seq), item))
        seq += 1
    root = Node("root", "", None, True)
    stack: list[tuple[Node, _Interval | None, int]] = [(root, None, length)]
    position = 0

    def text_to(end: int) -> None:
        nonlocal position
        if end > position:
            stack[-1][0].children.append(text[position:end])
            position = end

    while heap:
        _, interval = heapq.heappop(heap)
        while len(stack) > 1 and stack[-1][2] <= interval.start:
            text_to(stack[-1][2])
            stack.pop()
        text_to(interval.start)
        # A cue or mention open here that the new statement would cross: close it now and
        # reopen the rest inside the statement.
        while (
            len(stack) > 1
            and stack[-1][2] < interval.end
            and (open_interval := stack[-1][1]) is not None
            and _RANKS[open_interval.kind] > _RANKS[interval.kind]
        ):
            rest = attrs.evolve(open_interval, start=interval.start, first=False)
            heapq.heappush(heap, (rest.order(seq), rest))
            seq += 1
            stack.pop()
        end = interval.end
        if end > stack[-1][2]:  # crosses the end of the element it starts in: split it
            rest = attrs.evolve(interval, start=stack[-1][2], first=False)
            heapq.heappush(heap, (rest.order(seq), rest))
            seq += 1
            end = stack[-1][2]
        node = Node(interval.kind, interval.colour, interval.view, interval.first)
        stack[-1][0].children.append(node)
        stack.append((node, interval, end))
    while len(stack) > 1:
        text_to(stack[-1][2])
        stack.pop()
    text_to(length)
    return root.children


def _speaker_rows(
    document: Document, views: tuple[QuoteView, ...], colours: dict[str, str]
) -> tuple[SpeakerRow, ...]:
    """The speakers of a document with how many statements each made, in table order.

    Statements without a speaker, and those whose speaker is an unresolved mention, are
    counted on a line of their own each.
    """
    counts: dict[str, int] = {}
    first: dict[str, str] = {}
    loose: dict[str, list[QuoteView]] = {}
    for view in views:
        speaker = view.quote.speaker
        if speaker is not None and speaker.entity is not None:
            counts[speaker.entity] = counts.get(speaker.entity, 0) + 1
            first.setdefault(speaker.entity, view.element_id)
        else:
            label = f"unresolved “{speaker.text}”" if speaker is not None else "no speaker"
            loose.setdefault(label, []).append(view)
    rows = [
        SpeakerRow(
            label=entity.name or _first_mention(entity),
            detail=", ".join(
                value for value in (entity.role, entity.affiliation, entity.kind.value) if value
            ),
            colour=colours.get(entity.id, "none"),
            count=counts.get(entity.id, 0),
            first_quote=first.get(entity.id),
        )
        for entity in document.speakers
    ]
    known = {entity.id for entity in document.speakers}
    rows.extend(  # an entity id the speaker table lacks: not made by quoteattr, but shown
        SpeakerRow(entity_id, "", colours.get(entity_id, "none"), count, first.get(entity_id))
        for entity_id, count in counts.items()
        if entity_id not in known
    )
    rows.extend(
        SpeakerRow(label, "", "none", len(group), group[0].element_id)
        for label, group in loose.items()
    )
    return tuple(rows)


def _first_mention(entity: Entity) -> str:
    return entity.mentions[0].text if entity.mentions else entity.id
