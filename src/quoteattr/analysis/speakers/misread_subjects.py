"""Speakers read past a subject the parse gave a cue that cannot be its speaker.

:func:`.clause.speaker_of` takes a cue's subject for its speaker. A small parser often puts
a word that does not speak in the speaker's place, in a few recurring ways, each repaired
here where the surface shows what the parse missed: an event or a gathering standing where
a speaker should, a poll set beside another subject, a person's name made the appositive of
the thing a statement opens with, a "who" clause hung on a noun for no person, a phrase set
off before the subject made a second subject, the phrase before a comma made the subject of
a gerund, a contracted auxiliary made a subject, a contracted "has" read as a passive
auxiliary, and a subject hung on the verb's auxiliary. Each function names the construction
it reads; :mod:`.clause` decides when to ask (and :mod:`quoteattr.analysis.content.verbs`
asks :func:`poll_beside` for a poll set beside a verb's subject).
"""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import Lexicon
from ...records import Attribution
from ..labels import (
    ACTIVE_SUBJECTS,
    ADVERBIAL_CLAUSE,
    APPOSITION,
    AUXILIARY,
    CLAUSAL_COMPLEMENT,
    DIRECT_OBJECT,
    NOMINAL_SUBJECTS,
    PASSIVE_AUXILIARY,
    PASSIVE_SUBJECT,
    PREPOSITION,
    PREPOSITION_OBJECT,
)
from ..syntax import has_comma_before
from ..wordsets import union
from .kinds import SPEAKING_ENTITIES

_GERUND = "VBG"
_PERSON = "PERSON"


def poll_beside(subject: Token, lexicon: Lexicon) -> Token | None:
    """A poll the parse made an appositive of the subject before it: "Days before the
    Convention in Cleveland, a new national poll shows ..." read with "Convention" as the
    subject of "shows" ("before" its marker) and the poll beside it. The poll, set off by
    a comma and ending right before the verb, is the subject."""
    if not subject.n_rights:
        return None  # most subjects: no Token is made for the verb or the words after
    verb = subject.head
    for child in subject.rights:
        if child.dep_ != APPOSITION or child.lemma_.lower() not in lexicon.poll_nouns:
            continue
        opens = child.left_edge.i
        if child.right_edge.i == verb.i - 1 and opens > 0 and subject.doc[opens - 1].text == ",":
            return child
    return None


def event_doing(subject: Token, clause: Token, attribution: Attribution, lexicon: Lexicon) -> bool:
    """A participle cue hung on the wrong verb: reached through an adverbial clause whose
    subject is an event or a gathering, which cannot speak; or, set off by a comma, through
    the clause that a cue before it, with a subject of its own, reports ("Ana Ruiz said the
    process could be messy, adding ...": she adds it, not the process)."""
    if attribution is not Attribution.PARTICIPIAL or clause.head.i == clause.i:
        return False
    if clause.dep_ == CLAUSAL_COMPLEMENT:
        reporter = clause.head
        return (
            reporter.i < clause.i
            and any(c.tag_ == _GERUND and has_comma_before(c, c.doc) for c in clause.children)
            and lexicon.cue_category(reporter.lemma_) is not None
            and any(c.dep_ in NOMINAL_SUBJECTS for c in reporter.children)
        )
    return clause.dep_ == ADVERBIAL_CLAUSE and subject.lemma_.lower() in union(
        lexicon.event_nouns, lexicon.gathering_nouns
    )


def subject_on_auxiliary(verb: Token, children: list[Token]) -> Token | None:
    """The subject the parse hung on the verb's auxiliary rather than on the verb ("Hale
    wasn't so much saying that ...": "Hale" under "was"), when the verb has none itself.
    ``children`` are the verb's."""
    if any(c.dep_ in ACTIVE_SUBJECTS for c in children):
        return None
    for auxiliary in children:
        if auxiliary.dep_ == AUXILIARY and auxiliary.i < verb.i:
            held = [c for c in auxiliary.children if c.dep_ in ACTIVE_SUBJECTS]
            if held:
                return held[0]
    return None


def under_clitic(subject: Token, lexicon: Lexicon) -> Token:
    """The subject of a contracted auxiliary the parse made the subject itself ("the
    delegates who’ve already said": "’ve" the subject of "said", "who" its own)."""
    if subject.text[:1] not in lexicon.apostrophes:
        return subject
    return next((c for c in subject.children if c.dep_ in ACTIVE_SUBJECTS), subject)


def contracted_perfect(verb: Token, lexicon: Lexicon) -> bool:
    """A past participle the parse read as a passive because its auxiliary is a contracted
    "has" ("he's said the same thing at every rally": "'s" taken for "is"). A passive
    takes no direct object; one here makes the clause an active perfect, and its
    "passive subject" the speaker. So does a clause the verb reports ("he's indicated he'll
    ...") or after its cue preposition ("who's called for 5,000 more nurses"), unless the verb
    is told to a hearer ("he's told he'll ...": he is told) or its subject names no one
    ("it's said that ...": a true passive)."""
    contracted = any(
        c.dep_ == PASSIVE_AUXILIARY and c.lower_ in lexicon.contracted_has for c in verb.children
    )
    if not contracted:
        return False
    if any(c.dep_ == DIRECT_OBJECT for c in verb.children):
        return True
    if verb.lemma_.lower() in lexicon.hearer_cues:
        return False
    subjects = [c for c in verb.children if c.dep_ == PASSIVE_SUBJECT]
    doc = verb.doc
    prepositions = lexicon.cue_prepositions.get(verb.lemma_.lower(), frozenset())
    called_for = verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ in prepositions
    return (
        (called_for or any(c.dep_ == CLAUSAL_COMPLEMENT for c in verb.children))
        and bool(subjects)
        and all(c.lower_ not in lexicon.impersonal_subjects for c in subjects)
    )


def gathering_holder(noun: Token, lexicon: Lexicon) -> Token | None:
    """The subject of the verb a gathering noun is the prepositional object of ("she said
    at a news conference announcing that ...": she announced it, not the conference)."""
    if noun.lemma_.lower() not in lexicon.gathering_nouns or noun.dep_ != PREPOSITION_OBJECT:
        return None
    preposition = noun.head
    verb = preposition.head
    if preposition.dep_ != PREPOSITION or verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS), None)


def person_nearer(relative: Token, head: Token, lexicon: Lexicon) -> Token | None:
    """For a "who" clause the parse hung on a noun that names no person ("a focal point for
    demonstrators here, who have ... called for ..."), the noun for people right before
    it, which "who" stands for."""
    who = next(
        (c for c in relative.children if c.dep_ in ACTIVE_SUBJECTS and c.i < relative.i), None
    )
    if who is None or who.lower_ not in lexicon.personal_relatives or for_people(head, lexicon):
        return None
    index = who.i - 1
    doc = relative.doc
    while index > head.i and (doc[index].is_punct or doc[index].pos_ == "ADV"):
        index -= 1
    nearer = doc[index]
    return nearer if index > head.i and for_people(nearer, lexicon) else None


def for_people(noun: Token, lexicon: Lexicon) -> bool:
    """A name, or a noun the lexicon knows for a person or a group of people."""
    if noun.pos_ == "PROPN" or noun.ent_type_ in SPEAKING_ENTITIES:
        return True
    nouns = union(lexicon.role_nouns, lexicon.occupation_nouns, lexicon.person_nouns)
    return (
        noun.lemma_.lower() in nouns
        or noun.lower_ in lexicon.group_heads
        or noun.lower_ in lexicon.unnamed_heads
    )


def person_set_in(subject: Token, verb: Token, lexicon: Lexicon) -> Token | None:
    """A person's name the parse made the appositive of a thing that is the cue's subject,
    right before the cue: "The plan, Conservative MP Tom Ng said, 'is bad.'" (the name
    made the appositive of "plan"). A statement's opening words set before a medial
    reporting clause are no speaker; the name between the commas is."""
    if subject.pos_ != "NOUN" or subject.ent_type_:
        return None
    if subject.lemma_.lower() in union(
        lexicon.role_nouns, lexicon.occupation_nouns, lexicon.person_nouns, lexicon.group_heads
    ):
        return None  # "the lawyer, Ana Diaz, said": the same person
    for child in subject.rights:
        if (
            child.dep_ == APPOSITION
            and child.ent_type_ == _PERSON
            and child.right_edge.i == verb.i - 1
            and verb.doc[child.left_edge.i - 1].text == ","
        ):
            return child
    return None


def bare_gerund_after_comma(token: Token) -> bool:
    """A gerund with no auxiliary right after a comma (and any closing quote mark), which
    has no subject of its own: the parse's subject for it is the phrase before the comma
    ("... on "Morning Joe," calling it ...")."""
    if token.tag_ != _GERUND or any(c.dep_ == AUXILIARY for c in token.children):
        return False
    before = token.i - 1
    while before > 0 and token.doc[before].is_quote:
        before -= 1
    return token.doc[before].text == ","


def subjects_after_last_comma(subjects: list[Token], verb: Token) -> list[Token]:
    """The subjects after the last comma between the first subject and ``verb``."""
    doc = verb.doc
    start = subjects[0].right_edge.i + 1
    commas = [i for i in range(start, verb.i) if doc[i].text == ","]
    if not commas:
        return subjects
    return [s for s in subjects if s.left_edge.i > commas[-1] and s.i < verb.i]
