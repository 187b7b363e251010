"""Tests of quote scoring: matching by coverage, P/R/F1 per kind, attribute accuracy."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteattr.errors import GoldFormatError
from quoteattr.evaluation.agreement import descriptions_agree, names_agree, speaker_agrees
from quoteattr.evaluation.matching import coverage, match_quotes, same_words
from quoteattr.evaluation.scorer import LEVELS, Counts, Scores, evaluate, evaluate_files
from quoteattr.records import (
    Attribution,
    Content,
    Cue,
    Quote,
    QuoteKind,
    Speaker,
    SpeakerKind,
)

DIRECT, MIXED, INDIRECT = QuoteKind.DIRECT, QuoteKind.MIXED, QuoteKind.INDIRECT

# One text for every hand-made quote, so offsets cut real words.
TEXT = (
    '"We will act now," Defense Secretary Lloyd Austin said on Monday. '
    "He said the talks had failed and that the army would stay. "
    '"No deal," said Joe Biden, "is better than a bad deal." '
    "Officials confirmed that the base would close."
)


def span(phrase: str, occurrence: int = 0) -> tuple[int, int]:
    """The offsets of the ``occurrence``-th ``phrase`` in :data:`TEXT`."""
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(phrase, start + 1)
    return start, start + len(phrase)


def content(*phrases: str) -> Content:
    """The content made of these phrases of :data:`TEXT` (two or more make parts)."""
    return Content.from_parts(TEXT, [span(p) for p in phrases])


def offsets(start: int, end: int) -> Content:
    return Content.from_parts(TEXT, [(start, end)])


def speaker(
    phrase: str, name: str | None = None, role: str | None = None, affiliation: str | None = None
) -> Speaker:
    start, end = span(phrase)
    return Speaker(phrase, start, end, name=name, role=role, affiliation=affiliation)


def cue(phrase: str, lemma: str) -> Cue:
    start, end = span(phrase)
    return Cue(phrase, lemma, start, end)


def quote(
    body: Content,
    kind: QuoteKind = DIRECT,
    *,
    doc_id: str | None = "d1",
    who: Speaker | None = None,
    verb: Cue | None = None,
) -> Quote:
    return Quote(Quote.make_id(body), kind, body, verb, who, Attribution.NONE, 0, 0, doc_id)


ACT = quote(content('"We will act now,"'), who=speaker("Lloyd Austin", "Lloyd Austin"))
TALKS = quote(content("the talks had failed"), INDIRECT, who=speaker("He", "Lloyd Austin"))
DEAL = quote(content('"No deal,"', '"is better than a bad deal."'), who=speaker("Joe Biden"))
BASE = quote(content("the base would close"), INDIRECT, who=speaker("Officials"))
GOLD = [ACT, TALKS, DEAL, BASE]


def prf(counts: Counts) -> tuple[float, float, float]:
    return counts.precision, counts.recall, counts.f1


# -- P / R / F1 ------------------------------------------------------------------------


def test_perfect_prediction_scores_one_at_every_level() -> None:
    scores = evaluate(GOLD, GOLD)
    for level in LEVELS:
        assert prf(scores.at(level).overall) == (1.0, 1.0, 1.0)
    assert scores.speaker.correct == scores.speaker.total == 4


def test_empty_prediction_scores_zero_precision_recall_and_f1() -> None:
    overall = evaluate(GOLD, []).at(0.3).overall
    assert (overall.gold, overall.predicted) == (4, 0)
    assert prf(overall) == (0.0, 0.0, 0.0)


def test_empty_gold_has_recall_one_and_precision_zero() -> None:
    assert prf(evaluate([], GOLD).at(0.3).overall) == (0.0, 1.0, 0.0)


def test_nothing_to_find_and_nothing_found_scores_one() -> None:
    scores = evaluate([], [])
    assert prf(scores.at("exact").overall) == (1.0, 1.0, 1.0)
    assert scores.speaker.total == 0 and scores.speaker.value is None


def test_one_missed_quote_lowers_recall_only() -> None:
    overall = evaluate(GOLD, GOLD[:3]).at(0.8).overall
    assert (overall.gold_matched, overall.predicted_matched) == (3, 3)
    assert overall.precision == 1.0 and overall.recall == 0.75


def test_one_false_positive_lowers_precision_only() -> None:
    extra = quote(content("the army would stay"), INDIRECT)
    overall = evaluate(GOLD, [*GOLD, extra]).at(0.8).overall
    assert overall.precision == 0.8 and overall.recall == 1.0
    assert overall.f1 == pytest.approx(2 * 0.8 / 1.8)


def test_split_quote_half_covered_matches_loosely_but_not_strictly() -> None:
    # Gold has two parts (10 + 28 chars); the prediction covers the second one only.
    half = quote(content('"is better than a bad deal."'))
    assert coverage(DEAL.content, half.content) == Fraction(28, 38)
    scores = evaluate([DEAL], [half])
    assert scores.at(0.3).overall.recall == 1.0
    assert scores.at(0.8).overall.recall == 0.0
    assert scores.at("exact").overall.recall == 0.0


def test_coverage_counts_only_the_characters_of_the_parts() -> None:
    # A prediction over the whole stretch covers both parts fully, cue included or not.
    whole = offsets(DEAL.content.start, DEAL.content.end)
    assert coverage(DEAL.content, whole) == 1
    assert coverage(whole, DEAL.content) < 1
    assert not same_words(DEAL.content, whole)


@pytest.mark.parametrize(
    ("covered", "matched_at"),
    [
        (30, {"0.3"}),
        (29, set()),
        (80, {"0.3", "0.8"}),
        (79, {"0.3"}),
        (100, {"0.3", "0.8", "exact"}),
    ],
)
def test_threshold_is_inclusive(covered: int, matched_at: set[str]) -> None:
    gold = quote(offsets(100, 200))
    pred = quote(offsets(100, 100 + covered))
    scores = evaluate([gold], [pred])
    assert {lv for lv in LEVELS if scores.at(lv).overall.recall == 1.0} == matched_at


def test_exact_ignores_surrounding_quote_marks_and_punctuation() -> None:
    gold = quote(content('"We will act now,"'))
    bare = quote(content("We will act now"))
    assert evaluate([gold], [bare]).at("exact").overall.f1 == 1.0
    shorter = quote(content("We will act"))
    assert evaluate([gold], [shorter]).at("exact").overall.f1 == 0.0


def test_long_prediction_over_two_gold_quotes_matches_one_only() -> None:
    first, second = span("He said the talks had failed")[0], span("the army would stay")[1]
    gold = [quote(offsets(first, first + 20)), quote(offsets(second - 20, second))]
    long = quote(offsets(first, second))
    overall = evaluate(gold, [long]).at(0.3).overall
    assert (overall.gold_matched, overall.predicted_matched) == (1, 1)
    assert overall.precision == 1.0 and overall.recall == 0.5


def test_greedy_matching_prefers_the_higher_coverage_pair() -> None:
    # g0 is covered 0.5 by p0 and fully by p1; g1 only by p1 (0.4). Highest coverage first
    # pairs g0 with p1, leaving g1 unmatched even though p0 would have been free.
    g0, g1 = quote(offsets(0, 10)), quote(offsets(10, 20))
    p0, p1 = quote(offsets(5, 10)), quote(offsets(0, 14))
    assert match_quotes([g0, g1], [p0, p1], Fraction(3, 10)) == [(0, 1)]


def test_ties_go_to_the_prediction_starting_nearer() -> None:
    gold = quote(offsets(10, 20))
    near, far = quote(offsets(9, 20)), quote(offsets(0, 20))
    assert match_quotes([gold], [far, near], Fraction(3, 10)) == [(0, 1)]


def test_quotes_of_different_documents_never_match() -> None:
    other = quote(ACT.content, doc_id="d2")
    overall = evaluate([ACT], [other]).at(0.3).overall
    assert overall.gold_matched == 0 and overall.predicted == 1


def test_unknown_level_is_rejected() -> None:
    with pytest.raises(ValueError, match="level"):
        match_quotes(GOLD, GOLD, "loose")
    with pytest.raises(KeyError):
        evaluate(GOLD, GOLD).at(0.5)


# -- per kind ----------------------------------------------------------------------------


def test_per_kind_recall_uses_gold_kind_and_precision_predicted_kind() -> None:
    # TALKS is indirect in gold but predicted as mixed; BASE is missed; a false direct.
    as_mixed = quote(TALKS.content, MIXED, who=TALKS.speaker)
    false = quote(content("the army would stay"), DIRECT)
    level = evaluate(GOLD, [ACT, as_mixed, DEAL, false]).at(0.3)
    assert (level.overall.gold_matched, level.overall.predicted) == (3, 4)
    assert (level.direct.gold, level.direct.predicted) == (2, 3)
    assert prf(level.direct)[:2] == (2 / 3, 1.0)
    assert (level.indirect.gold, level.indirect.gold_matched, level.indirect.predicted) == (2, 1, 0)
    assert prf(level.indirect)[:2] == (0.0, 0.5)
    assert (level.mixed.gold, level.mixed.predicted, level.mixed.predicted_matched) == (0, 1, 1)
    assert level.row(QuoteKind.MIXED) is level.mixed and level.row("overall") is level.overall


def test_kind_accuracy_counts_matched_pairs_with_the_gold_kind() -> None:
    as_mixed = quote(TALKS.content, MIXED)
    kind = evaluate(GOLD, [ACT, as_mixed]).kind
    assert (kind.correct, kind.total) == (1, 2)


# -- speaker, cue, role, affiliation -------------------------------------------------------


def test_speaker_surname_counts_as_the_full_name() -> None:
    assert names_agree("Lloyd Austin", "Austin")
    assert names_agree("Defense Secretary Lloyd J. Austin", "Mr. Austin")
    assert not names_agree("Joe Biden", "Lloyd Austin")
    assert not names_agree("he", "he")
    # The prediction points at a later mention, "Austin", by name only.
    pred = quote(ACT.content, who=Speaker("Austin", 300, 306))
    assert evaluate([ACT], [pred]).speaker.correct == 1


def test_wrong_speaker_is_counted_wrong() -> None:
    pred = quote(ACT.content, who=speaker("Joe Biden", "Joe Biden"))
    result = evaluate([ACT], [pred]).speaker
    assert (result.correct, result.total) == (0, 1)
    assert not speaker_agrees(ACT.speaker, None)


def test_speaker_span_overlap_counts_without_a_name() -> None:
    pred = quote(ACT.content, who=speaker("Defense Secretary Lloyd"))
    assert evaluate([ACT], [pred]).speaker.correct == 1


def test_no_gold_speaker_wants_no_named_speaker() -> None:
    floating = quote(ACT.content)
    assert speaker_agrees(None, None)
    assert speaker_agrees(None, Speaker("officials", 0, 9, kind=SpeakerKind.UNNAMED))
    assert not speaker_agrees(None, Speaker("Joe Biden", 0, 9, name="Joe Biden"))
    assert evaluate([floating], [ACT]).speaker.correct == 0


def test_cue_agrees_by_overlap_or_lemma() -> None:
    gold = quote(ACT.content, verb=cue("said on", "say"))
    by_span = quote(ACT.content, verb=cue("said", "tell"))
    by_lemma = quote(ACT.content, verb=cue("confirmed", "Say"))
    other = quote(ACT.content, verb=cue("confirmed", "confirm"))
    none = quote(ACT.content)
    results = [evaluate([gold], [p]).cue.correct for p in (by_span, by_lemma, other, none)]
    assert results == [1, 1, 0, 0]
    assert evaluate([none], [none]).cue.correct == 1
    assert evaluate([none], [gold]).cue.correct == 0


def test_role_and_affiliation_accuracy_over_pairs_with_a_gold_speaker() -> None:
    def who(role: str | None, affiliation: str | None) -> Speaker:
        return speaker("Lloyd Austin", "Lloyd Austin", role=role, affiliation=affiliation)

    gold = [
        quote(ACT.content, who=who("Defense Secretary", "United States")),
        quote(TALKS.content, INDIRECT, who=who(None, None)),
        quote(BASE.content, INDIRECT),  # no gold speaker: not judged
    ]
    pred = [
        quote(ACT.content, who=who("U.S. defense secretary", "Pentagon")),
        quote(TALKS.content, INDIRECT, who=who("secretary", None)),
        quote(BASE.content, INDIRECT, who=who("official", "army")),
    ]
    scores = evaluate(gold, pred)
    assert (scores.role.correct, scores.role.total) == (1, 2)
    assert (scores.affiliation.correct, scores.affiliation.total) == (1, 2)


@pytest.mark.parametrize(
    ("gold", "pred", "agree"),
    [
        (None, None, True),
        ("spokesman", None, False),
        (None, "spokesman", False),
        ("Pentagon spokesman", "spokesman", True),
        ("the Pentagon", "Pentagon", True),
        ("US", "U.S.", True),
        ("US", "business", False),
        ("defense secretary", "secretary of state", False),
    ],
)
def test_descriptions_agree_when_one_contains_the_other(
    gold: str | None, pred: str | None, agree: bool
) -> None:
    assert descriptions_agree(gold, pred) is agree


# -- output ------------------------------------------------------------------------------


def test_table_has_a_row_per_kind_and_a_column_group_per_level() -> None:
    table = evaluate(GOLD, GOLD[:2]).table()
    lines = table.splitlines()
    assert all(level in lines[0] for level in LEVELS)
    assert [line.split()[0] for line in lines[2:6]] == ["overall", "direct", "mixed", "indirect"]
    assert lines[2].split()[1:6] == ["4", "2", "100.0", "50.0", "66.7"]
    assert any(line.startswith("affiliation") for line in lines)


def test_to_dict_is_plain_json() -> None:
    scores = evaluate(GOLD, GOLD[:2])
    data = json.loads(json.dumps(scores.to_dict()))
    assert data["levels"]["0.8"]["overall"]["recall"] == 0.5
    assert data["levels"]["exact"]["indirect"]["gold"] == 2
    assert data["accuracy"]["speaker"] == {"correct": 2, "total": 2, "value": 1.0}
    assert set(data["levels"]) == set(LEVELS)


def test_evaluate_files_reads_json_lines(tmp_path: Path) -> None:
    start, end = span('"We will act now,"')
    record = {
        "doc_id": "d1",
        "kind": "direct",
        "content": {"text": TEXT[start:end], "start": start, "end": end},
        "cue": {"text": "said", "lemma": "say", "start": 50, "end": 54},
        "speaker": {"text": "Lloyd Austin", "start": 37, "end": 49, "name": "Lloyd Austin"},
    }
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    pred.write_text("", encoding="utf-8")
    assert isinstance(evaluate_files(gold, gold), Scores)
    assert evaluate_files(gold, gold).at("exact").overall.f1 == 1.0
    assert evaluate_files(gold, pred).at(0.3).overall.recall == 0.0
    pred.write_text('{"doc_id": "d1"}\n', encoding="utf-8")
    with pytest.raises(GoldFormatError):
        evaluate_files(gold, pred)


def test_scores_without_ties_do_not_depend_on_input_order() -> None:
    pred = [quote(offsets(0, 10)), quote(offsets(5, 30)), *GOLD[1:]]
    forward = evaluate(GOLD, pred).to_dict()
    assert evaluate(GOLD[::-1], pred[::-1]).to_dict() == forward


# -- properties ----------------------------------------------------------------------------


@st.composite
def quotes(draw: st.DrawFn) -> list[Quote]:
    made = []
    for _ in range(draw(st.integers(0, 8))):
        start = draw(st.integers(0, len(TEXT) - 2))
        end = draw(st.integers(start + 1, len(TEXT)))
        cut = draw(st.integers(start, end))
        bounds = [(start, cut), (cut + 1, end)] if start < cut < end - 1 else [(start, end)]
        body = Content.from_parts(TEXT, bounds)
        kind = draw(st.sampled_from(list(QuoteKind)))
        made.append(quote(body, kind, doc_id=draw(st.sampled_from(["a", "b", None]))))
    return made


@given(quotes())
def test_quotes_scored_against_themselves_score_one(gold: list[Quote]) -> None:
    scores = evaluate(gold, gold)
    for level in LEVELS:
        for row in ("overall", *QuoteKind):
            assert prf(scores.at(level).row(row)) == (1.0, 1.0, 1.0)
    assert scores.kind.correct == scores.kind.total == len(gold)


@given(quotes(), quotes())
def test_every_quote_is_matched_at_most_once(gold: list[Quote], pred: list[Quote]) -> None:
    for level in (Fraction(3, 10), Fraction(4, 5), "exact"):
        pairs = match_quotes(gold, pred, level)
        assert len({g for g, _ in pairs}) == len({p for _, p in pairs}) == len(pairs)
        assert all(gold[g].doc_id == pred[p].doc_id for g, p in pairs)


def test_text_span_parts_are_used_for_coverage() -> None:
    parts = Content.from_parts(TEXT, [(0, 2), (8, 10)])
    assert coverage(parts, offsets(0, 5)) == Fraction(1, 2)
    assert coverage(offsets(0, 10), parts) == Fraction(4, 10)


def test_relative_pronoun_gold_speaker_agrees_with_its_antecedent() -> None:
    from quoteattr.evaluation.agreement import speaker_agrees
    from quoteattr.records import Speaker

    # "... said Weld, who added that ...": PolNeAR marks "who"; the speaker is Weld.
    gold = Speaker("who", 30, 33, name="who")
    assert speaker_agrees(gold, Speaker("Weld", 24, 28, name="Weld"))
    assert not speaker_agrees(gold, Speaker("Cruz", 0, 4, name="Cruz"))
