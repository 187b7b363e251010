"""English language data: quote marks, cue words, speaker words and construction words.

One module per area; this package re-exports every name, so ``en.CUE_VERBS`` reads as before.
The logic reads all of it through :class:`quoteattr.lexicon.Lexicon`, which callers can extend.
"""

from __future__ import annotations

from .constructions import (
    CHARACTERIZING_CUES,
    EVENT_NOUNS,
    EVIDENCE_NOUNS,
    EVIDENCE_VERBS,
    EXPLAINING_CUES,
    GERUND_CUES,
    INFINITIVE_CUES,
    INFINITIVE_NOUNS,
    NAMING_CUES,
    NON_SPEAKER_LABELS,
    PROPOSITION_NOUNS,
)
from .cues import (
    BELIEF_VERBS,
    CUE_LIGHT_VERBS,
    CUE_NOUNS,
    CUE_PREPOSITIONS,
    CUE_VERBS,
    HEADLINE_CUES,
    HEARER_CUES,
    POLL_NOUNS,
    SOURCE_MARKERS,
    THAT_ONLY_VERBS,
)
from .marks import (
    AMBIGUOUS_MARKS,
    APOSTROPHES,
    MARK_FAMILY,
    OPENING_MARKS,
)
from .speakers import (
    DEMONYMS,
    GENERIC_SPEAKERS,
    GOVERNMENT_WORDS,
    GROUP_HEADS,
    HONORIFICS_AND_RANKS,
    INSTITUTION_COUNTRIES,
    MEDIA_WORDS,
    ORGANIZATION_WORDS,
    PORTFOLIO_OFFICES,
    PRONOUNS,
    ROLE_DOMAINS,
    ROLE_NOUNS,
    TITLES,
    UNNAMED_HEADS,
)

__all__ = [
    "AMBIGUOUS_MARKS",
    "APOSTROPHES",
    "BELIEF_VERBS",
    "CHARACTERIZING_CUES",
    "CUE_LIGHT_VERBS",
    "CUE_NOUNS",
    "CUE_PREPOSITIONS",
    "CUE_VERBS",
    "DEMONYMS",
    "EVENT_NOUNS",
    "EVIDENCE_NOUNS",
    "EVIDENCE_VERBS",
    "EXPLAINING_CUES",
    "GENERIC_SPEAKERS",
    "GERUND_CUES",
    "GOVERNMENT_WORDS",
    "GROUP_HEADS",
    "HEADLINE_CUES",
    "HEARER_CUES",
    "HONORIFICS_AND_RANKS",
    "INFINITIVE_CUES",
    "INFINITIVE_NOUNS",
    "INSTITUTION_COUNTRIES",
    "MARK_FAMILY",
    "MEDIA_WORDS",
    "NAMING_CUES",
    "NON_SPEAKER_LABELS",
    "OPENING_MARKS",
    "ORGANIZATION_WORDS",
    "POLL_NOUNS",
    "PORTFOLIO_OFFICES",
    "PRONOUNS",
    "PROPOSITION_NOUNS",
    "ROLE_DOMAINS",
    "ROLE_NOUNS",
    "SOURCE_MARKERS",
    "THAT_ONLY_VERBS",
    "TITLES",
    "UNNAMED_HEADS",
]
