"""What a run of ``quoteattr extract`` counts, and the progress bar that shows it.

The bar goes to standard error: documents (with the time left when their number is known
without reading them), characters, records and their rates. The counts become the run's
:class:`~quoteattr.io.summary.RunSummary` at the end.
"""

from __future__ import annotations

import sys
import time
from collections import Counter

import attrs
import click
from tqdm import tqdm

from ..io.resume import Done
from ..io.summary import RunSummary, reason_kind


@attrs.define
class Tally:
    """What became of the inputs of a run (of the interrupted run it resumes, too).

    Attributes:
        processed: Inputs that gave their records (also when they held no quote).
        skipped: Inputs that could not be read, or whose analysis failed.
        chars: Characters of the processed inputs.
        records: Records written.
        with_records: Processed inputs with at least one record.
        reasons: Skipped inputs by kind of reason.
        resumed: Inputs done by the interrupted run this one resumes.
        resumed_chars: Characters of those.
        started: When this run started (:func:`time.monotonic`).
    """

    processed: int = 0
    skipped: int = 0
    chars: int = 0
    records: int = 0
    with_records: int = 0
    reasons: Counter[str] = attrs.Factory(Counter)
    resumed: int = 0
    resumed_chars: int = 0
    started: float = attrs.Factory(time.monotonic)

    @classmethod
    def after(cls, done: Done) -> Tally:
        """The counts an interrupted run left, to go on from."""
        return cls(
            processed=done.analysed,
            skipped=done.inputs - done.analysed,
            chars=done.chars,
            records=done.records,
            with_records=done.with_records,
            reasons=Counter(dict(done.skipped)),
            resumed=done.inputs,
            resumed_chars=done.chars,
        )

    def analysed(self, chars: int, records: int) -> None:
        self.processed += 1
        self.chars += chars
        self.records += records
        self.with_records += records > 0

    def skip(self, reason: str) -> None:
        self.skipped += 1
        self.reasons[reason_kind(reason)] += 1

    def summary(self) -> RunSummary:
        """The counts as the run's summary, timed from :attr:`started` to now."""
        return RunSummary(
            documents_read=self.processed + self.skipped,
            documents_analysed=self.processed,
            documents_with_records=self.with_records,
            documents_skipped=self.skipped,
            skipped_by_reason=tuple(self.reasons.most_common()),
            records=self.records,
            characters=self.chars,
            elapsed_seconds=time.monotonic() - self.started,
            documents_resumed=self.resumed,
        )


class Progress:
    """The progress bar of a run on standard error, and lines written above it.

    Args:
        show: Whether to draw the bar.
        total: Inputs to read, when known without reading them.
        tally: The counts the bar shows.
    """

    def __init__(self, *, show: bool, total: int | None, tally: Tally) -> None:
        self.show, self.tally = show, tally
        # No monitor thread: worker processes are forked, and a fork should find no other
        # thread that could hold a lock (see quoteattr.parsing.workers).
        tqdm.monitor_interval = 0
        self.bar = tqdm(
            total=total,
            initial=tally.resumed,
            unit="doc",
            file=sys.stderr,
            disable=not show,
            leave=False,
            dynamic_ncols=True,
        )

    def say(self, line: str) -> None:
        """Write ``line`` on standard error, above the bar rather than through it."""
        if self.show:
            self.bar.write(line, file=sys.stderr)
        else:
            click.echo(line, err=True)

    def update(self) -> None:
        """One more input is done."""
        if self.show:  # shown by the update that follows
            self.bar.set_postfix_str(self._amounts(), refresh=False)
        self.bar.update()

    def close(self) -> None:
        self.bar.close()

    def _amounts(self) -> str:
        """``"1.23M chars, 45.6k chars/s, 310 records"``: the text analysed, and how fast."""
        elapsed = self.bar.format_dict.get("elapsed") or 0
        chars = self.tally.chars
        now = chars - self.tally.resumed_chars  # the rate of this run
        rate = f", {_amount(now / elapsed)} chars/s" if elapsed > 0 else ""
        return f"{_amount(chars)} chars{rate}, {_amount(self.tally.records)} records"


def _amount(number: float) -> str:
    return str(round(number)) if number < 1000 else str(tqdm.format_sizeof(number))
