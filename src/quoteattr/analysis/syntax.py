"""Character ranges of token stretches (trimmed, split into runs, cut around a clause) and
the small clause tests they rely on (finite, opened by "that", set off by commas).

The words these tests read ("that", trailing "and") come from the :class:`Lexicon` passed in.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

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
    NOMINAL_SUBJECTS,
    PARTICIPLE_LINKS,
    PREPOSITION,
    PREPOSITION_OBJECT,
    RELATIVE_CLAUSE,
    SUBJECT_OR_DETERMINER,
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
_REPORTING_FORMS = frozenset({"VBD", "VBG"})
"""The forms a report and a second verb of its speaker share: the past tense ("said ... and
called") and the participle ("saying ... and arguing")."""


def is_finite(clause: Token) -> bool:
    """The clause's verb, or one of its auxiliaries, is finite."""
    return clause.tag_ in FINITE_TAGS or any(
        c.dep_ in AUXILIARIES and c.tag_ in FINITE_TAGS for c in clause.children
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


def set_off(verb: Token, doc: Doc) -> bool:
    """The clause stands between commas or dashes (a parenthetical)."""
    return has_comma_before(verb, doc) and aside_closes(verb.right_edge.i, doc)


def aside_closes(last: int, doc: Doc) -> bool:
    """A comma or dash ends the aside whose last token is ``last`` (or is that token)."""
    after = doc[last] if doc[last].is_punct else (doc[last + 1] if last + 1 < len(doc) else None)
    return after is not None and after.text in ASIDE_MARKS


def subtree_tokens(token: Token) -> list[Token]:
    """The tokens of ``token``'s subtree, in text order.

    Made from the subtree's edges when every other word between them hangs on a word
    between them and none is a root (so all are in the subtree), and their dependents
    number as many as they (so none is outside): as in every subtree of a projective
    parse. ``Token.subtree`` yields them through a generator for every word of the tree
    below, which costs about twice as much; it is read, sorted, otherwise (spaCy's edges
    may fall short of a non-projective subtree's last word).
    """
    doc = token.doc
    first, last, own = token.left_edge.i, token.right_edge.i, token.i
    tokens = []
    dependents = 0
    for index in range(first, last + 1):
        word = doc[index]
        if index != own:
            head = word.head.i
            if head < first or head > last or head == index:
                return sorted(token.subtree, key=_index)
        dependents += word.n_lefts + word.n_rights
        tokens.append(word)
    if dependents != last - first:
        return sorted(token.subtree, key=_index)
    return tokens


def _index(token: Token) -> int:
    return token.i


def outside(head: Token, inner: Token, lexicon: Lexicon) -> tuple[tuple[int, int], ...]:
    """Parts of ``head``'s subtree around ``inner``'s subtree (the reporting clause)."""
    doc = head.doc
    inside = {t.i for t in inner.subtree}
    # Token indices only: each edge is read once, and each stretch trimmed by index.
    first, last = inner.left_edge.i, inner.right_edge.i
    held = [t.i for t in head.subtree]
    before = [i for i in held if i < first and i not in inside]
    after = [i for i in held if i > last and i not in inside]
    parts = [_trim_stretch(min(s), max(s), doc, lexicon) for s in (before, after) if s]
    return tuple(p for p in parts if p is not None)


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


def through_dash_aside(tokens: list[Token], doc: Doc) -> list[Token]:
    """The tokens, carried on through a dash aside that interrupts them.

    "pledged to ban all Muslims — 1.6 billion people — from entering the country" is often
    parsed with the aside and what follows it hung on a word before the cue, so the
    content stops at the first dash. When a closing dash follows in the same sentence and
    a prepositional or verb phrase comes after it, the aside and that phrase belong to
    the content.
    """
    if not tokens:
        return tokens
    last = max(t.i for t in tokens)
    opening = last + 1
    if opening >= len(doc) or doc[opening].text not in DASHES:
        return tokens
    sentence_end = doc[last].sent.end
    closing = next((i for i in range(opening + 1, sentence_end) if doc[i].text in DASHES), None)
    if closing is None or closing + 1 >= sentence_end or closing - opening > 12:
        return tokens
    follower = doc[closing + 1]
    taken = {t.i for t in tokens}
    if follower.pos_ not in ("ADP", "VERB", "AUX", "SCONJ") or follower.head.i in taken:
        return tokens
    end = max(t.i for t in follower.subtree)
    return [*tokens, *doc[opening : end + 1]]


def runs(tokens: Iterable[Token], doc: Doc, lexicon: Lexicon) -> tuple[tuple[int, int], ...]:
    """Trimmed character ranges of the contiguous runs of ``tokens`` (split quotes)."""
    ordered = sorted({t.i for t in tokens})
    if ordered and ordered[-1] - ordered[0] == len(ordered) - 1:
        # one stretch with no gap (most contents): the loop below would make it one run
        part = _trim_stretch(ordered[0], ordered[-1], doc, lexicon)
        return () if part is None else (part,)
    runs: list[list[int]] = []  # [first, last] token index of each run
    for index in ordered:
        if runs and index == runs[-1][1] + 1:
            runs[-1][1] = index
            continue
        gap = range(runs[-1][1] + 1, index) if runs else None
        if gap is not None and all(_filler(doc[i]) for i in gap):
            runs[-1][1] = index
        else:
            runs.append([index, index])
    parts = [_trim_stretch(first, last, doc, lexicon) for first, last in runs]
    return tuple(p for p in parts if p is not None)


def _filler(token: Token) -> bool:
    """Punctuation (not a quote mark) or space: a gap that does not split content."""
    return (token.is_punct and not token.is_quote) or token.is_space


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


_LEAD_PUNCT = frozenset({",", ";", ":", "\u2014", "--", "-", "\u2013"})
"""Punctuation a content does not open with."""

_TRAIL_PUNCT = _LEAD_PUNCT | {"("}
"""Punctuation a content does not end with."""


def trim(tokens: Iterable[Token], doc: Doc, lexicon: Lexicon) -> tuple[int, int] | None:
    """Character range of the contiguous stretch of ``tokens``, trimmed at both ends.

    Spaces, punctuation (not quote marks, opening brackets at the start nor closing ones and
    ``?!`` at the end), a leading complementizer and a trailing conjunction are trimmed.
    """
    ordered = sorted({t.i for t in tokens})
    if not ordered:
        return None
    return _trim_stretch(ordered[0], ordered[-1], doc, lexicon)


def trim_range(start: int, end: int, doc: Doc, lexicon: Lexicon) -> tuple[int, int] | None:
    """:func:`trim` of the tokens ``doc[start:end]`` (``0 <= start``, ``end <= len(doc)``),
    given by index: no ``Token`` is made for the words inside."""
    return _trim_stretch(start, end - 1, doc, lexicon) if start < end else None


def _trim_stretch(first: int, last: int, doc: Doc, lexicon: Lexicon) -> tuple[int, int] | None:
    """:func:`trim` of the tokens ``first`` to ``last`` (inclusive), given by index."""
    while first <= last and _leads_off(doc, first, last, lexicon):
        first += 1
    while last >= first and _trails_off(doc[last], lexicon):
        last -= 1
    # Tokens are made one at a time, not as a Span: the first is most often a word.
    if last < first or not any(doc[i].is_alpha or doc[i].is_digit for i in range(first, last + 1)):
        return None
    final = doc[last]
    start, end = doc[first].idx, final.idx + len(final)
    return (start, end) if end > start else None


def _leads_off(doc: Doc, first: int, last: int, lexicon: Lexicon) -> bool:
    """``doc[first]`` is trimmed off the start of the stretch up to ``last``."""
    token = doc[first]
    if token.is_space or (token.is_punct and not token.is_quote and token.text not in "(["):
        return True
    skipped = token.lower_ in _LEAD_PUNCT or token.lower_ in lexicon.complementizers
    return (
        skipped
        and token.dep_ not in SUBJECT_OR_DETERMINER
        and first < last
        and not doc[first + 1].is_punct
    )


def _trails_off(token: Token, lexicon: Lexicon) -> bool:
    """``token`` is trimmed off the end of a stretch."""
    return (
        token.is_space
        or token.lower_ in _TRAIL_PUNCT
        or token.lower_ in lexicon.trailing_conjunctions
        or (token.is_punct and not token.is_quote and token.text not in "?!)]")
    )


def opens_its_sentence(head: Token, sentence_start: int) -> bool:
    """The phrase headed by ``head`` is the first of the sentence starting at token
    ``sentence_start``, after a conjunction and punctuation at most ("But the Green nominee
    ...", "But, in an interview with ...")."""
    before = head.doc[sentence_start : head.left_edge.i]
    return all(t.dep_ == COORDINATOR or t.is_punct for t in before)


def rstrip_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over the spaces before it, not before ``start``."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


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
