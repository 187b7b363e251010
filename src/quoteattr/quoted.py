"""Reconcile statements found in the syntax with the quote marks of the text.

A statement whose content lies inside quote marks is direct, one that holds quoted
fragments is mixed, the rest are indirect. Quotes no cue reached are attributed by
adjacency ("...," she said, when the parse missed the link), then as floating quotes that
continue the previous speaker, or dropped when they look like titles or scare quotes.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
from spacy.tokens import Token

from .cues import CueForm, CueMatch
from .layout import Layout
from .marks import QuoteSpan
from .records import Attribution, QuoteKind
from .statements import Statement, speaker_of

_MIN_FLOATING_WORDS = 4
_MIN_OBJECT_WORDS = 3
_TITLE_SMALL_WORDS = frozenset({"of", "the", "and", "in", "on", "for", "a", "an", "to", "at", "by"})
_MARK_CHARS = frozenset("\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u2039\u203a")
_STRIP = " \t\r\n,;:\u2014\u2013-"


@attrs.frozen
class Draft(Statement):
    """A statement with its kind settled (internal).

    Attributes:
        kind: Direct, mixed or indirect, read from the quote marks in its content.
    """

    kind: QuoteKind = QuoteKind.INDIRECT


def settle(
    statements: Sequence[Statement], cues: Sequence[CueMatch], layout: Layout
) -> list[Draft]:
    """Drafts for the statements and for the quotes they leave unattributed.

    Args:
        statements: What :func:`quoteattr.statements.attach` found.
        cues: Every cue of the text, also those with no content of their own
            (``"...," she told reporters``).
        layout: The text's paragraphs, sentences and quote spans.
    """
    drafts = [d for d in (_settle_one(s, layout) for s in statements) if d is not None]
    drafts = _merge_sources(drafts, layout)
    verbs = {c.head: c for c in cues if c.form is CueForm.VERB}
    drafts.extend(_unclaimed_quotes(drafts, verbs, layout))
    drafts.sort(key=lambda d: (d.start, -d.end))
    drafts = [_placed(_speaker_outside_content(d, layout), layout) for d in drafts]
    drafts = _join_same_cue(_drop_duplicates(drafts))
    return _float(_continue_after_cue(drafts, layout), layout)


def _placed(draft: Draft, layout: Layout) -> Draft:
    """A subject speaker after the start of the content makes a post-posed attribution."""
    subject = draft.attribution is Attribution.SUBJECT and draft.speaker is not None
    if subject and layout.doc[draft.speaker].idx > draft.start:  # type: ignore[index]
        return attrs.evolve(draft, attribution=Attribution.POSTPOSED)
    return draft


def _join_same_cue(drafts: list[Draft]) -> list[Draft]:
    """Direct quotes on either side of one cue are one statement in two parts."""
    joined: list[Draft] = []
    for draft in drafts:
        twin = next(
            (
                i
                for i, d in enumerate(joined)
                if d.cue is not None and draft.cue is not None and d.cue.head == draft.cue.head
                and d.kind is QuoteKind.DIRECT and draft.kind is QuoteKind.DIRECT
            ),
            None,
        )
        if twin is None:
            joined.append(draft)
            continue
        first = joined[twin]
        parts = tuple(sorted(set(first.parts + draft.parts)))
        joined[twin] = attrs.evolve(first, parts=parts, speaker=first.speaker or draft.speaker)
    return joined


def _speaker_outside_content(draft: Draft, layout: Layout) -> Draft:
    """A speaker the parser found inside the content is wrong; take the phrase by the cue.

    Notes:
        Quote marks confuse small parsers: in ``"... in Ohio," Mr. Trump said`` the subject
        of "said" can land on "Ohio". The noun phrase right before the cue (or right after
        it, for ``said X``) is then the speaker.
    """
    if draft.speaker is None or draft.cue is None:
        return draft
    doc = layout.doc
    char = doc[draft.speaker].idx
    if not any(s <= char < e for s, e in draft.parts):
        return draft
    return attrs.evolve(draft, speaker=adjacent_speaker(doc[draft.cue.head], layout))


def adjacent_speaker(cue: Token, layout: Layout) -> int | None:
    """The head of the noun phrase right before a cue, or right after it (``said X``)."""
    doc = cue.doc
    index = cue.i - 1
    while index >= 0 and (doc[index].pos_ in ("ADV", "AUX", "PART") or doc[index].dep_ == "neg"):
        index -= 1
    if index >= 0 and doc[index].pos_ in ("NOUN", "PROPN", "PRON") and not layout.in_quote(doc[index]):
        return index
    index = cue.i + 1
    while index < len(doc) and doc[index].pos_ in ("DET", "ADJ", "NUM") and not layout.in_quote(doc[index]):
        index += 1
    if index < len(doc) and doc[index].pos_ in ("NOUN", "PROPN", "PRON") and not layout.in_quote(doc[index]):
        while index + 1 < len(doc) and doc[index + 1].pos_ == "PROPN":
            index += 1
        return index
    return None


def _continue_after_cue(drafts: list[Draft], layout: Layout) -> list[Draft]:
    """Join ``"A," she said. "B."`` into one statement with two parts.

    Notes:
        A quote that resumes right after the sentence of its reporting clause, in the same
        paragraph, is the same utterance split around the cue; PolNeAR and PARC annotate it
        as one discontinuous content. A quote further away stays a floating quote.
    """
    text = layout.text
    merged: list[Draft] = []
    for draft in drafts:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and draft.kind is QuoteKind.DIRECT
            and draft.cue is None
            and draft.attribution is Attribution.FLOATING
            and previous.kind is QuoteKind.DIRECT
            and previous.cue is not None
            and previous.end <= draft.start
        ):
            gap = text[previous.end : draft.start]
            cue_at = layout.doc[previous.cue.head].idx
            marks = sum(
                1 for i, ch in enumerate(gap) if ch in _MARK_CHARS and (i == 0 or gap[i - 1] != ch)
            )
            if "\n" not in gap and previous.end <= cue_at < draft.start and len(gap) <= 120 and marks <= 2:
                merged[-1] = attrs.evolve(previous, parts=previous.parts + draft.parts)
                continue
        merged.append(draft)
    return merged


def _float(drafts: list[Draft], layout: Layout) -> list[Draft]:
    """A cue-less quote continues the speaker of the statement just before it.

    Notes:
        News style puts a quote that follows an attributed one, in the same or the next
        paragraph, in the same mouth (Gender Gap Tracker's "floating quotes").
    """
    settled: list[Draft] = []
    for draft in drafts:
        if draft.attribution is Attribution.FLOATING and draft.speaker is None:
            paragraph = layout.paragraph_at(draft.start)
            previous = next(
                (
                    d
                    for d in reversed(settled)
                    if d.end <= draft.start and d.speaker is not None and d.kind is not QuoteKind.INDIRECT
                ),
                None,
            )
            if previous is not None and paragraph - layout.paragraph_at(previous.start) <= 1:
                draft = attrs.evolve(draft, speaker=previous.speaker, cue=None)
            else:
                draft = attrs.evolve(draft, attribution=Attribution.NONE)
        settled.append(draft)
    return settled


def _settle_one(statement: Statement, layout: Layout) -> Draft | None:
    text = layout.text
    cue_char = layout.doc[statement.cue.head].idx if statement.cue is not None else -1
    around = layout.quote_around(cue_char, top=False) if cue_char >= 0 else None
    if around is not None and not (around.start <= statement.start and statement.end <= around.end):
        # A cue inside a quote whose content runs outside it is a misparse.
        return None
    quotes = [
        q
        for q in _level_quotes(layout, cue_char)
        if q.start < statement.end and q.end > statement.start
    ]
    base = Draft(**attrs.asdict(statement, recurse=False), kind=QuoteKind.INDIRECT)
    if not quotes:
        return base
    residue = _residue(text, statement.parts, quotes)
    if not residue:
        parts = tuple(p for q in quotes for p in _clean_parts(text, q))
        return attrs.evolve(base, kind=QuoteKind.DIRECT, parts=parts)
    start = min([statement.start] + [q.start for q in quotes])
    end = max([statement.end] + [q.end for q in quotes])
    return attrs.evolve(base, kind=QuoteKind.MIXED, parts=((start, end),))


def _level_quotes(layout: Layout, char: int) -> list[QuoteSpan]:
    """Quotes at the level of a cue: nested in the quote around it, or top-level."""
    around = layout.quote_around(char, top=False) if char >= 0 else None
    if around is None:
        return [q for q in layout.quotes if q.depth == 0]
    return [
        q
        for q in layout.quotes
        if q.depth == around.depth + 1 and around.start < q.start and q.end <= around.end
    ]


def _residue(text: str, parts: Sequence[tuple[int, int]], quotes: Sequence[QuoteSpan]) -> str:
    """Content words outside every quote (ignoring "that", punctuation and spaces)."""
    kept: list[str] = []
    for start, end in parts:
        for i in range(start, end):
            if not any(q.start <= i < q.end for q in quotes):
                kept.append(text[i])
    words = "".join(kept).split()
    return " ".join(w for w in words if w.strip(".,;:!?\"'\u2019\u201d") not in ("", "that"))


def _clean_parts(text: str, quote: QuoteSpan) -> list[tuple[int, int]]:
    parts = []
    for start, end in quote.parts:
        while end > start and text[end - 1] in _STRIP:
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if end > start:
            parts.append((start, end))
    return parts


def _merge_sources(drafts: list[Draft], layout: Layout) -> list[Draft]:
    """Fold "according to X" into a statement it frames: X becomes the channel (``via``)."""
    sources = [d for d in drafts if d.cue is not None and d.cue.form is CueForm.SOURCE]
    if not sources:
        return drafts
    kept = [d for d in drafts if d not in sources]
    for source in sources:
        inner = [
            i
            for i, d in enumerate(kept)
            if d.cue is not None
            and d.cue.form is CueForm.VERB
            and d.speaker is not None
            and source.start <= layout.doc[d.cue.head].idx < source.end
        ]
        if inner:
            kept[inner[0]] = attrs.evolve(kept[inner[0]], via=source.speaker)
        else:
            kept.append(source)
    return kept


def _unclaimed_quotes(
    drafts: Sequence[Draft], verbs: dict[int, CueMatch], layout: Layout
) -> list[Draft]:
    text = layout.text
    found: list[Draft] = []
    claimed = [p for d in drafts for p in d.parts]
    used: set[int] = set()
    for index, quote in enumerate(layout.quotes):
        if index in used or _covered(quote, claimed):
            continue
        if quote.depth > 0 and layout.quote_around(quote.start, top=True) is not None:
            continue
        cue, attribution = _adjacent_cue(quote, layout, verbs)
        parts = _clean_parts(text, quote)
        if not parts:
            continue
        if cue is not None:
            speaker, how = speaker_of(layout.doc[cue.head])
            if how is Attribution.NONE or (speaker is not None and layout.in_quote(layout.doc[speaker])):
                speaker = _noun_between(quote.end, cue, layout) if attribution is Attribution.POSTPOSED else None
            follow = _split_continuation(quote, cue, layout, claimed)
            if follow is not None:
                used.add(layout.quotes.index(follow))
                parts += _clean_parts(text, follow)
            found.append(Draft(cue, tuple(parts), speaker, attribution, kind=QuoteKind.DIRECT))
        elif (governor := _governing_cue(quote, layout, verbs)) is not None:
            speaker, how = speaker_of(layout.doc[governor.head])
            attribution = Attribution.SUBJECT if how is Attribution.NONE else how
            found.append(_object_quote(governor, quote, parts, speaker, attribution, layout))
        elif _sentence_like(text, quote):
            found.append(Draft(None, tuple(parts), None, Attribution.FLOATING, kind=QuoteKind.DIRECT))
    return found


def _covered(quote: QuoteSpan, claimed: Sequence[tuple[int, int]]) -> bool:
    inside = sum(max(0, min(e, quote.end) - max(s, quote.start)) for s, e in claimed)
    return inside >= 0.5 * (quote.end - quote.start)


def _adjacent_cue(
    quote: QuoteSpan, layout: Layout, known: dict[int, CueMatch]
) -> tuple[CueMatch | None, Attribution]:
    """A saying verb right after (``"...," she said``) or before (``she said: "..."``) a quote.

    Notes:
        After a quote, the reporting clause must follow the punctuation that ends quoted
        speech (a comma, or ``?`` ``!`` ``.`` inside the marks) and hold no other verb.
        Before a quote, it must end in a colon or comma right before the opening mark, with
        nothing between the cue and the quote but the cue's own dependents.
    """
    doc = layout.doc
    text = layout.text
    inner = text[quote.inner_start : quote.inner_end].rstrip()
    tail = text[quote.end : quote.end + 3].lstrip(" ")
    ends_speech = inner[-1:] in ",!?.…—-" or tail[:1] == ","
    after = layout.token_at(quote.end)
    while after is not None and after.idx < quote.end and after.i + 1 < len(doc):
        after = doc[after.i + 1]
    if ends_speech and after is not None and after.idx >= quote.end:
        for token in doc[after.i : min(len(doc), after.i + 12)]:
            if token.is_quote or token.text in (".", "!", "?", ":", ";") or "\n" in token.text:
                break
            if token.i in known and token.pos_ in ("VERB", "AUX"):
                return known[token.i], Attribution.POSTPOSED
            if token.pos_ in ("VERB", "AUX", "SCONJ") and token.dep_ != "aux":
                break
            if token.pos_ == "ADP" and token.dep_ in ("mark", "prep") and token.i == after.i:
                break
    before = layout.token_at(quote.start)
    if before is None or before.i == 0:
        return None, Attribution.NONE
    lead = doc[before.i - 1]
    while lead.is_space and lead.i > 0:
        lead = doc[lead.i - 1]
    if lead.text not in (":", ","):
        return None, Attribution.NONE
    for token in reversed(list(doc[max(0, lead.i - 9) : lead.i])):
        if token.text in (".", "!", "?", ";") or token.is_quote or "\n" in token.text:
            break
        if token.i in known and token.pos_ in ("VERB", "AUX"):
            if _only_dependents_between(token, lead):
                return known[token.i], Attribution.SUBJECT
            break
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
            break
    return None, Attribution.NONE


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
    while first < len(doc) and doc[first].dep_ in ("advmod", "prt", "neg"):
        first += 1
    opening = layout.token_at(quote.start)
    if opening is not None and first < opening.i:
        between = list(doc[first : opening.i])
        if all(t.is_punct or any(a.i == verb.i for a in t.ancestors) for t in between):
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
        if token.pos_ in ("PROPN", "NOUN", "PRON"):
            while token.i + 1 < cue.head and doc[token.i + 1].pos_ == "PROPN":
                token = doc[token.i + 1]
            return token.i
    return adjacent_speaker(doc[cue.head], layout)


def _governing_cue(quote: QuoteSpan, layout: Layout, known: dict[int, CueMatch]) -> CueMatch | None:
    """A cue the quote hangs on as its object: ``described the attack as "..."``.

    Notes:
        Only quotes of three words or more: a quoted word or two ("called it "absurd"") is
        more often a scare quote than a statement.
    """
    doc = layout.doc
    inner = layout.text[quote.inner_start : quote.inner_end]
    if len(inner.split()) < _MIN_OBJECT_WORDS or _title_like(inner):
        return None
    first = layout.token_at(quote.inner_start)
    if first is None:
        return None
    inside = []
    for token in doc[first.i :]:
        if token.idx >= quote.inner_end:
            break
        if token.idx >= quote.inner_start:
            inside.append(token)
    roots = [t for t in inside if not quote.start <= t.head.idx < quote.end]
    if not roots:
        return None
    token = roots[0].head
    for _ in range(3):
        if token.i in known and token.pos_ in ("VERB", "AUX") and not layout.in_quote(token):
            return known[token.i]
        if token.head.i == token.i:
            break
        token = token.head
    return None


def _only_dependents_between(cue: Token, quote_token: Token) -> bool:
    """True when everything between a cue and a quote hangs on the cue (``said on Monday:``)."""
    for token in cue.doc[cue.i + 1 : quote_token.i]:
        if token.is_punct or token.is_space:
            continue
        if not any(a.i == cue.i for a in token.ancestors):
            return False
    return True


def _split_continuation(
    quote: QuoteSpan, cue: CueMatch, layout: Layout, claimed: Sequence[tuple[int, int]]
) -> QuoteSpan | None:
    """The second half of ``"...," she said, "..."``: a quote right after the cue's clause."""
    doc = layout.doc
    verb = doc[cue.head]
    clause_end = max(verb.right_edge.idx + len(verb.right_edge), doc[cue.last].idx)
    text = layout.text
    for other in layout.quotes:
        if other.start <= quote.start or other.depth != quote.depth:
            continue
        gap = text[clause_end:other.start]
        adjacent = other.start >= clause_end and gap.strip(" ,\u2014\u2013-:") == ""
        same_sentence = layout.sentence_at(other.start) == layout.sentence_at(quote.end - 1)
        if adjacent and "\n" not in gap and (same_sentence or gap.strip() == ","):
            return None if _covered(other, claimed) else other
        break
    return None


def _sentence_like(text: str, quote: QuoteSpan) -> bool:
    """A quote that reads as a full statement rather than a title or a scare-quoted term."""
    inner = text[quote.inner_start : quote.inner_end].strip()
    words = inner.split()
    if len(words) < _MIN_FLOATING_WORDS or _title_like(inner):
        return False
    return inner[-1:] in ".?!," or len(words) >= 8


def _title_like(inner: str) -> bool:
    """Capitalised words without closing punctuation: a title or a name ("The Daily Brief")."""
    words = [w for w in inner.split() if w[:1].isalpha() and w.lower() not in _TITLE_SMALL_WORDS]
    short = len(inner.split()) < 8
    return short and bool(words) and all(w[:1].isupper() for w in words) and inner.rstrip()[-1:] not in ".?!"


def _drop_duplicates(drafts: list[Draft]) -> list[Draft]:
    kept: list[Draft] = []
    for draft in drafts:
        if any(k.parts == draft.parts for k in kept):
            continue
        kept.append(draft)
    return kept
