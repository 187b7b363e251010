"""Precision and recall when only the records above a confidence cut-off are kept.

The trade-off behind ``Extractor(min_confidence=...)`` and ``quoteattr extract
--min-confidence``: each row scores the records whose ``confidence`` is at least the cut-off
against the whole gold, at coverage 0.3 (the benchmark's first level).
"""

from __future__ import annotations

from collections.abc import Sequence

from fit_confidence import labels

from quoteattr.evaluation.scorer import ATTRIBUTE_LEVEL, evaluate
from quoteattr.records import Quote

CUTOFFS: tuple[float, ...] = (0.0, 0.5, 0.7, 0.9)
"""The cut-offs shown; 0 keeps every record."""


def cutoff_table(gold: Sequence[Quote], predicted: Sequence[Quote]) -> str:
    """A fixed-width table: per cut-off, records kept, P/R/F1 (%) at 0.3, speaker accuracy.

    Args:
        gold: The gold statements of the corpus.
        predicted: Every record quoteattr gave on it (unfiltered).

    Returns:
        The table; ``right`` is the share of kept records that are right in the strict
        sense of ``benchmarks/fit_confidence.py`` (matched, with the gold's speaker).
    """
    right = labels(gold, predicted)
    lines = [
        f"confidence cut-offs (P/R/F1 at {ATTRIBUTE_LEVEL}; right: matched, speaker right)",
        f"{'min conf':<10}{'kept':>6}{'P':>7}{'R':>7}{'F1':>7}{'speaker':>9}{'right':>7}",
    ]
    for cutoff in CUTOFFS:
        kept = [i for i, quote in enumerate(predicted) if quote.confidence >= cutoff]
        scores = evaluate(gold, [predicted[i] for i in kept])
        counts = scores.at(ATTRIBUTE_LEVEL).overall
        speaker = scores.speaker.value
        share = sum(right[i] for i in kept) / len(kept) if kept else None
        lines.append(
            f"{cutoff:<10.1f}{len(kept):>6}{_pct(counts.precision):>7}{_pct(counts.recall):>7}"
            f"{_pct(counts.f1):>7}{_pct(speaker):>9}{_pct(share):>7}"
        )
    return "\n".join(lines)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}"
