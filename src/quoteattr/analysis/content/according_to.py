"""Statements framed by a source phrase: "according to X, ...", "..., according to X".

All of the reading of a source phrase's content is here: which clause the phrase frames
(:func:`framed_verb`, also read when the phrase folds into another statement) and the
statement around it. Finding the phrase itself is :func:`quoteattr.analysis.cues.find_cues`'s
(the phrases are the lexicon's ``source_markers``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...lexicon import Lexicon
from ...records import Attribution
from ..cues import CueMatch
from ..labels import (
    ADVERBIAL_CLAUSE,
    CONJUNCT,
    COORDINATOR,
    MARKER,
    NOMINAL_SUBJECTS,
    PREPOSITION_OBJECT,
    ROOT,
)
from ..stretches import outside, trim_range
from ..syntax import doc_text
from ..values import Statement

_COMMA = ","


def framed_verb(according: Token) -> Token:
    """The verb whose clause "according to X" frames (``according`` itself when it is the root).

    A verb the parse made a conjunct of the clause before it, with no subject of its own
    and no conjunction between them, is part of that clause ("Clinton is 400 delegates
    short when ... -- are included, according to X": the phrase frames the sentence).
    """
    head = according.head
    while head.pos_ not in ("VERB", "AUX") and head.dep_ != ROOT and head.head.i != head.i:
        head = head.head
    while head.dep_ == CONJUNCT and not _own_subject_or_coordinator(head):
        head = head.head
    return head


def _own_subject_or_coordinator(conjunct: Token) -> bool:
    """The conjunct has a subject, or a conjunction links it to the verb before it."""
    first = conjunct.head
    return any(c.dep_ in NOMINAL_SUBJECTS for c in conjunct.children) or any(
        c.dep_ == COORDINATOR and first.i < c.i < conjunct.i for c in first.children
    )


def according_to_statement(cue: CueMatch, doc: Doc, lexicon: Lexicon) -> Statement | None:
    """The clause a source phrase frames, attributed to the phrase's object.

    Notes:
        PARC 3.0 (Pareti 2016) annotates "according to" as a cue whose object is the
        source and whose content is the clause it attaches to, before or after it.
    """
    according = doc[cue.head]
    to = doc[cue.last]
    sources = [c for c in to.children if c.dep_ == PREPOSITION_OBJECT]
    source = sources[0].i if sources else None
    head = framed_verb(according)
    if head.i == according.i:
        return _fronted_phrase_statement(cue, doc, source, lexicon)
    parts = _before_next_report(outside(head, according, lexicon), head, according, lexicon)
    parts = _after_as_clause(parts, head, lexicon)
    if not parts:
        return None
    return Statement(cue, parts, source, Attribution.ACCORDING_TO)


def _before_next_report(
    parts: tuple[tuple[int, int], ...], head: Token, according: Token, lexicon: Lexicon
) -> tuple[tuple[int, int], ...]:
    """The parts up to a cue verb coordinated with the framed one by a conjunction after
    the source phrase ("X watched the videos, according to their lawyers, and said ..."):
    the phrase frames the clause it closes, not the next report, which has its own speaker
    and content ("The plan, according to Y, will cost millions and take years" keeps its
    second verb)."""
    doc = head.doc
    later = [
        c
        for c in head.children
        if c.dep_ == CONJUNCT
        and c.i > according.i
        and c.lemma_.lower() in lexicon.cue_verbs
        and any(t.dep_ == COORDINATOR for t in doc[according.right_edge.i + 1 : c.i])
    ]
    if not later:
        return parts
    first = min(c.i for c in later)
    while first - 1 > according.right_edge.i and (
        doc[first - 1].dep_ == COORDINATOR or doc[first - 1].is_punct
    ):
        first -= 1
    cut = doc[first].idx
    text = doc_text(doc)
    kept = []
    for start, end in parts:
        if start >= cut:
            continue
        end = min(end, cut)
        while end > start and (text[end - 1].isspace() or text[end - 1] in _COMMA):
            end -= 1
        if end > start:
            kept.append((start, end))
    return tuple(kept)


def _after_as_clause(
    parts: tuple[tuple[int, int], ...], head: Token, lexicon: Lexicon
) -> tuple[tuple[int, int], ...]:
    """The parts after a fronted "as" clause of a cue verb ("As I mentioned above, X got
    13 million votes, according to Y"): it frames the clause, as the source phrase does,
    and is no part of what the source says."""
    doc = head.doc
    clauses = [
        c
        for c in head.lefts
        if c.dep_ == ADVERBIAL_CLAUSE
        and c.lemma_.lower() in lexicon.cue_verbs
        and any(m.dep_ == MARKER and m.lower_ in lexicon.as_markers for m in c.lefts)
    ]
    if not clauses:
        return parts
    first = clauses[-1].right_edge.i + 1
    while first < head.i and (doc[first].is_punct or doc[first].is_space):
        first += 1
    cut = doc[first].idx
    return tuple((max(start, cut), end) for start, end in parts if end > cut)


def _fronted_phrase_statement(
    cue: CueMatch, doc: Doc, source: int | None, lexicon: Lexicon
) -> Statement | None:
    """The rest of the sentence after a fronted phrase's comma: "According to X, <statement>."
    when the parser made "according" the root."""
    according = doc[cue.head]
    start = according.i
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    end = according.i + 1
    while end < len(doc) and not doc[end].is_sent_start:
        end += 1
    comma = next((t for t in doc[cue.last + 1 : end] if t.text == _COMMA), None)
    if according.i != start or comma is None:
        return None
    part = trim_range(comma.i + 1, end, doc, lexicon)
    if part is None:
        return None
    return Statement(cue, (part,), source, Attribution.ACCORDING_TO)
