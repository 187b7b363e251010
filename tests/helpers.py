"""Assertions shared by several test modules."""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterable, Iterator

from quoteattr import Entity, Quote, Speaker
from quoteattr.lexicon import Lexicon


def assert_offsets_match(text: str, quotes: Iterable[Quote]) -> None:
    """Every span of every record is the slice of ``text`` it claims to be."""
    for quote in quotes:
        assert text[quote.content.start : quote.content.end] == quote.content.text
        for part in quote.content.parts:
            assert text[part.start : part.end] == part.text
        for span in (quote.cue, quote.speaker, quote.via):
            if span is not None:
                assert text[span.start : span.end] == span.text
        for speaker in (quote.speaker, quote.via):
            if speaker is not None:
                assert_sources_match(text, speaker)


def assert_sources_match(text: str, described: Speaker | Entity) -> None:
    """The words a role, title or affiliation was read from are the text's: each source
    slices back, is there exactly when its value is, and spells the value, implies it (a
    nationality word, a party tag) or is a mention that states it."""
    english = Lexicon.english()
    for field in ("role", "title", "affiliation"):
        value, source = getattr(described, field), getattr(described, f"{field}_source")
        assert (value is None) == (source is None), field
        if value is None or source is None:
            continue
        assert text[source.start : source.end] == source.text
        word = source.text.lower().removesuffix("'s").removesuffix("’s")
        letter = source.text.partition("-")[0].lower()
        assert (
            _spells(source.text, value)
            or english.demonyms.get(word) == value
            or english.party_abbreviations.get(letter) == value
        ), (field, value, source)


def _spells(text: str, value: str) -> bool:
    """``text`` holds the words of ``value`` in order (an aside may stand between them)."""
    rest = text.casefold()
    for word in value.casefold().split():
        found = rest.find(word)
        if found < 0:
            return False
        rest = rest[found + len(word) :]
    return True


@contextlib.contextmanager
def deadline(seconds: int) -> Iterator[None]:
    """Fail instead of hanging the test run."""

    def fail(signum: int, frame: object) -> None:
        raise TimeoutError(f"no result within {seconds} s: the run hangs")

    previous = signal.signal(signal.SIGALRM, fail)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
