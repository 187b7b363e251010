"""Articles in batches, and a batch analysed with memory that does not grow with the corpus.

A corpus run reads its articles a batch at a time, in one process or in workers, and
analyses each batch the same way (:func:`analyse_batch`):

- in runs of at most :data:`PARSE_CHARS` characters: the parser's working memory grows with
  what it holds at once, so a batch that happened to gather several long articles would set
  the peak, and the longer the corpus, the likelier such a batch;
- inside a spaCy memory zone (``Language.memory_zone``): the strings a batch adds to the
  vocabulary (names, numbers, addresses: most words of a news corpus are rare) are freed
  with its docs once its records, plain values, are made. Without it the vocabulary grows
  with every new word of the corpus. The tokenizer, which caches nothing in a zone, is
  shown each batch's words after it (:mod:`.chunk_cache`).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TypeVar

from spacy.language import Language

from ..records import Article
from .chunk_cache import ChunkCache

PARSE_CHARS = 96_000
"""Characters parsed at once (about twenty news articles): a bound on the parse's peak memory."""

_Result = TypeVar("_Result")


def batches(articles: Iterable[Article], size: int) -> Iterator[tuple[int, list[Article]]]:
    """The articles in lists of ``size``, each with the input position of its first.

    An error reading ``articles`` is raised after the batch of the articles read before it,
    so that their results come first.
    """
    batch: list[Article] = []
    start = 0
    failed: Exception | None = None
    iterator = iter(articles)
    while True:
        try:
            article = next(iterator)
        except StopIteration:
            break
        except Exception as error:  # noqa: BLE001  (raised after the articles before it)
            failed = error
            break
        batch.append(article)
        if len(batch) == size:
            yield start, batch
            start, batch = start + size, []
    if batch:
        yield start, batch
    if failed is not None:
        raise failed


def tapered_batches(
    articles: Iterable[Article], size: int, workers: int
) -> Iterator[tuple[int, list[Article]]]:
    """The articles in lists of ``size`` for ``workers`` processes, the last ones smaller.

    A worker given the last full batch while the others have nothing left keeps the run
    waiting for up to a whole batch (about two seconds of news at 16 articles a batch). So
    ``workers * size`` articles are read ahead of the batch given out, and once the input
    has ended, what is left goes out in lists of a ``2 * workers``-th of it (guided
    self-scheduling): the workers finish within an article or two of each other. A corpus
    of fewer articles than that is shared out in the same way from the start.

    An error reading ``articles`` is raised after the lists of the articles read before it.
    """
    ahead: deque[Article] = deque()
    start = 0
    iterator = iter(articles)
    failed: Exception | None = None
    ended = False
    while True:
        while not ended and len(ahead) < size * (workers + 1):
            try:
                ahead.append(next(iterator))
            except StopIteration:
                ended = True
            except Exception as error:  # noqa: BLE001  (raised after the articles before it)
                failed, ended = error, True
        if not ahead:
            break
        count = size if not ended else min(size, -(-len(ahead) // (2 * workers)))
        batch = [ahead.popleft() for _ in range(count)]
        yield start, batch
        start += count
    if failed is not None:
        raise failed


def parse_groups(batch: Sequence[Article], limit: int) -> Iterator[tuple[int, list[Article]]]:
    """``batch`` in runs of at most ``limit`` characters, each with its offset in ``batch``.

    An article longer than ``limit`` is a run of its own (the parse cuts it into pieces).
    """
    group: list[Article] = []
    chars = offset = 0
    for article in batch:
        size = len(article.text) if isinstance(article.text, str) else 0
        if group and chars + size > limit:
            yield offset, group
            offset, group, chars = offset + len(group), [], 0
        group.append(article)
        chars += size
    if group:
        yield offset, group


def analyse_batch(
    nlp: Language,
    start: int,
    batch: Sequence[Article],
    analyse: Callable[[list[Article], int], Iterable[_Result]],
    chunks: ChunkCache | None = None,
) -> list[_Result]:
    """The results of ``batch``, analysed in runs of :data:`PARSE_CHARS` in a memory zone.

    Args:
        nlp: The pipeline whose vocabulary the zone frees.
        start: The input position of the batch's first article.
        batch: The articles.
        analyse: Results of a run of articles, given the input position of its first; they
            must be plain values, since nothing of the docs outlives the zone.
        chunks: The tokenizer's cache of ``nlp``, shown the batch's words once the zone
            has ended (:mod:`.chunk_cache`), or None.

    Returns:
        One result per article, in order: all of them, made before the zone ends, so that
        no code of the caller runs inside it. When the caller is in a zone of its own
        already (zones do not nest), the batch is analysed in it.
    """
    if nlp.vocab.in_memory_zone:  # type: ignore[attr-defined]  # Cython, no stub
        return _analysed(start, batch, analyse)
    with nlp.memory_zone():
        results = _analysed(start, batch, analyse)
    if chunks is not None:
        chunks.learn(article.text for article in batch)
    return results


def _analysed(
    start: int,
    batch: Sequence[Article],
    analyse: Callable[[list[Article], int], Iterable[_Result]],
) -> list[_Result]:
    return [
        result
        for offset, group in parse_groups(batch, PARSE_CHARS)
        for result in analyse(group, start + offset)
    ]
