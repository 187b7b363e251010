"""The extraction core: from a parsed ``Doc`` to a :class:`~quoteattr.records.Document`.

Stages, each a plain function over what the previous one returned:
quote marks -> cues -> statements -> drafts (kind settled) -> speakers -> records.
"""

from __future__ import annotations

import warnings
from bisect import bisect_left
from collections.abc import Mapping, Sequence

import attrs
from spacy.tokens import Doc

from ..errors import UnbalancedQuoteWarning
from ..lexicon import Lexicon
from ..records import (
    Attribution,
    Content,
    Cue,
    CueCategory,
    Document,
    Entity,
    Quote,
    QuoteKind,
    Resolution,
    Speaker,
    SpeakerKind,
    TextSpan,
)
from .content.headlines import headline_statements
from .content.surface import labelled_statements
from .content.verbs import attach
from .cues import CueForm, find_cues
from .filters import PERSONAL, keep_statements
from .intervals import Intervals
from .layout import Layout
from .marks import find_quote_spans, paragraph_spans
from .quotes.kinds import settle
from .quotes.unclaimed import adjacent_speaker, can_speak
from .speakers.clusters import Cluster
from .speakers.coreference import Resolved, resolve_speakers
from .values import Draft

_GENDERED = frozenset({"he", "she", "him", "her"})


def analyze_doc(doc: Doc, *, lexicon: Lexicon | None = None, doc_id: str | None = None) -> Document:
    """Find every attributed statement in a parsed text and the table of its speakers.

    Args:
        doc: A ``Doc`` parsed by a pipeline with a dependency parser and NER.
        lexicon: Language data; English by default.
        doc_id: Carried onto every record.

    Returns:
        The document's quotes in order, and its speakers.

    Warns:
        UnbalancedQuoteWarning: once per quote mark with no partner; the statement that
            mark belongs to is skipped, the rest of the text is kept.
    """
    lexicon = lexicon or Lexicon.english()
    text = doc.text
    spans, problems = find_quote_spans(text)
    for problem in problems:
        where = f"{doc_id}: " if doc_id else ""
        warnings.warn(
            f"{where}char {problem.offset}: {problem.message}", UnbalancedQuoteWarning, stacklevel=3
        )
    layout = Layout.build(doc, paragraph_spans(text), spans, text=text)
    cues = find_cues(doc, lexicon)
    statements = [s for s in (attach(c, layout, lexicon) for c in cues) if s is not None]
    statements += labelled_statements(layout, lexicon)
    headlines = headline_statements(layout, lexicon)
    if headlines:
        # A title-case headline is read from its surface, whatever the parse made of it.
        taken = {s.cue.head for s in headlines if s.cue is not None}
        statements = [s for s in statements if s.cue is None or s.cue.head not in taken]
        statements += headlines
    unpaired = sorted(p.offset for p in problems)
    drafts = [
        d
        for d in keep_statements(settle(statements, cues, layout), layout, lexicon)
        if not _near_unpaired(d, unpaired)
    ]
    parents = _parents(drafts, layout)
    drafts, parents = _drop_self_reports(drafts, parents, layout, lexicon)
    drafts = _stop_before_outer_clause(drafts, parents, layout)
    drafts = [_without_non_speaker(d, layout) for d in drafts]
    heads = sorted({h for d in drafts for h in (d.speaker, d.via) if h is not None})
    outer = _outer_speakers(drafts, heads, layout)
    clusters, resolved = resolve_speakers(layout, heads, outer, lexicon)
    return _records(text, doc_id, drafts, parents, layout, clusters, resolved)


def _near_unpaired(draft: Draft, unpaired: Sequence[int]) -> bool:
    """An unpaired quote mark (offsets sorted) lies in the draft or right beside it."""
    index = bisect_left(unpaired, draft.start - 1)
    return index < len(unpaired) and unpaired[index] < draft.end + 1


def _parents(drafts: Sequence[Draft], layout: Layout) -> list[int | None]:
    """For each draft, the innermost other draft whose content holds its cue.

    Args:
        drafts: The drafts.
        layout: The parsed text.

    Returns:
        Per draft, the position of its parent (the first of the shortest holders), or None.
    """
    spans = Intervals([(d.start, d.end) for d in drafts])
    parents: list[int | None] = []
    for draft in drafts:
        anchor = layout.doc[draft.cue.head].idx if draft.cue is not None else draft.start
        holders = [
            i
            for i in spans.holding(anchor)
            if drafts[i] is not draft and drafts[i].end - drafts[i].start > draft.end - draft.start
        ]
        parents.append(min(holders, key=lambda i: drafts[i].end - drafts[i].start) if holders else None)
    return parents


def _drop_self_reports(
    drafts: list[Draft], parents: list[int | None], layout: Layout, lexicon: Lexicon
) -> tuple[list[Draft], list[int | None]]:
    """Drop reports that are the outer speaker's own talk.

    A nested statement whose speaker is "I", "we" or "you" repeats its outer speaker; one
    inside a quote whose speaker names no one ("everyone here calls it ...") or is missing is
    part of the quoted words, not a third party's statement.
    """
    doc = layout.doc

    def own_talk(draft: Draft, parent: int | None) -> bool:
        if parent is None:
            return False
        if draft.speaker is not None and doc[draft.speaker].lower_ in PERSONAL:
            return True
        inside_quote = draft.cue is not None and layout.in_quote(doc[draft.cue.head])
        generic = draft.speaker is None or doc[draft.speaker].lower_ in lexicon.generic_speakers
        return inside_quote and generic and drafts[parent].kind is not QuoteKind.INDIRECT

    drop = {i for i, (d, p) in enumerate(zip(drafts, parents)) if own_talk(d, p)}
    if not drop:
        return drafts, parents
    kept = [i for i in range(len(drafts)) if i not in drop]
    renumber = {old: new for new, old in enumerate(kept)}
    new_parents = []
    for i in kept:
        parent = parents[i]
        while parent is not None and parent in drop:
            parent = parents[parent]
        new_parents.append(renumber[parent] if parent is not None else None)
    return [drafts[i] for i in kept], new_parents


def _stop_before_outer_clause(
    drafts: Sequence[Draft], parents: Sequence[int | None], layout: Layout
) -> list[Draft]:
    """An inner statement ends where the reporting clause of its outer one begins.

    "X admitted that drones were lost, a broadcaster reported": the parser may hang the
    outer clause inside the inner content; the content of "admitted" stops at the comma.
    """
    doc = layout.doc
    text = layout.text
    fixed = []
    for draft, parent in zip(drafts, parents):
        outer = drafts[parent] if parent is not None else None
        if outer is None or outer.cue is None or outer.speaker is None:
            fixed.append(draft)
            continue
        cut = min(doc[outer.cue.first].idx, doc[outer.speaker].left_edge.idx)
        if not draft.start < cut < draft.end:
            fixed.append(draft)
            continue
        parts = []
        for start, end in draft.parts:
            end = min(end, cut)
            while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:\u2014-"):
                end -= 1
            if end > start:
                parts.append((start, end))
        fixed.append(attrs.evolve(draft, parts=tuple(parts)) if parts else draft)
    return fixed


def _without_non_speaker(draft: Draft, layout: Layout) -> Draft:
    """A date or an amount the parse took for the speaker ("said Thursday") is no speaker."""
    if draft.speaker is None or can_speak(layout.doc[draft.speaker]):
        return draft
    if draft.cue is not None:
        fallback = adjacent_speaker(layout.doc[draft.cue.head], layout)
        if fallback is not None and fallback != draft.speaker:
            return attrs.evolve(draft, speaker=fallback)
    return attrs.evolve(draft, speaker=None)


def _outer_speakers(drafts: Sequence[Draft], heads: Sequence[int], layout: Layout) -> dict[int, int]:
    """First-person speakers inside a quote -> the head of that quote's speaker."""
    doc = layout.doc
    spans = Intervals([(d.start, d.end) for d in drafts])
    outer: dict[int, int] = {}
    for head in heads:
        if doc[head].lower_ not in PERSONAL:
            continue
        holders = [
            d
            for d in (drafts[i] for i in spans.holding(doc[head].idx))
            if d.kind is not QuoteKind.INDIRECT and d.speaker not in (None, head)
        ]
        if holders:
            inner = min(holders, key=lambda d: d.end - d.start)
            assert inner.speaker is not None
            outer[head] = inner.speaker
    return outer


def _records(
    text: str,
    doc_id: str | None,
    drafts: Sequence[Draft],
    parents: Sequence[int | None],
    layout: Layout,
    clusters: Sequence[Cluster],
    resolved: Mapping[int, Resolved],
) -> Document:
    entity_ids = _entity_ids(clusters, resolved)
    quotes: list[Quote] = []
    contents = [Content.from_parts(text, list(draft.parts)) for draft in drafts]
    ids = [Quote.make_id(content) for content in contents]
    speaker_quotes: dict[int, list[str]] = {}
    for index, (draft, parent, content) in enumerate(zip(drafts, parents, contents)):
        speaker = _speaker(draft.speaker, text, clusters, resolved, entity_ids)
        via = _speaker(draft.via, text, clusters, resolved, entity_ids)
        attribution = draft.attribution if speaker is not None else Attribution.NONE
        quote = Quote(
            id=ids[index],
            kind=draft.kind,
            content=content,
            cue=_cue(draft, layout),
            speaker=speaker,
            attribution=attribution,
            sentence=layout.sentence_at(content.start),
            paragraph=layout.paragraph_at(content.start),
            doc_id=doc_id,
            via=via,
            parent=ids[parent] if parent is not None else None,
        )
        quotes.append(quote)
        if draft.speaker is not None and draft.speaker in resolved:
            cluster = resolved[draft.speaker].cluster
            if cluster is not None:
                speaker_quotes.setdefault(cluster, []).append(quote.id)
    entities = [
        Entity(
            id=entity_ids[index],
            name=clusters[index].name,
            kind=clusters[index].kind,
            role=clusters[index].first("role"),
            title=clusters[index].first("title"),
            affiliation=clusters[index].first("affiliation"),
            mentions=tuple(
                TextSpan.from_offsets(text, m.start, m.end)
                for m in sorted(clusters[index].mentions, key=lambda m: m.start)
            ),
            quotes=tuple(speaker_quotes.get(index, ())),
        )
        for index in sorted(entity_ids, key=lambda i: int(entity_ids[i][1:]))
    ]
    return Document(text=text, doc_id=doc_id, quotes=tuple(quotes), speakers=tuple(entities))


def _entity_ids(clusters: Sequence[Cluster], resolved: Mapping[int, Resolved]) -> dict[int, str]:
    """Ids ``e1``, ``e2``, ... for the clusters that speak, in order of first mention."""
    speaking = {r.cluster for r in resolved.values() if r.cluster is not None}
    ordered = sorted(speaking, key=lambda i: min(m.start for m in clusters[i].mentions))
    return {index: f"e{n}" for n, index in enumerate(ordered, start=1)}


def _speaker(
    head: int | None,
    text: str,
    clusters: Sequence[Cluster],
    resolved: Mapping[int, Resolved],
    entity_ids: Mapping[int, str],
) -> Speaker | None:
    if head is None or head not in resolved:
        return None
    found = resolved[head]
    mention = found.mention
    span = TextSpan.from_offsets(text, mention.start, mention.end)
    if found.cluster is None:
        kind = SpeakerKind.PERSON if mention.pronoun in _GENDERED else mention.kind
        resolution = Resolution.UNRESOLVED if mention.pronoun else found.resolution
        return Speaker(
            span.text, span.start, span.end, kind=kind, resolution=resolution,
            role=mention.role, title=mention.title, affiliation=mention.affiliation,
        )
    cluster = clusters[found.cluster]
    return Speaker(
        span.text,
        span.start,
        span.end,
        name=cluster.name,
        kind=cluster.kind,
        role=cluster.first("role"),
        title=cluster.first("title"),
        affiliation=cluster.first("affiliation"),
        entity=entity_ids.get(found.cluster),
        resolution=found.resolution,
    )


def _cue(draft: Draft, layout: Layout) -> Cue | None:
    if draft.cue is None:
        return None
    doc = layout.doc
    first, last = doc[draft.cue.first], doc[draft.cue.last]
    start, end = first.idx, last.idx + len(last)
    category = draft.cue.category
    if draft.cue.form is CueForm.SOURCE:
        category = CueCategory.SOURCE
    return Cue(layout.text[start:end], draft.cue.lemma, start, end, category, draft.cue.negated)


