"""Assertions shared by several test modules."""

from __future__ import annotations

from collections.abc import Iterable

from quoteattr import Quote


def assert_offsets_match(text: str, quotes: Iterable[Quote]) -> None:
    """Every span of every record is the slice of ``text`` it claims to be."""
    for quote in quotes:
        assert text[quote.content.start : quote.content.end] == quote.content.text
        for part in quote.content.parts:
            assert text[part.start : part.end] == part.text
        for span in (quote.cue, quote.speaker, quote.via):
            if span is not None:
                assert text[span.start : span.end] == span.text
