"""Contents a cue carries in its object rather than in a clause.

"vowed to veto the bill", "urged Congress to act", "called the charges baseless",
"dismissed the report as a smear", "called for a repeal", "denied reports that ...": the
statement is the object (with its infinitive or predicate), read over the dependency parse.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..syntax import is_finite, is_infinitive, opened_by_that


def infinitive_content(verb: Token) -> list[Token]:
    """The infinitive complement of a commissive or directive cue, with its object.

    "vowed to veto the bill" -> "to veto the bill"; "urged Congress to act" -> "Congress to
    act" (the object is who the demand is addressed to, and is part of what was said).
    """
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
    if xcomp is None:
        # "exhorted his players to forget ...", the infinitive hung as an adverbial clause
        xcomp = next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i), None)
        if xcomp is not None and _object_right_before(verb, xcomp) is None:
            return []
    if xcomp is None or not is_infinitive(xcomp):
        return []
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubj") and verb.i < c.i < xcomp.i]
    return [*objects, xcomp]


def gerund_content(verb: Token) -> list[Token]:
    """A gerund clause right after the cue: "admitted using the loophole", "proposed
    raising the limit", "denied taking the money" report that clause."""
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if following is None or following.tag_ != "VBG" or following.head.i != verb.i:
        return []
    if following.dep_ not in ("xcomp", "ccomp", "dobj"):
        return []
    return [following]


def _object_right_before(verb: Token, clause: Token) -> Token | None:
    """The verb's direct object right before ``clause`` (nothing else in between)."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.i]
    if not objects or objects[-1].right_edge.i + 1 != clause.left_edge.i:
        return None
    return objects[-1]


def naming_content(verb: Token, *, as_only: bool = False) -> list[Token]:
    """Object and predicate of a naming verb: "called [the charges] [unfounded]".

    Notes:
        "X called Y Z" and "X described Y as Z" state that Y is Z: the characterisation a
        fact-checker checks. Both the object and the predicate are required. With
        ``as_only``, only the "Y as Z" predicate counts ("dismissed the report as a smear").
    """
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if not objects and as_only:
        # "referred to him as a reformer": the object of "to" is the one characterised
        objects = [
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "to" and c.i == verb.i + 1
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if objects:
            to = objects[0].head
            predicates = [c for c in verb.children if c.i > to.i and _as_predicate(c)]
            return [objects[0], predicates[0]] if predicates else []
    if not objects and not as_only:
        # "in what officials called a hate crime": the object is the relative "what", and
        # the predicate alone is the characterisation
        if any(c.dep_ == "dobj" and c.lower_ == "what" and c.i < verb.i for c in verb.children):
            return [c for c in verb.children if c.dep_ == "oprd" and c.i > verb.i][:1]
        # "called her "third-rate"": the object pronoun read as the predicate's possessor
        return [
            c
            for c in verb.children
            if c.dep_ == "oprd"
            and c.left_edge.i == verb.i + 1
            and c.left_edge.lower_ in ("her", "him", "them", "it")
        ][:1]
    if not objects:
        return []
    if any(_as_predicate(c) for c in objects[0].rights):
        return [objects[0]]  # "dismissed [the survey as guesswork]", "as" under the object
    predicates = [
        c
        for c in verb.children
        if c.i > objects[0].i
        and (
            (c.dep_ in ("oprd", "ccomp", "xcomp", "acomp", "attr") and not as_only)
            or _as_predicate(c)
        )
    ]
    return [objects[0], predicates[0]] if predicates else []


def proposition_object(verb: Token, nouns: frozenset[str]) -> list[Token]:
    """An object naming a proposition with its "that" clause: "disputed [the idea that
    she was ill]", "denied [reports that talks had failed]"."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.i > verb.i and child.lower_ in nouns:
            clause = any(
                c.dep_ in ("acl", "ccomp", "relcl")
                and opened_by_that(c)
                for c in child.rights
            )
            if clause:
                return [child]
    return []


def _as_predicate(token: Token) -> bool:
    """An "as" introducing a predicate ("as reckless"), not "such as" or "as well as"."""
    return (
        token.dep_ == "prep"
        and token.lower_ == "as"
        and token.i > 0
        and token.doc[token.i - 1].lower_ not in ("such", "well")
    )


def prepositional_content(verb: Token, prepositions: frozenset[str]) -> list[Token]:
    """The object of "call for": "has called for [a full repeal of the law]"; "called for
    [the minister to resign]", which the parser may read as a clause marked by "for"."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in prepositions:
            objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if objects:
                return objects
        if child.dep_ in ("advcl", "ccomp") and child.i > verb.i:
            marks = [g for g in child.children if g.dep_ == "mark" and g.lower_ in prepositions]
            if marks and marks[0].i == verb.i + 1:
                return [t for t in child.subtree if t.i != marks[0].i]
    return []


def small_clause_content(verb: Token) -> list[Token]:
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
            if c.dep_ in ("ccomp", "xcomp", "oprd")
            and c.i > verb.i
            and not is_finite(c)
            and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        ),
        None,
    )
    if clause is not None:
        return [clause]
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return []
    participle = any(t.tag_ in ("VBG", "VBN") for t in obj.subtree if t.i > obj.i)
    with_phrase = any(
        c.dep_ == "prep" and c.lower_ == "with" and c.i > obj.i
        for c in (*verb.children, *obj.children)
    )
    if not (participle or with_phrase):
        return []
    return [c for c in verb.children if c.i >= obj.i and not (c.is_punct and c.i == verb.right_edge.i)]
