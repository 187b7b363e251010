"""The party a clause about a person implies: a nomination sought or won ("Diaz won the
Green nomination", "Diaz's bid for the Green nomination", "her chance of winning the Green
nomination"), or a party's primary or race ("won the Green primary"), also through a noun
the person holds ("Diaz has a path to the Green nomination", "is the front-runner for",
"is in the race for"), or the party's members called the person's fellows ("Diaz was
blunter than her fellow Greens", "Diaz, who criticized fellow Greens").

News often never puts the party label on the person's title, but says what race they run
in or whose fellows they are. Both readings name the party in the article's words, as an
affiliation with no role. Only the person's own clause is read: the subject of the verb,
the possessor of the noun, or a relative pronoun standing for the name ("whose candidacy
for the Green nomination"). A nomination that is someone else's ("the Green nomination of
Ng", "blocked Ng's path to ..."), a verb that only talks about one ("criticized the Green
nomination", "mocked the race for ...") and a gerund whose subject is an object
("congratulated Ng on winning the Green nomination") are not read.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ...lexicon import Lexicon
from ...records import SpeakerKind
from ..labels import (
    ADJECTIVAL_MODIFIER,
    APPOSITION,
    ATTRIBUTE,
    COMPOUND,
    DIRECT_OBJECT,
    NOMINAL_SUBJECTS,
    POSSESSOR,
    PREPOSITION,
    PREPOSITION_CLAUSE,
    PREPOSITION_OBJECT,
    RELATIVE_CLAUSE,
)
from ..layout import Layout
from .mentions import Mention

_LABEL_LINKS = frozenset({ADJECTIVAL_MODIFIER, COMPOUND})
_HELD = frozenset({DIRECT_OBJECT, ATTRIBUTE})
_CLAUSE_HEADS = frozenset({"VERB", "AUX"})
_POSSESSIVE_RELATIVE_TAG = "WP$"


def party_descriptions(subject: Token, layout: Layout, lexicon: Lexicon) -> list[Mention]:
    """The parties the clauses about ``subject`` imply of it.

    Args:
        subject: A name's head, or a pronoun that is the subject of its sentence's main
            verb.
        layout: The parsed text.
        lexicon: Language data (party labels, nomination nouns, candidacy verbs).

    Returns:
        One description per party implied, outside quotes: its affiliation is the party
        label as written, its span the phrase that names it.
    """
    verbs, possessed = _clauses_of(subject, lexicon)
    found: list[Mention] = []
    readings = (*_nominations(verbs, possessed, lexicon), *_fellows(verbs, layout, lexicon))
    for phrase, label in readings:
        if layout.in_quote(phrase):
            continue
        start, end = phrase.left_edge.idx, phrase.right_edge.idx + len(phrase.right_edge)
        found.append(
            Mention(phrase.i, start, end, None, None, None, label.text, SpeakerKind.PERSON)
        )
    return found


def _clauses_of(subject: Token, lexicon: Lexicon) -> tuple[list[Token], list[Token]]:
    """The verbs ``subject`` is the subject of and the nouns it holds: those it possesses,
    directly or through a relative pronoun on it ("Diaz, who won ...", "Diaz, whose bid
    ..."), and its appositives ("Diaz, a contender for the Green nomination,")."""
    verbs: list[Token] = []
    possessed: list[Token] = []
    if subject.dep_ in NOMINAL_SUBJECTS:
        verbs.append(subject.head)
    elif subject.dep_ == POSSESSOR:
        possessed.append(subject.head)
    for clause in subject.rights:
        if clause.dep_ == APPOSITION:
            possessed.append(clause)
        if clause.dep_ != RELATIVE_CLAUSE:
            continue
        for word in clause.subtree:
            if word.i > clause.i:
                break
            if word.dep_ == POSSESSOR and word.tag_ == _POSSESSIVE_RELATIVE_TAG:
                possessed.append(word.head)  # "whose bid for ..."
            elif (
                word.lower_ in lexicon.relative_pronouns
                and word.dep_ in NOMINAL_SUBJECTS
                and word.head.i == clause.i
            ):
                verbs.append(clause)
    return verbs, possessed


def _nominations(
    verbs: list[Token], possessed: list[Token], lexicon: Lexicon
) -> Iterator[tuple[Token, Token]]:
    """Each party nomination the subject seeks or wins, with its party label: the object
    of a candidacy verb of the subject's ("won the Green nomination"), the object of "for"
    after the subject's verb or possessed noun ("ran for", "whose bid for"), or the object
    of a candidacy gerund after a preposition on a possessed noun ("Diaz's chance of
    winning") or on the subject's verb ("after clinching")."""
    for verb in verbs:
        for child in verb.children:
            if child.dep_ == DIRECT_OBJECT and verb.lemma_.lower() in lexicon.candidacy_verbs:
                yield from _party_nomination(child, lexicon)
            elif child.dep_ == PREPOSITION:
                # A gerund after a preposition on a verb shares its subject only after one
                # of time ("after clinching"; "congratulated Ng on winning" is Ng's).
                gerunds = child.lower_ in lexicon.time_prepositions
                yield from _after_preposition(child, lexicon, gerunds=gerunds)
            elif child.dep_ in _HELD and _holds(verb, child, lexicon):
                yield from _after_noun(child, lexicon)
    for noun in possessed:
        yield from _after_noun(noun, lexicon)


def _holds(verb: Token, noun: Token, lexicon: Lexicon) -> bool:
    """``noun``, the object or predicate of the subject's ``verb``, is the subject's own:
    not a verb that reports or judges ("criticized the path to ..."), not a noun another
    name possesses ("blocked Ng's path to ...")."""
    return lexicon.cue_category(verb.lemma_) is None and not _someone_elses(noun)


def _after_noun(noun: Token, lexicon: Lexicon) -> Iterator[tuple[Token, Token]]:
    """The nomination a noun of the subject's leads to ("her path to the Green
    nomination", "the front-runner for ...", "his lead in the race for ..."), or after a
    candidacy gerund ("her chance of winning ...")."""
    for child in noun.children:
        if child.dep_ != PREPOSITION:
            continue
        yield from _after_preposition(child, lexicon)
        if child.lower_ in lexicon.candidacy_noun_prepositions:
            for target in child.children:
                if target.dep_ == PREPOSITION_OBJECT:
                    yield from _party_nomination(target, lexicon)


def _after_preposition(
    preposition: Token, lexicon: Lexicon, *, gerunds: bool = True
) -> Iterator[tuple[Token, Token]]:
    """The nomination after a preposition ("for the Green nomination"), through the race
    for it ("in the race for the Green nomination"), or, with ``gerunds``, after a
    candidacy gerund it governs ("of winning the Green nomination")."""
    word = preposition.lower_
    for target in preposition.children:
        if target.dep_ == PREPOSITION_OBJECT:
            if word in lexicon.candidacy_prepositions:
                yield from _party_nomination(target, lexicon)
            if target.lemma_.lower() in lexicon.race_nouns and (
                word in lexicon.candidacy_prepositions
                or word in lexicon.candidacy_noun_prepositions
            ):
                yield from _after_noun(target, lexicon)  # "in the race for ..."
        elif (
            gerunds
            and target.dep_ == PREPOSITION_CLAUSE
            and target.lemma_.lower() in lexicon.candidacy_verbs
        ):
            for child in target.children:
                if child.dep_ == DIRECT_OBJECT:
                    yield from _party_nomination(child, lexicon)


def _party_nomination(noun: Token, lexicon: Lexicon) -> Iterator[tuple[Token, Token]]:
    """``noun`` with its party label when it is a party's nomination of no one named
    ("the Green nomination", not "the Green nomination of Ng")."""
    if noun.lemma_.lower() not in lexicon.nomination_nouns:
        return
    if any(
        c.dep_ == PREPOSITION and c.lower_ in lexicon.genitive_prepositions for c in noun.children
    ):
        return
    for child in noun.lefts:
        if child.dep_ in _LABEL_LINKS and child.lower_ in lexicon.party_labels:
            yield noun, child
            return


def _fellows(verbs: list[Token], layout: Layout, lexicon: Lexicon) -> Iterator[tuple[Token, Token]]:
    """The party labels called the subject's fellows in its clause ("criticized fellow
    Greens", "was blunter than her fellow Greens"): the label is the phrase itself."""
    for verb in verbs:
        start, end = layout.sentence_chars(layout.sentence_of[verb.i])
        sentence = layout.text[start:end].lower()
        if not any(word in sentence for word in lexicon.fellow_words):
            continue  # most sentences: no need to walk the clause
        for word in verb.subtree:
            if word.lower_ not in lexicon.party_labels or word.pos_ not in ("NOUN", "PROPN"):
                continue
            if not any(
                c.dep_ == ADJECTIVAL_MODIFIER and c.lower_ in lexicon.fellow_words
                for c in word.children
            ):
                continue
            if _clause_of(word).i == verb.i and not _someone_elses(word):
                yield word, word


def _clause_of(word: Token) -> Token:
    """The nearest verb above ``word``: the head of the clause it is in."""
    head = word.head
    while head.pos_ not in _CLAUSE_HEADS and head.head.i != head.i:
        head = head.head
    return head


def _someone_elses(word: Token) -> bool:
    """``word`` is a named person's ("Ng's fellow Greens", "Ng's path to ..."): a
    possessive pronoun may be the subject's own ("her fellow Greens"), a possessive name is
    someone else's."""
    return any(c.dep_ == POSSESSOR and c.pos_ == "PROPN" for c in word.children)
