"""The tokenizer's cache, filled outside the memory zones a corpus run parses in.

spaCy's rule-based tokenizer remembers how it split each chunk of text between spaces
("said,", "Kessler's", "(AP)"), for up to ``max_cache_size`` chunks (10,000 by default), and
looks a chunk up there before it tries its prefix, suffix and infix rules. Inside a memory
zone it remembers nothing, since a chunk's lexemes may be freed with the zone. quoteattr parses
every batch in a zone (:mod:`.batches`), so every chunk of every article went through the
rules again: on news, tokenizing without the cache costs about three times as much as with
it, some 2% of the whole parse, which a plain ``nlp.pipe`` over the same corpus does not pay.

:class:`ChunkCache` gives the cache back. After each batch, outside the zone, the tokenizer
is shown the chunks of the batch it has not been shown yet, until it has been shown as many
as its cache holds: the first chunks of the corpus, as a plain run caches them. Each chunk
is shown on its own: within one string, the tokenizer caches no chunk after the first that
is a special case ("Mr.", "don't"), so chunks shown joined together filled a small part of
the cache. Tokenizing a batch in its zone then cost more than twice as much (measured on 500
PolNeAR articles: 5.3 ms an article, against 2.4 with the chunks shown one by one). Their strings
stay in the vocabulary, a bounded amount (at most ``max_cache_size`` chunks of at most
:data:`LONGEST_CHUNK` characters, and their parts), so memory stays flat in corpus size.
The tokens are the same with or without the cache.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokenizer import Tokenizer

from .documents import input_problem

LONGEST_CHUNK = 40
"""Longer chunks are not shown: a word is shorter, and the rules' cost grows with length."""


class ChunkCache:
    """What the tokenizer of ``nlp`` has been shown outside a memory zone (mutable state).

    A pipeline whose tokenizer is not spaCy's rule-based one (it has no such cache) is
    shown nothing.
    """

    def __init__(self, nlp: Language) -> None:
        tokenizer = nlp.tokenizer
        self._vocab = nlp.vocab
        self._tokenizer = tokenizer if isinstance(tokenizer, Tokenizer) else None
        self.room: int = self._tokenizer.max_cache_size if self._tokenizer is not None else 0
        """How many chunks are shown at most."""
        self.shown: set[str] = set()

    def learn(self, texts: Iterable[object]) -> None:
        """Show the tokenizer the chunks of ``texts`` it has not been shown, up to
        :attr:`room`; nothing inside a memory zone, where it would keep none. A text the
        parser was not given (:func:`~.documents.input_problem`) is passed over; never
        raises."""
        if self._tokenizer is None or len(self.shown) >= self.room:
            return
        if self._vocab.in_memory_zone:  # type: ignore[attr-defined]  # Cython, no stub
            return
        shown, new = self.shown, []
        for chunk in _chunks(texts):
            if chunk not in shown:
                shown.add(chunk)
                new.append(chunk)
                if len(shown) >= self.room:
                    break
        # One chunk at a time: within one string, the tokenizer caches no chunk after the
        # first that is a special case ("Mr.", "don't"), and most batches have one early.
        # Only a saving: whatever the tokenizer raises, the run goes on without it.
        with contextlib.suppress(Exception):
            for chunk in new:
                self._tokenizer(chunk)


def _chunks(texts: Iterable[object]) -> Iterator[str]:
    """The chunks of at most :data:`LONGEST_CHUNK` characters of the texts the parser was
    given (not one with an :func:`~.documents.input_problem`), read a text at a time."""
    for text in texts:
        if input_problem(text) is None:
            assert isinstance(text, str)  # as input_problem checked
            yield from (chunk for chunk in text.split() if len(chunk) <= LONGEST_CHUNK)
