"""What the benchmark ran on: date, machine, versions, and how busy the machine was."""

from __future__ import annotations

import multiprocessing
import os
import platform
import subprocess
import time
from datetime import datetime, timezone
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from spacy.language import Language

_BURN_LOOPS = 8_000_000


def header_lines(nlp: Language, repo: Path) -> list[str]:
    """``name: value`` lines describing the run, for the top of the results."""
    meta = nlp.meta
    return [
        f"date: {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC",
        (
            f"machine: {cpu_model()}, {os.cpu_count()} cores "
            f"({len(os.sched_getaffinity(0))} usable), {memory_gib():.1f} GiB RAM"
        ),
        f"load average at start: {_load_average()}; {parallel_capacity()}",
        f"python: {platform.python_version()} ({platform.system()} {platform.machine()})",
        (
            f"spacy: {_version('spacy')}; textacy: {_version('textacy')}; "
            f"quoteattr: {_version('quoteattr')} ({git_revision(repo)})"
        ),
        (
            f"model: {meta.get('lang')}_{meta.get('name')} {meta.get('version')} "
            f"(pipes: {', '.join(nlp.pipe_names)})"
        ),
    ]


def cpu_model() -> str:
    """The CPU's model name from ``/proc/cpuinfo``, or the platform's processor string."""
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def memory_gib() -> float:
    """Total RAM in GiB from ``/proc/meminfo`` (0 when unreadable)."""
    try:
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 2**20
    except (OSError, ValueError, IndexError):
        pass
    return 0.0


def _load_average() -> str:
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "unknown"
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "not installed"


def git_revision(repo: Path) -> str:
    """``git <short hash>``, with ``+ uncommitted changes`` when the tree is dirty."""
    try:
        head = _git(repo, "rev-parse", "--short", "HEAD")
        dirty = _git(repo, "status", "--porcelain", "--untracked-files=no")
    except (OSError, subprocess.CalledProcessError):
        return "no git revision"
    return f"git {head}" + (" + uncommitted changes" if dirty else "")


def _git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def _burn(loops: int) -> float:
    started = time.perf_counter()
    total = 0
    for i in range(loops):
        total += i * i
    return time.perf_counter() - started


def parallel_capacity() -> str:
    """How much faster two busy processes get through work than one, right now.

    Notes:
        On a shared machine the second core may be busy with someone else's work, which
        caps what ``n_process=2`` can gain; this makes that visible next to the timings.
    """
    alone = _burn(_BURN_LOOPS)
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with context.Pool(2) as pool:
        pool.map(_burn, [1, 1])  # both workers up before the clock starts
        started = time.perf_counter()
        pool.map(_burn, [_BURN_LOOPS, _BURN_LOOPS])
        both = time.perf_counter() - started
    return f"2 busy processes did x{2 * alone / both:.2f} the work of 1 (ideal x2)"
