"""Role descriptions that re-mention a speaking person without a name.

"Donald Trump isn't saying much. ... The Republican presidential nominee has repeatedly
wondered ...": the description adds readings of the person's role and affiliation, which
:mod:`.attributes` gathers once per document. Which nouns are such descriptions and whom
each may describe is decided in :mod:`.descriptions`; this finds them in a document and
places its people (their mentions and the pronouns that speak for them) by offset.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Mapping

import numpy
from spacy.strings import get_string_id
from spacy.tokens import Doc

from ...lexicon import Lexicon
from ...records import SpeakerKind
from ..intervals import Intervals
from ..layout import Layout
from ..syntax import SINGULAR_NOUN
from .antecedents import Between, People, subject_rank
from .clusters import Cluster
from .coreference import ResolvedSpeakers
from .descriptions import people_described, referent, role_noun_endings
from .mentions import Mention, describe


def descriptions_of_people(
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
    if not any(single_person(clusters[index]) for index in speaking):
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
        if single_person(cluster):
            placed.extend((m.start, index, m.head) for m in cluster.mentions)
    for head, resolved in speakers.resolved.items():
        # A pronoun that speaks re-mentions its person too ("He said ... The GOP nominee").
        target = resolved.cluster
        if (
            target is not None
            and resolved.mention.pronoun is not None
            and single_person(speakers.clusters[target])
        ):
            placed.append((doc[head].idx, target, head))
    placed.sort()
    return placed


def single_person(cluster: Cluster) -> bool:
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
