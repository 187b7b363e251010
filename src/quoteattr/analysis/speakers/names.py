"""The proper name in a noun phrase, and the titles written before it.

From "Pentagon spokesman Lieutenant Colonel Philip Ventura" this reads the name with its
titles ("Lieutenant Colonel Philip Ventura"), then peels the honorifics and ranks off it
("Lieutenant Colonel" is the title, "Philip Ventura" the name).
"""

from __future__ import annotations

import functools

import numpy
from spacy.attrs import DEP, HEAD, POS
from spacy.tokens import Doc, Span, Token

from ...lexicon import Lexicon
from ..labels import (
    ADJECTIVAL_MODIFIER,
    CASE_MARKER,
    COMPOUND,
    DETERMINER,
    NAME_PARTS,
    NOUN_MODIFIERS,
    NUMBER_MODIFIER,
    PREPOSITIONAL_LINKS,
)
from ..syntax import PLURAL_NOUNS
from ..wordsets import union
from .wording import leading_article_off, office_before_name, possessive_mark, qualifies_office

_PERSON = "PERSON"
_PROPER = "PROPN"
_MEMBER_MARKS = frozenset({DETERMINER, NUMBER_MODIFIER, ADJECTIVAL_MODIFIER})
"""Words before a party's name that make it one or some of its members ("One", "the top")."""
_NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART"})
_BRACKETS = ("[", "]")
"""Brackets an editor puts in a name ("[Joe] Biden"), kept with the name's words."""
_WITHOUT_BRACKETS = str.maketrans("", "", "".join(_BRACKETS))
"""A table for :meth:`str.translate` that deletes those brackets (each one character)."""
_FUNCTION_WORDS = frozenset({"ADP", "SCONJ", "CCONJ", "DET", "PRON"})
"""Parts of speech no word of a name has, whatever the recogniser took into it."""


def name_with_titles(
    head: Token, tokens: list[Token], lexicon: Lexicon, ent: Span | None
) -> list[Token]:
    """The proper name in the phrase, with the titles right before it.

    The name is the named entity holding the head or, failing that, the head's run of
    proper nouns; titles and offices written before it ("Lieutenant Colonel", "Minister")
    are included for :func:`split_title` to peel off. A head that is itself a role noun
    ("Chairman of the Harbor Authority") names no one. ``tokens`` are the phrase's words,
    in order and without a gap (the range :func:`.mention_spans.mention_span` gives); ``ent``
    is the entity holding the head (:func:`.affiliation_words.entity_of`), or None.
    """
    if head.ent_type_ != "PERSON" and (
        head.lemma_.lower() in lexicon.role_nouns or head.lower_ in lexicon.titles
    ):
        return []  # "former Ohio Gov. and Green nominee Ana Diaz": the name is apposed
    if party_members(head, lexicon):
        return []
    run = _name_run(head, tokens, lexicon, ent)
    if len(run) > 1 and run[0].is_sent_start and run[0].lower_ in lexicon.inverted_cue_forms:
        run = run[1:]  # "Said Comey, ...": the cue, not a first name
    if not run:
        return []
    return _with_titles_before(_without_genitive(run, head, lexicon), tokens, lexicon)


def party_members(head: Token, lexicon: Lexicon) -> bool:
    """A party's word for its members as a common noun, naming people, not the party: a
    plural ("Republicans said"), or with a determiner, number or modifier ("One Republican",
    "the top Democrat"), or a common noun before it ("billionaire Republican", where a name
    would make it the party: "UK Labour"); bare and singular it may be the party itself
    ("Labour said")."""
    if not head.text[:1].isupper() or head.lower_ not in lexicon.party_labels:
        return False
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    return head.tag_ in PLURAL_NOUNS or any(
        c.dep_ in _MEMBER_MARKS or (c.dep_ == COMPOUND and c.pos_ == "NOUN") for c in head.lefts
    )


def _name_run(head: Token, tokens: list[Token], lexicon: Lexicon, ent: Span | None) -> list[Token]:
    """The words of the name: the entity holding the head (``ent``), the head's proper
    nouns, or the name before a media or government noun ("the Axios website").
    ``tokens`` are the phrase's words without a gap (:func:`name_with_titles`)."""
    label = ent[0].ent_type_ if ent is not None else ""
    if ent is not None and label in _NAME_ENTS:
        # The entity's words in the phrase, the phrase's own Tokens (none made again).
        first = tokens[0].i
        shared = tokens[max(ent.start - first, 0) : ent.end - first]
        run = leading_article_off(
            [t for t in shared if t.dep_ != CASE_MARKER], lexicon
        )  # "Rock the Block" keeps its inner article
        while run and run[0].pos_ in _FUNCTION_WORDS:
            run = run[1:]  # "[Without Bloomberg] in the mix": the preposition is no name's
        if label == _PERSON:
            # '[Tom "Red" Hale of] Oakland': a person's name ends before "of" after its head
            # (a nickname in quotes leads the recogniser on).
            cut = next(
                (
                    k
                    for k, t in enumerate(run)
                    if t.i > head.i and t.lower_ in lexicon.origin_prepositions
                ),
                None,
            )
            run = run if cut is None else run[:cut]
        if run and (label == _PERSON or _titled(ent, lexicon)):
            run = _first_names_left_out(run, ent, ent.start > first, lexicon) + run
        return _after_office(_after_possessor(run, head, lexicon, ent), head, lexicon)
    if head.pos_ == "PROPN" and not head.is_lower:
        # A word in lower case is no name, whatever its tag ("the billionaire
        # front-runner" with "front-runner" tagged a proper noun).
        run = [head]
        offices = union(lexicon.titles, lexicon.role_nouns)
        before = [t for t in tokens if t.i < head.i]
        for at in range(len(before) - 1, -1, -1):
            token = before[at]
            if token.lower_ in offices:
                break  # "Fed Chair Ana Diaz": an office before the name is a title
            if at and token.lower_ in lexicon.occupation_nouns:
                # "Morning Show Anchor Nina Holt": an occupation after a body's name; first
                # in the run it is a first name ("Baker Mayfield").
                break
            if (token.pos_ == "PROPN" and token.dep_ in NAME_PARTS) or token.text in "[]":
                run.insert(0, token)
            else:
                break
        return run
    if head.pos_ == "NOUN" and _surname_tagged_common(head, lexicon):
        return [head]  # "Lindqvist said" after "Tova Lindqvist", the surname tagged a noun
    if head.pos_ == "NOUN" and head.lemma_.lower() in union(
        lexicon.media_words, lexicon.government_words
    ):
        # "the Axios website", "the Reuters news agency": the name stands before the noun
        # ("the Obama administration" is named after a person, and is not that person).
        return [
            t
            for t in tokens
            if t.i < head.i
            and t.text[:1].isupper()
            and t.pos_ in ("PROPN", "ADJ", "NOUN")
            and t.dep_ in NOUN_MODIFIERS
            and t.lower_ not in lexicon.demonyms
            and t.ent_type_ not in ("GPE", "DATE", _PERSON)
        ]
    return []


def _surname_tagged_common(head: Token, lexicon: Lexicon) -> bool:
    """A capitalised word inside a sentence, tagged as a common noun, that ends a full name
    the article writes elsewhere ("Lindqvist said" where it wrote "Tova Lindqvist"): the tagger
    misread a surname. No word of the lexicon's offices or bodies counts ("the Court")."""
    if head.is_sent_start or not head.is_alpha or not head.text[:1].isupper() or head.is_upper:
        return False
    lower = head.lower_
    if lower in union(lexicon.titles, lexicon.role_nouns, lexicon.organization_words):
        return False
    return head.text in surnames(head.doc)


@functools.lru_cache(maxsize=1)
def surnames(doc: Doc) -> frozenset[str]:
    """The last words of the full names in ``doc``: a proper noun with a capitalised proper
    noun before it as its compound ("Tova Lindqvist"). Made once per document (the cache holds
    the last one) from spaCy's attribute arrays: only the candidates become ``Token`` objects.
    """
    if len(doc) < 2:
        return frozenset()
    strings = doc.vocab.strings
    table = doc.to_array([POS, DEP, HEAD])  # HEAD: the head's offset from the token
    pos, dep, head = table[:, 0], table[:, 1], table[:, 2].astype("int64")
    proper = pos == strings[_PROPER]
    # A compound proper noun right before a proper noun, headed by it (offset +1).
    pairs = proper[1:] & proper[:-1] & (dep[:-1] == strings[COMPOUND]) & (head[:-1] == 1)
    return frozenset(
        doc[i + 1].text for i in numpy.flatnonzero(pairs).tolist() if doc[i].text[:1].isupper()
    )


def _after_possessor(run: list[Token], head: Token, lexicon: Lexicon, ent: Span) -> list[Token]:
    """The name after an organisation's possessive that the entity recogniser took into
    the same entity ``ent`` ("[National Review's Ian Tuttle]", "[Fox News' Sean Hannity]"):
    the organisation is whose the person is, not a part of the name."""
    mark = possessor_end(head, lexicon, ent)
    return run if mark is None else [t for t in run if t.i > mark]


def _after_office(run: list[Token], head: Token, lexicon: Lexicon) -> list[Token]:
    """The name after an office the entity recogniser took into the same entity, with the
    body before it ("[Acme Director Nina Holt]", often so labelled after a quote;
    :func:`.wording.office_before_name`): the office and the body are the capacity, read as
    they are before a name outside the entity (:func:`.body_names.body_words` ends the
    body at the office)."""
    before = [t for t in run if t.i < head.i]
    office = office_before_name([*before, head], -1, lexicon) if before else None
    return run if office is None else [*before[office + 1 :], *(t for t in run if t.i >= head.i)]


def possessor_end(head: Token, lexicon: Lexicon, ent: Span | None) -> int | None:
    """The possessive mark inside the entity of the name ``head`` ends, when an
    organisation's possessive and a capitalised name make one entity ("[Fox News' Sean
    Hannity]"), or None. ``ent`` is that entity (:func:`.affiliation_words.entity_of`), or None."""
    if ent is None:
        return None
    doc = head.doc  # only the words before the name are made Tokens
    marks = [i for i in range(ent.start, head.i) if possessive_mark(doc[i], lexicon)]
    if not marks:
        return None
    after = [t for t in ent if t.i > marks[-1]]
    return marks[-1] if after and all(t.text[:1].isupper() for t in after) else None


def _titled(ent: Span, lexicon: Lexicon) -> bool:
    """A one-word entity of another label after a title and one more word ("Sen. Ana
    [Reyes]", with "Reyes" labelled an organisation): a title names a person."""
    if len(ent) != 1 or ent.start < 2:
        return False
    return ent.doc[ent.start - 2].lower_ in lexicon.titles


def _first_names_left_out(
    run: list[Token], ent: Span, word_before: bool, lexicon: Lexicon
) -> list[Token]:
    """The first name right before a one-word person entity that the entity recogniser
    left out but the parser hung on the name ("Ana" in "[Ana] Diaz runs ...", labelled from
    "Diaz" on): a word of the name, not an organisation before it. ``word_before``: the
    phrase holds the word before the entity.

    Notes:
        Only a one-word entity is taken to have lost its first name: before a full name
        ("Detective Sam Ibarra"), a capitalised word is a title or a modifier. A word the
        lexicon knows (an office, a party, a nationality, a kind of body) is no first name
        ("Liberal Diaz").
    """
    if len(ent) != 1 or ent.start == 0 or not word_before:
        return []
    token = run[0].doc[ent.start - 1]
    known = union(
        lexicon.titles,
        lexicon.role_nouns,
        lexicon.occupation_nouns,
        lexicon.party_labels,
        lexicon.organization_words,
        lexicon.media_words,
        lexicon.government_words,
    )
    first_name = (
        token.pos_ == "PROPN"
        and token.dep_ in NAME_PARTS
        and token.head.i == ent.start
        and not token.ent_type_
        and token.is_alpha
        and token.text[:1].isupper()
        and token.lower_ not in known
        and token.lower_ not in lexicon.demonyms
    )
    return [token] if first_name else []


def _without_genitive(run: list[Token], head: Token, lexicon: Lexicon) -> list[Token]:
    """ "Secretary of Defense Lloyd Austin": a name never reaches across "of"."""
    doc = head.doc
    while len(run) > 1 and run[0].head.i not in {t.i for t in run} and run[0].i != head.i:
        genitive = lexicon.genitive_prepositions
        if run[0].dep_ in PREPOSITIONAL_LINKS or doc[run[0].i - 1].lower_ in genitive:
            run = run[1:]
        else:
            break
    return run


def _with_titles_before(run: list[Token], tokens: list[Token], lexicon: Lexicon) -> list[Token]:
    """The run with the capitalised titles and offices written right before it, of the
    phrase's words ``tokens`` (without a gap, and holding the run)."""
    first = tokens[0].i  # the words before the run are read from ``tokens``, not made again
    titles = union(lexicon.titles, lexicon.role_nouns)
    while run[0].i > first:
        before = tokens[run[0].i - 1 - first]
        if before.text in _BRACKETS:
            run = [before, *run]
        elif before.i > first and _pair(before) in lexicon.titles:
            run = [tokens[before.i - 1 - first], before, *run]
        elif before.lower_ in titles and before.text[:1].isupper():
            run = [before, *run]
        else:
            break
    return run


def _pair(word: Token) -> str:
    """``word`` and the word before it, lower-cased, as the lexicon lists a two-word title
    ("lieutenant colonel")."""
    return f"{word.doc[word.i - 1].lower_} {word.lower_}"


def split_title(run: list[Token], lexicon: Lexicon) -> tuple[list[Token], list[Token]]:
    """Peel honorifics, ranks and offices used as titles, and occupations, off the front of
    a name.

    Returns:
        The honorific and rank tokens (the ``title``) and the rest of the name. Offices
        ("President", "Councillor") and occupations ("Filmmaker") leave the name but stay
        available to the role.

    Notes:
        AP style puts a formal title before a name capitalised ("President Joe Biden") and
        abbreviates ranks and honorifics there ("Lt. Col.", "Dr.").
    """
    title: list[Token] = []
    rest = list(run)
    offices = union(lexicon.titles, lexicon.role_nouns)
    while len(rest) > 1 and not _one_body_name(rest[0], rest[1], lexicon):
        two = f"{rest[0].lower_} {rest[1].lower_}"
        if len(rest) > 2 and two in lexicon.titles:
            taken, rest = rest[:2], rest[2:]
            if two in lexicon.honorifics:
                title += taken
        elif len(rest) > 2 and _party_office(rest[0], rest[1], lexicon):
            rest = rest[2:]  # "Green MLA Sonia Patel": the party and office leave the name
        elif rest[0].lower_ in offices or rest[0].lower_.rstrip(".") in offices:
            qualifier = len(rest) > 2 and qualifies_office(rest[0], rest[1], lexicon)
            if rest[0].lower_ in lexicon.honorifics and not qualifier:
                title.append(rest[0])
            rest = rest[1:]
        elif len(rest) > 2 and rest[0].lower_ in lexicon.occupation_nouns:
            # "Filmmaker Jack Marino", taken whole for a name: an occupation before a first
            # name and a surname. One before a surname alone may be a first name ("Baker
            # Mayfield").
            rest = rest[1:]
        else:
            break
    return title, rest


def _one_body_name(first: Token, second: Token, lexicon: Lexicon) -> bool:
    """A rank and the next word are in one entity the recogniser gives a label other than
    a person's: "General Motors", "the General Assembly" name a body, not Motors the
    general. An office before a name stays a title whatever the label ("Spokeswoman Haley
    Morris" taken for an organisation)."""
    label = first.ent_type_
    return (
        bool(label)
        and label != _PERSON
        and second.ent_iob_ == "I"
        and first.lower_ in lexicon.honorifics
    )


def _party_office(party: Token, office: Token, lexicon: Lexicon) -> bool:
    """A capitalised party word before an office: "Green MLA", "Labour MP"."""
    return (
        party.text[:1].isupper()
        and party.lower_ in lexicon.party_labels
        and office.lower_ in union(lexicon.titles, lexicon.role_nouns)
    )


def clean_name(run: list[Token], lexicon: Lexicon) -> str:
    """The name's words as written, spaced as in the text ("Ban Ki-moon", which the
    tokenizer splits at the hyphen), without brackets or a possessive ending."""
    if run and run[-1].i - run[0].i + 1 == len(run):
        written = "".join(t.text_with_ws for t in run).translate(_WITHOUT_BRACKETS)
        name = " ".join(written.split())
    else:
        name = " ".join(t.text for t in run if t.text not in _BRACKETS)
    for suffix in sorted(lexicon.possessive_endings):
        if name.endswith(suffix):
            name = name[: -len(suffix)].rstrip()
    return name


def extend_name_left(head: Token, first: int, ent: Span | None) -> int:
    """Take in what the parser left off a name: "President [Joe] Biden" -> all of it.
    ``ent`` is the entity holding ``head`` (:func:`.affiliation_words.entity_of`), or None."""
    doc = head.doc
    while first > 0:
        before = doc[first - 1]
        pos, text = before.pos_, before.text  # read once for the tests below, in their order
        in_ent = (
            ent is not None
            and ent.start <= before.i
            and before.ent_type_ == ent[0].ent_type_
            and pos not in _FUNCTION_WORDS  # "[Without Bloomberg] in the mix"
        )
        if (
            in_ent
            or text in _BRACKETS
            or (pos == "PROPN" and before.head.i == head.i)  # attached to the name
            or (pos == "PROPN" and text[:1].isupper() and doc[first].text in "[]")  # bracketed
        ):
            first -= 1
        else:
            break
    return first
