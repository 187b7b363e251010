"""Describe a noun phrase that names or describes a speaker.

From "Pentagon spokesman Lieutenant Colonel Philip Ventura" this reads the name
("Philip Ventura"), the title ("Lieutenant Colonel"), the role ("spokesman") and the
affiliation ("Pentagon"); from "a researcher specializing in Iranian affairs" a role only.
"""

from __future__ import annotations

import attrs
from spacy.tokens import Token

from .lexicon import Lexicon
from .records import SpeakerKind

_CUT_DEPS = frozenset({"appos", "relcl", "acl", "advcl", "punct", "parataxis", "cc", "conj"})
_NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART"})
_AFFILIATION_ENTS = frozenset({"ORG", "GPE", "NORP"})
_AFFILIATION_PREPS = frozenset({"at", "for", "with", "from"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


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
        definite: The phrase is definite ("the minister"), so it may refer back.
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


def mention_span(head: Token) -> tuple[int, int]:
    """Token range [first, last] of the phrase headed by ``head``, cut before appositives.

    A participial modifier right after the head stays ("sources familiar with the talks",
    "the researcher specializing in ..."); one set off by a comma is cut.
    """
    if head.pos_ == "PRON":
        return head.i, head.i
    doc = head.doc
    first = last = head.i
    for child in head.lefts:
        if child.dep_ not in _CUT_DEPS:
            first = min(first, child.left_edge.i)
    for child in head.rights:
        if child.dep_ in _CUT_DEPS and not (child.dep_ == "acl" and doc[child.i - 1].text != ","):
            break
        last = max(last, child.right_edge.i)
    first = _extend_name_left(head, first)
    while first < head.i and (doc[first].is_punct or doc[first].is_space):
        first += 1
    while last > head.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return first, last


def _extend_name_left(head: Token, first: int) -> int:
    """Take in what the parser left off a name: "President [Joe] Biden" -> all of it."""
    doc = head.doc
    ent = next((e for e in doc.ents if e.start <= head.i < e.end), None)
    while first > 0:
        before = doc[first - 1]
        in_ent = ent is not None and ent.start <= before.i and before.ent_type_ == ent.label_
        if in_ent or before.text in ("[", "]") or (before.pos_ == "PROPN" and before.head.i == head.i) or before.text[:1].isupper() and before.pos_ == "PROPN" and doc[first].text in ("[", "]"):
            first -= 1
        else:
            break
    return first


def describe(head: Token, lexicon: Lexicon) -> Mention:
    """A :class:`Mention` for the phrase headed by ``head``."""
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
    title = " ".join(t.text for t in title_tokens) if title_tokens else None
    name = _clean_name(name_tokens) if name_tokens else None
    excluded = {t.i for t in name_tokens} | {t.i for t in title_tokens}
    role, role_head = _role(head, tokens, excluded, lexicon)
    affiliation = _affiliation(head, tokens, excluded | _role_tokens(tokens, lexicon), lexicon)
    appos = next((c for c in head.rights if c.dep_ == "appos"), None)
    if appos is not None and head.pos_ == "PROPN":
        extra = describe(appos, lexicon)
        role = role or extra.role or (extra.name if extra.kind is SpeakerKind.UNKNOWN else None)
        role_head = role_head or extra.role_head
        affiliation = affiliation or extra.affiliation
        title = title or extra.title
        if name is None and extra.name is not None:
            name = extra.name
    definite = any(t.lower_ in ("the", "this", "that") for t in tokens[:2]) and name is None
    plural = head.tag_ in _PLURAL_TAGS
    kind = _kind(head, name_tokens, role_head, plural, lexicon)
    return Mention(
        head.i, start, end, name, title, role, affiliation, kind,
        definite=definite, plural=plural, role_head=role_head,
    )


def _name_tokens(head: Token, tokens: list[Token], lexicon: Lexicon) -> list[Token]:
    """The proper name in the phrase, with the titles right before it.

    The name is the named entity holding the head or, failing that, the head's run of
    proper nouns; titles and offices written before it ("Lieutenant Colonel", "Minister")
    are included for :func:`_split_title` to peel off.
    """
    doc = head.doc
    ent = next((e for e in doc.ents if e.start <= head.i < e.end), None)
    inside = {t.i for t in tokens}
    run: list[Token] = []
    if ent is not None and ent.label_ in _NAME_ENTS:
        run = [t for t in ent if t.i in inside and t.lower_ != "the" and t.dep_ != "case"]
    elif head.pos_ == "PROPN":
        run = [head]
        for token in reversed([t for t in tokens if t.i < head.i]):
            if (token.pos_ == "PROPN" and token.dep_ in ("compound", "flat")) or token.text in "[]":
                run.insert(0, token)
            else:
                break
    if not run and head.pos_ == "NOUN" and head.lemma_.lower() in lexicon.media_words | lexicon.government_words:
        # "the Axios website", "the Reuters news agency": the name stands before the noun.
        run = [
            t
            for t in tokens
            if t.i < head.i
            and t.text[:1].isupper()
            and t.pos_ in ("PROPN", "ADJ", "NOUN")
            and t.dep_ in ("compound", "amod", "nmod")
            and t.lower_ not in lexicon.demonyms
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
        The honorific and rank tokens (the ``title``) and the rest of the name.
        Offices ("President") are dropped from the name but left for the role.
    """
    title: list[Token] = []
    rest = list(run)
    while len(rest) > 1:
        two = f"{rest[0].lower_} {rest[1].lower_}"
        if len(rest) > 2 and two in lexicon.titles:
            taken, rest = rest[:2], rest[2:]
            if two in lexicon.honorifics:
                title += taken
        elif rest[0].lower_ in lexicon.titles or rest[0].lower_ in lexicon.role_nouns:
            if rest[0].lower_ in lexicon.honorifics:
                title.append(rest[0])
            rest = rest[1:]
        else:
            break
    return title, rest


def _clean_name(run: list[Token]) -> str:
    name = " ".join(t.text for t in run if t.text not in ("[", "]"))
    for suffix in ("'s", "’s"):
        if name.endswith(suffix):
            name = name[: -len(suffix)].rstrip()
    return name


def _role(
    head: Token, tokens: list[Token], excluded: set[int], lexicon: Lexicon
) -> tuple[str | None, str | None]:
    """The office or capacity in the phrase, and its head noun.

    Notes:
        The role is a role noun with its non-affiliation pre-modifiers ("Defense Minister")
        and its post-modifying phrases ("Secretary of Defense", "researcher specializing in
        Iranian affairs"), leaving out an affiliation after "of", "at", "for".
    """
    nouns = lexicon.role_nouns | lexicon.unnamed_heads
    candidates = [
        t
        for t in tokens
        if t.i not in excluded and t.lemma_.lower() in nouns and t.pos_ in ("NOUN", "PROPN")
    ]
    if not candidates:
        office = [t for t in tokens if t.i not in excluded and t.lower_ in lexicon.titles]
        if office and excluded:
            return " ".join(t.text for t in office), office[-1].lower_
        if head.pos_ == "NOUN":
            return None, head.lemma_.lower()
        return None, None
    role_noun = candidates[0]
    words = [role_noun]
    for token in reversed([t for t in tokens if t.i < role_noun.i]):
        if token.i in excluded or token.is_punct or token.dep_ not in ("compound", "amod"):
            break
        domain = token.lower_ in lexicon.role_domains
        if not domain and (_is_affiliation(token, lexicon) or token.lower_ in lexicon.honorifics):
            break
        words.insert(0, token)
    words += [t for t in tokens if t.i > role_noun.i and t.i not in excluded and _in_role_pp(t, role_noun)]
    words = _trim_role(sorted(words, key=lambda t: t.i), lexicon)
    text = " ".join(t.text for t in words)
    if role_noun.tag_ in _PLURAL_TAGS and len(words) == 1:
        text = role_noun.lemma_.lower()
    return text, role_noun.lemma_.lower()


def _in_role_pp(token: Token, role_noun: Token) -> bool:
    """Tokens of "of Y" / "specializing in Y" phrases after the role noun."""
    path = list(token.ancestors)
    if role_noun not in path or token.is_punct:
        return False
    below = path[: path.index(role_noun)]
    if any(a.dep_ in ("relcl", "appos", "conj") for a in [token, *below]):
        return False
    top = below[-1] if below else token
    return not (top.dep_ == "prep" and top.lower_ in _AFFILIATION_PREPS)


def _trim_role(words: list[Token], lexicon: Lexicon) -> list[Token]:
    """Drop a trailing "of <country or organisation>", which is the affiliation."""
    for index, token in enumerate(words):
        if token.lower_ == "of" and index + 1 < len(words):
            rest = words[index + 1 : index + 3]
            if any(t.ent_type_ in ("GPE", "NORP") or t.lower_ in lexicon.demonyms for t in rest):
                return words[:index]
    return words


def _role_tokens(tokens: list[Token], lexicon: Lexicon) -> set[int]:
    """Portfolio words ("Defense" in "Defense Minister") are never the affiliation."""
    return {t.i for t in tokens if t.lower_ in lexicon.role_domains}


def _is_affiliation(token: Token, lexicon: Lexicon) -> bool:
    return token.ent_type_ in _AFFILIATION_ENTS or token.lower_ in lexicon.demonyms


def _affiliation(
    head: Token, tokens: list[Token], excluded: set[int], lexicon: Lexicon
) -> str | None:
    """Organisation or country before the role or name, or after "of/at/for"."""
    for token in tokens:
        if token.i in excluded or token.i > head.i:
            continue
        if token.dep_ == "poss" or token.dep_ in ("compound", "amod", "nmod"):
            found = _affiliation_phrase(token, lexicon)
            if found:
                return found
    for token in tokens:
        if token.dep_ == "pobj" and token.head.lower_ in _AFFILIATION_PREPS | {"of"}:
            found = _affiliation_phrase(token, lexicon)
            if found:
                return found
    return None


def _affiliation_phrase(token: Token, lexicon: Lexicon) -> str | None:
    lower = token.lower_
    if lower in lexicon.demonyms:
        return lexicon.demonyms[lower]
    if token.ent_type_ not in _AFFILIATION_ENTS:
        return None
    doc = token.doc
    ent = next((e for e in doc.ents if e.start <= token.i < e.end), None)
    if ent is None:
        return token.text
    text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
    text = text[:-2] if text.endswith(("'s", "\u2019s")) else text
    return lexicon.demonyms.get(text.lower(), text)


def _kind(
    head: Token, name_tokens: list[Token], role_head: str | None, plural: bool, lexicon: Lexicon
) -> SpeakerKind:
    words = {t.lower_ for t in head.subtree} if not name_tokens else {t.lower_ for t in name_tokens}
    head_lower = head.lemma_.lower()
    if name_tokens:
        types = {t.ent_type_ for t in name_tokens}
        if "PERSON" in types:
            return SpeakerKind.PERSON
        person_role = role_head in lexicon.role_nouns and role_head not in lexicon.media_words
        if person_role and head.pos_ == "PROPN" and len(name_tokens) <= 4 and not (
            words & (lexicon.media_words | lexicon.government_words)
        ):
            return SpeakerKind.PERSON
        if words & lexicon.media_words or head_lower in lexicon.media_words:
            return SpeakerKind.MEDIA
        if "GPE" in types or words & lexicon.government_words:
            return SpeakerKind.GOVERNMENT
        if "ORG" in types or "NORP" in types:
            return SpeakerKind.ORGANIZATION
        return SpeakerKind.PERSON
    if head_lower in lexicon.media_words:
        return SpeakerKind.MEDIA
    if head_lower in lexicon.unnamed_heads or head_lower in lexicon.cue_nouns:
        return SpeakerKind.UNNAMED
    if head_lower in lexicon.government_words:
        return SpeakerKind.GOVERNMENT
    if plural and (head_lower in lexicon.group_heads or head.lower_ in lexicon.group_heads):
        return SpeakerKind.GROUP
    if role_head in lexicon.role_nouns:
        return SpeakerKind.PERSON
    return SpeakerKind.UNKNOWN
