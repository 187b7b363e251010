"""Where a statement's content ends: every cut made after the content stage found it.

The content stage (:mod:`quoteattr.analysis.content`) cuts each statement from the parse.
The cuts below revisit it, in this order, which is the order that gives today's records:

1. :func:`end_inside_quote`, in :func:`quoteattr.analysis.quotes.kinds.settle` before the
   kind is read: a report nested in a quote ends at the quote's closing mark.
2. :func:`clip_before_reporting_clause`, in settle, also before the kind: a statement
   whose speaker follows its quotes ends at the last closing mark.
3. The trailing "according to X" is cut off a statement it ends, when the source is
   merged (``_without_trailing_source`` in :mod:`quoteattr.analysis.quotes.according_to`,
   kept with the rest of the according-to merge).
4. :func:`stop_before_outer_clause`, in the nesting stage: an inner statement ends where
   the reporting clause of its outer one begins.

Each cut stays where it runs because the next steps read the content it leaves: cuts 1 and
2 decide which quotes a statement holds, hence its kind (direct, mixed, indirect); cut 3
comes before the quotes no statement claims are looked for and before a speaker inside its
own content is replaced (:mod:`quoteattr.analysis.speakers.choose`); cut 4 needs each
statement's parent, known only once the filters have dropped what is not a statement.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ..lexicon import Lexicon
from .labels import NOMINAL_SUBJECTS
from .layout import Layout
from .marks import QuoteSpan
from .syntax import FINITE_TAG_IDS
from .values import Draft, Statement

#: Characters trimmed from the end of a quoted part (a comma standing for a full stop).
TRAILING_PUNCTUATION = " \t\r\n,;:\u2014\u2013-"

_CLAUSE_PUNCTUATION = ",;:\u2014-"
"""Punctuation left dangling at the end of an inner statement cut before its outer clause."""
_CLAUSE_ENDS = frozenset(",.!?")
"""What ends a quoted clause before its closing mark ('"We won," she said')."""


def end_inside_quote(statement: Statement, around: QuoteSpan, layout: Layout) -> Statement | None:
    """A report nested in a quote ends inside it: the closing mark is not its content.

    Returns:
        The statement cut at the quote's closing mark, or None when nothing is left.

    Notes:
        A parser reads across the closing mark of a quote as if it were not there (observed
        in news); what the quoted speaker reports cannot run past their own words.
    """
    end = around.inner_end
    while end > statement.start and layout.text[end - 1] in TRAILING_PUNCTUATION:
        end -= 1
    parts = tuple((s, min(e, end)) for s, e in statement.parts if s < end)
    return attrs.evolve(statement, parts=parts) if parts else None


def clip_before_reporting_clause(
    statement: Statement, quotes: Sequence[QuoteSpan], layout: Layout, lexicon: Lexicon
) -> Statement:
    """Content of a post-posed reporting clause ends at the last closing mark.

    In ``"...," Tulsa police Chief Chuck Jordan said`` the parser may hang "Tulsa" on the
    quoted clause; whatever stands between the closing mark and a speaker who follows the
    quote belongs to the reporting clause.

    Notes:
        A reporting clause that follows direct speech holds the speaker and the verb
        (Quirk et al. 1985); the misattachment is observed in news.
    """
    speaker_at = layout.doc[statement.speaker].idx if statement.speaker is not None else -1
    cue_at = layout.doc[statement.cue.head].idx if statement.cue is not None else -1
    if any(q.end > speaker_at and q.start > cue_at for q in quotes):
        return statement  # the quote resumes after its cue: one quote split by the clause
    # A quote between the speaker and the cue is the reporting clause's own ("wearing
    # "Vote Diaz" pins").
    last = max((q.end for q in quotes if q.end <= speaker_at), default=-1)
    if last < 0 or statement.end <= last or statement.start >= last:
        return statement
    if _verb_between(last, speaker_at, layout, lexicon):
        # 'The "dirty tricks" that Ruiz alleged are trivial, the candidate said': a clause
        # of the content's own stands between, so the quote ends no reporting clause.
        return statement
    parts = tuple((s, min(e, last)) for s, e in statement.parts if s < last)
    return attrs.evolve(statement, parts=parts)


def open_after_other_report(
    statement: Statement, quotes: Sequence[QuoteSpan], layout: Layout, lexicon: Lexicon
) -> Statement:
    """Content of a post-posed reporting clause opens after any other reporting clause in it.

    In ``"...," she said, but ..., "...," said Ruiz`` the parser may make the first quote and
    its own reporting clause part of the second's content: the second's content is the
    quote after them. The other clause is a cue verb outside quotes with a subject of its
    own, after a quote, and before the last quote ahead of the speaker.
    """
    if statement.speaker is None or statement.cue is None:
        return statement
    doc = layout.doc
    speaker_at = doc[statement.speaker].idx
    ended = [q.end for q in quotes if q.end <= speaker_at]
    if len(ended) < 2:
        # The other clause stands after one of these quotes and before another: most
        # statements hold one quote, and no word of theirs is read.
        return statement
    last = max(ended)
    first, stop = layout.token_at(statement.start), layout.token_at(min(last, statement.end))
    if first is None or stop is None:
        return statement
    own = statement.cue.head
    begin = None
    # the tags from the layout's column: a Token is made only for a finite verb
    tags: list[int] = layout.columns.tag[first.i : stop.i].tolist()
    for index, tag in enumerate(tags, start=first.i):
        if index == own or tag not in FINITE_TAG_IDS:
            continue
        token = doc[index]
        if layout.in_quote(token):
            continue
        if lexicon.cue_category(token.lemma_) is None:
            continue
        if not any(c.dep_ in NOMINAL_SUBJECTS for c in token.children):
            continue
        after = [q.start for q in quotes if token.idx < q.start and q.end <= last]
        before = any(q.end <= token.idx and _closes_a_clause(q, layout.text) for q in quotes)
        if after and before:
            begin = min(after)
    if begin is None:
        return statement
    parts = tuple((max(s, begin), e) for s, e in statement.parts if e > begin)
    return attrs.evolve(statement, parts=parts) if parts else statement


def _closes_a_clause(quote: QuoteSpan, text: str) -> bool:
    """The quote ends a quoted clause: a comma or end punctuation before or right after its
    closing mark ('"...," she said'; not a quoted word, 'the "loopholes" he cited')."""
    inner = text[quote.inner_start : quote.inner_end].rstrip()
    return inner[-1:] in _CLAUSE_ENDS or text[quote.end : quote.end + 1] == ","


def _verb_between(start: int, end: int, layout: Layout, lexicon: Lexicon) -> bool:
    """A finite verb outside quotes between two offsets that reports nothing (a cue verb
    there belongs to a reporting clause: '"...," Ruiz noted, as reported by X')."""
    first, last = layout.token_at(start), layout.token_at(end)
    if first is None or last is None:
        return False
    # the tags from the layout's column: a Token is made only for a finite verb
    tags: list[int] = layout.columns.tag[first.i : last.i].tolist()
    for index, tag in enumerate(tags, start=first.i):
        if tag not in FINITE_TAG_IDS:
            continue
        token = layout.doc[index]
        if not layout.in_quote(token) and lexicon.cue_category(token.lemma_) is None:
            return True
    return False


def stop_before_outer_clause(
    drafts: Sequence[Draft], parents: Sequence[int | None], layout: Layout
) -> list[Draft]:
    """An inner statement ends where the reporting clause of its outer one begins.

    "X admitted that drones were lost, a broadcaster reported": the parser may hang the
    outer clause inside the inner content; the content of "admitted" stops at the comma.

    Notes:
        The outer reporting clause is the outer statement's, never part of what it reports
        (Quirk et al. 1985 on reporting clauses); the misattachment is observed in news.
    """
    doc = layout.doc
    fixed = []
    for draft, parent in zip(drafts, parents, strict=True):
        outer = drafts[parent] if parent is not None else None
        if outer is None or outer.cue is None or outer.speaker is None:
            fixed.append(draft)
            continue
        cut = min(doc[outer.cue.first].idx, doc[outer.speaker].left_edge.idx)
        fixed.append(cut_at(draft, cut, layout.text) if draft.start < cut < draft.end else draft)
    return fixed


def cut_at(draft: Draft, cut: int, text: str) -> Draft:
    """The draft's content up to ``cut``, without the spaces and punctuation before it."""
    parts = []
    for start, end in draft.parts:
        end = min(end, cut)
        while end > start and (text[end - 1].isspace() or text[end - 1] in _CLAUSE_PUNCTUATION):
            end -= 1
        if end > start:
            parts.append((start, end))
    return attrs.evolve(draft, parts=tuple(parts)) if parts else draft
