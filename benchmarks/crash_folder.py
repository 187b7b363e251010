"""A folder of good articles with every input once seen to crash or stop a run, through the CLI.

The reliability promise: every good document gives its records, every bad one is named on
standard error, with one process and with two. This script builds a 20-file folder (the
seeds, recombined seed articles, the minimal crashers, and files that cannot be read as
text), runs ``quoteattr extract FOLDER -o OUT`` with ``--n-process 1`` and ``2``, and checks
that each good file's records equal those of a run over the good files alone and that each
bad entry is named. Prints a Markdown table; exits 1 if any check fails.

Usage::

    python benchmarks/crash_folder.py
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from corpus import read_texts, synthetic_corpus

REPO = Path(__file__).resolve().parent.parent

CRASHERS: dict[str, str] = {
    "empty_curly_after_colon.txt": "The minister said: “”\n",
    "empty_straight_after_colon.txt": 'He said: ""\n',
    "empty_low_high_after_colon.txt": "Officials said:„“\n",
    "closing_mark_label.txt": "」: “We will act”\n",
    "closing_mark_label_minimal.txt": "」:“\n",
}
"""Texts that once raised inside the core and ended the whole run."""

UNREADABLE: dict[str, bytes | None] = {
    "lone_surrogate.txt": "He said “\ud800”.".encode("utf-8", "surrogatepass"),
    "windows_1252.txt": "\u201cWe will act,\u201d she said.".encode("cp1252"),
    "empty.txt": b"",
    "binary.txt": b"\x00\x01\x02PK\x03\x04" * 50,
    "directory.txt": None,
}
"""Entries that are not text: each must be named with its reason, none may stop the run."""


def build_folder(folder: Path) -> set[str]:
    """Write the 20 entries; returns the ids of the files expected to give records."""
    seeds = read_texts(REPO / "seeds")
    good: dict[str, str] = {f"seed_{doc_id}.txt": text for doc_id, text in seeds}
    for n, text in enumerate(synthetic_corpus([t for _, t in seeds], 7)):
        good[f"recombined_{n:02d}.txt"] = text
    for name, text in {**good, **CRASHERS}.items():
        (folder / name).write_text(text, encoding="utf-8")
    for name, data in UNREADABLE.items():
        if data is None:
            (folder / name).mkdir()
        else:
            (folder / name).write_bytes(data)
    os.symlink(folder / "no_such_target.txt", folder / "broken_link.txt")
    return {Path(name).stem for name in {**good, **CRASHERS}}


def run(folder: Path, out: Path, processes: int) -> tuple[int, str, list[dict[str, object]]]:
    """``quoteattr extract`` over ``folder``; returns exit status, stderr and the records."""
    command = [
        str(Path(sys.executable).parent / "quoteattr"),
        "extract",
        str(folder),
        "-o",
        str(out),
    ]
    done = subprocess.run(
        [*command, "--n-process", str(processes)], capture_output=True, text=True, timeout=900
    )
    records = (
        [_at_file_name(json.loads(line)) for line in out.read_text(encoding="utf-8").splitlines()]
        if out.exists()
        else []
    )
    return done.returncode, done.stderr, records


def _at_file_name(record: dict[str, Any]) -> dict[str, Any]:
    """The record with its provenance naming the file alone: the two runs read the same files
    from different folders, and the source path is the only thing that may differ."""
    provenance = record.get("provenance")
    if isinstance(provenance, dict) and isinstance(provenance.get("source"), str):
        record["provenance"] = {**provenance, "source": Path(provenance["source"]).name}
    return record


def crash_folder_table() -> tuple[str, bool]:
    """Build the folder, run it with one and two processes; the table and whether all passed."""
    rows = []
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        folder, alone = Path(tmp) / "corpus", Path(tmp) / "good"
        folder.mkdir()
        expected = build_folder(folder)
        alone.mkdir()
        for name in sorted(expected):
            (alone / f"{name}.txt").write_bytes((folder / f"{name}.txt").read_bytes())
        _, _, reference = run(alone, Path(tmp) / "reference.jsonl", 1)
        bad = {Path(name).name for name in UNREADABLE} | {"broken_link.txt"}
        for processes in (1, 2):
            status, stderr, records = run(folder, Path(tmp) / f"out{processes}.jsonl", processes)
            named = {name for name in bad if name in stderr}
            same = records == reference
            per_doc = Counter(str(r["doc_id"]) for r in records)
            ok = same and named == bad and "Traceback" not in stderr
            failed |= not ok
            rows.append(
                f"| {processes} | {len(expected)} | {len(per_doc)} | {len(records)} | "
                f"{'yes' if same else 'NO'} | {len(named)} of {len(bad)} | {status} | "
                f"{'no' if 'Traceback' not in stderr else 'YES'} |"
            )
            if not ok:
                print(stderr, file=sys.stderr)
    head = (
        "| processes | readable files | files with records | records | records = good files alone "
        "| bad entries named | exit status | traceback |\n|---|---|---|---|---|---|---|---|"
    )
    return "\n".join([head, *rows]), not failed


def main() -> int:
    """Print the table; exit 1 if any check fails."""
    table, ok = crash_folder_table()
    print(table)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
