"""Extraction on a Dask cluster: the records of one process, one pipeline per worker."""

from __future__ import annotations

import datetime
import math
import subprocess
import sys
import warnings
from collections import Counter
from collections.abc import Iterator

import pytest

from quoteattr import DEFAULT_MODEL, Article, Document, Extractor, Quote, cluster, to_dataframe

# In CI the dask extra is installed (the test extra includes it); elsewhere these tests say why
# they did not run.
_WHY = "the cluster tests need the dask extra: pip install 'quoteattr[dask]'"
pytest.importorskip("distributed", reason=_WHY)
pd = pytest.importorskip("pandas", reason=_WHY)
db = pytest.importorskip("dask.bag", reason=_WHY)
dd = pytest.importorskip("dask.dataframe", reason=_WHY)

# Short news items of several kinds: direct, split, mixed and reported speech, a pronoun, an
# organisation speaking, a text with no statement, and one whose quote mark is unbalanced.
NEWS = [
    '"We expect the line to reopen by spring," said Tomas Berg, a spokesman for the rail operator.',
    (
        "The city council voted 7-2 on Tuesday to extend the curfew. Council member Ruth Ade "
        "said the vote was a mistake."
    ),
    '"Nobody was hurt," the fire chief told reporters. "The building was empty."',
    "Harlow Mining said in a statement that output fell 12 percent in the third quarter.",
    (
        "Dr. Ines Park, who leads the study at Eastgate University, said the results were "
        '"striking but preliminary."'
    ),
    "The river rose two metres overnight and several roads were closed.",
    '"I have not decided," the senator said when asked about a run for governor.',
    "Police denied that officers had used tear gas on the crowd.",
    'Coach Dana Whitley praised her players. "They never gave up," she said.',
    "According to the weather service, the storm will reach the coast by Friday.",
    '"Prices will keep rising, said the economist Omar Haddad of Brightline Bank.',
    "Union leader Petra Lind warned that the strike could last into next month.",
]


def items() -> list[object]:
    """The news as the three kinds of bag item: dicts with metadata, articles and texts."""
    out: list[object] = []
    for index, text in enumerate(NEWS):
        if index % 3 == 0:
            out.append({"text": text, "id": f"n{index}", "outlet": "Daily Ledger"})
        elif index % 3 == 1:
            out.append(Article(text, f"n{index}", url=f"https://example.org/{index}"))
        else:
            out.append(text)
    return out


def single_process(extractor: Extractor) -> list[Document]:
    articles = [
        Article(item["text"], item["id"], outlet=item["outlet"]) if isinstance(item, dict) else item
        for item in items()
    ]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return list(extractor.pipe(articles))  # type: ignore[arg-type]


@pytest.fixture
def cached(extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    """This process's pipeline cache holding the session's extractor: no second load."""
    monkeypatch.setitem(cluster._EXTRACTORS, DEFAULT_MODEL, extractor)


@pytest.mark.usefixtures("cached")
def test_extract_partition_gives_the_records_of_pipe(extractor: Extractor) -> None:
    expected = [quote for document in single_process(extractor) for quote in document.quotes]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        got = list(cluster.extract_partition(items()))
    assert got == expected
    assert len(expected) >= 10
    assert {quote.doc_id for quote in got} >= {"n0", "n1", "n3"}
    assert next(q for q in got if q.doc_id == "n0").provenance.outlet == "Daily Ledger"


@pytest.mark.usefixtures("cached")
def test_extract_partition_reports_a_bad_document_as_asked() -> None:
    seen: list[str] = []
    records = list(
        cluster.extract_partition(
            [{"text": None, "id": "empty"}, '"Yes," Ana Lopez said.'],
            on_error=lambda error: seen.append(str(error)),
        )
    )
    assert [quote.speaker.name for quote in records if quote.speaker] == ["Ana Lopez"]
    assert len(seen) == 1 and "empty" in seen[0]


@pytest.mark.parametrize(
    ("item", "doc_id", "published"),
    [
        ({"text": "x", "id": "a1"}, "a1", None),
        ({"text": "x", "doc_id": "a2"}, "a2", None),
        ({"text": "x", "id": 17}, "17", None),
        ({"text": "x", "id": None, "published": "2025-04-01"}, None, "2025-04-01"),
        ({"text": "x", "id": math.nan, "published": datetime.date(2025, 4, 1)}, None, "2025-04-01"),
        (
            {"text": "x", "id": "a3", "published": datetime.datetime(2025, 4, 1, 9, 30)},
            "a3",
            "2025-04-01T09:30:00",
        ),
    ],
)
def test_dict_items_become_articles(item: dict[str, object], doc_id: str, published: str) -> None:
    article = cluster._article(item)
    assert isinstance(article, Article)
    assert (article.text, article.doc_id, article.published) == ("x", doc_id, published)


def test_pandas_missing_values_are_no_metadata() -> None:
    article = cluster._article({"text": "x", "id": pd.NA, "published": pd.NaT, "title": None})
    assert (article.doc_id, article.published, article.title) == (None, None, None)
    stamped = cluster._article({"text": "x", "published": pd.Timestamp("2025-04-01 09:30")})
    assert stamped.published == "2025-04-01T09:30:00"


def test_other_values_than_dask_collections_are_refused() -> None:
    with pytest.raises(TypeError, match=r"^bag must be a dask\.bag\.Bag, not list$"):
        cluster.extract_bag(NEWS)
    with pytest.raises(TypeError, match=r"^frame must be a dask\.dataframe\.DataFrame, not list$"):
        cluster.extract_dataframe(NEWS)


def test_a_dataframe_without_the_text_column_is_refused() -> None:
    frame = dd.from_pandas(pd.DataFrame({"body": NEWS}), npartitions=2)
    with pytest.raises(KeyError, match="no column 'text'"):
        cluster.extract_dataframe(frame)


def test_importing_quoteattr_imports_no_dask_pandas_or_pyarrow() -> None:
    code = (
        "import sys, quoteattr, quoteattr.cluster, quoteattr.io.parquet; "
        "print(sorted(m for m in ('dask', 'distributed', 'pandas', 'pyarrow') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "[]"


# -- on a LocalCluster of two worker processes --------------------------------------------


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    from distributed import Client, LocalCluster

    # Loopback only, no dashboard: the test opens no port beyond this machine.
    with (
        LocalCluster(
            n_workers=2,
            processes=True,
            threads_per_worker=1,
            host="127.0.0.1",
            dashboard_address=None,
        ) as local,
        Client(local) as running,
    ):
        yield running


def _pipelines_loaded() -> int:
    """Run on a worker: the pipelines its process has loaded."""
    import quoteattr.cluster

    return quoteattr.cluster._LOADS


def test_a_bag_on_two_workers_gives_exactly_the_single_process_records(
    client: object, extractor: Extractor
) -> None:
    expected = single_process(extractor)
    from distributed import get_task_stream

    # Six partitions over two workers: some worker runs several extraction tasks.
    bag = db.from_sequence(items(), npartitions=6)
    with get_task_stream(client) as stream:
        quotes = cluster.extract_bag(bag).compute()
        documents = cluster.extract_bag(bag, documents=True).compute()
    assert quotes == [quote for document in expected for quote in document.quotes]
    assert documents == expected
    tasks = Counter(
        task["worker"]
        for task in stream.data
        if isinstance(task["key"], tuple) and task["key"][0].startswith("_bag_")
    )
    assert sum(tasks.values()) == 12 and max(tasks.values()) > 1
    loads = client.run(_pipelines_loaded)  # type: ignore[attr-defined]
    # One pipeline per worker that ran a task, however many tasks it ran; none per task.
    assert loads == {worker: int(worker in tasks) for worker in loads}


def test_a_dataframe_on_two_workers_gives_the_single_process_frame(
    client: object, extractor: Extractor
) -> None:
    texts = pd.DataFrame(
        {
            "id": [f"n{index}" for index in range(len(NEWS))],
            "text": NEWS,
            "published": pd.to_datetime(["2025-03-01"] * len(NEWS)),
            "section": "world",  # not metadata quoteattr reads: ignored
        }
    )
    frame = cluster.extract_dataframe(dd.from_pandas(texts, npartitions=4))
    got = frame.compute().reset_index(drop=True)
    articles = [
        Article(text, f"n{index}", published="2025-03-01T00:00:00")
        for index, text in enumerate(NEWS)
    ]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = to_dataframe(extractor.pipe(articles))
    pd.testing.assert_frame_equal(got, expected)
    assert list(frame.columns) == list(expected.columns)
    assert isinstance(expected.loc[0, "id"], str) and len(got) >= 10
    loads = client.run(_pipelines_loaded)  # type: ignore[attr-defined]
    assert set(loads.values()) <= {0, 1} and sum(loads.values()) >= 1


def test_quotes_are_plain_records_on_the_client(client: object) -> None:
    bag = db.from_sequence(['"Not today," Mara Quint said.'], npartitions=1)
    (quote,) = cluster.extract_bag(bag).compute()
    assert isinstance(quote, Quote) and quote.speaker is not None
    assert quote.speaker.name == "Mara Quint"
