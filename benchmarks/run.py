"""quoteattr's benchmark: accuracy against textacy, speed and memory against a bare parse.

Usage::

    python benchmarks/run.py [--polnear PATH] [--polnear-limit N] [--out benchmarks/RESULTS.md]
                             [--synthetic N] [--rounds N] [--reliability]
                             [--corpus [--corpus-docs N] [--corpus-rounds N]]

Prints each section as it finishes and writes them all to ``--out``. ``docs/benchmark.md``
says what each section measures and how to read it.
"""

from __future__ import annotations

import argparse
import shlex
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import attrs
from accuracy import Comparison, compare, comparison_table
from attribute_accuracy import load as load_attributes
from attribute_accuracy import score as score_attributes
from attribute_accuracy import table as attribute_table
from confidence_cutoffs import cutoff_table
from corpus import read_texts, synthetic_corpus
from corpus_scale import measure as measure_corpus
from corpus_scale import table as corpus_table
from crash_folder import crash_folder_table
from empty_speakers import empty_speakers
from environment import header_lines
from paired import paired_overhead
from polnear import load_polnear
from scaling import SIZES
from scaling import measure as measure_scaling
from scaling import table as scaling_table
from spacy.language import Language
from speaker_attributes import attribute_file
from speech_gold import HELD_OUT_FOLDER, gold_files, gold_header, load_speech_gold
from speed import Config, measure
from speed_report import speed_table

from quoteattr.api import load_pipeline
from quoteattr.io import read_quotes
from quoteattr.lexicon import Lexicon
from quoteattr.records import Quote

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SEEDS_GOLD = REPO / "benchmarks" / "gold" / "seeds.jsonl"
SPEED_CONFIGS: tuple[Config, ...] = (
    Config("bare", 1),
    Config("quoteattr", 1),
    Config("split", 1),
    Config("bare", 2),
    Config("quoteattr", 2),
)
POLNEAR_ATTRIBUTES = ("speaker", "cue", "kind")
"""PolNeAR annotates no roles or affiliations, so those accuracies would be meaningless."""
SPEECH_ATTRIBUTES = ("speaker", "cue", "kind")
"""Roles and affiliations of the speech gold are scored in a section of their own, as
``benchmarks/attribute_accuracy.py`` does, over the pairs whose speaker is right."""


@attrs.frozen
class Section:
    """One titled part of the results: a fixed-width text block, or a note."""

    title: str
    body: str
    preformatted: bool = True

    def markdown(self) -> str:
        """The section as Markdown."""
        body = f"```text\n{self.body}\n```" if self.preformatted else self.body
        return f"## {self.title}\n\n{body}\n"


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--polnear",
        type=Path,
        help="local PolNeAR copy; adds its dev split and the speech-only hand gold",
    )
    parser.add_argument("--polnear-limit", type=int, help="only the first N PolNeAR documents")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "RESULTS.md")
    parser.add_argument("--synthetic", type=int, default=200, help="synthetic documents to time")
    parser.add_argument("--rounds", type=int, default=3, help="timing rounds (0: no speed section)")
    parser.add_argument(
        "--reliability",
        action="store_true",
        help="add the scaling table (10 K to 2 M characters, and 5 MB) and the crash-folder run",
    )
    parser.add_argument(
        "--corpus",
        action="store_true",
        help="add the corpus-scale table (needs --polnear): docs/s with 1 and 2 processes, "
        "overhead, memory for 200 and 2,000 documents",
    )
    parser.add_argument(
        "--held-out",
        action="store_true",
        help="also measure the blind speech gold under benchmarks/gold/held-out/ (its one "
        "measurement at the end of the accuracy work: see docs/benchmark.md)",
    )
    parser.add_argument("--corpus-docs", type=int, default=500, help="documents per speed run")
    parser.add_argument("--corpus-rounds", type=int, default=3, help="corpus speed rounds")
    args = parser.parse_args(argv)
    if args.corpus and args.polnear is None:
        parser.error("--corpus needs --polnear PATH (its articles are the corpus)")
    return args


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _show(section: Section) -> Section:
    print(f"\n== {section.title} ==\n{section.body}", flush=True)
    return section


def seeds_section(nlp: Language, lexicon: Lexicon) -> Section:
    """quoteattr against textacy on the seed articles, or a note when the gold is missing."""
    title = "Accuracy: seeds"
    if not SEEDS_GOLD.is_file():
        return Section(title, f"skipped: no gold file at {SEEDS_GOLD.relative_to(REPO)}", False)
    texts = read_texts(SEEDS)
    gold = read_quotes(SEEDS_GOLD)
    unknown = sorted({q.doc_id or "" for q in gold} - {doc_id for doc_id, _ in texts})
    table = comparison_table(compare("seeds", texts, gold, nlp, lexicon))
    if unknown:
        table += f"\n\nnote: gold quotes of documents not in seeds/ (counted as missed): {unknown}"
    return Section(title, table)


def _texts_and_gold(
    documents: Sequence[tuple[str, str, Sequence[Quote]]],
) -> tuple[list[tuple[str, str]], list[Quote]]:
    """``(doc_id, text)`` pairs and all gold quotes of ``(doc_id, text, quotes)`` triples."""
    texts = [(doc_id, text) for doc_id, text, _ in documents]
    return texts, [quote for _, _, quotes in documents for quote in quotes]


def _with_cutoffs(table: str, comparison: Comparison) -> str:
    return f"{table}\n\n{cutoff_table(comparison.gold_quotes, comparison.predicted)}"


def polnear_section(root: Path, limit: int | None, nlp: Language, lexicon: Lexicon) -> Section:
    """quoteattr against textacy on PolNeAR's dev split, with the confidence cut-offs."""
    texts, gold = _texts_and_gold(load_polnear(root, "dev", limit))
    comparison = compare("PolNeAR dev", texts, gold, nlp, lexicon)
    table = comparison_table(comparison, POLNEAR_ATTRIBUTES)
    return Section("Accuracy: PolNeAR dev", _with_cutoffs(table, comparison))


def speech_sections(
    root: Path, nlp: Language, lexicon: Lexicon, *, held_out: bool = False
) -> list[Section]:
    """quoteattr against textacy on each speech-only hand gold set over PolNeAR articles,
    each with its confidence cut-offs and its empty speakers, then the cut-offs of all sets
    pooled and the roles and affiliations of every set. With ``held_out``, the blind sets
    under ``gold/held-out/`` come after them, on their own."""
    sections, development = _speech_sets(gold_files(), "", root, nlp, lexicon)
    if held_out:
        blind, _ = _speech_sets(
            sorted(HELD_OUT_FOLDER.glob("*.json")), " (held out, measured once)", root, nlp, lexicon
        )
        sections += blind
    return sections[: len(development)] + _pooled(development) + sections[len(development) :]


@attrs.frozen
class _SetRun:
    name: str
    comparison: Comparison
    gold_file: Path


def _speech_sets(
    files: Sequence[Path], suffix: str, root: Path, nlp: Language, lexicon: Lexicon
) -> tuple[list[Section], list[_SetRun]]:
    """One section per gold file, and a last one for the roles and affiliations of all."""
    sections = []
    runs = []
    for gold_file in files:
        name, description, split = gold_header(gold_file)
        documents = load_speech_gold(root, gold_file)
        texts, gold = _texts_and_gold(documents)
        comparison = compare(f"speech {name}", texts, gold, nlp, lexicon)
        table = _with_cutoffs(comparison_table(comparison, SPEECH_ATTRIBUTES), comparison)
        empty = empty_speakers(dict(texts), comparison.gold_quotes, comparison.predicted)
        title = f"Accuracy: reported speech, hand gold {name} over PolNeAR {split} articles"
        body = f"{description}\n\n{table}\n\n{empty.line()}"
        sections.append(Section(title + suffix, body))
        runs.append(_SetRun(name, comparison, gold_file))
    scored = [
        score_attributes(
            run.name, *load_attributes(root, run.gold_file)[1:], run.comparison.predicted
        )
        for run in runs
        if attribute_file(run.gold_file).is_file()
    ]
    if scored:
        title = "Accuracy: roles and affiliations where the speaker is right" + suffix
        sections.append(Section(title, attribute_table(scored)))
    return sections, runs


def _pooled(runs: Sequence[_SetRun]) -> list[Section]:
    """The confidence cut-offs of the sets pooled."""
    if not runs:
        return []
    gold = [q for run in runs for q in run.comparison.gold_quotes]
    predicted = [q for run in runs for q in run.comparison.predicted]
    names = ", ".join(run.name for run in runs)
    pooled = f"speech gold {names} pooled\n\n{cutoff_table(gold, predicted)}"
    return [Section("Accuracy: confidence cut-offs, speech gold pooled", pooled)]


def speed_section(synthetic: int, rounds: int) -> Section:
    """Bare parse against quoteattr on the seeds plus ``synthetic`` recombined documents."""
    seeds = [text for _, text in read_texts(SEEDS)]
    texts = seeds + synthetic_corpus(seeds, synthetic)
    runs = measure(texts, SPEED_CONFIGS, rounds, _log)
    description = (
        f"{len(texts)} documents ({len(seeds)} seeds + {len(texts) - len(seeds)} synthetic)"
    )
    table = speed_table(runs, SPEED_CONFIGS, description)
    return Section("Speed and memory", f"{table}\n{paired_overhead(texts, rounds)}")


def reliability_sections(polnear: Path | None, rounds: int) -> list[Section]:
    """Analysis cost per character from 10 K to 2 M characters, and a folder of crashers."""
    reports, whole = measure_scaling(list(SIZES), rounds, polnear, 5_000_000)
    source = "PolNeAR train articles" if polnear is not None else "seed paragraphs recombined"
    crashers, passed = crash_folder_table()
    verdict = "every check passed" if passed else "A CHECK FAILED (see stderr)"
    return [
        Section(
            "Reliability: analysis cost by text length",
            scaling_table(reports, whole, source),
            False,
        ),
        Section(
            "Reliability: a folder of crashers through the CLI", f"{crashers}\n\n{verdict}", False
        ),
    ]


def corpus_section(polnear: Path, docs: int, rounds: int) -> Section:
    """Documents per second with 1 and 2 processes, the overhead, and memory by corpus size."""
    speed, memory = measure_corpus(polnear, docs, rounds, (200, 2000), 2)
    return Section("Corpus scale", corpus_table(speed, memory), False)


def main(argv: Sequence[str] | None = None) -> None:
    """Run the benchmark and write the results."""
    args = _parse_args(argv)
    started = time.perf_counter()
    nlp, lexicon = load_pipeline(), Lexicon.english()
    sections = [_show(Section("Run", "\n".join(header_lines(nlp, REPO))))]
    sections.append(_show(seeds_section(nlp, lexicon)))
    polnear_seconds = 0.0
    if args.polnear is not None:
        polnear_started = time.perf_counter()
        sections.append(_show(polnear_section(args.polnear, args.polnear_limit, nlp, lexicon)))
        speech = speech_sections(args.polnear, nlp, lexicon, held_out=args.held_out)
        sections.extend(_show(s) for s in speech)
        polnear_seconds = time.perf_counter() - polnear_started
    if args.rounds > 0:
        sections.append(_show(speed_section(args.synthetic, args.rounds)))
    if args.reliability:
        sections.extend(_show(s) for s in reliability_sections(args.polnear, max(args.rounds, 1)))
    if args.corpus:
        sections.append(_show(corpus_section(args.polnear, args.corpus_docs, args.corpus_rounds)))
    total = time.perf_counter() - started
    timing = f"total {total:.0f} s" + (
        f" (PolNeAR dev {polnear_seconds:.0f} s, the rest {total - polnear_seconds:.0f} s)"
        if args.polnear is not None
        else ""
    )
    sections.append(_show(Section("Benchmark time", timing)))
    _write(args.out, sections, argv)
    _log(f"wrote {args.out}")


def _write(path: Path, sections: Sequence[Section], argv: Sequence[str] | None) -> None:
    command = shlex.join(["python", "benchmarks/run.py", *(sys.argv[1:] if argv is None else argv)])
    intro = (
        "# quoteattr benchmark results\n\n"
        f"Written by `{command}`; `docs/benchmark.md` explains each section.\n"
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join([intro, *(s.markdown() for s in sections)]), encoding="utf-8")


if __name__ == "__main__":
    main()
