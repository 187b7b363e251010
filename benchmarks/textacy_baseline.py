"""textacy's rule-based direct quotations as :class:`~quoteattr.records.Quote` records.

``textacy.extract.triples.direct_quotations(doc)`` yields ``DQTriple(speaker, cue, content)``:
lists of speaker and cue tokens and the content span including its quote marks. It finds
direct quotes only, and raises ``ValueError`` on a document with an odd number of quote-mark
tokens. The conversion:

- **kind** ``direct``;
- **content** the span's characters with surrounding whitespace and quote marks stripped;
- **speaker** the characters from the first to the last speaker token (``name`` is that text:
  textacy does not resolve names), no role or affiliation;
- **cue** the characters from the first to the last cue token, ``lemma`` the lemma of the
  cue's head verb;
- **attribution** ``postposed`` when the cue follows the content, else ``subject``.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
from spacy.tokens import Doc, Token
from textacy.extract.triples import direct_quotations

from quoteattr.records import Attribution, Content, Cue, Quote, QuoteKind, Speaker

_QUOTE_MARKS = frozenset("\"'“”‘’«»„‚‹›`")


@attrs.frozen
class TextacyResult:
    """textacy's quotes for one document, or the error it raised on it."""

    quotes: tuple[Quote, ...]
    error: str | None = None
    """``"ValueError: ..."`` when textacy raised; the document then counts as finding nothing."""


def textacy_quotes(doc: Doc, doc_id: str | None = None) -> TextacyResult:
    """Run textacy's direct-quotation extractor on a parsed ``doc`` and convert its triples.

    Never raises: textacy's errors are caught and returned, so one document cannot stop a
    benchmark.
    """
    try:
        triples = list(direct_quotations(doc))
    # textacy is a baseline here: whatever it raises on a document, that document yields
    # nothing and the error is reported, as for its documented unbalanced-quote ValueError.
    except Exception as error:  # noqa: BLE001
        first_line = (str(error).splitlines() or [""])[0]
        return TextacyResult((), f"{type(error).__name__}: {first_line}")
    quotes = (
        _quote(
            doc.text,
            doc_id,
            triple.speaker,
            triple.cue,
            triple.content.start_char,
            triple.content.end_char,
        )
        for triple in triples
    )
    return TextacyResult(tuple(q for q in quotes if q is not None))


def _quote(
    text: str,
    doc_id: str | None,
    speaker: Sequence[Token],
    cue: Sequence[Token],
    start: int,
    end: int,
) -> Quote | None:
    start, end = _strip_marks(text, start, end)
    if end <= start:
        return None
    content = Content.from_parts(text, [(start, end)])
    cue_start, cue_end = _extent(cue)
    speaker_start, speaker_end = _extent(speaker)
    speaker_text = text[speaker_start:speaker_end]
    return Quote(
        id=Quote.make_id(content),
        kind=QuoteKind.DIRECT,
        content=content,
        cue=Cue(text[cue_start:cue_end], lemma=_head(cue).lemma_, start=cue_start, end=cue_end),
        speaker=Speaker(speaker_text, speaker_start, speaker_end, name=speaker_text),
        attribution=Attribution.POSTPOSED if cue_start >= end else Attribution.SUBJECT,
        sentence=0,
        paragraph=0,
        doc_id=doc_id,
    )


def _strip_marks(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in _QUOTE_MARKS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _QUOTE_MARKS):
        end -= 1
    return start, end


def _extent(tokens: Sequence[Token]) -> tuple[int, int]:
    first = min(tokens, key=lambda token: token.i)
    last = max(tokens, key=lambda token: token.i)
    return first.idx, last.idx + len(last)


def _head(tokens: Sequence[Token]) -> Token:
    """The cue token whose head lies outside the cue: the verb its auxiliaries hang on."""
    indices = {token.i for token in tokens}
    return next((t for t in tokens if t.head.i not in indices or t.head.i == t.i), tokens[0])
