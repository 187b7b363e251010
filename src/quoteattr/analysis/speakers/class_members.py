"""A person named as one of a plural role: "Tom Hale and other Green candidates", "Green
candidates such as Tom Hale", "a number of candidates, including Tom Hale and Ana Diaz".

These are the word patterns by which a text says that something is one of a kind (Hearst
1992, "Automatic acquisition of hyponyms from large text corpora": "NP and other NP", "NP
such as NP", "NP including NP"). When the kind is a plural role or occupation noun, each
person named in the pattern holds it: the plural noun, described with its modifiers, is a
reading of that person's role and affiliation. :mod:`.attributes` gathers the readings.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs
from spacy.tokens import Token

from ...lexicon import Lexicon
from ..labels import ADJECTIVAL_MODIFIER, CONJUNCT, PREPOSITION, PREPOSITION_OBJECT
from ..layout import Layout
from .mentions import Mention, named
from .shared_titles import first_of_names, plural_role

_PLURAL_NOUN = "NNS"


def class_roles(mentions: Iterable[Mention], layout: Layout, lexicon: Lexicon) -> list[Mention]:
    """Descriptions of the plural role each named mention is named as one of.

    Args:
        mentions: A person's mentions.
        layout: The parsed text.
        lexicon: Language data (``other_words``, ``example_prepositions``).

    Returns:
        For each named mention in one of the patterns, outside quotes, the plural role
        noun described, as a reading of that mention's person.
    """
    found: list[Mention] = []
    doc = layout.doc
    for _, name in named(mentions, doc):
        first = first_of_names(name)
        noun = _other_kind(first, lexicon) or _kind_exemplified(first, lexicon)
        if noun is None or layout.in_quote(noun):
            continue
        description = plural_role(noun, lexicon)
        if description is not None and description.role is not None:
            # "and other Green candidates": "other" says the names are of the kind too,
            # and is no part of the role.
            first_word, _, rest = description.role.partition(" ")
            role = rest if rest and first_word.lower() in lexicon.other_words else description.role
            found.append(attrs.evolve(description, head=name.i, plural=False, role=role))
    return found


def _other_kind(first: Token, lexicon: Lexicon) -> Token | None:
    """The plural noun coordinated after the names that start at ``first`` with "other"
    before it ("Tom Hale and other Green candidates"), or None."""
    for conjunct in first.subtree:
        if conjunct.dep_ != CONJUNCT or conjunct.tag_ != _PLURAL_NOUN or conjunct.i < first.i:
            continue
        if any(
            c.dep_ == ADJECTIVAL_MODIFIER and c.lower_ in lexicon.other_words
            for c in conjunct.lefts
        ):
            return conjunct
    return None


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
    if owner.tag_ == _PLURAL_NOUN:
        return owner
    return next(
        (
            o
            for c in owner.rights
            if c.dep_ == PREPOSITION and c.lower_ in lexicon.genitive_prepositions
            for o in c.children
            if o.dep_ == PREPOSITION_OBJECT and o.tag_ == _PLURAL_NOUN
        ),
        None,
    )
