"""Where a definite description looks for the person it re-mentions: the people named
before it, each with how salient its mentions there make it.

A description re-mentions a person named just before it (:mod:`.descriptions` decides which
one it fits); this module says who counts as named before it, by where the description
stands: the subject of its sentence looks at its sentence and the one before
(:func:`people_before`); one in passing at the sentences before a sentence that names no one
(:func:`people_in_sentences_before`); one in a clause set in a sentence that names people at
those named before that clause (:func:`people_outside_clause`).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..labels import (
    ADVERBIAL_CLAUSE,
    AUXILIARIES,
    CLAUSAL_COMPLEMENT,
    CONJUNCT,
    NAME_PARTS,
    NOMINAL_SUBJECTS,
    OPEN_COMPLEMENT,
    POSSESSOR,
    RELATIVE_CLAUSE,
    ROOT,
)
from ..layout import Layout
from .subjectless_cues import stranded_subject

_PERSON_LABEL = "PERSON"
_VERBS = frozenset({"VERB", "AUX"})
_PROPER = "PROPN"
_CLAUSES = frozenset({ADVERBIAL_CLAUSE, CLAUSAL_COMPLEMENT, OPEN_COMPLEMENT, RELATIVE_CLAUSE})
"""Links that make a word the head of a clause, whatever the tagger made it ("when the
nominee arrives", "arrives" tagged a plural noun)."""
LOOKBACK_SENTENCES = 2
"""Sentences looked further back for the person a description re-mentions, when the
description's sentence and the one before mention no one."""

MAIN_SUBJECT_RANK = 2
"""The :func:`subject_rank` of the subject of its sentence's main verb."""
_CLAUSE_SUBJECT_RANK = 1

People = dict[int, int]
"""People (entity indexes) mentioned somewhere, each with the highest :func:`subject_rank`
of those mentions."""
Between = Callable[[int, int], People]
"""The people mentioned from one character offset up to another."""


def subject_rank(head: Token) -> int:
    """How salient a mention's grammatical role makes its entity: 2 for the subject of its
    sentence's main verb, 1 for the subject of another clause, 0 for anything else;
    coordinated subjects rank as subjects.

    Notes:
        Centering ranks the entities of an utterance by grammatical role, subject first,
        and the main clause's above those of the clauses it embeds (Grosz, Joshi and
        Weinstein 1995; Kameyama 1998 on intrasentential centering).
    """
    if head.dep_ == CONJUNCT:
        head = head.head
    if head.dep_ not in NOMINAL_SUBJECTS:
        return _stranded_rank(head)
    return MAIN_SUBJECT_RANK if head.head.dep_ == ROOT else _CLAUSE_SUBJECT_RANK


def _stranded_rank(head: Token) -> int:
    """The rank of a name the parse hung elsewhere right before a verb it left without a
    subject ("... with Ana Diaz, Tom Ng will try": "Ng" made an appositive of "Diaz"): the
    subject of that verb (:func:`.subjectless_cues.stranded_subject`)."""
    following = head.i + 1
    if following >= len(head.doc):
        return 0
    verb = head.doc[following]
    if verb.pos_ not in _VERBS or stranded_subject(verb) != head:
        return 0
    clause = verb.head if verb.dep_ in AUXILIARIES else verb
    return MAIN_SUBJECT_RANK if clause.dep_ == ROOT else _CLAUSE_SUBJECT_RANK


def people_before(token: Token, layout: Layout, between: Between) -> People:
    """The people mentioned before ``token`` in its sentence and the one before, or, when
    there are none, in the nearest sentence before those (up to :data:`LOOKBACK_SENTENCES`)
    that mentions any."""
    doc = layout.doc
    sentence = layout.sentence_of[token.i]
    low = doc[layout.sentence_starts[max(0, sentence - 1)]].idx
    people = between(low, token.idx)
    for first in range(sentence - 2, max(-1, sentence - 2 - LOOKBACK_SENTENCES), -1):
        if people:
            break
        high, low = low, doc[layout.sentence_starts[first]].idx
        people = between(low, high)
    return people


def people_in_sentences_before(token: Token, layout: Layout, between: Between) -> People:
    """The people mentioned in the sentence before ``token``'s (or, when it mentions none,
    in the nearest of the :data:`LOOKBACK_SENTENCES` before that does), when its own
    sentence mentions no one; else none.

    Notes:
        A description in passing is not the subject of its clause, and a definite
        description does not refer to a person its own clause names (binding theory's
        Principle C: in "Diaz thanked the Green nominee" or "Besides attacking the former
        mayor, Diaz said", the description is not Diaz); a person named elsewhere in the
        sentence could be either, so only a sentence that names no one lets the
        description refer back past its start, or one that names a single person as a
        possessor before it (a possessor c-commands nothing outside its phrase: in "Diaz's
        lead may fade if the Green nominee's plan fails" the description may be Diaz), who
        is then the one candidate.
    """
    doc = layout.doc
    sentence = layout.sentence_of[token.i]
    high, end = layout.sentence_chars(sentence)
    own = between(high, end)
    if own:
        before = between(high, token.idx)
        if before == own and _one_possessor(before, token, layout, high):
            return before
        return {}
    if sentence == 0:
        return {}
    people: People = {}
    for first in range(sentence - 1, max(-1, sentence - 2 - LOOKBACK_SENTENCES), -1):
        low = doc[layout.sentence_starts[first]].idx
        people = between(low, high)
        if people:
            break
        high = low
    return people


def people_outside_clause(token: Token, layout: Layout, between: Between) -> People:
    """The people named earlier in ``token``'s sentence, outside the clause it stands in,
    and never as the subject of a clause there; none when its own clause names someone
    before it.

    Notes:
        Principle C keeps a description from a person that c-commands it: the subject of
        its sentence or of its own clause, or another argument of its own verb ("Diaz gave
        Ng the Green nominee's book" is neither). A person named as the object of another
        clause does not c-command it and is its usual referent in news ("Ruiz will meet
        Diaz when the Green nominee arrives"; "She turned to Diaz, quoting the Green
        nominee's words"). Not read: a description in someone's content clause ("Ruiz told
        Diaz that the Green nominee ..." names a third person as often as not), nor one
        after a possessor name ("Diaz's aides, who said the Green nominee ..."): the
        possessor's phrase binds nothing, and the sentence's subject is then as likely.
    """
    verb = token.head if token.dep_ in NOMINAL_SUBJECTS else token
    while verb.pos_ not in _VERBS and verb.dep_ not in _CLAUSES and verb.head.i != verb.i:
        verb = verb.head
    edge = verb.left_edge
    if between(edge.idx, token.idx):
        return {}
    first = max(layout.sentence_start(token.i), _content_start(verb))
    if any(t.dep_ == POSSESSOR and t.pos_ == _PROPER for t in token.doc[first : edge.i]):
        return {}
    people = between(token.doc[first].idx, edge.idx)
    return {person: 0 for person, rank in people.items() if not rank}


def _content_start(verb: Token) -> int:
    """Where the nearest content clause of another verb that holds ``verb`` starts ("...
    told Diaz that the Green nominee ..."), or 0: what someone says or thinks names others,
    so only the people named inside it are candidates."""
    while verb.head.i != verb.i:
        if verb.dep_ == CLAUSAL_COMPLEMENT:
            return int(verb.left_edge.i)
        verb = verb.head
    return 0


def _one_possessor(people: People, token: Token, layout: Layout, start: int) -> bool:
    """The one person named in the sentence before ``token`` is named there as a possessor
    only ("Ana Diaz's lead may fade if the Green nominee's plan ..."): a possessor binds
    nothing outside its phrase, so the description may re-mention them."""
    if len(people) != 1 or any(people.values()):
        return False
    first = layout.token_at(start)
    if first is None:
        return False
    words = (layout.doc[i] for i in range(first.i, token.i))
    named = [t for t in words if t.ent_iob_ == "B" and t.ent_type_ == _PERSON_LABEL]
    return bool(named) and all(_possessor_name(t) for t in named)


def _possessor_name(first: Token) -> bool:
    """The name starting at ``first`` is a possessor ("[Ana Diaz]'s lead")."""
    head = first
    while head.dep_ in NAME_PARTS and head.head.i > head.i:
        head = head.head
    return head.dep_ == POSSESSOR
