"""What is not an attributed statement, though a cue reached it.

Indirect questions, reports of one or two words, the writer's own voice, evidence the writer
cites and things named by someone else are dropped after the statements are settled; each
predicate below says which.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from ..lexicon import Lexicon
from ..records import CueCategory, QuoteKind
from .cues import CueForm
from .layout import Layout
from .syntax import is_infinitive
from .values import Draft

#: First- and second-person speakers: outside quote marks, the writer's own voice.
PERSONAL = frozenset({"i", "me", "we", "us", "you", "'s", "\u2019s"})  # "let's": us
_THING_PRONOUNS = frozenset({"it", "this"})
_MIN_INDIRECT_WORDS = 3
_WH_WORDS = frozenset({"whether", "how", "why", "what", "who", "whom", "which", "where"})
_EXPLAINED_WH = frozenset({"how", "why", "what"})
_WITHHOLDING = frozenset({"decline", "refuse", "fail"})


def keep_statements(drafts: Sequence[Draft], layout: Layout, lexicon: Lexicon) -> list[Draft]:
    """Drop what is not a statement.

    Indirect questions ("asked whether ...", "declined to say how ..."), reports of one or
    two words, and the writer's own voice ("we can all agree that ...", a first- or
    second-person speaker outside any quote) are not attributed statements.
    """
    text = layout.text
    kept = []
    for draft in drafts:
        words = text[draft.start : draft.end].split()
        if _named_thing(draft, layout, lexicon):
            continue
        if draft.kind is QuoteKind.INDIRECT:
            length = sum(len(text[s:e].split()) for s, e in draft.parts)
            if length < _MIN_INDIRECT_WORDS and not (length > 1 and _stated_position(draft, text, lexicon)):
                continue
            question = draft.cue is not None and draft.cue.category is CueCategory.QUESTION
            if question and not _requests(draft, layout):
                continue
            if (
                words
                and words[0].lower() in _WH_WORDS
                and not _explains(draft, words[0], layout, lexicon)
                and not _free_relative_subject(draft, layout)
            ):
                continue
        if draft.speaker is not None:
            speaker = layout.doc[draft.speaker]
            if speaker.lower_ in PERSONAL and not layout.in_quote(speaker):
                continue
            if draft.kind is QuoteKind.INDIRECT and _evidence(draft, speaker, lexicon):
                continue
        kept.append(draft)
    return kept


def _explains(draft: Draft, wh_word: str, layout: Layout, lexicon: Lexicon) -> bool:
    """"explained how the scheme worked" states something; "asked how", "declined to say
    why" and "did not explain why" do not."""
    cue = draft.cue
    if cue is None or cue.negated or wh_word.lower() not in _EXPLAINED_WH:
        return False
    head = layout.doc[cue.head].head
    return cue.lemma in lexicon.explaining_cues and head.lemma_.lower() not in _WITHHOLDING


def _stated_position(draft: Draft, text: str, lexicon: Lexicon) -> bool:
    """"called for his dismissal": a position named by a short noun phrase is a statement."""
    cue = draft.cue
    if cue is None or cue.lemma not in lexicon.cue_prepositions:
        return False
    before = text[max(0, draft.start - 8) : draft.start].split()
    return bool(before) and before[-1].lower() in lexicon.cue_prepositions[cue.lemma]


def _named_thing(draft: Draft, layout: Layout, lexicon: Lexicon) -> bool:
    """"condemned what he called a "brazen breach"": the object is a thing named by someone
    else (the naming is its own statement), not what the condemning cue reports."""
    first = layout.token_at(draft.start)
    return (
        first is not None
        and first.lower_ == "what"
        and first.dep_ == "dobj"
        and first.head.i > first.i
        and first.head.lemma_.lower() in lexicon.naming_cues
    )


def _free_relative_subject(draft: Draft, layout: Layout) -> bool:
    """"his message that what the country needs is order": the "what" clause is the subject
    of the content, not an indirect question ("asked what the plan was")."""
    first = layout.token_at(draft.start)
    if first is None:
        return False
    inside = [t for t in first.ancestors if draft.start <= t.idx < draft.end]
    if not inside:
        return False
    clause = inside[-2] if len(inside) > 1 else first  # the root's child over the wh-word
    return clause is not first and clause.dep_ in ("csubj", "nsubj", "nsubjpass")


def _requests(draft: Draft, layout: Layout) -> bool:
    """"asked the board to delay the vote" is a request, a statement; "asked whether" is not.

    The asker must be the subject: in "was asked to testify" and "when asked to leave" the
    subject is the one asked.
    """
    assert draft.cue is not None
    cue = layout.doc[draft.cue.head]
    if any(child.dep_ in ("auxpass", "nsubjpass") for child in cue.children):
        return False
    if cue.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in cue.children):
        return False
    return any(
        child.dep_ == "xcomp" and is_infinitive(child) for child in cue.children
    )


def _evidence(draft: Draft, speaker: Token, lexicon: Lexicon) -> bool:
    """"The footage shows he was unarmed", "it indicates that ...", "his popularity shows
    how ...": the writer citing a thing or an event, not a statement."""
    cue = draft.cue
    if cue is None or cue.form is not CueForm.VERB or speaker.i == cue.head:
        return False
    if speaker.lower_ in lexicon.evidence_nouns:
        return True
    thing = speaker.lower_ in _THING_PRONOUNS or speaker.lemma_.lower() in lexicon.event_nouns
    return thing and cue.lemma in lexicon.evidence_verbs
