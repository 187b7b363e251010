"""The body a clause says a person leads or works for.

A leading verb's object ("who heads the Harbor Trust", "took the helm at X", "the group she
founded"), the noun a passive leading verb with the person as its agent modifies ("a fund
founded by Diaz") and the object of a verb of working ("works for X", "teaches at Harbor
College") each give a description with that body as its affiliation and no role, which
:mod:`.predicates` reads of the person; and the lemma a leading verb is known by
(:func:`verb_lemma`: "who helped found the DLC").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ...lexicon import Lexicon
from ...records import SpeakerKind
from ..labels import (
    AGENT,
    APPOSITION,
    CLAUSAL_MODIFIER,
    COMPOUND,
    DIRECT_OBJECT,
    PASSIVE_SUBJECT,
    PREPOSITION,
    PREPOSITION_OBJECTS,
    RELATIVE_CLAUSE,
)
from ..layout import Layout
from ..syntax import asserted
from ..wordsets import union
from .affiliations import body_named
from .mentions import Mention

_PAST_TAG = "VBD"


def led_bodies(verb: Token, lexicon: Lexicon) -> Iterator[Mention]:
    """The body a leading verb's object names ("who heads the Harbor Trust"), or the object
    of "of" or "at" after an object that names leading ("took the helm at the Harbor
    Trust"), as a description with that affiliation and no role. In a relative clause
    whose object is the noun it modifies ("the Harbor League, the group she founded"), that
    noun, or the name it stands beside."""
    if verb.dep_ == RELATIVE_CLAUSE and not any(c.dep_ == DIRECT_OBJECT for c in verb.children):
        mention = _body_mention(_named_beside(verb.head), lexicon)
        if mention is not None:
            yield mention
        return
    for child in verb.children:
        if child.dep_ != DIRECT_OBJECT:
            continue
        led = [child]
        if child.lemma_.lower() in lexicon.leading_objects:
            of = union(lexicon.genitive_prepositions, lexicon.affiliation_prepositions)
            # "took the helm at X": the phrase hangs on the object or on the verb.
            led = [
                target
                for phrase in (*child.children, *verb.children)
                if phrase.lower_ in of
                for target in phrase.children
                if target.dep_ in PREPOSITION_OBJECTS
            ]
        yield from (m for t in led if (m := _body_mention(t, lexicon)) is not None)


def employers(verb: Token, prepositions: frozenset[str], lexicon: Lexicon) -> Iterator[Mention]:
    """The body a verb of working names after one of ``prepositions`` ("works for the
    Harbor Trust", "writing for the Los Angeles Times", "teaches at Harbor College"), as a
    description with that affiliation and no role; a person worked for names none. The
    phrase may hang on the verb's object ("studies tax policy at X")."""
    objects = (c for c in verb.children if c.dep_ == DIRECT_OBJECT)
    for phrase in (*verb.children, *(p for o in objects for p in o.children)):
        if phrase.dep_ != PREPOSITION or phrase.lower_ not in prepositions:
            continue
        for target in phrase.children:
            if target.dep_ not in PREPOSITION_OBJECTS:
                continue
            mention = _body_mention(target, lexicon)
            if mention is None and target.pos_ == "NOUN":
                # "writing for a Los Angeles Times panel": the body whose panel it is.
                owners = (c for c in target.lefts if c.dep_ == COMPOUND and c.pos_ == "PROPN")
                mention = next((m for o in owners if (m := _body_mention(o, lexicon))), None)
            if mention is not None:
                yield mention


def _body_mention(target: Token, lexicon: Lexicon) -> Mention | None:
    """The phrase headed by ``target`` as a description with the body it names as its
    affiliation and no role, or None when it names no body (a person, a cause)."""
    body = body_named(target, lexicon)
    if body is None:
        return None
    start, end = target.left_edge.idx, target.right_edge.idx + len(target.right_edge)
    return Mention(target.i, start, end, None, None, None, body, SpeakerKind.PERSON)


def led_by(name: Token, layout: Layout, lexicon: Lexicon) -> Iterator[Mention]:
    """The body a passive leading verb says ``name`` leads ("a hedge fund founded by Ana
    Diaz", "the Harbor Trust, which is led by Diaz", "Acme Labs is run by Diaz"), as a
    description with that affiliation and no role.

    Notes:
        The agent of a passive is the active verb's subject, so "X is run by Diaz" states
        what "Diaz runs X" does. The body is the noun the participle or relative clause
        modifies, or the passive's subject; a common noun apposed to a name stands for the
        name ("Paulson Partners, a hedge fund founded by ..."). A common noun alone ("the
        inquiry was led by Diaz") names no body.
    """
    agent = name.head
    if name.dep_ not in PREPOSITION_OBJECTS or agent.dep_ != AGENT:
        return
    verb = agent.head
    if verb_lemma(verb, lexicon) not in lexicon.leading_verbs:
        return
    if layout.in_quote(verb) or not asserted(verb):
        return
    if verb.dep_ in (CLAUSAL_MODIFIER, RELATIVE_CLAUSE):
        led: Token | None = verb.head
    else:
        led = next((c for c in verb.lefts if c.dep_ == PASSIVE_SUBJECT), None)
    if led is None:
        return
    led = _named_beside(led)
    body = body_named(led, lexicon)
    if body is not None:
        # From the body to the name: the reading's words are found there.
        last = name.doc[max(led.right_edge.i, name.right_edge.i)]
        start, end = min(led.left_edge.idx, agent.idx), last.idx + len(last)
        yield Mention(verb.i, start, end, None, None, None, body, SpeakerKind.PERSON)


def _named_beside(noun: Token) -> Token:
    """The name a common noun is apposed to, which it stands for ("Paulson Partners, a
    hedge fund founded by ..."), or the noun itself."""
    if noun.dep_ == APPOSITION and noun.pos_ == "NOUN":
        return noun.head
    return noun


def verb_lemma(verb: Token, lexicon: Lexicon) -> str:
    """The verb's lemma; for "found" not in the past tense, "found": the tagger reads the
    base form after "helped" as the participle of "find" ("who helped found the DLC")."""
    if verb.lower_ in lexicon.leading_verbs and verb.tag_ != _PAST_TAG:
        return verb.lower_
    return verb.lemma_.lower()
