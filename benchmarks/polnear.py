"""Load a local copy of PolNeAR (brat standoff) as gold :class:`~quoteattr.records.Quote` records.

PolNeAR (Newell, Margolin and Ruths 2018, *An Attribution Relations Corpus for Political News*,
LREC) annotates attribution relations in US election news of 2016: a *source* (speaker), a
*cue* and a *content*. It has no redistribution licence, so the benchmark reads a copy the
user already has and never writes any of it into the repository.

Layout read: ``<root>/data/<split>/text/<name>.txt`` (or ``<root>/<split>/...``) and
``<split>/attributions/<name>_<annotator>.ann``. Only the ``train`` and ``dev`` splits are
read; ``test`` is refused, so that no benchmark ever tunes on it.

Mapping of one brat event to one quote (``docs/benchmark.md`` states the same):

- **Annotator.** A text annotated by several annotators uses the lexicographically first
  ``.ann`` file name, so the choice is deterministic. A text with no ``.ann`` file is skipped.
- **Events.** Every ``E`` line whose trigger is ``Attribution`` or ``Attribution-no-source``
  and that has at least one content argument gives one quote. Events without content are
  skipped (counted in :attr:`PolnearDocument.skipped`).
- **Content.** The fragments of every ``Content`` argument (``Content``, ``Content2``, ...),
  in text order, become the content's parts (:meth:`Content.from_parts`); the content runs
  from the first fragment's start to the last fragment's end. Each fragment is checked
  against the text: ``text[start:end]`` must equal the annotated text.
- **Kind.** ``direct`` when every content fragment, stripped of whitespace, starts with an
  opening and ends with a closing quote mark and has no letter or digit outside its quoted
  stretches; ``mixed`` when some fragment holds a quoted stretch; else ``indirect``. Quote
  marks are ``"``, ``“`` ``”`` and the curly single ``‘`` ``’`` (a ``’`` between letters is an
  apostrophe); straight single quotes are not counted (too often apostrophes). A straight
  ``"`` opens when it follows whitespace or an opening bracket, and closes otherwise. News
  style is followed: an opening mark while a quote is open continues it (a quote running over
  several paragraphs reopens each one), a quote still open at the fragment's end runs to the
  end, and a double closing mark with no opening one closes a stretch that starts where the
  fragment (or the previous stretch) does.
- **Cue.** ``Cue(text, lemma=text.lower(), start, end)`` from the cue's first fragment in text
  order; ``None`` when the event has no cue.
- **Speaker.** ``Speaker(text, start, end, name=text)`` from the source's first fragment in text
  order; ``None`` for ``Attribution-no-source`` events or events without a source. PolNeAR
  does not annotate roles, affiliations or resolved names, so those stay ``None``.
- **Other fields.** ``attribution`` is ``none``, ``sentence`` and ``paragraph`` are 0: the
  scorer does not look at them.
"""

from __future__ import annotations

import re
from pathlib import Path

import attrs
from corpus import read_text

from quoteattr.errors import QuoteattrError
from quoteattr.records import Attribution, Content, Cue, Quote, QuoteKind, Speaker

SPLITS: tuple[str, ...] = ("train", "dev")
"""The splits this loader reads. ``test`` is held out and refused."""

_TRIGGERS = frozenset({"Attribution", "Attribution-no-source"})
_ENTRY = re.compile(r"^(?P<id>[A-Z#]\w*)\t(?P<body>[^\t]*)(?:\t(?P<text>.*))?$")
_ROLE_NUMBER = re.compile(r"\d+$")

_OPENERS = frozenset("“‘")
_CLOSERS = frozenset("”’")
_PARTNER = {"“": "”", "‘": "’", '"': '"'}
_STRAIGHT = '"'
_DOUBLE = frozenset('"”')
_OPEN_BEFORE = frozenset("([{—–-")


class PolnearError(QuoteattrError, ValueError):
    """A PolNeAR file that cannot be read as brat standoff, or a refused split."""


@attrs.frozen
class Fragments:
    """One brat text-bound annotation (``T`` line): a label and its character fragments."""

    label: str
    spans: tuple[tuple[int, int], ...]
    text: str


@attrs.frozen
class PolnearDocument:
    """One PolNeAR text with its gold quotes."""

    doc_id: str
    text: str
    quotes: tuple[Quote, ...]
    annotator: str
    skipped: int = 0
    """Events that gave no quote (no content argument)."""


def load_polnear(
    root: Path, split: str = "dev", limit: int | None = None
) -> list[tuple[str, str, list[Quote]]]:
    """Read PolNeAR's ``split`` as ``(doc_id, text, gold quotes)`` triples, in name order.

    Args:
        root: The corpus folder: the one holding ``data/``, or ``data/`` itself.
        split: ``"dev"`` (default) or ``"train"``.
        limit: Read only the first ``limit`` documents (by name).

    Returns:
        One triple per text; ``doc_id`` is the text's file name without ``.txt``.

    Raises:
        PolnearError: for ``split="test"`` or any other unknown split, a missing folder, an
            annotation whose text does not match its offsets, or a malformed ``.ann`` line.
    """
    return [(d.doc_id, d.text, list(d.quotes)) for d in load_documents(root, split, limit)]


def load_documents(
    root: Path, split: str = "dev", limit: int | None = None
) -> list[PolnearDocument]:
    """Like :func:`load_polnear`, but keeping the annotator and the skipped-event count."""
    folder = split_folder(root, split)
    names = sorted(path.stem for path in (folder / "text").glob("*.txt"))
    if limit is not None:
        names = names[: max(limit, 0)]
    documents = []
    for name in names:
        ann = annotation_file(folder / "attributions", name)
        if ann is not None:
            documents.append(read_document(folder / "text" / f"{name}.txt", ann))
    return documents


def split_folder(root: Path, split: str) -> Path:
    """The folder of ``split`` under ``root``, refusing the held-out test split.

    Raises:
        PolnearError: for ``test`` (before touching the file system), an unknown split, or a
            split folder that does not exist.
    """
    if split == "test":
        raise PolnearError(
            "refusing to read PolNeAR's test split: it is held out from every benchmark; "
            "use split='dev' (or 'train')"
        )
    if split not in SPLITS:
        raise PolnearError(f"unknown PolNeAR split {split!r}; use one of {', '.join(SPLITS)}")
    for candidate in (root / "data" / split, root / split):
        if (candidate / "text").is_dir() and (candidate / "attributions").is_dir():
            return candidate
    raise PolnearError(
        f"no PolNeAR {split} split under {root}: expected {root}/data/{split}/text and "
        f"{root}/data/{split}/attributions"
    )


def annotation_file(folder: Path, name: str) -> Path | None:
    """The lexicographically first ``<name>_<annotator>.ann`` in ``folder``, or None."""
    prefix = f"{name}_"
    candidates = sorted(
        path
        for path in folder.glob(f"{glob_escape(name)}_*.ann")
        # "a_b_c_4e07.ann" also matches "a_b_*"; the annotator id holds no underscore.
        if "_" not in path.stem[len(prefix) :]
    )
    return candidates[0] if candidates else None


def glob_escape(name: str) -> str:
    """``name`` with glob metacharacters bracketed, so file names match literally."""
    return re.sub(r"([*?\[])", r"[\1]", name)


def read_document(text_path: Path, ann_path: Path) -> PolnearDocument:
    """Read one text and its annotation file into a :class:`PolnearDocument`."""
    text = read_text(text_path)
    annotations, events = parse_ann(ann_path.read_bytes().decode("utf-8"), ann_path)
    for tid, fragments in annotations.items():
        check_fragments(text, fragments, f"{ann_path.name}:{tid}")
    doc_id = text_path.stem
    quotes, skipped = [], 0
    for arguments in events:
        quote = event_quote(text, doc_id, arguments, annotations)
        if quote is None:
            skipped += 1
        else:
            quotes.append(quote)
    annotator = ann_path.stem[len(doc_id) + 1 :]
    return PolnearDocument(doc_id, text, tuple(quotes), annotator, skipped)


def parse_ann(source: str, path: Path) -> tuple[dict[str, Fragments], list[dict[str, list[str]]]]:
    """Parse brat standoff into text-bound annotations by id and events as argument lists.

    Returns:
        ``({"T3": Fragments(...)}, [{"Attribution": ["T4"], "Content": ["T3", "T9"], ...}])``;
        numbered roles (``Content2``) are folded into their base role, in line order.

    Raises:
        PolnearError: naming the file and line, for a ``T`` line with bad offsets.
    """
    annotations: dict[str, Fragments] = {}
    events: list[dict[str, list[str]]] = []
    last: str | None = None
    for number, line in enumerate(source.removesuffix("\n").split("\n"), start=1):
        entry = _ENTRY.match(line)
        if entry is None:
            # brat keeps a newline inside an annotated stretch: the line continues the text.
            if last is not None:
                previous = annotations[last]
                annotations[last] = attrs.evolve(previous, text=f"{previous.text}\n{line}")
            continue
        ident, body = entry["id"], entry["body"]
        last = None
        if ident.startswith("T"):
            annotations[ident] = _fragments(body, entry["text"] or "", f"{path.name}:{number}")
            last = ident
        elif ident.startswith("E"):
            events.append(_arguments(body))
    return annotations, events


def _fragments(body: str, text: str, where: str) -> Fragments:
    label, _, offsets = body.partition(" ")
    try:
        spans = tuple(
            (int(start), int(end)) for start, end in (piece.split() for piece in offsets.split(";"))
        )
    except ValueError:
        raise PolnearError(
            f"{where}: expected '<Label> <start> <end>[;...]', got {body!r}"
        ) from None
    return Fragments(label, spans, text)


def _arguments(body: str) -> dict[str, list[str]]:
    arguments: dict[str, list[str]] = {}
    for argument in body.split():
        role, _, target = argument.partition(":")
        arguments.setdefault(_ROLE_NUMBER.sub("", role), []).append(target)
    return arguments


def check_fragments(text: str, fragments: Fragments, where: str) -> None:
    """Check that the fragments' text, joined by spaces as brat writes it, is the annotated text.

    Raises:
        PolnearError: naming the annotation, when an offset falls outside the text or the
            text at the offsets differs from the annotated text.
    """
    if any(not 0 <= start <= end <= len(text) for start, end in fragments.spans):
        raise PolnearError(f"{where}: offsets {fragments.spans} fall outside the text")
    found = " ".join(text[start:end] for start, end in fragments.spans)
    if found != fragments.text:
        raise PolnearError(
            f"{where}: the text at {fragments.spans} is {found[:60]!r}, the annotation says "
            f"{fragments.text[:60]!r}; is the .txt the one this .ann was made on?"
        )


def event_quote(
    text: str,
    doc_id: str,
    arguments: dict[str, list[str]],
    annotations: dict[str, Fragments],
) -> Quote | None:
    """The quote of one attribution event, or None when it is not one or has no content."""
    trigger = next(iter(arguments), None)
    if trigger not in _TRIGGERS:
        return None
    parts = sorted(
        span
        for tid in arguments.get("Content", [])
        if tid in annotations
        for span in annotations[tid].spans
        if span[1] > span[0]
    )
    if not parts:
        return None
    content = Content.from_parts(text, parts)
    return Quote(
        id=Quote.make_id(content),
        kind=quote_kind([text[start:end] for start, end in parts]),
        content=content,
        cue=_cue(text, _first_span(arguments.get("Cue", []), annotations)),
        speaker=_speaker(text, _first_span(arguments.get("Source", []), annotations)),
        attribution=Attribution.NONE,
        sentence=0,
        paragraph=0,
        doc_id=doc_id,
    )


def _first_span(tids: list[str], annotations: dict[str, Fragments]) -> tuple[int, int] | None:
    spans = [span for tid in tids[:1] if tid in annotations for span in annotations[tid].spans]
    return min(spans) if spans else None


def _cue(text: str, span: tuple[int, int] | None) -> Cue | None:
    if span is None:
        return None
    start, end = span
    return Cue(text[start:end], lemma=text[start:end].lower(), start=start, end=end)


def _speaker(text: str, span: tuple[int, int] | None) -> Speaker | None:
    if span is None:
        return None
    start, end = span
    return Speaker(text[start:end], start, end, name=text[start:end])


def quote_kind(fragments: list[str]) -> QuoteKind:
    """``direct``, ``mixed`` or ``indirect`` for a content's fragments (see the module notes)."""
    quoted = [quoted_stretches(fragment.strip()) for fragment in fragments]
    if all(_fully_quoted(f.strip(), q) for f, q in zip(fragments, quoted, strict=True)):
        return QuoteKind.DIRECT
    if any(quoted):
        return QuoteKind.MIXED
    return QuoteKind.INDIRECT


def _fully_quoted(fragment: str, stretches: list[tuple[int, int]]) -> bool:
    if not stretches or stretches[0][0] != 0 or stretches[-1][1] != len(fragment):
        return False
    inside = {i for start, end in stretches for i in range(start, end)}
    return not any(c.isalnum() for i, c in enumerate(fragment) if i not in inside)


def quoted_stretches(text: str) -> list[tuple[int, int]]:
    """The outermost quoted stretches of ``text`` as ``(start, end)``, marks included.

    Notes:
        News style opens every paragraph of a quote running over several paragraphs and
        closes only the last, so an opening mark while a quote is open continues it rather
        than nesting, and a quote still open at the end runs to the end. A double closing
        mark with no opening one closes a stretch starting at the text's start (or at the
        previous stretch's end): the annotator left the opening mark out of the content.
    """
    stretches: list[tuple[int, int]] = []
    open_at: int | None = None
    closer = ""
    for i, char in enumerate(text):
        role = _mark_role(text, i)
        if open_at is None:
            if role == "open":
                open_at, closer = i, _PARTNER[char]
            elif role == "close" and char in _DOUBLE:
                # The content starts inside a quote whose opening mark it left out.
                stretches.append((stretches[-1][1] if stretches else 0, i + 1))
        elif char == closer and role == "close":
            stretches.append((open_at, i + 1))
            open_at = None
    if open_at is not None:
        # A quote running on into the next paragraph is not closed where its paragraph ends.
        stretches.append((open_at, len(text)))
    return stretches


def _mark_role(text: str, i: int) -> str | None:
    char = text[i]
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if char == _STRAIGHT:
        return (
            "open" if before.isspace() or before in _OPEN_BEFORE or before in _OPENERS else "close"
        )
    if char in _OPENERS:
        return "open"
    if char in _CLOSERS:
        # "Clinton’s", "don’t": an apostrophe, not a closing mark.
        return None if before.isalnum() and after.isalnum() else "close"
    return None
