"""The heads of a document's mentions: what the resolution stage (:mod:`.coreference`)
clusters.

The named entities of people and organisations, and what the recogniser missed or
mislabelled: plural subjects a "they" may take up, proper-noun subjects outside any entity
or taken for a place, a name an appositive calls by a role, and the "he" and "she" that
are subjects without speaking. Most are found from spaCy's attribute arrays
(:attr:`.Layout.columns`), so that only the candidates become ``Token`` objects.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy
from spacy.tokens import Doc, Token

from ...lexicon import Lexicon
from ..labels import APPOSITION, NOMINAL_SUBJECTS, POSSESSOR
from ..layout import Layout, TokenColumns, any_of
from ..wordsets import union
from .predicates import leads_what_it_modifies, main_subject

_MENTIONED_ENTS = frozenset({"PERSON", "ORG"})
"""Labels of the entities that are mentions."""
_PLACE_ENTS = frozenset({"GPE", "FAC", "LOC"})
"""Labels a lone surname is mistaken for (read as a person's when one of that name is known)."""
_OUTSIDE = 2
"""spaCy's integer IOB tag for a token outside every entity."""
_INSIDE = 1
_BEGIN = 3


def mention_heads(
    layout: Layout, speaker_heads: Iterable[int], lexicon: Lexicon
) -> tuple[set[int], list[int]]:
    """The heads of the document's mentions, and its untagged subjects.

    Args:
        layout: The parsed text.
        speaker_heads: Head tokens of every speaker mention (mentions whatever they are).
        lexicon: Language data.

    Returns:
        The mention heads: the speakers', the person and organisation entities' (not an
        office the recogniser tagged beside a name), plural subjects, proper-noun subjects
        an appositive calls by a role, and "he" and "she" as subjects. And the proper-noun
        subjects outside any entity or alone in a place's (:func:`_untagged_subjects`),
        which the caller reads as names of known people.
    """
    doc = layout.doc
    heads = set(speaker_heads)
    roles = union(lexicon.role_nouns, lexicon.occupation_nouns)
    for ent in layout.entities:
        root = ent.root
        if ent.label_ not in _MENTIONED_ENTS or _office_beside_a_name(root, roles):
            continue
        if root.is_lower and root.lower_ in lexicon.word_prefixes:
            continue  # "[pro-NATO] rules": a prefix the recogniser took for a name
        heads.add(root.i)
    columns = layout.columns
    heads.update(_plural_subjects(doc, columns, lexicon))
    untagged = _untagged_subjects(doc, columns)
    heads.update(_described_untagged(doc, [i for i in untagged if i not in heads], lexicon))
    # "He" and "she" that speak not are resolved too, in order, so that the person a
    # passage is about stays its subject from sentence to sentence ("Diaz ... She has
    # faced ... She said"), and so that what their clauses state of them is theirs.
    heads.update(_subject_pronouns(layout, columns, heads, lexicon))
    return heads, untagged


def _office_beside_a_name(root: Token, roles: frozenset[str]) -> bool:
    """An entity the recogniser tagged over an appositive office on a name ("Jo Marsh of
    Florida, [the national party chairwoman], said": tagged as an organisation): the
    office is the name's, read with it, and no mention of its own, which a description
    would tie to another holder of the office and whose words would become an
    organisation."""
    return (
        root.dep_ == APPOSITION
        and root.pos_ == "NOUN"
        and root.lemma_.lower() in roles
        and root.head.pos_ == "PROPN"
    )


def _untagged_subjects(doc: Doc, columns: TokenColumns) -> list[int]:
    """Proper nouns that are the subject of a verb outside any entity, or alone in an
    entity of a place (a surname the recogniser took for a place: "though Ginsburg is
    known ..." as GPE), there also as a subject's possessor ("Palin's posts include ...",
    "Palin" a GPE), found from spaCy's attribute arrays (no ``Token`` is made)."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    subject = any_of(columns.dep, (strings[d] for d in NOMINAL_SUBJECTS))
    place = any_of(columns.ent_type, (strings[label] for label in _PLACE_ENTS))
    iob = columns.ent_iob
    following = numpy.append(iob[1:], _OUTSIDE)
    alone = (iob == _BEGIN) & (following != _INSIDE)
    owner = (columns.dep == strings[POSSESSOR]) & subject[columns.head]
    wanted = (columns.pos == strings["PROPN"]) & (
        (subject & (iob == _OUTSIDE)) | ((subject | owner) & place & alone)
    )
    return list(numpy.flatnonzero(wanted).tolist())


def _described_untagged(doc: Doc, untagged: list[int], lexicon: Lexicon) -> list[int]:
    """The proper-noun subjects of ``untagged`` (outside any entity) that an appositive
    calls by a role or occupation ("Ana Diaz, the Green candidate, toured ..."): a name so
    described is a person's, whether or not the recogniser tagged it (it often misses a
    name that opens a sentence before an appositive), and a mention of its own, so that the
    pronouns after it have their antecedent and the entity its role."""
    roles = union(lexicon.role_nouns, lexicon.occupation_nouns)
    found = []
    for index in untagged:
        name = doc[index]
        if name.ent_type_:
            continue  # tagged as a place: the surname case is read as before
        if any(
            child.dep_ == APPOSITION and child.i > index and child.lemma_.lower() in roles
            for child in name.rights
        ):
            found.append(index)
    return found


def _subject_pronouns(
    layout: Layout, columns: TokenColumns, taken: set[int], lexicon: Lexicon
) -> list[int]:
    """Third-person singular pronouns of a person ("he", "she") that are the subject of
    their sentence's main verb outside quotes (:func:`.predicates.main_subject`), or of a
    relative clause saying they lead what it modifies ("the group she founded"), other
    than ``taken`` heads.

    Scans spaCy's attribute arrays with numpy; only those pronouns become ``Token`` objects.

    Notes:
        Such a pronoun is resolved only to an entity whose gender the article states
        (:func:`.pronouns.resolve_pronoun`, ``known_gender``): one that does not speak
        must not commit a gender to an entity the article has not gendered ("Hillary ...
        She can't beat this guy", read in a speaker's paragraph, would make the speaker a
        woman).
    """
    doc = layout.doc
    if not len(doc):
        return []
    strings = doc.vocab.strings
    wanted = any_of(columns.lower, (strings[form] for form in lexicon.person_pronouns()))
    return [
        index
        for index in numpy.flatnonzero(wanted).tolist()
        if index not in taken
        and (main_subject(doc[index]) or leads_what_it_modifies(doc[index], lexicon))
        and not layout.in_quote(doc[index])
    ]


def _plural_subjects(doc: Doc, columns: TokenColumns, lexicon: Lexicon) -> list[int]:
    """Plural subjects that may be antecedents of "they" ("Nurses at the hospital walked out").

    Scans spaCy's attribute arrays with numpy; only plural-noun subjects become ``Token``
    objects.
    """
    if not len(doc):
        return []
    strings = doc.vocab.strings
    subject_deps = {strings[d] for d in NOMINAL_SUBJECTS}
    plural = numpy.uint64(strings["NNS"])
    groups = lexicon.group_heads
    people = union(lexicon.role_nouns, lexicon.unnamed_heads)
    dep = columns.dep
    found = []
    # Plural nouns first: they are few, and an equality test costs less than numpy.isin.
    for index in numpy.flatnonzero(columns.tag == plural).tolist():
        if int(dep[index]) not in subject_deps:
            continue
        token = doc[index]
        if token.lower_ in groups or token.lemma_.lower() in people:
            found.append(index)
    return found
