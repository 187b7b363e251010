"""Subjects read past the errors a small parser makes around a reporting verb.

:func:`.clause.speaker_of` follows the parse from a cue to its speaker. A small parser
often breaks that path in a few recurring ways, each repaired here where the surface shows
what the parse missed: names left before a subjectless verb, a subject and its appositives
hung on the noun of the phrase that opens the sentence, a list of verbs read as
complements, a subject's long phrase read as a complement before the cue, a participle
hung on the wrong verb, a cue read as a participle after an appositive, a contracted
auxiliary made a subject, an event or a gathering standing where a speaker should, a "who"
clause hung on a noun for no person, a phrase set off before the subject made a second
subject, a second verb left unlabelled, and a gerund whose clause is lost. Each function
names the construction it reads; :mod:`.clause` decides when to ask (and :mod:`.mentions`
and :mod:`.descriptions` ask :func:`run_on_verb` whether a phrase the parse made an
appositive is a verb's subject instead).
"""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import Lexicon
from ...records import Attribution
from ..labels import (
    ACTIVE_SUBJECTS,
    ADJECTIVAL_MODIFIER,
    ADVERBIAL_CLAUSE,
    ADVERBIAL_MODIFIER,
    APPOSITION,
    AUXILIARY,
    CLAUSAL_COMPLEMENT,
    CLAUSAL_MODIFIER,
    COMPOUND,
    CONJUNCT,
    COORDINATOR,
    DETERMINER,
    DIRECT_OBJECT,
    NOMINAL_SUBJECTS,
    PARATAXIS,
    PASSIVE_AUXILIARY,
    PASSIVE_SUBJECT,
    POSSESSOR,
    PREPOSITION,
    PREPOSITION_OBJECT,
    RELATIVE_CLAUSE,
    UNLABELLED,
)
from ..syntax import FINITE_TAGS, has_comma_before, opens_its_sentence
from ..wordsets import union
from .kinds import SPEAKING_ENTITIES

_PAST_PARTICIPLE = "VBN"
_GERUND = "VBG"
_PREPOSITION = "ADP"
_PERSON = "PERSON"
_CLIMB_LIMIT = 6
"""Most links climbed from the noun a misparsed cue hangs on to the clause holding it."""
_SENTENCE_ENDS = frozenset({".", "!", "?", "\n"})
"""Tokens after which the parse may rightly start a sentence."""
_MAX_PARTICIPLE_PHRASE = 16
"""Tokens a describing phrase between a subject and its verb may span, commas included."""
_RELATIVE_PRONOUN_TAGS = frozenset({"WP", "WDT"})
_DESCRIBING = frozenset({DETERMINER, POSSESSOR})
"""Links of the word opening a noun phrase that describes someone ("a", "her")."""
_INSIDE_A_PHRASE = frozenset(
    {PREPOSITION_OBJECT, PREPOSITION, COMPOUND, ADJECTIVAL_MODIFIER, POSSESSOR, CONJUNCT}
)
"""Links climbed from a noun to the head of the phrase it is part of."""
_PHRASE_TAIL = _INSIDE_A_PHRASE - {CONJUNCT}
"""Links climbed from the last word of a phrase to its head ("the head of sales")."""


def repaired_subject(verb: Token) -> Token | None:
    """The subject of a finite cue the parse left without one, read past the parse's error."""
    name = stranded_subject(verb)
    if name is None:
        name = surname_run_on(verb)
    if name is None:
        name = appositive_run_on(verb)
    if name is None:
        name = subject_of_fronted_complement(verb)
    if name is None:
        name = inverted_subject_taken(verb)
    if name is None:
        name = name_ending_report(verb)
    return name if name is not None else listed_verbs_subject(verb)


def name_ending_report(verb: Token) -> Token | None:
    """The name right after a subjectless finite cue whose reported clause comes before
    it, ending the sentence, that the parse took for no subject: '"...," said Ana Ruiz,
    reports USA Today.' ("USA Today" read as an adverbial noun of "reports")."""
    if not _subjectless_finite(verb) or not any(
        c.dep_ == CLAUSAL_COMPLEMENT and c.i < verb.i for c in verb.children
    ):
        return None
    after = [c for c in verb.rights if not c.is_punct]
    if len(after) != 1 or after[0].left_edge.i != verb.i + 1:
        return None
    name = after[0]
    ends = name.right_edge.i + 1
    doc = verb.doc
    if name.pos_ != "PROPN" or any(not doc[i].is_punct for i in range(ends, verb.sent.end)):
        return None
    return name


def inverted_subject_taken(verb: Token) -> Token | None:
    """The name right after a subjectless finite cue that the parse made the subject of a
    later verb the cue hangs on: '"...," said Ana Ruiz, director of X, reports the Star'
    ("said" read as an aside of "reports", with "Ruiz" its subject). An inverted reporting
    clause puts its subject right after its verb (Quirk et al. 1985 on reporting clauses)."""
    if not _subjectless_finite(verb) or verb.i + 1 >= len(verb.doc):
        return None
    later = verb.head
    if later.i <= verb.i or verb.dep_ not in (PARATAXIS, CLAUSAL_COMPLEMENT):
        return None
    subjects = [c for c in later.children if c.dep_ in ACTIVE_SUBJECTS and verb.i < c.i < later.i]
    if len(subjects) != 1 or subjects[0].left_edge.i != verb.i + 1:
        return None
    name = subjects[0]
    return name if name.pos_ == "PROPN" or name.ent_type_ in SPEAKING_ENTITIES else None


def subject_of_fronted_complement(verb: Token) -> Token | None:
    """The name the sentence opens with, when the parse made its long phrase (relative
    clauses and all) a complement before a subjectless cue that has its own complement
    after it: "Ana Ruiz, director of the Harbor Trust, a union that has been busing its
    members to rallies, also said her group would march" ("busing" read as a fronted
    complement of "said", with "Ruiz" its subject). A cue reports one clause: with a
    second after it, the first is no statement but the subject's phrase."""
    if not _subjectless_finite(verb):
        return None
    complements = [c for c in verb.children if c.dep_ == CLAUSAL_COMPLEMENT]
    before = [c for c in complements if c.i < verb.i]
    if len(before) != 1 or not any(c.i > verb.i for c in complements):
        return None
    subjects = [c for c in before[0].children if c.dep_ in NOMINAL_SUBJECTS and c.i < before[0].i]
    if not subjects or subjects[0].ent_type_ != _PERSON:
        return None
    name = subjects[0]
    return name if name.left_edge.is_sent_start else None


def appositive_run_on(verb: Token) -> Token | None:
    """The subject of a finite cue with no subject that the parse made an appositive (or a
    conjunct, :func:`_run_on_link`) of the noun before it: "In a statement to the Ledger,
    her adviser, Jo Li, said: ..." (the adviser and her name read as appositives of
    "Ledger"). The chain of appositives must end right before the cue (or its comma), open
    after a comma, and hold only names and described nouns ("her adviser", "a senior aide";
    not ", tomorrow,"); right before the cue, with no comma, it stops below a list of names,
    which is the opening phrase's own ("with two hosts, Tom Hale and Ana Ruiz, the candidate
    stated"), while a chain closed by a comma is that list's aside. Its first appositive is
    the subject, as it would be with the opening phrase left out."""
    if verb.i < 2 or not _subjectless_finite(verb):
        return None
    comma = verb.doc[verb.i - 1].text == ","
    end = verb.doc[verb.i - 2] if comma else verb.doc[verb.i - 1]
    last = end
    while last.dep_ in _PHRASE_TAIL and last.head.i < last.i:
        last = last.head  # "the undersecretary for management": the phrase's head
    if not _run_on_link(last) or last.right_edge.i != end.i:
        return None
    chain = [last]
    while _run_on_link(chain[-1]) and chain[-1].head.i < chain[-1].i:
        above = chain[-1].head
        if _coordinated(above) or (above.dep_ == CONJUNCT and not _run_on_link(above)):
            if comma:
                return None  # "in Ohio and Senator Hale, the party leader, said": his aside
            break  # "with two hosts, Tom Hale and Ana Ruiz, the candidate stated": their list
        if not _run_on_link(above):
            break
        chain.append(above)
    first = chain[-1]
    if first.head.i >= first.i or not has_comma_before(first.left_edge, verb.doc):
        return None
    described = all(
        t.ent_type_ == _PERSON or any(c.dep_ in _DESCRIBING for c in t.lefts) for t in chain
    )
    return first if described else None


def run_on_verb(word: Token) -> Token | None:
    """The verb right after ``word``'s phrase (or its comma) whose subject the parse left
    out and :func:`appositive_run_on` finds ``word`` to be, when the phrase ``word`` hangs
    on is the object of a preposition ("In an interview with the hosts Tom Hale and Ana
    Ruiz, the candidate stated": "candidate", made an appositive of "Ruiz", is the subject
    of "stated"), and that phrase opens the sentence, or None. An appositive of the
    sentence's own first phrase ("Tom Hale, a former agent has written ...") or of a phrase
    inside a clause ("the plan, the brainchild of Tom Hale, a member, would ...") describes
    it, whatever the parse made of the verb."""
    doc = word.doc
    after = word.right_edge.i + 1
    if after < len(doc) and doc[after].text == ",":
        after += 1
    if after >= len(doc) or appositive_run_on(doc[after]) != word:
        return None
    top = word.head
    while top.dep_ in (APPOSITION, CONJUNCT, COMPOUND) and top.head.i < top.i:
        top = top.head
    if top.dep_ != PREPOSITION_OBJECT:
        return None
    phrase = top
    while phrase.head.pos_ not in ("VERB", "AUX") and phrase.head.i != phrase.i:
        phrase = phrase.head  # up to the opening phrase the verb governs
    return doc[after] if opens_its_sentence(phrase, phrase.sent.start) else None


def _coordinated(word: Token) -> bool:
    """``word`` heads a coordination ("Tom Hale and Ana Ruiz")."""
    return any(c.dep_ == COORDINATOR for c in word.children)


def _run_on_link(word: Token) -> bool:
    """``word`` hangs on the phrase before it as its appositive, or as a conjunct with no
    coordinator ("... in Ohio, Senator Tom Hale, the minority leader, said": the name made a
    conjunct of "Ohio")."""
    if word.dep_ == APPOSITION:
        return True
    return word.dep_ == CONJUNCT and not any(
        c.dep_ == COORDINATOR and c.i < word.i for c in word.head.rights
    )


def surname_run_on(verb: Token) -> Token | None:
    """A person's name right before a finite cue with no subject, run on from the phrase
    before it with no comma: "In an interview with CNN Trump said that ..." (the name
    parsed as the object of "with"). The word must be the end of a person entity."""
    if verb.i == 0 or not _subjectless_finite(verb):
        return None
    word = verb.doc[verb.i - 1]
    if word.pos_ != "PROPN" or word.head.i > verb.i or word.ent_type_ != _PERSON:
        return None
    return word


def _subjectless_finite(verb: Token) -> bool:
    """A finite verb the parse gave no subject, active or passive."""
    return verb.tag_ in FINITE_TAGS and not any(
        c.dep_ in ACTIVE_SUBJECTS or c.dep_ == PASSIVE_SUBJECT for c in verb.children
    )


def stranded_subject(verb: Token) -> Token | None:
    """Names right before a finite cue with no subject, that the parse hung in the phrase
    before them: "When ... revealed as part of the second front, Obama and Clinton call
    them ..." (the names made a conjunct of "front"). The names must be recognised
    entities that run from a comma (or the sentence's start) up to the cue."""
    if not _subjectless_finite(verb):
        return None
    doc = verb.doc
    end = _before_participle_phrase(verb)
    first = end
    while first > 0 and (
        doc[first - 1].ent_type_ in SPEAKING_ENTITIES or doc[first - 1].dep_ == COORDINATOR
    ):
        first -= 1
    if first == end or doc[first].ent_type_ not in SPEAKING_ENTITIES:
        return None
    while first > 0 and doc[first - 1].dep_ == COMPOUND and first <= doc[first - 1].head.i < end:
        first -= 1  # "Texas delegate Bill Eastland": the title words before the name
    opened = doc[first - 1].text == "," or doc[first - 1].is_quote if first > 0 else True
    if not opened and not doc[first].is_sent_start:
        return None
    if any(doc[i].head.i >= verb.i for i in range(first, end) if doc[i].dep_ != COORDINATOR):
        return None  # the parse hung them on the cue or later: not stranded before it
    head = doc[first]
    while head.dep_ == COMPOUND and first <= head.head.i < verb.i:
        head = head.head
    return head


def poll_beside(subject: Token, lexicon: Lexicon) -> Token | None:
    """A poll the parse made an appositive of the subject before it: "Days before the
    Convention in Cleveland, a new national poll shows ..." read with "Convention" as the
    subject of "shows" ("before" its marker) and the poll beside it. The poll, set off by
    a comma and ending right before the verb, is the subject."""
    verb = subject.head
    for child in subject.rights:
        if child.dep_ != APPOSITION or child.lemma_.lower() not in lexicon.poll_nouns:
            continue
        opens = child.left_edge.i
        if child.right_edge.i == verb.i - 1 and opens > 0 and subject.doc[opens - 1].text == ",":
            return child
    return None


def listed_verbs_subject(verb: Token) -> Token | None:
    """The subject of a list of verbs ("He pledged ... and cast doubt on ..., suggested
    that ...") when the parse made the clause before the comma a complement of the last,
    subjectless verb: that clause's subject, which it opens with, is the last verb's too."""
    if verb.tag_ not in FINITE_TAGS or any(
        c.dep_ in ACTIVE_SUBJECTS or c.dep_ == PASSIVE_SUBJECT for c in verb.children
    ):
        return None
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    for clause in verb.lefts:
        if clause.dep_ != CLAUSAL_COMPLEMENT or clause.right_edge.i != verb.i - 2:
            continue
        subjects = [c for c in clause.lefts if c.dep_ in ACTIVE_SUBJECTS]
        # The clause opens with its subject (not a quote: '"We won," suggested ...').
        if subjects and subjects[0].left_edge.i == clause.left_edge.i:
            return subjects[0]
    return None


def event_doing(subject: Token, clause: Token, attribution: Attribution, lexicon: Lexicon) -> bool:
    """A participle cue hung on the wrong verb: reached through an adverbial clause whose
    subject is an event or a gathering, which cannot speak; or, set off by a comma, through
    the clause that a cue before it, with a subject of its own, reports ("Ana Ruiz said the
    process could be messy, adding ...": she adds it, not the process)."""
    if attribution is not Attribution.PARTICIPIAL or clause.head.i == clause.i:
        return False
    if clause.dep_ == CLAUSAL_COMPLEMENT:
        reporter = clause.head
        return (
            reporter.i < clause.i
            and any(c.tag_ == _GERUND and has_comma_before(c, c.doc) for c in clause.children)
            and lexicon.cue_category(reporter.lemma_) is not None
            and any(c.dep_ in NOMINAL_SUBJECTS for c in reporter.children)
        )
    return clause.dep_ == ADVERBIAL_CLAUSE and subject.lemma_.lower() in union(
        lexicon.event_nouns, lexicon.gathering_nouns
    )


def subject_on_auxiliary(verb: Token) -> Token | None:
    """The subject the parse hung on the verb's auxiliary rather than on the verb ("Hale
    wasn't so much saying that ...": "Hale" under "was"), when the verb has none itself."""
    if any(c.dep_ in ACTIVE_SUBJECTS for c in verb.children):
        return None
    for auxiliary in verb.children:
        if auxiliary.dep_ == AUXILIARY and auxiliary.i < verb.i:
            held = [c for c in auxiliary.children if c.dep_ in ACTIVE_SUBJECTS]
            if held:
                return held[0]
    return None


def under_clitic(subject: Token, lexicon: Lexicon) -> Token:
    """The subject of a contracted auxiliary the parse made the subject itself ("the
    delegates who’ve already said": "’ve" the subject of "said", "who" its own)."""
    if subject.text[:1] not in lexicon.apostrophes:
        return subject
    return next((c for c in subject.children if c.dep_ in ACTIVE_SUBJECTS), subject)


def contracted_perfect(verb: Token, lexicon: Lexicon) -> bool:
    """A past participle the parse read as a passive because its auxiliary is a contracted
    "has" ("he's said the same thing at every rally": "'s" taken for "is"). A passive
    takes no direct object; one here makes the clause an active perfect, and its
    "passive subject" the speaker. So does a clause the verb reports ("he's indicated he'll
    ...") or after its cue preposition ("who's called for 5,000 more nurses"), unless the verb
    is told to a hearer ("he's told he'll ...": he is told) or its subject names no one
    ("it's said that ...": a true passive)."""
    contracted = any(
        c.dep_ == PASSIVE_AUXILIARY and c.lower_ in lexicon.contracted_has for c in verb.children
    )
    if not contracted:
        return False
    if any(c.dep_ == DIRECT_OBJECT for c in verb.children):
        return True
    if verb.lemma_.lower() in lexicon.hearer_cues:
        return False
    subjects = [c for c in verb.children if c.dep_ == PASSIVE_SUBJECT]
    doc = verb.doc
    prepositions = lexicon.cue_prepositions.get(verb.lemma_.lower(), frozenset())
    called_for = verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ in prepositions
    return (
        (called_for or any(c.dep_ == CLAUSAL_COMPLEMENT for c in verb.children))
        and bool(subjects)
        and all(c.lower_ not in lexicon.impersonal_subjects for c in subjects)
    )


def gathering_holder(noun: Token, lexicon: Lexicon) -> Token | None:
    """The subject of the verb a gathering noun is the prepositional object of ("she said
    at a news conference announcing that ...": she announced it, not the conference)."""
    if noun.lemma_.lower() not in lexicon.gathering_nouns or noun.dep_ != PREPOSITION_OBJECT:
        return None
    preposition = noun.head
    verb = preposition.head
    if preposition.dep_ != PREPOSITION or verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS), None)


def _before_participle_phrase(verb: Token) -> int:
    """Where a phrase set off by commas right before ``verb`` opens (its first comma), or
    ``verb`` itself when there is none: a participle phrase ("Ana Ruiz, wearing a red scarf,
    said"), a prepositional one ("Ana Ruiz, in a grey suit, said") or an age ("Ana Ruiz,
    44, said"). The phrase describes the subject and holds no finite verb."""
    doc = verb.doc
    if verb.i < 3 or doc[verb.i - 1].text != ",":
        return verb.i
    start = verb.i - 2
    while start > 0 and doc[start].text != "," and verb.i - start <= _MAX_PARTICIPLE_PHRASE:
        start -= 1
    if doc[start].text != "," or start + 1 >= verb.i - 1:
        return verb.i
    phrase = doc[start + 1 : verb.i - 1]
    finite = any(t.tag_ in FINITE_TAGS for t in phrase)
    age = len(phrase) == 1 and phrase[0].like_num
    opening = phrase[0].tag_ in (_GERUND, _PAST_PARTICIPLE) or phrase[0].pos_ == _PREPOSITION
    if not (opening or age) or finite:
        return verb.i
    return start


def appositive_closed_by(verb: Token) -> Token | None:
    """The subject whose appositive a cue the parse read as a past participle follows
    ("Roy Cooper, McCrory's opponent in the election, called Friday for ...": "called" made
    a participle on "election"). A participle set off by a comma right after the phrase of
    a subject's appositive is the subject's finite verb: the appositive's head is no
    speaker, and a passive participle's noun is what it is done to, not who does it."""
    if verb.dep_ != CLAUSAL_MODIFIER or verb.tag_ != _PAST_PARTICIPLE:
        return None
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    phrase = verb.head
    while phrase.dep_ in _INSIDE_A_PHRASE and phrase.head.i != phrase.i:
        phrase = phrase.head
    if phrase.dep_ != APPOSITION:
        return None
    anchor = phrase.head
    if anchor.dep_ not in ACTIVE_SUBJECTS or anchor.head.i < verb.i:
        return None
    return anchor


def relative_closed_by(verb: Token) -> Token | None:
    """The name whose relative clause a finite cue follows, when the parse hung the cue on
    a noun inside that clause: "Mr. Buchanan, who had failed to win his party's
    nomination, called for ..." ("called" made a modifier of "nomination"). The clause
    must be set off by commas and open with a relative pronoun, and its antecedent must be
    a person's name."""
    if verb.dep_ != CLAUSAL_MODIFIER or verb.tag_ not in FINITE_TAGS:
        return None
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    clause = verb.head
    for _ in range(_CLIMB_LIMIT):
        if clause.dep_ == RELATIVE_CLAUSE or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause.dep_ != RELATIVE_CLAUSE:
        return None
    opening = clause.left_edge
    name = clause.head
    doc = verb.doc
    if (
        opening.tag_ not in _RELATIVE_PRONOUN_TAGS
        or opening.i == 0
        or doc[opening.i - 1].text != ","
    ):
        return None
    return name if name.ent_type_ == _PERSON and name.i < opening.i else None


def clause_before_participle(participle: Token) -> Token | None:
    """The finite verb with a subject that a participle clause the parse hung on a later
    verb follows after a comma ("..., Sanders said, going on to say that ..."): a trailing
    participle clause is an adjunct of the clause before it, whose subject it shares."""
    if participle.head.i < participle.i:
        return None
    first = participle.left_edge.i
    if first < 2 or participle.doc[first - 1].text != ",":
        return None
    verb = participle.doc[first - 2]
    if verb.tag_ not in FINITE_TAGS or not any(c.dep_ in ACTIVE_SUBJECTS for c in verb.children):
        return None
    return verb


def verb_preposition(preposition: Token) -> bool:
    """A preposition on a verb, or one the parse coordinated with a verb ("appeared at a
    hearing for his role ... and for saying that ...": the second "for" made a conjunct of
    "appeared")."""
    if preposition.dep_ == PREPOSITION:
        return True
    return (
        preposition.dep_ == CONJUNCT
        and preposition.pos_ == "ADP"
        and preposition.head.pos_ in ("VERB", "AUX")
    )


def person_nearer(relative: Token, head: Token, lexicon: Lexicon) -> Token | None:
    """For a "who" clause the parse hung on a noun that names no person ("a focal point for
    demonstrators here, who have ... called for ..."), the noun for people right before
    it, which "who" stands for."""
    who = next(
        (c for c in relative.children if c.dep_ in ACTIVE_SUBJECTS and c.i < relative.i), None
    )
    if who is None or who.lower_ not in lexicon.personal_relatives or for_people(head, lexicon):
        return None
    index = who.i - 1
    doc = relative.doc
    while index > head.i and (doc[index].is_punct or doc[index].pos_ == "ADV"):
        index -= 1
    nearer = doc[index]
    return nearer if index > head.i and for_people(nearer, lexicon) else None


def for_people(noun: Token, lexicon: Lexicon) -> bool:
    """A name, or a noun the lexicon knows for a person or a group of people."""
    if noun.pos_ == "PROPN" or noun.ent_type_ in SPEAKING_ENTITIES:
        return True
    nouns = union(lexicon.role_nouns, lexicon.occupation_nouns, lexicon.person_nouns)
    return (
        noun.lemma_.lower() in nouns
        or noun.lower_ in lexicon.group_heads
        or noun.lower_ in lexicon.unnamed_heads
    )


def person_set_in(subject: Token, verb: Token, lexicon: Lexicon) -> Token | None:
    """A person's name the parse made the appositive of a thing that is the cue's subject,
    right before the cue: "The plan, Conservative MP Tom Ng said, 'is bad.'" (the name
    made the appositive of "plan"). A statement's opening words set before a medial
    reporting clause are no speaker; the name between the commas is."""
    if subject.pos_ != "NOUN" or subject.ent_type_:
        return None
    if subject.lemma_.lower() in union(
        lexicon.role_nouns, lexicon.occupation_nouns, lexicon.person_nouns, lexicon.group_heads
    ):
        return None  # "the lawyer, Ana Diaz, said": the same person
    for child in subject.rights:
        if (
            child.dep_ == APPOSITION
            and child.ent_type_ == _PERSON
            and child.right_edge.i == verb.i - 1
            and verb.doc[child.left_edge.i - 1].text == ","
        ):
            return child
    return None


def bare_gerund_after_comma(token: Token) -> bool:
    """A gerund with no auxiliary right after a comma (and any closing quote mark), which
    has no subject of its own: the parse's subject for it is the phrase before the comma
    ("... on "Morning Joe," calling it ...")."""
    if token.tag_ != _GERUND or any(c.dep_ == AUXILIARY for c in token.children):
        return False
    before = token.i - 1
    while before > 0 and token.doc[before].is_quote:
        before -= 1
    return token.doc[before].text == ","


def main_clause_person(verb: Token) -> Token | None:
    """For a gerund cue whose clause the parse lost ("offered few ideas for easing debt
    aside from stating that ..."), the person who is the subject of its sentence's main
    verb: a gerund's understood subject is the main clause's (Quirk et al. 1985 on
    non-finite clauses without a subject)."""
    if verb.tag_ != _GERUND:
        return None
    root = verb.sent.root
    start = verb.sent.start
    if root.i == verb.i and start > 0 and verb.doc[start - 1].text not in _SENTENCE_ENDS:
        # "... trashed Comey on "Morning Joe," calling it ...": the parse broke the sentence
        # before the gerund, which belongs to the clause before the break
        root = verb.doc[start - 1].sent.root
    subjects = [c for c in root.children if c.dep_ in ACTIVE_SUBJECTS]
    return _the_person(subjects[0]) if len(subjects) == 1 else None


def _the_person(subject: Token) -> Token | None:
    """A person's name, or the name a title phrase ends in ("Former prosecutor and Mayor
    Ana Diaz": one person's two titles, the parse's conjunct)."""
    if subject.ent_type_ == _PERSON:
        return subject
    names = [c for c in subject.children if c.dep_ == CONJUNCT and c.ent_type_ == _PERSON]
    return names[0] if len(names) == 1 else None


def subjects_after_last_comma(subjects: list[Token], verb: Token) -> list[Token]:
    """The subjects after the last comma between the first subject and ``verb``."""
    doc = verb.doc
    start = subjects[0].right_edge.i + 1
    commas = [i for i in range(start, verb.i) if doc[i].text == ","]
    if not commas:
        return subjects
    return [s for s in subjects if s.left_edge.i > commas[-1] and s.i < verb.i]


def unlinked_second_verb(token: Token) -> bool:
    """A finite verb the parse left unlabelled ("dep") after a comma under the verb before
    it, with no subject of its own: "Ruiz paused, then explained that ..." is two verbs of
    one subject, the conjunction left out."""
    head = token.head
    if token.dep_ != UNLABELLED or token.tag_ not in FINITE_TAGS or head.i >= token.i:
        return False
    if head.pos_ not in ("VERB", "AUX") or any(c.dep_ in ACTIVE_SUBJECTS for c in token.children):
        return False
    before = [t for t in token.lefts if t.dep_ != ADVERBIAL_MODIFIER]
    doc = token.doc
    first = min([token.i, *(t.i for t in token.lefts)])
    while first > 1 and doc[first - 1].pos_ == "ADV":
        first -= 1  # "paused, then explained" with "then" hung on the verb before
    return not before and first > 0 and doc[first - 1].text == ","
