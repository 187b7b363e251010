"""The tokenizer's cache, shown a batch's words outside the memory zone it was parsed in."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from quoteattr.parsing.chunk_cache import LONGEST_CHUNK, ChunkCache


def _blank() -> Language:
    return spacy.blank("en")


def _tokens(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(t.text, t.whitespace_) for t in nlp.make_doc(text)]


def test_new_chunks_are_shown_until_the_cache_would_be_full() -> None:
    nlp = _blank()
    chunks = ChunkCache(nlp)
    chunks.room = 2
    chunks.learn(["Quorvex Lintamo, Brasqel Feyndor"])
    assert chunks.shown == {"Quorvex", "Lintamo,"}
    assert "Lintamo" in nlp.vocab.strings
    assert "Brasqel" not in nlp.vocab.strings
    chunks.learn(["Pellarine"])
    assert "Pellarine" not in nlp.vocab.strings


def test_chunks_after_a_special_case_are_cached_too() -> None:
    nlp = _blank()
    tokenizer = nlp.tokenizer
    rules = tokenizer.prefix_search
    searched: list[str] = []

    def prefix_search(text: str) -> object:
        searched.append(text)
        return rules(text)

    tokenizer.prefix_search = prefix_search
    chunks = ChunkCache(nlp)
    chunks.learn(["Mrs. Talvenor can't wait, Ostrami said"])
    searched.clear()
    with nlp.memory_zone():  # where the tokenizer caches nothing more
        nlp.make_doc("Ostrami said")
    assert searched == []


def test_a_chunk_is_shown_once() -> None:
    nlp = _blank()
    chunks = ChunkCache(nlp)
    chunks.room = 3
    chunks.learn(["Orvanth Orvanth", "Orvanth Miskela"])
    assert chunks.shown == {"Orvanth", "Miskela"}


def test_nothing_is_shown_inside_a_memory_zone() -> None:
    nlp = _blank()
    chunks = ChunkCache(nlp)
    with nlp.memory_zone():
        chunks.learn(["Sarvengast spoke"])
        assert not chunks.shown
    assert "Sarvengast" not in nlp.vocab.strings


def test_long_chunks_and_texts_the_parser_is_not_given_are_not_shown() -> None:
    nlp = _blank()
    chunks = ChunkCache(nlp)
    long = "k" * (LONGEST_CHUNK + 1)
    chunks.learn([None, 17, "Brandmoor \ud800 said", f"{long} Dravelund"])
    assert chunks.shown == {"Dravelund"}


def test_what_the_tokenizer_raises_ends_no_run(monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = _blank()
    chunks = ChunkCache(nlp)

    def fail(text: str) -> None:
        raise ValueError("broken tokenizer")

    monkeypatch.setattr(chunks, "_tokenizer", fail)
    chunks.learn(["Corvantis said"])
    assert chunks.shown == {"Corvantis", "said"}


def test_a_tokenizer_that_is_not_spacys_is_shown_nothing() -> None:
    nlp = _blank()
    rule_based = nlp.tokenizer
    nlp.tokenizer = lambda text: rule_based(text)
    chunks = ChunkCache(nlp)
    chunks.learn(["Ulmsgarde said"])
    assert chunks.room == 0
    assert not chunks.shown
    assert "Ulmsgarde" not in nlp.vocab.strings


_PIECES = st.sampled_from(
    ["Diaz", "said", "U.S.", "don't", "(AP)", "“No,”", "co-founder", "$5", "3.5%", "’s", "Mr."]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(_PIECES, min_size=1, max_size=4).map("".join), max_size=12))
def test_tokens_are_the_same_once_the_chunks_are_cached(words: list[str]) -> None:
    nlp = _blank()
    text = " ".join(words)
    with nlp.memory_zone():
        uncached = _tokens(nlp, text)
    ChunkCache(nlp).learn([text])
    assert _tokens(nlp, text) == uncached
