"""Indirect reports that report no statement: questions, and a word or two.

An indirect question ("asked whether ...", "declined to say how ..."), the gap a question
word leaves in a content ("what the senator says his plan would cost"), a report of a word or
two ("said no") and a span of time ("pushed for nearly a decade") state no claim. The filters
(:mod:`.filters`) drop the statements found here.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import Lexicon
from ..records import CueCategory
from .cues import CueForm
from .labels import (
    ADVERBIAL_MODIFIER,
    AUXILIARY,
    CLAUSAL_COMPLEMENT,
    CLAUSE_SUBJECTS,
    DIRECT_OBJECT,
    OBJECT_PREDICATE,
    OPEN_COMPLEMENT,
    PASSIVE_MARKS,
    TIME_ENTITIES,
)
from .layout import Layout
from .syntax import PAST_PARTICIPLE, is_infinitive, word_ids
from .values import Draft

_MIN_INDIRECT_WORDS = 3


def no_report(draft: Draft, layout: Layout, lexicon: Lexicon) -> bool:
    """An indirect draft that reports no statement: a word or two, a question, or a span
    of time ("pushed for nearly a decade": the time is no object of the cue)."""
    text = layout.text
    split = [text[s:e].split() for s, e in draft.parts]
    length = sum(len(words) for words in split)
    short = length < _MIN_INDIRECT_WORDS
    if short and not (length > 1 and _stated_position(draft, text, lexicon)):
        return not (_an_answer(draft, text, lexicon) or _named_as(draft, layout, lexicon))
    if _only_a_time(draft, layout):
        return True
    if asks(draft, layout, lexicon):
        return True
    # one part (most contents) spans the whole draft: its words are those split above
    words = split[0] if len(split) == 1 else text[draft.start : draft.end].split()
    first = layout.token_at(draft.start)
    if len(words) > 1 and first is not None and first.pos_ == "ADV":
        words = words[1:]  # "reminding them just how great he is": the adverb stresses it
    return (
        bool(words)
        and words[0].lower() in lexicon.question_words
        and not _explains(draft, words[0], layout, lexicon)
        and not _free_relative_subject(draft, layout)
    )


def asks(draft: Draft, layout: Layout, lexicon: Lexicon) -> bool:
    """A question cue that asks, not requests ("asked whether ...", not "asked them to
    ...")."""
    question = draft.cue is not None and draft.cue.category is CueCategory.QUESTION
    return question and not _requests(draft, layout, lexicon)


def gapped_question(draft: Draft, layout: Layout, lexicon: Lexicon) -> bool:
    """ "what the senator says his plan would cost", "how economists say it would work": the
    cue sits inside a question or free relative whose word was moved out of the content, so
    the content lacks what was said (the cost, the way) and states nothing.

    Notes:
        Wh-movement out of a complement clause leaves a gap in it (Ross 1967; Huddleston
        and Pullum 2002, ch. 12): "what_i she says the plan would cost _i". A subject
        wh-word ("what officials say is the largest plant") leaves a whole claim and is
        kept; so are relative "which", "who" and "that" ("the ferry, which they said they
        would buy back"), whose antecedent names what the gap stands for, and "why" ("that
        is why she says the tax must go"), whose gap is a reason outside a whole claim.
    """
    cue = draft.cue
    if cue is None or cue.form is not CueForm.VERB:
        return False
    doc = layout.doc
    verb = doc[cue.head]
    first = verb.left_edge.i
    # the words from the layout's LOWER column: a Token is made only for a question word
    wanted = word_ids(lexicon.gapped_question_words)
    lowers: list[int] = layout.columns.lower[first : cue.first].tolist()
    for index, lower in enumerate(lowers, start=first):
        if lower not in wanted:
            continue
        word = doc[index]
        if draft.start <= word.idx < draft.end:
            continue  # a word of a content before its cue ("..., analysts say") is no gap
        if word.dep_ in CLAUSE_SUBJECTS:
            continue
        if word.head.i != verb.i:
            if draft.start <= word.head.idx < draft.end:
                return True  # a word of the content moved before the cue
        elif word.dep_ == ADVERBIAL_MODIFIER or (
            word.dep_ == DIRECT_OBJECT and _clause_in(verb, draft)
        ):
            # "how" on the cue, or "what" hung on a cue that also has a clause: the parser's
            # reading of the gap; a "what" object alone is the cue's own ("this is what she
            # told reporters: ...") and its content follows
            return True
    return False


def _clause_in(verb: Token, draft: Draft) -> bool:
    """``verb`` has a clausal complement with its own subject inside the draft's content; in
    "what they say was her role" the clause lacks its subject, which "what" is."""
    return any(
        c.dep_ == CLAUSAL_COMPLEMENT
        and draft.start <= c.idx < draft.end
        and any(g.dep_ in CLAUSE_SUBJECTS for g in c.children)
        for c in verb.children
    )


def _only_a_time(draft: Draft, layout: Layout) -> bool:
    """Every word of the content belongs to a date or time entity."""
    first = layout.token_index_at(draft.start)
    last = layout.token_index_at(draft.end - 1)
    if first is None or last is None:
        return False
    # read up to the first word outside a time entity: most contents have one at once (the
    # Tokens are made one at a time, not as a Span, which costs more than the few read)
    doc = layout.doc
    words = 0
    for index in range(first, last + 1):
        token = doc[index]
        if token.is_punct or token.is_space:
            continue
        if token.ent_type_ not in TIME_ENTITIES:
            return False
        words += 1
    return words > 0


def _explains(draft: Draft, wh_word: str, layout: Layout, lexicon: Lexicon) -> bool:
    """ "explained how the scheme worked" states something; "asked how", "declined to say
    why" and "did not explain why" do not."""
    cue = draft.cue
    if cue is None or cue.negated or wh_word.lower() not in lexicon.explained_question_words:
        return False
    head = layout.doc[cue.head].head
    return (
        cue.lemma in lexicon.explaining_cues
        and head.lemma_.lower() not in lexicon.withholding_verbs
    )


def _an_answer(draft: Draft, text: str, lexicon: Lexicon) -> bool:
    """Every word of the draft is an answer word ("she said yes", "yes, yes, yes")."""
    words = [w.strip(",.!?;:").lower() for s, e in draft.parts for w in text[s:e].split()]
    return bool(words) and all(w in lexicon.answer_words for w in words)


def _named_as(draft: Draft, layout: Layout, lexicon: Lexicon) -> bool:
    """The content is the predicate alone of a naming cue whose object is a relative
    pronoun ("a bill that critics called anti-union", "the plan, which she called bold"):
    a word or two is the whole characterisation."""
    cue = draft.cue
    first = layout.token_at(draft.start)
    if cue is None or first is None or cue.lemma not in lexicon.naming_cues:
        return False
    verb = layout.doc[cue.head]
    return (
        first.dep_ == OBJECT_PREDICATE
        and first.head.i == verb.i
        and any(
            c.dep_ == DIRECT_OBJECT and c.i < verb.i and c.lower_ in lexicon.relative_pronouns
            for c in verb.children
        )
    )


def _stated_position(draft: Draft, text: str, lexicon: Lexicon) -> bool:
    """ "called for his dismissal": a position named by a short noun phrase is a statement."""
    cue = draft.cue
    if cue is None or cue.lemma not in lexicon.cue_prepositions:
        return False
    before = text[max(0, draft.start - 8) : draft.start].split()
    return bool(before) and before[-1].lower() in lexicon.cue_prepositions[cue.lemma]


def _free_relative_subject(draft: Draft, layout: Layout) -> bool:
    """ "his message that what the country needs is order": the "what" clause is the subject
    of the content, not an indirect question ("asked what the plan was")."""
    first = layout.token_at(draft.start)
    if first is None:
        return False
    inside = [t for t in first.ancestors if draft.start <= t.idx < draft.end]
    if not inside:
        return False
    clause = inside[-2] if len(inside) > 1 else first  # the root's child over the wh-word
    return clause is not first and clause.dep_ in CLAUSE_SUBJECTS


def _requests(draft: Draft, layout: Layout, lexicon: Lexicon) -> bool:
    """ "asked the board to delay the vote" is a request, a statement; "asked whether" is not.

    The asker must be the subject: in "was asked to testify" and "when asked to leave" the
    subject is the one asked.
    """
    assert draft.cue is not None
    cue = layout.doc[draft.cue.head]
    if any(child.dep_ in PASSIVE_MARKS for child in cue.children):
        return False
    perfect = any(
        c.dep_ == AUXILIARY and c.lemma_ in lexicon.perfect_auxiliaries for c in cue.children
    )
    if cue.tag_ == PAST_PARTICIPLE and not perfect:
        return False
    return any(child.dep_ == OPEN_COMPLEMENT and is_infinitive(child) for child in cue.children)
