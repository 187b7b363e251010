"""Roles in a noun phrase: "Defense Minister", "researcher specializing in X", "coach".

Notes:
    A role is a role noun (or an occupation) with its pre-modifiers and post-modifying
    phrases, as the article writes it; the affiliation it may carry is read by
    :mod:`.affiliations`. This chooses the noun; the role's words around it are found in
    :mod:`.role_words`, which stop at a word that names a body (:mod:`.affiliation_words`).
"""

from __future__ import annotations

import functools

import attrs
from spacy.tokens import Token

from ...lexicon import Lexicon
from ..labels import COMPOUND, CONJUNCT, PREPOSITION, PREPOSITION_OBJECT, ROLE_MODIFIERS
from ..syntax import PLURAL_NOUNS
from ..wordsets import union
from .role_words import role_words
from .wording import article_words, prefixed_word, qualifies_office

_PLACE_ENTS = frozenset({"GPE", "LOC"})
_BODY_ENTS = frozenset({"ORG", "FAC", "NORP"})


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
        and not _inside_body_name(t, excluded)
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
            offices = [
                t
                for n, t in enumerate(office)
                if t.lower_.rstrip(".") not in ranks
                or (
                    n + 1 < len(office)
                    and office[n + 1].i == t.i + 1
                    and qualifies_office(t, office[n + 1], lexicon)
                )
            ]
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
        words = role_words(occupation, tokens, excluded, lexicon)
        return Role.from_words(words, occupation.lemma_.lower())
    lemma = candidates[0].lemma_.lower()
    if lemma in lexicon.unnamed_heads and not _named_office(candidates[0], lexicon):
        # "officials" hold an office; "a source", "people" name no capacity at all.
        return _bare_plural(candidates[0], lemma) if lemma in lexicon.role_nouns else NO_ROLE
    # "head coach": a role noun before an occupation qualifies it, as before another role.
    run = {t.i for t in candidates} | {
        t.i
        for t in tokens
        if t.i not in excluded and t.pos_ == "NOUN" and t.lemma_.lower() in lexicon.occupation_nouns
    }
    role_noun = _office_of_run(candidates[0], run)
    words = role_words(role_noun, tokens, excluded, lexicon)
    if _rank_alone(role_noun, words, lexicon):
        return NO_ROLE
    if role_noun.tag_ in PLURAL_NOUNS and len(words) == 1:
        return _bare_plural(role_noun, lemma)
    return Role.from_words(words, role_noun.lemma_.lower())


def _bare_plural(noun: Token, lemma: str) -> Role:
    """A bare plural role read as its singular ("official" from "officials"), which the
    text holds with a plural ending after it; an irregular plural ("spokesmen") is kept as
    written, the only form the text holds."""
    return Role(lemma, lemma) if noun.lower_.startswith(lemma) else Role(noun.text, lemma)


def _inside_body_name(token: Token, excluded: set[int]) -> bool:
    """``token`` is a word inside an organisation's name, not its last ("Justice" of "Justice
    Department spokeswoman"): the body's word, not an office (an office the recogniser took
    into the name as its last word stays one: "[the Ohio Republican National
    Committeewoman]"; so does one right before the person's name, ``excluded``, it took
    in too: "[Harbor Bank Economist Nina Holt]")."""
    if token.ent_type_ not in _BODY_ENTS:
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and following.ent_iob_ == "I" and following.i not in excluded


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
