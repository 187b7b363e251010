"""Finding a value's words in the text without a pattern finds what the pattern finds."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteattr.analysis.speakers.sources import _occurrences, _pattern

# Letters, case, spacing and word boundaries the search must treat as the pattern does,
# with the characters a case-insensitive pattern matches with an ASCII letter.
_PIECES = [
    *"aAbBeEsSkKiI _-.'1",
    "\u00a0",
    "\n",
    "\x1f",
    "\u2019",
    "\u00e9",
    "\u0130",
    "\u0131",
    "\u017f",
    "\u212a",
    "New",
    "YORK",
    "times",
]
_VALUES = ["a", "ab", "Abs", "a b", "b-a", "A.B.", "ik", "es", "1a", "_a", "-", "k's", "New York"]


def _with_pattern(value: str, text: str, low: int, high: int) -> list[tuple[int, int]]:
    pattern = _pattern(value, False)
    return [m.span() for m in pattern.finditer(text, low, high)] if pattern else []


@pytest.mark.parametrize(
    ("value", "text", "found"),
    [
        ("New York Times", "the new york  times said", [(4, 19)]),
        ("official", "two Officials and an officialdom", [(4, 13)]),
        ("boss", "the bosses", [(4, 10)]),
        ("Ana", "Ana_Diaz and Ana", [(13, 16)]),
        ("Diaz", "\u0130 Diaz and Kelvin", [(2, 6)]),
    ],
)
def test_value_found_with_any_spacing_and_plural_ending(
    value: str, text: str, found: list[tuple[int, int]]
) -> None:
    assert (
        _occurrences(value, text, 0, len(text)) == found == _with_pattern(value, text, 0, len(text))
    )


def test_word_before_the_window_bounds_the_value() -> None:
    assert _occurrences("ab", "xab ab", 1, 6) == [(4, 6)]


@given(
    st.sampled_from(_VALUES) | st.text("abesABES .-1", min_size=1, max_size=6),
    st.lists(st.sampled_from(_PIECES + _VALUES), max_size=12).map("".join),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_search_finds_what_the_pattern_finds(value: str, text: str, low: int, high: int) -> None:
    low, high = sorted((min(low, len(text)), min(high, len(text))))
    assert _occurrences(value, text, low, high) == _with_pattern(value, text, low, high)
