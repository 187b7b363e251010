"""Where the HTML report's highlights go: statements, cues and mentions nested over the text.

Each statement becomes an interval of the text, with one more for each gap between the
parts of a split quote, and one for each cue and speaker's mention; :func:`highlight` nests
them into a tree of :class:`Node` elements whose text, read in order, is the document's.
Statements inside other statements are nested elements; only when two statements overlap
without nesting is the later one split, into elements that all carry it (the first holds
its card and takes the keyboard focus).
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable

import attrs

from ..records import Document
from .html_cards import QuoteView, colour_of

# Of elements that start and end at the same characters, the lower rank is the outer one.
_RANKS = {"quote": 0, "gap": 1, "who": 2, "cue": 3}


@attrs.define
class Node:
    """An element of the highlighted text: a statement, the gap between its parts, a cue or
    a speaker's mention, holding text and further nodes."""

    kind: str
    colour: str
    view: QuoteView | None
    first: bool
    children: list[Node | str] = attrs.Factory(list)


@attrs.frozen
class _Interval:
    start: int
    end: int
    kind: str
    colour: str
    view: QuoteView | None
    first: bool = True

    def order(self, seq: int) -> tuple[int, int, int, int]:
        return (self.start, -self.end, _RANKS[self.kind], seq)


def highlight(
    document: Document, views: Iterable[QuoteView], colours: dict[str, str]
) -> list[Node | str]:
    """The text of ``document`` with its statements, cues and mentions as nested elements.

    Args:
        document: The analysed document.
        views: Its statements' views.
        colours: Entity id -> colour class (see :func:`.html_cards.colours_of`).
    """
    intervals = [*_quote_intervals(views), *_mention_intervals(document, colours)]
    return nest(document.text, intervals)


def _quote_intervals(views: Iterable[QuoteView]) -> Iterable[_Interval]:
    for view in views:
        content = view.quote.content
        yield _Interval(content.start, content.end, "quote", view.colour, view)
        # Between the parts of a split quote lies the reporting clause: not the speaker's words.
        for before, after in zip(content.parts, content.parts[1:], strict=False):
            if after.start > before.end:
                yield _Interval(before.end, after.start, "gap", view.colour, view)


def _mention_intervals(document: Document, colours: dict[str, str]) -> Iterable[_Interval]:
    seen: set[tuple[str, int, int]] = set()
    for quote in document.quotes:
        if quote.cue is not None and ("cue", quote.cue.start, quote.cue.end) not in seen:
            seen.add(("cue", quote.cue.start, quote.cue.end))
            yield _Interval(quote.cue.start, quote.cue.end, "cue", "none", None)
        for speaker in (quote.speaker, quote.via):
            if speaker is not None and ("who", speaker.start, speaker.end) not in seen:
                seen.add(("who", speaker.start, speaker.end))
                colour = colour_of(speaker, colours)
                yield _Interval(speaker.start, speaker.end, "who", colour, None)


def nest(text: str, intervals: Iterable[_Interval]) -> list[Node | str]:
    """``text`` cut into text and nested elements, one per interval where they nest.

    Intervals are opened in order of start (the longer first, then by rank). One that starts
    inside an open element and ends after it is split at that element's end: a cue or
    mention open inside a statement is closed and reopened instead when the statement is
    the later one, so statements are split only when two of them overlap.

    Returns:
        The top-level children: strings and :class:`Node` trees, whose text, read in order,
        is ``text``.
    """
    length = len(text)
    heap: list[tuple[tuple[int, int, int, int], _Interval]] = []
    seq = 0
    for interval in intervals:
        start, end = min(interval.start, length), min(interval.end, length)
        item = attrs.evolve(interval, start=start, end=max(start, end))
        heapq.heappush(heap, (item.order(seq), item))
        seq += 1
    root = Node("root", "", None, True)
    stack: list[tuple[Node, _Interval | None, int]] = [(root, None, length)]
    position = 0

    def text_to(end: int) -> None:
        nonlocal position
        if end > position:
            stack[-1][0].children.append(text[position:end])
            position = end

    while heap:
        _, interval = heapq.heappop(heap)
        while len(stack) > 1 and stack[-1][2] <= interval.start:
            text_to(stack[-1][2])
            stack.pop()
        text_to(interval.start)
        # A cue or mention open here that the new statement would cross: close it now and
        # reopen the rest inside the statement.
        while (
            len(stack) > 1
            and stack[-1][2] < interval.end
            and (open_interval := stack[-1][1]) is not None
            and _RANKS[open_interval.kind] > _RANKS[interval.kind]
        ):
            rest = attrs.evolve(open_interval, start=interval.start, first=False)
            heapq.heappush(heap, (rest.order(seq), rest))
            seq += 1
            stack.pop()
        end = interval.end
        if end > stack[-1][2]:  # crosses the end of the element it starts in: split it
            rest = attrs.evolve(interval, start=stack[-1][2], first=False)
            heapq.heappush(heap, (rest.order(seq), rest))
            seq += 1
            end = stack[-1][2]
        node = Node(interval.kind, interval.colour, interval.view, interval.first)
        stack[-1][0].children.append(node)
        stack.append((node, interval, end))
    while len(stack) > 1:
        text_to(stack[-1][2])
        stack.pop()
    text_to(length)
    return root.children
