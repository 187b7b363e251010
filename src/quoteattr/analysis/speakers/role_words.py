"""The words of a role around its noun: "Defense Minister", "Secretary of Defense",
"researcher specializing in Iranian affairs", "vice-president, public affairs".

:func:`role_words` takes the role noun's pre-modifiers, stopping at an affiliation, a
person, a body, an age, a count or who the person is ("a Black lawmaker"), the parts of its
hyphenated words, and its post-modifying phrases, less those that say when or where the
role was held, name a person it is about or the body it serves (the office a candidate
seeks is the role's: :func:`sought_office`), with a department set off after a comma.
:mod:`.roles` chooses the role's noun.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import Lexicon
from ..labels import (
    ADVERBIAL_MODIFIER,
    APPOSITION,
    COORDINATOR,
    DETACHED_PHRASES,
    NOMINAL_MODIFIER,
    PREPOSITION,
    PREPOSITION_OBJECT,
    ROLE_MODIFIERS,
    TIME_ENTITIES,
)
from ..wordsets import union
from .affiliation_words import body_preposition, is_affiliation, names_body
from .wording import glued_hyphen, hyphen_parts, inner_hyphen, located_place

_AFFILIATION_ENTS = frozenset({"ORG", "GPE", "NORP", "FAC"})
_PLACE_ENTS = frozenset({"GPE", "LOC"})


def role_words(
    role_noun: Token, tokens: list[Token], excluded: set[int], lexicon: Lexicon
) -> list[Token]:
    """The words of the role around ``role_noun``: its pre-modifiers up to an affiliation,
    its post-modifying phrases, the parts of its hyphenated words, and a department set
    off after a comma ("vice-president, public affairs")."""
    takes_portfolio = role_noun.lemma_.lower() in lexicon.portfolio_offices
    inside = {t.i for t in tokens}
    doc = role_noun.doc
    words = hyphen_parts(role_noun)
    index = words[0].i - 1
    while index in inside and index not in excluded:
        token = doc[index]
        if _measure(token):
            break  # "a 45-year-old salesman", "a 30-year Acme worker": the person's age or tenure
        if glued_hyphen(token):
            words = [*hyphen_parts(token), *words]
            index = words[0].i - 1
            continue
        if token.is_punct or (token.dep_ not in ROLE_MODIFIERS and not _qualifies(token, lexicon)):
            break
        portfolio = takes_portfolio and token.lower_ in lexicon.role_domains
        located = located_place(token, lexicon)  # "Los" of "a Los Angeles-based attorney"
        # "[Ohio Republican National] Committeewoman": a qualifier of the office the
        # recogniser took into the body's name before it is the office's.
        qualifier = token.lower_ in lexicon.role_qualifiers
        affiliation = is_affiliation(token, lexicon) and not located and not qualifier
        # "general manager": a rank's word that qualifies an office is the office's.
        honorific = token.lower_ in lexicon.honorifics and not qualifier
        if not portfolio and (affiliation or honorific):
            break
        if token.lower_ in lexicon.ethnic_labels:
            break  # "a Black lawmaker": who the person is, not the capacity
        if token.lower_ in lexicon.indefinite_determiners:
            break  # "several economists": how many hold it, not the capacity
        # "Vice President": a qualifier of the office, though "vice" names a domain too.
        domain = (
            token.lower_ in lexicon.role_domains
            and token.lemma_.lower() not in lexicon.role_nouns
            and token.lower_ not in lexicon.role_qualifiers
        )
        if not portfolio and token.pos_ == "PROPN" and domain:
            break
        if token.ent_type_ == "PERSON" or names_body(token, lexicon):
            break  # "Obama adviser", "Oilers captain": a person or a body, not the role
        words.insert(0, token)
        index -= 1
    verdicts: dict[int, bool] = {}
    words += [
        t
        for t in tokens
        if t.i > role_noun.i
        and t.i not in excluded
        and _in_role_pp(t, role_noun, lexicon, verdicts)
    ]
    words = _trim_role(sorted(set(words), key=lambda t: t.i), lexicon)
    return words + _department(role_noun, lexicon)


def _qualifies(token: Token, lexicon: Lexicon) -> bool:
    """``token`` is a qualifier of an office that the parse hung on the role noun as a
    nominal modifier ("[vice] presidential nominee"): the office's word, as any other
    modifier of the role is; dropping it names another office."""
    return token.dep_ == NOMINAL_MODIFIER and token.lower_ in lexicon.role_qualifiers


def _measure(token: Token) -> bool:
    """``token`` is part of a hyphenated word that opens with digits ("45-year-old",
    "30-year"): the person's age or tenure, not the capacity ("third-year nursing student"
    and "two-term governor", in words, keep theirs). The tokenizer splits digits and the
    hyphen after them off the word (:func:`.wording.glued_hyphen` joins letters only)."""
    first = hyphen_parts(token)[0].i
    doc = token.doc
    return (
        first >= 2
        and doc[first - 1].text == "-"
        and not doc[first - 1].whitespace_
        and not doc[first - 2].whitespace_
        and doc[first - 2].is_digit
    )


def _department(role_noun: Token, lexicon: Lexicon) -> list[Token]:
    """A department named after the role and a comma: "vice-president, public affairs".

    Notes:
        Corporate and Canadian style write a title's department after a comma
        ("director, communications"); it is a bare lower-case noun phrase (no
        determiner, no name) closed by a comma or the sentence's end.
    """
    doc = role_noun.doc
    for child in role_noun.rights:
        if child.dep_ != APPOSITION:
            continue
        part = list(child.subtree)
        comma = part[0].i - 1
        after = part[-1].i + 1
        bare = all(t.pos_ in ("NOUN", "ADJ", "CCONJ") and t.is_lower for t in part)
        closed = after >= len(doc) or doc[after].is_punct
        if (
            doc[comma].text == ","
            and comma == role_noun.i + 1
            and bare
            and closed
            and len(part) <= 4
            and child.lemma_.lower() not in union(lexicon.role_nouns, lexicon.occupation_nouns)
        ):
            return [doc[comma], *part]
    return []


def _in_role_pp(
    token: Token, role_noun: Token, lexicon: Lexicon, verdicts: dict[int, bool]
) -> bool:
    """Tokens of "of Y" / "specializing in Y" phrases after the role noun.

    ``verdicts`` holds, by the preposition's index, what each phrase's preposition decided
    (:func:`_role_preposition`), so that the other words of the phrase reuse it.
    """
    below: list[Token] = []
    for above in token.ancestors:
        if above.i == role_noun.i:
            break
        below.append(above)
    else:
        return False  # not under the role noun
    if (token.is_punct and not inner_hyphen(token)) or any(
        a.dep_ in DETACHED_PHRASES for a in [token, *below]
    ):
        return False
    top = below[-1] if below else token
    if top.dep_ == ADVERBIAL_MODIFIER:
        return False  # "the governor there", "a lawyer now": when or where, not the capacity
    if top.dep_ != PREPOSITION:
        return True
    if top.i not in verdicts:
        verdicts[top.i] = _role_preposition(top, lexicon)
    return verdicts[top.i]


def _role_preposition(preposition: Token, lexicon: Lexicon) -> bool:
    """The phrase ``preposition`` opens on a role noun is a part of the role: it names no
    person the role is about, nor the body the role serves or the affiliation it states."""
    if preposition.lower_ in lexicon.time_prepositions or any(
        c.dep_ == PREPOSITION_OBJECT
        and (c.ent_type_ in TIME_ENTITIES or c.lemma_.lower() in lexicon.time_nouns)
        for c in preposition.children
    ):
        # "the mayor since 2014", "a senator in 2010", "a lawyer by the time she ...": when
        # the role was held, not what it is
        return False
    if sought_office(preposition, lexicon):
        return True  # "candidate for governor": the office sought is the role's
    if any(_names_person(t, preposition, lexicon) for t in preposition.subtree):
        return False  # "an expert on Vermeer": the person is the topic, not the role
    if body_preposition(preposition, lexicon):
        return False  # the body the role serves or is held in: its affiliation
    return preposition.lower_ not in lexicon.affiliation_prepositions


def sought_office(preposition: Token, lexicon: Lexicon) -> bool:
    """``preposition`` opens the office a candidate seeks: "for" after a candidate's noun,
    with an office ("candidate for governor") or a seat of one ("nominee for Senate") as
    its object. It is part of the role, and no body the candidate speaks for."""
    if preposition.lower_ not in lexicon.candidacy_prepositions:
        return False
    if preposition.head.lemma_.lower() not in lexicon.candidate_nouns:
        return False
    seats = union(lexicon.role_nouns, lexicon.titles, lexicon.government_words)
    return any(
        child.dep_ == PREPOSITION_OBJECT and child.lemma_.lower() in seats
        for child in preposition.children
    )


def _names_person(token: Token, preposition: Token, lexicon: Lexicon) -> bool:
    """``token`` is a person's name, or a bare proper name after a topic preposition."""
    if token.ent_type_ == "PERSON":
        return True
    return (
        preposition.lower_ in lexicon.topic_prepositions
        and token.pos_ == "PROPN"
        and token.ent_type_ not in _AFFILIATION_ENTS
    )


def _trim_role(words: list[Token], lexicon: Lexicon) -> list[Token]:
    """Drop a trailing "of <country or organisation>" ("director of the museum"), which is
    the affiliation, a trailing coordinator whose conjunct is another capacity
    ("candidate and [retired surgeon]": the parse hangs the second title on the first), and
    a trailing "in <place>" ("adviser in Iraq")."""
    while words and words[-1].dep_ == COORDINATOR:
        words = words[:-1]
    for index, token in enumerate(words[1:], start=1):
        if token.lower_ not in lexicon.place_prepositions:
            continue  # the words after are read for a preposition of place alone
        rest = [t for t in words[index + 1 :] if t.lower_ not in lexicon.name_articles]
        if rest and all(t.ent_type_ in _PLACE_ENTS for t in rest):
            # "military adviser in Iraq": where the office is held, not what it is.
            words = words[:index]
            break
    for index, token in enumerate(words):
        if token.lower_ in lexicon.genitive_prepositions and index + 1 < len(words):
            rest = [
                t for t in words[index + 1 : index + 3] if t.lower_ not in lexicon.name_articles
            ]
            named = any(
                t.ent_type_ in ("GPE", "NORP")
                or t.lower_ in lexicon.demonyms
                or (t.pos_ == "PROPN" and t.lower_ not in lexicon.role_domains)
                or (t.is_lower and t.lemma_.lower() in lexicon.institution_nouns)
                for t in rest
            )
            if named:
                return words[:index]
    return words
