"""A person where a body is read: a word that names a person names no body one speaks for.

An entity labelled a person, with no organisation word or office in it
(:func:`labelled_person`), or the surname of a person the article named in full before it,
whatever its label (:func:`named_person`, looked up among the document's full names by
their last word), names a person; a body's noun after it names the person's organisation
("the Clinton campaign", :func:`persons_body`). :mod:`.bodies` reads a word with them.
"""

from __future__ import annotations

import functools

import numpy
from spacy.attrs import ENT_IOB
from spacy.tokens import Doc, Span, Token

from ...lexicon import Lexicon
from ..labels import CASE_MARKER, COMPOUND_OR_POSSESSOR, POSSESSOR
from ..wordsets import union
from .wording import article_words

_PERSON_ENT = "PERSON"
_INSIDE = Token.iob_strings().index("I")
LOOK_BACK = 3000
"""Tokens searched back for an earlier mention: the full name of a person a surname
stands for here, and (in :mod:`.bodies`) of an institution named by its head noun."""


def labelled_person(ent: Span | None, lexicon: Lexicon) -> bool:
    """The entity ``ent`` is a PERSON without an organisation word or an office ("Acme
    Labs" is a firm whatever the label: small models label unfamiliar firms PERSON)."""
    if ent is None or ent[0].ent_type_ != "PERSON":
        return False
    bodies = union(lexicon.organization_words, lexicon.media_words, lexicon.government_words)
    offices = union(lexicon.titles, lexicon.role_nouns)
    # "Charlotte Mayor Jennifer Roberts" labelled PERSON as one chunk: the label says
    # nothing of the words before the office.
    return not any(t.lower_ in bodies or t.lower_.rstrip(".") in offices for t in ent)


def named_person(token: Token, ent: Span | None, lexicon: Lexicon) -> bool:
    """``token`` is the surname of a person the article named in full before it, whatever
    the entity label here (small models label a surname used as a modifier ORG, and a full
    name too: "Sara Lindqvist" as ORG, known by its first name). ``ent`` is the entity
    holding ``token``."""
    if not token.text[:1].isupper() or (ent is not None and len(ent) > 1):
        return False  # "Clinton Foundation": a word of an organisation's name
    doc = token.doc
    floor = token.i - LOOK_BACK
    for index, start in reversed(_full_names(doc).get(token.text, ())):
        if index >= token.i:
            continue
        if index <= floor:
            break
        first = doc[start]
        if first.ent_type_ == _PERSON_ENT or first.lower_ in lexicon.first_name_genders:
            return True
    return False


@functools.lru_cache(maxsize=1)
def _full_names(doc: Doc) -> dict[str, list[tuple[int, int]]]:
    """The entities of ``doc`` of two words or more that may be people, by the text of
    their last word, in order, each as the positions of its last and first words: the
    PERSON entities, and those of two or three capitalised words under another label,
    which :func:`named_person` takes when a first name opens them.

    Notes:
        Made once per document (the cache holds the last one) so that the look-back of
        :func:`named_person` costs the full names that end in that word, not every token
        before; only the last word of such a name is read for its text. The entities of
        two words or more are found from the IOB column, each a run of inside tags after
        its first word: only their words become Tokens (``doc.ents`` makes a Span of
        every entity, most of them of one word).
    """
    person = doc.vocab.strings[_PERSON_ENT]
    runs: list[list[int]] = []  # [first, end] of each entity with an inside word
    for index in numpy.flatnonzero(doc.to_array(ENT_IOB) == _INSIDE).tolist():
        if runs and runs[-1][1] == index:
            runs[-1][1] = index + 1
        else:
            runs.append([index - 1, index + 1])
    found: dict[str, list[tuple[int, int]]] = {}
    for start, end in runs:
        size = end - start
        if doc[start].ent_type == person or (
            size <= 3 and all(doc[i].text[:1].isupper() for i in range(start, end))
        ):
            found.setdefault(doc[end - 1].text, []).append((end - 1, start))
    return found


def persons_body(token: Token, ent: Span | None, lexicon: Lexicon) -> str | None:
    """A person's organisation named after them: "Clinton campaign", "Ana Diaz's campaign
    manager"; for the body itself speaking ("the Trump team"), the person it belongs to.
    ``ent`` is the entity holding ``token``."""
    doc = token.doc
    after = token.i + 1
    while after < len(doc) and doc[after].dep_ == CASE_MARKER:
        after += 1
    if after >= len(doc):
        return None
    body = doc[after]
    if not body.is_lower or body.lemma_.lower() not in lexicon.organization_words:
        return None
    start = ent.start if ent is not None and ent[0].ent_type_ == "PERSON" else token.i
    sibling = body.head.i == token.head.i and body.dep_ in COMPOUND_OR_POSSESSOR
    if sibling or (body.i == token.head.i and body.dep_ in COMPOUND_OR_POSSESSOR):
        return article_words(doc[start : body.i + 1])
    if body.i != token.head.i or token.dep_ == POSSESSOR:
        return None  # "Clinton's campaign" speaking
    # "the Trump team" speaking: the body is the phrase itself, and the person it is
    # named after tells it apart from other teams.
    return article_words(doc[start : token.i + 1])
