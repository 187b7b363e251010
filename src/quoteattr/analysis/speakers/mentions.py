"""Describe a noun phrase that names or describes a speaker.

From "Pentagon spokesman Lieutenant Colonel Philip Ventura" this reads the name
("Philip Ventura"), the title ("Lieutenant Colonel"), the role ("spokesman") and the
affiliation ("Pentagon"); from "a researcher specializing in Iranian affairs" a role only.
The phrase's words are found in :mod:`.mention_spans`, the role and affiliation they state
in :mod:`.mention_capacities`; an appositive or a description beside a name is folded in
here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import attrs
from spacy.tokens import Doc, Token

from ...lexicon import Lexicon
from ...records import SpeakerKind
from ..labels import APPOSITION, CONJUNCT, DETERMINER, OBJECT_PREDICATE, POSSESSOR
from ..syntax import FINITE_TAGS, PLURAL_NOUNS
from .affiliation_words import entity_of
from .affiliations import (
    affiliation_after,
    affiliation_of,
    body_after_name,
    country_of_body,
)
from .apposed import describing_appositive, name_after_titles, names_a_described
from .body_names import entity_piece
from .fronted import (
    capacity_over,
    described_before_commas,
    fronted_appositive,
    name_given,
    named_by,
    subject_after_comma,
)
from .kinds import speaker_kind
from .mention_capacities import capacity, in_relative_clause, second_capacity
from .mention_spans import mention_span
from .name_tags import bracketed_state, party_of
from .names import clean_name, name_with_titles, split_title
from .roles import NO_ROLE, role_key, role_of
from .wording import hyphen_parts, word_fragment

_PERSON_LABEL = "PERSON"
_SET_OFF = ("(", ",")
"""What sets a party tag or a description off right after a name ("Ana Diaz (D-Md.)")."""
_NAMED_BESIDE = frozenset({APPOSITION, CONJUNCT, OBJECT_PREDICATE})
"""Labels of a name that a description before it may state the capacity of: in
apposition or coordinated (:func:`.apposed.names_a_described`), or named by a participle
(:func:`.fronted.named_by`)."""


@attrs.frozen
class Mention:
    """What a noun phrase says of the entity it refers to (an internal value).

    Attributes:
        head: Index of the phrase's head token.
        start, end: Character range of the phrase, without appositives or relative clauses.
        name: The proper name in the phrase, titles removed; None for descriptions.
        title: Honorific or rank before the name.
        role: Office or capacity ("spokesman", "Secretary of Defense").
        affiliation: Organisation or country spoken for.
        kind: What sort of entity the phrase names.
        pronoun: The lower-cased pronoun, for pronoun mentions.
        definite: A definite description ("the minister") that may refer back.
        plural: The head is plural.
        role_head: Lower-cased head noun of the role or description, for matching.
    """

    head: int
    start: int
    end: int
    name: str | None
    title: str | None
    role: str | None
    affiliation: str | None
    kind: SpeakerKind
    pronoun: str | None = None
    definite: bool = False
    plural: bool = False
    role_head: str | None = None
    guessed: bool = False
    """The kind is a guess against the NER label (a person-shaped name labelled ORG)."""


def named(mentions: Iterable[Mention], doc: Doc) -> Iterator[tuple[Mention, Token]]:
    """The mentions that give a name (not pronouns), each with its head token."""
    for mention in mentions:
        if mention.name is not None and mention.pronoun is None:
            yield mention, doc[mention.head]


def describe(
    head: Token, lexicon: Lexicon, *, appositive: bool = False, own_words: bool = False
) -> Mention:
    """A :class:`Mention` for the phrase headed by ``head``.

    Args:
        head: Head token of the phrase.
        lexicon: Language data.
        appositive: The phrase describes a name it stands beside ("Jo Li, a pilot,"), so
            its head noun is a role even when the lexicon does not list it.
        own_words: Read the phrase without an appositive on it (a plural office whose
            names the parse hung on it: "Green candidates [Ana Diaz and Li Wei]").
    """
    doc = head.doc
    # Read once: the name's helpers below each want the entity holding the head.
    ent = entity_of(head)
    # "the former secretary of state and current Green nominee": one person, two offices.
    second = second_capacity(head, lexicon, appositive=appositive)
    first, last = mention_span(head, second, lexicon=lexicon, ent=ent)
    tokens = [doc[i] for i in range(first, last + 1)]
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    lower = head.lower_
    if head.pos_ == "PRON" or lower in lexicon.pronouns:
        number = lexicon.pronouns.get(lower, ("singular", None))[0]
        return Mention(
            head.i,
            start,
            end,
            None,
            None,
            None,
            None,
            SpeakerKind.UNKNOWN,
            pronoun=lower,
            plural=number == "plural",
        )
    title_tokens, name_tokens = split_title(name_with_titles(head, tokens, lexicon, ent), lexicon)
    excluded = {t.i for words in (name_tokens, title_tokens) for t in words}
    # "Republican nominee Ana Diaz's husband": what the phrase says of a person possessor
    # is theirs, not the capacity of the one it names.
    possessors = [c for c in head.lefts if c.dep_ == POSSESSOR]
    if appositive or not all(t.i in excluded for t in tokens):
        role, key, affiliation = capacity(
            head, tokens, excluded, possessors, second, lexicon, appositive, own_words
        )
    else:
        # Every word is the name's or a title's ("Ana Diaz", "Sen. Ana Diaz", a firm's
        # name): the role, its key and the affiliation are read from the other words
        # alone (the head too only in an appositive; a party's members, which
        # affiliation_of reads from the head, give no name to exclude), so there are none.
        role, key, affiliation = NO_ROLE, None, None
    name = clean_name(name_tokens, lexicon) if name_tokens else None
    title = " ".join(t.text for t in title_tokens) if title_tokens else None
    role_text = role.text
    # A possessor makes a description definite ("Obama's former campaign strategist").
    definite = (
        bool(tokens)
        and (tokens[0].lower_ in lexicon.definite_determiners or bool(possessors))
        and not name_tokens
    )
    plural = head.tag_ in PLURAL_NOUNS
    if not own_words and _may_fold(head, lexicon):
        # A Mention for an appositive's readings to fold into is made only where one may
        # stand: the phrase's readings are kept as values, and one Mention made at the end.
        folded = _with_appositive(
            Mention(
                head.i,
                start,
                end,
                name,
                title,
                role_text,
                affiliation,
                SpeakerKind.UNKNOWN,
                definite=definite,
                plural=plural,
                role_head=key,
            ),
            head,
            lexicon,
        )
        name, title, role_text = folded.name, folded.title, folded.role
        affiliation, definite, key = folded.affiliation, folded.definite, folded.role_head
    given = name_given(head, lexicon) if name is None else None
    if given is not None:
        # "A retired teacher named Tom Hale said": the participle names the one described.
        name, definite = clean_name(given, lexicon), False
    if second is not None and affiliation is None:
        affiliation = describe(second, lexicon).affiliation
    kind = speaker_kind(
        head, tokens, lexicon, ent, name=name, title=title, role_head=key, plural=plural
    )
    if affiliation is None and kind is not SpeakerKind.PERSON and name:
        affiliation = country_of_body(name, lexicon)
    if affiliation is None and name:
        # "Sen. Ana Diaz (Vt.)": after what the phrase and its appositive state.
        affiliation = bracketed_state(head, lexicon)
    guessed = (
        kind is SpeakerKind.PERSON
        and head.ent_type_ == "ORG"
        and not title
        and key not in lexicon.role_nouns
    )
    return Mention(
        head.i,
        start,
        end,
        name,
        title,
        role_text,
        affiliation,
        kind,
        definite=definite,
        plural=plural and not _singular_name(head, kind, name),
        role_head=key,
        guessed=guessed,
    )


def _may_fold(head: Token, lexicon: Lexicon) -> bool:
    """Something beside the phrase headed by ``head`` may fold into its mention
    (:func:`_with_appositive`): a dependent after the head (an appositive, a party tag, an
    organisation after "of"), a bracket or comma right after it (a party tag, a description
    set off before it), or a label a description before it is read for (a subject after a
    comma, an apposed or coordinated name, a participle's object), or a name right after a
    title the parse cut off from it ("Navy Capt. [Jeff Davis]"). Told by a count, a label
    and the words right before and after the phrase; false for about half the heads
    described, for which each reading of :func:`_with_appositive` gives nothing."""
    if head.n_rights or head.dep_ in _NAMED_BESIDE:
        return True  # read first: a count and a label, no Token made
    doc = head.doc
    if head.i + 1 < len(doc):
        following = doc[head.i + 1]
        if following.text in _SET_OFF:
            return True
        if following.ent_iob_ == "B" and head.lower_ in lexicon.titles:
            return True
    return subject_after_comma(head)


def _singular_name(head: Token, kind: SpeakerKind, name: str | None) -> bool:
    """A person's name the tagger took for a plural ("Sanders", "Williams" tagged ``NNS``
    or ``NNPS``): a bare name is one person; with a determiner it names a family ("the
    Clintons")."""
    return (
        (kind is SpeakerKind.PERSON or head.ent_type_ == _PERSON_LABEL)
        and name is not None
        and head.text[:1].isupper()
        and not any(child.dep_ == DETERMINER for child in head.lefts)
    )


def _with_appositive(mention: Mention, head: Token, lexicon: Lexicon) -> Mention:
    """Fold in an appositive: "Ana Diaz, a nurse at X," or "the mayor, Ana Diaz,"; a
    bracketed party tag ("Ana Diaz (D-Md.)") gives the party, not the letter or state."""
    doc = head.doc
    if mention.name is None:
        named = name_after_titles(head, lexicon)
        if named is not None:  # "former Ohio Gov. and Green nominee Ana Diaz"
            extra = describe(named, lexicon)
            return attrs.evolve(
                mention,
                name=extra.name,
                role=mention.role or extra.role,
                role_head=mention.role_head or extra.role_head,
                affiliation=mention.affiliation or extra.affiliation,
                definite=False,
            )
    # A party tag and a description set off before the name are read only for a name
    # with a bracket or a comma right after it: one word read for both tests.
    set_off = head.i + 1 < len(doc) and doc[head.i + 1].text in _SET_OFF
    party = party_of(head, lexicon) if mention.name and set_off else None
    if party is not None:
        return attrs.evolve(mention, affiliation=mention.affiliation or party)
    appos = describing_appositive(head, lexicon)
    if appos is None and mention.name:
        appos = fronted_appositive(head, lexicon) or named_by(head, lexicon)
    if appos is None and mention.name and names_a_described(head, lexicon, bool(mention.role)):
        return _with_described_role(mention, capacity_over(head.head, lexicon), lexicon)
    if appos is None and mention.name and not mention.role and set_off:
        described = described_before_commas(head, lexicon)
        if described is not None:
            return _with_described_role(mention, described, lexicon)
    if appos is None:
        if mention.name and mention.affiliation is None:
            body = body_after_name(head, lexicon)
            if body is not None:
                return attrs.evolve(mention, affiliation=body)
        return mention
    if word_fragment(appos):
        # "Ana Diaz, vice-president, ...": the word is headed by its last part.
        appos = hyphen_parts(appos)[-1]
    finite = [t for t in appos.subtree if t.tag_ in FINITE_TAGS]
    if any(not _in_relative_clause_word(t, appos) for t in finite):
        # An "appositive" holding a finite verb is a misparsed clause, not a description.
        return mention
    extra = describe(appos, lexicon, appositive=True)
    affiliation = mention.affiliation or extra.affiliation
    if affiliation is None and mention.name:
        affiliation = affiliation_after(head, appos.right_edge.i, lexicon)
    if finite:
        # "Lee Park, an art historian who has written about Vermeer,": the relative clause
        # is no part of the description; its role and affiliation are read, while who the
        # phrase names is decided as before (the speaker's identity is not this stage's).
        return attrs.evolve(mention, role=mention.role or extra.role, affiliation=affiliation)
    return attrs.evolve(
        mention,
        name=mention.name or extra.name,
        title=mention.title or extra.title,
        role=mention.role or extra.role,
        role_head=mention.role_head or extra.role_head,
        affiliation=affiliation,
        definite=mention.definite and not extra.name,
    )


def _in_relative_clause_word(token: Token, top: Token) -> bool:
    """``token`` is, or is a part of a hyphenated word of which some part is, in a relative
    clause below ``top``: the parser may hang the parts of a hyphenated verb apart ("who
    co-authored" as "co" in the clause and "-" and "authored" on the noun), and a written
    word is in one clause."""
    return any(in_relative_clause(part, top) for part in hyphen_parts(token))


def _with_described_role(mention: Mention, described: Token, lexicon: Lexicon) -> Mention:
    """The role and body of the description before the name (its words before the name
    only: what follows the name is the name's own, or another phrase's)."""
    first, last = mention_span(described, ent=entity_of(described))
    doc = described.doc
    # "Speaker of [the House Tom Hale]": the words of the entity the recogniser ran into the
    # name from the description are the description's.
    head = doc[mention.head]
    ent = entity_of(head)
    ahead: set[int] = set()
    if ent is not None:
        piece = entity_piece(head, ent)
        ahead = {t.i for t in ent if t.i < head.i and entity_piece(t, ent) != piece}
    tokens = [t for t in doc[first : last + 1] if t.idx < mention.start or t.i in ahead]
    role = role_of(described, tokens, set(), lexicon, True)
    key = role_key(described, tokens, set(), lexicon, True)
    affiliation = affiliation_of(described, tokens, set(), role, key, lexicon)
    if mention.role:  # the name's own role is the nearer: the description adds a body
        return attrs.evolve(mention, affiliation=mention.affiliation or affiliation)
    return attrs.evolve(
        mention, role=role.text, role_head=key, affiliation=mention.affiliation or affiliation
    )
