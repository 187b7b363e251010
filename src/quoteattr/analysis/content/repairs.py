"""Content clauses the parser attached to the wrong word.

Small parsers often hang the complement of a reporting verb somewhere other than under the
verb. Each repair here recovers one such misattachment, as tokens of the content; all take
the cue's verb, its children (listed once by the caller), the cue and the lexicon, and
:data:`REPAIRS` lists them in the order they are tried. The patterns are observed in news
parsed by spaCy's small English model.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from ...lexicon import Lexicon
from ...records import CueCategory
from ..cues import CueMatch
from ..labels import (
    ADJUNCTS,
    AUXILIARIES_OR_NEGATION,
    CLAUSAL_COMPLEMENT,
    CLAUSE_SUBJECTS,
    COMPLEMENT_OR_ADVERBIAL,
    CONJUNCT,
    DIRECT_OBJECT,
    MARKER,
    OBJECT_OR_COMPLEMENT,
    OBJECTS,
    OPEN_COMPLEMENT,
    PREVERBAL_WORDS,
    RELATIVE_CLAUSE,
    SUBJECTS_OR_EXPLETIVE,
    VERB_COMPLEMENTS,
)
from ..syntax import is_complementizer, is_finite, opened_by_complementizer

_SUBJECTS_OR_EXPLETIVE_CLAUSE = CLAUSE_SUBJECTS | SUBJECTS_OR_EXPLETIVE
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
_ADJUNCT_REACH = 14
"""How many tokens after the cue a "that" may open its content past adjuncts."""

Repair = Callable[[Token, list[Token], CueMatch, Lexicon], list[Token]]


def stranded_clause(
    verb: Token, children: list[Token], cue: CueMatch, lexicon: Lexicon
) -> list[Token]:
    """Tokens of a clause right after the cue that the parser hung elsewhere.

    Notes:
        Small parsers often attach the complement of a reporting verb to a higher clause
        ("while officials have made clear they will ..." with "will accept" as the main
        verb). A subject right after the cue (after an optional "that") whose verb follows
        it is still read as the start of the cue's content.
    """
    doc = verb.doc
    start = cue.last + 1
    if start < len(doc) and doc[start].lower_ in lexicon.complementizers:
        start += 1
    if start >= len(doc) or doc[start].dep_ not in CLAUSE_SUBJECTS:
        # Tokens one at a time, not a Span (which costs more than the few read)
        reach = range(start, min(start + 4, len(doc)))
        subject = next((doc[i] for i in reach if doc[i].dep_ in CLAUSE_SUBJECTS), None)
        if subject is None or subject.left_edge.i != start:
            return []
    else:
        subject = doc[start]
    return _clause_from(subject, start, cue)


def _clause_from(subject: Token, start: int, cue: CueMatch) -> list[Token]:
    """The tokens from ``start`` of the clause ``subject`` is the subject of, when its verb
    follows the subject and is no word of the cue; else none."""
    clause = subject.head
    if clause.i <= subject.i or clause.pos_ not in ("VERB", "AUX") or clause.i in cue.tokens:
        return []
    return [t for t in clause.subtree if t.i >= start]


def misparsed_subjects(verb: Token, children: list[Token], comps: list[Token]) -> list[Token]:
    """The object the parser took from a subjectless complement.

    "explained the president's refusal ... is a weakness" is often parsed with "refusal"
    as the object of "explained" and a complement "is a weakness" with no subject: the
    object is then the complement's subject and belongs to the content. ``children`` are
    the verb's.
    """
    found: list[Token] = []
    for comp in comps:
        if comp.i < verb.i or any(c.dep_ in SUBJECTS_OR_EXPLETIVE for c in comp.children):
            continue
        objects = [c for c in children if c.dep_ == DIRECT_OBJECT and verb.i < c.i < comp.i]
        if objects and comp.pos_ in ("VERB", "AUX") and comp.tag_ not in ("VB", "VBG", "TO"):
            found.append(objects[-1])
    return found


def governing_clause(
    verb: Token, children: list[Token], cue: CueMatch, lexicon: Lexicon
) -> list[Token]:
    """Tokens of the clause after the cue that the parser made the cue's head.

    "continues to insist, most recently in an interview, that he wants ..." and "after he
    admitted under questioning he had not been held ..." are often parsed with the reporting
    clause as a complement or adverbial of its own content. The content is that head
    clause when it follows the cue, is finite, and is either opened by "that" or follows
    the reporting clause without a comma (not "Although critics complained, the plan ..."),
    and the reporting clause is not a circumstance at the start of the sentence.
    """
    top = verb
    while top.dep_ == OPEN_COMPLEMENT and top.head.i < top.i:
        top = top.head
        sibling = _content_of_governor(top, verb, lexicon)
        if sibling:
            return sibling
    clause = top.head
    if top.dep_ not in COMPLEMENT_OR_ADVERBIAL or clause.i <= top.right_edge.i:
        return []
    # "after Trump told the Post he was ...": a hearer is no content of the cue's own.
    hearer = verb.lemma_.lower() in lexicon.hearer_cues
    if any(
        c.dep_ in VERB_COMPLEMENTS and c.i > verb.i and not (hearer and c.dep_ in OBJECTS)
        for c in children
    ):
        return []
    subject = next((c for c in clause.children if c.dep_ in SUBJECTS_OR_EXPLETIVE), None)
    if subject is None or subject.i <= top.right_edge.i or not is_finite(clause):
        return []
    between = verb.doc[top.right_edge.i + 1 : subject.left_edge.i]
    if not opened_by_complementizer(clause, lexicon) and any(t.is_punct for t in between):
        return []
    if any(c.dep_ == MARKER for c in top.children) and top.left_edge.is_sent_start:
        return []  # "After he complained the plan went ahead": a fronted circumstance
    return [t for t in clause.subtree if t.i > top.right_edge.i]


def clause_after_hearer(
    verb: Token, children: list[Token], cue: CueMatch, lexicon: Lexicon
) -> list[Token]:
    """The clause after a cue's hearer that the parser hung on the hearer or elsewhere.

    "reminded the audience he was the only candidate ..." is often parsed with "he was ..."
    as a relative clause of "audience" (with no relative pronoun, it cannot be one), and
    "told him the nominee had not paid ..." with "the nominee" as the object and "had not
    paid" stranded with no subject. Either way the words after the hearer are the content.
    """
    objects = [c for c in children if c.dep_ in OBJECTS and c.i > verb.i]
    if not objects:
        return []
    hearer = objects[0]
    for clause in hearer.children:
        if _relative_without_pronoun(clause, hearer, lexicon):
            return list(clause.subtree)
    if len(objects) < 2:
        return []
    return _subject_then_stranded_verb(objects[-1])


def _relative_without_pronoun(clause: Token, hearer: Token, lexicon: Lexicon) -> bool:
    """A relative clause on the hearer that no relative pronoun opens: a content clause."""
    first = clause.left_edge
    return (
        clause.dep_ == RELATIVE_CLAUSE
        and clause.i > hearer.i
        and first.dep_ in CLAUSE_SUBJECTS
        and first.tag_ not in _RELATIVE_TAGS
        and first.lower_ not in lexicon.complementizers
        and is_finite(clause)
    )


def _subject_then_stranded_verb(subject: Token) -> list[Token]:
    """A second object and the subjectless finite verb after it, as one clause."""
    doc = subject.doc
    after = subject.right_edge.i + 1
    if after >= len(doc):
        return []
    clause = doc[after] if doc[after].dep_ not in AUXILIARIES_OR_NEGATION else doc[after].head
    if (
        clause.i < after
        or clause.pos_ not in ("VERB", "AUX")
        or any(c.dep_ in _SUBJECTS_OR_EXPLETIVE_CLAUSE for c in clause.children)
        or not is_finite(clause)
    ):
        return []
    return [*subject.subtree, *(t for t in clause.subtree if t.i >= after)]


def _content_of_governor(governor: Token, verb: Token, lexicon: Lexicon) -> list[Token]:
    """A "that" clause after the cue hung on the verb that governs it: "keeps insisting,
    most recently on Monday, that ..." with the clause under "keeps"."""
    clause = next(
        (
            c
            for c in governor.children
            if c.dep_ == CLAUSAL_COMPLEMENT
            and c.i > verb.right_edge.i
            and opened_by_complementizer(c, lexicon)
        ),
        None,
    )
    return list(clause.subtree) if clause is not None else []


def relative_gap_clause(
    verb: Token, children: list[Token], cue: CueMatch, lexicon: Lexicon
) -> list[Token]:
    """The rest of a relative clause whose cue's object is the relative pronoun.

    "the test, which state media claimed now allows it to build warheads" is often parsed
    with "allows" hung on the main clause: the cue keeps only "which" as its object. A
    subjectless finite verb right after the cue (after adverbs) is the cue's content, whose
    subject is the relative pronoun's antecedent.
    """
    doc = verb.doc
    relative = verb.head if verb.dep_ == CONJUNCT and verb.head.dep_ == RELATIVE_CLAUSE else verb
    if verb is not relative and any(c.dep_ in OBJECT_OR_COMPLEMENT for c in children):
        return []  # "which he favors but says would ...": the second verb shares the pronoun
    if relative.dep_ != RELATIVE_CLAUSE or not any(
        c.dep_ == DIRECT_OBJECT and c.tag_ in ("WDT", "WP") and c.i < relative.i
        for c in relative.children
    ):
        return []
    start = verb.i + 1
    index = start
    while index < len(doc) and doc[index].dep_ in PREVERBAL_WORDS and index - start < 3:
        index += 1
    if index >= len(doc):
        return []
    clause = doc[index]
    if (
        clause.pos_ not in ("VERB", "AUX")
        or not is_finite(clause)
        or clause.head.i == verb.i
        or any(
            c.dep_ in CLAUSE_SUBJECTS and c.i < clause.i and c.i != relative.head.i
            for c in clause.children
        )
    ):
        return []  # the antecedent may be parsed as the subject: it is the one meant
    return [doc[i] for i in range(start, clause.right_edge.i + 1)]


def that_after_adjunct(
    verb: Token, cue: CueMatch, lexicon: Lexicon, walk: tuple[int, int]
) -> list[Token]:
    """The rest of the sentence after a "that" which follows the cue's adjuncts.

    "elaborated in an op-ed for the Journal that delegates ... may reconsider" is often
    parsed with "that ..." as a relative clause of "Journal" and its verb as the root. A
    complementizer "that" (see :func:`is_complementizer`) reached from the cue through
    prepositional phrases alone, with no punctuation or finite verb between, and not
    right after a noun of someone's claim (:func:`_claim_noun`), opens the content, which
    runs to the end of the sentence, or to a comma that sets off a reporting participle
    hanging on the cue itself (", adding that ...": the reporter's next statement).
    ``walk``: :func:`_adjunct_walk` of the cue, which tells which words are adjuncts'.
    """
    if cue.category is CueCategory.QUESTION:
        return []  # "Asked about the claim that ...": the claim is someone else's
    doc = verb.doc
    stop, reach = walk
    # The words before ``stop`` are adjuncts' in the sentence, none punctuation; the word at
    # ``stop``, before ``reach``, is the first that is not, and a "that" there may open the
    # content: only the words' own forms are read.
    for index in range(cue.last + 1, min(stop + 1, reach)):
        token = doc[index]
        if token.lower_ in lexicon.complementizers:
            if not is_complementizer(token, lexicon) or index == cue.last + 1:
                return []
            if _claim_noun(doc[index - 1], lexicon):
                return []  # "responded to accusations that ...": the accusers' content
            end = _added_report(verb, index, lexicon) or verb.sent.end
            return [t for t in doc[index + 1 : end] if not t.is_space]
        finite_verb = token.pos_ in ("VERB", "AUX") and token.tag_ not in ("VBG", "VBN")
        if finite_verb or token.tag_ in ("WDT", "WP"):
            return []  # a participle inside an adjunct may pass: "said before attending X that"
    return []


def _claim_noun(noun: Token, lexicon: Lexicon) -> bool:
    """A noun of someone's claim or report, whose "that" clause is its own content
    ("responded to accusations that ...", "reacted to reports that ..."), unlike a
    neutral noun of a message, which may carry the cue's own ("said in a statement
    that ...")."""
    lemma = noun.lemma_.lower()
    category = lexicon.cue_nouns.get(lemma)
    return noun.lower_ in lexicon.proposition_nouns or (
        category is not None and category is not CueCategory.NEUTRAL
    )


def clause_after_adjunct(
    verb: Token, cue: CueMatch, lexicon: Lexicon, walk: tuple[int, int] | None = None
) -> list[Token]:
    """A clause right after the cue's adjuncts that the parser hung on another verb.

    "addressed the issue in an interview, remarking from Ohio he did not feel ..." is
    often parsed with "feel" as the complement of "addressed". A subject that follows the
    cue's prepositional phrases or time words at once, with no punctuation between, and
    whose finite verb comes after it outside the cue's own phrase, opens the content, as
    :func:`stranded_clause` reads one right after the cue. ``walk``: :func:`_adjunct_walk`
    of the cue, when the caller has made it.
    """
    if cue.category is CueCategory.QUESTION:
        return []
    doc = verb.doc
    index, end = _adjunct_walk(verb, cue) if walk is None else walk
    if index == cue.last + 1 or index >= end or doc[index].dep_ not in CLAUSE_SUBJECTS:
        return []
    subject = doc[index]
    clause = subject.head
    if not is_finite(clause) or verb in clause.ancestors:
        return []
    return _clause_from(subject, index, cue)


def _adjunct_walk(verb: Token, cue: CueMatch) -> tuple[int, int]:
    """Where the verb's adjuncts right after the cue stop (the first word from the cue's
    next that is punctuation or no adjunct's, or ``end``), and ``end``,
    :func:`_reach_end`: the stretch both :func:`that_after_adjunct` and
    :func:`clause_after_adjunct` read past."""
    doc = verb.doc
    index = cue.last + 1
    end = _reach_end(cue, doc)
    while index < end and not doc[index].is_punct and _in_adjunct(doc[index], verb):
        index += 1
    return index, end


def _reach_end(cue: CueMatch, doc: Doc) -> int:
    """Where a repair stops reading after the cue: ``_ADJUNCT_REACH`` tokens on, or the end
    of the cue's sentence before that (found from the tokens in reach: ``Token.sent`` costs
    more than reading them)."""
    end = min(cue.last + _ADJUNCT_REACH, len(doc))
    return next((i for i in range(cue.last + 1, end) if doc[i].is_sent_start), end)


def _added_report(verb: Token, after: int, lexicon: Lexicon) -> int | None:
    """The comma before a reporting participle after ``after`` that hangs on ``verb``, set
    off by the comma ("said in a statement that ..., adding that ..."), or None. (Another
    verb there may be the content's own, which the parse hung on the cue: "elaborated ...
    that delegates ..., even those who signed early, may change sides".)"""
    doc = verb.doc
    for child in verb.rights:
        comma = child.left_edge.i - 1
        participle = child.tag_ == "VBG" and lexicon.cue_category(child.lemma_) is not None
        if child.i > after and participle and doc[comma].text == ",":
            return comma
    return None


def _adjunct_at(token: Token, verb: Token) -> bool:
    """``token`` opens a stretch of the verb's adjuncts in the verb's sentence: the first word
    :func:`that_after_adjunct` and :func:`clause_after_adjunct` read past."""
    return not token.is_sent_start and not token.is_punct and _in_adjunct(token, verb)


def _in_adjunct(token: Token, verb: Token) -> bool:
    """The token hangs on the verb through a prepositional phrase or a time word."""
    while token.i != verb.i:
        if token.head.i == verb.i:
            return token.dep_ in ADJUNCTS
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def after_adjuncts(
    verb: Token, children: list[Token], cue: CueMatch, lexicon: Lexicon
) -> list[Token]:
    """:func:`that_after_adjunct`, else :func:`clause_after_adjunct`: both read past the
    verb's adjuncts right after the cue, which most cues have none of. That is tested here
    once for both (the test walks up from the word after the cue), and the adjuncts are
    walked once for both (:func:`_adjunct_walk`)."""
    index = cue.last + 1
    if index >= len(verb.doc) or not _adjunct_at(verb.doc[index], verb):
        return []
    walk = _adjunct_walk(verb, cue)
    return that_after_adjunct(verb, cue, lexicon, walk) or clause_after_adjunct(
        verb, cue, lexicon, walk
    )


REPAIRS: tuple[Repair, ...] = (
    stranded_clause,
    governing_clause,
    clause_after_hearer,
    relative_gap_clause,
    after_adjuncts,
)
"""The repairs, in the order they are tried when the parse gives a cue no content."""
