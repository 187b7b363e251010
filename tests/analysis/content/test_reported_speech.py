"""Reported speech without quote marks: indirect statements, their cues, speakers and nesting.

Every table row is what a careful annotator would mark, not what the extractor happens to
return today. Content is the reported clause only: no reporting clause, no speaker, no
trailing attribution and no leading "that".
"""

from __future__ import annotations

import warnings
from collections.abc import Callable

import pytest

from quoteattr import Attribution, CueCategory, Document, Extractor, Quote, QuoteKind
from quoteattr.lexicon import Lexicon

Analyze = Callable[[str], Document]

NEUTRAL = CueCategory.NEUTRAL
ASSERTIVE = CueCategory.ASSERTIVE
ANNOUNCEMENT = CueCategory.ANNOUNCEMENT
DENIAL = CueCategory.DENIAL
WARNING = CueCategory.WARNING
SOURCE = CueCategory.SOURCE
BELIEF = CueCategory.BELIEF


# --- helpers -----------------------------------------------------------------------------


def describe(doc: Document) -> str:
    """Every record of ``doc`` on one line each, for assertion messages."""
    if not doc.quotes:
        return "no records"
    lines = []
    for q in doc.quotes:
        cue = q.cue and (q.cue.lemma, q.cue.category.value, "negated" if q.cue.negated else "")
        speaker = q.speaker and (q.speaker.text, q.speaker.name)
        via = q.via and (q.via.text, q.via.name)
        lines.append(
            f"{q.id} {q.kind.value} {q.content.text!r} cue={cue} speaker={speaker} "
            f"attribution={q.attribution.value} via={via} parent={q.parent}"
        )
    return "\n".join(lines)


def assert_every_record_is_indirect_with_valid_offsets(doc: Document) -> None:
    for q in doc.quotes:
        assert q.kind is QuoteKind.INDIRECT, describe(doc)
        assert doc.text[q.content.start : q.content.end] == q.content.text, describe(doc)


def only_record(doc: Document) -> Quote:
    assert_every_record_is_indirect_with_valid_offsets(doc)
    assert len(doc.quotes) == 1, describe(doc)
    return doc.quotes[0]


def record_with_content(doc: Document, content: str) -> Quote:
    matches = [q for q in doc.quotes if q.content.text == content]
    assert len(matches) == 1, f"expected one record with content {content!r}\n{describe(doc)}"
    return matches[0]


def assert_speaker(quote: Quote, expected: str | None, doc: Document) -> None:
    """``expected`` is the speaker's name or mention text; None means nobody was tied to it."""
    if expected is None:
        assert quote.speaker is None or quote.speaker.name is None, describe(doc)
        assert quote.attribution is Attribution.NONE, describe(doc)
    else:
        assert quote.speaker is not None, describe(doc)
        assert expected in (quote.speaker.name, quote.speaker.text), describe(doc)


def assert_cue(quote: Quote, lemma: str, category: CueCategory, doc: Document) -> None:
    assert quote.cue is not None, describe(doc)
    assert (quote.cue.lemma, quote.cue.category) == (lemma, category), describe(doc)


# --- 1. reporting verb + clausal complement ----------------------------------------------

# (text, content, cue lemma, category, speaker, attribution)
# fmt: off
VERB_COMPLEMENT = [
    pytest.param(
        "The minister said after the vote she would not resign over the scandal.",
        "she would not resign over the scandal",
        "say", NEUTRAL, "The minister", Attribution.SUBJECT,
        id="said <adverbial> she would, clause parsed as an adverbial",
    ),
    pytest.param(
        "The mayor of Eastbrook said that the bridge would reopen in May.",
        "the bridge would reopen in May",
        "say", NEUTRAL, "The mayor of Eastbrook", Attribution.SUBJECT,
        id="said that",
    ),
    pytest.param(
        "Priya Nandakumar said she would step down as chair after the summer.",
        "she would step down as chair after the summer",
        "say", NEUTRAL, "Priya Nandakumar", Attribution.SUBJECT,
        id="said she would, no that",
    ),
    pytest.param(
        "The referee confirmed that the match had been abandoned because of fog.",
        "the match had been abandoned because of fog",
        "confirm", ASSERTIVE, "The referee", Attribution.SUBJECT,
        id="confirmed that, past perfect",
    ),
    pytest.param(
        "The dockworkers' union has announced that its members will strike on Monday.",
        "its members will strike on Monday",
        "announce", ANNOUNCEMENT, "The dockworkers' union", Attribution.SUBJECT,
        id="has announced that, present perfect",
    ),
    pytest.param(
        "Residents of Millbrook have made clear they will fight the quarry expansion.",
        "they will fight the quarry expansion",
        "make clear", ASSERTIVE, "Residents of Millbrook", Attribution.SUBJECT,
        id="have made clear they will, light verb",
    ),
    pytest.param(
        "Farmers in Larkspur County were told that the levee could fail within days.",
        "the levee could fail within days",
        "tell", NEUTRAL, None, Attribution.NONE,
        id="were told that, subject is the hearer",
    ),
    pytest.param(
        "It was announced by the health ministry that the clinic would close in March.",
        "the clinic would close in March",
        "announce", ANNOUNCEMENT, "the health ministry", Attribution.AGENT,
        id="it was announced by X that, passive agent",
    ),
    pytest.param(
        "The museum's director was informed by the trustees that her budget would be cut.",
        "her budget would be cut",
        "inform", ANNOUNCEMENT, "the trustees", Attribution.AGENT,
        id="was informed by X that, passive agent",
    ),
    pytest.param(
        "The coach keeps insisting, most recently at a press conference on Monday, that the "
        "squad is fit for the final.",
        "the squad is fit for the final",
        "insist", ASSERTIVE, "The coach", Attribution.PARTICIPIAL,
        id="insisting, <interruption>, that: content parsed as the head",
    ),
    pytest.param(
        "The senator scolded the banker, after he admitted under her questioning he had not "
        "been held responsible for the losses.",
        "he had not been held responsible for the losses",
        "admit", NEUTRAL, "he", Attribution.SUBJECT,
        id="admitted <adverbial> the clause, content parsed as the head",
    ),
    pytest.param(
        "The inspectors visited the reactor, which the operator said had been shut down in "
        "June.",
        "had been shut down in June",
        "say", NEUTRAL, "the operator", Attribution.SUBJECT,
        id="which X said: the relative pronoun stays out of the content",
    ),
    pytest.param(
        "The chairman never missed a chance to remind the shareholders he had built the firm "
        "from nothing.",
        "he had built the firm from nothing",
        "remind", NEUTRAL, "The chairman", Attribution.SUBJECT,
        id="a chance to remind the hearer <clause>: speaker takes the chance",
    ),
    pytest.param(
        "Several landlords have expressed concern that raising the levy could empty the high "
        "street.",
        "raising the levy could empty the high street",
        "express concern", ASSERTIVE, "Several landlords", Attribution.SUBJECT,
        id="expressed concern that, light verb",
    ),
    pytest.param(
        "The harbour master repeated his message that what the port needs most is a second "
        "crane.",
        "what the port needs most is a second crane",
        "message", NEUTRAL, "his", Attribution.POSSESSIVE,
        id="a 'what' clause as the subject of the content is not a question",
    ),
    pytest.param(
        "Two of the stewards were adamant that the gates had opened late.",
        "the gates had opened late",
        "be adamant", ASSERTIVE, "Two of the stewards", Attribution.SUBJECT,
        id="were adamant that: a stance taken aloud",
    ),
    pytest.param(
        "Two polls this week showed the mayor had lost her lead.",
        "the mayor had lost her lead",
        "show", ANNOUNCEMENT, "Two polls", Attribution.SUBJECT,
        id="polls showed: they count what people said, unlike footage or data",
    ),
    pytest.param(
        "The pollster even hypothesized the mayor could be replaced by her deputy.",
        "the mayor could be replaced by her deputy",
        "hypothesize", ASSERTIVE, "The pollster", Attribution.SUBJECT,
        id="hypothesized, no that",
    ),
    pytest.param(
        "Okafor elaborated in an opinion piece for the Harbour Gazette that delegates pledged "
        "to the mayor, even those who signed early, may change sides.",
        "delegates pledged to the mayor, even those who signed early, may change sides",
        "elaborate", NEUTRAL, "Okafor", Attribution.SUBJECT,
        id="that clause after adjuncts, parsed as a relative clause of the last noun",
    ),
    pytest.param(
        "The council shelved a parking levy, which the mayor backs but says would never "
        "pass the current chamber.",
        "would never pass the current chamber",
        "say", NEUTRAL, "the mayor", Attribution.SUBJECT,
        id="which X backs but says would: the cue in the second relative verb",
    ),
    pytest.param(
        "Reporters found no trace of a column that Okafor said was written about the strike.",
        "was written about the strike",
        "say", NEUTRAL, "Okafor", Attribution.SUBJECT,
        id="relative that before the speaker is not content",
    ),
    pytest.param(
        "A poll of harbour voters showed the mayor with a ten-point lead over her rival.",
        "the mayor with a ten-point lead over her rival",
        "show", ANNOUNCEMENT, "A poll of harbour voters", Attribution.SUBJECT,
        id="a poll showed X with a lead: object and predicate, no that",
    ),
    pytest.param(
        "The weekly survey showed the governor's support holding steady after the debate.",
        "the governor's support holding steady after the debate",
        "show", ANNOUNCEMENT, "The weekly survey", Attribution.SUBJECT,
        id="a survey showed X holding steady",
    ),
    pytest.param(
        "The mayor is a builder who has repeatedly pledged to ban all cars — every last "
        "one of them — from entering the old town.",
        "to ban all cars — every last one of them — from entering the old town",
        "pledge", ASSERTIVE, "The mayor", Attribution.SUBJECT,
        id="content through a dash aside; 'X is a Y who pledged': the speaker is X",
    ),
    pytest.param(
        "The harbour board proposed raising the berth fees.",
        "raising the berth fees",
        "propose", ASSERTIVE, "The harbour board", Attribution.SUBJECT,
        id="a gerund right after the cue",
    ),
    pytest.param(
        "The harbour board has proposed temporarily raising the berth fees.",
        "temporarily raising the berth fees",
        "propose", ASSERTIVE, "The harbour board", Attribution.SUBJECT,
        id="a gerund after its own adverb",
    ),
    pytest.param(
        "The mayor pledged to ban all cars \u2015 every last one of them \u2015 from entering "
        "the old town.",
        "to ban all cars \u2015 every last one of them \u2015 from entering the old town",
        "pledge", ASSERTIVE, "The mayor", Attribution.SUBJECT,
        id="an aside between horizontal bars, as some outlets write dashes",
    ),
    pytest.param(
        "He promised to cut taxes — a popular idea — and the crowd cheered.",
        "to cut taxes",
        "promise", ASSERTIVE, "He", Attribution.SUBJECT,
        id="a dash aside followed by a new clause stays out",
    ),
    pytest.param(
        "The dockers' union pressed for a shorter working week.",
        "a shorter working week",
        "press", ASSERTIVE, "The dockers' union", Attribution.SUBJECT,
        id="pressed for: a verb that reports only with its preposition",
    ),
    pytest.param(
        "The ferryman can be heard shouting to the passengers that the lifeboats were full.",
        "the lifeboats were full",
        "shout", NEUTRAL, "The ferryman", Attribution.PARTICIPIAL,
        id="can be heard shouting to X that: speaker of the passive 'heard'",
    ),
    pytest.param(
        "Okafor wrote on Sunday after touring the harbour that the pier was unsafe.",
        "the pier was unsafe",
        "write", NEUTRAL, "Okafor", Attribution.SUBJECT,
        id="that clause after a participle adjunct",
    ),
    pytest.param(
        "The captain may have told investigators that the radar had failed.",
        "the radar had failed",
        "tell", NEUTRAL, "The captain", Attribution.SUBJECT,
        id="may have told that: a hedged report is still a report",
    ),
    pytest.param(
        "The tribunal ruled that the dismissal of the nurses had been unfair.",
        "the dismissal of the nurses had been unfair",
        "rule", ANNOUNCEMENT, "The tribunal", Attribution.SUBJECT,
        id="ruled that",
    ),
    pytest.param(
        "That is why the harbour master says the old pier must close.",
        "the old pier must close",
        "say", NEUTRAL, "the harbour master", Attribution.SUBJECT,
        id="that is why X says: a reason gap leaves a whole claim",
    ),
    pytest.param(
        "The orchard, which the growers said would be sold, is for rent.",
        "would be sold",
        "say", NEUTRAL, "the growers", Attribution.SUBJECT,
        id="which X said: a relative pronoun with its antecedent named",
    ),
    pytest.param(
        "The ferry, which the islanders said they would buy back, was sold abroad.",
        "they would buy back",
        "say", NEUTRAL, "the islanders", Attribution.SUBJECT,
        id="which X said they would buy: the antecedent names what the object stands for",
    ),
    pytest.param(
        "The harbour master, who said in May that the pier was sound, closed it this week.",
        "the pier was sound",
        "say", NEUTRAL, "The harbour master", Attribution.SUBJECT,
        id="who said that: a subject relative keeps the whole report",
    ),
    pytest.param(
        "The envoys defended what they said was the island's right to its own fishing grounds.",
        "was the island's right to its own fishing grounds",
        "say", NEUTRAL, "they", Attribution.SUBJECT,
        id="what X said was: a subject gap leaves the claim",
    ),
    pytest.param(
        "Nobody yet knows how much the island will pay for the pier, the harbour master said.",
        "Nobody yet knows how much the island will pay for the pier",
        "say", NEUTRAL, "the harbour master", Attribution.POSTPOSED,
        id="content before its cue: a relative or wh-word inside it is no gap",
    ),
    pytest.param(
        "The harbour master said that if the storm came, the pier would close.",
        "if the storm came, the pier would close",
        "say", NEUTRAL, "The harbour master", Attribution.SUBJECT,
        id="said that if: a condition inside the content is part of what was said",
    ),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "content", "lemma", "category", "speaker", "attribution"), VERB_COMPLEMENT
)
def test_reporting_verb_with_clausal_complement_reports_the_clause(
    analyze: Analyze,
    text: str,
    content: str,
    lemma: str,
    category: CueCategory,
    speaker: str | None,
    attribution: Attribution,
) -> None:
    doc = analyze(text)
    quote = only_record(doc)
    assert quote.content.text == content, describe(doc)
    assert_cue(quote, lemma, category, doc)
    assert_speaker(quote, speaker, doc)
    assert quote.attribution is attribution, describe(doc)


# Sources that look like the things above but can speak or state findings.
# (text, content, cue lemma, category, speaker)
# fmt: off
NOT_A_THING = [
    pytest.param(
        "The dockers called for a vote on the harbour plan.",
        "a vote on the harbour plan",
        "call", NEUTRAL, "The dockers",
        id="called for a vote: a demand, kept (negative of 'called a vote')",
    ),
    pytest.param(
        "The board published a new study on Monday, which showed that cod stocks had fallen.",
        "cod stocks had fallen",
        "show", ANNOUNCEMENT, "which",
        id="a work, which showed that: the relative stands for a source",
    ),
    pytest.param(
        "An average of recent polls shows that the mayor leads by ten points.",
        "the mayor leads by ten points",
        "show", ANNOUNCEMENT, "An average of recent polls",
        id="an average of polls shows that: what it is of is a poll, a source",
    ),
    pytest.param(
        "The inspectors' report, released on Monday, said that the pier was unsafe.",
        "the pier was unsafe",
        "say", NEUTRAL, "The inspectors' report",
        id="a message noun that is the subject of 'said' speaks; it is no cue of its own",
    ),
    pytest.param(
        "A new study shows that the harbour is silting up faster than expected.",
        "the harbour is silting up faster than expected",
        "show", ANNOUNCEMENT, "A new study",
        id="a study shows that: an authored work is a source",
    ),
    pytest.param(
        "The dockers threatened to strike if the talks failed.",
        "to strike if the talks failed",
        "threaten", WARNING, "The dockers",
        id="people outside the speaker vocabulary threaten: kept",
    ),
    pytest.param(
        "The opposition threatened to boycott the vote on the harbour.",
        "to boycott the vote on the harbour",
        "threaten", WARNING, "The opposition",
        id="a body named by a -tion noun threatens: kept",
    ),
    pytest.param(
        "Her neighbour suggested that the fire had started in the garage.",
        "the fire had started in the garage",
        "suggest", ASSERTIVE, "Her neighbour",
        id="a person noun outside the vocabulary suggests: kept",
    ),
    pytest.param(
        "The newspaper's reporting indicated that the donors were unaware.",
        "the donors were unaware",
        "indicate", ASSERTIVE, "The newspaper's reporting",
        id="an outlet's reporting indicated that: a work, kept",
    ),
]
# fmt: on


@pytest.mark.parametrize(("text", "content", "lemma", "category", "speaker"), NOT_A_THING)
def test_source_that_can_speak_or_states_findings_is_kept(
    analyze: Analyze,
    text: str,
    content: str,
    lemma: str,
    category: CueCategory,
    speaker: str,
) -> None:
    doc = analyze(text)
    quote = only_record(doc)
    assert quote.content.text == content, describe(doc)
    assert_cue(quote, lemma, category, doc)
    assert_speaker(quote, speaker, doc)


# --- 2. post-posed reporting clause ------------------------------------------------------

# (text, content as a string, or a tuple of parts around the reporting clause,
#  cue lemma, category, speaker)
# fmt: off
POSTPOSED = [
    pytest.param(
        "The remedy, the old ferryman told them, was simple.",
        ("The remedy", "was simple"),
        "tell", NEUTRAL, "the old ferryman",
        id="parenthetical with a hearer: X, Y told them, Z",
    ),
    pytest.param(
        "The harbour will close for repairs next week, the Daily Herald reported.",
        "The harbour will close for repairs next week",
        "report", ANNOUNCEMENT, "the Daily Herald",
        id="statement, the newspaper reported",
    ),
    pytest.param(
        "The library will stay open on Sundays until the end of the year, officials said.",
        "The library will stay open on Sundays until the end of the year",
        "say", NEUTRAL, "officials",
        id="statement, officials said",
    ),
    pytest.param(
        "Season tickets will cost a third more next year, said the club's chief executive.",
        "Season tickets will cost a third more next year",
        "say", NEUTRAL, "the club's chief executive",
        id="statement, said X, inverted",
    ),
    pytest.param(
        "The negotiations, a spokesman for the union said, could collapse before Friday.",
        ("The negotiations", "could collapse before Friday"),
        "say", NEUTRAL, "a spokesman for the union",
        id="parenthetical reporting clause splits the statement",
    ),
    pytest.param(
        "The ferry had sailed without its safety certificate, crew members who saw the "
        "paperwork told the inquiry.",
        "The ferry had sailed without its safety certificate",
        "tell", NEUTRAL, "crew members",
        id="statement, speaker with a relative clause told the hearer",
    ),
    pytest.param(
        "Secrecy is not new to the agency, the former director maintains.",
        "Secrecy is not new to the agency",
        "maintain", ASSERTIVE, "the former director",
        id="statement, X maintains (cue tagged as a plural noun)",
    ),
    pytest.param(
        "If every council raised rents, the economists estimated, tenants would pay far more.",
        ("If every council raised rents", "tenants would pay far more"),
        "estimate", ASSERTIVE, "the economists",
        id="parenthetical cue after a fronted condition",
    ),
    pytest.param(
        "The economy, said Treasury Secretary Tom Brandt, is strong.",
        ("The economy", "is strong"),
        "say", NEUTRAL, "Treasury Secretary Tom Brandt",
        id="inverted parenthetical reporting clause",
    ),
    pytest.param(
        "Such a plan, said Rep. Ana Diaz, would fail.",
        ("Such a plan", "would fail"),
        "say", NEUTRAL, "Rep. Ana Diaz",
        id="inverted parenthetical reporting clause with a title",
    ),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "parts", "lemma", "speaker"),
    [
        pytest.param(
            'The new fees, she added, amount to "a tax on every driver."',
            ["The new fees", 'amount to "a tax on every driver."'],
            "add",
            "she",
            id="an aside before words with a quote in them",
        ),
        pytest.param(
            # The parse hangs the opening mark on the cue: it is the statement's, not the aside's.
            "The new rules, the mayor said, \u201cwill cost us jobs\u201d in the long run.",
            ["The new rules", "\u201cwill cost us jobs\u201d in the long run"],
            "say",
            "the mayor",
            id="an aside right before a quote",
        ),
    ],
)
def test_an_aside_with_a_quote_after_it_gives_a_mixed_statement(
    analyze: Analyze, text: str, parts: list[str], lemma: str, speaker: str
) -> None:
    doc = analyze(text)
    assert len(doc.quotes) == 1, describe(doc)
    quote = doc.quotes[0]
    assert quote.kind is QuoteKind.MIXED, describe(doc)
    assert [p.text for p in quote.content.parts] == parts, describe(doc)
    assert_cue(quote, lemma, NEUTRAL, doc)
    assert_speaker(quote, speaker, doc)


def test_negative_a_quote_opening_before_the_aside_is_no_mixed_statement(
    analyze: Analyze,
) -> None:
    # The first quote's closing mark is missing: the aside splits a quote, and the words
    # quoted after it are the direct quote, whatever the parse hung on the cue.
    doc = analyze(
        '"Without a bigger army on the ground, she added, "this is how the rebels will be beaten."'
    )
    assert [(q.kind, q.content.text) for q in doc.quotes] == [
        (QuoteKind.DIRECT, "this is how the rebels will be beaten.")
    ], describe(doc)


def test_an_aside_before_a_participle_and_a_quote_is_the_clauses_own_verb(
    analyze: Analyze,
) -> None:
    # "agreed" is the main clause's verb: the words before the first comma are no statement.
    doc = analyze('Before the vote, Tom Reyes agreed, praising the plan as "a gift to the town."')
    assert not [q for q in doc.quotes if q.content.text.startswith("Before")], describe(doc)


@pytest.mark.parametrize(("text", "content", "lemma", "category", "speaker"), POSTPOSED)
def test_postposed_reporting_clause_attributes_the_preceding_statement(
    analyze: Analyze,
    text: str,
    content: str | tuple[str, ...],
    lemma: str,
    category: CueCategory,
    speaker: str,
) -> None:
    doc = analyze(text)
    quote = only_record(doc)
    if isinstance(content, tuple):
        assert tuple(p.text for p in quote.content.parts) == content, describe(doc)
    else:
        assert quote.content.text == content, describe(doc)
    assert_cue(quote, lemma, category, doc)
    assert_speaker(quote, speaker, doc)
    assert quote.attribution is Attribution.POSTPOSED, describe(doc)


# An "as" reporting clause right after a closing quote mark attributes the quoted words when
# the clause that mentions them reports nobody's speech; after a cue's quote it comments on
# the whole host clause, as elsewhere.
# (text, content of the record whose cue is the as-clause's, its kind, speaker)
# fmt: off
AS_AFTER_QUOTE = [
    pytest.param(
        'The students wore shirts with the words "Let us learn," as the headmaster said '
        "before he resigned.",
        "Let us learn", QuoteKind.DIRECT, "the headmaster",
        id="as-clause after a quoted slogan attributes the slogan",
    ),
    pytest.param(
        'The mayor called the plan "a gift to developers," as Ana Diaz noted on Monday.',
        'The mayor called the plan "a gift to developers,"', QuoteKind.MIXED, "Ana Diaz",
        id="negative: after a cue's quote, the as-clause comments on its host clause",
    ),
]
# fmt: on


def test_as_running_on_from_its_host_clause_is_temporal(analyze: Analyze) -> None:
    # "as the mayor spoke" with no comma before it: while the mayor spoke, not "as he said".
    doc = analyze("The crew cheered as the mayor spoke on Monday.")
    assert doc.quotes == (), describe(doc)


@pytest.mark.parametrize(("text", "content", "kind", "speaker"), AS_AFTER_QUOTE)
def test_as_clause_after_a_quote(
    analyze: Analyze, text: str, content: str, kind: QuoteKind, speaker: str
) -> None:
    doc = analyze(text)
    found = [q for q in doc.quotes if q.attribution is Attribution.AS_CLAUSE]
    assert len(found) == 1, describe(doc)
    (quote,) = found
    assert (quote.content.text, quote.kind) == (content, kind), describe(doc)
    assert_speaker(quote, speaker, doc)


def test_would_without_a_condition_still_reports(analyze: Analyze) -> None:
    # Narrative "would" (the future in the past) reports what was said later.
    doc = analyze("The harbour master would say later that the channel had been safe all along.")
    assert only_record(doc).content.text == "the channel had been safe all along", describe(doc)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "As head of the port authority, Tomas Berg pushed for a new crane.",
            id="a fronted 'as' phrase is no statement before a reporting clause",
        ),
        pytest.param(
            "For two years, Tomas Berg pushed for a new crane.",
            id="a fronted 'for' phrase is no object of 'pushed for'",
        ),
    ],
)
def test_a_fronted_adverbial_is_not_the_content(analyze: Analyze, text: str) -> None:
    quote = only_record(analyze(text))
    assert quote.content.text == "a new crane", describe(analyze(text))


def test_a_participle_modifying_a_final_noun_is_no_reporting_clause(analyze: Analyze) -> None:
    """The phrase ", a plan announced in May." describes the sentence; no one is reported
    as saying it (a reporting clause after it has a finite verb: ", officials announced")."""
    doc = analyze("The port will keep screening cargo for another year, a plan announced in May.")
    assert not doc.quotes, describe(doc)
    doc = analyze(
        "The port will keep screening cargo for another year, the harbour master announced."
    )
    assert only_record(doc).speaker is not None, describe(doc)


def test_a_relative_clause_ending_the_sentence_is_no_reporting_clause(analyze: Analyze) -> None:
    """ ", a shipping heir who mocks the unions." describes the noun before it: the relative
    pronoun is no speaker, and the sentence before the comma is no one's statement."""
    doc = analyze(
        "The runoff pits Lena Ortiz against Tomas Berg, a shipping heir who mocks the unions."
    )
    assert not doc.quotes, describe(doc)


def test_a_title_after_a_verb_is_no_quote_of_the_cue_after_it(analyze: Analyze) -> None:
    doc = analyze(
        '"He is fair game," Quist told "Harbour Morning Show," reminding the hosts that Hale '
        "had often attacked the mayor."
    )
    assert "Harbour Morning Show" not in [q.content.text for q in doc.quotes], describe(doc)


def test_a_name_label_before_an_unquoted_question_is_a_topic(analyze: Analyze) -> None:
    """A headline "Name: question?" asks about the person; a quoted question after the
    label is theirs, as is an unquoted statement."""
    after = "\n\nTed Hale spoke in Dover on Monday."
    doc = analyze("Ted Hale: Reformer or another typical career politician?" + after)
    assert not doc.quotes, describe(doc)
    doc = analyze("Ted Hale: 'Why would anyone vote for her?'" + after)
    found = [(q.content.text, q.speaker and q.speaker.name) for q in doc.quotes]
    assert found == [("Why would anyone vote for her?", "Ted Hale")], describe(doc)
    doc = analyze("Ted Hale: We will win this state." + after)
    assert only_record(doc).speaker is not None, describe(doc)


def test_a_span_of_time_after_a_cue_is_no_content(analyze: Analyze) -> None:
    doc = analyze("The harbour deal he pushed for nearly a decade to finish was signed on Monday.")
    assert "nearly a decade" not in [q.content.text for q in doc.quotes], describe(doc)


def test_a_commitment_cue_does_not_invert(analyze: Analyze) -> None:
    """The words ", pledged delegates." after a clause are a noun phrase the parse read as a verb;
    only cues of saying invert (", said the mayor.")."""
    doc = analyze("She clinched an outright majority of regular, pledged delegates.")
    assert not doc.quotes, describe(doc)
    doc = analyze("She clinched an outright majority of the votes, said the mayor.")
    assert only_record(doc).speaker is not None, describe(doc)


def test_a_statement_said_in_a_message_stops_before_the_next_added_one(analyze: Analyze) -> None:
    # The parse hangs "that ..." on "statement"; "adding ..." hangs on "said".
    doc = analyze(
        "The port authority said in a statement that the ferry would resume on Monday, "
        "adding that crews were working overnight."
    )
    found = [(q.cue.text, q.content.text, q.speaker and q.speaker.text) for q in doc.quotes]
    assert found == [
        ("said", "the ferry would resume on Monday", "The port authority"),
        ("adding", "crews were working overnight", "The port authority"),
    ], describe(doc)


def test_a_that_clause_after_a_noun_of_claim_is_the_nouns_not_the_cues(
    analyze: Analyze,
) -> None:
    # The parse hangs "that ..." on the noun; the verb's words after it are adjuncts.
    doc = analyze("Maria Lopez responded on Sunday to accusations that she had hidden the report.")
    found = [(q.cue and q.cue.text, q.content.text, q.speaker) for q in doc.quotes]
    assert found == [("accusations", "she had hidden the report", None)], describe(doc)
    doc = analyze(
        "The first question forced Maria Lopez to respond to Tom Hale's claims that the "
        "city would suffer."
    )
    found = [(q.cue and q.cue.text, q.speaker and q.speaker.text) for q in doc.quotes]
    assert found == [("claims", "Tom Hale")], describe(doc)


def test_negative_a_that_clause_after_a_noun_of_a_message_is_the_cues(
    analyze: Analyze,
) -> None:
    doc = analyze("Maria Lopez wrote in a letter to the board that the report was hidden.")
    found = [
        (q.cue and q.cue.text, q.content.text, q.speaker and q.speaker.text) for q in doc.quotes
    ]
    assert found == [("wrote", "the report was hidden", "Maria Lopez")], describe(doc)


# --- 3. according to ---------------------------------------------------------------------

# (text, content, cue lemma, category, speaker, attribution, channel the claim came through)
# fmt: off
ACCORDING_TO = [
    pytest.param(
        "According to the regional weather office, the storm will reach the coast by nightfall.",
        "the storm will reach the coast by nightfall",
        "according to", SOURCE, "the regional weather office", Attribution.ACCORDING_TO, None,
        id="according to X, statement",
    ),
    pytest.param(
        "Two men were arrested outside the stadium on Saturday night, according to police.",
        "Two men were arrested outside the stadium on Saturday night",
        "according to", SOURCE, "police", Attribution.ACCORDING_TO, None,
        id="statement, according to X",
    ),
    pytest.param(
        "The bridge, in the words of one engineer, is a miracle of thrift.",
        "The bridge, in the words of one engineer, is a miracle of thrift",
        "in the words of", SOURCE, "one engineer", Attribution.ACCORDING_TO, None,
        id="in the words of X, inside the clause it frames",
    ),
    pytest.param(
        "According to Reuters, a senior diplomat confirmed that the talks had stalled.",
        "the talks had stalled",
        "confirm", ASSERTIVE, "a senior diplomat", Attribution.SUBJECT, "Reuters",
        id="according to source, speaker confirmed that",
    ),
    pytest.param(
        "According to the Valley Courier, the city treasurer admitted that the pension fund "
        "was short by four million dollars.",
        "the pension fund was short by four million dollars",
        "admit", NEUTRAL, "the city treasurer", Attribution.SUBJECT, "Valley Courier",
        id="according to newspaper, official admitted that",
    ),
    pytest.param(
        "The council has said it will not publish the audit, according to lawyers for the "
        "tenants.",
        "it will not publish the audit",
        "say", NEUTRAL, "The council", Attribution.SUBJECT, "lawyers for the tenants",
        id="speaker said X, according to channel: the channel is not in the content",
    ),
    pytest.param(
        "According to a study by the fisheries board, cod stocks fell by a third last year.",
        "cod stocks fell by a third last year",
        "according to", SOURCE, "a study by the fisheries board", Attribution.ACCORDING_TO,
        None,
        id="according to a study: an authored work is a source",
    ),
]
# fmt: on


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Of the county's voters, according to data from the registration office, "
            "30,290 are Republicans.",
            id="according to data from X",
        ),
        pytest.param(
            "Nine million workers earn the minimum wage, according to federal statistics.",
            id="statement, according to statistics",
        ),
        pytest.param(
            "Turnout fell by a third since 2008, according to unofficial election returns.",
            id="statement, according to returns",
        ),
        pytest.param(
            "Ng registered the firm in Ohio in 2010, according to state corporate records.",
            id="statement, according to records",
        ),
    ],
)
def test_according_to_cited_figures_is_no_statement(analyze: Analyze, text: str) -> None:
    """Figures the writer cites are evidence, not a source that speaks (the annotation
    guidelines: "data indicate that ..." is not annotated)."""
    doc = analyze(text)
    assert not doc.quotes, describe(doc)


@pytest.mark.parametrize(
    ("text", "content", "lemma", "category", "speaker", "attribution", "via"), ACCORDING_TO
)
def test_according_to_names_the_source_or_the_channel(
    analyze: Analyze,
    text: str,
    content: str,
    lemma: str,
    category: CueCategory,
    speaker: str,
    attribution: Attribution,
    via: str | None,
) -> None:
    doc = analyze(text)
    # One statement, one record: a channel never adds a second according-to record.
    quote = only_record(doc)
    assert quote.content.text == content, describe(doc)
    assert_cue(quote, lemma, category, doc)
    assert_speaker(quote, speaker, doc)
    assert quote.attribution is attribution, describe(doc)
    if via is None:
        assert quote.via is None, describe(doc)
    else:
        assert quote.via is not None, describe(doc)
        assert via in quote.via.text, describe(doc)


# --- 4. colon-introduced statements ------------------------------------------------------

# (text, outer content, outer cue lemma, outer speaker,
#  nested (content, cue lemma, category, speaker) or None)
# fmt: off
COLON = [
    pytest.param(
        "The warden added in a statement:\n\nThe trail stays closed until the bridge is "
        "repaired. Hikers should use the valley path.\n\nThe park reopened in May.",
        "The trail stays closed until the bridge is repaired. Hikers should use the valley path.",
        "add", "The warden",
        None,
        id="colon closing its paragraph: the next paragraph",
    ),
    pytest.param(
        "The fire chief told reporters on Sunday: The blaze is contained. Crews will stay "
        "overnight to watch for flare-ups.\n\nResidents were allowed home on Monday.",
        "The blaze is contained. Crews will stay overnight to watch for flare-ups.",
        "tell", "The fire chief",
        None,
        id="told reporters: two sentences to paragraph end",
    ),
    pytest.param(
        "Harriet Osei, the festival's director, added in remarks to reporters: Attendance fell "
        "sharply this year. Rain kept families away. The tourism agency announced that its "
        "grant would be halved.\n\nThe festival began in 1998.",
        "Attendance fell sharply this year. Rain kept families away. The tourism agency "
        "announced that its grant would be halved.",
        "add", "Harriet Osei",
        ("its grant would be halved", "announce", ANNOUNCEMENT, "The tourism agency"),
        id="added in remarks: nested announcement",
    ),
    pytest.param(
        "Coach Arlo Brennan said in remarks to reporters: The squad is exhausted. The regulator "
        "has confirmed that two players failed fitness tests.\n\nThe club did not respond.",
        "The squad is exhausted. The regulator has confirmed that two players failed fitness "
        "tests.",
        "say", "Arlo Brennan",
        ("two players failed fitness tests", "confirm", ASSERTIVE, "The regulator"),
        id="said in remarks: nested confirmation",
    ),
]
# fmt: on


@pytest.mark.parametrize(("text", "content", "lemma", "speaker", "nested"), COLON)
def test_colon_statement_runs_to_paragraph_end_and_holds_nested_speech(
    analyze: Analyze,
    text: str,
    content: str,
    lemma: str,
    speaker: str,
    nested: tuple[str, str, CueCategory, str] | None,
) -> None:
    doc = analyze(text)
    assert_every_record_is_indirect_with_valid_offsets(doc)
    assert len(doc.quotes) == (1 if nested is None else 2), describe(doc)
    outer = record_with_content(doc, content)
    assert outer.cue is not None and outer.cue.lemma == lemma, describe(doc)
    assert_speaker(outer, speaker, doc)
    assert outer.parent is None, describe(doc)
    if nested is not None:
        inner_content, inner_lemma, inner_category, inner_speaker = nested
        inner = record_with_content(doc, inner_content)
        assert_cue(inner, inner_lemma, inner_category, doc)
        assert_speaker(inner, inner_speaker, doc)
        assert inner.parent == outer.id, describe(doc)


# --- 5. noun cues with a content clause --------------------------------------------------

# (text, content, cue lemma, category, speaker or None when nobody is named, attribution)
# fmt: off
NOUN_CUES = [
    pytest.param(
        "The coach's argument on Friday was that the league should replay the match.",
        "the league should replay the match",
        "argument", ASSERTIVE, "The coach", Attribution.POSSESSIVE,
        id="X's argument was that: the clause the copula predicates of the holder's noun",
    ),
    pytest.param(
        "By his own admission, the treasurer had never read the audit.",
        "the treasurer had never read the audit",
        "admission", NEUTRAL, "his", Attribution.POSSESSIVE,
        id="by X's own admission, statement",
    ),
    pytest.param(
        "The coach's suggestion that the match be replayed angered the league.",
        "the match be replayed",
        "suggestion", ASSERTIVE, "The coach", Attribution.POSSESSIVE,
        id="possessive suggestion that",
    ),
    pytest.param(
        "The Okafor pledge to rebuild the pier was popular in the harbour towns.",
        "to rebuild the pier",
        "pledge", ASSERTIVE, "Okafor", Attribution.POSSESSIVE,
        id="a name right before the noun holds the pledge",
    ),
    pytest.param(
        "Reporters questioned the senator's declaration that the deficit had vanished.",
        "the deficit had vanished",
        "declaration", ASSERTIVE, "the senator", Attribution.POSSESSIVE,
        id="possessive declaration that",
    ),
    pytest.param(
        "Both candidates will face questions over the governor's false claims that she is a "
        "friend of small farmers.",
        "she is a friend of small farmers",
        "claim", ASSERTIVE, "the governor", Attribution.POSSESSIVE,
        id="claims that, the clause parsed as the main verb's",
    ),
    pytest.param(
        "On the mayor's assertion there are engineers who back the bridge, the council "
        "stayed silent.",
        "there are engineers who back the bridge",
        "assertion", ASSERTIVE, "the mayor", Attribution.POSSESSIVE,
        id="assertion with no that, the clause parsed as the sentence's",
    ),
    pytest.param(
        "The panel's recommendation that the union endorse the governor ended the dispute.",
        "the union endorse the governor",
        "recommendation", ASSERTIVE, "The panel", Attribution.POSSESSIVE,
        id="recommendation that, 'that' parsed as an object",
    ),
    pytest.param(
        "Voters backed the mayor's call for a temporary ban on cars entering the old town.",
        "a temporary ban on cars entering the old town",
        "call", ASSERTIVE, "the mayor", Attribution.POSSESSIVE,
        id="a named holder's call for X",
    ),
    pytest.param(
        "The claim that the reservoir was contaminated spread quickly online.",
        "the reservoir was contaminated",
        "claim", ASSERTIVE, None, Attribution.NONE,
        id="the claim that, unattributed",
    ),
    pytest.param(
        "The statement that the border would reopen calmed traders in the market town.",
        "the border would reopen",
        "statement", NEUTRAL, None, Attribution.NONE,
        id="the statement that, unattributed, clause ends before main verb",
    ),
    pytest.param(
        "Reports that the old stadium would be demolished alarmed supporters.",
        "the old stadium would be demolished",
        "report", ANNOUNCEMENT, None, Attribution.NONE,
        id="reports that, unattributed",
    ),
    pytest.param(
        "Reports emerged on Thursday that the glassworks had been sold to a rival.",
        "the glassworks had been sold to a rival",
        "report", ANNOUNCEMENT, None, Attribution.NONE,
        id="reports emerged that, extraposed",
    ),
    pytest.param(
        "Senator Maria Delgado appeared before the committee on Tuesday. Her claim that the "
        "audit was rigged was rejected by the board.",
        "the audit was rigged",
        "claim", ASSERTIVE, "Maria Delgado", Attribution.POSSESSIVE,
        id="her claim that, pronoun resolves to the senator",
    ),
    pytest.param(
        "The ombudsman's statement that the prison was overcrowded prompted an inquiry.",
        "the prison was overcrowded",
        "statement", NEUTRAL, "The ombudsman", Attribution.POSSESSIVE,
        id="X's statement that, possessive holder",
    ),
    pytest.param(
        "The governor's threat to veto the budget angered lawmakers in both parties.",
        "to veto the budget",
        "threat", WARNING, "The governor", Attribution.POSSESSIVE,
        id="X's threat to, infinitive",
    ),
    pytest.param(
        "The court turned down a request from the tenants to halt the evictions.",
        "to halt the evictions",
        "request", ASSERTIVE, "the tenants", Attribution.POSSESSIVE,
        id="a request from X to, infinitive",
    ),
    pytest.param(
        "The harbour master made the claim that the pier was unsafe.",
        "the pier was unsafe",
        "claim", ASSERTIVE, "The harbour master", Attribution.SUBJECT,
        id="X made the claim that: the subject of the verb that takes the noun",
    ),
    pytest.param(
        "In court, Ivo Kral said little, offering brief confirmations that he understood "
        "the charges.",
        "he understood the charges",
        "confirmation", NEUTRAL, "Ivo Kral", Attribution.PARTICIPIAL,
        id="offering confirmations that: through the participle to its clause's subject",
    ),
    pytest.param(
        "The union's warning that the ferry would be sold alarmed the islanders.",
        "the ferry would be sold",
        "warning", WARNING, "The union", Attribution.POSSESSIVE,
        id="X's warning that: a content clause with its own subject and verb",
    ),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "content", "lemma", "category", "speaker", "attribution"), NOUN_CUES
)
def test_noun_cue_with_content_clause_reports_the_clause(
    analyze: Analyze,
    text: str,
    content: str,
    lemma: str,
    category: CueCategory,
    speaker: str | None,
    attribution: Attribution,
) -> None:
    doc = analyze(text)
    quote = only_record(doc)
    assert quote.content.text == content, describe(doc)
    assert_cue(quote, lemma, category, doc)
    assert_speaker(quote, speaker, doc)
    assert quote.attribution is attribution, describe(doc)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            "Right now, the club is 12 points short of the title when bonus points -- extra "
            "points given for away wins -- are counted, according to the league table.",
            "Right now, the club is 12 points short of the title when bonus points -- extra "
            "points given for away wins -- are counted",
            id="a subjectless verb the parse made a conjunct is part of the framed sentence",
        ),
        pytest.param(
            "The ferry was late and the crew was tired, according to the harbour master.",
            "the crew was tired",
            id="negative: a conjunct with its own subject after 'and' is the framed clause",
        ),
    ],
)
def test_according_to_frames_the_clause_its_verb_belongs_to(
    analyze: Analyze, text: str, content: str
) -> None:
    doc = analyze(text)
    assert [q.content.text for q in doc.quotes] == [content], describe(doc)


@pytest.mark.parametrize(
    ("text", "nested"),
    [
        pytest.param(
            '"It worries me that we have people who say the vote was rigged," Ana Ruiz said.',
            ["the vote was rigged"],
            id="a group a quote defines by what it says is reported",
        ),
        pytest.param(
            '"Everyone says the vote was rigged," Ana Ruiz said.',
            [],
            id="negative: everyone says: the quoted speaker's own talk",
        ),
    ],
)
def test_people_who_say_inside_a_quote_are_reported(
    analyze: Analyze, text: str, nested: list[str]
) -> None:
    doc = analyze(text)
    assert [q.content.text for q in doc.quotes if q.parent is not None] == nested, describe(doc)


def test_a_poll_the_parse_set_beside_another_subject_reports_its_small_clause(
    analyze: Analyze,
) -> None:
    doc = analyze(
        "Only days before the Republican Convention in Cleveland, Ohio, a new national poll "
        "shows Republican presidential candidate Ana Ruiz with her largest lead to date over "
        "Democratic candidate Tom Hale."
    )
    quote = only_record(doc)
    assert quote.content.text.startswith("Republican presidential candidate Ana Ruiz with")
    assert quote.speaker is not None and quote.speaker.text == "a new national poll"


@pytest.mark.parametrize(
    ("text", "attributed"),
    [
        pytest.param("The plan is dead, as the mayor noted.", True, id="as X noted"),
        pytest.param("The plan is dead, as the mayor put it.", True, id="as X put it"),
        pytest.param(
            "The plan is dead, as the mayor told reporters.", True, id="as X told a hearer"
        ),
        pytest.param(
            "A feud has erupted at the club, as the chairman has accused the board of lying.",
            False,
            id="negative: as X accused someone: a report of its own, no comment clause",
        ),
        pytest.param(
            "The quarrel began before the ferry docked, as Lena Ortiz said she had warned "
            "the board that Dunmore would not pay.",
            False,
            id="as X said <a clause of its own>: a report of its own, no comment clause",
        ),
    ],
)
def test_an_as_clause_with_its_own_object_attributes_no_host(
    analyze: Analyze, text: str, attributed: bool
) -> None:
    doc = analyze(text)
    host = text.split(",")[0]
    assert any(q.content.text == host for q in doc.quotes) is attributed, describe(doc)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            "However, as Bishop Levon Arak of the Syriac Diocese of Aleppo told "
            "the Associated Press (AP), \u201cWe have suffered the same fate.\u201d",
            "We have suffered the same fate.",
            id="a connective opening the host is no part of the quote it attributes",
        ),
        pytest.param(
            "Last week, as Ana Ruiz noted, the plant closed.",
            "Last week, as Ana Ruiz noted, the plant closed",
            id="negative: a time phrase opening the host stays in its content",
        ),
    ],
)
def test_an_as_clause_attributes_its_host_without_a_connective(
    analyze: Analyze, text: str, content: str
) -> None:
    doc = analyze(text)
    assert [q.content.text for q in doc.quotes] == [content], describe(doc)
    (quote,) = doc.quotes
    assert quote.speaker is not None and quote.speaker.name in ("Levon Arak", "Ana Ruiz")


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        pytest.param(
            '"A man came in and said we should close the shop," said the clerk, who like '
            "many on the street did not want to be named because of the sensitivity of it.",
            {"A man came in and said we should close the shop", "we should close the shop"},
            id="an inverted subject's description the parse made the cue's complement",
        ),
        pytest.param(
            '"We will win," said Ana Ruiz, who added that the vote would be close.',
            {"We will win", "the vote would be close"},
            id="negative: a reporting verb in the description still reports",
        ),
    ],
)
def test_an_inverted_reporting_clause_reports_only_its_quote(
    analyze: Analyze, text: str, contents: set[str]
) -> None:
    doc = analyze(text)
    assert {q.content.text for q in doc.quotes} == contents, describe(doc)


def test_an_adverb_before_a_question_word_leaves_it_a_question(analyze: Analyze) -> None:
    # "reminding us daily just how great he is": no statement of his inside her quote.
    doc = analyze(
        '"He wants to win by stoking fear and reminding us daily just how great he is," '
        "Ana Ruiz said on Tuesday."
    )
    assert [q.cue.text if q.cue else None for q in doc.quotes] == ["said"], describe(doc)


def test_a_claim_the_subject_rejects_is_not_the_subjects(analyze: Analyze) -> None:
    doc = analyze("The harbour master rejected the claim that the pier was unsafe.")
    claims = [q for q in doc.quotes if q.cue is not None and q.cue.lemma == "claim"]
    assert [q.speaker for q in claims] == [None], describe(doc)


# --- 6. stance and negation on the cue ---------------------------------------------------

# (text, content, cue lemma, category, speaker, negated)
# fmt: off
STANCE = [
    pytest.param(
        "Growers in the valley said the drought had destroyed half the harvest.",
        "the drought had destroyed half the harvest",
        "say", NEUTRAL, "Growers in the valley", False,
        id="said is neutral",
    ),
    pytest.param(
        "The finance minister insisted that the currency was stable.",
        "the currency was stable",
        "insist", ASSERTIVE, "The finance minister", False,
        id="insisted is assertive",
    ),
    pytest.param(
        "Northwind Airways announced that it would cancel all flights to Corvel.",
        "it would cancel all flights to Corvel",
        "announce", ANNOUNCEMENT, "Northwind Airways", False,
        id="announced is an announcement",
    ),
    pytest.param(
        "The ferry operator denied that any passengers had been hurt.",
        "any passengers had been hurt",
        "deny", DENIAL, "The ferry operator", False,
        id="denied that is a denial",
    ),
    pytest.param(
        "Health officials warned that the heatwave could last another week.",
        "the heatwave could last another week",
        "warn", WARNING, "Health officials", False,
        id="warned that is a warning",
    ),
    pytest.param(
        "The governor did not say that the curfew would be lifted.",
        "the curfew would be lifted",
        "say", NEUTRAL, "The governor", True,
        id="did not say that is negated",
    ),
    pytest.param(
        "The defence lawyer never claimed that her client was innocent.",
        "her client was innocent",
        "claim", ASSERTIVE, "The defence lawyer", True,
        id="never claimed that is negated",
    ),
    pytest.param(
        "The chairman didn't deny that the accounts had been altered.",
        "the accounts had been altered",
        "deny", DENIAL, "The chairman", True,
        id="didn't deny that is a negated denial",
    ),
    pytest.param(
        "Nobody on the council claimed that the vote was rigged.",
        "the vote was rigged",
        "claim", ASSERTIVE, "Nobody", True,
        id="a subject that names no one negates the cue",
    ),
    pytest.param(
        "No official said that the bridge would close.",
        "the bridge would close",
        "say", NEUTRAL, "No official", True,
        id="a subject with a negative determiner negates the cue",
    ),
    pytest.param(
        "One official said that the bridge would close.",
        "the bridge would close",
        "say", NEUTRAL, "One official", False,
        id="a subject with a number is someone who spoke",
    ),
]
# fmt: on


@pytest.mark.parametrize(("text", "content", "lemma", "category", "speaker", "negated"), STANCE)
def test_cue_carries_stance_category_and_negation(
    analyze: Analyze,
    text: str,
    content: str,
    lemma: str,
    category: CueCategory,
    speaker: str,
    negated: bool,
) -> None:
    doc = analyze(text)
    quote = only_record(doc)
    assert quote.content.text == content, describe(doc)
    assert_cue(quote, lemma, category, doc)
    assert quote.cue is not None and quote.cue.negated is negated, describe(doc)
    assert_speaker(quote, speaker, doc)


# --- 7. nested reported speech -----------------------------------------------------------

# (text, (outer content, lemma, speaker), (inner content, lemma, speaker))
# fmt: off
NESTED = [
    pytest.param(
        "The chief engineer confirmed that the turbine had failed, the Northfield Gazette "
        "reported.",
        ("The chief engineer confirmed that the turbine had failed", "report",
         "the Northfield Gazette"),
        ("the turbine had failed", "confirm", "The chief engineer"),
        id="X confirmed that, the newspaper reported",
    ),
    pytest.param(
        "Investigators found that the crash was caused by ice on the wings, the safety board "
        "said.",
        ("Investigators found that the crash was caused by ice on the wings", "say",
         "the safety board"),
        ("the crash was caused by ice on the wings", "find", "Investigators"),
        id="investigators found that, the board said",
    ),
    pytest.param(
        "The defence minister admitted that two drones had been lost, a state broadcaster "
        "reported on Friday.",
        ("The defence minister admitted that two drones had been lost", "report",
         "a state broadcaster"),
        ("two drones had been lost", "admit", "The defence minister"),
        id="minister admitted that, broadcaster reported on Friday",
    ),
    pytest.param(
        "The Daily Herald reported that the mayor had denied that the contract was rigged.",
        ("the mayor had denied that the contract was rigged", "report", "The Daily Herald"),
        ("the contract was rigged", "deny", "the mayor"),
        id="newspaper reported that X denied that",
    ),
]
# fmt: on


@pytest.mark.parametrize(("text", "outer", "inner"), NESTED)
def test_nested_reported_speech_points_to_its_outer_record(
    analyze: Analyze,
    text: str,
    outer: tuple[str, str, str],
    inner: tuple[str, str, str],
) -> None:
    doc = analyze(text)
    assert_every_record_is_indirect_with_valid_offsets(doc)
    assert len(doc.quotes) == 2, describe(doc)
    outer_record = record_with_content(doc, outer[0])
    inner_record = record_with_content(doc, inner[0])
    for record, (_, lemma, speaker) in ((outer_record, outer), (inner_record, inner)):
        assert record.cue is not None and record.cue.lemma == lemma, describe(doc)
        assert_speaker(record, speaker, doc)
    assert outer_record.parent is None, describe(doc)
    assert inner_record.parent == outer_record.id, describe(doc)


# --- 8. no record at all -----------------------------------------------------------------

BELIEF_TEXT = "Dr Ruth Amsel leads the vaccine trial. She believes that the vaccine will succeed."

# fmt: off
NOT_REPORTED_SPEECH = [
    pytest.param("It appears that the negotiations have stalled.", id="it appears that"),
    pytest.param(
        'One reporter asked whether the council would "stand firm" on the levy.',
        id="asked whether with quoted words: a question, mixed or not",
    ),
    pytest.param(
        "It is worth noting that the bridge was built in 1920.", id="it is worth noting that"
    ),
    pytest.param(
        "It is important to remember that the figures are provisional.",
        id="it is important to remember that",
    ),
    pytest.param(
        "It is fair to say the harbour wards will decide the vote.", id="it is fair to say"
    ),
    pytest.param(
        "It is a stretch to say the harbour wards are safe for the mayor.",
        id="it is a stretch to say: a noun frames it",
    ),
    pytest.param(
        "Despite his claims the mayor won the vote in the harbour wards.",
        id="a clause after a cue noun that is the main clause",
    ),
    pytest.param(
        "He spoke at a rally for the company that he founded.",
        id="a relative clause after the cue's adjuncts",
    ),
    pytest.param(
        "Asked about the minister's remarks on the budget, the chancellor smiled.",
        id="asked about: a question cue takes no later clause",
    ),
    pytest.param(
        "The poll showed a close race in the harbour wards.", id="a poll showed an object alone"
    ),
    pytest.param(
        "The poll indicates a tightening race as the mayor gains support.",
        id="a poll indicates, no that: the 'as' clause is not its content",
    ),
    pytest.param("Amid calls for calm, the police withdrew.", id="calls for X with no holder"),
    pytest.param("The crowd pushed the gate open.", id="push without 'for'"),
    pytest.param(
        "The mayor's popularity shows how badly the council misjudged the harbour wards.",
        id="an event shows how: the writer's reading",
    ),
    pytest.param(
        "Her appointment of a former admiral suggests she wants a tougher line on smuggling.",
        id="an appointment suggests: the writer's reading",
    ),
    pytest.param(
        "The harbour master, who told the council, resigned on Friday.",
        id="a relative clause between commas is not a reporting clause",
    ),
    pytest.param("Will the ceasefire talks resume next month?", id="standalone question"),
    pytest.param(
        "The envoy asked whether the ceasefire talks would resume.", id="asked whether"
    ),
    pytest.param("The envoy asked how the talks would resume.", id="asked how"),
    pytest.param(
        "The spokesman declined to say why the ferry was late.", id="declined to say why"
    ),
    pytest.param(
        "The spokesman would not explain why the ferry was late.", id="would not explain why"
    ),
    pytest.param("The spokesman declined to comment.", id="declined to comment"),
    pytest.param("He refused to say more.", id="refused to say more"),
    pytest.param(
        "She called into a radio show when she was home sick with flu.",
        id="called in when: a circumstance, not content",
    ),
    pytest.param(
        "Now tell me this was a fair contest.", id="imperative: the writer addressing the reader"
    ),
    pytest.param(
        "Many people think that the election was fair.", id="think that, default lexicon"
    ),
    pytest.param(BELIEF_TEXT, id="believes that, default lexicon"),
    pytest.param(
        "Although critics complained, the festival went ahead.",
        id="a fronted circumstance with a comma is not a reporting clause",
    ),
    pytest.param(
        "The dashboard footage shows the lorry driver braked far too late.",
        id="the footage shows: evidence the writer cites, no one speaks",
    ),
    pytest.param(
        "The vote came after a hard-fought weekend of lobbying, as Ivo Kral delivered a "
        "keynote address, Mara Quist campaigned on his behalf all weekend, and Tom Hale "
        "spoke for the mayor.",
        id="', and X spoke for Y' closing a list of clauses: a clause added, none reported",
    ),
    pytest.param(
        "His speech carried a tacit acknowledgment that the port would close.",
        id="a tacit acknowledgment that: nothing was said",
    ),
    pytest.param(
        "The station aired graphics showing that the new budget would not balance.",
        id="graphics showing that: evidence the broadcaster put on screen",
    ),
    pytest.param(
        "Census data indicate that the town has lost a fifth of its young people.",
        id="data indicate that: evidence, not a statement",
    ),
    pytest.param(
        "Tom Becker will need to show he is serious about trade.",
        id="a person who has to show something: an act, not a statement",
    ),
    pytest.param(
        "Toledo showed last week that a safe convention is possible.",
        id="a city that showed something: an act, not a statement",
    ),
    pytest.param(
        "Turnout doubled in May. That tells us the new polling stations work.",
        id="that tells us: what a fact shows, not a statement",
    ),
    pytest.param(
        "Her communications show that she briefed the port staff before the hearing.",
        id="someone's communications show that: evidence the writer cites",
    ),
    pytest.param(
        "The bus company lost half its riders in May. That shows how badly the new fares "
        "were received.",
        id="that shows how: the writer's reading of the fact before",
    ),
    pytest.param(
        "The ferry may sail again by June. That said, the harbour master expects more "
        "delays.",
        id="that said: a connective, no one is reported",
    ),
    pytest.param(
        "At the hearing on Tuesday, the mayor criticized Halden, the port operator, for the "
        "delays.",
        id="a cue with an object between commas is not a parenthetical reporting clause",
    ),
    pytest.param(
        "The council approved the ferry timetable, which commuters attacked on Monday.",
        id="a relative clause after a comma is not a post-posed reporting clause",
    ),
    pytest.param(
        "The minister referred to the harbour report in her speech.",
        id="referred to X, no 'as': no characterisation",
    ),
    pytest.param(
        "The ferry sailed twice on Sunday. It suggests that the strike is weakening.",
        id="it suggests that: the writer reading the evidence",
    ),
    pytest.param(
        "The market square was almost empty as the stallholders continued to stay away.",
        id="as X continued to: a temporal 'as', not 'as X said'",
    ),
    pytest.param(
        "The hall fell silent as the envoys spoke to the assembled farmers.",
        id="as X spoke to Y: a temporal 'as' with a hearer",
    ),
    pytest.param(
        "The two bakeries called off their merger, citing rising flour prices.",
        id="..., citing X: a reason given, not an inverted reporting clause",
    ),
    pytest.param(
        "The goalkeeper was asked to leave the pitch.",
        id="was asked to: the subject is the one asked",
    ),
    pytest.param(
        "The striker left the pitch when asked to do so by the referee.",
        id="when asked to: the asker is not the subject",
    ),
    pytest.param(
        "The choir continued singing after the lights went out.",
        id="continued + gerund: what went on, not a statement",
    ),
    pytest.param(
        "The board rejected a request to reopen the archive.",
        id="a request to, no one named: the rejecting board did not request",
    ),
    pytest.param(
        "Last winter's flooding showed that the sea walls were far too low.",
        id="an event anchored in time shows that: the writer's reading",
    ),
    pytest.param(
        "The drought has shown that the valley needs a second reservoir.",
        id="a natural event has shown that: no source",
    ),
    pytest.param(
        "The raiders showed how easily the gates could be opened.",
        id="people showed how: an act, not a statement (no entity tag needed)",
    ),
    pytest.param(
        "By naming a rival as deputy, the mayor would show voters that she is serious.",
        id="a person would show that: an act, not a statement",
    ),
    pytest.param(
        "The election showed that rural voters wanted a change of course.",
        id="an election showed that: an outcome, not a source",
    ),
    pytest.param(
        "Logic would suggest that a second reservoir strengthens the case for the levy.",
        id="logic suggests that: reasoning, not a source",
    ),
    pytest.param(
        "The court's ruling threatens to undo years of work on the harbour.",
        id="a ruling threatens to: a likely outcome, not a commitment",
    ),
    pytest.param(
        "The ferry union is likely calling for a strike next month.",
        id="likely calling for: a conjecture, not a report",
    ),
    pytest.param(
        "Officials could argue that the quay is too small for the new ships.",
        id="could argue that: a possible statement, not one made",
    ),
    pytest.param(
        "Tenants still ask what the landlord says the repairs would cost.",
        id="what X says Y would cost: the object was moved out, nothing is stated",
    ),
    pytest.param(
        "It is far from clear how the ferry company says it will pay its crews.",
        id="how X says Y will: the manner was moved out of the clause",
    ),
    pytest.param(
        "If the harbour master says the pier is sound, the ferries will dock there again.",
        id="if X says: a condition, not a report",
    ),
    pytest.param(
        "The harbour master is expected to say on Friday that the channel will reopen.",
        id="is expected to say: a statement still to come",
    ),
    pytest.param(
        "The harbour master plans to announce on Friday that the channel will reopen.",
        id="plans to announce: a statement still to come",
    ),
    pytest.param(
        "The argument was that the league should replay the match.",
        id="the argument was that, with no holder: no one's statement",
    ),
    pytest.param(
        "Refusing the offer would say that the dockers' union is weak.",
        id="refusing the offer would say: an act as the subject, no one speaks",
    ),
    pytest.param(
        "The ferry board should announce that the crossing will close in May.",
        id="should announce that: a statement owed, not made",
    ),
    pytest.param(
        "The mayor attacked a harbour fund called Tidewater backed by two shipowners.",
        id="a fund called X: the participle names its noun, no one speaks",
    ),
    pytest.param(
        "The judge is also weighing whether to order the port to release its logs.",
        id="weighing whether to order: a statement considered, not made",
    ),
    pytest.param(
        "Among dockers describing themselves as union loyalists, the offer won 61 percent.",
        id="X describing themselves as: a poll's group, not a statement",
    ),
    pytest.param(
        "The offer leads among those who describe themselves as moderate.",
        id="who describe themselves as: a poll's group, not a statement",
    ),
    pytest.param(
        "The harbour master wants to warn the crews that the channel is closing.",
        id="wants to warn that: a statement wished for, not made",
    ),
    pytest.param(
        "If asked, the harbour master would say the channel is safe.",
        id="if asked, X would say: what X would say in an imagined case",
    ),
    pytest.param(
        "Unless the ferry board announces that the route will stay open, the crews will strike.",
        id="unless X announces that: a condition, not a report",
    ),
    pytest.param(
        "Say the county council demanded that every barn be inspected before the winter.",
        id="say (suppose) X demanded: an imagined case",
    ),
    pytest.param(
        "If this fails, there are other tools. Say Lisbon demanded that the ferry board prove "
        "that a migrant was Portuguese.",
        id="say (suppose) X demanded, with 'Say' tagged as a word of the name",
    ),
    pytest.param(
        "The islanders fear the threat that a second storm would pose to the harbour.",
        id="the threat that X would pose: a relative clause describes the noun",
    ),
    pytest.param(
        "The harbour board released its files in July, which showed the pier was sound.",
        id="files ..., which showed: the relative stands for evidence, not a source",
    ),
    pytest.param(
        "The harbour board called an emergency meeting to discuss the storm damage.",
        id="called a meeting: convened, nothing said",
    ),
    pytest.param(
        "The premier called a snap election for the spring.",
        id="called an election: convened, nothing said",
    ),
    pytest.param(
        "Peace on the docks will not be cheap. It means admitting that the crews were "
        "underpaid for a decade.",
        id="it means admitting that: an act in general, the pronoun no speaker",
    ),
    pytest.param(
        "The strike recalls the old film ''Harbour Lights,'' which recounts the dockers' "
        "walkout of 1951.",
        id="a quoted title inside the phrase of the cue's subject: a name, not its words",
    ),
]
# fmt: on


def test_a_cue_promised_is_no_statement_of_its_own_but_the_promise_is(analyze: Analyze) -> None:
    # The call for an inquiry is still to come; the vow was made.
    doc = analyze("The harbour master vowed to call for an inquiry into the collapse.")
    quote = only_record(doc)
    assert quote.content.text == "to call for an inquiry into the collapse", describe(doc)
    assert_cue(quote, "vow", ASSERTIVE, doc)


def test_negative_a_past_tense_parsed_as_a_participle_still_names_and_describes(
    analyze: Analyze,
) -> None:
    # The parse hangs "called" on "letter" as a participle; two predicates say it is the
    # doctors' verb, their characterisation of Ruiz.
    doc = analyze("One of the doctors who signed the letter called Ruiz a quack, fake and fraud.")
    assert [q.cue.lemma for q in doc.quotes if q.cue is not None] == ["call"], describe(doc)


def test_negative_an_infinitive_cue_with_no_question_word_is_a_statement(
    analyze: Analyze,
) -> None:
    doc = analyze("The judge went on to order the port to release its logs.")
    assert only_record(doc).content.text == "the port to release its logs", describe(doc)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ines Roldan, who calls herself a union loyalist, backed the offer.", "Ines Roldan"),
        ("The dockers described themselves as union loyalists.", "The dockers"),
    ],
    ids=["one person's self-description", "a group's, in its own clause"],
)
def test_negative_a_self_description_outside_a_groups_definition_stays_a_statement(
    analyze: Analyze, text: str, speaker: str
) -> None:
    doc = analyze(text)
    assert_speaker(only_record(doc), speaker, doc)


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        (
            "Ferry crews are more likely to say that the crossing is safe than the owners are.",
            "say",
        ),
        ("The harbour master sought to clarify that the channel stays open.", "clarify"),
    ],
    ids=["more likely to say that: a poll's answers, given", "sought to clarify: tried, said"],
)
def test_negative_a_cue_after_likely_or_a_verb_of_trying_stays_a_statement(
    analyze: Analyze, text: str, lemma: str
) -> None:
    doc = analyze(text)
    assert [q.cue.lemma for q in doc.quotes if q.cue is not None] == [lemma], describe(doc)


def test_quote_in_a_relative_clause_of_its_speaker_is_kept(analyze: Analyze) -> None:
    text = 'Mara Quist, who said "we will win the vote easily," lost on Tuesday.'
    doc = analyze(text)
    assert [q.content.text for q in doc.quotes] == ["we will win the vote easily"]
    assert doc.quotes[0].speaker is not None and doc.quotes[0].speaker.text == "Mara Quist"


@pytest.mark.parametrize("text", NOT_REPORTED_SPEECH)
def test_opinion_questions_and_refusals_are_not_reported_speech(
    analyze: Analyze, text: str
) -> None:
    doc = analyze(text)
    assert doc.quotes == (), describe(doc)


@pytest.fixture(scope="module")
def belief_extractor() -> Extractor:
    """An extractor whose lexicon also counts belief verbs as cues, built once."""
    return Extractor(lexicon=Lexicon.english(include_belief=True))


def test_belief_verb_is_a_cue_when_the_lexicon_includes_belief(
    belief_extractor: Extractor,
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = belief_extractor.analyze(BELIEF_TEXT)
    quote = only_record(doc)
    assert quote.content.text == "the vaccine will succeed", describe(doc)
    assert_cue(quote, "believe", BELIEF, doc)
    assert_speaker(quote, "Ruth Amsel", doc)


# ------------------------------------------------------------- characterisations and positions

# fmt: off
CHARACTERISATION_ROWS = [
    pytest.param(
        "The ministry called the accusations baseless and politically motivated.",
        "the accusations baseless and politically motivated", "call", "The ministry",
        id="called X Y",
    ),
    pytest.param(
        "The union has called for an independent inquiry into the collapse.",
        "an independent inquiry into the collapse", "call", "The union",
        id="called for X",
    ),
    pytest.param(
        "The magistrate ordered the landlord to repair the roof within a month.",
        "the landlord to repair the roof within a month", "order", "The magistrate",
        id="ordered X to, directive",
    ),
    pytest.param(
        "Stewards shouted at the fans to stay off the pitch.",
        "to stay off the pitch", "shout", "Stewards",
        id="shouted at X to, directive",
    ),
    pytest.param(
        "Neighbours begged the council to save the old library.",
        "the council to save the old library", "beg", "Neighbours",
        id="begged X to, directive",
    ),
    pytest.param(
        "Her proclamation that the mine would reopen delighted the town.",
        "the mine would reopen", "proclamation", "Her",
        id="proclamation that, noun cue",
    ),
    pytest.param(
        "The harbour master dismissed the survey as guesswork.",
        "the survey as guesswork", "dismiss", "The harbour master",
        id="dismissed X as Y",
    ),
    pytest.param(
        "Councillor Dana Ruiz criticized the budget as a gift to landlords.",
        "the budget as a gift to landlords", "criticize", "Councillor Dana Ruiz",
        id="criticized X as Y",
    ),
    pytest.param(
        "The engineer explained how the flood barrier had failed in the night.",
        "how the flood barrier had failed in the night", "explain", "The engineer",
        id="explained how: a statement, not a question",
    ),
    pytest.param(
        "The engineer explained exactly how the flood barrier had failed in the night.",
        "exactly how the flood barrier had failed in the night", "explain", "The engineer",
        id="negative: explained exactly how: still a statement",
    ),
    pytest.param(
        "The referee disputed the idea that the pitch had been unsafe.",
        "the idea that the pitch had been unsafe", "dispute", "The referee",
        id="disputed the idea that: the proposition object",
    ),
    pytest.param(
        "The minister once referred to the harbour master as a dangerous amateur.",
        "the harbour master as a dangerous amateur", "refer", "The minister",
        id="referred to X as Y",
    ),
    pytest.param(
        "Two tenants cited the broken heating as the reason for leaving.",
        "the broken heating as the reason for leaving", "cite", "Two tenants",
        id="cited X as Y",
    ),
    pytest.param(
        "The governor stopped short of calling the shooting racially motivated.",
        "the shooting racially motivated", "call", "The governor",
        id="stopped short of calling X Y: the speaker through the gerund",
    ),
    pytest.param(
        "The coach exhorted his players to forget the first half.",
        "his players to forget the first half", "exhort", "The coach",
        id="exhorted X to",
    ),
    pytest.param(
        "Forty doctors wrote to the hospital board, calling for his dismissal.",
        "his dismissal", "call", "Forty doctors",
        id="calling for X: a two-word position is still a statement",
    ),
    pytest.param(
        "The nurses' union called for the health minister to resign.",
        "the health minister to resign", "call", "The nurses' union",
        id="called for X to: a demand, 'for' read as a clause marker",
    ),
    pytest.param(
        "The coach called her \u201csecond-rate\u201d and walked out.",
        "her \u201csecond-rate\u201d", "call", "The coach",
        id="called her \"...\": the pronoun object read as a possessor",
    ),
    pytest.param(
        "The strike ended in what the union called a shameful betrayal of the nurses.",
        "a shameful betrayal of the nurses", "call", "the union",
        id="in what X called Y: the predicate is the characterisation",
    ),
    pytest.param(
        "The closure of the depot, which residents say cost the town two hundred jobs, was "
        "never debated.",
        "cost the town two hundred jobs", "say", "residents",
        id="which X say <verb>: the speaker is X, not the antecedent",
    ),
    pytest.param(
        "The coach was quick to add that the injury was not serious.",
        "the injury was not serious", "add", "The coach",
        id="was quick to add that: the speaker through the adjective",
    ),
    pytest.param(
        "The umpire asked both captains to keep their players off the wicket.",
        "both captains to keep their players off the wicket", "ask", "The umpire",
        id="asked X to: a request, not a question",
    ),
    pytest.param(
        "The treasurer admitted moving the surplus into a reserve fund.",
        "moving the surplus into a reserve fund", "admit", "The treasurer",
        id="admitted + gerund clause",
    ),
    pytest.param(
        "The planning officer proposes turning the depot into a school.",
        "turning the depot into a school", "propose", "The planning officer",
        id="proposes + gerund clause",
    ),
]
# fmt: on


@pytest.mark.parametrize(("text", "content", "lemma", "speaker"), CHARACTERISATION_ROWS)
def test_characterisation_or_stated_position_is_a_statement(
    analyze: Analyze, text: str, content: str, lemma: str, speaker: str
) -> None:
    doc = analyze(text)
    assert len(doc.quotes) == 1, doc.quotes
    quote = doc.quotes[0]
    assert quote.content.text == content
    assert text[quote.content.start : quote.content.end] == quote.content.text
    assert quote.cue is not None and quote.cue.lemma == lemma
    assert quote.speaker is not None and quote.speaker.text == speaker


def test_naming_verb_without_a_predicate_is_not_a_statement(analyze) -> None:  # type: ignore[no-untyped-def]
    assert analyze("The chairman called the meeting for Monday morning.").quotes == ()


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The mayor praised the volunteers on Sunday.", id="no as"),
        pytest.param(
            "The candidate criticized trade deals such as the one signed in 1994.", id="such as"
        ),
    ],
)
def test_praise_or_blame_without_a_predicate_is_not_a_statement(analyze, text: str) -> None:  # type: ignore[no-untyped-def]
    assert analyze(text).quotes == ()


def test_report_by_no_one_inside_a_quote_is_part_of_the_quote(analyze) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"Everyone in town calls it the quiet season, but it is our busiest month," the baker said.'
    )
    doc = analyze(text)
    assert [q.cue.lemma for q in doc.quotes if q.cue is not None] == ["say"]


def test_according_to_over_a_narrated_clause_keeps_its_own_record(analyze: Analyze) -> None:
    # The order to stop is part of what the police reported, not a claim passed on by them.
    doc = analyze(
        "According to the police, the guards saw the driver leave the van, and they ordered "
        "him to stop."
    )
    source = [q for q in doc.quotes if q.cue is not None and q.cue.lemma == "according to"]
    assert len(source) == 1, describe(doc)
    assert source[0].speaker is not None and source[0].speaker.text == "the police"
    assert source[0].content.text.startswith("the guards saw the driver"), describe(doc)


def test_clause_after_the_cue_wins_over_a_clause_before_it(analyze: Analyze) -> None:
    text = (
        "Writing for a panel that agreed the senator won, Ana Ruiz noted that the senator's "
        "calm manner was decisive."
    )
    doc = analyze(text)
    quote = record_with_content(doc, "the senator's calm manner was decisive")
    assert quote.cue is not None and quote.cue.lemma == "note", describe(doc)
    assert_speaker(quote, "Ana Ruiz", doc)


def test_let_us_inside_a_quote_is_the_speaker_own_talk(analyze: Analyze) -> None:
    doc = analyze('"Let\'s get back to saying our parks belong to everyone," the organiser said.')
    assert [q.kind for q in doc.quotes] == [QuoteKind.DIRECT], describe(doc)


def test_infinitive_right_after_a_commissive_cue_wins_over_a_later_clause(
    analyze: Analyze,
) -> None:
    doc = analyze(
        "On Thursday, however, the mayor spoke to a gathering of property developers, "
        "promising to cut planning fees and open more public land to building ― probably not "
        "exactly what her rivals had in mind."
    )
    promises = [q for q in doc.quotes if q.cue is not None and q.cue.lemma == "promise"]
    assert len(promises) == 1, describe(doc)
    assert promises[0].content.text.startswith("to cut planning fees"), describe(doc)


def test_condemning_what_someone_called_x_is_only_the_naming(analyze: Analyze) -> None:
    doc = analyze('The mayor condemned what she called a "cowardly attack" on the library.')
    assert [q.cue.lemma for q in doc.quotes if q.cue is not None] == ["call"], describe(doc)
    assert doc.quotes[0].content.text == 'a "cowardly attack" on the library', describe(doc)


# fmt: off
HEADLINES = [
    pytest.param(
        "Harbour Master Says New Pier Will Open In May\n\nThe pier has been closed for a year.",
        "New Pier Will Open In May", "say", "Harbour Master",
        id="headline: X Says <statement>",
    ),
    pytest.param(
        "Ferry Fares Will Double Next Year, Port Authority Warns\n\nThe fares were last raised "
        "in 2019.",
        "Ferry Fares Will Double Next Year", "warn", "Port Authority",
        id="headline: <statement>, X Warns",
    ),
]
# fmt: on


@pytest.mark.parametrize(("text", "content", "lemma", "speaker"), HEADLINES)
def test_title_case_headline_with_a_cue_verb_is_a_statement(
    analyze: Analyze, text: str, content: str, lemma: str, speaker: str
) -> None:
    doc = analyze(text)
    quote = only_record(doc)
    assert quote.content.text == content, describe(doc)
    assert quote.cue is not None and quote.cue.lemma == lemma, describe(doc)
    assert quote.speaker is not None and speaker in quote.speaker.text, describe(doc)


def test_headline_plural_noun_is_not_read_as_a_cue(analyze: Analyze) -> None:
    doc = analyze("Council Parking Rules Face Legal Test In High Court\n\nThe case opens today.")
    assert doc.quotes == (), describe(doc)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "After winning the primary, Ana Diaz spoke to voters.",
            id="a fronted preposition with a gerund before 'X spoke'",
        ),
        pytest.param(
            "For two years, Ana Diaz spoke to voters.",
            id="a fronted preposition with no verb",
        ),
        pytest.param(
            "A year later, Ana Diaz called Mara Quist.",
            id="a fronted phrase of time before 'X called Y'",
        ),
        pytest.param(
            "Speaking to reporters, Ana Diaz called Mara Quist.",
            id="a fronted participle and its preposition before 'X called Y'",
        ),
        pytest.param(
            "Hale eased his tone. Asked on the radio who leads the party in his view, he "
            "said Ruiz.",
            id="a fronted past participle's clause holding a question before 'he said Y'",
        ),
    ],
)
def test_a_fronted_adverbial_is_no_statement_of_a_final_cue(analyze, text: str) -> None:  # type: ignore[no-untyped-def]
    assert analyze(text).quotes == ()


def test_an_according_to_phrase_is_no_statement_of_a_final_cue(analyze: Analyze) -> None:
    """A cue whose object the parse lost (it reads "delete" as an adjective of "emails")
    does not take the fronted "according to" phrase as its statement: the source phrase
    frames the whole clause."""
    text = "According to the audit, the mayor and two aides asked the clerk to delete emails."
    doc = analyze(text)
    assert [(q.cue.text if q.cue else None, q.content.text) for q in doc.quotes] == [
        ("According to", "the mayor and two aides asked the clerk to delete emails")
    ]


def test_a_statement_opening_with_a_past_participle_before_a_final_cue_is_kept(
    analyze: Analyze,
) -> None:
    doc = analyze("Gone are the days of cheap fuel, he said.")
    assert [q.content.text for q in doc.quotes] == ["Gone are the days of cheap fuel"]


def test_a_verbless_statement_before_a_final_cue_is_kept(analyze: Analyze) -> None:
    doc = analyze("People like Mara Quist, he said.")
    assert [q.content.text for q in doc.quotes] == ["People like Mara Quist"]


def test_an_inverted_aside_the_parse_split_is_read_around_its_speaker(analyze: Analyze) -> None:
    """ "X, say engineers like Y, is Z": the parse makes X the cue's subject and the engineers
    the subject of what follows; the aside's noun phrase speaks and the sentence around it
    is the statement."""
    text = (
        "The real danger for the harbour, say engineers like Tomas Berg, a marine surveyor, "
        "is the silt itself."
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.text == "engineers like Tomas Berg, a marine surveyor"
    assert [text[p.start : p.end] for p in quote.content.parts] == [
        "The real danger for the harbour",
        "is the silt itself",
    ]


def test_an_aside_whose_noun_phrase_names_no_one_is_no_inverted_speaker(analyze: Analyze) -> None:
    text = "The main problem, say the figures in the report, is the cost of fuel."
    assert [q.speaker.text for q in analyze(text).quotes if q.speaker is not None] == []


_GUIDE = (
    "Here is what each candidate needs to do on Tuesday.\n\n"
    "Diaz: Win in a walk.\n\n"
    "Senator Ana Diaz has led in every poll this year, usually by double digits.\n\n"
    "Ng: Just hang on.\n\n"
    "No candidate has less at stake than Tom Ng, who won the first two contests."
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param(_GUIDE, [], id="a guide's subheads under different names"),
        pytest.param(
            "Ana Diaz and Tom Ng met on Monday.\n\nDiaz: Win in a walk.\n\nThe vote is in May.",
            ["Win in a walk."],
            id="negative: one labelled line stands alone",
        ),
        pytest.param(
            "Ana Diaz and Tom Ng met on Monday.\n\nDiaz: We win this in a walk.\n\n"
            "Ng: We just hang on.",
            ["We win this in a walk.", "We just hang on."],
            id="negative: lines in the first person are the speakers' turns",
        ),
    ],
)
def test_short_labelled_lines_under_several_names_are_a_guides_subheads(
    analyze: Analyze, text: str, found: list[str]
) -> None:
    assert [q.content.text for q in analyze(text).quotes] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param(
            "In the mayor\u2019s words, the bridge will be \u201csafer than ever.\u201d",
            [("the bridge will be \u201csafer than ever.\u201d", "the mayor")],
            id="in X's words: the clause is X's statement",
        ),
        pytest.param(
            "In his statement, the mayor said the bridge would reopen in May.",
            [("the bridge would reopen in May", "the mayor")],
            id="negative: in X's statement frames a clause with a cue of its own",
        ),
    ],
)
def test_a_fronted_phrase_of_someones_words_opens_their_statement(
    analyze: Analyze, text: str, found: list[tuple[str, str]]
) -> None:
    quotes = analyze(text).quotes
    assert [(q.content.text, q.speaker and q.speaker.text) for q in quotes] == found


def test_a_demonstrative_reported_through_an_aside_is_still_a_statement(
    analyze: Analyze,
) -> None:
    # Not the connective "That said, ...": the comma after "That" opens the aside.
    doc = analyze("The ferry sank in May. That, the harbour master said, was the end of the line.")
    assert [q.speaker.text for q in doc.quotes if q.speaker is not None] == ["the harbour master"]


@pytest.mark.parametrize(
    ("text", "kind", "content"),
    [
        pytest.param(
            'The "quiet deals" that Ruiz arranged with the port are not a scandal at all, the '
            "mayor said on Friday.",
            QuoteKind.MIXED,
            'The "quiet deals" that Ruiz arranged with the port are not a scandal at all',
            # a finite verb that reports nothing stands between the quote and the speaker
            id="a clause of the content's own runs on past the quote",
        ),
        pytest.param(
            '"We will rebuild the pier," Harbor police Chief Ana Lee said on Monday.',
            QuoteKind.DIRECT,
            "We will rebuild the pier",
            id="negative: only reporting-clause words stand between the quote and the speaker",
        ),
    ],
)
def test_a_quote_before_a_postposed_reporting_clause_ends_the_content_only_at_that_clause(
    analyze: Analyze, text: str, kind: QuoteKind, content: str
) -> None:
    found = [q for q in analyze(text).quotes if q.cue is not None and q.cue.text == "said"]
    assert [(q.kind, q.content.text) for q in found] == [(kind, content)]


def test_negative_a_person_named_like_a_supposition_verb_still_speaks(analyze: Analyze) -> None:
    doc = analyze("Say told reporters that the plan was dead.")
    assert [q.content.text for q in doc.quotes] == ["the plan was dead"]


def test_a_quoted_predicate_of_a_naming_verb_is_reported(analyze: Analyze) -> None:
    # The parse hangs the quoted words on the object as its appositive.
    doc = analyze('The mayor called the budget "a disaster."')
    assert [(q.kind, q.content.text) for q in doc.quotes] == [
        (QuoteKind.MIXED, 'the budget "a disaster."')
    ], describe(doc)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # The object parsed as a modifier of the quoted predicate.
        (
            'Hale called the envoys "free riders" who lean on others.',
            'the envoys "free riders" who lean on others',
        ),
        # The object and the predicate both parsed as predicates.
        (
            "One of the doctors called Ruiz a quack, a fraud and a charlatan.",
            "Ruiz a quack, a fraud and a charlatan",
        ),
        # The object parsed as a modifier of the quoted predicate, which is the verb's
        # predicate with no object beside it.
        (
            (
                "These donors were angry after Diaz called Bay Street bankers \u201cfat "
                "cats\u201d and proposed raising taxes."
            ),
            "Bay Street bankers \u201cfat cats\u201d",
        ),
    ],
)
def test_a_naming_verbs_object_the_parse_misplaced_is_still_reported(
    analyze: Analyze, text: str, content: str
) -> None:
    doc = analyze(text)
    assert [q.content.text for q in doc.quotes] == [content], describe(doc)


def test_negative_a_telephone_call_is_no_naming(analyze: Analyze) -> None:
    assert analyze('Hale called Ruiz "at home" on Tuesday.').quotes == ()


def test_a_proposal_verb_that_needs_that_reports_its_gerund(analyze: Analyze) -> None:
    # "suggest" reports a claim only with a full clause, but its gerund is a proposal.
    doc = analyze("Hale suggested raising the fuel tax to pay for roads.")
    assert [q.content.text for q in doc.quotes] == ["raising the fuel tax to pay for roads"], (
        describe(doc)
    )


@pytest.mark.parametrize(
    "text",
    [
        "The data suggest rising prices.",  # a participle before a noun is no gerund clause
        "His record suggests knowing the system well.",  # evidence, not a proposal
    ],
)
def test_negative_evidence_that_suggests_is_no_proposal(analyze: Analyze, text: str) -> None:
    assert analyze(text).quotes == ()


def test_a_claim_about_oneself_reports_its_infinitive(analyze: Analyze) -> None:
    doc = analyze("Hale claimed to have brought new voters to the party.")
    assert [q.content.text for q in doc.quotes] == ["to have brought new voters to the party"], (
        describe(doc)
    )


@pytest.mark.parametrize(
    "text", ["Hale claimed victory to cheers.", "The fire claimed the lives of three men."]
)
def test_negative_claiming_a_thing_is_no_claim(analyze: Analyze, text: str) -> None:
    assert analyze(text).quotes == ()


def test_an_accusation_is_an_act_even_with_a_quoted_fragment(analyze: Analyze) -> None:
    # "accused X of Y" is an attitude (the annotation guidelines), quoted words or not.
    assert analyze('Hale accused the mayor of "leading from behind."').quotes == ()


def test_negative_a_report_beside_an_accusation_is_still_reported(analyze: Analyze) -> None:
    doc = analyze("Hale accused the mayor of lying, saying the audit was rigged.")
    assert [q.content.text for q in doc.quotes] == ["the audit was rigged"], describe(doc)


def test_touting_something_as_a_credential_is_no_characterisation(analyze: Analyze) -> None:
    # Praise of one's own record is an act; "praised the plan as ..." still characterises.
    assert analyze("Hale touted her record as the original sponsor of the bill.").quotes == ()
    doc = analyze("Hale praised the plan as a model for the state.")
    assert [q.content.text for q in doc.quotes] == ["the plan as a model for the state"]


def test_publishing_a_title_is_no_report(analyze: Analyze) -> None:
    doc = analyze('The columnist published "Why the Harbor Deal Matters More Than Ever."')
    assert all(q.cue is None or q.cue.lemma != "publish" for q in doc.quotes), describe(doc)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Asked whether he would run, Hale said no.", "no"),
        ("When asked if she backed the plan, Ruiz said yes.", "yes"),
    ],
)
def test_a_one_word_answer_is_a_statement(analyze: Analyze, text: str, answer: str) -> None:
    doc = analyze(text)
    assert [q.content.text for q in doc.quotes] == [answer], describe(doc)


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        ("Hale said no to the plan.", []),  # refusing the plan, not an answer
        ("Hale said no one would come.", ["no one would come"]),  # a clause, read whole
    ],
)
def test_negative_no_before_to_or_in_a_clause_is_no_answer(
    analyze: Analyze, text: str, contents: list[str]
) -> None:
    assert [q.content.text for q in analyze(text).quotes] == contents


def test_an_impersonal_subject_that_told_someone_in_the_past_still_speaks(
    analyze: Analyze,
) -> None:
    # "it" is the firm here: a past telling is news, not a fact's lesson.
    doc = analyze("The firm said the plant would close. It told us that jobs would go.")
    assert "jobs would go" in [q.content.text for q in doc.quotes], describe(doc)


def test_a_request_with_quoted_words_is_still_a_statement(analyze: Analyze) -> None:
    # The negative of the mixed question above: "asked X to" requests.
    (quote,) = analyze('The mayor asked residents to "stay calm" during the storm.').quotes
    assert quote.content.text == 'residents to "stay calm" during the storm'


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        pytest.param(
            "At the hearing, Ruiz made a surprise call for an audit of the port.",
            "an audit of the port",
            "Ruiz",
            id="made a call for",
        ),
        pytest.param(
            "The union issued a pledge to keep the ferries running.",
            "to keep the ferries running",
            "The union",
            id="issued a pledge to",
        ),
    ],
)
def test_a_support_verbs_subject_holds_the_noun_cue(
    analyze: Analyze, text: str, content: str, speaker: str
) -> None:
    doc = analyze(text)
    found = [(q.content.text, q.speaker.text if q.speaker else None) for q in doc.quotes]
    assert found == [(content, speaker)], describe(doc)


# (text, content, kind, speaker) of the one record: a naming verb in a relative clause
# whose object is the relative pronoun states the predicate alone.
# fmt: off
NAMED_IN_A_RELATIVE_CLAUSE = [
    pytest.param(
        "The council passed a budget that unions called cruel.",
        "cruel", QuoteKind.INDIRECT, "unions",
        id="one word is the whole characterisation",
    ),
    pytest.param(
        'They debated the trade pact, which Ana Diaz had called a "disaster".',
        'a "disaster"', QuoteKind.MIXED, "Ana Diaz",
        id="a quoted predicate",
    ),
]
# fmt: on


@pytest.mark.parametrize(("text", "content", "kind", "speaker"), NAMED_IN_A_RELATIVE_CLAUSE)
def test_a_naming_in_a_relative_clause(
    analyze: Analyze, text: str, content: str, kind: QuoteKind, speaker: str
) -> None:
    doc = analyze(text)
    assert [(q.content.text, q.kind) for q in doc.quotes] == [(content, kind)], describe(doc)
    assert_speaker(doc.quotes[0], speaker, doc)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The ship, which the captain called Hope, sailed.", id="a name given"),
        pytest.param("Critics called it bad.", id="a word or two with an object of its own"),
    ],
)
def test_negative_no_naming_statement(analyze: Analyze, text: str) -> None:
    doc = analyze(text)
    assert doc.quotes == (), describe(doc)
