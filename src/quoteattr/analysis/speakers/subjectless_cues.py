"""Subjects of a finite cue the parse left without one, read past the parse's error.

:func:`.clause.speaker_of` follows the parse from a cue to its speaker and, finding no
subject up the clauses from the cue, asks :func:`repaired_subject`. A small parser often
leaves a finite reporting verb without its subject in a few recurring ways, each repaired
here where the surface shows what the parse missed: names left before the verb and hung
in the phrase before them, a name run on from the phrase before it with no comma, a
subject and its appositives hung on the noun of the phrase that opens the sentence, a
subject's long phrase read as a complement before the cue, the name right after an
inverted cue made the subject of a later report, a name ending the report taken for an
adverbial noun, and a list of verbs read as complements. Each function names the
construction it reads; :mod:`.clause` decides when to ask (and :mod:`.mentions` and
:mod:`.descriptions` ask :func:`run_on_verb` whether a phrase the parse made an appositive
is a verb's subject instead, and :mod:`.antecedents` asks :func:`stranded_subject`).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..labels import (
    ACTIVE_SUBJECTS,
    APPOSITION,
    APPOSITION_OR_CONJUNCT,
    CLAUSAL_COMPLEMENT,
    COMPOUND,
    CONJUNCT,
    COORDINATOR,
    DETERMINER,
    INSIDE_A_PHRASE,
    NOMINAL_SUBJECTS,
    PARATAXIS,
    PASSIVE_SUBJECT,
    POSSESSOR,
    PREPOSITION_OBJECT,
)
from ..syntax import FINITE_TAGS, PAST_PARTICIPLE, has_comma_before, opens_its_sentence
from .kinds import SPEAKING_ENTITIES

_GERUND = "VBG"
_PREPOSITION = "ADP"
_PERSON = "PERSON"
_MAX_PARTICIPLE_PHRASE = 16
"""Tokens a describing phrase between a subject and its verb may span, commas included."""
_DESCRIBING = frozenset({DETERMINER, POSSESSOR})
"""Links of the word opening a noun phrase that describes someone ("a", "her")."""
_PHRASE_TAIL = INSIDE_A_PHRASE - {CONJUNCT}
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
    if word.dep_ not in APPOSITION_OR_CONJUNCT:
        return None  # checked first: :func:`appositive_run_on` finds only such a word
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
    opening = phrase[0].tag_ in (_GERUND, PAST_PARTICIPLE) or phrase[0].pos_ == _PREPOSITION
    if not (opening or age) or finite:
        return verb.i
    return start
