"""The speed and memory table: medians over rounds, overhead ratios, extraction share."""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence

from speed import BATCH_SIZE, Config, Run

_MIB = 1024


def speed_table(runs: Sequence[Run], configs: Sequence[Config], description: str) -> str:
    """Every configuration's median times, throughput and peak memory, then the ratios.

    Args:
        runs: The runs of :func:`speed.measure`.
        configs: The configurations, in table order.
        description: What the texts are (``"202 documents (2 seeds + 200 synthetic)"``).
    """
    rounds = len({run.round for run in runs})
    tokens = max(run.tokens for run in runs)
    lines = [
        (
            f"speed: {description}, {tokens:,} tokens, batch_size {BATCH_SIZE}; median of "
            f"{rounds} rounds, each run in a fresh process after a warm-up"
        ),
        "",
        (
            f"{'configuration':<26}{'n_proc':>6}{'wall s':>8}{'(min-max)':>14}{'CPU s':>8}"
            f"{'docs/s':>8}{'tokens/s':>10}{'peak MiB':>10}{'worker MiB':>12}{'other load':>12}"
        ),
    ]
    lines += [_row(runs, config, tokens) for config in configs]
    lines += ["", *_overheads(runs, configs), *_scaling(runs, configs)]
    lines += _extraction_share(runs, configs)
    return "\n".join(lines)


def _of(runs: Sequence[Run], config: Config) -> list[Run]:
    return sorted((run for run in runs if run.config == config), key=lambda run: run.round)


def _median(runs: Sequence[Run], config: Config, value: Callable[[Run], float]) -> float:
    return statistics.median(value(run) for run in _of(runs, config))


def _wall(run: Run) -> float:
    return run.seconds


def _cpu(run: Run) -> float:
    return run.cpu_seconds


def _row(runs: Sequence[Run], config: Config, tokens: int) -> str:
    mine = _of(runs, config)
    wall = _median(runs, config, _wall)
    spread = f"({min(r.seconds for r in mine):.2f}-{max(r.seconds for r in mine):.2f})"
    peak = max(run.peak_kib for run in mine) / _MIB
    workers = max(run.workers_peak_kib for run in mine) / _MIB
    shown_workers = f"{workers:.0f}" if workers else "-"
    return (
        f"{config.label:<26}{config.n_process:>6}{wall:>8.2f}{spread:>14}"
        f"{_median(runs, config, _cpu):>8.2f}{mine[0].docs / wall:>8.1f}{tokens / wall:>10,.0f}"
        f"{peak:>10.0f}{shown_workers:>12}{statistics.median(r.other_load for r in mine):>12.2f}"
    )


def _overheads(runs: Sequence[Run], configs: Sequence[Config]) -> list[str]:
    lines = [
        "overhead = quoteattr time / bare time - 1 (ratio of medians; per round in brackets;",
        "  'best' is the ratio of the fastest rounds, which timeit advises on a shared machine)",
    ]
    for n in sorted({c.n_process for c in configs}):
        bare, ours = Config("bare", n), Config("quoteattr", n)
        if bare in configs and ours in configs:
            wall = _overhead(runs, bare, ours, _wall)
            cpu = _overhead(runs, bare, ours, _cpu)
            lines.append(f"  n_process={n}: wall {wall}; CPU {cpu}")
    return lines


def _overhead(
    runs: Sequence[Run], bare: Config, ours: Config, value: Callable[[Run], float]
) -> str:
    overall = _median(runs, ours, value) / _median(runs, bare, value) - 1
    best = min(map(value, _of(runs, ours))) / min(map(value, _of(runs, bare))) - 1
    paired = [
        value(o) / value(b) - 1 for b, o in zip(_of(runs, bare), _of(runs, ours), strict=False)
    ]
    return f"{overall:+.1%} [{', '.join(f'{ratio:+.1%}' for ratio in paired)}], best {best:+.1%}"


def _scaling(runs: Sequence[Run], configs: Sequence[Config]) -> list[str]:
    speedups = []
    for mode in ("bare", "quoteattr"):
        one, two = Config(mode, 1), Config(mode, 2)
        if one in configs and two in configs:
            factor = _median(runs, one, _wall) / _median(runs, two, _wall)
            speedups.append(f"{mode} x{factor:.2f}")
    if not speedups:
        return []
    return [f"n_process=2 vs 1 (wall-time speed-up): {', '.join(speedups)}"]


def _extraction_share(runs: Sequence[Run], configs: Sequence[Config]) -> list[str]:
    lines = []
    for config in configs:
        timed = [t for t in (_split_times(run) for run in _of(runs, config)) if t is not None]
        if not timed:
            continue
        shares = [extract / parse for parse, extract in timed]
        parse = statistics.median(parse for parse, _ in timed)
        extract = statistics.median(extract for _, extract in timed)
        lines.append(
            f"extraction only (CPU time of analyze_doc on parsed docs / of parsing them): "
            f"{statistics.median(shares):.1%} ({extract:.2f} s / {parse:.2f} s; "
            f"per round {', '.join(f'{share:.1%}' for share in shares)}; best {min(shares):.1%})"
        )
    return lines


def _split_times(run: Run) -> tuple[float, float] | None:
    """``(parse seconds, extraction seconds)`` of a ``split`` run, else None."""
    if not run.parse_seconds or run.extract_seconds is None:
        return None
    return run.parse_seconds, run.extract_seconds
