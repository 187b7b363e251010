"""The citable output formats, as the command line writes them: a document at a time.

``quoteattr extract --format html|jsonld|annotation`` hands each analysed document to a
:class:`RunWriter` as it comes, writes what ``add`` returns, and at the end of the run
what ``close`` returns (the HTML report is written whole at the end, since its table of
contents lists every document).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from ..records import Document, Provenance
from .annotation import AnnotationWriter
from .html import HtmlWriter
from .jsonld import JsonLdWriter


class RunWriter(Protocol):
    """Turns the documents of a run into output text, in order."""

    def add(self, document: Document, provenance: Provenance) -> str:
        """What to write for ``document`` now (may be ``""``)."""
        ...

    def close(self) -> str:
        """What to write when the run ends."""
        ...


RUN_WRITERS: dict[str, Callable[[], RunWriter]] = {
    "html": HtmlWriter,
    "jsonld": JsonLdWriter,
    "annotation": AnnotationWriter,
}
"""The writer of each citable format, by its ``--format`` name."""


def run_writer(fmt: str) -> RunWriter | None:
    """A new writer for ``fmt``, or ``None`` for the record formats (jsonl, csv, speakers)."""
    factory = RUN_WRITERS.get(fmt)
    return factory() if factory is not None else None
