"""Statements introduced by a source phrase or a noun cue.

"according to X, ...", "..., according to X", "the claim that ...", "reports that ...".
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from spacy.tokens import Doc, Token

from ...records import Attribution
from ..cues import CueMatch
from ..syntax import is_complementizer_that, is_finite, opened_by_that, outside, trim
from ..values import Statement

_REPORT_NOUN_VERBS = frozenset({"emerge", "surface", "circulate", "say", "suggest", "indicate"})


def framed_verb(according: Token) -> Token:
    """The verb whose clause "according to X" frames (``according`` itself when it is the root)."""
    head = according.head
    while head.pos_ not in ("VERB", "AUX") and head.dep_ != "ROOT" and head.head.i != head.i:
        head = head.head
    return head


def according_to_statement(cue: CueMatch, doc: Doc) -> Statement | None:
    according = doc[cue.head]
    to = doc[cue.last]
    sources = [c for c in to.children if c.dep_ == "pobj"]
    source = sources[0].i if sources else None
    head = framed_verb(according)
    if head.i == according.i:
        return _according_to_surface(cue, doc, source)
    parts = outside(head, according, doc)
    if not parts:
        return None
    return Statement(cue, parts, source, Attribution.ACCORDING_TO)


def _according_to_surface(cue: CueMatch, doc: Doc, source: int | None) -> Statement | None:
    """"According to X, <statement>." when the parser made "according" the root."""
    according = doc[cue.head]
    start = according.i
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    end = according.i + 1
    while end < len(doc) and not doc[end].is_sent_start:
        end += 1
    comma = next((t for t in doc[cue.last + 1 : end] if t.text == ","), None)
    if according.i != start or comma is None:
        return None
    part = trim(list(doc[comma.i + 1 : end]), doc)
    if part is None:
        return None
    return Statement(cue, (part,), source, Attribution.ACCORDING_TO)


def _before_stray_verb(clause: Token) -> list[Token]:
    """The clause's tokens up to a second finite verb the parser swallowed.

    "The statement that the border would reopen calmed traders": small parsers hang the
    main verb ("calmed") inside the content clause; a verb right after the clause's own
    verb group starts the main clause again.
    """
    tokens = list(clause.subtree)
    passive = any(c.dep_ == "auxpass" for c in clause.children)
    objects = [c for c in clause.children if c.dep_ == "dobj" and c.i > clause.i]
    if passive and objects:
        # A passive verb takes no object: "... would be demolished alarmed supporters".
        return [t for t in tokens if t.i < objects[0].left_edge.i]
    for token in tokens:
        if token.i <= clause.i or token.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
            continue
        previous = token.doc[token.i - 1]
        after_verb = previous.i >= clause.i and previous.pos_ in ("VERB", "AUX", "PART", "ADV")
        own_group = any(c.dep_ in ("aux", "auxpass") for c in token.children) or previous.dep_ in (
            "aux",
            "auxpass",
        )
        if after_verb and token.dep_ != "conj" and not own_group:
            return [t for t in tokens if t.i < token.i]
    return tokens


def noun_statement(
    cue: CueMatch,
    doc: Doc,
    infinitive_nouns: frozenset[str] = frozenset(),
    prepositions: Mapping[str, frozenset[str]] = MappingProxyType({}),
) -> Statement | None:
    noun = doc[cue.head]
    if cue.lemma in infinitive_nouns:
        marker = _infinitive_marker(noun)
        if marker is not None:
            return _infinitive_statement(cue, noun, marker)
    if cue.lemma in prepositions:
        statement = _prepositional_statement(cue, noun, prepositions[cue.lemma])
        if statement is not None:
            return statement
    clause = next(
        (
            c
            for c in noun.children
            if c.dep_ in ("acl", "ccomp", "relcl")
            and c.i > noun.i
            and (opened_by_that(c) or is_complementizer_that(c.left_edge))
        ),
        None,
    )
    if clause is None:
        clause = _clause_hung_elsewhere(noun)
    if clause is None:
        framing = _by_own_word(cue, noun, doc)
        if framing is not None:
            return framing
    if clause is None and noun.dep_ in ("nsubj", "nsubjpass"):
        verb = noun.head
        if verb.lemma_ in _REPORT_NOUN_VERBS:
            clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None:
        return None
    part = trim([t for t in _before_stray_verb(clause) if t.i > noun.i], doc)
    if part is None:
        return None
    speaker, attribution = _holder(noun, clause, subjects=True)
    return Statement(cue, (part,), speaker, attribution)


def _clause_hung_elsewhere(noun: Token) -> Token | None:
    """A content clause right after the noun that the parser hung on another word.

    "targets for Trump's false claims that he is an advocate ..." is often parsed with
    "he is ..." as a complement of the main verb, and "On Trump's assertion there are
    generals ..." with the clause as the sentence's. The clause counts when it opens right
    after the noun with a complementizer "that" and a subject, or, without "that", with its
    subject and is itself a complement (not "Despite his claims Trump won").
    """
    doc = noun.doc
    after = noun.i + 1
    if after >= len(doc) or noun.dep_ == "compound":
        return None  # "his disclosure report provides ...": the noun only modifies a noun
    first = doc[after]
    clause = first.head
    if clause.i <= first.i or clause.head.i == noun.i or not is_finite(clause):
        return None
    if first.lower_ == "that" and first.dep_ == "mark":
        subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)
        return clause if subject else None
    if first.dep_ in ("nsubj", "nsubjpass", "expl") and clause.dep_ == "ccomp":
        return clause
    return None


def _by_own_word(cue: CueMatch, noun: Token, doc: Doc) -> Statement | None:
    """"By his own admission, his returns are thicker than ...": the clause the phrase opens
    is the holder's statement, as with "according to"."""
    by = noun.head
    verb = by.head
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if (
        noun.dep_ != "pobj"
        or by.lower_ != "by"
        or owner is None
        or verb.pos_ not in ("VERB", "AUX")
        or not by.i < verb.i
        or by.i != by.left_edge.i
    ):
        return None
    parts = outside(verb, by, doc)
    if len(parts) != 1 or parts[0][0] < by.idx:
        return None  # only a fronted phrase: "..., by his own admission" is left alone
    return Statement(cue, parts, owner.i, Attribution.POSSESSIVE)


def _holder(noun: Token, clause: Token, *, subjects: bool) -> tuple[int | None, Attribution]:
    """Whose claim or pledge a cue noun names: its possessor ("the senator's claim") or a
    name right before it ("the Sanders claim"), a "by" or "from" agent before the clause ("claims by officials that"), and with
    ``subjects`` a subject the parser gave the noun ("Trump claims that ..." with the verb
    tagged as a noun). The last one found wins."""
    speaker: int | None = None
    attribution = Attribution.NONE
    for child in noun.children:
        if child.dep_ == "poss" or _named_holder(noun, child):
            speaker, attribution = child.i, Attribution.POSSESSIVE
        elif subjects and (child.dep_ == "nsubj" or _verb_read_as_noun(noun, child)):
            speaker, attribution = child.i, Attribution.SUBJECT
        elif child.dep_ == "prep" and child.lower_ in ("by", "from") and child.i < clause.i:
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects:
                speaker, attribution = objects[0].i, Attribution.POSSESSIVE
    return speaker, attribution


def _infinitive_marker(noun: Token) -> Token | None:
    """The "to" of the infinitive that completes a cue noun ("a pledge to cut taxes")."""
    for clause in noun.children:
        if clause.dep_ in ("acl", "relcl", "xcomp") and clause.i > noun.i:
            marker = next((g for g in clause.children if g.tag_ == "TO" and g.i < clause.i), None)
            if marker is not None:
                return marker
    return None


def _prepositional_statement(
    cue: CueMatch, noun: Token, prepositions: frozenset[str]
) -> Statement | None:
    """What a named holder's "call for" asks for: "his call for a temporary ban on ...".
    As with an infinitive, no one named means no statement ("amid calls for calm")."""
    prep = next(
        (c for c in noun.children if c.dep_ == "prep" and c.lower_ in prepositions and c.i > noun.i),
        None,
    )
    objects = [g for g in prep.children if g.dep_ in ("pobj", "pcomp")] if prep is not None else []
    if not objects:
        return None
    speaker, attribution = _holder(noun, objects[0], subjects=False)
    if speaker is None:
        return None
    part = trim([t for o in objects for t in o.subtree], noun.doc)
    return Statement(cue, (part,), speaker, attribution) if part is not None else None


def _infinitive_statement(cue: CueMatch, noun: Token, marker: Token) -> Statement | None:
    """A commitment or demand named by a noun: its speaker is the possessor ("Trump's
    threat to ...") or a "by" or "from" agent ("a request from Democrats to ..."). The subject
    of a verb taking the noun is not enough ("the judge rejected a request to ..."), and
    with no one named there is no statement."""
    clause = marker.head
    speaker, attribution = _holder(noun, clause, subjects=False)
    if speaker is None:
        return None
    part = trim([t for t in _before_stray_verb(clause) if t.i >= marker.i], noun.doc)
    if part is None:
        return None
    return Statement(cue, (part,), speaker, attribution)


def _named_holder(noun: Token, child: Token) -> bool:
    """A person's or organisation's name right before the noun: "the Sanders claim to ...",
    "a White House pledge that ..."."""
    return (
        child.dep_ == "compound"
        and child.pos_ == "PROPN"
        and child.ent_type_ in ("PERSON", "ORG", "NORP")
        and child.i == noun.i - 1
        and noun.tag_ == "NN"
    )


def _verb_read_as_noun(noun: Token, child: Token) -> bool:
    """A sentence "Name claims that ..." parsed as one noun phrase: the name is the speaker."""
    return (
        noun.dep_ == "ROOT"
        and noun.tag_ == "NNS"
        and child.dep_ == "compound"
        and child.pos_ == "PROPN"
        and child.i == noun.i - 1
    )
