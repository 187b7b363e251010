"""Detection of direct and mixed quotes in news text, end to end through the parsed text.

Each test is a phenomenon table: ``(text, expected quote, expected speaker, attribution)``.
Expectations are what a careful annotator would mark, not what the extractor happens to do.

Conventions used throughout (as in ``docs/annotation-guidelines.md``):

- Content is compared exactly, except that a trailing comma is ignored on both sides: in
  ``"We will act," she said.`` the comma stands in for the full stop the reporting clause
  displaced, and annotation guidelines differ on whether it belongs to the quote.
  Terminal ``.``, ``?`` and ``!`` inside the marks are part of the content.
- A speaker given as a plain string is the speaker's ``name`` (the fullest proper name the text
  gives that speaker, without titles or offices such as "Mayor"); a speaker given as
  ``Mention(...)`` is an unnamed speaker and is compared with the mention text (a noun phrase
  without appositives or relative clauses).
- Every record of every text must satisfy ``text[start:end] == content.text``.
"""

from __future__ import annotations

from collections.abc import Callable

import attrs
import pytest

from quoteattr import (
    Attribution,
    Document,
    Extractor,
    Quote,
    QuoteKind,
    Resolution,
    UnbalancedQuoteWarning,
)

Analyze = Callable[[str], Document]

DIRECT, MIXED = QuoteKind.DIRECT, QuoteKind.MIXED
SUBJECT, POSTPOSED = Attribution.SUBJECT, Attribution.POSTPOSED
PARTICIPIAL, FLOATING = Attribution.PARTICIPIAL, Attribution.FLOATING
PRONOUNS = frozenset({"he", "she", "they", "it", "him", "her", "them", "we", "i"})


@attrs.frozen
class Mention:
    """An unnamed speaker, identified by the words of its mention (``the newspaper``)."""

    text: str


# ---------------------------------------------------------------- helpers


def describe(doc: Document) -> str:
    """Every record of ``doc`` on one line each, for failure messages."""
    if not doc.quotes:
        return "  (no records)"
    lines = []
    for q in doc.quotes:
        who = "-" if q.speaker is None else f"{q.speaker.text!r} name={q.speaker.name!r}"
        parts = [p.text for p in q.content.parts]
        lines.append(
            f"  {q.kind.value:8} {q.content.text!r} parts={parts} speaker={who} "
            f"attribution={q.attribution.value}"
        )
    return "\n".join(lines)


def offsets_hold(text: str, doc: Document) -> None:
    """Content and its parts are exact slices of the caller's text."""
    for q in doc.quotes:
        assert text[q.content.start : q.content.end] == q.content.text
        for part in q.content.parts:
            assert text[part.start : part.end] == part.text
            assert q.content.start <= part.start <= part.end <= q.content.end


def run(analyze: Analyze, text: str) -> Document:
    doc = analyze(text)
    offsets_hold(text, doc)
    return doc


def words(content: str) -> str:
    """Content without surrounding blanks or a trailing comma (see the module docstring)."""
    return content.strip().removesuffix(",").rstrip()


def quote_holding(doc: Document, needle: str) -> Quote:
    """The one record whose content holds ``needle``."""
    found = [q for q in doc.quotes if needle in q.content.text]
    assert len(found) == 1, f"expected one record holding {needle!r}, got:\n{describe(doc)}"
    return found[0]


def only_record(doc: Document) -> Quote:
    assert len(doc.quotes) == 1, f"expected exactly one record, got:\n{describe(doc)}"
    return doc.quotes[0]


def check_speaker(q: Quote, expected: str | Mention, doc: Document) -> None:
    assert q.speaker is not None, f"no speaker:\n{describe(doc)}"
    if isinstance(expected, Mention):
        assert q.speaker.text == expected.text, describe(doc)
    else:
        assert q.speaker.name == expected, describe(doc)


def check_record(
    q: Quote,
    doc: Document,
    kind: QuoteKind,
    content: str,
    speaker: str | Mention,
    attribution: Attribution,
) -> None:
    assert q.kind is kind, describe(doc)
    assert words(q.content.text) == words(content), describe(doc)
    check_speaker(q, speaker, doc)
    assert q.attribution is attribution, describe(doc)


# ---------------------------------------------------------------- 1. quote-mark styles

MARK_STYLES = [
    pytest.param(
        "“We will open the new library in March,” said Councillor Tom Becker.",
        "We will open the new library in March",
        "Tom Becker",
        POSTPOSED,
        id="curly-double",
    ),
    pytest.param(
        '"The strike goes on until Friday," union leader Jana Novak said.',
        "The strike goes on until Friday",
        "Jana Novak",
        POSTPOSED,
        id="straight-double",
    ),
    pytest.param(
        "“Everyone here calls it ‘the quiet season’, but it is our busiest month,” "
        "said shop owner Elena Petrova.",
        "Everyone here calls it ‘the quiet season’, but it is our busiest month",
        "Elena Petrova",
        POSTPOSED,
        id="curly-single-nested-in-curly-double",
    ),
    pytest.param(
        "«We will not sign this agreement», trade union chief Marc Aubert said on Tuesday.",
        "We will not sign this agreement",
        "Marc Aubert",
        POSTPOSED,
        id="guillemets",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker", "attribution"), MARK_STYLES)
def test_direct_quote_is_found_in_every_quote_mark_style(
    analyze: Analyze, text: str, content: str, speaker: str | Mention, attribution: Attribution
) -> None:
    doc = run(analyze, text)
    check_record(only_record(doc), doc, DIRECT, content, speaker, attribution)


# ---------------------------------------------------------------- 2. apostrophes

APOSTROPHES = [
    pytest.param(
        "\"We don't have the money, and we won't pretend otherwise,\" said treasurer Olga Strand.",
        "We don't have the money, and we won't pretend otherwise",
        "Olga Strand",
        id="straight-contractions-dont-wont",
    ),
    pytest.param(
        "“Rents haven’t climbed this fast since the ’90s,” economist Raj Mehta said.",
        "Rents haven’t climbed this fast since the ’90s",
        "Raj Mehta",
        id="elided-decade-90s",
    ),
    pytest.param(
        "Haas’s deputy, Mira Lindgren, said, “Israel’s offer isn’t dead yet.”",
        "Israel’s offer isn’t dead yet.",
        "Mira Lindgren",
        id="possessives-before-and-inside-israels",
    ),
    pytest.param(
        "“Nobody on the council has costed the officials’ plan,” said Teodor Haas.",
        "Nobody on the council has costed the officials’ plan",
        "Teodor Haas",
        id="plural-possessive-officials",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), APOSTROPHES)
def test_apostrophes_do_not_break_quote_pairing(
    analyze: Analyze, text: str, content: str, speaker: str
) -> None:
    doc = run(analyze, text)
    q = only_record(doc)
    assert q.kind is DIRECT, describe(doc)
    assert words(q.content.text) == words(content), describe(doc)
    check_speaker(q, speaker, doc)


# ---------------------------------------------------------------- 3. multi-paragraph quotes

MULTI_PARAGRAPH = [
    pytest.param(
        'Housing officer Ruth Adler said: "We spent the summer counting every empty home '
        "in the district.\n\n"
        '"What we found surprised us: one home in nine has nobody living in it."',
        (
            "We spent the summer counting every empty home in the district.",
            "What we found surprised us: one home in nine has nobody living in it.",
        ),
        "Ruth Adler",
        SUBJECT,
        id="straight-preposed-colon",
    ),
    pytest.param(
        '"The river has burst its banks four times since 2010.\n\n'
        '"Each time, the same streets go under water," said resident Carlos Mendes.',
        (
            "The river has burst its banks four times since 2010.",
            "Each time, the same streets go under water",
        ),
        "Carlos Mendes",
        POSTPOSED,
        id="straight-postposed-after-second-paragraph",
    ),
    pytest.param(
        "The harbour master, Leif Sorensen, told the inquiry: “The crane had not been "
        "inspected for two years.\n\n"
        "“I raised it in writing, twice, and heard nothing back.”",
        (
            "The crane had not been inspected for two years.",
            "I raised it in writing, twice, and heard nothing back.",
        ),
        "Leif Sorensen",
        SUBJECT,
        id="curly-preposed-told",
    ),
]


@pytest.mark.parametrize(("text", "parts", "speaker", "attribution"), MULTI_PARAGRAPH)
def test_quote_reopened_in_next_paragraph_is_one_record_with_a_part_per_paragraph(
    analyze: Analyze,
    text: str,
    parts: tuple[str, str],
    speaker: str,
    attribution: Attribution,
) -> None:
    doc = run(analyze, text)
    q = only_record(doc)
    assert q.kind is DIRECT, describe(doc)
    assert tuple(words(p.text) for p in q.content.parts) == tuple(map(words, parts)), describe(doc)
    assert q.content.text.startswith(parts[0]), describe(doc)
    assert words(q.content.text).endswith(words(parts[1])), describe(doc)
    check_speaker(q, speaker, doc)
    assert q.attribution is attribution, describe(doc)


# ---------------------------------------------------------------- 4. unbalanced quote marks

UNBALANCED = [
    pytest.param(
        '"We will appeal the ruling," said resident Yusuf Demir.\n\n'
        'The council called the plan "a fair deal for everyone.',
        "a fair deal",
        "We will appeal the ruling",
        "Yusuf Demir",
        id="unclosed-opening-in-last-paragraph",
    ),
    pytest.param(
        'Critics described the contract as "rushed and secret.\n\n'
        'Union leader Jana Novak said: "We were never shown the contract."',
        "rushed and secret",
        "We were never shown the contract.",
        "Jana Novak",
        id="unclosed-opening-before-a-good-paragraph",
    ),
    pytest.param(
        "The vote was put off again” after a power cut.\n\n"
        "“Democracy can wait an hour,” said town clerk Ivo Kastner.",
        "The vote was put off",
        "Democracy can wait an hour",
        "Ivo Kastner",
        id="stray-closing-mark",
    ),
]


@pytest.mark.parametrize(("text", "broken", "content", "speaker"), UNBALANCED)
def test_unbalanced_quote_is_skipped_and_other_quotes_survive(
    extractor: Extractor, text: str, broken: str, content: str, speaker: str
) -> None:
    with pytest.warns(UnbalancedQuoteWarning):
        doc = extractor.analyze(text)
    offsets_hold(text, doc)
    assert not [q for q in doc.quotes if broken in q.content.text], describe(doc)
    q = quote_holding(doc, words(content))
    assert q.kind is DIRECT, describe(doc)
    assert words(q.content.text) == words(content), describe(doc)
    check_speaker(q, speaker, doc)


# ---------------------------------------------------- 5. quote marks that are not quotes

NOT_QUOTES = [
    pytest.param(
        'Quintero appeared on "Night Desk" late on Sunday.', "Night Desk", id="programme-title"
    ),
    pytest.param(
        "Her third novel, “Salt and Iron”, sold 40,000 copies in its first week.",
        "Salt and Iron",
        id="book-title",
    ),
    pytest.param(
        'The so-called "reset" between the two parties lasted barely a month.',
        "reset",
        id="scare-quoted-term",
    ),
    pytest.param(
        'Quintero spoke on Channel Nine\'s "Morning Harbour Report." The ferry resumed.',
        "Morning Harbour Report",
        id="programme-title-after-possessive-with-full-stop-inside",
    ),
    pytest.param(
        'Quintero spoke on "Night Desk With Ana Ruiz." The ferry resumed on Monday.',
        "Night Desk",
        id="programme-title-after-on-with-full-stop-inside",
    ),
    pytest.param(
        'Quintero told "The Harbour Ledger" that the bridge would reopen in May.',
        "Harbour Ledger",
        id="outlet-name-next-to-a-cue",
    ),
    pytest.param(
        'Speaking on Channel Nine\'s "Morning Harbour Report," Quintero said the ferry would '
        "resume on Monday.",
        "Morning Harbour Report",
        id="programme-title-with-comma-before-the-speaker-and-cue",
    ),
    pytest.param(
        'She blamed the fire on a "careless neighbor," not on the weather, and said it was '
        "upsetting to see the damage.",
        "careless neighbor",
        id="a-term-inside-a-phrase-ending-in-a-comma-before-a-later-cue",
    ),
    pytest.param(
        'The foundation would not address "that man," telling reporters that it is focused on '
        "its work.",
        "that man",
        id="an-object-of-another-verb-ending-in-a-comma-before-a-participial-cue",
    ),
]


@pytest.mark.parametrize(("text", "quoted"), NOT_QUOTES)
def test_titles_and_scare_quotes_are_not_quotes(analyze: Analyze, text: str, quoted: str) -> None:
    doc = run(analyze, text)
    assert not [q for q in doc.quotes if quoted in q.content.text], describe(doc)
    assert not [q for q in doc.quotes if q.kind is not QuoteKind.INDIRECT], describe(doc)


def test_a_short_quote_that_is_a_sentence_of_its_own_is_speech(analyze: Analyze) -> None:
    # Two words, so no floating quote by length; a sentence of its own, so no scare quote.
    text = '"The pumps failed twice," said Ana Ruiz, who runs the station. "Nobody came."'
    doc = run(analyze, text)
    (quote,) = doc.quotes
    assert [p.text for p in quote.content.parts] == ["The pumps failed twice", "Nobody came."]
    check_speaker(quote, "Ana Ruiz", doc)


# ---------------------------------------------------------------- 6-10. cue positions

PREPOSED = [
    pytest.param(
        'Mayor Marisol Quintero said, "We will rebuild the bridge before winter."',
        "We will rebuild the bridge before winter.",
        "Marisol Quintero",
        id="titled-name-said-comma",
    ),
    pytest.param(
        'The senator said: "This bill will not pass in its current form."',
        "This bill will not pass in its current form.",
        Mention("The senator"),
        id="description-said-colon",
    ),
    pytest.param(
        'Fire chief Harlan Price told reporters on Tuesday, "The blaze is fully contained."',
        "The blaze is fully contained.",
        "Harlan Price",
        id="told-reporters-past",
    ),
    pytest.param(
        'Jana Novak says, "Nobody wants a strike, but we are ready for one."',
        "Nobody wants a strike, but we are ready for one.",
        "Jana Novak",
        id="says-present",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), PREPOSED)
def test_preposed_cue_attributes_quote_to_its_subject(
    analyze: Analyze, text: str, content: str, speaker: str | Mention
) -> None:
    doc = run(analyze, text)
    check_record(only_record(doc), doc, DIRECT, content, speaker, SUBJECT)


POSTPOSED_ROWS = [
    pytest.param(
        '"The tunnel will open on schedule," Quintero said.',
        "The tunnel will open on schedule",
        "Quintero",
        id="surname-said",
    ),
    pytest.param(
        '"We have never seen a harvest this poor," says farmer Anton Reyes.',
        "We have never seen a harvest this poor",
        "Anton Reyes",
        id="inverted-says-name",
    ),
    pytest.param(
        '"The figures simply do not add up," the newspaper said in an editorial.',
        "The figures simply do not add up",
        Mention("the newspaper"),
        id="the-newspaper-said",
    ),
    pytest.param(
        'Resident Priya Natarajan raised her hand. "Who is going to pay for all this?" she asked.',
        "Who is going to pay for all this?",
        "Priya Natarajan",
        id="question-she-asked",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), POSTPOSED_ROWS)
def test_postposed_and_inverted_cue_attributes_quote_to_its_subject(
    analyze: Analyze, text: str, content: str, speaker: str | Mention
) -> None:
    doc = run(analyze, text)
    check_record(only_record(doc), doc, DIRECT, content, speaker, POSTPOSED)


SPLIT = [
    pytest.param(
        "Ivo Kral spoke on the radio.\n\n"
        "“The levy is fair,” Ivo Kral said during an interview on “Harbour Hour” on Sunday. "
        "“We will see in May what it brings.”",
        ("The levy is fair", "We will see in May what it brings."),
        "Ivo Kral",
        id="resumed-after-a-reporting-clause-that-names-a-show-in-quotes",
    ),
    pytest.param(
        "Ivo Kral spoke on the radio.\n\n"
        "“The levy is fair,” he said on “Harbour Hour.” “We will see in May what it brings.”",
        ("The levy is fair", "We will see in May what it brings."),
        "Ivo Kral",
        id="a-show-named-after-the-cue-is-no-resumed-part",
    ),
    pytest.param(
        "Engineer Mei Tanaka inspected the bridge on Friday. "
        '"The deck itself is sound," she said, "but the approach road needs work."',
        ("The deck itself is sound", "but the approach road needs work."),
        "Mei Tanaka",
        id="split-by-she-said-comma",
    ),
    pytest.param(
        "“We have the votes,” said Senator Paul Wexler, “and we will pass it this week.”",
        ("We have the votes", "and we will pass it this week."),
        "Paul Wexler",
        id="split-by-inverted-said-name",
    ),
    pytest.param(
        '"The shelter is full," said director Hannah Cole. '
        '"We are turning families away every night."',
        ("The shelter is full", "We are turning families away every night."),
        "Hannah Cole",
        id="second-sentence-in-same-paragraph",
    ),
    pytest.param(
        '"It is far too soon," said coach Lena Dorn, "to call this season a success."',
        ("It is far too soon", "to call this season a success."),
        "Lena Dorn",
        id="a verb inside the second half is a word of the quote, not a report of hers",
    ),
    pytest.param(
        '"Nobody expected the flood," said Ivo Kral, a spokesman for the Lowland Water Board, '
        '"and we are still pumping out basements."',
        ("Nobody expected the flood", "and we are still pumping out basements."),
        "Ivo Kral",
        id="inverted speaker with an appositive interrupts the quote, not part of it",
    ),
    pytest.param(
        '"The danger," said Ana Ruiz, a planner who is the head of the Harbor Valley Institute, '
        '"is that we are going to lose the port."',
        ("The danger", "is that we are going to lose the port."),
        "Ana Ruiz",
        id="the parse makes the inverted speaker the subject of the second half",
    ),
    pytest.param(
        '"The levy could pay for every new pump in the delta," said Ivo Kral, the senior '
        "adviser on water infrastructure and flood defence at the Lowland Institute for "
        "Public Works Research in Delft. "
        '"But it may not pass, and it may not be wise."',
        (
            "The levy could pay for every new pump in the delta",
            "But it may not pass, and it may not be wise.",
        ),
        "Ivo Kral",
        id="second sentence after a long reporting clause",
    ),
    pytest.param(
        "''The levy is fair,'' said Dara O'Keefe, the board's treasurer. "
        "''We will know in May what it brings.''",
        ("The levy is fair", "We will know in May what it brings."),
        "Dara O'Keefe",
        id="apostrophes inside words between the halves are no quote marks",
    ),
]


def test_a_report_inside_the_reporting_clause_does_not_stop_the_resumed_quote(
    analyze: Analyze,
) -> None:
    doc = run(
        analyze,
        '"We will win this town," Ana Ruiz said at a rally, hours after officials declared '
        'her the winner. "You will be very happy with us."',
    )
    direct = [q for q in doc.quotes if q.kind is DIRECT]
    assert [[p.text for p in q.content.parts] for q in direct] == [
        ["We will win this town", "You will be very happy with us."]
    ], describe(doc)


def test_a_quote_resumed_in_doubled_apostrophes_after_an_aside_is_one_record(
    analyze: Analyze,
) -> None:
    # Some papers write a double quote as two apostrophes: the quote after ". " opens a
    # sentence, so the aside's statement stops before it and the resumed quote joins.
    doc = run(
        analyze,
        "Time, Ivo Kral added, was on their side. ''It is early days, for heaven's sake,'' "
        "he said. ''The real work starts in May.''",
    )
    assert [q.content.text for q in doc.quotes if q.kind is not DIRECT] == [
        "Time, Ivo Kral added, was on their side"
    ], describe(doc)
    direct = [q for q in doc.quotes if q.kind is DIRECT]
    assert [[p.text for p in q.content.parts] for q in direct] == [
        ["It is early days, for heaven's sake", "The real work starts in May."]
    ], describe(doc)


def test_a_quote_past_the_sentence_after_the_cue_floats(analyze: Analyze) -> None:
    # A sentence of narrative stands between: the second quote is a record of its own.
    doc = run(
        analyze,
        '"The levy is fair," said Ivo Kral. He left early. "We will see in May what it brings."',
    )
    assert [q.content.text for q in doc.quotes] == [
        "The levy is fair",
        "We will see in May what it brings.",
    ], describe(doc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            '"The plan is late," she said, but despite the delays, "I think it will work," '
            "said Ana Ruiz, who chairs the board.",
            ["The plan is late", "I think it will work"],
            id="two quotes, each with its own reporting clause",
        ),
        pytest.param(
            'The two "loopholes" he cited are "the ability to deduct losses," the paper reported.',
            ['The two "loopholes" he cited are "the ability to deduct losses,"'],
            id="negative: a quoted word before a clause with a cue ends no quoted clause",
        ),
    ],
)
def test_a_second_reporting_clause_takes_only_the_quote_after_the_first(
    analyze: Analyze, text: str, expected: list[str]
) -> None:
    doc = run(analyze, text)
    found = [q.content.text for q in doc.quotes if q.cue is None or q.cue.text != "cited"]
    assert found == expected, describe(doc)


@pytest.mark.parametrize(("text", "parts", "speaker"), SPLIT)
def test_quote_split_around_its_cue_is_one_record_with_two_parts(
    analyze: Analyze, text: str, parts: tuple[str, str], speaker: str
) -> None:
    doc = run(analyze, text)
    q = only_record(doc)
    assert q.kind is DIRECT, describe(doc)
    assert tuple(words(p.text) for p in q.content.parts) == tuple(map(words, parts)), describe(doc)
    assert q.content.text.startswith(parts[0]), describe(doc)
    assert q.content.text.endswith(parts[1]), describe(doc)
    check_speaker(q, speaker, doc)
    assert q.attribution is POSTPOSED, describe(doc)


NEGATION_ROWS = [
    pytest.param('"No," the harbour master said.', "No", False, id="quoted no"),
    pytest.param('"Never," replied the harbour master.', "Never", False, id="quoted never"),
    pytest.param(
        '"Not yet," the harbour master said when asked about the ferry.',
        "Not yet",
        False,
        id="quoted not yet",
    ),
    pytest.param(
        'The harbour master did not say "the ferry is safe."',
        "the ferry is safe.",
        True,
        id="did not say before a quote is negated",
    ),
    pytest.param(
        '"The ferry is safe," the harbour master never said.',
        "The ferry is safe",
        True,
        id="never said after a quote is negated",
    ),
]


@pytest.mark.parametrize(("text", "content", "negated"), NEGATION_ROWS)
def test_negation_inside_the_quote_does_not_negate_the_cue(
    analyze: Analyze, text: str, content: str, negated: bool
) -> None:
    # A fact-checker reading ``negated`` would discard '"No," she said': the "no" is hers.
    doc = run(analyze, text)
    q = only_record(doc)
    assert words(q.content.text) == words(content), describe(doc)
    assert q.cue is not None and q.cue.negated is negated, describe(doc)


PARTICIPIAL_ROWS = [
    pytest.param(
        'Governor Lisa Moreno spoke at the rally, saying, "We will not close a single school."',
        "We will not close a single school.",
        "Lisa Moreno",
        id="saying-comma",
    ),
    pytest.param(
        "Coach Ben Harlow walked out of the press conference, telling reporters: "
        "“I have nothing more to add.”",
        "I have nothing more to add.",
        "Ben Harlow",
        id="telling-reporters-colon",
    ),
    pytest.param(
        'Quintero defended the budget on Thursday, adding, "Every cut was painful."',
        "Every cut was painful.",
        "Quintero",
        id="adding-comma",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), PARTICIPIAL_ROWS)
def test_participial_cue_takes_the_subject_of_its_clause(
    analyze: Analyze, text: str, content: str, speaker: str
) -> None:
    doc = run(analyze, text)
    check_record(only_record(doc), doc, DIRECT, content, speaker, PARTICIPIAL)


COLON = [
    pytest.param(
        'Finance Minister Rosalind Achebe said on Monday: "The budget will balance by 2027."',
        "The budget will balance by 2027.",
        "Rosalind Achebe",
        id="said-on-monday-colon",
    ),
    pytest.param(
        "The company's chief executive, Nora Lindqvist, wrote in a memo to staff: "
        '"We will not be cutting jobs this year."',
        "We will not be cutting jobs this year.",
        "Nora Lindqvist",
        id="appositive-name-wrote-colon",
    ),
    pytest.param(
        "Police spokesman Amit Roy told the radio station late on Saturday: "
        "“Two people have been detained.”",
        "Two people have been detained.",
        "Amit Roy",
        id="told-with-adverbials-colon",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), COLON)
def test_colon_introduced_quote_is_attributed_to_the_cue_subject(
    analyze: Analyze, text: str, content: str, speaker: str
) -> None:
    doc = run(analyze, text)
    check_record(only_record(doc), doc, DIRECT, content, speaker, SUBJECT)


# ---------------------------------------------------------------- 11. mixed quotes

MIXED_ROWS = [
    pytest.param(
        'The ambassador said that while her country "remains open to dialogue," it was '
        'ready to "defend its borders."',
        'while her country "remains open to dialogue," it was ready to "defend its borders."',
        Mention("The ambassador"),
        id="two-fragments-in-one-clause",
    ),
    pytest.param(
        'Quintero said the proposal was "dead on arrival" and vowed to veto it.',
        'the proposal was "dead on arrival"',
        "Quintero",
        id="fragment-then-coordinated-verb-outside",
    ),
    pytest.param(
        'Police said the suspect had been "calm and cooperative" during questioning.',
        'the suspect had been "calm and cooperative" during questioning',
        Mention("Police"),
        id="fragment-mid-clause",
    ),
    pytest.param(
        "Senator Paul Wexler argued that the tax cut would “mostly help the richest families.”",
        "the tax cut would “mostly help the richest families.”",
        "Paul Wexler",
        id="fragment-ends-clause-argued-that",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), MIXED_ROWS)
def test_reported_clause_with_quoted_fragments_is_one_mixed_record(
    analyze: Analyze, text: str, content: str, speaker: str | Mention
) -> None:
    doc = run(analyze, text)
    mixed = [q for q in doc.quotes if q.kind is MIXED]
    assert len(mixed) == 1, f"expected one mixed record, got {doc.quotes}"
    check_record(mixed[0], doc, MIXED, content, speaker, SUBJECT)


def test_commitment_coordinated_with_a_mixed_quote_is_the_reporters(analyze: Analyze) -> None:
    # "vowed to veto it" is a reported commitment of the same speaker (annotation guidelines).
    doc = run(analyze, 'Quintero said the proposal was "dead on arrival" and vowed to veto it.')
    vows = [q for q in doc.quotes if q.cue is not None and q.cue.lemma == "vow"]
    assert len(vows) == 1
    assert vows[0].content.text == "to veto it"
    assert vows[0].speaker is not None and vows[0].speaker.name == "Quintero"


@pytest.mark.parametrize(
    ("text", "first", "second", "speaker"),
    [
        pytest.param(
            "Riverton Mayor Karen Doyle said Friday that she thinks the footage should be "
            'released but said "the question is the timing."',
            "she thinks the footage should be released",
            "the question is the timing.",
            "Karen Doyle",
            id="second-saying-verb-after-but-with-a-quote",
        ),
        pytest.param(
            "Police Chief Omar Bell said Tuesday that he believes the tape should be made public "
            'but said "the question is when."',
            "he believes the tape should be made public",
            "the question is when.",
            "Omar Bell",
            id="second-saying-verb-after-but-hung-as-a-complement",
        ),
        pytest.param(
            "The minister said on Monday that the plan was sound but said the timing was poor.",
            "the plan was sound",
            "the timing was poor",
            "the minister",
            id="second-saying-verb-after-but-coordinated",
        ),
    ],
)
def test_a_second_saying_verb_after_a_coordinator_is_a_second_report(
    analyze: Analyze, text: str, first: str, second: str, speaker: str
) -> None:
    # The parser may hang the second verb on the first as a complement: it is a report of
    # its own, by the same speaker, and no part of the first report's content.
    doc = run(analyze, text)
    contents = [q.content.text for q in doc.quotes]
    assert contents == [first, second]
    for quote in doc.quotes:
        assert quote.speaker is not None
        assert speaker.lower() in (quote.speaker.name or quote.speaker.text).lower()


def test_a_saying_verb_as_complement_without_a_coordinator_is_reported(analyze: Analyze) -> None:
    # Negative: "Ruiz said Moss said the vote was rigged" reports Moss's words inside Ruiz's.
    doc = run(analyze, "Ana Ruiz said Tom Moss said the vote was rigged.")
    by_moss = [q for q in doc.quotes if q.speaker is not None and "Moss" in q.speaker.text]
    assert [q.content.text for q in by_moss] == ["the vote was rigged"]


# ---------------------------------------------------------------- 12. floating quotes

FLOATING_ROWS = [
    pytest.param(
        '"We rebuilt three classrooms this year," said principal Abena Owusu.\n\n'
        '"Next year we want to finish the gym. The children have waited long enough."',
        "Next year we want to finish the gym. The children have waited long enough.",
        "Abena Owusu",
        id="after-postposed-quote",
    ),
    pytest.param(
        'Harbour master Leif Sorensen said on Wednesday: "Small boats may use the port first."\n\n'
        '"Container ships will follow once the channel has been dredged."',
        "Container ships will follow once the channel has been dredged.",
        "Leif Sorensen",
        id="after-preposed-colon-quote",
    ),
    pytest.param(
        "Nurse Amara Diallo has worked nights for eleven years. “We are exhausted,” she said.\n\n"
        "“Some of us have not had a weekend off since spring.”",
        "Some of us have not had a weekend off since spring.",
        "Amara Diallo",
        id="after-pronoun-attributed-quote",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), FLOATING_ROWS)
def test_uncued_quote_paragraph_inherits_the_previous_speaker(
    analyze: Analyze, text: str, content: str, speaker: str
) -> None:
    doc = run(analyze, text)
    assert len(doc.quotes) == 2, describe(doc)
    q = quote_holding(doc, content[:25])
    check_record(q, doc, DIRECT, content, speaker, FLOATING)


# ---------------------------------------------------------------- 13. speakers

NOUN_PHRASES = [
    pytest.param(
        'The head of the regional water authority said, "Supplies will last until August."',
        "The head of the regional water authority",
        id="of-phrase-preposed",
    ),
    pytest.param(
        '"Nobody warned us," said a spokeswoman for the families of the victims.',
        "a spokeswoman for the families of the victims",
        id="for-phrase-inverted",
    ),
    pytest.param(
        '"The roof could fall in at any time," two senior engineers at the city council said.',
        "two senior engineers at the city council",
        id="modifiers-and-prepositional-phrase-postposed",
    ),
]


@pytest.mark.parametrize(("text", "mention"), NOUN_PHRASES)
def test_speaker_mention_is_the_whole_noun_phrase_of_the_cue_subject(
    analyze: Analyze, text: str, mention: str
) -> None:
    doc = run(analyze, text)
    q = only_record(doc)
    assert q.speaker is not None, describe(doc)
    assert q.speaker.text == mention, describe(doc)


PRONOUN_SPEAKERS = [
    pytest.param(
        'Detective Sam Ibarra reached the house first. "The back door was already open," he said.',
        "The back door",
        "he",
        "Sam Ibarra",
        id="he-after-one-person",
    ),
    pytest.param(
        "The report was drafted by Lucia Ferrante and checked by Oskar Wendt. "
        '"It is thorough but late," he said.',
        "thorough but late",
        "he",
        "Oskar Wendt",
        id="he-takes-nearest-of-two-people",
    ),
    pytest.param(
        "Judge Helga Marsh adjourned the hearing until March.\n\n"
        'She said: "The court needs the full accounts before it can rule."',
        "full accounts",
        "She",
        "Helga Marsh",
        id="she-preposed-in-next-paragraph",
    ),
]


@pytest.mark.parametrize(("text", "needle", "mention", "name"), PRONOUN_SPEAKERS)
def test_pronoun_speaker_takes_the_name_of_the_nearest_earlier_person(
    analyze: Analyze, text: str, needle: str, mention: str, name: str
) -> None:
    doc = run(analyze, text)
    q = quote_holding(doc, needle)
    assert q.speaker is not None, describe(doc)
    assert q.speaker.text == mention, describe(doc)
    assert q.speaker.name == name, describe(doc)
    assert (q.speaker.name or "").lower() not in PRONOUNS, describe(doc)
    assert q.speaker.resolution is Resolution.PRONOUN, describe(doc)


SURNAME_SPEAKERS = [
    pytest.param(
        'Marisol Quintero took office in January. "We inherited a deficit," Quintero said.',
        "inherited a deficit",
        "Marisol Quintero",
        id="surname-postposed-same-paragraph",
    ),
    pytest.param(
        'Abena Owusu has run the school since 2015.\n\n"Funding is the whole story," said Owusu.',
        "whole story",
        "Abena Owusu",
        id="surname-inverted-next-paragraph",
    ),
    pytest.param(
        "Fire chief Harlan Price arrived within minutes. "
        'Price said: "The sprinklers had been switched off."',
        "sprinklers",
        "Harlan Price",
        id="surname-preposed-after-titled-name",
    ),
]


@pytest.mark.parametrize(("text", "needle", "name"), SURNAME_SPEAKERS)
def test_surname_speaker_takes_the_full_name_seen_earlier(
    analyze: Analyze, text: str, needle: str, name: str
) -> None:
    doc = run(analyze, text)
    q = quote_holding(doc, needle)
    assert q.speaker is not None, describe(doc)
    assert q.speaker.name == name, describe(doc)
    assert q.speaker.resolution is Resolution.NAME, describe(doc)


# ---------------------------------------------------------------- 14. edge inputs

NOTHING_TO_FIND = [
    pytest.param("", id="empty"),
    pytest.param("   ", id="spaces"),
    pytest.param(" \n\n\t \r\n ", id="blank-lines-and-tabs"),
    pytest.param(
        "The river rose two metres overnight. Several roads near the station were closed.",
        id="prose-without-quotes",
    ),
]


@pytest.mark.parametrize("text", NOTHING_TO_FIND)
def test_text_without_quotes_gives_no_records(extractor: Extractor, text: str) -> None:
    assert extractor.extract(text) == []


# ---------------------------------------------------------------- typographic credits


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        pytest.param(
            "“The buses never come on time.” ― Marta Olsen\n"
            "“We need a new route.” ―\u00a0Ravi Menon",
            "We need a new route.",
            "Ravi Menon",
            id="dash-credit-after-no-break-space",
        ),
        pytest.param(
            "“The buses never come on time.” ― Marta Olsen",
            "The buses never come on time.",
            "Marta Olsen",
            id="dash-credit",
        ),
    ],
)
def test_dash_credit_names_the_speaker(
    analyze: Analyze, text: str, content: str, speaker: str
) -> None:
    doc = run(analyze, text)
    quote = next(q for q in doc.quotes if q.content.text == content)
    assert quote.speaker is not None and quote.speaker.name == speaker


def test_name_before_a_colon_is_the_speaker_of_a_headline(analyze: Analyze) -> None:
    text = (
        'Okafor: the new bridge "will open before winter." '
        "Grace Okafor spoke at the site on Monday."
    )
    doc = run(analyze, text)
    assert len(doc.quotes) == 1
    assert doc.quotes[0].speaker is not None and doc.quotes[0].speaker.name == "Grace Okafor"


@pytest.mark.parametrize(
    ("line", "content"),
    [
        pytest.param(
            "Keep it close \n", "Keep it close", id="a line with no closing mark is a heading"
        ),
        pytest.param(
            "I will win this race,\n",
            "I will win this race,\nIf Okafor somehow managed to win the primary, she would "
            "go a long way to re-establishing herself.",
            id="negative: a line ending in a comma runs on",
        ),
    ],
)
def test_a_label_before_a_line_break_speaks_to_the_end_of_its_line(
    analyze: Analyze, line: str, content: str
) -> None:
    text = (
        "The vote was close in 1984.\n\n"
        f"Grace Okafor: {line}If Okafor somehow managed to win the primary, she would go a "
        "long way to re-establishing herself."
    )
    labelled = [q.content.text for q in run(analyze, text).quotes if q.cue is None]
    assert labelled == [content]


def test_a_capitalised_verb_form_in_a_title_is_no_cue(analyze: Analyze) -> None:
    text = (
        "The right was written into the 1951 Convention Relating to the Status of Refugees, "
        "the 1967 Protocol Relating to the Status, and the 1984 Convention against Torture."
    )
    assert run(analyze, text).quotes == ()


def test_negative_a_headline_verb_after_its_subject_stays_a_cue(analyze: Analyze) -> None:
    text = "Ana Ruiz Calls for Special Prosecutor\n\nAna Ruiz spoke in Dayton on Monday."
    cues = [q.cue.text for q in run(analyze, text).quotes if q.cue is not None]
    assert cues == ["Calls"]


@pytest.mark.parametrize("label", ["LISBON", "Update", "Photo"])
def test_dateline_or_editorial_label_before_a_colon_is_no_speaker(
    analyze: Analyze, label: str
) -> None:
    assert run(analyze, f"{label}: The ferry service resumed after two days.").quotes == ()


PAGE_FURNITURE = [
    pytest.param(
        "The ferry resumed on Monday.\n\nREAD MORE: Port chief says the strike will end by Friday",
        id="link teaser in capitals",
    ),
    pytest.param(
        "Read more: Port chief says the strike will end by Friday\n\nThe ferry resumed.",
        id="link teaser in sentence case",
    ),
    pytest.param(
        "Featured image: Dock workers who said they were owed wages march in Halden.",
        id="featured image caption",
    ),
    pytest.param(
        "Dock workers who said they were owed wages march in Halden on Monday. "
        "(Nordpress/Eva Lund)\n\nThe ferry resumed.",
        id="caption with an agency and photographer credit",
    ),
    pytest.param(
        "Freight rates rose in the spring.\n\n"
        "SHIPPING: Container volumes fell 4 percent in the second quarter.\n\n"
        "RAIL: Freight traffic rose after the tunnel reopened.\n\n"
        "AIR: Cargo flights to the islands were restored in May.",
        id="upper-case section labels of wire copy are no speakers",
    ),
    pytest.param(
        "Harbour United goalkeeper Lars Brekke was named player of the match.\n\n"
        "Brekke: 29 saves, 1.80 goals-against average, .934 save percentage.",
        id="a line of figures after a name is no turn of speech",
    ),
]


@pytest.mark.parametrize("text", PAGE_FURNITURE)
def test_page_furniture_holds_no_statement(analyze: Analyze, text: str) -> None:
    assert run(analyze, text).quotes == ()


@pytest.mark.parametrize(
    ("text", "content", "kept"),
    [
        pytest.param(
            'Strikers waved placards reading "Fair pay now" at the gates.',
            "Fair pay now",
            False,
            id="placards reading: words on a thing",
        ),
        pytest.param(
            'The harbour authority\'s letter read: "The quay will stay closed."',
            "The quay will stay closed.",
            True,
            id="a letter read: its author's words",
        ),
    ],
)
def test_words_on_a_thing_are_no_statement(
    analyze: Analyze, text: str, content: str, kept: bool
) -> None:
    doc = run(analyze, text)
    assert any(q.content.text == content for q in doc.quotes) is kept, describe(doc)


# (text, content, speaker): real statements beside the furniture labels above
NOT_FURNITURE = [
    pytest.param(
        "Update: The port chief said on Friday that the strike would end.",
        "the strike would end",
        "The port chief",
        id="an update label opens the article's own report",
    ),
    pytest.param(
        "Eva Lund and Piet Brandt met on Sunday.\n\n"
        "LUND: We will cut the ferry fares.\n\n"
        "BRANDT: You promised that last year.",
        "We will cut the ferry fares.",
        "LUND",
        id="capitalised transcript label naming a person of the text",
    ),
    pytest.param(
        "The port chief said the strike would end (talks resume on Monday).",
        "the strike would end (talks resume on Monday)",
        "The port chief",
        id="an aside in brackets is no picture credit",
    ),
    pytest.param(
        "Eva Lund and Piet Brandt met on Sunday.\n\n"
        "LUND: We need 12 more crew by May.\n\n"
        "BRANDT: You said 10 in 2023.",
        "You said 10 in 2023.",
        "BRANDT",
        id="a transcript turn with figures and a clause is speech",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), NOT_FURNITURE)
def test_statement_near_furniture_like_labels_is_kept(
    analyze: Analyze, text: str, content: str, speaker: str
) -> None:
    doc = run(analyze, text)
    quote = next((q for q in doc.quotes if q.content.text == content), None)
    assert quote is not None, describe(doc)
    assert quote.speaker is not None and quote.speaker.text == speaker, describe(doc)


def test_transcript_labels_inside_multi_paragraph_quote_credit_each_speaker(
    analyze: Analyze,
) -> None:
    # A transcript quoted paragraph by paragraph: each paragraph opens with a quote mark, and
    # the tagger knows one surname as a person but not the other.
    text = (
        '"OKAFOR: Let us begin with the ferry strike.\n\n'
        '"MARLOWE: Well, the strike will end by Friday.\n\n'
        '"OKAFOR: Will the unions agree to that?'
    )
    doc = run(analyze, text)
    labels = {q.content.text.split()[0]: q.speaker.text if q.speaker else None for q in doc.quotes}
    assert labels == {"Let": "OKAFOR", "Well,": "MARLOWE", "Will": "OKAFOR"}, doc.quotes


def test_transcript_turns_of_one_closed_quotation_are_records_of_their_own(
    analyze: Analyze,
) -> None:
    # One quotation run on over paragraphs and closed at the end: each labelled paragraph
    # is a turn, an unlabelled one continues the turn before it, and no record holds the
    # whole quotation (it held every turn, credited to the first label).
    text = (
        "Dana Okafor interviewed Leif Marlowe on Sunday.\n\n"
        '"OKAFOR: Let us begin with the ferry strike.\n\n'
        '"MARLOWE: Well, the strike will end by Friday.\n\n'
        '"But the unions have not said so yet.\n\n'
        '"OKAFOR: Will the unions agree to that?"\n\n'
        "The interview ran for an hour."
    )
    doc = run(analyze, text)
    turns = [
        (
            q.speaker.text if q.speaker else None,
            [p.text for p in q.content.parts] or [q.content.text],
        )
        for q in doc.quotes
    ]
    assert turns == [
        ("OKAFOR", ["Let us begin with the ferry strike."]),
        (
            "MARLOWE",
            ["Well, the strike will end by Friday.", "But the unions have not said so yet."],
        ),
        ("OKAFOR", ["Will the unions agree to that?"]),
    ], describe(doc)
    for quote in doc.quotes:
        assert all(text[p.start : p.end] == p.text for p in quote.content.parts)
        assert text[quote.content.start : quote.content.end] == quote.content.text


def test_a_post_credited_to_a_handle_on_the_next_line_is_the_handles_words(
    analyze: Analyze,
) -> None:
    # Readers' posts printed as paragraphs without quote marks, each credited with the
    # poster's handle alone on the next line; an introduction ending in a colon, or a
    # short label, before a handle is no post.
    text = (
        "We asked readers whether the ferry strike had changed their plans.\n\n"
        "No. I cycle to work and the bridge is open all night anyway.\n\n"
        "@harbour_rider.\n\n"
        "Readers can follow the strike here:\n\n"
        "@ferrydesk\n\n"
        "Strike diary\n\n"
        "@ferrydesk"
    )
    doc = run(analyze, text)
    found = [(q.content.text, q.speaker.text if q.speaker else None, q.kind) for q in doc.quotes]
    assert found == [
        (
            "No. I cycle to work and the bridge is open all night anyway.",
            "@harbour_rider",
            QuoteKind.DIRECT,
        )
    ], describe(doc)


@pytest.mark.parametrize(
    ("text", "framed"),
    [
        pytest.param(
            "The relatives watched the videos on Thursday, according to their lawyers, and "
            "said they had more questions than answers.",
            "The relatives watched the videos on Thursday",
            id="a-report-coordinated-after-the-phrase-is-not-framed",
        ),
        pytest.param(
            "The bridge, according to the minister, will cost millions and take years to build.",
            "The bridge, according to the minister, will cost millions and take years to build",
            id="a-verb-coordinated-after-the-phrase-that-reports-nothing-is-framed",
        ),
        pytest.param(
            "As I mentioned above, the ferry carried 9,000 people in May, according to the "
            "port authority.",
            "the ferry carried 9,000 people in May",
            id="the-writers-own-as-clause-takes-no-source-and-is-no-part-of-its-content",
        ),
    ],
)
def test_according_to_frames_the_clause_it_closes(analyze: Analyze, text: str, framed: str) -> None:
    doc = run(analyze, text)
    according = [
        q for q in doc.quotes if q.cue is not None and q.cue.text.lower() == "according to"
    ]
    assert [q.content.text for q in according] == [framed], describe(doc)
