"""An entity's role, title and affiliation, gathered from all its mentions in a document.

The capacity in which someone speaks is often stated at another mention than the one next
to the quote ("Rangers goalkeeper Tom Kessler made 31 saves ..." early on, then "Kessler
said" or "he said"), so these are properties of the entity: every mention of it offers its
readings, and one is chosen per field by :meth:`EntityAttributes.best`, the same for every
record of the entity. The readings of
every entity are gathered once per document (:func:`read_attributes`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence

import attrs
import numpy
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from ...lexicon import Lexicon
from ...records import SpeakerKind
from ..content.headlines import is_headline
from ..intervals import Intervals
from ..layout import Layout
from ..syntax import SINGULAR_NOUN
from ..wordsets import union
from .antecedents import Between, People, subject_rank
from .clusters import Cluster, name_tokens
from .coreference import ResolvedSpeakers
from .descriptions import people_described, referent, role_noun_endings
from .kinds import names_a_work
from .mentions import Mention, describe
from .predicates import Signposts, predicate_descriptions
from .pronouns import BODY_KINDS
from .shared_titles import shared_titles
from .sources import Source, Stated, find_source, mention_phrase
from .wording import word_fragment

_NO_BODY_WITHOUT_ROLE = frozenset({SpeakerKind.UNKNOWN, SpeakerKind.GROUP})
"""Kinds of entity that speak for a body only in a role ("Democratic voters" speak for
no one; "Democratic lawmakers" do)."""

FIELDS = ("role", "title", "affiliation")


@attrs.frozen
class Reading:
    """One value of a field as one mention states it (internal)."""

    value: str
    source: Source
    at: int
    """Where the mention starts."""
    words: tuple[str, ...]
    """The value's casefolded words, for telling a more specific value from a bare one."""
    occupation: bool = False
    """A role read off an occupation noun ("businessman"), not an office or position."""
    generic: bool = False
    """A role that is one noun naming no particular office ("leader")."""


_Test = Callable[[Reading], bool]


@attrs.frozen
class EntityAttributes:
    """Every reading of an entity's role, title and affiliation (internal)."""

    role: tuple[Reading, ...] = ()
    title: tuple[Reading, ...] = ()
    affiliation: tuple[Reading, ...] = ()

    def best(self, field: str) -> Reading | None:
        """The most specific reading of ``field``: the entity's value for every record.

        Args:
            field: ``"role"``, ``"title"`` or ``"affiliation"``.

        Returns:
            The chosen reading, or None when no mention states the field.

        Notes:
            "Most specific" is decided in this order, each step keeping only the best:

            1. for an affiliation, a body, party or team over a place: a country, state or
               city may be only where someone lives; an organisation is what they speak for;
               for a role, an office or position over an occupation ("candidate" over "New
               York businessman"): what someone does for a living is not the capacity
               they speak in when the article names one; then any role over one noun that
               names no particular office ("President" over "leader", which a headline
               uses for want of room);
            2. a value over one whose words it holds with modifiers: "Deputy Commissioner"
               over "commissioner", "former governor" over "governor";
            3. the earliest mention: news style identifies a person fully at first
               reference and shortens later ones (AP Stylebook, "titles"), so the
               introduction states the capacity the article means.

            Measured on the speech gold sets A-H (``benchmarks/attribute_accuracy.py``), two
            other tie-breaks did worse than the earliest mention: the mention nearest the
            quote (late mentions are shorter and more often misread, "Obama the hopeful"),
            and a role read together with an affiliation ("Republican nominee" read off a
            misattached appositive).
        """
        readings: Sequence[Reading] = getattr(self, field)
        if not readings:
            return None
        kept = list(readings)
        if field == "affiliation":
            kept = _top(kept, lambda r: not r.source.place)
        if field == "role":
            kept = _top(kept, lambda r: not r.occupation)
            kept = _top(kept, lambda r: not r.generic)
        # Compared as distinct values: an entity mentioned a thousand times has few of them.
        values = {r.words for r in kept}
        held = {words for words in values if any(_inside(words, other) for other in values)}
        kept = [r for r in kept if r.words not in held]
        return min(kept, key=lambda r: r.at)


def _occupation(head: str | None, lexicon: Lexicon) -> bool:
    """The role's head noun is an occupation of the lexicon and no role noun."""
    return head in lexicon.occupation_nouns and head not in lexicon.role_nouns


def _top(readings: Sequence[Reading], good: _Test) -> list[Reading]:
    """The readings that pass ``good``, or all of them when none does."""
    passing = [r for r in readings if good(r)]
    return passing or list(readings)


def _inside(words: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """``words`` are a contiguous run of the longer ``other``."""
    size = len(words)
    if not size or size >= len(other):
        return False
    return any(other[i : i + size] == words for i in range(len(other) - size + 1))


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
        that re-mention it without a name (:func:`_descriptions_of_people`), and of the
        capacities copular clauses state of a person (:mod:`.predicates`).
    """
    people = _person_names(speakers.clusters, lexicon)
    speaking = sorted({r.cluster for r in speakers.resolved.values() if r.cluster is not None})
    spans = {index: Intervals(ranges) for index, ranges in (said or {}).items()}
    extra = _descriptions_of_people(speakers, layout, lexicon, spans, frozenset(speaking))
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
    starts = layout.paragraph_starts
    kept = []
    for mention in mentions:
        if mention.name is None:
            kept.append(mention)
            continue
        sentence = sentence_of[mention.head]
        if sentence not in headlines:
            headlines[sentence] = (
                len(starts) > 1
                and mention.start < starts[1]
                and is_headline(layout, sentence, lexicon)
            )
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
            generic = role and len(words) == 1 and words[0] in lexicon.generic_roles
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
    """The capacities copular clauses and plural offices before a list of names state of
    a person (none for other kinds); ``signposts`` are read once per document."""
    if not _single_person(cluster):
        return []
    return [
        *predicate_descriptions(cluster.mentions, layout, lexicon, signposts),
        *shared_titles(cluster.mentions, layout, lexicon),
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


def _descriptions_of_people(
    speakers: ResolvedSpeakers,
    layout: Layout,
    lexicon: Lexicon,
    said: Mapping[int, Intervals],
    speaking: frozenset[int],
) -> dict[int, list[Mention]]:
    """Role descriptions that re-mention a person without a name, by the entity they describe.

    Args:
        speakers: The clusters and each speaker head's resolution.
        layout: The parsed text.
        lexicon: Language data.
        said: Cluster index -> the character ranges of its reported words.
        speaking: The entities whose readings are wanted (those that speak).

    Returns:
        Cluster index -> the descriptions that describe it, for the entities of
        ``speaking``; they add readings of its role and affiliation only, not mentions
        (resolution is done).

    Notes:
        News re-mentions a person by a definite description of their capacity, as the
        subject of the next sentence ("Donald Trump isn't saying much. ... The Republican
        presidential nominee has repeatedly wondered ..."): a definite description is an
        anaphor of the most salient entity it fits (Vieira and Poesio 2000, "An
        empirically based system for processing definite descriptions"). Only the safest
        are taken: a definite singular subject of its sentence's main verb (or opening its
        sentence), outside quotes, naming no one, whose role noun has a modifier ("the
        partner" alone may be anyone's, so a bare "the director" is read only when one
        person alone is mentioned before it, or as the subject of a main clause coordinated
        after another, of that clause's subject: "Diaz replied that Ng had lied, and the
        senator said ..."); and only when it fits one of the people (singular
        entities) mentioned in its sentence before it or in the sentence before (or, when
        neither mentions anyone, in the nearest of the two sentences before those that
        does: a one-line section label may stand between): the only one, or of several the
        one described alike or else the one that was a subject, as
        :func:`.descriptions.referent` decides. The same description as a possessor or an
        object ("cheered the Democratic nominee"), or as the subject of a clause set in its
        sentence ("as the Democratic nominee stepped in"), is read in a sentence that names
        no one, of the people of the sentences before
        (:func:`.antecedents.people_in_sentences_before`), and in a sentence that names
        people, of the one named before its clause as no subject
        (:func:`.antecedents.people_outside_clause`). A
        description inside a person's own reported words is not of that person ("The
        former senator will lose, Ana Diaz said": a speaker's words name others).
    """
    clusters = speakers.clusters
    if not any(_single_person(clusters[index]) for index in speaking):
        return {}  # a description's referent is one (:func:`_people_placed`)
    doc = layout.doc
    taken = {m.head for cluster in clusters for m in cluster.mentions}
    found: dict[int, list[Mention]] = {}
    between = _placed_between(lambda: _people_placed(speakers, doc), doc)
    singular_noun = numpy.uint64(get_string_id(SINGULAR_NOUN))
    nouns = numpy.flatnonzero(layout.columns.tag == singular_noun)
    endings = role_noun_endings(lexicon)
    strings = doc.vocab.strings
    # Tags and lemmas as spaCy's hashes: a Token is made only for the singular common
    # nouns whose lemma may end a role noun (most do not).
    for i, lemma in zip(nouns.tolist(), layout.columns.lemma[nouns].tolist(), strict=True):
        if i in taken or strings[lemma].lower() not in endings:
            continue
        token = doc[i]
        people = people_described(token, layout, lexicon, between)
        # The referent is one of ``people``: a description none of whom speaks is not read.
        if not any(p in speaking for p in people):
            continue
        # A person named inside the description is not the one it describes: "Diaz's
        # campaign manager" is someone else.
        inside = between(doc[token.left_edge.i].idx, token.idx)
        people = {
            p: r
            for p, r in people.items()
            if p not in inside and (p not in said or not said[p].holding(token.idx))
        }
        if not any(p in speaking for p in people):
            continue
        mention = describe(token, lexicon)
        if mention.name or not mention.role:
            continue
        person = referent(mention, people, clusters, lexicon)
        if person is not None:
            found.setdefault(person, []).append(mention)
    return found


def _people_placed(speakers: ResolvedSpeakers, doc: Doc) -> list[tuple[int, int, int]]:
    """Where each single person is mentioned, in text order: (start, entity, the head of
    the mention there)."""
    placed: list[tuple[int, int, int]] = []
    for index, cluster in enumerate(speakers.clusters):
        if _single_person(cluster):
            placed.extend((m.start, index, m.head) for m in cluster.mentions)
    for head, resolved in speakers.resolved.items():
        # A pronoun that speaks re-mentions its person too ("He said ... The GOP nominee").
        target = resolved.cluster
        if (
            target is not None
            and resolved.mention.pronoun is not None
            and _single_person(speakers.clusters[target])
        ):
            placed.append((doc[head].idx, target, head))
    placed.sort()
    return placed


def _single_person(cluster: Cluster) -> bool:
    return cluster.kind is SpeakerKind.PERSON and not cluster.plural


def _placed_between(read: Callable[[], list[tuple[int, int, int]]], doc: Doc) -> Between:
    """The people mentioned between two offsets, of those ``read`` places (start, entity,
    the mention's head), each with its highest subject rank there.

    ``read`` is called at the first question only: in about half the documents no noun
    passes the tests that come before it (:func:`.descriptions.people_described`). A
    mention's subject rank is read when a question first reaches it: most are never asked
    about.
    """
    placed: list[tuple[int, int, int]] = []
    starts: list[int] | None = None
    ranks: dict[int, int] = {}

    def between(low: int, high: int) -> People:
        nonlocal placed, starts
        if starts is None:
            placed = read()
            starts = [start for start, _, _ in placed]
        people: People = {}
        for _, index, head in placed[bisect_left(starts, low) : bisect_left(starts, high)]:
            rank = ranks.get(head)
            if rank is None:
                rank = ranks[head] = subject_rank(doc[head])
            people[index] = max(people.get(index, 0), rank)
        return people

    return between
