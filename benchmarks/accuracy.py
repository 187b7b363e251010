"""quoteattr and textacy side by side on a gold corpus, parsed once for both."""

from __future__ import annotations

import time
import warnings
from collections import Counter
from collections.abc import Iterator, Sequence

import attrs
from spacy.language import Language
from spacy.tokens import Doc
from textacy_baseline import textacy_quotes

from quoteattr.analysis import analyze_doc
from quoteattr.errors import UnbalancedQuoteWarning
from quoteattr.evaluation.scorer import ATTRIBUTE_LEVEL, LEVELS, ROWS, Counts, Scores, evaluate
from quoteattr.lexicon import Lexicon
from quoteattr.parsing.spacing import parser_text
from quoteattr.records import Quote

ALL_ATTRIBUTES: tuple[str, ...] = ("speaker", "cue", "role", "affiliation", "kind")
"""The attribute accuracies of :class:`~quoteattr.evaluation.scorer.Scores`, in table order."""


@attrs.frozen
class Comparison:
    """Both systems' scores on one corpus."""

    corpus: str
    documents: int
    gold: int
    quoteattr: Scores
    textacy: Scores
    textacy_errors: tuple[str, ...]
    """One ``"Type: message"`` per document textacy raised on."""
    seconds: float
    """Wall time of parsing once and running both systems."""
    gold_quotes: tuple[Quote, ...] = ()
    """The gold statements themselves."""
    predicted: tuple[Quote, ...] = ()
    """quoteattr's records, for the confidence cut-offs."""


def parsed_as_read(
    nlp: Language, texts: Sequence[tuple[str, str]]
) -> Iterator[tuple[Doc, str, str]]:
    """``(doc, doc_id, text)`` for each ``(doc_id, text)``: the text parsed as quoteattr's
    own runs parse it (odd spaces read as plain ones,
    :func:`quoteattr.parsing.spacing.parser_text`), with the original string the records
    are to quote."""
    originals = dict(texts)
    pairs = ((parser_text(text), doc_id) for doc_id, text in texts)
    for doc, doc_id in nlp.pipe(pairs, as_tuples=True, batch_size=16):
        yield doc, doc_id, originals[doc_id]


def compare(
    corpus: str,
    texts: Sequence[tuple[str, str]],
    gold: Sequence[Quote],
    nlp: Language,
    lexicon: Lexicon,
) -> Comparison:
    """Parse ``texts`` once, run quoteattr and textacy on every ``Doc`` and score both.

    Args:
        corpus: The corpus's name, for the table.
        texts: ``(doc_id, text)`` pairs; gold quotes are told apart by the same ids.
        gold: The gold quotes of those documents.
        nlp: The pipeline both systems read (``quoteattr.api.load_pipeline()``).
        lexicon: quoteattr's language data.
    """
    started = time.perf_counter()
    ours: list[Quote] = []
    theirs: list[Quote] = []
    errors: list[str] = []
    with warnings.catch_warnings():
        # Unbalanced quote marks are expected in news text; quoteattr skips those quotes.
        warnings.simplefilter("ignore", UnbalancedQuoteWarning)
        for doc, doc_id, text in parsed_as_read(nlp, texts):
            document = analyze_doc(doc, lexicon=lexicon, doc_id=doc_id, text=text)
            ours.extend(document.quotes)
            result = textacy_quotes(doc, doc_id)
            theirs.extend(result.quotes)
            if result.error is not None:
                errors.append(result.error)
    return Comparison(
        corpus=corpus,
        documents=len(texts),
        gold=len(gold),
        quoteattr=evaluate(gold, ours),
        textacy=evaluate(gold, theirs),
        textacy_errors=tuple(errors),
        seconds=time.perf_counter() - started,
        gold_quotes=tuple(gold),
        predicted=tuple(ours),
    )


def comparison_table(comparison: Comparison, attributes: Sequence[str] = ALL_ATTRIBUTES) -> str:
    """A fixed-width text table: P/R/F1 (%) per level and row for both systems, then accuracies.

    Args:
        comparison: The scores to show.
        attributes: The attribute accuracies to show (a corpus without role annotation
            would make role accuracy meaningless).
    """
    lines = [_summary(comparison), ""]
    lines += [
        f"{'% P/R/F1':<17}  {' quoteattr ':-^27}  {' textacy ':-^27}",
        f"{'level':<6}{'row':<9}{'gold':>5}" + f"  {'pred':>6}{'P':>7}{'R':>7}{'F1':>7}" * 2,
    ]
    for level in LEVELS:
        for row in ROWS:
            ours = comparison.quoteattr.at(level).row(row)
            theirs = comparison.textacy.at(level).row(row)
            shown_level = level if row == ROWS[0] else ""
            lines.append(f"{shown_level:<6}{row:<9}{ours.gold:>5}{_cells(ours)}{_cells(theirs)}")
    lines += [
        "",
        (
            f"{'attribute':<12}{'quoteattr':>10}{'n':>6}{'textacy':>10}{'n':>6}"
            f"   (each system's own pairs matched at {ATTRIBUTE_LEVEL})"
        ),
    ]
    ours_acc, theirs_acc = comparison.quoteattr.accuracies(), comparison.textacy.accuracies()
    for name in attributes:
        a, b = ours_acc[name], theirs_acc[name]
        lines.append(f"{name:<12}{_pct(a.value):>10}{a.total:>6}{_pct(b.value):>10}{b.total:>6}")
    return "\n".join(lines)


def _summary(comparison: Comparison) -> str:
    failed = len(comparison.textacy_errors)
    head = (
        f"{comparison.corpus}: {comparison.documents} documents, {comparison.gold} gold quotes; "
        f"textacy raised on {failed} of {comparison.documents} documents"
    )
    if failed:
        kinds = Counter(error.split(":", 1)[0] for error in comparison.textacy_errors)
        example = comparison.textacy_errors[0].split(": ", 1)[-1]
        listed = ", ".join(f"{kind} x{count}" for kind, count in kinds.most_common())
        head += f" ({listed}; e.g. {example[:70]!r})"
    return head + f"; parse + both systems {comparison.seconds:.1f} s"


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}"


def _cells(counts: Counts) -> str:
    if counts.gold == counts.predicted == 0:
        return f"  {'0':>6}{'-':>7}{'-':>7}{'-':>7}"
    return (
        f"  {counts.predicted:>6}{_pct(counts.precision):>7}{_pct(counts.recall):>7}"
        f"{_pct(counts.f1):>7}"
    )
