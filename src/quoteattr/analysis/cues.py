"""Find cue words: the verbs, nouns and phrases that mark words as someone's."""

from __future__ import annotations

import functools
from enum import Enum
from typing import TypeAlias

import attrs
import numpy
from spacy.strings import get_string_id
from spacy.tokens import Token

from ..lexicon import Lexicon
from ..records import CueCategory
from .labels import (
    ADJECTIVAL_MODIFIER,
    CLAUSAL_MODIFIER,
    CLAUSE_AND_SUBJECT,
    DETERMINER,
    DIRECT_OBJECT,
    LIGHT_VERB_OBJECTS,
    NEGATION,
    NOMINAL_SUBJECTS,
    PREPOSITION,
)
from .layout import Layout, members
from .syntax import word_ids
from .wordsets import union

_SAID_OF_OBJECT = frozenset({"oprd", "attr", "ccomp", "xcomp"})
"""Dependents by which a verb says something of its object ("called the plan a disaster")."""
_SMALL_WORDS = frozenset({"ADP", "DET", "PART", "CCONJ"})
"""Parts of speech a title leaves in lower case ("Relating to the Status of Refugees")."""


class CueForm(str, Enum):
    """The grammatical shape of a cue."""

    VERB = "verb"
    NOUN = "noun"
    SOURCE = "source"


@attrs.frozen
class CueMatch:
    """A cue found in a parsed text (token indices; an internal value of the core).

    Attributes:
        head: Index of the token the cue hangs on (the verb, the noun, ``according``).
        tokens: Indices of every token of the cue, sorted (``made clear``, ``according to``).
        lemma: The cue's lemma (``say``, ``make clear``, ``according to``).
        category: Stance of the cue.
        negated: The cue is negated (``did not say``, ``never claimed``).
        form: Verb, noun or source phrase.
    """

    head: int
    tokens: tuple[int, ...]
    lemma: str
    category: CueCategory
    negated: bool
    form: CueForm

    @property
    def first(self) -> int:
        return self.tokens[0]

    @property
    def last(self) -> int:
        return self.tokens[-1]


def find_cues(layout: Layout, lexicon: Lexicon) -> list[CueMatch]:
    """Every cue in the parsed text ``layout``, in document order.

    Notes:
        Verbs are matched on their lemma; a light verb ("make") is a cue only with its
        object ("clear"), after the PARC annotation of "make clear that" as one cue
        (Pareti 2016). Nouns are matched on their lemma, and source phrases ("according
        to") on two words.
    """
    found: list[CueMatch] = []
    doc, columns = layout.doc, layout.columns
    if not len(doc):
        return found
    held = _held_words(columns.lower, lexicon)
    openers = _source_openers(lexicon, held)
    wanted = _opening_words(lexicon, held, openers)
    for index in _candidates(columns.lemma, columns.lower, wanted):
        token = doc[index]
        match = (
            _verb_cue(token, lexicon, held)
            or _noun_cue(token, lexicon)
            or _source_cue(token, openers)
        )
        if match is not None:
            found.append(match)
    return found


def _candidates(lemmas: numpy.ndarray, lowers: numpy.ndarray, wanted: frozenset[int]) -> list[int]:
    """Indices of tokens whose lemma or lower form is one of ``wanted``
    (:func:`_opening_words`): those that could start a cue.

    Reads spaCy's attribute arrays with numpy (the layout's LEMMA and LOWER columns), so
    that only candidates become Python objects (most words of an article are never cues).
    """
    found = members(lemmas, wanted) | members(lowers, wanted)
    indices: list[int] = numpy.flatnonzero(found).tolist()
    return indices


def _held_words(lowers: numpy.ndarray, lexicon: Lexicon) -> frozenset[int]:
    """The ids of the words a light verb or a source phrase needs besides its first ("clear"
    of "make clear", "words" of "in the words of") that the text holds (``lowers``: its
    LOWER column), found at once: most texts hold none of some, and a light verb ("be") or
    a phrase's first word ("in") is then read no further at each of its many tokens."""
    needed = union(
        *lexicon.light_verbs.values(),
        *(frozenset(phrase.split()) for phrase in lexicon.source_markers),
    )
    return frozenset(lowers[members(lowers, word_ids(needed))].tolist())


def _opening_words(
    lexicon: Lexicon, held: frozenset[int], openers: dict[str, list[_SourcePhrase]]
) -> frozenset[int]:
    """The ids of the words that can start a cue in a text that holds the words ``held``
    (:func:`_held_words`): :attr:`Lexicon.cue_word_hashes` less a light verb none of whose
    objects the text holds ("be" without "adamant") and a source phrase's first word that
    opens no phrase the text holds (``openers``: "in" without "words"), when no other
    construction takes the word. Such words are the most frequent candidates, and no cue
    in that text (:func:`_verb_cue` and :func:`_source_cue` turn them down)."""
    lost = frozenset(
        word
        for word in (
            *lexicon.light_verbs,
            *(phrase.split()[0] for phrase in lexicon.source_markers),
        )
        if word not in openers
        and (
            word not in lexicon.light_verbs or word_ids(lexicon.light_verbs[word]).isdisjoint(held)
        )
        and word not in lexicon.cue_verbs
        and word not in lexicon.particle_verbs
        and word not in lexicon.cue_nouns
        and word not in lexicon.cue_prepositions
    )
    return _less(lexicon.cue_word_hashes, lost) if lost else lexicon.cue_word_hashes


@functools.lru_cache(maxsize=64)
def _less(ids: frozenset[int], lost: frozenset[str]) -> frozenset[int]:
    """``ids`` without those of the words ``lost``, the same object every time they are
    asked for (the layout's ``members`` indexes each set it is given once)."""
    return ids - {get_string_id(word) for word in lost}


def is_negated(token: Token, lexicon: Lexicon) -> bool:
    """True when ``token`` has a negation among its children (``not``, ``never``), or a
    subject that says no one spoke (``None of them said``, ``No one claimed``).

    A negation with a quote mark between it and ``token`` is quoted, not the cue's:
    in ``"No," she said`` the parser hangs "No" on "said", but the speaker said it.
    """
    for c in token.children:
        dep = c.dep_  # read once: a string made from its hash at every read
        if (
            dep == NEGATION
            or (c.i < token.i and c.lower_ in lexicon.negations)
            or (dep in NOMINAL_SUBJECTS and _no_one(c, lexicon))
        ) and not _quote_mark_between(c, token):
            return True
    return False


def _no_one(subject: Token, lexicon: Lexicon) -> bool:
    """A subject that names no one: a negative pronoun ("nobody", "none of them") or a noun
    with a negative determiner ("no one", "no official")."""
    if subject.lower_ in lexicon.negative_pronouns:
        return True
    return any(c.dep_ == DETERMINER and c.lower_ in lexicon.negations for c in subject.lefts)


def _quote_mark_between(one: Token, other: Token) -> bool:
    """A quote mark stands between two tokens of one sentence."""
    low, high = sorted((one.i, other.i))
    return any(t.is_quote for t in one.doc[low + 1 : high])


def _verb_cue(token: Token, lexicon: Lexicon, held: frozenset[int]) -> CueMatch | None:
    """The verb cue ``token`` is, if any (``held``: :func:`_held_words` of its text)."""
    lemma = token.lemma_.lower()
    if not _verb_cue_lemma(lemma, lexicon):
        return None  # checked first: most candidates ("in", forms of "be") are no verb cue
    if _light_verb_only(lemma, lexicon) and word_ids(lexicon.light_verbs[lemma]).isdisjoint(held):
        return None  # "is" in a text without "adamant" or "emphatic": no "be adamant" cue
    verbal = token.pos_ in ("VERB", "AUX") or token.tag_ in ("VBD", "VBZ", "VBP", "VBN", "VBG")
    if not verbal and not _parsed_as_verb(token):
        return None
    if token.dep_ == ADJECTIVAL_MODIFIER:
        return None  # "pledged delegates", "the announced plan": a participle as adjective
    if _word_of_a_title(token):
        return None  # "the Convention Relating to the Status of Refugees"
    category = lexicon.cue_category(lemma)
    if category is not None and _convenes(token, lemma, lexicon):
        return None
    if category is not None:
        negated = is_negated(token, lexicon)
        return CueMatch(token.i, (token.i,), lemma, category, negated, CueForm.VERB)
    return (
        _light_verb_cue(token, lemma, lexicon)
        or _particle_cue(token, lemma, lexicon)
        or _prepositional_cue(token, lemma, lexicon)
    )


def _verb_cue_lemma(lemma: str, lexicon: Lexicon) -> bool:
    """``lemma`` may make a verb cue: a cue verb, or one with the object, particle or
    preposition that makes it one (:func:`_light_verb_cue`, :func:`_particle_cue`,
    :func:`_prepositional_cue`)."""
    return (
        lemma in lexicon.cue_verbs
        or lemma in lexicon.light_verbs
        or lemma in lexicon.particle_verbs
        or lemma in lexicon.cue_prepositions
    )


def _light_verb_only(lemma: str, lexicon: Lexicon) -> bool:
    """``lemma`` (a :func:`_verb_cue_lemma`) makes a cue only as a light verb, with an
    object (:func:`_light_verb_cue`)."""
    return (
        lemma not in lexicon.cue_verbs
        and lemma not in lexicon.particle_verbs
        and lemma not in lexicon.cue_prepositions
    )


def _word_of_a_title(token: Token) -> bool:
    """A capitalised verb form modifying the capitalised name right before it, with a
    lower-case small word after it: a word of a title ("the Protocol Relating to the Status
    of Refugees"), not a verb. A headline's verb has the name for its subject ("Ruiz Calls
    for a Recount") and stays a verb."""
    doc = token.doc
    if token.is_sent_start or not token.text[:1].isupper() or token.text.isupper():
        return False
    if token.i + 1 >= len(doc) or token.dep_ != CLAUSAL_MODIFIER:
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    return (
        token.head.i == before.i
        and before.pos_ == "PROPN"
        and before.text[:1].isupper()
        and after.is_lower
        and after.pos_ in _SMALL_WORDS
    )


def _convenes(token: Token, lemma: str, lexicon: Lexicon) -> bool:
    """The verb's object is an event it convenes: "called an emergency meeting"; not when
    something is said of the object ("called the meeting a disgrace", or a quote)."""
    objects = lexicon.convening_objects.get(lemma)
    if not objects or any(child.dep_ in _SAID_OF_OBJECT for child in token.children):
        return False
    return any(
        child.dep_ == DIRECT_OBJECT
        and child.lower_ in objects
        and not any(t.is_quote for t in child.subtree)
        for child in token.children
    )


def _light_verb_cue(token: Token, lemma: str, lexicon: Lexicon) -> CueMatch | None:
    """A light verb with the object that makes it a cue: "made clear", "expressed concern"."""
    objects = lexicon.light_verbs.get(lemma)
    if not objects:
        return None
    for child in token.children:
        if child.dep_ in LIGHT_VERB_OBJECTS and child.lower_ in objects:
            return CueMatch(
                token.i,
                tuple(sorted((token.i, child.i))),
                f"{lemma} {child.lower_}",
                CueCategory.ASSERTIVE,
                is_negated(token, lexicon),
                CueForm.VERB,
            )
    return None


def _particle_cue(token: Token, lemma: str, lexicon: Lexicon) -> CueMatch | None:
    """A verb with the particle right after it that makes it a cue: "fired back", "hit
    back" (parsed as a particle or an adverb)."""
    particles = lexicon.particle_verbs.get(lemma)
    if not particles or token.i + 1 >= len(token.doc):
        return None
    particle = token.doc[token.i + 1]
    if particle.head.i != token.i or particle.lower_ not in particles:
        return None
    return CueMatch(
        token.i,
        (token.i, particle.i),
        f"{lemma} {particle.lower_}",
        CueCategory.ASSERTIVE,
        is_negated(token, lexicon),
        CueForm.VERB,
    )


def _prepositional_cue(token: Token, lemma: str, lexicon: Lexicon) -> CueMatch | None:
    """A verb that reports only with its preposition: "pushed for a repeal"."""
    prepositions = lexicon.cue_prepositions.get(lemma)
    if not prepositions or not any(
        c.dep_ == PREPOSITION and c.lower_ in prepositions and c.i > token.i for c in token.children
    ):
        return None
    negated = is_negated(token, lexicon)
    return CueMatch(token.i, (token.i,), lemma, CueCategory.ASSERTIVE, negated, CueForm.VERB)


def _parsed_as_verb(token: Token) -> bool:
    """A word tagged as a noun that the parser gave a subject and a clause, as a verb:
    "..., the former director maintains." is sometimes tagged "maintains/NNS"."""
    return {child.dep_ for child in token.children} >= CLAUSE_AND_SUBJECT


def _noun_cue(token: Token, lexicon: Lexicon) -> CueMatch | None:
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    category = lexicon.cue_nouns.get(token.lemma_.lower())
    if category is None:
        return None
    if any(c.lower_ in lexicon.unspoken_modifiers for c in token.lefts):
        return None  # "a tacit acknowledgment that ...": nothing was said
    return CueMatch(token.i, (token.i,), token.lemma_.lower(), category, False, CueForm.NOUN)


_SourcePhrase: TypeAlias = tuple[str, tuple[str, ...], CueCategory]
"""A source phrase, its words and its category."""


def _source_openers(lexicon: Lexicon, held: frozenset[int]) -> dict[str, list[_SourcePhrase]]:
    """The lexicon's source phrases by their first word, in the lexicon's order (split once
    per text, not at every candidate), those whose every word the text holds (``held``:
    :func:`_held_words`)."""
    openers: dict[str, list[_SourcePhrase]] = {}
    for phrase, category in lexicon.source_markers.items():
        words = tuple(phrase.split())
        if word_ids(frozenset(words)) <= held:
            openers.setdefault(words[0], []).append((phrase, words, category))
    return openers


def _source_cue(token: Token, openers: dict[str, list[_SourcePhrase]]) -> CueMatch | None:
    """A source phrase of several words ("according to", "in the words of") starting at
    ``token`` (``openers``: :func:`_source_openers`); its statement is read by
    :mod:`quoteattr.analysis.content.according_to`."""
    # most candidates open no source phrase: their other words are not read
    phrases = openers.get(token.lower_)
    if phrases is None:
        return None
    doc = token.doc
    for phrase, words, category in phrases:
        end = token.i + len(words)
        if end <= len(doc) and all(doc[token.i + k].lower_ == w for k, w in enumerate(words)):
            tokens = tuple(range(token.i, end))
            return CueMatch(token.i, tokens, phrase, category, False, CueForm.SOURCE)
    return None
