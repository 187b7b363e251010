"""Fixtures of the citable formats' tests: the seed articles, analysed once."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from quoteattr import Document, Extractor

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="session")
def seed_documents(extractor: Extractor) -> list[Document]:
    """The seed articles analysed by the session's extractor, with their file stems as ids."""
    paths = sorted(SEEDS.glob("*.txt"))
    texts = []
    for path in paths:
        with open(path, encoding="utf-8-sig", newline="") as file:  # as the command line reads
            texts.append(file.read())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return list(extractor.pipe(texts, doc_ids=[path.stem for path in paths]))
