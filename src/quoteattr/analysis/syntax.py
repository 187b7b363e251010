"""Small tests of clauses and words that the stages share: finite, opened by "that", set
off by commas or dashes, a second report of the same speaker; the ids of a set of words.
Token stretches as character ranges are in :mod:`.stretches`.

The words these tests read ("that", "who") come from the :class:`Lexicon` passed in.
"""

from __future__ import annotations

import functools

from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from ..lexicon import Lexicon
from .labels import (
    ACTIVE_SUBJECTS,
    AUXILIARIES,
    CLAUSAL_COMPLEMENT,
    CLAUSAL_MODIFIER,
    CONJUNCT,
    COORDINATOR,
    CORE_ARGUMENTS,
    DIRECT_OBJECT,
    MARKER,
    NEGATION,
    NOMINAL_SUBJECTS,
    PARTICIPLE_LINKS,
    PREPOSITION,
    PREPOSITION_OBJECT,
    RELATIVE_CLAUSE,
)

#: Tags of finite verbs and modals ("said", "says", "say", "would").
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
FINITE_TAG_IDS = frozenset(get_string_id(tag) for tag in FINITE_TAGS)
"""The hashes of :data:`FINITE_TAGS`, as ``Token.tag`` and the layout's tag column hold them."""
#: The Penn tag of a singular common noun ("nominee").
SINGULAR_NOUN = "NN"
#: Penn tags of singular nouns, common and proper ("nominee", "Director" in title case).
SINGULAR_NOUNS = frozenset({SINGULAR_NOUN, "NNP"})
#: Penn tags of plural nouns, common and proper ("officials", "Democrats").
PLURAL_NOUNS = frozenset({"NNS", "NNPS"})
#: The Penn tag of a past participle ("called", "quoted").
PAST_PARTICIPLE = "VBN"
_REPORTING_FORMS = frozenset({"VBD", "VBG"})
"""The forms a report and a second verb of its speaker share: the past tense ("said ... and
called") and the participle ("saying ... and arguing")."""


_MODAL_TAG = "MD"


def is_finite(clause: Token) -> bool:
    """The clause's verb, or one of its auxiliaries, is finite."""
    return clause.tag_ in FINITE_TAGS or any(
        c.dep_ in AUXILIARIES and c.tag_ in FINITE_TAGS for c in clause.children
    )


def asserted(verb: Token, factive: frozenset[str] = frozenset()) -> bool:
    """The clause of ``verb`` states a fact: not negated, no modal, no subordinator ("if")
    but one of ``factive``, whose clause the sentence takes as true ("although she is a
    registered Green")."""
    return not any(
        child.dep_ == NEGATION
        or child.tag_ == _MODAL_TAG
        or (child.dep_ == MARKER and child.lower_ not in factive)
        for child in verb.children
    )


def is_infinitive(clause: Token) -> bool:
    """The clause's verb has "to" before it ("vowed [to veto] the bill")."""
    return any(c.tag == _TO for c in clause.children)


@functools.lru_cache(maxsize=32)
def word_ids(words: frozenset[str]) -> frozenset[int]:
    """The hashes ``Token.lower`` and the layout's LOWER column hold for the lower-case
    ``words`` (the symbol where spaCy has one), made once per word set."""
    return frozenset(get_string_id(word) for word in words)


_TO = get_string_id("TO")
"""The tag of infinitival "to", as the hash ``Token.tag`` holds (cheaper to read than
``Token.tag_``)."""

GERUND_TAG_ID = get_string_id("VBG")
"""The tag of a gerund or present participle ("saying"), as the hash ``Token.tag`` holds."""

#: Marks that open or close an aside ("The plan, a source said, is ...").
ASIDE_MARKS = (",", "\u2014", "--")


def second_report(clause: Token, lexicon: Lexicon) -> bool:
    """A saying verb without a subject, right after a coordinator, that the parser hung on
    the cue before it as its complement ("X said that the plan works but said "the timing
    is wrong""): a second report of the same speaker, not part of the first one's content.

    Notes:
        Coordinated reporting clauses share their subject (Quirk et al. 1985 on
        coordination with ellipsis of the subject); the parser takes the second verb for
        the first one's second complement.
    """
    head = clause.head
    return (
        clause.dep_ == CLAUSAL_COMPLEMENT
        and head.i < clause.i
        and clause.i > 0
        and clause.doc[clause.i - 1].dep_ == COORDINATOR
        and clause.lemma_.lower() in lexicon.coordinated_cues
        and head.lemma_.lower() in lexicon.cue_verbs
        and not any(c.dep_ in NOMINAL_SUBJECTS for c in clause.children)
    )


def is_relative_pronoun(token: Token, lexicon: Lexicon) -> bool:
    """A relative pronoun: "which", "who", or a "that" the parser made an argument."""
    if token.tag_ in ("WDT", "WP"):
        return True
    return token.lower_ in lexicon.complementizers and token.dep_ in CORE_ARGUMENTS


def is_complementizer(token: Token, lexicon: Lexicon) -> bool:
    """A "that" tagged or attached as a complementizer, with a subject after it in its
    clause, whatever relation the parser gave it ("the recommendation that the union
    endorse ...", with "that" parsed as an object of "endorse")."""
    if token.lower_ not in lexicon.complementizers or not (
        token.tag_ == "IN" or token.dep_ == MARKER
    ):
        return False
    return any(c.dep_ in NOMINAL_SUBJECTS and c.i > token.i for c in token.head.children)


def opened_by_complementizer(clause: Token, lexicon: Lexicon) -> bool:
    """The clause opens with the complementizer "that" ("said that ...")."""
    return any(c.lower_ in lexicon.complementizers and c.dep_ == MARKER for c in clause.children)


def relative_on_its_subject(clause: Token, lexicon: Lexicon) -> bool:
    """``clause`` is a relative clause whose subject is its relative pronoun ("Diaz, [who
    is the mayor]"): what it says, it says of the noun it modifies."""
    return clause.dep_ == RELATIVE_CLAUSE and any(
        c.dep_ in NOMINAL_SUBJECTS and c.lower_ in lexicon.relative_pronouns for c in clause.lefts
    )


def set_off(verb: Token, doc: Doc) -> bool:
    """The clause stands between commas or dashes (a parenthetical)."""
    return has_comma_before(verb, doc) and aside_closes(verb.right_edge.i, doc)


def aside_closes(last: int, doc: Doc) -> bool:
    """A comma or dash ends the aside whose last token is ``last`` (or is that token)."""
    after = doc[last] if doc[last].is_punct else (doc[last + 1] if last + 1 < len(doc) else None)
    return after is not None and after.text in ASIDE_MARKS


@functools.lru_cache(maxsize=1)
def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per document (the cache holds the last one): the property
    joins every token at each call, which a rule reading it per word would repeat."""
    return doc.text


#: Dashes that set off a phrase, an aside or a dateline (a hyphen joins words).
DASHES = frozenset({"\u2014", "\u2013", "\u2015", "--"})


def is_dash(token: Token) -> bool:
    """A dash, or a hyphen standing for one: with a space before it ("OSLO - The mayor"),
    where a hyphen that joins words has none ("co-founder")."""
    if token.text in DASHES:
        return True
    return token.text == "-" and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)


_CLAUSE_OPENERS = DASHES | {","}
"""Marks that open a clause set off from what precedes it."""


def has_comma_before(verb: Token, doc: Doc) -> bool:
    """A comma, dash or quote mark opens the clause of ``verb`` (it may hang on the verb)."""
    left = verb.left_edge.i
    for token in reversed(doc[max(0, left - 3) : left + 1]):
        if token.text in _CLAUSE_OPENERS or token.is_quote:
            return True
        if not token.is_space and token.i != left:
            return False
    return False


def opens_its_sentence(head: Token, sentence_start: int) -> bool:
    """The phrase headed by ``head`` is the first of the sentence starting at token
    ``sentence_start``, after a conjunction and punctuation at most ("But the Green nominee
    ...", "But, in an interview with ...")."""
    before = head.doc[sentence_start : head.left_edge.i]
    return all(t.dep_ == COORDINATOR or t.is_punct for t in before)


def participle_past_noun_clause(participle: Token) -> Token | None:
    """The verb whose object or prepositional object the parse hung a comma-set participle
    on, or on the verb of that noun's own clause, when the noun's clause comes between
    them ("rejected the notion that the plan was dead, saying ...", "dismissed claims that
    the plan fails -- saying ...": the one who rejected it says, not the notion); else None.

    Notes:
        A participle right after a noun and its comma describes the noun ("the minister,
        speaking on Monday,"); after the noun's own clause, set off by a comma or a dash,
        it is an adjunct of the clause the noun is in, whose subject it shares (Quirk et al.
        1985 on supplementive clauses).
    """
    if participle.tag != GERUND_TAG_ID:
        return None
    first = participle.left_edge.i
    if first == 0 or not sets_off(participle.doc[first - 1]):
        return None
    if participle.dep_ == CLAUSAL_MODIFIER:
        noun = participle.head
        own = [c for c in noun.children if c.dep_ in (CLAUSAL_MODIFIER, RELATIVE_CLAUSE)]
        if noun.i >= first - 1 or not any(
            noun.i < c.i < first and any(g.dep_ in ACTIVE_SUBJECTS for g in c.children) for c in own
        ):
            return None
    elif participle.dep_ in PARTICIPLE_LINKS:
        # "claims [that the plan fails] -- saying": the parse hung it on the clause's verb
        clause = participle.head
        noun = clause.head
        if (
            clause.dep_ != CLAUSAL_MODIFIER
            or not any(c.dep_ == MARKER for c in clause.children)
            or noun.pos_ not in ("NOUN", "PROPN")
        ):
            return None
    else:
        return None
    verb = verb_of_object(noun)
    return verb if verb is not None and verb.pos_ in ("VERB", "AUX") else None


def sets_off(token: Token) -> bool:
    """``token`` is a comma or a dash, which sets off the phrase after it."""
    return token.text == "," or is_dash(token)


def coordinated_into_report(verb: Token, lexicon: Lexicon) -> Token | None:
    """The verb of a report whose reported clause the parser coordinated ``verb``, a
    second saying verb of the reporter, into; else None.

    A saying verb coordinated with the copula of the clause it reports, or, in the past
    tense, with its verb after a modal ("said the country would leave by March and
    suggested that ...": "suggested" cannot share "would"), or a cue verb of the reporting
    verb's form that the reported clause's verb does not share ("said the plan would fail,
    and called it ...", "saying that the bill had failed - and arguing that ...": two
    participles of one speaker).

    Notes:
        Coordinated verbs share their form and their subject (Quirk et al. 1985 on
        coordination with ellipsis of the subject); the parser hangs the second on the
        nearest verb.
    """
    if verb.dep_ != CONJUNCT:
        return None
    first = verb.head
    while first.dep_ == CONJUNCT and first.head.i != first.i:
        first = first.head
    if first.dep_ != CLAUSAL_COMPLEMENT or first.head.pos_ not in ("VERB", "AUX"):
        return None
    reporter = first.head
    lemma = verb.lemma_.lower()
    if lemma in lexicon.coordinated_cues and (
        first.lemma_ in lexicon.copulas or (verb.tag_ == "VBD" and first.tag_ == "VB")
    ):
        return reporter
    parallel = verb.tag_ in _REPORTING_FORMS and verb.tag_ == reporter.tag_ != first.tag_
    cue = lemma in lexicon.cue_verbs and reporter.lemma_.lower() in lexicon.cue_verbs
    return reporter if parallel and cue else None


def verb_of_object(noun: Token) -> Token | None:
    """The word whose object ``noun`` is, directly or through a preposition ("issued a
    statement", "in a statement"), or None."""
    if noun.dep_ == DIRECT_OBJECT:
        return noun.head
    if noun.dep_ == PREPOSITION_OBJECT and noun.head.dep_ == PREPOSITION:
        return noun.head.head
    return None


def mark_after(head: Token, mark: str) -> int | None:
    """The index of ``mark`` closing the phrase headed by ``head``: the phrase's last token,
    where the parse hung the mark inside it, or the token right after it; else None."""
    doc = head.doc
    end = head.right_edge.i
    if doc[end].text != mark:
        end += 1
    return end if end < len(doc) and doc[end].text == mark else None
