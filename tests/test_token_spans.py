"""Trimming a content's token run to its character range, over hand-built parses."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from quoteattr.token_spans import trim

_VOCAB = spacy.blank("en").vocab


def doc_of(rows: list[tuple[str, str]]) -> Doc:
    words = [w for w, _ in rows]
    spaces = [i + 1 < len(words) and words[i + 1] not in ",." for i in range(len(words))]
    return Doc(_VOCAB, words=words, spaces=spaces, deps=[d for _, d in rows], heads=[0] * len(rows))


def test_leading_complementizer_that_is_trimmed() -> None:
    doc = doc_of([("that", "mark"), ("prices", "nsubj"), ("rose", "ccomp"), (".", "punct")])
    start, end = trim(list(doc), doc)  # type: ignore[misc]
    assert doc.text[start:end] == "prices rose"


def test_determiner_that_stays_in_the_content() -> None:
    doc = doc_of([("that", "det"), ("claim", "nsubj"), ("failed", "ccomp"), (".", "punct")])
    start, end = trim(list(doc), doc)  # type: ignore[misc]
    assert doc.text[start:end] == "that claim failed"
