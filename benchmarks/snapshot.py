"""Record every output of the current code on the reference texts, and compare two such runs.

A refactoring or a speed-up must not change a single record. ``snapshot`` runs quoteattr over
the seeds and, given a local PolNeAR copy, over every article of the speech gold sets and of
PolNeAR's dev split, and writes one JSON line per document: its id, its quotes and its speaker
table, exactly as the serializer writes them. ``compare`` reads two snapshots and lists every
document whose records differ, record by record; it exits 1 when any does.

The snapshot holds PolNeAR text (quotes are verbatim): write it outside the repository
(``/tmp``), never commit it.

Usage::

    python benchmarks/snapshot.py snapshot [--polnear PATH] -o /tmp/before.jsonl
    python benchmarks/snapshot.py compare /tmp/before.jsonl /tmp/after.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from corpus import read_texts
from polnear import load_documents
from speech_gold import gold_files, load_speech_gold

from quoteattr.api import Extractor
from quoteattr.io import entity_to_dict, quote_to_dict

REPO = Path(__file__).resolve().parent.parent


def reference_texts(polnear: Path | None) -> Iterator[tuple[str, str]]:
    """``(doc_id, text)`` for the seeds, the speech gold articles and PolNeAR dev, once each."""
    seen: set[str] = set()
    documents: list[tuple[str, str]] = [(f"seeds/{d}", t) for d, t in read_texts(REPO / "seeds")]
    if polnear is not None:
        for gold in gold_files():
            documents += [(f"gold/{d}", t) for d, t, _ in load_speech_gold(polnear, gold)]
        documents += [(f"dev/{d.doc_id}", d.text) for d in load_documents(polnear, "dev", None)]
    for doc_id, text in documents:
        key = doc_id.split("/", 1)[1]
        if key not in seen:
            seen.add(key)
            yield doc_id, text


def snapshot(polnear: Path | None, out: Path) -> int:
    """Write one line per reference document; returns the number of documents."""
    extractor = Extractor()
    texts = list(reference_texts(polnear))
    with out.open("w", encoding="utf-8") as stream:
        for (doc_id, _), document in zip(
            texts,
            extractor.pipe((t for _, t in texts), doc_ids=(d for d, _ in texts)),
            strict=True,
        ):
            line = {
                "doc_id": doc_id,
                "quotes": [quote_to_dict(q) for q in document.quotes],
                "speakers": [entity_to_dict(e, doc_id) for e in document.speakers],
            }
            stream.write(json.dumps(line, ensure_ascii=False, sort_keys=False) + "\n")
    return len(texts)


def _read(path: Path) -> dict[str, dict[str, list[dict[str, object]]]]:
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line)
    return {row["doc_id"]: row for row in rows}


def compare(before: Path, after: Path, stream: object = sys.stdout) -> int:
    """Print every difference between two snapshots; returns how many records differ."""
    old, new = _read(before), _read(after)
    changed = 0
    for doc_id in sorted(set(old) | set(new)):
        if doc_id not in old or doc_id not in new:
            print(f"{doc_id}: only in {'after' if doc_id in new else 'before'}", file=stream)
            changed += 1
            continue
        for field in ("quotes", "speakers"):
            a, b = old[doc_id][field], new[doc_id][field]
            a_lines = [json.dumps(r, ensure_ascii=False) for r in a]
            b_lines = [json.dumps(r, ensure_ascii=False) for r in b]
            for line in sorted(set(a_lines) - set(b_lines)):
                print(f"{doc_id} {field} - {line}", file=stream)
                changed += 1
            for line in sorted(set(b_lines) - set(a_lines)):
                print(f"{doc_id} {field} + {line}", file=stream)
                changed += 1
            if not changed and a_lines != b_lines:
                print(f"{doc_id} {field}: same records in another order", file=stream)
                changed += 1
    documents = len(set(old) | set(new))
    print(f"{documents} documents, {changed} records differ", file=stream)
    return changed


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``snapshot`` or ``compare``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    take = commands.add_parser("snapshot", help="write every record of the current code")
    take.add_argument("--polnear", type=Path, help="local PolNeAR copy (gold articles, dev)")
    take.add_argument("-o", "--out", type=Path, required=True)
    diff = commands.add_parser("compare", help="list the records two snapshots disagree on")
    diff.add_argument("before", type=Path)
    diff.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "snapshot":
        count = snapshot(args.polnear, args.out)
        print(f"wrote {count} documents to {args.out}", file=sys.stderr)
        return 0
    return 1 if compare(args.before, args.after) else 0


if __name__ == "__main__":
    sys.exit(main())
