"""The speaker among a verb cue's own dependents: its subject, or a passive's agent.

The subject the parse gives the cue's clause, less the phrases it misread as one (a dash, a
word fragment, a description set before the name, a phrase set off before the subject), or
what a relative pronoun, a distributive ("each saying ...") or a pronoun the parse left
outside its relative clause stands for; a passive's subject when the cue names its speaker
("he was quoted as saying"); the agent of a passive ("it was announced by the ministry
that"), or the written work a passive says the statement was made in ("As noted in the
report, ..."). :mod:`.clause` reads them clause by clause up from the cue.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import Lexicon
from ...records import Attribution
from ..labels import (
    ACTIVE_SUBJECTS,
    AGENT,
    APPOSITION,
    ATTRIBUTE,
    CONJUNCT,
    NOMINAL_SUBJECT,
    PASSIVE_MARKS,
    PASSIVE_SUBJECT,
    PREPOSITION,
    PREPOSITION_OBJECT,
    RELATIVE_CLAUSE,
)
from ..syntax import PAST_PARTICIPLE
from ..wordsets import union
from .fronted import fronted_appositive
from .kinds import names_a_speaker
from .misread_subjects import (
    bare_gerund_after_comma,
    contracted_perfect,
    event_doing,
    person_nearer,
    person_set_in,
    poll_beside,
    subjects_after_last_comma,
    under_clitic,
)
from .wording import word_fragment


def _passive(verb: Token) -> bool:
    """``verb`` is a passive: a past participle, or a verb with a passive auxiliary or
    subject. A "by" phrase on a verb in the past tense names no agent, whatever the parse
    labelled it ("Lund, now retired, said by telephone": the means)."""
    return verb.tag_ == PAST_PARTICIPLE or any(c.dep_ in PASSIVE_MARKS for c in verb.children)


def subject_or_agent(
    token: Token, attribution: Attribution, lexicon: Lexicon, children: list[Token]
) -> tuple[int, Attribution] | None:
    """The speaker among the clause's own dependents: its subject, the subject of a passive
    cue that names the speaker ("he was quoted as saying"), or the agent of a passive, or
    else the written work a passive says the statement was made in (:func:`_work_stated_in`).

    The first such dependent in the parse's order wins; ``children`` are ``token``'s.
    """
    subjects = [c for c in children if c.dep_ in ACTIVE_SUBJECTS]
    if len(subjects) > 1:
        # "... made public ― Trump boasted": a dash the tagger took for a noun heads no
        # phrase that speaks.
        subjects = [c for c in subjects if any(ch.isalnum() for ch in c.text)] or subjects
        # "Fenwick co-founder Dana Morrow said": a part of a hyphenated word the parser
        # made a subject of its own heads no phrase.
        subjects = [c for c in subjects if not word_fragment(c)] or subjects
        # "A former prosecutor, Ana Diaz said": the description set before the name is its
        # appositive, not a second speaker.
        fronted = {f.i for c in subjects if (f := fronted_appositive(c, lexicon)) is not None}
        subjects = [c for c in subjects if c.i not in fronted] or subjects
        # "The day before, at a rally, Ana Diaz was blunt": a phrase that names no
        # speaker, which the parse made a subject, set off by a comma before the subject
        # that stands next to the verb.
        later = subjects_after_last_comma(subjects, token)
        listed = any(c.dep_ == CONJUNCT for s in later for c in s.children)
        earlier = [s for s in subjects if s not in later]
        if later and not listed and not any(names_a_speaker(s, lexicon) for s in earlier):
            subjects = later
    if bare_gerund_after_comma(token):
        # "... on "Morning Joe," calling it ...": a gerund right after a comma has no
        # subject of its own; the parse took the phrase before the comma for one
        subjects = []
    relative = token.dep_ == RELATIVE_CLAUSE
    if len(subjects) > 1 and relative:
        # "the drawdown, which they say left a vacuum": "which" belongs to the content
        subjects = [c for c in subjects if c.lower_ not in lexicon.relative_pronouns] or subjects
    for child in children:
        if child.dep_ in ACTIVE_SUBJECTS and child in subjects:
            if relative and child.lower_ in lexicon.relative_pronouns:
                return antecedent(token, lexicon), attribution
            child = under_clitic(child, lexicon)
            if event_doing(child, token, attribution, lexicon):
                # "He sent an email as the meeting began vowing to ...": a meeting vows
                # nothing; the participle is the main clause's.
                above = token.head
                return subject_or_agent(above, attribution, lexicon, list(above.children))
            before = _noun_before_relative(child, lexicon)
            if before is None:
                before = _distributed(child, token, lexicon)
            if before is None:
                before = person_set_in(child, token, lexicon)
            if before is None:
                before = poll_beside(child, lexicon)
            return (child.i if before is None else before.i), attribution
        if child.dep_ == PASSIVE_SUBJECT and (
            token.lemma_ in lexicon.passive_speaker_cues or contracted_perfect(token, lexicon)
        ):
            return _passive_subject(child, token, relative, lexicon), attribution
        if child.dep_ == AGENT and _passive(token):
            objects = [g for g in child.children if g.dep_ == PREPOSITION_OBJECT]
            if objects:
                return objects[0].i, Attribution.AGENT
    work = _work_stated_in(token, lexicon)
    return None if work is None else (work.i, Attribution.AGENT)


def _passive_subject(child: Token, token: Token, relative: bool, lexicon: Lexicon) -> int:
    """The speaker a passive subject stands for: itself, or for a relative pronoun the
    noun its clause modifies ("Ana Diaz, who's said ...", a contracted perfect)."""
    if relative and child.lower_ in lexicon.relative_pronouns:
        return antecedent(token, lexicon)
    return child.i


def _work_stated_in(token: Token, lexicon: Lexicon) -> Token | None:
    """The written work a passive cue says its statement was made in ("As noted in the
    report, ...", "as stated in Davis' commentary", "it was argued in the brief that"):
    the work is the source, as the agent of a passive is."""
    if token.tag_ != PAST_PARTICIPLE:
        return None
    works = union(lexicon.authored_works, lexicon.message_nouns)
    for phrase in token.children:
        if phrase.dep_ != PREPOSITION or phrase.lower_ not in lexicon.work_prepositions:
            continue
        for work in phrase.children:
            lemma = work.lemma_.lower()
            if work.dep_ == PREPOSITION_OBJECT and (lemma in works or lemma in lexicon.cue_nouns):
                return work
    return None


def _distributed(subject: Token, clause: Token, lexicon: Lexicon) -> Token | None:
    """The subject that "each" or "both" distributes over, in a participle clause on its
    verb ("Diaz and Ng vied for the post, each saying the other lacks ...")."""
    if subject.lower_ not in lexicon.distributives or clause.tag_ != "VBG":
        return None
    if clause.head.i == clause.i:
        return None
    return next((c for c in clause.head.children if c.dep_ in ACTIVE_SUBJECTS), None)


def _noun_before_relative(subject: Token, lexicon: Lexicon) -> Token | None:
    """The noun right before "which" or "who" the parser made a plain subject ("the
    department which reported ..." parsed as no relative clause), or None.

    Notes:
        "which" and "who" as subjects open a relative clause on the noun before them, the
        speaker; "that" is left alone, being a demonstrative subject as often.
    """
    if (
        subject.lower_ not in lexicon.relative_pronouns
        or subject.lower_ in lexicon.demonstrative_relatives
    ):
        return None
    index = subject.i - 1
    if index >= 0 and subject.doc[index].text == ",":
        index -= 1
    noun = subject.doc[index] if index >= 0 else None
    return noun if noun is not None and noun.pos_ in ("NOUN", "PROPN") else None


def antecedent(relative: Token, lexicon: Lexicon) -> int:
    """What a relative clause is about: its head noun, or, when that noun is the predicate
    of a copula ("Smith is a lawyer who said ..."), the copula's subject; a relative clause
    on an appositive is about the phrase the appositive describes ("Ruiz, a spokeswoman who
    said ...")."""
    head = relative.head
    while head.dep_ == APPOSITION and head.head.i != head.i:
        # "Ruiz, the port's director, who said": the appositive describes the named head
        head = head.head
    nearer = person_nearer(relative, head, lexicon)
    if nearer is not None:
        return nearer.i
    noun = head
    while noun.dep_ in (CONJUNCT, APPOSITION) and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ == ATTRIBUTE and noun.head.lemma_ in lexicon.copulas:
        copula = noun.head
        if copula.dep_ == CONJUNCT and not any(c.dep_ == NOMINAL_SUBJECT for c in copula.children):
            copula = copula.head  # "X incites ... and is a liar who ...": X is the subject
        subject = next((c for c in copula.children if c.dep_ == NOMINAL_SUBJECT), None)
        if subject is not None and subject.pos_ in ("PROPN", "NOUN"):
            return subject.i
    return head.i
