"""Where a mention's role, title or affiliation was read: the article's words behind a value.

:mod:`.mentions` reads each value as a string; this finds the words it was read from, in
the mention's phrase, so that a record can point at them and a reader can check them. A
value spelled there points at those words; a country implied by a nationality word
("Chilean Ambassador" gives Chile) at that word; a party implied by a bracketed tag
("(D-Md.)" gives Democratic) at the tag.
"""

from __future__ import annotations

import re
from enum import IntEnum
from functools import lru_cache

import attrs
from spacy.tokens import Span, Token

from ...lexicon import Lexicon
from ..labels import APPOSITION_OR_CONJUNCT
from ..layout import Layout
from .fronted import capacity_over, described_before_commas, fronted_appositive, named_by
from .mentions import Mention

_PLACE_ENTS = frozenset({"GPE", "LOC"})
_TAG_LENGTH = 6
"""Tokens a party tag may hold ("(", "D", "-", "N.", "Y.", ")")."""
_COMMA_TAG_LENGTH = 4
"""Tokens a tag after a comma may hold (",", "R", "-", "Ohio")."""
_TAG_OPENERS = frozenset({"(", ","})
_EARLIER_CHARS = 20_000
"""How far back an institution's full name is looked for (as :mod:`.affiliations` does)."""


class Stated(IntEnum):
    """How a value stands in the text."""

    IMPLIED = 1
    """A country implied by a nationality word, a party by a bracketed party tag."""
    WORDS = 2
    """The value is the article's own words."""


@attrs.frozen
class Source:
    """The character range a value was read from, and how it stands there."""

    start: int
    end: int
    stated: Stated
    place: bool = False
    """The words name a place (a country, a state, a city) rather than a body or party."""


def find_source(
    value: str, mention: Mention, layout: Layout, lexicon: Lexicon, *, affiliation: bool = False
) -> Source | None:
    """The words of the article that ``value``, read at ``mention``, was read from.

    Args:
        value: A role, title or affiliation of ``mention``.
        mention: The mention it was read at.
        layout: The parsed text.
        lexicon: Language data (nationality words, party letters, possessive endings).
        affiliation: ``value`` is an affiliation, which may be implied rather than spelled.

    Returns:
        The place in the mention's phrase (with its appositives, prepositional phrases and
        relative clauses) that spells ``value``, the nearest to the mention; for an
        affiliation not spelled there, the nationality word or party tag in it that implies
        it; None when neither is there (a value the article does not state, which a
        record does not give).
    """
    doc = layout.doc
    head = doc[mention.head]
    phrase = _phrase(head, lexicon)
    low = min(phrase.start_char, mention.start)
    high = max(phrase.end_char, mention.end)
    spelled = _spelled(value, layout.text, low, high, mention)
    if spelled is not None:
        start, stop = spelled
        place = affiliation and _names_a_place(phrase, start, stop)
        return Source(start, stop, Stated.WORDS, place=place)
    if affiliation:
        nationality = _nationality_word(value, phrase, head, lexicon)
        if nationality is not None:
            first, last = nationality
            return Source(first.idx, last.idx + len(last), Stated.IMPLIED, True)
        tag = _party_tag(value, phrase, head, lexicon)
        if tag is not None:
            return Source(tag[0], tag[1], Stated.IMPLIED)
        earlier = _named_earlier(value, phrase, layout.text, low)
        if earlier is not None:
            return Source(earlier[0], earlier[1], Stated.WORDS)
    return None


def _phrase(head: Token, lexicon: Lexicon) -> Span:
    """The words a mention's values are read from: the head's phrase with its appositives,
    prepositional phrases and relative clauses (and the phrase a name stands in apposition
    to, "the first lady, Ana Diaz", or is coordinated with, "candidate and former nurse Ana
    Diaz"), a description set before it ("A former nurse, Ana Diaz said", "a nurse named
    Ana Diaz"), and a party tag right after it, in brackets or after a comma ("(D-Md.)",
    ", R-Ohio")."""
    doc = head.doc
    top = head.head if head.dep_ in APPOSITION_OR_CONJUNCT and head.head.i < head.i else head
    if top is not head:
        top = capacity_over(top, lexicon)  # "the director of the museum, Ana Diaz"
    first, last = top.left_edge.i, top.right_edge.i
    fronted = (
        fronted_appositive(head, lexicon)
        or described_before_commas(head, lexicon)
        or named_by(head, lexicon)
    )
    if fronted is not None:
        first = min(first, fronted.left_edge.i)
    if last + 2 < len(doc) and doc[last + 1].text == "(":
        last = min(last + _TAG_LENGTH, len(doc) - 1)
    elif (
        last + 2 < len(doc) and doc[last + 1].text == "," and _party_letter(doc[last + 2], lexicon)
    ):
        last = min(last + _COMMA_TAG_LENGTH, len(doc) - 1)
    return doc[first : last + 1]


def _party_letter(token: Token, lexicon: Lexicon) -> str | None:
    """The party letter a tag starts with ("R" of "R-Ohio"), if ``token`` starts one."""
    letter, hyphen, _ = token.text.partition("-")
    if not letter.isupper() or letter.lower() not in lexicon.party_abbreviations:
        return None
    following = token.nbor(1).text if token.i + 1 < len(token.doc) else ""
    return letter if hyphen or following in ("-", ")") else None


_SKIPPED = r"(?:\W+\w+){0,3}?\W*"
"""What may stand between two words of a value read round an aside: up to three words
("instrument technician in Chalmette on ..." from "... in Chalmette, La., on ...")."""


@lru_cache(maxsize=8192)
def _pattern(value: str, skipping: bool) -> re.Pattern[str] | None:
    """The value's words as written, with any spacing (or none) between them; with
    ``skipping``, with an aside of up to three words between two of them. None for a value
    with no words.

    Values are token texts joined by single spaces ("New York Times / CBS News" from
    "New York Times/CBS News"), so the text may hold them with other spacing or none; a
    role may skip an aside or a possessive mark (:mod:`.roles`); a bare plural role is read
    as its singular ("official" from "officials"). The skipping pattern is compiled only
    for a value the plain one does not find (compiling is most of the cost of a search);
    the cache holds a corpus's recurring roles and bodies.
    """
    words = value.split()
    if not words:
        return None
    before = r"(?<!\w)" if words[0][:1].isalnum() else ""
    after = r"(?!\w)" if words[-1][-1:].isalnum() else ""
    plural = "(?:e?s)?" if words[-1][-1:].isalpha() else ""
    gap = _SKIPPED if skipping else r"\s*"
    joined = gap.join(re.escape(w) for w in words)
    return re.compile(before + joined + plural + after, re.IGNORECASE)


def _spelled(
    value: str, text: str, low: int, high: int, mention: Mention
) -> tuple[int, int] | None:
    """The occurrence of ``value`` in ``text[low:high]`` nearest the mention (inside first),
    from its first word to its last."""
    for skipping in (False, True):
        pattern = _pattern(value, skipping)
        if pattern is None:
            return None
        best: tuple[int, int, int] | None = None
        for match in pattern.finditer(text, low, high):
            start, end = match.span()
            distance = max(0, mention.start - end, start - mention.end)
            if best is None or distance < best[0]:
                best = (distance, start, end)
        if best is not None:
            return best[1], best[2]
    return None


def _names_a_place(phrase: Span, start: int, end: int) -> bool:
    """The named entities in ``start:end`` are all places (the words name no body)."""
    types = {
        t.ent_type_
        for t in phrase
        if t.ent_type_ and t.idx < end and t.idx + len(t) > start and not t.is_punct
    }
    return bool(types) and types <= _PLACE_ENTS


def _nationality_word(
    value: str, phrase: Span, head: Token, lexicon: Lexicon
) -> tuple[Token, Token] | None:
    """The nationality word nearest the head that stands for the country ``value``, as its
    first and last token (two for "South Korean"), or the short form of the body it names
    ("U.N.", see :attr:`Lexicon.body_abbreviations`)."""
    endings = sorted(lexicon.possessive_endings)
    found: list[tuple[Token, Token]] = []
    for token in phrase:
        lower = token.lower_
        for ending in endings:
            lower = lower.removesuffix(ending)
        if value in (lexicon.demonyms.get(lower), lexicon.body_abbreviations.get(lower)):
            found.append((token, token))  # "Chilean" for Chile, "U.N." for United Nations
        elif token.i > phrase.start:
            before = token.doc[token.i - 1]
            if lexicon.demonyms.get(f"{before.lower_} {lower}") == value:
                found.append((before, token))
    if not found:
        return None
    return min(found, key=lambda pair: (abs(pair[1].i - head.i), pair[1].i))


def _party_tag(value: str, phrase: Span, head: Token, lexicon: Lexicon) -> tuple[int, int] | None:
    """The party tag nearest the head whose letter stands for ``value``: its characters inside
    the brackets ("(D-Md.)") or after the comma (", R-Ohio")."""
    doc = phrase.doc
    found: list[tuple[Token, Token]] = []
    for token in phrase:
        if token.text not in _TAG_OPENERS or token.i + 1 >= phrase.end:
            continue
        inner = doc[token.i + 1 : min(token.i + _TAG_LENGTH, phrase.end)]
        if token.text == "(":
            closing = next((t for t in inner if t.text == ")"), None)
        elif _party_letter(inner[0], lexicon):
            # After a comma the tag runs to the next punctuation but its hyphen.
            closing = next((t for t in inner[1:] if t.is_punct and t.text != "-"), None)
            closing = closing or (doc[inner.end] if inner.end < len(doc) else None)
        else:
            continue
        if closing is None or closing.i == token.i + 1:
            continue
        letter = inner[0].text.partition("-")[0]
        if letter.isupper() and lexicon.party_abbreviations.get(letter.lower()) == value:
            found.append((inner[0], doc[closing.i - 1]))
    if not found:
        return None
    first, last = min(found, key=lambda pair: (abs(pair[0].i - head.i), pair[0].i))
    return first.idx, last.idx + len(last)


def _named_earlier(value: str, phrase: Span, text: str, before: int) -> tuple[int, int] | None:
    """Where the article named in full the institution ``phrase`` names by its head noun
    ("director of the museum" after "the Norton Museum ..."): the nearest earlier spelling
    of ``value`` whose last word is a word of the phrase (see :mod:`.affiliations`)."""
    words = value.split()
    if len(words) < 2 or not any(t.lower_ == words[-1].lower() for t in phrase):
        return None
    low = max(0, before - _EARLIER_CHARS)
    pattern = _pattern(value, False)
    found = [m.span() for m in pattern.finditer(text, low, before)] if pattern else []
    return found[-1] if found else None
