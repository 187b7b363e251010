"""Hand gold for speakers' roles and affiliations over the speech gold sets, as offsets only.

The speech gold files (``benchmarks/gold/polnear-*-speech-*.json``) name each statement's
speaker; this adds the **role** and **affiliation** the article states for that speaker,
anywhere in the article, following ``docs/annotation-guidelines.md`` (section "Roles and
affiliations"). PolNeAR has no redistribution licence, so a role or affiliation is committed
as character offsets into the article; only a value implied by a nationality word
("Chilean Ambassador ..." gives Chile) or a party abbreviation ("R-Ohio" gives Republican) is
written as a name, which is not the article's text.

One file per gold set: ``benchmarks/gold/attributes/<gold file stem>.json``::

    {"set": "set H", "annotated": "...how, by whom, blind to what...",
     "speakers": {"<statement index>": {"role": [VALUE, ...],
                                        "affiliation": [VALUE, ...]}}}

where a VALUE is ``[start, end]`` or ``{"implied": "Chile"}``; an empty list means the article
states none; several values are alternatives, the most specific first.

The statement index is the position in the gold file's ``statements`` list; statements whose
speaker is null are not listed. :func:`attributes_for` reads a file back as strings.

Usage (annotators)::

    python benchmarks/speaker_attributes.py show POLNEAR_ROOT GOLD.json DOC_ID
    python benchmarks/speaker_attributes.py find POLNEAR_ROOT GOLD.json DOC_ID "Defense Minister"
    python benchmarks/speaker_attributes.py check POLNEAR_ROOT GOLD.json ATTRIBUTES.json
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from polnear import split_folder

ATTRIBUTE_FOLDER = Path(__file__).resolve().parent / "gold" / "attributes"


def _packed(gold: Path) -> dict[str, Any]:
    packed: dict[str, Any] = json.loads(gold.read_text(encoding="utf-8"))
    return packed


def _text(root: Path, packed: Mapping[str, Any], doc_id: str) -> str:
    return (split_folder(root, packed["split"]) / "text" / f"{doc_id}.txt").read_text(
        encoding="utf-8"
    )


def attribute_file(gold: Path) -> Path:
    """Where the role and affiliation gold of a speech gold file lives."""
    return ATTRIBUTE_FOLDER / f"{gold.stem}.json"


def value(text: str, entry: object) -> str:
    """The string one annotated role or affiliation value stands for in ``text``."""
    if isinstance(entry, Mapping):
        return str(entry["implied"])
    start, end = entry  # type: ignore[misc]
    return text[start:end]


def values(text: str, entries: Sequence[object] | None) -> tuple[str, ...]:
    """The strings of a list of alternative values."""
    return tuple(value(text, entry) for entry in entries or ())


def attributes_for(
    gold: Path, texts: Mapping[str, str]
) -> dict[int, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Statement index -> (roles, affiliations) as strings, from the gold file's attribute file.

    Args:
        gold: A speech gold file.
        texts: Its articles' texts by doc id.

    Returns:
        An empty dict when the set has no attribute file yet.
    """
    path = attribute_file(gold)
    if not path.is_file():
        return {}
    statements = _packed(gold)["statements"]
    speakers = json.loads(path.read_text(encoding="utf-8"))["speakers"]
    found = {}
    for key, entry in speakers.items():
        text = texts[statements[int(key)]["doc_id"]]
        found[int(key)] = (values(text, entry.get("role")), values(text, entry.get("affiliation")))
    return found


def show(root: Path, gold: Path, doc_id: str) -> None:
    """Print the article with offsets at each paragraph, then its statements' speakers."""
    packed = _packed(gold)
    text = _text(root, packed, doc_id)
    offset = 0
    for paragraph in text.split("\n"):
        if paragraph.strip():
            print(f"[{offset}] " + textwrap.fill(paragraph, 110, subsequent_indent="    "))
        offset += len(paragraph) + 1
    print("\nStatements with a speaker (index: speaker mention [start, end] / name):")
    for index, row in enumerate(packed["statements"]):
        speaker = row.get("speaker")
        if row["doc_id"] == doc_id and speaker is not None:
            mention = text[speaker["start"] : speaker["end"]]
            print(
                f"  {index}: {mention!r} [{speaker['start']}, {speaker['end']}]"
                f" / {speaker.get('name')}"
            )


def find(root: Path, gold: Path, doc_id: str, needle: str) -> None:
    """Print every ``[start, end]`` of ``needle`` in the article, with context."""
    text = _text(root, _packed(gold), doc_id)
    start = text.find(needle)
    while start >= 0:
        context = text[max(0, start - 40) : start + len(needle) + 40].replace("\n", " ")
        print(f"[{start}, {start + len(needle)}]  ...{context}...")
        start = text.find(needle, start + 1)


def check(root: Path, gold: Path, attributes: Path) -> int:
    """Validate an attribute file and print each statement's role and affiliation as strings."""
    packed = _packed(gold)
    statements = packed["statements"]
    speakers = json.loads(attributes.read_text(encoding="utf-8"))["speakers"]
    problems = 0
    texts: dict[str, str] = {}
    for key, entry in sorted(speakers.items(), key=lambda item: int(item[0])):
        row = statements[int(key)]
        if row.get("speaker") is None:
            print(f"{key}: statement has no speaker")
            problems += 1
            continue
        text = texts.setdefault(row["doc_id"], _text(root, packed, row["doc_id"]))
        shown = []
        for field in ("role", "affiliation"):
            items = entry.get(field, [])
            for item in items:
                if isinstance(item, Mapping):
                    continue
                start, end = item
                span = text[start:end] if 0 <= start < end <= len(text) else ""
                if not span or span != span.strip(" \n\t,;:'\"()"):
                    print(f"{key}: {field} [{start}, {end}] is not a trimmed span of the article")
                    problems += 1
            shown.append(f"{field}={list(values(text, items))!r}")
        mention = text[row["speaker"]["start"] : row["speaker"]["end"]]
        print(f"{key} {row['doc_id'][:30]} {mention!r}: {', '.join(shown)}")
    print(f"{len(speakers)} statements, {problems} problems")
    return 1 if problems else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``show``, ``find`` or ``check``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name in ("show", "find", "check"):
        command = commands.add_parser(name)
        command.add_argument("root", type=Path)
        command.add_argument("gold", type=Path)
        command.add_argument("doc_id" if name != "check" else "attributes")
        if name == "find":
            command.add_argument("needle")
    args = parser.parse_args(argv)
    if args.command == "show":
        show(args.root, args.gold, args.doc_id)
    elif args.command == "find":
        find(args.root, args.gold, args.doc_id, args.needle)
    else:
        return check(args.root, args.gold, Path(args.attributes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
