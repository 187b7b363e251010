"""Contents a cue carries in its object rather than in a clause.

"vowed to veto the bill", "urged Congress to act", "called the charges baseless",
"dismissed the report as a smear", "called for a repeal", "denied reports that ...": the
statement is the object (with its infinitive or predicate), read over the dependency parse.
Which construction a cue takes is data: the lexicon's ``infinitive_cues``, ``naming_cues``,
``characterizing_cues``, ``gerund_cues``, ``proposition_nouns`` and ``cue_prepositions``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ...lexicon import Lexicon
from ..cues import CueMatch
from ..labels import (
    ADVERBIAL_CLAUSE,
    AGENT,
    APPOSITION,
    CLAUSAL_MODIFIER,
    COMPLEMENT_OR_ADVERBIAL,
    DIRECT_OBJECT,
    MARKER,
    NOMINAL_MODIFIER,
    NOMINAL_SUBJECTS,
    NOUN_CONTENT_CLAUSES,
    OBJECT_OR_SUBJECT,
    OBJECT_PREDICATE,
    OBJECT_PREDICATE_LINKS,
    OPEN_COMPLEMENT,
    PREPOSITION,
    PREPOSITION_OBJECT,
    PREPOSITION_OBJECTS,
    RELATIVE_CLAUSE,
    SMALL_CLAUSES,
    VERB_COMPLEMENTS,
)
from ..syntax import PAST_PARTICIPLE, is_finite, is_infinitive, opened_by_complementizer

_Reader = Callable[[Token, Lexicon], list[Token]]
_NOUNS = frozenset({"NOUN", "PROPN"})
"""Parts of speech that head a noun phrase and take no object of their own."""
_NOMINALS = _NOUNS | {"PRON"}
"""Parts of speech that head a noun phrase, pronouns too."""


def object_content(
    verb: Token, children: list[Token], cue: CueMatch, lexicon: Lexicon
) -> list[Token]:
    """The content a cue carries in its object, by the construction its lemma selects.

    The constructions are tried in order (infinitive, naming, characterising, gerund); a
    proposition noun with its "that" clause ("denied reports that ...") counts for any cue.
    ``children`` are the verb's, listed once by the caller.
    """
    readers: tuple[tuple[frozenset[str], _Reader], ...] = (
        (lexicon.infinitive_cues, infinitive_content),
        (lexicon.naming_cues, naming_content),
        (lexicon.characterizing_cues, characterizing_content),
        (lexicon.likening_cues, likening_content),
        (lexicon.gerund_cues, gerund_content),
    )
    for lemmas, read in readers:
        if cue.lemma in lemmas:
            found = read(verb, lexicon)
            if found:
                return found
    return proposition_object(verb, children, lexicon)


def infinitive_content(verb: Token, lexicon: Lexicon) -> list[Token]:
    """The infinitive complement of a commissive or directive cue, with its object.

    "vowed to veto the bill" -> "to veto the bill"; "urged Congress to act" -> "Congress to
    act" (the object is who the demand is addressed to, and is part of what was said).
    """
    xcomp = next((c for c in verb.children if c.dep_ == OPEN_COMPLEMENT and c.i > verb.i), None)
    if xcomp is None:
        # "exhorted his players to forget ...", the infinitive hung as an adverbial clause
        xcomp = next(
            (c for c in verb.children if c.dep_ == ADVERBIAL_CLAUSE and c.i > verb.i), None
        )
        if xcomp is not None and _object_right_before(verb, xcomp) is None:
            return []
    if xcomp is None or not is_infinitive(xcomp):
        return []
    objects = [c for c in verb.children if c.dep_ in OBJECT_OR_SUBJECT and verb.i < c.i < xcomp.i]
    return [*objects, xcomp]


def gerund_content(verb: Token, lexicon: Lexicon) -> list[Token]:
    """A gerund clause right after the cue: "admitted using the loophole", "proposed
    raising the limit", "denied taking the money" report that clause (its own adverb may
    come first: "proposed temporarily raising the limit")."""
    gerund = next(
        (
            c
            for c in verb.rights
            if c.tag_ == "VBG" and c.dep_ in VERB_COMPLEMENTS and c.left_edge.i == verb.i + 1
        ),
        None,
    )
    return [gerund] if gerund is not None else []


def _object_right_before(verb: Token, clause: Token) -> Token | None:
    """The verb's direct object right before ``clause`` (nothing else in between)."""
    objects = [c for c in verb.children if c.dep_ == DIRECT_OBJECT and verb.i < c.i < clause.i]
    if not objects or objects[-1].right_edge.i + 1 != clause.left_edge.i:
        return None
    return objects[-1]


def naming_content(verb: Token, lexicon: Lexicon) -> list[Token]:
    """Object and predicate of a naming verb: "called [the charges] [unfounded]".

    Notes:
        "X called Y Z" and "X described Y as Z" state that Y is Z: the characterisation a
        fact-checker checks. Both the object and the predicate are required (observed in
        news).
    """
    if _names_its_noun(verb):
        return []
    objects = _direct_objects(verb)
    if not objects:
        return _predicate_without_object(verb, lexicon) or _object_taken_for_predicate(verb)
    return _object_and_predicate(verb, objects[0], lexicon, as_only=False)


def _names_its_noun(verb: Token) -> bool:
    """A passive participle on a noun with no agent gives the noun's name ("a super PAC
    called Future Fund", "a group dubbed the Hawks"): no one is said to have called it so.
    With two predicates that name and describe ("the letter called Ruiz a fraud"), the
    parse took a past tense for the participle, and someone called Ruiz one."""
    if verb.dep_ != CLAUSAL_MODIFIER or verb.tag_ != PAST_PARTICIPLE:
        return False
    if any(c.dep_ in (AGENT, DIRECT_OBJECT) for c in verb.children):
        return False
    predicates = [c for c in verb.children if c.dep_ == OBJECT_PREDICATE and c.i > verb.i]
    return not (len(predicates) > 1 and predicates[1].pos_ in _DESCRIBING)


_DESCRIBING = _NOMINALS | {"ADJ"}
"""Parts of speech of a second predicate that describes what the first names."""


def _object_taken_for_predicate(verb: Token) -> list[Token]:
    """Object and predicate when the parse made both predicates of the verb ("called
    [Ruiz] [a fraud]", each an ``oprd``): the first, a noun phrase, is the object."""
    predicates = [c for c in verb.children if c.dep_ == OBJECT_PREDICATE and c.i > verb.i]
    if len(predicates) < 2 or predicates[0].pos_ not in _NOMINALS:
        return []
    return predicates[:2]


def likening_content(verb: Token, lexicon: Lexicon) -> list[Token]:
    """Object and "to" phrase of a likening verb: "likened [the campaign] [to a car
    crash]"; both are required."""
    objects = _direct_objects(verb)
    if not objects:
        return []
    # The comparison's "to" is the word of a recipient's ("said to reporters").
    to = [
        c
        for c in (*verb.children, *objects[0].rights)
        if c.dep_ == PREPOSITION
        and c.lower_ in lexicon.recipient_prepositions
        and c.i > objects[0].i
    ]
    return [objects[0], to[0]] if to else []


def characterizing_content(verb: Token, lexicon: Lexicon) -> list[Token]:
    """Object and "as" predicate of a cue of praise or blame: "dismissed [the report] [as
    a smear]", "referred to [him] [as a reformer]"; only the "as" predicate counts."""
    objects = _direct_objects(verb)
    if not objects:
        return _referent_as(verb, lexicon)
    return _object_and_predicate(verb, objects[0], lexicon, as_only=True)


def _direct_objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == DIRECT_OBJECT and c.i > verb.i]


def _object_and_predicate(
    verb: Token, obj: Token, lexicon: Lexicon, *, as_only: bool
) -> list[Token]:
    """The object and the first predicate after it (with ``as_only`` an "as" phrase)."""
    if any(_as_predicate(c, lexicon) for c in obj.rights):
        return [obj]  # "dismissed [the survey as guesswork]", "as" under the object
    predicates = [
        c
        for c in verb.children
        if c.i > obj.i
        and ((c.dep_ in OBJECT_PREDICATE_LINKS and not as_only) or _as_predicate(c, lexicon))
    ]
    if not predicates:
        return [] if as_only else _predicate_inside_object(obj)
    return [obj, *_glued(predicates)]


def _glued(predicates: list[Token]) -> list[Token]:
    """The first of ``predicates`` with those written on to it: "called himself
    pro-choice", the parse may make each part of a hyphenated word a predicate of its own;
    the word is one."""
    if not predicates:
        return []
    glued = [predicates[0]]
    for following in predicates[1:]:
        if following.i == glued[-1].i + 1 and not glued[-1].whitespace_:
            glued.append(following)
    return glued


def _predicate_inside_object(obj: Token) -> list[Token]:
    """The object whose predicate the parse hung inside it, as the object of one of its
    nouns ("called the notion of global warming a hoax", "a hoax" under "warming"): a noun
    takes no object, so the object's words run on through the predicate."""
    misplaced = any(
        t.dep_ == DIRECT_OBJECT and t.head.pos_ in _NOUNS and t.head.i != obj.i and t.i > t.head.i
        for t in obj.subtree
    )
    return (
        [obj]
        if misplaced or _predicate_as_appositive(obj) or _object_before_quoted_predicate(obj)
        else []
    )


def _object_before_quoted_predicate(obj: Token) -> bool:
    """The object hung as a modifier of the quoted predicate the parse took for the object
    ('called the envoys "free riders"', "the envoys" an ``nmod`` of "riders"): a quote mark
    opens between them, so the predicate's words run on from the object's."""
    doc = obj.doc
    return any(
        c.dep_ == NOMINAL_MODIFIER
        and c.pos_ in _NOMINALS
        and any(doc[i].is_quote for i in range(c.right_edge.i + 1, obj.i))
        for c in obj.lefts
    )


def _predicate_as_appositive(obj: Token) -> bool:
    """The predicate hung on the object as its appositive with no comma between them
    ('called the plan "a disaster"', the quote mark taken for the apposition's break): an
    appositive set off by a comma is one ("called the mayor, a Democrat, at home")."""
    doc = obj.doc
    return any(
        c.dep_ == APPOSITION and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text != ","
        for c in obj.rights
    )


def _referent_as(verb: Token, lexicon: Lexicon) -> list[Token]:
    """The object of "to" and the "as" predicate: "referred to [him] [as a reformer]"."""
    objects = [
        g
        for c in verb.children
        if c.dep_ == PREPOSITION
        and c.lower_ in lexicon.recipient_prepositions
        and c.i == verb.i + 1
        for g in c.children
        if g.dep_ == PREPOSITION_OBJECT
    ]
    if not objects:
        return []
    to = objects[0].head
    predicates = [c for c in verb.children if c.i > to.i and _as_predicate(c, lexicon)]
    return [objects[0], predicates[0]] if predicates else []


def _predicate_without_object(verb: Token, lexicon: Lexicon) -> list[Token]:
    """The predicate alone when the object is not where the parser left it."""
    if any(
        c.dep_ == DIRECT_OBJECT and c.i < verb.i and _relative_object(c, verb, lexicon)
        for c in verb.children
    ):
        # "in what officials called a hate crime", "a bill that critics called anti-union":
        # the object is the relative pronoun, and the predicate alone is the
        # characterisation; a proper name is a name given ("the ship, which he called
        # Hope"), no characterisation
        predicates = [c for c in verb.children if c.dep_ == OBJECT_PREDICATE and c.i > verb.i]
        if predicates and _name_given(predicates[0], verb):
            return []
        return _glued(predicates)
    # "called her "third-rate"": the object pronoun read as the predicate's possessor;
    # 'called the bankers "fat cats"': the object read as a modifier of the quoted predicate
    return [
        c
        for c in verb.children
        if c.dep_ == OBJECT_PREDICATE
        and c.left_edge.i == verb.i + 1
        and (c.left_edge.lower_ in lexicon.object_pronouns or _object_before_quoted_predicate(c))
    ][:1]


def _name_given(predicate: Token, verb: Token) -> bool:
    """The predicate of a relative clause's naming verb ``verb`` is a proper name, not in
    quote marks: a name given ("the ship, which he called Hope"), no characterisation."""
    if verb.dep_ != RELATIVE_CLAUSE or predicate.pos_ != "PROPN":
        return False
    first = predicate.left_edge
    return not (first.is_quote or (first.i > 0 and first.doc[first.i - 1].is_quote))


def _relative_object(word: Token, verb: Token, lexicon: Lexicon) -> bool:
    """``word``, the object of ``verb``, is a relative pronoun: of a free relative ("what
    officials called ..."), or of the relative clause ``verb`` heads ("the pact, which Diaz
    called ...")."""
    lower = word.lower_
    return lower in lexicon.free_relatives or (
        verb.dep_ == RELATIVE_CLAUSE and lower in lexicon.relative_pronouns
    )


def proposition_object(verb: Token, children: list[Token], lexicon: Lexicon) -> list[Token]:
    """An object naming a proposition with its "that" clause: "disputed [the idea that
    she was ill]", "denied [reports that talks had failed]" (``children``: the verb's)."""
    for child in children:
        if (
            child.dep_ == DIRECT_OBJECT
            and child.i > verb.i
            and child.lower_ in lexicon.proposition_nouns
            and any(
                c.dep_ in NOUN_CONTENT_CLAUSES and opened_by_complementizer(c, lexicon)
                for c in child.rights
            )
        ):
            return [child]
    return []


def _as_predicate(token: Token, lexicon: Lexicon) -> bool:
    """An "as" introducing a predicate ("as reckless"), not "such as" or "as well as"."""
    return (
        token.dep_ == PREPOSITION
        and token.lower_ in lexicon.as_markers
        and token.i > 0
        and token.doc[token.i - 1].lower_ not in lexicon.as_phrase_openers
    )


def prepositional_content(
    verb: Token, children: list[Token], prepositions: frozenset[str]
) -> list[Token]:
    """The object of "call for": "has called for [a full repeal of the law]"; "called for
    [the minister to resign]", which the parser may read as a clause marked by "for". A
    phrase before the verb is an adverbial ("For two years, she pushed for ..."). ``children``
    are the verb's."""
    for child in children:
        if child.dep_ == PREPOSITION and child.lower_ in prepositions and child.i > verb.i:
            objects = [g for g in child.children if g.dep_ in PREPOSITION_OBJECTS]
            if objects:
                return objects
        if child.dep_ in COMPLEMENT_OR_ADVERBIAL and child.i > verb.i:
            marks = [g for g in child.children if g.dep_ == MARKER and g.lower_ in prepositions]
            if marks and marks[0].i == verb.i + 1:
                return [t for t in child.subtree if t.i != marks[0].i]
    return []


def small_clause_content(verb: Token, lexicon: Lexicon) -> list[Token]:
    """The object and its predicate after a cue: "showed him victorious", "showed the
    mayor with a ten-point lead", "showed support holding steady after the debate".

    An object alone ("showed a close race") is not a statement: it needs a predicate, a
    participle or a "with" phrase. The content runs from the object to the end of the
    cue's clause.
    """
    clause = next(
        (
            c
            for c in verb.children
            if c.dep_ in SMALL_CLAUSES
            and c.i > verb.i
            and not is_finite(c)
            and any(g.dep_ in NOMINAL_SUBJECTS for g in c.children)
        ),
        None,
    )
    if clause is not None:
        return [clause]
    obj = next((c for c in verb.children if c.dep_ == DIRECT_OBJECT and c.i > verb.i), None)
    if obj is None:
        return []
    participle = any(t.tag_ in ("VBG", "VBN") for t in obj.subtree if t.i > obj.i)
    with_phrase = any(
        c.dep_ == PREPOSITION and c.lower_ in lexicon.accompaniment_prepositions and c.i > obj.i
        for c in (*verb.children, *obj.children)
    )
    if not (participle or with_phrase):
        return []
    return [
        c for c in verb.children if c.i >= obj.i and not (c.is_punct and c.i == verb.right_edge.i)
    ]
