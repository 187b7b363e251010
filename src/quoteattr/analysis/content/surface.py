"""Statements read from the surface when the parse cannot be trusted.

Two news conventions are recognised from word order and punctuation alone: a sentence that
ends in a short reporting clause ("..., a state broadcaster reported on Friday.") and a
name or speaker label before a colon (headlines and transcripts: "Sanders: ...").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...lexicon import Lexicon
from ...records import Attribution
from ..cues import CueMatch
from ..layout import Layout
from ..syntax import rstrip_end, trim
from ..values import Statement

_MAX_LABEL_TOKENS = 4


_MAX_LABEL_CHARS = 60


_MAX_TAIL = 6


_NP_TAGS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "PUNCT", "CCONJ", "PART"})


_ADVERBIAL_TAGS = frozenset({"ADP", "NOUN", "PROPN", "ADV", "NUM", "DET", "ADJ", "PART"})


def final_reporting_clause(verb: Token, cue: CueMatch, layout: Layout) -> Statement | None:
    """``<statement>, a state broadcaster reported on Friday.`` read from the surface.

    Notes:
        A sentence that ends in ", <short noun phrase> <cue> [short adverbial]." (or the
        inverted ", <cue> <noun phrase>.") is a post-posed reporting clause whatever the
        parser made of it; small parsers often hang the speaker on the statement's verb.
    """
    doc = verb.doc
    sentence_start, sentence_end = layout.sentence_bounds(verb.i)
    if sentence_end - verb.i > _MAX_TAIL + 3:
        return None  # the cue is not near the end of its sentence
    end = sentence_end - 1
    while end > verb.i and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    tail = doc[verb.i + 1 : end + 1]
    if len(tail) > _MAX_TAIL or any(t.pos_ in ("VERB", "AUX") or t.lower_ == "that" or t.text == "," for t in tail):
        tail_is_np = False
    else:
        tail_is_np = True
    comma = _comma_before(verb, sentence_start, 8)
    if comma is None or comma <= sentence_start + 2:
        return None
    between = doc[comma + 1 : verb.i]
    if any(layout.in_quote(t) for t in [*between, verb]):
        return None
    if between and between[0].tag_ in ("WDT", "WP", "WP$"):
        return None  # "..., which critics attacked.": a relative clause, not a reporting one
    speaker = _speaker_phrase(between)
    if speaker is not None:
        if not tail_is_np or not all(t.pos_ in _ADVERBIAL_TAGS for t in tail):
            return None
    elif (
        not between
        and verb.tag_ != "VBG"  # "..., citing the weather.": a participle, not "said X"
        and tail_is_np
        and len(tail) > 0
        and tail[0].pos_ in ("DET", "PROPN", "ADJ", "NOUN", "NUM")
        and any(t.pos_ in ("NOUN", "PROPN") for t in tail)
        and not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children)
    ):
        # "said the club's chief executive on Friday": the head is the last noun before
        # any prepositional phrase.
        phrase = []
        for token in tail:
            if token.pos_ == "ADP" and token.dep_ != "case":
                break
            phrase.append(token)
        nouns = [t for t in phrase if t.pos_ in ("NOUN", "PROPN")]
        if not nouns:
            return None
        speaker = nouns[-1]
    else:
        return None
    part = trim(list(doc[sentence_start:comma]), doc)
    if part is None:
        return None
    return Statement(cue, (part,), speaker.i, Attribution.POSTPOSED)


def parenthetical_reporting_clause(
    verb: Token, cue: CueMatch, layout: Layout, *, hearer: bool = False
) -> Statement | None:
    """``To see the real story, the judge said, one should visit the museum.`` from the surface.

    Notes:
        A short noun phrase and a cue between two commas inside a sentence ("..., Chief
        Justice Roberts said, ...") is a reporting clause set into its statement, whatever
        the parser hung where; the statement is the sentence around it, in two parts.
        Sentences with quote marks are left to the quote rules. With ``hearer`` the cue's
        object is the one told ("..., the partner told them, ...") and may stand after it.
    """
    doc = verb.doc
    sentence_start, sentence_end = layout.sentence_bounds(verb.i)
    blocking = ("attr", "oprd", "mark") if hearer else ("dobj", "attr", "oprd", "mark")
    if any(child.dep_ in blocking for child in verb.children):
        return None
    allowed = _ADVERBIAL_TAGS | {"PRON"} if hearer else _ADVERBIAL_TAGS
    after = verb.i + 1
    while after < sentence_end and doc[after].text != "," and after - verb.i <= 4:
        if doc[after].pos_ not in allowed:
            return None
        after += 1
    if after >= sentence_end or doc[after].text != ",":
        return None
    tail = doc[verb.i + 1 : after]
    told = hearer and any(c.dep_ in ("dobj", "dative") and c.i > verb.i for c in verb.children)
    if (
        tail
        and tail[0].pos_ != "ADP"
        and not all(t.ent_type_ in ("DATE", "TIME") for t in tail)
        and not told
    ):
        return None  # "said on Monday," / "said Tuesday," but not "criticized Tulsa,"
    comma = _comma_before(verb, sentence_start, 6)
    if comma is None or comma <= sentence_start:
        return None
    first, last = doc[sentence_start], doc[sentence_end - 1]
    if layout.quotes_within(first.idx, last.idx + len(last)):
        return None  # a quote split around its cue is settled with the quote marks
    between = doc[comma + 1 : verb.i]
    if between and between[0].tag_ in ("WDT", "WP", "WP$"):
        return None  # "The mayor, who told the council, resigned.": a relative clause
    speaker = _speaker_phrase(between)
    if speaker is None:
        return None
    before = trim(list(doc[sentence_start:comma]), doc)
    rest = trim(list(doc[after + 1 : sentence_end]), doc)
    if before is None or rest is None:
        return None
    return Statement(cue, (before, rest), speaker.i, Attribution.POSTPOSED)


def _comma_before(verb: Token, sentence_start: int, reach: int) -> int | None:
    """The comma that opens the reporting clause ending in ``verb``, at most ``reach``
    tokens back and after the sentence's first token."""
    doc = verb.doc
    comma = verb.i - 1
    while comma > sentence_start and doc[comma].text != "," and verb.i - comma <= reach:
        comma -= 1
    return comma if doc[comma].text == "," else None


def _speaker_phrase(between: Span) -> Token | None:
    """The head of a short noun phrase between the comma and the cue ("a state
    broadcaster"): its last noun or pronoun; None when the words are not one."""
    nouns = [t for t in between if t.pos_ in ("NOUN", "PROPN", "PRON")]
    if not nouns or not all(t.pos_ in _NP_TAGS for t in between):
        return None
    return nouns[-1]


def labelled_statements(layout: Layout, lexicon: Lexicon) -> list[Statement]:
    """Statements introduced by a name and a colon: ``Sanders: "..."``, ``PENCE: And ...``.

    Notes:
        Headlines and transcripts credit words with a bare label instead of a verb. The
        label must be a short name of a person or organisation, or an all-capitals speaker
        label when the text has several (a transcript); place names (datelines) and
        editorial labels ("Update:") are not speakers.
        The statement runs to the end of the paragraph.
    """
    doc = layout.doc
    found: list[Statement] = []
    shouted_only: list[Statement] = []
    shouted_labels = 0
    text = layout.text
    if ":" not in text:
        return found
    surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON"}
    for start in layout.sentence_starts:
        if ":" not in text[doc[start].idx : doc[start].idx + _MAX_LABEL_CHARS]:
            continue
        label: list[Token] = []
        while start < len(doc) - 1 and doc[start].is_quote:
            start += 1  # '"WALLACE: ...': a paragraph that opens a multi-paragraph quote
        for token in doc[start : start + _MAX_LABEL_TOKENS + 1]:
            if token.text == ":":
                break
            label.append(token)
        else:
            continue
        words = [t for t in label if not t.is_space]
        if not words or len(words) > _MAX_LABEL_TOKENS or label[-1].i + 1 >= len(doc):
            continue
        if any(t.lower_ in lexicon.non_speaker_labels or t.ent_type_ in ("GPE", "DATE", "TIME") for t in words):
            continue
        named = all(t.pos_ == "PROPN" or t.is_punct for t in words) and any(
            t.ent_type_ in ("PERSON", "ORG") for t in words
        )
        shouted = all(t.text.isupper() and t.is_alpha for t in words) and len(words) <= 2
        surname = len(words) == 1 and words[0].text in surnames
        if not (named or shouted or surname):
            continue
        colon = doc[label[-1].i + 1]
        end = rstrip_end(layout.text, colon.idx + 1, layout.paragraph_end(colon.idx))
        begin = colon.idx + 1
        while begin < end and layout.text[begin].isspace():
            begin += 1
        names = [t for t in words if not t.is_punct]
        if end > begin and names:  # a label of marks alone ('」:') names no one
            speaker = max(names, key=lambda t: t.i)
            statement = Statement(None, ((begin, end),), speaker.i, Attribution.SUBJECT, colon=True)
            found.append(statement)
            shouted_labels += shouted
            if shouted and not (named or surname):
                shouted_only.append(statement)
    if len(shouted_only) == 1 and shouted_labels == 1:
        # One capitalised label is a dateline ("LISBON:"); transcripts have several speakers.
        found.remove(shouted_only[0])
    return found
