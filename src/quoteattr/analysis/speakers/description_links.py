"""The earlier entity a definite description takes up: "the minister", "the Democratic
nominee", "the vice president".

A description refers back to an entity that holds its role (:func:`by_description`), or, as
its sentence's subject, to the one person mentioned just before it that it fits
(:func:`by_subject_description`). It takes up no one it names itself, nor the objects of its
own verb, and one with a relative clause on a person introduces someone. :mod:`.coreference`
places each mention; this decides for a description.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import Lexicon
from ...records import SpeakerKind
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
from .antecedents import People, people_before, subject_rank
from .clusters import ClusterTable
from .descriptions import describes_a_subject, referent, same_rank
from .mentions import Mention
from .pronouns import BODY_KINDS, MAX_PARAGRAPHS_BACK, paragraph_floor

_ARGUMENT_LINKS = frozenset({DIRECT_OBJECT, DATIVE, AGENT})
"""Links of a verb's objects and of a passive's agent (not of a clause it reports)."""
_PERSON_RELATIVE_TAGS = frozenset({"WP", "WP$"})
"""Tags of "who", "whom" and "whose": a relative clause on a person opens with one."""


def by_description(
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


def by_subject_description(
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
