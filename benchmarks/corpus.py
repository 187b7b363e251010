"""The benchmark's texts: the seed articles and a synthetic corpus recombined from them."""

from __future__ import annotations

import random
import re
from pathlib import Path

SYNTHETIC_SEED = 20230529
"""Fixed seed of the synthetic corpus, so every run times the same texts."""

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_PARAGRAPHS_PER_DOCUMENT = (3, 8)


def read_text(path: Path) -> str:
    """The text of ``path``, decoded as ``quoteattr extract`` decodes it (UTF-8, byte order
    mark dropped), so that gold offsets made on the file fit."""
    return path.read_bytes().decode("utf-8").removeprefix("\ufeff")


def read_texts(folder: Path) -> list[tuple[str, str]]:
    """``(doc_id, text)`` for every ``*.txt`` in ``folder``, by name.

    The id is the file name without ``.txt``; the text is read by :func:`read_text`.
    """
    return [(path.stem, read_text(path)) for path in sorted(folder.glob("*.txt"))]


def paragraphs(texts: list[str]) -> list[str]:
    """The non-blank paragraphs (blocks between blank lines) of ``texts``, in order."""
    return [p.strip() for text in texts for p in _PARAGRAPH_BREAK.split(text) if p.strip()]


def synthetic_corpus(texts: list[str], size: int, seed: int = SYNTHETIC_SEED) -> list[str]:
    """``size`` documents, each a few paragraphs drawn from ``texts`` without replacement.

    Deterministic for a given ``texts``, ``size`` and ``seed``. Each document takes 3 to 8
    paragraphs (fewer if the pool is smaller) in random order, joined by blank lines.
    """
    pool = paragraphs(texts)
    if not pool or size <= 0:
        return []
    rng = random.Random(seed)
    low, high = _PARAGRAPHS_PER_DOCUMENT
    documents = []
    for _ in range(size):
        count = min(rng.randint(low, high), len(pool))
        documents.append("\n\n".join(rng.sample(pool, count)))
    return documents
