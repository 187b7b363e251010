"""Errors and warnings raised by quoteattr.

Every error derives from :class:`QuoteattrError` and from the builtin it resembles, so
callers may catch either. Messages say what was wrong, where, and what to do.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version


class QuoteattrError(Exception):
    """Base class of every error quoteattr raises."""


class InputError(QuoteattrError, ValueError):
    """A text or file that cannot be read as news text.

    For example: not a ``str``, a lone surrogate, a missing, empty or binary file, bad UTF-8.
    """


class DocumentError(QuoteattrError, RuntimeError):
    """One document could not be analysed; the others are unaffected.

    ``str(error)`` is one line, ``"<doc_id or 'document N'>: <what failed>"``, and
    ``__cause__`` is the original exception: an :class:`InputError` for a text that is not
    text, else what the parser or the extraction raised. An error that is not the input's
    fault ends with ``(internal error <type>: <message>; please report this, quoteattr
    <version>)``.

    Args:
        message: The one-line message.
        index: The position of the document in the input stream, from 0.
        doc_id: The document's id, when one was given.
    """

    def __init__(self, message: str, *, index: int, doc_id: str | None = None) -> None:
        super().__init__(message)
        self.index = index
        self.doc_id = doc_id

    @classmethod
    def bad_input(cls, problem: str, *, index: int, doc_id: str | None) -> DocumentError:
        """A document that is not text; ``__cause__`` is an :class:`InputError` saying why."""
        message = f"{_label(index, doc_id)}: {problem}"
        error = cls(message, index=index, doc_id=doc_id)
        error.__cause__ = InputError(message)
        return error

    @classmethod
    def failed(
        cls, what: str, cause: BaseException, *, index: int, doc_id: str | None
    ) -> DocumentError:
        """A document whose ``what`` (``"analysis"``, ...) raised ``cause``.

        A warning turned into an error by a warnings filter, or a :class:`QuoteattrError`,
        is named as it is; anything else is an internal error, to be reported.
        """
        label, reason = _label(index, doc_id), _one_line(cause)
        if isinstance(cause, (Warning, QuoteattrError)):
            message = f"{label}: {what} failed: {reason}"
        else:
            message = (
                f"{label}: {what} failed (internal error {reason}; please report this, "
                f"quoteattr {_version()})"
            )
        error = cls(message, index=index, doc_id=doc_id)
        error.__cause__ = cause
        return error

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle with ``index`` and ``doc_id`` (the cause is not pickled)."""
        return _rebuild_document_error, (type(self), str(self), self.index, self.doc_id)


def _rebuild_document_error(
    cls: type[DocumentError], message: str, index: int, doc_id: str | None
) -> DocumentError:
    return cls(message, index=index, doc_id=doc_id)


def _label(index: int, doc_id: str | None) -> str:
    return doc_id or f"document {index}"


def _one_line(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return f"{type(error).__name__}: {lines[0]}" if lines else type(error).__name__


def _version() -> str:
    try:
        return version("quoteattr")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0.0.0"


class ModelError(QuoteattrError, OSError):
    """A spaCy pipeline that cannot be loaded or lacks what quoteattr needs."""


class GoldFormatError(QuoteattrError, ValueError):
    """A gold or prediction file for evaluation that is not in the record format."""


class QuoteattrWarning(UserWarning):
    """Base class of quoteattr's warnings."""


class DocumentSkippedWarning(QuoteattrWarning):
    """A document that could not be analysed was left out (``pipe(on_error="skip")``)."""


class UnbalancedQuoteWarning(QuoteattrWarning):
    """A quote mark with no partner: that one quote is skipped, the rest of the text is kept."""
