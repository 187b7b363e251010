"""The speaker of a verb cue, read from the dependency parse."""

from __future__ import annotations

from spacy.tokens import Token

from ...records import Attribution
from ..syntax import is_infinitive

_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
_INHERIT_SUBJECT_DEPS = frozenset({"conj", "xcomp", "advcl", "acl"})
_PASSIVE_SPEAKER_LEMMAS = frozenset({"quote", "cite", "hear", "overhear"})  # "was heard saying"
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})

#: Saying verbs the parser may coordinate into the clause they report ("said the plan was
#: dead and vowed to veto it").
COORDINATED_CUES = frozenset(
    {"vow", "add", "say", "insist", "warn", "promise", "pledge", "argue", "claim", "tell", "note"}
)


def _antecedent(relative: Token) -> int:
    """What a relative clause is about: its head noun, or, when that noun is the predicate
    of a copula ("Smith is a lawyer who said ..."), the copula's subject."""
    noun = relative.head
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        copula = noun.head
        if copula.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in copula.children):
            copula = copula.head  # "X incites ... and is a liar who ...": X is the subject
        subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ in ("PROPN", "NOUN"):
            return subject.i
    return relative.head.i


def speaker_of(verb: Token) -> tuple[int | None, Attribution]:
    """The head token of the speaker of a verb cue, and how it was found.

    Notes:
        Follows the subject through coordination, control ("went on to say"), participles
        ("..., saying") and relative clauses ("the minister, who said"), and takes the agent
        of a passive ("it was announced by the ministry that").
    """
    token: Token | None = verb
    attribution = Attribution.SUBJECT
    seen = 0
    while token is not None and seen < 6:
        seen += 1
        subjects = [c for c in token.children if c.dep_ in _SUBJECT_DEPS]
        if len(subjects) > 1 and token.dep_ == "relcl":
            # "the drawdown, which they say left a vacuum": "which" belongs to the content
            subjects = [c for c in subjects if c.lower_ not in _RELATIVE_PRONOUNS] or subjects
        for child in token.children:
            if child.dep_ in _SUBJECT_DEPS and child in subjects:
                if child.lower_ in _RELATIVE_PRONOUNS and token.dep_ == "relcl":
                    return _antecedent(token), attribution
                return child.i, attribution
            if child.dep_ == "nsubjpass" and token.lemma_ in _PASSIVE_SPEAKER_LEMMAS:
                return child.i, attribution
            if child.dep_ == "agent":
                objects = [g for g in child.children if g.dep_ == "pobj"]
                if objects:
                    return objects[0].i, Attribution.AGENT
        if any(c.dep_ == "nsubjpass" for c in token.children):
            return None, Attribution.NONE
        if token.dep_ == "relcl":
            return _antecedent(token), attribution
        if token.dep_ == "pcomp" and token.tag_ == "VBG" and token.head.dep_ == "prep":
            # "after saying", "stopped short of calling": the subject of the verb the
            # preposition hangs on
            token = token.head.head
            if token.pos_ in ("ADV", "ADJ") and token.dep_ in ("advmod", "acomp"):
                token = token.head
            continue
        if token.pos_ == "ADJ" and token.dep_ == "acomp" and token.head.i != token.i:
            token = token.head  # "Trump was quick to add": the subject of the copula
            continue
        if token.dep_ in _INHERIT_SUBJECT_DEPS and token.head.i != token.i:
            if token.tag_ == "VBG" and token.dep_ in ("advcl", "xcomp"):
                attribution = Attribution.PARTICIPIAL
            head = token.head
            if (
                token.dep_ == "conj"
                and token.lemma_.lower() in COORDINATED_CUES
                and head.dep_ == "ccomp"
                and head.lemma_ == "be"
                and head.head.pos_ in ("VERB", "AUX")
            ):
                # "X said the plan was "dead" and vowed to veto it": a saying verb the parser
                # coordinated with a copula in the reported clause belongs to the reporter.
                token = head.head
                continue
            if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN"):
                if is_infinitive(token) and head.dep_ == "dobj":
                    # "took the opportunity to remind ...": the taker speaks
                    token = head.head
                    continue
                return token.head.i, attribution
            token = token.head
            continue
        break
    return None, Attribution.NONE
