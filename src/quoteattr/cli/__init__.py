"""The ``quoteattr`` command: parse options, call the API, write what it returns.

Exit status of ``quoteattr extract``:

* 0: every input gave its records (also when no quote was found);
* 1: no input could be processed;
* 2: usage error: a bad option, a model that cannot be loaded, an output that is also an
  input, a partial output of an interrupted run in the way (or none to ``--resume``), a
  format whose extra is not installed (``evaluate``: also a missing or malformed gold or
  prediction file);
* 3: some inputs were skipped (each is named on standard error), the others gave theirs;
* 4: the output could not be written (any previous output file is left as it was);
* 130: interrupted (Ctrl-C); 143 when stopped by SIGTERM.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

import click

from .. import __version__
from ..api import DEFAULT_MODEL, Extractor
from ..errors import GoldFormatError, ModelError, QuoteattrError
from ..io import dumps_json
from ..io.inputs import StdinFormat
from ..io.output import OutputError
from ..io.parquet import ParquetOutputError
from ..io.resume import ResumeError
from ..io.summary import write_summary
from .run import PROG, RunOptions, Terminated, one_line, run_extract, sigterm_raises
from .targets import (
    FORMATS,
    Target,
    close_target,
    commit_target,
    open_target,
    progress_shown,
    usage_problem,
)
from .verify import verify_command

EXIT_NOTHING_PROCESSED = 1
EXIT_USAGE = 2
EXIT_SOME_SKIPPED = 3
EXIT_OUTPUT = 4
EXIT_INTERRUPTED = 130


def _fail(message: str, code: int) -> click.exceptions.Exit:
    click.echo(one_line(f"{PROG}: error: {message}"), err=True)
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
    help="jsonl: one quote a line; csv: one quote a row; speakers: one speaker a line; "
    "parquet: one quote a row, columnar (needs -o); html, jsonld, annotation: see Formats "
    "below.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, allow_dash=True),
    default="-",
    help="Write here instead of standard output. An existing file is replaced only at the "
    "end of a run that processed some input; a failed or interrupted run leaves it as it "
    "was (jsonl, csv, speakers: with what it did in FILE.partial, for --resume).",
)
@click.option(
    "--resume",
    is_flag=True,
    help="Continue the interrupted run that left FILE.partial (needs -o FILE, the same "
    "inputs and options; jsonl, csv and speakers only).",
)
@click.option(
    "--model",
    default=None,
    metavar="NAME",
    help=f"Installed spaCy pipeline (name or path). [default: {DEFAULT_MODEL}]",
)
@click.option("-r", "--recursive", is_flag=True, help="Read the subdirectories of directories too.")
@click.option(
    "--stdin-format",
    type=click.Choice(["text", "jsonl"]),
    default="text",
    show_default=True,
    help="How - is read: one text, or JSON Lines articles, one a line.",
)
@click.option(
    "-j",
    "--processes",
    type=click.IntRange(min=1),
    default=None,
    help="Processes that parse and analyse, each with its own copy of the pipeline. [default: 1]",
)
@click.option("--n-process", type=click.IntRange(min=1), default=None, hidden=True)
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=16,
    show_default=True,
    help="Texts parsed together, and sent to a process at a time.",
)
@click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    default=0.0,
    show_default=True,
    metavar="P",
    help="Keep only records whose confidence is at least P (0 to 1; 0 keeps all). Of "
    "records with confidence 0.9 or more, about 9 in 10 are right.",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show a progress bar (documents, characters, records, rates, time left) on "
    "standard error. [default: on when it is a terminal and there is more than one input]",
)
@click.option(
    "-q", "--quiet", is_flag=True, help="No progress bar and no summary on standard error."
)
@click.option(
    "--summary",
    "summary_path",
    type=click.Path(dir_okay=False, allow_dash=True),
    default=None,
    metavar="FILE",
    help="Also write the run's summary to FILE as JSON.",
)
def extract(
    paths: tuple[str, ...],
    fmt: str,
    output: str,
    resume: bool,
    model: str | None,
    recursive: bool,
    stdin_format: StdinFormat,
    processes: int | None,
    n_process: int | None,
    batch_size: int,
    min_confidence: float,
    progress: bool | None,
    quiet: bool,
    summary_path: str | None,
) -> None:
    """Extract attributed statements from texts.

    PATH is a UTF-8 text file, a JSON Lines corpus (*.jsonl, also .gz, .bz2, .xz: one
    article {"id", "text", "url", "published", "outlet", "title"} a line), a directory
    (its *.txt and JSON Lines files in name order; subdirectories with --recursive), or -
    for standard input. A text's id is its file name without extension ("stdin" for -),
    an article's its "id". An input that cannot be read or analysed is named on standard
    error with the reason and skipped; the others are still processed. Records are
    written as they come, in input order. Offsets count characters of the file as
    stored, after a UTF-8 byte order mark if there is one.

    \b
    Formats:
      jsonl     one quote per line:
                {"id", "doc_id", "kind", "content": {"text", "start", "end", "parts"},
                 "cue": {"text", "lemma", "start", "end", "category", "negated"},
                 "speaker": {"text", "start", "end", "name", "kind", "role", "title",
                             "affiliation", "entity", "resolution"},
                 "attribution", "confidence", "sentence", "paragraph", "via",
                 "parent", "context", "provenance"}
      csv       one quote per row, the same fields flattened (cue_text, speaker_name ...);
                text cells quoted, and a ' put before one starting with = + - @ so that
                spreadsheets do not run it (offsets count from the text without the ')
      speakers  one speaker per line with its doc_id, mentions and quote ids
      parquet   the csv columns, typed, in one Parquet file (needs -o FILE and
                pip install "quoteattr[parquet]")
      html      one self-contained page for review: each text with its quotes
                highlighted and who said them
      jsonld    one JSON-LD document of schema.org Claims (text, author, appearance)
      annotation
                one W3C Web Annotation per quote, one a line (offsets in code points)

    \b
    Exit status:
      0    every input gave its records (also when no quote was found)
      1    no input could be processed
      2    usage error: a bad option, a model that cannot be loaded, an output
           that is also an input, a partial output in the way (or none to resume)
      3    some inputs were skipped (named on standard error); the others
           gave their records
      4    the output could not be written (a previous output file is kept)
      130  interrupted (143 when stopped by SIGTERM)

    \b
    Examples:
      quoteattr extract seeds/
      quoteattr extract article.txt --format csv -o quotes.csv
      cat a.txt | quoteattr extract -
      quoteattr extract news/ -r -j 4 -o quotes.jsonl --summary run.json
      quoteattr extract news/ -r -j 4 -o quotes.jsonl --resume
      quoteattr extract seeds/ --min-confidence 0.9
    """
    if n_process is not None:
        click.echo(f"{PROG}: warning: --n-process is deprecated; use --processes", err=True)
    options = RunOptions(
        fmt=fmt,
        batch_size=batch_size,
        processes=processes or n_process or 1,
        progress=False if quiet else progress,
        recursive=recursive,
        stdin_format=stdin_format,
    )
    problem = usage_problem(paths, output, fmt=fmt, resume=resume, summary=summary_path)
    if problem is not None:
        raise _fail(problem, EXIT_USAGE)
    target: Target | None = None
    try:
        with sigterm_raises():
            try:
                target = open_target(output, fmt=fmt, resume=resume, model=model)
                # After the output: a bad -o fails before the load.
                extractor = Extractor(model, min_confidence=min_confidence)
                tally = run_extract(extractor, paths, target, options)
                if tally.processed == 0:
                    close_target(target, keep=False)
                    raise _fail("no input could be processed", EXIT_NOTHING_PROCESSED)
                commit_target(target)
            except BaseException as stop:
                if target is not None:
                    # A resume refused mid-way: the user knows where the partial output is.
                    close_target(target, keep=True, say=not isinstance(stop, ResumeError))
                raise
    except KeyboardInterrupt:
        raise click.exceptions.Exit(EXIT_INTERRUPTED) from None
    except Terminated as stop:
        raise click.exceptions.Exit(128 + stop.signum) from None
    except (OutputError, ParquetOutputError) as exc:
        raise _fail(str(exc), EXIT_OUTPUT) from None
    except (ModelError, ResumeError, ImportError) as exc:
        raise _fail(str(exc), EXIT_USAGE) from None
    except QuoteattrError as exc:
        raise _fail(str(exc), EXIT_NOTHING_PROCESSED) from None
    summary = tally.summary()
    if progress_shown(options.progress) and not quiet:
        click.echo(f"{PROG}: {summary.line()}", err=True)
    if summary_path is not None:
        try:
            write_summary(summary, summary_path)
        except OutputError as exc:
            raise _fail(str(exc), EXIT_OUTPUT) from None
    if tally.skipped:
        click.echo(
            f"{PROG}: {tally.skipped} of {tally.skipped + tally.processed} inputs skipped "
            "(named above); the others gave their records",
            err=True,
        )
        raise click.exceptions.Exit(EXIT_SOME_SKIPPED)


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
    from ..evaluation.scorer import evaluate_files  # loaded only for this command

    try:
        report = evaluate_files(gold, pred)
    except (GoldFormatError, OSError) as exc:
        raise _fail(str(exc), EXIT_USAGE) from None
    except KeyboardInterrupt:
        raise click.exceptions.Exit(EXIT_INTERRUPTED) from None
    click.echo(dumps_json(report.to_dict()) if as_json else report.table())


main.add_command(verify_command)
