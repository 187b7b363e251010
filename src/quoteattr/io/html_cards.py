"""What the HTML report says of statements and speakers: colours, cards and speaker lists.

Each speaker gets a colour class (``s0`` ... ``s9``, from :data:`PALETTE`, in order of their
first statement); each statement a :class:`QuoteView` holding its card's lines; each
document a list of :class:`SpeakerRow` with statement counts. :mod:`.html_layout` places the
statements over the text, :mod:`.html` renders the page.
"""

from __future__ import annotations

import attrs

from ..records import Document, Entity, Quote, QuoteKind, Speaker, TextSpan

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


@attrs.frozen
class SpeakerRow:
    """One line of a document's speaker list."""

    label: str
    detail: str
    colour: str
    count: int
    first_quote: str | None
    """HTML id of the speaker's first statement, for a link to it."""


def colours_of(document: Document) -> dict[str, str]:
    """Entity id -> colour class, in order of each speaker's first statement."""
    colours: dict[str, str] = {}
    for quote in document.quotes:
        entity = quote.speaker.entity if quote.speaker else None
        if entity is not None and entity not in colours:
            colours[entity] = f"s{len(colours) % len(PALETTE)}"
    for entity_record in document.speakers:  # channels only: colours after the speakers'
        colours.setdefault(entity_record.id, f"s{len(colours) % len(PALETTE)}")
    return colours


def colour_of(speaker: Speaker | None, colours: dict[str, str]) -> str:
    """The colour class of ``speaker``: its entity's, else ``none``."""
    if speaker is None or speaker.entity is None:
        return "none"
    return colours.get(speaker.entity, "none")


def speaker_label(speaker: Speaker | None) -> str:
    """How the page names a speaker: the name, else the mention as written."""
    if speaker is None:
        return "no speaker"
    return speaker.name or speaker.text


def quote_view(
    number: int, index: int, quote: Quote, entities: dict[str, Entity], colours: dict[str, str]
) -> QuoteView:
    return QuoteView(
        quote=quote,
        element_id=f"q{number}-{index + 1}",
        card_id=f"card{number}-{index + 1}",
        colour=colour_of(quote.speaker, colours),
        speaker=speaker_label(quote.speaker),
        rows=tuple(card_rows(quote, entities)),
    )


def card_rows(quote: Quote, entities: dict[str, Entity]) -> list[tuple[str, str]]:
    """The lines of a statement's card, ``(label, value)``, the speaker's first."""
    rows: list[tuple[str, str]] = []
    speaker = quote.speaker
    if speaker is not None:
        entity = entities.get(speaker.entity) if speaker.entity else None
        for label, value, source in (
            ("role", speaker.role, speaker.role_source),
            ("title", speaker.title, speaker.title_source),
            ("affiliation", speaker.affiliation, speaker.affiliation_source),
            ("speaker kind", speaker.kind.value, None),
        ):
            if value:
                rows.append((label, _with_source(value, source)))
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
    rows.append(("confidence", f"{quote.confidence:.2f}"))
    rows.append(("record", f"{quote.id}, characters {quote.content.start}–{quote.content.end}"))
    return rows


def _with_source(value: str, source: TextSpan | None) -> str:
    """A value with the words of the article it was read from, so a reader can check it."""
    if source is None:
        return value
    return f"{value} (from “{source.text}”, characters {source.start}–{source.end})"


def speaker_rows(
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
