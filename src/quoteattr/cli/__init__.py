"""The ``quoteattr`` command: parse options, call the API, write what it returns.

Exit status of ``quoteattr extract``:

* 0: every input gave its records (also when no quote was found);
* 1: no input could be processed;
* 2: usage error: a bad option, a model that cannot be loaded, an output that is also an
  input (``evaluate``: also a missing or malformed gold or prediction file);
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
from ..io.output import Output, OutputError, refuse_overwriting_inputs
from .run import PROG, Terminated, one_line, run_extract, sigterm_raises
from .verify import verify_command

EXIT_NOTHING_PROCESSED = 1
EXIT_USAGE = 2
EXIT_SOME_SKIPPED = 3
EXIT_OUTPUT = 4
EXIT_INTERRUPTED = 130

FORMATS = ("jsonl", "csv", "speakers", "html", "jsonld", "annotation")


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
    "html, jsonld, annotation: see Formats below.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, allow_dash=True),
    default="-",
    help="Write here instead of standard output. An existing file is replaced only at the "
    "end of a run that processed some input; a failed or interrupted run leaves it as it was.",
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
    help="Show a progress bar (documents and characters) on standard error. [default: on "
    "when it is a terminal and there is more than one input]",
)
def extract(
    paths: tuple[str, ...],
    fmt: str,
    output: str,
    model: str | None,
    batch_size: int,
    n_process: int,
    min_confidence: float,
    progress: bool | None,
) -> None:
    """Extract attributed statements from texts.

    PATH is a UTF-8 text file, a directory (its *.txt files, not recursive), or - for
    standard input. A document's id is its file name without extension ("stdin" for -).
    An input that cannot be read or analysed is named on standard error with the reason
    and skipped; the others are still processed. Offsets count characters of the file as
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
           that is also an input
      3    some inputs were skipped (named on standard error); the others
           gave their records
      4    the output could not be written (a previous output file is kept)
      130  interrupted (143 when stopped by SIGTERM)

    \b
    Examples:
      quoteattr extract seeds/
      quoteattr extract article.txt --format csv -o quotes.csv
      cat a.txt | quoteattr extract -
      quoteattr extract seeds/ --min-confidence 0.9
    """
    overlap = refuse_overwriting_inputs(output, paths)
    if overlap is not None:
        raise _fail(overlap, EXIT_USAGE)
    try:
        with sigterm_raises(), Output.open(output) as out:
            # After the output: a bad -o fails before the load.
            extractor = Extractor(model, min_confidence=min_confidence)
            tally = run_extract(
                extractor,
                paths,
                out,
                fmt=fmt,
                batch_size=batch_size,
                n_process=n_process,
                progress=progress,
            )
            if tally.processed == 0:
                raise _fail("no input could be processed", EXIT_NOTHING_PROCESSED)
            out.commit()
    except KeyboardInterrupt:
        raise click.exceptions.Exit(EXIT_INTERRUPTED) from None
    except Terminated as stop:
        raise click.exceptions.Exit(128 + stop.signum) from None
    except OutputError as exc:
        raise _fail(str(exc), EXIT_OUTPUT) from None
    except ModelError as exc:
        raise _fail(str(exc), EXIT_USAGE) from None
    except QuoteattrError as exc:
        raise _fail(str(exc), EXIT_NOTHING_PROCESSED) from None
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
