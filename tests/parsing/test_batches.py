"""Batches of articles, runs of characters, and the memory zone a batch is analysed in."""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import pytest

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


@pytest.mark.parametrize("how", ["pipe", "analyze"])
def test_a_run_leaves_no_new_strings_in_the_vocabulary(extractor: Extractor, how: str) -> None:
    word = "Vendrakolm"
    text = f'"The quay is open," {word} said.\n'
    if how == "pipe":
        [document] = _pipe(extractor, [text])
    else:
        document = extractor.analyze(text)
    assert document.quotes[0].speaker is not None
    assert document.quotes[0].speaker.text == word
    assert word not in extractor.nlp.vocab.strings


def test_a_run_inside_the_callers_memory_zone_stays_in_it(extractor: Extractor) -> None:
    word = "Oskelvarn"
    with extractor.nlp.memory_zone():
        [document] = _pipe(extractor, [f'"We wait," {word} said.\n'])
        assert word in extractor.nlp.vocab.strings  # the caller's zone has not ended
    assert document.quotes[0].speaker is not None
    assert document.quotes[0].speaker.text == word
    assert word not in extractor.nlp.vocab.strings
