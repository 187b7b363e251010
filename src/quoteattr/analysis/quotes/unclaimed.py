"""Attribute the quotes no statement reached: by adjacency, as objects, or as floating.

``"...," she said`` when the parse missed the link, ``she said: "..."``, ``described the
attack as "..."``, and fully quoted sentences with no cue, which later inherit a speaker.
Titles and scare quotes ("The Daily Brief", the so-called "reset") are left alone. The cue
beside a quote or governing it is found by :mod:`.quote_cues`.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from ...lexicon import Lexicon
from ...records import Attribution, QuoteKind
from ..boundaries import TRAILING_PUNCTUATION
from ..cues import CueMatch
from ..intervals import Intervals
from ..labels import NOMINAL_SUBJECTS, POSTVERBAL_WORDS
from ..layout import Layout
from ..marks import QuoteSpan
from ..speakers.choose import adjacent_speaker, can_speak
from ..speakers.clause import speaker_of
from ..values import Draft
from .quote_cues import KnownCues, adjacent_cue, governing_cue
from .titles import named_work, sentence_like, title_after_word

_DASHES = frozenset("\u2015\u2014\u2013-")


def clean_parts(text: str, quote: QuoteSpan) -> list[tuple[int, int]]:
    parts = []
    for start, end in quote.parts:
        while end > start and text[end - 1] in TRAILING_PUNCTUATION:
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if end > start:
            parts.append((start, end))
    return parts


def unclaimed_quotes(
    drafts: Sequence[Draft], verbs: KnownCues, layout: Layout, lexicon: Lexicon
) -> list[Draft]:
    """Drafts for the quotes that no statement's content covers.

    Args:
        drafts: The statements settled so far.
        verbs: The verb cues of the text.
        layout: The parsed text.
        lexicon: Language data.

    Returns:
        A draft per unclaimed quote that has a cue beside it, a cue governing it, a dash
        credit, or reads as a sentence (floating).
    """
    text = layout.text
    found: list[Draft] = []
    claimed = _Claimed(drafts)
    used: set[int] = set()
    for index, quote in enumerate(layout.quotes):
        if index in used:
            continue
        # A report nested inside the quote ("I want to assure you that ...") does not claim it.
        outside = claimed.within(quote, cues_outside=layout)
        if _covered(quote, outside):
            continue
        if quote.depth > 0 and layout.quote_around(quote.start, top=True) is not None:
            continue
        cue, attribution = adjacent_cue(quote, layout, verbs)
        parts = clean_parts(text, quote)
        if not parts or named_work(text, quote, lexicon) or title_after_word(text, quote, lexicon):
            continue
        if cue is not None:
            speaker, how = speaker_of(layout.doc[cue.head], lexicon)
            if how is Attribution.NONE or (
                speaker is not None and layout.in_quote(layout.doc[speaker])
            ):
                speaker = (
                    _noun_between(quote.end, cue, layout)
                    if attribution is Attribution.POSTPOSED
                    else None
                )
            follow = _split_continuation(quote, cue, layout, claimed)
            if follow is not None:
                used.add(layout.quote_index(follow))
                parts += clean_parts(text, follow)
            found.append(Draft(cue, tuple(parts), speaker, attribution, kind=QuoteKind.DIRECT))
        elif (governor := governing_cue(quote, layout, verbs, lexicon)) is not None:
            speaker, how = speaker_of(layout.doc[governor.head], lexicon)
            attribution = Attribution.SUBJECT if how is Attribution.NONE else how
            found.append(_object_quote(governor, quote, parts, speaker, attribution, layout))
        elif (credit := _credit(quote, layout)) is not None:
            speaker, attribution = credit
            found.append(Draft(None, tuple(parts), speaker, attribution, kind=QuoteKind.DIRECT))
        elif sentence_like(text, quote, lexicon):
            found.append(
                Draft(None, tuple(parts), None, Attribution.FLOATING, kind=QuoteKind.DIRECT)
            )
    return found


def _credit(quote: QuoteSpan, layout: Layout) -> tuple[int, Attribution] | None:
    """A speaker credited by typography rather than a verb.

    ``"..." ― Ana Ruiz``: a dash credit, as under epigraphs and reader comments. (The label
    form, ``Ruiz: "..."``, is a statement of its own: see
    :func:`quoteattr.analysis.content.speaker_labels.labelled_statements`.)

    Notes:
        Observed in news: a name of one to five capitalised words right after the dash.
    """
    doc = layout.doc
    window = layout.text[quote.end : quote.end + 4]
    dash_at = len(window) - len(window.lstrip(" \u00a0"))
    if window[dash_at : dash_at + 1] not in _DASHES:
        return None
    first = layout.token_at(quote.end + dash_at + 1)
    while first is not None and first.is_space and first.i + 1 < len(doc):
        first = doc[first.i + 1]  # "―\u00a0Jorge Falcon": a no-break space after the dash
    if first is None or first.idx <= quote.end + dash_at or not _name_word(first):
        return None
    name = first
    while name.i + 1 < len(doc) and _name_word(doc[name.i + 1]) and name.i - first.i < 4:
        name = doc[name.i + 1]
    return name.i, Attribution.POSTPOSED


def _name_word(token: Token) -> bool:
    """A capitalised word that can be part of a credited name ("Oscar", "P.", "Quintero")."""
    return token.text[:1].isupper() and token.text.rstrip(".").isalpha()


def _cue_inside(draft: Draft, quote: QuoteSpan, layout: Layout) -> bool:
    return draft.cue is not None and quote.start < layout.doc[draft.cue.head].idx < quote.end


class _Claimed:
    """The content parts of the drafts, indexed by offset."""

    def __init__(self, drafts: Sequence[Draft]) -> None:
        self.owners = [d for d in drafts for _ in d.parts]
        self.parts = [p for d in drafts for p in d.parts]
        self.index = Intervals(self.parts)

    def within(
        self, quote: QuoteSpan, *, cues_outside: Layout | None = None
    ) -> list[tuple[int, int]]:
        """The parts overlapping ``quote`` (parts elsewhere add nothing to :func:`_covered`).

        Args:
            quote: The quote.
            cues_outside: Given the layout, only the parts of drafts whose cue is not
                inside the quote.
        """
        return [
            self.parts[k]
            for k in self.index.overlapping(quote.start, quote.end)
            if cues_outside is None or not _cue_inside(self.owners[k], quote, cues_outside)
        ]


def _covered(quote: QuoteSpan, claimed: Sequence[tuple[int, int]]) -> bool:
    inside = sum(max(0, min(e, quote.end) - max(s, quote.start)) for s, e in claimed)
    return inside >= 0.5 * (quote.end - quote.start)


def _object_quote(
    cue: CueMatch,
    quote: QuoteSpan,
    parts: list[tuple[int, int]],
    speaker: int | None,
    attribution: Attribution,
    layout: Layout,
) -> Draft:
    """A quote the cue takes as (part of) its object: ``described the attack as "..."``.

    The content runs from the cue's object to the closing mark, so the record is mixed
    when words stand between the cue and the quote.
    """
    doc = layout.doc
    verb = doc[cue.last]
    first = verb.i + 1
    while first < len(doc) and doc[first].dep_ in POSTVERBAL_WORDS:
        first += 1
    opening = layout.token_at(quote.start)
    if opening is not None and first < opening.i:
        between = list(doc[first : opening.i])
        # '"...," said Ana Ruiz, an aide, "and ..."': the words before the quote are the
        # inverted speaker, who interrupts her quote, not an object the quote completes.
        speakers = {t.i for c in verb.children if c.dep_ in NOMINAL_SUBJECTS for t in c.subtree}
        if not speakers.intersection(t.i for t in between) and all(
            t.is_punct or any(a.i == verb.i for a in t.ancestors) for t in between
        ):
            content = ((doc[first].idx, quote.end),)
            return Draft(cue, content, speaker, attribution, kind=QuoteKind.MIXED)
    return Draft(cue, tuple(parts), speaker, attribution, kind=QuoteKind.DIRECT)


def _noun_between(start: int, cue: CueMatch, layout: Layout) -> int | None:
    """The first name or noun between a quote's end and its cue ("…," Ana Ruiz, an aide, said)."""
    doc = layout.doc
    first = layout.token_at(start)
    for token in doc[first.i if first is not None else cue.head : cue.head]:
        if token.idx < start:
            continue
        if token.pos_ in ("PROPN", "NOUN", "PRON") and can_speak(token):
            while token.i + 1 < cue.head and doc[token.i + 1].pos_ == "PROPN":
                token = doc[token.i + 1]
            return token.i
    return adjacent_speaker(doc[cue.head], layout)


def _split_continuation(
    quote: QuoteSpan, cue: CueMatch, layout: Layout, claimed: _Claimed
) -> QuoteSpan | None:
    """The second half of ``"...," she said, "..."``: a quote right after the cue's clause.

    Notes:
        A reporting clause may interrupt the quoted speech (Quirk et al. 1985); the half
        after it must follow in the same sentence, or after a comma.
    """
    doc = layout.doc
    verb = doc[cue.head]
    clause_end = max(verb.right_edge.idx + len(verb.right_edge), doc[cue.last].idx)
    text = layout.text
    for other in layout.quotes_after(quote.start):
        if other.depth != quote.depth:
            continue
        gap = text[clause_end : other.start]
        adjacent = other.start >= clause_end and gap.strip(" ,\u2014\u2013-:") == ""
        same_sentence = layout.sentence_at(other.start) == layout.sentence_at(quote.end - 1)
        if adjacent and "\n" not in gap and (same_sentence or gap.strip() == ","):
            return None if _covered(other, claimed.within(other)) else other
        break
    return None
