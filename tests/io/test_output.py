"""Output that never destroys data: a file replaced only on commit, refused when it is an input."""

from __future__ import annotations

import errno
import os
import stat
import sys
from pathlib import Path

import pytest

from quoteattr.io.output import Output, OutputError, refuse_overwriting_inputs

OLD = b'{"previous": "results"}\n'


@pytest.fixture
def previous(tmp_path: Path) -> Path:
    path = tmp_path / "out.jsonl"
    path.write_bytes(OLD)
    return path


def leftovers(folder: Path) -> list[str]:
    return sorted(entry.name for entry in folder.iterdir() if entry.name.endswith(".tmp"))


def test_a_committed_output_replaces_the_file(previous: Path) -> None:
    with Output.open(str(previous)) as out:
        out.write("new\n")
        assert previous.read_bytes() == OLD, "nothing is replaced before the commit"
        out.commit()
    assert previous.read_text(encoding="utf-8") == "new\n"
    assert leftovers(previous.parent) == []


def test_an_output_not_committed_leaves_the_previous_file_and_no_temporary_file(
    previous: Path,
) -> None:
    with Output.open(str(previous)) as out:
        out.write("half a line")
        assert leftovers(previous.parent), "written beside the target"
    assert previous.read_bytes() == OLD
    assert leftovers(previous.parent) == []


def _write_then_fail(path: Path) -> None:
    with Output.open(str(path)) as out:
        out.write("new\n")
        raise RuntimeError


def test_an_exception_inside_the_block_leaves_the_previous_file(previous: Path) -> None:
    with pytest.raises(RuntimeError):
        _write_then_fail(previous)
    assert previous.read_bytes() == OLD


def test_a_new_file_gets_the_usual_permissions_and_an_old_one_keeps_its_own(
    tmp_path: Path, previous: Path
) -> None:
    previous.chmod(0o640)
    with Output.open(str(previous)) as out:
        out.commit()
    assert stat.S_IMODE(previous.stat().st_mode) == 0o640
    fresh = tmp_path / "fresh.jsonl"
    with Output.open(str(fresh)) as out:
        out.commit()
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~umask


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_writing_through_a_link_replaces_its_target_and_keeps_the_link(previous: Path) -> None:
    link = previous.parent / "latest.jsonl"
    link.symlink_to(previous.name)
    with Output.open(str(link)) as out:
        out.write("new\n")
        out.commit()
    assert link.is_symlink()
    assert previous.read_text(encoding="utf-8") == "new\n"


def test_a_full_disk_is_one_line_and_keeps_the_previous_file(
    previous: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    with Output.open(str(previous)) as out:
        out.write("new\n")
        with pytest.raises(OutputError) as info:
            out.commit()
    assert str(info.value) == (
        f"{previous}: cannot write: No space left on device; any previous file there is unchanged"
    )
    assert previous.read_bytes() == OLD
    assert leftovers(previous.parent) == []


class FullStream:
    """A text stream on a full disk."""

    closed = False

    def write(self, _text: str) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def flush(self) -> None:
        pass


def test_a_write_that_fails_is_an_output_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", FullStream())
    out = Output.open("-")
    with pytest.raises(OutputError, match=r"^standard output: cannot write: No space left"):
        out.write("x\n")


def _write_and_commit(out: Output, text: str) -> None:
    out.write(text)
    out.commit()


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_dev_full_is_written_directly_and_fails_in_one_line() -> None:
    for size in (10, 100_000):  # within a buffer (fails on commit) and beyond (on write)
        with Output.open("/dev/full") as out, pytest.raises(OutputError) as info:
            _write_and_commit(out, "x" * size)
        assert str(info.value) == "/dev/full: cannot write: No space left on device"


@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="needs /dev/null")
def test_dev_null_is_written_directly_never_replaced() -> None:
    before = os.stat("/dev/null")
    with Output.open("/dev/null") as out:
        out.write("x\n")
        out.commit()
    after = os.stat("/dev/null")
    assert (after.st_ino, stat.S_ISCHR(after.st_mode)) == (before.st_ino, True)


def test_closed_standard_output_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    with pytest.raises(OutputError, match=r"^standard output is closed"):
        Output.open("-")


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root may write anything"
)
def test_a_read_only_file_is_not_replaced(previous: Path) -> None:
    previous.chmod(0o444)
    with pytest.raises(OutputError, match="Permission denied"):
        Output.open(str(previous))
    assert previous.read_bytes() == OLD


def test_a_missing_directory_is_an_output_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError) as info:
        Output.open(str(tmp_path / "no" / "out.jsonl"))
    assert (
        str(info.value)
        == f"{tmp_path / 'no' / 'out.jsonl'}: cannot write: No such file or directory"
    )


# -- an output that is also an input ---------------------------------------------------------


def test_an_output_that_is_an_input_file_is_refused(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("text", encoding="utf-8")
    message = refuse_overwriting_inputs(str(article), [str(article)])
    assert message == f"output {article} is also an input; write the records somewhere else"
    other_spelling = str(tmp_path / "." / "a.txt")
    assert refuse_overwriting_inputs(other_spelling, [str(article)]) is not None


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_an_output_linked_to_an_input_is_refused(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("text", encoding="utf-8")
    (tmp_path / "link.jsonl").symlink_to(article)
    assert refuse_overwriting_inputs(str(tmp_path / "link.jsonl"), [str(article)]) is not None


def test_a_txt_output_inside_an_input_directory_is_refused(tmp_path: Path) -> None:
    message = refuse_overwriting_inputs(str(tmp_path / "out.txt"), [str(tmp_path)])
    assert message is not None and "is a .txt file in input directory" in message


def test_an_output_beside_the_inputs_is_allowed(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("text", encoding="utf-8")
    inputs = [str(article), str(tmp_path), "-"]
    assert refuse_overwriting_inputs(str(tmp_path / "out.jsonl"), inputs) is None
    assert refuse_overwriting_inputs("-", inputs) is None
