"""Paragraphs credited to a social-media handle on the line after them.

Round-ups of readers' posts print each post as a paragraph of its own, without quote marks,
and credit it with the poster's handle alone on the next line ("Give her a break. ...",
then "@Fred_945."), as an epigraph is credited with a dash. The post is the handle's words,
verbatim: a direct statement whose speaker is the handle.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...records import Attribution, QuoteKind
from ..intervals import Intervals
from ..layout import Layout
from ..speakers.passage import heading
from ..values import Draft

_HANDLE = re.compile(r"@\w{1,30}\.?")
"""A paragraph that is a handle alone, with at most a full stop."""
_MIN_WORDS = 4
"""Fewest words of a credited post (a shorter paragraph is a label or a heading)."""
_ENDS = ".!?\"'\u201d\u2019)\u2026"
"""How a credited post ends: a sentence, not an introduction ("Follow her on Twitter:")."""


def handle_credits(drafts: Sequence[Draft], layout: Layout) -> list[Draft]:
    """A direct draft for each paragraph a handle on the next line credits, unless a
    statement already reads it.

    Args:
        drafts: The statements settled so far.
        layout: The parsed text.

    Returns:
        The credited paragraphs' drafts, in order.
    """
    text = layout.text
    if "@" not in text:
        return []
    claimed = Intervals([p for d in drafts for p in d.parts])
    found: list[Draft] = []
    paragraphs = layout.paragraphs
    for number in range(1, len(paragraphs)):
        start, end = paragraphs[number]
        line = text[start:end].strip()
        if not _HANDLE.fullmatch(line):
            continue
        post_start, post_end = paragraphs[number - 1]
        post = text[post_start:post_end].rstrip()
        if len(post.split()) < _MIN_WORDS or heading(post) or post[-1] not in _ENDS:
            continue
        if _HANDLE.fullmatch(post.strip()) or claimed.overlapping(post_start, post_end):
            continue
        handle = layout.token_at(start + text[start:end].index("@"))
        if handle is None:
            continue
        parts = ((post_start + len(post) - len(post.lstrip()), post_start + len(post)),)
        found.append(Draft(None, parts, handle.i, Attribution.POSTPOSED, kind=QuoteKind.DIRECT))
    return found
