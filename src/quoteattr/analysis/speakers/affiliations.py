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

from spacy.tokens import Token

from ...lexicon import Lexicon
from ..labels import (
    AFFILIATION_MODIFIERS,
    APPOSITION,
    COMPOUND,
    DETERMINER,
    POSSESSOR,
    PREPOSITION_OBJECT,
)
from ..syntax import PLURAL_NOUNS, is_dash
from ..wordsets import union
from .affiliation_words import body_preposition, entity_of
from .bodies import bare_lower, body_phrase
from .names import party_members
from .role_words import sought_office
from .roles import Role
from .wording import located_place, possessive_mark

_AFFILIATION_ENTS = frozenset({"ORG", "GPE", "NORP", "FAC"})
_PLACE_ENTS = frozenset({"GPE", "LOC"})
_PERSON = "PERSON"
_NAME_ENTS = frozenset({_PERSON, "NORP"})
"""Labels of a person's name: a rare surname may be taken for a nationality group."""
_BODY_ENTS = frozenset({"ORG", "FAC"})
_NUMBER_ENTS = frozenset({"CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})


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
    # "Harbor Bank rival John Kopp": a body named with a rival is the other side; a party
    # label is the holder's ("her Green rival").
    opposed = bool(keys & lexicon.opposing_roles)
    offices = union(lexicon.titles, lexicon.role_nouns, lexicon.unnamed_heads)
    doc = head.doc
    place: str | None = None  # the first place before the role, kept in case no body follows
    for token in tokens:
        # Where a word stands and how it hangs first: most words of a phrase are its name's,
        # come after its head, or modify nothing an affiliation can be read from.
        if token.i in excluded or token.i > head.i or not _modifier(token, head, lexicon):
            continue
        lower = token.lower_
        if not any(c.isalpha() for c in lower):
            continue
        if _office_word(token, offices):
            continue
        if _part_of_role(token, role, portfolio, opposed, lexicon):
            continue
        if _abbreviated_title(token) or located_place(token, lexicon):
            continue  # "Sen.", or "a Los Angeles-based attorney": where one is based
        # The words by index, not a slice: a Span costs more than the few words between.
        if any(is_dash(doc[i]) for i in range(token.i + 1, head.i)):
            continue  # "OSLO, Norway - Ana Diaz's allies": a dateline, no modifier of hers
        # "Aung San Suu [Kyi]": the start of a name the recogniser cut short; "French
        # Dubois said": a person's nationality, or a first name.
        if _runs_into_name(token, head, excluded, lexicon) or _nationality_of_name(
            token, excluded, offices, lexicon
        ):
            continue
        value = body_phrase(token, lexicon, portfolio=portfolio, places=places)
        if not value or _in_award(token, head, lexicon):
            continue
        if not _named_place(token, lexicon) or _serves_a_place(  # asked of a place only
            tokens, excluded, {*keys, head.lower_}, lexicon
        ):
            if not _is_place(token, lexicon):
                return value  # the first party or organisation: no later word is read
            place = value if place is None else place
    if place is None and party_members(head, lexicon) and head.tag_ not in PLURAL_NOUNS:
        # "One Republican said", "the top Democrat on the committee" (a group, "Democrats",
        # has none: a crowd speaks for no one).
        return head.text
    # A place before the role may be its region ("Asia director for the Security
    # Council"): a body named after the role is whom the holder speaks for.
    after = (
        None if opposed else _affiliation_after_role(head, tokens, excluded, role, places, lexicon)
    )
    if place is not None and (after is None or after[0]):
        return place
    return after[1] if after is not None else None


def _part_of_role(
    token: Token, role: Role, portfolio: bool, opposed: bool, lexicon: Lexicon
) -> bool:
    """``token``, a modifier before the head, is read with the role, not as a body: a
    qualifier ("former"), a portfolio's field ("finance" of a minister), the role's own
    noun whatever the recogniser made of it ("Comedian"), or, before a role held against
    another (``opposed``), any word but a party label: "Harbor Bank rival" names the other
    side."""
    lower = token.lower_
    return (
        lower in lexicon.role_qualifiers
        or (portfolio and lower in lexicon.role_domains)
        or token.lemma_.lower() == role.capacity
        or (opposed and lower not in lexicon.party_labels)
    )


def _nationality_of_name(
    token: Token, excluded: set[int], offices: frozenset[str], lexicon: Lexicon
) -> bool:
    """``token`` is a nationality word right before the first word of the name
    (``excluded`` holds the name's and titles' indices), with no office between ("French
    Dubois said"): it says where the person is from (or is their first name, "German"),
    not whom they speak for. On an office it gives its country ("Chilean Sen. Ruiz")."""
    following = token.i + 1
    if token.lower_ not in lexicon.demonyms or following not in excluded:
        return False
    word = token.doc[following]
    return not (_office_word(word, offices) or _abbreviated_title(word))


def _office_word(token: Token, offices: frozenset[str]) -> bool:
    """``token`` is a title, role noun or unnamed head (``offices``), however written; a
    proper-noun tag keeps a plural title's lemma plural ("Senators Ana Diaz and")."""
    lower = token.lower_
    return bool({lower, lower.rstrip("."), lower.removesuffix("s"), token.lemma_.lower()} & offices)


def _modifier(token: Token, head: Token, lexicon: Lexicon) -> bool:
    """``token`` stands where an affiliation does before a noun ("[Israeli] officials",
    "[Google's] lawyer"), or ends a body's name before a possessive in the name's entity."""
    return token.dep_ in AFFILIATION_MODIFIERS or _possessor_in_entity(token, head, lexicon)


def _runs_into_name(token: Token, head: Token, excluded: set[int], lexicon: Lexicon) -> bool:
    """``token`` is an unlabelled proper noun in an unbroken run of such words that ends
    right before the name ``head`` ends: part of a name the recogniser labelled only in
    part ("Aung San Suu [Kyi]"), or whose surname it mislabelled as a nationality group
    ("Lusine [Vartanian]" with the surname a NORP). A party label or a nationality word is
    none ("Liberal Ana Diaz")."""
    if token.ent_type_ or not excluded:
        return False
    if token.lower_ in lexicon.party_labels or token.lower_ in lexicon.demonyms:
        return False
    first = min(excluded)
    doc = token.doc
    if token.i >= first or head.ent_type_ not in _NAME_ENTS:
        return False
    return all(t.pos_ == "PROPN" and not t.ent_type_ for t in doc[token.i : first])


def _possessor_in_entity(token: Token, head: Token, lexicon: Lexicon) -> bool:
    """``token`` ends a body's name before a possessive ending, inside the one entity that
    holds the name ``head`` ends ("[National Review's Ian Tuttle]"), however the parse hung
    the two apart ("An article by National Review's Ian Tuttle" read with "Review" as the
    object of "by")."""
    following = token.i + 1
    if following >= head.i or not possessive_mark(token.doc[following], lexicon):
        return False
    ent = entity_of(head)
    return ent is not None and ent.start <= token.i and ent[0].ent_type_ in _BODY_ENTS


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
            token.head.lower_ in prepositions or body_preposition(token.head, lexicon)
        ):
            if token.i in excluded or token.i == head.i or token.lower_ in lexicon.role_domains:
                continue
            if sought_office(token.head, lexicon):
                continue  # "nominee for Senate": the seat sought, no body spoken for
            value = body_phrase(token, lexicon, proper=True, places=places)
            named = _name_beside(token, lexicon)
            if named is not None:
                # "a columnist for the Italian newspaper Corriere della Sera": a common noun
                # for a body, and the body's name set beside it, which names it better
                value = body_phrase(named, lexicon, proper=True, places=places) or value
            if not value:
                # "a member of the Harbor Trust's board": the board is the trust's
                value = _owner_body(token, places, lexicon)
            if not value or _in_award(token, token, lexicon):
                continue  # "winner of the Nobel Prize"
            origin = (
                token.head.lower_ in lexicon.origin_prepositions
                and not _titled(head, tokens, excluded, lexicon)
                and head.lower_ not in lexicon.party_labels  # "Democrat of California"
            )
            body = token.ent_type_ in _BODY_ENTS or (
                _right_after_name(token.head, excluded) and _body_after_of(token, lexicon)
            )
            # An occupation that holds no office ("a truck driver", "a salesman") is
            # practised somewhere too.
            practised = role.text is not None and (
                role.capacity in lexicon.place_professions
                or role.capacity not in lexicon.role_nouns
            )
            if origin and not body and practised and _is_place(token, lexicon):
                # "a barrister from Lahore": a profession is practised somewhere, and the
                # place it comes from is no body it speaks for ("a senator from Ohio" is).
                continue
            if not (origin and not body and role.text is None):
                # "a 59-year-old from Hilton Head", "Ana Ruiz of Oakland": with no role,
                # "from" or "of" anything but an organisation is where someone comes from.
                return _is_place(token, lexicon), value
    return None


def _titled(head: Token, tokens: list[Token], excluded: set[int], lexicon: Lexicon) -> bool:
    """A title stands before the name ("Senator Ana Lund of Ohio"): an office the place
    after "of" or "from" elects."""
    return any(
        t.i < head.i
        and (
            (t.i in excluded and {t.lower_, t.lower_.rstrip(".")} & lexicon.titles)
            or _abbreviated_title(t)
        )
        for t in tokens
    )


def _name_beside(token: Token, lexicon: Lexicon) -> Token | None:
    """The proper name in apposition to ``token``, a lower-case noun for a body ("the
    newspaper Corriere della Sera", "the charity Harbor Aid"), or None."""
    bodies = union(lexicon.organization_words, lexicon.institution_nouns, lexicon.media_words)
    if not token.is_lower or token.lemma_.lower() not in bodies:
        return None
    return next((c for c in token.rights if c.dep_ == APPOSITION and c.pos_ == "PROPN"), None)


def _right_after_name(preposition: Token, excluded: set[int]) -> bool:
    """``preposition`` follows the name right away ("Ana Ruiz of ...")."""
    return preposition.i - 1 in excluded and preposition.doc[preposition.i - 1].ent_type_ != ""


def _body_after_of(token: Token, lexicon: Lexicon) -> bool:
    """The object of "of" right after a name names a body the person is of, not where
    they come from (an organisation's entity does wherever it stands): a lower-case noun
    for a body ("Ana Ruiz of the Ohio delegation") or a name of several words the
    recogniser left unlabelled, which a place seldom is ("Ana Ruiz of Harbor Rights
    Watch")."""
    if token.is_lower:
        return token.lemma_.lower() in union(lexicon.organization_words, lexicon.institution_nouns)
    return (
        not token.ent_type_
        and token.pos_ == "PROPN"
        and any(c.dep_ == COMPOUND and c.pos_ == "PROPN" for c in token.lefts)
    )


def _owner_body(token: Token, places: bool, lexicon: Lexicon) -> str | None:
    """The body that owns ``token`` by a possessive ("the Harbor Trust's board"), or None:
    none for a person (also a two-word name the recogniser left unlabelled with no word of
    a body in it: "Ana Ruiz's family"), a number, or a noun with an article of its own,
    which no possessor can have ("Nine's a Crowd", a title the parser split)."""
    owners = [c for c in token.children if c.dep_ == POSSESSOR]
    if len(owners) != 1 or any(c.dep_ == DETERMINER for c in token.children):
        return None
    owner = owners[0]
    if owner.like_num or owner.ent_type_ in _NUMBER_ENTS:
        return None
    bodies = union(
        lexicon.organization_words,
        lexicon.institution_nouns,
        lexicon.media_words,
        lexicon.government_words,
    )
    named = any(c.dep_ == COMPOUND and c.pos_ == "PROPN" for c in owner.lefts)
    if named and not owner.ent_type_ and owner.lower_ not in bodies:
        return None
    return body_phrase(owner, lexicon, proper=True, places=places)


def _in_award(token: Token, head: Token, lexicon: Lexicon) -> bool:
    """``token`` names an honour or contest won, or modifies one on the way to ``head``
    ("Nobel" and "Peace" in "Nobel Peace Prize winner"), or is part of a named one ("winner
    of the Erikson Prize for Excellence in ...": "Excellence")."""
    entity = entity_of(token)
    if entity is not None and any(_award_word(t, lexicon) for t in entity):
        return True
    while True:
        if _award_word(token, lexicon):
            return True
        if token.i == head.i or token.head.i == token.i or token.head.i > head.i:
            return False
        token = token.head


def _award_word(token: Token, lexicon: Lexicon) -> bool:
    return token.lower_ in lexicon.award_nouns or token.lemma_.lower() in lexicon.award_nouns


def body_after_name(head: Token, lexicon: Lexicon) -> str | None:
    """An organisation after a name, set off by a comma and "of": "the Rev. Ana Diaz, of
    Mayfield Baptist Church" (a place there, "Ana Diaz, of Denver", is where she lives)."""
    for child in head.rights:
        if child.lower_ not in lexicon.genitive_prepositions or not _after_comma(child):
            continue
        for target in child.children:
            if target.dep_ == PREPOSITION_OBJECT and target.ent_type_ in _BODY_ENTS:
                return body_phrase(target, lexicon, proper=True)
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
                return body_phrase(objects[0], lexicon, proper=True)
    return None


def body_named(token: Token, lexicon: Lexicon) -> str | None:
    """The organisation or country a verb's object names ("heads [the Harbor Trust]"), or
    None (a person, a common noun)."""
    if token.pos_ != "PROPN" and token.ent_type_ not in _BODY_ENTS:
        return None
    return body_phrase(token, lexicon, proper=True)


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
    return token.ent_type_ in _PLACE_ENTS and bare_lower(token, lexicon) not in lexicon.demonyms


def _is_place(token: Token, lexicon: Lexicon) -> bool:
    return token.ent_type_ in _PLACE_ENTS or token.lower_ in lexicon.demonyms


def country_of_body(name: str, lexicon: Lexicon) -> str | None:
    """The country a body's name states: "US Fifth Fleet", or a seat of government."""
    lower = name.lower()
    if lower in lexicon.institution_countries:
        return lexicon.institution_countries[lower]
    first = lower.split()[0]
    if len(lower.split()) > 1 and first in lexicon.demonyms:
        return lexicon.demonyms[first]
    return None
