"""Statements read from the surface when the parse cannot be trusted.

A news convention recognised from word order and punctuation alone: a sentence that ends in
a short reporting clause ("..., a state broadcaster reported on Friday.") or holds one
between commas ("..., the judge said, ..."). A name or speaker label before a colon is read
in :mod:`.speaker_labels`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...lexicon import Lexicon
from ...records import Attribution
from ..cues import CueMatch
from ..labels import (
    ADVERBIAL_CLAUSE,
    AUXILIARIES,
    CASE_MARKER,
    CLAUSAL_MODIFIER,
    COORDINATOR,
    DIRECT_OBJECT,
    MARKER,
    NOMINAL_SUBJECTS,
    OBJECTS,
    PREDICATES,
    TIME_ENTITIES,
)
from ..layout import Layout
from ..marks import QuoteSpan
from ..speakers.kinds import names_a_speaker
from ..stretches import trim_range
from ..syntax import FINITE_TAGS, PAST_PARTICIPLE
from ..values import Statement

_MAX_TAIL = 6
_MAX_SUBJECT = 12
"""Tokens a final reporting clause's subject may span with its aside ("her top aide, Tom
Becker,")."""
_MAX_INVERTED_SPEAKER = 6
"""Words the speaker of an inverted aside may have ("said the Green Party's leader,")."""
_COMMA = ","
_PROPER_NOUN = "PROPN"

_NP_TAGS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "PUNCT", "CCONJ", "PART"})
_ADVERBIAL_TAGS = frozenset({"ADP", "NOUN", "PROPN", "ADV", "NUM", "DET", "ADJ", "PART"})
_PHRASE_OPENING_TAGS = frozenset({"DET", "PROPN", "ADJ", "NOUN", "NUM"})
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
_NONFINITE_TAGS = frozenset({"VBG", PAST_PARTICIPLE})
"""A gerund or participle: a verb heading no clause of its own ("After winning X,")."""


_BLOCKING = PREDICATES | {MARKER}
"""Dependents that make a cue no bare aside: a predicate or a subordinator."""
_BLOCKING_WITH_OBJECT = _BLOCKING | {DIRECT_OBJECT}


def final_reporting_clause(
    verb: Token, cue: CueMatch, layout: Layout, lexicon: Lexicon
) -> Statement | None:
    """``<statement>, a state broadcaster reported on Friday.`` read from the surface.

    Notes:
        A sentence that ends in ", <short noun phrase> <cue> [short adverbial]." (or the
        inverted ", <cue> <noun phrase>.") is a post-posed reporting clause whatever the
        parser made of it; small parsers often hang the speaker on the statement's verb.
        Quirk et al. (1985) describe reporting clauses that follow the reported words,
        with the subject before the verb or inverted after it.
    """
    doc = verb.doc
    sentence_start, sentence_end = layout.sentence_bounds(verb.i)
    if sentence_end - verb.i > _MAX_TAIL + 3:
        return None  # the cue is not near the end of its sentence
    comma, named = _clause_opening(verb, sentence_start)
    if comma is None or comma <= sentence_start + 2:
        return None
    end = sentence_end - 1
    while end > verb.i and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    tail = doc[verb.i + 1 : end + 1]
    first = comma + 1
    while first < verb.i and doc[first].is_quote:
        first += 1  # '"..., we will," X said': the comma stands inside the closing mark
    between = doc[first : verb.i]
    if any(layout.in_quote(t) for t in [*between, verb]):
        return None
    if between and between[0].dep_ == COORDINATOR:
        return None  # "..., and Ben Carson spoke for Trump.": a clause added, none reported
    if verb.tag_ == "VBG" and not any(t.tag_ in FINITE_TAGS for t in between):
        return None  # "..., with Diaz and Ng all calling for X": a participle reports nothing
    if _reduced_relative(verb) and not names_a_speaker(verb.head, lexicon):
        return None  # "..., a plan announced in May.": the noun's modifier, not a clause
    if named is not None:
        speaker = named if _adverbial_tail(tail, lexicon) else None
    else:
        speaker = _final_clause_speaker(verb, between, tail, lexicon)
    if speaker is None:
        return None
    if _fronted_adverbial(doc[sentence_start:comma]):
        return None  # "As mayor of X, Diaz pushed for the plan.": no statement before it
    part = trim_range(sentence_start, comma, doc, lexicon)
    if part is None:
        return None
    return Statement(cue, (part,), speaker.i, Attribution.POSTPOSED)


def _clause_opening(verb: Token, sentence_start: int) -> tuple[int | None, Token | None]:
    """The comma that opens the final reporting clause ending in ``verb``, and the name
    that speaks when it comes right after a quote's closing mark with an aside after it
    (:func:`_name_after_quote`; None otherwise)."""
    comma = _comma_before(verb, sentence_start, 8)
    if comma != verb.i - 1:
        return comma, None
    comma = _before_described_subject(verb, sentence_start)
    if comma is not None:
        return comma, None
    return _name_after_quote(verb) or (None, None)


def _before_described_subject(verb: Token, sentence_start: int) -> int | None:
    """The comma before the cue's subject when an aside set off by commas ends that subject
    right before the cue (", her top aide, Tom Becker, told reporters."), else None."""
    doc = verb.doc
    subject = next((c for c in verb.lefts if c.dep_ in NOMINAL_SUBJECTS), None)
    if subject is None or doc[verb.i - 1].text != _COMMA:
        return None
    if subject.right_edge.i not in (verb.i - 1, verb.i - 2):
        return None  # the subject's aside ends at the comma before the cue
    comma = subject.left_edge.i - 1
    if comma <= sentence_start or doc[comma].text != _COMMA or verb.i - comma > _MAX_SUBJECT:
        return None
    return comma


def _reduced_relative(verb: Token) -> bool:
    """A past participle the parse hung on the noun before it, with no auxiliary: "a plan
    announced in May" modifies the noun. Only a noun that names no speaker is read so: the
    tagger takes some reporting clauses for the same ("a state broadcaster reported")."""
    return (
        verb.tag_ == PAST_PARTICIPLE
        and verb.dep_ == CLAUSAL_MODIFIER
        and not any(c.dep_ in AUXILIARIES for c in verb.children)
    )


def _fronted_adverbial(span: Span) -> bool:
    """A phrase opened by a preposition with no finite verb in it ("As mayor of X", "For
    two years", "After winning the primary"), or by a participle and its preposition
    ("According to the report", "Speaking to reporters"), or a date or time ("A year
    later"), or a past participle's clause ("Asked on the radio who leads the party"),
    whatever clause it holds: an adverbial set before the clause, not a statement."""
    words = [t for t in span if not (t.is_punct or t.is_space)]
    if words and all(t.ent_type_ in TIME_ENTITIES for t in words):
        return True  # "A year later, Diaz called her.": a phrase of time, no clause
    if words and words[0].tag_ == PAST_PARTICIPLE and words[0].dep_ == ADVERBIAL_CLAUSE:
        return True  # "Asked who leads the party, he said Ruiz.": the question, not his words
    finite = any(t.pos_ in ("VERB", "AUX") and t.tag_ not in _NONFINITE_TAGS for t in words)
    if not words or finite:
        return False
    participle = len(words) > 1 and words[0].tag_ in _NONFINITE_TAGS and words[1].pos_ == "ADP"
    return words[0].pos_ == "ADP" or participle


def _name_after_quote(verb: Token) -> tuple[int, Token] | None:
    """The name right after a quote's closing mark, with an aside set off by commas between
    it and the cue: '"...," Mr. Lund, now 81 and retired in Cambridge, said by telephone'
    (the parse may read the aside's participle as the name's verb). Returns the comma
    inside the closing mark and the name's last word."""
    doc = verb.doc
    if verb.i < 1 or doc[verb.i - 1].text != _COMMA:
        return None
    for mark in range(verb.i - 2, max(1, verb.i - _MAX_SUBJECT - 3), -1):
        if doc[mark].is_quote:
            break
    else:
        return None
    if doc[mark - 1].text != _COMMA:
        return None  # '"...," X': the comma stands inside the closing mark
    last = mark
    while last + 1 < verb.i and (doc[last + 1].pos_ == "PROPN" or _named_word(doc[last + 1])):
        last += 1
    name = doc[last]
    if last == mark or name.ent_type_ != "PERSON" or doc[last + 1].text != _COMMA:
        return None
    return (mark - 1, name) if last + 1 < verb.i - 1 else None  # an aside before the cue


def _adverbial_tail(tail: Span, lexicon: Lexicon) -> bool:
    """The words after the cue are a short adverbial phrase ("by telephone on Monday")."""
    return _tail_is_phrase(tail, lexicon) and all(t.pos_ in _ADVERBIAL_TAGS for t in tail)


def _tail_is_phrase(tail: Span, lexicon: Lexicon) -> bool:
    return len(tail) <= _MAX_TAIL and not any(
        t.pos_ in ("VERB", "AUX") or t.lower_ in lexicon.complementizers or t.text == _COMMA
        for t in tail
    )


def _final_clause_speaker(verb: Token, between: Span, tail: Span, lexicon: Lexicon) -> Token | None:
    """The speaker of a final reporting clause: the noun phrase before the cue followed by
    a short adverbial, or, inverted, the noun phrase after it ("said the club's chief")."""
    speaker = _speaker_phrase(between)
    if speaker is not None:
        return speaker if _adverbial_tail(tail, lexicon) else None
    if between or not _tail_is_phrase(tail, lexicon) or not _inverted_clause(verb, tail, lexicon):
        return None
    # "said Secretary of State Ana Diaz": a name the parse made the cue's subject is the
    # speaker, though a preposition stands before it (the title's).
    named = next(
        (
            c
            for c in verb.rights
            if c.dep_ in NOMINAL_SUBJECTS and c.pos_ == _PROPER_NOUN and c.i < tail.end
        ),
        None,
    )
    if named is not None:
        return named
    # "said the club's chief executive on Friday": the head is the last noun before any
    # prepositional phrase.
    phrase = []
    for token in tail:
        if token.pos_ == "ADP" and token.dep_ != CASE_MARKER:
            break
        phrase.append(token)
    nouns = [t for t in phrase if t.pos_ in ("NOUN", "PROPN")]
    return nouns[-1] if nouns else None


def _inverted_clause(verb: Token, tail: Span, lexicon: Lexicon) -> bool:
    """An inverted clause (", said the club's chief"): the cue, not a participle, with a
    noun phrase after it and no subject before it. A cue of a commitment or a demand does
    not invert (", pledged delegates." is a noun phrase, not "said X")."""
    commitment = verb.lemma_.lower() in lexicon.infinitive_cues
    return (
        verb.tag_ != "VBG"  # "..., citing the weather.": a participle, not "said X"
        and (not commitment or verb.lower_ in lexicon.inverted_cue_forms)
        and len(tail) > 0
        and tail[0].pos_ in _PHRASE_OPENING_TAGS
        and any(t.pos_ in ("NOUN", "PROPN") for t in tail)
        and not any(c.dep_ in NOMINAL_SUBJECTS and c.i < verb.i for c in verb.children)
        and not _hyphenated_adverb(tail)
    )


def _hyphenated_adverb(tail: Span) -> bool:
    """The words after the cue open with one word of hyphen-joined pieces that ends in an
    adverb ("said matter-of-factly"): a manner, not the noun phrase of a speaker."""
    last = tail[0]
    while last.i + 1 < tail.end and not last.whitespace_:
        last = tail.doc[last.i + 1]
    return last.i > tail[0].i and last.tag_ == "RB"


def parenthetical_reporting_clause(
    verb: Token, cue: CueMatch, layout: Layout, lexicon: Lexicon, *, hearer: bool = False
) -> Statement | None:
    """``To see the real story, the judge said, one should visit the museum.`` from the surface.

    Notes:
        A short noun phrase and a cue between two commas inside a sentence ("..., Chief
        Justice Roberts said, ...") is a reporting clause set into its statement, whatever
        the parser hung where; the statement is the sentence around it, in two parts (a
        medial reporting clause, Quirk et al. 1985), and so is the inverted order, the cue
        right after the comma and the noun phrase after it ("..., said the judge, ...").
        Sentences with quote marks are left to the quote rules. With ``hearer`` the cue's
        object is the one told ("..., the partner told them, ...") and may stand after it.
    """
    doc = verb.doc
    sentence_start, sentence_end = layout.sentence_bounds(verb.i)
    blocking = _BLOCKING if hearer else _BLOCKING_WITH_OBJECT
    if any(child.dep_ in blocking for child in verb.children):
        return None
    if verb.i - 1 > sentence_start and doc[verb.i - 1].text == _COMMA:
        # "The plan, said the mayor, is to wait.": the inverted aside, its speaker after the
        # cue (Quirk et al. 1985 on inverted medial reporting clauses).
        comma, after = verb.i - 1, _inverted_closing_comma(verb, sentence_end)
        if after is None:
            return None
        between = doc[verb.i + 1 : after]
    else:
        after = _closing_comma(verb, sentence_end, hearer=hearer)
        if after is None:
            return None
        found = _comma_before(verb, sentence_start, 6)
        if found is None or found <= sentence_start:
            return None
        comma = found
        between = doc[comma + 1 : verb.i]
    first, last = doc[sentence_start], doc[sentence_end - 1]
    quotes = layout.quotes_within(first.idx, last.idx + len(last))
    if quotes and not _quoted_inside_rest(quotes, doc, after, sentence_end):
        return None  # a quote split around its cue is settled with the quote marks
    speaker = _speaker_phrase(between)
    if speaker is None:
        return None
    before = trim_range(sentence_start, comma, doc, lexicon)
    rest = trim_range(after + 1, sentence_end, doc, lexicon)
    if before is None or rest is None:
        return None
    return Statement(cue, (before, rest), speaker.i, Attribution.POSTPOSED)


def _quoted_inside_rest(quotes: list[QuoteSpan], doc: Doc, after: int, sentence_end: int) -> bool:
    """Every quote stands inside the statement's words after the aside, with words of the
    writer's before it: "The plans, he added, amount to "just tinkering."", a mixed
    statement, not a quote split around its cue ('"The plans," he added, "are ..."'), and
    the words after the aside open with no participle."""
    opening = after + 1
    while opening < sentence_end and doc[opening].is_space:
        opening += 1
    if opening >= sentence_end or doc[opening].is_quote:
        return False
    if doc[opening].tag_ in _NONFINITE_TAGS:
        # "Before the vote, Diaz agreed, praising it as "a gift"": a participle after the
        # commas is the clause's own adjunct, and the clause no aside.
        return False
    return all(q.start > doc[opening].idx for q in quotes)


def _inverted_closing_comma(verb: Token, sentence_end: int) -> int | None:
    """The comma closing an inverted aside ("said the mayor,"), at most
    :data:`_MAX_INVERTED_SPEAKER` words after the cue and not right after it."""
    doc = verb.doc
    limit = min(sentence_end, verb.i + _MAX_INVERTED_SPEAKER + 2)
    after = next((i for i in range(verb.i + 1, limit) if doc[i].text == _COMMA), None)
    return None if after is None or after == verb.i + 1 else after


def _closing_comma(verb: Token, sentence_end: int, *, hearer: bool) -> int | None:
    """The comma closing the aside after the cue, past at most a short adverbial ("said on
    Monday,", "said Tuesday,") or, with ``hearer``, the one told ("told them,")."""
    doc = verb.doc
    allowed = _ADVERBIAL_TAGS | {"PRON"} if hearer else _ADVERBIAL_TAGS
    after = verb.i + 1
    while after < sentence_end and doc[after].text != _COMMA and after - verb.i <= 4:
        if doc[after].pos_ not in allowed:
            return None
        after += 1
    if after >= sentence_end or doc[after].text != _COMMA:
        return None
    tail = doc[verb.i + 1 : after]
    told = hearer and any(c.dep_ in OBJECTS and c.i > verb.i for c in verb.children)
    if (
        tail
        and tail[0].pos_ != "ADP"
        and not all(t.ent_type_ in TIME_ENTITIES for t in tail)
        and not told
    ):
        return None  # "said on Monday," / "said Tuesday," but not "criticized Tulsa,"
    return after


def _comma_before(verb: Token, sentence_start: int, reach: int) -> int | None:
    """The comma that opens the reporting clause ending in ``verb``, at most ``reach``
    tokens back and after the sentence's first token."""
    doc = verb.doc
    comma = verb.i - 1
    while comma > sentence_start and doc[comma].text != _COMMA and verb.i - comma <= reach:
        comma -= 1
    return comma if doc[comma].text == _COMMA else None


def _speaker_phrase(between: Span) -> Token | None:
    """The head of a short noun phrase between the comma and the cue ("a state
    broadcaster"): its last noun or pronoun; None when the words are not one, as when a
    relative pronoun opens a clause, alone ("..., which critics attacked.", "The mayor, who
    told the council, resigned.") or on a noun ("..., billionaire Republican who mocks
    unions."): a relative clause, not a reporting one."""
    if any(t.tag_ in _RELATIVE_TAGS for t in between):
        return None
    nouns = [t for t in between if t.pos_ in ("NOUN", "PROPN", "PRON")]
    if not nouns or not all(t.pos_ in _NP_TAGS or _named_word(t) for t in between):
        return None
    return nouns[-1]


def _named_word(token: Token) -> bool:
    """A capitalised word of a named entity, whatever the tagger made of it ("Tulsa police
    Chief ..." with "Tulsa" tagged as a verb)."""
    return bool(token.ent_type_) and token.text[:1].isupper()
