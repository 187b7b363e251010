"""Who a passage is about: the speaker a quote with no cue of its own belongs to.

A passage is the text before a floating quote in its own paragraph and the paragraph before
that one, unless that paragraph is a heading. Three kinds of event name its current speaker:
a statement that has a speaker (the event is where the statement and its speaker end), a
person introduced as the subject of a main clause outside every statement's content (``Nurse
Amara Diallo has worked nights for years.``), and a name said to speak in a clause of any
rank there (``..., since Diallo spoke only briefly.``). The latest event wins; a person introduced
together with another (``Ruiz and Chen met on Monday.``) leaves the passage without one.
A name right beside the quote, as the subject of a verb no cue list holds (``Ruiz shot back,
"..."``, ``"...?" Ruiz pressed.``), comes before any event.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence

import attrs
import numpy
from spacy.tokens import Span, Token

from ...lexicon import Lexicon
from ...records import Attribution, QuoteKind
from ..intervals import Intervals
from ..labels import COMPOUND, CONJUNCT, NOMINAL_SUBJECTS, ROOT
from ..layout import Layout, any_of
from ..syntax import DASHES, SINGULAR_NOUN
from ..values import Draft
from .message_source import message_source
from .predicates import main_subject

_PERSON = "PERSON"
_PROPER_NOUN = "PROPN"
_PRONOUN = "PRON"
_NOUN = "NOUN"
_PARTICLES = frozenset({"ADP", "ADV", "PART"})
_INTRODUCING = frozenset({",", ":"}) | DASHES
"""Punctuation between an introducing clause and the quote it introduces: a comma, a colon,
or a dash ("When Ruiz wrapped up — "..." —")."""
_VERB = "VERB"
_VERBS = frozenset({_VERB, "AUX"})
_MAIN_VERB = frozenset({_VERB})
_HEADING_MAX_WORDS = 12
"""Longest heading: a short line with no closing punctuation (a subhead, a dateline label)."""
PARAGRAPH_OPENING = " \t\n\r\u00a0\"'\u201c\u2018\u00ab"
"""What may stand before a quote that opens its paragraph: space and opening marks."""
_SIGNATURE_DASHES = frozenset("-\u2013\u2014")
"""What opens a signature line under a quote (``- Ruiz.``, ``\u2014 Ruiz``)."""
_SIGNED_QUOTE_TAIL = " \t.,!?\"'\u201d\u2019\u00bb"
"""What may stand between a signed quote's content and its paragraph's end."""
_CLOSING = frozenset(".!?:;\"'\u201d\u2019\u00bb)\u2026")


@attrs.frozen
class _Event:
    """Where a passage names a speaker: the character offset it is read at and the
    speaker's head token (None: two people introduced at once, no one speaker)."""

    at: int
    speaker: int | None


class Passages:
    """The events of a text that name a current speaker, indexed by offset.

    Built once per text; the people introduced as subjects are read in the passage of each
    floating quote that asks for them (most of a text is in no such passage), and the
    statements are asked for through a callable, as they are settled, so each floating
    quote looks back over its passage only.
    """

    def __init__(self, layout: Layout, drafts: Sequence[Draft], lexicon: Lexicon) -> None:
        self.layout = layout
        self.lexicon = lexicon
        contents = Intervals([p for d in drafts for p in d.parts])
        self._in_content = lambda c: bool(contents.overlapping(c, c + 1))
        # The entities' ends and starts (in order, as the entities are), the pronouns of a
        # person and the words that may introduce someone, read at the first passage that
        # asks for them.
        self._entity_ends: list[int] | None = None
        self._entity_starts: list[int] = []
        self._people: frozenset[str] = frozenset()
        self._candidates: list[int] = []

    def speaker(self, draft: Draft, statement: Callable[[int], Draft | None]) -> int | None:
        """The current speaker of the passage before a floating quote, or None.

        Args:
            draft: The floating quote.
            statement: Given the offset where the passage starts, the last top-level
                statement with a speaker that ends before ``draft`` and starts after that
                offset, if any.

        Returns:
            The head token of the speaker the latest event names, or None when the passage
            has no event or its latest event introduces two people at once.

        Notes:
            Feature and news writing lets a quote paragraph with no reporting clause run on
            from the paragraph that named its speaker (Muzny et al. 2017, "A two-stage sieve
            approach for quote attribution", CoreNLP's sieves that read the paragraph
            before a quote; the Gender Gap Tracker's floating quotes, Asr et al. 2021). A
            heading or a paragraph with no speaker between them breaks the passage.
        """
        named = self._named_after(draft)
        if named is None:
            named = self._named_before(draft)
        if named is None:
            named = self._signed_below(draft)
        if named is None:
            named = message_source(draft, self.layout, self.lexicon)
        if named is not None:
            return named
        floor = self._floor(draft.start)
        events: list[_Event] = []
        previous = statement(floor)
        if previous is not None:
            speaker = previous.speaker
            assert speaker is not None
            head = self.layout.doc[speaker]
            events.append(_Event(max(previous.end, head.idx), speaker))
        introduced = self._last_introduction(floor, draft.start)
        if introduced is not None and (
            introduced.speaker is None
            or not self._someone_between(introduced.speaker, introduced.at, draft)
        ):
            events.append(introduced)
        if not events:
            return None
        return max(events, key=lambda e: e.at).speaker

    def _last_introduction(self, start: int, end: int) -> _Event | None:
        """The latest person introduced between the offsets ``start`` and ``end``
        (:func:`_introductions`), or None."""
        layout = self.layout
        if self._entity_ends is None:
            self._entity_ends = [e.end_char for e in layout.entities]
            self._entity_starts = [e.start_char for e in layout.entities]
            self._people = self.lexicon.person_pronouns()
            self._candidates = _pronouns_or_named_subjects(layout, self._people)
        # The passage's entities only: a slice to the end of the text would copy it all for
        # every floating quote.
        entities = layout.entities[
            bisect_right(self._entity_ends, start) : bisect_left(self._entity_starts, end)
        ]
        first, stop = bisect_left(layout.token_starts, start), bisect_left(layout.token_starts, end)
        candidates = self._candidates  # those among the words from ``first`` up to ``stop``
        words = candidates[bisect_left(candidates, first) : bisect_left(candidates, stop)]
        events = _introductions(
            layout, entities, words, self._people, (start, end), self._in_content, self.lexicon
        )
        return events[-1] if events else None

    def _someone_between(self, speaker: int, at: int, draft: Draft) -> bool:
        """An introducing pronoun (``speaker``, at offset ``at``) is followed, before the
        quote, by the subject of another clause that names a person or a participant ("She
        became upset, so I had to change my answer: "..."": the quote is the "I"'s), and
        gives way. A name's event stands: its speaker was named, the pronoun's only
        pointed at."""
        doc = self.layout.doc
        if doc[speaker].pos_ != _PRONOUN:
            return False
        first, last = self.layout.token_at(at), self.layout.token_at(draft.start)
        if first is None or last is None:
            return False
        pronouns = self.lexicon.personal_pronouns
        return any(
            t.dep_ in NOMINAL_SUBJECTS
            and (_is_person(t) or pronouns.get(t.lower_, (0, "", "neuter", ""))[2] != "neuter")
            and not self.layout.in_quote(t)
            for t in doc[first.i + 1 : last.i]
        )

    def _named_after(self, draft: Draft) -> int | None:
        """A name right after the quote that is the subject of the verb after it (``"...,"
        Ruiz pressed.``): the reporting clause of a verb no cue list holds.

        Notes:
            The postposed reporting clause (Quirk et al. 1985) with a verb of manner or
            sequence ("pressed", "went on") rather than of saying.
        """
        layout = self.layout
        token = layout.token_at(draft.end)
        if token is None:
            return None
        doc = layout.doc
        while token.i + 1 < len(doc) and (token.is_punct or token.is_space):
            if "\n" in token.text:
                return None
            token = doc[token.i + 1]
        while token.dep_ == COMPOUND and token.head.i > token.i:
            token = token.head
        verb = token.head
        if (
            _name_shaped(token)
            and token.dep_ in NOMINAL_SUBJECTS
            and verb.pos_ == _VERB
            and verb.i > token.i
            and not layout.in_quote(token)
        ):
            return token.i
        return None

    def _named_before(self, draft: Draft) -> int | None:
        """A name that is the subject of the verb right before the quote, set off by a comma,
        a colon or a dash (``Ruiz shot back, "..."``), or of the clause a colon ends before it
        (``Ruiz had a blunt message for the board: "..."``): an introducing clause whose
        verb no cue list holds.

        Notes:
            The reporting clause may precede the quotation (Quirk et al. 1985); a verb of
            manner or of reply ("shot back", "fired off") still introduces the speaker.
        """
        layout = self.layout
        token = layout.token_at(draft.start)
        if token is None:
            return None
        doc = token.doc
        index = token.i - 1
        while index >= 0 and doc[index].is_quote:
            index -= 1
        if index < 1 or doc[index].text not in _INTRODUCING:
            return None
        index -= 1
        if doc[index].pos_ in _PARTICLES and index > 0:
            index -= 1  # "shot back,"
        verb = doc[index]
        heads = _MAIN_VERB
        if verb.pos_ != _VERB and doc[index + 1].text == ":":
            # "Ruiz delivered a blunt message to the board: "...": the clause the colon
            # ends introduces the quote, whatever word it ends on; its head may be a
            # copula ("Ruiz was blunt: "...", which the parse may hang on the quote).
            while verb.pos_ != _VERB and verb.head.i != verb.i and verb.head.i < index:
                verb = verb.head
            heads = _VERBS
        if verb.pos_ not in heads or layout.in_quote(verb):
            return None
        for child in verb.lefts:
            if child.dep_ in NOMINAL_SUBJECTS and child.pos_ == _PROPER_NOUN:
                between = layout.text[child.idx : draft.start]
                if "\n" not in between and not layout.in_quote(child):
                    return child.i
        return None

    def _signed_below(self, draft: Draft) -> int | None:
        """The name on a short line of its own after a quote paragraph, set off by a dash
        (``"...."`` then ``- Ruiz.``): the quote's signature.

        Notes:
            Fact-check columns and epigraphs give the claim first and its author on the
            next line, after a dash, with no reporting verb. Only a quote that ends its
            paragraph takes it, and only a line of a few words, with no verb, that opens
            with a dash and a proper name (a list item under a quote is a sentence).
        """
        layout = self.layout
        paragraph = layout.paragraph_at(draft.start)
        if paragraph + 1 >= len(layout.paragraphs):
            return None
        if layout.text[draft.end : layout.paragraphs[paragraph][1]].strip(_SIGNED_QUOTE_TAIL):
            return None
        start, end = layout.paragraphs[paragraph + 1]
        line = layout.text[start:end].strip()
        if line[:1] not in _SIGNATURE_DASHES or len(line.split()) > _HEADING_MAX_WORDS:
            return None
        first = layout.token_at(layout.text.index(line[1:].lstrip(), start))
        if first is None or first.pos_ != _PROPER_NOUN:
            return None
        doc = layout.doc
        last = layout.token_at(end - 1)
        if last is None or any(t.pos_ in _VERBS for t in doc[first.i : last.i + 1]):
            return None
        name = first
        while name.i + 1 < len(doc) and doc[name.i + 1].pos_ == _PROPER_NOUN:
            name = doc[name.i + 1]
        return name.i

    def _floor(self, start: int) -> int:
        """Where the passage of a quote starting at ``start`` begins: its own paragraph's
        start; for a quote that opens its paragraph, the previous paragraph's unless that
        one is a heading."""
        layout = self.layout
        if not layout.paragraph_starts:
            return 0
        paragraph = layout.paragraph_at(start)
        own = layout.paragraph_starts[paragraph]
        if paragraph == 0 or layout.text[own:start].strip(PARAGRAPH_OPENING):
            return own
        before = layout.paragraphs[paragraph - 1]
        return own if heading(layout.text[before[0] : before[1]]) else before[0]


def _introductions(
    layout: Layout,
    entities: Sequence[Span],
    words: Sequence[int],
    people: frozenset[str],
    between: tuple[int, int],
    in_content: Callable[[int], bool],
    lexicon: Lexicon,
) -> list[_Event]:
    """The people introduced as subjects of a main clause outside quotes and statements'
    contents (by name, or by "he" or "she"), and the names said to speak in a clause of
    any rank there ("..., since Ruiz spoke only in slogans during the interview." before a
    paragraph of her quotes; the recogniser's label does not matter there, the verb says a
    speaker is meant), in order, at the offsets ``between`` (start, end).

    ``entities`` are the text's from the first that ends after the start to the last that
    starts before the end, ``words`` the
    indices of :func:`_pronouns_or_named_subjects` between the offsets, and ``people`` the
    lexicon's pronouns of a person."""
    start, end = between
    found: dict[int, _Event] = {}
    for ent in entities:
        if ent.start_char >= end:
            break
        if ent.label_ != _PERSON:
            continue
        root = ent.root  # found for people only: most entities are other things
        if root.dep_ not in NOMINAL_SUBJECTS or not start <= root.idx < end:
            continue
        if root.head.dep_ != ROOT or layout.in_quote(root) or in_content(root.idx):
            continue  # the subject of a main clause, not of "where Ruiz also lived"
        with_other = any(_is_person(c) for c in root.children if c.dep_ == CONJUNCT)
        found[root.i] = _Event(root.idx, None if with_other else root.i)
    doc = layout.doc
    for index in words:
        token = doc[index]
        if (
            token.lower_ in people
            and main_subject(token)
            and not layout.in_quote(token)
            and not in_content(token.idx)
        ):
            # "He anticipated that the hardest task would be "...."": the person the
            # pronoun stands for is the passage's subject, as a name there would be.
            found[token.i] = _Event(token.idx, token.i)
        elif (
            token.pos_ == _PROPER_NOUN
            and token.dep_ in NOMINAL_SUBJECTS
            and token.i not in found
            and lexicon.cue_category(token.head.lemma_) is not None
            and not layout.in_quote(token)
            and not in_content(token.idx)
        ):
            with_other = any(c.dep_ == CONJUNCT for c in token.children)
            found[token.i] = _Event(token.idx, None if with_other else token.i)
    return sorted(found.values(), key=lambda event: event.at)


def _pronouns_or_named_subjects(layout: Layout, pronouns: frozenset[str]) -> list[int]:
    """Indices of the tokens that are one of ``pronouns`` or a proper noun that is a subject,
    in order: the only ones :func:`_introductions` may take, found from the layout's token
    columns (a ``Token`` is made only for these, not for every word)."""
    strings = layout.doc.vocab.strings
    columns = layout.columns
    pronoun = any_of(columns.lower, (strings[p] for p in pronouns))
    subject = any_of(columns.dep, (strings[d] for d in NOMINAL_SUBJECTS))
    named_subject = (columns.pos == strings[_PROPER_NOUN]) & subject
    return list(numpy.flatnonzero(pronoun | named_subject).tolist())


def _name_shaped(token: Token) -> bool:
    """A proper noun, or a capitalised singular word the tagger took for a common noun (a
    surname it does not know: "Price pressed.") whose verb ends the clause, as a bare
    reporting clause does ("Inflation rose again in May." is no such clause)."""
    if token.pos_ == _PROPER_NOUN:
        return True
    if token.pos_ != _NOUN or token.tag_ != SINGULAR_NOUN or not token.text[:1].isupper():
        return False
    doc = token.doc
    after = token.head.i + 1
    if after < len(doc) and doc[after].pos_ in _PARTICLES:
        after += 1  # "shot back"
    return after < len(doc) and doc[after].is_punct


def _is_person(token: Token) -> bool:
    return token.ent_type_ == _PERSON


def heading(paragraph: str) -> bool:
    """A short line with no closing punctuation: a subhead or a section label."""
    words = paragraph.split()
    return 0 < len(words) <= _HEADING_MAX_WORDS and paragraph.rstrip()[-1] not in _CLOSING


def floating(draft: Draft) -> bool:
    """A quote no cue reached and no statement has yet given a speaker."""
    return (
        draft.attribution is Attribution.FLOATING
        and draft.speaker is None
        and draft.kind is QuoteKind.DIRECT
    )
