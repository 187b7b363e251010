"""JSON, JSON Lines and CSV for quoteattr's records: the only module that serializes them.

The JSON layout is a contract other tools read. A quote is one object whose keys are the
field names of :class:`~quoteattr.records.Quote`::

    {"id", "doc_id", "kind",
     "content": {"text", "start", "end", "parts": [{"text", "start", "end"}, ...]},
     "cue": {"text", "lemma", "start", "end", "category", "negated"} | null,
     "speaker": {"text", "start", "end", "name", "kind", "role", "title", "affiliation",
                 "entity", "resolution"} | null,
     "attribution", "sentence", "paragraph", "via": <speaker> | null, "parent"}

Enums are written as their values, tuples as lists, and missing values as ``null``.
Offsets count characters (not bytes) of the text the quote was found in.
"""

from __future__ import annotations

import csv
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from enum import Enum
from typing import Any, TextIO

import attrs
import cattrs

from .errors import GoldFormatError
from .records import Content, Cue, Document, Entity, Quote, Speaker, TextSpan

CSV_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "id",
    "kind",
    "content_text",
    "content_start",
    "content_end",
    "cue_text",
    "cue_lemma",
    "cue_start",
    "cue_end",
    "cue_category",
    "cue_negated",
    "speaker_text",
    "speaker_start",
    "speaker_end",
    "speaker_name",
    "speaker_kind",
    "speaker_role",
    "speaker_title",
    "speaker_affiliation",
    "speaker_resolution",
    "attribution",
    "via_name",
    "parent",
    "sentence",
    "paragraph",
)
"""The columns of :func:`write_csv`, in order."""

# The key order of a written quote: the contract's order, not the attrs field order.
_QUOTE_KEYS = (
    "id",
    "doc_id",
    "kind",
    "content",
    "cue",
    "speaker",
    "attribution",
    "sentence",
    "paragraph",
    "via",
    "parent",
)
_SPAN_KEYS = ("text", "start", "end")


class _FieldError(ValueError):
    """A JSON value of the wrong type; its message is shown to the user as is."""


def _structure_enum(value: Any, cls: type[Enum]) -> Enum:
    try:
        return cls(value)
    except ValueError:
        allowed = ", ".join(repr(member.value) for member in cls)
        raise _FieldError(f"expected one of {allowed}, got {value!r}") from None


def _structure_str(value: Any, cls: type[str]) -> str:
    if issubclass(cls, Enum):  # the str-based enums of records.py dispatch here, as str
        member = _structure_enum(value, cls)
        assert isinstance(member, str)
        return member
    if not isinstance(value, str):
        raise _FieldError(f"expected a string, got {value!r}")
    return value


def _structure_int(value: Any, _cls: type[int]) -> int:
    # cattrs would call int(), turning "3", 3.7 and true into numbers; a gold file that
    # holds them has an error its author wants to hear about.
    if isinstance(value, bool) or not isinstance(value, int):
        raise _FieldError(f"expected an integer, got {value!r}")
    return value


def _structure_bool(value: Any, _cls: type[bool]) -> bool:
    if not isinstance(value, bool):
        raise _FieldError(f"expected true or false, got {value!r}")
    return value


def _unstructure_str(value: str) -> str:
    return str(value.value) if isinstance(value, Enum) else value


def _make_converter() -> cattrs.Converter:
    converter = cattrs.Converter(unstruct_collection_overrides={tuple: list})
    # Hooks by class dispatch along the MRO, where a str-based enum is a str first, so the
    # str hooks handle those enums too; bool needs its own hook or int's would take it.
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook(Enum, _structure_enum)
    converter.register_unstructure_hook(str, _unstructure_str)
    converter.register_unstructure_hook(Enum, lambda member: member.value)
    return converter


_converter = _make_converter()


# -- writing -----------------------------------------------------------------------------


def quote_to_dict(quote: Quote) -> dict[str, Any]:
    """The JSON-ready dict of a quote, keys in the contract's order.

    Args:
        quote: The quote to convert.

    Returns:
        A dict of plain values (``str``, ``int``, ``bool``, ``None``, lists, dicts).
    """
    data: dict[str, Any] = _converter.unstructure(quote, Quote)
    return {key: data[key] for key in _QUOTE_KEYS}


def entity_to_dict(entity: Entity, doc_id: str | None) -> dict[str, Any]:
    """The JSON-ready dict of a speaker entity, tagged with its document.

    Args:
        entity: An entry of a document's speaker table.
        doc_id: Id of the document the entity speaks in.

    Returns:
        A dict with ``id``, ``doc_id``, ``name``, ``kind``, ``role``, ``title``,
        ``affiliation``, ``mentions`` (a list of ``{text, start, end}``) and ``quotes``
        (a list of quote ids).
    """
    data: dict[str, Any] = _converter.unstructure(entity, Entity)
    return {"id": data.pop("id"), "doc_id": doc_id, **data}


def dumps_json(obj: object) -> str:
    """Indented, non-ASCII-preserving JSON for plain values such as a report's dict.

    Args:
        obj: Plain values only (dicts, lists, strings, numbers, booleans, ``None``).

    Returns:
        The JSON text, indented by two spaces.

    Raises:
        TypeError: if ``obj`` holds something JSON cannot represent.
    """
    return json.dumps(obj, indent=2, ensure_ascii=False)


# JSON allows these raw inside strings, but they end a line for str.splitlines, JavaScript
# (before ES2019) and many "universal newline" readers, which would then tear a record in two.
# json.dumps already escapes every C0 control; these are the line breaks left.
_LINE_BREAKS = str.maketrans({"\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def _dumps_line(data: Mapping[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False).translate(_LINE_BREAKS) + "\n"


def write_jsonl(quotes: Iterable[Quote], out: TextIO) -> int:
    """Write one quote per line as JSON.

    Characters outside ASCII are written as they are, except the line breaks U+0085,
    U+2028 and U+2029, written as ``\\u`` escapes so that every reader that splits lines
    (also Python's ``str.splitlines``) sees one record a line.

    Args:
        quotes: The quotes to write.
        out: A text stream; open files with ``encoding="utf-8"``.

    Returns:
        The number of quotes written.
    """
    count = 0
    for quote in quotes:
        out.write(_dumps_line(quote_to_dict(quote)))
        count += 1
    return count


def write_speakers_jsonl(documents: Iterable[Document], out: TextIO) -> int:
    """Write the speaker table of each document, one entity per line.

    Args:
        documents: Analysed documents; each entity line carries its document's id.
        out: A text stream (see :func:`write_jsonl`).

    Returns:
        The number of entities written.
    """
    count = 0
    for document in documents:
        for entity in document.speakers:
            out.write(_dumps_line(entity_to_dict(entity, document.doc_id)))
            count += 1
    return count


def _csv_writer(out: TextIO, *, quote_text: bool = False) -> Any:
    # "\n" rather than csv's "\r\n": output goes to Unix pipes as often as to spreadsheets,
    # and every CSV reader accepts both.
    if quote_text:
        return csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
    return csv.writer(out, lineterminator="\n")


# What a spreadsheet takes for the start of a formula (OWASP, "CSV Injection"). Apostrophes
# before one get a further one too, so that dropping the first apostrophe of a cell that
# matches "'+" and a formula start always gives the text back.
_FORMULA_START = re.compile(r"'*[=+\-@\t\r]")
# C0 controls other than tab and the line breaks: replaced one for one, so lengths still agree
# with the offsets.
_CONTROLS = str.maketrans(dict.fromkeys(set(range(0x20)) - {0x09, 0x0A, 0x0D}, "\ufffd"))


def _text_cell(text: str) -> str:
    """A text safe to open in a spreadsheet: no formula, no raw control character."""
    text = text.translate(_CONTROLS)
    return "'" + text if _FORMULA_START.match(text) else text


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return _text_cell(value)
    return value


def _csv_row(quote: Quote) -> list[object]:
    data = quote_to_dict(quote)
    flat = {key: value for key, value in data.items() if not isinstance(value, dict)}
    for record in ("content", "cue", "speaker"):
        for key, value in (data[record] or {}).items():
            flat[f"{record}_{key}"] = value
    via = data["via"]
    flat["via_name"] = (via["name"] or via["text"]) if via else None
    return [_cell(flat.get(column)) for column in CSV_COLUMNS]


def write_csv_header(out: TextIO) -> None:
    """Write the header row of :data:`CSV_COLUMNS`.

    Use it once before calling :func:`write_csv` with ``header=False`` for each of many
    documents, so the rows of all of them share one header.

    Args:
        out: A text stream; open files with ``newline=""`` and ``encoding="utf-8"``.
    """
    _csv_writer(out).writerow(CSV_COLUMNS)


def write_csv(quotes: Iterable[Quote], out: TextIO, *, header: bool = True) -> int:
    """Write quotes as flat CSV rows, one per quote, with the columns of :data:`CSV_COLUMNS`.

    Missing values are empty cells; booleans are ``true`` / ``false``; ``via_name`` is the
    name of the channel a claim came through, or its text when it has no name. Only the
    full stretch of a split quote's content is written, not its parts.

    The rows are safe to open in a spreadsheet: every text cell is quoted (offsets, sentence
    and paragraph numbers are not); a text cell that starts with ``=``, ``+``, ``-``, ``@``,
    a tab or a carriage return (also after apostrophes) gets a ``'`` in front, so that it is
    not run as a formula. Offsets count from the text without it: the cell without its first
    character, when the cell starts with apostrophes and then one of those six. Control
    characters other than tab, carriage return and line feed are written as U+FFFD, one for
    one, so lengths still agree with the offsets.

    Args:
        quotes: The quotes to write.
        out: A text stream; open files with ``newline=""`` and ``encoding="utf-8"``.
        header: Whether to write the header row first.

    Returns:
        The number of quotes written (the header is not counted).
    """
    if header:
        write_csv_header(out)
    # Every text cell quoted, numbers bare: a line break inside a cell ("\r" too, which
    # QUOTE_MINIMAL leaves bare under a "\n" line end) never splits a row.
    writer = _csv_writer(out, quote_text=True)
    count = 0
    for quote in quotes:
        writer.writerow(_csv_row(quote))
        count += 1
    return count


# -- reading -----------------------------------------------------------------------------


def _format_exception(exc: BaseException, cls: type | None) -> str:
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, _FieldError) or (isinstance(exc, ValueError) and cls is None):
        return str(exc)  # our own messages and the records' validators are readable
    return cattrs.v.format_exception(exc, cls)


def _describe(exc: Exception) -> str:
    messages = []
    for message in cattrs.transform_error(exc, path="$", format_exception=_format_exception):
        text, _, where = message.rpartition(" @ ")
        where = where.removeprefix("$").removeprefix(".")
        messages.append(f"{where}: {text}" if where else text)
    return "; ".join(messages)


def _require_mapping(value: object, where: str, *, optional: bool) -> None:
    if value is None and optional:
        return
    if not isinstance(value, Mapping):
        wanted = "an object or null" if optional else "an object"
        raise GoldFormatError(f"{where}: expected {wanted}, got {value!r}")


def _check_span_text(text: str, start: int, end: int, where: str) -> None:
    if len(text) != end - start:
        raise GoldFormatError(
            f"{where}.text has {len(text)} characters but end - start is {end - start}; "
            "offsets must satisfy original[start:end] == text"
        )


def _spans(quote: Quote) -> Iterator[tuple[str, Content | TextSpan | Cue | Speaker]]:
    yield "content", quote.content
    for index, part in enumerate(quote.content.parts):
        yield f"content.parts[{index}]", part
    for where, span in (("cue", quote.cue), ("speaker", quote.speaker), ("via", quote.via)):
        if span is not None:
            yield where, span


def _filled(data: Mapping[str, Any]) -> dict[str, Any]:
    """``data`` with the optional keys of a hand-written file given their defaults."""
    fields = dict(data)
    content = fields.get("content")
    if content is None:
        raise GoldFormatError("content: required field missing (an object with text, start, end)")
    _require_mapping(content, "content", optional=False)
    missing = [key for key in _SPAN_KEYS if key not in content]
    if missing:
        raise GoldFormatError(f"content: lacks {', '.join(missing)}")
    fields.setdefault("attribution", "none")
    fields.setdefault("sentence", 0)
    fields.setdefault("paragraph", 0)
    fields.setdefault("cue", None)
    fields.setdefault("speaker", None)
    for key in ("cue", "speaker", "via"):
        _require_mapping(fields.get(key), key, optional=True)
    cue = fields["cue"]
    if cue is not None and "lemma" not in cue and isinstance(cue.get("text"), str):
        fields["cue"] = {**cue, "lemma": cue["text"].lower()}
    return fields


def quote_from_dict(data: Mapping[str, Any]) -> Quote:
    """Read a quote from its JSON dict, filling what a hand-written file may leave out.

    Missing ``id`` becomes :meth:`Quote.make_id` of the content, ``attribution`` becomes
    ``"none"``, ``sentence`` and ``paragraph`` become 0, ``cue`` and ``speaker`` become
    ``None``; a cue without ``lemma`` takes its lower-cased text, and a speaker's
    ``name``, ``kind``, ``role`` ... take the record defaults. Unknown keys are ignored.

    Args:
        data: One decoded JSON object.

    Returns:
        The quote.

    Raises:
        GoldFormatError: if ``data`` is not an object, lacks ``kind`` or ``content`` with
            ``text``, ``start`` and ``end``, holds a value of the wrong type or an unknown
            enum value, has a span whose ``end`` is before its ``start``, or a span whose
            ``text`` is not ``end - start`` characters long.
    """
    _require_mapping(data, "quote", optional=False)
    fields = _filled(data)
    make_id = fields.get("id") is None
    if make_id:
        fields["id"] = ""  # replaced by Quote.make_id once the content is read
    try:
        quote = _converter.structure(fields, Quote)
    except (cattrs.ClassValidationError, cattrs.IterableValidationError) as exc:
        raise GoldFormatError(_describe(exc)) from exc
    for where, span in _spans(quote):
        _check_span_text(span.text, span.start, span.end, where)
    if make_id:
        quote = attrs.evolve(quote, id=Quote.make_id(quote.content))
    return quote


def _numbered_lines(
    source: str | os.PathLike[str] | Iterable[str], name: str
) -> Iterator[tuple[int, str]]:
    if not isinstance(source, (str, os.PathLike)):
        for number, line in enumerate(source, start=1):
            yield number, line.removeprefix("\ufeff") if number == 1 else line
        return
    with open(source, "rb") as stream:
        raw = stream.read()
    # Split on "\n" only: JSON escapes every line break of its own, but str.splitlines
    # would also break on U+2028 or U+0085 inside a string value.
    for number, chunk in enumerate(raw.split(b"\n"), start=1):
        if number == 1:
            chunk = chunk.removeprefix(b"\xef\xbb\xbf")
        try:
            yield number, chunk.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise GoldFormatError(
                f"{name}:{number}: not valid UTF-8 (byte 0x{chunk[exc.start]:02x} at byte "
                f"{exc.start + 1} of the line); save the file as UTF-8"
            ) from None


def read_quotes(
    source: str | os.PathLike[str] | Iterable[str], *, name: str | None = None
) -> list[Quote]:
    """Read quotes from JSON Lines, as written by :func:`write_jsonl` or by hand.

    Each line holds one quote object (see :func:`quote_from_dict` for the keys that may be
    left out). Blank lines and lines starting with ``//`` are skipped. A UTF-8 byte order
    mark at the start is ignored.

    Args:
        source: A path (``str`` or path-like) to a UTF-8 file, or an iterable of lines
            such as an open text file or a list of strings.
        name: What to call the source in error messages; defaults to the path, the
            stream's ``name``, or ``<lines>``.

    Returns:
        The quotes, in file order.

    Raises:
        GoldFormatError: naming the file, the line number and the problem, if a line is not
            JSON, not a JSON object, or not a valid quote; or if the file is not UTF-8.
        OSError: if the file cannot be opened.
    """
    if name is None:
        if isinstance(source, (str, os.PathLike)):
            name = os.fspath(source)
        else:
            name = str(getattr(source, "name", "<lines>"))
    quotes = []
    for number, line in _numbered_lines(source, name):
        stripped = line.strip()
        if not stripped or stripped.startswith("//"):
            continue
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise GoldFormatError(
                f"{name}:{number}: not JSON ({exc.msg} at column {exc.colno}); "
                "each line must hold one JSON object"
            ) from None
        if not isinstance(data, dict):
            raise GoldFormatError(
                f"{name}:{number}: expected a JSON object, got {type(data).__name__}"
            )
        try:
            quotes.append(quote_from_dict(data))
        except GoldFormatError as exc:
            raise GoldFormatError(f"{name}:{number}: {exc}") from exc
    return quotes
