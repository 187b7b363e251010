"""Web Annotation selectors: where a stretch of a text is, by its words and by its offsets.

The W3C Web Annotation model (https://www.w3.org/TR/annotation-model/#selectors) finds a
stretch of text either by quoting it with a little context (``TextQuoteSelector``) or by its
character positions (``TextPositionSelector``). quoteattr's offsets are Python string indexes,
that is Unicode code points; JavaScript counts UTF-16 code units, which differ after any
character outside the Basic Multilingual Plane (most emoji), so a browser tool should find a
stretch by its quote selector, or convert the offsets.
"""

from __future__ import annotations

CONTEXT_CHARS = 32
"""Characters of context a quote selector gives before and after the words."""


def text_quote(text: str, start: int, end: int, context: int = CONTEXT_CHARS) -> dict[str, str]:
    """The ``exact`` words of ``text[start:end]`` with up to ``context`` characters around.

    Args:
        text: The whole text.
        start: Offset of the first character.
        end: Offset after the last character.
        context: How many characters of ``prefix`` and ``suffix`` to give, at most.

    Returns:
        ``{"exact", "prefix", "suffix"}``; ``prefix`` and ``suffix`` are left out at the
        start and the end of the text.
    """
    selector = {"exact": text[start:end]}
    prefix, suffix = text[max(0, start - context) : start], text[end : end + context]
    if prefix:
        selector["prefix"] = prefix
    if suffix:
        selector["suffix"] = suffix
    return selector


def text_position(start: int, end: int) -> dict[str, int]:
    """``{"start", "end"}``: offsets in code points, ``end`` exclusive, as the records'."""
    return {"start": start, "end": end}
