"""Capacities stated of a person by a clause about them: "Ana Diaz, who is a nurse at X,"
"Diaz was the mayor of Y", "Diaz, who served as envoy to Z", "who heads the Harbor Trust".

News states a capacity not only beside the name (an appositive, a title) but also as the
predicate of a clause about the person, most often a non-restrictive relative clause after
the name at its first mention ("said Dan Brook, who was coordinator for water policy at the
State Department"). :mod:`.mentions` reads no role from a relative clause (it says what the
referent did, "a voter who backed Y"); this reads the kinds of clause that say what the
referent is or whom they work for: a copula or "served as" with a role noun (or with a
number counted among holders of one: "is one of the Green candidates"), a leading verb
or "took the helm at" with a body, a verb of working "for" a body, a verb of appointment
with the post it gives ("was elected mayor"; the active verb's object's: "appointed Diaz as
treasurer"), the verbs that share their subject ("came to lead X", "since taking the
helm"), an "as" phrase opening the person's clause ("As mayor of Y, Diaz signed ..."),
and a passive leading verb whose agent the person is ("a fund founded by Diaz"). The
subject is a name, or a "he" or "she" that is the subject of its sentence's main verb,
resolved to the person. The "as" phrases are read in :mod:`.as_phrases`, the body a person
leads or works for in :mod:`.employers`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

import attrs
from spacy.tokens import Token

from ...lexicon import Lexicon
from ..labels import (
    ADVERBIAL_CLAUSE,
    APPOSITION,
    DIRECT_OBJECT,
    NOMINAL_SUBJECTS,
    OBJECT_PREDICATE,
    OPEN_COMPLEMENT,
    PASSIVE_AUXILIARY,
    PREDICATES,
    PREPOSITION,
    PREPOSITION_CLAUSE,
    PREPOSITION_OBJECTS,
    RELATIVE_CLAUSE,
    ROOT,
)
from ..layout import Layout
from ..syntax import asserted, relative_on_its_subject
from ..wordsets import union
from .affiliations import affiliation_after
from .apposed import counted_among
from .as_phrases import depicted_capacity, fronted_capacity, names_a_capacity, possessed_capacity
from .embedded_pronouns import embedded_pronouns
from .employers import employers, led_bodies, led_by, verb_lemma
from .mentions import Mention, describe, named
from .parties import party_descriptions
from .tenures import tenure_capacities

_GERUND_TAG = "VBG"
_NUMBER = "NUM"
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
_INFINITIVE_LINKS = frozenset({OPEN_COMPLEMENT, ADVERBIAL_CLAUSE})


@attrs.frozen
class Signposts:
    """The sentences of a document that hold the words some readings cannot do without,
    read once per document (:meth:`.Layout.sentences_with`) for every person asked about.

    A clause's words are all in its subject's sentence (a parse does not cross sentences),
    so a subject whose sentence holds none of a reading's words is not walked for it.
    """

    parties: frozenset[int]
    """Sentences with a party label: a party is read only off one (:mod:`.parties`)."""
    capacities: frozenset[int]
    """Sentences with a capacity preposition ("as"): a fronted or depictive capacity is
    read only after one (:func:`_fronted`)."""

    @classmethod
    def read(cls, layout: Layout, lexicon: Lexicon) -> Signposts:
        return cls(
            layout.sentences_with(lexicon.party_labels),
            layout.sentences_with(lexicon.capacity_prepositions),
        )


def predicate_descriptions(
    mentions: Iterable[Mention],
    layout: Layout,
    lexicon: Lexicon,
    signposts: Signposts,
    gender: str | None = None,
) -> list[Mention]:
    """Descriptions of the capacity that clauses state of a person's mentions.

    Args:
        mentions: The person's mentions: names, and pronouns that are the subject of
            their sentence's main verb (:func:`main_subject`).
        layout: The parsed text.
        lexicon: Language data (copulas, relative pronouns, role and occupation nouns).
        signposts: The document's sentences with a party label or a capacity
            preposition (:meth:`Signposts.read`, once per document).
        gender: The person's gender as the article states it: a "he" or "she" subject
            of a clause inside the clause of one of their mentions stands for them
            (:mod:`.embedded_pronouns`), and what its clause states is read too.

    Returns:
        One description per clause that states a capacity: its role and affiliation are
        readings of the person's.

    Notes:
        A predicate nominal of a copula names a property of the subject's referent
        (Huddleston and Pullum 2002, ch. 4, "ascriptive" be), so "Ana Diaz is a nurse at
        X" states her capacity as an appositive would. Only the safest clauses are taken:
        the subject is the name itself or a relative pronoun on it ("Ana Diaz, who is
        ..."); the predicate's head is a role or occupation noun of the lexicon ("is a
        fool" states no capacity); the clause is outside quotes, not negated ("is not a
        lawyer"), with no modal ("would be president") and no subordinator ("if she
        were mayor").
    """
    sentence_of = layout.sentence_of
    found: list[Mention] = []
    for _, name in named(mentions, layout.doc):
        sentence = sentence_of[name.i]
        if sentence in signposts.capacities:
            found.extend(_fronted(name, layout, lexicon))
        for predicate in possessed_capacity(name, lexicon):
            if not layout.in_quote(predicate):
                found.append(describe(predicate, lexicon, appositive=True))
        found.extend(led_by(name, layout, lexicon))
        found.extend(_post_of_object(name, layout, lexicon))
        found.extend(capacities_of(name, layout, lexicon))
        found.extend(_tenures(name, layout, lexicon))
        if sentence in signposts.parties:
            found.extend(party_descriptions(name, layout, lexicon))
        for pronoun in embedded_pronouns(name, gender, layout, lexicon):
            found.extend(_clause_capacities(pronoun, layout, lexicon, signposts))
    doc = layout.doc
    for mention in mentions:
        if mention.pronoun is None:
            continue
        subject = doc[mention.head]
        if main_subject(subject) or leads_what_it_modifies(subject, lexicon):
            sentence = sentence_of[subject.i]
            if sentence in signposts.capacities:
                found.extend(_fronted(subject, layout, lexicon))
            found.extend(_clause_capacities(subject, layout, lexicon, signposts))
            for pronoun in embedded_pronouns(subject, gender, layout, lexicon):
                found.extend(_clause_capacities(pronoun, layout, lexicon, signposts))
    return found


def _clause_capacities(
    subject: Token, layout: Layout, lexicon: Lexicon, signposts: Signposts
) -> list[Mention]:
    """What the clauses a pronoun standing for the person is the subject of state: the
    capacities (:func:`capacities_of`), stretches in office and parties."""
    found = [*capacities_of(subject, layout, lexicon), *_tenures(subject, layout, lexicon)]
    if layout.sentence_of[subject.i] in signposts.parties:
        found.extend(party_descriptions(subject, layout, lexicon))
    return found


def main_subject(token: Token) -> bool:
    """``token`` is the subject of its sentence's main verb: a pronoun there is read for
    the capacities its clause states. In a subordinate clause it may point forward ("When
    she was a prosecutor, Diaz ...") or be someone's claim ("saying he was the leader")."""
    return token.dep_ in NOMINAL_SUBJECTS and token.head.dep_ == ROOT


def leads_what_it_modifies(subject: Token, lexicon: Lexicon) -> bool:
    """``subject`` is the subject of a leading verb in a relative clause whose object is
    the noun the clause modifies ("the group [she founded]")."""
    verb = subject.head
    return (
        subject.dep_ in NOMINAL_SUBJECTS
        and verb.dep_ == RELATIVE_CLAUSE
        and verb_lemma(verb, lexicon) in lexicon.leading_verbs
    )


def capacities_of(subject: Token, layout: Layout, lexicon: Lexicon) -> list[Mention]:
    """The capacities the clauses whose subject is ``subject`` state of it: a role noun
    after a copula or "served as", or the body a leading verb names ("who heads X", "took
    the helm at X").

    Args:
        subject: A name, or a personal pronoun that is a subject.
        layout: The parsed text.
        lexicon: Language data.

    Returns:
        One description per capacity stated, outside quotes, in an asserted clause.
    """
    found: list[Mention] = []
    for verb in _verbs_about(subject, layout, lexicon):
        if layout.in_quote(verb) or not asserted(verb, lexicon.factive_subordinators):
            continue
        if verb_lemma(verb, lexicon) in lexicon.leading_verbs or _helm(verb.children, lexicon):
            found.extend(led_bodies(verb, lexicon))
            continue
        lemma = verb.lemma_.lower()
        if lemma in lexicon.employment_verbs:
            # "works for X", "writing for X"
            found.extend(employers(verb, lexicon.employer_prepositions, lexicon))
        if lemma in lexicon.workplace_verbs and (
            verb.tag_ in _PRESENT_TAGS or lemma in lexicon.employment_verbs
        ):
            # "who teaches at X"; "who worked at X" (a former employer is one still, as
            # "a former official of X" is; "who studied at X" is an alumna)
            found.extend(employers(verb, lexicon.workplace_prepositions, lexicon))
        for predicate in _predicates_of(verb, lexicon):
            if layout.in_quote(predicate):
                continue  # a quoted label is someone's word for them: "is a 'change agent'"
            if _names_a_party_member(predicate, lexicon):
                # "Diaz is a registered Democrat": the party is her affiliation, as it is
                # in an appositive ("Diaz, a registered Democrat,").
                party = describe(predicate, lexicon, appositive=True)
                if party.affiliation is not None:
                    found.append(attrs.evolve(party, role=None, role_head=None))
                continue
            if lemma in lexicon.membership_verbs or not names_a_capacity(predicate, lexicon):
                continue
            described = describe(predicate, lexicon, appositive=True)
            found.append(described)
            # "served as Asia director for the Security Council": the parse hangs the
            # body on the verb; read it there too (a body is preferred to a place).
            body = affiliation_after(verb, predicate.right_edge.i, lexicon)
            if body is not None and described.role:
                found.append(attrs.evolve(described, head=verb.i, affiliation=body))
    return found


def _fronted(subject: Token, layout: Layout, lexicon: Lexicon) -> Iterator[Mention]:
    """The descriptions of the "as" phrases opening ``subject``'s clause, or after its verb
    with no object, outside quotes."""
    for predicate in (*fronted_capacity(subject, lexicon), *depicted_capacity(subject, lexicon)):
        if not layout.in_quote(predicate):
            yield describe(predicate, lexicon, appositive=True)


def _tenures(subject: Token, layout: Layout, lexicon: Lexicon) -> Iterator[Mention]:
    """The descriptions of the capacities that stretches in office held by ``subject``
    state ("won a second term as mayor": :mod:`.tenures`), outside quotes."""
    for predicate in tenure_capacities(subject, lexicon):
        if names_a_capacity(predicate, lexicon) and not layout.in_quote(predicate):
            yield describe(predicate, lexicon, appositive=True)


def _verbs_about(name: Token, layout: Layout, lexicon: Lexicon) -> Iterator[Token]:
    """The copulas, capacity verbs ("served as") and leading verbs whose subject is
    ``name``, a relative pronoun standing for it or for its appositive, or the subject a
    verb shares with the clause ``name`` is the subject of ("came to lead X", "since taking
    the helm at X").

    Notes:
        The understood subject of an infinitive complement of a verb with no object is the
        verb's subject (subject control: "she came to lead the department"; with an object,
        "asked him to lead it", it is the object's), and that of a gerund in a
        prepositional adjunct is the subject of the clause it modifies ("since taking the
        helm, she has ..."; Quirk et al. 1985, 15.58). Only verbs of taking up a post
        (:attr:`Lexicon.accession_verbs`) and prepositions of time are read: "wants to be
        president" and "talked her into serving as" state no capacity of the subject.
    """
    verbs = union(
        lexicon.copulas,
        lexicon.capacity_verbs,
        lexicon.appointing_verbs,
        lexicon.membership_verbs,
        lexicon.leading_verbs,
        lexicon.employment_verbs,
        lexicon.workplace_verbs,
    )
    if name.dep_ in NOMINAL_SUBJECTS:
        clause = name.head
        children = list(clause.children)  # read twice below: the Tokens are made once
        for verb in (clause, *_sharing_subject(clause, children, layout, lexicon)):
            own = children if verb is clause else verb.children
            if verb_lemma(verb, lexicon) in verbs or _helm(own, lexicon):
                yield verb
    if not name.n_rights:
        return  # no relative clause or appositive after the name (a count: no Token made)
    # The clause may hang on the name's appositive: "Ana Diaz, a physicist who is
    # co-director of X".
    described = [name, *(c for c in name.rights if c.dep_ == APPOSITION)]
    for clause in (c for d in described for c in d.rights):
        if relative_on_its_subject(clause, lexicon) and verb_lemma(clause, lexicon) in verbs:
            yield clause


def _sharing_subject(
    verb: Token, children: Sequence[Token], layout: Layout, lexicon: Lexicon
) -> Iterator[Token]:
    """The verbs whose understood subject is ``verb``'s (whose ``children`` are given) and
    that state a capacity taken up: the infinitive after a verb of taking up a post with no
    object ("came to lead X", "was picked to run X"), a gerund after a preposition of time
    ("since taking the helm")."""
    if verb.lemma_.lower() in lexicon.accession_verbs and not any(
        c.dep_ == DIRECT_OBJECT for c in children
    ):
        # "came to lead X" may be parsed as a purpose clause, with no subject of its own.
        yield from (
            c
            for c in children
            if c.dep_ in _INFINITIVE_LINKS
            and not any(d.dep_ in NOMINAL_SUBJECTS for d in c.children)
        )
    # "Writing for the Times, Diaz noted ...": a participle clause with no subject of its
    # own, of a verb of working for someone.
    for clause in children:
        if (
            clause.dep_ == ADVERBIAL_CLAUSE
            and clause.tag_ == _GERUND_TAG
            and clause.lemma_.lower() in lexicon.employment_verbs
            and not any(c.dep_ in NOMINAL_SUBJECTS for c in clause.children)
        ):
            yield clause
    # The sentence's first word is read (made a Token) for a main verb only.
    opening = verb.doc[layout.sentence_start(verb.i)] if verb.dep_ == ROOT else None
    if (
        opening is not None
        and opening.i < verb.i
        and opening.tag_ == _GERUND_TAG
        and opening.head.i != verb.i
        and opening.lemma_.lower() in lexicon.employment_verbs
        and not any(c.dep_ in NOMINAL_SUBJECTS for c in opening.children)
    ):
        # "Writing for a Times panel that agreed Ng won, Diaz noted ...": the parse hung
        # the opening participle on a verb inside its own object's clause.
        yield opening
    for phrase in children:
        if phrase.dep_ == PREPOSITION and phrase.lower_ in lexicon.time_prepositions:
            yield from (
                c for c in phrase.children if c.dep_ == PREPOSITION_CLAUSE and c.tag_ == _GERUND_TAG
            )


def _helm(children: Iterable[Token], lexicon: Lexicon) -> bool:
    """A verb's ``children`` hold an object that names leading ("took the helm", "assumed
    the reins")."""
    return any(
        c.dep_ == DIRECT_OBJECT and c.lemma_.lower() in lexicon.leading_objects for c in children
    )


def _predicates_of(verb: Token, lexicon: Lexicon) -> Iterator[Token]:
    """The predicate nominal of a copula, or the object of "as" after a capacity verb, or
    of "of" after its object "part" or "role" ("acted the part of the front-runner"), or
    the post a passive appointing verb names ("was elected mayor")."""
    lemma = verb.lemma_.lower()
    if lemma in lexicon.appointing_verbs:
        yield from _post_given(verb)
        return
    for child in verb.children:
        if lemma in lexicon.copulas and child.dep_ in PREDICATES:
            yield from counted_among(child, lexicon) if child.pos_ == _NUMBER else (child,)
        elif (
            lemma in lexicon.capacity_verbs or lemma in lexicon.membership_verbs
        ) and child.lower_ in lexicon.capacity_prepositions:
            yield from (t for t in child.children if t.dep_ in PREPOSITION_OBJECTS)
        elif (
            lemma in lexicon.capacity_verbs
            and child.dep_ == DIRECT_OBJECT
            and child.lemma_.lower() in lexicon.capacity_objects
        ):
            for of in child.children:
                if of.lower_ in lexicon.genitive_prepositions:
                    yield from (t for t in of.children if t.dep_ in PREPOSITION_OBJECTS)


def _post_of_object(name: Token, layout: Layout, lexicon: Lexicon) -> Iterator[Mention]:
    """The post an active appointing verb gives the name, its object: its object predicate
    or the object of "as" ("Harbor Bank hired Ana Diaz as its chief economist", "the
    council appointed Diaz treasurer of the Harbor Trust"), in an asserted clause outside
    quotes."""
    verb = name.head
    if name.dep_ != DIRECT_OBJECT or verb.lemma_.lower() not in lexicon.appointing_verbs:
        return
    if layout.in_quote(verb) or not asserted(verb):
        return
    for child in verb.children:
        if child.dep_ == OBJECT_PREDICATE:
            posts = [child]
        elif child.dep_ == PREPOSITION and child.lower_ in lexicon.capacity_prepositions:
            posts = [t for t in child.children if t.dep_ in PREPOSITION_OBJECTS]
        else:
            continue
        for post in posts:
            if names_a_capacity(post, lexicon) and not layout.in_quote(post):
                yield describe(post, lexicon, appositive=True)


def _post_given(verb: Token) -> Iterator[Token]:
    """The post a passive appointing verb gives its subject: its object predicate ("was
    elected mayor"; a post after "as" is read as any "as" phrase after a verb is, by
    :func:`.as_phrases.depicted_capacity`). An active one gives the post to its object
    ("Diaz named Hale chief of staff"), not its subject."""
    children = list(verb.children)
    if any(c.dep_ == PASSIVE_AUXILIARY for c in children):
        yield from (c for c in children if c.dep_ == OBJECT_PREDICATE)


def _names_a_party_member(predicate: Token, lexicon: Lexicon) -> bool:
    """A capitalised party label, as a noun, heads the predicate ("a Democrat", "a lifelong
    Republican"); an adjective ("is Democratic") or a lower-case leaning ("a liberal") is
    none."""
    return (
        predicate.pos_ in ("NOUN", "PROPN")
        and predicate.text[:1].isupper()
        and predicate.lower_ in lexicon.party_labels
        and predicate.lower_ not in lexicon.leaning_labels
    )
