"""The entity already built that a name re-mentions.

The most recent entity with the same name; else the person whose name holds the mention's or
is held by it ("Austin" and "Lloyd Austin"), and of two who share a surname the one the
passage is about; else an organisation whose name holds the other's ("White House" and
"White House press office"); else the one person whose name begins with a one-word name
("Xi" after "Xi Jinping"). An honorific's gender or a different role tells two people apart.
A capitalised word the tagger took for a common noun may be a named person's surname
("Price said"). The resolution stage (:mod:`.coreference`) places a named mention with
:func:`by_name`, and a mention with neither a name nor a definite description with
:func:`by_capitalized_surname`.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ...lexicon import Lexicon
from ...records import SpeakerKind
from ..labels import APPOSITION, NOMINAL_SUBJECTS, PREPOSITION, PREPOSITION_OBJECTS
from .clusters import Cluster, ClusterTable, name_tokens
from .mentions import Mention

_JUST_NAMED = 240
"""Characters (about two sentences of news text) within which a surname two people share
still refers to the one just introduced."""
_NOUNS = frozenset({"NOUN", "PROPN"})
_MAY_BE_PEOPLE = frozenset({SpeakerKind.PERSON, SpeakerKind.UNKNOWN})
"""Kinds of a one-word name that may be a person's first word (:func:`_by_first_word`)."""
_COMMON_NOUN_TAGS = frozenset({"NN", "NNS"})
_REFERRING_CLASSES = frozenset({"PRON", "DET"})
"""Word classes that refer by themselves ("That said", "This added"): never a surname."""


def shorter(name: str, fuller: str) -> bool:
    """``name`` has fewer words than ``fuller`` ("Diaz" and "Ana Diaz"): a mention so placed
    was resolved by the entity's fuller name."""
    return len(name_tokens(name)) < len(name_tokens(fuller))


def by_name(
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
    the one it re-mentions (:func:`by_name`)."""
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


def by_capitalized_surname(head: Token, table: ClusterTable) -> int | None:
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
