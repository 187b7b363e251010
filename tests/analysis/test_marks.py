"""Tests for quoteattr.analysis.marks: pairing quotation marks in raw text."""

from __future__ import annotations

from itertools import pairwise

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr.analysis.marks import (
    MarkProblem,
    QuoteSpan,
    find_quote_spans,
    normalize_doubled_marks,
    paragraph_spans,
)
from quoteattr.lang import en
from quoteattr.lexicon import Lexicon


def quoted(text: str) -> list[tuple[str, str, int]]:
    """Each quote found in ``text`` as (quote with its marks, family, depth)."""
    spans, _ = find_quote_spans(text)
    return [(text[s.start : s.end], s.family, s.depth) for s in spans]


def flagged(text: str) -> list[tuple[int, str]]:
    """Each problem found in ``text`` as (offset, mark)."""
    _, problems = find_quote_spans(text)
    return [(p.offset, p.mark) for p in problems]


# (case, text, expected quotes, expected problems as (offset, mark))
PAIRING = [
    ("curly double", "“We will act,” she said.", [("“We will act,”", "double", 0)], []),
    ("straight double", 'She said "we will act" today.', [('"we will act"', "double", 0)], []),
    (
        "curly and straight in one text",
        '“Yes,” he said. "No," she replied.',
        [("“Yes,”", "double", 0), ('"No,"', "double", 0)],
        [],
    ),
    (
        "curly single inside curly double",
        "“He told me ‘never again’ twice,” she said.",
        [("“He told me ‘never again’ twice,”", "double", 0), ("‘never again’", "single", 1)],
        [],
    ),
    (
        "straight single inside straight double",
        "\"'Stop,' he shouted,\" she recalled.",
        [("\"'Stop,' he shouted,\"", "double", 0), ("'Stop,'", "single", 1)],
        [],
    ),
    (
        "double inside single (British style)",
        "‘He called it “a farce”,’ she said.",
        [("‘He called it “a farce”,’", "single", 0), ("“a farce”", "double", 1)],
        [],
    ),
    ("guillemets", "«Nous agirons», a-t-il dit.", [("«Nous agirons»", "guillemet", 0)], []),
    (
        "spaced guillemets with single guillemets inside",
        "« Il a dit ‹ non › hier »",
        [("« Il a dit ‹ non › hier »", "guillemet", 0), ("‹ non ›", "single_guillemet", 1)],
        [],
    ),
    (
        "German low-high",
        "„Wir schaffen das“, sagte sie.",
        [("„Wir schaffen das“", "double", 0)],
        [],
    ),
    ("German low-high with right mark", "„Ja”, sagte er.", [("„Ja”", "double", 0)], []),
    ("straight after an opening bracket", '("quoted")', [('"quoted"', "double", 0)], []),
    ("straight after a dash", 'It was—"in a word"—over.', [('"in a word"', "double", 0)], []),
    ("straight glued to a word closes the open quote", '"no"s', [('"no"', "double", 0)], []),
    ("empty straight quote", 'He said "" twice.', [('""', "double", 0)], []),
    (
        "straight opener with a curly closer",
        '"Mixed up”, he said.',
        [('"Mixed up”', "double", 0)],
        [],
    ),
    (
        "straight single quotes in a row",
        "He said 'yes' and she said 'cats' and 'dogs'.",
        [("'yes'", "single", 0), ("'cats'", "single", 0), ("'dogs'", "single", 0)],
        [],
    ),
    ("apostrophe in don't", "I don't know, he said.", [], []),
    ("curly apostrophe in Israel’s", "Israel’s right to act", [], []),
    ("apostrophes in rock’n’roll", "They played rock’n’roll all night.", [], []),
    ("curly elision ’90s", "Back in the ’90s it was different.", [], []),
    ("straight elision '90s", "Back in the '90s it was different.", [], []),
    ("elision mistyped with the left mark ‘90s", "Back in the ‘90s it was different.", [], []),
    ("plural possessive outside quotes", "The officials’ view and the Jones' house.", [], []),
    ("dropped letters", "We were goin' home and rock ’em.", [], []),
    (
        "a straight apostrophe for dropped first letters inside a double quote",
        "\"Get 'em out of here 'til dawn,\" he said.",
        [("\"Get 'em out of here 'til dawn,\"", "double", 0)],
        [],
    ),
    (
        "an opening mark typed as the closer, after a word",
        "He called it “abhorrent“ on Monday.",
        [("“abhorrent“", "double", 0)],
        [],
    ),
    (
        "negative: an opening mark after an opening mark opens again",
        "He said ““ and left.",
        [],
        [(8, "“"), (9, "“")],
    ),
    (
        "negative: a single quote round a word that starts like an elided one",
        "He called it 'emergent' and left.",
        [("'emergent'", "single", 0)],
        [],
    ),
    (
        "plural possessive inside a single quote with a later closer",
        "‘The officials’ view is wrong,’ he said.",
        [("‘The officials’ view is wrong,’", "single", 0)],
        [],
    ),
    (
        "plural possessive inside a nested single quote",
        "“‘Israel’s officials’ view,’ he said,” she wrote.",
        [
            ("“‘Israel’s officials’ view,’ he said,”", "double", 0),
            ("‘Israel’s officials’ view,’", "single", 1),
        ],
        [],
    ),
    (
        "s’ closes a single quote when no later closer exists",
        "He cited ‘the officials’ and left.",
        [("‘the officials’", "single", 0)],
        [],
    ),
    (
        "s’ closes before the quote around it closes",
        "“He praised ‘the officials’,” she said. ‘Yes,’ he said.",
        [
            ("“He praised ‘the officials’,”", "double", 0),
            ("‘the officials’", "single", 1),
            ("‘Yes,’", "single", 0),
        ],
        [],
    ),
    (
        "'90s inside a single quote",
        "'The '90s were fun,' he said.",
        [("'The '90s were fun,'", "single", 0)],
        [],
    ),
    (
        "unclosed quote followed by a good one in the same paragraph",
        "He said “no and then she said “yes,” loudly.",
        [("“yes,”", "double", 0)],
        [(8, "“")],
    ),
    ("stray closing mark", "He left.” Then “hi,” she said.", [("“hi,”", "double", 0)], [(8, "”")]),
    (
        "stray straight closing mark",
        'It ended." Then "hi," she said.',
        [('"hi,"', "double", 0)],
        [(9, '"')],
    ),
    (
        "single quote left open inside a closed double",
        "“a ‘b” c",
        [("“a ‘b”", "double", 0)],
        [(3, "‘")],
    ),
    (
        "paragraph ending open without reopening",
        "“This never closes.\n\nShe said, “but this does,” then left.",
        [("“but this does,”", "double", 0)],
        [(0, "“")],
    ),
    (
        "single quotes never continue across paragraphs",
        "‘One.\n\n‘Two.’",
        [("‘Two.’", "single", 0)],
        [(0, "‘")],
    ),
    ("lone mark", '"', [], [(0, '"')]),
    (
        "only curly marks",
        "“”‘’«»",
        [("“”", "double", 0), ("‘’", "single", 0), ("«»", "guillemet", 0)],
        [],
    ),
    (
        "repeated openers and closers",
        "“““”””",
        [("“”", "double", 0)],
        [(0, "“"), (1, "“"), (4, "”"), (5, "”")],
    ),
    ("empty text", "", [], []),
    ("control characters", "\x00“\x07hi\x1b”\x85", [("“\x07hi\x1b”", "double", 0)], []),
]


@pytest.mark.parametrize(
    ("text", "expected", "problems"),
    [pytest.param(text, quotes, problems, id=case) for case, text, quotes, problems in PAIRING],
)
def test_quote_pairing(
    text: str, expected: list[tuple[str, str, int]], problems: list[tuple[int, str]]
) -> None:
    assert quoted(text) == expected
    assert flagged(text) == problems


def test_multi_paragraph_quote_continues_when_next_paragraph_reopens() -> None:
    text = "“We will rebuild.\n\n“We will not be moved.  \n\n“And we will win,” she said."
    spans, problems = find_quote_spans(text)
    assert problems == []
    (span,) = spans
    assert span.multi_paragraph
    assert (span.start, span.end) == (0, text.index("” she") + 1)
    assert [text[s:e] for s, e in span.parts] == [
        "We will rebuild.",
        "We will not be moved.",
        "And we will win,",
    ]


def test_multi_paragraph_quote_with_straight_marks_and_single_line_breaks() -> None:
    text = 'He said: "First part.\r\n"Second part," and left.'
    (span,), problems = find_quote_spans(text)
    assert problems == []
    assert [text[s:e] for s, e in span.parts] == ["First part.", "Second part,"]
    assert text[span.start] == '"' and span.start == text.index('"')


def test_multi_paragraph_chain_that_never_closes_is_dropped() -> None:
    text = "“One.\n\n“Two.\n\nThree. “Four,” he said."
    spans, problems = find_quote_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["“Four,”"]
    assert [(p.offset, p.mark) for p in problems] == [(0, "“")]
    assert "2 paragraphs" in problems[0].message


def test_one_paragraph_quote_has_one_part() -> None:
    (span,), _ = find_quote_spans("“Hi,” she said.")
    assert span == QuoteSpan(0, 5, 1, 4, "double", 0, ((1, 4),))
    assert not span.multi_paragraph


def test_problem_messages_say_what_happened() -> None:
    _, problems = find_quote_spans("“open\n\nx”")
    assert problems == [
        MarkProblem(
            0,
            "“",
            "opening quote mark has no closing mark before the paragraph ends; quote skipped",
        ),
        MarkProblem(8, "”", "closing quote mark has no opening mark; mark ignored"),
    ]


def test_caller_supplied_marks_reverse_guillemets() -> None:
    reversed_guillemets = attrs.evolve(
        Lexicon.english(),
        opening_marks={"»": {"«"}},
        ambiguous_marks=(),
        mark_families={"»": "guillemet", "«": "guillemet"},
        apostrophes=(),
    )
    text = "Er sagte »nein« und ging. “Not a mark here”"
    spans, problems = find_quote_spans(text, lexicon=reversed_guillemets)
    assert [text[s.start : s.end] for s in spans] == ["»nein«"]
    assert problems == []


def test_extending_the_lexicon_with_a_mark_pair_finds_quotes_in_it() -> None:
    text = "Il a dit ⸢nous partons⸣ hier."
    assert find_quote_spans(text) == ([], [])
    extended = Lexicon.english().extend(
        opening_marks={"⸢": {"⸣"}}, mark_families={"⸢": "half_bracket", "⸣": "half_bracket"}
    )
    spans, problems = find_quote_spans(text, lexicon=extended)
    assert [(text[s.inner_start : s.inner_end], s.family) for s in spans] == [
        ("nous partons", "half_bracket")
    ]
    assert problems == []
    assert quoted("“Still English,” she said.") == [("“Still English,”", "double", 0)]


def test_extending_a_mark_pair_keeps_its_other_partners() -> None:
    extended = Lexicon.english().extend(opening_marks={"„": {"‟"}}, mark_families={"‟": "double"})
    assert extended.opening_marks["„"] == frozenset({"“", "”", "‟"})
    text = "Er sagte „nein‟ und ging."
    spans, _ = find_quote_spans(text, lexicon=extended)
    assert [text[s.start : s.end] for s in spans] == ["„nein‟"]


def test_english_marks_come_from_language_data() -> None:
    english = Lexicon.english()
    assert english.opening_marks == en.OPENING_MARKS
    assert english.mark_families == en.MARK_FAMILY
    assert english.ambiguous_marks == en.AMBIGUOUS_MARKS
    assert english.apostrophes == en.APOSTROPHES
    assert english.continuing_mark_families == en.CONTINUING_FAMILIES


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "One\n\nTwo\nstill two\n\n\n  Three  ",
            ["One", "Two\nstill two", "Three"],
            id="blank lines",
        ),
        pytest.param("One\nTwo\n  Three ", ["One", "Two", "Three"], id="single newlines"),
        pytest.param("One\r\nTwo\r\n\r\nThree", ["One\r\nTwo", "Three"], id="crlf blank line"),
        pytest.param("One\r\nTwo\rThree", ["One", "Two", "Three"], id="crlf and cr line breaks"),
        pytest.param("One\n \t \nTwo", ["One", "Two"], id="blank line holding spaces"),
        pytest.param("", [], id="empty"),
        pytest.param(" \n\n\t", [], id="only whitespace"),
    ],
)
def test_paragraph_spans(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in paragraph_spans(text)] == expected


def test_huge_text_with_many_marks() -> None:
    text = "“He said ‘the officials’ don’t,” she said. " * 5000 + "“" * 5000
    spans, problems = find_quote_spans(text)
    assert len(spans) == 10000
    assert len(problems) == 5000


# --- properties -------------------------------------------------------------------------

MARKS = "“”„‘’«»‹›「」\"'"
PAIRS = ["“”", '""', "‘’", "''", "«»", "‹›", "„“", "「」"]
WORDS = ["said", "officials’", "don't", "’90s", "rock’n’roll", "We", "s", "no,", "—", "("]
SEPARATORS = [" ", " ", ", ", "\n", "\n\n", "\r\n"]

quote_heavy = st.lists(
    st.sampled_from([*MARKS, "a", "s", "9", " ", "\n", "\r", ".", ",", "—", "("])
).map("".join)


def _wrap(pair: str, words: list[str]) -> str:
    return pair[0] + " ".join(words) + pair[1]


#: Words, stray marks and (nested) quotes joined by spaces and line breaks.
quote_documents = st.lists(
    st.one_of(
        st.recursive(
            st.sampled_from(WORDS) | st.sampled_from(list(MARKS)),
            lambda inner: st.builds(
                _wrap, st.sampled_from(PAIRS), st.lists(inner, min_size=1, max_size=4)
            ),
            max_leaves=8,
        ),
        st.sampled_from(SEPARATORS),
    ),
    max_size=30,
).map("".join)


def assert_invariants(original: str) -> None:
    """The guarantees of rule 6, plus offsets of problems.

    Typewriter doubles (``''``) are read as one straight quote, so the marks are checked on
    the same-length copy in which they are written that way.
    """
    spans, problems = find_quote_spans(original)
    text = normalize_doubled_marks(original)
    assert len(text) == len(original)
    family = en.MARK_FAMILY
    assert [s.start for s in spans] == sorted(s.start for s in spans)
    for span in spans:
        assert family[text[span.start]] == span.family == family[text[span.end - 1]]
        typo = text[span.start + 1 : span.start + 2].isalnum()  # ”What: a closer typed as opener
        opener = text[span.start]
        assert opener in en.OPENING_MARKS or opener in en.AMBIGUOUS_MARKS or typo
        assert (span.inner_start, span.inner_end) == (span.start + 1, span.end - 1)
        bounds = [span.inner_start, *(x for part in span.parts for x in part), span.inner_end]
        assert bounds == sorted(bounds)
        containing = [o for o in spans if o is not span and o.start <= span.start < o.end]
        assert span.depth == len(containing)
        for outer in containing:
            assert outer.start < span.start and span.end < outer.end
            assert outer.family != span.family
    for first, second in pairwise(spans):
        assert second.start >= first.end or second.end < first.end
    used = {s.start for s in spans} | {s.end - 1 for s in spans}
    for problem in problems:
        assert text[problem.offset] == problem.mark
        assert problem.offset not in used


@settings(max_examples=100)
@given(st.text())
def test_never_raises_on_any_text(text: str) -> None:
    assert_invariants(text)


@settings(max_examples=200)
@given(quote_heavy)
def test_invariants_on_quote_heavy_text(text: str) -> None:
    assert_invariants(text)


@settings(max_examples=150)
@given(quote_documents)
def test_invariants_on_documents_of_words_and_quotes(text: str) -> None:
    assert_invariants(text)


@given(st.lists(st.sampled_from(["a", " ", "\t", "\n", "\r", "\r\n", "\u00a0"])).map("".join))
def test_paragraph_spans_are_trimmed_ordered_and_cover_all_text(text: str) -> None:
    spans = paragraph_spans(text)
    covered: set[int] = set()
    for start, end in spans:
        assert start < end and not text[start].isspace() and not text[end - 1].isspace()
        covered.update(range(start, end))
    assert all(a[1] < b[0] for a, b in pairwise(spans))
    assert all(i in covered for i, c in enumerate(text) if not c.isspace())


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ("''We lost the vote,'' the mayor said.", ["We lost the vote,"]),
        ("He told us: ``Nothing has changed.''", ["Nothing has changed."]),
        ("''One,'' she said. ''Two.''", ["One,", "Two."]),
    ],
    ids=["two-apostrophes", "backticks-and-apostrophes", "two-quotes"],
)
def test_typewriter_doubles_pair_as_one_double_quote(text: str, inner: list[str]) -> None:
    spans, problems = find_quote_spans(text)
    assert [text[s.inner_start : s.inner_end] for s in spans] == inner
    assert all(s.family == "double" for s in spans)
    assert problems == []


def test_three_typewriter_apostrophes_close_a_single_then_a_double_quote() -> None:
    text = "''I would call it 'plain,''' said Ana Ruiz."
    spans, problems = find_quote_spans(text)
    assert [(s.family, text[s.inner_start : s.inner_end]) for s in spans] == [
        ("double", "I would call it 'plain,'"),
        ("single", "plain,"),
    ]
    assert problems == []


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ("'It grew,' she said. 'The E.U.'s plan failed.'", ["It grew,", "The E.U.'s plan failed."]),
        ("'It grew,' she said. 'Not in the U.S.' Then she left.", ["It grew,", "Not in the U.S."]),
    ],
    ids=["abbreviation-possessive", "negative-closing-after-abbreviation"],
)
def test_an_abbreviations_possessive_is_an_apostrophe(text: str, inner: list[str]) -> None:
    spans, problems = find_quote_spans(text)
    assert [text[s.inner_start : s.inner_end] for s in spans] == inner
    assert problems == []


def test_closing_mark_typed_as_opener_still_opens_a_quote() -> None:
    text = "He paused. ”What is most infuriating is the silence,” she said."
    spans, problems = find_quote_spans(text)
    assert [text[s.inner_start : s.inner_end] for s in spans] == [
        "What is most infuriating is the silence,"
    ]
    assert problems == []
