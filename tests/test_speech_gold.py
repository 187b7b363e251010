"""The speech gold over PolNeAR articles is committed without their text, restored from a copy."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from polnear import PolnearError
from speech_gold import gold_files, load_speech_gold, pack

TEXT = "Officials said the bridge would reopen. \u201cWe are ready,\u201d Ms. Lee told reporters."


def _row(text: str, content: str, cue: str, speaker: str | None) -> dict[str, object]:
    def span(s: str) -> dict[str, object]:
        start = text.index(s)
        return {"text": s, "start": start, "end": start + len(s)}

    return {
        "doc_id": "a",
        "kind": "indirect" if content.startswith("the") else "direct",
        "content": {**span(content), "parts": []},
        "cue": {**span(cue), "lemma": cue},
        "speaker": None if speaker is None else {**span(speaker), "name": speaker},
    }


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    root = tmp_path / "PolNeAR"
    (root / "data" / "dev" / "text").mkdir(parents=True)
    (root / "data" / "dev" / "attributions").mkdir()
    (root / "data" / "dev" / "text" / "a.txt").write_text(TEXT, encoding="utf-8")
    annotations = tmp_path / "ann"
    annotations.mkdir()
    rows = [
        _row(TEXT, "the bridge would reopen", "said", "Officials"),
        _row(TEXT, "We are ready,", "told", "Ms. Lee"),
    ]
    (annotations / "a.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8"
    )
    return root, annotations


def test_packed_gold_holds_no_text(corpus: tuple[Path, Path]) -> None:
    root, annotations = corpus
    packed = json.dumps(pack(annotations, root))
    assert "bridge" not in packed and "ready" not in packed
    assert '"Ms. Lee"' in packed  # speaker names are kept for the speaker score


def test_load_restores_spans_from_the_copy(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    root, annotations = corpus
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(pack(annotations, root)), encoding="utf-8")
    [(doc_id, text, quotes)] = load_speech_gold(root, gold)
    assert doc_id == "a" and text == TEXT
    assert [q.content.text for q in quotes] == ["the bridge would reopen", "We are ready,"]
    assert [q.speaker.text if q.speaker else None for q in quotes] == ["Officials", "Ms. Lee"]


def test_a_different_copy_is_refused(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    root, annotations = corpus
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(pack(annotations, root)), encoding="utf-8")
    (root / "data" / "dev" / "text" / "a.txt").write_text(TEXT + " ", encoding="utf-8")
    with pytest.raises(PolnearError, match="SHA-256"):
        load_speech_gold(root, gold)


def test_a_train_set_is_read_from_the_train_split(
    corpus: tuple[Path, Path], tmp_path: Path
) -> None:
    root, annotations = corpus
    (root / "data" / "train" / "text").mkdir(parents=True)
    (root / "data" / "train" / "attributions").mkdir()
    (root / "data" / "dev" / "text" / "a.txt").rename(root / "data" / "train" / "text" / "a.txt")
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(pack(annotations, root, split="train")), encoding="utf-8")
    [(doc_id, text, _)] = load_speech_gold(root, gold)
    assert doc_id == "a" and text == TEXT
    with pytest.raises(FileNotFoundError):
        pack(annotations, root)  # the dev split no longer holds the article


def test_committed_gold_has_no_text_fields() -> None:
    assert gold_files()
    for gold in gold_files():
        packed = json.loads(gold.read_text(encoding="utf-8"))
        assert packed["split"] in ("dev", "train") and packed["statements"] and packed["name"]
        for row in packed["statements"]:
            for key in ("content", "cue", "speaker"):
                assert row.get(key) is None or "text" not in row[key]
            assert all("text" not in part for part in row["content"]["parts"])


def test_attribute_scorer_takes_two_names_of_one_implied_country() -> None:
    from attribute_accuracy import agrees

    assert agrees("Britain", "United Kingdom")
    assert agrees("United Kingdom", "British")
    assert not agrees("Britain", "Ireland")
    assert not agrees("Britain", None)


def test_attribute_scorer_takes_a_title_and_its_abbreviation_as_one_role() -> None:
    from attribute_accuracy import agrees

    assert agrees("governor", "Gov.")
    assert agrees("Sen.", "senator")
    assert agrees("New Jersey governor", "Gov.")
    assert not agrees("governor", "Sen.")
