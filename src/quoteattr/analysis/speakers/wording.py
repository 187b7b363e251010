"""The article's own words for a run of tokens, and the parts of hyphenated words.

Roles and affiliations are reported as the article writes them: "vice-president",
"St. Mary's Hospital", "Washington Post-ABC News", never the tokens joined by spaces
("vice - president", "St. Mary 's Hospital").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.strings import get_string_id
from spacy.tokens import Token

from ...lexicon import Lexicon
from ..labels import COMPOUND
from ..wordsets import union

_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
"""Hyphens that join the parts of one word ("co-founder", "third-year")."""
_HYPHEN_IDS = frozenset(get_string_id(hyphen) for hyphen in _HYPHENS)
"""The same as spaCy's string hashes: ``token.orth`` is read without making a string, and
most words a caller asks about are no hyphen and have none beside them."""


def article_words(tokens: Iterable[Token]) -> str:
    """The text of ``tokens`` as written: each run of adjacent tokens sliced from the
    document (its spacing, hyphens and apostrophes kept), runs joined by one space.

    Args:
        tokens: Tokens of one document, in any order.

    Returns:
        The words, or an empty string for no tokens.
    """
    ordered = sorted(tokens, key=lambda t: t.i)
    if not ordered:
        return ""
    runs: list[list[Token]] = [[ordered[0]]]
    for token in ordered[1:]:
        if token.i == runs[-1][-1].i + 1:
            runs[-1].append(token)
        elif token.i > runs[-1][-1].i:
            runs.append([token])
    # The run's own tokens joined, as a Span's text is (a Span is not made for a word or
    # two), not a slice of ``doc.text``: that joins the whole document at each call.
    return " ".join("".join(t.text_with_ws for t in run).strip() for run in runs)


def glued_hyphen(token: Token) -> bool:
    """``token`` is a hyphen written with no space on either side, inside one word."""
    return _hyphen_inside(token, letters_only=True)


def inner_hyphen(token: Token) -> bool:
    """``token`` is a hyphen inside a written word of letters or digits ("19th-century",
    "F-16"), with no space on either side: unlike :func:`glued_hyphen`, digits count."""
    return _hyphen_inside(token, letters_only=False)


def _hyphen_inside(token: Token, *, letters_only: bool) -> bool:
    """``token`` is a hyphen with no space on either side between two words of letters
    (``letters_only``) or of letters and digits."""
    if token.orth not in _HYPHEN_IDS:
        return False
    doc = token.doc
    if not 0 < token.i < len(doc) - 1 or token.whitespace_ or doc[token.i - 1].whitespace_:
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    if letters_only:
        return before.is_alpha and after.is_alpha
    return before.text.isalnum() and after.text.isalnum()


def hyphen_parts(token: Token) -> list[Token]:
    """Every token of the hyphenated word ``token`` is part of ("co", "-", "founder").

    Notes:
        spaCy's English tokenizer splits a hyphenated compound into its parts and the
        hyphens ("vice-president" is three tokens), and the parser often attaches the
        parts as separate words; the written word is the unit a role is made of.
    """
    doc = token.doc
    first = last = token.i
    while first >= 2 and glued_hyphen(doc[first - 1]):
        first -= 2
    while last + 2 < len(doc) and glued_hyphen(doc[last + 1]):
        last += 2
    if glued_hyphen(token):
        first, last = min(first, token.i - 1), max(last, token.i + 1)
    if first == last:
        return [token]  # no Span is made for the common word with no hyphen
    return [doc[i] for i in range(first, last + 1)]


def word_fragment(token: Token) -> bool:
    """``token`` is a hyphen or a part of a hyphenated word other than its last: not the
    head of a phrase, whatever the parser made of it ("co" and "-" in "co-founder")."""
    doc = token.doc
    if glued_hyphen(token):
        return True
    return token.i + 1 < len(doc) and glued_hyphen(doc[token.i + 1])


def possessive_mark(token: Token, lexicon: Lexicon) -> bool:
    """A possessive ending ("'s"), or a bare apostrophe after a plural's letter ("Fox
    News' Sean Hannity")."""
    if token.lower_ in lexicon.possessive_endings:
        return True
    if token.text not in lexicon.apostrophes or token.i == 0:
        return False
    return token.doc[token.i - 1].lower_[-1:] in lexicon.plural_possessive_letters


def definite(noun: Token, lexicon: Lexicon) -> bool:
    """A definite article before the noun ("the museum", "the group"): it takes up what the
    article named before."""
    return any(child.lower_ in lexicon.definite_determiners for child in noun.lefts)


def leading_article_off(words: list[Token], lexicon: Lexicon) -> list[Token]:
    """``words`` without the articles that open them ("the Harbor League" -> "Harbor League");
    one inside a name stays ("Rock the Block")."""
    start = 0
    while start < len(words) and words[start].lower_ in lexicon.name_articles:
        start += 1
    return words[start:]


def located_place(token: Token, lexicon: Lexicon) -> bool:
    """``token`` is (a word of) a place joined by a hyphen to a participle of where someone
    is based or from: "Los" and "Angeles" in "a Los Angeles-based attorney"."""
    while token.dep_ == COMPOUND and token.head.i > token.i:
        token = token.head
    head = token.head
    return (
        head.i > token.i
        and head.lower_ in lexicon.location_participles
        and any(glued_hyphen(t) for t in token.doc[token.i + 1 : head.i])
    )


def prefixed_word(token: Token, lexicon: Lexicon) -> bool:
    """``token`` is a part of a hyphenated word a prefix opens ("Anti-Toll-Road",
    "co-anchor"; :attr:`Lexicon.word_prefixes`)."""
    return prefixed_parts(hyphen_parts(token), lexicon)


def prefixed_parts(parts: list[Token], lexicon: Lexicon) -> bool:
    """The parts of a hyphenated word (:func:`hyphen_parts`) open with a prefix
    (:func:`prefixed_word`)."""
    return len(parts) > 1 and parts[0].lower_ in lexicon.word_prefixes


def office_before_name(words: list[Token], after: int, lexicon: Lexicon) -> int | None:
    """The place in ``words`` (one entity's, in order) of an office the recogniser took
    into the entity with a person's name after it ("[Acme Director Nina Holt]", "[Harbor
    Bank Economist Nina Holt]"), past the word at index ``after``; None when there is none.

    An office is a capitalised role or occupation noun that is no title (a title before a
    name is read as one: "Judge", "Sen."), with a word of the body before it (first, it may
    be a first name: "Baker Mayfield"); what follows it is a person's name: proper nouns
    only, none a body's word ("the Harbor Economist Group" is a body's name).
    """
    offices = union(lexicon.role_nouns, lexicon.occupation_nouns)
    bodies = union(lexicon.organization_words, lexicon.media_words, lexicon.government_words)
    last = len(words) - 1
    # From the last word back: the name's words, then the office before them.
    for index in range(last, max(after, 0), -1):
        word = words[index]
        lower = word.lower_
        office = word.text[:1].isupper() and lower in offices and lower not in lexicon.titles
        if office and index < last:
            return index
        if word.pos_ != "PROPN" or lower in bodies:
            return None
    return None


def qualifies_office(rank: Token, following: Token, lexicon: Lexicon) -> bool:
    """The rank ``rank`` qualifies the office title ``following`` it ("Lt. Gov.", a
    lieutenant governor, not a lieutenant): the office's word, not a title of its own. A
    rank before a rank is one title ("Lt. Col."), read whole before this is asked."""
    word = following.lower_
    return rank.lower_ in lexicon.role_qualifiers and (
        word in lexicon.titles or word.rstrip(".") in lexicon.titles
    )
