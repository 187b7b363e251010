"""What sort of entity a mention names: a person, an organisation, a news outlet, a
government body, a group, or an unnamed source."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...lexicon import Lexicon
from ...records import SpeakerKind
from ..labels import TIME_ENTITIES
from ..wordsets import union, without_full_stops
from .names import party_members, possessor_end
from .wording import possessive_mark


def speaker_kind(
    head: Token,
    tokens: list[Token],
    lexicon: Lexicon,
    ent: Span | None,
    *,
    name: str | None,
    title: str | None,
    role_head: str | None,
    plural: bool,
) -> SpeakerKind:
    """Person, organisation, media, government, group or unnamed source.

    Args:
        head: The phrase's head.
        tokens: The phrase's tokens.
        lexicon: Language data.
        ent: The entity holding ``head`` (:func:`.affiliation_words.entity_of`), or None.
        name, title, role_head, plural: What the phrase says so far (the fields of its
            :class:`.mentions.Mention`).

    Notes:
        A named mention is read from its title, its entity label and the words around the
        name; a description from its head noun, an indefinite one with a role noun being an
        unnamed source ("a senior official"). Observed in news.
    """
    if name:
        return _named_kind(head, tokens, name, title, role_head, lexicon, ent)
    return _described_kind(head, tokens, role_head, plural, lexicon)


def _named_kind(
    head: Token,
    tokens: list[Token],
    name: str,
    title: str | None,
    role_head: str | None,
    lexicon: Lexicon,
    ent: Span | None,
) -> SpeakerKind:
    label = ent[0].ent_type_ if ent is not None else ""
    honorifics = without_full_stops(lexicon.honorifics)
    if title and title.lower().rstrip(".") in honorifics:
        return SpeakerKind.PERSON
    if label == "PERSON":
        return SpeakerKind.PERSON  # the common case, told before the phrase's words are read
    # "[Channel 9's Tova Lindqvist]" as one entity, or "[the Daily Post's] [Ana Diaz]" as two:
    # the body's words say nothing of the name's.
    mark = possessor_end(head, lexicon, ent)
    if mark is None:
        mark = max(
            (t.i for t in tokens if t.i < head.i and possessive_mark(t, lexicon)), default=None
        )
    words = {t.lower_ for t in tokens if mark is None or t.i > mark}
    media = lexicon.media_words
    if role_head in media or words & media or head.lemma_.lower() in media:
        return SpeakerKind.MEDIA
    if label == "GPE" or words & lexicon.government_words:
        return SpeakerKind.GOVERNMENT
    person_role = role_head in lexicon.role_nouns and role_head not in media
    if person_role and len(name.split()) <= 4:
        return SpeakerKind.PERSON
    if words & lexicon.organization_words or label == "NORP":
        return SpeakerKind.ORGANIZATION
    if label == "ORG" and not _person_shaped(name, lexicon):
        return SpeakerKind.ORGANIZATION
    return SpeakerKind.PERSON


def _described_kind(
    head: Token, tokens: list[Token], role_head: str | None, plural: bool, lexicon: Lexicon
) -> SpeakerKind:
    head_lower = head.lemma_.lower()
    if head_lower in lexicon.media_words:
        return SpeakerKind.MEDIA
    if head_lower in lexicon.unnamed_heads or head_lower in lexicon.cue_nouns:
        return SpeakerKind.UNNAMED
    if head_lower in lexicon.government_words:
        return SpeakerKind.GOVERNMENT
    if head_lower in lexicon.organization_words:
        return SpeakerKind.ORGANIZATION
    if party_members(head, lexicon):
        return SpeakerKind.GROUP if plural else SpeakerKind.PERSON
    groups = lexicon.group_heads
    if plural and (head_lower in groups or head.lower_ in groups):
        return SpeakerKind.GROUP
    if role_head in lexicon.role_nouns:
        indefinite = bool(tokens) and tokens[0].lower_ in lexicon.indefinite_determiners
        return SpeakerKind.UNNAMED if indefinite else SpeakerKind.PERSON
    return SpeakerKind.UNKNOWN


def _person_shaped(name: str, lexicon: Lexicon) -> bool:
    """Two or three capitalised words with no organisation word: "Ilse Marten", "Ava
    DeLuca" (a surname's inner capital is no acronym's).

    Notes:
        Small NER models often label unfamiliar personal names ORG; organisations that speak
        mostly carry an organisation word, an acronym or a single name ("Ministry of
        Health", "NATO", "Google").
    """
    words = name.split()
    if not 2 <= len(words) <= 3:
        return False
    vocabulary = union(
        lexicon.organization_words,
        lexicon.media_words,
        lexicon.government_words,
        lexicon.role_domains,
    )
    return all(_name_word(w) for w in words) and not any(w.lower() in vocabulary for w in words)


def _name_word(word: str) -> bool:
    """A capitalised word that is no acronym, inner capitals allowed ("Ruiz", "McAllister",
    "DeLuca": surnames with a prefix)."""
    return word[:1].isupper() and not word.isupper() and word.isalpha() and word[1:2].islower()


SPEAKING_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
"""Named-entity labels of those who speak: people, bodies, nationalities, states."""
_NOMINAL_ENDING = "ing"
"""The ending of nouns made from verbs that name events ("the flooding", "the ruling");
"-tion" is left out, since it also ends the names of bodies ("the opposition")."""
_MIN_STEM = 3
"""Letters before that ending in such a noun ("rul-ing"; not "k-ing")."""


def names_a_speaker(head: Token, lexicon: Lexicon) -> bool:
    """The phrase headed by ``head`` names someone who can speak, by its words alone: a
    name, a pronoun, or a person, group, body, medium or poll noun ("the broadcaster",
    "officials"); not a thing ("a plan") nor an unlisted noun."""
    if head.pos_ != "NOUN" or head.ent_type_ in SPEAKING_ENTITIES:
        return True
    words = {head.lower_, head.lemma_.lower()}
    vocabularies = (
        lexicon.role_nouns,
        lexicon.group_heads,
        lexicon.unnamed_heads,
        lexicon.organization_words,
        lexicon.government_words,
        lexicon.media_words,
        lexicon.generic_speakers,
        lexicon.poll_nouns,
    )
    return any(words & vocabulary for vocabulary in vocabularies)


def names_a_work(noun: Token, lexicon: Lexicon) -> bool:
    """``noun`` names an authored work, a poll or a report (a cue noun): "the study", "a
    poll", "the report"."""
    lemma = noun.lemma_.lower()
    return (
        lemma in lexicon.authored_works or lemma in lexicon.poll_nouns or lemma in lexicon.cue_nouns
    )


def may_speak(head: Token, lexicon: Lexicon, *, works: bool = True) -> bool:
    """The phrase headed by ``head`` may name someone who can make a statement.

    Names, pronouns, and person, group, body and source nouns can speak; so can a work that
    states findings ("the study", "the report") when ``works`` is true. A common noun
    outside those vocabularies cannot when it names an event, an outcome or a thing: one
    of the lexicon's event or evidence nouns, a noun made from a verb with "-ing" ("the
    flooding", "the ruling"), or one anchored to a date ("Tuesday's attack"). Any
    other noun is given the benefit of the doubt ("the dockers", "her neighbour").

    Args:
        head: The head of the subject phrase.
        lexicon: Language data.
        works: Whether an authored work counts as a source.

    Returns:
        False only for such an event, outcome or thing.

    Notes:
        Only commissive, evidence and inscription cues ask this: "the drought has shown
        that ..." and "the ruling threatens to ..." are the writer's reading of events,
        not a source's commitment (PARC annotates sources that can hold one; Pareti 2016).
        An event noun is commonly a nominalised verb or a noun located in time.
    """
    if names_a_speaker(head, lexicon):
        return True
    words = {head.lower_, head.lemma_.lower()}
    if works and words & (lexicon.authored_works | set(lexicon.cue_nouns)):
        return True
    if words & union(lexicon.event_nouns, lexicon.evidence_nouns):
        return False
    singular = head.lower_.removesuffix("s")
    nominalised = singular.endswith(_NOMINAL_ENDING) and len(singular) - 3 >= _MIN_STEM
    dated = any(c.ent_type_ in TIME_ENTITIES for c in head.children if c.i < head.i)
    return not (nominalised or dated)
