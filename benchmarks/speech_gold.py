"""Speech-only hand gold over PolNeAR articles, committed without any of their text.

PolNeAR's own labels count attitudes and actions (``endorsed``, ``believes``, ``accused of``)
as attributions, which quoteattr does not report by design. To measure reported speech on real
news that is not in this repository, PolNeAR dev articles were annotated by hand, blind to
quoteattr's output, following ``docs/annotation-guidelines.md``: sets of two articles per
outlet, picked by the SHA-1 of their file names among those of 200 to 1,300 words (set A takes
the first two of each outlet, set B the next two, and so on; set D has 11 articles because two
outlets have no more). Set F takes the first two per outlet the same way from PolNeAR *train*
articles that no development sample ever read. Each file's ``description`` says how it was used.

PolNeAR has no redistribution licence, so the committed files
(``benchmarks/gold/polnear-{dev,train}-speech-*.json``) hold offsets, lemmas and speaker names only:
every ``text`` field is dropped, and each document's SHA-256 is kept so that a different copy
of the corpus is refused rather than scored wrongly. :func:`load_speech_gold` reads the texts
from the user's PolNeAR copy and fills the spans back in.

Usage::

    python benchmarks/speech_gold.py pack ANN_DIR POLNEAR_ROOT -o GOLD.json --name "set B" \
        --split dev --description "..."
    python benchmarks/speech_gold.py unpack POLNEAR_ROOT GOLD.json -o gold.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from polnear import PolnearError, split_folder

from quoteattr.io import quote_from_dict, write_jsonl
from quoteattr.records import Quote

GOLD_FOLDER = Path(__file__).resolve().parent / "gold"
HELD_OUT_FOLDER = GOLD_FOLDER / "held-out"
"""Blind sets, read only by ``run.py --held-out`` for their one measurement."""
GOLD_PATTERN = "polnear-*-speech-*.json"
_SPANS = ("content", "cue", "speaker")


def sha256(text: str) -> str:
    """The hex SHA-256 of ``text`` in UTF-8."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def gold_files() -> list[Path]:
    """The committed speech gold files, in name order."""
    return sorted(GOLD_FOLDER.glob(GOLD_PATTERN))


def gold_header(gold: Path) -> tuple[str, str, str]:
    """A gold file's ``name``, ``description`` and PolNeAR ``split``."""
    packed = json.loads(gold.read_text(encoding="utf-8"))
    return packed.get("name", gold.stem), packed.get("description", ""), packed["split"]


def load_speech_gold(root: Path, gold: Path) -> list[tuple[str, str, list[Quote]]]:
    """``(doc_id, text, gold quotes)`` for every annotated article, texts read from ``root``.

    Raises:
        PolnearError: when an article is missing from ``root`` or differs from the annotated one.
    """
    packed = json.loads(gold.read_text(encoding="utf-8"))
    folder = split_folder(root, packed["split"])
    statements: dict[str, list[Mapping[str, Any]]] = {}
    for row in packed["statements"]:
        statements.setdefault(row["doc_id"], []).append(row)
    documents = []
    for doc_id, digest in sorted(packed["documents"].items()):
        path = folder / "text" / f"{doc_id}.txt"
        if not path.is_file():
            raise PolnearError(f"{path}: annotated article missing from this PolNeAR copy")
        text = path.read_text(encoding="utf-8")
        if sha256(text) != digest:
            raise PolnearError(f"{path}: differs from the annotated article (SHA-256 mismatch)")
        quotes = [quote_from_dict(_with_text(row, text)) for row in statements.get(doc_id, [])]
        documents.append((doc_id, text, quotes))
    return documents


def _with_text(row: Mapping[str, Any], text: str) -> dict[str, Any]:
    return _map_spans(row, lambda span: {**span, "text": text[span["start"] : span["end"]]})


def _without_text(row: Mapping[str, Any]) -> dict[str, Any]:
    return _map_spans(row, lambda span: {k: v for k, v in span.items() if k != "text"})


def _map_spans(
    row: Mapping[str, Any], change: Callable[[Mapping[str, Any]], dict[str, Any]]
) -> dict[str, Any]:
    """A copy of ``row`` with ``change`` applied to its content, cue, speaker and content parts."""
    mapped = {**row, **{key: change(row[key]) for key in _SPANS if row.get(key) is not None}}
    mapped["content"]["parts"] = [change(part) for part in row["content"].get("parts", [])]
    return mapped


def _spans(row: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The row's content, cue, speaker and content parts that are present."""
    return [row[key] for key in _SPANS if row.get(key) is not None] + list(
        row["content"].get("parts", [])
    )


def pack(
    annotations: Path, root: Path, name: str = "", description: str = "", split: str = "dev"
) -> dict[str, Any]:
    """The committed form of the hand-annotated JSONL files in ``annotations``.

    Each ``<doc_id>.jsonl`` is checked against the text of the same name in ``root``'s
    ``split`` (``dev`` or ``train``; the test split is never annotated).
    """
    folder = split_folder(root, split)
    documents: dict[str, str] = {}
    statements: list[dict[str, Any]] = []
    for path in sorted(annotations.glob("*.jsonl")):
        text = (folder / "text" / f"{path.stem}.txt").read_text(encoding="utf-8")
        documents[path.stem] = sha256(text)
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("//"):
                row = json.loads(line)
                quote_from_dict(row)  # validates the offsets against the annotated text
                _check(row, text, path)
                statements.append(_without_text(row))
    return {
        "name": name,
        "description": description,
        "split": split,
        "documents": documents,
        "statements": statements,
    }


def _check(row: Mapping[str, Any], text: str, path: Path) -> None:
    for span in _spans(row):
        if text[span["start"] : span["end"]] != span["text"]:
            raise PolnearError(
                f"{path}: span {span['start']}:{span['end']} is not {span['text']!r}"
            )


def main(argv: Sequence[str] | None = None) -> None:
    """``pack`` hand annotations into the committed file, or ``unpack`` it to a gold JSONL."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    packer = commands.add_parser("pack", help="hand-annotated JSONL folder -> committed JSON")
    packer.add_argument("annotations", type=Path)
    packer.add_argument("polnear", type=Path)
    packer.add_argument("-o", "--out", type=Path, required=True)
    packer.add_argument("--name", default="", help='short name, e.g. "set B"')
    packer.add_argument("--description", default="", help="how the set was made and used")
    packer.add_argument("--split", default="dev", choices=("dev", "train"), help="PolNeAR split")
    unpacker = commands.add_parser("unpack", help="committed JSON + PolNeAR -> gold JSONL")
    unpacker.add_argument("polnear", type=Path)
    unpacker.add_argument("gold", type=Path)
    unpacker.add_argument("-o", "--out", type=Path, required=True)
    args = parser.parse_args(argv)
    if args.command == "pack":
        packed = pack(args.annotations, args.polnear, args.name, args.description, args.split)
        args.out.write_text(json.dumps(packed, indent=1, ensure_ascii=False) + "\n", "utf-8")
        print(f"wrote {args.out}: {len(packed['statements'])} statements")
    else:
        with args.out.open("w", encoding="utf-8") as out:
            count = write_jsonl(
                (q for _, _, quotes in load_speech_gold(args.polnear, args.gold) for q in quotes),
                out,
            )
        print(f"wrote {args.out}: {count} statements")


if __name__ == "__main__":
    main()
