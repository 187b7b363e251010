"""Statements around a reporting clause that the parse hangs beside or inside them.

"As the minister noted, ...", "<statement>, officials said.", "The plan, a source said, is
to ...": the reporting clause follows or interrupts its statement (Quirk et al. 1985 on
the positions of reporting clauses), and the parser often makes it a dependent of the
statement's verb. The statement is then that verb's subtree around the reporting clause.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import Lexicon
from ...records import Attribution
from ..cues import CueMatch
from ..labels import (
    ADVERBIAL_CLAUSE,
    CLAUSAL_COMPLEMENT,
    COORDINATOR,
    DIRECT_OBJECT,
    MARKER,
    NOMINAL_SUBJECTS,
    OPEN_COMPLEMENT,
    PARATAXIS,
    PARENTHETICAL_LINKS,
    POSTPOSED_LINKS,
    PREDICATES,
    PREPOSITION,
    SUBJECTS_OR_EXPLETIVE,
)
from ..layout import Layout
from ..marks import QuoteSpan
from ..speakers.clause import SpeakerReading
from ..speakers.kinds import names_a_speaker
from ..stretches import outside, runs, trim_range
from ..syntax import ASIDE_MARKS, aside_closes, has_comma_before, mark_after, set_off
from ..values import Statement
from .surface import parenthetical_reporting_clause

_CONNECTIVES = frozenset({"ADV", "CCONJ"})
"""Parts of speech of a word that only links its sentence to the one before ("However")."""
_NOT_BARE = PREDICATES | {MARKER, DIRECT_OBJECT}
"""Dependents a bare reporting clause does not have: a subordinator, an object, a predicate."""


def as_clause_statement(
    verb: Token, cue: CueMatch, layout: Layout, read_speaker: SpeakerReading, lexicon: Lexicon
) -> Statement | None:
    """The clause an "as" reporting clause hangs on: "As the minister noted, <statement>";
    or the quote it follows: 'wore a shirt reading "We are here," as the mayor had said'
    (``read_speaker`` gives the cue's speaker and is called only for a statement found).

    Notes:
        An "as" clause with a reporting verb is a comment clause attributing its host
        clause (Quirk et al. 1985 on comment clauses); a temporal "as" with its own
        complement ("as regulars continued to stay away") is not one. Set right after a
        closing quote mark, it attributes the quoted words, not the clause that mentions
        them (the shirt was not the mayor's statement).
    """
    if verb.dep_ != ADVERBIAL_CLAUSE:
        return None  # checked first: most cues are no adverbial clause
    marker = next(
        (c for c in verb.children if c.lower_ in lexicon.as_markers and c.dep_ == MARKER), None
    )
    if marker is None or _has_own_complement(verb, lexicon):
        return None
    if _says_its_own(verb, cue, lexicon):
        return None  # "..., as X has accused the leaders of ...": a report of its own
    if not _set_off_before(marker):
        return None  # "I could see his compassion as he spoke": a temporal "as"
    quote = _quote_before(marker, layout)
    if quote is not None and lexicon.cue_category(verb.head.lemma_) is None:
        # The host clause reports nobody's words ("wore a shirt reading ..."): in "called
        # them "pawns," as Ng noted" Ng noted the calling, and the host is read below.
        speaker = read_speaker()[0]
        return Statement(cue, ((quote.start, quote.end),), speaker, Attribution.AS_CLAUSE)
    # "However, as X told the AP, '...'": a connective opening the host is no one's words.
    parts = tuple(p for p in outside(verb.head, verb, lexicon) if not _connective(p, layout))
    if not parts:
        return None
    return Statement(cue, parts, read_speaker()[0], Attribution.AS_CLAUSE)


def _connective(part: tuple[int, int], layout: Layout) -> bool:
    """The part is one adverb or conjunction opening its sentence ("However", "But")."""
    tokens = layout.doc.char_span(*part, alignment_mode="expand")
    return (
        tokens is not None
        and len(tokens) == 1
        and bool(tokens[0].is_sent_start)
        and tokens[0].pos_ in _CONNECTIVES
    )


def _set_off_before(marker: Token) -> bool:
    """The "as" opens its sentence or follows punctuation (a comma, a dash, a closing
    quote mark) or a coordinator (", and as the minister noted, ..."): a comment clause
    is set off from its host; a temporal "as" runs on."""
    if marker.is_sent_start:
        return True
    before = marker.doc[marker.i - 1]
    return before.is_punct or before.is_quote or before.is_space or before.dep_ == COORDINATOR


def _quote_before(marker: Token, layout: Layout) -> QuoteSpan | None:
    """The quote whose closing mark stands right before ``marker`` (a comma may come
    between, outside the mark: '"We are here", as ...')."""
    doc = marker.doc
    before = marker.i - 1
    if before > 0 and doc[before].text == ",":
        before -= 1
    if before < 0 or not doc[before].is_quote:
        return None
    mark = doc[before]
    end = mark.idx + len(mark)
    closed = [q for q in layout.quotes_within(mark.idx, end) if q.end == end]
    return min(closed, key=lambda q: q.depth) if closed else None


def _says_its_own(verb: Token, cue: CueMatch, lexicon: Lexicon) -> bool:
    """A noun object on the cue (not its hearer: "as she told reporters"; not a pronoun:
    "as he put it"), or a clause with its own subject after it: "as X accused the leaders
    of ..." and "as X said she had warned them" say their own content, and attribute no
    host clause."""
    if any(
        c.dep_ == CLAUSAL_COMPLEMENT
        and c.i > verb.i
        and any(g.dep_ in NOMINAL_SUBJECTS for g in c.children)
        for c in verb.children
    ):
        return True
    if cue.lemma in lexicon.hearer_cues:
        return False
    return any(c.dep_ == DIRECT_OBJECT and c.pos_ in ("NOUN", "PROPN") for c in verb.children)


def _has_own_complement(verb: Token, lexicon: Lexicon) -> bool:
    """A temporal "as" clause with its own complement ("as regulars continued to stay away",
    "as they speak to leaders"), not "as the minister noted, ..."."""
    return any(
        (c.dep_ == OPEN_COMPLEMENT and verb.lemma_ in lexicon.aspectual_verbs)
        or (c.dep_ == PREPOSITION and c.lower_ in lexicon.recipient_prepositions)
        for c in verb.children
    )


def beside_statement(
    verb: Token, cue: CueMatch, layout: Layout, lexicon: Lexicon, read_speaker: SpeakerReading
) -> Statement | None:
    """The statement a reporting clause follows or interrupts, when the parser hung the
    clause on the statement's verb (its speaker from ``read_speaker``, called only then);
    else the surface reading of an aside (:func:`.surface.parenthetical_reporting_clause`)."""
    head = verb.head
    hearer = cue.lemma in lexicon.hearer_cues
    if head.pos_ in ("VERB", "AUX") and head.i != verb.i and _bare_reporting_clause(verb):
        if verb.dep_ in POSTPOSED_LINKS and head.i < verb.i and has_comma_before(verb, verb.doc):
            # "<statement>, officials said." parsed with the reporting clause under the statement.
            parts = outside(head, verb, lexicon)
            if parts:
                return Statement(cue, parts, read_speaker()[0], Attribution.POSTPOSED)
        if verb.dep_ in PARENTHETICAL_LINKS and head.i > verb.i:
            # "The plan, a source said, is to ...": a parenthetical reporting clause.
            parts = _around_parenthetical(verb, head, lexicon)
            if parts:
                return Statement(cue, parts, read_speaker()[0], Attribution.POSTPOSED)
    return parenthetical_reporting_clause(verb, cue, layout, lexicon, hearer=hearer)


def _around_parenthetical(
    verb: Token, head: Token, lexicon: Lexicon
) -> tuple[tuple[int, int], ...]:
    """The statement around a reporting clause set off by commas or dashes.

    The clause runs from its subject to the cue's last dependent; whatever the parser hung
    on the cue before its subject ("If all banks paid taxes, the analysts estimated, ...")
    belongs to the statement.
    """
    doc = verb.doc
    if set_off(verb, doc):
        return outside(head, verb, lexicon)
    subject = next((c for c in verb.children if c.dep_ in NOMINAL_SUBJECTS), None)
    if subject is None or subject.i > verb.i:
        return ()
    first, last = subject.left_edge.i, verb.right_edge.i
    if doc[last].is_quote and not doc[head.left_edge.i].is_quote:
        # "The rules, she said, “will ...”": the opening mark is the statement's (a quote
        # opening before the aside too is a quote split around its cue, read as one)
        while last > verb.i and doc[last].is_quote:
            last -= 1
    if first == 0 or doc[first - 1].text not in ASIDE_MARKS or not aside_closes(last, doc):
        return ()
    inside = set(range(first, last + 1))
    tokens = [t for t in head.subtree if t.i not in inside]
    return runs(tokens, doc, lexicon)


def _bare_reporting_clause(verb: Token) -> bool:
    """A reporting clause that can follow its content: a subject and a cue, no object, no
    subordinator ("..., officials said", but not "..., though officials denied this")."""
    children = list(verb.children)
    if any(c.dep_ in _NOT_BARE for c in children):
        return False
    return any(c.dep_ in SUBJECTS_OR_EXPLETIVE for c in children) or verb.tag_ == "VBD"


def inverted_aside(
    verb: Token, cue: CueMatch, layout: Layout, lexicon: Lexicon
) -> Statement | None:
    """ "Part of the problem, say experts like Ana Ruiz, is the cost." read past the parse,
    which makes the phrase before the comma the cue's subject and the experts the subject of
    what follows.

    Notes:
        A cue right after a comma, with a noun phrase for someone right after it, is an
        inverted medial reporting clause (Quirk et al. 1985): the noun phrase speaks and
        the sentence around the clause is the statement. The parse's reading, a subject
        before the comma and a clause after it, only arises from that misattachment.
    """
    doc = verb.doc
    sentence_start, sentence_end = layout.sentence_bounds(verb.i)
    if verb.i - 1 <= sentence_start or doc[verb.i - 1].text != ",":
        return None
    if not any(c.dep_ in NOMINAL_SUBJECTS and c.i < verb.i - 1 for c in verb.children):
        return None
    clause = next((c for c in verb.children if c.dep_ == CLAUSAL_COMPLEMENT and c.i > verb.i), None)
    if clause is None:
        return None
    subject = next((c for c in clause.children if c.dep_ in NOMINAL_SUBJECTS), None)
    if subject is None or subject.left_edge.i != verb.i + 1 or subject.pos_ != "NOUN":
        return None
    if not names_a_speaker(subject, lexicon) or layout.in_quote(subject):
        return None
    resume = mark_after(subject, ",")
    if resume is None or resume >= sentence_end:
        return None  # the aside must close with a comma before the statement resumes
    before = trim_range(sentence_start, verb.i - 1, doc, lexicon)
    rest = trim_range(resume + 1, sentence_end, doc, lexicon)
    if before is None or rest is None:
        return None
    return Statement(cue, (before, rest), subject.i, Attribution.POSTPOSED)


def subject_before_second_quote(
    verb: Token, cue: CueMatch, layout: Layout, lexicon: Lexicon
) -> Statement | None:
    """'"The cost," said Ana Ruiz, an economist at Harbor Bank, "is the problem."' read past
    the parse, which hangs the cue on the verb of the second quote and makes the speaker
    that verb's subject (so the statement would hold the speaker's name and title).

    Notes:
        A cue right after a quote's closing mark, followed by a noun phrase for someone
        whose phrase ends right where the next quote opens, is an inverted medial reporting
        clause splitting one quotation (Quirk et al. 1985): the noun phrase speaks, and the
        quote after it is the rest of the statement, which the split-quote reading joins to
        the quote before the cue.
    """
    doc = verb.doc
    if verb.dep_ != PARATAXIS or verb.i == 0 or not doc[verb.i - 1].is_quote:
        return None
    head = verb.head
    if head.i < verb.i or layout.in_quote(verb) or not layout.in_quote(head):
        return None
    subject = next((c for c in head.children if c.dep_ in NOMINAL_SUBJECTS and c.i > verb.i), None)
    if subject is None or subject.left_edge.i != verb.i + 1 or layout.in_quote(subject):
        return None
    if not names_a_speaker(subject, lexicon):
        return None
    opening = subject.right_edge.i + 1
    while opening < len(doc) and doc[opening].text == ",":
        opening += 1
    if opening >= len(doc) or not doc[opening].is_quote:
        return None  # the speaker's phrase must end where the next quote opens
    _, sentence_end = layout.sentence_bounds(head.i)
    rest = trim_range(opening, sentence_end, doc, lexicon)
    if rest is None:
        return None
    return Statement(cue, (rest,), subject.i, Attribution.POSTPOSED)
