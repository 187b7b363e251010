"""Group speaker mentions into document-level entities and resolve short references.

Rule-based, over the parse and the named entities: full names, surnames alone, titles with
names, role descriptions ("the minister", "the Israeli paper"), descriptive anaphora ("the
researcher specializing in ...") and pronouns with number and gender agreement. This module
holds the resolution stage, which places each mention in an entity, with the definite
descriptions that refer back; the entity a name belongs to is matched in
:mod:`.name_matching`, and a pronoun's is found in :mod:`.pronouns`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs
from spacy.tokens import Token

from ...lexicon import Lexicon
from ...records import Resolution, SpeakerKind
from ..content.headlines import is_headline
from ..labels import (
    AGENT,
    COMPOUND,
    DATIVE,
    DIRECT_OBJECT,
    NOMINAL_SUBJECTS,
    POSSESSOR,
    PREPOSITION,
    PREPOSITION_OBJECTS,
)
from ..layout import Layout
from ..nesting import Nesting, outer_speakers
from .antecedents import People, people_before, subject_rank
from .clusters import Cluster, ClusterTable, Resolved
from .descriptions import describes_a_subject, referent, same_rank
from .genders import Genders
from .mention_heads import mention_heads
from .mentions import Mention, describe
from .name_matching import by_capitalized_surname, by_name, shorter
from .pronouns import BODY_KINDS, MAX_PARAGRAPHS_BACK, paragraph_floor, resolve_pronoun


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


_ARGUMENT_LINKS = frozenset({DIRECT_OBJECT, DATIVE, AGENT})
"""Links of a verb's objects and of a passive's agent (not of a clause it reports)."""
_PERSON_RELATIVE_TAGS = frozenset({"WP", "WP$"})
"""Tags of "who", "whom" and "whose": a relative clause on a person opens with one."""
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
    starts = layout.paragraph_starts
    if len(starts) < 2:
        return mentions
    long = [
        head
        for head, mention in mentions.items()
        if mention.name
        and mention.start < starts[1]
        and len(mention.name.split()) > _LONGEST_HEADLINE_NAME
    ]
    if not long or not is_headline(layout, layout.sentence_of[long[0]], lexicon):
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
        target = _by_description(mention, table, layout, lexicon)
        if target is None:
            target = _by_subject_description(mention, table, layout, lexicon)
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


def _by_description(
    mention: Mention, table: ClusterTable, layout: Layout, lexicon: Lexicon
) -> int | None:
    """An earlier entity a definite description refers back to ("the minister").

    Notes:
        A singular description refers to no unnamed group (a plural name may be one
        body's: "Orla Foods"); a body's description that says whose body it is ("the
        Ruiz campaign") is no anaphor of another named body.

        Only an entity mentioned within ``2 * MAX_PARAGRAPHS_BACK + 2`` paragraphs before
        can be meant, so the candidates are the clusters of the mentions placed there (an
        offset index), the one mentioned last first: of two presidents, "the president"
        is the one the passage was just about, not the one the article introduced later.
    """
    paragraph = layout.paragraph_at(mention.start)
    floor = paragraph_floor(layout, paragraph - (2 * MAX_PARAGRAPHS_BACK + 2))
    head = layout.doc[mention.head]
    # "the Ruiz campaign", "Ruiz's team": a name before the noun says whose body it is (a
    # nationality does not: "the Israeli paper" is the paper named before).
    owned = any(
        c.dep_ == POSSESSOR or (c.dep_ == COMPOUND and c.pos_ == "PROPN") for c in head.lefts
    )
    nearby = {p.cluster: None for group in table.placed_before(mention.start, floor) for p in group}
    mates = _clause_mates(head, table) if nearby else set()
    for index in nearby:
        if index in mates:
            continue
        cluster = table.clusters[index]
        if mention.affiliation and cluster.first("affiliation") not in (None, mention.affiliation):
            continue
        if cluster.plural and not cluster.name and not mention.plural:
            continue  # "conservative leaders such as ..." is no antecedent of "the leader"
        if (
            mention.role_head in cluster.role_heads
            and cluster.mentions[0] is not mention
            and same_rank(mention, cluster, lexicon)
        ):
            return index
        if (
            mention.kind in BODY_KINDS
            and mention.kind is cluster.kind
            and cluster.name
            and not owned
        ):
            return index
    return None


def _clause_mates(head: Token, table: ClusterTable) -> set[int]:
    """The entities named as the objects of the clause a description is the subject of
    (of its verb or of a preposition on it), which it does not describe: "The attorney
    general is suing Hale" is not Hale (a name is not coreferent with a phrase that
    c-commands it in its clause, binding theory's Principle C; Chomsky 1981). Only the
    objects' heads are read: news repeats a name deeper in a sentence for clarity ("the
    pope said, aboard the plane from the island where Francis visited a camp").
    """
    if head.dep_ not in NOMINAL_SUBJECTS:
        return set()
    objects = []
    for child in head.head.rights:
        if child.dep_ in _ARGUMENT_LINKS:
            objects.append(child)
        elif child.dep_ == PREPOSITION:
            objects.extend(c for c in child.children if c.dep_ in PREPOSITION_OBJECTS)
    found: set[int] = set()
    for word in objects:
        for group in table.placed_before(word.idx + len(word), word.left_edge.idx):
            found.update(placed.cluster for placed in group if placed.mention.head == word.i)
    return found


def _by_subject_description(
    mention: Mention, table: ClusterTable, layout: Layout, lexicon: Lexicon
) -> int | None:
    """The one person a definite description re-mentions as its sentence's subject ("Ana
    Diaz spoke first. The Democratic nominee said ..."), when no entity holds its role yet
    (see :mod:`.descriptions`): the one person mentioned just before it that it fits
    (:func:`.descriptions.referent`). A description with a relative clause on a person
    right after its head introduces someone ("The hacker whose break-in revealed ..."):
    restrictive postmodification marks a definite description as new to the discourse
    more often than as an anaphor (Poesio and Vieira 1998), and it takes up no one."""
    head = layout.doc[mention.head]
    if mention.plural or not describes_a_subject(head, layout, lexicon):
        return None
    following = head.i + 1
    if following < len(layout.doc) and layout.doc[following].tag_ in _PERSON_RELATIVE_TAGS:
        return None
    clusters = table.clusters
    # '"So Ana, you know, is right," the former mayor said': one the quoted words beside
    # the description name or address is not the one who speaks them.
    named_in_quotes = _quoted_in_sentence(head, table, layout)
    # A person named inside the description is not the one it describes: "Diaz's former
    # campaign manager" is someone else.
    inside = {p.cluster for group in table.placed_before(head.idx, mention.start) for p in group}
    inside |= _clause_mates(head, table)

    def between(low: int, high: int) -> People:
        people: People = {}
        for group in table.placed_before(high, low):
            for placed in group:
                if placed.mention.start >= mention.start:
                    continue  # a name inside the description ("the Harbor Data spokesman")
                if placed.cluster in named_in_quotes or placed.cluster in inside:
                    continue
                cluster = clusters[placed.cluster]
                if cluster.kind is SpeakerKind.PERSON and not cluster.plural:
                    rank = subject_rank(layout.doc[placed.mention.head])
                    people[placed.cluster] = max(people.get(placed.cluster, 0), rank)
        return people

    return referent(mention, people_before(head, layout, between), clusters, lexicon)


def _quoted_in_sentence(head: Token, table: ClusterTable, layout: Layout) -> set[int]:
    """The clusters with a mention inside a quote that the sentence of ``head`` holds or
    ends (all of the quote, which may start sentences before)."""
    return {
        placed.cluster
        for quote in layout.quotes_within(*layout.sentence_chars(layout.sentence_of[head.i]))
        for group in table.placed_before(quote.end, quote.start)
        for placed in group
    }
