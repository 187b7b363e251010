"""Batches of articles, runs of characters, and the memory zone a batch is analysed in."""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteattr import Article, Document, Extractor, UnbalancedQuoteWarning
from quoteattr.parsing import batches

_TEXTS = [
    '"We will rebuild," the harbour master said on Tuesday.\n',
    "Officials at the port confirmed that two cranes had failed.\n",
    '"Nobody was hurt," a spokeswoman for the operator said.\n',
]


@pytest.mark.parametrize(
    ("sizes", "limit", "runs"),
    [
        ([10, 10, 10], 25, [(0, [10, 10]), (2, [10])]),
        ([10, 10, 10], 30, [(0, [10, 10, 10])]),
        ([40, 5, 5], 20, [(0, [40]), (1, [5, 5])]),
        ([5, 40, 5], 20, [(0, [5]), (1, [40]), (2, [5])]),
        ([], 20, []),
    ],
)
def test_a_batch_is_parsed_in_runs_of_at_most_the_limit_unless_one_article_is_longer(
    sizes: list[int], limit: int, runs: list[tuple[int, list[int]]]
) -> None:
    batch = [Article("x" * size) for size in sizes]
    got = [(at, [len(a.text) for a in group]) for at, group in batches.parse_groups(batch, limit)]
    assert got == runs


def test_a_text_that_is_no_string_counts_no_characters_in_a_run() -> None:
    batch = [Article("x" * 10), Article(None), Article("x" * 10)]  # type: ignore[arg-type]
    assert [len(group) for _, group in batches.parse_groups(batch, 20)] == [3]


def test_batches_give_the_input_position_of_their_first_article() -> None:
    articles = [Article(str(n)) for n in range(5)]
    got = [(start, [a.text for a in batch]) for start, batch in batches.batches(articles, 2)]
    assert got == [(0, ["0", "1"]), (2, ["2", "3"]), (4, ["4"])]


def test_an_error_reading_the_articles_comes_after_the_batch_read_before_it() -> None:
    def articles() -> Iterator[Article]:
        yield Article("a")
        yield Article("b")
        raise OSError("disk gone")

    source = batches.batches(articles(), 16)
    assert [a.text for a in next(source)[1]] == ["a", "b"]
    with pytest.raises(OSError, match="disk gone"):
        next(source)


def test_tapered_batches_share_a_small_corpus_out_in_shrinking_lists() -> None:
    articles = [Article(str(n)) for n in range(10)]
    got = [(start, len(batch)) for start, batch in batches.tapered_batches(articles, 16, 2)]
    assert got == [(0, 3), (3, 2), (5, 2), (7, 1), (8, 1), (9, 1)]


def test_tapered_batches_are_full_until_the_input_ends_then_shrink() -> None:
    articles = [Article(str(n)) for n in range(100)]
    sizes = [len(batch) for _, batch in batches.tapered_batches(articles, 8, 2)]
    # 24 articles are held ahead of each full list; the input ends with 20 left.
    assert sizes[:10] == [8] * 10
    assert sizes[10:] == [5, 4, 3, 2, 2, 1, 1, 1, 1]


@given(
    count=st.integers(min_value=0, max_value=80),
    size=st.integers(min_value=1, max_value=20),
    workers=st.integers(min_value=1, max_value=4),
)
def test_tapered_batches_give_every_article_once_in_order(
    count: int, size: int, workers: int
) -> None:
    articles = [Article(str(n)) for n in range(count)]
    got = list(batches.tapered_batches(articles, size, workers))
    assert [a for _, batch in got for a in batch] == articles
    assert [start for start, _ in got] == [
        sum(len(batch) for _, batch in got[:n]) for n in range(len(got))
    ]
    assert all(1 <= len(batch) <= size for _, batch in got)


def test_an_error_reading_tapered_batches_comes_after_the_articles_read_before_it() -> None:
    def articles() -> Iterator[Article]:
        yield from (Article(str(n)) for n in range(5))
        raise OSError("disk gone")

    source = batches.tapered_batches(articles(), 16, 2)
    read = [a.text for _ in range(4) for a in next(source)[1]]
    assert read == ["0", "1", "2", "3", "4"]
    with pytest.raises(OSError, match="disk gone"):
        next(source)


def _pipe(extractor: Extractor, texts: list[str], **kwargs: object) -> list[Document]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnbalancedQuoteWarning)
        return list(extractor.pipe(texts, **kwargs))  # type: ignore[arg-type]


def test_one_process_parsing_each_article_in_a_run_of_its_own_gives_the_same_results(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    together = _pipe(extractor, _TEXTS, batch_size=16)
    monkeypatch.setattr(batches, "PARSE_CHARS", 1)
    assert _pipe(extractor, _TEXTS, batch_size=16) == together


def _speaker_of_one(extractor: Extractor, word: str, how: str) -> str | None:
    """The speaker's words of the one quote of a text in which ``word`` speaks, read by
    ``Extractor.pipe`` or ``Extractor.analyze``."""
    text = f'"The quay is open," {word} said.\n'
    document = _pipe(extractor, [text])[0] if how == "pipe" else extractor.analyze(text)
    speaker = document.quotes[0].speaker
    return None if speaker is None else speaker.text


@pytest.mark.parametrize("how", ["pipe", "analyze"])
def test_a_run_leaves_no_new_strings_once_the_tokenizer_cache_is_full(
    extractor: Extractor, how: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(extractor._chunks, "room", len(extractor._chunks.shown))
    word = f"Vendrakolm{how}"
    assert _speaker_of_one(extractor, word, how) == word
    assert word not in extractor.nlp.vocab.strings


@pytest.mark.parametrize("how", ["pipe", "analyze"])
def test_a_run_shows_its_words_to_the_tokenizer_after_the_zone(
    extractor: Extractor, how: str
) -> None:
    word = f"Talvenbrook{how}"
    assert _speaker_of_one(extractor, word, how) == word
    assert word in extractor._chunks.shown
    assert word in extractor.nlp.vocab.strings  # kept, as its chunk is cached


def test_a_run_inside_the_callers_memory_zone_stays_in_it(extractor: Extractor) -> None:
    word = "Oskelvarn"
    with extractor.nlp.memory_zone():
        [document] = _pipe(extractor, [f'"We wait," {word} said.\n'])
        assert word in extractor.nlp.vocab.strings  # the caller's zone has not ended
    assert document.quotes[0].speaker is not None
    assert document.quotes[0].speaker.text == word
    assert word not in extractor.nlp.vocab.strings
