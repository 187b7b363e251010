"""The role, role key and affiliation the words of a mention's phrase state.

The phrase says in what capacity the one it names speaks, less the words that are someone
else's or say something else: a relative clause inside it (what its referent did), a person
possessor ("Republican nominee Ana Diaz's husband"), a second office coordinated with the
first, read on its own (:func:`second_capacity`: "the former secretary of state and current
Green nominee"); a body named before the role is no part of it. :mod:`.mentions` describes
the phrase with them.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import Lexicon
from ..labels import APPOSITION, COORDINATOR, DETERMINER_OR_POSSESSOR, POSSESSOR, RELATIVE_CLAUSE
from ..syntax import SINGULAR_NOUN
from ..wordsets import union
from .affiliations import affiliation_of
from .apposed import coordinated_offices
from .roles import Role, role_key, role_of

_PERSON_LABEL = "PERSON"


def second_capacity(head: Token, lexicon: Lexicon, *, appositive: bool) -> Token | None:
    """A singular role or occupation noun coordinated with the singular role noun ``head``,
    naming the same person's second capacity ("the former secretary of state and current
    Green nominee", "Ana Diaz, an investor and founder of X"). Outside an appositive, a
    conjunct with a determiner of its own is someone else ("the mayor and the council"); in
    one, it still describes the name ("Ana Diaz, the architect of X and a close aide")."""
    if head.tag_ != SINGULAR_NOUN:
        return None
    capacities = union(lexicon.role_nouns, lexicon.occupation_nouns)
    if head.lemma_.lower() not in capacities:
        return None
    return next(
        (
            child
            for child in coordinated_offices(head, capacities)
            if appositive or not any(t.dep_ in DETERMINER_OR_POSSESSOR for t in child.lefts)
        ),
        None,
    )


def capacity(
    head: Token,
    tokens: list[Token],
    excluded: set[int],
    possessors: list[Token],
    second: Token | None,
    lexicon: Lexicon,
    appositive: bool,
    own_words: bool,
) -> tuple[Role, str | None, str | None]:
    """The role, role key and affiliation the phrase ``tokens`` headed by ``head`` states
    (:func:`.mentions.describe`), with ``excluded`` its name's and title's indices,
    ``possessors`` the head's possessors and ``second`` its second office, if any."""
    # A relative clause inside the phrase ("a voter from X who backed Y") says what its
    # referent did, not in what capacity: no role, affiliation or key noun is read from it
    # ("Sanders at the guest house, where the pope lives": "the pope" later is not Sanders).
    seen: dict[int, bool] = {}
    plain = [t for t in tokens if not in_relative_clause(t, head, seen)]
    described = plain
    # "Republican nominee Ana Diaz's husband": what the phrase says of a person possessor
    # is theirs, not the capacity of the one it names.
    theirs = {t.i for c in possessors if _person_possessor(c, lexicon) for t in c.subtree}
    if theirs:
        described = [t for t in described if t.i not in theirs]
    if own_words:
        # "Green candidates [Ana Diaz and Li Wei, the ...]": the names the parse hung on the
        # noun, and what is said of them, are no part of its own words.
        aside = {t.i for c in head.rights if c.dep_ == APPOSITION for t in c.subtree}
        described = [t for t in described if t.i not in aside]
    if second is not None:
        # The second office is read on its own, below; its words are no part of the first.
        aside = {t.i for t in second.subtree} | {c.i for c in head.rights if c.dep_ == COORDINATOR}
        described = [t for t in described if t.i not in aside]
    # A possessor is whose the capacity is ("the mayor's strategist"), never the capacity.
    owner = {t.i for c in possessors for t in c.subtree}
    # Without a possessor (the common case) the lists are the phrase's own, not copies.
    unowned = [t for t in described if t.i not in owner] if owner else described
    role = role_of(head, unowned, excluded, lexicon, appositive)
    owned = [t for t in plain if t.i not in owner] if owner else plain
    key = role_key(head, owned, excluded, lexicon, appositive)
    affiliation = affiliation_of(head, described, excluded, role, key, lexicon)
    if affiliation and role.text:
        role = _without_body(role, affiliation)
    return role, key, affiliation


def _without_body(role: Role, affiliation: str) -> Role:
    """The role without the body named before it: "Harbor Morning co-anchor", or the
    capitalised words "Morning Show" of "WXYZ Morning Show anchor" (the role's words stop
    at a body they know; this one, or its first word, they did not). A lower-case word the
    two share is the role's own ("campaign manager" of "Ana Diaz's campaign")."""
    text = role.text or ""
    if text.startswith(f"{affiliation} "):
        return Role(text[len(affiliation) + 1 :], role.capacity)
    words = text.split(" ")
    body = affiliation.split(" ")
    for count in range(len(words) - 1, 0, -1):
        shared = words[:count]
        if body[-count:] == shared and all(w[:1].isupper() for w in shared):
            return Role(" ".join(words[count:]), role.capacity)
    return role


def _person_possessor(token: Token, lexicon: Lexicon) -> bool:
    """A possessor that names a person, or describes one by a role ("the Republican
    nominee's eldest daughter": "Republican" is the nominee's, not hers)."""
    if token.dep_ != POSSESSOR:
        return False
    return token.ent_type_ == _PERSON_LABEL or (
        token.pos_ == "NOUN" and token.lemma_.lower() in lexicon.role_nouns
    )


def in_relative_clause(token: Token, top: Token, seen: dict[int, bool] | None = None) -> bool:
    """``token`` lies in a relative clause below ``top`` ("a historian [who wrote ...]").

    ``seen`` keeps the answers for the tokens passed on the way up, for the next token of
    the same phrase (its words share their ancestors).
    """
    seen = {} if seen is None else seen
    path: list[int] = []
    above = token
    known: bool | None
    while True:
        known = seen.get(above.i)
        if known is not None:
            break
        if above.i == top.i:
            known = False
            break
        if above.dep_ == RELATIVE_CLAUSE:
            known = True
            break
        path.append(above.i)
        parent = above.head
        if parent.i == above.i:
            known = False
            break
        above = parent
    for index in path:
        seen[index] = known
    return known
