"""``quoteattr verify``: records checked against their sources, with the real pipeline."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from quoteattr import Extractor, cli
from quoteattr.io.verify import check_spans
from quoteattr.io.verify_records import RecordToCheck, read_records

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
FIRST = "000_54570614bab5a003"


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(cli.main, [str(arg) for arg in args], prog_name="quoteattr")


@pytest.fixture
def session_model(monkeypatch: pytest.MonkeyPatch, extractor: Extractor) -> None:
    """The command uses the session's loaded pipeline instead of loading another."""
    monkeypatch.setattr(cli, "Extractor", lambda model=None, min_confidence=0.0: extractor)


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    return folder


def extract(sources: Path, fmt: str) -> Path:
    out = sources.parent / f"records-{fmt}.{'csv' if fmt == 'csv' else 'jsonl'}"
    result = run("extract", sources, "--format", fmt, "-o", out)
    assert result.exit_code == 0, result.output
    return out


def edit_one_word(path: Path, old: str) -> tuple[str, str]:
    """Swap the case of one word of ``path`` (same length: later offsets keep), return it."""
    text = path.read_text(encoding="utf-8")
    new = old.swapcase()
    assert text.count(old) >= 1 and new != old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text, new


@pytest.mark.usefixtures("session_model")
@pytest.mark.parametrize("fmt", ["jsonl", "csv", "speakers"])
def test_verify_passes_fails_on_an_edited_word_and_passes_again(fmt: str, sources: Path) -> None:
    records = extract(sources, fmt)
    result = run("verify", records, sources)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert re.fullmatch(r"quoteattr: \d+ records of 2 documents verified\n", result.stderr)

    # A word of the first record, in its source.
    quotes = records if fmt != "csv" else extract(sources, "jsonl")
    line = json.loads(quotes.read_text(encoding="utf-8").split("\n")[0])
    span = line["mentions"][0] if fmt == "speakers" else line["content"]
    word = max(re.findall(r"[A-Za-z]{4,}", span["text"]), key=len)
    source = sources / f"{line['doc_id']}.txt"
    original, _ = edit_one_word(source, word)
    result = run("verify", records, sources)
    assert result.exit_code == 1
    failed = result.stdout.splitlines()
    if fmt == "speakers":  # the speaker table carries no checksum: the words are checked
        assert (
            f"record {line['id']} (doc {line['doc_id']}): words not at their offsets" in (failed[0])
        )
        assert word.swapcase() in failed[0] and word in failed[0]
    else:  # quotes carry the SHA-256 of their text in their provenance
        assert f"record {line['id']} (doc {line['doc_id']}): source changed" in failed[0]
        assert line["provenance"]["sha256"][:16] in failed[0]
    assert "failed verification (listed above)" in result.stderr

    source.write_text(original, encoding="utf-8")
    assert run("verify", records, sources).exit_code == 0


@pytest.mark.usefixtures("session_model")
def test_a_missing_source_names_each_of_its_records(sources: Path) -> None:
    records = extract(sources, "jsonl")
    ids = [
        json.loads(line)["id"]
        for line in records.read_text(encoding="utf-8").splitlines()
        if json.loads(line)["doc_id"] == FIRST
    ]
    result = run("verify", records, sources / "003_02ac1dcc055ceb62.txt")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"record {i} (doc {FIRST}): source missing: no file named {FIRST}.* among the paths given"
        for i in ids
    ]


@pytest.mark.usefixtures("session_model")
def test_a_recorded_sha256_must_match_the_source(sources: Path) -> None:
    import hashlib

    records = extract(sources, "jsonl")
    lines = [json.loads(line) for line in records.read_text(encoding="utf-8").splitlines()]
    for line in lines:
        data = (sources / f"{line['doc_id']}.txt").read_bytes()
        line["sha256"] = hashlib.sha256(data).hexdigest()
    records.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    assert run("verify", records, sources).exit_code == 0

    # An edit outside every record: the offsets hold, the checksum does not.
    source = sources / f"{FIRST}.txt"
    source.write_text(source.read_text(encoding="utf-8") + "\nA line added.\n", encoding="utf-8")
    result = run("verify", records, sources)
    assert result.exit_code == 1
    failed = result.stdout.splitlines()
    assert len(failed) == sum(line["doc_id"] == FIRST for line in lines)
    assert all(f"(doc {FIRST}): source changed: " in line for line in failed)


@pytest.mark.usefixtures("session_model")
def test_csv_cells_guarded_against_formulas_and_controls_still_verify(tmp_path: Path) -> None:
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "-draft.txt").write_text(
        'The minister said: "-5% is not a crisis," and "we will\x0crebuild," she added.\n',
        encoding="utf-8",
    )
    records = extract(folder, "csv")
    cells = records.read_text(encoding="utf-8")
    assert '"\'-draft"' in cells and "\ufffd" in cells  # what the writer guards
    result = run("verify", records, folder)
    assert result.exit_code == 0, result.output


def test_a_file_that_is_not_a_record_file_is_a_usage_error(tmp_path: Path) -> None:
    bad = tmp_path / "report.html"
    bad.write_text("<!DOCTYPE html>\n", encoding="utf-8")
    result = run("verify", bad, SEEDS)
    assert result.exit_code == 2
    assert "neither JSON Lines nor CSV" in result.stderr
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "q", "doc_id": "d", "content": {"text": "x", "start": "0"}}\n')
    result = run("verify", broken, SEEDS)
    assert result.exit_code == 2
    assert "broken.jsonl:1: content.start: expected an integer, got '0'" in result.stderr


def test_a_span_outside_the_text_is_named() -> None:
    lines = ['{"id": "q", "doc_id": "d", "content": {"text": "far", "start": 40, "end": 43}}']
    [record] = read_records_from(lines)
    assert check_spans(record, "short text") == (
        "words not at their offsets (content 40-43); content lies outside the source "
        "(10 characters)"
    )


def test_the_words_a_role_or_affiliation_was_read_from_are_checked() -> None:
    text = "Pentagon spokesman Philip Ventura said so."
    speaker = {
        "text": "Philip Ventura",
        "start": 19,
        "end": 33,
        "role_source": {"text": "spokesman", "start": 9, "end": 18},
        "affiliation_source": {"text": "Pentagon", "start": 1, "end": 9},  # one character off
    }
    quote = {"id": "q", "doc_id": "d", "content": {"text": "so", "start": 39, "end": 41}}
    entity = {"id": "e1", "doc_id": "d", "mentions": [speaker], "role_source": None}
    entity["affiliation_source"] = speaker["affiliation_source"]
    for line in ({**quote, "speaker": speaker}, entity):
        [record] = read_records_from([json.dumps(line)])
        fields = {span.field for span in record.spans}
        assert {"speaker.role_source", "affiliation_source"} & fields
        problem = check_spans(record, text)
        assert problem is not None and "affiliation_source" in problem


def read_records_from(lines: list[str]) -> list[RecordToCheck]:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "r.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return read_records(path)
