"""Group speaker mentions into document-level entities and resolve short references.

Rule-based, over the parse and the named entities: full names, surnames alone, titles with
names, role descriptions ("the minister", "the Israeli paper"), descriptive anaphora ("the
researcher specializing in ...") and pronouns with number and gender agreement. This module
holds the resolution stage, which places each mention in an entity; the entity a name
belongs to is matched in :mod:`.name_matching`, the one a definite description refers back
to in :mod:`.description_links`, and a pronoun's in :mod:`.pronouns`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs

from ...lexicon import Lexicon
from ...records import Resolution, SpeakerKind
from ..content.headlines import in_title_headline
from ..layout import Layout
from ..nesting import Nesting, outer_speakers
from .clusters import Cluster, ClusterTable, Resolved
from .description_links import by_description, by_subject_description
from .genders import Genders
from .mention_heads import mention_heads
from .mentions import Mention, describe
from .name_matching import by_capitalized_surname, by_name, shorter
from .pronouns import resolve_pronoun


@attrs.frozen
class ResolvedSpeakers:
    """The entities of a document and what each speaker head resolved to (internal).

    Attributes:
        clusters: The entities being built, in order of creation (their index is their id).
        resolved: For each speaker head (and channel head), its resolution.
    """

    clusters: list[Cluster]
    resolved: dict[int, Resolved]


def resolve_speakers(nesting: Nesting, layout: Layout, lexicon: Lexicon) -> ResolvedSpeakers:
    """The resolution stage: tie the speaker and channel of every statement to an entity.

    Args:
        nesting: The statements with their chosen speakers.
        layout: The parsed text.
        lexicon: Language data.

    Returns:
        The clusters and the resolution of each speaker and channel head.
    """
    drafts = nesting.drafts
    heads = sorted({h for d in drafts for h in (d.speaker, d.via) if h is not None})
    outer = outer_speakers(drafts, heads, layout, lexicon)
    clusters, resolved = resolve_heads(layout, heads, outer, lexicon)
    return ResolvedSpeakers(clusters, resolved)


def resolve_heads(
    layout: Layout,
    speaker_heads: Sequence[int],
    outer_speaker: Mapping[int, int],
    lexicon: Lexicon,
) -> tuple[list[Cluster], dict[int, Resolved]]:
    """Cluster the document's mentions and tie each speaker head to a cluster.

    Args:
        layout: The parsed text.
        speaker_heads: Head tokens of every speaker mention.
        outer_speaker: For a first-person pronoun inside a quote, the head of that quote's
            speaker (``"I agree," she said``: "I" is her).
        lexicon: Language data.

    Returns:
        The clusters and, for each speaker head, its resolution.
    """
    doc = layout.doc
    speaker_set = frozenset(speaker_heads)
    heads, untagged = mention_heads(layout, speaker_heads, lexicon)
    table = ClusterTable(lexicon.name_suffixes)
    resolved: dict[int, Resolved] = {}
    mentions = _without_run_on_headline_names(
        {h: describe(doc[h], lexicon) for h in sorted(heads)}, layout, lexicon
    )
    # Names first, so that a description or a bare surname can meet the fullest name
    # wherever the article gives it; pronouns last, over the finished clusters.
    for named in (True, False):
        for head, mention in mentions.items():
            if mention.pronoun is None and (mention.name is not None) is named:
                index, how, placed = _place(mention, table, layout, lexicon)
                resolved[head] = Resolved(placed, index, how)
    # A known person's name the recogniser left untagged, as a subject ("Lynch speaks
    # ..."): it keeps the person in the passage for the pronouns after it; it starts no
    # entity of its own, and what the parse hangs on it is not read (the parse of a name
    # the recogniser missed is the least sure).
    for head in (i for i in untagged if i not in heads):
        mention = describe(doc[head], lexicon)
        target = by_name(mention, None, table, doc, lexicon) if mention.name is not None else None
        if target is not None and table.clusters[target].kind is SpeakerKind.PERSON:
            bare = attrs.evolve(mention, title=None, role=None, affiliation=None, role_head=None)
            table.add(target, bare)
    genders = Genders(layout, table, lexicon)
    for head, mention in mentions.items():
        if mention.pronoun is not None:
            resolved[head] = resolve_pronoun(
                mention,
                table,
                resolved,
                outer_speaker,
                layout,
                lexicon,
                genders,
                known_gender=head not in speaker_set,
            )
    return table.clusters, {h: resolved[h] for h in speaker_heads if h in resolved}


_LONGEST_HEADLINE_NAME = 3
"""Words of a name in a title-case headline past which it is taken for a run-on (names of
four words or more are rare in headlines; a headline's capitalised words are not)."""


def _without_run_on_headline_names(
    mentions: dict[int, Mention], layout: Layout, lexicon: Lexicon
) -> dict[int, Mention]:
    """``mentions`` with no name on a mention in the article's title-case headline whose
    name runs over more than :data:`_LONGEST_HEADLINE_NAME` words: there the recogniser
    takes capitalised verbs and nouns into a name ("[Ana Diaz Slams Tom Hale] On Taxes",
    "[This Panel Just Dismissed Tom Hale]'s Plan", as a person's or a body's), which would
    become the fullest name of whoever it ends with. The mention is then placed as a
    surname is (:func:`_place`); a body's long name is written again in the article's
    body, where it is read."""
    long = [
        head
        for head, mention in mentions.items()
        if mention.name
        and len(mention.name.split()) > _LONGEST_HEADLINE_NAME
        and in_title_headline(layout, mention.start, layout.sentence_of[head], lexicon)
    ]
    if not long:
        return mentions
    return {h: attrs.evolve(m, name=None) if h in long else m for h, m in mentions.items()}


def _place(
    mention: Mention, table: ClusterTable, layout: Layout, lexicon: Lexicon
) -> tuple[int, Resolution, Mention]:
    """Add a named or descriptive mention to a matching cluster or to a new one; returns
    the cluster, how it was found, and the mention as added."""
    clusters = table.clusters
    target: int | None = None
    how = Resolution.MENTION
    gender = lexicon.honorific_genders.get((mention.title or "").lower())
    if mention.name is not None:
        target = by_name(mention, gender, table, layout.doc, lexicon)
        fuller = clusters[target].name if target is not None else None
        if fuller and shorter(mention.name, fuller):
            how = Resolution.NAME
    elif mention.definite and mention.role_head:
        target = by_description(mention, table, layout, lexicon)
        if target is None:
            target = by_subject_description(mention, table, layout, lexicon)
        if target is not None:
            how = Resolution.DESCRIPTION
    else:
        target = by_capitalized_surname(layout.doc[mention.head], table)
        if target is not None:
            how = Resolution.NAME
            # "Sanders" tagged as a (plural) common noun: one person's surname, no role.
            mention = attrs.evolve(mention, plural=False, role_head=None)
    if target is None:
        target = table.new()
    table.add(target, mention)
    cluster = clusters[target]
    cluster.gender = cluster.gender or gender
    return target, how, mention
