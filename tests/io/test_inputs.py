"""Reading files, directories and standard input into texts, and reporting what can't be read."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import TextIO

import pytest

from quoteattr.io.inputs import SourceProblem, SourceText, count_sources, iter_sources

GOOD = '"We will act," the minister said.\n'


def read(*paths: str | Path, stdin: TextIO | None = None) -> list[SourceText | SourceProblem]:
    return list(iter_sources([str(path) for path in paths], stdin=stdin))


def only_problem(*paths: str | Path) -> SourceProblem:
    (result,) = read(*paths)
    assert isinstance(result, SourceProblem), result
    return result


def test_a_file_is_read_with_its_name_as_doc_id(tmp_path: Path) -> None:
    path = tmp_path / "article-1.txt"
    path.write_text(GOOD, encoding="utf-8")
    assert read(path) == [SourceText(doc_id="article-1", text=GOOD, path=str(path))]


def test_any_extension_is_read_when_the_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text(GOOD, encoding="utf-8")
    (source,) = read(path)
    assert isinstance(source, SourceText) and source.doc_id == "story"


def test_text_is_read_exactly_as_stored_so_offsets_match(tmp_path: Path) -> None:
    raw = 'Line one.\r\nShe said: "yes."\rEnd\n'
    path = tmp_path / "crlf.txt"
    path.write_bytes(raw.encode("utf-8"))
    (source,) = read(path)
    assert isinstance(source, SourceText)
    assert source.text == raw


def test_a_byte_order_mark_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.encode("utf-8"))
    (source,) = read(path)
    assert isinstance(source, SourceText)
    assert source.text == GOOD


def test_a_directory_yields_its_txt_files_sorted_and_not_recursively(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "notes.md", "c.TXT"):
        (tmp_path / name).write_text(GOOD, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "deep.txt").write_text(GOOD, encoding="utf-8")
    sources = read(tmp_path)
    assert [source.doc_id for source in sources if isinstance(source, SourceText)] == ["a", "b"]
    assert len(sources) == 2
    assert count_sources([str(tmp_path)]) == 2


def test_a_directory_named_txt_in_a_directory_is_reported_not_passed_over(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "x.txt").mkdir()
    (tmp_path / "x.txt" / "inner.txt").write_text(GOOD, encoding="utf-8")
    sources = read(tmp_path)
    assert sources[1] == SourceProblem(
        str(tmp_path / "x.txt"),
        "a directory, not a file (subdirectories are read only with --recursive)",
    )
    assert len(sources) == 2
    assert count_sources([str(tmp_path)]) == 2


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_broken_link_in_a_directory_is_reported(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "c.txt").symlink_to(tmp_path / "a.txt")
    sources = read(tmp_path)
    assert sources[1] == SourceProblem(
        str(tmp_path / "b.txt"), f"broken symbolic link (to {tmp_path / 'gone.txt'})"
    )
    assert isinstance(sources[2], SourceText) and sources[2].doc_id == "c"


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_broken_link_given_by_name_is_reported(tmp_path: Path) -> None:
    link = tmp_path / "x.txt"
    link.symlink_to("nowhere.txt")
    assert only_problem(link).message == "broken symbolic link (to nowhere.txt)"


def test_paths_keep_their_order(tmp_path: Path) -> None:
    (tmp_path / "z.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    sources = read(tmp_path / "z.txt", tmp_path / "a.txt")
    assert [getattr(source, "doc_id", None) for source in sources] == ["z", "a"]


def test_dash_reads_standard_input_as_doc_stdin() -> None:
    (source,) = read("-", stdin=io.StringIO(GOOD))
    assert source == SourceText(doc_id="stdin", text=GOOD, path="<stdin>")


def test_standard_input_bytes_are_read_without_newline_translation() -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"a\r\nb\xc3\xa9\n"), encoding="utf-8")
    (source,) = read("-", stdin=stdin)
    assert isinstance(source, SourceText) and source.text == "a\r\nbé\n"


def test_standard_input_is_read_only_once() -> None:
    sources = read("-", "-", stdin=io.StringIO(GOOD))
    assert isinstance(sources[0], SourceText)
    assert sources[1] == SourceProblem("<stdin>", "standard input can be read only once")


def test_empty_standard_input_is_a_problem() -> None:
    (problem,) = read("-", stdin=io.StringIO(""))
    assert problem == SourceProblem("<stdin>", "empty input")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b" \n\t\r\n", "file holds only whitespace"),
        (b"\xef\xbb\xbf\n", "file holds only whitespace"),
        (b"PK\x03\x04\x00\x00rest of a zip", "binary file, not text"),
        (bytes(range(1, 32)) * 4 + b"some text", "binary file, not text"),
        (b"caf\xe9 au lait", "not valid UTF-8 (byte 0xe9 at byte offset 3)"),
        (b"\xef\xbb\xbfcaf\xe9", "not valid UTF-8 (byte 0xe9 at byte offset 6)"),
        (b"\xe2\x80\x9cYes\xe2\x80\x9d, caf\xe9", "not valid UTF-8 (byte 0xe9 at byte offset 14)"),
    ],
    ids=[
        "empty",
        "whitespace",
        "bom-only",
        "nul",
        "controls",
        "latin1",
        "latin1-after-bom",
        "utf8-then-latin1",
    ],
)
def test_unreadable_file_content_is_a_problem(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    problem = only_problem(path)
    assert problem.path == str(path)
    assert message in problem.message
    assert "\n" not in problem.message


def test_a_missing_path_is_a_problem(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    assert only_problem(missing) == SourceProblem(str(missing), "no such file or directory")


def test_a_path_below_a_file_is_missing(tmp_path: Path) -> None:
    (tmp_path / "file.txt").write_text(GOOD, encoding="utf-8")
    assert only_problem(tmp_path / "file.txt" / "x").message == "no such file or directory"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_path_that_is_neither_file_nor_directory_is_a_problem(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert only_problem(fifo).message == "not a regular file or directory"


def test_a_directory_without_txt_files_is_a_problem(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text(GOOD, encoding="utf-8")
    assert only_problem(tmp_path) == SourceProblem(str(tmp_path), "directory has no .txt files")


def test_a_file_that_cannot_be_opened_is_a_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(GOOD, encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert only_problem(path) == SourceProblem(str(path), "permission denied")


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root may read anything"
)
def test_a_file_without_read_permission_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(GOOD, encoding="utf-8")
    path.chmod(0)
    try:
        assert only_problem(path).message == "permission denied"
    finally:
        path.chmod(0o600)


def test_bad_files_in_a_directory_do_not_stop_the_good_ones(tmp_path: Path) -> None:
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "c_binary.txt").write_bytes(b"\x00\x01\x02")
    results = read(tmp_path, tmp_path / "missing.txt")
    assert [type(result).__name__ for result in results] == [
        "SourceProblem",
        "SourceText",
        "SourceProblem",
        "SourceProblem",
    ]
    assert results[1] == SourceText("b_good", GOOD, str(tmp_path / "b_good.txt"))


def test_sources_are_read_lazily(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    sources = iter_sources([str(tmp_path / "a.txt"), str(tmp_path / "later.txt")])
    assert isinstance(next(sources), SourceText)
    (tmp_path / "later.txt").write_text(GOOD, encoding="utf-8")
    assert isinstance(next(sources), SourceText)


def test_count_sources_counts_without_reading(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty").mkdir()
    paths = [str(tmp_path), str(tmp_path / "empty"), "-", str(tmp_path / "missing.txt")]
    assert count_sources(paths) == 4


@pytest.mark.parametrize(
    ("content", "hint"),
    [
        (
            b"\x93We will act,\x94 she said.",
            "looks like Windows-1252 (curly quotes); convert with iconv -f cp1252 -t utf-8",
        ),
        (b"Costs rose \x96 by \x8020m.", "looks like Windows-1252; convert with iconv -f cp1252"),
        (b"caf\xe9 au lait", "looks like Latin-1 or Windows-1252; convert with iconv -f cp1252"),
        (b"caf\xe9 \x81", "convert it to UTF-8 first, e.g. with iconv -f ENCODING -t utf-8"),
        (
            "“Yes”, café".encode() + b"\xe9",
            "the text before it is UTF-8, so the file may be damaged or mix encodings",
        ),
    ],
    ids=["cp1252-quotes", "cp1252-dash-euro", "latin1", "unknown", "damaged-utf8"],
)
def test_text_that_is_not_utf8_gets_a_hint_for_its_encoding(
    tmp_path: Path, content: bytes, hint: str
) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes(content)
    message = only_problem(path).message
    assert message.startswith("not valid UTF-8 (byte 0x")
    assert hint in message
    assert "latin1 -t" not in message, "iconv -f latin1 turns cp1252 quotes into controls"


def test_a_file_name_that_is_not_utf8_gives_a_doc_id_any_output_can_hold(tmp_path: Path) -> None:
    name = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    try:
        with open(name, "wb") as file:
            file.write(GOOD.encode("utf-8"))
    except (OSError, UnicodeError):
        pytest.skip("the file system refuses names that are not UTF-8")
    (source,) = read(tmp_path)
    assert isinstance(source, SourceText)
    assert source.doc_id == "caf\ufffd"
    source.doc_id.encode("utf-8")


def test_a_jsonl_file_gives_one_article_a_line_and_names_a_bad_line(tmp_path: Path) -> None:
    import gzip

    lines = [
        '{"id": "a", "text": "One.", "url": "https://example.org/a", "outlet": "X"}',
        "not json",
        '{"id": "c", "text": 3}',
        "",
        '{"id": "d", "text": "Four.", "published": "2023-05-29", "extra": 1}',
    ]
    for name, opener in (("in.jsonl", open), ("in.jsonl.gz", gzip.open)):
        path = tmp_path / name
        with opener(path, "wt", encoding="utf-8") as file:
            file.write("\n".join(lines) + "\n")
        a, bad, wrong, d = iter_sources([str(path)])
        assert a == SourceText("a", "One.", f"{path}:1", url="https://example.org/a", outlet="X")
        assert isinstance(bad, SourceProblem) and bad.path == f"{path}:2"
        assert isinstance(wrong, SourceProblem) and "text: expected a string" in wrong.message
        assert isinstance(d, SourceText) and (d.doc_id, d.published) == ("d", "2023-05-29")


@pytest.mark.parametrize("suffix", [".jsonl.bz2", ".jsonl.xz", ".jsonl.gz"])
def test_a_compressed_jsonl_corpus_is_read_as_a_stream(tmp_path: Path, suffix: str) -> None:
    import bz2
    import gzip
    import lzma

    opener = {".jsonl.bz2": bz2.open, ".jsonl.xz": lzma.open, ".jsonl.gz": gzip.open}[suffix]
    path = tmp_path / f"news{suffix}"
    with opener(path, "wt", encoding="utf-8") as file:
        file.write('{"id": "x", "text": "One."}\n{"id": "y", "text": "Two."}\n')
    assert [s.doc_id for s in iter_sources([str(path)])] == ["x", "y"]  # type: ignore[union-attr]
    assert count_sources([str(path)]) is None, "counting lines would read the corpus twice"


def test_a_truncated_compressed_corpus_keeps_the_articles_before_the_break(
    tmp_path: Path,
) -> None:
    import gzip

    lines = "".join(f'{{"id": "a{n}", "text": "Text {n}."}}\n' for n in range(200))
    data = gzip.compress(lines.encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    *articles, last = iter_sources([str(path)])
    assert articles and all(isinstance(a, SourceText) for a in articles)
    assert isinstance(last, SourceProblem)
    assert last.path == f"{path}:{len(articles) + 1}"
    assert last.message.startswith("cannot read further: ")


def test_standard_input_can_be_a_jsonl_corpus() -> None:
    stdin = io.StringIO('{"id": "s1", "text": "One."}\nnot json\n{"id": "s2", "text": "Two."}\n')
    first, bad, second = iter_sources(["-"], stdin=stdin, stdin_format="jsonl")
    assert isinstance(first, SourceText) and first.doc_id == "s1"
    assert isinstance(bad, SourceProblem) and bad.path == "<stdin>:2"
    assert isinstance(second, SourceText) and second.path == "<stdin>:3"
    assert count_sources(["-"], stdin_format="jsonl") is None


def test_recursive_reads_subdirectories_in_name_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "deep").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("a.txt", "b/x.txt", "b/deep/y.txt", "c.txt", ".git/z.txt", "b/notes.md"):
        (tmp_path / name).write_text(GOOD, encoding="utf-8")
    (tmp_path / "b" / "loop").symlink_to(tmp_path)
    flat = [s.path for s in iter_sources([str(tmp_path)])]
    deep = [s.path for s in iter_sources([str(tmp_path)], recursive=True)]
    assert flat == [str(tmp_path / "a.txt"), str(tmp_path / "c.txt")]
    assert deep == [str(tmp_path / n) for n in ("a.txt", "b/deep/y.txt", "b/x.txt", "c.txt")]
    assert count_sources([str(tmp_path)], recursive=True) == 4


def test_a_directory_of_jsonl_shards_gives_their_articles(tmp_path: Path) -> None:
    for shard in ("part-1.jsonl", "part-2.jsonl"):
        (tmp_path / shard).write_text(f'{{"id": "{shard}", "text": "Text."}}\n')
    sources = list(iter_sources([str(tmp_path)]))
    assert [s.path for s in sources] == [
        f"{tmp_path / 'part-1.jsonl'}:1",
        f"{tmp_path / 'part-2.jsonl'}:1",
    ]
