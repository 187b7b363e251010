"""The records stage: from the statements and their resolved speakers to a :class:`Document`.

Token indices become character offsets into the text, clusters of mentions become the
document's speaker table (``e1``, ``e2``, ... in order of first mention), and each quote gets
its id, its parent's id and the sentence and paragraph it starts in.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypedDict

import attrs

from ..lexicon import Lexicon
from ..records import (
    Attribution,
    Content,
    Cue,
    CueCategory,
    Document,
    Entity,
    Quote,
    Resolution,
    Speaker,
    SpeakerKind,
    TextSpan,
    text_sha256,
)
from .cues import CueForm
from .layout import Layout
from .nesting import Nesting
from .speakers.attributes import FIELDS, mention_attributes, read_attributes
from .speakers.best_readings import EntityAttributes
from .speakers.clusters import Cluster, Resolved
from .speakers.coreference import ResolvedSpeakers
from .values import Draft


def build_document(
    nesting: Nesting,
    speakers: ResolvedSpeakers,
    layout: Layout,
    lexicon: Lexicon,
    doc_id: str | None,
) -> Document:
    """The document's records.

    Args:
        nesting: The statements and their parents.
        speakers: The clusters of speaker mentions and each speaker head's resolution.
        layout: The parsed text.
        lexicon: Language data (which pronouns name a person).
        doc_id: Carried onto every record.

    Returns:
        The quotes in order and the speakers that said them.
    """
    text = layout.text
    clusters, resolved = speakers.clusters, speakers.resolved
    entity_ids = _entity_ids(clusters, resolved)
    contents = [Content.from_parts(text, list(draft.parts)) for draft in nesting.drafts]
    # The text's checksum in the id: the same words in two documents are two records.
    digest = text_sha256(text)
    ids = [Quote.make_id(content, digest) for content in contents]
    said: dict[int, list[tuple[int, int]]] = {}
    for draft, content in zip(nesting.drafts, contents, strict=True):
        found = resolved.get(draft.speaker) if draft.speaker is not None else None
        if found is not None and found.cluster is not None:
            said.setdefault(found.cluster, []).append((content.start, content.end))
    attributes = read_attributes(speakers, layout, lexicon, said)
    people = _SpeakerRecords(text, clusters, resolved, entity_ids, attributes, layout, lexicon)
    quotes: list[Quote] = []
    speaker_quotes: dict[int, list[str]] = {}
    for index, (draft, parent) in enumerate(zip(nesting.drafts, nesting.parents, strict=True)):
        content = contents[index]
        speaker = people.speaker(draft.speaker)
        if speaker is not None and draft.attribution is Attribution.FLOATING:
            speaker = _from_passage(speaker)
        sentence = layout.sentence_at(content.start)
        quote = Quote(
            id=ids[index],
            kind=draft.kind,
            content=content,
            cue=_cue(draft, layout),
            speaker=speaker,
            attribution=draft.attribution if speaker is not None else Attribution.NONE,
            sentence=sentence,
            paragraph=layout.paragraph_at(content.start),
            doc_id=doc_id,
            via=people.speaker(draft.via),
            parent=ids[parent] if parent is not None else None,
            context=_context(layout, content, sentence),
        )
        quotes.append(quote)
        if draft.speaker is not None and draft.speaker in resolved:
            cluster = resolved[draft.speaker].cluster
            if cluster is not None:
                speaker_quotes.setdefault(cluster, []).append(quote.id)
    entities = [
        _entity(
            text,
            clusters[index],
            entity_ids[index],
            speaker_quotes.get(index, ()),
            people.described(index),
        )
        for index in sorted(entity_ids, key=lambda i: int(entity_ids[i][1:]))
    ]
    return Document(text=text, doc_id=doc_id, quotes=tuple(quotes), speakers=tuple(entities))


def _from_passage(speaker: Speaker) -> Speaker:
    """A floating quote's speaker, found at a mention of its passage: resolved by the
    passage, unless the mention itself names no one."""
    if speaker.resolution is Resolution.UNRESOLVED:
        return speaker
    return attrs.evolve(speaker, resolution=Resolution.PASSAGE)


def _context(layout: Layout, content: Content, sentence: int) -> TextSpan:
    """The sentences the content starts (sentence ``sentence``) and ends in, and everything
    between them."""
    if not layout.sentence_starts:
        return TextSpan.from_offsets(layout.text, content.start, content.end)
    first = layout.sentence_chars(sentence)
    last = layout.sentence_chars(layout.sentence_at(max(content.start, content.end - 1)))
    text = layout.text
    start, end = first[0], last[1]
    # A sentence's tokens may end in line breaks; the context is the words.
    while start < content.start and text[start].isspace():
        start += 1
    while end > content.end and text[end - 1].isspace():
        end -= 1
    return TextSpan.from_offsets(text, min(start, content.start), max(end, content.end))


def _entity(
    text: str,
    cluster: Cluster,
    entity_id: str,
    quotes: Sequence[str],
    described: _Described,
) -> Entity:
    """The speaker-table row of a cluster that speaks."""
    return Entity(
        id=entity_id,
        name=cluster.name,
        kind=cluster.kind,
        mentions=tuple(
            TextSpan.from_offsets(text, m.start, m.end)
            for m in sorted(cluster.mentions, key=lambda m: m.start)
        ),
        quotes=tuple(quotes),
        **described,
    )


class _Described(TypedDict):
    """The fields of a speaker or entity record that describe its capacity."""

    role: str | None
    role_source: TextSpan | None
    title: str | None
    title_source: TextSpan | None
    affiliation: str | None
    affiliation_source: TextSpan | None


def _described(text: str, attributes: EntityAttributes) -> _Described:
    """The role, title and affiliation of a record, each with the words it was read from
    (see :meth:`EntityAttributes.best`)."""
    chosen = {field: attributes.best(field) for field in FIELDS}
    values = {f: r.value if r is not None else None for f, r in chosen.items()}
    sources = {
        f: TextSpan.from_offsets(text, r.source.start, r.source.end) if r is not None else None
        for f, r in chosen.items()
    }
    return _Described(
        role=values["role"],
        role_source=sources["role"],
        title=values["title"],
        title_source=sources["title"],
        affiliation=values["affiliation"],
        affiliation_source=sources["affiliation"],
    )


def _entity_ids(clusters: Sequence[Cluster], resolved: Mapping[int, Resolved]) -> dict[int, str]:
    """Ids ``e1``, ``e2``, ... for the clusters that speak, in order of first mention."""
    speaking = {r.cluster for r in resolved.values() if r.cluster is not None}
    ordered = sorted(speaking, key=lambda i: min(m.start for m in clusters[i].mentions))
    return {index: f"e{n}" for n, index in enumerate(ordered, start=1)}


class _SpeakerRecords:
    """Speaker records for speaker heads, from the clusters and resolutions of a document."""

    def __init__(
        self,
        text: str,
        clusters: Sequence[Cluster],
        resolved: Mapping[int, Resolved],
        entity_ids: Mapping[int, str],
        attributes: Mapping[int, EntityAttributes],
        layout: Layout,
        lexicon: Lexicon,
    ) -> None:
        self.text = text
        self.clusters = clusters
        self.resolved = resolved
        self.entity_ids = entity_ids
        self.attributes = attributes
        self.layout = layout
        self.lexicon = lexicon
        self._described: dict[int, _Described] = {}
        """Each entity's fields, chosen once: every record of the entity gives the same."""

    def described(self, cluster: int) -> _Described:
        """The role, title and affiliation fields of cluster ``cluster``, worked out once
        for its speaker records and its row in the speaker table."""
        described = self._described.get(cluster)
        if described is None:
            described = _described(self.text, self.attributes[cluster])
            self._described[cluster] = described
        return described

    def speaker(self, head: int | None) -> Speaker | None:
        """The record of the speaker whose mention has head token ``head``, or None."""
        if head is None or head not in self.resolved:
            return None
        found = self.resolved[head]
        mention = found.mention
        span = TextSpan.from_offsets(self.text, mention.start, mention.end)
        if found.cluster is None:
            person = mention.pronoun in self.lexicon.gendered_pronouns
            kind = SpeakerKind.PERSON if person else mention.kind
            alone = mention_attributes([mention], kind, self.layout, self.lexicon)
            return Speaker(
                span.text,
                span.start,
                span.end,
                kind=kind,
                resolution=Resolution.UNRESOLVED if mention.pronoun else found.resolution,
                **_described(self.text, alone),
            )
        cluster = self.clusters[found.cluster]
        described = self.described(found.cluster)
        return Speaker(
            span.text,
            span.start,
            span.end,
            name=cluster.name,
            kind=cluster.kind,
            entity=self.entity_ids.get(found.cluster),
            resolution=found.resolution,
            **described,
        )


def _cue(draft: Draft, layout: Layout) -> Cue | None:
    """The cue record: its words' span, lemma and category ("according to" is a source)."""
    if draft.cue is None:
        return None
    start, end = layout.token_starts[draft.cue.first], layout.token_ends[draft.cue.last]
    category = draft.cue.category
    if draft.cue.form is CueForm.SOURCE:
        category = CueCategory.SOURCE
    return Cue(layout.text[start:end], draft.cue.lemma, start, end, category, draft.cue.negated)
