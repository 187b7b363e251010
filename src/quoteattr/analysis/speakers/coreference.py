"""Group speaker mentions into document-level entities and resolve short references.

Rule-based, over the parse and the named entities: full names, surnames alone, titles with
names, role descriptions ("the minister", "the Israeli paper"), descriptive anaphora ("the
researcher specializing in ...") and pronouns with number and gender agreement.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs
from spacy.tokens import Doc, Token

from ...lexicon import Lexicon
from ...records import Resolution, SpeakerKind
from ..labels import (
    APPOSITION,
    COMPOUND,
    NOMINAL_SUBJECTS,
    POSSESSOR,
    PREPOSITION,
    PREPOSITION_OBJECTS,
)
from ..layout import Layout
from ..nesting import Nesting, outer_speakers
from .antecedents import People, people_before, subject_rank
from .clusters import Cluster, ClusterTable, Resolved, name_tokens
from .descriptions import describes_a_subject, referent
from .genders import Genders
from .mention_heads import mention_heads
from .mentions import Mention, describe
from .pronouns import BODY_KINDS, MAX_PARAGRAPHS_BACK, paragraph_floor, resolve_pronoun

_JUST_NAMED = 240
"""Characters (about two sentences of news text) within which a surname two people share
still refers to the one just introduced."""
_NOUNS = frozenset({"NOUN", "PROPN"})
_MAY_BE_PEOPLE = frozenset({SpeakerKind.PERSON, SpeakerKind.UNKNOWN})
"""Kinds of a one-word name that may be a person's first word (:func:`_by_first_word`)."""
_COMMON_NOUN_TAGS = frozenset({"NN", "NNS"})
_REFERRING_CLASSES = frozenset({"PRON", "DET"})
"""Word classes that refer by themselves ("That said", "This added"): never a surname."""


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
    mentions = {h: describe(doc[h], lexicon) for h in sorted(heads)}
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
        target = _by_name(mention, None, table, doc, lexicon) if mention.name is not None else None
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
        target = _by_name(mention, gender, table, layout.doc, lexicon)
        fuller = clusters[target].name if target is not None else None
        if fuller and _shorter(mention.name, fuller):
            how = Resolution.NAME
    elif mention.definite and mention.role_head:
        target = _by_description(mention, table, layout)
        if target is None:
            target = _by_subject_description(mention, table, layout, lexicon)
        if target is not None:
            how = Resolution.DESCRIPTION
    else:
        target = _by_capitalized_surname(layout.doc[mention.head], table)
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


def _shorter(name: str, fuller: str) -> bool:
    return len(name_tokens(name)) < len(name_tokens(fuller))


def _by_name(
    mention: Mention, gender: str | None, table: ClusterTable, doc: Doc, lexicon: Lexicon
) -> int | None:
    """The cluster a named mention belongs to: the most recent one with the same name, else
    the person whose name holds this one or is held by it ("Austin" and "Lloyd Austin")
    with the most mentions so far (the most recent of equals, or the most recent if it was
    introduced just before), unless an honorific's gender or a different role tells them
    apart ("Mr. Obama" is not "the first lady, Michelle Obama"); else an organisation whose
    name holds the other's anywhere ("White House" and "White House press office"), the
    most recent after that person.

    Notes:
        "Most recent" is the highest cluster index. The candidates come from the table's
        indexes (same words, same last word, shared substrings) and are read from the
        highest index down. Of two people sharing a surname, an article names the one it is
        not about in full ("Bill Clinton") and its main one by the surname alone, so a bare
        surname goes to the one mentioned more, not the one introduced last, unless the
        latest was introduced just before (:data:`_JUST_NAMED`), as a participant of its
        clause rather than inside another noun phrase (:func:`_just_named`). Of two
        mentioned as often, the latest is passed over when it was just named inside
        another noun phrase (:func:`_named_in_passing`): "Rita Gomez, mother of victim Leo
        Gomez, ... Gomez said" is Rita.
    """
    words = name_tokens(mention.name or "")
    if not words:
        return None
    clusters = table.clusters
    same = table.same_name(words)
    exact = max(same) if same else None
    if exact is not None and not _told_apart(mention, gender, clusters[exact], new_words=False):
        return exact  # the candidates below are read only when there is no such cluster
    person_mention = mention.kind is SpeakerKind.PERSON
    fits: list[int] = []  # the people whose name holds this one or is held by it, latest first
    word_set = set(words)
    for index in sorted(table.same_last_word(words[-1]), reverse=True):
        cluster = clusters[index]
        other = cluster.name_words
        if other == words or not (person_mention or cluster.kind is SpeakerKind.PERSON):
            continue
        other_set = set(other)
        held, holds = word_set <= other_set, other_set < word_set
        if not (held or holds) or _told_apart(
            mention, gender, cluster, new_words=holds, generic=lexicon.generic_roles
        ):
            continue
        fits.append(index)
    partial = _of_those_sharing(fits, clusters, mention, doc)
    if not person_mention:
        joined = " ".join(words)
        for index in sorted(table.body_candidates(joined), reverse=True):
            if partial is not None and index <= partial:
                break
            cluster = clusters[index]
            theirs = " ".join(cluster.name_words)
            if not theirs or theirs == joined or cluster.kind is SpeakerKind.PERSON:
                continue
            if joined in theirs or theirs in joined:
                # A person's surname the tagger labelled an organisation ("Trump" after
                # "Trump University") stays the person's unless the body is mentioned more.
                if partial is None or len(cluster.mentions) > len(clusters[partial].mentions):
                    partial = index
                break
    if partial is None and len(words) == 1 and mention.kind in _MAY_BE_PEOPLE:
        partial = _by_first_word(mention, words[0], gender, table)
    return partial


def _of_those_sharing(
    fits: Sequence[int], clusters: Sequence[Cluster], mention: Mention, doc: Doc
) -> int | None:
    """Of the people ``fits`` (latest first) whose name holds a mention's or is held by it,
    the one it re-mentions (:func:`_by_name`)."""
    if not fits:
        return None
    if _just_named(clusters[fits[0]], mention, doc):
        return fits[0]  # "... heard from Jonas Keller. 'I saw nothing,' Keller said."
    # Of two people who share the name ("Clinton"), the one mentioned more so far: an
    # article names the other in full ("Bill Clinton") and its main one bare.
    most = max(len(clusters[index].mentions) for index in fits)
    tied = [index for index in fits if len(clusters[index].mentions) == most]
    if len(tied) > 1 and _named_in_passing(clusters[tied[0]], mention, doc):
        # "Rita Gomez, mother of victim Leo Gomez, ... Gomez said": of two mentioned as
        # often, not the one just named inside another's phrase.
        return tied[1]
    return tied[0]


def _by_first_word(
    mention: Mention, word: str, gender: str | None, table: ClusterTable
) -> int | None:
    """The one person whose name of two words or more starts with ``word``, for a one-word
    name that is no one's last word: a family name written first ("Ban" or "Mr. Ban" after
    "Ban Ki-moon", "Xi" after "Xi Jinping"), or a given name used alone ("Rosa" after
    "Rosa Kowalski").

    Notes:
        Chinese, Korean and Vietnamese names put the family name first, and news copy
        refers to such a person by it, with or without an honorific (AP Stylebook,
        "courtesy titles"); features and opinion pieces call a person by the given name
        alone. Either way a word no one's name ends with but one person's name begins with
        is that person. Two people whose names begin with it leave it to neither.
    """
    found = [
        index
        for index in table.same_first_word(word)
        if (cluster := table.clusters[index]).kind is SpeakerKind.PERSON
        and len(cluster.name_words) > 1
        and not _told_apart(mention, gender, cluster, new_words=False)
    ]
    return found[0] if len(found) == 1 else None


def _just_named(cluster: Cluster, mention: Mention, doc: Doc) -> bool:
    """The entity was introduced (first mentioned) within :data:`_JUST_NAMED` characters
    before, and not inside another noun phrase.

    Notes:
        A person named inside a noun phrase ("a photo of Heidi Cruz", "the lawyer of Jo
        Keller") is the least salient entity of its clause (Centering ranks an embedded
        noun phrase below every argument of the verb): a bare surname right after it
        still goes to the one the passage is about. One named as an argument or adjunct
        of the verb ("the court heard from Jonas Keller") is a new participant the next
        surname may continue.
    """
    first = _introduced_within(cluster, mention)
    return first is not None and not _inside_a_noun_phrase(doc[first.head])


def _named_in_passing(cluster: Cluster, mention: Mention, doc: Doc) -> bool:
    """The entity was introduced within :data:`_JUST_NAMED` characters before, inside
    another noun phrase (:func:`_just_named`'s other case)."""
    first = _introduced_within(cluster, mention)
    return first is not None and _inside_a_noun_phrase(doc[first.head])


def _introduced_within(cluster: Cluster, mention: Mention) -> Mention | None:
    """The entity's first mention, if within :data:`_JUST_NAMED` characters before."""
    first = min(cluster.mentions, key=lambda m: m.start)
    return first if 0 <= mention.start - first.start <= _JUST_NAMED else None


def _inside_a_noun_phrase(head: Token) -> bool:
    """A name's head is the object of a preposition on a noun ("the lawyer of Jo Keller"),
    itself or the phrase it is an appositive of."""
    while head.dep_ == APPOSITION:  # "for his wife, Heidi Cruz": the phrase "his wife"
        head = head.head
    preposition = head.head
    return (
        head.dep_ in PREPOSITION_OBJECTS
        and preposition.dep_ == PREPOSITION
        and preposition.head.pos_ in _NOUNS
    )


def _told_apart(
    mention: Mention,
    gender: str | None,
    cluster: Cluster,
    *,
    new_words: bool,
    generic: frozenset[str] = frozenset(),
) -> bool:
    """A person mention and a cluster sharing a surname are different people: their
    honorifics differ in gender, or the mention brings a first name the cluster lacks
    together with a role it does not hold. A role noun of ``generic``, which names no
    particular office, tells no one apart ("Ex-Ruritania leader Diaz" is "former President
    Ana Diaz")."""
    if gender is not None and cluster.gender is not None and gender != cluster.gender:
        return True
    if not new_words or not mention.role_head or mention.role_head in generic:
        return False
    heads = cluster.role_heads - generic
    return bool(heads) and mention.role_head not in heads


def _by_capitalized_surname(head: Token, table: ClusterTable) -> int | None:
    """A capitalised word the tagger took for a common noun ("Price said"), or for another
    word class while the parse makes it a subject ("From said", "Young added"), that is the
    surname of a person the article names (the most recent such person)."""
    if not head.text[:1].isupper():
        return None
    if head.tag_ not in _COMMON_NOUN_TAGS and (
        head.dep_ not in NOMINAL_SUBJECTS or head.pos_ in _REFERRING_CLASSES
    ):
        return None
    for index in sorted(table.with_surname(head.text), reverse=True):
        if table.clusters[index].kind is SpeakerKind.PERSON:
            return index
    return None


def _by_description(mention: Mention, table: ClusterTable, layout: Layout) -> int | None:
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
    for index in nearby:
        cluster = table.clusters[index]
        if mention.affiliation and cluster.first("affiliation") not in (None, mention.affiliation):
            continue
        if cluster.plural and not cluster.name and not mention.plural:
            continue  # "conservative leaders such as ..." is no antecedent of "the leader"
        if mention.role_head in cluster.role_heads and cluster.mentions[0] is not mention:
            return index
        if (
            mention.kind in BODY_KINDS
            and mention.kind is cluster.kind
            and cluster.name
            and not owned
        ):
            return index
    return None


def _by_subject_description(
    mention: Mention, table: ClusterTable, layout: Layout, lexicon: Lexicon
) -> int | None:
    """The one person a definite description re-mentions as its sentence's subject ("Ana
    Diaz spoke first. The Democratic nominee said ..."), when no entity holds its role yet
    (see :mod:`.descriptions`): the one person mentioned just before it that it fits
    (:func:`.descriptions.referent`)."""
    head = layout.doc[mention.head]
    if mention.plural or not describes_a_subject(head, layout, lexicon):
        return None
    clusters = table.clusters
    # '"So Ana, you know, is right," the former mayor said': one the quoted words beside
    # the description name or address is not the one who speaks them.
    named_in_quotes = _quoted_in_sentence(head, table, layout)
    # A person named inside the description is not the one it describes: "Diaz's former
    # campaign manager" is someone else.
    inside = {p.cluster for group in table.placed_before(head.idx, mention.start) for p in group}

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
