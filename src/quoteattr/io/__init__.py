"""JSON, JSON Lines and CSV for quoteattr's records: the only package that serializes them.

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

One converter (:mod:`.dicts`) turns records into plain dicts and back; :mod:`.jsonl` writes
and reads JSON Lines, :mod:`.csv_rows` writes CSV. Import from here.
"""

from __future__ import annotations

from .csv_rows import CSV_COLUMNS, write_csv, write_csv_header
from .dicts import entity_to_dict, quote_from_dict, quote_to_dict
from .jsonl import dumps_json, read_quotes, write_jsonl, write_speakers_jsonl

__all__ = [
    "CSV_COLUMNS",
    "dumps_json",
    "entity_to_dict",
    "quote_from_dict",
    "quote_to_dict",
    "read_quotes",
    "write_csv",
    "write_csv_header",
    "write_jsonl",
    "write_speakers_jsonl",
]
