"""Fit the confidence model on the speech hand gold and check its calibration on held-out sets.

Every record quoteattr gives carries ``confidence``: a logistic model over the features of
:func:`quoteattr.analysis.confidence.features`. This script runs the current code over the
articles of the speech gold sets (``benchmarks/gold/polnear-*-speech-{a..i}.json``), labels
each record right or wrong, fits the weights by L2-regularized logistic regression and writes
them to ``src/quoteattr/analysis/confidence_weights.py``. Then it checks, on the sets held out
from the fit, that the confidence means what it says.

A record is **right** when it is matched to a gold statement at coverage 0.3 (the benchmark's
matching: one to one, best coverage first, :func:`quoteattr.evaluation.matching.match_quotes`)
**and**, where that gold statement has a speaker, the record's speaker agrees with it
(:func:`quoteattr.evaluation.agreement.speaker_agrees`: overlapping mentions or the same name).
A record matched to nothing, or matched with the wrong or no speaker, is wrong.

The split is fixed: the fit reads sets A, B, C, D and F (:data:`FIT_SETS`); calibration is
checked on sets E, G, H, I, J, K, L, M, N, O, P, Q, R, S, T, U, V, W and X
(:data:`CHECK_SETS`), which the fit never sees.
PolNeAR's own annotations count non-speech attribution, so they are not used; a blind set under
``benchmarks/gold/held-out/`` is never read.

Usage (the lead re-runs it after merging, since the weights follow the rules' output)::

    python benchmarks/fit_confidence.py /work/polnear            # fit, write, check
    python benchmarks/fit_confidence.py /work/polnear --check    # check the committed weights
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Mapping, Sequence
from fractions import Fraction
from pathlib import Path

import attrs
import numpy as np
from accuracy import parsed_as_read
from speech_gold import gold_files, load_speech_gold

from quoteattr.analysis import analyze_doc_features
from quoteattr.analysis.confidence import Features, probability
from quoteattr.analysis.confidence_weights import BIAS, WEIGHTS
from quoteattr.api import load_pipeline
from quoteattr.errors import UnbalancedQuoteWarning
from quoteattr.evaluation.agreement import speaker_agrees
from quoteattr.evaluation.matching import match_quotes
from quoteattr.lexicon import Lexicon
from quoteattr.records import Quote

REPO = Path(__file__).resolve().parent.parent
WEIGHTS_FILE = REPO / "src" / "quoteattr" / "analysis" / "confidence_weights.py"
FIT_SETS = ("a", "b", "c", "d", "f")
"""The speech gold sets the weights are fitted on (by the letter ending the file name)."""
CHECK_SETS = tuple("eghijklmnopqrstuvwxyz")
"""The sets calibration is checked on; never read by the fit."""
L2 = 2.0
"""Strength of the L2 penalty on the weights (not the intercept), in log-likelihood units."""
CUTOFFS = (0.5, 0.7, 0.9)
BINS = 10


@attrs.frozen
class Example:
    """One record of the current code on a gold article, with its features and its label."""

    set: str
    features: Features
    right: bool


def set_letter(gold: Path) -> str:
    """The letter ending a gold file's name: ``polnear-dev-speech-a.json`` gives ``a``."""
    return gold.stem.rsplit("-", 1)[-1]


def labels(gold: Sequence[Quote], predicted: Sequence[Quote]) -> list[bool]:
    """Per predicted record, whether it is right (see the module docstring)."""
    right = [False] * len(predicted)
    for gi, pi in match_quotes(gold, predicted, Fraction(3, 10)):
        expected = gold[gi].speaker
        right[pi] = expected is None or speaker_agrees(expected, predicted[pi].speaker)
    return right


def examples(root: Path, letters: Sequence[str]) -> list[Example]:
    """The records of the current code on the gold sets ``letters``, labelled."""
    nlp, lexicon = load_pipeline(), Lexicon.english()
    found: list[Example] = []
    for gold_file in gold_files():
        letter = set_letter(gold_file)
        if letter not in letters:
            continue
        documents = load_speech_gold(root, gold_file)
        texts = [(doc_id, text) for doc_id, text, _ in documents]
        gold = [quote for _, _, quotes in documents for quote in quotes]
        predicted: list[Quote] = []
        rows: list[Features] = []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UnbalancedQuoteWarning)
            for doc, doc_id, text in parsed_as_read(nlp, texts):
                document, features = analyze_doc_features(
                    doc, lexicon=lexicon, doc_id=doc_id, text=text
                )
                predicted.extend(document.quotes)
                rows.extend(features)
        for row, right in zip(rows, labels(gold, predicted), strict=True):
            found.append(Example(letter, row, right))
        print(f"set {letter.upper()}: {len(predicted)} records", file=sys.stderr, flush=True)
    return found


def fit(train: Sequence[Example], l2: float = L2) -> tuple[float, dict[str, float]]:
    """The intercept and weights of an L2-regularized logistic regression, by Newton's method.

    Deterministic: features in name order, a fixed start at 0, the same steps every run.
    """
    names = sorted({name for example in train for name in example.features})
    x = np.zeros((len(train), len(names) + 1))
    x[:, 0] = 1.0
    column = {name: i + 1 for i, name in enumerate(names)}
    for row, example in enumerate(train):
        for name, value in example.features.items():
            x[row, column[name]] = value
    y = np.array([1.0 if example.right else 0.0 for example in train])
    penalty = np.full(len(names) + 1, l2)
    penalty[0] = 0.0  # the intercept is not shrunk
    w = np.zeros(len(names) + 1)
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        gradient = x.T @ (p - y) + penalty * w
        hessian = (x.T * (p * (1 - p))) @ x + np.diag(penalty) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if float(np.max(np.abs(step))) < 1e-10:
            break
    return float(w[0]), {name: float(w[column[name]]) for name in names}


def weights_source(bias: float, weights: Mapping[str, float], train: Sequence[Example]) -> str:
    """The text of the generated weights module."""
    right = sum(example.right for example in train)
    sets = ", ".join(letter.upper() for letter in FIT_SETS)
    lines = [
        '"""Weights of the confidence model: generated by ``benchmarks/fit_confidence.py``.',
        "",
        "Do not edit by hand; re-run the fit when the rules' output changes::",
        "",
        "    python benchmarks/fit_confidence.py PATH/TO/POLNEAR",
        "",
        f"Fitted on speech gold sets {sets}: {len(train)} records, {right} right;",
        f"L2 penalty {L2:g}. Calibration is checked on sets "
        + ", ".join(c.upper() for c in CHECK_SETS)
        + ".",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        f"BIAS: float = {bias:.4f}",
        "WEIGHTS: dict[str, float] = {",
        *(f'    "{name}": {weights[name]:.4f},' for name in sorted(weights)),
        "}",
        "",
    ]
    return "\n".join(lines)


def reliability(rated: Sequence[tuple[float, bool]]) -> str:
    """A reliability table: per confidence bin, the records, their mean confidence, % right."""
    lines = [f"{'confidence':<12}{'records':>8}{'mean':>8}{'right %':>9}"]
    for b in range(BINS):
        low, high = b / BINS, (b + 1) / BINS
        inside = [(c, r) for c, r in rated if low <= c < high or (b == BINS - 1 and c == 1.0)]
        if not inside:
            continue
        mean = sum(c for c, _ in inside) / len(inside)
        share = 100 * sum(r for _, r in inside) / len(inside)
        lines.append(f"{low:.1f}-{high:.1f}{'':<5}{len(inside):>8}{mean:>8.3f}{share:>9.1f}")
    return "\n".join(lines)


def cutoff_lines(rated: Sequence[tuple[float, bool]]) -> list[str]:
    """``of records with confidence >= c, X% are right`` for each cut-off."""
    lines = []
    for cutoff in CUTOFFS:
        kept = [r for c, r in rated if c >= cutoff]
        share = f"{100 * sum(kept) / len(kept):.1f}%" if kept else "-"
        lines.append(
            f"of records with confidence >= {cutoff}, {share} are right "
            f"({sum(kept)} of {len(kept)}; {len(rated)} records in all)"
        )
    return lines


def report(title: str, rated: Sequence[tuple[float, bool]]) -> str:
    """The reliability table and the cut-off lines of ``rated`` records."""
    right = sum(r for _, r in rated)
    head = f"== {title}: {len(rated)} records, {right} right ({100 * right / len(rated):.1f}%) =="
    return "\n".join([head, reliability(rated), *cutoff_lines(rated)])


def main(argv: Sequence[str] | None = None) -> None:
    """Fit and write the weights (unless ``--check``), then report calibration."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("polnear", type=Path, help="local PolNeAR copy (texts of the gold sets)")
    parser.add_argument("--check", action="store_true", help="only report on the committed weights")
    parser.add_argument("--out", type=Path, default=WEIGHTS_FILE, help="the weights module")
    args = parser.parse_args(argv)
    found = examples(args.polnear, FIT_SETS + CHECK_SETS)
    train = [e for e in found if e.set in FIT_SETS]
    held_out = [e for e in found if e.set in CHECK_SETS]
    if args.check:
        bias, weights = BIAS, WEIGHTS
    else:
        bias, weights = fit(train)
        source = weights_source(bias, weights, train)
        temporary = args.out.with_suffix(".tmp")
        temporary.write_text(source, encoding="utf-8")
        temporary.replace(args.out)  # the old weights stay whole if the write fails
        print(f"wrote {args.out}: {len(weights)} weights", file=sys.stderr)

    def rated(chosen: Sequence[Example]) -> list[tuple[float, bool]]:
        return [(probability(e.features, bias, weights), e.right) for e in chosen]

    fit_names = "+".join(s.upper() for s in FIT_SETS)
    print(report(f"fit sets {fit_names} (in-sample)", rated(train)))
    print()
    for letter in CHECK_SETS:
        one_set = [e for e in held_out if e.set == letter]
        print(report(f"held-out set {letter.upper()}", rated(one_set)))
        print()
    check_names = "+".join(s.upper() for s in CHECK_SETS)
    print(report(f"held-out sets {check_names} pooled", rated(held_out)))


if __name__ == "__main__":
    main()
