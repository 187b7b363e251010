"""Fronted appositives: a role description set before the name it describes.

"A former prosecutor, Ana Diaz said ...": the description comes first, set off by a comma,
and the parse hangs it anywhere (a second subject of the verb, an unlabelled dependent, a
dependent of an opening adverb). :mod:`.mentions` reads it as an appositive of the name,
:mod:`.clause` keeps the name as the speaker, and :mod:`.sources` finds its words. So is
a description set off by commas before a name anywhere in the sentence ("which Apple's
chief executive, Tim Cook, called ..."), where the parse did not make the name its
apposition, and a description that a participle names ("a nurse named Ana Diaz").
"""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import Lexicon
from ..labels import (
    ADVERBIAL_MODIFIER,
    CLAUSAL_MODIFIER,
    NOMINAL_SUBJECTS,
    OBJECT_PREDICATE,
    PREPOSITION,
    PREPOSITION_OBJECT,
)
from ..syntax import PAST_PARTICIPLE, SINGULAR_NOUN
from ..wordsets import union

_LEADING_WORDS = frozenset({"ADV", "PUNCT", "SPACE"})
"""What may stand before a fronted appositive in its sentence, with any adverbial modifier
("Now the ...", which a tagger may take for an interjection)."""
_COMMA = ","


def fronted_appositive(head: Token, lexicon: Lexicon) -> Token | None:
    """A role description that opens the sentence and stands, set off by a comma, right
    before the subject ``head`` names ("A former prosecutor, Ana Diaz said", "Now the
    state's top prosecutor, Diaz rose ..."), however the parse attached it.

    Notes:
        A fronted appositive precedes its anchor, often at the start of a sentence
        (Quirk et al. 1985, 17.65): what it says of the subject is said as an appositive
        after the name would say it. Only a singular noun the lexicon lists as a role or
        occupation heads one, and only adverbs may precede it in its sentence ("Now the
        ..."); a phrase whose words hang on more than one word outside it is no one
        phrase.
    """
    if not subject_after_comma(head):
        return None
    doc = head.doc
    comma = head.left_edge.i - 1
    if not _capacity_above(doc[comma - 1], comma, lexicon):
        return None  # told before the sentence's opening words are looked for
    first = comma - 1
    while first > 0 and not doc[first].is_sent_start:
        first -= 1
    while first < comma and (
        doc[first].pos_ in _LEADING_WORDS or doc[first].dep_ == ADVERBIAL_MODIFIER
    ):
        first += 1
    tops = [doc[i] for i in range(first, comma) if not first <= doc[i].head.i < comma]
    if len(tops) != 1:
        return None
    (top,) = tops
    return top if top.left_edge.i == first and _capacity(top, lexicon) else None


def subject_after_comma(head: Token) -> bool:
    """``head`` heads a subject with a comma right before its phrase: where a fronted
    appositive (:func:`fronted_appositive`) may stand, told from the word before alone."""
    if head.dep_ not in NOMINAL_SUBJECTS:
        return False
    comma = head.left_edge.i - 1
    return comma >= 1 and head.doc[comma].text == _COMMA


def _capacity(noun: Token, lexicon: Lexicon) -> bool:
    """A singular common noun the lexicon lists as a role or an occupation."""
    return (
        noun.pos_ == "NOUN"
        and noun.tag_ == SINGULAR_NOUN
        and noun.lemma_.lower() in union(lexicon.role_nouns, lexicon.occupation_nouns)
    )


def _capacity_above(word: Token, comma: int, lexicon: Lexicon) -> bool:
    """A capacity noun (:func:`_capacity`) is ``word`` or one of the heads above it, up to
    the first that stands at or after ``comma``. The head of a fronted appositive ending
    in ``word`` is such a noun, since every word of the phrase hangs on it: a walk of a
    few heads that spares the walk back to the sentence's start for most subjects after a
    comma."""
    while not _capacity(word, lexicon):
        above = word.head
        if above.i == word.i or above.i >= comma:
            return False
        word = above
    return True


def named_by(head: Token, lexicon: Lexicon) -> Token | None:
    """The role noun of a description whose participle gives the name ``head`` heads: "a
    New York entrepreneur named Tom Hale", "an engineer called Ana Diaz"; the noun must be
    listed as a role or an occupation ("a man named ..." says nothing of a capacity)."""
    # The parse makes the name the participle's object predicate ("named" -oprd-> "Hale").
    if head.dep_ != OBJECT_PREDICATE:
        return None
    verb = head.head
    if verb.dep_ != CLAUSAL_MODIFIER:
        return None
    if verb.tag_ != PAST_PARTICIPLE:
        return None
    noun = verb.head
    if verb.lemma_.lower() not in lexicon.naming_verbs or noun.tag_ != SINGULAR_NOUN:
        return None
    if noun.lemma_.lower() in union(lexicon.role_nouns, lexicon.occupation_nouns):
        return noun
    return None


def name_given(noun: Token, lexicon: Lexicon) -> list[Token] | None:
    """The words of the person's name a naming participle gives the noun ``noun`` heads
    ("a retired teacher named Tom Hale" -> Tom Hale), or None; the converse of
    :func:`named_by`."""
    for verb in noun.rights:
        if verb.dep_ != CLAUSAL_MODIFIER or verb.tag_ != PAST_PARTICIPLE:
            continue
        if verb.lemma_.lower() not in lexicon.naming_verbs:
            continue
        for name in verb.children:
            if name.dep_ == OBJECT_PREDICATE and name.ent_type_ == "PERSON":
                words = name.doc[name.left_edge.i : name.i + 1]
                return [t for t in words if t.ent_type_ == "PERSON"]
    return None


def described_before_commas(head: Token, lexicon: Lexicon) -> Token | None:
    """The role noun of a description set off before the name by commas that the parse did
    not make its apposition: "which Apple's chief executive, Tim Cook, called ..." with
    the name parsed as another word's object. The description ends with the role noun
    right before the comma, or with the phrase its preposition opens ("the secretary of
    the Treasury, Ana Diaz,"), and a comma closes the name."""
    doc = head.doc
    last = head.i
    if last + 1 >= len(doc) or doc[last + 1].text != _COMMA:
        return None  # the common case, told before the name's first word is looked for
    first = head.left_edge.i
    while first < last and doc[first].is_punct:
        first += 1
    if first < 2 or doc[first - 1].text != _COMMA:
        return None
    noun = capacity_over(doc[first - 2], lexicon)
    roles = union(lexicon.role_nouns, lexicon.occupation_nouns)
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in roles or noun.ent_type_:
        return None
    if noun.right_edge.i != first - 2:
        return None
    return noun


def capacity_over(noun: Token, lexicon: Lexicon) -> Token:
    """The role or occupation noun whose prepositional phrase ends in ``noun`` ("director"
    for "museum" in "the director of the museum"), or ``noun`` itself: the word a name set
    off after such a phrase describes, whichever word of it the parse hung the name on."""
    roles = union(lexicon.role_nouns, lexicon.occupation_nouns)
    top = noun
    while (
        top.lemma_.lower() not in roles
        and top.dep_ == PREPOSITION_OBJECT
        and top.head.dep_ == PREPOSITION
        and top.head.head.i < top.i
    ):
        top = top.head.head
    return top if top.lemma_.lower() in roles else noun
