"""Group speaker mentions into document-level entities and resolve short references.

Rule-based, over the parse and the named entities: full names, surnames alone, titles with
names, role descriptions ("the minister", "the Israeli paper"), descriptive anaphora ("the
researcher specializing in ...") and pronouns with number and gender agreement.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs
import numpy
from spacy.attrs import DEP, TAG
from spacy.tokens import Doc, Token

from ...lexicon import Lexicon
from ...records import Resolution, SpeakerKind
from ..layout import Layout
from .clusters import Cluster, ClusterTable, Placed, name_tokens
from .mentions import Mention, describe

_PERSON_ENTS = frozenset({"PERSON"})
_BODY_ENTS = frozenset({"ORG"})
_FIRST_PERSON = frozenset({"i", "me", "we", "us"})
_BODY_KINDS = frozenset(
    {SpeakerKind.ORGANIZATION, SpeakerKind.MEDIA, SpeakerKind.GOVERNMENT}
)
_MAX_PARAGRAPHS_BACK = 2
"""How far back a pronoun's antecedent may last have been mentioned (a description's: twice
that and two more).

A rule of resolution that was there before the indexes: an entity mentioned further back
cannot be chosen, so the searches stop there and no answer changes."""
_SUBJECT_BONUS = 40
"""Characters of recency a subject antecedent outweighs (Lappin and Leass's subject salience).

Also the bound of a pronoun's search: a mention more than this before the best score found
cannot reach it."""
_NOMINATIVE = {"him": "he", "his": "he", "her": "she", "hers": "she", "its": "it",
               "them": "they", "their": "they", "me": "i", "my": "i", "us": "we", "our": "we"}
_GENDER_OF_HONORIFIC = {"mr": "male", "mr.": "male", "sir": "male", "lord": "male",
                        "mrs": "female", "mrs.": "female", "ms": "female", "ms.": "female",
                        "miss": "female", "dame": "female", "lady": "female"}


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
    table = ClusterTable()
    resolved: dict[int, Resolved] = {}
    mentions = {h: describe(doc[h], lexicon) for h in sorted(heads)}
    # Names first, so that a description or a bare surname can meet the fullest name
    # wherever the article gives it; pronouns last, over the finished clusters.
    for named in (True, False):
        for head, mention in mentions.items():
            if mention.pronoun is None and (mention.name is not None) is named:
                index, how = _place(mention, table, layout)
                resolved[head] = Resolved(mention, index, how)
    for head, mention in mentions.items():
        if mention.pronoun is not None:
            resolved[head] = _resolve_pronoun(mention, table, resolved, outer_speaker, layout)
    return table.clusters, {h: resolved[h] for h in speaker_heads if h in resolved}


def _plural_subjects(doc: Doc, lexicon: Lexicon) -> list[int]:
    """Plural subjects that may be antecedents of "they" ("Nurses at the hospital walked out").

    Scans spaCy's attribute arrays with numpy; only plural-noun subjects become ``Token``
    objects.
    """
    if not len(doc):
        return []
    strings = doc.vocab.strings
    subject_deps = numpy.array([strings["nsubj"], strings["nsubjpass"]], dtype=numpy.uint64)
    plural = numpy.uint64(strings["NNS"])
    groups = lexicon.group_heads
    people = lexicon.role_nouns | lexicon.unnamed_heads
    table = doc.to_array([DEP, TAG])
    found = []
    for index in numpy.flatnonzero(numpy.isin(table[:, 0], subject_deps) & (table[:, 1] == plural)).tolist():
        token = doc[index]
        if token.lower_ in groups or token.lemma_.lower() in people:
            found.append(index)
    return found


def _place(mention: Mention, table: ClusterTable, layout: Layout) -> tuple[int, Resolution]:
    """Add a named or descriptive mention to a matching cluster or to a new one."""
    clusters = table.clusters
    target: int | None = None
    how = Resolution.MENTION
    if mention.name is not None:
        target = _by_name(mention, table)
        fuller = clusters[target].name if target is not None else None
        if fuller and _shorter(mention.name, fuller):
            how = Resolution.NAME
    elif mention.definite and mention.role_head:
        target = _by_description(mention, table, layout)
        if target is not None:
            how = Resolution.DESCRIPTION
    else:
        target = _by_capitalized_surname(layout.doc[mention.head], table)
        if target is not None:
            how = Resolution.NAME
    if target is None:
        target = table.new()
    table.add(target, mention)
    cluster = clusters[target]
    title = (mention.title or "").lower()
    cluster.gender = cluster.gender or _GENDER_OF_HONORIFIC.get(title)
    return target, how


def _shorter(name: str, fuller: str) -> bool:
    return len(name_tokens(name)) < len(name_tokens(fuller))


def _by_name(mention: Mention, table: ClusterTable) -> int | None:
    """The cluster a named mention belongs to: the most recent one with the same name, else
    the most recent person whose name holds this one or is held by it ("Austin" and "Lloyd
    Austin"), unless an honorific's gender or a different role tells them apart ("Mr. Obama"
    is not "the first lady, Michelle Obama"); an organisation's name may hold the other's
    anywhere ("White House" and "White House press office").

    Notes:
        "Most recent" is the highest cluster index. The candidates come from the table's
        indexes (same words, same last word, shared substrings) and are read from the
        highest index down, so the first that fits is the one a scan of all would keep.
    """
    words = name_tokens(mention.name or "")
    if not words:
        return None
    clusters = table.clusters
    gender = _GENDER_OF_HONORIFIC.get((mention.title or "").lower())
    same = table.same_name(words)
    exact = max(same) if same else None
    person_mention = mention.kind is SpeakerKind.PERSON
    partial: int | None = None
    for index in sorted(table.same_last_word(words[-1]), reverse=True):
        cluster = clusters[index]
        other = cluster.name_words
        if other == words or not (person_mention or cluster.kind is SpeakerKind.PERSON):
            continue
        held, holds = set(words) <= set(other), set(other) < set(words)
        if (held or holds) and not _told_apart(mention, gender, cluster, new_words=holds):
            partial = index
            break
    if not person_mention:
        joined = " ".join(words)
        for index in sorted(table.substring_candidates(joined), reverse=True):
            if partial is not None and index <= partial:
                break
            cluster = clusters[index]
            theirs = " ".join(cluster.name_words)
            if not theirs or theirs == joined or cluster.kind is SpeakerKind.PERSON:
                continue
            if joined in theirs or theirs in joined:
                partial = index
                break
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


def _by_capitalized_surname(head: Token, table: ClusterTable) -> int | None:
    """A capitalised word the tagger took for a common noun ("Price said") that is the
    surname of a person the article names (the most recent such person)."""
    if not head.text[:1].isupper() or head.tag_ not in ("NN", "NNS"):
        return None
    for index in sorted(table.with_surname(head.text), reverse=True):
        if table.clusters[index].kind is SpeakerKind.PERSON:
            return index
    return None


def _by_description(mention: Mention, table: ClusterTable, layout: Layout) -> int | None:
    """An earlier entity a definite description refers back to ("the minister").

    Notes:
        Only an entity mentioned within ``2 * _MAX_PARAGRAPHS_BACK + 2`` paragraphs before
        can be meant, so the candidates are the clusters of the mentions placed there (an
        offset index), read from the most recent cluster down as a scan of all would.
    """
    paragraph = layout.paragraph_at(mention.start)
    floor = _paragraph_floor(layout, paragraph - (2 * _MAX_PARAGRAPHS_BACK + 2))
    nearby = {p.cluster for group in table.placed_before(mention.start, floor) for p in group}
    for index in sorted(nearby, reverse=True):
        cluster = table.clusters[index]
        if mention.affiliation and cluster.first("affiliation") not in (None, mention.affiliation):
            continue
        if mention.role_head in cluster.role_heads and cluster.mentions[0] is not mention:
            return index
        if mention.kind in _BODY_KINDS and mention.kind is cluster.kind and cluster.name:
            return index
    return None


def _paragraph_floor(layout: Layout, paragraph: int) -> int | None:
    """The offset where ``paragraph`` starts; None when no mention can be before it.

    :meth:`Layout.paragraph_at` counts text before the first paragraph as the first, so a
    floor at paragraph 0 or earlier excludes nothing.
    """
    return layout.paragraph_starts[paragraph] if paragraph >= 1 else None


def _resolve_pronoun(
    mention: Mention,
    table: ClusterTable,
    resolved: Mapping[int, Resolved],
    outer_speaker: Mapping[int, int],
    layout: Layout,
) -> Resolved:
    """Tie a pronoun to an entity: "I" and "we" in a quote to its speaker, others to their
    antecedent (see :func:`_antecedent`), marking the entity's gender or "it" as read."""
    clusters = table.clusters
    pronoun = _NOMINATIVE.get(mention.pronoun or "", mention.pronoun or "")
    if pronoun in _FIRST_PERSON:
        outer = outer_speaker.get(mention.head)
        index = resolved[outer].cluster if outer is not None and outer in resolved else None
        if index is not None:
            table.add(index, mention)
            return Resolved(mention, index, Resolution.PRONOUN)
        return Resolved(mention, None, Resolution.UNRESOLVED)
    target = _antecedent(mention, table, layout)
    if target is None:
        return Resolved(mention, None, Resolution.UNRESOLVED)
    found = clusters[target]
    if pronoun in ("he", "she"):
        found.gender = found.gender or ("male" if pronoun == "he" else "female")
    found.neuter = found.neuter or pronoun == "it"
    table.add(target, mention)
    return Resolved(mention, target, Resolution.PRONOUN)


def _antecedent(mention: Mention, table: ClusterTable, layout: Layout) -> int | None:
    """The most recent compatible entity before a pronoun, preferring subjects.

    Notes:
        Recency with a subject preference is the core of Hobbs-style and Lappin-Leass
        salience: a speaker pronoun mostly refers to the last subject that could say it.
        Each entity is scored at its last mention before the pronoun (a name before a
        pronoun at the same offset); one last mentioned more than ``_MAX_PARAGRAPHS_BACK``
        paragraphs back is out. The mentions are read latest first from an offset index,
        and the reading stops where no entity can score as high as the best found, since a
        score is an offset plus at most ``_SUBJECT_BONUS``.
    """
    doc: Doc = layout.doc
    pronoun = _NOMINATIVE.get(mention.pronoun or "", mention.pronoun or "")
    gender = {"he": "male", "she": "female"}.get(pronoun)
    floor = _paragraph_floor(layout, layout.paragraph_at(mention.start) - _MAX_PARAGRAPHS_BACK)
    best: tuple[int, int] | None = None  # (score, cluster index)
    seen: set[int] = set()
    for group in table.placed_before(mention.start, floor):
        if best is not None and group[0].mention.start + _SUBJECT_BONUS < best[0]:
            break
        for index, last in _last_mentions(group, mention.start, seen):
            if not _agrees(pronoun, gender, table.clusters[index]):
                continue
            subject = doc[last.head].dep_ in ("nsubj", "nsubjpass")
            score = last.start + (_SUBJECT_BONUS if subject else 0)
            if best is None or score > best[0] or (score == best[0] and index < best[1]):
                best = (score, index)
    return best[1] if best is not None else None


def _last_mentions(group: list[Placed], before: int, seen: set[int]) -> list[tuple[int, Mention]]:
    """For each cluster not yet ``seen`` with a mention in ``group`` (mentions of one start)
    that ends by ``before``: that cluster and its mention, a name before a pronoun and the
    earlier added first. The clusters become seen."""
    found: dict[int, Mention] = {}
    for placed in group:
        mention = placed.mention
        if placed.cluster in seen or mention.end > before:
            continue
        chosen = found.get(placed.cluster)
        if chosen is None or (chosen.pronoun and not mention.pronoun):
            found[placed.cluster] = mention
    seen.update(found)
    return list(found.items())


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
