"""Conjectures: a cue whose speech act the writer imagines, where no one spoke.

"The board is likely calling for ...", "officials could argue that ...", "is expected to say
...", "is weighing whether to announce ...", "If asked, Ana Ruiz would say ...", "if the mayor
says the bridge is safe, ...": the writer conjectures what someone may say. The filters
(:mod:`.filters`) drop the statements found here.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import Lexicon
from .cues import CueForm
from .labels import (
    ADVERBIAL_CLAUSE,
    ADVERBIAL_MODIFIER,
    AUXILIARY,
    CLAUSE_SUBJECTS,
    MARKER,
    OPEN_COMPLEMENT,
)
from .layout import Layout
from .syntax import is_infinitive, word_ids
from .values import Draft

_IMPERATIVE_OR_MISREAD = frozenset({"VB", "NNP"})
"""Tags of a sentence-opening "Say" or "Suppose": the imperative, or a name misread."""


def hypothetical(draft: Draft, layout: Layout, lexicon: Lexicon) -> bool:
    """ "The board is likely calling for ...", "officials could argue that ...": the writer
    conjectures what someone may say; no one said it. "may have told" (the perfect) hedges
    a report and is kept.

    Notes:
        Epistemic modality on the reporting verb marks the speech act as unrealised
        (Quirk et al. 1985 on modal verbs); observed in news previews and analyses.
    """
    cue = draft.cue
    if cue is None or cue.form is not CueForm.VERB:
        return False
    verb = layout.doc[cue.head]
    # The tests below read only a marker, an auxiliary, an adverb or an adverbial clause:
    # the children are listed once, those alone (most children are none of them).
    children = [c for c in verb.children if c.dep in _HEDGE_LINK_IDS]
    if _supposed(verb, children, layout, lexicon):
        return True
    if any(
        c.dep_ == AUXILIARY and c.lemma_.lower() in lexicon.perfect_auxiliaries for c in children
    ):
        return False
    if _prospective(verb, lexicon) or _conditional_consequence(children, lexicon):
        return True
    if _deliberated(verb, children, lexicon):
        return True
    return any(
        c.dep_ in (AUXILIARY, ADVERBIAL_MODIFIER) and c.lower_ in lexicon.hypothetical_markers
        for c in children
    )


_HEDGE_LINK_IDS = word_ids(frozenset({MARKER, AUXILIARY, ADVERBIAL_MODIFIER, ADVERBIAL_CLAUSE}))
"""The links :func:`hypothetical` reads a cue's children by, as ``Token.dep`` holds them."""


def _prospective(verb: Token, lexicon: Lexicon) -> bool:
    """ "The governor is expected to say that ...", "plans to announce ...": the cue is the
    infinitive of a verb of speech still to come."""
    return (
        verb.dep_ == OPEN_COMPLEMENT
        and verb.tag_ == "VB"
        and verb.head.lemma_.lower() in lexicon.prospective_verbs
    )


def _deliberated(verb: Token, children: list[Token], lexicon: Lexicon) -> bool:
    """ "is weighing whether to order ...", "has not decided whether to announce ...": an
    infinitive cue a question word opens is a speech act being weighed, not one made
    (``children``: the verb's; its markers suffice)."""
    return is_infinitive(verb) and any(
        c.dep_ == MARKER and c.lower_ in lexicon.question_words for c in children
    )


def _conditional_consequence(children: list[Token], lexicon: Lexicon) -> bool:
    """ "If asked, Ana Ruiz would say ...": a "would" cue with a condition of its own says
    what someone would say in a case the writer imagines (Quirk et al. 1985, 14.23 on
    hypothetical conditions). ``children``: the cue verb's (its auxiliaries and adverbial
    clauses suffice)."""
    would = any(c.dep_ == AUXILIARY and c.lower_ in lexicon.conditional_modals for c in children)
    return would and any(
        c.dep_ == ADVERBIAL_CLAUSE
        and any(m.dep_ == MARKER and m.lower_ in lexicon.conditional_markers for m in c.children)
        for c in children
    )


def _supposed(verb: Token, children: list[Token], layout: Layout, lexicon: Lexicon) -> bool:
    """ "if the mayor says the bridge is safe, ...", "suppose the union announced that ...":
    the cue's clause is a condition or a case the writer imagines, not a report
    (``children``: the verb's; its markers suffice).

    Notes:
        Conditional and suppositional clauses are non-assertive: their proposition is not
        put forward as true (Quirk et al. 1985, 15.33-15.35 on open conditions).
    """
    if any(c.dep_ == MARKER and c.lower_ in lexicon.conditional_markers for c in children):
        return True
    # the imperative opens the sentence and governs the cue, however the parser nests it
    # (or hangs it on the cue: "Say Mexico demanded that ..." with "Say" taken for a name)
    opener = verb.doc[layout.sentence_start(verb.i)]
    return (
        opener.lower_ in lexicon.supposition_verbs
        and opener.tag_ in _IMPERATIVE_OR_MISREAD
        and (opener.is_ancestor(verb) or opener.head.i == verb.i)
        and opener.dep_ not in CLAUSE_SUBJECTS
        and not any(c.dep_ in CLAUSE_SUBJECTS for c in opener.children)
    )
