"""An entity's role, title and affiliation, gathered from all its mentions in a document.

The capacity in which someone speaks is often stated at another mention than the one next
to the quote ("Rangers goalkeeper Tom Kessler made 31 saves ..." early on, then "Kessler
said" or "he said"), so these are properties of the entity: every mention of it offers its
readings, and one is chosen per field by :meth:`.best_readings.EntityAttributes.best`, the
same for every record of the entity. The readings of every entity are gathered once per
document (:func:`read_attributes`): those of its mentions (:func:`mention_attributes`), of
the role descriptions that re-mention a person without a name
(:mod:`.descriptions_of_people`), and of the clauses that state a person's capacity.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import attrs
from spacy.tokens import Span

from ...lexicon import Lexicon
from ...records import SpeakerKind
from ..content.headlines import in_title_headline
from ..intervals import Intervals
from ..layout import Layout
from ..wordsets import union
from .best_readings import EntityAttributes, Reading
from .class_members import class_roles
from .clusters import Cluster, name_tokens
from .coreference import ResolvedSpeakers
from .delayed_leads import delayed_identification
from .descriptions_of_people import descriptions_of_people, single_person
from .kinds import names_a_work
from .mentions import Mention
from .predicates import Signposts, predicate_descriptions
from .pronouns import BODY_KINDS
from .shared_titles import shared_titles
from .sources import Source, Stated, find_source, mention_phrase
from .wording import word_fragment

_NO_BODY_WITHOUT_ROLE = frozenset({SpeakerKind.UNKNOWN, SpeakerKind.GROUP})
"""Kinds of entity that speak for a body only in a role ("Democratic voters" speak for
no one; "Democratic lawmakers" do)."""

FIELDS = ("role", "title", "affiliation")


def _occupation(head: str | None, lexicon: Lexicon) -> bool:
    """The role's head noun is an occupation of the lexicon and no role noun."""
    return head in lexicon.occupation_nouns and head not in lexicon.role_nouns


def read_attributes(
    speakers: ResolvedSpeakers,
    layout: Layout,
    lexicon: Lexicon,
    said: Mapping[int, Sequence[tuple[int, int]]] | None = None,
) -> dict[int, EntityAttributes]:
    """The readings of every entity that speaks (or is a channel), once per document.

    Args:
        speakers: The clusters and each speaker head's resolution.
        layout: The parsed text.
        lexicon: Language data.
        said: Cluster index -> the character ranges of what it is reported to have said;
            a description inside them is not of that entity.

    Returns:
        Cluster index -> its readings: those of its mentions, of the role descriptions
        that re-mention it without a name
        (:func:`.descriptions_of_people.descriptions_of_people`), of the description a
        lead gives of a person it names only next (:mod:`.delayed_leads`), and of the
        capacities copular clauses state of a person (:mod:`.predicates`).
    """
    people = _person_names(speakers.clusters, lexicon)
    speaking = sorted({r.cluster for r in speakers.resolved.values() if r.cluster is not None})
    spans = {index: Intervals(ranges) for index, ranges in (said or {}).items()}
    extra = descriptions_of_people(speakers, layout, lexicon, spans, frozenset(speaking))
    for index, described in delayed_identification(
        speakers.clusters, layout, lexicon, speaking
    ).items():
        extra.setdefault(index, []).extend(described)
    signposts = Signposts.read(layout, lexicon)
    headlines: dict[int, bool] = {}  # by sentence, asked of the sentences of mentions only
    return {
        index: mention_attributes(
            [
                *_outside_headlines(speakers.clusters[index].mentions, layout, lexicon, headlines),
                *extra.get(index, ()),
                *_predicates(speakers.clusters[index], layout, lexicon, signposts),
            ],
            speakers.clusters[index].kind,
            layout,
            lexicon,
            people=people,
            own_name=speakers.clusters[index].name,
        )
        for index in speaking
    }


def _outside_headlines(
    mentions: Iterable[Mention], layout: Layout, lexicon: Lexicon, headlines: dict[int, bool]
) -> list[Mention]:
    """The mentions but names in the article's title-case headline, its first paragraph
    when another follows ("Ana Ruiz Finally Endorses Port Director Jo Li"): there capitals
    tell no part of a name's phrase from a verb or an adverb, so no role or affiliation is
    read from it. A description ("Former Harbor Bank Economist Says ...") is all capacity,
    and is kept. ``headlines`` remembers each sentence's verdict."""
    sentence_of = layout.sentence_of
    kept = []
    for mention in mentions:
        if mention.name is None:
            kept.append(mention)
            continue
        sentence = sentence_of[mention.head]
        if sentence not in headlines:
            headlines[sentence] = in_title_headline(layout, mention.start, sentence, lexicon)
        if not headlines[sentence]:
            kept.append(mention)
    return kept


def mention_attributes(
    mentions: Iterable[Mention],
    kind: SpeakerKind,
    layout: Layout,
    lexicon: Lexicon,
    *,
    people: frozenset[tuple[str, ...]] = frozenset(),
    own_name: str | None = None,
) -> EntityAttributes:
    """The readings of an entity of ``kind`` from its ``mentions``.

    Args:
        mentions: The entity's mentions.
        kind: What sort of entity it is.
        layout: The parsed text.
        lexicon: Language data.
        people: Names of the document's people, and their first and last words.
        own_name: The entity's fullest name.

    Returns:
        The readings that may describe the entity.

    Notes:
        An organisation, outlet or government body that speaks is described by its own
        name: it has no affiliation ("the Pentagon said"), unless a mention of it states a
        role with one (a person the parse took for a body: "Pentagon spokesman Navy Capt.
        ..."). An entity of unknown kind (a poll, a report, a study) or a group ("Democratic
        voters": a crowd speaks for no one) has an affiliation only with a role. An
        affiliation is never a person: a value that is the name, first name or surname of a
        person the document names, or part of the entity's own name, is not read ("Clinton
        aides", "Ana Diaz's deputy"), unless the next word makes it a body's name ("Trump
        campaign").
    """
    own = name_tokens(own_name or "")
    found: dict[str, list[Reading]] = {field: [] for field in FIELDS}
    for mention in mentions:
        paired = bool(mention.role and mention.affiliation)
        phrase: Span | None = None  # the same for each field: read at the first one
        for field in FIELDS:
            value = getattr(mention, field)
            if not value or not any(c.isalpha() for c in value):
                continue
            is_affiliation = field == "affiliation"
            if kind in BODY_KINDS and not paired:
                if is_affiliation:
                    continue
                if field == "role" and not _office(mention.role_head, lexicon):
                    # "The Journal, a vocal advocate of reform": what a body is said to be
                    # is no office (an office or title is a person's: "a lawyer for the
                    # Post", "Kaiser Wilhelm", a name the recogniser took for a body's)
                    continue
            words = name_tokens(value)
            if is_affiliation and own and _within(words, own):
                continue
            if phrase is None:
                phrase = mention_phrase(mention, layout, lexicon)
            source = find_source(
                value, mention, layout, lexicon, affiliation=is_affiliation, phrase=phrase
            )
            if source is None:  # not the article's words: not given (a record can point at none)
                continue
            if (
                is_affiliation
                and not paired
                and _body_of_work(mention, value, source, layout, lexicon)
            ):
                continue
            value = _as_written(value, source, layout.text)
            role = field == "role"
            occupation = role and _occupation(mention.role_head, lexicon)
            generic = role and _names_no_office(words, lexicon)
            reading = Reading(value, source, mention.start, words, occupation, generic)
            if is_affiliation and _untitled(words, lexicon) in people:
                body = _body_of_person(reading, layout, lexicon)
                if body is None:
                    continue
                reading = body
            found[field].append(reading)
    if kind in _NO_BODY_WITHOUT_ROLE and not found["role"]:
        found["affiliation"] = []
    return EntityAttributes(**{field: tuple(readings) for field, readings in found.items()})


def _names_no_office(words: tuple[str, ...], lexicon: Lexicon) -> bool:
    """A role of these words names no particular office: one noun that any holder of one
    may be called ("leader", which a headline uses for want of room), or a capacity held
    against another ("well-organized rival"), which another mention's office outranks."""
    return (len(words) == 1 and words[0] in lexicon.generic_roles) or (
        bool(words) and words[-1] in lexicon.opposing_roles
    )


def _office(role_head: str | None, lexicon: Lexicon) -> bool:
    """``role_head`` is a person's office or title noun."""
    return role_head is not None and (
        role_head in lexicon.role_nouns or role_head in lexicon.titles
    )


def _body_of_work(
    mention: Mention, value: str, source: Source, layout: Layout, lexicon: Lexicon
) -> bool:
    """The mention names a work, not a person (a report, a statement, a poll or a study),
    and ``value``, read from ``source`` before the work's noun, a body, not a country: the
    body is the source of the work's words ("the Harbor Trust report"), and a body that
    speaks has no affiliation. A country stays the affiliation of its official words
    ("official US statements"), and so does the body of an author named after the noun ("an
    analysis by Ana Diaz, an economist at Harbor University")."""
    head = layout.doc[mention.head]
    return (
        names_a_work(head, lexicon)
        and source.start < head.idx
        and value not in lexicon.demonym_countries
    )


def _as_written(value: str, source: Source, text: str) -> str:
    """``value`` with the spaces of the words it was read from: the parser reads a no-break
    space as a plain one (:mod:`quoteattr.parsing.spacing`), the record gives the article's
    words exactly."""
    if source.stated is not Stated.WORDS:
        return value
    written = text[source.start : source.end]
    return written if written != value and " ".join(written.split()) == value else value


def _untitled(words: tuple[str, ...], lexicon: Lexicon) -> tuple[str, ...]:
    """The words of a name (:func:`.clusters.name_tokens`, with no full stops) without the
    titles before it: "President Ruiz" and "Sen. Ruiz" are Ruiz."""
    first = 0
    titles = lexicon.titles
    while first < len(words) - 1 and (words[first] in titles or f"{words[first]}." in titles):
        first += 1
    return words[first:]


def _body_of_person(reading: Reading, layout: Layout, lexicon: Lexicon) -> Reading | None:
    """A person's name read as an affiliation: the body the name is part of when the next
    word names one ("Trump campaign", "Clinton Foundation"), else nothing (a person is not
    an affiliation: "Clinton aides", "Ana Diaz's deputy")."""
    source = reading.source
    if source.stated is not Stated.WORDS:
        return None
    last = layout.token_at(source.end - 1)
    doc = layout.doc
    if last is None or last.i + 1 >= len(doc):
        return None
    body = doc[last.i + 1]
    if word_fragment(body) or body.lower_ not in union(
        lexicon.organization_words, lexicon.government_words
    ):
        return None  # "Acme Labs co-founder": "co" is part of a word, not "Co.
    end = body.idx + len(body)
    value = f"{reading.value} {body.text}"
    return attrs.evolve(
        reading,
        value=value,
        source=attrs.evolve(source, end=end, place=False),
        words=(*reading.words, body.lower_),
    )


def _predicates(
    cluster: Cluster, layout: Layout, lexicon: Lexicon, signposts: Signposts
) -> list[Mention]:
    """The capacities copular clauses, plural offices before a list of names and plural
    roles a name is given as one of (:mod:`.class_members`) state of a person (none for
    other kinds); ``signposts`` are read once per document."""
    if not single_person(cluster):
        return []
    return [
        *predicate_descriptions(cluster.mentions, layout, lexicon, signposts, cluster.gender),
        *shared_titles(cluster.mentions, layout, lexicon),
        *class_roles(cluster.mentions, layout, lexicon),
    ]


def _within(words: tuple[str, ...], name: tuple[str, ...]) -> bool:
    size = len(words)
    return any(name[i : i + size] == words for i in range(len(name) - size + 1))


def _person_names(clusters: Sequence[Cluster], lexicon: Lexicon) -> frozenset[tuple[str, ...]]:
    """The words of the names of the document's people with two words or more, and their
    surnames (a one-word "person" may be a place the tagger took for one: "Charlotte"; a
    name with an organisation word, a firm: "Acme Labs", as :mod:`.affiliations` reads it)."""
    bodies = union(lexicon.organization_words, lexicon.media_words, lexicon.government_words)
    names: set[tuple[str, ...]] = set()
    for cluster in clusters:
        words = cluster.name_words
        if cluster.kind is not SpeakerKind.PERSON or cluster.guessed or len(words) < 2:
            continue
        if any(word in bodies for word in words):
            continue
        names.add(words)
        if len(words) > 1:
            names.add(words[-1:])
    return frozenset(names)
