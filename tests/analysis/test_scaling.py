"""The indexes that keep the extraction linear give the answers of the scans they replace.

Each look-up (ranges overlapping a range, quotes around a character, clusters by name,
mentions by offset, a cluster's summaries) is checked against the plain scan over
everything that the code used before, on generated inputs. Timing is left to
``benchmarks/scaling.py``: tests assert answers, not speed.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from quoteattr.analysis.intervals import Intervals, OffsetRuns, PrefixMax
from quoteattr.analysis.layout import Layout
from quoteattr.analysis.marks import QuoteSpan, find_quote_spans, paragraph_spans
from quoteattr.analysis.speakers.clusters import Cluster, ClusterTable, name_tokens
from quoteattr.analysis.speakers.mentions import Mention
from quoteattr.records import SpeakerKind

_VOCAB = spacy.blank("en").vocab

ranges = st.lists(
    st.tuples(st.integers(0, 200), st.integers(0, 60)).map(lambda p: (p[0], p[0] + p[1])),
    max_size=40,
)


@given(ranges, st.integers(0, 260), st.integers(0, 80))
def test_intervals_overlapping_finds_what_a_scan_finds(
    spans: list[tuple[int, int]], start: int, width: int
) -> None:
    end = start + width
    expected = [i for i, (s, e) in enumerate(spans) if s < end and e > start]
    assert Intervals(spans).overlapping(start, end) == expected


@given(ranges, st.integers(0, 260))
def test_intervals_holding_finds_the_ranges_around_a_character(
    spans: list[tuple[int, int]], char: int
) -> None:
    assert Intervals(spans).holding(char) == [i for i, (s, e) in enumerate(spans) if s <= char < e]


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 1000)), max_size=60))
def test_prefix_max_is_the_running_maximum_of_values_that_only_grow(
    steps: list[tuple[int, int]],
) -> None:
    size = 31
    values = [-1] * size
    prefix = PrefixMax(size)
    for position, value in steps:
        values[position] = max(values[position], value)
        prefix.raise_to(position, value)
        for upto in range(size + 1):
            assert prefix.upto(upto) == max(values[:upto], default=-1)


@given(
    st.lists(st.integers(0, 300), max_size=80),
    st.integers(0, 320),
    st.one_of(st.none(), st.integers(0, 320)),
)
def test_offset_runs_read_back_latest_first_in_order_of_addition(
    offsets: list[int], end: int, floor: int | None
) -> None:
    runs: OffsetRuns[int] = OffsetRuns()
    for number, offset in enumerate(offsets):
        runs.add(offset, number)
    kept = [(o, n) for n, o in enumerate(offsets) if o < end and (floor is None or o >= floor)]
    expected = [
        [n for o, n in kept if o == offset] for offset in sorted({o for o, _ in kept}, reverse=True)
    ]
    assert list(runs.before(end, floor)) == expected


_WORDS = [
    "a",
    "said",
    '"b',
    'c"',
    "\u201cd",
    "e\u201d",
    "\u2018f",
    "g\u2019",
    "h.",
    "\n\n",
    '"',
    "\u00ab",
    "\u00bb",
]


def _layout(words: Sequence[str]) -> Layout:
    words = list(words) or ["a"]
    doc = Doc(
        _VOCAB,
        words=words,
        spaces=[i + 1 < len(words) for i in range(len(words))],
        sent_starts=[i == 0 for i in range(len(words))],
    )
    text = doc.text
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        quotes, _ = find_quote_spans(text)
    return Layout.build(doc, paragraph_spans(text), quotes, text=text)


def _around_by_scan(quotes: Sequence[QuoteSpan], char: int, top: bool) -> QuoteSpan | None:
    found = [q for q in quotes if q.inner_start <= char < q.inner_end]
    if not found:
        return None
    return min(found, key=lambda q: q.depth) if top else max(found, key=lambda q: q.depth)


@settings(max_examples=150)
@given(st.lists(st.sampled_from(_WORDS), max_size=40))
def test_layout_quote_lookups_agree_with_a_scan_of_every_quote(words: list[str]) -> None:
    layout = _layout(words)
    quotes = layout.quotes
    for char in range(len(layout.text) + 2):
        for top in (True, False):
            assert layout.quote_around(char, top=top) == _around_by_scan(quotes, char, top)
        assert layout.quote_starting_at(char) == next((q for q in quotes if q.start == char), None)
        assert list(layout.quotes_after(char)) == [q for q in quotes if q.start > char]
        for end in range(char, len(layout.text) + 2, 3):
            assert layout.quotes_within(char, end) == [
                q for q in quotes if q.start < end and q.end > char
            ]
    for quote in quotes:
        assert layout.quote_index(quote) == quotes.index(quote)


_KINDS = [SpeakerKind.PERSON, SpeakerKind.ORGANIZATION, SpeakerKind.UNKNOWN, SpeakerKind.GROUP]
_NAMES = [None, "Ana Ruiz", "Ruiz", "Mr. Ruiz", "White House", "White House press office", "Ana"]
mentions = st.builds(
    lambda start, name, kind, title, role, plural, pronoun, guessed: Mention(
        head=start,
        start=start,
        end=start + 5,
        name=name,
        title=title,
        role=role,
        affiliation=role and role.upper(),
        kind=kind,
        pronoun=pronoun,
        plural=plural,
        role_head=role,
        guessed=guessed,
    ),
    st.integers(0, 100),
    st.sampled_from(_NAMES),
    st.sampled_from(_KINDS),
    st.sampled_from([None, "Mr.", "Dr."]),
    st.sampled_from([None, "minister", "spokesman"]),
    st.booleans(),
    st.sampled_from([None, None, "he", "they"]),
    st.booleans(),
)


def _fullness(name: str) -> tuple[int, int, str]:
    return len(name.split()), len(name), name


@given(st.lists(mentions, min_size=1, max_size=12), st.booleans(), st.sampled_from([None, "male"]))
def test_cluster_summaries_are_what_its_mentions_say(
    added: list[Mention], neuter: bool, gender: str | None
) -> None:
    cluster = Cluster()
    for mention in added:
        cluster.add(mention)
    cluster.neuter, cluster.gender = neuter, gender
    people = [m for m in added if m.kind is SpeakerKind.PERSON]
    guessed = bool(people) and all(m.guessed for m in people)
    names = {m.name for m in added if m.name}
    named = [m for m in added if m.name and m.kind is not SpeakerKind.UNKNOWN]
    fullest = max((_fullness(m.name or "") for m in named), default=None)
    # The kind of the first named mention with the fullest name.
    known = [m.kind for m in named if _fullness(m.name or "") == fullest] or [
        m.kind for m in added if m.kind is not SpeakerKind.UNKNOWN
    ]
    if gender is not None or any(m.kind is SpeakerKind.PERSON and m.title for m in added):
        kind = SpeakerKind.PERSON
    elif neuter and guessed:
        kind = SpeakerKind.ORGANIZATION
    else:
        kind = known[0] if known else SpeakerKind.UNKNOWN
    assert cluster.guessed == guessed
    assert cluster.kind is kind
    assert cluster.name == (max(names, key=_fullness) if names else None)
    assert cluster.name_words == name_tokens(cluster.name or "")
    # A plural-tagged name ending as a singular one, before or after, is a person's
    # surname ("Sanders"); a plural role noun with names or without is a group.
    groups = [m for m in added if m.plural and not m.pronoun]
    plural_names = {
        name_tokens(m.name)[-1]
        for m in groups
        if m.name and name_tokens(m.name) and not m.role_head
    }
    single_names = {
        name_tokens(m.name)[-1] for m in added if m.name and name_tokens(m.name) and not m.plural
    }
    unnamed = any(not (m.name and name_tokens(m.name)) or m.role_head for m in groups)
    assert cluster.plural == (unnamed or not plural_names <= single_names)
    assert set(cluster.role_heads) == {m.role_head for m in added if m.role_head}
    for field in ("role", "title", "affiliation"):
        values = [
            getattr(m, field) for m in sorted(added, key=lambda m: m.start) if getattr(m, field)
        ]
        assert cluster.first(field) == (values[0] if values else None)


@given(
    st.lists(st.tuples(st.integers(0, 5), mentions), min_size=1, max_size=25),
    st.sampled_from(["ruiz", "white house", "house", "ana ruiz", "a", "ite ho", "mr"]),
)
def test_cluster_table_name_lookups_hold_every_cluster_a_scan_would_match(
    placements: list[tuple[int, Mention]], query: str
) -> None:
    table = ClusterTable()
    for wanted, mention in placements:
        index = wanted if wanted < len(table.clusters) else table.new()
        table.add(index, mention)
    words = query.split()
    joined_names = [" ".join(c.name_words) for c in table.clusters]
    assert table.same_name(words) == {
        i for i, c in enumerate(table.clusters) if c.name_words == tuple(words)
    }
    assert table.same_last_word(words[-1]) == {
        i for i, c in enumerate(table.clusters) if c.name_words and c.name_words[-1] == words[-1]
    }
    matching = {i for i, n in enumerate(joined_names) if n and (query in n or n in query)}
    bodies = {i for i in matching if table.clusters[i].kind is not SpeakerKind.PERSON}
    assert bodies <= table.body_candidates(query)
    assert table.same_first_word(words[0]) == {
        i for i, c in enumerate(table.clusters) if c.name_words and c.name_words[0] == words[0]
    }
    for word in ("Ruiz", "House", "office"):
        assert table.with_surname(word) == {
            i
            for i, c in enumerate(table.clusters)
            if len((c.name or "").split()) > 1 and (c.name or "").split()[-1] == word
        }
