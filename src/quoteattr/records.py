"""Public records: plain, frozen values with character offsets into the caller's text.

Records never hold spaCy objects, so they pickle, serialize and outlive the ``Doc``
they were read from. Every span satisfies ``text[start:end] == span.text`` on the
caller's original string.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from enum import Enum
from typing import Any

import attrs


class QuoteKind(str, Enum):
    """How the words of a statement reach the reader."""

    DIRECT = "direct"
    """Verbatim, inside quote marks: ``"We will act," she said.``"""
    MIXED = "mixed"
    """Reported speech that holds quoted fragments: ``he said he would "never back down"``."""
    INDIRECT = "indirect"
    """Reported speech without quote marks: ``officials confirmed that ...``."""


class Attribution(str, Enum):
    """The construction through which a statement was tied to its speaker."""

    SUBJECT = "subject"
    """The speaker is the subject of a cue placed before the content (``X said ...``)."""
    POSTPOSED = "postposed"
    """The reporting clause follows the content (``"...," X said`` or ``"...," said X``)."""
    AGENT = "agent"
    """The speaker is the agent of a passive cue (``it was announced by X that ...``)."""
    ACCORDING_TO = "according_to"
    """``according to X, ...`` or ``..., according to X``."""
    PARTICIPIAL = "participial"
    """A participial cue takes the subject of its clause (``X spoke, saying "..."``)."""
    AS_CLAUSE = "as_clause"
    """An ``as`` clause (``as X said, ...``)."""
    POSSESSIVE = "possessive"
    """A noun cue with its holder (``X's claim that ...``, ``claims by X that ...``)."""
    FLOATING = "floating"
    """A quote with no cue of its own, inheriting the speaker of the statement before it."""
    NONE = "none"
    """No speaker could be tied to the statement."""


class CueCategory(str, Enum):
    """What a cue says about the speaker's stance toward the content."""

    NEUTRAL = "neutral"
    ASSERTIVE = "assertive"
    ANNOUNCEMENT = "announcement"
    DENIAL = "denial"
    WARNING = "warning"
    QUESTION = "question"
    BELIEF = "belief"
    SOURCE = "source"
    """Attribution to a source rather than a speech act (``according to``)."""


class SpeakerKind(str, Enum):
    """What sort of entity speaks."""

    PERSON = "person"
    ORGANIZATION = "organization"
    MEDIA = "media"
    GOVERNMENT = "government"
    GROUP = "group"
    UNNAMED = "unnamed"
    """An unnamed source: ``a US official``, ``officials``, ``sources familiar with ...``."""
    UNKNOWN = "unknown"


class Resolution(str, Enum):
    """How a speaker mention was tied to its fullest name."""

    MENTION = "mention"
    """The mention itself holds the name (or the speaker has no name)."""
    NAME = "name"
    """A shorter name (a surname) matched a fuller one seen elsewhere."""
    PRONOUN = "pronoun"
    """A pronoun was resolved to an earlier compatible entity."""
    DESCRIPTION = "description"
    """A description (``the minister``, ``the Israeli paper``) matched an earlier entity."""
    UNRESOLVED = "unresolved"
    """A pronoun or description that no earlier entity fits; left unnamed, not guessed."""
    PASSAGE = "passage"
    """The statement names no speaker (a floating quote); the speaker is the current one of
    its passage, shown at the mention where the passage named them."""


def _non_negative(_inst: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


def _end_after_start(inst: Any, attribute: attrs.Attribute[int], value: int) -> None:
    # One validator for both tests of an end (a list of two costs a call more per record).
    _non_negative(inst, attribute, value)
    if value < inst.start:
        raise ValueError(f"end ({value}) must be >= start ({inst.start})")


def _probability(_inst: object, attribute: attrs.Attribute[float], value: float) -> None:
    # bool is an int, and NaN fails every comparison: both are refused by name.
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise ValueError(f"{attribute.name} must be a number from 0 to 1, got {value!r}")


def _check_offsets(original: str, start: int, end: int) -> None:
    if not 0 <= start <= end <= len(original):
        raise ValueError(f"offsets {start}:{end} fall outside a text of {len(original)} chars")


def _spans(items: Iterable[TextSpan]) -> tuple[TextSpan, ...]:
    return tuple(items)


def _strings(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


def _quotes(items: Iterable[Quote]) -> tuple[Quote, ...]:
    return tuple(items)


def _entities(items: Iterable[Entity]) -> tuple[Entity, ...]:
    return tuple(items)


def text_sha256(text: str) -> str:
    """Hex SHA-256 of ``text`` encoded as UTF-8: the checksum records carry of their text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _stable_id(*parts: object) -> str:
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:16]


@attrs.frozen
class TextSpan:
    """A stretch of the caller's text: ``text == original[start:end]``."""

    text: str
    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=_end_after_start)

    @classmethod
    def from_offsets(cls, original: str, start: int, end: int) -> TextSpan:
        """Cut ``original[start:end]`` into a span.

        Raises:
            ValueError: if the offsets fall outside ``original``.
        """
        _check_offsets(original, start, end)
        return cls(original[start:end], start, end)

    def __len__(self) -> int:
        return self.end - self.start

    def overlap(self, other: TextSpan) -> int:
        """Number of characters this span shares with ``other``."""
        return max(0, min(self.end, other.end) - max(self.start, other.start))


@attrs.frozen
class Content:
    """The reported words. A quote split around its cue keeps one part per piece."""

    text: str
    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=_end_after_start)
    parts: tuple[TextSpan, ...] = attrs.field(default=(), converter=_spans)

    @classmethod
    def from_parts(cls, original: str, parts: list[tuple[int, int]]) -> Content:
        """Content running from the first part's start to the last part's end."""
        ordered = sorted(parts)
        start, end = ordered[0][0], max(e for _, e in ordered)
        if len(ordered) == 1:  # a content of one part keeps no parts: no span is made
            _check_offsets(original, start, end)
            return cls(original[start:end], start, end)
        spans = tuple(TextSpan.from_offsets(original, s, e) for s, e in ordered)
        return cls(original[start:end], start, end, spans)


@attrs.frozen
class Cue:
    """The words that mark a statement as someone's: ``said``, ``according to``."""

    text: str
    lemma: str
    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=_end_after_start)
    category: CueCategory = CueCategory.NEUTRAL
    negated: bool = False
    """True for ``did not say``, ``never claimed``: the statement is not endorsed."""


@attrs.frozen
class Speaker:
    """Who made a statement: the mention nearest the quote and what the document says of them.

    ``role``, ``title`` and ``affiliation`` belong to the speaker's entity: they may be read
    at any of its mentions in the document ("Rangers goalkeeper Tom Kessler ..." early on,
    then "Kessler said"), and each comes with the words it was read from
    (``role_source`` ...), so that it can be checked against the text.
    """

    text: str
    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=_end_after_start)
    name: str | None = None
    """The fullest name of the speaker in the document (``"Philip Ventura"``, not ``"he"``)."""
    kind: SpeakerKind = SpeakerKind.UNKNOWN
    role: str | None = None
    """Office or capacity (``"spokesman"``, ``"Secretary of Defense"``)."""
    title: str | None = None
    """Honorific or rank written before the name (``"Lt. Col."``)."""
    affiliation: str | None = None
    """Organisation, party, team or country the speaker belongs to or speaks for."""
    entity: str | None = None
    """Id of the speaker's entity in the document's speaker table."""
    resolution: Resolution = Resolution.MENTION
    role_source: TextSpan | None = None
    """The words the role was read from; None when there is no role."""
    title_source: TextSpan | None = None
    """The words the title was read from; None when there is no title."""
    affiliation_source: TextSpan | None = None
    """The words the affiliation was read from: the organisation's name, or the nationality
    word or party tag it was implied by (``"Chilean"`` for ``"Chile"``); None when there is
    no affiliation."""


@attrs.frozen
class Article:
    """A text to analyse with what is known of where it came from.

    :meth:`~quoteattr.Extractor.pipe` takes these as well as plain strings; the fields
    other than ``text`` and ``doc_id`` end up in each record's :class:`Provenance`.
    """

    text: str
    doc_id: str | None = None
    url: str | None = None
    """The address the article was published at."""
    published: str | None = None
    """When it was published, as ISO 8601 text (``2023-05-29``)."""
    outlet: str | None = None
    """Who published it (``"Reuters"``)."""
    title: str | None = None
    source: str | None = None
    """Where the text was read from (a file path); the URL stands in when this is None."""


@attrs.frozen
class Provenance:
    """Where a record comes from and what made it, so that a citation can be checked.

    Filled by :class:`~quoteattr.Extractor` for every document it analyses; ``None`` on
    records built by hand or read from files written before quoteattr 0.x had it.
    """

    source: str | None = None
    """Where the text was read from: a file path, or the URL when only that was given."""
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    title: str | None = None
    sha256: str | None = None
    """Hex SHA-256 of the exact text analysed, in UTF-8 (:func:`text_sha256`)."""
    quoteattr_version: str | None = None
    pipeline: str | None = None
    """The spaCy pipeline's package name (``en_core_web_sm``)."""
    pipeline_version: str | None = None

    def reference(self, doc_id: str | None) -> str:
        """What to point at for the document: its URL, else its source, else its id."""
        return self.url or self.source or doc_id or "document"

    @property
    def web_url(self) -> str | None:
        """The URL when it is an ``http`` or ``https`` address, safe to make a link of."""
        if self.url and self.url.lower().startswith(("http://", "https://")):
            return self.url
        return None


@attrs.frozen
class Quote:
    """One attributed statement."""

    id: str
    kind: QuoteKind
    content: Content
    cue: Cue | None
    speaker: Speaker | None
    attribution: Attribution
    sentence: int = attrs.field(validator=_non_negative)
    """Index of the sentence the content starts in."""
    paragraph: int = attrs.field(validator=_non_negative)
    """Index of the paragraph the content starts in."""
    doc_id: str | None = None
    via: Speaker | None = None
    """The channel a claim came through (``According to Axios, an official said ...``)."""
    parent: str | None = None
    """Id of the statement this one is reported inside, for nested speech."""
    context: TextSpan | None = None
    """The sentence or sentences the content spans, for a citation to show around it."""
    provenance: Provenance | None = None
    """Where the document came from and what analysed it; None on hand-built records."""
    confidence: float = attrs.field(default=1.0, validator=_probability)
    """How likely the record is right, from 0 to 1: of records with confidence 0.9 or more,
    about 9 in 10 are right (see ``docs/records.md``). 1.0 on hand-built and gold records."""

    @staticmethod
    def make_id(content: Content, document: str | None = None) -> str:
        """A stable id from the document, the content's offsets and its text.

        Args:
            content: The statement's content.
            document: What names the document: the SHA-256 of its text (as the extractor
                gives), else its id; None for a record that knows neither.

        Returns:
            16 hex digits, the same for the same content of the same document, and
            different for the same words at another place or in another document.
        """
        if document is None:
            return _stable_id(content.start, content.end, content.text)
        return _stable_id(document, content.start, content.end, content.text)


@attrs.frozen
class Entity:
    """A person or body that speaks in a document, with everything said of it."""

    id: str
    name: str | None
    kind: SpeakerKind
    role: str | None = None
    title: str | None = None
    affiliation: str | None = None
    mentions: tuple[TextSpan, ...] = attrs.field(default=(), converter=_spans)
    quotes: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    """Ids of the quotes this entity is the speaker of."""
    role_source: TextSpan | None = None
    """The words the role was read from (as on :class:`Speaker`)."""
    title_source: TextSpan | None = None
    affiliation_source: TextSpan | None = None


@attrs.frozen
class Document:
    """Everything quoteattr found in one text."""

    text: str
    doc_id: str | None
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=_quotes)
    speakers: tuple[Entity, ...] = attrs.field(default=(), converter=_entities)
    provenance: Provenance | None = None
    """Where the text came from and what analysed it, as on each of its quotes."""

    def _repr_html_(self) -> str:
        """The document as the HTML report shows it, for Jupyter and IPython (as displaCy)."""
        from .io.html import render  # at call time: quoteattr.io imports this module

        return render([self])
