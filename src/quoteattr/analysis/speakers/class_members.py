"""A person named as one of a plural role: "Tom Hale and other Green candidates", "Green
candidates such as Tom Hale", "a number of candidates, including Tom Hale and Ana Diaz"; or
as one of a party's members: "many Greens, including Tom Hale".

These are the word patterns by which a text says that something is one of a kind (Hearst
1992, "Automatic acquisition of hyponyms from large text corpora": "NP and other NP", "NP
such as NP", "NP including NP"). When the kind is a plural role or occupation noun, each
person named in the pattern holds it: the plural noun, described with its modifiers, is a
reading of that person's role and affiliation. When the kind is a party's members
("Greens", "Republicans"), each person named is one of them: the plural, as written, is a
reading of their affiliation, with no role. :mod:`.attributes` gathers the readings.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import attrs
from spacy.tokens import Token

from ...lexicon import Lexicon
from ...records import SpeakerKind
from ..labels import ADJECTIVAL_MODIFIER, APPOSITION, CONJUNCT, PREPOSITION, PREPOSITION_OBJECT
from ..layout import Layout
from ..syntax import PLURAL_NOUNS
from .affiliation_words import names_body
from .mentions import Mention, named
from .names import party_members
from .shared_titles import first_of_names, plural_role

_PUNCTUATION = "PUNCT"
_PERSON = "PERSON"


def class_roles(mentions: Iterable[Mention], layout: Layout, lexicon: Lexicon) -> list[Mention]:
    """Descriptions of the plural role each named mention is named as one of.

    Args:
        mentions: A person's mentions.
        layout: The parsed text.
        lexicon: Language data (``other_words``, ``example_prepositions``).

    Returns:
        For each named mention in one of the patterns, outside quotes, the plural role
        noun described, or a party's members as an affiliation, as a reading of that
        mention's person.
    """
    found: list[Mention] = []
    doc = layout.doc
    for _, name in named(mentions, doc):
        first = first_of_names(name)
        noun = _other_kind(first, lexicon) or _kind_exemplified(first, lexicon)
        if noun is None or layout.in_quote(noun):
            continue
        description = plural_role(noun, lexicon)
        if description is None:
            members = _party_members(noun, lexicon)
            if members is not None:
                found.append(members)
        elif description.role is not None:
            # "and other Green candidates": "other" says the names are of the kind too,
            # and is no part of the role.
            first_word, _, rest = description.role.partition(" ")
            role = rest if rest and first_word.lower() in lexicon.other_words else description.role
            found.append(attrs.evolve(description, head=name.i, plural=False, role=role))
    return found


def _party_members(noun: Token, lexicon: Lexicon) -> Mention | None:
    """A reading of the party whose members ``noun`` names ("Greens", "Republicans"): the
    word as written, an affiliation with no role; None for any other noun, and for a
    label that names no party where it stands (:func:`.affiliation_words.names_body`: a
    leaning at its sentence's start, "Conservatives such as ...")."""
    if not (party_members(noun, lexicon) and names_body(noun, lexicon)):
        return None
    end = noun.idx + len(noun)
    return Mention(noun.i, noun.idx, end, None, None, None, noun.text, SpeakerKind.PERSON)


def _plural(noun: Token, lexicon: Lexicon) -> bool:
    """``noun`` names several: a plural, or a party's members, which the tagger may take for
    a singular proper noun ("Many Greens")."""
    return noun.tag_ in PLURAL_NOUNS or party_members(noun, lexicon)


def _other_kind(first: Token, lexicon: Lexicon) -> Token | None:
    """The plural noun coordinated after the names that start at ``first`` with "other"
    before it ("Tom Hale and other Green candidates"), or None. Only the names' own
    conjuncts count, not one in a clause on a name ("Tom Hale, who met Ana Diaz and other
    Greens,": they are Diaz's fellows)."""
    for conjunct in _conjuncts(first):
        if not _plural(conjunct, lexicon):
            continue
        if any(
            c.dep_ == ADJECTIVAL_MODIFIER and c.lower_ in lexicon.other_words
            for c in conjunct.lefts
        ):
            return conjunct
    return None


def _conjuncts(first: Token) -> Iterator[Token]:
    """The words coordinated after ``first``, each a conjunct of it or of one before, or of
    a name in the list that the parse took for an appositive ("Tom Hale, Ana Diaz and other
    ...", "Diaz" an appositive of "Hale")."""
    for word in first.rights:
        if word.dep_ == CONJUNCT:
            yield word
            yield from _conjuncts(word)
        elif word.dep_ == APPOSITION and word.ent_type_ == _PERSON:
            yield from _conjuncts(word)


def _kind_exemplified(first: Token, lexicon: Lexicon) -> Token | None:
    """The plural noun whose example the names that start at ``first`` are, after "such
    as", "including" or "like" ("candidates such as Tom Hale"), or whose "of" phrase such a
    noun is ("a number of candidates, including Tom Hale"), or None."""
    preposition = first.head
    if first.dep_ != PREPOSITION_OBJECT or preposition.dep_ != PREPOSITION:
        return None
    marker = preposition.lower_
    before = preposition.doc[preposition.i - 1] if preposition.i > 0 else None
    if before is not None and before.head.i == preposition.i:
        marker = f"{before.lower_} {marker}"  # "such as": "such" modifies the preposition
    if marker not in lexicon.example_prepositions:
        return None
    owner = preposition.head
    if owner.pos_ == _PUNCTUATION:
        owner = owner.head  # "Greens, like Tom Hale,": the parse may hang it on the comma
    if _plural(owner, lexicon):
        return owner
    return next(
        (
            o
            for c in owner.rights
            if c.dep_ == PREPOSITION and c.lower_ in lexicon.genitive_prepositions
            for o in c.children
            if o.dep_ == PREPOSITION_OBJECT and _plural(o, lexicon)
        ),
        None,
    )
