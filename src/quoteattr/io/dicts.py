"""Quote and entity records to and from plain dicts: the one converter every format uses.

:func:`quote_to_dict` gives the JSON layout of a quote (see :mod:`quoteattr.io`);
:func:`quote_from_dict` reads it back, strictly, filling what a hand-written gold file may
leave out and naming each problem with its place in the record. :func:`pack_record` and
:func:`unpack_record` carry any record through msgpack, spaCy's binary format, as that dict.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from enum import Enum
from typing import Any

import attrs
import cattrs

from ..errors import GoldFormatError
from ..records import Content, Cue, Document, Entity, Provenance, Quote, Speaker, TextSpan

# The key order of a written quote: the contract's order, not the attrs field order.
_QUOTE_KEYS = (
    "id",
    "doc_id",
    "kind",
    "content",
    "cue",
    "speaker",
    "attribution",
    "confidence",
    "sentence",
    "paragraph",
    "via",
    "parent",
    "context",
    "provenance",
)
_SPAN_KEYS = ("text", "start", "end")
SOURCE_FIELDS = ("role_source", "title_source", "affiliation_source")
"""The fields of a speaker or entity that say where its role, title and affiliation were read."""


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


def _structure_float(value: Any, _cls: type[float]) -> float:
    # As for int: "0.9" and true are errors to report, not numbers to guess.
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _FieldError(f"expected a number, got {value!r}")
    return float(value)


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
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook(Enum, _structure_enum)
    converter.register_unstructure_hook(str, _unstructure_str)
    converter.register_unstructure_hook(Enum, lambda member: member.value)
    return converter


_converter = _make_converter()


# -- records to dicts ----------------------------------------------------------------------


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
        ``affiliation``, ``mentions`` (a list of ``{text, start, end}``), ``quotes``
        (a list of quote ids) and ``role_source``, ``title_source``, ``affiliation_source``
        (each ``{text, start, end}`` or null).
    """
    data: dict[str, Any] = _converter.unstructure(entity, Entity)
    return {"id": data.pop("id"), "doc_id": doc_id, **data}


# -- dicts to records ----------------------------------------------------------------------


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
    for where, span in (
        ("cue", quote.cue),
        ("speaker", quote.speaker),
        ("via", quote.via),
        ("context", quote.context),
    ):
        if span is not None:
            yield where, span
    for where, speaker in (("speaker", quote.speaker), ("via", quote.via)):
        for field, source in _sources(speaker):
            yield f"{where}.{field}", source


def _sources(speaker: Speaker | None) -> Iterator[tuple[str, TextSpan]]:
    """The words a speaker's role, title and affiliation were read from, by field name."""
    if speaker is None:
        return
    for field in SOURCE_FIELDS:
        source = getattr(speaker, field)
        if source is not None:
            yield field, source


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
    for key in ("cue", "speaker", "via", "context", "provenance"):
        _require_mapping(fields.get(key), key, optional=True)
    cue = fields["cue"]
    if cue is not None and "lemma" not in cue and isinstance(cue.get("text"), str):
        fields["cue"] = {**cue, "lemma": cue["text"].lower()}
    return fields


def quote_from_dict(data: Mapping[str, Any]) -> Quote:
    """Read a quote from its JSON dict, filling what a hand-written file may leave out.

    Missing ``id`` becomes :meth:`Quote.make_id` of the content and ``doc_id``,
    ``context`` and ``provenance`` become ``None``, ``confidence`` becomes 1.0,
    ``attribution`` becomes ``"none"``, ``sentence`` and ``paragraph`` become 0, ``cue`` and
    ``speaker`` become ``None``; a cue without ``lemma`` takes its lower-cased text, and a speaker's
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
        quote = attrs.evolve(quote, id=Quote.make_id(quote.content, quote.doc_id))
    return quote


# -- records in spaCy's binary format -------------------------------------------------------

# The key that marks a packed record, and the records it may name.
_RECORD_TAG = "__quoteattr__"
_PACKED = (TextSpan, Content, Cue, Speaker, Provenance, Quote, Entity, Document)
_RECORDS: dict[str, type] = {cls.__name__: cls for cls in _PACKED}


def pack_record(obj: object, chain: Callable[[object], object] | None = None) -> object:
    """A record as a tagged dict of plain values, for msgpack (a ``srsly`` encoder).

    Registered by :mod:`quoteattr.component`, so that ``Doc.to_bytes()``, ``DocBin`` and
    ``nlp.pipe(..., n_process=2)`` carry ``Doc._.quotes`` and ``Doc._.speakers``.

    Args:
        obj: An object msgpack cannot pack by itself.
        chain: The encoder registered before this one, for objects that are not records.

    Returns:
        ``{"__quoteattr__": <class name>, "record": <the record's dict>}`` for a record,
        else what ``chain`` makes of ``obj``.
    """
    if isinstance(obj, _PACKED):
        return {_RECORD_TAG: type(obj).__name__, "record": _converter.unstructure(obj)}
    return obj if chain is None else chain(obj)


def unpack_record(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    """The record that :func:`pack_record` packed (a ``srsly`` decoder).

    Args:
        obj: A dict msgpack has just read.
        chain: The decoder registered before this one, for dicts that are not records.

    Returns:
        The record, else what ``chain`` makes of ``obj``.

    Raises:
        GoldFormatError: if a tagged dict does not hold a record of this quoteattr version.
    """
    tag = obj.get(_RECORD_TAG) if isinstance(obj, dict) else None
    if not isinstance(tag, str) or tag not in _RECORDS:
        return obj if chain is None else chain(obj)
    try:
        return _converter.structure(obj.get("record"), _RECORDS[tag])
    except (cattrs.ClassValidationError, cattrs.IterableValidationError) as exc:
        raise GoldFormatError(
            f"a packed {tag} does not fit this version of quoteattr: {_describe(exc)}"
        ) from exc
