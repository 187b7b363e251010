"""Scaling: analysis time per character, beside the parse, from 10 K to 2 M characters.

The extraction must cost the same per character on a long text as on a short one. This
times it on news-like texts of growing size and prints a Markdown table: parse time,
analysis time, analysis microseconds per character and its ratio to the 10 K figure, and
peak memory. A last row analyses a 5 MB text once and reports how many records it gave.

The texts: with ``--polnear PATH``, PolNeAR train articles in a fixed shuffled order joined
by blank lines (repeated from the start when a size needs more than the split holds);
without it, documents recombined from the paragraphs of ``seeds/`` as ``corpus.py`` does.
A size of 500 K or more is the start of that stream, cut at a paragraph break. A smaller
size is measured on consecutive windows of that size (cut at paragraph breaks) that tile the
first 500 K characters, and reported as their total time over their total characters: a
10 K text holds three or four articles, and its cost per character depends on which
(from 1.0 to 1.9 microseconds on PolNeAR train), so every row reads the same articles and
differences between rows come from the size alone.

Every measurement runs in a fresh process (``--worker``), so that peaks do not mix: it loads
the pipeline, warms it up on a short text, then parses the text as ``Extractor.analyze``
does (cut by ``parsing.pieces.piece_bounds``, the pieces parsed one at a time and joined by
``merge_pieces``) and runs ``analyze_doc`` on the joined ``Doc``, window by window; both are
timed as CPU time of the process. Peak memory is the worker's ``VmHWM``
(``/proc/self/status``), read after the (last) parse and at the end. The 5 MB row runs
``Extractor().analyze(text)`` as a user would, once.

Usage::

    python benchmarks/scaling.py [--polnear PATH] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Sequence
from pathlib import Path

from corpus import SYNTHETIC_SEED, read_text, read_texts, synthetic_corpus
from polnear import split_folder
from spacy.tokens import Doc

from quoteattr.analysis import analyze_doc
from quoteattr.api import Extractor
from quoteattr.errors import UnbalancedQuoteWarning
from quoteattr.parsing.pieces import drop_tensor, merge_pieces, piece_bounds

REPO = Path(__file__).resolve().parent.parent
SIZES = (10_000, 50_000, 200_000, 500_000, 1_000_000, 2_000_000)
BIG = 5_000_000
COVER = 500_000
"""Sizes below this are measured on windows that tile this many characters of the stream."""
_WARM_UP = (
    '"We will rebuild the pier," the harbour master, Ana Ruiz, said on Monday.\n\n'
    "She said the work would take a year. According to the council, it will cost more."
)
_MIB = 1024


def news_text(chars: int, polnear: Path | None) -> str:
    """News-like text of at most ``chars`` characters, cut at a paragraph break.

    Args:
        chars: The size wanted.
        polnear: A local PolNeAR copy (its train split is used), or None for the seeds.
    """
    if polnear is not None:
        names = sorted((split_folder(polnear, "train") / "text").glob("*.txt"))
        random.Random(SYNTHETIC_SEED).shuffle(names)
        articles = [read_text(path).strip() for path in names]
    else:
        texts = [text for _, text in read_texts(REPO / "seeds")]
        count = 64
        articles = synthetic_corpus(texts, count)
        while articles and sum(len(a) + 2 for a in articles) < chars:
            count *= 2
            articles = synthetic_corpus(texts, count)
    chosen, total, index = [], 0, 0
    while total < chars and articles:
        chosen.append(articles[index % len(articles)])
        total += len(chosen[-1]) + 2
        index += 1
    text = "\n\n".join(chosen)
    if len(text) > chars:
        text = text[:chars].rsplit("\n\n", 1)[0]
    return text


def windows(text: str, size: int) -> list[str]:
    """Consecutive pieces of ``text`` of at most ``size`` characters, cut at paragraph breaks
    (a longer paragraph is a piece of its own)."""
    pieces: list[str] = []
    current: list[str] = []
    length = 0
    for paragraph in text.split("\n\n"):
        if current and length + 2 + len(paragraph) > size:
            pieces.append("\n\n".join(current))
            current, length = [], -2
        current.append(paragraph)
        length += 2 + len(paragraph)
    if current:
        pieces.append("\n\n".join(current))
    return pieces


def measure(
    sizes: Sequence[int], rounds: int, polnear: Path | None, big: int, log: bool = True
) -> tuple[list[dict[str, float]], dict[str, float] | None]:
    """Every size ``rounds`` times (sizes reversed every other round), then the big text once.

    Returns:
        One report per run (``size``, ``windows``, ``chars``, ``parse``, ``analysis``,
        ``peak_parse_kib``, ``peak_kib``, ``records``) and the big text's report (``total``
        for ``parse`` and ``analysis``), or None when ``big`` is 0.
    """
    reports: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory(prefix="quoteattr-scaling-") as folder:
        paths = {}
        for size in [*sizes, *([big] if big else [])]:
            texts = (
                windows(news_text(COVER, polnear), size)
                if size < COVER
                else [news_text(size, polnear)]
            )
            paths[size] = Path(folder) / f"{size}.json"
            paths[size].write_text(json.dumps(texts), encoding="utf-8")
        for number in range(rounds):
            order = list(sizes) if number % 2 == 0 else list(reversed(sizes))
            for size in order:
                report = {"size": size, **_spawn(paths[size], "split")}
                reports.append(report)
                if log:
                    print(
                        f"  round {number + 1}/{rounds}: {size:,} chars x {report['windows']:.0f}: "
                        f"parse {report['parse']:.1f} s, analysis {report['analysis']:.2f} s",
                        file=sys.stderr,
                    )
        whole = _spawn(paths[big], "whole") if big else None
    return reports, whole


def _spawn(path: Path, mode: str) -> dict[str, float]:
    command = [sys.executable, __file__, "--worker", mode, "--texts", str(path)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"scaling worker failed ({done.returncode}):\n{done.stderr[-2000:]}")
    report: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def table(reports: Sequence[dict[str, float]], whole: dict[str, float] | None, source: str) -> str:
    """The Markdown table: medians over rounds, the spread of the analysis per character."""
    sizes = sorted({int(r["size"]) for r in reports})
    if not sizes:
        return "scaling: no sizes measured"
    rounds = len(reports) // len(sizes)
    per_char = {
        size: [r["analysis"] / r["chars"] * 1e6 for r in reports if int(r["size"]) == size]
        for size in sizes
    }
    base = statistics.median(per_char[sizes[0]])
    lines = [
        (
            f"scaling: {source}; CPU time, median of {rounds} rounds, each in a fresh process; "
            f"sizes under {COVER:,} tile the first {COVER:,} characters"
        ),
        "",
        (
            f"| size | texts | chars | parse µs/char | analysis s | analysis µs/char (min-max) "
            f"| × {sizes[0]:,} | analysis / parse | peak MiB after parse | peak MiB | records |"
        ),
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for size in sizes:
        mine = [r for r in reports if int(r["size"]) == size]
        chars = mine[0]["chars"]
        parse = statistics.median(r["parse"] for r in mine)
        analysis = statistics.median(r["analysis"] for r in mine)
        micro = statistics.median(per_char[size])
        lines.append(
            f"| {size:,} | {mine[0]['windows']:.0f} | {chars:,.0f} | {parse / chars * 1e6:.1f} "
            f"| {analysis:.2f} | {micro:.2f} ({min(per_char[size]):.2f}-{max(per_char[size]):.2f}) "
            f"| {micro / base:.2f} | {analysis / parse:.1%} "
            f"| {max(r['peak_parse_kib'] for r in mine) / _MIB:,.0f} "
            f"| {max(r['peak_kib'] for r in mine) / _MIB:,.0f} | {mine[0]['records']:,.0f} |"
        )
    if whole is not None:
        lines.append(
            f"| {BIG:,} | 1 | {whole['chars']:,.0f} | Extractor().analyze: {whole['total']:.0f} s "
            f"in all | | | | | | {whole['peak_kib'] / _MIB:,.0f} | {whole['records']:,.0f} |"
        )
    return "\n".join(lines)


# --- the worker process -------------------------------------------------------------------


def _worker(mode: str, texts: list[str]) -> dict[str, float]:
    warnings.simplefilter("ignore", UnbalancedQuoteWarning)
    extractor = Extractor()
    extractor.analyze(_WARM_UP)
    if mode == "whole":
        started = time.process_time()
        document = extractor.analyze(texts[0])
        return {
            "chars": len(texts[0]),
            "total": time.process_time() - started,
            "peak_kib": _peak_kib(),
            "records": len(document.quotes),
        }
    parse = analysis = 0.0
    records = peak_parse = 0
    for text in texts:
        started = time.process_time()
        doc = _parse(extractor, text)
        parsed = time.process_time()
        peak_parse = _peak_kib()
        records += len(analyze_doc(doc, lexicon=extractor.lexicon).quotes)
        analysis += time.process_time() - parsed
        parse += parsed - started
        del doc
    return {
        "windows": len(texts),
        "chars": sum(len(text) for text in texts),
        "parse": parse,
        "analysis": analysis,
        "peak_parse_kib": peak_parse,
        "peak_kib": _peak_kib(),
        "records": records,
    }


def _parse(extractor: Extractor, text: str) -> Doc:
    """Parse ``text`` as ``Extractor.analyze`` does: in pieces, one at a time, then joined."""
    nlp = extractor.nlp
    bounds = piece_bounds(text, extractor.piece_chars)
    nlp.max_length = max(nlp.max_length, extractor.piece_chars)
    pieces = []
    for doc in nlp.pipe((text[start:end] for start, end in bounds), batch_size=1):
        if len(bounds) > 1:
            drop_tensor(doc)
        pieces.append(doc)
    return merge_pieces(pieces)


def _peak_kib() -> int:
    """This process's peak resident set size in KiB (``VmHWM``; ``ru_maxrss`` off Linux)."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="utf-8").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--polnear", type=Path, help="local PolNeAR copy: use its train articles")
    parser.add_argument("--rounds", type=int, default=3, help="timing rounds per size")
    parser.add_argument(
        "--sizes",
        default=",".join(str(s) for s in SIZES),
        help="comma-separated text sizes in characters (the first is the reference row)",
    )
    parser.add_argument("--big", type=int, default=BIG, help="size of the one-off row (0: none)")
    parser.add_argument("--worker", choices=("split", "whole"), help=argparse.SUPPRESS)
    parser.add_argument("--texts", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(_worker(args.worker, json.loads(args.texts.read_text(encoding="utf-8")))))
        return
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    source = "PolNeAR train articles" if args.polnear else "seed paragraphs recombined"
    reports, whole = measure(sizes, args.rounds, args.polnear, args.big)
    print(table(reports, whole, source))


if __name__ == "__main__":
    main()
