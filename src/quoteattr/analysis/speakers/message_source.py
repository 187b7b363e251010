"""A quote whose speaker is the source of a message noun beside it.

News introduces a block quote by naming the message it is and whose it is, with a colon
("... how the website rated this statement by Ana Ruiz on June 11:" and the quote as the
next paragraph), or names it right after the quote ('"...". That remark from Ana Ruiz
appeared on the front page ...'). The quote is that message, so its speaker is the
message's source: the object of "by" or "from" on the message noun, or its possessor
("Ruiz's statement:"). Only the lexicon's message nouns count ("statement", "quote",
"tweet"), and only a proper noun as a source.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import Lexicon
from ..labels import AGENT, NOMINAL_SUBJECTS, POSSESSOR, PREPOSITION, PREPOSITION_OBJECTS
from ..layout import Layout
from ..syntax import mark_after
from ..values import Draft

_INTRODUCING = ":"
_SENTENCE_ENDS = frozenset({".", "!", "?"})
_DEMONSTRATIVES = frozenset({"that", "this", "the"})
_PROPER_NOUN = "PROPN"
_ON_THE_VERB = frozenset({PREPOSITION, AGENT})
"""How the parse may hang a message noun's "by" phrase on its verb instead."""


def message_source(draft: Draft, layout: Layout, lexicon: Lexicon) -> int | None:
    """The head token of the source of a message noun that introduces the quote before a
    colon, or that re-mentions it as the subject of the sentence right after; or None."""
    before = _introduced_by(draft, layout, lexicon)
    return before if before is not None else _named_after(draft, layout, lexicon)


def _introduced_by(draft: Draft, layout: Layout, lexicon: Lexicon) -> int | None:
    """A message noun with a source in the sentence that ends with a colon right before the
    quote (the colon may end the paragraph before it)."""
    token = layout.token_at(draft.start)
    if token is None:
        return None
    doc = layout.doc
    index = token.i - 1
    while index >= 0 and (doc[index].is_quote or doc[index].is_space):
        index -= 1
    if index < 1 or doc[index].text != _INTRODUCING or layout.in_quote(doc[index]):
        return None
    first = layout.sentence_start(index)
    for candidate in range(index - 1, first - 1, -1):
        source = _source_of(doc[candidate], lexicon)
        if source is not None:
            return source.i
    return None


def _named_after(draft: Draft, layout: Layout, lexicon: Lexicon) -> int | None:
    """A message noun with a source, with a demonstrative or "the", as the subject of the
    sentence that starts right after the quote in its paragraph ("That remark from X ...")."""
    token = layout.token_at(draft.end - 1)
    if token is None:
        return None
    doc = layout.doc
    index = token.i + 1
    while index < len(doc) and (doc[index].is_quote or doc[index].is_punct):
        index += 1
    if index >= len(doc) or doc[index].is_space or layout.in_quote(doc[index]):
        return None
    opening = doc[index]
    if opening.lower_ not in _DEMONSTRATIVES:
        return None
    noun = opening.head
    if noun.dep_ not in NOMINAL_SUBJECTS:
        return None
    source = _source_of(noun, lexicon)
    return source.i if source is not None else None


def _source_of(noun: Token, lexicon: Lexicon) -> Token | None:
    """The proper noun a message noun is by, from, or of (as its possessor). A message
    noun inside a prepositional phrase is something else's topic ("faith in Ruiz's
    statements:"), not the message introduced, unless that phrase is a label of its own
    saying where the quote is from ("From Ruiz's Facebook post:", :func:`_source_label`).

    A "by" or "from" phrase right after the noun is the noun's wherever the parse hung it
    ("rated this statement by Ruiz": the parse may make "by Ruiz" the verb's)."""
    nouns = lexicon.message_nouns
    if not (noun.lower_ in nouns or noun.lemma_.lower() in nouns):
        return None
    if noun.dep_ in PREPOSITION_OBJECTS and not _source_label(noun, lexicon):
        return None
    doc = noun.doc
    after = noun.right_edge.i + 1
    prepositions = [c for c in noun.children if c.dep_ == PREPOSITION]
    if after < len(doc) and doc[after].dep_ in _ON_THE_VERB and doc[after].head.i == noun.head.i:
        prepositions.append(doc[after])
    for child in noun.children:
        if child.dep_ == POSSESSOR and child.pos_ == _PROPER_NOUN:
            return child
    for preposition in prepositions:
        if preposition.lower_ not in lexicon.agent_prepositions:
            continue
        for target in preposition.children:
            if target.dep_ in PREPOSITION_OBJECTS and target.pos_ == _PROPER_NOUN:
                return target
    return None


def _source_label(noun: Token, lexicon: Lexicon) -> bool:
    """The message noun is the object of a "from" or "by" that opens its sentence, the
    phrase a label ending at the colon ("From Ruiz's Facebook post:" before her words)."""
    preposition = noun.head
    if preposition.lower_ not in lexicon.agent_prepositions:
        return False
    if mark_after(noun, _INTRODUCING) is None:
        return False
    doc = noun.doc
    before = preposition.i - 1
    if before >= 0 and doc[before].is_quote:
        before -= 1  # '... Cruz." From ...'
    return before < 0 or doc[before].is_space or doc[before].text in _SENTENCE_ENDS
