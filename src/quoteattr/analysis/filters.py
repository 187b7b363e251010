"""What is not an attributed statement, though a cue reached it.

Indirect questions, reports of one or two words, the writer's own voice, evidence the writer
cites, things and events as sources, conjectures, page furniture (:mod:`.furniture`), things
named by someone else and statements beside an unpaired quote mark are dropped after the
statements are settled; each predicate below says which.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from spacy.tokens import Token

from ..lexicon import Lexicon
from ..records import CueCategory, QuoteKind
from .cues import CueForm, CueMatch
from .furniture import page_furniture
from .labels import (
    ADVERBIAL_CLAUSE,
    ADVERBIAL_MODIFIER,
    AUXILIARY,
    CLAUSAL_COMPLEMENT,
    CLAUSAL_MODIFIER,
    CLAUSAL_SUBJECT,
    CLAUSE_SUBJECTS,
    DATIVE,
    DIRECT_OBJECT,
    MARKER,
    NOMINAL_SUBJECTS,
    OBJECT_PREDICATE,
    OPEN_COMPLEMENT,
    PASSIVE_MARKS,
    PREPOSITION_OBJECT,
    RELATIVE_CLAUSE,
    TIME_ENTITIES,
)
from .layout import Layout
from .speakers.kinds import may_speak, names_a_work
from .syntax import PAST_PARTICIPLE, is_infinitive, word_ids
from .values import Draft
from .wordsets import union

_MIN_INDIRECT_WORDS = 3
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
"""Tags of a verb in the present ("tells"): a fact's lesson, where a past telling is news."""
_HEARER_LINKS = frozenset({DIRECT_OBJECT, DATIVE})
"""Links of the one told to the verb of telling."""
_IMPERATIVE_OR_MISREAD = frozenset({"VB", "NNP"})
"""Tags of a sentence-opening "Say" or "Suppose": the imperative, or a name misread."""


def keep_statements(
    drafts: Sequence[Draft], layout: Layout, lexicon: Lexicon, *, unpaired: Sequence[int] = ()
) -> list[Draft]:
    """Drop what is not a statement.

    Indirect questions ("asked whether ...", "declined to say how ..."), reports of one or
    two words, and the writer's own voice ("we can all agree that ...", a first- or
    second-person speaker outside any quote) are not attributed statements; nor is one
    beside a quote mark with no partner, whose extent cannot be known.

    Args:
        drafts: The settled drafts.
        layout: The parsed text.
        lexicon: Language data.
        unpaired: Offsets of the quote marks with no partner, sorted.

    Returns:
        The drafts kept, in order.

    Notes:
        Observed in news: a question reports no claim, and a report of a word or two is a
        fragment ("said no"); what the writer says or infers is no one else's statement.
    """
    return [
        d
        for d in drafts
        if not _not_a_statement(d, layout, lexicon) and not _near_unpaired(d, unpaired)
    ]


def _not_a_statement(draft: Draft, layout: Layout, lexicon: Lexicon) -> bool:
    if _named_thing(draft, layout, lexicon) or page_furniture(draft, layout, lexicon):
        return True
    if draft.kind is QuoteKind.INDIRECT and _no_report(draft, layout, lexicon):
        return True
    if draft.kind is QuoteKind.MIXED and _asks(draft, layout, lexicon):
        return True  # "asked whether they would 'stand firm'": a question, quoted words and all
    if draft.kind is not QuoteKind.DIRECT and _gapped_question(draft, layout, lexicon):
        return True
    if _hypothetical(draft, layout, lexicon) or _defines_a_group(draft, layout, lexicon):
        return True
    if draft.speaker is None:
        return False
    speaker = layout.doc[draft.speaker]
    if writers_voice(speaker, layout, lexicon) or _act_as_speaker(speaker):
        return True
    if _thing_as_source(draft, speaker, lexicon) or _act_in_general(
        draft, speaker, layout, lexicon
    ):
        return True
    if _inside_its_speaker(draft, speaker, layout) or _connective(draft, speaker, layout, lexicon):
        return True
    return draft.kind is QuoteKind.INDIRECT and _evidence(draft, speaker, lexicon)


def _defines_a_group(draft: Draft, layout: Layout, lexicon: Lexicon) -> bool:
    """ "voters describing themselves as conservative", "those who call themselves
    independents": a cue whose object is a group's reflexive, in a clause on a noun, says
    who is counted in the group (a poll's category), not what anyone said. One person's
    self-description stays a statement ("Diaz, who calls herself a moderate")."""
    cue = draft.cue
    if draft.kind is QuoteKind.DIRECT or cue is None or cue.form is not CueForm.VERB:
        return False
    verb = layout.doc[cue.head]
    return verb.dep_ in _NOUN_CLAUSES and any(
        c.dep_ == DIRECT_OBJECT and c.lower_ in lexicon.group_reflexives for c in verb.children
    )


_NOUN_CLAUSES = frozenset({CLAUSAL_MODIFIER, RELATIVE_CLAUSE})
"""Clauses on a noun: a participle ("voters describing ...") or a relative ("who call ...")."""


def _only_a_time(draft: Draft, layout: Layout) -> bool:
    """Every word of the content belongs to a date or time entity."""
    first = layout.token_index_at(draft.start)
    last = layout.token_index_at(draft.end - 1)
    if first is None or last is None:
        return False
    # read up to the first word outside a time entity: most contents have one at once (the
    # Tokens are made one at a time, not as a Span, which costs more than the few read)
    doc = layout.doc
    words = 0
    for index in range(first, last + 1):
        token = doc[index]
        if token.is_punct or token.is_space:
            continue
        if token.ent_type_ not in TIME_ENTITIES:
            return False
        words += 1
    return words > 0


def _no_report(draft: Draft, layout: Layout, lexicon: Lexicon) -> bool:
    """An indirect draft that reports no statement: a word or two, a question, or a span
    of time ("pushed for nearly a decade": the time is no object of the cue)."""
    text = layout.text
    split = [text[s:e].split() for s, e in draft.parts]
    length = sum(len(words) for words in split)
    short = length < _MIN_INDIRECT_WORDS
    if short and not (length > 1 and _stated_position(draft, text, lexicon)):
        return not (_an_answer(draft, text, lexicon) or _named_as(draft, layout, lexicon))
    if _only_a_time(draft, layout):
        return True
    if _asks(draft, layout, lexicon):
        return True
    # one part (most contents) spans the whole draft: its words are those split above
    words = split[0] if len(split) == 1 else text[draft.start : draft.end].split()
    first = layout.token_at(draft.start)
    if len(words) > 1 and first is not None and first.pos_ == "ADV":
        words = words[1:]  # "reminding them just how great he is": the adverb stresses it
    return (
        bool(words)
        and words[0].lower() in lexicon.question_words
        and not _explains(draft, words[0], layout, lexicon)
        and not _free_relative_subject(draft, layout)
    )


def _asks(draft: Draft, layout: Layout, lexicon: Lexicon) -> bool:
    """A question cue that asks, not requests ("asked whether ...", not "asked them to
    ...")."""
    question = draft.cue is not None and draft.cue.category is CueCategory.QUESTION
    return question and not _requests(draft, layout, lexicon)


def _gapped_question(draft: Draft, layout: Layout, lexicon: Lexicon) -> bool:
    """ "what the senator says his plan would cost", "how economists say it would work": the
    cue sits inside a question or free relative whose word was moved out of the content, so
    the content lacks what was said (the cost, the way) and states nothing.

    Notes:
        Wh-movement out of a complement clause leaves a gap in it (Ross 1967; Huddleston
        and Pullum 2002, ch. 12): "what_i she says the plan would cost _i". A subject
        wh-word ("what officials say is the largest plant") leaves a whole claim and is
        kept; so are relative "which", "who" and "that" ("the ferry, which they said they
        would buy back"), whose antecedent names what the gap stands for, and "why" ("that
        is why she says the tax must go"), whose gap is a reason outside a whole claim.
    """
    cue = draft.cue
    if cue is None or cue.form is not CueForm.VERB:
        return False
    doc = layout.doc
    verb = doc[cue.head]
    first = verb.left_edge.i
    # the words from the layout's LOWER column: a Token is made only for a question word
    wanted = word_ids(lexicon.gapped_question_words)
    lowers: list[int] = layout.columns.lower[first : cue.first].tolist()
    for index, lower in enumerate(lowers, start=first):
        if lower not in wanted:
            continue
        word = doc[index]
        if draft.start <= word.idx < draft.end:
            continue  # a word of a content before its cue ("..., analysts say") is no gap
        if word.dep_ in CLAUSE_SUBJECTS:
            continue
        if word.head.i != verb.i:
            if draft.start <= word.head.idx < draft.end:
                return True  # a word of the content moved before the cue
        elif word.dep_ == ADVERBIAL_MODIFIER or (
            word.dep_ == DIRECT_OBJECT and _clause_in(verb, draft)
        ):
            # "how" on the cue, or "what" hung on a cue that also has a clause: the parser's
            # reading of the gap; a "what" object alone is the cue's own ("this is what she
            # told reporters: ...") and its content follows
            return True
    return False


def _clause_in(verb: Token, draft: Draft) -> bool:
    """``verb`` has a clausal complement with its own subject inside the draft's content; in
    "what they say was her role" the clause lacks its subject, which "what" is."""
    return any(
        c.dep_ == CLAUSAL_COMPLEMENT
        and draft.start <= c.idx < draft.end
        and any(g.dep_ in CLAUSE_SUBJECTS for g in c.children)
        for c in verb.children
    )


def _hypothetical(draft: Draft, layout: Layout, lexicon: Lexicon) -> bool:
    """ "The board is likely calling for ...", "officials could argue that ...": the writer
    conjectures what someone may say; no one said it. "may have told" (the perfect) hedges
    a report and is kept.

    Notes:
        Epistemic modality on the reporting verb marks the speech act as unrealised
        (Quirk et al. 1985 on modal verbs); observed in news previews and analyses.
    """
    cue = draft.cue
    if cue is None or cue.form is not CueForm.VERB:
        return False
    verb = layout.doc[cue.head]
    # The tests below read only a marker, an auxiliary, an adverb or an adverbial clause:
    # the children are listed once, those alone (most children are none of them).
    children = [c for c in verb.children if c.dep in _HEDGE_LINK_IDS]
    if _supposed(verb, children, layout, lexicon):
        return True
    if any(
        c.dep_ == AUXILIARY and c.lemma_.lower() in lexicon.perfect_auxiliaries for c in children
    ):
        return False
    if _prospective(verb, lexicon) or _conditional_consequence(children, lexicon):
        return True
    if _deliberated(verb, children, lexicon):
        return True
    return any(
        c.dep_ in (AUXILIARY, ADVERBIAL_MODIFIER) and c.lower_ in lexicon.hypothetical_markers
        for c in children
    )


_HEDGE_LINK_IDS = word_ids(frozenset({MARKER, AUXILIARY, ADVERBIAL_MODIFIER, ADVERBIAL_CLAUSE}))
"""The links :func:`_hypothetical` reads a cue's children by, as ``Token.dep`` holds them."""


def _prospective(verb: Token, lexicon: Lexicon) -> bool:
    """ "The governor is expected to say that ...", "plans to announce ...": the cue is the
    infinitive of a verb of speech still to come."""
    return (
        verb.dep_ == OPEN_COMPLEMENT
        and verb.tag_ == "VB"
        and verb.head.lemma_.lower() in lexicon.prospective_verbs
    )


def _deliberated(verb: Token, children: list[Token], lexicon: Lexicon) -> bool:
    """ "is weighing whether to order ...", "has not decided whether to announce ...": an
    infinitive cue a question word opens is a speech act being weighed, not one made
    (``children``: the verb's; its markers suffice)."""
    return is_infinitive(verb) and any(
        c.dep_ == MARKER and c.lower_ in lexicon.question_words for c in children
    )


def _conditional_consequence(children: list[Token], lexicon: Lexicon) -> bool:
    """ "If asked, Ana Ruiz would say ...": a "would" cue with a condition of its own says
    what someone would say in a case the writer imagines (Quirk et al. 1985, 14.23 on
    hypothetical conditions). ``children``: the cue verb's (its auxiliaries and adverbial
    clauses suffice)."""
    would = any(c.dep_ == AUXILIARY and c.lower_ in lexicon.conditional_modals for c in children)
    return would and any(
        c.dep_ == ADVERBIAL_CLAUSE
        and any(m.dep_ == MARKER and m.lower_ in lexicon.conditional_markers for m in c.children)
        for c in children
    )


def _supposed(verb: Token, children: list[Token], layout: Layout, lexicon: Lexicon) -> bool:
    """ "if the mayor says the bridge is safe, ...", "suppose the union announced that ...":
    the cue's clause is a condition or a case the writer imagines, not a report
    (``children``: the verb's; its markers suffice).

    Notes:
        Conditional and suppositional clauses are non-assertive: their proposition is not
        put forward as true (Quirk et al. 1985, 15.33-15.35 on open conditions).
    """
    if any(c.dep_ == MARKER and c.lower_ in lexicon.conditional_markers for c in children):
        return True
    # the imperative opens the sentence and governs the cue, however the parser nests it
    # (or hangs it on the cue: "Say Mexico demanded that ..." with "Say" taken for a name)
    opener = verb.doc[layout.sentence_start(verb.i)]
    return (
        opener.lower_ in lexicon.supposition_verbs
        and opener.tag_ in _IMPERATIVE_OR_MISREAD
        and (opener.is_ancestor(verb) or opener.head.i == verb.i)
        and opener.dep_ not in CLAUSE_SUBJECTS
        and not any(c.dep_ in CLAUSE_SUBJECTS for c in opener.children)
    )


def _near_unpaired(draft: Draft, unpaired: Sequence[int]) -> bool:
    """An unpaired quote mark (offsets sorted) lies in the draft or right beside it."""
    index = bisect_left(unpaired, draft.start - 1)
    return index < len(unpaired) and unpaired[index] < draft.end + 1


def _explains(draft: Draft, wh_word: str, layout: Layout, lexicon: Lexicon) -> bool:
    """ "explained how the scheme worked" states something; "asked how", "declined to say
    why" and "did not explain why" do not."""
    cue = draft.cue
    if cue is None or cue.negated or wh_word.lower() not in lexicon.explained_question_words:
        return False
    head = layout.doc[cue.head].head
    return (
        cue.lemma in lexicon.explaining_cues
        and head.lemma_.lower() not in lexicon.withholding_verbs
    )


def _an_answer(draft: Draft, text: str, lexicon: Lexicon) -> bool:
    """Every word of the draft is an answer word ("she said yes", "yes, yes, yes")."""
    words = [w.strip(",.!?;:").lower() for s, e in draft.parts for w in text[s:e].split()]
    return bool(words) and all(w in lexicon.answer_words for w in words)


def _named_as(draft: Draft, layout: Layout, lexicon: Lexicon) -> bool:
    """The content is the predicate alone of a naming cue whose object is a relative
    pronoun ("a bill that critics called anti-union", "the plan, which she called bold"):
    a word or two is the whole characterisation."""
    cue = draft.cue
    first = layout.token_at(draft.start)
    if cue is None or first is None or cue.lemma not in lexicon.naming_cues:
        return False
    verb = layout.doc[cue.head]
    return (
        first.dep_ == OBJECT_PREDICATE
        and first.head.i == verb.i
        and any(
            c.dep_ == DIRECT_OBJECT and c.i < verb.i and c.lower_ in lexicon.relative_pronouns
            for c in verb.children
        )
    )


def _stated_position(draft: Draft, text: str, lexicon: Lexicon) -> bool:
    """ "called for his dismissal": a position named by a short noun phrase is a statement."""
    cue = draft.cue
    if cue is None or cue.lemma not in lexicon.cue_prepositions:
        return False
    before = text[max(0, draft.start - 8) : draft.start].split()
    return bool(before) and before[-1].lower() in lexicon.cue_prepositions[cue.lemma]


def _named_thing(draft: Draft, layout: Layout, lexicon: Lexicon) -> bool:
    """ "condemned what he called a "brazen breach"": the object is a thing named by someone
    else (the naming is its own statement), not what the condemning cue reports."""
    first = layout.token_at(draft.start)
    return (
        first is not None
        and first.lower_ in lexicon.free_relatives
        and first.dep_ == DIRECT_OBJECT
        and first.head.i > first.i
        and first.head.lemma_.lower() in lexicon.naming_cues
    )


def _free_relative_subject(draft: Draft, layout: Layout) -> bool:
    """ "his message that what the country needs is order": the "what" clause is the subject
    of the content, not an indirect question ("asked what the plan was")."""
    first = layout.token_at(draft.start)
    if first is None:
        return False
    inside = [t for t in first.ancestors if draft.start <= t.idx < draft.end]
    if not inside:
        return False
    clause = inside[-2] if len(inside) > 1 else first  # the root's child over the wh-word
    return clause is not first and clause.dep_ in CLAUSE_SUBJECTS


def _requests(draft: Draft, layout: Layout, lexicon: Lexicon) -> bool:
    """ "asked the board to delay the vote" is a request, a statement; "asked whether" is not.

    The asker must be the subject: in "was asked to testify" and "when asked to leave" the
    subject is the one asked.
    """
    assert draft.cue is not None
    cue = layout.doc[draft.cue.head]
    if any(child.dep_ in PASSIVE_MARKS for child in cue.children):
        return False
    perfect = any(
        c.dep_ == AUXILIARY and c.lemma_ in lexicon.perfect_auxiliaries for c in cue.children
    )
    if cue.tag_ == PAST_PARTICIPLE and not perfect:
        return False
    return any(child.dep_ == OPEN_COMPLEMENT and is_infinitive(child) for child in cue.children)


def writers_voice(speaker: Token, layout: Layout, lexicon: Lexicon) -> bool:
    """The speaker is the writer: "I" or "we" outside quotes ("As I mentioned above, ...")."""
    return speaker.lower_ in lexicon.participant_pronouns and not layout.in_quote(speaker)


def _thing_as_source(draft: Draft, speaker: Token, lexicon: Lexicon) -> bool:
    """A thing, an event or an outcome as the subject of a cue that needs a source: "the
    drought has shown that ...", "signs reading ...", "the ruling threatens to erase ..."
    (:func:`~quoteattr.analysis.speakers.kinds.may_speak`), or figures or records as the
    source of "according to" ("according to Census data", "according to unofficial
    returns", "according to state records": evidence the writer cites)."""
    cue = draft.cue
    if cue is not None and cue.form is CueForm.SOURCE:
        return (
            speaker.lower_ in lexicon.statistics_nouns or speaker.lower_ in lexicon.evidence_nouns
        )
    if cue is None or cue.form is not CueForm.VERB or speaker.i == cue.head:
        return False
    if cue.lemma in lexicon.outcome_cues:
        return not may_speak(speaker, lexicon, works=False)
    if cue.lemma in lexicon.evidence_verbs or cue.lemma in lexicon.inscription_cues:
        return not may_speak(speaker, lexicon)
    return False


def _inside_its_speaker(draft: Draft, speaker: Token, layout: Layout) -> bool:
    """ "the movie "Bridge of Spies," which recounts the swap": a quote inside the phrase
    of its own speaker, outside the cue's clause, is part of a name or a title (the
    speaker's), not what the speaker said.

    Notes:
        A quote a speaker's relative clause reports ("Ruiz, who said "we won," ...") lies
        inside the cue's clause and is kept.
    """
    cue = draft.cue
    if cue is None or draft.kind is not QuoteKind.DIRECT or cue.form is not CueForm.VERB:
        return False
    token = layout.token_at(draft.start)
    if token is None:
        return False
    verb = layout.doc[cue.head]
    if not speaker.i < token.i < verb.i:
        return False  # "Said Ellis: "..."" reads the quote after its cue
    in_phrase = speaker.left_edge.i <= token.i <= speaker.right_edge.i
    in_clause = verb.left_edge.i <= token.i <= verb.right_edge.i
    return in_phrase and not in_clause


def _act_as_speaker(speaker: Token) -> bool:
    """ "Not to act is saying that ...", "Refusing the offer sends a message that ...": a
    clause as the cue's subject names an act, which says something only as a figure of
    speech; no one spoke."""
    return speaker.dep_ == CLAUSAL_SUBJECT


def _act_in_general(draft: Draft, speaker: Token, layout: Layout, lexicon: Lexicon) -> bool:
    """ "It means admitting that ...", "this requires saying that ...": a gerund cue that
    completes a verb whose subject is "it" or "this" (``THING_PRONOUNS``) names an act in
    general; the pronoun stands for a proposition, not for someone who spoke.

    Notes:
        A controlled gerund takes its understood subject from the verb it completes
        (Quirk et al. 1985 on -ing clauses); an expletive or a demonstrative for a state
        of affairs can do no saying.
    """
    cue = draft.cue
    if cue is None or cue.form is not CueForm.VERB:
        return False
    verb = layout.doc[cue.head]
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == OPEN_COMPLEMENT
        and speaker.head.i == verb.head.i
        and speaker.dep_ in NOMINAL_SUBJECTS
        and speaker.lower_ in lexicon.thing_pronouns
    )


def _connective(draft: Draft, speaker: Token, layout: Layout, lexicon: Lexicon) -> bool:
    """ "That said, the race is open.": a demonstrative and a cue set off by a comma at a
    sentence's start are a connective ("having said that") tying the sentence to the one
    before; nobody is reported. ("That, she said, is the plan" has its comma elsewhere.)"""
    cue = draft.cue
    if cue is None or cue.form is not CueForm.VERB:
        return False
    doc = layout.doc
    verb = doc[cue.head]
    after = verb.i + 1
    return (
        speaker.lower_ in lexicon.definite_determiners
        and speaker.i + 1 == verb.i
        and after < len(doc)
        and doc[after].text == ","
        and layout.sentence_start(speaker.i) == speaker.i
    )


def _tells_anyone(cue: CueMatch, speaker: Token, lexicon: Lexicon) -> bool:
    """ "That tells us ...", "It tells you ...": an impersonal subject telling anyone, in
    the present, says what a fact shows (``Lexicon.generic_hearers``); "It told us ...",
    a firm's words, stays a statement."""
    verb = speaker.doc[cue.head]
    return (
        cue.lemma in lexicon.hearer_cues
        and speaker.lower_ in lexicon.impersonal_subjects
        and verb.tag_ in _PRESENT_TAGS
        and any(
            c.dep_ in _HEARER_LINKS and c.lower_ in lexicon.generic_hearers for c in verb.children
        )
    )


def _shows_as_a_work(speaker: Token, lexicon: Lexicon) -> bool:
    """The subject of a showing verb is a work, a poll or a report ("the study shows",
    "a poll showed", "the report demonstrates"), or one of them ("an average of recent
    polls shows"); anyone or anything else shows by acting or being ("the attackers showed
    how deadly ...", "Diaz would show voters he is serious")."""
    # "an average of recent polls shows": what the noun is of is the work.
    counted = [
        g
        for p in speaker.children
        if p.lower_ in lexicon.genitive_prepositions
        for g in p.children
        if g.dep_ == PREPOSITION_OBJECT
    ]
    return any(names_a_work(t, lexicon) for t in (speaker, *counted))


def _evidence(draft: Draft, speaker: Token, lexicon: Lexicon) -> bool:
    """ "The footage shows he was unarmed", "it indicates that ...", "his popularity shows
    how ...": the writer citing a thing or an event, not a statement; so is anyone or
    anything but a work that shows, proves or demonstrates something
    (``Lexicon.showing_verbs``: "she has to show she can win", "the raiders showed how")."""
    cue = draft.cue
    if cue is None or cue.form is not CueForm.VERB or speaker.i == cue.head:
        return False
    if speaker.lower_ in lexicon.evidence_nouns:
        return True
    if _tells_anyone(cue, speaker, lexicon):
        return True
    # "released the files in July, which showed ...": the relative pronoun, not the
    # antecedent the parser found, is the subject; a work earlier in the sentence may be
    # what it stands for ("published a study on Monday, which showed ..."), a source
    verb = speaker.doc[cue.head]
    relatives = [
        c
        for c in verb.children
        if c.dep_ in NOMINAL_SUBJECTS and c.lower_ in lexicon.thing_pronouns
    ]
    if (
        cue.lemma in lexicon.showing_verbs
        and not relatives
        and speaker.lower_ not in lexicon.thing_pronouns
        and not _shows_as_a_work(speaker, lexicon)
    ):
        return True  # "she needs to show she is serious": an act, not a statement
    works = union(lexicon.authored_works, lexicon.poll_nouns)
    pronoun = speaker.lower_ in lexicon.thing_pronouns or (
        bool(relatives)
        and not any(w.lemma_.lower() in works for w in verb.sent if w.i < relatives[0].i)
    )
    thing = pronoun or speaker.lemma_.lower() in lexicon.event_nouns
    return thing and cue.lemma in lexicon.evidence_verbs
