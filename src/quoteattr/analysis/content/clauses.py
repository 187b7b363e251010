"""Which dependents of a cue verb are the clause it reports.

A cue's content is a complement clause, a following parataxis, an unmarked finite clause the
parser took for an adverbial, or a verb with no "to" taken for an infinitive; a saying verb the
parser coordinated into the content belongs to the reporting clause instead.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import Lexicon
from ..cues import CueMatch
from ..speakers.clause import COORDINATED_CUES
from ..syntax import is_finite, is_infinitive

_SUBORDINATORS = frozenset(
    {"when", "while", "because", "since", "although", "though", "if", "after", "before", "until"}
)


def is_content_child(child: Token, cue: CueMatch, lexicon: Lexicon) -> bool:
    """The dependent ``child`` of the cue's verb is the clause the cue reports."""
    if child.i in cue.tokens:
        return False
    if child.dep_ == "ccomp":
        # A clause before a cue that has its own object ("..., he acknowledged an openness
        # to talks") is not what the cue reports, whatever the parser attached; the object
        # of "told" is only the hearer.
        verb = child.head
        if child.i > verb.i:
            return not _adverbial_opening(child)
        if cue.lemma in lexicon.hearer_cues:
            return True
        return not any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children)
    if child.dep_ == "parataxis":
        # Only a following clause after a comma or colon reads as the content.
        return child.i > child.head.i
    if child.dep_ == "advcl":
        return _unmarked_finite_clause(child)
    if child.dep_ == "xcomp":
        # "which they say left a vacuum": a verb with no "to" is no infinitive complement
        return (
            child.i > child.head.i
            and child.tag_ in ("VB", "VBD", "VBZ", "VBP")
            and not is_infinitive(child)
        )
    return False


def from_subject(comp: Token, tokens: list[Token]) -> list[Token]:
    """An unmarked clause taken for an adverbial starts at its subject: "said [after the
    vote] she would not resign" reports "she would not resign"."""
    if comp.dep_ != "advcl":
        return tokens
    subject = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return tokens
    return [t for t in tokens if t.i >= subject.left_edge.i]


def _adverbial_opening(clause: Token) -> bool:
    """A clause opening with a subordinator ("... called in when she was sick") is a
    circumstance, not what was said."""
    first = clause.left_edge
    return first.lower_ in _SUBORDINATORS and first.dep_ in ("advmod", "mark")


def _unmarked_finite_clause(clause: Token) -> bool:
    """A finite clause with a subject and no subordinator after the cue, which the parser
    took for an adverbial ("said after the convention he would not accept ...")."""
    children = list(clause.children)
    return (
        clause.i > clause.head.i
        and is_finite(clause)
        and not _adverbial_opening(clause)
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i for c in children)
        and not any(c.dep_ == "mark" for c in children)
        and clause.doc[clause.left_edge.i - 1].text not in (",", ";", ":")
    )


def without_coordinated_cues(comp: Token) -> list[Token]:
    """The complement's tokens, less a saying verb the parser coordinated into it.

    "Quintero said the plan was "dead" and vowed to veto it": the second verb belongs to
    the reporting clause (its subject is the speaker), not to the content.
    """
    cut = {
        t.i
        for c in comp.children
        if c.dep_ == "conj" and c.i > comp.i and c.lemma_.lower() in COORDINATED_CUES
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        for t in c.subtree
    }
    if cut:
        cut |= {t.i for t in comp.children if t.dep_ == "cc" and t.i < min(cut) and t.i > comp.i}
    return [t for t in comp.subtree if t.i not in cut]
