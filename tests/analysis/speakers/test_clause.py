"""The speaker of a verb cue read from the parse (speakers/clause.py).

A relative clause on an appositive is about the phrase the appositive describes; a
participle on a message ("a statement calling ...") reports its issuer; a comma-set
participle the parser hung on a reported clause is the reporter's; a bracketed tag after a
name is no speaker of its own (speakers/choose.py). Each rule has rows where
it must not fire.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc

from quoteattr import Attribution, Document
from quoteattr.analysis.speakers.affiliation_words import entity_of
from quoteattr.analysis.speakers.antecedents import subject_rank
from quoteattr.analysis.speakers.clause import speaker_of
from quoteattr.analysis.speakers.mention_spans import mention_span
from quoteattr.analysis.speakers.mentions import describe
from quoteattr.analysis.speakers.subjectless_cues import run_on_verb
from quoteattr.lexicon import Lexicon

Analyze = Callable[[str], Document]

_VOCAB = spacy.blank("en").vocab
_ENGLISH = Lexicon.english()

SPEAKERS = [
    pytest.param(
        "The plan was drafted by Leif Sorensen, the harbour master, who said the channel "
        "would be dredged by June.",
        "the channel would be dredged",
        "Leif Sorensen",
        id="relative-clause-on-an-appositive",
    ),
    pytest.param(
        "Funding came from Norway and Chile, the two largest donors, which together pledged "
        "to rebuild the school.",
        "to rebuild the school",
        "Norway",
        id="relative-clause-on-an-appositive-of-a-coordination",
    ),
    pytest.param(
        "Mara Quist is a veteran organiser, tireless campaigner and activist who has "
        "repeatedly vowed to close the mine.",
        "to close the mine",
        "Mara Quist",
        id="relative-clause-on-a-predicate-list",
    ),
    pytest.param(
        "After a long meeting, the city council issued a statement calling the closure of "
        "the clinic a grave mistake.",
        "the closure of the clinic",
        "the city council",
        id="participle-on-an-issued-statement",
    ),
    pytest.param(
        '"The works will start in May," Dana Morrow said at a news conference announcing that '
        "the bridge would close for a year.",
        "the bridge would close",
        "Dana Morrow",
        id="participle-on-a-gathering-its-holder-addresses",
    ),
    pytest.param(
        "The union's leader, Dana Morrow, sent a letter urging members to reject the offer.",
        "members to reject the offer",
        "The union's leader",
        id="participle-on-a-letter-sent",
    ),
    pytest.param(
        "Sorensen wrote that the crews knew about the leaks, saying the pumps had failed twice.",
        "the pumps had failed twice",
        "Sorensen",
        id="comma-participle-after-a-reported-clause",
    ),
    pytest.param(
        "The port will reopen in May, Sen. Maria Lund (D-Ore.) told reporters on Friday.",
        "The port will reopen",
        "Sen. Maria Lund",
        id="bracketed-party-tag-after-the-name",
    ),
    pytest.param(
        "To settle the question, they turned to the Harbour Authority which reported "
        '"forty ships lost" in the storm.',
        "forty ships lost",
        "the Harbour Authority",
        id="which-parsed-as-a-plain-subject",
    ),
    pytest.param(
        'After saying the ferry was "safe for every passenger," the captain was taken to court.',
        "the ferry was",
        "the captain",
        id="gerund-after-a-preposition-on-a-passive-clause",
    ),
    pytest.param(
        "Insisting that the count was wrong, the mayor was booed by the crowd.",
        "the count was wrong",
        "the mayor",
        id="participle-on-a-passive-clause-not-its-agent",
    ),
    pytest.param(
        "The harbour master is said to have told the board that the channel was unsafe.",
        "the channel was unsafe",
        "The harbour master",
        id="subject-raised-from-a-perfect-infinitive",
    ),
    pytest.param(
        "Ana Ruiz told the radio station on Monday the mood of the talks was calm and "
        "predicted that voters would be pleased.",
        "voters would be pleased",
        "Ana Ruiz",
        id="saying-verb-coordinated-into-the-reported-clause",
    ),
    pytest.param(
        "Ana Ruiz said the plan was sound and acknowledged that it came late.",
        "it came late",
        "Ana Ruiz",
        id="admission-coordinated-into-the-reported-clause",
    ),
    pytest.param(
        "Ana Ruiz said this week that the country would formally leave the union by March "
        "and suggested that it would withdraw from the market.",
        "it would withdraw from the market",
        "Ana Ruiz",
        id="past-saying-verb-coordinated-with-a-verb-after-a-modal",
    ),
    pytest.param(
        "The council urged the minister to say that the bridge was safe.",
        "the bridge was safe",
        "the minister",
        id="object-controls-the-infinitive-cue",
    ),
    pytest.param(
        "Ana Ruiz used the occasion to warn that the bridge was unsafe.",
        "the bridge was unsafe",
        "Ana Ruiz",
        id="the-object-of-a-verb-of-using-is-the-means-the-subject-speaks",
    ),
    pytest.param(
        "Ana Ruiz was silent at first. It took her a day to say that the bridge was unsafe.",
        "the bridge was unsafe",
        "her",
        id="negative-a-person-after-a-verb-of-using-still-speaks",
    ),
    pytest.param(
        "The council prompted the neighbours to say that the bridge was unsafe.",
        "the bridge was unsafe",
        "the neighbours",
        id="negative-a-verb-of-prompting-still-has-its-object-speak",
    ),
    pytest.param(
        'The storm prompted the mayor to make a statement that described the levee as "a '
        'disgrace to the whole city."',
        "the levee as",
        "the mayor",
        id="relative-clause-on-a-message-reports-its-issuer",
    ),
    pytest.param(
        "Ana Ruiz and Tom Berg vied for the post on Wednesday, each touting their own record "
        "and saying the other lacks the judgment to lead the port.",
        "the other lacks the judgment",
        "Ana Ruiz",
        id="each-distributes-the-subject-of-the-verb-it-hangs-on",
    ),
    # Negatives: the rules above must not fire.
    pytest.param(
        "The inspectors asked the county clerk who said the ballots had been counted twice.",
        "the ballots had been counted",
        "the county clerk",
        id="not-a-relative-clause-parsed-as-one",
    ),
    pytest.param(
        "The port will reopen in May, the agency (FEMA) said on Friday.",
        "The port will reopen",
        "FEMA",
        id="not-a-bracket-after-a-common-noun",
    ),
    pytest.param(
        "The lawsuit cited press reports alleging that the company had hidden the losses.",
        "the company had hidden the losses",
        "press reports",
        id="not-a-message-taken-by-a-reporting-verb",
    ),
    pytest.param(
        "Ruiz said the workers kept saying that the mine was unsafe.",
        "the mine was unsafe",
        "the workers",
        id="not-a-participle-without-a-comma",
    ),
    pytest.param(
        'A paper from the institute had this to say about the plan: "It will cost far more '
        'than anyone promised."',
        "It will cost far more",
        "A paper from the institute",
        id="not-an-object-that-is-what-is-said",
    ),
    pytest.param(
        "Mayor Ana Ruiz said at a briefing on Monday, announcing that the bridge would "
        "reopen in May.",
        "the bridge would reopen",
        "Mayor Ana Ruiz",
        id="not-a-participle-on-an-event",
    ),
    pytest.param(
        "The council changed its plan in May, after the first survey was found to be "
        "flawed, stating that the new route would avoid the school.",
        "the new route would avoid",
        "The council",
        id="a-participle-after-a-subordinate-clause-is-the-main-clauses",
    ),
    pytest.param(
        "Her old colleagues have mocked the plan, calling the bridge \u201ca folly,\u201d Ana "
        "Diaz said as she left.",
        "the bridge",
        "Her old colleagues",
        id="a-participle-before-a-postposed-reporting-clause-is-the-reported-clauses",
    ),
    pytest.param(
        "Ruiz rejected the notion that the dispute was water under the bridge, saying that "
        "she would press on.",
        "she would press on",
        "Ruiz",
        id="a-participle-past-an-object-nouns-own-clause-is-the-main-clauses",
    ),
    pytest.param(
        "Councillor Ana Diaz dismissed Tom Ng's charge that the port is breaking the law "
        "\u2014 saying the Ng campaign had refused the same help.",
        "the Ng campaign had refused",
        "Councillor Ana Diaz",
        id="a-participle-on-the-verb-of-an-object-nouns-clause-is-the-main-clauses",
    ),
    pytest.param(
        "Ana Diaz said Tom Ng's budget would cut the library, and called him \u201ca friend "
        "of the landlords.\u201d",
        "him",
        "Ana Diaz",
        id="a-past-tense-verb-coordinated-past-a-modal-is-the-reporters",
    ),
    pytest.param(
        "Ng pushed back on Monday, saying that the bill had the right parts but was stalled "
        "by voter doubt - and arguing that he and Diaz agreed on almost everything.",
        "he and Diaz agreed",
        "Ng",
        id="a-participle-coordinated-into-the-reported-clause-is-the-reporters",
    ),
    pytest.param(
        "Ana Ruiz said the mayor was calling donors and saying that the fund was empty.",
        "the fund was empty",
        "the mayor",
        id="negative-a-participle-of-the-reported-clauses-own-form-is-its-subjects",
    ),
    pytest.param(
        "Farmers are angry.\n\n\u201cThe plan is dead,\u201d said Ana Ruiz, director of the Farm "
        "League, reports USA Today.",
        "The plan is dead",
        "Ana Ruiz",
        id="the-name-after-said-that-the-parse-gave-a-second-report",
    ),
    pytest.param(
        "Ana Diaz told the board that the plan works, saying the costs had fallen.",
        "the costs had fallen",
        "Ana Diaz",
        id="negative-a-participle-after-the-report-is-the-reporters",
    ),
    pytest.param(
        'Ana Ruiz emailed her staff saying: "The struggle continues" and vowing to fight the '
        "ruling in court next week.",
        "to fight the ruling",
        "Ana Ruiz",
        id="a-verb-after-a-closing-quote-coordinated-with-the-quoted-verb-is-the-reporters",
    ),
    pytest.param(
        "Ana Ruiz said the board of Norland Rail met on Monday and vowed to sell the plant by "
        "June.",
        "to sell the plant",
        "the board of Norland Rail",
        id="negative-with-no-quote-mark-between-the-verbs-the-reported-subjects",
    ),
]


@pytest.mark.parametrize(("text", "needle", "speaker"), SPEAKERS)
def test_speaker_of_a_verb_cue(analyze: Analyze, text: str, needle: str, speaker: str) -> None:
    found = [q for q in analyze(text).quotes if q.content.text.startswith(needle)]
    assert len(found) == 1, [q.content.text for q in analyze(text).quotes]
    quote = found[0]
    assert quote.speaker is not None
    assert quote.speaker.text == speaker
    assert text[quote.speaker.start : quote.speaker.end] == speaker


def test_a_participle_past_an_object_nouns_clause_is_no_part_of_the_object(
    analyze: Analyze,
) -> None:
    text = (
        "Ruiz rejected the notion that the dispute was water under the bridge, saying that "
        "she would press on."
    )
    found = [q for q in analyze(text).quotes if q.cue is not None and q.cue.text == "rejected"]
    assert [q.content.text for q in found] == [
        "the notion that the dispute was water under the bridge"
    ]


def test_a_by_phrase_on_an_active_cue_is_the_means_not_the_speaker(analyze: Analyze) -> None:
    # The parse hangs "said" on the quote and labels "by telephone" an agent.
    text = (
        '"If we had gone, I would have been in jail," Mr. Lund, now 81 and retired in '
        "Cambridge, said by telephone."
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker is None or "telephone" not in quote.speaker.text


def test_the_agent_of_a_passive_cue_still_speaks(analyze: Analyze) -> None:
    (quote,) = analyze("It was announced by Ana Lund that the plan would fail.").quotes
    assert quote.speaker is not None and quote.speaker.text == "Ana Lund"


def test_a_passive_gerund_is_not_spoken_by_the_clause_it_hangs_on(analyze: Analyze) -> None:
    # The captain was told, so the passive subject above is the hearer, not the speaker.
    doc = analyze("After being told that the ferry was unsafe, the captain was taken ashore.")
    assert [q.speaker.text for q in doc.quotes if q.speaker is not None] == []


def _hand_parse(rows: list[tuple[str, str, str, int, str]]) -> Doc:
    """A parse built by hand: (word, tag, dependency, head index, entity IOB tag)."""
    words, tags, deps, heads, ents = (list(c) for c in zip(*rows, strict=True))
    spaces = [i + 1 < len(words) and words[i + 1] not in ",." for i in range(len(words))]
    pos = {"NNP": "PROPN", "NN": "NOUN", "NNS": "NOUN", "PRP": "PRON", "JJ": "ADJ", ",": "PUNCT"}
    pos |= {"IN": "ADP", "VBG": "VERB", "RB": "ADV"}
    pos |= dict.fromkeys(("VB", "VBP", "VBD", "VBN"), "VERB") | {"MD": "AUX"}
    return Doc(
        _VOCAB,
        words=words,
        spaces=spaces,
        tags=tags,
        pos=[pos.get(t, "X") for t in tags],
        deps=deps,
        heads=heads,
        ents=ents,
        lemmas=[w.lower() for w in words],
    )


def test_names_the_parse_hung_before_a_subjectless_cue_are_its_subject() -> None:
    # "At the front , Ruiz and Berg call them liars ." with the names made conjuncts of
    # "front", as a small parser does when a comma comes before them.
    doc = _hand_parse(
        [
            ("At", "IN", "prep", 7, "O"),
            ("the", "DT", "det", 2, "O"),
            ("front", "NN", "pobj", 0, "O"),
            (",", ",", "punct", 2, "O"),
            ("Ruiz", "NNP", "conj", 2, "B-PERSON"),
            ("and", "CC", "cc", 4, "O"),
            ("Berg", "NNP", "conj", 4, "B-PERSON"),
            ("call", "VBP", "ROOT", 7, "O"),
            ("them", "PRP", "dobj", 7, "O"),
            ("liars", "NN", "oprd", 7, "O"),
            (".", ".", "punct", 7, "O"),
        ]
    )
    assert speaker_of(doc[7], _ENGLISH) == (4, Attribution.SUBJECT)


def test_a_name_before_a_participle_phrase_and_a_subjectless_cue_is_its_subject() -> None:
    # "It ended , delegate Rita Kell , waving a flag , said ." with the name and the
    # participle hung on the reported clause, as a small parser does after a quote.
    doc = _hand_parse(
        [
            ("It", "PRP", "nsubj", 1, "O"),
            ("ended", "VBD", "ccomp", 11, "O"),
            (",", ",", "punct", 1, "O"),
            ("delegate", "NN", "compound", 5, "O"),
            ("Rita", "NNP", "compound", 5, "B-PERSON"),
            ("Kell", "NNP", "npadvmod", 1, "I-PERSON"),
            (",", ",", "punct", 1, "O"),
            ("waving", "VBG", "advcl", 1, "O"),
            ("a", "DT", "det", 9, "O"),
            ("flag", "NN", "dobj", 7, "O"),
            (",", ",", "punct", 11, "O"),
            ("said", "VBD", "ROOT", 11, "O"),
            (".", ".", "punct", 11, "O"),
        ]
    )
    assert speaker_of(doc[11], _ENGLISH) == (5, Attribution.SUBJECT)


def test_a_name_before_a_finite_clause_and_a_subjectless_cue_is_not_its_subject() -> None:
    # "It ended , Rita Kell , who waved a flag , said ." is no participle phrase: a clause
    # with a finite verb of its own stands between the name and the cue.
    doc = _hand_parse(
        [
            ("It", "PRP", "nsubj", 1, "O"),
            ("ended", "VBD", "ccomp", 11, "O"),
            (",", ",", "punct", 1, "O"),
            ("Rita", "NNP", "compound", 4, "B-PERSON"),
            ("Kell", "NNP", "npadvmod", 1, "I-PERSON"),
            (",", ",", "punct", 1, "O"),
            ("who", "WP", "nsubj", 7, "O"),
            ("waved", "VBD", "advcl", 1, "O"),
            ("a", "DT", "det", 9, "O"),
            ("flag", "NN", "dobj", 7, "O"),
            (",", ",", "punct", 11, "O"),
            ("said", "VBD", "ROOT", 11, "O"),
            (".", ".", "punct", 11, "O"),
        ]
    )
    assert speaker_of(doc[11], _ENGLISH)[0] != 4


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "\u201cThe hall was louder last year,\u201d Ohio delegate Rita Kell, waving a small "
            "flag, said as the band played.",
            id="a participle phrase between the name and the cue",
        ),
        pytest.param(
            "\u201cThe hall was louder last year,\u201d Ohio delegate Rita Kell, waving a small "
            "flag and a \u201cKell for Senate\u201d sign, said as the band played.",
            id="a quote inside that phrase",
        ),
        pytest.param(
            "\u201cThe hall was louder last year,\u201d Ohio delegate Rita Kell, waving a small "
            "flag, said matter-of-factly.",
            id="a hyphen-joined adverb after the cue is no inverted speaker",
        ),
    ],
)
def test_the_reporting_clause_after_a_quote_names_its_speaker(analyze: Analyze, text: str) -> None:
    quotes = analyze(text).quotes
    assert [(q.content.text, q.speaker and q.speaker.name) for q in quotes] == [
        ("The hall was louder last year", "Rita Kell")
    ]


def _gerund_after_a_broken_sentence(subject: list[tuple[str, str, str, int, str]]) -> Doc:
    # "<subject> criticised the ruling on " Radio Joe , " calling it a mistake ." with the
    # quoted show made the subject of "calling" and the sentence broken before the quote.
    return _hand_parse(
        [
            *subject,
            ("criticised", "VBD", "ROOT", 2, "O"),
            ("the", "DT", "det", 4, "O"),
            ("ruling", "NN", "dobj", 2, "O"),
            ("on", "IN", "prep", 2, "O"),
            ("\u201c", "``", "punct", 8, "O"),
            ("Radio", "NNP", "compound", 8, "O"),
            ("Joe", "NNP", "nsubj", 11, "O"),
            (",", ",", "punct", 8, "O"),
            ("\u201d", "''", "punct", 8, "O"),
            ("calling", "VBG", "ROOT", 11, "O"),
            ("it", "PRP", "dobj", 11, "O"),
            ("a", "DT", "det", 14, "O"),
            ("mistake", "NN", "oprd", 11, "O"),
            (".", ".", "punct", 11, "O"),
        ]
    )


def test_a_gerund_after_a_comma_takes_the_person_before_the_broken_sentence() -> None:
    doc = _gerund_after_a_broken_sentence(
        [("Ana", "NNP", "compound", 1, "B-PERSON"), ("Diaz", "NNP", "nsubj", 2, "I-PERSON")]
    )
    assert speaker_of(doc[11], _ENGLISH) == (1, Attribution.PARTICIPIAL)


def test_a_gerund_after_a_comma_takes_neither_the_phrase_before_it_nor_a_thing() -> None:
    doc = _gerund_after_a_broken_sentence(
        [("The", "DT", "det", 1, "O"), ("board", "NN", "nsubj", 2, "O")]
    )
    assert speaker_of(doc[11], _ENGLISH)[0] is None


def _name_before_a_verb(verb_has_subject: bool) -> Doc:
    # "With Ana Ruiz , Tom Ng will try it ." with "Ng" made an appositive of "Ruiz"; or, as
    # the negative, "With Ana Ruiz , Tom Ng , we will try it ." whose verb has a subject.
    rows = [
        ("With", "IN", "prep", 9 if verb_has_subject else 7, "O"),
        ("Ana", "NNP", "compound", 2, "B-PERSON"),
        ("Ruiz", "NNP", "pobj", 0, "I-PERSON"),
        (",", ",", "punct", 2, "O"),
        ("Tom", "NNP", "compound", 5, "B-PERSON"),
        ("Ng", "NNP", "appos", 2, "I-PERSON"),
    ]
    if verb_has_subject:
        rows += [(",", ",", "punct", 5, "O"), ("we", "PRP", "nsubj", 9, "O")]
    verb = len(rows) + 1
    rows += [
        ("will", "MD", "aux", verb, "O"),
        ("try", "VB", "ROOT", verb, "O"),
        ("it", "PRP", "dobj", verb, "O"),
        (".", ".", "punct", verb, "O"),
    ]
    return _hand_parse(rows)


def test_a_name_stranded_before_a_subjectless_verb_ranks_as_its_subject() -> None:
    assert subject_rank(_name_before_a_verb(verb_has_subject=False)[5]) == 2


def test_a_name_before_a_verb_with_a_subject_of_its_own_ranks_as_no_subject() -> None:
    assert subject_rank(_name_before_a_verb(verb_has_subject=True)[5]) == 0


def test_a_subjectless_cue_after_a_name_it_governs_takes_no_stranded_subject() -> None:
    # "Ruiz , call them liars ." with "Ruiz" hung on the cue: a vocative, not stranded.
    doc = _hand_parse(
        [
            ("Ruiz", "NNP", "npadvmod", 2, "B-PERSON"),
            (",", ",", "punct", 2, "O"),
            ("call", "VBP", "ROOT", 2, "O"),
            ("them", "PRP", "dobj", 2, "O"),
            ("liars", "NN", "oprd", 2, "O"),
            (".", ".", "punct", 2, "O"),
        ]
    )
    assert speaker_of(doc[2], _ENGLISH) == (None, Attribution.NONE)


def test_a_dash_the_tagger_took_for_a_noun_is_no_second_subject() -> None:
    # "made public ― Berg boasted ," with the dash tagged as a noun subject of "boasted".
    doc = _hand_parse(
        [
            ("made", "VBN", "ROOT", 0, "O"),
            ("public", "JJ", "amod", 2, "O"),
            ("\u2015", "NN", "nsubj", 4, "O"),
            ("Berg", "NNP", "nsubj", 4, "B-PERSON"),
            ("boasted", "VBD", "ccomp", 0, "O"),
            (",", ",", "punct", 4, "O"),
        ]
    )
    assert speaker_of(doc[4], _ENGLISH) == (3, Attribution.SUBJECT)


def _said_then_going_on_to_say(subject: tuple[str, str, str, int, str]) -> Doc:
    # "<subject> said , going on to say that it failed ." with the participle clause hung
    # on the reported verb after it, as a small parser does after a long quote.
    return _hand_parse(
        [
            subject,
            ("said", "VBD", "parataxis", 9, "O"),
            (",", ",", "punct", 1, "O"),
            ("going", "VBG", "advcl", 9, "O"),
            ("on", "RP", "prt", 3, "O"),
            ("to", "TO", "aux", 6, "O"),
            ("say", "VB", "xcomp", 3, "O"),
            ("that", "IN", "mark", 9, "O"),
            ("it", "PRP", "nsubj", 9, "O"),
            ("failed", "VBD", "ROOT", 9, "O"),
            (".", ".", "punct", 9, "O"),
        ]
    )


def test_a_participle_after_a_reporting_clause_shares_its_subject() -> None:
    doc = _said_then_going_on_to_say(("Berg", "NNP", "nsubj", 1, "B-PERSON"))
    assert speaker_of(doc[6], _ENGLISH) == (0, Attribution.PARTICIPIAL)


def test_a_participle_after_a_clause_without_a_subject_takes_none_from_it() -> None:
    doc = _said_then_going_on_to_say(("Today", "NN", "npadvmod", 1, "O"))
    # No subject before the comma: the parse's own reading stands.
    assert speaker_of(doc[6], _ENGLISH) == (8, Attribution.PARTICIPIAL)


def test_a_subjectless_verb_ending_a_list_of_verbs_takes_the_list_subject() -> None:
    # "He pledged help , suggested that it failed ." with the first clause made a
    # complement of "suggested", as a small parser does with a list of verbs.
    doc = _hand_parse(
        [
            ("He", "PRP", "nsubj", 1, "O"),
            ("pledged", "VBD", "ccomp", 4, "O"),
            ("help", "NN", "dobj", 1, "O"),
            (",", ",", "punct", 4, "O"),
            ("suggested", "VBD", "ROOT", 4, "O"),
            ("that", "IN", "mark", 7, "O"),
            ("it", "PRP", "nsubj", 7, "O"),
            ("failed", "VBD", "ccomp", 4, "O"),
            (".", ".", "punct", 4, "O"),
        ]
    )
    assert speaker_of(doc[4], _ENGLISH) == (0, Attribution.SUBJECT)


def test_a_quoted_clause_before_a_subjectless_verb_lends_it_no_subject() -> None:
    # '" We won , " suggested that ...': the quote's "We" is no speaker of the cue.
    doc = _hand_parse(
        [
            ("\u201c", "``", "punct", 2, "O"),
            ("We", "PRP", "nsubj", 2, "O"),
            ("won", "VBD", "ccomp", 4, "O"),
            (",", ",", "punct", 4, "O"),
            ("suggested", "VBD", "ROOT", 4, "O"),
            ("it", "PRP", "dobj", 4, "O"),
            (".", ".", "punct", 4, "O"),
        ]
    )
    assert speaker_of(doc[4], _ENGLISH) == (None, Attribution.NONE)


def _appeared_and_for_saying(preposition_link: str, preposition_head: int) -> Doc:
    # "he appeared at hearings and for saying that it worked ." with the second "for"
    # hung as given.
    return _hand_parse(
        [
            ("he", "PRP", "nsubj", 1, "O"),
            ("appeared", "VBD", "ROOT", 1, "O"),
            ("at", "IN", "prep", 1, "O"),
            ("hearings", "NNS", "pobj", 2, "O"),
            ("and", "CC", "cc", 1, "O"),
            ("for", "IN", preposition_link, preposition_head, "O"),
            ("saying", "VBG", "pcomp", 5, "O"),
            ("that", "IN", "mark", 9, "O"),
            ("it", "PRP", "nsubj", 9, "O"),
            ("worked", "VBD", "ccomp", 6, "O"),
            (".", ".", "punct", 1, "O"),
        ]
    )


def test_a_preposition_coordinated_with_a_verb_lends_its_subject_to_the_gerund() -> None:
    doc = _appeared_and_for_saying("conj", 1)
    assert speaker_of(doc[6], _ENGLISH) == (0, Attribution.SUBJECT)


def test_a_preposition_coordinated_with_a_noun_lends_no_subject() -> None:
    doc = _appeared_and_for_saying("conj", 3)
    assert speaker_of(doc[6], _ENGLISH) == (None, Attribution.NONE)


def _subject_appositive_then_called(subject_link: str) -> Doc:
    # "Cooper , Ruiz 's rival in the race , called Friday for reform ." with "called"
    # read as a past participle on "race".
    return _hand_parse(
        [
            ("Cooper", "NNP", subject_link, 14, "B-PERSON"),
            (",", ",", "punct", 0, "O"),
            ("Ruiz", "NNP", "poss", 4, "B-PERSON"),
            ("'s", "POS", "case", 2, "O"),
            ("rival", "NN", "appos", 0, "O"),
            ("in", "IN", "prep", 4, "O"),
            ("the", "DT", "det", 7, "O"),
            ("race", "NN", "pobj", 5, "O"),
            (",", ",", "punct", 7, "O"),
            ("called", "VBN", "acl", 7, "O"),
            ("Friday", "NNP", "npadvmod", 9, "B-DATE"),
            ("for", "IN", "prep", 9, "O"),
            ("reform", "NN", "pobj", 11, "O"),
            (",", ",", "punct", 14, "O"),
            ("saying", "VBG", "ROOT", 14, "O"),
        ]
    )


def test_a_participle_after_a_subjects_appositive_is_the_subjects_verb() -> None:
    doc = _subject_appositive_then_called("nsubj")
    assert speaker_of(doc[9], _ENGLISH) == (0, Attribution.SUBJECT)


def test_a_participle_after_an_objects_appositive_is_no_verb_of_the_object() -> None:
    doc = _subject_appositive_then_called("dobj")
    # Not a subject's appositive: the parse's own reading (the noun) stands.
    assert speaker_of(doc[9], _ENGLISH) == (7, Attribution.SUBJECT)


def test_a_contracted_auxiliary_made_a_subject_gives_way_to_its_own_subject() -> None:
    # "Ruiz convinced delegates who ’ve said no ." with "’ve" the subject of "said".
    doc = _hand_parse(
        [
            ("Ruiz", "NNP", "nsubj", 1, "B-PERSON"),
            ("convinced", "VBD", "ROOT", 1, "O"),
            ("delegates", "NNS", "dobj", 1, "O"),
            ("who", "WP", "nsubj", 4, "O"),
            ("’ve", "VBP", "nsubj", 5, "O"),
            ("said", "VBD", "conj", 1, "O"),
            ("no", "UH", "dobj", 5, "O"),
            (".", ".", "punct", 1, "O"),
        ]
    )
    assert speaker_of(doc[5], _ENGLISH) == (2, Attribution.SUBJECT)


def _as_something_began_vowing(subject: str) -> Doc:
    # "He sent mail as the <subject> began vowing to win ." with the participle hung on
    # "began", as a small parser does.
    return _hand_parse(
        [
            ("He", "PRP", "nsubj", 1, "O"),
            ("sent", "VBD", "ROOT", 1, "O"),
            ("mail", "NN", "dobj", 1, "O"),
            ("as", "IN", "mark", 6, "O"),
            ("the", "DT", "det", 5, "O"),
            (subject, "NN", "nsubj", 6, "O"),
            ("began", "VBD", "advcl", 1, "O"),
            ("vowing", "VBG", "xcomp", 6, "O"),
            ("to", "TO", "aux", 9, "O"),
            ("win", "VB", "xcomp", 7, "O"),
            (".", ".", "punct", 1, "O"),
        ]
    )


def test_a_participle_whose_clause_has_an_event_for_subject_is_the_main_clauses() -> None:
    doc = _as_something_began_vowing("meeting")
    assert speaker_of(doc[7], _ENGLISH) == (0, Attribution.PARTICIPIAL)


def test_a_participle_whose_clause_has_a_person_for_subject_is_that_persons() -> None:
    doc = _as_something_began_vowing("minister")
    assert speaker_of(doc[7], _ENGLISH) == (5, Attribution.PARTICIPIAL)


def _who_clause_on(head_word: str) -> Doc:
    # "It became a <head> for demonstrators here , who called for calm ." with the relative
    # clause hung on the head noun.
    return _hand_parse(
        [
            ("It", "PRP", "nsubj", 1, "O"),
            ("became", "VBD", "ROOT", 1, "O"),
            ("a", "DT", "det", 3, "O"),
            (head_word, "NN", "attr", 1, "O"),
            ("for", "IN", "prep", 3, "O"),
            ("demonstrators", "NNS", "pobj", 4, "O"),
            ("here", "RB", "advmod", 5, "O"),
            (",", ",", "punct", 3, "O"),
            ("who", "WP", "nsubj", 9, "O"),
            ("called", "VBD", "relcl", 3, "O"),
            ("for", "IN", "prep", 9, "O"),
            ("calm", "NN", "pobj", 10, "O"),
            (".", ".", "punct", 1, "O"),
        ]
    )


def test_a_who_clause_hung_on_a_noun_for_no_person_is_about_the_people_before_it() -> None:
    assert speaker_of(_who_clause_on("point")[9], _ENGLISH) == (5, Attribution.SUBJECT)


def test_a_who_clause_hung_on_a_noun_for_a_person_stays_with_it() -> None:
    assert speaker_of(_who_clause_on("spokesman")[9], _ENGLISH) == (3, Attribution.SUBJECT)


def _relative_clause_then_called(name_entity: str) -> Doc:
    # "Lee , who lost the race , called for reform ." with "called" read as a modifier of
    # "race", inside the relative clause.
    return _hand_parse(
        [
            ("Lee", "NNP", "ROOT", 0, name_entity),
            (",", ",", "punct", 0, "O"),
            ("who", "WP", "nsubj", 3, "O"),
            ("lost", "VBD", "relcl", 0, "O"),
            ("the", "DT", "det", 5, "O"),
            ("race", "NN", "dobj", 3, "O"),
            (",", ",", "punct", 5, "O"),
            ("called", "VBD", "acl", 5, "O"),
            ("for", "IN", "prep", 7, "O"),
            ("reform", "NN", "pobj", 8, "O"),
        ]
    )


def test_a_cue_after_a_persons_relative_clause_is_the_persons_verb() -> None:
    doc = _relative_clause_then_called("B-PERSON")
    assert speaker_of(doc[7], _ENGLISH) == (0, Attribution.SUBJECT)


def test_a_cue_after_a_relative_clause_of_no_person_keeps_the_parse() -> None:
    doc = _relative_clause_then_called("B-ORG")
    assert speaker_of(doc[7], _ENGLISH) == (5, Attribution.SUBJECT)


def test_a_wh_adverb_the_parse_hung_on_a_name_is_not_in_its_mention() -> None:
    # "when Mr. Lee , who lost , called ..." with "when" an adverb of "Lee".
    doc = _hand_parse(
        [
            ("when", "WRB", "advmod", 2, "O"),
            ("Mr.", "NNP", "compound", 2, "O"),
            ("Lee", "NNP", "ROOT", 2, "B-PERSON"),
        ]
    )
    assert mention_span(doc[2], ent=entity_of(doc[2])) == (1, 2)


def _day_before(second_subject: tuple[str, str, str, int, str]) -> Doc:
    """'The day before , Quist claimed that ...' with the time phrase parsed as a subject."""
    return _hand_parse(
        [
            ("The", "DT", "det", 1, "O"),
            ("day", "NN", "nsubj", 5, "O"),
            ("before", "RB", "advmod", 1, "O"),
            (",", ",", "punct", 5, "O"),
            second_subject,
            ("claimed", "VBD", "ROOT", 5, "O"),
            ("that", "IN", "mark", 8, "O"),
            ("it", "PRP", "nsubj", 8, "O"),
            ("failed", "VBD", "ccomp", 5, "O"),
            (".", ".", "punct", 5, "O"),
        ]
    )


def test_a_phrase_set_off_before_the_subject_next_to_the_verb_does_not_speak() -> None:
    doc = _day_before(("Quist", "NNP", "nsubj", 5, "B-PERSON"))
    assert speaker_of(doc[5], _ENGLISH) == (4, Attribution.SUBJECT)


def test_negative_a_name_set_off_before_another_subject_still_speaks() -> None:
    # "Hale , Quist claimed that it failed .": a name may speak, so the parse's first
    # subject is kept, as before (the parse is unsure; the rule does not guess).
    doc = _hand_parse(
        [
            ("Hale", "NNP", "nsubj", 3, "B-PERSON"),
            (",", ",", "punct", 3, "O"),
            ("Quist", "NNP", "nsubj", 3, "B-PERSON"),
            ("claimed", "VBD", "ROOT", 3, "O"),
            ("that", "IN", "mark", 6, "O"),
            ("it", "PRP", "nsubj", 6, "O"),
            ("failed", "VBD", "ccomp", 3, "O"),
            (".", ".", "punct", 3, "O"),
        ]
    )
    assert speaker_of(doc[3], _ENGLISH) == (0, Attribution.SUBJECT)


def test_a_long_aside_between_the_name_and_the_cue_leaves_the_name_the_speaker(
    analyze: Analyze,
) -> None:
    text = (
        "\u201cVery good question, very good question that one,\u201d Kell, the 2016 Green "
        "frontrunner nationally and current polling leader in Oregon by a wide margin after "
        "winning the Idaho primaries, said when Berg asked her a question."
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.text == "Kell"


def test_quoted_speech_the_parse_hung_on_the_name_is_no_part_of_the_speaker(
    analyze: Analyze,
) -> None:
    text = (
        "\u201cThe hall was louder last year,\u201d Rita Kell, the party\u2019s nominee since "
        "May and the leader of the county board by a wide margin after winning two elections, "
        "said when a reporter asked her."
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.text == "Rita Kell"


def test_a_quoted_title_before_a_role_stays_in_the_speaker(analyze: Analyze) -> None:
    text = 'The "Morning Show" host Ana Ruiz said the plan would fail.'
    (quote,) = analyze(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.text == 'The "Morning Show" host Ana Ruiz'


def _name_and_phrase_before_a_verb(phrase: tuple[str, str]) -> Doc:
    # "As part of it , Ana Ruiz , 44 , said so ." with the name made an appositive of
    # "part" and the cue left with no subject; the phrase between commas varies.
    word, tag = phrase
    return _hand_parse(
        [
            ("As", "IN", "prep", 8, "O"),
            ("part", "NN", "pobj", 0, "O"),
            (",", ",", "punct", 1, "O"),
            ("Ana", "NNP", "compound", 4, "B-PERSON"),
            ("Ruiz", "NNP", "appos", 1, "I-PERSON"),
            (",", ",", "punct", 4, "O"),
            (word, tag, "appos", 4, "O"),
            (",", ",", "punct", 4, "O"),
            ("said", "VBD", "ROOT", 8, "O"),
            ("so", "RB", "advmod", 8, "O"),
            (".", ".", "punct", 8, "O"),
        ]
    )


def test_a_name_stranded_before_its_age_and_a_subjectless_cue_is_the_speaker() -> None:
    doc = _name_and_phrase_before_a_verb(("44", "CD"))
    assert speaker_of(doc[8], _ENGLISH)[0] == 4


def test_a_name_before_a_noun_phrase_and_a_subjectless_cue_is_not_taken_for_it() -> None:
    # ", tomorrow ," is no age and no describing phrase: the name is not the cue's.
    doc = _name_and_phrase_before_a_verb(("tomorrow", "NN"))
    assert speaker_of(doc[8], _ENGLISH)[0] is None


def _poll_beside_a_subject(comma: bool) -> Doc:
    # "Before the Convention , a poll shows Ruiz ahead ." with the poll made an appositive
    # of "Convention", the verb's subject (and, as the negative, no comma before the poll).
    rows = [
        ("Before", "IN", "mark", 6 if comma else 5, "O"),
        ("the", "DT", "det", 2, "O"),
        ("Convention", "NNP", "nsubj", 6 if comma else 5, "B-ORG"),
    ]
    if comma:
        rows.append((",", ",", "punct", 2, "O"))
    verb = len(rows) + 2
    rows += [
        ("a", "DT", "det", verb - 1, "O"),
        ("poll", "NN", "appos", 2, "O"),
        ("shows", "VBZ", "ROOT", verb, "O"),
        ("Ruiz", "NNP", "dobj", verb, "B-PERSON"),
        ("ahead", "RB", "advmod", verb, "O"),
        (".", ".", "punct", verb, "O"),
    ]
    return _hand_parse(rows)


def test_a_poll_set_beside_the_subject_before_the_cue_is_the_speaker() -> None:
    doc = _poll_beside_a_subject(comma=True)
    assert speaker_of(doc[6], _ENGLISH)[0] == 5


def test_a_poll_not_set_off_by_a_comma_leaves_the_subject_as_speaker() -> None:
    doc = _poll_beside_a_subject(comma=False)
    assert speaker_of(doc[5], _ENGLISH)[0] == 2


def test_a_subject_hung_on_the_auxiliary_is_the_verbs() -> None:
    # "Hale was n't so much saying that it works ." with "Hale" the subject of "was".
    doc = _hand_parse(
        [
            ("Hale", "NNP", "nsubj", 1, "B-PERSON"),
            ("was", "VBD", "aux", 5, "O"),
            ("n't", "RB", "neg", 1, "O"),
            ("so", "RB", "advmod", 4, "O"),
            ("much", "JJ", "advmod", 5, "O"),
            ("saying", "VBG", "ROOT", 5, "O"),
            ("that", "IN", "mark", 8, "O"),
            ("it", "PRP", "nsubj", 8, "O"),
            ("works", "VBZ", "ccomp", 5, "O"),
            (".", ".", "punct", 5, "O"),
        ]
    )
    assert speaker_of(doc[5], _ENGLISH) == (0, Attribution.SUBJECT)


def test_a_verb_with_its_own_subject_keeps_it_over_its_auxiliarys() -> None:
    # "Ruiz was saying that it works ." parsed right: the verb's own subject.
    doc = _hand_parse(
        [
            ("Ruiz", "NNP", "nsubj", 2, "B-PERSON"),
            ("was", "VBD", "aux", 2, "O"),
            ("saying", "VBG", "ROOT", 2, "O"),
            ("that", "IN", "mark", 5, "O"),
            ("it", "PRP", "nsubj", 5, "O"),
            ("works", "VBZ", "ccomp", 2, "O"),
            (".", ".", "punct", 2, "O"),
        ]
    )
    assert speaker_of(doc[2], _ENGLISH) == (0, Attribution.SUBJECT)


def _name_run_on_from_an_opening_phrase(link: str, coordinated: bool) -> Doc:
    # "Alarmed by the unrest in Ohio , Senator Tom Hale , the party leader , said so ." with
    # the name made a conjunct (or an appositive) of "Ohio" and the cue left with no
    # subject; with ``coordinated``, "and" stands before the name: a true coordination.
    return _hand_parse(
        [
            ("Alarmed", "VBN", "advcl", 15, "O"),
            ("by", "IN", "prep", 0, "O"),
            ("the", "DT", "det", 3, "O"),
            ("unrest", "NN", "pobj", 1, "O"),
            ("in", "IN", "prep", 3, "O"),
            ("Ohio", "NNP", "pobj", 4, "B-GPE"),
            ("and", "CC", "cc", 5, "O") if coordinated else (",", ",", "punct", 5, "O"),
            ("Senator", "NNP", "compound", 9, "O"),
            ("Tom", "NNP", "compound", 9, "B-PERSON"),
            ("Hale", "NNP", link, 5, "I-PERSON"),
            (",", ",", "punct", 9, "O"),
            ("the", "DT", "det", 13, "O"),
            ("party", "NN", "compound", 13, "O"),
            ("leader", "NN", "appos", 9, "O"),
            (",", ",", "punct", 15, "O"),
            ("said", "VBD", "ROOT", 15, "O"),
            ("so", "RB", "advmod", 15, "O"),
            (".", ".", "punct", 15, "O"),
        ]
    )


@pytest.mark.parametrize("link", ["conj", "appos"])
def test_a_name_and_its_appositive_run_on_from_an_opening_phrase_speak(link: str) -> None:
    doc = _name_run_on_from_an_opening_phrase(link, coordinated=False)
    assert speaker_of(doc[15], _ENGLISH)[0] == 9


def test_a_name_coordinated_with_the_opening_phrases_noun_is_not_the_cues() -> None:
    doc = _name_run_on_from_an_opening_phrase("conj", coordinated=True)
    assert speaker_of(doc[15], _ENGLISH)[0] is None


def test_an_appositive_with_its_own_phrase_runs_on_up_to_the_cue() -> None:
    # "Files were stored , Tom Ruiz , the head of sales , wrote so ." with the name hung on
    # "Files": the last appositive ends in its own "of" phrase.
    doc = _hand_parse(
        [
            ("Files", "NNS", "nsubjpass", 2, "O"),
            ("were", "VBD", "auxpass", 2, "O"),
            ("stored", "VBN", "ccomp", 12, "O"),
            (",", ",", "punct", 0, "O"),
            ("Tom", "NNP", "compound", 5, "B-PERSON"),
            ("Ruiz", "NNP", "appos", 0, "I-PERSON"),
            (",", ",", "punct", 5, "O"),
            ("the", "DT", "det", 8, "O"),
            ("head", "NN", "appos", 5, "O"),
            ("of", "IN", "prep", 8, "O"),
            ("sales", "NNS", "pobj", 9, "O"),
            (",", ",", "punct", 12, "O"),
            ("wrote", "VBD", "ROOT", 12, "O"),
            ("so", "RB", "advmod", 12, "O"),
            (".", ".", "punct", 12, "O"),
        ]
    )
    assert speaker_of(doc[12], _ENGLISH)[0] == 5


def _hosts_parse() -> Doc:
    """ "In an interview with Morning Star hosts Tom Hale and Mia Lund, the Green
    presidential candidate stated that Ng is wrong." as the small parser reads it: the
    names an appositive of "hosts", the description an appositive of the last name, the
    cue with no subject."""
    doc = _hand_parse(
        [
            ("In", "IN", "prep", 17, "O"),
            ("an", "DT", "det", 2, "O"),
            ("interview", "NN", "pobj", 0, "O"),
            ("with", "IN", "prep", 2, "O"),
            ("Morning", "NNP", "compound", 6, "B-ORG"),
            ("Star", "NNP", "compound", 6, "I-ORG"),
            ("hosts", "NNS", "pobj", 3, "O"),
            ("Tom", "NNP", "compound", 8, "B-PERSON"),
            ("Hale", "NNP", "appos", 6, "I-PERSON"),
            ("and", "CC", "cc", 8, "O"),
            ("Mia", "NNP", "compound", 11, "B-PERSON"),
            ("Lund", "NNP", "conj", 8, "I-PERSON"),
            (",", ",", "punct", 11, "O"),
            ("the", "DT", "det", 16, "O"),
            ("Green", "JJ", "amod", 16, "O"),
            ("presidential", "JJ", "amod", 16, "O"),
            ("candidate", "NN", "appos", 11, "O"),
            ("stated", "VBD", "ROOT", 17, "O"),
            ("that", "IN", "mark", 20, "O"),
            ("Ng", "NNP", "nsubj", 20, "B-PERSON"),
            ("is", "VBZ", "ccomp", 17, "O"),
            ("wrong", "JJ", "acomp", 20, "O"),
            (".", ".", "punct", 17, "O"),
        ]
    )
    doc[6].lemma_ = "host"
    return doc


def test_a_description_run_on_from_an_opening_phrase_describes_none_of_its_names() -> None:
    doc = _hosts_parse()
    lexicon = Lexicon.english()
    assert run_on_verb(doc[16]) == doc[17]
    assert describe(doc[11], lexicon).role is None  # not Lund's capacity
    # The plural office's own words stop before the names the parse hung on it.
    assert describe(doc[6], lexicon, own_words=True).role == "hosts"


def _fronted_complement_parse(second_complement: bool) -> Doc:
    """ "Ana Ruiz , a director , has been busing members , also said her group would march ."
    with the long subject phrase read as a complement before the cue (or, without
    ``second_complement``, the cue's only complement: "..., also said.")."""
    rows = [
        ("Ana", "NNP", "compound", 1, "B-PERSON"),
        ("Ruiz", "NNP", "nsubj", 8, "I-PERSON"),
        (",", ",", "punct", 1, "O"),
        ("a", "DT", "det", 4, "O"),
        ("director", "NN", "appos", 1, "O"),
        (",", ",", "punct", 1, "O"),
        ("has", "VBZ", "aux", 8, "O"),
        ("been", "VBN", "aux", 8, "O"),
        ("busing", "VBG", "ccomp", 12, "O"),
        ("members", "NNS", "dobj", 8, "O"),
        (",", ",", "punct", 12, "O"),
        ("also", "RB", "advmod", 12, "O"),
        ("said", "VBD", "ROOT", 12, "O"),
    ]
    if second_complement:
        rows += [
            ("her", "PRP$", "poss", 14, "O"),
            ("group", "NN", "nsubj", 16, "O"),
            ("would", "MD", "aux", 16, "O"),
            ("march", "VB", "ccomp", 12, "O"),
        ]
    return _hand_parse([*rows, (".", ".", "punct", 12, "O")])


def test_a_name_whose_phrase_the_parse_made_a_fronted_complement_is_the_cues_subject() -> None:
    doc = _fronted_complement_parse(second_complement=True)
    assert speaker_of(doc[12], _ENGLISH) == (1, Attribution.SUBJECT)


def test_negative_a_fronted_complement_alone_is_the_statement_not_a_subject() -> None:
    # "Ruiz has been busing members, also said." reports the one clause before the cue.
    doc = _fronted_complement_parse(second_complement=False)
    assert speaker_of(doc[12], _ENGLISH)[0] != 1


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        pytest.param(
            "Ana Diaz said Tom Ng's budget would cut the library, and called him \u201ca "
            "friend of the landlords.\u201d",
            "said",
            "Tom Ng's budget would cut the library",
            id="a-second-verb-of-the-reporter",
        ),
        pytest.param(
            "Councillor Ana Diaz dismissed Tom Ng's charge that the port is breaking the law "
            "\u2014 saying the Ng campaign had refused the same help.",
            "dismissed",
            "Tom Ng's charge that the port is breaking the law",
            id="a-participle-of-the-dismisser",
        ),
    ],
)
def test_the_reporters_second_verb_is_no_part_of_the_content(
    analyze: Analyze, text: str, cue: str, content: str
) -> None:
    found = [q for q in analyze(text).quotes if q.cue is not None and q.cue.text == cue]
    assert [q.content.text for q in found] == [content]
