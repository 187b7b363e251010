"""quoteattr.parsing.pieces, and long texts through the API: parsed in pieces, analysed whole."""

from __future__ import annotations

import warnings
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import assert_offsets_match
from quoteattr import Document, Extractor
from quoteattr.analysis.marks import find_quote_spans
from quoteattr.parsing.pieces import PIECE_CHARS, merge_pieces, piece_bounds


def _cuts(text: str, limit: int) -> list[int]:
    return [end for _, end in piece_bounds(text, limit)[:-1]]


def _assert_pieces_cover(text: str, limit: int) -> None:
    bounds = piece_bounds(text, limit)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    for (_, end), (start, _) in pairwise(bounds):
        assert end == start, "no gap, no overlap"
    assert all(0 < end - start <= limit for start, end in bounds) or text == ""


def _assert_no_cut_in_a_quote(text: str, limit: int) -> None:
    spans, _ = find_quote_spans(text)
    for cut in _cuts(text, limit):
        inside = [text[s.start : s.end] for s in spans if s.start < cut < s.end]
        assert not inside, f"cut at {cut} inside {inside}"


# -- where a text is cut -------------------------------------------------------------------

PARAGRAPH = (
    '"We will rebuild the pier," Mayor Ana Lopez said on Monday. Officials said it was unsafe.'
)

RUNNING_QUOTE = (
    "The harbour master spoke at length.\n\n"
    "“The pier is older than any of us, and the sea has been at it for a century.\n\n"
    "“We will close it on Friday, and no one will walk on it until it is safe.\n\n"
    "“I am sorry for the fishermen,” she said.\n\n"
    "The council meets next week."
)
"""A quote over three paragraphs (each reopens with “, only the last closes)."""


def test_a_text_within_the_limit_is_one_piece() -> None:
    assert piece_bounds(PARAGRAPH, len(PARAGRAPH)) == [(0, len(PARAGRAPH))]
    assert piece_bounds("", 10) == [(0, 0)]
    assert piece_bounds("x" * PIECE_CHARS) == [(0, PIECE_CHARS)]


def test_paragraphs_are_cut_after_the_blank_line_before_a_word() -> None:
    text = "\n\n".join([PARAGRAPH] * 12)
    cuts = _cuts(text, 300)
    assert cuts
    for cut in cuts:
        assert text[cut - 2 : cut] == "\n\n" and text[cut] == '"'
    _assert_pieces_cover(text, 300)


def test_blank_lines_are_preferred_to_line_breaks() -> None:
    # Paragraphs of two lines: cutting at the single line break would split a paragraph.
    paragraph = "The storm closed the port on Monday and the ferries stayed in.\nOfficials said so."
    text = "\n\n".join([paragraph] * 10)
    for cut in _cuts(text, 400):
        assert text[cut - 2 : cut] == "\n\n"


def test_no_cut_falls_inside_a_quote_over_several_paragraphs() -> None:
    (running,) = [s for s in find_quote_spans(RUNNING_QUOTE)[0] if s.multi_paragraph]
    # The last blank line within the limit is inside the quote: the cut goes before it.
    limit = running.end - running.start + 16
    assert "\n\n" in RUNNING_QUOTE[running.start + 1 : limit]
    cuts = _cuts(RUNNING_QUOTE, limit)
    assert cuts[0] == running.start
    _assert_no_cut_in_a_quote(RUNNING_QUOTE, limit)
    _assert_pieces_cover(RUNNING_QUOTE, limit)


def test_a_paragraph_longer_than_the_limit_is_cut_after_a_sentence() -> None:
    text = " ".join(["The ferry left at noon and came back late in the evening."] * 20)
    cuts = _cuts(text, 300)
    assert cuts
    for cut in cuts:
        assert text[cut - 2 : cut] == ". "
    _assert_pieces_cover(text, 300)


def test_a_quote_longer_than_the_limit_is_cut_at_a_sentence_end_inside_it() -> None:
    text = "She said: “" + " ".join(["We will rebuild the pier."] * 30) + "” Then she left."
    first, *inside = _cuts(text, 200)
    assert text[first:].startswith("“"), "first, before the quote"
    assert inside
    assert all(text[cut - 2 : cut] == ". " for cut in inside)
    _assert_pieces_cover(text, 200)


def test_a_word_longer_than_the_limit_is_cut_through() -> None:
    text = "short " + "x" * 50
    assert piece_bounds(text, 20) == [(0, 6), (6, 26), (26, 46), (46, 56)]


def test_a_limit_below_one_character_is_refused() -> None:
    with pytest.raises(ValueError, match="at least one character"):
        piece_bounds("text", 0)


_WORDS = st.sampled_from(
    ["the", "pier", "said", "Lopez.", "“We", "will", "rebuild,”", '"No"', "‘yes’", "it’s", "«oui»"]
)
_SEPARATORS = st.sampled_from([" ", " ", " ", "\n", "\n\n", "\r\n\r\n", "  ", "\t", ""])
_TEXTS = st.lists(st.tuples(_WORDS, _SEPARATORS), max_size=120).map(
    lambda pairs: "".join(word + separator for word, separator in pairs)
)


@settings(max_examples=100, deadline=None)
@given(text=_TEXTS, limit=st.integers(min_value=1, max_value=120))
def test_pieces_always_cover_the_text_within_the_limit(text: str, limit: int) -> None:
    _assert_pieces_cover(text, limit)


@settings(max_examples=100, deadline=None)
@given(text=_TEXTS, limit=st.integers(min_value=40, max_value=120))
def test_no_cut_inside_a_quote_shorter_than_the_limit(text: str, limit: int) -> None:
    spans, _ = find_quote_spans(text)
    if all(s.end - s.start < limit // 2 for s in spans):
        _assert_no_cut_in_a_quote(text, limit)


# -- parsed in pieces, analysed whole ------------------------------------------------------

ARTICLE = (
    "Harbour to close old pier\n\n"
    '"We will rebuild the pier," Mayor Ana Lopez said on Monday. "It is older than any of us."\n\n'
    "Officials at the port authority confirmed that the pier would close on Friday.\n\n"
    + RUNNING_QUOTE
    + "\n\n"
    "According to the ministry, three ferries will use the new quay instead.\n\n"
    "Lopez added that the work would take a year. The fishermen's union denied that it had "
    "been consulted."
)


def _quiet(extractor: Extractor, text: str) -> Document:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return extractor.analyze(text, doc_id="long")


def test_a_text_parsed_in_pieces_gives_the_records_of_the_whole_text(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = _quiet(extractor, ARTICLE)
    monkeypatch.setattr(extractor, "piece_chars", 300)
    assert len(piece_bounds(ARTICLE, 300)) >= 3
    _assert_no_cut_in_a_quote(ARTICLE, 300)
    split = _quiet(extractor, ARTICLE)
    assert len(whole.quotes) >= 6
    assert split == whole
    assert_offsets_match(ARTICLE, split.quotes)


def test_joined_pieces_have_the_text_and_tokens_of_the_whole(extractor: Extractor) -> None:
    bounds = piece_bounds(ARTICLE, 300)
    pieces = [extractor.nlp(ARTICLE[start:end]) for start, end in bounds]
    joined = merge_pieces(pieces)
    whole = extractor.nlp(ARTICLE)
    assert joined.text == ARTICLE
    assert [t.text for t in joined] == [t.text for t in whole]
    assert [(e.start_char, e.end_char, e.label_) for e in joined.ents] == [
        (e.start_char, e.end_char, e.label_) for e in whole.ents
    ]
    assert merge_pieces(pieces[:1]) is pieces[0]


def test_pipe_regroups_the_pieces_of_long_texts_among_short_ones(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = [PARAGRAPH, ARTICLE, "No one is quoted here.", ARTICLE.upper(), PARAGRAPH]
    ids = ["a", "b", "c", "d", "e"]
    monkeypatch.setattr(extractor, "piece_chars", 300)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        piped = list(extractor.pipe(texts, doc_ids=ids, batch_size=3))
        one_by_one = [extractor.analyze(t, doc_id=i) for t, i in zip(texts, ids, strict=True)]
    assert piped == one_by_one
    assert [d.doc_id for d in piped] == ids
    for text, document in zip(texts, piped, strict=True):
        assert document.text == text
        assert_offsets_match(text, document.quotes)


def test_a_text_above_the_old_two_million_character_limit_is_analysed(
    extractor: Extractor,
) -> None:
    text = '"Yes," she said.' + " " * 2_000_001 + '"No," he said.'
    document = _quiet(extractor, text)
    assert [(q.content.text, q.speaker.text if q.speaker else None) for q in document.quotes] == [
        ("Yes", "she"),
        ("No", "he"),
    ]
    assert_offsets_match(text, document.quotes)
