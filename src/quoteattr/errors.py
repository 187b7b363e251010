"""Errors and warnings raised by quoteattr.

Every error derives from :class:`QuoteattrError` and from the builtin it resembles, so
callers may catch either. Messages say what was wrong, where, and what to do.
"""

from __future__ import annotations


class QuoteattrError(Exception):
    """Base class of every error quoteattr raises."""


class InputError(QuoteattrError, ValueError):
    """A text or file that cannot be read as news text (missing, empty, binary, bad UTF-8)."""


class ModelError(QuoteattrError, OSError):
    """A spaCy pipeline that cannot be loaded or lacks what quoteattr needs."""


class GoldFormatError(QuoteattrError, ValueError):
    """A gold or prediction file for evaluation that is not in the record format."""


class QuoteattrWarning(UserWarning):
    """Base class of quoteattr's warnings."""


class UnbalancedQuoteWarning(QuoteattrWarning):
    """A quote mark with no partner: that one quote is skipped, the rest of the text is kept."""
