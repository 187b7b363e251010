"""Roles and affiliations in a noun phrase: "Defense Minister", "researcher at X", "US".

Notes:
    A role is a role noun with its pre-modifiers and post-modifying phrases; an affiliation
    is the organisation or country a phrase says its referent speaks for, read from
    pre-modifiers, possessives and "of/at/for/with" phrases, with nationality words mapped
    to countries.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...lexicon import Lexicon
from ..labels import (
    AFFILIATION_MODIFIERS,
    CASE_MARKER,
    COMPOUND_OR_POSSESSOR,
    DETACHED_PHRASES,
    NOUN_MODIFIERS,
    POSSESSOR,
    PREPOSITION,
    PREPOSITION_OBJECT,
    ROLE_MODIFIERS,
)
from ..wordsets import union

_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_AFFILIATION_ENTS = frozenset({"ORG", "GPE", "NORP", "FAC"})
_INSIDE = Token.iob_strings().index("I")


def entity_of(token: Token) -> Span | None:
    """The named entity holding ``token``, read from its IOB tags (no scan of ``doc.ents``)."""
    if not token.ent_type:
        return None
    doc = token.doc
    start = token.i
    # The integer tags (1 is "I", inside an entity): no string look-up per word.
    while start > 0 and doc[start].ent_iob == _INSIDE:
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob == _INSIDE:
        end += 1
    return doc[start:end]


def role_of(
    head: Token, tokens: list[Token], excluded: set[int], lexicon: Lexicon, appositive: bool
) -> tuple[str | None, str | None]:
    """The office or capacity in the phrase, and its head noun.

    Notes:
        The role is a role noun with its non-affiliation pre-modifiers ("Defense Minister":
        a portfolio word joins an office; before other roles it is the affiliation, as in
        "Treasury spokeswoman") and its post-modifying phrases ("Secretary of Defense",
        "researcher specializing in Iranian affairs"), leaving out an affiliation after
        "of", "at", "for". Unnamed sources keep a bare singular role ("official").
    """
    nouns = union(lexicon.role_nouns, lexicon.unnamed_heads)
    candidates = [
        t
        for t in tokens
        if t.i not in excluded and t.lemma_.lower() in nouns and t.pos_ in ("NOUN", "PROPN")
    ]
    bodies = union(lexicon.media_words, lexicon.government_words, lexicon.organization_words)
    if appositive and head.lemma_.lower() in bodies:
        return None, head.lemma_.lower()
    if not candidates and appositive and head.pos_ == "NOUN" and head.i not in excluded:
        candidates = [head]
    if not candidates:
        office = [t for t in tokens if t.i not in excluded and t.lower_ in lexicon.titles]
        if office and excluded:
            return " ".join(t.text for t in office), office[-1].lower_
        return None, head.lemma_.lower() if head.pos_ == "NOUN" else None
    role_noun = candidates[0]
    lemma = role_noun.lemma_.lower()
    if lemma in lexicon.unnamed_heads:
        return lemma, lemma
    plural_bare = role_noun.tag_ in _PLURAL_TAGS
    takes_portfolio = lemma in lexicon.portfolio_offices
    words = [role_noun]
    for token in reversed([t for t in tokens if t.i < role_noun.i]):
        if token.i in excluded or token.is_punct or token.dep_ not in ROLE_MODIFIERS:
            break
        portfolio = takes_portfolio and token.lower_ in lexicon.role_domains
        if not portfolio and (is_affiliation(token, lexicon) or token.lower_ in lexicon.honorifics):
            break
        if not portfolio and token.pos_ == "PROPN" and token.lower_ in lexicon.role_domains:
            break
        words.insert(0, token)
    words += [
        t
        for t in tokens
        if t.i > role_noun.i and t.i not in excluded and _in_role_pp(t, role_noun, lexicon)
    ]
    words = _trim_role(sorted(words, key=lambda t: t.i), lexicon)
    if plural_bare and len(words) == 1:
        return lemma, lemma
    return " ".join(t.text for t in words), lemma


def _in_role_pp(token: Token, role_noun: Token, lexicon: Lexicon) -> bool:
    """Tokens of "of Y" / "specializing in Y" phrases after the role noun."""
    path = list(token.ancestors)
    if role_noun not in path or token.is_punct:
        return False
    below = path[: path.index(role_noun)]
    if any(a.dep_ in DETACHED_PHRASES for a in [token, *below]):
        return False
    top = below[-1] if below else token
    return not (top.dep_ == PREPOSITION and top.lower_ in lexicon.affiliation_prepositions)


def _trim_role(words: list[Token], lexicon: Lexicon) -> list[Token]:
    """Drop a trailing "of <country or organisation>", which is the affiliation."""
    for index, token in enumerate(words):
        if token.lower_ in lexicon.genitive_prepositions and index + 1 < len(words):
            rest = [
                t for t in words[index + 1 : index + 3] if t.lower_ not in lexicon.name_articles
            ]
            named = any(
                t.ent_type_ in ("GPE", "NORP")
                or t.lower_ in lexicon.demonyms
                or (t.pos_ == "PROPN" and t.lower_ not in lexicon.role_domains)
                for t in rest
            )
            if named:
                return words[:index]
    return words


def is_affiliation(token: Token, lexicon: Lexicon) -> bool:
    return token.ent_type_ in _AFFILIATION_ENTS or token.lower_ in lexicon.demonyms


def affiliation_of(
    head: Token, tokens: list[Token], excluded: set[int], role_head: str | None, lexicon: Lexicon
) -> str | None:
    """Organisation or country before the role or name, or after "of/at/for/with"."""
    office = role_head in lexicon.portfolio_offices
    offices = union(lexicon.titles, lexicon.role_nouns, lexicon.unnamed_heads)
    for token in tokens:
        lower = token.lower_
        if token.i in excluded or token.i > head.i or {lower, lower.rstrip(".")} & offices:
            continue
        if office and token.lower_ in lexicon.role_domains:
            continue
        if token.dep_ in AFFILIATION_MODIFIERS:
            found = _affiliation_phrase(token, lexicon)
            if found:
                return found
    prepositions = union(lexicon.affiliation_prepositions, lexicon.genitive_prepositions)
    for token in tokens:
        if token.dep_ == PREPOSITION_OBJECT and token.head.lower_ in prepositions:
            if token.i in excluded or token.i == head.i or token.lower_ in lexicon.role_domains:
                continue
            found = _affiliation_phrase(token, lexicon, proper=True)
            if found:
                return found
    return None


def _affiliation_phrase(token: Token, lexicon: Lexicon, *, proper: bool = False) -> str | None:
    """The country or organisation ``token`` stands for, or None."""
    endings = sorted(lexicon.possessive_endings)
    lower = token.lower_
    for ending in endings:
        lower = lower.removesuffix(ending)
    if lower in lexicon.demonyms:
        return lexicon.demonyms[lower]
    if token.ent_type_ == "PERSON" and POSSESSOR in (token.dep_, token.head.dep_):
        return None  # "Ana Diaz's deputy": a person is not an organisation spoken for
    named = token.ent_type_ in _AFFILIATION_ENTS
    modifier = token.pos_ == "PROPN" and (proper or token.dep_ in COMPOUND_OR_POSSESSOR)
    if not named and not modifier:
        return None
    ent = entity_of(token)
    if ent is not None and ent[0].ent_type_ in _AFFILIATION_ENTS:
        words = [t for t in ent if t.lower_ not in lexicon.name_articles and t.dep_ != CASE_MARKER]
    else:
        words = [
            t
            for t in token.subtree
            if t.i == token.i
            or (t.i < token.i and t.text[:1].isupper() and t.dep_ in NOUN_MODIFIERS)
        ]
    if not proper:
        # "Chilean Energy Minister": the portfolio word is not part of the affiliation.
        words = [t for t in words if t.lower_ not in lexicon.role_domains or t.i == token.i]
    if not words:
        return None
    first = words[0].lower_
    if first in lexicon.demonyms and len(words) > 1 and words[-1].lower_ in lexicon.role_domains:
        return lexicon.demonyms[first]
    text = " ".join(t.text for t in words)
    ending = next((e for e in endings if text.endswith(e)), "")
    text = text[: len(text) - len(ending)]
    return lexicon.demonyms.get(text.lower(), text)


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
