"""Statements introduced by a name or a speaker label before a colon, read from the
surface: headlines and transcripts ("Sanders: ...", "PENCE: And ...").
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Span, Token

from ...lexicon import Lexicon
from ...records import Attribution
from ..labels import (
    SUBJECTS_OR_EXPLETIVE,
    TIME_ENTITIES,
)
from ..layout import Layout
from ..stretches import rstrip_end
from ..values import Statement
from .subheads import without_subheads

_MAX_LABEL_TOKENS = 4
_MAX_LABEL_CHARS = 60
_MIN_FIGURES = 2
"""Numbers that make a verbless line after a label a line of figures."""
_COLON = ":"
_LINE_CLOSERS = (".", "!", "?", ":", ";", ",", '"', "'", "\u201d", "\u2019", "\u2026", ")")
"""Marks that end a line of running text; a line ending with none is a heading."""
_NOT_SPEAKER_ENTITIES = TIME_ENTITIES | {"GPE"}
"""Named-entity labels of a label that is no speaker: a dateline ("LISBON:") or a date."""
_SPEAKER_ENTITIES = frozenset({"PERSON", "ORG"})
"""Named-entity labels of a name that speaks."""


def labelled_statements(layout: Layout, lexicon: Lexicon) -> list[Statement]:
    """Statements introduced by a name and a colon: ``Sanders: "..."``, ``PENCE: And ...``.

    Notes:
        Headlines and transcripts credit words with a bare label instead of a verb. The
        label must be a short name of a person or organisation, or an all-capitals speaker
        label when the text has several (a transcript); place names (datelines) and
        editorial labels ("Update:") are not speakers (observed in news).
        The statement runs to the end of the paragraph.
    """
    doc = layout.doc
    found: list[Statement] = []
    shouted_only: list[Statement] = []
    shouted_labels: list[str] = []
    if _COLON not in layout.text:
        return found
    entity_names: tuple[set[str], set[str]] | None = None  # read for the first label asking
    for start in layout.sentence_starts:
        label = _label_words(layout, start, lexicon)
        if label is None:
            continue
        words, colon = label
        named = all(t.pos_ == "PROPN" or t.is_punct for t in words) and any(
            t.ent_type_ in _SPEAKER_ENTITIES for t in words
        )
        shouted = all(t.text.isupper() and t.is_alpha for t in words) and len(words) <= 2
        single, proper = len(words) == 1, all(t.pos_ == "PROPN" for t in words)
        surname = known = False
        if not named and (single or proper):
            # the entities' names are read only for a label they may decide: a named label
            # is kept whatever they say
            if entity_names is None:
                entity_names = _entity_names(layout.entities)
            surnames, names = entity_names
            surname = single and words[0].text in surnames
            known = proper and " ".join(t.text for t in words) in names
        if not (named or shouted or surname or known):
            continue
        statement = _after_label(layout, words, colon)
        if statement is None or _figures(layout, statement):
            continue
        if not shouted and _one_question(layout, statement):
            continue  # "Ana Ruiz: Reformer or career politician?": a headline's topic
        found.append(statement)
        if shouted:
            shouted_labels.append(" ".join(t.text for t in words))
        if shouted and not (named or surname or known):
            shouted_only.append(statement)
    if shouted_only and not _transcript(shouted_labels, doc, len(shouted_only)):
        # Capitalised labels that no turn confirms are a dateline ("LISBON:") or the section
        # labels of wire copy ("MARKETS:", "ENERGY:"), not speakers.
        found = [s for s in found if s not in shouted_only]
    return without_subheads(found, layout, lexicon)


def _entity_names(entities: tuple[Span, ...]) -> tuple[set[str], set[str]]:
    """The last words of the document's person ``entities`` (the layout's), and the whole
    names of its people and organisations ("Ana Ruiz: ..." where the recogniser tags the
    name only elsewhere in the article)."""
    surnames: set[str] = set()
    names: set[str] = set()
    for entity in entities:
        label = entity.label_
        if label == "PERSON":
            surnames.add(entity[-1].text)
        if label in _SPEAKER_ENTITIES:
            names.add(entity.text)
    return surnames, names


def _one_question(layout: Layout, statement: Statement) -> bool:
    """Content that is one question, not in quote marks (a quoted question is the
    speaker's: ``Ruiz: "Why now?"``)."""
    body = layout.text[statement.start : statement.end].rstrip()
    if layout.quote_around(statement.start) is not None:
        return False
    return body.endswith("?") and not any(stop in body[:-1] for stop in ".?!")


def _transcript(labels: list[str], doc: Doc, unconfirmed: int) -> bool:
    """Capitalised labels are a transcript's speakers: one speaker takes a second turn, or
    one label names a person the text names in its running words ("MORALES:" after
    "Ana Morales").

    Notes:
        A transcript alternates a few speakers, who are introduced in the article; the
        section labels of wire copy ("MARKETS:", "ENERGY:") are common words, each used
        once. Observed in news.
    """
    if len(labels) > len(set(labels)):
        return True
    if len(labels) > unconfirmed:
        return True  # a label the NER or an earlier name already knows as a speaker
    names = _proper_names(doc)
    return any(label.split()[-1].lower() in names for label in labels)


@functools.lru_cache(maxsize=1)
def _proper_names(doc: Doc) -> frozenset[str]:
    """The proper nouns of ``doc`` written as names (not all capitals), lower-cased; made once
    per document (the cache holds the last one), not at every label."""
    return frozenset(
        t.text.lower()
        for t in doc
        if t.pos_ == "PROPN" and t.text[:1].isupper() and not t.text.isupper()
    )


def _figures(layout: Layout, statement: Statement) -> bool:
    """A line of figures after a name ("Brekke: 29 saves, 1.80 goals-against average"): a
    table in prose, with numbers and no clause, not a turn of speech.

    Notes:
        Sports and results copy lists a player's or a team's figures after a colon; a
        speaker's turn, however short, holds a clause with a subject or few numbers.
        Observed in news.
    """
    start, end = statement.parts[0]
    first = layout.token_at(start)
    if first is None:
        return False
    tokens = []
    for token in layout.doc[first.i :]:
        if token.idx >= end:
            break  # the statement's words only, not the rest of the text
        tokens.append(token)
    numbers = sum(t.like_num for t in tokens)
    # no clause: taggers read "save percentage" as a verb, but no word in it is a subject
    return numbers >= _MIN_FIGURES and not any(t.dep_ in SUBJECTS_OR_EXPLETIVE for t in tokens)


def _label_words(layout: Layout, start: int, lexicon: Lexicon) -> tuple[list[Token], Token] | None:
    """The words before a colon that opens the sentence at ``start``, if they may name a
    speaker (few, no editorial label, no place or date), and the colon."""
    doc, text = layout.doc, layout.text
    offset = layout.token_starts[start]  # read from the layout: most sentences have no label
    if text.find(_COLON, offset, offset + _MAX_LABEL_CHARS) == -1:
        return None
    while start < len(doc) - 1 and doc[start].is_quote:
        start += 1  # '"WALLACE: ...': a paragraph that opens a multi-paragraph quote
    label = _before_colon(doc, start)
    if label is None:
        return None
    words = [t for t in label if not t.is_space]
    if not words or len(words) > _MAX_LABEL_TOKENS or label[-1].i + 1 >= len(doc):
        return None
    if any(
        t.lower_ in lexicon.non_speaker_labels or t.ent_type_ in _NOT_SPEAKER_ENTITIES
        for t in words
    ):
        return None
    return words, doc[label[-1].i + 1]


def _before_colon(doc: Doc, start: int) -> list[Token] | None:
    """The tokens from ``start`` to a colon within the label's reach, or None."""
    label: list[Token] = []
    for token in doc[start : start + _MAX_LABEL_TOKENS + 1]:
        if token.text == _COLON:
            return label
        label.append(token)
    return None


def _after_label(layout: Layout, words: list[Token], colon: Token) -> Statement | None:
    """The rest of the paragraph after a label's colon, credited to the label's last name;
    the rest of its line, when the line ends with no closing mark (a subhead, "Ruiz: Keep
    it close", over the paragraph the line break runs into)."""
    text = layout.text
    end = rstrip_end(text, colon.idx + 1, layout.paragraph_end(colon.idx))
    line_end = text.find("\n", colon.idx, end)
    if line_end != -1 and not text[colon.idx : line_end].rstrip().endswith(_LINE_CLOSERS):
        end = rstrip_end(text, colon.idx + 1, line_end)
    begin = colon.idx + 1
    while begin < end and text[begin].isspace():
        begin += 1
    names = [t for t in words if not t.is_punct]
    if end <= begin or not names:  # a label of marks alone ('」:') names no one
        return None
    speaker = max(names, key=lambda t: t.i)
    return Statement(None, ((begin, end),), speaker.i, Attribution.SUBJECT, colon=True)
