"""Who the speaker is: every rule that replaces or fills in the speaker a statement came with.

The content stage picks a first speaker from the parse (the subject of the cue:
:func:`quoteattr.analysis.speakers.clause.speaker_of`, called by
:mod:`quoteattr.analysis.content.verbs` and :mod:`quoteattr.analysis.quotes.unclaimed`;
"according to X" names a channel, ``via``, in :mod:`quoteattr.analysis.quotes.according_to`).
The rules here revisit it, in this order, the one order that gives today's records:

1. :func:`by_position`, in :func:`quoteattr.analysis.quotes.kinds.settle` once the quotes no
   cue reached are added: a bracketed tag after a name is that name, a speaker inside its
   own content is the phrase by the cue, and a subject after the content's start makes the
   attribution post-posed.
2. Two direct halves of one cue joined into one statement keep the first half's speaker,
   else the second's (``_join_same_cue`` in settle).
3. :func:`float_quotes`, the last step of settle: a cue-less quote takes the current speaker
   of its passage (:mod:`.passage`).
4. :func:`choose_speakers`, the stage after nesting: a date or a time the parse took for the
   speaker ("said Thursday") gives way to the phrase by the cue, or to no one.

Why rules 1 to 3 run inside settle, not in the stage of rule 4: rule 1 reads each half's own
content before halves are joined (joined, a speaker inside either half would count), and the
quotes no cue reached must be in before it; rule 3 must see the speakers rule 1 corrected and
must run before the filters drop statements it may continue. Why rule 4 runs last: the
filters (a first-person speaker outside quotes is the writer) and nesting (a first-person
report inside a quote is the quoted speaker's own talk; an inner statement ends before its
outer speaker) read the speaker the parse gave; the phrase rule 4 puts in its place ("we",
by the cue) would change what they drop and cut.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from itertools import accumulate

import attrs
from spacy.tokens import Doc, Token

from ...lexicon import Lexicon
from ...records import Attribution
from ..boundaries import cut_at
from ..labels import APPOSITION, COMPOUND, NEGATION, NOMINAL_SUBJECTS, TIME_ENTITIES
from ..layout import Layout
from ..nesting import Nesting
from ..quotes.continuation import nested_at
from ..syntax import DASHES, FINITE_TAGS
from ..values import Draft
from .affiliation_words import entity_of
from .passage import Passages, floating

_DASHES = DASHES | {"-"}
"""Dashes after a dateline ("WASHINGTON --", "PARIS \u2014", a hyphen typed for one)."""
_NOUNS = ("NOUN", "PROPN")
_MAX_ASIDE = 40
"""Tokens an aside between a speaker's name and the cue may span."""
_MAX_CREDIT = 6
"""Tokens a dateline's bracketed credit may span ("(Reuters)", "(AP Photo)")."""
_MAX_REGION = 3
"""Words of a dateline's region after its place ("OSLO, Norway -", "DENVER, Colo. -")."""


def can_speak(token: Token) -> bool:
    """Not a date or time ("said Thursday" names no speaker; "29 percent said" does),
    unless the date is an adjective with a determiner of its own, a person described by
    age ("said the 46-year-old": the recogniser labels the age a date)."""
    return token.ent_type_ not in TIME_ENTITIES or _described_by_age(token) is not None


def _described_by_age(token: Token) -> Token | None:
    """The adjective heading the age description ``token`` is part of ("old" of "the
    46-year-old", the determiner left out of the date entity), or None."""
    age = entity_of(token)
    if age is None or age.start == 0:
        return None
    adjective = age[-1]
    return adjective if adjective.pos_ == "ADJ" and age.doc[age.start - 1].pos_ == "DET" else None


def adjacent_speaker(cue: Token, layout: Layout) -> int | None:
    """The head of the noun phrase right before a cue, or right after it (``said X``).

    Notes:
        The reporting clause of quoted speech puts its subject right before the verb or,
        inverted, right after it ("said the minister"; Quirk et al. 1985).
    """
    doc = cue.doc
    index = cue.i - 1
    while index >= 0 and (doc[index].pos_ in ("ADV", "AUX", "PART") or doc[index].dep_ == NEGATION):
        index -= 1
    before = doc[index] if index >= 0 else None
    nominal = before is not None and before.pos_ in ("NOUN", "PROPN", "PRON")
    if nominal and not layout.in_quote(before) and can_speak(before):  # type: ignore[arg-type]
        return index
    if before is not None and before.text == ",":
        described = _name_before_aside(before, layout)
        if described is not None:
            return described
    index = cue.i + 1
    while (
        index < len(doc)
        and doc[index].pos_ in ("DET", "ADJ", "NUM")
        and not layout.in_quote(doc[index])
    ):
        index += 1
    after = doc[index] if index < len(doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN", "PRON") and not layout.in_quote(after):
        if not can_speak(after):
            return None
        # "said former tech executive Ana Diaz": the first noun may modify the phrase's
        # head further on; the head is the speaker. A day after the name is none of it
        # ("said Ana Diaz Thursday", the name parsed as the day's compound).
        while (
            after.dep_ == COMPOUND
            and after.head.i > after.i
            and after.head.pos_ in _NOUNS
            and after.head.ent_type_ not in TIME_ENTITIES
        ):
            after = after.head
        index = after.i
        while (
            index + 1 < len(doc)
            and doc[index + 1].pos_ == "PROPN"
            and doc[index + 1].ent_type_ not in TIME_ENTITIES
        ):
            index += 1
        return index
    return None


def _name_before_aside(comma: Token, layout: Layout) -> int | None:
    """The name right after a closing quote mark whose aside, set off by commas, ends at
    ``comma`` before the cue ('"...," Ruiz, the party's nominee since May, said').

    Notes:
        A reporting clause after direct speech may hold a long appositive between the
        speaker and the verb; the aside holds no finite verb of its own and no quote.
    """
    doc = comma.doc
    for i in range(comma.i - 1, max(comma.i - _MAX_ASIDE, 0), -1):
        token = doc[i]
        if token.pos_ in ("VERB", "AUX") and token.tag_ in FINITE_TAGS:
            return None
        if layout.in_quote(token) or token.is_quote:
            return None
        if token.text != "," or i < 2:
            continue
        name = doc[i - 1]
        if name.ent_type_ != "PERSON":
            continue
        first = name.i
        while first > 0 and doc[first - 1].ent_type_ == "PERSON":
            first -= 1
        if first > 0 and doc[first - 1].is_quote:
            return name.i
    return None


# --- rule 1: by position ----------------------------------------------------------------------


def by_position(drafts: Sequence[Draft], layout: Layout) -> list[Draft]:
    """Each draft with its speaker outside its content and its attribution read from where
    the speaker stands (see :func:`_outside_content` and :func:`_placed`)."""
    return [_placed(_outside_content(_outside_brackets(d, layout), layout), layout) for d in drafts]


_BRACKET_REACH = 4
"""Tokens a bracketed tag after a name spans ("(D-Ore.)", "(R-N.Y.)")."""


def _outside_brackets(draft: Draft, layout: Layout) -> Draft:
    """A speaker in brackets right after a name is a tag on that name; the name speaks.

    Notes:
        American news tags a legislator's name with party and state in brackets ("Sen.
        Maria Lund (D-Ore.) said"); the phrase rule of a final reporting clause reads the
        last noun, the tag (AP style for party affiliation).
    """
    if draft.speaker is None:
        return draft
    doc = layout.doc
    reach = max(draft.speaker - _BRACKET_REACH, 0)
    if "(" not in layout.text[doc[reach].idx : doc[draft.speaker].idx]:
        return draft  # no bracket before the speaker: checked on the text, no Token made
    index = draft.speaker - 1
    while index > reach and doc[index].text not in "()":
        index -= 1
    if index < 1 or doc[index].text != "(":
        return draft
    name = doc[index - 1]
    if name.pos_ != "PROPN" or layout.in_quote(name):
        return draft
    return attrs.evolve(draft, speaker=name.i)


def _outside_content(draft: Draft, layout: Layout) -> Draft:
    """A speaker the parser found inside the content is wrong; take the phrase by the cue,
    unless the speaker's phrase closes the content right before the cue, which is then cut
    from the content (:func:`_without_closing_speaker`).

    Notes:
        Quote marks confuse small parsers: in ``"... in Ohio," Mr. Trump said`` the subject
        of "said" can land on "Ohio". The noun phrase right before the cue (or right after
        it, for ``said X``) is then the speaker (observed in news).
    """
    if draft.speaker is None or draft.cue is None:
        return draft
    doc = layout.doc
    char = doc[draft.speaker].idx
    if not any(s <= char < e for s, e in draft.parts):
        return draft
    trimmed = _without_closing_speaker(draft, layout)
    if trimmed is not None:
        return trimmed
    return attrs.evolve(draft, speaker=adjacent_speaker(doc[draft.cue.head], layout))


def _without_closing_speaker(draft: Draft, layout: Layout) -> Draft | None:
    """The draft with its content ending before its speaker's phrase, when that phrase ends
    the content right before the cue: "<statement>, Tom Ruiz, the undersecretary, wrote"
    parsed with the name hung on the statement's last noun, so the content ran over him.
    Not a word inside quote marks, which the parse may have made the subject."""
    assert draft.speaker is not None and draft.cue is not None
    doc = layout.doc
    phrase = doc[draft.speaker]
    start, end = draft.parts[-1]
    cue = doc[draft.cue.head]
    last = phrase.right_edge
    if layout.in_quote(phrase) or not start < phrase.left_edge.idx:
        return None  # '"... in Ohio," Mr. Trump said': a word of the quote is no speaker
    if last.idx + len(last) < end or last.i >= cue.i:
        return None
    if any(not (t.is_punct or t.is_space) for t in doc[last.i + 1 : cue.i]):
        return None  # the phrase must run up to the cue
    return cut_at(draft, phrase.left_edge.idx, layout.text)


def _placed(draft: Draft, layout: Layout) -> Draft:
    """A subject speaker after the start of the content makes a post-posed attribution.

    Notes:
        The reporting clause may follow the reported speech (Quirk et al. 1985); the record
        tells that order apart from a clause that introduces the speech.
    """
    subject = draft.attribution is Attribution.SUBJECT and draft.speaker is not None
    if subject and layout.doc[draft.speaker].idx > draft.start:  # type: ignore[index]
        return attrs.evolve(draft, attribution=Attribution.POSTPOSED)
    return draft


# --- rule 3: floating quotes ------------------------------------------------------------------


def float_quotes(drafts: list[Draft], layout: Layout, lexicon: Lexicon) -> list[Draft]:
    """A cue-less quote takes the current speaker of its passage.

    Args:
        drafts: The drafts sorted by start.
        layout: The parsed text.
        lexicon: Language data (the message nouns whose source may be a quote's speaker).

    Returns:
        The drafts, each floating quote with the speaker of its passage or with none.

    Notes:
        News style puts a quote that follows an attributed one, in the same or the next
        paragraph, in the same mouth (Gender Gap Tracker's "floating quotes"), and a quote
        paragraph after one that introduces a person in that person's. What the passage
        is and which of its events names the speaker is
        :meth:`quoteattr.analysis.speakers.passage.Passages.speaker`. The look-back over
        statements stops at the start of the passage.
    """
    if not any(floating(d) for d in drafts):
        return drafts  # most texts: nothing to index
    reach = list(accumulate((d.end for d in drafts), max))
    passages = Passages(layout, drafts, lexicon)
    settled: list[Draft] = []
    for draft in drafts:
        if floating(draft):
            speaker = passages.speaker(
                draft, partial(_speaking_before, settled, draft, reach=reach)
            )
            if speaker is not None:
                draft = attrs.evolve(draft, speaker=speaker, cue=None)
            else:
                draft = attrs.evolve(draft, attribution=Attribution.NONE)
        settled.append(draft)
    return settled


def _speaking_before(
    settled: Sequence[Draft], draft: Draft, floor: int, reach: Sequence[int]
) -> Draft | None:
    """The last top-level statement with a speaker ending before ``draft``.

    An indirect statement counts as a direct one does: "X told reporters that ..." followed
    by a quote paragraph with no cue is X's quote, whether or not the parse made X the
    subject of a main clause (which :mod:`.passage` reads as an introduction). Leaving them
    out left such quotes with no speaker (A-H speaker right 95.0% -> 95.2% with them).

    Args:
        settled: The drafts before ``draft``, sorted by start.
        draft: The floating quote.
        floor: Give up at a statement starting before this offset.
        reach: The farthest end among the first ``i + 1`` drafts, for each ``i``.
    """
    for at in range(len(settled) - 1, -1, -1):
        candidate = settled[at]
        if candidate.start < floor:
            return None
        if (
            candidate.end <= draft.start
            and candidate.speaker is not None
            and not nested_at(settled, at, reach[at - 1] if at else -1)
        ):
            return candidate
    return None


# --- rule 4: the speaker stage ----------------------------------------------------------------


def choose_speakers(nesting: Nesting, layout: Layout) -> Nesting:
    """The speaker stage: the last word on each statement's speaker (rule 4 above).

    Args:
        nesting: The statements kept, with their parents.
        layout: The parsed text.

    Returns:
        The same statements and parents, each with the speaker it keeps.
    """
    drafts = tuple(_without_non_speaker(d, layout) for d in nesting.drafts)
    return attrs.evolve(nesting, drafts=drafts)


def _dateline(token: Token, layout: Layout) -> bool:
    """A dateline's place: capitals opening a paragraph, then a dash ("WASHINGTON --",
    "NEW YORK —"), perhaps after its region ("OSLO, Norway -") or the agency's credit in
    brackets ("MACAU (Reuters) –")."""
    doc = token.doc
    first = token.left_edge.i
    following = _after_place(token)
    if following >= len(doc) or doc[following].text not in _DASHES:
        return False
    words = doc[first : token.i + 1]
    if not all(t.is_alpha and t.text.isupper() and len(t.text) > 1 for t in words):
        return False
    start = doc[first].idx
    paragraph = layout.paragraph_at(start)
    opening = layout.paragraph_starts[paragraph] if layout.paragraph_starts else 0
    return not layout.text[opening:start].strip()


def _past_region(doc: Doc, index: int) -> int:
    """The index past a dateline's region, a comma and a few capitalised words ("OSLO,
    Norway -", "DENVER, Colo. -"), or ``index`` when none follows there."""
    if index >= len(doc) or doc[index].text != ",":
        return index
    end = index + 1
    while end < len(doc) and end - index <= _MAX_REGION and doc[end].text[:1].isupper():
        end += 1
    return end if end > index + 1 else index


def _after_place(token: Token) -> int:
    """The index after a dateline's place ``token``, its region and the agency's credit
    ("MACAU (Reuters) -", "OSLO, Norway (AP) -")."""
    doc = token.doc
    return _past_credit(doc, _past_region(doc, _past_credit(doc, token.i + 1)))


def _past_credit(doc: Doc, index: int) -> int:
    """The index past a bracketed credit opening at ``index`` ("(Reuters)"), or
    ``index``."""
    if index < len(doc) and doc[index].text == "(":
        closing = next(
            (i for i in range(index + 1, min(index + _MAX_CREDIT, len(doc))) if doc[i].text == ")"),
            None,
        )
        if closing is not None:
            return closing + 1
    return index


def _after_dateline(dateline: Token) -> int | None:
    """The speaker the parse hung on a dateline as its appositive (a name first, past the
    agency's credit), or made a second subject of its verb ("MACAU (Reuters) – Top donor
    Ana Diaz said": "MACAU" and "Diaz" both subjects)."""
    start = _after_place(dateline)
    hung = [c for c in dateline.rights if c.dep_ == APPOSITION and c.i >= start]
    named = [c for c in hung if c.ent_type_ == "PERSON"] or hung
    if named:
        return named[0].i
    verb = dateline.head
    return next((c.i for c in verb.lefts if c.dep_ in NOMINAL_SUBJECTS and c.i > start), None)


def _without_non_speaker(draft: Draft, layout: Layout) -> Draft:
    """A date or a time the parse took for the speaker ("said Thursday") is no speaker; the
    phrase by the cue is, when there is one.

    Notes:
        News style dates a report right after its verb ("said Thursday", AP style for days
        of the week); small parsers take the day for an inverted subject.
    """
    if draft.speaker is None:
        return draft
    speaker = layout.doc[draft.speaker]
    if _dateline(speaker, layout):
        # "WASHINGTON -- President Obama, dedicating ..., said": the parse hung the speaker
        # on the dateline as its appositive, or made both subjects of the cue.
        return attrs.evolve(draft, speaker=_after_dateline(speaker))
    if speaker.ent_type_ not in TIME_ENTITIES:
        return draft
    aged = _described_by_age(speaker)
    if aged is not None:
        return attrs.evolve(draft, speaker=aged.i)  # the whole phrase, "the 46-year-old"
    if draft.cue is not None:
        fallback = adjacent_speaker(layout.doc[draft.cue.head], layout)
        if fallback is not None and fallback != draft.speaker:
            return attrs.evolve(draft, speaker=fallback)
    return attrs.evolve(draft, speaker=None)
