"""The command line never loses a run or a file (a fake extractor stands in for spaCy).

A document whose analysis fails is named by its path and the run goes on; an output file
is replaced only by a run that produced records; an output that is also an input is
refused; a write that fails is one line and exit status 4, never a traceback.
"""

from __future__ import annotations

import errno
import io
import os
import re
import signal
import subprocess
import sys
import time
from importlib.metadata import version
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from fake_extractor import CRASH, SLOW, FakeExtractor
from quoteattr import cli
from quoteattr.cli.run import Terminated, sigterm_raises
from quoteattr.io import read_quotes

GOOD = '"We will act," Cohen said.\n'
OLD = b'{"previous": "results"}\n'

# Runs the command in a fresh interpreter with the fake extractor, for what CliRunner
# cannot show: a closed or broken standard output.
FAKE_MAIN = (
    "import sys; sys.path.insert(0, sys.argv.pop(1)); "
    "from fake_extractor import FakeExtractor; from quoteattr import cli; "
    "cli.Extractor = FakeExtractor; cli.main(prog_name='quoteattr')"
)


@pytest.fixture(autouse=True)
def fake_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    FakeExtractor.calls = []
    monkeypatch.setattr(cli, "Extractor", FakeExtractor)


def run(*args: str | Path, input: bytes | None = None) -> Result:
    return CliRunner().invoke(cli.main, [str(arg) for arg in args], input=input)


def error_lines(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line]


def run_process(*args: str | Path, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-c", FAKE_MAIN, str(Path(__file__).resolve().parents[1]), "extract"]
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [*command, *map(str, args)], capture_output=False, timeout=60, **kwargs
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Three articles; the second fails analysis."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b.txt").write_text(f'She said: "{CRASH}"\n', encoding="utf-8")
    (folder / "c.txt").write_text('"No comment," a spokesman said.\n', encoding="utf-8")
    return folder


# -- a document that fails ---------------------------------------------------------------


@pytest.mark.parametrize("n_process", ["1", "2"])
def test_a_document_that_fails_is_named_by_path_and_the_others_are_written(
    folder: Path, n_process: str
) -> None:
    result = run("extract", folder, "--processes", n_process)
    assert result.exit_code == 3
    assert [quote.doc_id for quote in read_quotes(io.StringIO(result.stdout))] == ["a", "c"]
    assert error_lines(result) == [
        (
            f"quoteattr: error: {folder / 'b.txt'}: analysis failed (internal error IndexError: "
            f"tuple index out of range; please report this, quoteattr {version('quoteattr')})"
        ),
        "quoteattr: 1 of 3 inputs skipped (named above); the others gave their records",
    ]


def test_the_path_is_named_when_two_files_share_a_doc_id(tmp_path: Path) -> None:
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    (tmp_path / "one" / "same.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "two" / "same.txt").write_text(CRASH, encoding="utf-8")
    result = run("extract", tmp_path / "one", tmp_path / "two")
    assert result.exit_code == 3
    assert error_lines(result)[0].startswith(f"quoteattr: error: {tmp_path / 'two' / 'same.txt'}: ")


def test_only_failing_documents_exit_1_and_write_no_file(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_text(CRASH, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_bytes(OLD)
    result = run("extract", tmp_path / "bad.txt", "-o", out)
    assert result.exit_code == 1
    assert error_lines(result)[-1] == "quoteattr: error: no input could be processed"
    assert out.read_bytes() == OLD


def test_a_file_name_with_a_line_break_is_reported_on_one_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "evil\nname.txt").write_bytes(b"")
    result = run("extract", tmp_path)
    assert result.exit_code == 3
    assert error_lines(result)[0] == f"quoteattr: error: {tmp_path}/evil\\nname.txt: empty file"


# -- exit statuses -----------------------------------------------------------------------


def test_every_input_processed_exits_0(folder: Path) -> None:
    result = run("extract", folder / "a.txt", folder / "c.txt")
    assert (result.exit_code, result.stderr) == (0, "")


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_directory_named_txt_and_a_broken_link_are_reported_and_exit_3(folder: Path) -> None:
    (folder / "b.txt").unlink()
    (folder / "d.txt").mkdir()
    (folder / "e.txt").symlink_to("gone.txt")
    result = run("extract", folder)
    assert result.exit_code == 3
    assert error_lines(result) == [
        (
            f"quoteattr: error: {folder / 'd.txt'}: a directory, not a file "
            "(subdirectories are read only with --recursive)"
        ),
        f"quoteattr: error: {folder / 'e.txt'}: broken symbolic link (to gone.txt)",
        "quoteattr: 2 of 4 inputs skipped (named above); the others gave their records",
    ]


def test_help_lists_the_exit_statuses() -> None:
    result = run("extract", "--help")
    assert result.exit_code == 0
    statuses = result.stdout.split("Exit status:")[1].split("Examples:")[0]
    assert re.findall(r"^\s+(\d+)\s", statuses, re.MULTILINE) == ["0", "1", "2", "3", "4", "130"]


# -- the output file ---------------------------------------------------------------------


@pytest.fixture
def previous(tmp_path: Path) -> Path:
    path = tmp_path / "out.jsonl"
    path.write_bytes(OLD)
    return path


def test_a_model_that_cannot_load_leaves_the_output_file_as_it_was(
    folder: Path, previous: Path
) -> None:
    result = run("extract", folder, "--model", "missing_model", "-o", previous)
    assert result.exit_code == 2
    assert previous.read_bytes() == OLD
    assert sorted(entry.name for entry in previous.parent.iterdir()) == ["articles", "out.jsonl"]


def test_a_run_where_every_input_is_bad_leaves_the_output_file_as_it_was(
    tmp_path: Path, previous: Path
) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run("extract", tmp_path / "empty.txt", tmp_path / "missing.txt", "-o", previous)
    assert result.exit_code == 1
    assert previous.read_bytes() == OLD


def test_an_interrupted_run_leaves_the_output_file_as_it_was(
    folder: Path, previous: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupt(document: object, *_args: object, **_kwargs: object) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr("quoteattr.cli.run._render", interrupt)
    result = run("extract", folder, "-o", previous)
    assert result.exit_code == 130
    assert previous.read_bytes() == OLD
    assert len(list(previous.parent.iterdir())) == 2, "no temporary file left"


def test_a_successful_run_replaces_the_output_file(folder: Path, previous: Path) -> None:
    result = run("extract", folder / "a.txt", "-o", previous)
    assert result.exit_code == 0
    assert [quote.doc_id for quote in read_quotes(previous)] == ["a"]


@pytest.mark.parametrize("spelling", ["same", "dotted"])
def test_an_output_that_is_an_input_is_refused_before_anything_is_read(
    folder: Path, spelling: str
) -> None:
    article = folder / "a.txt"
    target = article if spelling == "same" else folder / "." / "a.txt"
    result = run("extract", article, folder / "c.txt", "-o", target)
    assert result.exit_code == 2
    assert error_lines(result) == [
        f"quoteattr: error: output {target} is also an input; write the records somewhere else"
    ]
    assert article.read_text(encoding="utf-8") == GOOD
    assert FakeExtractor.calls == []


def test_a_txt_output_in_an_input_directory_is_refused(folder: Path) -> None:
    result = run("extract", folder, "-o", folder / "quotes.txt")
    assert result.exit_code == 2
    assert not (folder / "quotes.txt").exists()


def test_a_full_disk_exits_4_in_one_line_and_keeps_the_previous_file(
    folder: Path, previous: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    result = run("extract", folder / "a.txt", folder / "c.txt", "-o", previous)
    assert result.exit_code == 4
    assert error_lines(result)[-1] == (
        f"quoteattr: error: {previous}: cannot write: No space left on device; "
        "any previous file there is unchanged"
    )
    assert previous.read_bytes() == OLD
    assert "Traceback" not in result.output


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_dev_full_exits_4_in_one_line(folder: Path) -> None:
    result = run("extract", folder / "a.txt", "-o", "/dev/full")
    assert result.exit_code == 4
    assert error_lines(result) == [
        "quoteattr: error: /dev/full: cannot write: No space left on device"
    ]


# -- standard output ---------------------------------------------------------------------


def test_a_closed_standard_output_exits_4_in_one_line(folder: Path) -> None:
    done = run_process(
        folder / "a.txt", stdout=None, stderr=subprocess.PIPE, preexec_fn=_close_stdout
    )
    assert done.returncode == 4
    assert done.stderr.decode().splitlines() == [
        "quoteattr: error: standard output is closed; write to a file with -o FILE"
    ]


def _close_stdout() -> None:
    os.close(1)


def test_a_reader_that_goes_away_exits_4_in_one_line(folder: Path) -> None:
    for index in range(200):
        (folder / f"more{index:03}.txt").write_text(GOOD * 50, encoding="utf-8")
    reader, writer = os.pipe()
    os.close(reader)  # nobody will read: the first write fails with EPIPE
    try:
        done = run_process(folder, stdout=writer, stderr=subprocess.PIPE)
    finally:
        os.close(writer)
    assert done.returncode == 4
    lines = done.stderr.decode().splitlines()
    assert lines[-1] == "quoteattr: error: standard output: cannot write: Broken pipe", lines
    assert "Traceback" not in done.stderr.decode()


def _terminate_self() -> None:
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(5)  # the handler runs at the next bytecode; never sleeps this long


def test_sigterm_stops_the_run_through_its_cleanup() -> None:
    before = signal.getsignal(signal.SIGTERM)
    with pytest.raises(Terminated) as info, sigterm_raises():
        _terminate_self()
    assert info.value.signum == signal.SIGTERM
    assert signal.getsignal(signal.SIGTERM) is before


def test_a_closed_standard_error_does_not_stop_the_run(folder: Path) -> None:
    done = run_process(
        folder / "a.txt",
        folder / "missing.txt",
        "--progress",
        stdout=subprocess.PIPE,
        preexec_fn=_close_stderr,
    )
    assert done.returncode == 3
    assert [quote.doc_id for quote in read_quotes(io.StringIO(done.stdout.decode()))] == ["a"]


def _close_stderr() -> None:
    os.close(2)


def test_sigterm_in_the_middle_of_a_run_keeps_the_output_file_and_the_partial_output(
    folder: Path, previous: Path
) -> None:
    (folder / "b.txt").write_text(f"{SLOW} {GOOD}", encoding="utf-8")
    command = [sys.executable, "-c", FAKE_MAIN, str(Path(__file__).resolve().parents[1]), "extract"]
    index = previous.parent / "out.jsonl.partial.index"
    process = subprocess.Popen([*command, str(folder), "-o", str(previous)], stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        # The header and a.txt's line: a.txt is done, b.txt is being analysed.
        while not index.exists() or index.read_bytes().count(b"\n") < 2:
            assert time.monotonic() < deadline, "the run never finished its first input"
            time.sleep(0.05)
        time.sleep(0.2)  # into the slow document
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 128 + signal.SIGTERM
        _, stderr = process.communicate(timeout=30)
    finally:
        process.kill()
    assert previous.read_bytes() == OLD
    assert sorted(os.listdir(previous.parent)) == [
        "articles",
        "out.jsonl",
        "out.jsonl.partial",
        "out.jsonl.partial.index",
    ]
    assert [
        q.doc_id
        for q in read_quotes(io.StringIO((folder.parent / "out.jsonl.partial").read_text()))
    ] == ["a"]
    kept = f"the records of the first 1 inputs are in {previous}.partial"
    assert stderr.decode().splitlines() == [
        f"quoteattr: {kept}; continue with the same command and --resume"
    ]
