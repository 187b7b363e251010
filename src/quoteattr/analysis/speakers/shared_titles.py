"""A plural office written once before coordinated names is each name's office: "Sens. Ana
Diaz (D-Md.) and Li Wei (R-Ohio)", "Senators Ana Diaz, Democrat of Maryland, and Li Wei".

News writes the office of two or more people of one rank once, in the plural, before their
names (AP Stylebook, "titles": "Sens. A and B"). :mod:`.mentions` reads a title before a
name as that name's role only when it stands right before it, and a plural noun as no title
at all, so every name of such a list was left without the office the article gives it.
A plural role noun with its modifiers ("Green presidential candidates Ana Diaz and Li Wei"),
or set off after the names ("Ana Diaz and Li Wei, two Ohio farmers,"), is each name's role
and affiliation likewise.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs
from spacy.tokens import Token

from ...lexicon import Lexicon
from ...records import SpeakerKind
from ..labels import APPOSITION, CONJUNCT
from ..layout import Layout
from ..wordsets import union
from .affiliation_words import entity_of
from .affiliations import affiliation_of
from .mention_spans import mention_span
from .mentions import Mention, describe, named
from .names import name_with_titles, split_title
from .roles import Role

_PERSON = "PERSON"
_PLURAL_NOUN = "NNS"


def shared_titles(mentions: Iterable[Mention], layout: Layout, lexicon: Lexicon) -> list[Mention]:
    """Descriptions of the plural office written before a coordination of names.

    Args:
        mentions: A person's mentions.
        layout: The parsed text.
        lexicon: Language data (the plural titles).

    Returns:
        For each named mention that is one of two or more coordinated people's names after
        a plural office (``Lexicon.plural_titles``), a description from the office to the
        name with the office as its role.
    """
    found: list[Mention] = []
    for mention, name in named(mentions, layout.doc):
        first = _first_of_names(name)
        if first is None:
            continue
        title = _plural_title(first, lexicon)
        if title is None:
            description = _plural_description(first, lexicon) or _plural_appositive(first, lexicon)
            if description is not None and not layout.in_quote(layout.doc[description.head]):
                found.append(attrs.evolve(description, head=name.i, plural=False))
            continue
        if layout.in_quote(title[0]):
            continue
        office, last = title
        key = lexicon.plural_titles[office.lower_.rstrip(".")]
        start, end = office.idx, last.idx + len(last)
        found.append(
            Mention(
                name.i,
                layout.doc[office.left_edge.i].idx,  # with the words before the office
                max(end, mention.end),
                None,
                None,
                layout.text[start:end],
                _office_affiliation(office, key, lexicon),
                SpeakerKind.PERSON,
                role_head=key,
            )
        )
    return found


def _office_affiliation(office: Token, key: str, lexicon: Lexicon) -> str | None:
    """The party, body or place written before a plural office ("Idaho Republican Sens."),
    read as before a singular one."""
    words = list(office.doc[office.left_edge.i : office.i + 1])
    return affiliation_of(office, words, {office.i}, Role(office.text, key), key, lexicon)


def first_of_names(name: Token) -> Token:
    """The first of the people's names coordinated with ``name`` (``name`` itself when it
    stands alone or first)."""
    first = name
    while first.dep_ == CONJUNCT and first.head.ent_type_ == _PERSON and first.head.i < first.i:
        first = first.head
    return first


def _first_of_names(name: Token) -> Token | None:
    """The first name of the coordination of people ``name`` belongs to, or None when it
    is coordinated with no other person."""
    first = first_of_names(name)
    coordinated = first is not name or any(
        c.dep_ == CONJUNCT and c.ent_type_ == _PERSON for c in first.rights
    )
    return first if coordinated and first.ent_type_ == _PERSON else None


def _plural_description(first: Token, lexicon: Lexicon) -> Mention | None:
    """The plural role or occupation noun, with its modifiers, right before the name
    ``first`` ("Green presidential candidates Ana Diaz and Li Wei") or before a comma that
    sets the names off as its appositive ("two Ohio farmers, Ana Diaz and Li Wei"),
    described, or None."""
    start = _name_start(first, lexicon)
    if start == 0:
        return None
    noun = first.doc[start - 1]
    set_off = noun.text == "," and first.dep_ == APPOSITION and first.head.i == start - 2
    if set_off:
        noun = first.head  # "two Ohio developers, Ana Diaz and Li Wei": the names set off
    elif noun.lower_ in lexicon.plural_titles:
        return None  # a title right before the names is read as one (:func:`_plural_title`)
    # "Green candidates Ana Diaz and Li Wei": the parse may hang the names on the noun as
    # its appositive, which would make them the description's name.
    own_words = first.dep_ == APPOSITION and first.head.i == noun.i
    return plural_role(noun, lexicon, own_words=own_words)


def _plural_appositive(first: Token, lexicon: Lexicon) -> Mention | None:
    """The plural role or occupation noun set off after the coordinated names that start
    at ``first`` ("Ana Diaz and Li Wei, two Ohio farmers,"), described, or None. The parse
    hangs it on one of the names, most often the last; it follows them all."""
    names = [first]
    while (
        following := next(
            (c for c in names[-1].rights if c.dep_ == CONJUNCT and c.ent_type_ == _PERSON), None
        )
    ) is not None:
        names.append(following)
    last = names[-1].i
    for name in names:
        for child in name.rights:
            if child.dep_ == APPOSITION and child.i > last:
                description = plural_role(child, lexicon, appositive=True)
                if description is not None:
                    return description
    return None


def plural_role(
    noun: Token, lexicon: Lexicon, *, appositive: bool = False, own_words: bool = False
) -> Mention | None:
    """``noun`` described, when it is a plural role or occupation noun whose phrase states
    a role and names no one (:func:`.mentions.describe` with ``appositive`` and
    ``own_words``); else None."""
    if noun.tag_ != _PLURAL_NOUN:
        return None
    if noun.lemma_.lower() not in union(lexicon.role_nouns, lexicon.occupation_nouns):
        return None
    description = describe(noun, lexicon, appositive=appositive, own_words=own_words)
    return description if description.role is not None and description.name is None else None


def _name_start(first: Token, lexicon: Lexicon) -> int:
    """Where the name ``first`` ends begins, as a mention of it reads the name
    (:func:`.names.name_with_titles`, titles peeled off by :func:`.names.split_title`):
    words the recogniser left out of the entity count ("Sens. [Ana] Diaz", "Ana"
    unlabelled)."""
    ent = entity_of(first)
    low, high = mention_span(first, ent=ent)
    tokens = list(first.doc[low : high + 1])
    _, words = split_title(name_with_titles(first, tokens, lexicon, ent), lexicon)
    return words[0].i if words else first.i


def _plural_title(first: Token, lexicon: Lexicon) -> tuple[Token, Token] | None:
    """The plural office right before the name ``first`` (its first and last token: the
    tokenizer may split off an abbreviation's full stop, "Sens" "."), or None."""
    start = _name_start(first, lexicon)
    doc = first.doc
    before = start - 1
    while before > 0 and doc[before].is_space:
        before -= 1  # "Sens.\u00a0Ana Diaz": a no-break space is a token of its own
    last = before
    if before > 0 and doc[before].text == ".":
        before -= 1
    if before < 0:
        return None
    office = doc[before]
    if office.lower_.rstrip(".") not in lexicon.plural_titles:
        return None
    return office, doc[last]
