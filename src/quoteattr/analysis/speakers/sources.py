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
from .name_tags import state_written

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
    value: str,
    mention: Mention,
    layout: Layout,
    lexicon: Lexicon,
    *,
    affiliation: bool = False,
    phrase: Span | None = None,
) -> Source | None:
    """The words of the article that ``value``, read at ``mention``, was read from.

    Args:
        value: A role, title or affiliation of ``mention``.
        mention: The mention it was read at.
        layout: The parsed text.
        lexicon: Language data (nationality words, party letters, possessive endings).
        affiliation: ``value`` is an affiliation, which may be implied rather than spelled.
        phrase: The mention's :func:`mention_phrase`, when the caller has it (it is the
            same for each value of a mention); read here otherwise.

    Returns:
        The place in the mention's phrase (with its appositives, prepositional phrases and
        relative clauses) that spells ``value``, the nearest to the mention; for an
        affiliation not spelled there, the nationality word or party tag in it that implies
        it; None when neither is there (a value the article does not state, which a
        record does not give).
    """
    head = layout.doc[mention.head]
    if phrase is None:
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
        earlier = _named_earlier(value, phrase, layout.text, low, lexicon)
        if earlier is not None:
            return Source(earlier[0], earlier[1], Stated.WORDS)
    return None


def mention_phrase(mention: Mention, layout: Layout, lexicon: Lexicon) -> Span:
    """The words ``mention``'s values are read from (see :func:`find_source`)."""
    return _phrase(layout.doc[mention.head], lexicon)


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

_FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"
"""The characters a case-insensitive regular expression matches with an ASCII letter ("İ"
and dotless "ı" with "i", the long "ſ" with "s", the Kelvin sign with "k"), which
``str.lower`` does not turn into that letter."""


@lru_cache(maxsize=8192)
def _pattern(value: str, skipping: bool) -> re.Pattern[str] | None:
    """The value's words as written, with any spacing (or none) between them; with
    ``skipping``, with an aside of up to three words between two of them. None for a value
    with no words.

    Values are token texts joined by single spaces ("New York Times / CBS News" from
    "New York Times/CBS News"), so the text may hold them with other spacing or none; a
    role may skip an aside or a possessive mark (:mod:`.roles`); a bare plural role is read
    as its singular ("official" from "officials"). Compiling is most of the cost of a
    search, and a corpus brings new names with every document: a value of ASCII words is
    found without a pattern (:func:`_occurrences`), and the skipping pattern is compiled
    only for a value the plain search does not find; the cache holds a corpus's recurring
    roles and bodies.
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


def _occurrences(value: str, text: str, low: int, high: int) -> list[tuple[int, int]]:
    """The spans of ``text[low:high]`` that the plain :func:`_pattern` of ``value`` matches,
    in order, as its ``finditer`` gives them.

    A value of ASCII words is looked for with ``str.find`` in the lower-cased text, where
    that compares characters as the case-insensitive pattern does (no character of
    :data:`_FOLDS_TO_ASCII` there); word boundaries and spacing are tested as the
    pattern's ``\\w`` and ``\\s`` do (``str.isalnum`` or "_", ``str.isspace``), on the text
    itself, and the pattern's lookbehind sees the character before ``low``.
    """
    words = value.split()
    window = text[low:high]
    if not value.isascii() or (not window.isascii() and any(c in window for c in _FOLDS_TO_ASCII)):
        pattern = _pattern(value, False)
        return [m.span() for m in pattern.finditer(text, low, high)] if pattern else []
    if not words:
        return []
    folded = window.lower()
    first, *rest = (w.lower() for w in words)
    last = words[-1][-1]
    bounded_before = first[0].isalnum()
    bounded_after = last.isalnum()
    endings = ("es", "s", "") if last.isalpha() else ("",)

    def word_at(i: int) -> bool:  # the pattern's \w at ``i`` (nothing at ``high``)
        return i < high and (text[i].isalnum() or text[i] == "_")

    found: list[tuple[int, int]] = []
    at = folded.find(first)
    while at != -1:
        start = low + at
        end: int | None = None
        if not (
            bounded_before and start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_")
        ):
            end = start + len(first)
            for word in rest:
                while end < high and text[end].isspace():
                    end += 1
                if not folded.startswith(word, end - low):
                    end = None
                    break
                end += len(word)
        if end is not None:
            # The optional plural ending, longest first, then the boundary after the value.
            stem, end = end, None
            for ending in endings:
                if folded.startswith(ending, stem - low) and not (
                    bounded_after and word_at(stem + len(ending))
                ):
                    end = stem + len(ending)
                    break
        if end is None:
            at = folded.find(first, at + 1)
        else:
            found.append((start, end))
            at = folded.find(first, end - low)
    return found


def _spelled(
    value: str, text: str, low: int, high: int, mention: Mention
) -> tuple[int, int] | None:
    """The occurrence of ``value`` in ``text[low:high]`` nearest the mention (inside first),
    from its first word to its last."""
    found = _occurrences(value, text, low, high)
    if not found:
        pattern = _pattern(value, True)
        found = [m.span() for m in pattern.finditer(text, low, high)] if pattern else []
    best: tuple[int, int, int] | None = None
    for start, end in found:
        distance = max(0, mention.start - end, start - mention.end)
        if best is None or distance < best[0]:
            best = (distance, start, end)
    return (best[1], best[2]) if best is not None else None


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
    the brackets ("(D-Md.)") or after the comma (", R-Ohio"); or the bracketed state tag
    that stands for it ("(Vt.)": Vermont)."""
    doc = phrase.doc
    found: list[tuple[Token, Token]] = []
    for token in phrase:
        if token.text not in _TAG_OPENERS or token.i + 1 >= phrase.end:
            continue
        # A bracket's closing one may lie past the phrase: the parse hangs the words after
        # a tag's full stop on the verb ("(W.Va" "." ")").
        end = len(doc) if token.text == "(" else phrase.end
        inner = doc[token.i + 1 : min(token.i + _TAG_LENGTH, end)]
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
        party = letter.isupper() and lexicon.party_abbreviations.get(letter.lower()) == value
        if party or (
            token.text == "(" and state_written(doc[token.i + 1 : closing.i], lexicon) == value
        ):
            found.append((inner[0], doc[closing.i - 1]))
    if not found:
        return None
    first, last = min(found, key=lambda pair: (abs(pair[0].i - head.i), pair[0].i))
    return first.idx, last.idx + len(last)


def _named_earlier(
    value: str, phrase: Span, text: str, before: int, lexicon: Lexicon
) -> tuple[int, int] | None:
    """Where the article named in full the institution ``phrase`` names by its head noun
    ("director of the museum" after "the Norton Museum ..."): the nearest earlier spelling
    of ``value`` whose last word is a word of the phrase (see :mod:`.affiliations`), or of
    any body the phrase takes up by a noun of a body of any name ("an adviser to the
    group" after "Harbor Watch": :mod:`.recent_bodies`)."""
    words = value.split()
    last = words[-1].lower() if words else ""
    if not any(
        (t.lower_ == last and len(words) > 1) or (t.is_lower and t.lemma_ in lexicon.body_anaphors)
        for t in phrase
    ):
        return None
    low = max(0, before - _EARLIER_CHARS)
    found = _occurrences(value, text, low, before)
    return found[-1] if found else None
