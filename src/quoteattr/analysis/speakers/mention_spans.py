"""The words of a mention's phrase: where it begins and ends.

:func:`mention_span` gives the token range of the noun phrase that names or describes a
speaker, from the word that heads it: appositives and modifiers set off by a comma are cut,
a name or participle right after the head is kept, a title right before a name that the
parse hung elsewhere is taken in, and what a closing quote mark or a dash sets off before
the phrase, or a phrase of time after its head ("on Friday"), is left out.
:mod:`.mentions` reads the phrase's name, title, role and affiliation from these words.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...lexicon import Lexicon
from ..labels import (
    APPOSITION,
    CASE_MARKER,
    CLAUSAL_COMPLEMENT,
    CLAUSAL_MODIFIER,
    CONJUNCT,
    COORDINATOR,
    MENTION_BREAKS,
    PREPOSITION,
    PREPOSITION_OBJECT,
    TIME_ENTITIES,
)
from ..syntax import is_dash
from ..wordsets import union
from .apposed import phrase_set_off
from .names import extend_name_left
from .roles import compound_occupation
from .wording import word_fragment

_PERSON_LABEL = "PERSON"
_TRAILING_DEPS = frozenset({CASE_MARKER, COORDINATOR})
_WH_ADVERB = "WRB"


def _reports(participle: Token) -> bool:
    """A participle with a clause of its own to report ("saying that ...", "showing ...")."""
    return any(c.dep_ == CLAUSAL_COMPLEMENT for c in participle.children)


def mention_span(
    head: Token,
    conjunct: Token | None = None,
    *,
    lexicon: Lexicon | None = None,
    ent: Span | None,
) -> tuple[int, int]:
    """Token range [first, last] of the phrase headed by ``head``.

    Appositives and modifiers set off by a comma are cut; a name or participle right after
    the head stays ("economist Raj Mehta", "sources familiar with the talks") unless the
    participle reports a clause ("experts saying that ...": what they said), and so does
    ``conjunct``, a second office of the same person, with its coordinator. With
    ``lexicon``, a title right before a name that the parse hung elsewhere is taken in
    (:func:`_title_hung_elsewhere`). ``ent`` is the entity holding ``head``
    (:func:`.affiliation_words.entity_of`), or None.
    """
    doc = head.doc
    if head.pos_ == "PRON":
        return head.i, head.i
    first = last = head.i
    for child in head.lefts:
        # "when Mr. Buchanan, who ...": a wh-adverb the parse hung on the name opens a
        # clause, not the phrase.
        if child.dep_ not in MENTION_BREAKS and child.tag_ != _WH_ADVERB:
            first = min(first, child.left_edge.i)
    for child in head.rights:
        dep = child.dep_
        if dep in MENTION_BREAKS and not _glued(child, dep, conjunct):
            break
        if dep == PREPOSITION and lexicon is not None and _when(child, lexicon):
            break  # "said the club's chief on Friday": the parse hung the time on the noun
        last = max(last, child.right_edge.i)
    first = extend_name_left(head, first, ent)
    if lexicon is not None:
        first = _title_hung_elsewhere(head, first, lexicon)
    while first >= 2 and word_fragment(doc[first - 1]) and word_fragment(doc[first - 2]):
        # "Fenwick co-founder Dana Morrow": the parser left the word's first part off.
        first = min(first - 2, doc[first - 2].left_edge.i)
    first = _after_quotes_and_dashes(doc, first, head.i)
    while first < head.i and _blank(doc[first]):
        first += 1
    # A coordinator at the end lost its conjunct ("the secretary of state and").
    while last > head.i and (_blank(word := doc[last]) or word.dep_ in _TRAILING_DEPS):
        last -= 1
    return first, last


def _after_quotes_and_dashes(doc: Doc, first: int, head: int) -> int:
    """The first word of the phrase from ``first`` to the head at ``head``, after the last
    closing quote mark and the last dash before the head (:func:`mention_span`).

    One walk over the words before the head (each made a Token once) finds both. The
    marks a closing quote mark follows (",", ".", "!", "?") and the dashes are
    punctuation, so only a punctuation mark's text is read; a quote mark is looked for
    among all the words (some, "``", are no punctuation).
    """
    closing = dash = None
    after_stop = False  # the word before is ",", ".", "!" or "?"
    for i in range(first, head):
        word = doc[i]
        if after_stop and word.is_quote:
            closing = i
        after_stop = word.is_punct
        if after_stop:
            if is_dash(word):
                dash = i
            after_stop = word.text in ",.!?"
    if closing is not None:
        # '"... last year," Rita Kell': quoted speech the parse hung on the name is no part
        # of it (a quoted title, '"Morning Show" host', ends in no punctuation)
        first = closing + 1
    if dash is not None and dash >= first:
        # "MACAU (Reuters) – Top donor Ana Diaz", "OSLO - Mayor Ana Diaz": a dash sets off
        # what comes before it (a dateline, a heading), whatever the parse hung on the name.
        first = dash + 1
    return first


def _when(preposition: Token, lexicon: Lexicon) -> bool:
    """A prepositional phrase of time ("on Friday", "in March"): its object is a date or a
    time, which says when something was said, not who said it. An "of" phrase is the
    noun's own ("a veteran of 22 years in the Navy")."""
    return preposition.lower_ not in lexicon.genitive_prepositions and any(
        c.dep_ == PREPOSITION_OBJECT and c.ent_type_ in TIME_ENTITIES for c in preposition.children
    )


def _blank(token: Token) -> bool:
    """Punctuation or white space, which neither opens nor closes a phrase."""
    return token.is_punct or token.is_space


def _glued(child: Token, dep: str, conjunct: Token | None) -> bool:
    """The right dependent ``child`` (labelled ``dep``), though a break of the phrase by its
    label, stays in it (:func:`mention_span`): a name or a participle not set off by
    punctuation, or the coordinated second office ``conjunct`` with its coordinator."""
    return not phrase_set_off(child) and (
        dep == APPOSITION
        or (dep == CLAUSAL_MODIFIER and child.tag_ == "VBG" and not _reports(child))
        or (conjunct is not None and (child.i == conjunct.i or dep == COORDINATOR))
    )


def _title_hung_elsewhere(head: Token, first: int, lexicon: Lexicon) -> int:
    """The first word of a person's name phrase, taking in the office or occupation right
    before it that the parse hung elsewhere ("grilled Harbor Bank CEO John Kopp", with "CEO"
    the verb's object and the name an appositive of the subject): a role noun written
    right before a name, with nothing between, is its title (Quirk et al. 1985 on
    appositive titles)."""
    doc = head.doc
    if first == 0 or head.ent_type_ != _PERSON_LABEL or doc[first].ent_type_ != _PERSON_LABEL:
        return first
    title = doc[first - 1]
    if (
        not title.whitespace_
        or title.pos_ not in ("NOUN", "PROPN")
        or title.ent_type_
        or title.right_edge.i != first - 1
        or head.is_ancestor(title)
        # "Labour candidate and retired surgeon Ana Lee": the name is apposed to the
        # coordinated offices, the second a conjunct of the first
        or (title.dep_ == CONJUNCT and title.head.i == head.head.i)
    ):
        return first
    capacities = union(lexicon.role_nouns, lexicon.occupation_nouns)
    if (
        title.lemma_.lower() not in capacities
        and title.lower_ not in lexicon.titles
        and not compound_occupation(title, lexicon)
    ):
        return first
    return title.left_edge.i
