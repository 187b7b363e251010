"""The entities being built while a document's mentions are read, and their indexes.

A :class:`Cluster` keeps what resolution asks of it (its kind, fullest name, roles, first
role, title and affiliation) current as mentions join, so asking costs nothing however
many mentions it has. (What the records say of an entity's role, title and affiliation is
chosen from all its mentions by :mod:`.attributes`.) :class:`ClusterTable` indexes the
clusters by name, first and last name word, the short substrings of the names of those
that are no person, and every placed mention by offset, so that finding where a mention
belongs reads the few clusters that could match, not all of them.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Sequence, Set

import attrs

from ...records import Resolution, SpeakerKind
from ..intervals import OffsetRuns
from .mentions import Mention

_FIRST_FIELDS = ("role", "title", "affiliation")
_GRAM = 3
"""Substrings of this many characters of every name are indexed (see
:meth:`ClusterTable.body_candidates`). Any size finds every match (candidates are
checked); three keeps the postings short without indexing many substrings per name."""
_NAMES_CACHED = 4096
"""Names whose words are remembered: a few articles' people and bodies."""
_NONE: frozenset[int] = frozenset()
_Change = Callable[[dict[str, set[int]], Iterable[str], int], None]


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
"""Apostrophe variants folded to one: an article may spell a name "O'Neill" in one place
and "O\u2019Neill" in another (typed and typeset copy mixed), and both name one person."""


@functools.lru_cache(maxsize=_NAMES_CACHED)
def name_tokens(name: str) -> tuple[str, ...]:
    """The casefolded words of a name, without edge full stops and commas, with one
    apostrophe for all its variants (remembered: an article repeats its names)."""
    words = name.translate(_APOSTROPHES).split()
    return tuple(w.strip(".,").casefold() for w in words if w.strip(".,"))


@attrs.define
class Cluster:
    """An entity being built (mutable while a document is read; internal).

    Add mentions with :meth:`add` only: the summaries below are kept by it.
    """

    mentions: list[Mention] = attrs.Factory(list)
    gender: str | None = None
    name_words: tuple[str, ...] = ()
    """The casefolded words of :attr:`name`, kept current by :meth:`add`."""
    neuter: bool = False
    """Referred to as "it": a body, whatever a guess from the name said."""
    _name: str | None = None
    _people: int = 0
    _guessed_people: int = 0
    _titled_person: bool = False
    _named_kind: SpeakerKind | None = None
    _kind_fullness: tuple[int, int, str] = (0, 0, "")
    _name_fullness: tuple[int, int, str] = (0, 0, "")
    _known_kind: SpeakerKind | None = None
    _role_heads: set[str] = attrs.Factory(set)
    _plural: bool = False
    """A plural mention with no name was added ("the delegates")."""
    _plural_surnames: set[str] = attrs.Factory(set)
    """The last words of named mentions in the plural with no role noun ("Sanders" tagged
    as a plural noun, "the Lindqvists"; not "my parents, James and Olive")."""
    _single_surnames: set[str] = attrs.Factory(set)
    """The last words of named mentions in the singular."""
    _first: dict[str, tuple[int, str]] = attrs.Factory(dict)

    @property
    def guessed(self) -> bool:
        """Every person reading of this entity rests on a guess from the shape of its name."""
        return self._people > 0 and self._guessed_people == self._people

    @property
    def kind(self) -> SpeakerKind:
        """Person when a gender or a titled person mention says so, else the kind of the
        named mention of known kind with the fullest name (the first of equals), else of
        the first mention of known kind.

        Notes:
            A headline may get a person's surname labelled as an organisation ("The real
            Trump showed up"); the full name the article gives later says who it is.
        """
        if self.gender is not None or self._titled_person:
            return SpeakerKind.PERSON
        if self.neuter and self.guessed:
            return SpeakerKind.ORGANIZATION
        if self._named_kind is not None:
            return self._named_kind
        return self._known_kind if self._known_kind is not None else SpeakerKind.UNKNOWN

    @property
    def name(self) -> str | None:
        """The fullest name among the mentions (most words, then most characters)."""
        return self._name

    def add(self, mention: Mention) -> None:
        """Take in a mention, keeping the words of the fullest name and the summaries current."""
        self.mentions.append(mention)
        fullness = _fullness(mention.name) if mention.name else None
        if mention.kind is SpeakerKind.PERSON:
            self._people += 1
            self._guessed_people += mention.guessed
            self._titled_person = self._titled_person or bool(mention.title)
        if mention.kind is not SpeakerKind.UNKNOWN:
            if self._known_kind is None:
                self._known_kind = mention.kind
            if fullness is not None and (
                self._named_kind is None or fullness > self._kind_fullness
            ):
                self._named_kind = mention.kind
                self._kind_fullness = fullness
        if mention.role_head:
            self._role_heads.add(mention.role_head)
        surname = name_tokens(mention.name)[-1:] if mention.name else ()
        if mention.plural and not mention.pronoun:
            if surname and mention.role_head is None:
                self._plural_surnames.update(surname)  # the name itself tagged plural
            else:
                self._plural = True
        elif not mention.plural:
            self._single_surnames.update(surname)
        for field in _FIRST_FIELDS:
            value = getattr(mention, field)
            if value and (field not in self._first or mention.start < self._first[field][0]):
                self._first[field] = (mention.start, value)
        if fullness is not None and (self._name is None or fullness > self._name_fullness):
            self._name = mention.name
            self._name_fullness = fullness
            self.name_words = name_tokens(self._name)

    def first(self, field: str) -> str | None:
        """The value of ``field`` at the earliest mention (in the text) that has one."""
        if field in _FIRST_FIELDS:
            found = self._first.get(field)
            return found[1] if found is not None else None
        values = [
            getattr(m, field)
            for m in sorted(self.mentions, key=lambda m: m.start)
            if getattr(m, field)
        ]
        return values[0] if values else None

    @property
    def role_heads(self) -> Set[str]:
        return self._role_heads

    @property
    def plural(self) -> bool:
        """Some mention is plural: one with no name, or a name tagged plural whose last
        word the entity's singular names do not end with (a plural-tagged surname of a
        person named singly elsewhere, before or after, is that person; "the Lindqvists"
        are a family)."""
        return self._plural or not self._plural_surnames <= self._single_surnames


def _fullness(name: str) -> tuple[int, int, str]:
    return len(name.split()), len(name), name


@attrs.frozen
class Resolved:
    """A speaker mention with the entity it was tied to."""

    mention: Mention
    cluster: int | None
    resolution: Resolution


@attrs.frozen
class Placed:
    """A mention in a cluster, as the offset index holds it."""

    mention: Mention
    cluster: int


class ClusterTable:
    """The clusters of a document with the indexes resolution looks them up by.

    Attributes:
        clusters: The clusters, in order of creation (their index is their id).
    """

    def __init__(self, name_suffixes: frozenset[str] = frozenset()) -> None:
        """
        Args:
            name_suffixes: Generational suffixes, casefolded without full stops ("jr"):
                a name ending in one is looked up by the word before it ("Mr. Ostrander"
                finds "T. Warren Ostrander Jr.").
        """
        self._suffixes = name_suffixes
        self.clusters: list[Cluster] = []
        self._exact: dict[str, set[int]] = {}  # words joined by a space
        self._first_word: dict[str, set[int]] = {}
        self._last_word: dict[str, set[int]] = {}
        self._surname: dict[str, set[int]] = {}
        # The substrings of the names of the clusters in ``_bodies`` (see body_candidates).
        self._bodies: set[int] = set()
        self._grams: dict[str, set[int]] = {}
        self._prefixes: dict[str, set[int]] = {}  # the first three characters
        self._short_prefixes: dict[str, set[int]] = {}  # names of one or two characters
        self._placed: OffsetRuns[Placed] = OffsetRuns()

    def new(self) -> int:
        """Open an empty cluster; returns its index."""
        self.clusters.append(Cluster())
        return len(self.clusters) - 1

    def add(self, index: int, mention: Mention) -> None:
        """Add ``mention`` to the cluster at ``index`` and to the indexes.

        A cluster's name is indexed by its substrings only while the cluster is no person
        (:meth:`body_candidates`): most named clusters are people, and their many
        substrings are never asked for.
        """
        cluster = self.clusters[index]
        before = cluster.name
        cluster.add(mention)
        name = cluster.name
        was_body = index in self._bodies
        body = name is not None and cluster.kind is not SpeakerKind.PERSON
        if name != before:
            if before is not None:
                self._index_name(index, before, _drop)
                if was_body:
                    self._index_substrings(index, before, _drop)
            assert name is not None
            self._index_name(index, name, _put)
            if body:
                self._index_substrings(index, name, _put)
        elif body != was_body and name is not None:
            self._index_substrings(index, name, _put if body else _drop)
        if body:
            self._bodies.add(index)
        else:
            self._bodies.discard(index)
        self._placed.add(mention.start, Placed(mention, index))

    def same_name(self, words: Sequence[str]) -> set[int]:
        """Clusters whose name has exactly these words."""
        return self._exact.get(" ".join(words), set())

    def same_last_word(self, word: str) -> set[int]:
        """Clusters whose name's last word (casefolded) is ``word``."""
        return self._last_word.get(word, set())

    def with_surname(self, word: str) -> set[int]:
        """Clusters whose name has two words or more, the last one ``word`` (as written)."""
        return self._surname.get(word, set())

    def same_first_word(self, word: str) -> set[int]:
        """Clusters whose name's first word (casefolded) is ``word``."""
        return self._first_word.get(word, set())

    def body_candidates(self, joined: str) -> set[int]:
        """Every cluster that is no person (of the kind it had when its last mention was
        added) whose joined name words hold ``joined`` or are held by it, and some others
        (check the candidates, and their kind).

        Notes:
            Resolution asks this while it places names and descriptions, when only
            :meth:`add` makes a cluster no person (an honorific's gender, set beside it,
            makes one a person; a neuter pronoun is read after). Names are indexed by each
            of their three-character substrings and by their first three characters. A
            name holding ``joined`` holds its rarest three-character piece (or all of it,
            when that long); a name held by it starts with one of ``joined``'s pieces of up
            to three characters. A ``joined`` of one
            or two characters ("UN") is looked for in every name: such names are few, and
            indexing every short piece of every name cost more than these look-ups.
        """
        if not joined:
            return set()
        if len(joined) < _GRAM:
            holding = {i for i in self._bodies if joined in " ".join(self.clusters[i].name_words)}
        elif len(joined) == _GRAM:
            holding = set(self._grams.get(joined, ()))
        else:
            postings = [
                self._grams.get(joined[i : i + _GRAM], _NONE)
                for i in range(len(joined) - _GRAM + 1)
            ]
            holding = set(min(postings, key=len))
        for i in range(len(joined) - _GRAM + 1):
            holding.update(self._prefixes.get(joined[i : i + _GRAM], ()))
        if self._short_prefixes:  # most texts name no one in one or two characters
            for size in range(1, _GRAM):
                for i in range(len(joined) - size + 1):
                    holding.update(self._short_prefixes.get(joined[i : i + size], ()))
        return holding

    def placed_before(self, end: int, floor: int | None) -> Iterator[list[Placed]]:
        """The placed mentions starting at ``floor`` or later and before ``end``, latest
        first, in groups of equal start (each group in order of addition)."""
        return self._placed.before(end, floor)

    def _index_name(self, index: int, name: str, change: _Change) -> None:
        """Put the cluster at ``index`` under, or drop it from, every key of ``name`` but
        its substrings."""
        words = name_tokens(name)
        written = name.split()
        if len(words) > 1 and words[-1] in self._suffixes:
            written = written[:-1]
            change(self._last_word, (words[-2],), index)
        if words:
            change(self._exact, (" ".join(words),), index)
            change(self._first_word, (words[0],), index)
            change(self._last_word, (words[-1],), index)
        if len(written) > 1:
            change(self._surname, (written[-1],), index)

    def _index_substrings(self, index: int, name: str, change: _Change) -> None:
        """Put the cluster at ``index`` under, or drop it from, the substrings of ``name``
        that :meth:`body_candidates` looks up."""
        joined = " ".join(name_tokens(name))
        if joined:
            short = len(joined) < _GRAM
            change(self._short_prefixes if short else self._prefixes, (joined[:_GRAM],), index)
            # A set: a name may repeat a piece, indexed once.
            grams = {joined[i : i + _GRAM] for i in range(len(joined) - _GRAM + 1)}
            change(self._grams, grams, index)


def _put(table: dict[str, set[int]], keys: Iterable[str], index: int) -> None:
    for key in keys:
        # A set is made only for a new key (``setdefault`` would make one every time).
        entries = table.get(key)
        if entries is None:
            table[key] = {index}
        else:
            entries.add(index)


def _drop(table: dict[str, set[int]], keys: Iterable[str], index: int) -> None:
    for key in keys:
        entries = table.get(key)
        if entries is not None:
            entries.discard(index)
            if not entries:
                del table[key]
