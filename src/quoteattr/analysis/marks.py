"""Paired quotation marks in raw text: the character-level first stage of extraction.

Nothing here reads a parse. :func:`find_quote_spans` returns character offsets that later
stages map onto tokens, and a :class:`MarkProblem` for every mark it could not pair. Which
characters are quote marks, how they pair and which are also apostrophes is language data:
the :class:`~quoteattr.lexicon.Lexicon`'s mark inventory, which a caller may extend.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Mapping
from functools import cache, lru_cache
from types import MappingProxyType

import attrs

from ..lexicon import Lexicon

_LINE_BREAK = r"(?:\r\n|\r(?!\n)|\n)"
_BLANK_LINE = re.compile(_LINE_BREAK + r"[^\S\r\n]*" + _LINE_BREAK)
_BLANK_SEPARATOR = re.compile(_LINE_BREAK + r"(?:[^\S\r\n]*" + _LINE_BREAK + r")+")
_LINE_SEPARATOR = re.compile(_LINE_BREAK)
_OPEN, _CLOSE, _APOSTROPHE = "open", "close", "apostrophe"
_STRAY = "closing quote mark has no opening mark; mark ignored"
_UNCLOSED = "opening quote mark has no closing mark before the paragraph ends"
_Mark = tuple[int, str]
_Found = tuple[int, int, str, tuple[tuple[int, int], ...]]


@cache
def _english() -> Lexicon:
    """The English lexicon, built once for callers that pass none."""
    return Lexicon.english()


@attrs.frozen
class QuoteSpan:
    """One paired quote: offsets of its marks and of its inner text in the original string.

    ``text[start]`` is the opening mark and ``text[end - 1]`` the final closing mark;
    ``depth`` counts the quotes around this one (0 at top level); ``parts`` holds the inner
    ``(start, end)`` of each paragraph the quote covers, without the reopening marks.
    """

    start: int
    end: int
    inner_start: int
    inner_end: int
    family: str
    depth: int
    parts: tuple[tuple[int, int], ...]

    def __attrs_post_init__(self) -> None:
        """Check the offsets (a failure here is a bug in this module, not in the input)."""
        ok = 0 <= self.start < self.end and self.depth >= 0 and len(self.parts) > 0
        ok = ok and (self.inner_start, self.inner_end) == (self.start + 1, self.end - 1)
        if not ok or any(not self.inner_start <= s <= e <= self.inner_end for s, e in self.parts):
            raise ValueError(f"inconsistent quote span {self!r}")

    @property
    def multi_paragraph(self) -> bool:
        """True when the quote runs over more than one paragraph."""
        return len(self.parts) > 1


@attrs.frozen
class MarkProblem:
    """A quote mark that could not be paired; the quote it began or ended is skipped."""

    offset: int
    mark: str
    message: str


@attrs.define
class _Open:
    """A quote opened but not yet closed (mutable scanner state, never returned)."""

    offset: int
    mark: str
    family: str
    part_start: int
    parts: list[tuple[int, int]] = attrs.Factory(list)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """The paragraphs of ``text``.

    Args:
        text: Any string.

    Returns:
        ``(start, end)`` of each paragraph, whitespace-trimmed, in order. Paragraphs are
        separated by blank lines when the text has any blank line; otherwise every line
        break (``\\n``, ``\\r\\n`` or ``\\r``) separates paragraphs.
    """
    separator = _BLANK_SEPARATOR if _BLANK_LINE.search(text) else _LINE_SEPARATOR
    spans, begin = [], 0
    for cut in [*separator.finditer(text), None]:
        stop = len(text) if cut is None else cut.start()
        chunk = text[begin:stop]
        stripped = chunk.lstrip()
        if stripped:
            start = begin + len(chunk) - len(stripped)
            spans.append((start, start + len(stripped.rstrip())))
        begin = stop if cut is None else cut.end()
    return spans


def find_quote_spans(
    text: str, *, lexicon: Lexicon | None = None
) -> tuple[list[QuoteSpan], list[MarkProblem]]:
    """All paired quotes in ``text``, and the marks that could not be paired.

    Args:
        text: Any string; the function never raises on its content.
        lexicon: Language data whose mark inventory is read (``opening_marks``,
            ``ambiguous_marks``, ``mark_families``, ``apostrophes``,
            ``continuing_mark_families``); English when None.

    Returns:
        The quotes sorted by ``start`` and the problems sorted by ``offset``. An unbalanced
        mark skips only its own quote.

    Notes:
        - Marks pair within their family (``“”`` with ``"``, ``‘’`` with ``'``, ``„“``,
          ``«»``, ``‹›``); a quote of one family may nest in another, never in its own: an
          opener while its family is open marks the earlier opener as unbalanced.
        - Straight marks are read from their neighbours, as typesetters' "smart quote"
          rules do: after space, an opening bracket, a dash or an opener and before a
          non-space they open; after a non-space and before space or punctuation they
          close; otherwise they close a quote of their family if one is open.
        - Apostrophes follow the AP Stylebook ("apostrophe") and the Chicago Manual of
          Style (ch. 7, contractions and possessives): between letters or digits (don't,
          rock’n’roll), before two digits (’90s, also the mistyped ‘90s), and after a plural
          ``s`` (officials’) unless an open single quote has no later closing mark.
        - Multi-paragraph quotes follow AP ("quotation marks", running quotations) and
          Chicago (ch. 13): a double or guillemet quote whose paragraph ends without a
          closing mark continues when the next paragraph opens with a mark of its family;
          it ends at the first closing mark. Single quotes never continue.
        - Typewriter doubles (two apostrophes ``''`` and two backticks), the convention of
          some wire copy and of the Penn Treebank, count as one straight double quote.
    """
    text = normalize_doubled_marks(text)
    scanner = _Scanner(text, lexicon or _english())
    paragraphs = paragraph_spans(text)
    # the marks of the whole text, found at once and handed to each paragraph by offset
    marks = [(m.start(), m.group()) for m in scanner.pattern.finditer(text)]
    offsets = [offset for offset, _ in marks]
    for index, (start, end) in enumerate(paragraphs):
        first, stop = bisect_left(offsets, start), bisect_left(offsets, end)
        if first < stop:
            scanner.scan(marks[first:stop])
        following = paragraphs[index + 1][0] if index + 1 < len(paragraphs) else None
        scanner.end_paragraph(end, following)
    return _with_depths(scanner.found), sorted(scanner.problems, key=lambda p: p.offset)


_DOUBLED = re.compile(r"'''|''|``")


def normalize_doubled_marks(text: str) -> str:
    """Write ``''`` and two backticks as a straight double quote and a space, in place.

    The copy has the same length as ``text``, so every offset found in it holds in the
    original. An opener becomes ``␠"`` (the quote's inside starts after both characters)
    and a closer ``"␠`` (its inside ends before both), read from the characters around.
    Three apostrophes are a single and a double quote meeting: the single closes before
    the double closes (``'old-school,'''``) and opens after the double opens.
    """
    if "''" not in text and "``" not in text:
        return text
    chars = list(text)
    for match in _DOUBLED.finditer(text):
        start = match.start()
        before = text[start - 1] if start > 0 else " "
        opener = match.group() == "``" or before.isspace() or before in "([{\u2014-"
        if len(match.group()) == 3 and not opener:
            start += 1  # the single quote closes first, then the double
        chars[start : start + 2] = [" ", '"'] if opener else ['"', " "]
    return "".join(chars)


def _with_depths(found: list[_Found]) -> list[QuoteSpan]:
    """Build the spans, depth being the number of spans that contain each one."""
    spans: list[QuoteSpan] = []
    enclosing: list[int] = []  # ends of the spans containing the current one
    for start, end, family, parts in sorted(found, key=lambda f: (f[0], -f[1])):
        while enclosing and enclosing[-1] <= start:
            enclosing.pop()
        spans.append(QuoteSpan(start, end, start + 1, end - 1, family, len(enclosing), parts))
        enclosing.append(end)
    return spans


def _same_family(family: Mapping[str, str], mark: str, other: str) -> bool:
    """``mark`` and ``other`` are of one family (``family``: the mark inventory's families;
    a mark it does not list is a family of its own)."""
    return family.get(mark, mark) == family.get(other, other)


@lru_cache(maxsize=8)
def _mark_tables(
    families: tuple[tuple[str, str], ...],
    opening_marks: tuple[tuple[str, frozenset[str]], ...],
    ambiguous_marks: frozenset[str],
    apostrophes: frozenset[str],
) -> tuple[re.Pattern[str], frozenset[str | None], Mapping[str, frozenset[str]]]:
    """What a scanner reads of a mark inventory (the lexicon's, as tuples): the pattern of
    its marks, the families whose marks may be apostrophes, and the marks that close each
    mark; made once per inventory, not per text."""
    family = dict(families)
    openers = dict(opening_marks)
    known = "".join(re.escape(m) for m in sorted(family) if len(m) == 1)
    pattern = re.compile(f"[{known}]" if known else "(?!)")
    elidable = frozenset(family.get(a) for a in apostrophes)
    # A straight opener takes the closing-only marks of its family: "word” and 'word’.
    closers = dict(openers)
    for straight in ambiguous_marks:
        alike = [cs for o, cs in openers.items() if _same_family(family, o, straight)]
        closing_only = {c for cs in alike for c in cs if c not in openers}
        closers[straight] = frozenset({straight, *closing_only})
    # A closing mark typed as an opener (”What ...) is closed by its own family.
    for opener, closing in openers.items():
        for mark in closing:
            if mark not in closers:
                straights = {m for m in ambiguous_marks if _same_family(family, m, opener)}
                closers[mark] = frozenset({*closing, *straights})
    return pattern, elidable, MappingProxyType(closers)


class _Scanner:
    """Walks the marks of each paragraph in turn, keeping a stack of open quotes."""

    def __init__(self, text: str, data: Lexicon) -> None:
        self.text, self.data, self.family = text, data, data.mark_families
        self.stack: list[_Open] = []
        self.found: list[_Found] = []
        self.problems: list[MarkProblem] = []
        self.last_opener = self.skip = -1
        self.pattern, self.elidable, self.closers = _mark_tables(
            tuple(data.mark_families.items()),
            tuple(data.opening_marks.items()),
            data.ambiguous_marks,
            data.apostrophes,
        )

    def scan(self, marks: list[_Mark]) -> None:
        """Pair the marks of a paragraph (each offset and mark, in order)."""
        for index, (offset, mark) in enumerate(marks):
            if offset == self.skip:  # the mark reopening a multi-paragraph quote
                continue
            entry = self._open_of(self.family[mark])
            role = self._role(offset, mark, entry)
            if role == _CLOSE and entry and self._possessive(marks, index, entry):
                role = _APOSTROPHE
            if role == _OPEN:
                if entry:
                    self.stack.remove(entry)
                    self._report(entry, "another opening mark of its family came first")
                self.stack.append(_Open(offset, mark, self.family[mark], offset + 1))
                self.last_opener = offset
            elif role == _CLOSE and entry and (self._closes(mark, entry) or mark == entry.mark):
                self._close(entry, offset)
            elif role == _CLOSE and mark not in self.data.apostrophes:
                self.problems.append(MarkProblem(offset, mark, _STRAY))

    def end_paragraph(self, end: int, following: int | None) -> None:
        """Drop the quotes still open at ``end``, save one the next paragraph reopens."""
        carried = None
        for entry in self.stack:
            if carried is None and following is not None and self._reopens(entry, following):
                carried = entry
            elif entry.parts:
                count = len(entry.parts) + 1
                self._report(entry, f"quote continued over {count} paragraphs but never closed")
            else:
                self._report(entry, _UNCLOSED)
        self.stack = []
        if carried is not None and following is not None:
            carried.parts.append((carried.part_start, end))
            carried.part_start = following + 1
            self.stack, self.skip, self.last_opener = [carried], following, following

    def _role(self, offset: int, mark: str, entry: _Open | None) -> str:
        """Whether ``mark`` opens, closes or is an apostrophe, read from its neighbours
        (``entry``: the open quote of its family)."""
        text, data = self.text, self.data
        if self.family[mark] in self.elidable and (
            _apostrophe_form(text, offset) or _elided_word(text, offset, data.elided_words)
        ):
            return _APOSTROPHE
        if mark in data.ambiguous_marks:
            opening = _opening_position(text, offset, self.last_opener)
            closing = _closing_position(text, offset)
            if opening != closing:
                return _OPEN if opening else _CLOSE
            return _CLOSE if entry else _OPEN
        if mark in data.opening_marks:
            if entry and mark in self.closers[entry.mark]:
                return _CLOSE
            if (
                entry
                and mark == entry.mark
                and _after_a_word(text, offset)
                and _closing_position(text, offset)
                and not _opening_position(text, offset, self.last_opener)
            ):
                return _CLOSE  # “abhorrent“: the opening mark typed again as the closer
            return _OPEN
        if mark in data.apostrophes and not (entry and _closing_position(text, offset)):
            return _APOSTROPHE  # ’em, or a ’ with no single quote open
        typed_as_opener = text[offset + 1 : offset + 2].isalnum() and (
            offset == 0 or text[offset - 1].isspace()
        )
        if entry is None and typed_as_opener:
            return _OPEN  # ”What is ...: a closing mark typed as an opener, with nothing open
        return _CLOSE

    def _possessive(self, marks: list[_Mark], index: int, entry: _Open) -> bool:
        """A plural possessive (officials’ view) that a later mark would close instead.

        The later mark must close ``entry`` before the quote's range ends: before a mark
        closes the quote around it or a new quote of its family opens.
        """
        offset, mark = marks[index]
        letter = self.text[offset - 1 : offset].lower()
        if mark not in self.data.apostrophes or letter not in self.data.plural_possessive_letters:
            return False
        below = self.stack.index(entry)
        parent = self.stack[below - 1] if below > 0 else None
        for at, later in map(marks.__getitem__, range(index + 1, len(marks))):
            closing = _closing_position(self.text, at)
            straight = later in self.data.ambiguous_marks
            if parent and self._closes(later, parent) and (closing or not straight):
                return False
            if not self._same(later, entry.mark) or _apostrophe_form(self.text, at):
                continue
            if closing and self._closes(later, entry):
                return True
            if later in self.data.opening_marks or _opening_position(self.text, at, -1):
                return False
        return False

    def _reopens(self, entry: _Open, offset: int) -> bool:
        """Whether the paragraph at ``offset`` opens with a mark that continues ``entry``."""
        mark, data = self.text[offset], self.data
        if entry.family not in data.continuing_mark_families or not self._same(mark, entry.mark):
            return False
        straight = mark in data.ambiguous_marks and _opening_position(self.text, offset, -1)
        return straight or mark in data.opening_marks

    def _same(self, mark: str, other: str) -> bool:
        return _same_family(self.family, mark, other)

    def _closes(self, mark: str, entry: _Open) -> bool:
        straight = mark in self.data.ambiguous_marks
        return self._same(mark, entry.mark) and (straight or mark in self.closers[entry.mark])

    def _open_of(self, family: str) -> _Open | None:
        return next((e for e in self.stack if e.family == family), None)

    def _close(self, entry: _Open, offset: int) -> None:
        index = self.stack.index(entry)
        for inner in self.stack[index + 1 :]:
            self._report(inner, "the quote around it closed first")
        del self.stack[index:]
        parts = (*entry.parts, (entry.part_start, offset))
        self.found.append((entry.offset, offset + 1, entry.family, parts))

    def _report(self, entry: _Open, why: str) -> None:
        self.problems.append(MarkProblem(entry.offset, entry.mark, f"{why}; quote skipped"))


def _opening_position(text: str, offset: int, last_opener: int) -> bool:
    """Before a non-space, after the start, a space, an opening bracket, dash or quote."""
    before, after = text[offset - 1 : offset], text[offset + 1 : offset + 2]
    if after == "" or after.isspace():
        return False
    opened = offset - 1 == last_opener or before == "" or before.isspace()
    return opened or unicodedata.category(before) in ("Ps", "Pd", "Pi")


def _after_a_word(text: str, offset: int) -> bool:
    """A letter, a digit or a sentence's closing punctuation comes right before the mark."""
    before = text[offset - 1 : offset]
    return before.isalnum() or (before != "" and before in ".,!?;:")


def _closing_position(text: str, offset: int) -> bool:
    """After a non-space, before a space, punctuation or the end of the text."""
    before, after = text[offset - 1 : offset], text[offset + 1 : offset + 2]
    if before == "" or before.isspace():
        return False
    return after == "" or after.isspace() or unicodedata.category(after).startswith("P")


def _elided_word(text: str, offset: int, words: frozenset[str]) -> bool:
    """The mark opens a word whose first letters it stands for ("get 'em out")."""
    end = offset + 1
    while end < len(text) and text[end].isalpha():
        end += 1
    return end > offset + 1 and text[offset + 1 : end].lower() in words


def _apostrophe_form(text: str, offset: int) -> bool:
    """Between letters or digits (don't), eliding a century: two digits follow ('90s), or
    the possessive of an abbreviation that ends in a period (the E.U.'s plan)."""
    before, after = text[offset - 1 : offset], text[offset + 1 : offset + 2]
    digits = text[offset + 1 : offset + 4]
    elides = len(digits) >= 2 and digits[:2].isdecimal() and not digits[2:].isdecimal()
    abbreviation = (
        before == "."
        and text[offset - 2 : offset - 1].isalpha()
        and after == "s"
        and not text[offset + 2 : offset + 3].isalnum()
    )
    return (before.isalnum() and after.isalnum()) or elides or abbreviation
