"""The words of a body's name: where it begins and ends.

:func:`body_words` gives the words of the organisation or place a word names: its entity,
ended at a possessive ("[Fox News' Sean Hannity]"), less an office and its qualifiers, a
name in apposition or a modifier the parse hangs outside it, and carried on through a
preposition the recogniser cut it at; or its run of capitalised modifiers, read whole, with
a lower-case word between two of them ("Corriere della Sera"). An entity across a dash
names no one body. :mod:`.bodies` reads the body's name from these words.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...lexicon import Lexicon
from ..labels import (
    ADJECTIVAL_MODIFIER,
    APPOSITION,
    CASE_MARKER,
    COMPOUND,
    COMPOUND_OR_POSSESSOR,
    NOMINAL_MODIFIER,
    NOUN_MODIFIERS,
    PREPOSITION_OBJECT,
)
from ..syntax import is_dash
from ..wordsets import union
from .affiliation_words import names_body
from .wording import leading_article_off, office_before_name, possessive_mark, word_fragment

_AFFILIATION_ENTS = frozenset({"ORG", "GPE", "NORP", "FAC"})


def body_words(
    token: Token, ent: Span | None, lexicon: Lexicon, *, proper: bool
) -> list[Token] | None:
    """The words of the organisation or place ``token`` names: its entity ``ent``, or its
    run of capitalised modifiers; None when it names none."""
    named = token.ent_type_ in _AFFILIATION_ENTS
    acronym = token.text.isupper() and len(token.text) > 1  # "IMF chief economist"
    # "Pfizer chief executive": a name modifying a lowercase role as a whole ("nmod").
    whole = token.dep_ == NOMINAL_MODIFIER and token.head.pos_ == "NOUN"
    modifier = (token.pos_ == "PROPN" or names_body(token, lexicon)) and (
        proper
        or whole
        or token.dep_ in COMPOUND_OR_POSSESSOR
        or (acronym and token.dep_ in NOUN_MODIFIERS)
    )
    if not named and not modifier:
        return None
    if not named and not proper and not token.text[:1].isupper():
        return None  # "longtime" tagged a proper noun before a role: no body's name
    if not named and token.lower_ in lexicon.relation_nouns:
        return None  # "Wife" capitalised in a headline
    if ent is not None and _across_dash(ent):
        return None
    if ent is not None and ent[0].ent_type_ in _AFFILIATION_ENTS:
        # "[Fox News' Sean Hannity]" as one entity: the body ends at its possessive.
        mark = next((t.i for t in ent if t.i > token.i and possessive_mark(t, lexicon)), None)
        apposed = _apposed_pieces(token, ent)
        words = leading_article_off(
            [t for t in ent if (mark is None or t.i < mark) and t.i not in apposed], lexicon
        )  # "Rock the Block" keeps its inner article
        while words and words[-1].dep_ == CASE_MARKER:
            words.pop()
        # "[the Ohio Republican National Committeewoman]": her office and its qualifiers.
        words = _without_office(words, token, lexicon)
        if mark is None and words and words[-1].pos_ == "ADP":
            words = _through_preposition(words)
        # "[Top Republican Party] donor": a modifier the recogniser took into the name but
        # the parse hangs outside it describes the role, not the body.
        while (
            len(words) > 1
            and words[0].dep_ == ADJECTIVAL_MODIFIER
            and not ent.start <= words[0].head.i < ent.end
        ):
            words.pop(0)
        return words
    run = range(token.i, _whole_compound(token, lexicon).i + 1)
    token = token.doc[run[-1]]
    subtree = list(token.subtree)
    kept = {
        t.i
        for t in subtree
        if t.i in run or (t.i < token.i and t.text[:1].isupper() and t.dep_ in NOUN_MODIFIERS)
    }
    # A lower-case word of the name between two of its capitalised ones ("Corriere della
    # Sera", "Eco di Roma") is one of its words: the body is named as the article writes it.
    first = min(kept)
    words = [
        t
        for t in subtree
        if t.i in kept or (first < t.i < token.i and t.dep_ == COMPOUND and t.is_lower)
    ]
    # Words of the run the parse hung beside its last, not on it ("WXYZ Morning Show").
    return sorted({*words, *(token.doc[i] for i in run)}, key=lambda t: t.i)


def _whole_compound(token: Token, lexicon: Lexicon) -> Token:
    """The last word of the run of proper nouns ``token`` begins ("Acme" in "Acme Labs
    co-founder" -> "Labs"), so that the run is read whole.

    Notes:
        The run's words are capitalised proper nouns, no office among them, each hung as a
        compound or possessor on a later word of the run or on the word the run modifies;
        the parse may hang them all on the role noun ("WXYZ Morning Show anchor") or
        on the run's last word ("Harbor Morning Show anchor"); an occupation written
        capitalised ends it too ("Morning Show Anchor Nina Holt")."""
    offices = union(lexicon.titles, lexicon.role_nouns, lexicon.occupation_nouns)
    doc = token.doc
    last = token
    for word in doc[token.i + 1 : token.head.i + 1]:
        if not (
            word.pos_ == "PROPN"
            and word.text[:1].isupper()
            and word.lower_ not in offices
            # "Liberal Harlan Voss": a person's name begun after the run's first word ends it
            and not (word.ent_type_ == "PERSON" and word.ent_iob_ == "B")
            and word.dep_ in COMPOUND_OR_POSSESSOR
            and word.head.i > word.i
        ):
            break
        if all(
            i < doc[i].head.i <= word.i or doc[i].head.i == word.head.i
            for i in range(token.i, word.i)
        ):
            last = word
    return last


def _across_dash(ent: Span) -> bool:
    """A dash inside ``ent``: a dateline the recogniser ran into a name ("[Norway - Ana]
    Diaz"), which names no one body."""
    return any(is_dash(word) for word in ent)


def _without_office(words: list[Token], token: Token, lexicon: Lexicon) -> list[Token]:
    """A body's ``words`` without the office ending them, and its qualifiers ("Ohio
    Republican [National Committeewoman]"), or without an office and the person's name
    after it ("Harbor Bank [Economist Nina Holt]": :func:`.wording.office_before_name`),
    the recogniser took into the body's name; the word read, ``token``, stays."""
    offices = union(lexicon.titles, lexicon.role_nouns)
    own = next((n for n, t in enumerate(words) if t.i == token.i), None)
    named = office_before_name(words, own, lexicon) if own is not None else None
    if named is not None:
        end = named
    elif len(words) >= 2 and words[-1].lower_ in offices and words[-1].i > token.i:
        end = len(words) - 1
    else:
        return words
    while (
        end > 1
        and words[end - 1].i > token.i
        and (words[end - 1].lower_ in lexicon.role_qualifiers or word_fragment(words[end - 1]))
    ):
        end -= 1  # "Harbor News [co-Anchor ...]": a hyphenated office's parts go with it
    return words[:end]


def _apposed_pieces(token: Token, ent: Span) -> set[int]:
    """The words of ``ent`` in another phrase than ``token``'s, one the parse sets in
    apposition (:func:`entity_piece`): a name the recogniser ran into a body's ("Speaker of
    [the House Tom Hale]") is no word of the body's name."""
    tops = {t.i: entity_piece(t, ent) for t in ent}  # each word's walk made once
    own = tops[token.i]
    apposed = {top for top in set(tops.values()) if top != own and ent.doc[top].dep_ == APPOSITION}
    return {i for i, top in tops.items() if top in apposed}


def entity_piece(token: Token, ent: Span) -> int:
    """The word of ``ent`` whose phrase holds ``token``: its last ancestor inside the
    entity. An entity the recogniser ran over two phrases ("Speaker of [the House Tom
    Hale]", the name an apposition of "Speaker") has two such words; a body's name is the
    words of one."""
    while ent.start <= token.head.i < ent.end and token.head.i != token.i:
        token = token.head
    return token.i


def _through_preposition(words: list[Token]) -> list[Token]:
    """A body's name the recogniser cut after its preposition ("[the Syriac Diocese
    of] [Aleppo]"): carried on through the proper noun and its compounds the
    preposition governs, or cut before the preposition when it governs none."""
    preposition = words[-1]
    objects = [c for c in preposition.children if c.dep_ == PREPOSITION_OBJECT]
    if objects and objects[0].pos_ == "PROPN" and objects[0].i > preposition.i:
        return [*words, *preposition.doc[preposition.i + 1 : objects[0].i + 1]]
    return words[:-1]
