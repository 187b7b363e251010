"""Look-ups over character ranges that cost a bisect and the answer, not a scan of them all.

The extraction stages ask, for one statement or mention, which others hold a character or
overlap a range. Asking every other statement makes the work grow with the square of the
text; the indexes here sort the ranges by start once and answer each question from there.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from itertools import accumulate
from typing import Generic, TypeVar

_Item = TypeVar("_Item")
_RUN_SLACK = 64
"""How far from the end of the last run an addition may go before it starts a run of its own.

Only the cost depends on it, never an answer: a few dozen entries to move per addition, while
a mention added out of text order (a phrase starting a few words before its head) stays in
its run."""


class Intervals:
    """A fixed list of character ranges, indexed for overlap queries.

    Args:
        ranges: ``(start, end)`` pairs; a query answers with their positions in this list.

    Notes:
        The ranges are sorted by start, with a running maximum of their ends beside. A query
        walks back from the last range starting before its end and stops where no earlier
        range reaches its start, so it reads the ranges it returns and those nested among
        them, never the whole list. The answer is exact whatever the ranges are; it is fast
        when few long ranges span many others, as in news text (quotes and statements are
        paragraph-sized).
    """

    __slots__ = ("_ends", "_ids", "_reach", "_starts")

    def __init__(self, ranges: Sequence[tuple[int, int]]) -> None:
        order = sorted(range(len(ranges)), key=lambda i: ranges[i][0])
        self._ids = order
        self._starts = [ranges[i][0] for i in order]
        self._ends = [ranges[i][1] for i in order]
        self._reach = list(accumulate(self._ends, max))

    def overlapping(self, start: int, end: int) -> list[int]:
        """Positions of the ranges ``(s, e)`` with ``s < end`` and ``e > start``.

        Args:
            start: First character of the range asked about.
            end: Character after its last.

        Returns:
            The positions, ascending.
        """
        found = []
        index = bisect_left(self._starts, end) - 1
        reach, ends, ids = self._reach, self._ends, self._ids
        while index >= 0 and reach[index] > start:
            if ends[index] > start:
                found.append(ids[index])
            index -= 1
        found.sort()
        return found

    def holding(self, char: int) -> list[int]:
        """Positions of the ranges ``(s, e)`` with ``s <= char < e``, ascending."""
        return self.overlapping(char, char + 1)


class PrefixMax:
    """Running maxima over a growing list of numbers that may only increase (a Fenwick tree).

    Args:
        size: How many positions the list may reach.

    Notes:
        Both :meth:`raise_to` and :meth:`upto` cost ``O(log size)``: Fenwick (1994), "A new
        data structure for cumulative frequency tables", with ``max`` for ``+``, which holds
        because a value never decreases.
    """

    __slots__ = ("_tree",)

    def __init__(self, size: int) -> None:
        self._tree = [-1] * (size + 1)

    def raise_to(self, position: int, value: int) -> None:
        """Make the value at ``position`` (0-based) at least ``value``."""
        tree = self._tree
        index = position + 1
        while index < len(tree):
            if tree[index] < value:
                tree[index] = value
            index += index & -index

    def upto(self, position: int) -> int:
        """The largest value at positions ``0 .. position - 1`` (-1 when there are none)."""
        tree = self._tree
        best = -1
        index = position
        while index > 0:
            if tree[index] > best:
                best = tree[index]
            index -= index & -index
        return best


class OffsetRuns(Generic[_Item]):
    """Items keyed by a character offset, added roughly in text order, read back latest first.

    Notes:
        One sorted list would move half its entries whenever an addition goes back in the
        text (speaker mentions are added in passes: names over the whole text, then
        descriptions, then pronouns). Here an item goes into the last run by bisect when it
        lands within ``_RUN_SLACK`` entries of that run's end, else it starts a new run; each
        pass is then a run or a few, and reading merges them.
    """

    __slots__ = ("_runs",)

    def __init__(self) -> None:
        self._runs: list[tuple[list[int], list[_Item]]] = []

    def add(self, offset: int, item: _Item) -> None:
        """Add ``item`` at ``offset`` (after the items already at that offset)."""
        if self._runs:
            offsets, items = self._runs[-1]
            at = bisect_right(offsets, offset)
            if len(offsets) - at <= _RUN_SLACK:
                offsets.insert(at, offset)
                items.insert(at, item)
                return
        self._runs.append(([offset], [item]))

    def before(self, end: int, floor: int | None = None) -> Iterator[list[_Item]]:
        """The items at offsets from ``floor`` (None: the first) up to ``end`` (excluded),
        latest offset first, in groups of one offset, each group in order of addition."""
        cursors = []
        for offsets, _ in self._runs:
            low = 0 if floor is None else bisect_left(offsets, floor)
            cursors.append([low, bisect_left(offsets, end) - 1])
        while True:
            live = [
                offsets[cursor[1]]
                for (offsets, _), cursor in zip(self._runs, cursors, strict=True)
                if cursor[1] >= cursor[0]
            ]
            if not live:
                return
            top = max(live)
            group: list[_Item] = []
            # Runs in order of creation: all of a run was added before the next one began.
            for (offsets, items), cursor in zip(self._runs, cursors, strict=True):
                low, last = cursor
                first = last
                while first >= low and offsets[first] == top:
                    first -= 1
                group.extend(items[first + 1 : last + 1])
                cursor[1] = first
            yield group
