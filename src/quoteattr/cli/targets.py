"""Where ``quoteattr extract`` writes: which kind of output each option asks for.

* JSON Lines, CSV and speakers to a file go through a :class:`~quoteattr.io.resume.Partial`
  (``FILE.partial`` and its index, renamed into place at the end), so that an interrupted
  run can be resumed;
* Parquet goes through a :class:`~quoteattr.io.parquet.ParquetWriter` (a temporary file
  renamed into place; Parquet cannot be appended to, so it is not resumable);
* everything else (standard output, the whole-document formats, ``/dev/null``) through an
  :class:`~quoteattr.io.output.Output`.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Sequence
from typing import TypeAlias

import click

from .. import __version__
from ..api import DEFAULT_MODEL
from ..io.output import STDOUT, Output, refuse_overwriting_inputs
from ..io.parquet import ParquetWriter
from ..io.resume import RESUMABLE_FORMATS, Partial
from .run import PROG

FORMATS = ("jsonl", "csv", "speakers", "parquet", "html", "jsonld", "annotation")
"""The ``--format`` choices."""

Target: TypeAlias = Output | Partial | ParquetWriter


def usage_problem(
    paths: Sequence[str], output: str, *, fmt: str, resume: bool, summary: str | None
) -> str | None:
    """Why these output options cannot work together, in one line, or None."""
    overlap = refuse_overwriting_inputs(output, paths)
    if overlap is not None:
        return overlap
    if fmt == "parquet" and output == STDOUT:
        return "--format parquet needs -o FILE: Parquet is binary, not for standard output"
    if resume and output == STDOUT:
        return "--resume needs -o FILE: the interrupted run's partial output is beside it"
    if resume and fmt not in RESUMABLE_FORMATS:
        return (
            f"--resume works with {', '.join(RESUMABLE_FORMATS)}; a {fmt} file is written "
            "whole at the end, so an interrupted run starts again (without --resume)"
        )
    if resume and not _partial_possible(output):
        return f"--resume needs -o FILE to be a regular file, and {output} is not"
    if summary is not None and summary != STDOUT:
        if output != STDOUT and os.path.abspath(summary) == os.path.abspath(output):
            return "--summary and -o name the same file; write the summary somewhere else"
        overlap = refuse_overwriting_inputs(summary, paths)
        if overlap is not None:
            return overlap.replace("output", "summary", 1)
    return None


def open_target(output: str, *, fmt: str, resume: bool, model: str | None) -> Target:
    """The output for these options, nothing replaced yet.

    Raises:
        OutputError: if it cannot be created.
        ParquetOutputError: likewise, for Parquet.
        ResumeError: if a partial output is in the way (without ``resume``), or there is
            none to resume, or it was written with other settings.
        ImportError: for Parquet without pyarrow (the message names the extra).
    """
    if fmt == "parquet":
        return ParquetWriter(output)
    if fmt in RESUMABLE_FORMATS and _partial_possible(output):
        settings: dict[str, str | None] = {
            "format": fmt,
            "model": model or DEFAULT_MODEL,
            "quoteattr": __version__,
        }
        if resume:
            return Partial.resume(output, settings)
        return Partial.start(output, settings)
    return Output.open(output)


def commit_target(target: Target) -> None:
    """Move the finished output into place.

    Raises:
        OutputError: if it cannot be done (a partial output is kept for a resume).
        ParquetOutputError: likewise, for Parquet.
    """
    if isinstance(target, ParquetWriter):
        target.close()
    else:
        target.commit()


def close_target(target: Target, *, keep: bool, say: bool = True) -> None:
    """Give up on the output; with ``keep``, leave a partial output for ``--resume``.

    Never raises. With ``say``, says on standard error where a kept partial output is.
    """
    if isinstance(target, Partial):
        if keep and target.keep() and say:
            click.echo(
                f"{PROG}: the records of the first {target.inputs} inputs are in "
                f"{target.path}; continue with the same command and --resume",
                err=True,
            )
        elif not keep:
            target.discard()
    else:
        target.discard()


def progress_shown(progress: bool | None) -> bool:
    """Whether the bar and the summary go to standard error (by default: a terminal)."""
    if progress is not None:
        return progress
    return sys.stderr is not None and sys.stderr.isatty()


def _partial_possible(output: str) -> bool:
    """Whether ``output`` is a file that can be written beside (not ``-``, not a device)."""
    if output == STDOUT:
        return False
    try:
        return stat.S_ISREG(os.stat(output).st_mode)
    except FileNotFoundError:
        return True
    except OSError:
        return False
