"""Clauses a cue's speaker is read from when the parse hung the cue on the wrong word.

:func:`.clause.speaker_of` climbs from a cue through the clauses above it to a subject. A
small parser often breaks that climb in a few recurring ways, each repaired here where the
surface shows what the parse missed: a cue read as a participle after an appositive, a
finite cue hung on a noun inside a relative clause, a participle clause hung on a later
verb, a preposition on a verb made a conjunct of it, a second verb left unlabelled, and a
gerund whose clause is lost. Each function names the construction it reads; :mod:`.clause`
decides when to ask.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..labels import (
    ACTIVE_SUBJECTS,
    ADVERBIAL_MODIFIER,
    APPOSITION,
    CLAUSAL_MODIFIER,
    CONJUNCT,
    INSIDE_A_PHRASE,
    PREPOSITION,
    RELATIVE_CLAUSE,
    UNLABELLED,
)
from ..syntax import FINITE_TAGS, PAST_PARTICIPLE

_GERUND = "VBG"
_PERSON = "PERSON"
_CLIMB_LIMIT = 6
"""Most links climbed from the noun a misparsed cue hangs on to the clause holding it."""
_SENTENCE_ENDS = frozenset({".", "!", "?", "\n"})
"""Tokens after which the parse may rightly start a sentence."""
_RELATIVE_PRONOUN_TAGS = frozenset({"WP", "WDT"})


def appositive_closed_by(verb: Token) -> Token | None:
    """The subject whose appositive a cue the parse read as a past participle follows
    ("Roy Cooper, McCrory's opponent in the election, called Friday for ...": "called" made
    a participle on "election"). A participle set off by a comma right after the phrase of
    a subject's appositive is the subject's finite verb: the appositive's head is no
    speaker, and a passive participle's noun is what it is done to, not who does it."""
    if verb.dep_ != CLAUSAL_MODIFIER or verb.tag_ != PAST_PARTICIPLE:
        return None
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    phrase = verb.head
    while phrase.dep_ in INSIDE_A_PHRASE and phrase.head.i != phrase.i:
        phrase = phrase.head
    if phrase.dep_ != APPOSITION:
        return None
    anchor = phrase.head
    if anchor.dep_ not in ACTIVE_SUBJECTS or anchor.head.i < verb.i:
        return None
    return anchor


def relative_closed_by(verb: Token) -> Token | None:
    """The name whose relative clause a finite cue follows, when the parse hung the cue on
    a noun inside that clause: "Mr. Buchanan, who had failed to win his party's
    nomination, called for ..." ("called" made a modifier of "nomination"). The clause
    must be set off by commas and open with a relative pronoun, and its antecedent must be
    a person's name."""
    if verb.dep_ != CLAUSAL_MODIFIER or verb.tag_ not in FINITE_TAGS:
        return None
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    clause = verb.head
    for _ in range(_CLIMB_LIMIT):
        if clause.dep_ == RELATIVE_CLAUSE or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause.dep_ != RELATIVE_CLAUSE:
        return None
    opening = clause.left_edge
    name = clause.head
    doc = verb.doc
    if (
        opening.tag_ not in _RELATIVE_PRONOUN_TAGS
        or opening.i == 0
        or doc[opening.i - 1].text != ","
    ):
        return None
    return name if name.ent_type_ == _PERSON and name.i < opening.i else None


def clause_before_participle(participle: Token) -> Token | None:
    """The finite verb with a subject that a participle clause the parse hung on a later
    verb follows after a comma ("..., Sanders said, going on to say that ..."): a trailing
    participle clause is an adjunct of the clause before it, whose subject it shares."""
    if participle.head.i < participle.i:
        return None
    first = participle.left_edge.i
    if first < 2 or participle.doc[first - 1].text != ",":
        return None
    verb = participle.doc[first - 2]
    if verb.tag_ not in FINITE_TAGS or not any(c.dep_ in ACTIVE_SUBJECTS for c in verb.children):
        return None
    return verb


def verb_preposition(preposition: Token) -> bool:
    """A preposition on a verb, or one the parse coordinated with a verb ("appeared at a
    hearing for his role ... and for saying that ...": the second "for" made a conjunct of
    "appeared")."""
    if preposition.dep_ == PREPOSITION:
        return True
    return (
        preposition.dep_ == CONJUNCT
        and preposition.pos_ == "ADP"
        and preposition.head.pos_ in ("VERB", "AUX")
    )


def main_clause_person(verb: Token) -> Token | None:
    """For a gerund cue whose clause the parse lost ("offered few ideas for easing debt
    aside from stating that ..."), the person who is the subject of its sentence's main
    verb: a gerund's understood subject is the main clause's (Quirk et al. 1985 on
    non-finite clauses without a subject)."""
    if verb.tag_ != _GERUND:
        return None
    root = verb.sent.root
    start = verb.sent.start
    if root.i == verb.i and start > 0 and verb.doc[start - 1].text not in _SENTENCE_ENDS:
        # "... trashed Comey on "Morning Joe," calling it ...": the parse broke the sentence
        # before the gerund, which belongs to the clause before the break
        root = verb.doc[start - 1].sent.root
    subjects = [c for c in root.children if c.dep_ in ACTIVE_SUBJECTS]
    return _the_person(subjects[0]) if len(subjects) == 1 else None


def _the_person(subject: Token) -> Token | None:
    """A person's name, or the name a title phrase ends in ("Former prosecutor and Mayor
    Ana Diaz": one person's two titles, the parse's conjunct)."""
    if subject.ent_type_ == _PERSON:
        return subject
    names = [c for c in subject.children if c.dep_ == CONJUNCT and c.ent_type_ == _PERSON]
    return names[0] if len(names) == 1 else None


def unlinked_second_verb(token: Token) -> bool:
    """A finite verb the parse left unlabelled ("dep") after a comma under the verb before
    it, with no subject of its own: "Ruiz paused, then explained that ..." is two verbs of
    one subject, the conjunction left out."""
    head = token.head
    if token.dep_ != UNLABELLED or token.tag_ not in FINITE_TAGS or head.i >= token.i:
        return False
    if head.pos_ not in ("VERB", "AUX") or any(c.dep_ in ACTIVE_SUBJECTS for c in token.children):
        return False
    before = [t for t in token.lefts if t.dep_ != ADVERBIAL_MODIFIER]
    doc = token.doc
    first = min([token.i, *(t.i for t in token.lefts)])
    while first > 1 and doc[first - 1].pos_ == "ADV":
        first -= 1  # "paused, then explained" with "then" hung on the verb before
    return not before and first > 0 and doc[first - 1].text == ","
