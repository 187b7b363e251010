"""A guide's subheads among labelled statements: "Diaz: Win in a walk." heading a section
about Diaz is the writer's verdict, not Diaz's words."""

from __future__ import annotations

from ...lexicon import Lexicon
from ..layout import Layout
from ..values import Statement

_MIN_SUBHEADS = 2
"""Labelled short lines under different labels that make them a list's subheads."""
_MAX_SUBHEAD_WORDS = 6
"""Words a subhead's line after its label may have ("Win in a walk.")."""


def without_subheads(found: list[Statement], layout: Layout, lexicon: Lexicon) -> list[Statement]:
    """The labelled statements less a list's subheads: "Diaz: Hold the line." and "Ng:
    Just hang on." as paragraphs of their own, each a short line in no quote marks that
    says nothing in the first or second person, several under different labels.

    Notes:
        A guide to several people ("what each candidate needs") heads each section with the
        name and a short verdict, the writer's, not the person's; a transcript gives one
        speaker several turns, and a headline's label stands alone (observed in news).
    """
    lines = [s for s in found if _subhead_line(s, layout, lexicon)]
    labels = [
        layout.text[layout.paragraphs[layout.paragraph_at(s.start)][0] : s.start] for s in lines
    ]
    if len(lines) < _MIN_SUBHEADS or len(set(labels)) < len(labels):
        return found
    return [s for s in found if s not in lines]


def _subhead_line(statement: Statement, layout: Layout, lexicon: Lexicon) -> bool:
    """A labelled statement that is the rest of its paragraph, short and unquoted, with no
    word of a participant ("I", "we", "you")."""
    paragraph = layout.paragraphs[layout.paragraph_at(statement.start)]
    body = layout.text[statement.start : paragraph[1]].strip()
    words = body.split()
    if not words or len(words) > _MAX_SUBHEAD_WORDS or layout.quotes_within(*paragraph):
        return False
    return not any(w.strip(".,!?;:").lower() in lexicon.participant_pronouns for w in words)
