"""Capacities named in an "as" phrase about a person, and what names a capacity.

"As mayor of Y, Diaz signed ..." (a phrase opening the person's clause), "Diaz spoke as chair
of the panel" (one after a verb with no object it could describe instead) and "Diaz's tenure
as mayor" (one on a noun the name possesses) say in what capacity the person acted; the
capacity is a role or occupation noun of the lexicon (:func:`names_a_capacity`).
:mod:`.predicates` reads them as descriptions of the person.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ...lexicon import Lexicon
from ..labels import DIRECT_OBJECT, NOMINAL_SUBJECTS, POSSESSOR, PREPOSITION, PREPOSITION_OBJECTS
from ..syntax import asserted
from ..wordsets import union
from .wording import article_words, hyphen_parts

_OBJECT_LINKS = frozenset({DIRECT_OBJECT, "dative"})


def fronted_capacity(name: Token, lexicon: Lexicon) -> Iterator[Token]:
    """The role noun of an "as" phrase that opens the clause ``name`` is the subject of ("As
    mayor of X, Ana Diaz signed ...", "For four years as secretary of state, Diaz ...").

    Notes:
        A fronted "as" phrase is a depictive adjunct oriented to the subject of its clause
        (Quirk et al. 1985, 15.59: "As a senator, she voted ..."): it says in what capacity
        the subject acted. One after the verb may describe the object instead ("hired Ng as
        director", "described Ng as a moderate"), so only the phrases before the subject
        are read, and only through prepositions ("For four years as ..."), not from
        inside another clause ("Described as a moderate, ...").
    """
    if name.dep_ not in NOMINAL_SUBJECTS:
        return
    phrases = [c for c in name.head.lefts if c.dep_ == PREPOSITION and c.i < name.left_edge.i]
    while phrases:
        phrase = phrases.pop()
        objects = [c for c in phrase.children if c.dep_ in PREPOSITION_OBJECTS]
        if phrase.lower_ in lexicon.capacity_prepositions:
            yield from (o for o in objects if names_a_capacity(o, lexicon))
        else:
            phrases.extend(c for o in objects for c in o.children if c.dep_ == PREPOSITION)


def depicted_capacity(name: Token, lexicon: Lexicon) -> Iterator[Token]:
    """The role noun of an "as" phrase after the verb ``name`` is the subject of, when the
    verb has no object it could describe instead ("Suu Kyi visited the White House as
    Burma's leader", "Diaz spoke as chair of the panel"; not "hired Ng as director").

    Notes:
        A depictive "as" phrase is oriented to the subject unless the verb has an object
        that can hold the capacity (Quirk et al. 1985, 15.59; 16.48 on "as" complements
        of "regard", "describe", "hire"): a person, a pronoun or a proper name. A thing
        ("visited the White House") holds no role.
    """
    if name.dep_ not in NOMINAL_SUBJECTS:
        return
    verb = name.head
    # The lemma first: most subjects read here are a speaker's, of a verb of saying.
    if lexicon.cue_category(verb.lemma_.lower()) is not None:
        return  # "praised his tenure as mayor": a verb of saying or judging, about the object
    if not asserted(verb):
        return  # "would serve as mayor if elected": not a capacity held
    for child in verb.children:
        if child.dep_ in _OBJECT_LINKS and _may_hold_a_capacity(child, lexicon):
            return
    for phrase in verb.rights:
        if phrase.dep_ == PREPOSITION and phrase.lower_ in lexicon.capacity_prepositions:
            yield from (
                o
                for o in phrase.children
                if o.dep_ in PREPOSITION_OBJECTS and names_a_capacity(o, lexicon)
            )


def _may_hold_a_capacity(noun: Token, lexicon: Lexicon) -> bool:
    """An object that may be a person: a person's name, a personal pronoun, a proper noun
    no entity label calls a body, place or thing, or a role noun."""
    if noun.pos_ == "PRON":
        return noun.lower_ not in lexicon.thing_pronouns
    if noun.pos_ == "PROPN":
        return noun.ent_type_ in ("", "PERSON")
    return noun.ent_type_ == "PERSON" or noun.lemma_.lower() in lexicon.role_nouns


def possessed_capacity(name: Token, lexicon: Lexicon) -> Iterator[Token]:
    """The role noun of an "as" phrase on a noun the name possesses ("Diaz's tenure as
    mayor", "Diaz's role as chief negotiator").

    Notes:
        "X's role as Y", "X's time as Y" say in what capacity X served or is known, as "X
        served as Y" does; the possessed noun may be any ("tenure", "career"), the capacity
        is the object of "as" and must be a role or occupation noun. A possessive pronoun
        is not read: "Diaz praised his tenure as mayor" is someone else's.
    """
    if name.dep_ != POSSESSOR:
        return
    for phrase in name.head.children:
        if phrase.dep_ == PREPOSITION and phrase.lower_ in lexicon.capacity_prepositions:
            for target in phrase.children:
                if target.dep_ in PREPOSITION_OBJECTS and names_a_capacity(target, lexicon):
                    yield target


def names_a_capacity(predicate: Token, lexicon: Lexicon) -> bool:
    """A common noun of the lexicon's roles or occupations heads the predicate (a
    lower-case word the tagger took for a proper noun is one: "as secretary of state")."""
    nouns = union(lexicon.role_nouns, lexicon.occupation_nouns)
    common = predicate.pos_ == "NOUN" or (predicate.pos_ == "PROPN" and predicate.is_lower)
    # "front-runner" is three tokens headed by "runner": the written word is the noun.
    word = article_words(hyphen_parts(predicate)).lower()
    return common and (predicate.lemma_.lower() in nouns or word in nouns)
