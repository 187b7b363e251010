"""Tie each cue to its content and its speaker over the dependency parse.

This stage reads the syntax only; :mod:`quoteattr.analysis.quotes.kinds` then reconciles what it finds
with the quote marks of the text.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import Lexicon
from ...records import Attribution
from ..cues import CueForm, CueMatch
from ..layout import Layout
from ..speakers.clause import speaker_of
from ..syntax import (
    ASIDE_MARKS,
    aside_closes,
    has_comma_before,
    is_finite,
    is_relative_pronoun,
    opened_by_that,
    outside,
    rstrip_end,
    runs,
    set_off,
    through_dash_aside,
)
from ..values import Statement
from .clauses import from_subject, is_content_child, without_coordinated_cues
from .objects import (
    gerund_content,
    infinitive_content,
    naming_content,
    prepositional_content,
    proposition_object,
    small_clause_content,
)
from .repairs import (
    clause_after_hearer,
    governing_clause,
    misparsed_subjects,
    relative_gap_clause,
    stranded_clause,
    that_after_adjunct,
)
from .sources import according_to_statement, noun_statement
from .surface import final_reporting_clause, parenthetical_reporting_clause

_ASPECTUAL = frozenset({"continue"})  # "continued to stay away": no speech reported
_IMPERSONAL = frozenset({"it", "this", "that", "what"})


def attach(cue: CueMatch, layout: Layout, lexicon: Lexicon) -> Statement | None:
    """The statement a cue introduces, or None when the cue has no content."""
    doc = layout.doc
    if cue.form is CueForm.SOURCE:
        return according_to_statement(cue, doc)
    if cue.form is CueForm.NOUN:
        return noun_statement(cue, doc, lexicon.infinitive_nouns, lexicon.cue_prepositions)
    verb = doc[cue.head]
    if cue.lemma in lexicon.that_only_verbs and not _has_that(verb):
        # "a study found that ...", not "he found the area welcoming"; but a poll's object
        # and predicate are what it counted ("the poll showed him ahead")
        small_clause = small_clause_content(verb) if _poll_subject(verb, lexicon) else []
        if not small_clause:
            return None
        return _verb_statement(cue, layout, lexicon, small_clause)
    return _verb_statement(cue, layout, lexicon)


def _poll_subject(verb: Token, lexicon: Lexicon) -> bool:
    """The cue's subject is a poll or survey ("the poll showed him ahead")."""
    return any(
        c.dep_ == "nsubj" and c.lemma_.lower() in lexicon.poll_nouns for c in verb.children
    )


def _has_that(verb: Token) -> bool:
    """The verb has a full clause as complement: with "that", or finite ("shows most
    voters are undecided"), not a small clause ("found the area welcoming")."""
    for child in verb.children:
        if child.dep_ != "ccomp":
            continue
        marked = opened_by_that(child)
        finite = is_finite(child)
        subject = any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in child.children)
        if marked or (finite and subject):
            return True
    return False


# --- verbs ---------------------------------------------------------------------------------


def _verb_statement(
    cue: CueMatch, layout: Layout, lexicon: Lexicon, small_clause: list[Token] | None = None
) -> Statement | None:
    doc = layout.doc
    verb = doc[cue.head]
    if _writer_voice(verb) or _imperative(verb):
        return None
    final = final_reporting_clause(verb, cue, layout)
    if final is not None:
        return final
    speaker, attribution = speaker_of(verb)
    colon = _colon_after(verb, cue)
    if colon is not None:
        parts = _colon_content(colon, layout)
        if parts:
            if speaker is None:  # "Said Ellis: ...": the name right after the inverted cue
                speaker = _name_after(verb)
                attribution = Attribution.SUBJECT if speaker is not None else attribution
            return Statement(cue, parts, speaker, attribution, colon=True)
    if (
        verb.dep_ == "advcl"
        and any(c.lower_ == "as" and c.dep_ == "mark" for c in verb.children)
        and not _has_own_complement(verb)
    ):
        parts = outside(verb.head, verb, doc)
        if parts:
            return Statement(cue, parts, speaker, Attribution.AS_CLAUSE)
    comps = [c for c in verb.children if is_content_child(c, cue, lexicon)]
    if cue.lemma in lexicon.infinitive_cues and _infinitive_right_after(verb, cue):
        # "promising to lift the rules ― not what critics had in mind": the infinitive
        # right after a commissive cue is what was promised, whatever clause follows.
        comps = []
    if any(c.i > verb.i for c in comps):
        # A cue reports one clause: with one after it, a clause before it is a misparse.
        comps = [c for c in comps if c.i > verb.i]
    comps += misparsed_subjects(verb, comps)
    if not comps and cue.lemma in lexicon.infinitive_cues:
        comps = infinitive_content(verb)
    if not comps and cue.lemma in lexicon.naming_cues:
        comps = naming_content(verb)
    if not comps and cue.lemma in lexicon.characterizing_cues:
        comps = naming_content(verb, as_only=True)
    if not comps and cue.lemma in lexicon.gerund_cues:
        comps = gerund_content(verb)
    if not comps:
        comps = proposition_object(verb, lexicon.proposition_nouns)
    if small_clause:
        comps = small_clause
    if not comps and cue.lemma in lexicon.cue_prepositions:
        comps = prepositional_content(verb, lexicon.cue_prepositions[cue.lemma])
    tokens = [t for c in comps for t in from_subject(c, without_coordinated_cues(c))]
    # "donations, which he said were ...": the relative pronoun stands for the antecedent
    tokens = [t for t in tokens if not (t.i < verb.i and is_relative_pronoun(t))]
    tokens = (
        tokens
        or stranded_clause(verb, cue)
        or governing_clause(verb, cue)
        or clause_after_hearer(verb)
        or relative_gap_clause(verb)
        or that_after_adjunct(verb, cue)
    )
    if tokens:
        parts = runs(through_dash_aside(tokens, doc), doc)
        if not parts:
            return None
        return Statement(cue, parts, speaker, attribution)
    head = verb.head
    if head.pos_ not in ("VERB", "AUX") or head.i == verb.i or not _bare_reporting_clause(verb):
        return parenthetical_reporting_clause(
        verb, cue, layout, hearer=cue.lemma in lexicon.hearer_cues
    )
    postposed = verb.dep_ in ("parataxis", "ccomp", "advcl", "conj") and head.i < verb.i
    if postposed and has_comma_before(verb, doc):
        # "<statement>, officials said." parsed with the reporting clause under the statement.
        parts = outside(head, verb, doc)
        if parts:
            return Statement(cue, parts, speaker, Attribution.POSTPOSED)
    if verb.dep_ in ("parataxis", "ccomp", "advcl") and head.i > verb.i:
        # "The plan, a source said, is to ...": a parenthetical reporting clause.
        parts = _around_parenthetical(verb, head)
        if parts:
            return Statement(cue, parts, speaker, Attribution.POSTPOSED)
    return parenthetical_reporting_clause(
        verb, cue, layout, hearer=cue.lemma in lexicon.hearer_cues
    )


def _around_parenthetical(verb: Token, head: Token) -> tuple[tuple[int, int], ...]:
    """The statement around a reporting clause set off by commas or dashes.

    The clause runs from its subject to the cue's last dependent; whatever the parser hung
    on the cue before its subject ("If all banks paid taxes, the analysts estimated, ...")
    belongs to the statement.
    """
    doc = verb.doc
    if set_off(verb, doc):
        return outside(head, verb, doc)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i > verb.i:
        return ()
    first, last = subject.left_edge.i, verb.right_edge.i
    if first == 0 or doc[first - 1].text not in ASIDE_MARKS or not aside_closes(last, doc):
        return ()
    inside = set(range(first, last + 1))
    tokens = [t for t in head.subtree if t.i not in inside]
    return runs(tokens, doc)


def _has_own_complement(verb: Token) -> bool:
    """"as regulars continued to stay away", "as they speak to leaders": a temporal "as"
    clause with its own complement, not "as the minister noted, ..."."""
    return any(
        (c.dep_ == "xcomp" and verb.lemma_ in _ASPECTUAL)
        or (c.dep_ == "prep" and c.lower_ == "to")
        for c in verb.children
    )


def _infinitive_right_after(verb: Token, cue: CueMatch) -> bool:
    """The cue is followed at once by the "to" of its own infinitive ("vowed to ...")."""
    after = cue.last + 1
    if after + 1 >= len(verb.doc) or verb.doc[after].tag_ != "TO":
        return False
    clause = verb.doc[after].head
    return clause.head.i == verb.i and clause.dep_ == "xcomp"


def _writer_voice(verb: Token) -> bool:
    """The writer's own framing ("it is worth noting that", "it is important to stress")."""
    token = verb
    for _ in range(3):
        if token.dep_ not in ("xcomp", "pcomp", "acomp", "advcl", "ccomp", "prep"):
            return False
        token = token.head
        if token.pos_ in ("ADJ", "ADV"):
            # "worth noting", "important to stress"; not "stopped short of calling", nor
            # "Trump was quick to add", whose adjective has a subject who speaks
            subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects and subjects[0].lower_ not in _IMPERSONAL:
                return False
            return token.dep_ != "advmod"
    return False


def _imperative(verb: Token) -> bool:
    """The writer addressing the reader ("Now tell us this is fair."): no one is reported."""
    return (
        verb.tag_ == "VB"
        and verb.dep_ == "ROOT"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in verb.children)
    )


def _bare_reporting_clause(verb: Token) -> bool:
    """A reporting clause that can follow its content: a subject and a cue, no object, no
    subordinator ("..., officials said", but not "..., though officials denied this")."""
    children = list(verb.children)
    if any(c.dep_ in ("mark", "dobj", "attr", "oprd") for c in children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children) or verb.tag_ == "VBD"


def _name_after(verb: Token) -> int | None:
    """The last word of a proper name right after ``verb``, if one follows."""
    doc = verb.doc
    index = verb.i + 1
    if index >= len(doc) or doc[index].pos_ != "PROPN":
        return None
    while index + 1 < len(doc) and doc[index + 1].pos_ == "PROPN":
        index += 1
    return index


def _colon_after(verb: Token, cue: CueMatch) -> Token | None:
    """The colon closing the reporting clause (``X added in a statement: ...``), if any."""
    doc = verb.doc
    for token in doc[cue.last + 1 : min(len(doc), cue.last + 15)]:
        if token.text == ":":
            return token
        if token.is_sent_start and token.i > cue.last + 1:
            return None
        if token.pos_ in ("VERB",) and token.dep_ in ("ccomp", "ROOT", "parataxis"):
            return None
        if token.is_punct and token.text in ".;!?":
            return None
    return None


def _colon_content(colon: Token, layout: Layout) -> tuple[tuple[int, int], ...]:
    start = colon.idx + 1
    text = layout.text
    while start < len(text) and text[start].isspace():
        start += 1
    quote = layout.quote_starting_at(start)
    if quote is not None:
        return tuple(quote.parts)
    end = layout.paragraph_end(colon.idx)
    if start >= end:  # "The governor added:" closing its paragraph: the next one is the content
        end = layout.paragraph_end(start)
    end = rstrip_end(text, start, end)
    return ((start, end),) if end > start else ()
