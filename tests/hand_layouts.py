"""Layouts of hand-built parses, for stage tests that do not need the model."""

from __future__ import annotations

from collections.abc import Mapping

import spacy
from spacy.tokens import Doc

from quoteattr.analysis.layout import Layout
from quoteattr.analysis.marks import find_quote_spans, paragraph_spans

Row = tuple[str, str, str, str, int]
"""One token: word, tag, pos, dep, head index."""

_VOCAB = spacy.blank("en").vocab
_NO_SPACE_BEFORE = {",", ".", "\u201d"}


def hand_layout(rows: list[Row], lemmas: Mapping[str, str]) -> Layout:
    """The layout of a hand-built parse (no space after an opening mark or before a comma).

    Args:
        rows: The tokens in order.
        lemmas: Lemmas of the inflected words; any other word is its own lower case.
    """
    words, tags, pos, deps, heads = (list(column) for column in zip(*rows, strict=True))
    spaces = [
        word != "\u201c" and (i + 1 == len(words) or words[i + 1] not in _NO_SPACE_BEFORE)
        for i, word in enumerate(words)
    ]
    doc = Doc(
        _VOCAB,
        words=words,
        spaces=spaces,
        tags=tags,
        pos=pos,
        deps=deps,
        heads=heads,
        lemmas=[lemmas.get(w, w.lower()) for w in words],
    )
    return doc_layout(doc)


def doc_layout(doc: Doc) -> Layout:
    """The layout of a hand-built ``Doc``: its paragraphs and quote spans, as the analysis
    reads them."""
    text = doc.text
    quotes, _ = find_quote_spans(text)
    return Layout.build(doc, paragraph_spans(text), quotes, text=text)
