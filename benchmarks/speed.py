"""Speed and peak memory: bare ``nlp.pipe`` against quoteattr's ``Extractor.pipe``.

Every measurement runs in a fresh Python process (``python benchmarks/speed.py --worker ...``)
that loads the pipeline, warms it up on the first texts, makes one timed pass over all texts
and prints one JSON line: wall time, CPU time (its own plus its workers'), and peak memory.
The parent alternates the configurations within each round (reversing the order every other
round) and reports medians over rounds, because the machines this runs on are noisy.

Configurations:

- ``bare``: ``load_pipeline().pipe(texts)``, the parse quoteattr needs and nothing more;
- ``quoteattr``: ``Extractor().pipe(texts)``, the same parse plus extraction, records out;
- ``split`` (one process): parse every text into a list, then run ``analyze_doc`` alone on
  the parsed docs; the CPU time of each step gives extraction as a share of parsing, free of
  process-start and scheduling noise.

Peak memory is the process's ``VmHWM`` from ``/proc/self/status``: ``ru_maxrss`` of a process
started by ``subprocess`` also counts its parent's memory from before ``exec`` on Linux, so the
parent's loaded model would show up in every worker. With ``n_process`` > 1 the largest of
spaCy's worker processes is reported from ``RUSAGE_CHILDREN``; forked workers count the pages
they share with the main process, so that figure is an upper bound.

Each run also records how many cores other processes kept busy meanwhile (``/proc/stat``
busy time minus the worker's own CPU time), so a noisy round can be recognised as such.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import attrs

from quoteattr.analysis import analyze_doc
from quoteattr.api import Extractor, load_pipeline
from quoteattr.errors import UnbalancedQuoteWarning

BATCH_SIZE = 16
_WARMUP_TEXTS = 2


@attrs.frozen
class Config:
    """One measured configuration."""

    mode: str
    """``bare``, ``quoteattr`` or ``split``."""
    n_process: int = 1

    @property
    def label(self) -> str:
        """The configuration as the table shows it."""
        names = {"bare": "bare nlp.pipe", "quoteattr": "quoteattr Extractor.pipe"}
        return names.get(self.mode, "parse, then analyze_doc")


@attrs.frozen
class Run:
    """What one worker process measured."""

    config: Config
    round: int
    """The round the run belongs to (0-based)."""
    seconds: float
    """Wall time of the pass (for ``split``: parse plus extraction)."""
    cpu_seconds: float
    """CPU time (user + system) of the pass, the worker's own plus its children's."""
    docs: int
    tokens: int
    """Tokens parsed (0 when the configuration does not see the ``Doc``)."""
    peak_kib: int
    """Peak resident set size of the worker's main process."""
    workers_peak_kib: int
    """Peak resident set size of its largest child (spaCy's ``n_process`` workers), or 0."""
    other_load: float = 0.0
    """Cores kept busy by other processes, averaged over the worker's life (``/proc/stat``)."""
    parse_seconds: float | None = None
    """``split`` only: CPU time of parsing."""
    extract_seconds: float | None = None
    """``split`` only: CPU time of ``analyze_doc`` on the parsed docs."""


def measure(
    texts: Sequence[str],
    configs: Sequence[Config],
    rounds: int,
    log: Callable[[str], None] | None = None,
) -> list[Run]:
    """Run every configuration ``rounds`` times in fresh processes, alternating their order.

    Args:
        texts: The texts every configuration processes; the first two warm the pipeline up.
        configs: The configurations; round ``r`` runs them in order, reversed when ``r`` is odd.
        rounds: Repetitions of each configuration.
        log: Called with a progress line after each run, if given.
    """
    runs: list[Run] = []
    with tempfile.TemporaryDirectory(prefix="quoteattr-bench-") as folder:
        path = Path(folder) / "texts.json"
        path.write_text(json.dumps(list(texts)), encoding="utf-8")
        for number in range(rounds):
            order = list(configs) if number % 2 == 0 else list(reversed(configs))
            for config in order:
                run = _spawn(config, path, number)
                runs.append(run)
                if log is not None:
                    log(
                        f"  round {number + 1}/{rounds}: {config.label}, n_process="
                        f"{config.n_process}: {run.seconds:.2f} s"
                    )
    return runs


def _spawn(config: Config, texts_path: Path, number: int) -> Run:
    command = [
        sys.executable,
        __file__,
        "--worker",
        config.mode,
        "--n-process",
        str(config.n_process),
        "--texts",
        str(texts_path),
    ]
    started, machine_busy, ours = time.perf_counter(), machine_busy_seconds(), children_cpu()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(
            f"speed worker {config} failed with exit code {done.returncode}:\n{done.stderr[-2000:]}"
        )
    others = (machine_busy_seconds() - machine_busy) - (children_cpu() - ours)
    other_load = max(others, 0.0) / (time.perf_counter() - started)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    return Run(config=config, round=number, other_load=other_load, **report)


def children_cpu() -> float:
    """CPU seconds (user + system) of this process's finished, reaped children."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def machine_busy_seconds() -> float:
    """CPU seconds all cores have spent busy since boot (``/proc/stat``; 0 when unreadable)."""
    try:
        fields = Path("/proc/stat").read_text(encoding="utf-8").splitlines()[0].split()
    except (OSError, IndexError):
        return 0.0
    # cpu user nice system idle iowait irq softirq steal ...: busy is all but idle and iowait.
    jiffies = [int(value) for value in fields[1:9]]
    busy = sum(jiffies) - jiffies[3] - jiffies[4]
    return busy / os.sysconf("SC_CLK_TCK")


# --- the worker process -------------------------------------------------------------------


def _worker(mode: str, n_process: int, texts: list[str]) -> dict[str, object]:
    warnings.simplefilter("ignore", UnbalancedQuoteWarning)
    parse_seconds = extract_seconds = None
    tokens = 0
    if mode == "bare":
        nlp = load_pipeline()
        _warm_up(nlp.pipe(texts[:_WARMUP_TEXTS], batch_size=BATCH_SIZE))
        started, cpu_started = time.perf_counter(), cpu_seconds()
        for doc in nlp.pipe(texts, batch_size=BATCH_SIZE, n_process=n_process):
            tokens += len(doc)
    else:
        extractor = Extractor()
        _warm_up(extractor.pipe(texts[:_WARMUP_TEXTS], batch_size=BATCH_SIZE))
        started, cpu_started = time.perf_counter(), cpu_seconds()
        if mode == "quoteattr":
            for _document in extractor.pipe(texts, batch_size=BATCH_SIZE, n_process=n_process):
                pass
        else:
            parse_seconds, extract_seconds, tokens = _split(extractor, texts)
    seconds = time.perf_counter() - started
    multiprocessing.active_children()  # reaps finished workers: their CPU and peak count
    return {
        "seconds": seconds,
        "cpu_seconds": cpu_seconds() - cpu_started,
        "docs": len(texts),
        "tokens": tokens,
        "peak_kib": peak_rss_kib(),
        "workers_peak_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
        "parse_seconds": parse_seconds,
        "extract_seconds": extract_seconds,
    }


def _warm_up(results: Iterable[object]) -> None:
    # First-call allocations and lazy imports are not the cost being measured. spaCy's
    # n_process workers start cold, as they do in real use.
    for _result in results:
        pass


def _split(extractor: Extractor, texts: list[str]) -> tuple[float, float, int]:
    started = time.process_time()
    docs = list(extractor.nlp.pipe(texts, batch_size=BATCH_SIZE))
    parsed = time.process_time()
    for doc in docs:
        analyze_doc(doc, lexicon=extractor.lexicon)
    return parsed - started, time.process_time() - parsed, sum(len(doc) for doc in docs)


def cpu_seconds() -> float:
    """CPU seconds (user + system) of this process and its reaped children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def peak_rss_kib() -> int:
    """This process's peak resident set size in KiB (``VmHWM``; ``ru_maxrss`` off Linux)."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="utf-8").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # macOS counts bytes


def _main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="One speed measurement (used by run.py).")
    parser.add_argument("--worker", choices=("bare", "quoteattr", "split"), required=True)
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--texts", type=Path, required=True, help="JSON list of texts")
    args = parser.parse_args(argv)
    texts = json.loads(args.texts.read_text(encoding="utf-8"))
    print(json.dumps(_worker(args.worker, args.n_process, texts)))


if __name__ == "__main__":
    _main()
