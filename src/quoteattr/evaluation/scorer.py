"""Scoring predicted quotes against gold ones: precision, recall, F1 and attribute accuracy.

The protocol follows the Gender Gap Tracker's quote evaluation (Asr et al. 2021) and extends
it with quote kinds, an exact level, and role and affiliation accuracy; ``docs/evaluation.md``
states it in full.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from fractions import Fraction
from typing import Any

import attrs

from ..io import read_quotes
from ..records import Quote, QuoteKind
from .agreement import cue_agrees, descriptions_agree, speaker_agrees
from .matching import EXACT, match_quotes

LEVELS: tuple[str, ...] = ("0.3", "0.8", EXACT)
"""The matching levels, loosest first: coverage thresholds, then exact."""

ATTRIBUTE_LEVEL = "0.3"
"""The level whose matched pairs the attribute accuracies are computed on."""

ROWS: tuple[str, ...] = ("overall", *(kind.value for kind in QuoteKind))
"""The rows of each level: all quotes, then one per :class:`QuoteKind`."""


def _ratio(part: int, whole: int, empty: float) -> float:
    return part / whole if whole else empty


@attrs.frozen
class Counts:
    """Precision, recall and F1 of one row (all quotes, or one kind) at one level.

    Recall counts gold quotes by their gold kind, precision counts predictions by their
    predicted kind; a matched pair counts on both sides, each under its own kind.
    """

    gold: int
    """Gold quotes in the row."""
    predicted: int
    """Predicted quotes in the row."""
    gold_matched: int
    """Gold quotes in the row that were matched."""
    predicted_matched: int
    """Predicted quotes in the row that were matched."""

    @property
    def precision(self) -> float:
        """``predicted_matched / predicted``; with nothing predicted, 1.0 only when there
        was also nothing to find (a system that finds nothing is not precise, it is silent)."""
        return _ratio(self.predicted_matched, self.predicted, 0.0 if self.gold else 1.0)

    @property
    def recall(self) -> float:
        """``gold_matched / gold``; 1.0 when there was nothing to find."""
        return _ratio(self.gold_matched, self.gold, 1.0)

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall; 0.0 when both are 0."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, int | float]:
        """The counts and the three scores, as plain values."""
        return {
            **attrs.asdict(self),
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@attrs.frozen
class Accuracy:
    """How many matched pairs got one attribute right."""

    correct: int
    total: int
    """The pairs the attribute was judged on."""

    @property
    def value(self) -> float | None:
        """``correct / total``; None when there was nothing to judge."""
        return self.correct / self.total if self.total else None

    def to_dict(self) -> dict[str, int | float | None]:
        """The counts and the value, as plain values."""
        return {"correct": self.correct, "total": self.total, "value": self.value}


@attrs.frozen
class LevelScores:
    """The scores at one matching level: all quotes, then each kind."""

    level: str
    """``"0.3"``, ``"0.8"`` or ``"exact"``."""
    overall: Counts
    direct: Counts
    mixed: Counts
    indirect: Counts

    def row(self, name: str | QuoteKind) -> Counts:
        """The counts of ``"overall"`` or of one kind (given as :class:`QuoteKind` or value)."""
        key = name.value if isinstance(name, QuoteKind) else name
        if key not in ROWS:
            raise KeyError(f"no row {name!r}; rows are {', '.join(ROWS)}")
        counts: Counts = getattr(self, key)
        return counts


@attrs.frozen
class Scores:
    """The evaluation of predicted quotes against gold quotes.

    Build it with :func:`evaluate` or :func:`evaluate_files`.
    """

    levels: tuple[LevelScores, ...]
    """One entry per level of :data:`LEVELS`, in that order."""
    speaker: Accuracy
    """Speaker right, over the pairs matched at :data:`ATTRIBUTE_LEVEL`."""
    cue: Accuracy
    """Cue right, over the pairs matched at :data:`ATTRIBUTE_LEVEL`."""
    role: Accuracy
    """Speaker's role right, over those pairs whose gold quote has a speaker."""
    affiliation: Accuracy
    """Speaker's affiliation right, over those pairs whose gold quote has a speaker."""
    kind: Accuracy
    """Quote kind right, over the pairs matched at :data:`ATTRIBUTE_LEVEL`."""

    def at(self, level: str | float) -> LevelScores:
        """The scores at ``level``: ``0.3``, ``0.8``, ``"exact"`` (or ``"0.3"``, ``"0.8"``).

        Raises:
            KeyError: for any other level.
        """
        key = f"{level:g}" if isinstance(level, float) else level
        for scores in self.levels:
            if scores.level == key:
                return scores
        raise KeyError(f"no level {level!r}; levels are {', '.join(LEVELS)}")

    def accuracies(self) -> dict[str, Accuracy]:
        """The attribute accuracies by name, in table order."""
        return {name: getattr(self, name) for name in _ATTRIBUTES}

    def to_dict(self) -> dict[str, Any]:
        """Every count and score as plain JSON-able values (fractions in ``[0, 1]``).

        Returns:
            ``{"levels": {level: {row: counts}}, "accuracy": {attribute: accuracy},
            "attribute_level": "0.3"}``, where ``counts`` has ``gold``, ``predicted``,
            ``gold_matched``, ``predicted_matched``, ``precision``, ``recall``, ``f1`` and
            ``accuracy`` has ``correct``, ``total``, ``value`` (None when ``total`` is 0).
        """
        return {
            "levels": {
                scores.level: {row: scores.row(row).to_dict() for row in ROWS}
                for scores in self.levels
            },
            "accuracy": {name: acc.to_dict() for name, acc in self.accuracies().items()},
            "attribute_level": ATTRIBUTE_LEVEL,
        }

    def table(self) -> str:
        """Two fixed-width text tables: P/R/F1 (in %) per row and level, then accuracies.

        A row with no gold and no predicted quote shows ``-`` rather than its conventional
        1.0 scores; an accuracy judged on no pair shows ``-``.
        """
        head = f"{'':<9}{'gold':>6}{'pred':>6}"
        groups = "".join(f"  {' ' + s.level + ' ':-^20}" for s in self.levels)
        cols = "".join(f"  {'P':>6}{'R':>7}{'F1':>7}" for _ in self.levels)
        lines = [f"{'% P/R/F1':<21}{groups}", f"{head}{cols}"]
        for row in ROWS:
            first = self.levels[0].row(row)
            cells = "".join(_cells(s.row(row)) for s in self.levels)
            lines.append(f"{row:<9}{first.gold:>6}{first.predicted:>6}{cells}")
        lines += ["", f"{'attribute':<12}{'acc':>7}{'n':>7}   (pairs matched at {ATTRIBUTE_LEVEL})"]
        for name, acc in self.accuracies().items():
            value = "-" if acc.value is None else _pct(acc.value)
            lines.append(f"{name:<12}{value:>7}{acc.total:>7}")
        return "\n".join(lines)


_ATTRIBUTES = ("speaker", "cue", "role", "affiliation", "kind")


def _pct(value: float) -> str:
    return f"{100 * value:.1f}"


def _cells(counts: Counts) -> str:
    # A row with nothing to find and nothing found scores 1.0 by convention; the table
    # shows a dash so an absent kind does not read as a perfect one.
    if counts.gold == counts.predicted == 0:
        return f"  {'-':>6}{'-':>7}{'-':>7}"
    return f"  {_pct(counts.precision):>6}{_pct(counts.recall):>7}{_pct(counts.f1):>7}"


def _level_scores(
    level: str, gold: Sequence[Quote], pred: Sequence[Quote], pairs: Sequence[tuple[int, int]]
) -> LevelScores:
    gold_hit = {gi for gi, _ in pairs}
    pred_hit = {pi for _, pi in pairs}

    def counts(keep: Callable[[Quote], bool]) -> Counts:
        return Counts(
            gold=sum(1 for q in gold if keep(q)),
            predicted=sum(1 for q in pred if keep(q)),
            gold_matched=sum(1 for i in gold_hit if keep(gold[i])),
            predicted_matched=sum(1 for i in pred_hit if keep(pred[i])),
        )

    def of_kind(kind: QuoteKind) -> Callable[[Quote], bool]:
        return lambda quote: quote.kind == kind

    return LevelScores(
        level=level,
        overall=counts(lambda _quote: True),
        direct=counts(of_kind(QuoteKind.DIRECT)),
        mixed=counts(of_kind(QuoteKind.MIXED)),
        indirect=counts(of_kind(QuoteKind.INDIRECT)),
    )


def _accuracy(judgements: Sequence[bool]) -> Accuracy:
    return Accuracy(correct=sum(judgements), total=len(judgements))


def evaluate(gold: Sequence[Quote], pred: Sequence[Quote]) -> Scores:
    """Score predicted quotes against gold quotes.

    Args:
        gold: The reference quotes, from any number of documents (told apart by ``doc_id``).
        pred: The predicted quotes for the same documents.

    Returns:
        Precision, recall and F1 at each level of :data:`LEVELS`, overall and per kind, and the
        accuracy of speaker, cue, role, affiliation and kind on the pairs matched at 0.3.

    Notes:
        Pure and deterministic: the same inputs in the same order give the same scores. The
        protocol is the Gender Gap Tracker's (Asr et al. 2021, PLoS ONE 16(1): e0245533):
        asymmetric character coverage of the gold content, thresholds 0.3 and 0.8; see
        :func:`quoteattr.evaluation.matching.match_quotes` and ``docs/evaluation.md``.
    """
    by_level = {
        level: match_quotes(gold, pred, level if level == EXACT else Fraction(level))
        for level in LEVELS
    }
    pairs = [(gold[gi], pred[pi]) for gi, pi in by_level[ATTRIBUTE_LEVEL]]
    spoken = [(g, p) for g, p in pairs if g.speaker is not None]
    return Scores(
        levels=tuple(_level_scores(level, gold, pred, by_level[level]) for level in LEVELS),
        speaker=_accuracy([speaker_agrees(g.speaker, p.speaker) for g, p in pairs]),
        cue=_accuracy([cue_agrees(g.cue, p.cue) for g, p in pairs]),
        role=_accuracy([descriptions_agree(_role(g), _role(p)) for g, p in spoken]),
        affiliation=_accuracy(
            [descriptions_agree(_affiliation(g), _affiliation(p)) for g, p in spoken]
        ),
        kind=_accuracy([g.kind == p.kind for g, p in pairs]),
    )


def _role(quote: Quote) -> str | None:
    return quote.speaker.role if quote.speaker is not None else None


def _affiliation(quote: Quote) -> str | None:
    return quote.speaker.affiliation if quote.speaker is not None else None


def evaluate_files(gold_path: str | os.PathLike[str], pred_path: str | os.PathLike[str]) -> Scores:
    """Score a JSON Lines file of predicted quotes against one of gold quotes.

    Args:
        gold_path: The gold file, one quote record per line (see ``docs/evaluation.md``).
        pred_path: The prediction file, in the same format (as ``quoteattr extract`` writes it).

    Returns:
        The scores of :func:`evaluate`.

    Raises:
        GoldFormatError: naming the file and line, if either file is not in the quote
            record format or not UTF-8.
        OSError: if either file cannot be opened.
    """
    return evaluate(read_quotes(gold_path), read_quotes(pred_path))
