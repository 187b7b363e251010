"""Describe a noun phrase that names or describes a speaker.

From "Pentagon spokesman Lieutenant Colonel Philip Ventura" this reads the name
("Philip Ventura"), the title ("Lieutenant Colonel"), the role ("spokesman") and the
affiliation ("Pentagon"); from "a researcher specializing in Iranian affairs" a role only.
"""

from __future__ import annotations

import attrs
from spacy.tokens import Token

from ...lexicon import Lexicon
from ...records import SpeakerKind
from ..syntax import FINITE_TAGS
from .roles import affiliation_of, country_of_body, entity_of, role_of

_CUT_DEPS = frozenset({"appos", "relcl", "acl", "advcl", "punct", "parataxis", "cc", "conj", "case"})
_NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_INDEFINITE = frozenset({"a", "an", "one", "another", "some", "several", "two", "three"})


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


def mention_span(head: Token) -> tuple[int, int]:
    """Token range [first, last] of the phrase headed by ``head``.

    Appositives and modifiers set off by a comma are cut; a name or participle right after
    the head stays ("economist Raj Mehta", "sources familiar with the talks").
    """
    doc = head.doc
    if head.pos_ == "PRON":
        return head.i, head.i
    first = last = head.i
    for child in head.lefts:
        if child.dep_ not in _CUT_DEPS:
            first = min(first, child.left_edge.i)
    for child in head.rights:
        glued = not _comma_before(child) and (
            child.dep_ == "appos" or (child.dep_ == "acl" and child.tag_ == "VBG")
        )
        if child.dep_ in _CUT_DEPS and not glued:
            break
        last = max(last, child.right_edge.i)
    first = _extend_name_left(head, first)
    while first < head.i and (doc[first].is_punct or doc[first].is_space):
        first += 1
    while last > head.i and (doc[last].is_punct or doc[last].is_space or doc[last].dep_ == "case"):
        last -= 1
    return first, last


def _comma_before(token: Token) -> bool:
    left = token.left_edge.i
    return left > 0 and token.doc[left - 1].text in (",", "(", "\u2014", "--")


def _extend_name_left(head: Token, first: int) -> int:
    """Take in what the parser left off a name: "President [Joe] Biden" -> all of it."""
    doc = head.doc
    ent = entity_of(head)
    while first > 0:
        before = doc[first - 1]
        in_ent = ent is not None and ent.start <= before.i and before.ent_type_ == ent[0].ent_type_
        if in_ent or before.text in ("[", "]") or (before.pos_ == "PROPN" and before.head.i == head.i) or before.text[:1].isupper() and before.pos_ == "PROPN" and doc[first].text in "[]":
            first -= 1
        else:
            break
    return first


def describe(head: Token, lexicon: Lexicon, *, appositive: bool = False) -> Mention:
    """A :class:`Mention` for the phrase headed by ``head``.

    Args:
        head: Head token of the phrase.
        lexicon: Language data.
        appositive: The phrase describes a name it stands beside ("Jo Li, a pilot,"), so
            its head noun is a role even when the lexicon does not list it.
    """
    doc = head.doc
    first, last = mention_span(head)
    start, end = doc[first].idx, doc[last].idx + len(doc[last])
    lower = head.lower_
    if head.pos_ == "PRON" or lower in lexicon.pronouns:
        number = lexicon.pronouns.get(lower, ("singular", None))[0]
        return Mention(
            head.i, start, end, None, None, None, None, SpeakerKind.UNKNOWN,
            pronoun=lower, plural=number == "plural",
        )
    tokens = list(doc[first : last + 1])
    title_tokens, name_tokens = _split_title(_name_tokens(head, tokens, lexicon), lexicon)
    excluded = {t.i for t in name_tokens} | {t.i for t in title_tokens}
    role, role_head = role_of(head, tokens, excluded, lexicon, appositive)
    affiliation = affiliation_of(head, tokens, excluded, role_head, lexicon)
    mention = Mention(
        head.i, start, end,
        name=_clean_name(name_tokens) if name_tokens else None,
        title=" ".join(t.text for t in title_tokens) if title_tokens else None,
        role=role,
        affiliation=affiliation,
        kind=SpeakerKind.UNKNOWN,
        definite=bool(tokens) and tokens[0].lower_ in _DEFINITE and not name_tokens,
        plural=head.tag_ in _PLURAL_TAGS,
        role_head=role_head,
    )
    mention = _with_appositive(mention, head, lexicon)
    kind = _kind(head, tokens, mention, lexicon)
    if mention.affiliation is None and kind is not SpeakerKind.PERSON and mention.name:
        mention = attrs.evolve(mention, affiliation=country_of_body(mention.name, lexicon))
    ent = entity_of(head)
    guessed = (
        kind is SpeakerKind.PERSON
        and ent is not None
        and ent[0].ent_type_ == "ORG"
        and not mention.title
        and mention.role_head not in lexicon.role_nouns
    )
    return attrs.evolve(mention, kind=kind, guessed=guessed)


def _with_appositive(mention: Mention, head: Token, lexicon: Lexicon) -> Mention:
    """Fold in an appositive: "Ana Diaz, a nurse at X," or "the mayor, Ana Diaz,"."""
    appos = next((c for c in head.rights if c.dep_ == "appos"), None)
    if appos is None and mention.name and not mention.role and _names_a_described(head):
        return _with_described_role(mention, head.head, lexicon)
    if appos is None or any(t.tag_ in FINITE_TAGS for t in appos.subtree):
        # An "appositive" holding a finite verb is a misparsed clause, not a description.
        return mention
    extra = describe(appos, lexicon, appositive=True)
    return attrs.evolve(
        mention,
        name=mention.name or extra.name,
        title=mention.title or extra.title,
        role=mention.role or extra.role,
        role_head=mention.role_head or extra.role_head,
        affiliation=mention.affiliation or extra.affiliation,
        definite=mention.definite and not extra.name,
    )




def _names_a_described(head: Token) -> bool:
    """The name stands beside a description that comes first ("the first lady, Ana Diaz")."""
    described = head.head
    return head.dep_ == "appos" and described.pos_ == "NOUN" and described.i < head.i


def _with_described_role(mention: Mention, described: Token, lexicon: Lexicon) -> Mention:
    first, last = mention_span(described)
    tokens = list(described.doc[first : last + 1])
    role, role_head = role_of(described, tokens, set(), lexicon, True)
    affiliation = affiliation_of(described, tokens, set(), role_head, lexicon)
    return attrs.evolve(
        mention, role=role, role_head=role_head, affiliation=mention.affiliation or affiliation
    )


def _name_tokens(head: Token, tokens: list[Token], lexicon: Lexicon) -> list[Token]:
    """The proper name in the phrase, with the titles right before it.

    The name is the named entity holding the head or, failing that, the head's run of
    proper nouns; titles and offices written before it ("Lieutenant Colonel", "Minister")
    are included for :func:`_split_title` to peel off. A head that is itself a role noun
    ("Chairman of the Harbor Authority") names no one.
    """
    doc = head.doc
    ent = entity_of(head)
    inside = {t.i for t in tokens}
    if head.lemma_.lower() in lexicon.role_nouns and head.ent_type_ != "PERSON":
        return []
    run: list[Token] = []
    if ent is not None and ent[0].ent_type_ in _NAME_ENTS:
        run = [t for t in ent if t.i in inside and t.lower_ != "the" and t.dep_ != "case"]
    elif head.pos_ == "PROPN":
        run = [head]
        for token in reversed([t for t in tokens if t.i < head.i]):
            if (token.pos_ == "PROPN" and token.dep_ in ("compound", "flat")) or token.text in "[]":
                run.insert(0, token)
            else:
                break
    elif head.pos_ == "NOUN" and head.lemma_.lower() in lexicon.media_words | lexicon.government_words:
        # "the Axios website", "the Reuters news agency": the name stands before the noun.
        run = [
            t for t in tokens
            if t.i < head.i and t.text[:1].isupper() and t.pos_ in ("PROPN", "ADJ", "NOUN")
            and t.dep_ in ("compound", "amod", "nmod") and t.lower_ not in lexicon.demonyms
            and t.ent_type_ not in ("GPE", "DATE")
        ]
    if not run:
        return []
    # "Secretary of Defense Lloyd Austin": a name never reaches across "of".
    while len(run) > 1 and run[0].head.i not in {t.i for t in run} and run[0].i != head.i:
        if run[0].dep_ in ("pobj", "prep") or doc[run[0].i - 1].lower_ == "of":
            run = run[1:]
        else:
            break
    titles = lexicon.titles | lexicon.role_nouns
    while run[0].i - 1 in inside:
        before = doc[run[0].i - 1]
        pair = f"{doc[before.i - 1].lower_} {before.lower_}" if before.i > 0 else ""
        if before.text in ("[", "]"):
            run = [before, *run]
        elif pair in lexicon.titles and before.i - 1 in inside:
            run = [doc[before.i - 1], before, *run]
        elif before.lower_ in titles and before.text[:1].isupper():
            run = [before, *run]
        else:
            break
    return run


def _split_title(run: list[Token], lexicon: Lexicon) -> tuple[list[Token], list[Token]]:
    """Peel honorifics, ranks and offices used as titles off the front of a name.

    Returns:
        The honorific and rank tokens (the ``title``) and the rest of the name. Offices
        ("President", "Councillor") leave the name but stay available to the role.
    """
    title: list[Token] = []
    rest = list(run)
    offices = lexicon.titles | lexicon.role_nouns
    while len(rest) > 1:
        two = f"{rest[0].lower_} {rest[1].lower_}"
        if len(rest) > 2 and two in lexicon.titles:
            taken, rest = rest[:2], rest[2:]
            if two in lexicon.honorifics:
                title += taken
        elif rest[0].lower_ in offices or rest[0].lower_.rstrip(".") in offices:
            if rest[0].lower_ in lexicon.honorifics:
                title.append(rest[0])
            rest = rest[1:]
        else:
            break
    return title, rest


def _clean_name(run: list[Token]) -> str:
    name = " ".join(t.text for t in run if t.text not in ("[", "]"))
    for suffix in ("'s", "\u2019s"):
        if name.endswith(suffix):
            name = name[: -len(suffix)].rstrip()
    return name
















def _person_shaped(name: str, lexicon: Lexicon) -> bool:
    """Two or three capitalised words with no organisation word: "Ilse Marten".

    Notes:
        Small NER models often label unfamiliar personal names ORG; organisations that speak
        mostly carry an organisation word, an acronym or a single name ("Ministry of
        Health", "NATO", "Google").
    """
    words = name.split()
    if not 2 <= len(words) <= 3:
        return False
    vocabulary = (
        lexicon.organization_words | lexicon.media_words | lexicon.government_words
        | lexicon.role_domains
    )
    return all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words) and not any(
        w.lower() in vocabulary for w in words
    )


def _kind(head: Token, tokens: list[Token], mention: Mention, lexicon: Lexicon) -> SpeakerKind:
    """Person, organisation, media, government, group or unnamed source."""
    words = {t.lower_ for t in tokens}
    head_lower = head.lemma_.lower()
    if mention.name:
        ent = entity_of(head)
        label = ent[0].ent_type_ if ent is not None else ""
        if mention.title and mention.title.lower().rstrip(".") in {
            h.rstrip(".") for h in lexicon.honorifics
        }:
            return SpeakerKind.PERSON
        if label == "PERSON":
            return SpeakerKind.PERSON
        if mention.role_head in lexicon.media_words:
            return SpeakerKind.MEDIA
        if words & lexicon.media_words or head_lower in lexicon.media_words:
            return SpeakerKind.MEDIA
        if label == "GPE" or words & lexicon.government_words:
            return SpeakerKind.GOVERNMENT
        person_role = mention.role_head in lexicon.role_nouns and mention.role_head not in lexicon.media_words
        if person_role and len(mention.name.split()) <= 4:
            return SpeakerKind.PERSON
        if words & lexicon.organization_words or label == "NORP":
            return SpeakerKind.ORGANIZATION
        if label == "ORG" and not _person_shaped(mention.name, lexicon):
            return SpeakerKind.ORGANIZATION
        return SpeakerKind.PERSON
    indefinite = bool(tokens) and tokens[0].lower_ in _INDEFINITE
    if head_lower in lexicon.media_words:
        return SpeakerKind.MEDIA
    if head_lower in lexicon.unnamed_heads or head_lower in lexicon.cue_nouns:
        return SpeakerKind.UNNAMED
    if head_lower in lexicon.government_words:
        return SpeakerKind.GOVERNMENT
    if head_lower in lexicon.organization_words:
        return SpeakerKind.ORGANIZATION
    if mention.plural and (head_lower in lexicon.group_heads or head.lower_ in lexicon.group_heads):
        return SpeakerKind.GROUP
    if mention.role_head in lexicon.role_nouns:
        return SpeakerKind.UNNAMED if indefinite else SpeakerKind.PERSON
    return SpeakerKind.UNKNOWN
