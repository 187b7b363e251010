"""quoteattr: find who said what in news text."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .api import DEFAULT_MODEL, Extractor, analyze, extract
from .errors import (
    DocumentError,
    DocumentSkippedWarning,
    GoldFormatError,
    InputError,
    ModelError,
    QuoteattrError,
    QuoteattrWarning,
    UnbalancedQuoteWarning,
)
from .io.frames import to_dataframe
from .io.html import render
from .lexicon import Lexicon
from .records import (
    Article,
    Attribution,
    Content,
    Cue,
    CueCategory,
    Document,
    Entity,
    Provenance,
    Quote,
    QuoteKind,
    Resolution,
    Speaker,
    SpeakerKind,
    TextSpan,
)

try:
    __version__ = version("quoteattr")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = [
    "DEFAULT_MODEL",
    "Article",
    "Attribution",
    "Content",
    "Cue",
    "CueCategory",
    "Document",
    "DocumentError",
    "DocumentSkippedWarning",
    "Entity",
    "Extractor",
    "GoldFormatError",
    "InputError",
    "Lexicon",
    "ModelError",
    "Provenance",
    "Quote",
    "QuoteKind",
    "QuoteattrError",
    "QuoteattrWarning",
    "Resolution",
    "Speaker",
    "SpeakerKind",
    "TextSpan",
    "UnbalancedQuoteWarning",
    "__version__",
    "analyze",
    "extract",
    "render",
    "to_dataframe",
]
