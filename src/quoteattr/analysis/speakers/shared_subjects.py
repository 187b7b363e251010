"""The clause above a verb cue whose subject is the cue's speaker.

A participle ("..., saying"), a coordinated verb ("X said ... and vowed"), a gerund after a
preposition ("after saying") or an infinitive after an adjective ("was quick to add") shares
the subject of the clause it hangs on; the parse often hangs it on the wrong clause (a
reported clause, a subordinate clause, the verb of a quote), and the clause whose subject
speaks is read past those. :mod:`.clause` climbs to it from a cue with no speaker of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import Lexicon
from ..labels import (
    ADJECTIVAL_COMPLEMENT,
    ADVERB_OR_PREDICATE_ADJECTIVE,
    ADVERBIAL_CLAUSE,
    CLAUSAL_COMPLEMENT,
    CLAUSAL_MODIFIER,
    CONJUNCT,
    MARKER,
    PARTICIPLE_LINKS,
    PREPOSITION_CLAUSE,
    SUBJECT_SHARING_LINKS,
)
from ..syntax import coordinated_into_report, second_report
from .misattached_clauses import unlinked_second_verb, verb_preposition


def participle(token: Token) -> bool:
    """A participle clause that shares its head's subject ("..., saying", "kept insisting")."""
    return token.tag_ == "VBG" and token.dep_ in PARTICIPLE_LINKS and token.head.i != token.i


def clause_sharing_subject(token: Token, lexicon: Lexicon) -> Token | None:
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
        participle(token)
        and token.i > 0
        and token.doc[token.i - 1].text == ","
        and head.dep_ == CLAUSAL_COMPLEMENT
        and head.head.lemma_.lower() in lexicon.cue_verbs
        and head.head.i < token.i
    )
