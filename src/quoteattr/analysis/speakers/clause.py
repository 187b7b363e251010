"""The speaker of a verb cue, read from the dependency parse.

:func:`speaker_of` reads the clauses up from the cue. At each it looks for the speaker among
the clause's own dependents, its subject or a passive's agent (:mod:`.subjects_and_agents`),
or for one found through another word, read here: the subject a passive raised, the
passive subject or object that controls the cue, the issuer of a message the clause
describes, the noun a participle describes; else it climbs to the clause above whose
subject the cue shares (:mod:`.shared_subjects`).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ...lexicon import Lexicon
from ...records import Attribution
from ..labels import (
    ACTIVE_SUBJECTS,
    AUXILIARY,
    CLAUSAL_MODIFIER,
    DIRECT_OBJECT,
    OPEN_COMPLEMENT,
    PASSIVE_MARKS,
    PASSIVE_SUBJECT,
    RELATIVE_CLAUSE,
)
from ..syntax import is_infinitive, participle_past_noun_clause, verb_of_object
from .absolutes import absolute_subject
from .misattached_clauses import (
    appositive_closed_by,
    clause_before_participle,
    main_clause_person,
    relative_closed_by,
)
from .misread_subjects import gathering_holder, subject_on_auxiliary
from .shared_subjects import clause_sharing_subject, participle
from .subjectless_cues import repaired_subject
from .subjects_and_agents import antecedent, subject_or_agent

_MAX_CLAUSES = 6
"""Clauses climbed from the cue in search of a subject ("went on to say", "..., saying")."""

SpeakerReading = Callable[[], tuple[int | None, Attribution]]
""":func:`speaker_of` of one cue, put off until called: a statement reading calls it once it
has found content (about a third of the verb cues have none, and their speakers are not
read)."""


def speaker_of(
    verb: Token, lexicon: Lexicon, children: list[Token] | None = None
) -> tuple[int | None, Attribution]:
    """The head token of the speaker of a verb cue, and how it was found.

    Args:
        verb: The cue verb.
        lexicon: Language data (relative pronouns, copulas, cues with a passive speaker,
            coordinated cues).
        children: ``verb``'s children, when the caller has listed them (each read of
            ``Token.children`` makes new Tokens); else they are listed here.

    Returns:
        The speaker's head token index (or None) and how it is tied to the cue.

    Notes:
        Follows the subject through coordination, control ("went on to say"), participles
        ("..., saying") and relative clauses ("the minister, who said"), and takes the agent
        of a passive ("it was announced by the ministry that"): the source of a reporting
        clause is its subject or agent (Quirk et al. 1985 on reporting clauses; PARC 3.0's
        source span, Pareti 2016).
    """
    children = list(verb.children) if children is None else children
    raised = (
        _raised_subject(verb, lexicon)
        or subject_on_auxiliary(verb, children)
        or absolute_subject(verb, lexicon)  # "with Diaz and Ng both calling for ..."
    )
    if raised is not None:
        return raised.i, Attribution.SUBJECT
    token = verb
    listed = verb.i  # the clause whose children are listed
    attribution = Attribution.SUBJECT
    for _ in range(_MAX_CLAUSES):
        controller = _passive_controller(token, verb)
        if controller is not None:
            return controller.i, attribution
        issuer = _issuing_clause(token, lexicon) if _message_relative(token, lexicon) else None
        if issuer is not None:
            token = issuer  # "made a comment that described ...": who made it
            continue
        if token.i != listed:  # read twice below: the Tokens are made once per clause
            children, listed = list(token.children), token.i
        found = _own_speaker(token, children, attribution, lexicon)
        if found is not None:
            return found
        if token.dep_ == RELATIVE_CLAUSE:
            return antecedent(token, lexicon), attribution
        issuer = _issuing_clause(token, lexicon)
        if issuer is not None:
            token = issuer
            continue
        above = participle_past_noun_clause(token)
        if above is not None:
            attribution, token = Attribution.PARTICIPIAL, above
            continue
        noun = _noun_speaking(token, lexicon)
        if noun is not None:
            return noun.i, attribution
        if participle(token):
            attribution = Attribution.PARTICIPIAL
            before = clause_before_participle(token)
            if before is not None:
                token = before
                continue
        controller = _object_controller(token, lexicon)
        if controller is not None:
            return controller.i, attribution
        above = clause_sharing_subject(token, lexicon)
        if above is None:
            break
        token = above
    return _last_resort(token, verb)


def _own_speaker(
    token: Token, children: list[Token], attribution: Attribution, lexicon: Lexicon
) -> tuple[int | None, Attribution] | None:
    """The speaker among the clause's own dependents (``children``, listed once), or no
    speaker at all for a passive whose subject names none; None to look further up."""
    found = subject_or_agent(token, attribution, lexicon, children)
    if found is None and any(c.dep_ == PASSIVE_SUBJECT for c in children):
        return None, Attribution.NONE
    return found


def _last_resort(token: Token, verb: Token) -> tuple[int | None, Attribution]:
    """No subject up the clauses from the cue ``verb`` to ``token``: a name the parse left
    as no subject, else the main clause's person for a gerund, else none."""
    name = repaired_subject(token)
    if name is not None:
        return name.i, Attribution.SUBJECT
    person = main_clause_person(verb)
    if person is not None:
        return person.i, Attribution.PARTICIPIAL
    return None, Attribution.NONE


def _issuing_clause(token: Token, lexicon: Lexicon) -> Token | None:
    """The verb whose subject issued the message a participle or a relative clause describes
    ("the council issued a statement calling ...", "she said at a briefing announcing ...",
    "made a comment that described ..."), or None.

    Notes:
        A participle on a noun that names a message or a written work ("a statement
        calling", "a memo instructing") reports what the message says; the message has no
        voice of its own, and its source is the one who issued it: the subject of the verb
        that takes the message as object, or that the phrase holding it modifies (PARC 3.0
        annotates the issuer as the source, Pareti 2016). A message taken by a reporting
        verb ("noted reports alleging") was issued by someone else, and stays the source.
    """
    if token.dep_ not in (CLAUSAL_MODIFIER, RELATIVE_CLAUSE) or token.head.i == token.i:
        return None
    noun = token.head
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or not (lemma in lexicon.cue_nouns or lemma in lexicon.authored_works):
        return None
    verb = verb_of_object(noun)
    if verb is None:
        return None
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in lexicon.cue_verbs:
        return None  # "she noted reports alleging ...": the reports are a source of their own
    return verb


def _object_controller(token: Token, lexicon: Lexicon) -> Token | None:
    """The object that controls an infinitive: "urged the minister to say ...", "prompted
    his wife to make a comment ..." (the minister says it, not the one who urged). A
    demonstrative or indefinite object is what is said, not a sayer ("had this to say");
    a common noun after a verb of using something is the means, and the subject speaks
    ("used the occasion to warn ...", "took the stage to say ...":
    :attr:`Lexicon.means_verbs`), though a person still does ("it took him a day to say
    ...")."""
    if token.dep_ != OPEN_COMPLEMENT or not is_infinitive(token):
        return None
    means = token.head.lemma_.lower() in lexicon.means_verbs
    objects = [c for c in token.head.children if c.dep_ == DIRECT_OBJECT and c.i < token.i]
    return next(
        (
            c
            for c in objects
            if c.pos_ == "PROPN" or c.tag_ == "PRP" or (c.pos_ == "NOUN" and not means)
        ),
        None,
    )


def _message_relative(token: Token, lexicon: Lexicon) -> bool:
    """A relative clause whose relative pronoun is its subject ("a comment that described
    ..."): it says what its antecedent says."""
    return token.dep_ == RELATIVE_CLAUSE and any(
        c.dep_ in ACTIVE_SUBJECTS and c.lower_ in lexicon.relative_pronouns for c in token.children
    )


def _noun_speaking(token: Token, lexicon: Lexicon) -> Token | None:
    """The noun a participle or infinitive cue hangs on that is its speaker, or the subject
    whose appositive or relative clause the parse hung it on
    (:func:`.misattached_clauses.appositive_closed_by`,
    :func:`.misattached_clauses.relative_closed_by`), or the one who holds the gathering it
    describes (:func:`.misread_subjects.gathering_holder`)."""
    anchor = appositive_closed_by(token)
    if anchor is None:
        anchor = relative_closed_by(token)
    if anchor is not None:
        return anchor
    if not _describes_noun(token):
        return None
    holder = gathering_holder(token.head, lexicon)
    return holder if holder is not None else token.head


def _describes_noun(token: Token) -> bool:
    """A participle or infinitive on a noun, whose noun is the speaker ("the minister,
    speaking on Monday, ..."), except an infinitive on an object ("took the opportunity to
    remind ...", whose taker speaks)."""
    if token.dep_ != CLAUSAL_MODIFIER or token.head.i == token.i:
        return False
    head = token.head
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    return not (is_infinitive(token) and head.dep_ == DIRECT_OBJECT)


def _raised_subject(verb: Token, lexicon: Lexicon) -> Token | None:
    """The subject a passive verb raised from a perfect infinitive cue: "Ana Ruiz is said
    (reported, believed, understood) to have told aides that ..." (she told them).

    Notes:
        In subject raising the surface subject of the passive belongs to the infinitive
        (Huddleston and Pullum 2002, ch. 14 on raising); the perfect marks a past speech
        act reported at second hand. A plain infinitive is left to the other rules: "is
        expected to say" is speech still to come, "was asked to explain" a request.
    """
    if verb.dep_ != OPEN_COMPLEMENT or verb.tag_ not in ("VBN", "VBD"):
        return None
    perfect = any(
        c.dep_ == AUXILIARY and c.lemma_.lower() in lexicon.perfect_auxiliaries
        for c in verb.children
    )
    if not (perfect and is_infinitive(verb)):
        return None
    return next((c for c in verb.head.children if c.dep_ == PASSIVE_SUBJECT), None)


def _passive_controller(clause: Token, verb: Token) -> Token | None:
    """The passive subject of a clause that an active gerund cue hangs on: it does the
    gerund's action too ("After saying the bridge was unsafe, she was taken to ...",
    "Insisting on a recount, the mayor was booed by the crowd": the mayor, not the crowd,
    the passive's agent). A passive gerund's subject is its hearer, not its speaker ("After
    being told ..., she was taken"), and is not read."""
    if clause.i == verb.i or verb.tag_ != "VBG":
        return None
    if any(c.dep_ in PASSIVE_MARKS for c in verb.children):
        return None
    return next((c for c in clause.children if c.dep_ == PASSIVE_SUBJECT), None)
