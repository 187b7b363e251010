"""What a word names as a body: the organisation, party, team or country a modifier or the
object of a preposition stands for, in the article's own words.

:mod:`.affiliations` decides which words of a phrase to read; this reads one of them. A
nationality word gives its country, a party word the party, a capitalised run the
organisation's name (cut at a possessive ending); a person never gives one, nor a person
known only by an earlier full mention ("a Trump surrogate"), while a body named after its
leader does ("the Ruiz campaign"). An institution's common noun ("the museum") gives the
institution the article named earlier. The words of a body's name are found in
:mod:`.body_names`; whether a word names a person, and so no body, in :mod:`.named_persons`.
"""

from __future__ import annotations

import functools

import numpy
from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ...lexicon import Lexicon
from ..labels import CASE_MARKER, COMPOUND, COMPOUND_OR_POSSESSOR
from ..syntax import doc_text
from ..wordsets import union
from .affiliation_words import body_leader, body_owner, entity_of, names_body
from .body_names import body_words
from .named_persons import LOOK_BACK, labelled_person, named_person, persons_body
from .recent_bodies import one_body_before
from .wording import (
    article_words,
    definite,
    hyphen_parts,
    leading_article_off,
    possessive_mark,
    prefixed_parts,
)

_AFFILIATION_ENTS = frozenset({"ORG", "GPE", "NORP", "FAC"})
_PERSON_ENT = "PERSON"


def bare_lower(token: Token, lexicon: Lexicon) -> str:
    """The word in lower case without its possessive endings ("chile's" -> "chile")."""
    lower = token.lower_
    for ending in sorted(lexicon.possessive_endings):
        lower = lower.removesuffix(ending)
    return lower


def _ethnic_compound(parts: list[Token], lexicon: Lexicon) -> bool:
    """The parts of a hyphenated word (:func:`.wording.hyphen_parts`) make an ethnic word
    the tokenizer split ("African-American"), or a heritage: a nationality word after
    others or after an ethnic prefix ("Peruvian-Canadian", "Afro-Cuban"), which says
    where someone's family is from, not whom they speak for."""
    if len(parts) < 2:
        return False
    if article_words(parts).lower() in lexicon.ethnic_labels:
        return True
    words = [t.lower_ for t in parts if not t.is_punct]
    return (
        len(words) > 1
        and words[-1] in lexicon.demonyms
        and all(w in lexicon.demonyms or w in lexicon.ethnic_labels for w in words[:-1])
    )


def body_phrase(
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
    ent = entity_of(token)  # read once: the readings below each want it
    if _quoted_name(token, ent):
        return None
    decided, value = _read_word(token, ent, lexicon, proper=proper, places=places)
    if decided:
        return value
    words = body_words(token, ent, lexicon, proper=proper)
    if not words or any(t.is_quote for t in words):
        return None  # none, or the quoted name runs into the word read (a nickname: X "Y")
    led = _led_body_after(words[-1], lexicon)
    if led is not None:
        words.append(led)  # "a Trump campaign adviser": the campaign, not the name
    if portfolio and not proper:
        # "Chilean Energy Minister": the portfolio word is not part of the affiliation.
        while len(words) > 1 and words[-1].lower_ in lexicon.role_domains:
            words.pop()
    if not words or any(t.lower_ in lexicon.honorifics for t in words):
        return None  # "a lawyer for Mr. Reyes": an honorific marks a person
    first = words[0].lower_
    if first in lexicon.demonyms and len(words) > 1 and words[-1].lower_ in lexicon.role_domains:
        return lexicon.demonyms[first]
    text = without_possessive(article_words(words), lexicon)
    full = lexicon.body_abbreviations.get(text.lower())
    if full is not None and full in doc_text(token.doc):
        return full  # "U.N." where the article also writes "United Nations"
    if _group_adjective(words, text, lexicon):
        return None
    return lexicon.demonyms.get(text.lower(), text) or None


_LONGEST_QUOTED_NAME = 6
"""Words walked from a word of a name to the quotation marks around it."""


def _led_body_after(last: Token, lexicon: Lexicon) -> Token | None:
    """The body's noun right after the name ``last`` ends, when a leader names that body
    ("Trump campaign", ``Lexicon.leader_bodies``) and the name modifies it or both modify
    the same word; None otherwise."""
    doc = last.doc
    if last.i + 1 >= len(doc) or last.dep_ not in COMPOUND_OR_POSSESSOR:
        return None
    noun = doc[last.i + 1]
    if not (noun.is_lower and noun.lemma_.lower() in lexicon.leader_bodies):
        return None
    hung = noun.head.i == last.head.i or last.head.i == noun.i
    return noun if hung and noun.dep_ in COMPOUND_OR_POSSESSOR else None


def _quoted_name(token: Token, ent: Span | None) -> bool:
    """``token`` is in a name in quotation marks, or a work's: a book ("the author of
    'River Towns'"), a bill or a slogan names no body that someone speaks for.

    Notes:
        The marks must enclose the name: one right before its first capitalised word
        (no space after it), and one a few words after ``token``, with only capitalised
        words, small words and punctuation between ("'Copper and Salt,'"). A mark that
        opens a quoted sentence, or closes one with no space after it ("it!'Former
        Green candidate"), encloses no name."""
    if ent is not None and ent.label_ == "WORK_OF_ART":
        return True
    doc = token.doc
    first = ent.start if ent is not None else token.i
    limit = max(0, first - _LONGEST_QUOTED_NAME)
    while first > limit and doc[first - 1].is_title:
        first -= 1
    if first == 0:
        return False
    mark = doc[first - 1]
    if not mark.is_quote or mark.whitespace_:
        return False
    last = ent.end if ent is not None else token.i + 1
    for word in doc[last : last + _LONGEST_QUOTED_NAME]:
        if word.is_quote:
            return True
        if not (word.is_title or word.is_punct or word.is_stop):
            return False
    return False


def _possessor(token: Token, lexicon: Lexicon) -> bool:
    """The word takes a possessive ending ("German's")."""
    return any(
        child.dep_ == CASE_MARKER and possessive_mark(child, lexicon) for child in token.children
    )


def _group_adjective(words: list[Token], text: str, lexicon: Lexicon) -> bool:
    """Adjectives of a group that are neither a nationality nor a party ("a Middle Eastern
    diplomat", "a Muslim cleric"): a region, faith or people is no body one speaks for."""
    return (
        all(t.ent_type_ == "NORP" and t.pos_ == "ADJ" for t in words)
        and text.lower() not in lexicon.demonyms
        and text.lower() not in lexicon.party_labels
    )


def _lone_capital(token: Token, lexicon: Lexicon) -> bool:
    """One capitalised word the recogniser left unlabelled, with a lower-case word after
    it, that the article writes in lower case elsewhere ("Band member ..." where it
    speaks of "the band"): at a sentence's start, its capital says nothing of a name. A
    word for a public body still names one ("Police officials").

    Notes:
        How a document writes a word where its case is free is the evidence truecasing
        uses for a sentence's first word (Lita et al. 2003, "tRuEcasIng").
    """
    doc = token.doc
    following = token.i + 1
    if following >= len(doc) or not doc[following].is_lower:
        return False
    lower = token.lower_
    if lower in lexicon.government_words or lower in lexicon.institution_nouns:
        return False
    return bool((_word_ids(doc) == numpy.uint64(get_string_id(lower))).any())


@functools.lru_cache(maxsize=1)
def _word_ids(doc: Doc) -> numpy.ndarray:
    """The ids of the words of ``doc``, spaCy's attribute array (read once per document:
    the cache holds the last one), so that a look-up of how the article writes a word
    does not make a Token of every word each time: a long document asks it for every few
    thousand words. Compared whole, not made a set: a document asks it a few times."""
    return doc.to_array(ORTH)


def _read_word(
    token: Token, ent: Span | None, lexicon: Lexicon, *, proper: bool, places: bool
) -> tuple[bool, str | None]:
    """What the word alone decides: a nationality, a party, a team, a person, or an
    institution named by its head noun. Returns whether it decided, and the value.
    ``ent`` is the entity holding ``token`` (:func:`~.affiliation_words.entity_of`)."""
    lower = bare_lower(token, lexicon)
    parts = hyphen_parts(token)  # read once, for an ethnic word and for a prefix
    if lower in lexicon.ethnic_labels or _ethnic_compound(parts, lexicon):
        return True, None  # who someone is, not whom they speak for
    if lower in lexicon.demonyms:
        # "German's brother": a nationality word with "'s" is someone's name.
        return True, lexicon.demonyms[lower] if places and not _possessor(token, lexicon) else None
    if prefixed_parts(parts, lexicon):
        return True, None  # "Anti-Toll-Road": no part of it is a name, however capitalised
    if (
        token.is_sent_start
        and not token.ent_type_
        and (lower in lexicon.media_words or _lone_capital(token, lexicon))
    ):
        # "Radio talk show host Glenn Beck ...", "Band member Flea ...": a common noun,
        # capitalised only because it opens the sentence, names no outlet or body.
        return True, None
    if names_body(token, lexicon) and token.lower_ in lexicon.party_labels:
        return True, without_possessive(article_words([token]), lexicon)
    if not places:
        # A private capacity speaks for no body: "a Denver resident", "a Rangers fan"
        # (who supports the team and does not play for it); only a party is stated.
        return True, None
    led = _led_body(token, lexicon)
    if led is not None:
        return True, led
    person = labelled_person(ent, lexicon) or named_person(token, ent, lexicon)
    if person and not proper:
        return True, persons_body(token, ent, lexicon)  # "a Trump surrogate": no affiliation
    if person and (
        named_person(token, ent, lexicon)
        or len(ent or ()) > 1
        or token.lower_ in lexicon.first_name_genders
    ):
        # "a lawyer for Ana Diaz": a person is not whom one speaks for. A lone word after
        # a preposition is kept unless the article named that person in full or it is a
        # first name ("Voters for Hillary"): small models label unfamiliar places and
        # firms PERSON ("the mayor of Riverton").
        return True, None
    lemma = token.lemma_.lower()
    if token.is_lower and (lemma in lexicon.institution_nouns or lemma in lexicon.body_anaphors):
        return True, _named_before_head(token) or _named_earlier(token, lexicon)
    if (
        proper
        and token.is_lower
        and lemma in union(lexicon.organization_words, lexicon.government_words)
    ):
        # "Ana Ruiz of the Ohio delegation", "a spokeswoman for the Dayton police": a body's
        # noun after the name written before it
        named = _named_before_head(token)
        if named is not None:
            return True, named
    if token.is_lower and lemma in lexicon.leader_bodies:
        # "the campaign's press secretary" after "the Clinton campaign": that campaign, if
        # the article named one (a bare "the campaign" names no one's).
        led = _led_earlier(token, lexicon)
        if led is not None:
            return True, led
    return False, None


def _led_body(token: Token, lexicon: Lexicon) -> str | None:
    """A body named by the person who leads it ("the Ruiz campaign", "the Ruiz
    administration", "Ana Ruiz's 2008 campaign"): the name with the body's noun, as
    written, or None."""
    leader = body_leader(token, lexicon)
    if leader is None:
        owner = body_owner(token, lexicon)
        return token.doc[owner.left_edge.i : token.i + 1].text if owner is not None else None
    words = [t for t in leader.subtree if t.ent_type_ == _PERSON_ENT or t.pos_ == "PROPN"]
    return article_words([*words, token]) or None


def without_possessive(text: str, lexicon: Lexicon) -> str:
    for ending in sorted(lexicon.possessive_endings):
        if text.endswith(ending):
            return text[: -len(ending)]
    return text.rstrip("'\u2019")


def _led_earlier(token: Token, lexicon: Lexicon) -> str | None:
    """The one body named by its leader ("the Clinton campaign") with ``token``'s noun
    that the article named before a definite ``token`` ("the campaign"), or None."""
    if not definite(token, lexicon):
        return None
    doc = token.doc
    wanted = token.lemma_.lower()
    names = {
        led
        for index in range(token.i - 1, max(-1, token.i - LOOK_BACK), -1)
        if doc[index].lemma_.lower() == wanted
        and (led := _led_body(doc[index], lexicon)) is not None
    }
    return names.pop() if len(names) == 1 else None


def _named_before_head(token: Token) -> str | None:
    """An institution's name written before its lower-case head noun, with it: "the Blue
    Heron restaurant"; None when no capitalised compound precedes the head or a person's
    name does ("the Diaz firm" names no firm an affiliation could cite)."""
    doc = token.doc
    start = token.i
    while (
        start > 0 and doc[start - 1].dep_ == COMPOUND and start <= doc[start - 1].head.i <= token.i
    ):
        start -= 1
    words = list(doc[start : token.i])
    if not words or any(not t.text[:1].isupper() or t.ent_type_ == _PERSON_ENT for t in words):
        return None
    return article_words([*words, token])


def _named_earlier(token: Token, lexicon: Lexicon) -> str | None:
    """The full name of an institution the phrase names by its head noun: "director of the
    museum" after "the Norton Museum" was named; for a noun of a body of any name, the one
    organisation named just before (:func:`.recent_bodies.one_body_before`: "the group"
    after "Harbor Watch"); else the head noun itself when the article named no such
    institution before, or several, and None for a body of any name ("the group"); None
    without a definite article.

    Notes:
        A definite description refers back to the most salient entity of its head noun
        (Poesio and Vieira 1998 on definite descriptions in news); only an unambiguous
        antecedent is taken, as a wrong affiliation is worse than none.
    """
    if not definite(token, lexicon):
        return None
    doc = token.doc
    wanted = token.lemma_.lower()
    names: set[str] = set()
    for index in range(token.i - 1, max(-1, token.i - LOOK_BACK), -1):
        earlier = doc[index]
        if earlier.lemma_.lower() != wanted or not earlier.text[:1].isupper():
            continue
        ent = entity_of(earlier)
        if ent is not None and ent[0].ent_type_ in _AFFILIATION_ENTS and len(ent) > 1:
            words = leading_article_off(list(ent), lexicon)
            names.add(without_possessive(article_words(words), lexicon))
    if len(names) == 1:
        return names.pop()
    if not names:
        recent = one_body_before(token, lexicon)  # "the group" after "Harbor Watch"
        if recent is not None:
            return without_possessive(recent, lexicon)
    if wanted not in lexicon.institution_nouns:
        return None  # "the group": a body of any name, and the article's is not known
    return article_words([token])  # the article names no more than "the museum"
