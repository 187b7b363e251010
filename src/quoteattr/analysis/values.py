"""The values the statement stages pass along: a statement, and a statement with its kind."""

from __future__ import annotations

import attrs

from ..records import Attribution, QuoteKind
from .cues import CueMatch


@attrs.frozen
class Statement:
    """Content and speaker tied to one cue (character ranges and token indices).

    Attributes:
        cue: The cue.
        parts: Character ranges of the content, in order.
        speaker: Index of the speaker's head token, or None.
        attribution: How the speaker was tied to the cue.
        via: Index of the head of a source the claim came through (``according to X``).
        colon: The content was introduced by a colon and runs to the paragraph's end.
    """

    cue: CueMatch | None
    parts: tuple[tuple[int, int], ...]
    speaker: int | None
    attribution: Attribution
    via: int | None = None
    colon: bool = False

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


@attrs.frozen
class Draft(Statement):
    """A statement with its kind settled (internal).

    Attributes:
        kind: Direct, mixed or indirect, read from the quote marks in its content.
    """

    kind: QuoteKind = QuoteKind.INDIRECT

    @classmethod
    def of(cls, statement: Statement, kind: QuoteKind) -> Draft:
        """``statement`` with its kind (field by field: ``attrs.asdict`` costs far more)."""
        return cls(
            statement.cue,
            statement.parts,
            statement.speaker,
            statement.attribution,
            statement.via,
            statement.colon,
            kind,
        )
