"""Statements after a reporting clause that ends in a colon: ``X added in a statement: ...``.

The content is the quote that opens right after the colon, or else the rest of the
paragraph (the next paragraph when the colon closes its own). An inverted clause with no
subject ("Said Ellis: ...") takes the name right after the cue as its speaker.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...records import Attribution
from ..cues import CueMatch
from ..labels import NEW_CLAUSE_LINKS
from ..layout import Layout
from ..speakers.clause import SpeakerReading
from ..stretches import rstrip_end
from ..values import Statement

_COLON = ":"
_SENTENCE_ENDS = ".;!?"
_REACH = 15
"""How many tokens after the cue the colon may come ("added in a statement on Friday:")."""


def colon_statement(
    verb: Token, cue: CueMatch, layout: Layout, read_speaker: SpeakerReading
) -> Statement | None:
    """The statement after the colon that closes the cue's reporting clause, if there is one
    (``read_speaker`` gives the cue's speaker and is called only then).

    Notes:
        A colon introduces a quotation set off from its reporting clause (Chicago Manual of
        Style, ch. 6, on the colon); in news it often introduces a whole paragraph of
        speech (observed in news).
    """
    colon = _colon_after(verb, cue, layout.text)
    if colon is None:
        return None
    parts = _colon_content(colon, layout)
    if not parts:
        return None
    speaker, attribution = read_speaker()
    if speaker is None:  # "Said Ellis: ...": the name right after the inverted cue
        speaker = _name_after(verb)
        attribution = Attribution.SUBJECT if speaker is not None else attribution
    return Statement(cue, parts, speaker, attribution, colon=True)


def _name_after(verb: Token) -> int | None:
    """The last word of a proper name right after ``verb``, if one follows."""
    doc = verb.doc
    index = verb.i + 1
    if index >= len(doc) or doc[index].pos_ != "PROPN":
        return None
    while index + 1 < len(doc) and doc[index + 1].pos_ == "PROPN":
        index += 1
    return index


def _colon_after(verb: Token, cue: CueMatch, text: str) -> Token | None:
    """The colon closing the reporting clause (``X added in a statement: ...``), if any."""
    doc = verb.doc
    stop = min(len(doc), cue.last + _REACH)
    if stop <= cue.last + 1:
        return None
    # Most cues have no colon within reach: the text says so without reading the words.
    last = doc[stop - 1]
    if _COLON not in text[doc[cue.last + 1].idx : last.idx + len(last)]:
        return None
    for token in doc[cue.last + 1 : stop]:
        if token.text == _COLON:
            return token
        if token.is_sent_start and token.i > cue.last + 1:
            return None
        if token.pos_ == "VERB" and token.dep_ in NEW_CLAUSE_LINKS:
            return None
        if token.is_punct and token.text in _SENTENCE_ENDS:
            return None
    return None


def _colon_content(colon: Token, layout: Layout) -> tuple[tuple[int, int], ...]:
    """The quote opening right after the colon, or the rest of its paragraph."""
    start = colon.idx + 1
    text = layout.text
    while start < len(text) and text[start].isspace():
        start += 1
    quote = layout.quote_starting_at(start)
    if quote is not None:
        return tuple(quote.parts)
    end = layout.paragraph_end(colon.idx)
    if start >= end:  # "The governor added:" closing its paragraph: the next one is the content
        end = layout.paragraph_end(start)
    end = rstrip_end(text, start, end)
    return ((start, end),) if end > start else ()
