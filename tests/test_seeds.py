"""The seed corpus: every statement found with its speaker, against the hand-made gold."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import assert_offsets_match
from quoteattr import Document, QuoteKind
from quoteattr.evaluation.scorer import evaluate
from quoteattr.io import read_quotes

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

GOLD = SEEDS.parent / "benchmarks" / "gold" / "seeds.jsonl"
PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "i", "we", "you"}


@pytest.fixture(scope="module")
def seed_docs(analyze) -> dict[str, tuple[str, Document]]:  # type: ignore[no-untyped-def]
    docs = {}
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        docs[path.stem] = (text, analyze(text))
    return docs


def _predictions(seed_docs: dict[str, tuple[str, Document]]) -> list:  # type: ignore[type-arg]
    import attrs

    return [
        attrs.evolve(q, doc_id=stem) for stem, (_, doc) in seed_docs.items() for q in doc.quotes
    ]


def test_seed_offsets_match_the_original_text(seed_docs) -> None:  # type: ignore[no-untyped-def]
    for text, doc in seed_docs.values():
        assert_offsets_match(text, doc.quotes)


def test_no_seed_speaker_name_is_a_bare_pronoun(seed_docs) -> None:  # type: ignore[no-untyped-def]
    for _, doc in seed_docs.values():
        for quote in doc.quotes:
            if quote.speaker is not None and quote.speaker.name is not None:
                assert quote.speaker.name.lower() not in PRONOUNS


@pytest.mark.parametrize("not_a_quote", ["The Reference", "joint military planning"])
def test_titles_and_scare_quotes_are_not_records(seed_docs, not_a_quote: str) -> None:  # type: ignore[no-untyped-def]
    for _, doc in seed_docs.values():
        for quote in doc.quotes:
            assert quote.content.text.strip(' ."\u201c\u201d') != not_a_quote


def test_every_seed_statement_is_found_with_its_speaker(seed_docs) -> None:  # type: ignore[no-untyped-def]
    scores = evaluate(read_quotes(GOLD), _predictions(seed_docs))
    level = scores.at("0.8")
    for kind in (QuoteKind.DIRECT, QuoteKind.MIXED, QuoteKind.INDIRECT):
        assert level.row(kind).recall == 1.0, kind
    assert scores.speaker.value == 1.0


def test_seed_roles_are_right_nine_times_in_ten(seed_docs) -> None:  # type: ignore[no-untyped-def]
    scores = evaluate(read_quotes(GOLD), _predictions(seed_docs))
    assert scores.role.value is not None and scores.role.value >= 0.9


def test_gold_file_offsets_are_exact() -> None:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    for quote in read_quotes(GOLD):
        assert quote.doc_id in texts
        text = texts[quote.doc_id]
        assert text[quote.content.start : quote.content.end] == quote.content.text


def test_seed_file_paths_exist() -> None:
    assert sorted(Path(SEEDS).glob("*.txt")), "seeds/ must hold the seed articles"
