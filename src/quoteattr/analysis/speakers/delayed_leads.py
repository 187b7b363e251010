"""A person the article's lead describes before it names them (a delayed identification).

News often opens on what a person is and names them only in the next sentence: "The head of
the Harbor Workers Union is worried about the vote. In an interview on Thursday, Ana Diaz
said ..." (the "delayed identification lead" of news-writing manuals: the lead says who by
capacity, the second sentence by name). The description then states the capacity of the
first person the article names as a subject, who otherwise may have none: the name comes
bare, or with an age ("Ana Diaz, 44, said"). This reads it; :mod:`.attributes` gathers the
reading with the person's others.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from ...lexicon import Lexicon
from ..labels import (
    CLAUSAL_MODIFIER,
    DESCRIPTION_MODIFIERS,
    DETERMINER,
    NOMINAL_SUBJECTS,
    PREPOSITION,
    RELATIVE_CLAUSE,
    ROOT,
)
from ..layout import Layout
from ..syntax import SINGULAR_NOUN
from ..wordsets import union
from .clusters import Cluster
from .mentions import Mention, describe
from .subjectless_cues import repaired_subject
from .wording import possessive_mark

LEAD_SENTENCES = 4
"""The sentences a lead and the sentence that names its person fill at most (a headline,
the lead, the naming sentence and one between)."""

_PERSON_LABEL = "PERSON"
_RIGHT_MODIFIERS = frozenset({PREPOSITION, RELATIVE_CLAUSE, CLAUSAL_MODIFIER})


def delayed_identification(
    clusters: list[Cluster], layout: Layout, lexicon: Lexicon, speaking: Iterable[int]
) -> dict[int, list[Mention]]:
    """The description a lead gives of the person the next sentence names, by entity.

    Args:
        clusters: The document's entities.
        layout: The parsed text.
        lexicon: Language data.
        speaking: The entities whose readings are wanted.

    Returns:
        At most one entry: the entity of the first person named as the subject of a main
        verb in the first :data:`LEAD_SENTENCES` sentences, mapped to the description that
        was the subject of a main verb in a sentence before it.

    Notes:
        Only the safest case is read. The description is definite, singular, outside quotes,
        with a role or occupation noun that a modifier makes identifying ("The Romanian
        hacker whose ...", "The head of the Harbor Workers Union"; a bare "The governor" is
        an anaphor, not an introduction). No other person is a main subject between the two,
        the named mention is the person's first and states no role of its own ("State Sen.
        Ana Diaz, who sponsored the bill, said" after "The governor of Ohio signed it" is
        someone else), and the person is one (not a family or a crowd).
    """
    wanted = set(speaking)
    sentences = min(LEAD_SENTENCES, len(layout.sentence_starts))
    if not sentences:
        return {}
    # Only a subject in the lead is looked up: the mentions headed there.
    _, lead_end = layout.sentence_bounds(layout.sentence_starts[sentences - 1])
    by_head = {
        m.head: (index, m)
        for index, c in enumerate(clusters)
        for m in c.mentions
        if m.head < lead_end
    }
    description: Token | None = None
    for sentence in range(sentences):
        for subject in _main_subjects(layout, sentence):
            placed = by_head.get(subject.i)
            if placed is None or subject.ent_type_ != _PERSON_LABEL:
                if description is None and _identifying(subject, layout, lexicon):
                    description = subject
                continue
            index, mention = placed
            first = min(m.start for m in clusters[index].mentions)
            if description is None or mention.role or mention.start != first:
                return {}
            cluster = clusters[index]
            if index not in wanted or cluster.plural or mention.pronoun is not None:
                return {}
            return {index: [describe(description, lexicon)]}
    return {}


def _main_subjects(layout: Layout, sentence: int) -> list[Token]:
    """The subjects of the main verb of sentence ``sentence``, or the subject the parse
    left off it (:func:`.subjectless_cues.repaired_subject`: "As part of his plea, Tom
    Hale, 44, said ..." with the name read as an appositive of "plea")."""
    start, end = layout.sentence_bounds(layout.sentence_starts[sentence])
    subjects = []
    for token in layout.doc[start:end]:
        if token.dep_ != ROOT:
            continue
        own = [child for child in token.lefts if child.dep_ in NOMINAL_SUBJECTS]
        repaired = repaired_subject(token) if not own else None
        subjects.extend(own if repaired is None else [repaired])
    return subjects


def _identifying(token: Token, layout: Layout, lexicon: Lexicon) -> bool:
    """A definite singular role or occupation noun outside quotes, naming no person and
    owning nothing, with a modifier before it or a phrase or clause after it."""
    if token.tag_ != SINGULAR_NOUN or layout.in_quote(token):
        return False
    following = token.i + 1
    if following < len(token.doc) and possessive_mark(token.doc[following], lexicon):
        return False  # whose the subject is ("the nominee's former doctor"), misparsed
    if token.lemma_.lower() not in union(lexicon.role_nouns, lexicon.occupation_nouns):
        return False
    if any(t.ent_type_ == _PERSON_LABEL for t in token.subtree if t.i < token.i):
        return False
    lefts = list(token.lefts)
    definite = any(t.dep_ == DETERMINER and t.lower_ in lexicon.definite_determiners for t in lefts)
    modified = any(t.dep_ in DESCRIPTION_MODIFIERS for t in lefts) or any(
        t.dep_ in _RIGHT_MODIFIERS for t in token.rights
    )
    return definite and modified
