"""Group speaker mentions into document-level entities and resolve short references.

Rule-based, over the parse and the named entities: full names, surnames alone, titles with
names, role descriptions ("the minister", "the Israeli paper"), descriptive anaphora ("the
researcher specializing in ...") and pronouns with number and gender agreement.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs
from spacy.attrs import DEP, TAG
from spacy.tokens import Doc, Token

from .layout import Layout
from .lexicon import Lexicon
from .mentions import Mention, describe
from .records import Resolution, SpeakerKind

_PERSON_ENTS = frozenset({"PERSON"})
_BODY_ENTS = frozenset({"ORG"})
_FIRST_PERSON = frozenset({"i", "me", "we", "us"})
_BODY_KINDS = frozenset(
    {SpeakerKind.ORGANIZATION, SpeakerKind.MEDIA, SpeakerKind.GOVERNMENT}
)
_MAX_PARAGRAPHS_BACK = 2
_NOMINATIVE = {"him": "he", "his": "he", "her": "she", "hers": "she", "its": "it",
               "them": "they", "their": "they", "me": "i", "my": "i", "us": "we", "our": "we"}
_GENDER_OF_HONORIFIC = {"mr": "male", "mr.": "male", "sir": "male", "lord": "male",
                        "mrs": "female", "mrs.": "female", "ms": "female", "ms.": "female",
                        "miss": "female", "dame": "female", "lady": "female"}


@attrs.define
class Cluster:
    """An entity being built (mutable while a document is read; internal)."""

    mentions: list[Mention] = attrs.Factory(list)
    gender: str | None = None
    name_words: list[str] = attrs.Factory(list)
    """The casefolded words of :attr:`name`, kept current by :meth:`add`."""
    neuter: bool = False
    """Referred to as "it": a body, whatever a guess from the name said."""

    @property
    def guessed(self) -> bool:
        """Every person reading of this entity rests on a guess from the shape of its name."""
        people = [m for m in self.mentions if m.kind is SpeakerKind.PERSON]
        return bool(people) and all(m.guessed for m in people)

    @property
    def kind(self) -> SpeakerKind:
        if self.gender is not None or any(m.kind is SpeakerKind.PERSON and m.title for m in self.mentions):
            return SpeakerKind.PERSON
        if self.neuter and self.guessed:
            return SpeakerKind.ORGANIZATION
        named = [m.kind for m in self.mentions if m.name and m.kind is not SpeakerKind.UNKNOWN]
        known = named or [m.kind for m in self.mentions if m.kind is not SpeakerKind.UNKNOWN]
        return known[0] if known else SpeakerKind.UNKNOWN

    @property
    def name(self) -> str | None:
        """The fullest name among the mentions (most words, then most characters)."""
        names = {m.name for m in self.mentions if m.name}
        return max(names, key=lambda n: (len(n.split()), len(n), n)) if names else None

    def add(self, mention: Mention) -> None:
        """Take in a mention, keeping the words of the fullest name current."""
        self.mentions.append(mention)
        if mention.name:
            self.name_words = _tokens(self.name or "")

    def first(self, field: str) -> str | None:
        """The value of ``field`` at the earliest mention (in the text) that has one."""
        values = [getattr(m, field) for m in sorted(self.mentions, key=lambda m: m.start) if getattr(m, field)]
        return values[0] if values else None

    @property
    def role_heads(self) -> set[str]:
        return {m.role_head for m in self.mentions if m.role_head}

    @property
    def plural(self) -> bool:
        return any(m.plural for m in self.mentions if not m.pronoun)


@attrs.frozen
class Resolved:
    """A speaker mention with the entity it was tied to."""

    mention: Mention
    cluster: int | None
    resolution: Resolution


def resolve_speakers(
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
    heads = set(speaker_heads)
    for ent in doc.ents:
        if ent.label_ in _PERSON_ENTS | _BODY_ENTS:
            heads.add(ent.root.i)
    heads.update(_plural_subjects(doc, lexicon))
    clusters: list[Cluster] = []
    resolved: dict[int, Resolved] = {}
    mentions = {h: describe(doc[h], lexicon) for h in sorted(heads)}
    # Names first, so that a description or a bare surname can meet the fullest name
    # wherever the article gives it; pronouns last, over the finished clusters.
    for named in (True, False):
        for head, mention in mentions.items():
            if mention.pronoun is None and (mention.name is not None) is named:
                index, how = _place(mention, clusters, layout)
                resolved[head] = Resolved(mention, index, how)
    for head, mention in mentions.items():
        if mention.pronoun is not None:
            resolved[head] = _resolve_pronoun(mention, clusters, resolved, outer_speaker, layout)
    return clusters, {h: resolved[h] for h in speaker_heads if h in resolved}


def _plural_subjects(doc: Doc, lexicon: Lexicon) -> list[int]:
    """Plural subjects that may be antecedents of "they" ("Nurses at the hospital walked out").

    Scans spaCy's attribute arrays; only plural-noun subjects become ``Token`` objects.
    """
    if not len(doc):
        return []
    strings = doc.vocab.strings
    subject_deps = {strings["nsubj"], strings["nsubjpass"]}
    plural = strings["NNS"]
    groups = lexicon.group_heads
    people = lexicon.role_nouns | lexicon.unnamed_heads
    found = []
    for index, (dep, tag) in enumerate(doc.to_array([DEP, TAG]).tolist()):
        if dep in subject_deps and tag == plural:
            token = doc[index]
            if token.lower_ in groups or token.lemma_.lower() in people:
                found.append(index)
    return found


def _place(mention: Mention, clusters: list[Cluster], layout: Layout) -> tuple[int, Resolution]:
    """Add a named or descriptive mention to a matching cluster or to a new one."""
    target: int | None = None
    how = Resolution.MENTION
    if mention.name is not None:
        target = _by_name(mention, clusters)
        fuller = clusters[target].name if target is not None else None
        if fuller and _shorter(mention.name, fuller):
            how = Resolution.NAME
    elif mention.definite and mention.role_head:
        target = _by_description(mention, clusters, layout)
        if target is not None:
            how = Resolution.DESCRIPTION
    else:
        target = _by_capitalized_surname(layout.doc[mention.head], clusters)
        if target is not None:
            how = Resolution.NAME
    if target is None:
        clusters.append(Cluster())
        target = len(clusters) - 1
    cluster = clusters[target]
    cluster.add(mention)
    title = (mention.title or "").lower()
    cluster.gender = cluster.gender or _GENDER_OF_HONORIFIC.get(title)
    return target, how


def _tokens(name: str) -> list[str]:
    return [w.strip(".,").casefold() for w in name.split() if w.strip(".,")]


def _shorter(name: str, fuller: str) -> bool:
    return len(_tokens(name)) < len(_tokens(fuller))


def _by_name(mention: Mention, clusters: Sequence[Cluster]) -> int | None:
    """The cluster a named mention belongs to: the most recent one with the same name, else
    the most recent person whose name holds this one or is held by it ("Austin" and "Lloyd
    Austin"), unless an honorific's gender or a different role tells them apart ("Mr. Obama"
    is not "the first lady, Michelle Obama")."""
    words = _tokens(mention.name or "")
    gender = _GENDER_OF_HONORIFIC.get((mention.title or "").lower())
    exact: int | None = None
    partial: int | None = None
    for index, cluster in enumerate(clusters):
        other = cluster.name_words
        if not words or not other:
            continue
        person = mention.kind is SpeakerKind.PERSON or cluster.kind is SpeakerKind.PERSON
        if words == other:
            exact = index  # the most recent match wins: two people can share a surname
        elif person:
            held, holds = set(words) <= set(other), set(other) < set(words)
            if (
                words[-1] == other[-1]
                and (held or holds)
                and not _told_apart(mention, gender, cluster, new_words=holds)
            ):
                partial = index
        elif " ".join(words) in " ".join(other) or " ".join(other) in " ".join(words):
            partial = index
    if exact is not None and not _told_apart(mention, gender, clusters[exact], new_words=False):
        return exact
    return partial


def _told_apart(mention: Mention, gender: str | None, cluster: Cluster, *, new_words: bool) -> bool:
    """A person mention and a cluster sharing a surname are different people: their
    honorifics differ in gender, or the mention brings a first name the cluster lacks
    together with a role it does not hold."""
    if gender is not None and cluster.gender is not None and gender != cluster.gender:
        return True
    heads = cluster.role_heads
    return new_words and bool(mention.role_head and heads and mention.role_head not in heads)


def _by_capitalized_surname(head: Token, clusters: Sequence[Cluster]) -> int | None:
    """A capitalised word the tagger took for a common noun ("Price said") that is the
    surname of a person the article names."""
    if not head.text[:1].isupper() or head.tag_ not in ("NN", "NNS"):
        return None
    for index in range(len(clusters) - 1, -1, -1):
        cluster = clusters[index]
        words = (cluster.name or "").split()
        if cluster.kind is SpeakerKind.PERSON and len(words) > 1 and words[-1] == head.text:
            return index
    return None


def _by_description(mention: Mention, clusters: Sequence[Cluster], layout: Layout) -> int | None:
    """An earlier entity a definite description refers back to ("the minister")."""
    paragraph = layout.paragraph_at(mention.start)
    for index in range(len(clusters) - 1, -1, -1):
        cluster = clusters[index]
        earlier = [m for m in cluster.mentions if m.start < mention.start]
        if not earlier:
            continue
        last = max(earlier, key=lambda m: m.start)
        if paragraph - layout.paragraph_at(last.start) > 2 * _MAX_PARAGRAPHS_BACK + 2:
            continue
        if mention.affiliation and cluster.first("affiliation") not in (None, mention.affiliation):
            continue
        if mention.role_head in cluster.role_heads and cluster.mentions[0] is not mention:
            return index
        if mention.kind in _BODY_KINDS and mention.kind is cluster.kind and cluster.name:
            return index
    return None


def _resolve_pronoun(
    mention: Mention,
    clusters: list[Cluster],
    resolved: Mapping[int, Resolved],
    outer_speaker: Mapping[int, int],
    layout: Layout,
) -> Resolved:
    pronoun = _NOMINATIVE.get(mention.pronoun or "", mention.pronoun or "")
    if pronoun in _FIRST_PERSON:
        outer = outer_speaker.get(mention.head)
        index = resolved[outer].cluster if outer is not None and outer in resolved else None
        if index is not None:
            clusters[index].add(mention)
            return Resolved(mention, index, Resolution.PRONOUN)
        return Resolved(mention, None, Resolution.UNRESOLVED)
    target = _antecedent(mention, clusters, layout)
    if target is None:
        return Resolved(mention, None, Resolution.UNRESOLVED)
    found = clusters[target]
    if pronoun in ("he", "she"):
        found.gender = found.gender or ("male" if pronoun == "he" else "female")
    found.neuter = found.neuter or pronoun == "it"
    found.add(mention)
    return Resolved(mention, target, Resolution.PRONOUN)


def _antecedent(mention: Mention, clusters: Sequence[Cluster], layout: Layout) -> int | None:
    """The most recent compatible entity before a pronoun, preferring subjects.

    Notes:
        Recency with a subject preference is the core of Hobbs-style and Lappin-Leass
        salience: a speaker pronoun mostly refers to the last subject that could say it.
    """
    doc: Doc = layout.doc
    pronoun = _NOMINATIVE.get(mention.pronoun or "", mention.pronoun or "")
    gender = {"he": "male", "she": "female"}.get(pronoun)
    paragraph = layout.paragraph_at(mention.start)
    best: tuple[int, int] | None = None  # (score, cluster index)
    for index, cluster in enumerate(clusters):
        if not _agrees(pronoun, gender, cluster):
            continue
        earlier = [m for m in cluster.mentions if m.end <= mention.start and not m.pronoun]
        earlier += [m for m in cluster.mentions if m.end <= mention.start and m.pronoun]
        if not earlier:
            continue
        last = max(earlier, key=lambda m: m.start)
        if paragraph - layout.paragraph_at(last.start) > _MAX_PARAGRAPHS_BACK:
            continue
        subject = doc[last.head].dep_ in ("nsubj", "nsubjpass")
        score = last.start + (40 if subject else 0)
        if best is None or score > best[0]:
            best = (score, index)
    return best[1] if best is not None else None


def _agrees(pronoun: str, gender: str | None, cluster: Cluster) -> bool:
    kind = cluster.kind
    if pronoun in ("he", "she"):
        if kind is not SpeakerKind.PERSON or cluster.plural:
            return False
        return cluster.gender is None or gender is None or cluster.gender == gender
    if pronoun == "it":
        body = kind in _BODY_KINDS or (kind is SpeakerKind.PERSON and cluster.guessed and not cluster.gender)
        return body and not cluster.plural
    if pronoun in ("they", "them"):
        return cluster.plural or kind in _BODY_KINDS | {SpeakerKind.GROUP, SpeakerKind.UNNAMED}
    return False
