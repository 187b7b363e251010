"""The speaker of a verb cue, read from the dependency parse."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ...lexicon import Lexicon
from ...records import Attribution
from ..labels import (
    ACTIVE_SUBJECTS,
    ADJECTIVAL_COMPLEMENT,
    ADVERB_OR_PREDICATE_ADJECTIVE,
    ADVERBIAL_CLAUSE,
    AGENT,
    APPOSITION,
    ATTRIBUTE,
    AUXILIARY,
    CLAUSAL_COMPLEMENT,
    CLAUSAL_MODIFIER,
    CONJUNCT,
    DIRECT_OBJECT,
    MARKER,
    NOMINAL_SUBJECT,
    OPEN_COMPLEMENT,
    PARTICIPLE_LINKS,
    PASSIVE_MARKS,
    PASSIVE_SUBJECT,
    PREPOSITION,
    PREPOSITION_CLAUSE,
    PREPOSITION_OBJECT,
    RELATIVE_CLAUSE,
    SUBJECT_SHARING_LINKS,
)
from ..syntax import (
    PAST_PARTICIPLE,
    coordinated_into_report,
    is_infinitive,
    participle_past_noun_clause,
    second_report,
    verb_of_object,
)
from ..wordsets import union
from .absolutes import absolute_subject
from .fronted import fronted_appositive
from .kinds import names_a_speaker
from .misattached_clauses import (
    appositive_closed_by,
    clause_before_participle,
    main_clause_person,
    relative_closed_by,
    unlinked_second_verb,
    verb_preposition,
)
from .misread_subjects import (
    bare_gerund_after_comma,
    contracted_perfect,
    event_doing,
    gathering_holder,
    person_nearer,
    person_set_in,
    poll_beside,
    subject_on_auxiliary,
    subjects_after_last_comma,
    under_clitic,
)
from .subjectless_cues import repaired_subject
from .wording import word_fragment

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
            return _antecedent(token, lexicon), attribution
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
        if _participle(token):
            attribution = Attribution.PARTICIPIAL
            before = clause_before_participle(token)
            if before is not None:
                token = before
                continue
        controller = _object_controller(token, lexicon)
        if controller is not None:
            return controller.i, attribution
        above = _clause_sharing_subject(token, lexicon)
        if above is None:
            break
        token = above
    return _last_resort(token, verb)


def _own_speaker(
    token: Token, children: list[Token], attribution: Attribution, lexicon: Lexicon
) -> tuple[int | None, Attribution] | None:
    """The speaker among the clause's own dependents (``children``, listed once), or no
    speaker at all for a passive whose subject names none; None to look further up."""
    found = _subject_or_agent(token, attribution, lexicon, children)
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


def _passive(verb: Token) -> bool:
    """``verb`` is a passive: a past participle, or a verb with a passive auxiliary or
    subject. A "by" phrase on a verb in the past tense names no agent, whatever the parse
    labelled it ("Lund, now retired, said by telephone": the means)."""
    return verb.tag_ == PAST_PARTICIPLE or any(c.dep_ in PASSIVE_MARKS for c in verb.children)


def _subject_or_agent(
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
                return _antecedent(token, lexicon), attribution
            child = under_clitic(child, lexicon)
            if event_doing(child, token, attribution, lexicon):
                # "He sent an email as the meeting began vowing to ...": a meeting vows
                # nothing; the participle is the main clause's.
                above = token.head
                return _subject_or_agent(above, attribution, lexicon, list(above.children))
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
        return _antecedent(token, lexicon)
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


def _participle(token: Token) -> bool:
    """A participle clause that shares its head's subject ("..., saying", "kept insisting")."""
    return token.tag_ == "VBG" and token.dep_ in PARTICIPLE_LINKS and token.head.i != token.i


def _clause_sharing_subject(token: Token, lexicon: Lexicon) -> Token | None:
    """The clause above ``token`` whose subject is ``token``'s speaker, or None."""
    if token.dep_ == PREPOSITION_CLAUSE and token.tag_ == "VBG" and verb_preposition(token.head):
        # "after saying", "stopped short of calling": the subject of the verb the
        # preposition hangs on
        above = token.head.head
        if above.pos_ in ("ADV", "ADJ") and above.dep_ in ADVERB_OR_PREDICATE_ADJECTIVE:
            above = above.head
        return above
    if token.head.i == token.i:
        return None
    if token.pos_ == "ADJ" and token.dep_ == ADJECTIVAL_COMPLEMENT:
        return token.head  # "Trump was quick to add": the subject of the copula
    if second_report(token, lexicon):
        return token.head  # "X said that ... but said "...": the first verb's subject
    if unlinked_second_verb(token):
        return token.head  # "Ruiz paused, then explained that ...": a coordination
    if token.dep_ not in SUBJECT_SHARING_LINKS:
        return None
    if _loose_participle_in_report(token, lexicon):
        return token.head.head
    if _participle_after_subordinate_clause(token, lexicon):
        # "X changed course, after the plan was shown to fail, saying ...": the main
        # clause's subject, not the subordinate clause's
        return token.head.head
    reporter = coordinated_into_report(token, lexicon)
    if reporter is not None:
        # "X said the plan was "dead" and vowed to veto it": a saying verb the parser
        # coordinated with the verb of the reported clause belongs to the reporter.
        return reporter
    if _coordinated_out_of_quote(token):
        # 'emailed staff saying: "The fight goes on" and vowing to ...': the words after the
        # quote are the reporter's, not the quoted clause's subject's.
        return token.head.head
    if token.dep_ == CLAUSAL_MODIFIER and token.head.pos_ in ("NOUN", "PROPN"):
        return token.head.head  # "took the opportunity to remind ...": the taker speaks
    return token.head


def _coordinated_out_of_quote(token: Token) -> bool:
    """A verb after a closing quote mark that the parser coordinated with the verb of the
    quoted clause, a complement of a verb before the opening mark."""
    head = token.head
    if token.dep_ != CONJUNCT or head.dep_ != CLAUSAL_COMPLEMENT or not head.head.i < head.i:
        return False
    doc = token.doc
    return any(t.is_quote for t in doc[head.head.i + 1 : head.i]) and any(
        t.is_quote for t in doc[head.i + 1 : token.i]
    )


def _participle_after_subordinate_clause(token: Token, lexicon: Lexicon) -> bool:
    """A participle set off by a comma after the subordinate clause the parse hung it on,
    which a subordinator ("after", "when", "because") opens and which modifies a main clause
    before it.

    Notes:
        A supplementive clause's implied subject is the main clause's (Quirk et al. 1985);
        a subordinate clause set between the two does not lend its own subject.
    """
    head = token.head
    doc = token.doc
    if token.tag_ != "VBG" or head.i > token.i or head.dep_ != ADVERBIAL_CLAUSE:
        return False
    if token.left_edge.i == 0 or doc[token.left_edge.i - 1].text != ",":
        return False
    opened = any(c.dep_ == MARKER and c.lower_ in lexicon.subordinators for c in head.children)
    return opened and head.head.i < head.i and head.head.pos_ in ("VERB", "AUX")


def _loose_participle_in_report(token: Token, lexicon: Lexicon) -> bool:
    """A participle set off by a comma that the parser hung on the verb of a reported clause
    ("Okafor told the board that the plan works, saying ...": the reporter says it).

    Notes:
        A free participle clause after a report of speech continues the reporter's
        speech act, since its implied subject is the main clause's subject (Quirk et al.
        1985 on supplementive clauses); the parser attaches it to the nearest verb. Before
        a reporting clause that follows its statement ("Her friends mocked the plan,
        calling it a farce, Ana Diaz said"), the participle is part of what was reported.
    """
    head = token.head
    return (
        _participle(token)
        and token.i > 0
        and token.doc[token.i - 1].text == ","
        and head.dep_ == CLAUSAL_COMPLEMENT
        and head.head.lemma_.lower() in lexicon.cue_verbs
        and head.head.i < token.i
    )


def _antecedent(relative: Token, lexicon: Lexicon) -> int:
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
