"""``quoteattr verify``: do the records still match their sources?"""

from __future__ import annotations

import click

from ..errors import GoldFormatError
from ..io.verify import verify
from .run import PROG, one_line

EXIT_MISMATCH = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


@click.command("verify")
@click.argument("records", type=click.Path(exists=True, dir_okay=False))
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
def verify_command(records: str, paths: tuple[str, ...]) -> None:
    """Check records against their source texts.

    Are the words of every record still at its offsets in its source? RECORDS is a file
    written by 'quoteattr extract' (JSON Lines, --format speakers, or CSV). PATH is a
    source file or a directory (its *.txt files), as given to extract; a record's source
    is the file whose name without extension is the record's doc_id.

    Each record whose source is missing, unreadable or changed (by SHA-256, when the
    record has one), or whose words are no longer at its offsets, is listed on one
    line naming the record and its document.

    \b
    Exit status:
      0    every record holds
      1    some records do not hold (listed on standard output)
      2    usage error: RECORDS is missing or not a record file
      130  interrupted

    \b
    Example:
      quoteattr extract seeds/ -o out.jsonl
      quoteattr verify out.jsonl seeds/
    """
    try:
        result = verify(records, paths)
    except (GoldFormatError, OSError) as exc:
        click.echo(one_line(f"{PROG}: error: {exc}"), err=True)
        raise click.exceptions.Exit(EXIT_USAGE) from None
    except KeyboardInterrupt:
        raise click.exceptions.Exit(EXIT_INTERRUPTED) from None
    for problem in result.problems:
        click.echo(one_line(f"{PROG}: error: {problem}"), err=True)
    for mismatch in result.mismatches:
        click.echo(one_line(mismatch.line()))
    records_word = "record" if result.checked == 1 else "records"
    documents = f"{result.documents} document{'' if result.documents == 1 else 's'}"
    if result.ok:
        click.echo(f"{PROG}: {result.checked} {records_word} of {documents} verified", err=True)
        return
    click.echo(
        f"{PROG}: {len(result.mismatches)} of {result.checked} {records_word} of {documents} "
        "failed verification (listed above)",
        err=True,
    )
    raise click.exceptions.Exit(EXIT_MISMATCH)
