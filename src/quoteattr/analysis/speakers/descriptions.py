"""Definite descriptions that re-mention a person: "The Republican presidential nominee has ...".

News re-mentions a person by a definite description of their capacity, as the subject of
the next sentence ("Donald Trump isn't saying much. ... The Republican presidential nominee
has repeatedly wondered ..."): a definite description is an anaphor of the most salient
entity it fits (Vieira and Poesio 2000, "An empirically based system for processing definite
descriptions"). Only the safest are read: a definite, modified, singular role or occupation
noun ("the retired surgeon"), subject of its sentence's main verb, outside quotes, that fits
exactly one person mentioned just before it (:func:`referent`). :mod:`.coreference` ties
such a description that speaks to that person, and :mod:`.attributes` reads the role and
affiliation of one that does not; for those readings a bare one ("The director made that
clear") is read too, when one person alone is mentioned just before it.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from spacy.strings import get_string_id
from spacy.tokens import Token

from ...lexicon import Lexicon
from ..labels import (
    CASE_MARKER,
    COMPOUND,
    CONJUNCT,
    DATIVE,
    DESCRIPTION_MODIFIERS,
    DETERMINER,
    DIRECT_OBJECT,
    NOMINAL_SUBJECTS,
    PARATAXIS,
    POSSESSOR,
    PREPOSITION_OBJECT,
    ROOT,
)
from ..layout import Layout
from ..syntax import SINGULAR_NOUN, opens_its_sentence
from ..wordsets import union
from .antecedents import (
    MAIN_SUBJECT_RANK,
    Between,
    People,
    people_before,
    people_in_sentences_before,
    people_outside_clause,
)
from .clusters import Cluster
from .mentions import Mention
from .subjectless_cues import run_on_verb
from .wording import glued_hyphen, hyphen_parts

_PASSING_POSITIONS = frozenset({POSSESSOR, DIRECT_OBJECT, DATIVE, PREPOSITION_OBJECT})
_SINGULAR_NOUN_TAG = get_string_id(SINGULAR_NOUN)
"""The tag as spaCy's integer (``token.tag``): no string made per noun."""


def describes_a_subject(
    token: Token, layout: Layout, lexicon: Lexicon, *, bare: bool = False
) -> bool:
    """A definite, modified, singular role or occupation noun that is the subject of its
    sentence's main verb (or of a main clause coordinated with it), outside quotes ("The
    Republican presidential nominee has ..."), or the subject its sentence opens with,
    wherever the parse hung its verb (a verb taken for the complement of a later one: "The
    Green nominee continues to insist ..., that he ..."), or the subject of a reporting
    clause set in its sentence ("A year ago, the Green nominee said, ..."). With ``bare``,
    the role noun may stand with "the" alone ("The director made that clear"), as the
    subject of a verb; the caller then takes it only for a lone person before it, or for
    the subject of the main clause before it in its sentence."""
    return _in_subject_position(token, layout, lexicon) and _role_description(
        token, layout, lexicon, bare=bare
    )


def _in_subject_position(token: Token, layout: Layout, lexicon: Lexicon) -> bool:
    """``token`` stands where :func:`describes_a_subject` reads a description: the subject
    of its sentence's main verb (or of a main clause coordinated with it), the subject its
    sentence opens with, or the subject of a reporting clause set in its sentence."""
    # The parse may make the subject an appositive of the phrase before it ("with the hosts
    # Tom Hale and Ana Ruiz, the Green nominee stated"): it is still the verb's subject.
    verb = token.head if token.dep_ in NOMINAL_SUBJECTS else run_on_verb(token)
    if verb is None:
        return False
    # A reporting clause set in its sentence ("Last year, the Green nominee said, ...") is
    # a main clause too: its subject is the speaker the passage continues with.
    reporting_aside = verb.dep_ == PARATAXIS and lexicon.cue_category(verb.lemma_) is not None
    main = verb.dep_ == ROOT or (verb.dep_ == CONJUNCT and verb.head.dep_ == ROOT)
    return main or _opens_sentence(token, layout) or reporting_aside


def _opens_sentence(token: Token, layout: Layout) -> bool:
    """The phrase headed by ``token`` is the first of its sentence (after a conjunction
    and punctuation at most: "But the Green nominee ...", "But, the Green nominee added,
    ...")."""
    return opens_its_sentence(token, layout.sentence_start(token.i))


def _in_passing_position(token: Token) -> bool:
    """``token`` stands where a description is read in passing: a possessor or an object
    ("the Republican nominee's plan", "spoke to the Republican nominee", "urged the
    Manhattan mogul", "gave the former governor a warm welcome")."""
    return token.dep_ in _PASSING_POSITIONS or _possessive(token)


def _head_word(token: Token) -> str:
    """The lower-case lemma of the noun ``token`` heads, the whole word when it ends a
    hyphenated one ("front-runner", which the tokenizer splits)."""
    # Only a word right after a glued hyphen can end a hyphenated one: the parts are
    # looked up for those alone.
    if token.i == 0 or not glued_hyphen(token.doc[token.i - 1]):
        return token.lemma_.lower()
    parts = hyphen_parts(token)
    if len(parts) > 1 and parts[-1].i == token.i:
        return "".join(t.text for t in parts[:-1]).lower() + token.lemma_.lower()
    return token.lemma_.lower()


def _possessive(token: Token) -> bool:
    """``token`` is a possessor, or a noun with a possessive ending that the parse made a
    compound ("the Green nominee['s] words")."""
    if token.dep_ == POSSESSOR:
        return True
    return token.dep_ == COMPOUND and any(t.dep_ == CASE_MARKER for t in token.children)


def _own_lefts(token: Token) -> list[Token]:
    """The words before ``token`` that modify it. A possessor's determiner and modifiers
    are its own wherever the parse hung them: a noun with a possessor takes no other
    determiner, so those before the possessor on the possessed noun are the possessor's
    ("[the presumptive Green nominee]'s words")."""
    lefts = list(token.lefts)
    if _possessive(token):
        edge = token.left_edge.i
        lefts.extend(t for t in token.head.lefts if t.i < edge)
    return lefts


def _role_description(
    token: Token, layout: Layout, lexicon: Lexicon, *, bare: bool = False
) -> bool:
    """A definite, modified, singular role or occupation noun outside quotes (with
    ``bare``: a role noun with "the" alone, the subject of a verb)."""
    return _role_noun_outside_quotes(token, layout, lexicon) and _described_as_role(
        token, lexicon, bare=bare
    )


def _described_as_role(token: Token, lexicon: Lexicon, *, bare: bool = False) -> bool:
    """The words before a role or occupation noun outside quotes
    (:func:`_role_noun_outside_quotes`) make it a description: definite and modified (with
    ``bare``: a role noun with "the" alone, the subject of a verb)."""
    if bare and _head_word(token) not in lexicon.role_nouns:
        return False  # an occupation is read only with a modifier
    lefts = _own_lefts(token)
    if any(t.lower_ in lexicon.prospective_modifiers for t in lefts):
        return False  # "the next president": someone not yet known, not a person named
    if bare:
        # "The director makes ...": the article alone, the subject of a verb (not "The
        # delegate lead for X", a noun the parse made a subject of another noun).
        return (
            token.head.pos_ in ("VERB", "AUX")
            and len(lefts) == 1
            and lefts[0].dep_ == DETERMINER
            and lefts[0].lower_ in lexicon.articles & lexicon.definite_determiners
        )
    if any(_related_to_someone(t, lexicon) for t in lefts):
        return False
    # A possessor makes a description definite too ("Obama's former campaign strategist").
    definite = any(
        (t.dep_ == DETERMINER and t.lower_ in lexicon.definite_determiners) or t.dep_ == POSSESSOR
        for t in lefts
    )
    return definite and any(t.dep_ in DESCRIPTION_MODIFIERS for t in lefts)


def _related_to_someone(token: Token, lexicon: Lexicon) -> bool:
    """``token`` is a possessor that refers to a person without naming them: a personal
    pronoun or a role noun ("his longtime doctor", "the candidate's former doctor"). The
    description names someone of theirs, and the one the pronoun or role refers to is most
    often the person the passage is about, whom a description would be tied to: it is
    tied to no one. A named possessor ("Obama's former campaign strategist") leaves the
    others the description may re-mention; the callers set the one it names aside."""
    if token.dep_ != POSSESSOR:
        return False
    if token.lower_ in lexicon.person_pronouns():
        return True
    return token.pos_ == "NOUN" and token.lemma_.lower() in union(
        lexicon.role_nouns, lexicon.occupation_nouns
    )


def _role_noun_outside_quotes(token: Token, layout: Layout, lexicon: Lexicon) -> bool:
    """A singular role or occupation noun outside quotes: what every description
    (:func:`_role_description`) is, bare or not."""
    if token.tag != _SINGULAR_NOUN_TAG:
        return False
    nouns = union(lexicon.role_nouns, lexicon.occupation_nouns)
    # A head word ends with its lemma: a noun whose lemma ends no listed noun is dismissed
    # before the word before it is read for a hyphen.
    if token.lemma_.lower() not in _endings(nouns) or _head_word(token) not in nouns:
        return False
    return not layout.in_quote(token)


def role_noun_endings(lexicon: Lexicon) -> frozenset[str]:
    """Every ending of a role or occupation noun of the lexicon: a noun heads a description
    only when its lemma, lower-cased, is one of them (a test every description passes,
    :func:`people_described`, that a caller may make first)."""
    return _endings(union(lexicon.role_nouns, lexicon.occupation_nouns))


@functools.lru_cache(maxsize=8)
def _endings(words: frozenset[str]) -> frozenset[str]:
    """Every ending of ``words``, each whole word and the empty string included ("runner"
    of "frontrunner"), made once per lexicon set."""
    return frozenset(word[index:] for word in words for index in range(len(word) + 1))


def people_described(token: Token, layout: Layout, lexicon: Lexicon, between: Between) -> People:
    """The people a description at ``token`` may re-mention, by where it stands: as a
    subject (:func:`people_before`; a bare one only when one person alone is mentioned
    before it, or else of the subjects of its sentence's main clause before it), or in
    passing or as the subject of a clause set in its sentence
    (:func:`people_in_sentences_before`, in a sentence that names no one: "Safety rules
    called for the Green nominee to be driven home"; else :func:`people_outside_clause`);
    none when ``token`` is no description."""
    # Every description passes this first: most nouns are dismissed before the parse
    # walks of where the description stands.
    if not _role_noun_outside_quotes(token, layout, lexicon):
        return {}
    # Where the noun stands is read once, and the words before it once, only where a
    # description is read: as a subject, in passing, or as the subject of a clause set in
    # its sentence, not of its main verb ("... when the Green nominee arrives").
    subject = _in_subject_position(token, layout, lexicon)
    passing = _in_passing_position(token)
    in_clause = token.dep_ in NOMINAL_SUBJECTS
    if not (subject or passing or in_clause):
        return {}
    described = _described_as_role(token, lexicon)
    if subject and described:
        return people_before(token, layout, between)
    if subject and _described_as_role(token, lexicon, bare=True):
        people = people_before(token, layout, between)
        if len(people) == 1:
            return people
        # "Diaz replied that Ng had lied, and the senator said ...": the subject of the main
        # clause before it, in its own sentence, is the one the coordinated clause goes on with
        start = layout.sentence_chars(layout.sentence_of[token.i])[0]
        own = between(start, token.idx)
        return {p: r for p, r in own.items() if r == MAIN_SUBJECT_RANK}
    if described and (passing or in_clause):
        people = people_in_sentences_before(token, layout, between)
        return people or people_outside_clause(token, layout, between)
    return {}


def referent(
    mention: Mention, people: People, clusters: Sequence[Cluster], lexicon: Lexicon
) -> int | None:
    """The one person of ``people`` a description re-mentions, or None.

    A person fits when their roles, if any, share its head (:func:`_may_hold`) and they are
    of no other party, state or body (:func:`other_affiliation`). When one person is
    mentioned just before it, that person is the referent if they fit. When several are, the
    referent is the one that fits and that the article has described by the same head noun
    or party ("Green Ana Diaz toured a plant with Tom Ng. The Green nominee said"), if
    exactly one has; failing that, of those that fit and were the subject of a clause there,
    the one subject of a main verb, or the only subject (the entity a passage is about is
    its subjects' and the one a subject description continues: "As Diaz weighed the offer
    from Ng, the Green senator said", "Diaz said that Ng had lost. The Green senator ...").
    When everyone there holds a role the article named, none of them this one, a person
    holds several in turn ("her email server as secretary of state ... The Democratic
    presidential nominee"): the subjects among all of them (of no other party) are weighed
    so. Otherwise the description is left unresolved.
    """
    country = _country_named_elsewhere(mention, clusters, lexicon)
    allowed = [
        index
        for index in sorted(people)
        if not other_affiliation(mention, clusters[index], lexicon)
        and same_rank(mention, clusters[index], lexicon)
        and (
            country is None
            or _names(clusters[index], country)
            or mention.role_head in clusters[index].role_heads
        )
    ]
    fitting = [index for index in allowed if _may_hold(mention, clusters[index], lexicon)]
    if len(people) == 1:
        return fitting[0] if fitting else None
    # One that fits for want of anything said of them is no choice among several.
    alike = [index for index in fitting if _described_alike(mention, clusters[index], lexicon)]
    if alike:
        return alike[0] if len(alike) == 1 else None
    subjects = [index for index in (fitting or allowed) if people[index]]
    top = max((people[index] for index in subjects), default=0)
    subjects = [index for index in subjects if people[index] == top]
    return subjects[0] if len(subjects) == 1 else None


def _country_named_elsewhere(
    mention: Mention, clusters: Sequence[Cluster], lexicon: Lexicon
) -> str | None:
    """The country a description's nationality word names ("the Peruvian minister"), when
    the own mentions of some entity of the article name it; None otherwise.

    A nationality on a description says whose official it means where the article has
    people of that country and of others ("Peruvian Minister Ana Diaz met Senator Tom Ng.
    ... The Peruvian leader said" is not Ng, whoever was named last); a person the article
    gave the description's office is still its referent ("President Ng ... the Peruvian
    president"), of whatever country the article named for others.
    """
    country = mention.affiliation
    if country is None or country not in lexicon.demonym_countries:
        return None
    return country if any(_names(cluster, country) for cluster in clusters) else None


def _names(cluster: Cluster, affiliation: str) -> bool:
    """A mention of the entity states ``affiliation``."""
    return any(m.affiliation == affiliation for m in cluster.mentions)


def _may_hold(mention: Mention, cluster: Cluster, lexicon: Lexicon) -> bool:
    """The person holds no role the article named, or holds the description's. An
    occupation says what someone does besides any office: a description by a role noun
    ("the Green candidate") is not kept from a person the article called a businessman;
    one by an occupation ("the retired surgeon") is kept from a person of another role or
    occupation."""
    heads = cluster.role_heads
    if mention.role_head not in lexicon.occupation_nouns:
        heads = {head for head in heads if head not in lexicon.occupation_nouns}
    return not heads or mention.role_head in heads


def same_rank(mention: Mention, cluster: Cluster, lexicon: Lexicon) -> bool:
    """The description and the person's own roles of its head noun agree on a qualifier
    that makes an office another, lower one (:attr:`Lexicon.subordinate_qualifiers`): "the
    vice president" does not take up President Diaz, nor "the president" Vice President
    Diaz. A person with no role of that head may be either."""
    if mention.role_head is None or not mention.role:
        return True
    ranks = {
        _subordinate(m.role, lexicon)
        for m in cluster.mentions
        if m.role and m.role_head == mention.role_head
    }
    return not ranks or _subordinate(mention.role, lexicon) in ranks


def _subordinate(role: str, lexicon: Lexicon) -> bool:
    words = role.lower().replace("-", " ").split()
    return any(word in lexicon.subordinate_qualifiers for word in words)


def _described_alike(mention: Mention, cluster: Cluster, lexicon: Lexicon) -> bool:
    """The person's own mentions hold the description's head noun or name its party."""
    if mention.role_head is not None and mention.role_head in cluster.role_heads:
        return True
    party = _party(mention.affiliation, lexicon)
    return party is not None and any(
        _party(m.affiliation, lexicon) == party for m in cluster.mentions
    )


def other_affiliation(mention: Mention, cluster: Cluster, lexicon: Lexicon) -> bool:
    """The description names a party, and the person's own mentions name another one ("the
    Democratic nominee" is not the person introduced as "Republican X"; "the GOP nominee"
    may be); or it names a state, country or body that is no party, and the person's
    mentions name others of that sort but never this one ("the New Jersey governor" is not
    the person introduced as "former Florida governor X")."""
    party = _party(mention.affiliation, lexicon)
    if party is None:
        if mention.affiliation is None:
            return False
        others = {
            m.affiliation
            for m in cluster.mentions
            if m.affiliation and _party(m.affiliation, lexicon) is None
        }
        return bool(others) and mention.affiliation not in others
    own = {_party(m.affiliation, lexicon) for m in cluster.mentions}
    return any(value is not None and value != party for value in own)


def _party(affiliation: str | None, lexicon: Lexicon) -> str | None:
    """The party an affiliation names when it is a party label, else None."""
    label = (affiliation or "").casefold()
    if label not in lexicon.party_labels:
        return None
    return lexicon.party_names.get(label, label)
