"""The partial output and its index: what a stopped run leaves, and what a resume trusts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quoteattr.io.resume import Partial, ResumeError, partial_paths

SETTINGS: dict[str, str | None] = {"format": "jsonl", "model": "m", "quoteattr": "1.0"}


def _three_done(out: Path) -> Partial:
    partial = Partial.start(str(out), SETTINGS)
    partial.write('{"q": 1}\n{"q": 2}\n')
    partial.done("a.txt", records=2, chars=40, skipped=None)
    partial.done("b.txt", records=0, chars=0, skipped="empty file")
    partial.write('{"q": 3}\n')
    partial.done("c.txt", records=1, chars=12, skipped=None)
    return partial


def test_a_partial_output_holds_the_records_and_an_index_line_per_input(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    partial = _three_done(out)
    assert partial.keep()
    data, index = partial_paths(str(out))
    assert Path(data).read_bytes() == b'{"q": 1}\n{"q": 2}\n{"q": 3}\n'
    lines = [json.loads(line) for line in Path(index).read_text().splitlines()]
    assert lines[0] == {"quoteattr_partial": 1, **SETTINGS}
    assert [(line["n"], line["path"], line["end"]) for line in lines[1:]] == [
        (0, "a.txt", 18),
        (1, "b.txt", 18),
        (2, "c.txt", 27),
    ]
    assert not out.exists()


def test_resume_counts_what_is_done_and_cuts_a_torn_tail(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    _three_done(out).keep()
    data, index = partial_paths(str(out))
    with open(data, "ab") as file:
        file.write(b'{"q": 4, "torn')
    with open(index, "ab") as file:
        file.write(b'{"n": 3, "path": "d.t')
    partial = Partial.resume(str(out), SETTINGS)
    done = partial.resumed
    assert (done.inputs, done.last_path, done.size) == (3, "c.txt", 27)
    assert (done.analysed, done.records, done.chars, done.with_records) == (2, 3, 52, 2)
    assert done.skipped == (("empty file", 1),)
    partial.write('{"q": 4}\n')
    partial.done("d.txt", records=1, chars=9, skipped=None)
    partial.commit()
    assert out.read_bytes() == b'{"q": 1}\n{"q": 2}\n{"q": 3}\n{"q": 4}\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_a_leftover_partial_output_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    _three_done(out).keep()
    data, _index = partial_paths(str(out))
    before = Path(data).read_bytes()
    with pytest.raises(ResumeError, match=r"out\.jsonl\.partial is left from an interrupted run"):
        Partial.start(str(out), SETTINGS)
    assert Path(data).read_bytes() == before


def test_a_resume_with_other_settings_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    _three_done(out).keep()
    with pytest.raises(ResumeError, match="wrote format 'jsonl', this one would write 'csv'"):
        Partial.resume(str(out), {**SETTINGS, "format": "csv"})


def test_an_index_that_is_not_ours_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    data, index = partial_paths(str(out))
    Path(data).write_bytes(b"")
    Path(index).write_bytes(b'{"something": "else"}\n')
    with pytest.raises(ResumeError, match="is not an index of quoteattr"):
        Partial.resume(str(out), SETTINGS)


def test_nothing_to_resume_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ResumeError, match="nothing to resume"):
        Partial.resume(str(tmp_path / "out.jsonl"), SETTINGS)


def test_a_run_that_did_nothing_keeps_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    partial = Partial.start(str(out), SETTINGS)
    assert not partial.keep()
    assert list(tmp_path.iterdir()) == []


def test_the_partial_output_of_a_link_is_beside_the_file_it_points_to(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "out.jsonl"
    target.write_text("old\n")
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    partial = Partial.start(str(link), SETTINGS)
    partial.write("new\n")
    partial.done("a.txt", records=1, chars=3, skipped=None)
    partial.commit()
    assert link.is_symlink()
    assert target.read_text() == "new\n"
    assert sorted(p.name for p in (tmp_path / "real").iterdir()) == ["out.jsonl"]
