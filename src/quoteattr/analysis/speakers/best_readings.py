"""An entity's readings of its role, title and affiliation, and the most specific chosen.

Every mention of an entity, every description that re-mentions it and every clause that
states its capacity offers readings of its fields (:mod:`.attributes` gathers them);
:meth:`EntityAttributes.best` chooses one per field, the same for every record of the
entity: an organisation over a place, an office over an occupation, a modified value over
its bare head, then the introduction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from .sources import Source


@attrs.frozen
class Reading:
    """One value of a field as one mention states it (internal)."""

    value: str
    source: Source
    at: int
    """Where the mention starts."""
    words: tuple[str, ...]
    """The value's casefolded words, for telling a more specific value from a bare one."""
    occupation: bool = False
    """A role read off an occupation noun ("businessman"), not an office or position."""
    generic: bool = False
    """A role naming no particular office: one noun any holder may be called ("leader"),
    or a capacity held against another ("rival")."""


_Test = Callable[[Reading], bool]


@attrs.frozen
class EntityAttributes:
    """Every reading of an entity's role, title and affiliation (internal)."""

    role: tuple[Reading, ...] = ()
    title: tuple[Reading, ...] = ()
    affiliation: tuple[Reading, ...] = ()

    def best(self, field: str) -> Reading | None:
        """The most specific reading of ``field``: the entity's value for every record.

        Args:
            field: ``"role"``, ``"title"`` or ``"affiliation"``.

        Returns:
            The chosen reading, or None when no mention states the field.

        Notes:
            "Most specific" is decided in this order, each step keeping only the best:

            1. for an affiliation, a body, party or team over a place: a country, state or
               city may be only where someone lives; an organisation is what they speak for;
               for a role, an office or position over an occupation ("candidate" over "New
               York businessman"): what someone does for a living is not the capacity
               they speak in when the article names one; then any role over one that
               names no particular office ("President" over "leader", which a headline
               uses for want of room, "senator" over "well-organized rival");
            2. a value over one whose words it holds with modifiers: "Deputy Commissioner"
               over "commissioner", "former governor" over "governor";
            3. the earliest mention: news style identifies a person fully at first
               reference and shortens later ones (AP Stylebook, "titles"), so the
               introduction states the capacity the article means.

            Measured on the speech gold sets A-H (``benchmarks/attribute_accuracy.py``), two
            other tie-breaks did worse than the earliest mention: the mention nearest the
            quote (late mentions are shorter and more often misread, "Obama the hopeful"),
            and a role read together with an affiliation ("Republican nominee" read off a
            misattached appositive).
        """
        readings: Sequence[Reading] = getattr(self, field)
        if not readings:
            return None
        kept = list(readings)
        if field == "affiliation":
            kept = _top(kept, lambda r: not r.source.place)
        if field == "role":
            kept = _top(kept, lambda r: not r.occupation)
            kept = _top(kept, lambda r: not r.generic)
        # Compared as distinct values: an entity mentioned a thousand times has few of them.
        values = {r.words for r in kept}
        held = {words for words in values if any(_inside(words, other) for other in values)}
        kept = [r for r in kept if r.words not in held]
        return min(kept, key=lambda r: r.at)


def _top(readings: Sequence[Reading], good: _Test) -> list[Reading]:
    """The readings that pass ``good``, or all of them when none does."""
    passing = [r for r in readings if good(r)]
    return passing or list(readings)


def _inside(words: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """``words`` are a contiguous run of the longer ``other``."""
    size = len(words)
    if not size or size >= len(other):
        return False
    return any(other[i : i + size] == words for i in range(len(other) - size + 1))
