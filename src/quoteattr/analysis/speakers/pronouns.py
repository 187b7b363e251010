"""Tie a speaker pronoun to its entity.

"I" and "we" inside a quote are the quote's speaker; "he", "she", "it" and "they" are the
most recent entity before them that agrees in gender and number, a subject preferred. The
gender is the one the article states (:mod:`.genders`); between candidates it does not tell
apart, one whose first name is given to the other gender gives way.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import numpy
from spacy.tokens import Doc, Span, Token

from ...lexicon import PERSON_GENDERS, Lexicon
from ...records import Resolution, SpeakerKind
from ..labels import (
    ADVERBIAL_CLAUSE,
    APPOSITION,
    CLAUSAL_COMPLEMENT,
    COMPOUND,
    CONJUNCT,
    MARKER,
    NOMINAL_SUBJECTS,
    PARATAXIS,
    POSSESSOR,
    ROOT,
)
from ..layout import Layout
from .affiliation_words import entity_of
from .clusters import Cluster, ClusterTable, Placed, Resolved, name_tokens
from .genders import Genders
from .mentions import Mention

_PERSON_LABEL = "PERSON"
_BEGIN = 3
"""``Token.ent_iob`` of the first token of an entity (``ent_iob_`` "B")."""
_PROPER_NOUN = "PROPN"
_GAP = " ,\n"
BODY_KINDS = frozenset({SpeakerKind.ORGANIZATION, SpeakerKind.MEDIA, SpeakerKind.GOVERNMENT})
MAX_PARAGRAPHS_BACK = 2
"""How far back a pronoun's antecedent may last have been mentioned (a description's: twice
that and two more).

A rule of resolution that was there before the indexes: an entity mentioned further back
cannot be chosen, so the searches stop there and no answer changes."""
_SUBJECT_BONUS = 120
"""Characters of recency a subject antecedent outweighs past the end of its sentence (Lappin
and Leass's subject salience): about one sentence of news text (PolNeAR's train articles
average 120 characters a sentence). A subject scores as if mentioned at the end of its
sentence and this much after, so it outweighs any name later in its own sentence, however
long ("Walsh, a former labor leader, had close ties to Senator Biden. ... he said" is
Walsh), while of two subjects the more recent still wins (in one sentence, the later).

Also the bound of a pronoun's search: a mention whose sentence ends more than this before
the best score found cannot reach it."""
_Score = tuple[int, bool, int, int]
"""An antecedent's (score, a main clause's subject, start of its last mention, entity index)."""
_Pronoun = tuple[int, str, str | None, str]
"""A personal pronoun's (person, number, gender, case), from :attr:`Lexicon.personal_pronouns`."""


def paragraph_floor(layout: Layout, paragraph: int) -> int | None:
    """The offset where ``paragraph`` starts; None when no mention can be before it.

    :meth:`Layout.paragraph_at` counts text before the first paragraph as the first, so a
    floor at paragraph 0 or earlier excludes nothing.
    """
    return layout.paragraph_starts[paragraph] if paragraph >= 1 else None


def resolve_pronoun(
    mention: Mention,
    table: ClusterTable,
    resolved: Mapping[int, Resolved],
    outer_speaker: Mapping[int, int],
    layout: Layout,
    lexicon: Lexicon,
    genders: Genders | None = None,
    *,
    known_gender: bool = False,
) -> Resolved:
    """Tie a pronoun to an entity: "I" and "we" in a quote to its speaker, third persons to
    their antecedent (see :func:`_antecedent`), marking the entity's gender or "it" as read.
    Any other pronoun ("you", "who", "someone") stays unresolved.

    Args:
        mention: The pronoun.
        table: The entities built so far.
        resolved: The resolutions made so far, by head token.
        outer_speaker: For a first-person pronoun in a quote, the head of its speaker.
        layout: The parsed text.
        lexicon: Language data.
        genders: The entities' genders, shared by the pronouns of one document (built here
            when not given).
        known_gender: Resolve only to an entity whose gender the article states as the
            pronoun's (for a pronoun that does not speak, which must not make an entity a
            man or a woman on salience alone, nor on a first name).
    """
    form = lexicon.personal_pronouns.get(mention.pronoun or "")
    if form is not None and form[0] == 1:
        outer = outer_speaker.get(mention.head)
        index = resolved[outer].cluster if outer is not None and outer in resolved else None
        if index is not None:
            table.add(index, mention)
            return Resolved(mention, index, Resolution.PRONOUN)
        return Resolved(mention, None, Resolution.UNRESOLVED)
    if genders is None:
        genders = Genders(layout, table, lexicon)
    target = None
    if form is not None:
        target = _parallel_possessor(mention, form, table, resolved, layout, genders)
        if target is None:
            target = _main_clause_subject(mention, form, table, resolved, layout, genders)
        if target is None:
            target = _antecedent(mention, form, table, layout, genders, lexicon)
    if target is None or (known_gender and not _gender_known(target, form, genders)):
        return Resolved(mention, None, Resolution.UNRESOLVED)
    assert form is not None
    found = table.clusters[target]
    gender = form[2]
    # An entity whose first name is given to the other gender, chosen for want of another,
    # is not made that gender: the next pronoun of the name's gender may be it.
    if gender in PERSON_GENDERS and genders.by_first_name(target) in (None, gender):
        found.gender = found.gender or gender
    found.neuter = found.neuter or gender == "neuter"
    table.add(target, mention)
    return Resolved(mention, target, Resolution.PRONOUN)


def _gender_known(target: int, form: _Pronoun | None, genders: Genders) -> bool:
    """The article states entity ``target``'s gender (:meth:`.Genders.stated`) as the
    pronoun's."""
    if form is None:
        return False
    return genders.stated(target) == form[2]


def _antecedent(
    mention: Mention,
    form: _Pronoun,
    table: ClusterTable,
    layout: Layout,
    genders: Genders,
    lexicon: Lexicon,
) -> int | None:
    """The most recent compatible entity before a pronoun, preferring subjects.

    Notes:
        Recency with a subject preference is the core of Hobbs-style and Lappin-Leass
        salience: a speaker pronoun mostly refers to the last subject that could say it.
        Each entity is scored at its last mention before the pronoun (a name before a
        pronoun at the same offset); one last mentioned more than ``MAX_PARAGRAPHS_BACK``
        paragraphs back is out. An entity whose gender the article does not state but
        whose first name is given to the other gender is chosen only when no other entity
        agrees (gender from first names as a weak cue, as in Bergsma and Lin 2006 and the
        name lists of rule-based coreference, Lee et al. 2013). A pronoun outside quotes
        skips the mentions inside them: the narrator's "he added" after a quote naming "Mr.
        Hale" is the quote's speaker, not the man it speaks of; and a person the quote it
        attributes names in the third person ("Obama had ...," he said) is chosen only when
        no one else agrees, since a speaker rarely names themself. The mentions are read latest
        first from an offset index, and the reading stops where no entity can score as high
        as the best found, since a score is at most the end of the mention's sentence plus
        ``_SUBJECT_BONUS``.
    """
    doc: Doc = layout.doc
    floor = paragraph_floor(layout, layout.paragraph_at(mention.start) - MAX_PARAGRAPHS_BACK)
    best: _Score | None = None
    named_otherwise: _Score | None = None  # the best whose first name disagrees
    quoted: _Score | None = None  # the best that the paragraph's quotes speak of by name
    seen: set[int] = set()
    outside = layout.quote_around(mention.start) is None
    spoken_of = _quoted_names(mention.start, layout) if outside else frozenset()
    spoken_of |= _reported_names(doc[mention.head], layout, lexicon)
    sentence = layout.sentence_of[mention.head]
    for group in table.placed_before(mention.start, floor):
        if best is not None and _subject_score(group[0].mention, layout) < best[0]:
            break  # no mention from here back can score as high
        if outside and layout.quote_around(group[0].mention.start) is not None:
            continue  # the narrator's pronoun: not someone a quote speaks of
        for index, last in _last_mentions(group, mention.start, seen):
            stated = genders.stated(index) if form[2] in PERSON_GENDERS else None
            if not _agrees(form, table.clusters[index], stated):
                continue
            head = _renamed(doc[last.head], table.clusters[index])
            subject = head.dep_ in NOMINAL_SUBJECTS and not (
                _reported(head, lexicon) and layout.sentence_of[head.i] != sentence
            )
            primary = _subject_score(last, layout) if subject else last.start
            # Of the subjects of an earlier sentence, its main clause's; in the pronoun's own
            # sentence it may continue a clause within ("said Ng was right when he said").
            main = subject and (layout.sentence_of[head.i] == sentence or _main_clause(head))
            score = (primary, main, last.start, index)
            if _surname(table.clusters[index]) in spoken_of:
                quoted = _better(score, quoted)
            elif stated is None and genders.by_first_name(index) not in (None, form[2]):
                named_otherwise = _better(score, named_otherwise)
            else:
                best = _better(score, best)
    chosen = best or named_otherwise or quoted
    return chosen[3] if chosen is not None else None


def _renamed(head: Token, cluster: Cluster) -> Token:
    """The phrase an appositive ``head`` renames, when that phrase is a mention of the
    same entity ("Another pollster, [David Wood] of X, said"), else ``head``: the two name
    one person, so the appositive stands in the sentence where its phrase stands (the
    subject here). An appositive the resolution gave to another entity keeps its own
    place."""
    if head.dep_ != APPOSITION:
        return head  # the common case: no set of the entity's mentions is made
    heads = {mention.head for mention in cluster.mentions}
    while head.dep_ == APPOSITION and head.head.i != head.i and head.head.i in heads:
        head = head.head
    return head


_MAIN_CLAUSE_LINKS = frozenset({ROOT, PARATAXIS})
"""Links of a clause that is the sentence's own or an aside in it, not within another."""


def _main_clause(subject: Token) -> bool:
    """``subject`` is the subject of its sentence's main clause (or of a clause joined to
    it by a conjunction, or set in it as an aside: "Ruiz, Diaz said, has ..."), not of a
    clause within it ("Diaz recalled the days when Ruiz took office"): of two subjects of
    one sentence, the main clause's is what the sentence is about (centering ranks the
    matrix subject first; Kameyama 1998), and an aside's is the one speaking."""
    clause = subject.head
    while clause.dep_ == CONJUNCT and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ in _MAIN_CLAUSE_LINKS


def _reported(subject: Token, lexicon: Lexicon) -> bool:
    """The subject of a clause a reporting verb reports ("Ana Diaz said [Tom Ng] would
    resign"): what the speaker said of someone, so in the sentences after it the speaker,
    not that person, is the one the passage goes on with (a matrix subject outranks an
    embedded one); within the sentence, a pronoun may continue the reported clause ("...
    said Ng was right when he said ...")."""
    clause = subject.head
    return (
        clause.dep_ == CLAUSAL_COMPLEMENT and lexicon.cue_category(clause.head.lemma_) is not None
    )


def _quoted_names(char: int, layout: Layout) -> frozenset[str]:
    """The casefolded words of the people named inside the quote a pronoun at ``char``
    attributes: the quote that ends just before it ("..., Obama had ...," he said) or that
    opens later in its sentence (he said, "..."). A name used as a modifier ("Trump
    supporters") names no one spoken of, and one in a quote within the quote is someone
    else's words (a speaker may repeat what was said to them by name)."""
    doc = layout.doc
    _, sentence_end = layout.sentence_chars(layout.sentence_at(char))
    paragraph_start = layout.paragraph_starts[layout.paragraph_at(char)] if layout.paragraphs else 0
    words: set[str] = set()
    for quote in layout.quotes_within(paragraph_start, sentence_end):
        before = quote.end <= char and not layout.text[quote.end : char].strip(_GAP)
        if not before and quote.start < char:
            continue
        span = doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")
        if span is None:
            continue
        for entity in _people_named(layout, span.start, span.end - 1):
            inner = layout.quote_around(entity.start_char, top=False)
            if inner is not None and inner.depth == quote.depth:  # not quoted within it
                words.update(name_tokens(entity.text))
    return frozenset(words)


def _reported_names(pronoun: Token, layout: Layout, lexicon: Lexicon) -> frozenset[str]:
    """The casefolded words of the people named in the clause a pronoun's cue reports
    outside quotes ("Hale fits that bill, he added"): the pronoun, the cue's subject,
    c-commands its complement, where a name cannot be what it refers to (Chomsky's
    Principle C), so the one named there is not the speaker.

    Notes:
        A clause that holds a quote is passed over: the parse often makes the narration
        before a quote part of the complement of the cue after it ("Gray, who served
        ..., ticked through the code: '...,' he said"), where the name is the speaker's.
    """
    verb = pronoun.head
    if pronoun.dep_ not in NOMINAL_SUBJECTS or lexicon.cue_category(verb.lemma_) is None:
        return frozenset()
    doc = layout.doc
    words: set[str] = set()
    for clause in verb.children:
        if clause.dep_ != CLAUSAL_COMPLEMENT:
            continue
        first, last = clause.left_edge.i, clause.right_edge.i
        end = doc[last].idx + len(doc[last])
        if layout.quotes_within(doc[first].idx, end):
            continue
        for entity in _people_named(layout, first, last):
            words.update(name_tokens(entity.text))
    return frozenset(words)


def _people_named(layout: Layout, first: int, last: int) -> Iterator[Span]:
    """The person entities that begin between tokens ``first`` and ``last`` and name
    someone: not a name used as a modifier ("Trump supporters")."""
    doc = layout.doc
    columns = layout.columns
    # The entity columns first: only the names' first words become Tokens (``Span.ents``
    # would scan the whole document's).
    starts = (columns.ent_iob[first : last + 1] == _BEGIN) & (
        columns.ent_type[first : last + 1] == doc.vocab.strings[_PERSON_LABEL]
    )
    for index in numpy.flatnonzero(starts).tolist():
        entity = entity_of(doc[first + index])
        if entity is not None and entity.root.dep_ != COMPOUND:
            yield entity


def _surname(cluster: Cluster) -> str | None:
    """The last word of a person's name, casefolded; None for no name or no person."""
    if cluster.kind is not SpeakerKind.PERSON or not cluster.name_words:
        return None
    return cluster.name_words[-1]


def _parallel_possessor(
    mention: Mention,
    form: _Pronoun,
    table: ClusterTable,
    resolved: Mapping[int, Resolved],
    layout: Layout,
    genders: Genders,
) -> int | None:
    """The person whose possessive stands on the first of two coordinated nouns, for a
    possessive pronoun on the second: "in reference to Ruiz's stance on trade and her
    promise to ..." (her is Ruiz, not the clause's subject).

    Notes:
        Coordinated phrases are parallel, and a pronoun in the second conjunct in the
        position of a name in the first refers to that name (the parallelism preference of
        Kehler et al. 2008; Lappin and Leass 1994 weigh it too).
    """
    doc = layout.doc
    pronoun = doc[mention.head]
    if pronoun.dep_ != POSSESSOR or pronoun.head.dep_ != CONJUNCT:
        return None
    first = pronoun.head.head
    owner = next((c for c in first.children if c.dep_ == POSSESSOR and c.pos_ != "PRON"), None)
    if owner is None:
        return None
    return _agreeing(owner, form, table, resolved, genders)


def _main_clause_subject(
    mention: Mention,
    form: _Pronoun,
    table: ClusterTable,
    resolved: Mapping[int, Resolved],
    layout: Layout,
    genders: Genders,
) -> int | None:
    """The named subject of the main clause, for a subject pronoun in a subordinate clause
    that opens the sentence before it: "While he has said he will fight on, Sanders must
    decide ..." (he is Sanders, whoever came before).

    Notes:
        A pronoun may precede its antecedent only where it does not c-command it, as in a
        fronted adverbial clause (backward anaphora; Reinhart 1983, Kuno 1972). A writer
        who opens a sentence so and then names the main clause's subject means that
        subject: a pronoun meant for someone earlier would not be followed by another
        name of its gender. The clause must open the sentence with its subordinator, and
        the subject be a name that agrees with the pronoun.
    """
    doc = layout.doc
    pronoun = doc[mention.head]
    clause = pronoun.head
    if pronoun.dep_ not in NOMINAL_SUBJECTS or clause.dep_ != ADVERBIAL_CLAUSE:
        return None
    main = clause.head
    first = doc[clause.left_edge.i]
    if main.i < clause.i or not first.is_sent_start or first.dep_ != MARKER:
        return None
    subject = next((c for c in main.lefts if c.dep_ in NOMINAL_SUBJECTS), None)
    if subject is None or subject.pos_ != _PROPER_NOUN or subject.i < clause.right_edge.i:
        return None
    index = _agreeing(subject, form, table, resolved, genders)
    if index is None:
        return None
    stated = genders.stated(index) if form[2] in PERSON_GENDERS else None
    if stated is None and genders.by_first_name(index) not in (None, form[2]):
        return None  # a first name given to the other gender: left to the search back
    return index


def _agreeing(
    token: Token,
    form: _Pronoun,
    table: ClusterTable,
    resolved: Mapping[int, Resolved],
    genders: Genders,
) -> int | None:
    """The entity ``token`` was resolved to, if it agrees with the pronoun ``form``."""
    found = resolved.get(token.i)
    index = found.cluster if found is not None else None
    if index is None:
        return None
    stated = genders.stated(index) if form[2] in PERSON_GENDERS else None
    return index if _agrees(form, table.clusters[index], stated) else None


def _better(score: _Score, best: _Score | None) -> _Score:
    """The higher score, then a main clause's subject, then the later mention; at equal all,
    the entity created first."""
    if best is None or score[:3] > best[:3] or (score[:3] == best[:3] and score[3] < best[3]):
        return score
    return best


def _last_mentions(group: list[Placed], before: int, seen: set[int]) -> list[tuple[int, Mention]]:
    """For each cluster not yet ``seen`` with a mention in ``group`` (mentions of one start)
    that ends by ``before``: that cluster and its mention, a name before a pronoun and the
    earlier added first. The clusters become seen."""
    found: dict[int, Mention] = {}
    for placed in group:
        mention = placed.mention
        if placed.cluster in seen or mention.end > before:
            continue
        chosen = found.get(placed.cluster)
        if chosen is None or (chosen.pronoun and not mention.pronoun):
            found[placed.cluster] = mention
    seen.update(found)
    return list(found.items())


def _agrees(form: _Pronoun, cluster: Cluster, stated: str | None) -> bool:
    """A third-person pronoun agrees with an entity in gender and number ("he" a man, "it"
    a body, "they" a group or a plural); no other pronoun has an antecedent here.

    Args:
        form: The pronoun's person, number, gender and case.
        cluster: The entity.
        stated: The gender the article states for the entity (:meth:`Genders.stated`).
    """
    person, number, gender, _ = form
    kind = cluster.kind
    if gender in PERSON_GENDERS:
        if kind is not SpeakerKind.PERSON or cluster.plural:
            return False
        return stated is None or stated == gender
    if gender == "neuter":
        body = kind in BODY_KINDS or (
            kind is SpeakerKind.PERSON and cluster.guessed and not cluster.gender
        )
        return body and not cluster.plural
    if person == 3 and number == "plural":
        return cluster.plural or kind in BODY_KINDS | {SpeakerKind.GROUP, SpeakerKind.UNNAMED}
    return False


def _subject_score(mention: Mention, layout: Layout) -> int:
    """The score of a subject: the end of its sentence and :data:`_SUBJECT_BONUS` (a
    clause's subject is what its sentence is about, whatever the sentence names after it:
    centering's preferred entity); every mention scores at most this."""
    return layout.sentence_chars(layout.sentence_at(mention.start))[1] + _SUBJECT_BONUS
