"""Affiliations in a noun phrase: the organisation, party, team or country spoken for.

Notes:
    An affiliation is read from pre-modifiers ("Transport Canada spokesperson", "Oilers
    captain", "Chilean Ambassador"), possessives ("Brightwater's chief executive") and
    "of/at/for/with/from" phrases ("an economist at Kestrel Capital"), with nationality words
    mapped to countries. It is always the article's own words. A person is never one, nor a
    place that is only where the holder of a private capacity lives ("a Denver resident").
"""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import Lexicon
from ..labels import (
    AFFILIATION_MODIFIERS,
    CASE_MARKER,
    COMPOUND_OR_POSSESSOR,
    NOUN_MODIFIERS,
    PREPOSITION_OBJECT,
)
from .roles import Role, entity_of, names_body
from .wording import article_words

_AFFILIATION_ENTS = frozenset({"ORG", "GPE", "NORP", "FAC"})
_PLACE_ENTS = frozenset({"GPE", "LOC"})
_LOOK_BACK = 3000
"""Tokens searched back for the full name of an institution named by its head noun."""


def affiliation_of(
    head: Token,
    tokens: list[Token],
    excluded: set[int],
    role: Role,
    lexicon: Lexicon,
) -> str | None:
    """Organisation or country before the role or name, or after "of/at/for/with/from".

    Args:
        head: The phrase's head.
        tokens: The phrase's tokens.
        excluded: Indices of the name and title tokens.
        role: The role the phrase states.
        lexicon: Language data.

    Returns:
        The affiliation as the article writes it (a nationality word as its country), or
        None. Of several before the role, a party or organisation comes before a place
        ("Florida Republican strategist" -> Republican).
    """
    keys = {role.key, role.capacity}
    portfolio = bool(keys & lexicon.portfolio_offices)
    places = not keys & lexicon.private_capacities
    offices = lexicon.titles | lexicon.role_nouns | lexicon.unnamed_heads
    found: list[tuple[bool, str]] = []
    for token in tokens:
        lower = token.lower_
        if token.i in excluded or token.i > head.i or not any(c.isalpha() for c in lower):
            continue
        if {lower, lower.rstrip("."), token.lemma_.lower()} & offices:
            continue
        if lower in lexicon.role_qualifiers or (portfolio and lower in lexicon.role_domains):
            continue
        if token.dep_ in AFFILIATION_MODIFIERS:
            value = _affiliation_phrase(token, lexicon, portfolio=portfolio, places=places)
            if value:
                found.append((_is_place(token, lexicon), value))
    if found:
        return min(found, key=lambda pair: pair[0])[1]
    prepositions = lexicon.affiliation_prepositions | lexicon.genitive_prepositions
    for token in tokens:
        if token.dep_ == PREPOSITION_OBJECT and token.head.lower_ in prepositions:
            if token.i in excluded or token.i == head.i or token.lower_ in lexicon.role_domains:
                continue
            value = _affiliation_phrase(token, lexicon, proper=True, places=places)
            if value:
                return value
    return None


def affiliation_after(head: Token, after: int, lexicon: Lexicon) -> str | None:
    """An "at/for/with X" phrase on a name after its appositive: "Ana Diaz, vice-president,
    at Norland Rail" (the parser hangs the phrase on the name)."""
    for child in head.rights:
        if child.i > after and child.lower_ in lexicon.affiliation_prepositions:
            objects = [g for g in child.children if g.dep_ == PREPOSITION_OBJECT]
            if objects:
                return _affiliation_phrase(objects[0], lexicon, proper=True)
    return None


def _is_place(token: Token, lexicon: Lexicon) -> bool:
    return token.ent_type_ in _PLACE_ENTS or token.lower_ in lexicon.demonyms


def _affiliation_phrase(
    token: Token,
    lexicon: Lexicon,
    *,
    proper: bool = False,
    portfolio: bool = False,
    places: bool = True,
) -> str | None:
    """The country, party or organisation ``token`` stands for, or None.

    Args:
        token: A modifier of the role or name, or the object of its preposition.
        lexicon: Language data.
        proper: ``token`` follows a preposition, where a proper noun names a body.
        portfolio: The role takes a portfolio word ("Energy Minister"), which is no part
            of the affiliation.
        places: A place or nationality may be the affiliation (not for a private capacity).
    """
    endings = sorted(lexicon.possessive_endings)
    lower = token.lower_
    for ending in endings:
        lower = lower.removesuffix(ending)
    if lower in lexicon.demonyms:
        return lexicon.demonyms[lower] if places else None
    if names_body(token, lexicon) and token.lower_ in lexicon.party_labels:
        return _without_possessive(article_words([token]), lexicon)
    if token.ent_type_ == "PERSON" and (not proper or len(entity_of(token) or ()) > 1):
        # "Ana Diaz's deputy", "Stein spokeswoman": a person is not whom one speaks for. A
        # lone word after a preposition is kept: small models label unfamiliar places and
        # firms PERSON ("the mayor of Riverton").
        return None
    if token.is_lower and token.lemma_.lower() in lexicon.institution_nouns:
        return _named_earlier(token, lexicon)
    named = token.ent_type_ in _AFFILIATION_ENTS
    modifier = (token.pos_ == "PROPN" or names_body(token, lexicon)) and (
        proper or token.dep_ in COMPOUND_OR_POSSESSOR
    )
    if not named and not modifier:
        return None
    if not places and token.ent_type_ in _PLACE_ENTS:
        return None
    ent = entity_of(token)
    if ent is not None and ent[0].ent_type_ in _AFFILIATION_ENTS:
        words = [t for t in ent if t.lower_ not in lexicon.name_articles]
        while words and words[-1].dep_ == CASE_MARKER:
            words.pop()
    else:
        words = [
            t
            for t in token.subtree
            if t.i == token.i
            or (t.i < token.i and t.text[:1].isupper() and t.dep_ in NOUN_MODIFIERS)
        ]
    if portfolio and not proper:
        # "Chilean Energy Minister": the portfolio word is not part of the affiliation.
        while len(words) > 1 and words[-1].lower_ in lexicon.role_domains:
            words.pop()
    if not words or any(t.lower_ in lexicon.honorifics for t in words):
        return None  # "a lawyer for Mr. Reyes": an honorific marks a person
    first = words[0].lower_
    if first in lexicon.demonyms and len(words) > 1 and words[-1].lower_ in lexicon.role_domains:
        return lexicon.demonyms[first]
    text = _without_possessive(article_words(words), lexicon)
    return lexicon.demonyms.get(text.lower(), text) or None


def _without_possessive(text: str, lexicon: Lexicon) -> str:
    for ending in sorted(lexicon.possessive_endings):
        if text.endswith(ending):
            return text[: -len(ending)]
    return text.rstrip("'\u2019")


def _named_earlier(token: Token, lexicon: Lexicon) -> str | None:
    """The full name of an institution the phrase names by its head noun: "director of the
    museum" after "the Norton Museum" was named. None when the article named no such
    institution before, or several.

    Notes:
        A definite description refers back to the most salient entity of its head noun
        (Poesio and Vieira 1998 on definite descriptions in news); only an unambiguous
        antecedent is taken, as a wrong affiliation is worse than none.
    """
    if not any(c.lower_ in lexicon.definite_determiners for c in token.lefts):
        return None
    doc = token.doc
    wanted = token.lemma_.lower()
    names: set[str] = set()
    for index in range(token.i - 1, max(-1, token.i - _LOOK_BACK), -1):
        earlier = doc[index]
        if earlier.lemma_.lower() != wanted or not earlier.text[:1].isupper():
            continue
        ent = entity_of(earlier)
        if ent is not None and ent[0].ent_type_ in _AFFILIATION_ENTS and len(ent) > 1:
            words = [t for t in ent if t.lower_ not in lexicon.name_articles]
            names.add(_without_possessive(article_words(words), lexicon))
    return names.pop() if len(names) == 1 else None


def party_of(head: Token, lexicon: Lexicon) -> str | None:
    """The party a bracketed tag after a name states: "Sen. Ana Diaz (D-Md.)" -> Democratic.

    Notes:
        US papers write a legislator's party letter and state in brackets right after the
        name (AP style: "(D-Md.)", "(R-Utah)", "(I)"); the letter must be a capital
        followed by a hyphen or the closing bracket, so "(I think)" states no party.
    """
    doc = head.doc
    opening = head.i + 1
    if opening + 2 >= len(doc) or doc[opening].text != "(":
        return None
    letter, hyphen, _ = doc[opening + 1].text.partition("-")
    if not letter.isupper() or letter.lower() not in lexicon.party_abbreviations:
        return None
    if not hyphen and doc[opening + 2].text not in ("-", ")"):
        return None
    return lexicon.party_abbreviations[letter.lower()]


def country_of_body(name: str, lexicon: Lexicon) -> str | None:
    """The country a body's name states: "US Fifth Fleet", or a seat of government."""
    lower = name.lower()
    if lower in lexicon.institution_countries:
        return lexicon.institution_countries[lower]
    first = lower.split()[0]
    if len(lower.split()) > 1 and first in lexicon.demonyms:
        return lexicon.demonyms[first]
    return None
