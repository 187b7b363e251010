"""The subject of an absolute clause: "with <noun phrase> <participle>".

Notes:
    An absolute clause adds a participle and its own subject to a sentence, after a
    preposition: "The bill stalled, with Diaz and Ng both calling for a vote." The noun
    phrase after "with" is the participle's subject (Quirk et al. 1985 on absolute
    clauses). Small parsers often hang the participle on the main verb with no subject of
    its own, or make a floating quantifier ("both", "all") its subject; the speaker is then
    the main clause's subject, which says nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import Lexicon
from ..labels import ACTIVE_SUBJECTS, APPOSITION, PREPOSITION, PREPOSITION_OBJECT

_GERUND = "VBG"
_CLAUSE_HEADS = frozenset({"VERB", "AUX"})


def absolute_subject(verb: Token, lexicon: Lexicon) -> Token | None:
    """The noun phrase an absolute "with" sets right before the participle ``verb``
    ("with Diaz and Ng both calling for ..." -> Diaz), or None.

    Only a participle whose own subject is missing or a distributive word ("both",
    "each") is read: a subject of its own is the speaker. A participle the parse hung on
    a floating quantifier set beside a noun phrase is that phrase's too.
    """
    if verb.tag_ != _GERUND or verb.head.i == verb.i:
        return None
    head = verb.head
    if head.dep_ == APPOSITION and _floating(head, lexicon) and head.head.i < head.i:
        # "with Diaz, Ng and Li all calling ...": the parse hung the participle on "all",
        # set beside the names.
        return head.head
    subjects = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS]
    if any(not _floating(s, lexicon) for s in subjects):
        return None
    end = verb.i - 1
    while end >= 0 and _floating(verb.doc[end], lexicon):
        end -= 1
    if end < 0:
        return None
    for phrase in (verb.doc[end], *verb.doc[end].ancestors):
        if phrase.pos_ in _CLAUSE_HEADS:
            return None  # the words before the participle end a clause, not a phrase
        if phrase.dep_ == PREPOSITION_OBJECT and _opens_absolute(phrase.head, lexicon):
            return phrase if phrase.right_edge.i < verb.i else None
    return None


def _opens_absolute(preposition: Token, lexicon: Lexicon) -> bool:
    return preposition.dep_ == PREPOSITION and preposition.lower_ in lexicon.absolute_prepositions


def _floating(token: Token, lexicon: Lexicon) -> bool:
    """A quantifier floated off its noun phrase ("both", "each", "all")."""
    return token.lower_ in lexicon.distributives
