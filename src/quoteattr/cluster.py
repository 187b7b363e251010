"""Extraction on a cluster: Dask bags and dataframes of documents, Spark partitions.

The distribution is the cluster's own (Dask's scheduler, Spark's executors); quoteattr gives
the function each partition runs, :func:`extract_partition`, and the Dask calls around it:

- :func:`extract_bag` maps extraction over a ``dask.bag.Bag`` of texts, :class:`Article`
  records or dicts, and gives a bag of :class:`~quoteattr.Quote` records (or of
  :class:`~quoteattr.Document` records);
- :func:`extract_dataframe` maps it over a ``dask.dataframe.DataFrame`` with a text column
  and optional id and metadata columns, and gives a dask dataframe with the columns of
  :func:`quoteattr.to_dataframe`.

Both are lazy, like every Dask collection: nothing runs before ``.compute()``,
``.to_parquet()`` and the like. Use them with the ``dask`` extra (``pip install
"quoteattr[dask]"``: dask, distributed and pandas); ``import quoteattr`` never imports dask.

Notes:
    One pipeline per worker process, not per task: :func:`extract_partition` takes its
    extractor from a cache in this module, which each worker process imports once, so the
    pipeline is loaded by the first partition a process runs and reused by every later one
    (loading takes a second or two and some hundred MB; a task takes milliseconds per
    document). A module cache rather than a ``distributed`` ``WorkerPlugin`` because it
    works the same under every Dask scheduler (the local process pool too) and on Spark,
    whose executors reuse their Python workers in the same way. A lock makes the threads of
    one process share the pipeline one at a time: the analysis holds the GIL, so more
    threads per worker give nothing; run one thread per worker and one worker process per
    core (``LocalCluster(n_workers=N, threads_per_worker=1)``).

    The pipeline is loaded by name; a pipeline or lexicon changed at run time in the client
    does not reach the workers (a custom pipeline is installed as a package on each one).
"""

from __future__ import annotations

import datetime
import math
import threading
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from .api import DEFAULT_MODEL, META_KEYS, Extractor, OnError, Text
from .io.frames import to_dataframe
from .records import Article, Document, Quote

if TYPE_CHECKING:
    import pandas as pd

_EXTRACTORS: dict[str, Extractor] = {}
"""This process's extractors, by model name: loaded once per worker process."""
_LOADS = 0
"""How many pipelines this process has loaded (what the cluster test counts)."""
_LOCK = threading.Lock()


def extract_partition(
    items: Iterable[Text | Mapping[str, Any]],
    *,
    model: str | None = None,
    batch_size: int = 16,
    on_error: OnError = "raise",
) -> Iterator[Quote]:
    """The quotes of a partition's documents, with this process's pipeline.

    The function a cluster runs on each partition: Dask (through :func:`extract_bag` and
    :func:`extract_dataframe`) or Spark's ``mapPartitions``.

    Args:
        items: Texts, :class:`Article` records, or dicts with a ``"text"`` and optionally
            an ``"id"`` (or ``"doc_id"``), ``"url"``, ``"published"``, ``"outlet"`` and
            ``"title"``, which go into each record's provenance; other keys are ignored.
        model: The spaCy pipeline's name (``None`` for the default); it must be installed
            on every worker.
        batch_size: Documents parsed together.
        on_error: As in :meth:`Extractor.pipe <quoteattr.Extractor.pipe>`: ``"raise"``
            fails the partition's task, ``"skip"`` leaves the document out with a warning
            in the worker's log, a callable receives the :class:`DocumentError`.

    Yields:
        Each document's quotes, in input order.

    Raises:
        ModelError: if the pipeline is not installed on the worker.
        DocumentError: for a document that cannot be analysed, with ``on_error="raise"``.
    """
    for document in _documents(items, model=model, batch_size=batch_size, on_error=on_error):
        yield from document.quotes


def extract_bag(
    bag: Any,
    *,
    model: str | None = None,
    batch_size: int = 16,
    on_error: OnError = "raise",
    documents: bool = False,
) -> Any:
    """Map extraction over a Dask bag of documents.

    Args:
        bag: A ``dask.bag.Bag`` of texts, :class:`Article` records or dicts (see
            :func:`extract_partition`).
        model: The spaCy pipeline's name, installed on every worker.
        batch_size: Documents parsed together within a partition.
        on_error: What to do with a document that cannot be analysed (see
            :func:`extract_partition`).
        documents: Give one :class:`Document` per input document instead of one
            :class:`Quote` per statement.

    Returns:
        A lazy ``dask.bag.Bag`` of :class:`Quote` (or :class:`Document`) records, in input
        order.

    Raises:
        TypeError: if ``bag`` is not a Dask bag.
    """
    _require_collection(bag, "bag", "dask.bag.Bag")
    task = _bag_documents if documents else _bag_quotes
    return bag.map_partitions(task, model=model, batch_size=batch_size, on_error=on_error)


def extract_dataframe(
    frame: Any,
    *,
    text_column: str = "text",
    id_column: str | None = "id",
    model: str | None = None,
    batch_size: int = 16,
    on_error: OnError = "raise",
) -> Any:
    """Map extraction over a Dask dataframe with one document per row.

    Columns named ``url``, ``published``, ``outlet`` and ``title`` go into each record's
    provenance (a date or time as ISO 8601); other columns are ignored.

    Args:
        frame: A ``dask.dataframe.DataFrame``.
        text_column: The column of the texts.
        id_column: The column of the document ids (numbers are written as text), or
            ``None``; a missing column gives records without a ``doc_id``.
        model: The spaCy pipeline's name, installed on every worker.
        batch_size: Documents parsed together within a partition.
        on_error: What to do with a document that cannot be analysed (see
            :func:`extract_partition`).

    Returns:
        A lazy ``dask.dataframe.DataFrame`` with the columns and dtypes of
        :func:`quoteattr.to_dataframe`, one row per quote, in input order. Each partition's
        index counts from 0 (reset it with ``reset_index(drop=True)`` after computing).

    Raises:
        TypeError: if ``frame`` is not a Dask dataframe.
        KeyError: if ``text_column`` is not a column of ``frame``.
    """
    _require_collection(frame, "frame", "dask.dataframe.DataFrame")
    if text_column not in frame.columns:
        raise KeyError(f"the dataframe has no column {text_column!r} of texts")
    columns = {"text": text_column}
    if id_column is not None and id_column in frame.columns:
        columns["id"] = id_column
    columns.update({key: key for key in META_KEYS if key in frame.columns})
    return frame.map_partitions(
        _frame_quotes,
        columns=columns,
        model=model,
        batch_size=batch_size,
        on_error=on_error,
        meta=to_dataframe([]),
    )


def _pipeline(model: str | None) -> Extractor:
    """This process's extractor for ``model``, loaded on first use (call under ``_LOCK``)."""
    global _LOADS
    name = model or DEFAULT_MODEL
    extractor = _EXTRACTORS.get(name)
    if extractor is None:
        extractor = _EXTRACTORS[name] = Extractor(name)
        _LOADS += 1
    return extractor


def _documents(
    items: Iterable[Text | Mapping[str, Any]],
    *,
    model: str | None,
    batch_size: int,
    on_error: OnError,
) -> Iterator[Document]:
    # Held for the whole partition: another thread of this process waits for the pipeline
    # rather than sharing it mid-batch (spaCy does not promise a pipeline is thread-safe).
    with _LOCK:
        extractor = _pipeline(model)
        articles = (_article(item) for item in items)
        yield from extractor.pipe(articles, batch_size=batch_size, on_error=on_error)


def _bag_quotes(items: Iterable[Any], **options: Any) -> list[Quote]:
    return list(extract_partition(items, **options))


def _bag_documents(items: Iterable[Any], **options: Any) -> list[Document]:
    return list(_documents(items, **options))


def _frame_quotes(frame: pd.DataFrame, columns: dict[str, str], **options: Any) -> pd.DataFrame:
    rows = frame[list(columns.values())].itertuples(index=False, name=None)
    items = (dict(zip(columns, row, strict=True)) for row in rows)
    return to_dataframe(extract_partition(items, **options))


def _article(item: Text | Mapping[str, Any]) -> Text:
    """A dict as an :class:`Article`; anything else as it is, for the extractor to read."""
    if not isinstance(item, Mapping):
        return item
    doc_id = item.get("id", item.get("doc_id"))
    fields = {key: _value(item.get(key)) for key in META_KEYS}
    # A text that is not a string (a missing cell) is carried on for the run to report.
    text: Any = item.get("text")
    return Article(text, _value(doc_id), **fields)


def _value(value: object) -> str | None:
    """A metadata value as text: dates as ISO 8601, numbers written out, missing as None."""
    if _missing(value):
        return None
    if isinstance(value, datetime.date):  # a datetime and a pandas Timestamp too
        return value.isoformat()
    return value if isinstance(value, str) else str(value)


def _missing(value: object) -> bool:
    # pandas gives None, NaN, pd.NA or NaT for an empty cell; none of them is metadata.
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return True
    return type(value).__name__ in ("NAType", "NaTType")


def _require_collection(value: object, name: str, expected: str) -> None:
    if not callable(getattr(value, "map_partitions", None)):
        raise TypeError(f"{name} must be a {expected}, not {type(value).__name__}")
