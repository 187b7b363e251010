"""Parallel analysis: worker processes that parse *and* analyse batches of articles.

Each worker holds one extractor for its whole life, takes a batch of
:class:`~quoteattr.records.Article` values, runs them through the same fault boundary as a
single process (:class:`~quoteattr.parsing.documents.DocumentRun`, one process inside the
worker) and sends back plain values: a :class:`~quoteattr.records.Document` or a
:class:`~quoteattr.errors.DocumentError` per article, never a spaCy ``Doc``. The parent
keeps a bounded number of batches in flight, so memory does not grow with the corpus,
gives out the last articles of the input in smaller batches, so that the workers finish
together (:func:`~quoteattr.parsing.batches.tapered_batches`), and yields the results in
input order.

Notes:
    Start method: ``fork`` where the system has it (Linux, the BSDs). A forked worker *is*
    the caller's extractor, with any component added to its pipeline, its lexicon and its
    warning filters, so parallel results equal single-process results exactly, nothing is
    loaded again and nothing large is pickled; it is also what spaCy's own ``n_process``
    does. The known hazard of ``fork`` is a lock held by another thread of the parent at the
    moment of the fork; a worker only parses and analyses, and takes none of the locks the
    parent's other threads (a progress bar's monitor, the executor's manager) hold. Where
    there is no ``fork`` (Windows; macOS, where it is unsafe), workers are spawned and each
    loads the pipeline by name once (:func:`_load_worker`); a pipeline changed at run time
    then cannot be reproduced, which the docs say.

    :class:`concurrent.futures.ProcessPoolExecutor` rather than spaCy's or
    :mod:`multiprocessing`'s pool: it notices a worker that died (killed, out of memory)
    and fails its futures with ``BrokenProcessPool`` instead of waiting for ever.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import sys
import warnings
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any, TypeAlias

from ..errors import DocumentError
from ..records import Article, Document
from .batches import analyse_batch, tapered_batches
from .documents import input_problem

if TYPE_CHECKING:
    from ..api import Extractor

Result: TypeAlias = Document | DocumentError
_Caught: TypeAlias = list[tuple[str, type[Warning], str, int]]
"""Warnings a worker caught while analysing one document, to be shown by the parent."""
_Batch: TypeAlias = list[tuple[Result, _Caught]]
_Sent: TypeAlias = tuple["Future[_Batch]", int]
"""A batch's future, and the generation of the pool it was sent to."""

BATCHES_PER_PROCESS = 2
"""Batches in flight per worker: one being analysed, one waiting, so none sits idle."""

_WORKER: Extractor | None = None
"""The extractor of this worker process (set by :func:`_start_worker`)."""


def start_method() -> str:
    """``fork`` where the system has it and it is safe, else ``spawn`` (see the module Notes)."""
    methods = multiprocessing.get_all_start_methods()
    return "fork" if "fork" in methods and sys.platform != "darwin" else "spawn"


def parallel_results(
    extractor: Extractor,
    articles: Iterable[Article],
    *,
    processes: int,
    batch_size: int,
) -> Generator[Result, None, None]:
    """One result per article, in input order, from ``processes`` worker processes.

    Args:
        extractor: The caller's extractor; forked workers are copies of it.
        articles: The articles, read lazily: at most ``processes *``
            :data:`BATCHES_PER_PROCESS` batches are read ahead of the results.
        processes: Worker processes (at least 2).
        batch_size: Articles sent to a worker at a time (also the parse batch there);
            fewer in the last batches of the input.

    Yields:
        A :class:`Document` (stamped with its provenance) or a :class:`DocumentError` per
        article. A worker that died takes its batch with it: each of its articles becomes a
        :class:`DocumentError` saying so, and the run goes on with a new worker.

    Raises:
        Exception: whatever reading ``articles`` raised, after the results before it.
    """
    source = tapered_batches(articles, batch_size, processes)
    pool = _Pool(extractor, processes)
    window: deque[tuple[int, list[Article], _Sent]] = deque()
    broken: Exception | None = None
    clean = False
    try:
        while True:
            while broken is None and len(window) < processes * BATCHES_PER_PROCESS:
                try:
                    start, batch = next(source)
                except StopIteration:
                    break
                except Exception as error:  # noqa: BLE001  (raised after what came before)
                    broken = error
                    break
                window.append((start, batch, pool.submit(start, batch)))
            if not window:
                break
            start, batch, sent = window.popleft()
            for result, caught in _collect(pool, start, batch, sent):
                _show(caught)
                yield result
        clean = True
        if broken is not None:
            raise broken
    finally:
        pool.close(wait=clean)


def _collect(pool: _Pool, start: int, batch: list[Article], sent: _Sent) -> _Batch:
    """The results of ``batch``; sent once more when a worker died while it was in flight.

    When a worker dies, every batch in flight fails with it, and which one killed it is not
    known. Each is sent again to a new pool; a batch that a worker dies on a second time
    is taken as the cause, and its articles become errors. A batch that could not be sent
    or sent back at all (an article whose text does not pickle) is sent again an article at
    a time, so that only that article is lost.
    """
    future, generation = sent
    for attempt in range(2):
        if attempt:
            future, generation = pool.submit(start, batch)
        try:
            return future.result()
        except BrokenProcessPool:
            pool.restart(generation)
        except Exception as error:  # noqa: BLE001  (the fault boundary)
            if len(batch) == 1:
                return [(_unsent(start, batch[0], error), [])]
            out: _Batch = []
            for n, article in enumerate(batch):
                out.extend(_collect(pool, start + n, [article], pool.submit(start + n, [article])))
            return out
    return [(_died(start + n, article), []) for n, article in enumerate(batch)]


def _unsent(index: int, article: Article, error: Exception) -> DocumentError:
    """An article that could not be sent to a worker or back.

    A text that is not a string (which may not pickle) is reported as one process does.
    """
    problem = input_problem(article.text)
    if problem is not None:
        return DocumentError.bad_input(problem, index=index, doc_id=article.doc_id)
    return DocumentError.failed("sending to a worker", error, index=index, doc_id=article.doc_id)


def _died(index: int, article: Article) -> DocumentError:
    return DocumentError(
        f"{article.doc_id or f'document {index}'}: the worker process analysing it died "
        "(killed, or out of memory?); try fewer processes or a smaller --batch-size",
        index=index,
        doc_id=article.doc_id,
    )


class _Pool:
    """A process pool that can be replaced when one of its workers dies."""

    def __init__(self, extractor: Extractor, processes: int) -> None:
        self.extractor, self.processes = extractor, processes
        self.executor = self._new()
        self.generation = 0

    def _new(self) -> ProcessPoolExecutor:
        method = start_method()
        parent = os.getpid()
        if method == "fork":
            initializer: Callable[..., None] = _start_worker
            args: tuple[Any, ...] = (parent, self.extractor)  # inherited by the fork
        else:
            initializer = _load_worker
            args = (
                parent,
                self.extractor.model,
                self.extractor.lexicon,
                self.extractor.piece_chars,
                self.extractor.min_confidence,
            )
        return ProcessPoolExecutor(
            max_workers=self.processes,
            mp_context=multiprocessing.get_context(method),
            initializer=initializer,
            initargs=args,
        )

    def submit(self, start: int, batch: list[Article]) -> _Sent:
        """Send a batch; never raises for a dead worker.

        A worker may die between two sends: the pool then refuses new work at once. The
        batch is then failed like those in flight, and :func:`_collect` sends it again to
        the new pool.
        """
        try:
            return self.executor.submit(_analyse_batch, start, batch), self.generation
        except BrokenProcessPool as error:
            failed: Future[_Batch] = Future()
            failed.set_exception(error)
            return failed, self.generation

    def restart(self, generation: int) -> None:
        """A new pool in place of the broken one of ``generation`` (once per generation)."""
        if generation != self.generation:
            return
        self.close(wait=False)
        self.executor = self._new()
        self.generation += 1

    def close(self, *, wait: bool) -> None:
        """Shut the workers down; without ``wait``, stop them where they are."""
        if not wait:
            # A worker in the middle of a long document would otherwise be waited for.
            for process in list(getattr(self.executor, "_processes", {}).values()):
                with contextlib.suppress(Exception):
                    process.terminate()
        with contextlib.suppress(Exception):
            self.executor.shutdown(wait=True, cancel_futures=True)


def _start_worker(parent: int, extractor: Extractor) -> None:
    global _WORKER
    _WORKER = extractor
    # Ctrl-C reaches the whole process group; the parent stops the workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with(parent)


def _load_worker(
    parent: int, model: str, lexicon: Any, piece_chars: int, min_confidence: float
) -> None:
    from ..api import Extractor

    extractor = Extractor(model, lexicon=lexicon, min_confidence=min_confidence)
    extractor.piece_chars = piece_chars
    _start_worker(parent, extractor)


def _die_with(parent: int) -> None:
    """End this worker when the parent dies, even by SIGKILL, which it cannot clean up after.

    A forked worker holds both ends of the pool's pipes, so it would never see the parent
    go: it would wait for work for ever, holding the memory of a pipeline, and the output
    pipes of the run open. Linux has the kernel send a signal then (``PR_SET_PDEATHSIG``);
    the parent may have died before this call, hence the check after it.
    """
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(1)


_PR_SET_PDEATHSIG = 1
"""From ``<sys/prctl.h>``."""


def _analyse_batch(start: int, batch: list[Article]) -> _Batch:
    """In a worker: each article's result, with the warnings its analysis gave."""
    assert _WORKER is not None, "worker not started"
    extractor = _WORKER
    with warnings.catch_warnings(record=True) as caught:

        def analyse(group: list[Article], first: int) -> Iterator[tuple[Result, _Caught]]:
            results = extractor._results(group, len(group), 1, start=first)
            with contextlib.closing(results):
                for result in results:
                    yield result, [_plain(w) for w in caught]
                    caught.clear()

        return analyse_batch(extractor.nlp, start, batch, analyse, extractor._chunks)


def _plain(caught: warnings.WarningMessage) -> tuple[str, type[Warning], str, int]:
    return str(caught.message), caught.category, caught.filename, caught.lineno


def _show(caught: _Caught) -> None:
    """Warn again, in the parent, what a worker caught, so the caller's filters see it."""
    for message, category, filename, lineno in caught:
        warnings.warn_explicit(message, category, filename, lineno)
