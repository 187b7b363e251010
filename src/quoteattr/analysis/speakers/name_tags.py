"""The tags US papers write after a legislator's name: a party letter with the state
("Sen. Ana Diaz (D-Md.)", "Ana Diaz, R-Ohio,") or the state alone ("Sen. Ana Diaz (Vt.)").

The party letter gives the party, the state the one the legislator represents, as the
affiliation (:mod:`.mentions` reads them after the name; :mod:`.sources` finds the tag that
stands for a value).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from ...lexicon import Lexicon

_PERSON = "PERSON"


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


_LONGEST_STATE_TAG = 3
"""Tokens of a state written in brackets ("(", "W.Va", ".", ")": the tokenizer may split
off the full stop)."""


def bracketed_state(head: Token, lexicon: Lexicon) -> str | None:
    """The US state a bracketed tag after a person's name states: "Sen. Ana Diaz (Vt.)" ->
    Vermont, "Rep. Tom Hale (Iowa)" -> Iowa (:attr:`Lexicon.state_abbreviations`).

    Notes:
        Papers that write no party letter write the legislator's state alone in brackets
        after the name, AP's abbreviation or a name AP does not shorten; the state is the
        one the legislator represents. Read only after a person's name: "Orange County
        (Calif.)" is where the county is.
    """
    doc = head.doc
    opening = head.i + 1
    if head.ent_type_ != _PERSON or opening >= len(doc) or doc[opening].text != "(":
        return None
    words: list[Token] = []
    for token in doc[opening + 1 : opening + 2 + _LONGEST_STATE_TAG]:
        if token.text == ")":
            return state_written(words, lexicon)
        words.append(token)
    return None


def state_written(words: Iterable[Token], lexicon: Lexicon) -> str | None:
    """The state the words inside a tag's brackets write ("Vt", "." -> Vermont), or None."""
    return lexicon.state_abbreviations.get("".join(t.text for t in words).lower())
