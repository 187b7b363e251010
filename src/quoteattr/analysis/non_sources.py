"""Subjects of a cue that are no source of a statement.

The writer ("As I mentioned above, ..."), a thing, an event or an outcome ("the drought has
shown that ...", "the footage shows he was unarmed": evidence the writer cites), an act ("Not
to act is saying that ...", "It means admitting that ..."), the demonstrative of a connective
("That said, ...") and a speaker whose own phrase holds the quote (a title: "the movie "Bridge
of Spies," which recounts ...") report no one's words. The filters (:mod:`.filters`) drop the
statements found here.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import Lexicon
from ..records import QuoteKind
from .cues import CueForm, CueMatch
from .labels import (
    CLAUSAL_SUBJECT,
    DATIVE,
    DIRECT_OBJECT,
    NOMINAL_SUBJECTS,
    OPEN_COMPLEMENT,
    PREPOSITION_OBJECT,
)
from .layout import Layout
from .speakers.kinds import may_speak, names_a_work
from .values import Draft
from .wordsets import union

_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
"""Tags of a verb in the present ("tells"): a fact's lesson, where a past telling is news."""
_HEARER_LINKS = frozenset({DIRECT_OBJECT, DATIVE})
"""Links of the one told to the verb of telling."""


def writers_voice(speaker: Token, layout: Layout, lexicon: Lexicon) -> bool:
    """The speaker is the writer: "I" or "we" outside quotes ("As I mentioned above, ...")."""
    return speaker.lower_ in lexicon.participant_pronouns and not layout.in_quote(speaker)


def thing_as_source(draft: Draft, speaker: Token, lexicon: Lexicon) -> bool:
    """A thing, an event or an outcome as the subject of a cue that needs a source: "the
    drought has shown that ...", "signs reading ...", "the ruling threatens to erase ..."
    (:func:`~quoteattr.analysis.speakers.kinds.may_speak`), or figures or records as the
    source of "according to" ("according to Census data", "according to unofficial
    returns", "according to state records": evidence the writer cites)."""
    cue = draft.cue
    if cue is not None and cue.form is CueForm.SOURCE:
        return (
            speaker.lower_ in lexicon.statistics_nouns or speaker.lower_ in lexicon.evidence_nouns
        )
    if cue is None or cue.form is not CueForm.VERB or speaker.i == cue.head:
        return False
    if cue.lemma in lexicon.outcome_cues:
        return not may_speak(speaker, lexicon, works=False)
    if cue.lemma in lexicon.evidence_verbs or cue.lemma in lexicon.inscription_cues:
        return not may_speak(speaker, lexicon)
    return False


def inside_its_speaker(draft: Draft, speaker: Token, layout: Layout) -> bool:
    """ "the movie "Bridge of Spies," which recounts the swap": a quote inside the phrase
    of its own speaker, outside the cue's clause, is part of a name or a title (the
    speaker's), not what the speaker said.

    Notes:
        A quote a speaker's relative clause reports ("Ruiz, who said "we won," ...") lies
        inside the cue's clause and is kept.
    """
    cue = draft.cue
    if cue is None or draft.kind is not QuoteKind.DIRECT or cue.form is not CueForm.VERB:
        return False
    token = layout.token_at(draft.start)
    if token is None:
        return False
    verb = layout.doc[cue.head]
    if not speaker.i < token.i < verb.i:
        return False  # "Said Ellis: "..."" reads the quote after its cue
    in_phrase = speaker.left_edge.i <= token.i <= speaker.right_edge.i
    in_clause = verb.left_edge.i <= token.i <= verb.right_edge.i
    return in_phrase and not in_clause


def act_as_speaker(speaker: Token) -> bool:
    """ "Not to act is saying that ...", "Refusing the offer sends a message that ...": a
    clause as the cue's subject names an act, which says something only as a figure of
    speech; no one spoke."""
    return speaker.dep_ == CLAUSAL_SUBJECT


def act_in_general(draft: Draft, speaker: Token, layout: Layout, lexicon: Lexicon) -> bool:
    """ "It means admitting that ...", "this requires saying that ...": a gerund cue that
    completes a verb whose subject is "it" or "this" (``THING_PRONOUNS``) names an act in
    general; the pronoun stands for a proposition, not for someone who spoke.

    Notes:
        A controlled gerund takes its understood subject from the verb it completes
        (Quirk et al. 1985 on -ing clauses); an expletive or a demonstrative for a state
        of affairs can do no saying.
    """
    cue = draft.cue
    if cue is None or cue.form is not CueForm.VERB:
        return False
    verb = layout.doc[cue.head]
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == OPEN_COMPLEMENT
        and speaker.head.i == verb.head.i
        and speaker.dep_ in NOMINAL_SUBJECTS
        and speaker.lower_ in lexicon.thing_pronouns
    )


def connective(draft: Draft, speaker: Token, layout: Layout, lexicon: Lexicon) -> bool:
    """ "That said, the race is open.": a demonstrative and a cue set off by a comma at a
    sentence's start are a connective ("having said that") tying the sentence to the one
    before; nobody is reported. ("That, she said, is the plan" has its comma elsewhere.)"""
    cue = draft.cue
    if cue is None or cue.form is not CueForm.VERB:
        return False
    doc = layout.doc
    verb = doc[cue.head]
    after = verb.i + 1
    return (
        speaker.lower_ in lexicon.definite_determiners
        and speaker.i + 1 == verb.i
        and after < len(doc)
        and doc[after].text == ","
        and layout.sentence_start(speaker.i) == speaker.i
    )


def _tells_anyone(cue: CueMatch, speaker: Token, lexicon: Lexicon) -> bool:
    """ "That tells us ...", "It tells you ...": an impersonal subject telling anyone, in
    the present, says what a fact shows (``Lexicon.generic_hearers``); "It told us ...",
    a firm's words, stays a statement."""
    verb = speaker.doc[cue.head]
    return (
        cue.lemma in lexicon.hearer_cues
        and speaker.lower_ in lexicon.impersonal_subjects
        and verb.tag_ in _PRESENT_TAGS
        and any(
            c.dep_ in _HEARER_LINKS and c.lower_ in lexicon.generic_hearers for c in verb.children
        )
    )


def _shows_as_a_work(speaker: Token, lexicon: Lexicon) -> bool:
    """The subject of a showing verb is a work, a poll or a report ("the study shows",
    "a poll showed", "the report demonstrates"), or one of them ("an average of recent
    polls shows"); anyone or anything else shows by acting or being ("the attackers showed
    how deadly ...", "Diaz would show voters he is serious")."""
    # "an average of recent polls shows": what the noun is of is the work.
    counted = [
        g
        for p in speaker.children
        if p.lower_ in lexicon.genitive_prepositions
        for g in p.children
        if g.dep_ == PREPOSITION_OBJECT
    ]
    return any(names_a_work(t, lexicon) for t in (speaker, *counted))


def evidence(draft: Draft, speaker: Token, lexicon: Lexicon) -> bool:
    """ "The footage shows he was unarmed", "it indicates that ...", "his popularity shows
    how ...": the writer citing a thing or an event, not a statement; so is anyone or
    anything but a work that shows, proves or demonstrates something
    (``Lexicon.showing_verbs``: "she has to show she can win", "the raiders showed how")."""
    cue = draft.cue
    if cue is None or cue.form is not CueForm.VERB or speaker.i == cue.head:
        return False
    if speaker.lower_ in lexicon.evidence_nouns:
        return True
    if _tells_anyone(cue, speaker, lexicon):
        return True
    # "released the files in July, which showed ...": the relative pronoun, not the
    # antecedent the parser found, is the subject; a work earlier in the sentence may be
    # what it stands for ("published a study on Monday, which showed ..."), a source
    verb = speaker.doc[cue.head]
    relatives = [
        c
        for c in verb.children
        if c.dep_ in NOMINAL_SUBJECTS and c.lower_ in lexicon.thing_pronouns
    ]
    if (
        cue.lemma in lexicon.showing_verbs
        and not relatives
        and speaker.lower_ not in lexicon.thing_pronouns
        and not _shows_as_a_work(speaker, lexicon)
    ):
        return True  # "she needs to show she is serious": an act, not a statement
    works = union(lexicon.authored_works, lexicon.poll_nouns)
    pronoun = speaker.lower_ in lexicon.thing_pronouns or (
        bool(relatives)
        and not any(w.lemma_.lower() in works for w in verb.sent if w.i < relatives[0].i)
    )
    thing = pronoun or speaker.lemma_.lower() in lexicon.event_nouns
    return thing and cue.lemma in lexicon.evidence_verbs
