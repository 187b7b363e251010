"""Which phrase beside a name states its capacity: the appositive after it ("Ana Diaz, a
nurse at X"), a description before it ("the first lady, Ana Diaz"; "Green candidate and
former nurse Ana Diaz"), and the misparses that only look like one (a label's words after a
colon, a poll, a relative clause's fronted object).
"""

from __future__ import annotations

from collections.abc import Iterator, Set

from spacy.tokens import Token

from ...lexicon import Lexicon
from ..labels import (
    APPOSITION,
    ATTRIBUTE,
    CONJUNCT,
    DETERMINER_OR_POSSESSOR,
    NOMINAL_SUBJECTS,
    PREPOSITION_OBJECT,
    RELATIVE_CLAUSE,
    TIME_ENTITIES,
)
from ..syntax import PLURAL_NOUNS, SINGULAR_NOUNS, asserted
from ..wordsets import union
from .affiliation_words import entity_of
from .fronted import capacity_over
from .name_tags import bracketed_state
from .subjectless_cues import run_on_verb

_ASIDE_OPENERS = (",", "(", "\u2014", "--")
"""Punctuation that sets a phrase off from the head before it ("Ana Diaz, a nurse")."""


#: Relative words that stand in a noun phrase ("whose record", "which plan").
_RELATIVE_WORDS = frozenset({"WP$", "WDT"})


def phrase_set_off(token: Token) -> bool:
    """Punctuation sets the phrase of ``token`` off from the word before it ("Ana Diaz, a
    nurse", "Ana Diaz (a nurse)")."""
    left = token.left_edge.i
    return left > 0 and token.doc[left - 1].text in _ASIDE_OPENERS


def _capacity_appositive(head: Token, lexicon: Lexicon) -> Token | None:
    """The first appositive of ``head`` that can state a capacity.

    An age set off by commas ("Ana Diaz, 39, a nurse") states none and is passed over; of
    a number with a partitive phrase, the noun it counts among is read when that names an
    office or occupation ("Ana Diaz, one of the mayor's aides"; not "one of the
    attackers"). After a home town the parser may hang the appositive on the town ("Ana
    Diaz, of Dunmore, a loan officer"): an office or occupation there is hers.
    """
    if not head.n_rights:
        return None  # the common bare name, told by a count: no Token is made
    offices = union(lexicon.role_nouns, lexicon.unnamed_heads, lexicon.occupation_nouns)
    for child in head.rights:
        if child.dep_ == APPOSITION and child.pos_ != "NUM":
            return _office_coordinated(child, offices) or _office_held(child, lexicon) or child
        if child.dep_ == APPOSITION:
            counted = counted_among(child, lexicon)
            if counted and counted[0].lemma_.lower() in offices:
                return counted[0]
        elif child.lower_ in lexicon.genitive_prepositions:
            for place in _objects(child):
                described = [c for c in place.rights if c.dep_ == APPOSITION]
                if described and described[0].lemma_.lower() in offices:
                    return described[0]
    return None


def _office_coordinated(noun: Token, offices: Set[str]) -> Token | None:
    """The office coordinated with an appositive noun that names none ("Ana Diaz, a Green
    supporter and president of X": a supporter is what she is to someone, the president of X
    the capacity), or None."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in offices:
        return None
    return next(coordinated_offices(noun, offices), None)


def _office_held(noun: Token, lexicon: Lexicon) -> Token | None:
    """The office that a relative clause on an appositive noun naming none says the person
    holds: an occupation or epithet yields to it ("Ana Diaz, the movement's icon, who is a
    county commissioner"; "a philanthropist who founded X and is its chairwoman"), or None."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in lexicon.role_nouns:
        return None
    return next(_offices_held(noun, lexicon), None)


def _offices_held(noun: Token, lexicon: Lexicon) -> Iterator[Token]:
    """The singular role nouns that an asserted copula in a relative clause on ``noun``, or
    in a clause coordinated with it, predicates of it ("an icon who founded X and is a
    county commissioner"; not "who is not a member of X")."""
    for clause in noun.rights:
        if clause.dep_ != RELATIVE_CLAUSE:
            continue
        verbs = [clause, *(c for c in clause.rights if c.dep_ == CONJUNCT)]
        for verb in verbs:
            if verb.lemma_.lower() not in lexicon.copulas or not asserted(verb):
                continue
            for child in verb.rights:
                if (
                    child.dep_ == ATTRIBUTE
                    and child.tag_ in SINGULAR_NOUNS
                    and child.lemma_.lower() in lexicon.role_nouns
                ):
                    yield child


def coordinated_offices(noun: Token, offices: Set[str]) -> Iterator[Token]:
    """The singular nouns of ``offices`` coordinated after ``noun`` ("an investor and
    founder of X"; a capitalised office counts: "National Director")."""
    for child in noun.rights:
        if (
            child.dep_ == CONJUNCT
            and child.tag_ in SINGULAR_NOUNS
            and child.lemma_.lower() in offices
        ):
            yield child


def counted_among(number: Token, lexicon: Lexicon) -> list[Token]:
    """The nouns a number is counted among ("one of the mayor's aides", "is one of the Green
    candidates"): the objects of its "of"."""
    return [
        g for p in number.children if p.lower_ in lexicon.genitive_prepositions for g in _objects(p)
    ]


def _objects(preposition: Token) -> list[Token]:
    """The objects of a preposition."""
    return [g for g in preposition.children if g.dep_ == PREPOSITION_OBJECT]


def describing_appositive(head: Token, lexicon: Lexicon) -> Token | None:
    """The appositive that states ``head``'s capacity (:func:`_capacity_appositive`), unless
    it is a misparse: a label's words after a colon ("Ana Diaz: 'Fair game.'"), a poll or
    evidence ("before the Convention, a new poll shows"), or the subject of the verb after
    it ("with the hosts Tom Hale and Ana Ruiz, the candidate stated": not Ruiz's), or one
    that follows a noun of a relative clause on ``head`` ("Diaz, who fired Ng, the port's
    director, ...": the director is Ng), or a name that renames the role ``head`` ends a
    phrase on (:func:`_hung_on_a_client`), or a bracketed state tag ("Rob Kelley (W.Va.)",
    :func:`.name_tags.bracketed_state`)."""
    appos = _capacity_appositive(head, lexicon)
    if appos is None or _after_a_colon(head, appos) or _after_a_nearer_noun(head, appos):
        return None
    if _hung_on_a_client(appos, head, lexicon):
        return None  # "An attorney for Pagano, Mark Doyle,": the attorney's name
    if appos.lemma_.lower() in union(lexicon.poll_nouns, lexicon.evidence_nouns):
        return None
    if appos.i == head.i + 2 and bracketed_state(head, lexicon) is not None:
        return None  # "Rob Kelley (W.Va.)": the state tag, read as such
    return None if run_on_verb(appos) is not None else appos


def _after_a_nearer_noun(head: Token, appos: Token) -> bool:
    """The appositive of ``head`` is set off right after a noun of a relative clause on
    ``head``: an appositive describes the noun phrase it follows, which the parse passed
    over for the head before the clause ("Diaz - who fired Ng, the port's director, on
    Tuesday - said")."""
    left = appos.left_edge.i
    if left < 2 or not phrase_set_off(appos):
        return False
    before = head.doc[left - 2]
    if before.i <= head.i or before.pos_ not in {"NOUN", "PROPN"}:
        return False
    if before.ent_type_ in TIME_ENTITIES:
        return False
    ancestor = before
    while ancestor.i != ancestor.head.i and ancestor.head.i != head.i:
        ancestor = ancestor.head
    return ancestor.head.i == head.i and ancestor.dep_ == RELATIVE_CLAUSE


def _after_a_colon(head: Token, appos: Token) -> bool:
    """A colon stands between ``head`` and its appositive."""
    doc = head.doc
    return any(doc[i].text == ":" for i in range(head.i + 1, appos.left_edge.i))


def names_a_described(head: Token, lexicon: Lexicon, has_role: bool) -> bool:
    """The name stands beside a description that comes first: in apposition ("the first
    lady, Ana Diaz", when the name has no role of its own; not a relative clause's fronted
    object, :func:`_fronted_object`) or as the first of two bare capacities coordinated
    before it ("Green Party candidate and former nurse Ana Diaz"). An office the tagger took
    for a proper noun ("police Chief Ana Diaz") describes the name as a common noun does.

    Notes:
        Two coordinated titles before a name describe the one person the name ends ("the
        two nouns share the name as their head", Quirk et al. 1985, 17.73, on appositive
        coordination): a bare role noun, without determiner or possessor, is such a title;
        "the lawyer and Ana Diaz" (a determiner) names two people.
    """
    if head.dep_ not in (APPOSITION, CONJUNCT):
        return False  # the common case, told before the described noun is read
    described = head.head
    if head.dep_ == APPOSITION and _hung_on_a_client(head, described, lexicon):
        return not has_role
    office = described.lemma_.lower() in union(lexicon.role_nouns, lexicon.occupation_nouns)
    # A capitalised office the parse tagged a proper noun ("police Chief [Ana Diaz]") is
    # read as the common noun it is, when nothing sets the name off.
    title = described.pos_ == "PROPN" and office and not phrase_set_off(head)
    if (described.pos_ != "NOUN" and not title) or described.i >= head.i:
        return False
    if head.dep_ == APPOSITION:
        return not has_role and not _fronted_object(described, head)
    return (
        head.dep_ == CONJUNCT
        and office
        and not any(child.dep_ in DETERMINER_OR_POSSESSOR for child in described.lefts)
    )


def name_after_titles(head: Token, lexicon: Lexicon) -> Token | None:
    """The name a bare title or office at the head of a phrase shares with a second one
    coordinated after it, where the parse made the name the conjunct ("former Ohio Gov.
    and Green nominee [Ana Diaz]"), or that follows a title the parse cut off from it
    ("Navy Capt. [Jeff Davis]"): the name's last word, or None.

    Notes:
        A singular title or office with no determiner or possessor is no phrase of its own
        in English ("Gov. said" is no sentence); coordinated with a name's titles, it is
        one of them (Quirk et al. 1985, 17.73, as in :func:`names_a_described`). With a
        determiner, "the governor and Ana Diaz" names two people.
    """
    if head.ent_type_ == "PERSON" or head.tag_ in PLURAL_NOUNS:
        return None
    offices = union(lexicon.titles, lexicon.role_nouns, lexicon.occupation_nouns)
    if head.lower_ not in offices and head.lemma_.lower() not in offices:
        return None
    if any(child.dep_ in DETERMINER_OR_POSSESSOR for child in head.lefts):
        return None
    following = _name_right_after(head) if head.lower_ in lexicon.titles else None
    if following is not None:
        return following
    return next(
        (
            child
            for child in head.rights
            if child.dep_ == CONJUNCT and child.pos_ == "PROPN" and child.ent_type_ == "PERSON"
        ),
        None,
    )


def _name_right_after(title: Token) -> Token | None:
    """The last word of a person's name that starts right after ``title``, where the
    parse cut the phrase ("Navy Capt. [Jeff Davis]" read as two sentences at the
    abbreviation's full stop), or None."""
    doc = title.doc
    if title.i + 1 >= len(doc):
        return None
    following = doc[title.i + 1]
    if following.ent_iob_ != "B" or following.ent_type_ != "PERSON":
        return None
    ent = entity_of(following)
    return None if ent is None else doc[ent.end - 1]


def _hung_on_a_client(name: Token, other: Token, lexicon: Lexicon) -> bool:
    """The parse hung a person's name on another name that ends a phrase on a role noun,
    where the name renames the role ("An attorney for Pagano, [Mark Doyle], said"): a name
    in apposition to a different name is no second name of it, so it names the holder of
    the role (:func:`.fronted.capacity_over` finds the noun)."""
    if other.pos_ != "PROPN" or name.ent_type_ != "PERSON" or other.i >= name.i:
        return False
    return capacity_over(other, lexicon).i != other.i


def _fronted_object(described: Token, name: Token) -> bool:
    """The parse read as subject and apposed name what is a relative clause's fronted
    object and its subject ("whose war record Ana Diaz mocked"): the name is not set off,
    the noun holds the relative word and is the subject of the relative clause's verb,
    which comes after the name."""
    return (
        not phrase_set_off(name)
        and described.dep_ in NOMINAL_SUBJECTS
        and described.head.dep_ == RELATIVE_CLAUSE
        and described.head.i > name.i
        and any(child.tag_ in _RELATIVE_WORDS for child in described.lefts)
    )
