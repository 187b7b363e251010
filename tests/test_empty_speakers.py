"""The benchmark's count of records left without a speaker their passage names."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from empty_speakers import empty_speakers, paragraph_starts

from quoteattr.io import quote_from_dict
from quoteattr.records import Quote

TEXT = (
    "Mayor Ana Ruiz spoke on Monday.\n\n"
    '"The bridge will reopen," she said.\n\n'
    "Traffic was light.\n\n"
    "Crews worked all night.\n\n"
    '"We are ready."'
)


def _quote(content: str, speaker: str | None) -> Quote:
    def span(text: str) -> dict[str, object]:
        start = TEXT.index(text)
        return {"text": text, "start": start, "end": start + len(text)}

    return quote_from_dict(
        {
            "doc_id": "a",
            "kind": "direct",
            "content": span(content),
            "speaker": None if speaker is None else span(speaker),
        }
    )


def test_paragraphs_start_after_each_run_of_line_breaks() -> None:
    assert paragraph_starts("one\n\ntwo\nthree") == [0, 5, 9]


def test_an_empty_speaker_counts_only_where_the_passage_names_the_gold_one() -> None:
    gold = [
        _quote("The bridge will reopen,", "Mayor Ana Ruiz"),  # the paragraph before
        _quote("We are ready.", "Mayor Ana Ruiz"),  # four paragraphs before: not counted
    ]
    predicted = [_quote("The bridge will reopen,", None), _quote("We are ready.", None)]
    found = empty_speakers({"a": TEXT}, gold, predicted)
    assert (found.empty, found.candidates) == (1, 1)
    assert found.examples[0].startswith("a @")


def test_a_record_with_a_speaker_is_not_empty() -> None:
    gold = [_quote("The bridge will reopen,", "she")]
    found = empty_speakers({"a": TEXT}, gold, [_quote("The bridge will reopen,", "she")])
    assert (found.empty, found.candidates) == (0, 1)
