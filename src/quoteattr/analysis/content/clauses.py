"""Which dependents of a cue verb are the clause it reports.

A cue's content is a complement clause, a following parataxis, an unmarked finite clause the
parser took for an adverbial, or a verb with no "to" taken for an infinitive; a saying verb the
parser coordinated into the content belongs to the reporting clause instead. Failing those,
the construction the cue's lemma selects reads the content from its object
(:mod:`.objects`).
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Token

from ...lexicon import Lexicon
from ..cues import CueMatch
from ..labels import (
    ADVERBIAL_CLAUSE,
    CLAUSAL_COMPLEMENT,
    CLAUSE_OPENERS,
    CONJUNCT,
    COORDINATOR,
    DIRECT_OBJECT,
    INTERJECTION,
    MARKER,
    NOMINAL_SUBJECTS,
    OPEN_COMPLEMENT,
    PARATAXIS,
)
from ..stretches import subtree_tokens
from ..syntax import (
    GERUND_TAG_ID,
    coordinated_into_report,
    is_finite,
    is_infinitive,
    participle_past_noun_clause,
    second_report,
)
from .objects import object_content, prepositional_content
from .repairs import misparsed_subjects

_CLAUSE_BREAKS = frozenset({",", ";", ":"})
"""Punctuation before a clause that sets it apart from the cue."""

_CONTENT_LINKS = frozenset({CLAUSAL_COMPLEMENT, PARATAXIS, ADVERBIAL_CLAUSE, OPEN_COMPLEMENT})
"""The links of a cue's dependent that may be its content clause."""

_CONJUNCT_ID = get_string_id(CONJUNCT)
"""The conjunct label as ``Token.dep`` holds it (cheaper to read than ``Token.dep_``)."""

_BASE_OR_FINITE_TAGS = frozenset({"VB", "VBD", "VBZ", "VBP"})
"""Tags of a verb with no "to" that a parser may take for an infinitive complement."""


def content_dependents(
    verb: Token,
    children: list[Token],
    cue: CueMatch,
    lexicon: Lexicon,
    small_clause: list[Token] | None = None,
) -> list[Token]:
    """The dependents of the cue's verb whose subtrees are its content (possibly none).

    Args:
        verb: The cue's verb.
        children: The verb's children, listed once by the caller.
        cue: The cue.
        lexicon: Language data (the construction each cue lemma selects).
        small_clause: A poll's object and predicate, already found: the content.
    """
    if small_clause:
        return small_clause
    comps = [
        c for c in children if is_content_child(c, cue, lexicon) and not second_report(c, lexicon)
    ]
    if cue.lemma in lexicon.infinitive_cues and _infinitive_right_after(verb, cue):
        # "promising to lift the rules ― not what critics had in mind": the infinitive
        # right after a commissive cue is what was promised, whatever clause follows.
        comps = []
    if any(c.i > verb.i for c in comps):
        # A cue reports one clause: with one after it, a clause before it is a misparse.
        comps = [c for c in comps if c.i > verb.i]
    # "The firm closed her account; it did not explain why": a semicolon ends the clause
    # before it, which a reporting clause after it does not report.
    comps = [c for c in comps if c.i > verb.i or not _semicolon_between(c, verb)]
    comps += misparsed_subjects(verb, children, comps)
    if not comps:
        comps = object_content(verb, children, cue, lexicon)
    prepositions = lexicon.cue_prepositions.get(cue.lemma)
    if not comps and prepositions is not None:
        comps = prepositional_content(verb, children, prepositions)
    if not comps:
        comps = _answer(verb, lexicon)
    return comps


def _answer(verb: Token, lexicon: Lexicon) -> list[Token]:
    """A one-word answer right after the cue ("asked if she would run, she said no"): the
    answer is the statement. Not one with a "to" after it ("said no to the plan" refuses
    the plan)."""
    doc = verb.doc
    following = verb.i + 1
    if following >= len(doc):
        return []
    word = doc[following]
    if (
        word.dep_ != INTERJECTION
        or word.head.i != verb.i
        or word.lower_ not in lexicon.answer_words
    ):
        return []
    after = word.right_edge.i + 1
    if after < len(doc) and doc[after].lower_ in lexicon.recipient_prepositions:
        return []
    return [word]


def _semicolon_between(clause: Token, verb: Token) -> bool:
    """A semicolon stands between the end of ``clause`` (before the verb) and the verb."""
    doc = verb.doc
    return any(doc[i].text == ";" for i in range(clause.right_edge.i + 1, verb.i))


def is_content_child(child: Token, cue: CueMatch, lexicon: Lexicon) -> bool:
    """The dependent ``child`` of the cue's verb is the clause the cue reports."""
    link = child.dep_  # read once: most children (subjects, objects, marks) end here
    if link not in _CONTENT_LINKS or child.i in cue.tokens:
        return False
    if link == CLAUSAL_COMPLEMENT:
        return _reported_complement(child, cue, lexicon)
    if link == PARATAXIS:
        # Only a following clause after a comma or colon reads as the content.
        return child.i > child.head.i
    if link == ADVERBIAL_CLAUSE:
        return _unmarked_finite_clause(child, lexicon)
    if link == OPEN_COMPLEMENT:
        # "which they say left a vacuum": a verb with no "to" is no infinitive complement
        return (
            child.i > child.head.i
            and child.tag_ in _BASE_OR_FINITE_TAGS
            and not is_infinitive(child)
        )
    return False


def _reported_complement(clause: Token, cue: CueMatch, lexicon: Lexicon) -> bool:
    """A complement clause is what the cue reports.

    A clause before a cue that has its own object ("..., he acknowledged an openness to
    talks") is not what the cue reports, whatever the parser attached; the object of "told"
    is only the hearer.
    """
    verb = clause.head
    if clause.i > verb.i:
        return not _adverbial_opening(clause, lexicon)
    if cue.lemma in lexicon.hearer_cues:
        return True
    return not any(c.dep_ == DIRECT_OBJECT and c.i > verb.i for c in verb.children)


def _infinitive_right_after(verb: Token, cue: CueMatch) -> bool:
    """The cue is followed at once by the "to" of its own infinitive ("vowed to ...")."""
    after = cue.last + 1
    if after + 1 >= len(verb.doc) or verb.doc[after].tag_ != "TO":
        return False
    clause = verb.doc[after].head
    return clause.head.i == verb.i and clause.dep_ == OPEN_COMPLEMENT


def from_subject(comp: Token, tokens: list[Token]) -> list[Token]:
    """An unmarked clause taken for an adverbial starts at its subject: "said [after the
    vote] she would not resign" reports "she would not resign"."""
    if comp.dep_ != ADVERBIAL_CLAUSE:
        return tokens
    subject = next((c for c in comp.children if c.dep_ in NOMINAL_SUBJECTS), None)
    if subject is None:
        return tokens
    return [t for t in tokens if t.i >= subject.left_edge.i]


def _adverbial_opening(clause: Token, lexicon: Lexicon) -> bool:
    """A clause opening with a subordinator ("... called in when she was sick") is a
    circumstance, not what was said."""
    first = clause.left_edge
    return first.lower_ in lexicon.subordinators and first.dep_ in CLAUSE_OPENERS


def _unmarked_finite_clause(clause: Token, lexicon: Lexicon) -> bool:
    """A finite clause with a subject and no subordinator after the cue, which the parser
    took for an adverbial ("said after the convention he would not accept ...")."""
    children = list(clause.children)
    return (
        clause.i > clause.head.i
        and is_finite(clause)
        and not _adverbial_opening(clause, lexicon)
        and any(c.dep_ in NOMINAL_SUBJECTS and c.i < clause.i for c in children)
        and not any(c.dep_ == MARKER for c in children)
        and clause.doc[clause.left_edge.i - 1].text not in _CLAUSE_BREAKS
    )


def without_coordinated_cues(comp: Token, lexicon: Lexicon) -> list[Token]:
    """The complement's tokens, less a saying verb the parser coordinated into it, and
    less a comma-set participle the parse hung on an object noun past its own clause.

    "Quintero said the plan was "dead" and vowed to veto it": the second verb belongs to
    the reporting clause (its subject is the speaker), not to the content; so does the
    participle of "rejected the notion that the plan was dead, saying ..."
    (:func:`..syntax.participle_past_noun_clause`).
    """
    # The subtree in text order, made cheaply (:func:`..stretches.subtree_tokens`); spaCy's
    # order, which a non-projective parse makes another, decides only which participle
    # cuts first: a cut (rare) is made again over that order.
    tokens = _less_coordinated_cues(comp, subtree_tokens(comp), lexicon)
    content = before_outer_participle(tokens)
    if content is tokens:
        return content
    return before_outer_participle(_less_coordinated_cues(comp, list(comp.subtree), lexicon))


def _less_coordinated_cues(comp: Token, subtree: list[Token], lexicon: Lexicon) -> list[Token]:
    """The ``subtree`` of ``comp`` less the saying verbs coordinated into it, with their
    coordinators (:func:`without_coordinated_cues`)."""
    reporter = comp.head if comp.dep_ == CLAUSAL_COMPLEMENT else None
    verbs = [
        c
        for c in subtree
        if c.dep == _CONJUNCT_ID  # the label's integer: read for every word of the clause
        and c.i > comp.i
        and (
            (
                c.head.i == comp.i
                and c.lemma_.lower() in lexicon.coordinated_cues
                and not any(g.dep_ in NOMINAL_SUBJECTS for g in c.children)
            )
            or (reporter is not None and coordinated_into_report(c, lexicon) == reporter)
        )
    ]
    if not verbs:
        return subtree
    cut = {t.i for c in verbs for t in c.subtree}
    for verb in verbs:
        # with the coordinator before it ("and vowed", ", and called")
        cut |= {
            t.i for t in verb.head.children if t.dep_ == COORDINATOR and verb.head.i < t.i < verb.i
        }
    return [t for t in subtree if t.i not in cut]


def before_outer_participle(tokens: list[Token]) -> list[Token]:
    """``tokens`` up to the comma or dash of a participle that is the adjunct of the
    clause around an object noun's own clause, when that clause is outside ``tokens``
    ("rejected the notion that X, saying ...", "dismissed claims that X -- saying ...": the
    participle is the rejecter's, no part of the notion;
    :func:`..syntax.participle_past_noun_clause`)."""
    # the tag is read first: few tokens are participles, and the test reads no more of others
    adjunct = next(
        (t for t in tokens if t.tag == GERUND_TAG_ID and _outer_adjunct(t, tokens)), None
    )
    if adjunct is None:
        return tokens
    first = adjunct.left_edge.i - 1  # from its comma on
    return [t for t in tokens if t.i < first]


def _outer_adjunct(token: Token, tokens: list[Token]) -> bool:
    """``token`` is a participle adjunct of a clause whose verb is not in ``tokens``."""
    verb = participle_past_noun_clause(token)
    # the tokens are searched only for a participle found (few are): no index is built
    return verb is not None and all(t.i != verb.i for t in tokens)
