"""The ``quoteattr`` command: parse options, call the API, write what it returns.

Exit status: 0 when at least one input was processed (also when no quote was found),
1 when no input could be processed, 2 for a usage error, a model that cannot be loaded or
a malformed evaluation file, 130 when interrupted.
"""

from __future__ import annotations

import codecs
import io
import itertools
import os
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from importlib.metadata import PackageNotFoundError, version
from typing import TextIO

import attrs
import click
from tqdm import tqdm

from . import __version__
from .api import DEFAULT_MODEL, Extractor
from .errors import GoldFormatError, ModelError, QuoteattrError
from .inputs import SourceProblem, SourceText, count_sources, iter_sources
from .records import Document, Quote
from .serialize import (
    dumps_json,
    write_csv,
    write_csv_header,
    write_jsonl,
    write_speakers_jsonl,
)

PROG = "quoteattr"
EXIT_NOTHING_PROCESSED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

FORMATS = ("jsonl", "csv", "speakers")


def _fail(message: str, code: int) -> click.exceptions.Exit:
    click.echo(f"{PROG}: error: {message}", err=True)
    return click.exceptions.Exit(code)


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    try:
        spacy_version = version("spacy")
    except PackageNotFoundError:  # pragma: no cover - spaCy is a dependency
        spacy_version = "not installed"
    click.echo(f"{PROG} {__version__} (spaCy {spacy_version})")
    ctx.exit()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_version,
    help="Show the version of quoteattr and spaCy, then exit.",
)
def main() -> None:
    """Find who said what in news text.

    quoteattr finds direct quotes ("We will act," she said), mixed quotes and reported
    speech (officials confirmed that ...) and attributes each to its speaker, with the
    speaker's role and affiliation. Offsets count characters of the input text.

    \b
    Examples:
      quoteattr extract seeds/
      quoteattr extract article.txt --format csv -o quotes.csv
      cat a.txt | quoteattr extract -
      quoteattr evaluate benchmarks/gold/seeds.jsonl out.jsonl

    Run 'quoteattr COMMAND --help' for the options of a command.
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="jsonl",
    show_default=True,
    help="jsonl: one quote a line; csv: one quote a row; speakers: one speaker a line.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, allow_dash=True),
    default="-",
    help="Write here instead of standard output.",
)
@click.option(
    "--model",
    default=None,
    metavar="NAME",
    help=f"Installed spaCy pipeline (name or path). [default: {DEFAULT_MODEL}]",
)
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=16,
    show_default=True,
    help="Texts parsed per batch.",
)
@click.option(
    "--n-process",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Processes to parse with.",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show a progress bar on standard error. [default: on when it is a terminal "
    "and there is more than one input]",
)
def extract(
    paths: tuple[str, ...],
    fmt: str,
    output: str,
    model: str | None,
    batch_size: int,
    n_process: int,
    progress: bool | None,
) -> None:
    """Extract attributed statements from texts.

    PATH is a UTF-8 text file, a directory (its *.txt files, not recursive), or - for
    standard input. A document's id is its file name without extension ("stdin" for -).
    Files that cannot be read are reported on standard error and skipped. Offsets count
    characters of the file as stored, after a UTF-8 byte order mark if there is one.

    \b
    Formats:
      jsonl     one quote per line:
                {"id", "doc_id", "kind", "content": {"text", "start", "end", "parts"},
                 "cue": {"text", "lemma", "start", "end", "category", "negated"},
                 "speaker": {"text", "start", "end", "name", "kind", "role", "title",
                             "affiliation", "entity", "resolution"},
                 "attribution", "sentence", "paragraph", "via", "parent"}
      csv       one quote per row, the same fields flattened (cue_text, speaker_name ...)
      speakers  one speaker per line with its doc_id, mentions and quote ids

    \b
    Examples:
      quoteattr extract seeds/
      quoteattr extract article.txt --format csv -o quotes.csv
      cat a.txt | quoteattr extract -
    """
    try:
        _extract(paths, fmt, output, model, batch_size, n_process, progress)
    except KeyboardInterrupt:
        raise click.exceptions.Exit(EXIT_INTERRUPTED) from None
    except BrokenPipeError:
        # The reader went away (quoteattr extract ... | head): stop quietly, and keep
        # Python from complaining when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise click.exceptions.Exit(0) from None
    except ModelError as exc:
        raise _fail(str(exc), EXIT_USAGE) from None
    except QuoteattrError as exc:
        raise _fail(str(exc), EXIT_NOTHING_PROCESSED) from None


def _extract(
    paths: tuple[str, ...],
    fmt: str,
    output: str,
    model: str | None,
    batch_size: int,
    n_process: int,
    progress: bool | None,
) -> None:
    extractor = Extractor(model)  # first: a model that cannot load should fail fast
    total = count_sources(paths)
    if progress is None:
        progress = total > 1 and sys.stderr.isatty()
    write = _writer(fmt)
    processed = 0
    with ExitStack() as stack:
        out = _open_output(output, stack)
        bar = stack.enter_context(
            tqdm(total=total, unit="doc", file=sys.stderr, disable=not progress, leave=False)
        )

        def show_warning(
            message: Warning | str,
            category: type[Warning],
            filename: str,
            lineno: int,
            file: TextIO | None = None,
            line: str | None = None,
        ) -> None:
            # One plain line per warning ("quoteattr: warning: DOC: char N: ..."), not
            # Python's file-and-line form, and kept clear of the progress bar.
            text = f"{PROG}: warning: {message}"
            if progress:
                bar.write(text, file=sys.stderr)
            else:
                click.echo(text, err=True)

        stack.enter_context(warnings.catch_warnings())
        warnings.showwarning = show_warning

        def report(problem: SourceProblem) -> None:
            line = f"{PROG}: error: {problem.path}: {problem.message}"
            if progress:
                bar.write(line, file=sys.stderr)
                bar.update()
            else:
                click.echo(line, err=True)

        # Two views of one stream of sources, so pipe() may read texts and ids in any order.
        texts, ids = itertools.tee(_readable(iter_sources(paths), report))
        documents = extractor.pipe(
            (source.text for source in texts),
            doc_ids=(source.doc_id for source in ids),
            batch_size=batch_size,
            n_process=n_process,
        )
        for document in documents:
            if processed == 0 and fmt == "csv":
                write_csv_header(out)
            write(document, out)
            processed += 1
            bar.update()
        out.flush()
    if processed == 0:
        raise _fail("no input could be processed", EXIT_NOTHING_PROCESSED)


def _readable(
    sources: Iterable[SourceText | SourceProblem], report: Callable[[SourceProblem], None]
) -> Iterator[SourceText]:
    for source in sources:
        if isinstance(source, SourceProblem):
            report(source)
        else:
            yield source


def _open_output(output: str, stack: ExitStack) -> TextIO:
    if output == "-":
        stdout = sys.stdout  # left open
        if isinstance(stdout, io.TextIOWrapper) and codecs.lookup(stdout.encoding).name != "utf-8":
            stdout.reconfigure(encoding="utf-8")  # JSON Lines and CSV are read as UTF-8
        return stdout
    try:
        # newline="" so the csv module's line ends are written as they are.
        return stack.enter_context(open(output, "w", encoding="utf-8", newline=""))
    except OSError as exc:
        raise _fail(f"{output}: cannot write: {exc.strerror or exc}", EXIT_USAGE) from None


def _with_doc_id(document: Document) -> Iterator[Quote]:
    for quote in document.quotes:
        yield quote if quote.doc_id is not None else attrs.evolve(quote, doc_id=document.doc_id)


def _writer(fmt: str) -> Callable[[Document, TextIO], object]:
    if fmt == "csv":
        return lambda document, out: write_csv(_with_doc_id(document), out, header=False)
    if fmt == "speakers":
        return lambda document, out: write_speakers_jsonl([document], out)
    return lambda document, out: write_jsonl(_with_doc_id(document), out)


@main.command("evaluate")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.argument("pred", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def evaluate_command(gold: str, pred: str, as_json: bool) -> None:
    """Score predicted quotes against gold quotes.

    GOLD and PRED are JSON Lines files of quotes in the format 'quoteattr extract' writes.
    Gold files may be written by hand: only "kind" and "content" ({"text", "start", "end"},
    with text as long as end - start) are required; blank lines and lines starting with //
    are skipped.

    \b
    Example:
      quoteattr extract seeds/ -o out.jsonl
      quoteattr evaluate benchmarks/gold/seeds.jsonl out.jsonl
    """
    from .evaluate import evaluate_files  # loaded only for this command

    try:
        report = evaluate_files(gold, pred)
    except (GoldFormatError, OSError) as exc:
        raise _fail(str(exc), EXIT_USAGE) from None
    except KeyboardInterrupt:
        raise click.exceptions.Exit(EXIT_INTERRUPTED) from None
    click.echo(dumps_json(report.to_dict()) if as_json else report.table())
