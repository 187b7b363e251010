"""Parallel analysis: worker processes parse and analyse, and the results equal one process's."""

from __future__ import annotations

import os
import signal
import warnings
from collections.abc import Iterator
from typing import Any

import pytest
import textacy
from spacy.language import Language
from spacy.tokens import Doc

from helpers import deadline
from quoteattr import Article, Document, DocumentError, Extractor, UnbalancedQuoteWarning
from quoteattr.parsing import batches, workers

DIE = "QUUXDIE"
"""A text holding this word kills the worker process parsing it (as an OOM kill would)."""

TEXTS: list[Any] = [
    '"We will rebuild," the harbour master said on Tuesday.\n',
    "Officials at the port confirmed that two cranes had failed.\n",
    7,
    '"Nobody was hurt," a spokeswoman for the operator said.\n',
    "According to the union, the night shift was sent home.\n",
    "The council said it would meet again in March.\n",
    '"It is a setback," said Ravi Menon, who chairs the board.\n',
]


@Language.component("quoteattr_test_kill_worker")
def _kill_worker(doc: Doc) -> Doc:
    if DIE in doc.text and os.getpid() != _PARENT:
        os.kill(os.getpid(), signal.SIGKILL)
    return doc


_PARENT = os.getpid()


def _run(extractor: Extractor, texts: list[Any], **kwargs: Any) -> list[Any]:
    """Documents and errors, in the order ``pipe`` gave them (errors as their messages)."""
    out: list[Any] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnbalancedQuoteWarning)
        for document in extractor.pipe(texts, on_error=lambda e: out.append(str(e)), **kwargs):
            out.append(document)
    return out


@pytest.mark.parametrize(("processes", "batch_size"), [(2, 1), (2, 2), (3, 4)])
def test_parallel_results_equal_one_process_results(
    extractor: Extractor, processes: int, batch_size: int
) -> None:
    single = _run(extractor, TEXTS)
    with deadline(120):
        parallel = _run(extractor, TEXTS, n_process=processes, batch_size=batch_size)
    assert parallel == single
    # The failure is named by its position in the whole input, not in its batch.
    assert next(r for r in parallel if isinstance(r, str)).startswith("document 2: ")


def test_a_batch_parsed_in_runs_of_characters_gives_the_same_results(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    single = _run(extractor, TEXTS)
    # Forked workers inherit the limit: every article is parsed in a run of its own.
    monkeypatch.setattr(batches, "PARSE_CHARS", 1)
    with deadline(120):
        parallel = _run(extractor, TEXTS, n_process=2, batch_size=4)
    assert parallel == single
    assert next(r for r in parallel if isinstance(r, str)).startswith("document 2: ")


@pytest.mark.parametrize("full", [True, False])
def test_a_worker_batch_keeps_only_the_strings_its_tokenizer_cache_holds(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch, full: bool
) -> None:
    monkeypatch.setattr(workers, "_WORKER", extractor)
    if full:
        monkeypatch.setattr(extractor._chunks, "room", len(extractor._chunks.shown))
    word = f"Qworvandel{'full' if full else 'room'}"
    [(document, _)] = workers._analyse_batch(0, [Article(f'"We agree," {word} said.')])
    assert isinstance(document, Document)
    assert document.quotes[0].speaker.text == word
    assert (word in extractor.nlp.vocab.strings) is not full


def test_a_worker_that_dies_costs_its_batch_only_and_does_not_hang(extractor: Extractor) -> None:
    texts = [*TEXTS[:2], f"{DIE} the crane operator said.\n", *TEXTS[3:]]
    extractor.nlp.add_pipe("quoteattr_test_kill_worker", first=True)
    try:
        with deadline(120):
            results = _run(extractor, texts, n_process=2, batch_size=1)
    finally:
        extractor.nlp.remove_pipe("quoteattr_test_kill_worker")
    expected = _run(extractor, [t for t in texts if not (isinstance(t, str) and DIE in t)])
    errors = [r for r in results if isinstance(r, str)]
    assert len(errors) == 1
    assert errors[0].startswith("document 2: the worker process analysing it died")
    assert [r for r in results if isinstance(r, Document)] == [
        r for r in expected if isinstance(r, Document)
    ]


def test_a_batch_sent_after_a_worker_died_is_sent_again_to_a_new_pool(
    extractor: Extractor,
) -> None:
    # A worker may die between two sends (the race the test above can hit on a loaded
    # machine): the pool refuses new work at once, and the batch must not end the run.
    pool = workers._Pool(extractor, 2)
    try:
        with deadline(120):
            killed = pool.executor.submit(os._exit, 1)
            assert killed.exception(timeout=60) is not None  # the pool is broken now
            article = Article(TEXTS[0])
            sent = pool.submit(0, [article])
            (result, _caught), *rest = workers._collect(pool, 0, [article], sent)
    finally:
        pool.close(wait=False)
    assert not rest
    assert result == next(iter(extractor.pipe([TEXTS[0]])))


def test_a_worker_error_is_raised_at_its_document_and_the_workers_stop(
    extractor: Extractor,
) -> None:
    with deadline(120):
        documents = extractor.pipe(TEXTS * 4, n_process=2, batch_size=2)
        assert next(documents).text == TEXTS[0]
        assert next(documents).text == TEXTS[1]
        with pytest.raises(DocumentError, match=r"^document 2: expected a str"):
            next(documents)


def test_warnings_of_a_worker_reach_the_caller(extractor: Extractor) -> None:
    text = 'The minister said: "We are ready. The rest of the speech goes on.\n'
    with warnings.catch_warnings(record=True) as single:
        warnings.simplefilter("always")
        list(extractor.pipe([text]))
    with warnings.catch_warnings(record=True) as parallel, deadline(120):
        warnings.simplefilter("always")
        list(extractor.pipe([text, text], n_process=2, batch_size=1))
    shown = [str(w.message) for w in single if issubclass(w.category, UnbalancedQuoteWarning)]
    assert shown, "the text must give a warning for this test to mean anything"
    again = [str(w.message) for w in parallel if issubclass(w.category, UnbalancedQuoteWarning)]
    assert again == shown * 2


@pytest.mark.parametrize("n_process", [1, 2])
@pytest.mark.parametrize("batch_size", [1, 16])
def test_an_error_of_the_callers_iterable_comes_after_the_documents_before_it(
    extractor: Extractor, n_process: int, batch_size: int
) -> None:
    def texts() -> Iterator[str]:
        yield TEXTS[0]
        yield TEXTS[1]
        yield TEXTS[3]
        raise OSError("disk gone")

    with deadline(120):
        documents = extractor.pipe(texts(), n_process=n_process, batch_size=batch_size)
        assert [next(documents).text for _ in range(3)] == [TEXTS[0], TEXTS[1], TEXTS[3]]
        with pytest.raises(OSError, match="disk gone"):
            next(documents)


@pytest.mark.parametrize("n_process", [1, 2])
def test_a_textacy_corpus_gives_its_metadata_to_the_records(
    extractor: Extractor, n_process: int
) -> None:
    text = '"The pier stays shut," the port authority said.\n'
    corpus = textacy.Corpus(
        extractor.nlp,
        data=[
            (text, {"id": "pier-1", "url": "https://example.org/pier", "outlet": "Gazette"}),
            (text, {"title": "Pier", "published": "2024-03-01", "words": 9}),
        ],
    )
    with deadline(120):
        first, second = extractor.pipe(corpus, n_process=n_process, batch_size=1)
    assert first == extractor.analyze(
        Article(text, "pier-1", url="https://example.org/pier", outlet="Gazette")
    )
    assert second.provenance is not None
    assert (second.doc_id, second.provenance.title, second.provenance.published) == (
        None,
        "Pier",
        "2024-03-01",
    )


def test_fork_is_the_start_method_on_linux() -> None:
    if not hasattr(os, "fork") or os.uname().sysname != "Linux":
        pytest.skip("fork is used on Linux only")
    assert workers.start_method() == "fork"


def test_a_text_that_cannot_be_sent_to_a_worker_costs_only_itself(extractor: Extractor) -> None:
    import threading

    texts = [TEXTS[0], threading.Lock(), TEXTS[1]]  # a lock does not pickle
    with deadline(120):
        parallel = _run(extractor, texts, n_process=2, batch_size=3)
    assert parallel == _run(extractor, texts)
    assert parallel[1] == "document 1: expected a str of news text, got lock"


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_workers_keep_the_callers_min_confidence(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch, method: str
) -> None:
    monkeypatch.setattr(workers, "start_method", lambda: method)
    strict = Extractor(extractor.model, min_confidence=0.9)
    texts = [t for t in TEXTS if isinstance(t, str)]
    single = _run(strict, texts)
    assert sum(len(d.quotes) for d in single) < sum(len(d.quotes) for d in _run(extractor, texts))
    with deadline(240):
        assert _run(strict, texts, n_process=2, batch_size=2) == single
