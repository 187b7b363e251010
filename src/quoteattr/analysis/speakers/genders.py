"""What an article says of an entity's gender, and what its first name suggests.

Pronoun resolution asks both: the gender the article states (an honorific, an earlier
``he`` or ``she``, a gendered noun said of the entity: ``a spokeswoman``, ``his mother,
Rosa Diaz``) decides which entities a pronoun can refer to; the gender a first name
suggests only breaks a tie between entities the article's words do not tell apart. Neither
is ever written into a record.
"""

from __future__ import annotations

from ...lexicon import Lexicon
from ..labels import APPOSITION, COMPOUND
from ..layout import Layout
from .clusters import ClusterTable

_BESIDE = frozenset({APPOSITION, COMPOUND})


class Genders:
    """The genders of a document's entities, read as resolution asks (internal).

    Args:
        layout: The parsed text.
        table: The entities being built.
        lexicon: Language data (gendered nouns, first names).
    """

    def __init__(self, layout: Layout, table: ClusterTable, lexicon: Lexicon) -> None:
        self._table = table
        self._lexicon = lexicon
        self._beside_nouns = _beside_gendered_nouns(layout, lexicon)
        # Per cluster: how many of its mentions were read, and the gender they state.
        self._read: dict[int, tuple[int, str | None]] = {}

    def stated(self, index: int) -> str | None:
        """The gender the article states for entity ``index``, or None.

        Notes:
            An honorific or an earlier resolved pronoun (the cluster's own gender), else a
            gendered noun used as its role or beside one of its names. Mentions only join
            a cluster, so each is read once.
        """
        cluster = self._table.clusters[index]
        if cluster.gender is not None:
            return cluster.gender
        read, found = self._read.get(index, (0, None))
        nouns = self._lexicon.gendered_nouns
        for mention in cluster.mentions[read:]:
            if found is not None:
                break
            found = self._beside_nouns.get(mention.head) or nouns.get(mention.role_head or "")
        self._read[index] = (len(cluster.mentions), found)
        return found

    def by_first_name(self, index: int) -> str | None:
        """The gender the first word of entity ``index``'s fullest name is given to, when
        that name has a first name and the lexicon's table holds it; else None."""
        words = self._table.clusters[index].name_words
        if len(words) < 2:
            return None  # a surname alone ("Warren") is no first name
        return self._lexicon.first_name_genders.get(words[0])


def _beside_gendered_nouns(layout: Layout, lexicon: Lexicon) -> dict[int, str]:
    """Tokens in apposition to, or named after, a gendered noun, with its gender.

    ``Rosa Diaz, his mother`` and ``his mother, Rosa Diaz`` (apposition either way round) and
    ``spokeswoman Ana Ruiz`` (the noun a compound of the name).
    """
    nouns = lexicon.gendered_nouns
    doc = layout.doc
    found: dict[int, str] = {}
    # Found from the LOWER column: a Token is made only for the nouns themselves.
    for i in layout.indexes_of(frozenset(nouns)):
        token = doc[i]
        gender = nouns[token.lower_]
        if token.dep_ in _BESIDE:
            found.setdefault(token.head.i, gender)
        for child in token.children:
            if child.dep_ == APPOSITION:
                found.setdefault(child.i, gender)
    return found
