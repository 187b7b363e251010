"""A "he" or "she" that is the subject of a clause inside a person's own clause, and is
that person: "Ana Diaz says she is registered as a Green", "Tom Hale may have thought the
worst was over in April, when he won a second term as Dunmore mayor".

:mod:`.predicates` reads the capacities a clause states of its subject when the subject is
the person's name, or a pronoun resolved to the person as the subject of its sentence's
main verb. A pronoun deeper in the name's sentence is resolved by nothing; this takes it
for the name's person where the sentence leaves no one else it could be, so that what its
clause states ("she is registered as a Green") is read as the person's.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from spacy.tokens import Token

from ...lexicon import Lexicon
from ..labels import NOMINAL_SUBJECTS
from ..layout import Layout
from ..syntax import word_ids
from ..wordsets import union

_PERSON = "PERSON"
_SINGULAR = "singular"


def embedded_pronouns(
    subject: Token, gender: str | None, layout: Layout, lexicon: Lexicon
) -> Iterator[Token]:
    """The subject pronouns of ``gender`` in clauses inside the clause ``subject`` is the
    subject of, after it, that stand for it.

    Args:
        subject: A person's name's head, or a pronoun resolved to the person, that is the
            subject of its clause.
        gender: The person's gender as the article states it; None reads nothing.
        layout: The parsed text.
        lexicon: Language data (pronouns and their genders).

    Notes:
        A pronoun in a clause embedded in another takes up that clause's subject when
        nothing nearer could be its antecedent (in "Diaz says she is registered as a
        Green" the subject c-commands the pronoun, which binding theory's Principle B lets
        it bind from outside the pronoun's own clause; Reinhart 1983). Only the safest are
        taken: the pronoun agrees with the person's stated gender, no clause between the
        two has a subject of its own but such a pronoun ("Diaz said Ng told her she was
        ..." is read for no one), no other person is named between them ("Diaz met Ng
        after he won ..." may be Ng), and the pronoun is outside quotes.
    """
    if gender is None or subject.dep_ not in NOMINAL_SUBJECTS:
        return
    verb = subject.head
    doc = subject.doc
    for token in _agreeing_after(subject, gender, layout, lexicon):
        if token.dep_ not in NOMINAL_SUBJECTS or not verb.is_ancestor(token):
            continue
        if layout.in_quote(token):
            continue
        if _subject_between(token, verb, gender, lexicon):
            continue
        if any(t.ent_type_ == _PERSON for t in doc[subject.i + 1 : token.i]):
            continue
        yield token


def _agreeing_after(
    subject: Token, gender: str, layout: Layout, lexicon: Lexicon
) -> Iterator[Token]:
    """The pronouns of ``gender`` after ``subject`` in its sentence, found from spaCy's
    attribute arrays (:attr:`.Layout.columns`): only they become ``Token`` objects (most
    sentences hold none)."""
    forms = _forms(lexicon.pronouns, gender)
    end = layout.sentence_bounds(subject.i)[1]
    lower = layout.columns.lower[subject.i + 1 : end].tolist()
    for offset, word in enumerate(lower, start=subject.i + 1):
        if word in forms:
            yield subject.doc[offset]


_FORMS: dict[tuple[int, str], tuple[Mapping[str, tuple[str, str | None]], frozenset[int]]] = {}
"""Each pronoun table's singular forms of a gender as ids, with the table itself (kept, so
that its identity is not another table's; a program has a lexicon or a few)."""


def _forms(pronouns: Mapping[str, tuple[str, str | None]], gender: str) -> frozenset[int]:
    """The ids (``Token.lower``) of the singular pronouns of ``gender`` in ``pronouns``."""
    key = (id(pronouns), gender)
    cached = _FORMS.get(key)
    if cached is not None and cached[0] is pronouns:
        return cached[1]
    words = frozenset(w for w, read in pronouns.items() if read == (_SINGULAR, gender))
    forms = word_ids(words)
    _FORMS[key] = (pronouns, forms)
    return forms


def _agrees(token: Token, gender: str, lexicon: Lexicon) -> bool:
    """``token`` is a singular personal pronoun of ``gender`` ("she" of a woman)."""
    return lexicon.pronouns.get(token.lower_) == (_SINGULAR, gender)


def _subject_between(pronoun: Token, verb: Token, gender: str, lexicon: Lexicon) -> bool:
    """A clause between ``pronoun``'s and ``verb`` has a subject the pronoun may take up
    instead (:func:`_someone`)."""
    clause = pronoun.head
    while clause.i != verb.i:
        above = clause.head
        if above.i == clause.i:
            return True  # ``verb`` is not above: the parse's tree says nothing of them
        if above.i != verb.i and any(
            child.dep_ in NOMINAL_SUBJECTS and _someone(child, gender, lexicon)
            for child in above.children
        ):
            return True
        clause = above
    return False


def _someone(subject: Token, gender: str, lexicon: Lexicon) -> bool:
    """``subject`` may be a person other than the one an agreeing pronoun stands for: a
    name, a pronoun that does not agree, or a noun of someone ("the mayor", "her aide");
    not a thing ("the worst was over") or an agreeing pronoun."""
    if subject.ent_type_ == _PERSON or subject.pos_ == "PROPN":
        return True
    if subject.lower_ in lexicon.pronouns:
        return not _agrees(subject, gender, lexicon)
    lemma = subject.lemma_.lower()
    return lemma in union(lexicon.role_nouns, lexicon.occupation_nouns) or (
        lemma in lexicon.gendered_nouns
    )
