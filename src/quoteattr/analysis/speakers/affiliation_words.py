"""Whether a word or a phrase names a body, whose words are an affiliation's and no part
of a role.

A capitalised modifier names a team, party or firm (:func:`names_body`: "Oilers captain",
"Green MLA", "IMF economist"); a word of an organisation's, a building's, a place's or a
nationality's entity, or a nationality word, is an affiliation's (:func:`is_affiliation`); a
lower-case noun names a body by its leader or owner (:func:`body_leader`,
:func:`body_owner`: "the Ruiz campaign", "Ana Ruiz's campaign"); a "to" or "in" phrase on a
role names the body the role serves or is held in (:func:`body_preposition`).
:mod:`.role_words` stops a role's words at them and :mod:`.bodies` reads the body they name,
from the named entity holding a word (:func:`entity_of`, which the readings of a mention's
name and kind start from too).
"""

from __future__ import annotations

import functools

from spacy.attrs import ORTH, POS
from spacy.tokens import Doc, Span, Token

from ...lexicon import Lexicon
from ..labels import COMPOUND, POSSESSOR, PREPOSITION_OBJECT
from ..syntax import PLURAL_NOUNS
from ..wordsets import union
from .names import surnames
from .wording import definite

_COMMON_WORDS = frozenset({"NOUN", "ADJ"})
_PROPER_NOUN = "PROPN"
_AFFILIATION_ENTS = frozenset({"ORG", "GPE", "NORP", "FAC"})
_INSIDE = Token.iob_strings().index("I")
_BODY_ENTS = frozenset({"ORG", "FAC", "NORP"})
_PERSON_ENT = "PERSON"


def entity_of(token: Token) -> Span | None:
    """The named entity holding ``token``, read from its IOB tags (no scan of ``doc.ents``)."""
    if not token.ent_type:
        return None
    doc = token.doc
    start = token.i
    # The integer tags (1 is "I", inside an entity): no string look-up per word, and no
    # Token made again for ``token`` itself.
    if start > 0 and token.ent_iob == _INSIDE:
        start -= 1
        while start > 0 and doc[start].ent_iob == _INSIDE:
            start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob == _INSIDE:
        end += 1
    return Span(doc, start, end)  # not ``doc[start:end]``: slicing costs three times more


def is_affiliation(token: Token, lexicon: Lexicon) -> bool:
    return token.ent_type_ in _AFFILIATION_ENTS or token.lower_ in lexicon.demonyms


def names_body(token: Token, lexicon: Lexicon) -> bool:
    """A capitalised modifier that names a team, party or body: "Oilers captain", "Green
    MLA", "IMF economist".

    Notes:
        Sports copy names a player's team by its plural nickname before the role
        (AP style: "Oilers captain"), and Westminster-system papers a legislator's party by
        its adjective ("Green MLA", "Labour MP"). A party label that also names a political
        leaning (:attr:`Lexicon.leaning_labels`) is capitalised at a sentence's start
        whichever it means, so there it names no party. A capitalised plural that is no group of
        people ("Nurses" at a sentence's start) and no person's name is read as a team; a
        capitalised word the tagger took for a common noun or adjective here and for a
        proper noun elsewhere in the article, as a firm (:func:`_name_tagged_common`).
    """
    if not token.text[:1].isupper():
        return False
    if token.lower_ in lexicon.party_labels:
        # "Conservative economist X" opening a sentence may be a leaning, not a party.
        return not (token.is_sent_start and token.lower_ in lexicon.leaning_labels)
    if token.text.isupper() and len(token.text) > 1 and token.is_alpha:
        # An acronym: "IMF chief economist", unless it is an office ("CEO", "MP") or a field
        # of work ("an IT professional").
        return token.lower_ not in union(lexicon.role_nouns, lexicon.titles, lexicon.field_acronyms)
    people = union(
        lexicon.group_heads, lexicon.role_nouns, lexicon.occupation_nouns, lexicon.unnamed_heads
    )
    if {token.lower_, token.lemma_.lower()} & people:
        return False
    if token.tag_ in PLURAL_NOUNS:
        return token.is_alpha and token.ent_type_ != "PERSON"
    return _name_tagged_common(token)


def _name_tagged_common(token: Token) -> bool:
    """A capitalised word tagged as a common noun or adjective here that the article writes
    as a proper noun elsewhere: a firm's name ("Telmara chief executive Dana Pike said",
    "Telmara" taken for a noun before two others); not the surname of a person the article
    names ("Ruiz aide Tom Hale" after "Ana Ruiz": a person is no affiliation)."""
    if token.pos_ not in _COMMON_WORDS or not token.is_alpha:
        return False
    return token.orth in _proper_nouns(token.doc) and token.text not in surnames(token.doc)


@functools.lru_cache(maxsize=1)
def _proper_nouns(doc: Doc) -> frozenset[int]:
    """The words (their ``orth`` ids) tagged as proper nouns anywhere in ``doc``, made once
    per document (the cache holds the last one) from its attribute columns, without a
    Token per word."""
    table = doc.to_array([POS, ORTH])
    return frozenset(table[table[:, 0] == doc.vocab.strings[_PROPER_NOUN], 1].tolist())


def body_preposition(preposition: Token, lexicon: Lexicon) -> bool:
    """A phrase on a role that names the body the role serves or is held in, which is
    its affiliation and no part of the role: a "to" phrase on a capacity held in someone's
    service ("a senior adviser to the Harbor Trust", "an aide to the Ruiz campaign"; not
    "an aide to Ana Ruiz", a person, nor "ambassador to Chile", where one is sent), or an
    "in" phrase ("an official in the Ruiz administration", "a lawyer in the Justice
    Department"; not "a lawyer in Chicago", where one works)."""
    lower = preposition.lower_
    serving = (
        lower in lexicon.service_prepositions
        and preposition.head.lemma_.lower() in lexicon.service_nouns
    )
    if not serving and lower not in lexicon.membership_prepositions:
        return False
    return any(
        child.dep_ == PREPOSITION_OBJECT and _names_a_body(child, lexicon)
        for child in preposition.children
    )


def _names_a_body(token: Token, lexicon: Lexicon) -> bool:
    """An organisation's name, or a body named by the person who leads it ("the Ruiz
    campaign"): what :mod:`.affiliations` reads as the affiliation, so that the role and
    the affiliation share out the phrase. A definite noun of a body of any name ("an
    adviser to the group") names one too, whichever it is (:mod:`.recent_bodies`)."""
    return (
        token.ent_type_ in _BODY_ENTS
        or body_leader(token, lexicon) is not None
        or (
            token.is_lower
            and token.lemma_.lower() in lexicon.body_anaphors
            and definite(token, lexicon)
        )
    )


def body_leader(token: Token, lexicon: Lexicon) -> Token | None:
    """The person's name a body is named by ("Ruiz" in "the Ruiz campaign"), when
    ``token`` is the lower-case noun of such a body (``Lexicon.leader_bodies``), or None."""
    if not _led_body_noun(token, lexicon):
        return None
    return next((c for c in token.lefts if c.dep_ == COMPOUND and _leader_name(c)), None)


def _leader_name(token: Token) -> bool:
    """``token`` is a name a body may be named by: a person's, or a capitalised proper noun
    the recogniser took for something else ("the Ruiz campaign" with "Ruiz" a place)."""
    return token.ent_type_ == _PERSON_ENT or (token.pos_ == _PROPER_NOUN and token.is_title)


def body_owner(token: Token, lexicon: Lexicon) -> Token | None:
    """The proper name whose body the lower-case noun ``token`` is by a possessive ("chief
    strategist for Ana Ruiz's campaign"), or None."""
    if not _led_body_noun(token, lexicon):
        return None
    return next((c for c in token.lefts if c.dep_ == POSSESSOR and c.pos_ == _PROPER_NOUN), None)


def _led_body_noun(token: Token, lexicon: Lexicon) -> bool:
    """``token`` is the lower-case noun of a body its leader names (``Lexicon.leader_bodies``:
    "campaign", "administration")."""
    return token.is_lower and token.lemma_.lower() in lexicon.leader_bodies
