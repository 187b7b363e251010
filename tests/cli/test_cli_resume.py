"""``quoteattr extract --resume``: a killed run goes on where it stopped, and its output is
byte-identical to that of a run that was never interrupted.

The runs are real processes, stopped by real signals. The fake extractor stands in for
spaCy in most; the last test uses the real pipeline with two worker processes.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from fake_extractor import SLOW, FakeExtractor
from quoteattr import cli

TESTS = Path(__file__).resolve().parents[1]
SEEDS = TESTS.parent / "seeds"
FAKE_MAIN = (
    "import sys; sys.path.insert(0, sys.argv.pop(1)); "
    "from fake_extractor import FakeExtractor; from quoteattr import cli; "
    "cli.Extractor = FakeExtractor; cli.main(prog_name='quoteattr')"
)
REAL_MAIN = "from quoteattr import cli; cli.main(prog_name='quoteattr')"
DOCUMENTS = 40
STOP_AT = 25
"""The document the first run is stopped in (the fake sleeps on it)."""


@pytest.fixture(autouse=True)
def fake_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    FakeExtractor.calls = []
    monkeypatch.setattr(cli, "Extractor", FakeExtractor)


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(cli.main, [str(arg) for arg in args], prog_name="quoteattr")


def error_lines(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line]


def _text(number: int) -> str:
    # Some documents with two quotes, some with none, one with a non-ASCII name.
    quotes = number % 3
    said = "Zoë Brandt" if number == 7 else f"Speaker {number}"
    return "".join(f'"Point {k} of {number}," {said} said.\n' for k in range(quotes)) or "Calm.\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for number in range(DOCUMENTS):
        (folder / f"doc{number:03}.txt").write_text(_text(number), encoding="utf-8")
    (folder / "doc005.txt").write_bytes(b"")  # skipped: its reason goes in the index too
    return folder


def _start(main: str, *args: str | Path) -> subprocess.Popen[bytes]:
    prefix = [sys.executable, "-c", main] + ([str(TESTS)] if main == FAKE_MAIN else [])
    return subprocess.Popen(
        [*prefix, "extract", *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


def _finish(main: str, *args: str | Path) -> subprocess.CompletedProcess[bytes]:
    process = _start(main, *args)
    out, err = process.communicate(timeout=300)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def _done(index: Path) -> int:
    """Inputs the index says are done (its first line is the header)."""
    try:
        return max(0, index.read_bytes().count(b"\n") - 1)
    except FileNotFoundError:
        return 0


def _stop_after(process: subprocess.Popen[bytes], index: Path, inputs: int, signum: int) -> None:
    deadline = time.monotonic() + 120
    try:
        while _done(index) < inputs:
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "the run never got that far"
            time.sleep(0.01)
        process.send_signal(signum)
        process.communicate(timeout=60)
    finally:
        process.kill()


@pytest.mark.parametrize(
    ("fmt", "signum"),
    [("jsonl", signal.SIGKILL), ("csv", signal.SIGKILL), ("speakers", signal.SIGTERM)],
)
def test_a_stopped_run_resumed_gives_the_uninterrupted_output(
    corpus: Path, tmp_path: Path, fmt: str, signum: int
) -> None:
    slow = corpus / f"doc{STOP_AT:03}.txt"
    slow.write_text(f"{SLOW} {_text(STOP_AT)}", encoding="utf-8")
    out = tmp_path / f"out.{fmt}"
    index = tmp_path / f"out.{fmt}.partial.index"
    first = _start(FAKE_MAIN, corpus, "--format", fmt, "-o", out)
    _stop_after(first, index, STOP_AT, signum)
    assert first.returncode == (-signal.SIGKILL if signum == signal.SIGKILL else 143)
    assert not out.exists()
    assert _done(index) == STOP_AT
    slow.write_text(_text(STOP_AT), encoding="utf-8")  # the same input, no longer slow

    again = run("extract", corpus, "--format", fmt, "-o", out, "--resume", "--summary", "-")
    assert again.exit_code == 3, again.output  # doc005 is empty
    whole = tmp_path / f"whole.{fmt}"
    assert run("extract", corpus, "--format", fmt, "-o", whole).exit_code == 3
    assert out.read_bytes() == whole.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", f"out.{fmt}", f"whole.{fmt}"]
    # The resumed run reads only what was left, and its summary counts every input.
    assert "doc005.txt: empty file" not in again.stderr
    assert '"documents_read": 40' in again.stdout
    assert f'"documents_resumed": {STOP_AT}' in again.stdout


def test_a_partial_output_torn_mid_document_is_cut_back_before_resuming(
    corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    (corpus / f"doc{STOP_AT:03}.txt").write_text(f"{SLOW} {_text(STOP_AT)}", encoding="utf-8")
    first = _start(FAKE_MAIN, corpus, "-o", out)
    _stop_after(first, tmp_path / "out.jsonl.partial.index", STOP_AT, signal.SIGKILL)
    (corpus / f"doc{STOP_AT:03}.txt").write_text(_text(STOP_AT), encoding="utf-8")
    with open(tmp_path / "out.jsonl.partial", "ab") as partial:
        partial.write(b'{"id": "half a rec')  # as a kill in the middle of a write leaves it
    with open(tmp_path / "out.jsonl.partial.index", "ab") as index:
        index.write(b'{"n": 25, "pa')
    assert run("extract", corpus, "-o", out, "--resume").exit_code == 3
    assert run("extract", corpus, "-o", tmp_path / "whole.jsonl").exit_code == 3
    assert out.read_bytes() == (tmp_path / "whole.jsonl").read_bytes()


# -- refused ---------------------------------------------------------------------------------


def _leave_partial(corpus: Path, out: Path, fmt: str = "jsonl") -> None:
    (corpus / f"doc{STOP_AT:03}.txt").write_text(f"{SLOW} {_text(STOP_AT)}", encoding="utf-8")
    first = _start(FAKE_MAIN, corpus, "--format", fmt, "-o", out)
    _stop_after(first, Path(f"{out}.partial.index"), 3, signal.SIGKILL)
    (corpus / f"doc{STOP_AT:03}.txt").write_text(_text(STOP_AT), encoding="utf-8")


def test_a_leftover_partial_output_is_never_overwritten_without_resume(
    corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    _leave_partial(corpus, out)
    before = Path(f"{out}.partial").read_bytes()
    result = run("extract", corpus, "-o", out)
    assert result.exit_code == 2
    assert error_lines(result) == [
        (
            f"quoteattr: error: {out}.partial is left from an interrupted run; continue it with "
            "--resume, or delete it to start again"
        )
    ]
    assert Path(f"{out}.partial").read_bytes() == before
    assert FakeExtractor.calls == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--format", "csv"],
            "the interrupted run wrote format 'jsonl', this one would write 'csv'",
        ),
        (["--model", "other"], "the interrupted run wrote model"),
    ],
)
def test_a_resume_with_other_settings_is_refused(
    corpus: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    out = tmp_path / "out.jsonl"
    _leave_partial(corpus, out)
    result = run("extract", corpus, "-o", out, "--resume", *args)
    assert result.exit_code == 2
    (line,) = error_lines(result)
    assert message in line
    assert Path(f"{out}.partial").exists()


def test_a_resume_with_other_inputs_is_refused(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    _leave_partial(corpus, out)
    result = run("extract", corpus / "doc000.txt", "-o", out, "--resume")
    assert result.exit_code == 2
    (line,) = error_lines(result)
    assert "cannot resume: the interrupted run had read" in line
    assert Path(f"{out}.partial").exists(), "kept for a resume with the right inputs"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--resume"], "--resume needs -o FILE"),
        (["--resume", "-o", "x.html", "--format", "html"], "--resume works with jsonl, csv"),
        (["--resume", "-o", "x.parquet", "--format", "parquet"], "--resume works with jsonl"),
        (["--resume", "-o", os.devnull], "--resume needs -o FILE to be a regular file"),
        (["--format", "parquet"], "--format parquet needs -o FILE"),
    ],
)
def test_resume_and_parquet_need_a_file_in_one_line(
    corpus: Path, args: list[str], message: str
) -> None:
    result = run("extract", corpus, *args)
    assert result.exit_code == 2
    (line,) = error_lines(result)
    assert line.startswith(f"quoteattr: error: {message}")
    assert FakeExtractor.calls == []


def test_resume_without_a_partial_output_says_so(corpus: Path, tmp_path: Path) -> None:
    result = run("extract", corpus, "-o", tmp_path / "out.jsonl", "--resume")
    assert result.exit_code == 2
    assert error_lines(result) == [
        (
            f"quoteattr: error: nothing to resume: no {tmp_path / 'out.jsonl'}.partial with its "
            "index; run without --resume"
        )
    ]


# -- the real pipeline, two worker processes ---------------------------------------------------


def test_a_killed_parallel_run_of_the_real_pipeline_resumes_byte_identically(
    tmp_path: Path,
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for number in range(36):
        seed = seeds[number % len(seeds)]
        (corpus / f"{number:03}-{seed.name}").write_bytes(seed.read_bytes())
    out, whole = tmp_path / "out.jsonl", tmp_path / "whole.jsonl"
    options = ["--processes", "2", "--batch-size", "2"]
    first = _start(REAL_MAIN, corpus, *options, "-o", out)
    _stop_after(first, tmp_path / "out.jsonl.partial.index", 4, signal.SIGKILL)
    done = _done(tmp_path / "out.jsonl.partial.index")
    assert 4 <= done < 36, "killed midway"
    again = _finish(REAL_MAIN, corpus, *options, "-o", out, "--resume")
    assert again.returncode == 0, again.stderr
    reference = _finish(REAL_MAIN, corpus, "-o", whole)  # one process: the same records
    assert reference.returncode == 0, reference.stderr
    assert out.read_bytes() == whole.read_bytes()
