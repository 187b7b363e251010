"""The capacity a stretch in office states: "won a second term as mayor", "spent a decade
as its chief executive", "Diaz, who is in her third year as coach".

A noun of a stretch in office (:attr:`Lexicon.tenure_nouns`) with an "as" phrase says in
what capacity someone served it, and in a clause about a person, the person is that
someone. This module finds the words after "as"; :mod:`.predicates` decides whether they
name a capacity and reads it.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ...lexicon import Lexicon
from ..labels import (
    DIRECT_OBJECT,
    NOMINAL_SUBJECTS,
    POSSESSOR,
    PREPOSITION,
    PREPOSITION_OBJECTS,
)
from ..syntax import asserted, relative_on_its_subject


def tenure_capacities(subject: Token, lexicon: Lexicon) -> Iterator[Token]:
    """The objects of "as" phrases on nouns of a stretch in office held by ``subject``.

    Args:
        subject: A name, or a personal pronoun, whose clauses are read: the clause it is
            the subject of, and the relative clauses on it whose subject is a relative
            pronoun ("Diaz, who won a second term as mayor").
        lexicon: Language data (tenure nouns, capacity prepositions, cues).

    Notes:
        The stretch must be the subject's own: the verb's object ("began his second
        term as"), or the object of a preposition on the verb ("won election to a second
        term as", "is in her third year as"), with no possessor but a pronoun's ("praised
        Diaz's term as mayor" is hers, not the subject's). The clause is asserted (not
        "if he wins a second term as mayor") and its verb no cue: "criticized her tenure
        as mayor" speaks of someone else's.
    """
    for verb in _clauses_about(subject, lexicon):
        nouns = _stretches(verb, lexicon)  # mostly none: the clause is read only for some
        if not nouns or lexicon.cue_category(verb.lemma_) is not None:
            continue
        if not asserted(verb, lexicon.factive_subordinators):
            continue
        for noun in nouns:
            for phrase in noun.children:
                if phrase.dep_ == PREPOSITION and phrase.lower_ in lexicon.capacity_prepositions:
                    yield from (c for c in phrase.children if c.dep_ in PREPOSITION_OBJECTS)


def _clauses_about(subject: Token, lexicon: Lexicon) -> Iterator[Token]:
    """The verb ``subject`` is the subject of, and those of the relative clauses on it
    whose subject is a relative pronoun."""
    if subject.dep_ in NOMINAL_SUBJECTS:
        yield subject.head
    if not subject.n_rights:
        return  # no relative clause after it (a count: no Token made)
    yield from (c for c in subject.rights if relative_on_its_subject(c, lexicon))


def _stretches(verb: Token, lexicon: Lexicon) -> list[Token]:
    """The nouns of a stretch in office that are ``verb``'s object or the object of a
    preposition on it, with no possessor but a pronoun."""
    nouns: list[Token] = []
    for child in verb.children:
        dep = child.dep_
        if dep == DIRECT_OBJECT:
            nouns.append(child)
        elif dep == PREPOSITION:
            nouns.extend(o for o in child.children if o.dep_ in PREPOSITION_OBJECTS)
    return [
        noun
        for noun in nouns
        if noun.lemma_.lower() in lexicon.tenure_nouns
        and all(c.pos_ == "PRON" for c in noun.children if c.dep_ == POSSESSOR)
    ]
