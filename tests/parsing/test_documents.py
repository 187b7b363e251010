"""The fault boundary of the public API: one document's failure never costs the others.

Unexpected internal errors are made with seams: ``quoteattr.api.analyze_doc`` replaced by one
that raises on a marked text, a pipeline component that raises, a tagger whose batch fails.
"""

from __future__ import annotations

import contextlib
import pickle
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

import quoteattr
from helpers import deadline
from quoteattr import (
    Document,
    DocumentError,
    DocumentSkippedWarning,
    Extractor,
    InputError,
    QuoteattrError,
    UnbalancedQuoteWarning,
    api,
)

CRASH = "KABOOM"
"""A text holding this word makes the seam under test raise."""
PAST_HANDLER = "ZORBLAT"
"""A text holding this word makes :class:`_RaisesPastTheHandler` raise."""

GOOD = [
    '"We will rebuild," the mayor said on Monday.',
    "Officials confirmed that the bridge was closed.",
    '"No comment," a spokesman for Acme Corp said.',
    "According to the ministry, three people were injured.",
]
TEXTS: list[Any] = [
    GOOD[0],
    GOOD[1],
    f"{CRASH}, the mayor said.",
    GOOD[2],
    5,
    "Bad \ud800 text.",
    GOOD[3],
]
IDS = ["a", "b", "c", "d", "e", "f", "g"]
FAILING = [2, 4, 5]


def _version() -> str:
    return quoteattr.__version__


@pytest.fixture(scope="module")
def reference(extractor: Extractor) -> list[Document]:
    """The good texts' documents from a run with no failure."""
    return list(extractor.pipe(GOOD, doc_ids=["a", "b", "d", "g"]))


@pytest.fixture(scope="module")
def plain(extractor: Extractor) -> list[Document]:
    """The good texts' documents from a run with no failure and no ids."""
    return list(extractor.pipe(GOOD))


@pytest.fixture
def crashing_analysis(monkeypatch: pytest.MonkeyPatch) -> None:
    """The analysis raises an IndexError on a text holding :data:`CRASH`."""
    real = api.analyze_doc

    def analyze_doc(doc: Doc, **kwargs: Any) -> Document:
        if CRASH in doc.text:
            raise IndexError("tuple index out of range")
        return real(doc, **kwargs)

    monkeypatch.setattr(api, "analyze_doc", analyze_doc)


@Language.component("quoteattr_test_crash")
def _crash(doc: Doc) -> Doc:
    if CRASH in doc.text:
        raise ZeroDivisionError("division by zero in a component")
    return doc


class _RaisesPastTheHandler:
    """A component whose own ``pipe`` raises without asking spaCy's error handler."""

    def __call__(self, doc: Doc) -> Doc:
        if PAST_HANDLER in doc.text:
            raise OSError("component failed")
        return doc

    def pipe(self, docs: Iterator[Doc], batch_size: int = 1) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory("quoteattr_test_raises_past_handler")
def _make_raises_past_handler(nlp: Language, name: str) -> _RaisesPastTheHandler:
    return _RaisesPastTheHandler()


@contextlib.contextmanager
def _component(extractor: Extractor, name: str) -> Iterator[None]:
    extractor.nlp.add_pipe(name, after="parser")
    try:
        yield
    finally:
        extractor.nlp.remove_pipe(name)


def _collect(
    extractor: Extractor, texts: list[Any], **kwargs: Any
) -> tuple[list[Document], list[DocumentError]]:
    errors: list[DocumentError] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnbalancedQuoteWarning)
        documents = list(extractor.pipe(texts, on_error=errors.append, **kwargs))
    return documents, errors


# -- on_error ------------------------------------------------------------------------------


@pytest.mark.usefixtures("crashing_analysis")
def test_raise_is_the_default_and_comes_after_the_documents_before(
    extractor: Extractor, reference: list[Document]
) -> None:
    documents = extractor.pipe(TEXTS, doc_ids=IDS)
    assert [next(documents), next(documents)] == reference[:2]
    with pytest.raises(DocumentError) as caught:
        next(documents)
    error = caught.value
    assert str(error) == (
        "c: analysis failed (internal error IndexError: tuple index out of range; "
        f"please report this, quoteattr {_version()})"
    )
    assert (error.index, error.doc_id) == (2, "c")
    assert isinstance(error.__cause__, IndexError)
    assert isinstance(error, RuntimeError) and isinstance(error, QuoteattrError)


@pytest.mark.usefixtures("crashing_analysis")
def test_skip_warns_and_yields_every_good_document_in_order(
    extractor: Extractor, reference: list[Document]
) -> None:
    with pytest.warns(DocumentSkippedWarning) as caught:
        documents = list(extractor.pipe(TEXTS, doc_ids=IDS, on_error="skip"))
    assert documents == reference
    skipped = [str(w.message) for w in caught if w.category is DocumentSkippedWarning]
    assert [message.split(":")[0] for message in skipped] == ["c", "e", "f"]
    assert all(w.filename == __file__ for w in caught), "the warning points at the caller"


@pytest.mark.usefixtures("crashing_analysis")
def test_a_callable_gets_each_error_and_the_run_goes_on(
    extractor: Extractor, plain: list[Document]
) -> None:
    documents, errors = _collect(extractor, TEXTS)
    assert documents == plain
    assert [e.index for e in errors] == FAILING
    assert [type(e.__cause__) for e in errors] == [IndexError, InputError, InputError]
    assert str(errors[1]) == "document 4: expected a str of news text, got int"
    assert str(errors[2]).startswith("document 5: text has a lone surrogate U+D800 at char 4,")
    assert all("\n" not in str(e) for e in errors)


def test_bad_input_is_a_document_error_caused_by_an_input_error(extractor: Extractor) -> None:
    with pytest.raises(
        DocumentError, match=r"^x: expected a str of news text, got bytes$"
    ) as caught:
        list(extractor.pipe([b"bytes"], doc_ids=["x"]))  # type: ignore[list-item]
    cause = caught.value.__cause__
    assert isinstance(cause, InputError) and str(cause) == str(caught.value)


@pytest.mark.parametrize("on_error", ["ignore", None, 3])
def test_an_unknown_on_error_is_refused(extractor: Extractor, on_error: Any) -> None:
    with pytest.raises(ValueError, match="on_error must be 'raise', 'skip' or a callable"):
        extractor.pipe(GOOD, on_error=on_error)


def test_a_bad_batch_size_or_process_count_is_refused(extractor: Extractor) -> None:
    with pytest.raises(ValueError, match="batch_size >= 1"):
        extractor.pipe(GOOD, batch_size=0)
    with pytest.raises(ValueError, match="n_process >= 1 or -1"):
        extractor.pipe(GOOD, n_process=0)


# -- analyze and extract -------------------------------------------------------------------


@pytest.mark.parametrize("text", ["\ud800", 'He said "\udfff yes."'])
def test_analyze_refuses_a_lone_surrogate_before_spacy_sees_it(
    extractor: Extractor, text: str
) -> None:
    with pytest.raises(InputError, match=r"^s1: text has a lone surrogate U\+D[0-9A-F]{3} at char"):
        extractor.analyze(text, doc_id="s1")


@pytest.mark.usefixtures("crashing_analysis")
def test_analyze_wraps_an_internal_error_in_a_document_error(extractor: Extractor) -> None:
    with pytest.raises(DocumentError, match=r"^story: analysis failed \(internal error") as caught:
        extractor.extract(f"{CRASH}, she said.", doc_id="story")
    assert (caught.value.index, caught.value.doc_id) == (0, "story")
    assert extractor.extract(GOOD[0]), "the extractor still works"


def test_a_warning_turned_into_an_error_is_named_not_called_internal(extractor: Extractor) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", UnbalancedQuoteWarning)
        with pytest.raises(DocumentError) as caught:
            extractor.analyze('He said "we will win.', doc_id="w")
    assert str(caught.value).startswith("w: analysis failed: UnbalancedQuoteWarning: w: char 8:")
    assert "internal error" not in str(caught.value)


def test_document_error_pickles_with_its_index_and_id() -> None:
    error = DocumentError.failed("analysis", KeyError("x"), index=3, doc_id="d")
    restored = pickle.loads(pickle.dumps(error))
    assert (type(restored), str(restored), restored.index, restored.doc_id) == (
        DocumentError,
        str(error),
        3,
        "d",
    )


# -- failures in the parse -----------------------------------------------------------------


def test_a_component_error_fails_only_its_document(
    extractor: Extractor, reference: list[Document]
) -> None:
    with _component(extractor, "quoteattr_test_crash"):
        documents, errors = _collect(extractor, TEXTS, doc_ids=IDS, batch_size=2)
    assert documents == reference
    assert [e.index for e in errors] == FAILING
    assert str(errors[0]).startswith("c: parsing failed (internal error ZeroDivisionError: ")
    assert isinstance(errors[0].__cause__, ZeroDivisionError)


def test_a_failed_batch_is_parsed_again_so_its_other_texts_survive(
    extractor: Extractor, reference: list[Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    tagger = extractor.nlp.get_pipe("tagger")
    predict: Callable[[list[Doc]], Any] = tagger.predict

    def failing_predict(docs: list[Doc]) -> Any:
        if any(CRASH in doc.text for doc in docs):
            raise ValueError("the whole batch fails")
        return predict(docs)

    monkeypatch.setattr(tagger, "predict", failing_predict)
    documents, errors = _collect(extractor, TEXTS, doc_ids=IDS, batch_size=4)
    assert documents == reference
    assert [e.index for e in errors] == FAILING
    assert isinstance(errors[0].__cause__, ValueError)


def test_a_component_that_raises_past_the_error_handler_fails_only_its_document(
    extractor: Extractor, reference: list[Document]
) -> None:
    # Such an error ends spaCy's stream (as the parser's and NER's do: spaCy 3.8 cannot give
    # them an error handler); the run parses the pieces in flight again and goes on.
    texts = [t.replace(CRASH, PAST_HANDLER) if isinstance(t, str) else t for t in TEXTS]
    with _component(extractor, "quoteattr_test_raises_past_handler"):
        documents, errors = _collect(extractor, texts, doc_ids=IDS, batch_size=3)
    assert documents == reference
    assert [e.index for e in errors] == FAILING
    assert isinstance(errors[0].__cause__, OSError)


# -- the stream itself ---------------------------------------------------------------------


def test_ids_and_texts_of_different_lengths_raise_after_the_paired_documents(
    extractor: Extractor,
) -> None:
    documents = extractor.pipe(GOOD, doc_ids=["a", "b"])
    assert [next(documents).doc_id, next(documents).doc_id] == ["a", "b"]
    with pytest.raises(InputError, match="different number of texts and doc_ids"):
        next(documents)


def test_an_error_of_the_callers_iterable_comes_after_the_documents_before_it(
    extractor: Extractor,
) -> None:
    def texts() -> Iterator[str]:
        yield GOOD[0]
        yield GOOD[1]
        raise OSError("disk gone")

    documents = extractor.pipe(texts(), on_error="skip")
    assert [next(documents).text, next(documents).text] == GOOD[:2]
    with pytest.raises(OSError, match="disk gone"):
        next(documents)


# -- two processes -------------------------------------------------------------------------


def test_two_processes_lose_no_batch_and_report_every_failure(
    extractor: Extractor, plain: list[Document]
) -> None:
    # In a worker, the first component's error goes to the error handler; the second's
    # escapes it, and spaCy reports it to the parent without saying for which text.
    texts = [*TEXTS, f"{PAST_HANDLER}, he said.", *GOOD]
    crash, past = "quoteattr_test_crash", "quoteattr_test_raises_past_handler"
    with _component(extractor, crash), _component(extractor, past), deadline(60):
        documents, errors = _collect(extractor, texts, batch_size=2, n_process=2)
    assert documents == plain + plain
    assert [e.index for e in errors] == [*FAILING, 7]
    assert str(errors[0]).startswith("document 2: parsing failed (internal error ZeroDivision")
    assert str(errors[3]).startswith("document 7: parsing failed (internal error OSError: ")


@pytest.mark.usefixtures("crashing_analysis")
def test_two_processes_stop_at_a_raised_error_without_hanging(extractor: Extractor) -> None:
    texts = [*GOOD, f"{CRASH}, she said.", *(GOOD * 10)]
    with deadline(60):
        documents = extractor.pipe(texts, batch_size=2, n_process=2)
        assert [next(documents).text for _ in GOOD] == GOOD
        with pytest.raises(DocumentError, match=r"^document 4: analysis failed"):
            next(documents)
        again = extractor.pipe(GOOD, batch_size=2, n_process=2)
        assert next(again).text == GOOD[0]
        del again  # closed early: the workers must still shut down
    assert extractor.extract(GOOD[0])
