"""Statements introduced by a noun cue: "the claim that ...", "his pledge to ...", "By his
own admission, ...".

A cue noun's content is its "that" clause, its infinitive ("a pledge to cut taxes"), the
object of its preposition ("his call for a ban") or, with a reporting verb after the noun
("reports emerged that ..."), that verb's clause. Its speaker is who holds the claim: a
possessor, a name before it, or a "by"/"from" agent.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...lexicon import Lexicon
from ...records import Attribution
from ..cues import CueMatch
from ..labels import (
    AUXILIARIES,
    CLAUSAL_COMPLEMENT,
    COMPOUND,
    CONJUNCT,
    DIRECT_OBJECT,
    MARKER,
    NOMINAL_SUBJECT,
    NOMINAL_SUBJECTS,
    NOUN_CONTENT_CLAUSES,
    NOUN_INFINITIVE_CLAUSES,
    PASSIVE_AUXILIARY,
    POSSESSOR,
    PREPOSITION,
    PREPOSITION_OBJECT,
    PREPOSITION_OBJECTS,
    ROOT,
    SUBJECTS_OR_EXPLETIVE,
)
from ..speakers.clause import speaker_of
from ..stretches import outside, trim
from ..syntax import is_complementizer, is_finite, opened_by_complementizer
from ..values import Statement
from .clauses import before_outer_participle

_HOLDER_ENTITIES = frozenset({"PERSON", "ORG", "NORP"})
"""Named-entity labels of a name that can hold a claim ("the Sanders claim")."""

_FINITE_OR_PARTICIPLE = frozenset({"VBD", "VBZ", "VBP", "VBN"})
"""Tags of a verb that can start a main clause again after a content clause."""


_POSSESSIVE_TAG = "POS"
"""The tag of a possessive ending ("'s")."""


def noun_statement(cue: CueMatch, doc: Doc, lexicon: Lexicon) -> Statement | None:
    """The statement a noun cue introduces, or None when it has no content.

    Notes:
        PARC 3.0 (Pareti 2016) annotates nouns of saying ("claim", "statement",
        "pledge") as cues, with their complement as the content and their possessor or
        agent as the source. An infinitive or "call for" counts only with a holder named
        (observed in news: "amid calls for calm" reports no one).
    """
    noun = doc[cue.head]
    marker = _infinitive_marker(noun) if cue.lemma in lexicon.infinitive_nouns else None
    if marker is not None:
        return _infinitive_statement(cue, noun, marker, lexicon)
    prepositions = lexicon.cue_prepositions.get(cue.lemma)
    if prepositions:
        statement = _prepositional_statement(cue, noun, prepositions, lexicon)
        if statement is not None:
            return statement
    clause = _content_clause(noun, lexicon)
    if clause is not None and _relative_object(clause):
        return None
    if clause is None:
        return _by_own_word(cue, noun, lexicon)
    words = before_outer_participle(_before_stray_verb(clause))
    part = trim([t for t in words if t.i > noun.i], doc, lexicon)
    if part is None:
        return None
    speaker, attribution = _holder(noun, clause, lexicon, subjects=True)
    if speaker is None:
        speaker, attribution = _supporter(noun, lexicon)
    return Statement(cue, (part,), speaker, attribution)


def _supporter(noun: Token, lexicon: Lexicon) -> tuple[int | None, Attribution]:
    """The speaker of the verb that takes the cue noun as its object and makes it its
    subject's ("Ruiz made the claim that ...", "offering assurances that ...", read through
    a participle to its clause's subject); none for another verb ("rejected the claim")."""
    verb = noun.head
    if noun.dep_ != DIRECT_OBJECT or verb.lemma_.lower() not in lexicon.support_verbs:
        return None, Attribution.NONE
    return speaker_of(verb, lexicon)


def _content_clause(noun: Token, lexicon: Lexicon) -> Token | None:
    """The clause a noun cue reports: its "that" clause, one the parser hung elsewhere, or,
    with the noun as the subject of a reporting verb, that verb's clause, or of a copula,
    the "that" clause it predicates of a possessor's noun ("Ruiz's argument was that ...")."""
    clause = next(
        (
            c
            for c in noun.children
            if c.dep_ in NOUN_CONTENT_CLAUSES
            and c.i > noun.i
            and (opened_by_complementizer(c, lexicon) or is_complementizer(c.left_edge, lexicon))
        ),
        None,
    )
    if clause is None:
        clause = _clause_hung_elsewhere(noun, lexicon)
    if clause is None and noun.dep_ in NOMINAL_SUBJECTS:
        verb = noun.head
        if verb.lemma_ in lexicon.report_noun_verbs:
            clause = next(
                (c for c in verb.children if c.dep_ == CLAUSAL_COMPLEMENT and c.i > verb.i), None
            )
        elif verb.lemma_ in lexicon.copulas and any(c.dep_ == POSSESSOR for c in noun.children):
            # "Ruiz's argument was that ...": the "that" clause the copula predicates of a
            # holder's noun ("The message was that ..." names no one)
            clause = next(
                (
                    c
                    for c in verb.children
                    if c.dep_ == CLAUSAL_COMPLEMENT
                    and c.i > verb.i
                    and opened_by_complementizer(c, lexicon)
                ),
                None,
            )
    return clause


def _relative_object(clause: Token) -> bool:
    """ "the threat that a second flood would pose": "that" is the clause's only object, a
    relative pronoun standing for the noun, so the clause describes the threat and states
    nothing; in "the recommendation that the union endorse the plan" the verb has its own
    object and "that" is a complementizer the parser misread.

    Notes:
        A relative clause lacks an argument its antecedent fills; a noun's content clause
        is complete (Huddleston and Pullum 2002, ch. 12 on relative and content clauses).
    """
    objects = [c for c in clause.children if c.dep_ == DIRECT_OBJECT]
    return len(objects) == 1 and objects[0].i == clause.left_edge.i < clause.i


def _before_stray_verb(clause: Token) -> list[Token]:
    """The clause's tokens up to a second finite verb the parser swallowed.

    "The statement that the border would reopen calmed traders": small parsers hang the
    main verb ("calmed") inside the content clause; a verb right after the clause's own
    verb group starts the main clause again.
    """
    tokens = list(clause.subtree)
    passive = any(c.dep_ == PASSIVE_AUXILIARY for c in clause.children)
    objects = [c for c in clause.children if c.dep_ == DIRECT_OBJECT and c.i > clause.i]
    if passive and objects:
        # A passive verb takes no object: "... would be demolished alarmed supporters".
        return [t for t in tokens if t.i < objects[0].left_edge.i]
    stray = next((t for t in tokens if _restarts_main_clause(t, clause)), None)
    return tokens if stray is None else [t for t in tokens if t.i < stray.i]


def _restarts_main_clause(token: Token, clause: Token) -> bool:
    """A finite verb right after the clause's verb group, with no auxiliary of its own."""
    if token.i <= clause.i or token.tag_ not in _FINITE_OR_PARTICIPLE:
        return False
    previous = token.doc[token.i - 1]
    after_verb = previous.i >= clause.i and previous.pos_ in ("VERB", "AUX", "PART", "ADV")
    own_group = any(c.dep_ in AUXILIARIES for c in token.children) or previous.dep_ in AUXILIARIES
    return after_verb and token.dep_ != CONJUNCT and not own_group


def _clause_hung_elsewhere(noun: Token, lexicon: Lexicon) -> Token | None:
    """A content clause right after the noun that the parser hung on another word.

    "targets for Trump's false claims that he is an advocate ..." is often parsed with
    "he is ..." as a complement of the main verb, and "On Trump's assertion there are
    generals ..." with the clause as the sentence's. The clause counts when it opens right
    after the noun with a complementizer "that" and a subject, or, without "that", with its
    subject and is itself a complement (not "Despite his claims Trump won").
    """
    doc = noun.doc
    after = noun.i + 1
    if after >= len(doc) or noun.dep_ == COMPOUND:
        return None  # "his disclosure report provides ...": the noun only modifies a noun
    first = doc[after]
    clause = first.head
    if clause.i <= first.i or clause.head.i == noun.i or not is_finite(clause):
        return None
    if first.lower_ in lexicon.complementizers and first.dep_ == MARKER:
        subject = any(c.dep_ in SUBJECTS_OR_EXPLETIVE for c in clause.children)
        return clause if subject else None
    if first.dep_ in SUBJECTS_OR_EXPLETIVE and clause.dep_ == CLAUSAL_COMPLEMENT:
        return clause
    return None


def _by_own_word(cue: CueMatch, noun: Token, lexicon: Lexicon) -> Statement | None:
    """The clause a fronted "by his own admission" or "in Forbes' words" opens, as the
    holder's statement (as with "according to"): "By his own admission, his returns are
    thicker than ..."."""
    by = noun.head
    verb = by.head
    owner = next((c for c in noun.children if c.dep_ == POSSESSOR), None)
    wording = noun.lemma_.lower() in lexicon.wording_prepositions.get(by.lower_, ())
    if (
        noun.dep_ != PREPOSITION_OBJECT
        or not (by.lower_ in lexicon.own_word_prepositions or wording)
        or owner is None
        or verb.pos_ not in ("VERB", "AUX")
        or not by.i < verb.i
        or by.i != by.left_edge.i
    ):
        return None
    parts = outside(verb, by, lexicon)
    if len(parts) != 1 or parts[0][0] < by.idx:
        return None  # only a fronted phrase: "..., by his own admission" is left alone
    return Statement(cue, parts, owner.i, Attribution.POSSESSIVE)


def _holder(
    noun: Token, clause: Token, lexicon: Lexicon, *, subjects: bool
) -> tuple[int | None, Attribution]:
    """Whose claim or pledge a cue noun names.

    Its possessor ("the senator's claim") or a name right before it ("the Sanders claim"),
    a "by" or "from" agent before the clause ("claims by officials that"), and with
    ``subjects`` a subject the parser gave the noun ("Trump claims that ..." with the verb
    tagged as a noun). The last one found wins.
    """
    speaker: int | None = None
    attribution = Attribution.NONE
    for child in noun.children:
        found = _holder_of(noun, child, clause, lexicon, subjects=subjects)
        if found is not None:
            speaker, attribution = found
    if speaker is None:
        owner = _stranded_possessor(noun, lexicon)
        if owner is None:
            owner = _includer(noun, lexicon)
        if owner is not None:
            return owner, Attribution.POSSESSIVE
    return speaker, attribution


def _includer(noun: Token, lexicon: Lexicon) -> int | None:
    """The possessor of the noun whose "including" phrase holds the cue noun: "Trump's
    attack on Bush, including a suggestion that ..." is Trump's suggestion, one part of
    his attack (:attr:`Lexicon.inclusion_prepositions`)."""
    phrase = noun.head
    if noun.dep_ != PREPOSITION_OBJECT or phrase.lower_ not in lexicon.inclusion_prepositions:
        return None
    whole = phrase.head
    owner = next((c for c in whole.children if c.dep_ == POSSESSOR), None)
    if owner is None or owner.pos_ != "PROPN":
        return None
    return owner.i


def _stranded_possessor(noun: Token, lexicon: Lexicon) -> int | None:
    """The possessor right before the cue noun's phrase that the parse cut off from it,
    reading its possessive ending as a verb ("contradicting Tulsa police's earlier claim
    that ...", with "'s" parsed as "is"): the noun before the ending."""
    first = noun.left_edge.i
    if first < 2:
        return None
    doc = noun.doc
    ending, owner = doc[first - 1], doc[first - 2]
    if ending.head.i == noun.i or ending.lower_ not in lexicon.possessive_endings:
        return None
    if ending.tag_ != _POSSESSIVE_TAG or owner.pos_ not in ("NOUN", "PROPN"):
        return None
    return owner.i


def _holder_of(
    noun: Token, child: Token, clause: Token, lexicon: Lexicon, *, subjects: bool
) -> tuple[int, Attribution] | None:
    """The holder ``child`` names, if it names one (see :func:`_holder`)."""
    if child.dep_ == POSSESSOR or _named_holder(noun, child):
        return child.i, Attribution.POSSESSIVE
    if subjects and (child.dep_ == NOMINAL_SUBJECT or _verb_read_as_noun(noun, child)):
        return child.i, Attribution.SUBJECT
    if (
        child.dep_ == PREPOSITION
        and child.lower_ in lexicon.agent_prepositions
        and child.i < clause.i
    ):
        objects = [g for g in child.children if g.dep_ == PREPOSITION_OBJECT]
        if objects:
            return objects[0].i, Attribution.POSSESSIVE
    return None


def _infinitive_marker(noun: Token) -> Token | None:
    """The "to" of the infinitive that completes a cue noun ("a pledge to cut taxes")."""
    for clause in noun.children:
        if clause.dep_ in NOUN_INFINITIVE_CLAUSES and clause.i > noun.i:
            marker = next((g for g in clause.children if g.tag_ == "TO" and g.i < clause.i), None)
            if marker is not None:
                return marker
    return None


def _prepositional_statement(
    cue: CueMatch, noun: Token, prepositions: frozenset[str], lexicon: Lexicon
) -> Statement | None:
    """What a named holder's "call for" asks for: "his call for a temporary ban on ...".
    As with an infinitive, no one named means no statement ("amid calls for calm")."""
    prep = next(
        (
            c
            for c in noun.children
            if c.dep_ == PREPOSITION and c.lower_ in prepositions and c.i > noun.i
        ),
        None,
    )
    objects = (
        [g for g in prep.children if g.dep_ in PREPOSITION_OBJECTS] if prep is not None else []
    )
    if not objects:
        return None
    return _held_statement(cue, noun, objects[0], [t for o in objects for t in o.subtree], lexicon)


def _infinitive_statement(
    cue: CueMatch, noun: Token, marker: Token, lexicon: Lexicon
) -> Statement | None:
    """A commitment or demand named by a noun: its speaker is the possessor ("Trump's
    threat to ...") or a "by" or "from" agent ("a request from Democrats to ..."). The subject
    of a verb taking the noun is not enough ("the judge rejected a request to ..."), unless
    a support verb makes the noun its subject's ("made a pledge to ..."); with no one
    named there is no statement."""
    clause = marker.head
    tokens = [t for t in _before_stray_verb(clause) if t.i >= marker.i]
    return _held_statement(cue, noun, clause, tokens, lexicon)


def _held_statement(
    cue: CueMatch, noun: Token, anchor: Token, tokens: list[Token], lexicon: Lexicon
) -> Statement | None:
    """The statement of ``tokens`` when the noun names its holder, or a support verb
    makes it its subject's ("Cruz made a call for ...", "issued a call to ..."); None when
    no one is named."""
    speaker, attribution = _holder(noun, anchor, lexicon, subjects=False)
    if speaker is None:
        speaker, attribution = _supporter(noun, lexicon)
    if speaker is None:
        return None
    part = trim(tokens, noun.doc, lexicon)
    return Statement(cue, (part,), speaker, attribution) if part is not None else None


def _named_holder(noun: Token, child: Token) -> bool:
    """A person's or organisation's name right before the noun: "the Sanders claim to ...",
    "a White House pledge that ..."."""
    return (
        child.dep_ == COMPOUND
        and child.pos_ == "PROPN"
        and child.ent_type_ in _HOLDER_ENTITIES
        and child.i == noun.i - 1
        and noun.tag_ == "NN"
    )


def _verb_read_as_noun(noun: Token, child: Token) -> bool:
    """A sentence "Name claims that ..." parsed as one noun phrase: the name is the speaker."""
    return (
        noun.dep_ == ROOT
        and noun.tag_ == "NNS"
        and child.dep_ == COMPOUND
        and child.pos_ == "PROPN"
        and child.i == noun.i - 1
    )
