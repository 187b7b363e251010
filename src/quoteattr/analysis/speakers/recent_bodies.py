"""The organisation a definite common noun takes up: "the group's director" or "an adviser
to the group" after the article named one organisation just before ("Harbor Watch").

News names an organisation once and then calls it by what it is ("the group", "the
company", "the agency"). :mod:`.bodies` reads such a noun as an affiliation only when the
organisation's name holds the noun ("the museum" after "the Norton Museum"); this reads
the one organisation the sentence and the one before it name, whatever its name holds.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...lexicon import Lexicon
from ..labels import ADJECTIVAL_MODIFIER
from .affiliation_words import entity_of
from .wording import article_words, definite, leading_article_off

_ORGANISATION = "ORG"


def one_body_before(token: Token, lexicon: Lexicon) -> str | None:
    """The name of the one organisation named in ``token``'s sentence before it or in the
    sentence before, when ``token`` is a definite common noun of a body ("the group");
    None when there is none, or more than one.

    Notes:
        A definite description takes up the most salient entity it fits, most often one
        of the last sentence or two (Poesio and Vieira 1998 on definite descriptions in
        news). Only an unambiguous antecedent is taken, as a wrong affiliation is worse
        than none: with two organisations named ("Acme sued Bolt; the company said"),
        the noun names neither. An entity used as a common noun ("a newly formed super
        PAC") names no one organisation, and is not counted. The name is returned as
        written, a possessive ending and all ("Harbor Watch's"): the caller cuts it.
    """
    if not token.is_lower or token.lemma_.lower() not in lexicon.body_anaphors:
        return None
    if not definite(token, lexicon):
        return None
    doc = token.doc
    sentence = token.sent
    start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    names: set[str] = set()
    index = start
    while index < token.i:
        word = doc[index]
        if word.ent_iob_ != "B" or word.ent_type_ != _ORGANISATION:
            index += 1
            continue
        ent = entity_of(word)
        assert ent is not None  # the word begins an entity
        index = ent.end
        if ent.end <= token.i and not _common_use(ent, lexicon):
            names.add(article_words(leading_article_off(list(ent), lexicon)))
        if len(names) > 1:
            return None
    return names.pop() if names else None


def _common_use(ent: Span, lexicon: Lexicon) -> bool:
    """The entity is used as a common noun: its head takes an indefinite article or an
    adjective outside it ("a super PAC", "a new Acme"), which a name does not."""
    return any(
        (child.dep_ == ADJECTIVAL_MODIFIER or child.lower_ in lexicon.indefinite_determiners)
        and not ent.start <= child.i < ent.end
        for child in ent.root.lefts
    )
