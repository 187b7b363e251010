"""The public entry points: :class:`Extractor`, and the module-level ``extract`` / ``analyze``."""

from __future__ import annotations

import copy
import pickle
import warnings
from pathlib import Path

import attrs
import pytest

import quoteattr
from quoteattr import (
    Article,
    Document,
    DocumentError,
    Extractor,
    InputError,
    ModelError,
    Quote,
    QuoteattrError,
    QuoteKind,
    UnbalancedQuoteWarning,
)
from quoteattr.records import text_sha256

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
MAYOR = '"We will rebuild," the mayor said on Monday.'
TEXTS = [
    MAYOR,
    "Officials confirmed that the bridge was closed.",
    '"No comment," a spokesman for Acme Corp said.',
]
IDS = ["mayor", "officials", "spokesman"]


def _summary(document: Document) -> list[tuple[object, ...]]:
    return [
        (q.doc_id, q.kind, q.content.text, q.speaker.text if q.speaker else None)
        for q in document.quotes
    ]


# -- loading -------------------------------------------------------------------------------


def test_unknown_pipeline_raises_model_error_naming_it() -> None:
    with pytest.raises(ModelError) as caught:
        Extractor("no_such_pipeline_xyz")
    message = str(caught.value)
    assert "'no_such_pipeline_xyz'" in message
    assert "\n" not in message
    assert isinstance(caught.value, OSError)
    assert isinstance(caught.value, QuoteattrError)


def test_default_pipeline_gets_the_paragraph_component_before_the_parser(
    extractor: Extractor,
) -> None:
    names = extractor.nlp.pipe_names
    assert extractor.model == quoteattr.DEFAULT_MODEL
    assert names.index("quoteattr_paragraphs") < names.index("parser")


# -- input checks --------------------------------------------------------------------------


@pytest.mark.parametrize("not_text", [123, b'"Yes," she said.', None, ['"Yes," she said.']])
def test_non_string_input_raises_input_error(extractor: Extractor, not_text: object) -> None:
    with pytest.raises(InputError, match=f"got {type(not_text).__name__}") as caught:
        extractor.extract(not_text)  # type: ignore[arg-type]
    assert isinstance(caught.value, ValueError)


def test_input_error_names_the_document(extractor: Extractor) -> None:
    with pytest.raises(InputError, match=r"^story-7: "):
        extractor.analyze(123, doc_id="story-7")  # type: ignore[arg-type]


def test_pipe_checks_every_text(extractor: Extractor) -> None:
    with pytest.raises(DocumentError, match=r"^b: expected a str of news text, got int$") as caught:
        list(extractor.pipe([MAYOR, 5], doc_ids=["a", "b"]))  # type: ignore[list-item]
    assert isinstance(caught.value.__cause__, InputError)
    assert (caught.value.index, caught.value.doc_id) == (1, "b")


@pytest.mark.parametrize("blank", ["", "   ", "\n\n\t \n"])
def test_empty_or_whitespace_text_has_no_quotes(extractor: Extractor, blank: str) -> None:
    assert extractor.extract(blank) == []
    document = extractor.analyze(blank)
    assert (document.quotes, document.speakers) == ((), ())


# -- pipe ----------------------------------------------------------------------------------


def test_pipe_keeps_input_order_and_carries_doc_ids(extractor: Extractor) -> None:
    documents = list(extractor.pipe(TEXTS, doc_ids=IDS))
    assert [d.doc_id for d in documents] == IDS
    assert [d.text for d in documents] == TEXTS
    for document, doc_id in zip(documents, IDS, strict=True):
        assert document.quotes, f"no quote found in {document.text!r}"
        assert all(quote.doc_id == doc_id for quote in document.quotes)


def test_pipe_in_reverse_order_gives_the_same_documents_reversed(extractor: Extractor) -> None:
    forward = list(extractor.pipe(TEXTS, doc_ids=IDS))
    backward = list(extractor.pipe(TEXTS[::-1], doc_ids=IDS[::-1]))
    assert backward == forward[::-1]


def test_pipe_matches_analyze_one_text_at_a_time(extractor: Extractor) -> None:
    piped = list(extractor.pipe(TEXTS, doc_ids=IDS, batch_size=2))
    assert piped == [extractor.analyze(t, doc_id=i) for t, i in zip(TEXTS, IDS, strict=True)]


def test_pipe_without_doc_ids_leaves_them_none(extractor: Extractor) -> None:
    documents = list(extractor.pipe(TEXTS))
    assert [d.doc_id for d in documents] == [None, None, None]
    assert all(q.doc_id is None for d in documents for q in d.quotes)


def test_pipe_with_two_processes_gives_the_same_records(extractor: Extractor) -> None:
    one = list(extractor.pipe(TEXTS, doc_ids=IDS, n_process=1))
    two = list(extractor.pipe(TEXTS, doc_ids=IDS, n_process=2, batch_size=1))
    assert two == one
    assert [_summary(d) for d in two] == [_summary(d) for d in one]


# -- module-level functions ----------------------------------------------------------------


def test_module_level_extract_reuses_one_pipeline_per_model_name() -> None:
    cache = quoteattr.api._extractor
    quoteattr.extract(MAYOR)  # loads the default pipeline, unless an earlier test did
    before = cache.cache_info()
    quotes = quoteattr.extract(MAYOR)
    document = quoteattr.analyze(MAYOR)
    after = cache.cache_info()
    assert after.misses == before.misses
    assert after.hits == before.hits + 2
    assert cache(None) is cache(None)
    assert [q.content.text for q in quotes] == ["We will rebuild"]
    assert document.quotes == tuple(quotes)


def test_module_level_extract_matches_the_extractor(extractor: Extractor) -> None:
    assert quoteattr.extract(MAYOR, doc_id="m") == extractor.extract(MAYOR, doc_id="m")


# -- what analyze returns ------------------------------------------------------------------

SPEAKERS = (
    'Ana Lopez, the city\'s mayor, spoke on Monday. "We will rebuild," Lopez said.\n\n'
    'Officials confirmed that the bridge was closed. "It is unsafe," she added.\n\n'
    "According to Reuters, the governor said that aid would arrive soon."
)


def test_speaker_entities_referenced_by_quotes_exist_in_the_table(analyze) -> None:  # type: ignore[no-untyped-def]
    document = analyze(SPEAKERS)
    table = {entity.id: entity for entity in document.speakers}
    assert len(table) == len(document.speakers), "entity ids are unique"
    referenced = [q.speaker.entity for q in document.quotes if q.speaker and q.speaker.entity]
    assert referenced, "at least one quote names its speaker's entity"
    for quote in document.quotes:
        for speaker in (quote.speaker, quote.via):
            if speaker is not None and speaker.entity is not None:
                assert speaker.entity in table
        if quote.speaker is not None and quote.speaker.entity is not None:
            assert quote.id in table[quote.speaker.entity].quotes
    quote_ids = {q.id for q in document.quotes}
    for entity in document.speakers:
        assert set(entity.quotes) <= quote_ids
        for mention in entity.mentions:
            assert SPEAKERS[mention.start : mention.end] == mention.text


def test_quote_ids_are_unique_and_parents_exist(analyze) -> None:  # type: ignore[no-untyped-def]
    document = analyze(SPEAKERS)
    ids = [q.id for q in document.quotes]
    assert len(set(ids)) == len(ids)
    assert all(q.parent is None or q.parent in ids for q in document.quotes)


def test_unbalanced_quote_mark_warns_and_keeps_the_well_formed_quote(
    extractor: Extractor,
) -> None:
    text = '"We will win," Ana Lopez said.\n\nThe senator replied, "No way.'
    with pytest.warns(UnbalancedQuoteWarning, match="char 53: .*quote skipped"):
        quotes = extractor.extract(text)
    direct = [q for q in quotes if q.kind is QuoteKind.DIRECT]
    assert [q.content.text for q in direct] == ["We will win"]
    assert direct[0].speaker is not None and direct[0].speaker.name == "Ana Lopez"


def test_unbalanced_quote_warning_names_the_document(extractor: Extractor) -> None:
    with pytest.warns(UnbalancedQuoteWarning, match="^story-9: char 8: "):
        extractor.analyze('He said "hello and left.', doc_id="story-9")


def test_balanced_text_emits_no_warning(extractor: Extractor) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert extractor.extract(MAYOR)


# -- records -------------------------------------------------------------------------------


def test_records_pickle_and_hash(extractor: Extractor) -> None:
    document = extractor.analyze(SPEAKERS, doc_id="s")
    assert document.quotes and document.speakers
    restored = pickle.loads(pickle.dumps(document))
    assert restored == document
    assert hash(restored) == hash(document)
    assert len(set(document.quotes)) == len(document.quotes)
    assert {hash(q) for q in restored.quotes} == {hash(q) for q in document.quotes}


def test_records_are_frozen(extractor: Extractor) -> None:
    (quote,) = extractor.extract(MAYOR)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        quote.doc_id = "x"  # type: ignore[misc]


def test_quote_id_is_make_id_of_its_content_and_text_hash(extractor: Extractor) -> None:
    (quote,) = extractor.extract(MAYOR)
    assert quote.id == Quote.make_id(quote.content, text_sha256(MAYOR))
    (shifted,) = extractor.extract("Later. " + MAYOR)
    assert shifted.content.text == quote.content.text
    assert shifted.content.start == quote.content.start + len("Later. ")
    assert shifted.id != quote.id
    (again,) = extractor.extract(MAYOR)
    assert again.id == quote.id


def test_an_article_gives_every_record_its_provenance(extractor: Extractor) -> None:
    article = Article(MAYOR, "a1", url="https://example.org/a", published="2023-05-29")
    document = extractor.analyze(article)
    (quote,) = document.quotes
    assert quote.provenance == document.provenance
    assert document.provenance is not None
    assert document.provenance.sha256 == text_sha256(MAYOR)
    assert document.provenance.source == document.provenance.url == "https://example.org/a"
    assert document.provenance.pipeline and document.provenance.quoteattr_version
    assert quote.doc_id == "a1" and quote.context is not None
    assert MAYOR[quote.context.start : quote.context.end] == quote.context.text


def test_the_same_words_in_two_documents_get_two_ids(extractor: Extractor) -> None:
    one, two = extractor.pipe([MAYOR, Article(MAYOR + " Later.", "b")])
    assert one.quotes[0].content == two.quotes[0].content
    assert one.quotes[0].id != two.quotes[0].id


# -- min_confidence ----------------------------------------------------------------------------

CONFIDENCE_TEXT = (
    '"The tide turned long before anyone noticed."\n\n'
    '"We will rebuild the pier by spring," Hana Novak, the harbour master, said. '
    "Officials said the pier would reopen."
)


def test_min_confidence_filters_extract_analyze_and_pipe(extractor: Extractor) -> None:
    every = extractor.analyze(CONFIDENCE_TEXT, doc_id="d").quotes
    cutoff = sorted(q.confidence for q in every)[-1]  # the best only
    strict = copy.copy(extractor)  # the same pipeline, its own threshold
    strict.min_confidence = cutoff
    expected = [q for q in every if q.confidence >= cutoff]
    assert 0 < len(expected) < len(every)
    assert strict.extract(CONFIDENCE_TEXT, doc_id="d") == expected
    assert list(strict.analyze(CONFIDENCE_TEXT, doc_id="d").quotes) == expected
    (piped,) = strict.pipe([CONFIDENCE_TEXT], doc_ids=["d"])
    assert list(piped.quotes) == expected


def test_min_confidence_leaves_no_dangling_speaker_reference(extractor: Extractor) -> None:
    strict = copy.copy(extractor)
    strict.min_confidence = 0.9
    for path in sorted(SEEDS.glob("*.txt")):
        document = strict.analyze(path.read_text(encoding="utf-8"))
        table = {entity.id: entity for entity in document.speakers}
        for quote in document.quotes:
            assert quote.confidence >= 0.9
            for person in (quote.speaker, quote.via):
                if person is not None and person.entity is not None:
                    assert person.entity in table
        kept = {quote.id for quote in document.quotes}
        assert all(set(entity.quotes) <= kept for entity in document.speakers)


def test_min_confidence_zero_keeps_every_record(extractor: Extractor) -> None:
    assert extractor.min_confidence == 0.0
    document = extractor.analyze(CONFIDENCE_TEXT)
    assert any(q.confidence < 0.5 for q in document.quotes), "a weak record is kept"


@pytest.mark.parametrize("value", [1.5, -0.2, "high", True])
def test_bad_min_confidence_is_refused_before_the_pipeline_loads(value: object) -> None:
    with pytest.raises(ValueError, match="min_confidence must be a number from 0 to 1"):
        Extractor("no_such_pipeline_is_installed", min_confidence=value)  # type: ignore[arg-type]
