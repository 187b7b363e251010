"""Corpus scale: documents per second with 1 and 2 processes, overhead, and flat memory.

The three figures issue 15 asks of a corpus run, measured on PolNeAR articles (dev and train
texts, read from the path given; nothing of them is stored):

- **speed-up**: ``Extractor.pipe(texts, n_process=N)`` over ``--docs`` documents (500 by
  default) with N = 1 and N = 2, each in a fresh process, alternating within every round
  (the order reversed every other round); documents per second from the wall time of the
  timed pass, medians over rounds with the min-max range, and the ratio of the medians;
- **overhead**: inside the one-process run, after its timed pass, the same documents again
  in chunks of ``CHUNK_DOCS``: each chunk through a bare ``nlp.pipe`` and through
  ``Extractor.pipe``, one right after the other, the order alternating from chunk to chunk;
  CPU time. Chunks of seconds cancel the drift of a shared machine, which moves two whole
  passes minutes apart by more than the 5% being measured; the overhead is the total of one
  side over the other, with the median and range of the chunks. The bare side is a pipeline
  of its own, loaded alike (``Extractor().nlp``: the model and quoteattr's paragraph
  component), so that neither side reads what the other left in spaCy's tokenizer cache or
  vocabulary (quoteattr parses in memory zones, where the tokenizer caches nothing; reading
  the bare side's cache hid that cost). Before the chunks, it reads (tokenizes) texts that
  are not among them, as the extractor's own timed pass did, so that its cache and its
  common words are as warm, and the documents' new words are new to both;
- **memory**: the peak resident set of a run over 200 and over 2,000 documents, each in a
  fresh process: the main process's ``VmHWM`` and the largest worker's ``ru_maxrss``.

The documents: the PolNeAR texts in a fixed shuffled order, repeated as often as needed, each
made distinct by a numbered first paragraph (``Item 17.``) so that nothing is cached between
repeats. The worker reads them from disk as it goes, so the texts never sit in memory together.
Each run also records how many cores other processes kept busy meanwhile (``/proc/stat``).

Usage::

    python benchmarks/corpus_scale.py --polnear PATH [--docs 500] [--rounds 3]
        [--memory-docs 200 2000] [--memory-processes 2]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import random
import resource
import statistics
import subprocess
import sys
import time
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path

import attrs
from corpus import read_text
from polnear import PolnearError, split_folder
from speed import children_cpu, cpu_seconds, machine_busy_seconds, peak_rss_kib

from quoteattr.api import Extractor
from quoteattr.errors import UnbalancedQuoteWarning

BATCH_SIZE = 16
CHUNK_DOCS = 20
"""Documents in each chunk of the paired overhead measure."""
ORDER_SEED = 20240515
"""Fixed seed of the document order, so every run reads the same documents."""
_SPLITS = ("dev", "train")
_WARMUP_DOCS = 2
_BARE_WARMUP_TEXTS = 200
"""Texts the bare side of the overhead tokenizes first (its tokenizer cache holds 10,000 chunks)."""
_MIB = 1024


@attrs.frozen
class Run:
    """What one worker process measured."""

    n_process: int
    round: int
    docs: int
    chars: int
    records: int
    digest: str
    """SHA-256 over the ``repr`` of every :class:`Document`: equal records give equal digests."""
    seconds: float
    """Wall time of the ``Extractor.pipe`` pass."""
    cpu_seconds: float
    """CPU time of that pass, the main process plus its reaped workers."""
    peak_kib: int
    workers_peak_kib: int
    bare_cpu_seconds: float | None = None
    """One-process runs: CPU time of the bare ``nlp.pipe`` chunks over the same documents."""
    paired_cpu_seconds: float | None = None
    """One-process runs: CPU time of the ``Extractor.pipe`` chunks paired with those."""
    chunk_overheads: tuple[float, ...] = attrs.field(default=(), converter=tuple)
    """One-process runs: each chunk's quoteattr CPU time over its bare parse, minus one."""
    other_load: float = 0.0


def text_paths(root: Path) -> list[Path]:
    """The PolNeAR dev and train texts under ``root``, in a fixed shuffled order.

    Raises:
        PolnearError: when ``root`` holds no dev or no train split.
    """
    folders = [split_folder(root, split) / "text" for split in _SPLITS]
    paths = sorted(path for folder in folders for path in folder.glob("*.txt"))
    random.Random(ORDER_SEED).shuffle(paths)
    return paths


def documents(paths: Sequence[Path], count: int, first: int = 1) -> Iterator[str]:
    """``count`` distinct documents, cycling through ``paths``, read lazily.

    Each is a PolNeAR text under a numbered first paragraph (``Item 17.``).
    """
    for number in range(first, first + count):
        yield f"Item {number}.\n\n{read_text(paths[(number - first) % len(paths)])}"


def measure(
    root: Path, docs: int, rounds: int, memory_docs: Sequence[int], memory_processes: int
) -> tuple[list[Run], list[Run]]:
    """The speed runs (1 and 2 processes, alternating) and the memory runs, each a process.

    Raises:
        SystemExit: with one line, when ``root`` holds no PolNeAR texts.
    """
    try:
        found = text_paths(root)
    except PolnearError as error:
        raise SystemExit(f"corpus_scale: {error}") from None
    if not found:
        raise SystemExit(f"corpus_scale: no PolNeAR texts under {root}")
    speed: list[Run] = []
    for number in range(rounds):
        order = (1, 2) if number % 2 == 0 else (2, 1)
        for n_process in order:
            run = _spawn(root, docs, n_process, number, paired=n_process == 1)
            speed.append(run)
            _log(f"  round {number + 1}/{rounds}, {n_process} process(es): {run.seconds:.1f} s")
    memory = []
    for count in memory_docs:
        memory.append(_spawn(root, count, memory_processes, 0, paired=False))
        _log(f"  memory, {count} documents: {memory[-1].peak_kib / _MIB:.0f} MiB")
    return speed, memory


def _spawn(root: Path, docs: int, n_process: int, number: int, *, paired: bool) -> Run:
    command = [sys.executable, __file__, "--worker", "--polnear", str(root), "--docs", str(docs)]
    command += ["--n-process", str(n_process), "--round", str(number)]
    command += ["--paired"] if paired else []
    started, machine_busy, ours = time.perf_counter(), machine_busy_seconds(), children_cpu()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"corpus worker failed ({done.returncode}):\n{done.stderr[-2000:]}")
    others = (machine_busy_seconds() - machine_busy) - (children_cpu() - ours)
    other_load = max(others, 0.0) / (time.perf_counter() - started)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    return Run(n_process=n_process, round=number, other_load=other_load, **report)


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# --- the worker process -------------------------------------------------------------------


def _worker(root: Path, docs: int, n_process: int, number: int, paired: bool) -> dict[str, object]:
    warnings.simplefilter("ignore", UnbalancedQuoteWarning)
    paths = text_paths(root)
    extractor = Extractor()
    # Numbered past the timed documents, so the warm-up texts are not among them.
    for _document in extractor.pipe(documents(paths, _WARMUP_DOCS, first=docs + 1)):
        pass
    started, cpu_started = time.perf_counter(), cpu_seconds()
    digest, records = hashlib.sha256(), 0
    texts = documents(paths, docs)
    for document in extractor.pipe(texts, batch_size=BATCH_SIZE, n_process=n_process):
        digest.update(repr(document).encode("utf-8"))
        records += len(document.quotes)
    seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu_started
    peak_kib = peak_rss_kib()  # before the bare side's pipeline is loaded
    pairs = _paired_chunks(extractor, paths, docs, number) if paired else []
    return {
        "docs": docs,
        "chars": sum(len(text) for text in documents(paths, docs)),
        "records": records,
        "digest": digest.hexdigest()[:16],
        "seconds": seconds,
        "cpu_seconds": cpu,
        "peak_kib": peak_kib,
        "workers_peak_kib": _workers_peak_kib(),
        "bare_cpu_seconds": sum(bare for bare, _ in pairs) if pairs else None,
        "paired_cpu_seconds": sum(ours for _, ours in pairs) if pairs else None,
        "chunk_overheads": [ours / bare - 1 for bare, ours in pairs],
    }


def _paired_chunks(
    extractor: Extractor, paths: Sequence[Path], docs: int, number: int
) -> list[tuple[float, float]]:
    """CPU seconds of a bare parse and of quoteattr for each chunk of the documents."""
    bare_nlp = Extractor().nlp
    for _doc in bare_nlp.pipe(documents(paths, _WARMUP_DOCS, first=docs + 1)):
        pass
    # Texts past the timed ones (the corpus order is fixed), read as the timed pass read its.
    for path in paths[docs : docs + _BARE_WARMUP_TEXTS]:
        bare_nlp.make_doc(read_text(path))
    pairs = []
    for chunk, first in enumerate(range(1, docs + 1, CHUNK_DOCS)):
        texts = list(documents(paths, min(CHUNK_DOCS, docs + 1 - first), first=first))
        bare_first = (chunk + number) % 2 == 0
        if bare_first:
            bare = _cpu(bare_nlp.pipe(texts, batch_size=BATCH_SIZE))
        ours = _cpu(extractor.pipe(texts, batch_size=BATCH_SIZE))
        if not bare_first:
            bare = _cpu(bare_nlp.pipe(texts, batch_size=BATCH_SIZE))
        pairs.append((bare, ours))
    return pairs


def _cpu(results: Iterator[object]) -> float:
    """CPU seconds to exhaust a lazy iterator (``nlp.pipe`` and ``Extractor.pipe`` are)."""
    started = time.process_time()
    for _result in results:
        pass
    return time.process_time() - started


def _workers_peak_kib() -> int:
    multiprocessing.active_children()  # reaps finished workers, so that their peak counts
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss


# --- the report ---------------------------------------------------------------------------


def table(speed: Sequence[Run], memory: Sequence[Run]) -> str:
    """The results as Markdown: speed by process count, the ratios, then memory."""
    rounds = len({run.round for run in speed})
    first = speed[0]
    lines = [
        (
            f"{first.docs} PolNeAR articles ({first.chars:,} characters), batch_size "
            f"{BATCH_SIZE}; median of {rounds} rounds (min-max), each run a fresh process "
            "after a warm-up"
        ),
        "",
        "| processes | wall s | docs/s | CPU s | records | peak MiB | worker MiB | other load |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for n_process in sorted({run.n_process for run in speed}):
        lines.append(_speed_row([run for run in speed if run.n_process == n_process]))
    lines += ["", *_ratios(speed)]
    if memory:
        lines += ["", *_memory_table(memory)]
    return "\n".join(lines)


def _spread(values: Sequence[float], digits: int) -> str:
    return (
        f"{statistics.median(values):.{digits}f} "
        f"({min(values):.{digits}f}-{max(values):.{digits}f})"
    )


def _speed_row(runs: Sequence[Run]) -> str:
    rate = [run.docs / run.seconds for run in runs]
    cells = [
        str(runs[0].n_process),
        _spread([run.seconds for run in runs], 1),
        _spread(rate, 1),
        f"{statistics.median(run.cpu_seconds for run in runs):.1f}",
        f"{runs[0].records:,}",
        f"{max(run.peak_kib for run in runs) / _MIB:.0f}",
        f"{max(run.workers_peak_kib for run in runs) / _MIB:.0f}" if runs[0].n_process > 1 else "-",
        f"{statistics.median(run.other_load for run in runs):.2f}",
    ]
    return f"| {' | '.join(cells)} |"


def _ratios(speed: Sequence[Run]) -> list[str]:
    one = {run.round: run for run in speed if run.n_process == 1}
    two = {run.round: run for run in speed if run.n_process == 2}
    lines = []
    if one and two:
        factor = statistics.median(r.seconds for r in one.values()) / statistics.median(
            r.seconds for r in two.values()
        )
        per_round = [one[n].seconds / two[n].seconds for n in sorted(one) if n in two]
        same = len({run.digest for run in speed}) == 1
        lines.append(
            f"- **2 processes vs 1** (docs/s, ratio of medians): x{factor:.2f} "
            f"(per round {', '.join(f'x{r:.2f}' for r in per_round)}; target x1.80 or more); "
            f"records {'identical' if same else 'DIFFER'} with 1 and 2 processes"
        )
    timed = sorted(
        (run for run in one.values() if run.bare_cpu_seconds and run.paired_cpu_seconds),
        key=lambda run: run.round,
    )
    if timed:
        per_round = [
            (run.paired_cpu_seconds or 0.0) / (run.bare_cpu_seconds or 1.0) - 1 for run in timed
        ]
        chunks = [ratio for run in timed for ratio in run.chunk_overheads]
        bare = [run.bare_cpu_seconds or 0.0 for run in timed]
        lines.append(
            f"- **overhead over the bare parse** (1 process, CPU time, {len(chunks)} chunks of "
            f"{CHUNK_DOCS} documents, each parsed bare and by quoteattr one after the other): "
            f"{_percent_spread(per_round)} over the rounds (per round "
            f"{', '.join(f'{p:+.1%}' for p in per_round)}); chunks median "
            f"{_percent_spread(chunks)}; bare {statistics.median(bare):.1f} s a round; "
            "target +5% or less"
        )
    return lines


def _percent_spread(values: Sequence[float]) -> str:
    return f"{statistics.median(values):+.1%} ({min(values):+.1%} to {max(values):+.1%})"


def _memory_table(memory: Sequence[Run]) -> list[str]:
    small, large = memory[0], memory[-1]
    lines = [
        f"peak memory, each run a fresh process with {small.n_process} process(es):",
        "",
        "| documents | characters | wall s | records | peak MiB | worker MiB | other load |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for run in memory:
        workers = f"{run.workers_peak_kib / _MIB:.0f}" if run.n_process > 1 else "-"
        lines.append(
            f"| {run.docs:,} | {run.chars:,} | {run.seconds:.1f} | {run.records:,} "
            f"| {run.peak_kib / _MIB:.0f} | {workers} | {run.other_load:.2f} |"
        )
    if small is not large:
        ratio = large.peak_kib / small.peak_kib
        workers = (
            f", largest worker x{large.workers_peak_kib / small.workers_peak_kib:.2f}"
            if small.workers_peak_kib and large.n_process > 1
            else ""
        )
        lines += [
            "",
            (
                f"- **memory, {large.docs:,} vs {small.docs:,} documents**: main process "
                f"x{ratio:.2f}{workers} (target x1.20 or less)"
            ),
        ]
    return lines


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--polnear", type=Path, required=True, help="local PolNeAR copy")
    parser.add_argument("--docs", type=int, default=500, help="documents in each speed run")
    parser.add_argument("--rounds", type=int, default=3, help="speed rounds (1 and 2 processes)")
    parser.add_argument(
        "--memory-docs",
        type=int,
        nargs=2,
        default=(200, 2000),
        metavar=("SMALL", "LARGE"),
        help="document counts of the two memory runs",
    )
    parser.add_argument("--memory-processes", type=int, default=2, help="n_process of those")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--n-process", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--round", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--paired", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.docs < 1 or args.rounds < 1 or min(args.memory_docs) < 1:
        parser.error("--docs, --rounds and --memory-docs need 1 or more")
    return args


def main(argv: Sequence[str] | None = None) -> None:
    """Measure and print the table (or, with ``--worker``, one run's JSON line)."""
    args = _parse_args(argv)
    if args.worker:
        report = _worker(args.polnear, args.docs, args.n_process, args.round, args.paired)
        print(json.dumps(report))
        return
    speed, memory = measure(
        args.polnear, args.docs, args.rounds, args.memory_docs, args.memory_processes
    )
    print(table(speed, memory))


if __name__ == "__main__":
    main()
