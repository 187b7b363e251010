"""Tie each cue to its content and its speaker over the dependency parse.

:func:`attach` reads one cue. A source phrase is read by :mod:`.according_to` and a noun by
:mod:`.nouns`; a verb's statement is looked for in this order: a final reporting clause read
from the surface (:mod:`.surface`), a colon after the reporting clause (:mod:`.colons`), an
"as" clause (:mod:`.reporting_clauses`), the verb's own content dependents
(:mod:`.clauses`, :mod:`.objects`) or a clause the parser misattached (:mod:`.repairs`),
and last the statement the reporting clause follows or interrupts.

This stage reads the syntax only; :mod:`quoteattr.analysis.quotes.kinds` then reconciles what
it finds with the quote marks of the text.
"""

from __future__ import annotations

from functools import partial

from spacy.tokens import Token

from ...lexicon import Lexicon
from ..cues import CueForm, CueMatch
from ..labels import (
    ADVERBIAL_MODIFIER,
    APPOSITION,
    ATTRIBUTE,
    CLAUSAL_COMPLEMENT,
    CLAUSAL_MODIFIER,
    FRAMING_LINKS,
    NOMINAL_SUBJECT,
    NOMINAL_SUBJECTS,
    OPEN_COMPLEMENT,
    RELATIVE_CLAUSE,
    ROOT,
    SUBJECTS_OR_AUXILIARIES,
    SUBJECTS_OR_EXPLETIVE,
)
from ..layout import Layout
from ..speakers.clause import speaker_of
from ..speakers.misread_subjects import poll_beside
from ..stretches import runs, through_dash_aside
from ..syntax import (
    FINITE_TAGS,
    has_comma_before,
    is_finite,
    is_infinitive,
    is_relative_pronoun,
    opened_by_complementizer,
)
from ..values import Statement
from .according_to import according_to_statement
from .clauses import content_dependents, from_subject, without_coordinated_cues
from .colons import colon_statement
from .nouns import noun_statement
from .objects import gerund_content, small_clause_content
from .repairs import REPAIRS
from .reporting_clauses import (
    as_clause_statement,
    beside_statement,
    inverted_aside,
    subject_before_second_quote,
)
from .surface import final_reporting_clause

_FRAMING_REACH = 3
"""How many links up from the cue a framing adjective may be ("it is worth noting")."""


def attach(cue: CueMatch, layout: Layout, lexicon: Lexicon) -> Statement | None:
    """The statement a cue introduces, or None when the cue has no content."""
    doc = layout.doc
    if cue.form is CueForm.SOURCE:
        return according_to_statement(cue, doc, lexicon)
    if cue.form is CueForm.NOUN:
        return noun_statement(cue, doc, lexicon)
    verb = doc[cue.head]
    if cue.lemma in lexicon.that_only_verbs and not _has_full_clause(verb, lexicon):
        # "a study found that ...", not "he found the area welcoming"; but a poll's object
        # and predicate are what it counted ("the poll showed him ahead"), and the gerund
        # of a proposal is what was proposed ("she suggested raising the tax")
        small_clause = small_clause_content(verb, lexicon) if _poll_subject(verb, lexicon) else []
        if not small_clause and cue.lemma in lexicon.gerund_cues:
            small_clause = gerund_content(verb, lexicon)
        if not small_clause:
            return None
        return _verb_statement(cue, layout, lexicon, small_clause)
    return _verb_statement(cue, layout, lexicon)


def _poll_subject(verb: Token, lexicon: Lexicon) -> bool:
    """The cue's subject is a poll or survey ("the poll showed him ahead"), also one the
    parse set beside another subject (:func:`.misread_subjects.poll_beside`)."""
    return any(
        c.dep_ == NOMINAL_SUBJECT
        and (c.lemma_.lower() in lexicon.poll_nouns or poll_beside(c, lexicon) is not None)
        for c in verb.children
    )


def _has_full_clause(verb: Token, lexicon: Lexicon) -> bool:
    """The verb has a full clause as complement: with "that", or finite ("shows most
    voters are undecided"), not a small clause ("found the area welcoming")."""
    for child in verb.children:
        if child.dep_ != CLAUSAL_COMPLEMENT:
            continue
        marked = opened_by_complementizer(child, lexicon)
        finite = is_finite(child)
        subject = any(g.dep_ in SUBJECTS_OR_EXPLETIVE for g in child.children)
        if marked or (finite and subject):
            return True
    return False


def _verb_statement(
    cue: CueMatch, layout: Layout, lexicon: Lexicon, small_clause: list[Token] | None = None
) -> Statement | None:
    """The statement of a verb cue (see the module docstring for the order of readings)."""
    verb = layout.doc[cue.head]
    if _writer_voice(verb, lexicon) or _imperative(verb):
        return None
    final = (
        final_reporting_clause(verb, cue, layout, lexicon)
        or inverted_aside(verb, cue, layout, lexicon)
        or subject_before_second_quote(verb, cue, layout, lexicon)
    )
    if final is not None:
        return final
    if _inverted_after_quote(verb, layout):
        return None
    children = list(verb.children)  # for the speaker and the content: made once
    # The speaker is read by the reading that finds content, if one does (a third of the
    # cues that come this far have none).
    speaker = partial(speaker_of, verb, lexicon, children)
    framed = colon_statement(verb, cue, layout, speaker) or as_clause_statement(
        verb, cue, layout, speaker, lexicon
    )
    if framed is not None:
        return framed
    tokens = _content_tokens(verb, children, cue, lexicon, small_clause)
    if tokens:
        parts = runs(through_dash_aside(tokens, verb.doc), verb.doc, lexicon)
        return Statement(cue, parts, *speaker()) if parts else None
    return beside_statement(verb, cue, layout, lexicon, speaker)


def _inverted_after_quote(verb: Token, layout: Layout) -> bool:
    """'"...," said the woman, who did not want to be named': a finite cue right after a
    quote's closing mark, with a clause the parse made its complement opening right after
    it with a subject described after a comma. That clause is the inverted subject with
    its description; the cue reports the quote, which the quote's own attribution reads."""
    doc = verb.doc
    if verb.i == 0 or not doc[verb.i - 1].is_quote or layout.in_quote(verb):
        return False
    if verb.tag_ not in FINITE_TAGS:
        return False
    mark = doc[verb.i - 1]
    end = mark.idx + len(mark)
    if not any(q.end == end for q in layout.quotes_within(mark.idx, end)):
        return False
    return any(
        c.dep_ == CLAUSAL_COMPLEMENT and c.left_edge.i == verb.i + 1 and _described_subject(c)
        for c in verb.children
    )


def _described_subject(clause: Token) -> bool:
    """The clause's subject has a relative clause or an appositive set off by a comma."""
    return any(
        s.dep_ in NOMINAL_SUBJECTS
        and any(
            d.dep_ in (RELATIVE_CLAUSE, APPOSITION) and has_comma_before(d, d.doc) for d in s.rights
        )
        for s in clause.lefts
    )


def _content_tokens(
    verb: Token,
    children: list[Token],
    cue: CueMatch,
    lexicon: Lexicon,
    small_clause: list[Token] | None,
) -> list[Token]:
    """The tokens of the cue's content (``verb``'s ``children`` listed): its content
    dependents' subtrees, or failing them the first clause a repair recovers."""
    cue_at = verb.i
    tokens: list[Token] = []
    for comp in content_dependents(verb, children, cue, lexicon, small_clause):
        part = from_subject(comp, without_coordinated_cues(comp, lexicon))
        # "donations, which he said were ...": the relative pronoun stands for the antecedent.
        # A part is of the dependent's subtree: one that opens after the cue (most) has none.
        if part and comp.left_edge.i < cue_at:
            part = [t for t in part if not (t.i < cue_at and is_relative_pronoun(t, lexicon))]
        tokens += part
    if tokens:
        return tokens
    for repair in REPAIRS:
        tokens = repair(verb, children, cue, lexicon)
        if tokens:
            return tokens
    return []


def _writer_voice(verb: Token, lexicon: Lexicon) -> bool:
    """The writer's own framing ("it is worth noting that", "it is important to stress",
    "it is fair to say", "it is a stretch to say").

    Notes:
        An impersonal subject with an evaluative adjective or noun frames the writer's own
        comment, not a report (observed in news); the infinitive is the extraposed subject
        of "it is ..." (Quirk et al. 1985 on extraposition).
    """
    if _extraposed_infinitive(verb, lexicon):
        return True
    token = verb
    for _ in range(_FRAMING_REACH):
        if token.dep_ not in FRAMING_LINKS:
            return False
        token = token.head
        if token.pos_ in ("ADJ", "ADV"):
            # "worth noting", "important to stress"; not "stopped short of calling", nor
            # "Trump was quick to add", whose adjective has a subject who speaks
            subjects = [c for c in token.head.children if c.dep_ in NOMINAL_SUBJECTS]
            if subjects and subjects[0].lower_ not in lexicon.impersonal_subjects:
                return False
            return token.dep_ != ADVERBIAL_MODIFIER
    return False


def _extraposed_infinitive(verb: Token, lexicon: Lexicon) -> bool:
    """An infinitive cue after "it is" and an adjective or a noun ("it is fair to say", "it
    is a stretch to say"): the parse's complement of the copula or modifier of its noun."""
    # the link is read before the children are walked for a "to": most cues have neither
    link = verb.dep_
    if link not in (RELATIVE_CLAUSE, CLAUSAL_MODIFIER, OPEN_COMPLEMENT) or not is_infinitive(verb):
        return False
    copula = verb.head
    if link != OPEN_COMPLEMENT:
        if copula.dep_ != ATTRIBUTE:
            return False
        copula = copula.head
    if copula.lemma_.lower() not in lexicon.copulas:
        return False
    subjects = [c for c in copula.children if c.dep_ in NOMINAL_SUBJECTS]
    return bool(subjects) and subjects[0].lower_ in lexicon.impersonal_subjects


def _imperative(verb: Token) -> bool:
    """The writer addressing the reader ("Now tell us this is fair."): no one is reported."""
    return (
        verb.tag_ == "VB"
        and verb.dep_ == ROOT
        and not any(c.dep_ in SUBJECTS_OR_AUXILIARIES for c in verb.children)
    )
