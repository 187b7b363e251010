"""Roles in a noun phrase: "Defense Minister", "researcher specializing in X", "coach".

Notes:
    A role is a role noun (or an occupation) with its pre-modifiers and post-modifying
    phrases, as the article writes it; the affiliation it may carry is read by
    :mod:`.affiliations`.
"""

from __future__ import annotations

import functools

import attrs
from spacy.attrs import ORTH, POS
from spacy.tokens import Doc, Span, Token

from ...lexicon import Lexicon
from ..labels import (
    ADVERBIAL_MODIFIER,
    APPOSITION,
    COMPOUND,
    CONJUNCT,
    COORDINATOR,
    DETACHED_PHRASES,
    POSSESSOR,
    PREPOSITION,
    PREPOSITION_OBJECT,
    ROLE_MODIFIERS,
    TIME_ENTITIES,
)
from ..syntax import PLURAL_NOUNS
from ..wordsets import union
from .names import surnames
from .wording import (
    article_words,
    glued_hyphen,
    hyphen_parts,
    inner_hyphen,
    located_place,
    prefixed_word,
)

_COMMON_WORDS = frozenset({"NOUN", "ADJ"})
_PROPER_NOUN = "PROPN"
_AFFILIATION_ENTS = frozenset({"ORG", "GPE", "NORP", "FAC"})
_PLACE_ENTS = frozenset({"GPE", "LOC"})
_INSIDE = Token.iob_strings().index("I")
_BODY_ENTS = frozenset({"ORG", "FAC", "NORP"})
_PERSON_ENT = "PERSON"


def entity_of(token: Token) -> Span | None:
    """The named entity holding ``token``, read from its IOB tags (no scan of ``doc.ents``)."""
    if not token.ent_type:
        return None
    doc = token.doc
    start = token.i
    # The integer tags (1 is "I", inside an entity): no string look-up per word, and no
    # Token made again for ``token`` itself.
    if start > 0 and token.ent_iob == _INSIDE:
        start -= 1
        while start > 0 and doc[start].ent_iob == _INSIDE:
            start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob == _INSIDE:
        end += 1
    return Span(doc, start, end)  # not ``doc[start:end]``: slicing costs three times more


@attrs.frozen
class Role:
    """The role a phrase states (an internal value).

    Attributes:
        text: The role as the article writes it, or None.
        capacity: Lemma of the noun the role was read from.
    """

    text: str | None
    capacity: str | None = None

    @classmethod
    def from_words(cls, words: list[Token], capacity: str | None) -> Role:
        return cls(article_words(words) or None, capacity)


NO_ROLE = Role(None)
"""The role of most phrases, made once (a frozen value, shared)."""


def role_key(
    head: Token, tokens: list[Token], excluded: set[int], lexicon: Lexicon, appositive: bool
) -> str | None:
    """The lower-cased noun that descriptions of the phrase's referent are matched by
    (``Mention.role_head``): its first role noun, else its office title or head noun.

    Notes:
        The key, and with it who a later description ("the minister") refers to and what
        kind of speaker the phrase names, is kept apart from the role's text: reading a
        role better (an occupation, a hyphenated word, an office after its qualifier)
        never changes who a speaker is.
    """
    nouns = union(lexicon.role_nouns, lexicon.unnamed_heads)
    first = next(
        (
            t
            for t in tokens
            if t.i not in excluded and t.lemma_.lower() in nouns and t.pos_ in ("NOUN", "PROPN")
        ),
        None,
    )
    if appositive and head.lemma_.lower() in _body_nouns(lexicon):
        return head.lemma_.lower()
    if first is None and appositive and head.pos_ == "NOUN" and head.i not in excluded:
        first = head
    if first is not None:
        return first.lemma_.lower()
    office = [t for t in tokens if t.i not in excluded and t.lower_ in lexicon.titles]
    if office and excluded:
        # "Gov. Ana Diaz" is re-mentioned as "the governor".
        return lexicon.title_abbreviations.get(office[-1].lower_, office[-1].lower_)
    # A name's word the tagger took for a common noun ("Trump said") is no role.
    return head.lemma_.lower() if head.pos_ == "NOUN" and head.i not in excluded else None


def role_of(
    head: Token, tokens: list[Token], excluded: set[int], lexicon: Lexicon, appositive: bool
) -> Role:
    """The office or capacity in the phrase, and the noun it was read from.

    Args:
        head: The phrase's head.
        tokens: The phrase's tokens, without relative clauses.
        excluded: Indices of the name and title tokens, which are no part of a role.
        lexicon: Language data.
        appositive: The phrase describes a name it stands beside ("Jo Li, a pilot").

    Returns:
        The role as the article writes it, and the lemma of its noun.

    Notes:
        The role is a role noun with its non-affiliation pre-modifiers ("Defense Minister":
        a portfolio word joins an office; before other roles it is the affiliation, as in
        "Treasury spokeswoman") and its post-modifying phrases ("Secretary of Defense",
        "researcher specializing in Iranian affairs"), leaving out an affiliation after
        "of", "at", "for". Unnamed sources keep a bare singular role ("official"). Of two
        role nouns in a row the second is the office, the first its qualifier ("Deputy
        Commissioner"); a hyphenated word is one word ("vice-president", "co-founder"). An
        occupation ("goalkeeper") is a role when no role noun is there. A rank alone is a
        title, not a role (AP style; the project's annotation guidelines).
    """
    nouns = union(lexicon.role_nouns, lexicon.unnamed_heads)
    candidates = [
        t
        for t in tokens
        if t.i not in excluded
        and t.lemma_.lower() in nouns
        and t.pos_ in ("NOUN", "PROPN")
        and t.ent_type_ not in _PLACE_ENTS  # "Hilton Head" is a place, not a head
        and not _inside_body_name(t)
        and not _in_phrase_below(t, head, lexicon)
    ]
    if appositive and head.lemma_.lower() in _body_nouns(lexicon):
        return NO_ROLE
    if (
        not candidates
        and appositive
        and head.pos_ == "NOUN"
        and head.i not in excluded
        and head.lemma_.lower() not in lexicon.relation_nouns  # "his wife": no capacity
        and _names_a_doer(head, lexicon)
    ):
        candidates = [head]
    if not candidates:
        # "Anil Mehra of the Asia Justice Institute": a title word in the name of the body
        # the person is of is no office of theirs (one the parse hung elsewhere, "As
        # President [Joe] Biden said" with "President" under "As", still is).
        office = [
            t
            for t in tokens
            if t.i not in excluded
            and t.lower_ in lexicon.titles
            and not (head.is_ancestor(t) and _in_phrase_below(t, head, lexicon))
        ]
        if office and excluded:
            ranks = {h.rstrip(".") for h in lexicon.honorifics}
            offices = [t for t in office if t.lower_.rstrip(".") not in ranks]
            return Role.from_words(offices, offices[-1].lemma_.lower() if offices else None)
        occupations = [
            t
            for t in tokens
            if t.i not in excluded
            # The word first, its tag after: most phrases hold no occupation at all.
            and (t.lemma_.lower() in lexicon.occupation_nouns or compound_occupation(t, lexicon))
            # "co-anchor": a noun, whatever the tagger made of its last part
            and (
                t.pos_ == "NOUN"
                or prefixed_word(t, lexicon)
                or _capitalized_before(t, excluded)
                # the head of an appositive is a noun, whatever the tagger made of it ("an
                # IT professional" with "professional" an adjective)
                or (appositive and t.i == head.i)
            )
            and not _in_phrase_below(t, head, lexicon)  # "compared X to a coach"
        ]
        if not occupations:
            return NO_ROLE
        # "the billionaire estate mogul": the phrase's head is the occupation, a noun
        # before it its modifier.
        occupation = head if head in occupations else occupations[0]
        words = _role_words(occupation, tokens, excluded, lexicon)
        return Role.from_words(words, occupation.lemma_.lower())
    lemma = candidates[0].lemma_.lower()
    if lemma in lexicon.unnamed_heads and not _named_office(candidates[0], lexicon):
        # "officials" hold an office; "a source", "people" name no capacity at all.
        return Role(lemma, lemma) if lemma in lexicon.role_nouns else NO_ROLE
    # "head coach": a role noun before an occupation qualifies it, as before another role.
    run = {t.i for t in candidates} | {
        t.i
        for t in tokens
        if t.i not in excluded and t.pos_ == "NOUN" and t.lemma_.lower() in lexicon.occupation_nouns
    }
    role_noun = _office_of_run(candidates[0], run)
    words = _role_words(role_noun, tokens, excluded, lexicon)
    if _rank_alone(role_noun, words, lexicon):
        return NO_ROLE
    if role_noun.tag_ in PLURAL_NOUNS and len(words) == 1:
        return Role(lemma, lemma)
    return Role.from_words(words, role_noun.lemma_.lower())


def _inside_body_name(token: Token) -> bool:
    """``token`` is a word inside an organisation's name, not its last ("Justice" of "Justice
    Department spokeswoman"): the body's word, not an office (an office the recogniser took
    into the name before it, as its last word, stays one: "[GOP Chairman] Tom Hale")."""
    if token.ent_type_ not in _BODY_ENTS:
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and following.ent_iob_ == "I"


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


def _named_office(noun: Token, lexicon: Lexicon) -> bool:
    """The unnamed source's noun ends a named office: an office word modifies it ("chief
    financial officer", "the chief information officer"), not a seniority ("a senior
    official") or a field alone ("a US official")."""
    return any(
        child.dep_ in ROLE_MODIFIERS and child.lower_ in lexicon.role_nouns for child in noun.lefts
    )


def _body_nouns(lexicon: Lexicon) -> frozenset[str]:
    """Nouns for a body ("newspaper", "ministry", "company"): an appositive they head
    describes an organisation, which holds no role."""
    return union(lexicon.media_words, lexicon.government_words, lexicon.organization_words)


def _capitalized_before(token: Token, excluded: set[int]) -> bool:
    """``token`` is a proper noun written right before the name ("Comedian Ana Diaz said"):
    an occupation opening a sentence before a name is capitalised like one, and tagged so."""
    return token.pos_ == "PROPN" and bool(excluded) and token.i + 1 == min(excluded)


def compound_occupation(token: Token, lexicon: Lexicon) -> bool:
    """The noun ends a capacity of two words with the word before it ("first lady")."""
    if token.i == 0:
        return False
    lemma = token.lemma_.lower()
    if lemma not in _last_words(lexicon.compound_occupations):
        return False  # the word before is read only for a noun that can end such a pair
    before = token.doc[token.i - 1].lower_
    return f"{before} {lemma}" in lexicon.compound_occupations


@functools.lru_cache(maxsize=8)
def _last_words(phrases: frozenset[str]) -> frozenset[str]:
    """Every ending of ``phrases`` after a space ("lady" of "first lady"), made once per
    lexicon set."""
    return frozenset(
        phrase[index + 1 :]
        for phrase in phrases
        for index, char in enumerate(phrase)
        if char == " "
    )


def _rank_alone(role_noun: Token, words: list[Token], lexicon: Lexicon) -> bool:
    """The role's noun is a military rank with no office in its words ("a retired
    four-star general", "an Army colonel"): a rank is a title, not the capacity one speaks
    in (AP style; the project's annotation guidelines). An office of two words keeps it
    ("attorney general", "secretary general"), as does another office noun beside it."""
    if role_noun.lemma_.lower() not in lexicon.military_ranks:
        return False
    pair = " ".join(t.lower_ for t in words[-2:])
    if len(words) > 1 and pair in lexicon.titles and pair not in lexicon.honorifics:
        return False
    return not any(
        t.i != role_noun.i
        and t.lemma_.lower() in lexicon.role_nouns
        and t.lemma_.lower() not in lexicon.military_ranks
        for t in words
    )


def _names_a_doer(noun: Token, lexicon: Lexicon) -> bool:
    """An unlisted noun that names a person by what they do ("organizer", "historian",
    "chairman"), by its ending; not a word for a person as such ("a 40-year-old man")."""
    lemma = noun.lemma_.lower()
    if lemma in lexicon.person_nouns or lemma.endswith(tuple(lexicon.agentless_endings)):
        return False
    return any(
        lemma.endswith(ending) and len(lemma) > len(ending) for ending in lexicon.agent_noun_endings
    )


def _in_phrase_below(token: Token, head: Token, lexicon: Lexicon) -> bool:
    """``token`` lies in a prepositional phrase on the head ("a friend [of the minister]",
    "a voter [from Hilton Head]"): it describes something else than the referent. A
    partitive ("one [of the attorneys]", "a group [of doctors]") names its referent inside
    its "of" phrase, unless the phrase lists several kinds of people ("a group of artists,
    writers and actors"): no one noun of them is the group's capacity."""
    if head.pos_ in ("NUM", "PRON"):
        return False
    partitive = head.lemma_.lower() in lexicon.partitive_nouns
    for above in [token, *token.ancestors]:
        if above.i == head.i:
            return False
        if above.dep_ == PREPOSITION:
            return not (partitive and above.head.i == head.i and _one_kind_of(above))
    return False


def _one_kind_of(preposition: Token) -> bool:
    """``preposition`` is an "of" whose object lists no other noun beside it."""
    return preposition.lower_ == "of" and not any(
        child.dep_ == CONJUNCT
        for obj in preposition.children
        if obj.dep_ == PREPOSITION_OBJECT
        for child in obj.children
    )


def _office_of_run(role_noun: Token, candidates: set[int]) -> Token:
    """The last of role nouns written in a row, each modifying a later one: "Deputy
    Commissioner" is a commissioner, "chief executive" an executive; so is one a role
    noun modifies across a domain word ("Deputy Police Commissioner")."""
    doc = role_noun.doc
    while True:
        following = role_noun.i + 1
        if (
            following in candidates
            and role_noun.head.i > role_noun.i
            and role_noun.whitespace_
            and doc[following].text[:1].isupper() == role_noun.text[:1].isupper()
        ):
            role_noun = doc[following]
        elif (
            role_noun.dep_ == COMPOUND
            and role_noun.head.i in candidates
            and role_noun.head.i > following
            and role_noun.head.text[:1].isupper() == role_noun.text[:1].isupper()
        ):
            role_noun = role_noun.head
        else:
            return role_noun


def _role_words(
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
        if token.is_punct or token.dep_ not in ROLE_MODIFIERS:
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


def names_body(token: Token, lexicon: Lexicon) -> bool:
    """A capitalised modifier that names a team, party or body: "Oilers captain", "Green
    MLA", "IMF economist".

    Notes:
        Sports copy names a player's team by its plural nickname before the role
        (AP style: "Oilers captain"), and Westminster-system papers a legislator's party by
        its adjective ("Green MLA", "Labour MP"). A party label that also names a political
        leaning (:attr:`Lexicon.leaning_labels`) is capitalised at a sentence's start
        whichever it means, so there it names no party. A capitalised plural that is no group of
        people ("Nurses" at a sentence's start) and no person's name is read as a team; a
        capitalised word the tagger took for a common noun or adjective here and for a
        proper noun elsewhere in the article, as a firm (:func:`_name_tagged_common`).
    """
    if not token.text[:1].isupper():
        return False
    if token.lower_ in lexicon.party_labels:
        # "Conservative economist X" opening a sentence may be a leaning, not a party.
        return not (token.is_sent_start and token.lower_ in lexicon.leaning_labels)
    if token.text.isupper() and len(token.text) > 1 and token.is_alpha:
        # An acronym: "IMF chief economist", unless it is an office ("CEO", "MP").
        return token.lower_ not in union(lexicon.role_nouns, lexicon.titles)
    people = union(
        lexicon.group_heads, lexicon.role_nouns, lexicon.occupation_nouns, lexicon.unnamed_heads
    )
    if {token.lower_, token.lemma_.lower()} & people:
        return False
    if token.tag_ in PLURAL_NOUNS:
        return token.is_alpha and token.ent_type_ != "PERSON"
    return _name_tagged_common(token)


def _name_tagged_common(token: Token) -> bool:
    """A capitalised word tagged as a common noun or adjective here that the article writes
    as a proper noun elsewhere: a firm's name ("Telmara chief executive Dana Pike said",
    "Telmara" taken for a noun before two others); not the surname of a person the article
    names ("Ruiz aide Tom Hale" after "Ana Ruiz": a person is no affiliation)."""
    if token.pos_ not in _COMMON_WORDS or not token.is_alpha:
        return False
    return token.orth in _proper_nouns(token.doc) and token.text not in surnames(token.doc)


@functools.lru_cache(maxsize=1)
def _proper_nouns(doc: Doc) -> frozenset[int]:
    """The words (their ``orth`` ids) tagged as proper nouns anywhere in ``doc``, made once
    per document (the cache holds the last one) from its attribute columns, without a
    Token per word."""
    table = doc.to_array([POS, ORTH])
    return frozenset(table[table[:, 0] == doc.vocab.strings[_PROPER_NOUN], 1].tolist())


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


def body_preposition(preposition: Token, lexicon: Lexicon) -> bool:
    """A phrase on a role that names the body the role serves or is held in, which is
    its affiliation and no part of the role: a "to" phrase on a capacity held in someone's
    service ("a senior adviser to the Harbor Trust", "an aide to the Ruiz campaign"; not
    "an aide to Ana Ruiz", a person, nor "ambassador to Chile", where one is sent), or an
    "in" phrase ("an official in the Ruiz administration", "a lawyer in the Justice
    Department"; not "a lawyer in Chicago", where one works)."""
    lower = preposition.lower_
    serving = (
        lower in lexicon.service_prepositions
        and preposition.head.lemma_.lower() in lexicon.service_nouns
    )
    if not serving and lower not in lexicon.membership_prepositions:
        return False
    return any(
        child.dep_ == PREPOSITION_OBJECT and _names_a_body(child, lexicon)
        for child in preposition.children
    )


def _names_a_body(token: Token, lexicon: Lexicon) -> bool:
    """An organisation's name, or a body named by the person who leads it ("the Ruiz
    campaign"): what :mod:`.affiliations` reads as the affiliation, so that the role and
    the affiliation share out the phrase."""
    return token.ent_type_ in _BODY_ENTS or body_leader(token, lexicon) is not None


def body_leader(token: Token, lexicon: Lexicon) -> Token | None:
    """The person's name a body is named by ("Ruiz" in "the Ruiz campaign"), when
    ``token`` is the lower-case noun of such a body (``Lexicon.leader_bodies``), or None."""
    if not _led_body_noun(token, lexicon):
        return None
    return next((c for c in token.lefts if c.dep_ == COMPOUND and c.ent_type_ == _PERSON_ENT), None)


def body_owner(token: Token, lexicon: Lexicon) -> Token | None:
    """The proper name whose body the lower-case noun ``token`` is by a possessive ("chief
    strategist for Ana Ruiz's campaign"), or None."""
    if not _led_body_noun(token, lexicon):
        return None
    return next((c for c in token.lefts if c.dep_ == POSSESSOR and c.pos_ == _PROPER_NOUN), None)


def _led_body_noun(token: Token, lexicon: Lexicon) -> bool:
    """``token`` is the lower-case noun of a body its leader names (``Lexicon.leader_bodies``:
    "campaign", "administration")."""
    return token.is_lower and token.lemma_.lower() in lexicon.leader_bodies


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


def is_affiliation(token: Token, lexicon: Lexicon) -> bool:
    return token.ent_type_ in _AFFILIATION_ENTS or token.lower_ in lexicon.demonyms
