"""Affiliations in a noun phrase: the organisation, party, team or country spoken for.

Notes:
    An affiliation is read from pre-modifiers ("Transport Canada spokesperson", "Oilers
    captain", "Chilean Ambassador"), possessives ("Brightwater's chief executive") and
    "of/at/for/with/from" phrases ("an economist at Kestrel Capital"), with nationality words
    mapped to countries. It is always the article's own words. A person is never one, nor a
    place that is only where the holder of a private capacity lives ("a Denver resident"),
    nor one where a profession is practised ("a Miami lawyer").
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Token

from ...lexicon import Lexicon
from ..labels import (
    AFFILIATION_MODIFIERS,
    CASE_MARKER,
    COMPOUND_OR_POSSESSOR,
    NOMINAL_MODIFIER,
    NOUN_MODIFIERS,
    POSSESSOR,
    PREPOSITION_OBJECT,
)
from ..syntax import PLURAL_NOUNS
from ..wordsets import union
from .names import party_members
from .roles import Role, body_leader, entity_of, names_body, serving_preposition
from .wording import article_words, hyphen_parts, possessive_mark

_AFFILIATION_ENTS = frozenset({"ORG", "GPE", "NORP", "FAC"})
_PLACE_ENTS = frozenset({"GPE", "LOC"})
_BODY_ENTS = frozenset({"ORG", "FAC"})
_PERSON_ENT = "PERSON"
_LOOK_BACK = 3000
"""Tokens searched back for the full name of an institution named by its head noun."""


def affiliation_of(
    head: Token,
    tokens: list[Token],
    excluded: set[int],
    role: Role,
    key: str | None,
    lexicon: Lexicon,
) -> str | None:
    """Organisation or country before the role or name, or after "of/at/for/with/from".

    Args:
        head: The phrase's head.
        tokens: The phrase's tokens.
        excluded: Indices of the name and title tokens.
        role: The role the phrase states.
        key: The phrase's role key (:func:`~.roles.role_key`).
        lexicon: Language data.

    Returns:
        The affiliation as the article writes it (a nationality word as its country), or
        None. Of several before the role, a party or organisation comes before a place
        ("Florida Republican strategist" -> Republican); so does a body named after the
        role ("Asia director for the Security Council" -> Security Council).
    """
    keys = {key, role.capacity}
    portfolio = bool(keys & lexicon.portfolio_offices)
    places = not keys & lexicon.private_capacities
    served = _serves_a_place(tokens, excluded, {*keys, head.lower_}, lexicon)
    offices = union(lexicon.titles, lexicon.role_nouns, lexicon.unnamed_heads)
    found: list[tuple[bool, str]] = []
    for token in tokens:
        lower = token.lower_
        if token.i in excluded or token.i > head.i or not any(c.isalpha() for c in lower):
            continue
        # A proper-noun tag keeps a plural title's lemma plural ("Senators Ana Diaz and").
        if {lower, lower.rstrip("."), lower.removesuffix("s"), token.lemma_.lower()} & offices:
            continue
        if lower in lexicon.role_qualifiers or (portfolio and lower in lexicon.role_domains):
            continue
        if _abbreviated_title(token):
            continue
        if token.dep_ in AFFILIATION_MODIFIERS:
            value = _affiliation_phrase(token, lexicon, portfolio=portfolio, places=places)
            if value and (served or not _named_place(token, lexicon)):
                found.append((_is_place(token, lexicon), value))
    before = min(found, key=lambda pair: pair[0]) if found else None
    if before is not None and not before[0]:
        return before[1]
    if before is None and party_members(head, lexicon) and head.tag_ not in PLURAL_NOUNS:
        # "One Republican said", "the top Democrat on the committee" (a group, "Democrats",
        # has none: a crowd speaks for no one).
        return head.text
    # A place before the role may be its region ("Asia director for the Security
    # Council"): a body named after the role is whom the holder speaks for.
    after = _affiliation_after_role(head, tokens, excluded, role, places, lexicon)
    if before is not None and (after is None or after[0]):
        return before[1]
    return after[1] if after is not None else None


def _affiliation_after_role(
    head: Token,
    tokens: list[Token],
    excluded: set[int],
    role: Role,
    places: bool,
    lexicon: Lexicon,
) -> tuple[bool, str] | None:
    """The affiliation after "of/at/for/with/from", and whether it names a place."""
    prepositions = union(lexicon.affiliation_prepositions, lexicon.genitive_prepositions)
    for token in tokens:
        if token.dep_ == PREPOSITION_OBJECT and (
            token.head.lower_ in prepositions or serving_preposition(token.head, lexicon)
        ):
            if token.i in excluded or token.i == head.i or token.lower_ in lexicon.role_domains:
                continue
            value = _affiliation_phrase(token, lexicon, proper=True, places=places)
            origin = token.head.lower_ == "from" and token.ent_type_ not in ("ORG", "FAC")
            if value and not (origin and role.text is None):
                # "a 59-year-old from Hilton Head": with no role, "from" anything but an
                # organisation is where someone comes from.
                return _is_place(token, lexicon), value
    return None


def body_after_name(head: Token, lexicon: Lexicon) -> str | None:
    """An organisation after a name, set off by a comma and "of": "the Rev. Ana Diaz, of
    Mayfield Baptist Church" (a place there, "Ana Diaz, of Denver", is where she lives)."""
    for child in head.rights:
        if child.lower_ not in lexicon.genitive_prepositions or not _after_comma(child):
            continue
        for target in child.children:
            if target.dep_ == PREPOSITION_OBJECT and target.ent_type_ in _BODY_ENTS:
                return _affiliation_phrase(target, lexicon, proper=True)
    return None


def _after_comma(token: Token) -> bool:
    return token.i > 0 and token.doc[token.i - 1].text == ","


def affiliation_after(head: Token, after: int, lexicon: Lexicon) -> str | None:
    """An "at/for/with X" phrase on a name after its appositive: "Ana Diaz, vice-president,
    at Norland Rail" (the parser hangs the phrase on the name)."""
    for child in head.rights:
        if child.i > after and child.lower_ in lexicon.affiliation_prepositions:
            objects = [g for g in child.children if g.dep_ == PREPOSITION_OBJECT]
            if objects:
                return _affiliation_phrase(objects[0], lexicon, proper=True)
    return None


def body_named(token: Token, lexicon: Lexicon) -> str | None:
    """The organisation or country a verb's object names ("heads [the Harbor Trust]"), or
    None (a person, a common noun)."""
    if token.pos_ != "PROPN" and token.ent_type_ not in _BODY_ENTS:
        return None
    return _affiliation_phrase(token, lexicon, proper=True)


def _whole_compound(token: Token, lexicon: Lexicon) -> Token:
    """The last word of the run of proper nouns ``token`` begins ("Acme" in "Acme Labs
    co-founder" -> "Labs"), so that the run is read whole."""
    offices = union(lexicon.titles, lexicon.role_nouns)
    while True:
        head = token.head
        if not (
            head.i == token.i + 1
            and token.dep_ in COMPOUND_OR_POSSESSOR
            and head.dep_ in COMPOUND_OR_POSSESSOR
            and head.pos_ == "PROPN"
            and head.text[:1].isupper()
            and head.lower_ not in offices
        ):
            return token
        token = head


def _abbreviated_title(token: Token) -> bool:
    """A capitalised abbreviation outside any organisation's name: a title the lexicon
    does not list ("Del.", "Supt."), not a body."""
    text = token.text
    return (
        text.endswith(".")
        and 2 <= len(text) <= 5
        and text[:1].isupper()
        and text[:-1].isalpha()
        and token.ent_type_ not in _AFFILIATION_ENTS
    )


def _serves_a_place(
    tokens: list[Token], excluded: set[int], keys: set[str | None], lexicon: Lexicon
) -> bool:
    """A place named before the role may be whom the holder serves: the role is no
    profession practised in a place ("a Miami lawyer") nor a party's member ("a New York
    Democrat"), or a title before the name says otherwise ("Iowa Sen. Ana Diaz, a
    lawyer")."""
    if not keys & union(lexicon.place_professions, lexicon.party_labels):
        return True
    titles = lexicon.titles
    return any(t.i in excluded and t.lower_ in titles for t in tokens)


def _named_place(token: Token, lexicon: Lexicon) -> bool:
    """``token`` is in the name of a place, not a nationality word ("Miami", not "Chilean")."""
    return token.ent_type_ in _PLACE_ENTS and _bare_lower(token, lexicon) not in lexicon.demonyms


def _bare_lower(token: Token, lexicon: Lexicon) -> str:
    """The word in lower case without its possessive endings ("chile's" -> "chile")."""
    lower = token.lower_
    for ending in sorted(lexicon.possessive_endings):
        lower = lower.removesuffix(ending)
    return lower


def _ethnic_compound(token: Token, lexicon: Lexicon) -> bool:
    """``token`` is a part of a hyphenated ethnic word the tokenizer split
    ("African-American")."""
    parts = hyphen_parts(token)
    return len(parts) > 1 and article_words(parts).lower() in lexicon.ethnic_labels


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

    Notes:
        A named person is never an affiliation, and neither is a person known only by
        the article's earlier mention of them in full ("a Trump surrogate").

    Args:
        token: A modifier of the role or name, or the object of its preposition.
        lexicon: Language data.
        proper: ``token`` follows a preposition, where a proper noun names a body.
        portfolio: The role takes a portfolio word ("Energy Minister"), which is no part
            of the affiliation.
        places: The role is no private capacity, for which only a party is an
            affiliation ("a Denver resident", "a Rangers fan", "a Green voter").
    """
    decided, value = _read_word(token, lexicon, proper=proper, places=places)
    if decided:
        return value
    words = _body_words(token, lexicon, proper=proper)
    if words is None:
        return None
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


def _read_word(
    token: Token, lexicon: Lexicon, *, proper: bool, places: bool
) -> tuple[bool, str | None]:
    """What the word alone decides: a nationality, a party, a team, a person, or an
    institution named by its head noun. Returns whether it decided, and the value."""
    lower = _bare_lower(token, lexicon)
    if lower in lexicon.ethnic_labels or _ethnic_compound(token, lexicon):
        return True, None  # who someone is, not whom they speak for
    if lower in lexicon.demonyms:
        return True, lexicon.demonyms[lower] if places else None
    if names_body(token, lexicon) and token.lower_ in lexicon.party_labels:
        return True, _without_possessive(article_words([token]), lexicon)
    if not places:
        # A private capacity speaks for no body: "a Denver resident", "a Rangers fan"
        # (who supports the team and does not play for it); only a party is stated.
        return True, None
    led = _led_body(token, lexicon)
    if led is not None:
        return True, led
    person = _labelled_person(token, lexicon) or _named_person(token)
    if person and not proper:
        return True, _persons_body(token, lexicon)  # "a Trump surrogate": no affiliation
    if person and (_named_person(token) or len(entity_of(token) or ()) > 1):
        # "a lawyer for Ana Diaz": a person is not whom one speaks for. A lone word after
        # a preposition is kept unless the article named that person in full: small
        # models label unfamiliar places and firms PERSON ("the mayor of Riverton").
        return True, None
    if token.is_lower and token.lemma_.lower() in lexicon.institution_nouns:
        return True, _named_earlier(token, lexicon)
    return False, None


def _led_body(token: Token, lexicon: Lexicon) -> str | None:
    """A body named by the person who leads it ("the Ruiz campaign", "the Ruiz
    administration"): the name with the body's noun, or None."""
    leader = body_leader(token, lexicon)
    if leader is None:
        return None
    words = [t for t in leader.subtree if t.ent_type_ == _PERSON_ENT]
    return article_words([*words, token]) or None


def _body_words(token: Token, lexicon: Lexicon, *, proper: bool) -> list[Token] | None:
    """The words of the organisation or place ``token`` names: its entity, or its run of
    capitalised modifiers; None when it names none."""
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
    ent = entity_of(token)
    if ent is not None and ent[0].ent_type_ in _AFFILIATION_ENTS:
        # "[Fox News' Sean Hannity]" as one entity: the body ends at its possessive.
        mark = next((t.i for t in ent if t.i > token.i and possessive_mark(t, lexicon)), None)
        words = [
            t for t in ent if t.lower_ not in lexicon.name_articles and (mark is None or t.i < mark)
        ]
        while words and words[-1].dep_ == CASE_MARKER:
            words.pop()
        return words
    token = _whole_compound(token, lexicon)
    return [
        t
        for t in token.subtree
        if t.i == token.i or (t.i < token.i and t.text[:1].isupper() and t.dep_ in NOUN_MODIFIERS)
    ]


def _labelled_person(token: Token, lexicon: Lexicon) -> bool:
    """``token`` is in a PERSON entity without an organisation word or an office ("Acme
    Labs" is a firm whatever the label: small models label unfamiliar firms PERSON)."""
    ent = entity_of(token)
    if ent is None or ent[0].ent_type_ != "PERSON":
        return False
    bodies = union(lexicon.organization_words, lexicon.media_words, lexicon.government_words)
    offices = union(lexicon.titles, lexicon.role_nouns)
    # "Charlotte Mayor Jennifer Roberts" labelled PERSON as one chunk: the label says
    # nothing of the words before the office.
    return not any(t.lower_ in bodies or t.lower_.rstrip(".") in offices for t in ent)


def _named_person(token: Token) -> bool:
    """``token`` is the surname of a person the article named in full before it, whatever
    the entity label here (small models label a surname used as a modifier ORG)."""
    ent = entity_of(token)
    if not token.text[:1].isupper() or (ent is not None and len(ent) > 1):
        return False  # "Clinton Foundation": a word of an organisation's name
    doc = token.doc
    floor = token.i - _LOOK_BACK
    for index in reversed(_person_words(doc).get(token.text, ())):
        if index >= token.i:
            continue
        if index <= floor:
            break
        named = entity_of(doc[index])
        if named is not None and len(named) > 1 and named[-1].i == index:
            return True
    return False


@functools.lru_cache(maxsize=1)
def _person_words(doc: Doc) -> dict[str, list[int]]:
    """The positions of the words of the PERSON entities of ``doc``, by their text, in order.

    Notes:
        Made once per document (the cache holds the last one) so that the look-back of
        :func:`_named_person` costs the person words of that name, not every token before.
    """
    found: dict[str, list[int]] = {}
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            for word in ent:
                found.setdefault(word.text, []).append(word.i)
    return found


def _persons_body(token: Token, lexicon: Lexicon) -> str | None:
    """A person's organisation named after them: "Clinton campaign", "Ana Diaz's campaign
    manager"; for the body itself speaking ("the Trump team"), the person it belongs to."""
    doc = token.doc
    after = token.i + 1
    while after < len(doc) and doc[after].dep_ == CASE_MARKER:
        after += 1
    if after >= len(doc):
        return None
    body = doc[after]
    if not body.is_lower or body.lemma_.lower() not in lexicon.organization_words:
        return None
    ent = entity_of(token)
    start = ent.start if ent is not None and ent[0].ent_type_ == "PERSON" else token.i
    sibling = body.head.i == token.head.i and body.dep_ in COMPOUND_OR_POSSESSOR
    if sibling or (body.i == token.head.i and body.dep_ in COMPOUND_OR_POSSESSOR):
        return article_words(doc[start : body.i + 1])
    if body.i != token.head.i or token.dep_ == POSSESSOR:
        return None  # "Clinton's campaign" speaking
    # "the Trump team" speaking: the body is the phrase itself, and the person it is
    # named after tells it apart from other teams.
    return article_words(doc[start : token.i + 1])


def _without_possessive(text: str, lexicon: Lexicon) -> str:
    for ending in sorted(lexicon.possessive_endings):
        if text.endswith(ending):
            return text[: -len(ending)]
    return text.rstrip("'\u2019")


def _named_earlier(token: Token, lexicon: Lexicon) -> str | None:
    """The full name of an institution the phrase names by its head noun: "director of the
    museum" after "the Norton Museum" was named; the head noun itself when the article
    named no such institution before, or several; None without a definite article.

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
    if len(names) == 1:
        return names.pop()
    return article_words([token])  # the article names no more than "the museum"


def party_of(head: Token, lexicon: Lexicon) -> str | None:
    """The party a bracketed tag after a name states: "Sen. Ana Diaz (D-Md.)" -> Democratic.

    Notes:
        US papers write a legislator's party letter and state in brackets right after the
        name (AP style: "(D-Md.)", "(R-Utah)", "(I)"), or after a comma ("Ana Diaz,
        R-Ohio,"); the letter must be a capital followed by a hyphen (or, in brackets,
        the closing bracket), so "(I think)" and ", I think" state no party.
    """
    doc = head.doc
    opening = head.i + 1
    if opening + 2 >= len(doc) or doc[opening].text not in ("(", ","):
        return None
    letter, hyphen, _ = doc[opening + 1].text.partition("-")
    if not letter.isupper() or letter.lower() not in lexicon.party_abbreviations:
        return None
    closers = ("-", ")") if doc[opening].text == "(" else ("-",)
    if not hyphen and doc[opening + 2].text not in closers:
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
