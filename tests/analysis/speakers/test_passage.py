"""Floating quotes take the current speaker of their passage (speakers/passage.py).

A quote paragraph with no cue belongs to the person the passage before it last had speak or
introduced; a heading, a paragraph about something else, or two people introduced at once
leave it with no speaker. A paragraph without quote marks is never floating speech.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from quoteattr import Attribution, Document, Quote, Resolution
from quoteattr.analysis.speakers.passage import heading

Analyze = Callable[[str], Document]


def _floating(doc: Document, needle: str) -> Quote:
    found = [q for q in doc.quotes if needle in q.content.text]
    assert len(found) == 1, [q.content.text for q in doc.quotes]
    return found[0]


SPOKEN = [
    pytest.param(
        "Harbour master Leif Sorensen said on Monday that the port would reopen by June.\n\n"
        '"The channel is clear and the cranes are working again."',
        "The channel is clear",
        "Leif Sorensen",
        id="after-an-indirect-statement",
    ),
    pytest.param(
        "The Nordhavn Port Authority told shipping agents on Monday that the channel would reopen "
        "by June.\n\n"
        '"Dredging is finished and the cranes are working again at every berth."',
        "Dredging is finished",
        "Nordhavn Port Authority",
        id="after-an-indirect-statement-by-no-person",
    ),
    pytest.param(
        "Sarah Okafor has worked nights as a nurse at the county hospital for eleven years.\n\n"
        '"We are exhausted, and some of us have not had a weekend off since spring."',
        "We are exhausted",
        "Sarah Okafor",
        id="after-an-introduction-without-speech",
    ),
    pytest.param(
        "Leif Sorensen said the port was open on Monday. Mara Quist, who runs the ferry "
        "company, spent the afternoon on the docks.\n\n"
        '"Nothing moves until the cranes are repaired, and the channel is dredged."',
        "Nothing moves until",
        "Mara Quist",
        id="two-people-the-last-introduced",
    ),
    pytest.param(
        "Mara Quist said the ferry company would survive the winter.\n\n"
        "She anticipated that the hardest task for the next owner would be "
        '"keeping the old crews on board while the fleet is rebuilt."',
        "keeping the old crews",
        "Mara Quist",
        id="a quote in a clause under a pronoun subject is the pronoun's person's",
    ),
    pytest.param(
        '"The vote is ours, whatever the polls say," Quist shrugged, "and we will win."',
        "The vote is ours",
        "Quist",
        id="postposed-name-with-a-verb-of-manner",
    ),
    pytest.param(
        "The fact-checkers rated this statement by Mara Quist on Tuesday:\n\n"
        '"Half of the ferries have not sailed a single day since the storm."',
        "Half of the ferries",
        "Mara Quist",
        id="introduced-by-a-message-noun-with-its-source",
    ),
    pytest.param(
        "The fact-checkers then rated Quist's remarks:\n\n"
        '"Half of the ferries have not sailed a single day since the storm."',
        "Half of the ferries",
        "Quist",
        id="introduced-by-a-message-noun-with-its-possessor",
    ),
    pytest.param(
        "The ferry strike is in its third week.\n\n"
        '"Nobody sails until the contracts are signed." That quote from union chief Mara '
        "Quist was printed on every leaflet.",
        "Nobody sails until",
        "Mara Quist",
        id="re-mentioned-after-it-by-a-message-noun-with-its-source",
    ),
    pytest.param(
        "Leif Sorensen said the ferries would run all winter. Here is what we checked.\n\n"
        '"Half of the ferries have not sailed a single day since the storm."\n\n'
        "- Mara Quist.\n\n"
        "The claim leaves out the two boats that were sold.",
        "Half of the ferries",
        "Mara Quist",
        id="signed-below-with-a-hyphen-after-another-speaker",
    ),
    pytest.param(
        "The claims we checked this week:\n\n"
        '"Every car that crosses the bridge saves twenty minutes."\n\n'
        "\u2014 Quist, at the council meeting\n\n"
        "The figure comes from a survey of morning traffic.",
        "Every car that crosses",
        "Quist",
        id="signed-below-with-a-dash-and-an-occasion",
    ),
    pytest.param(
        "What the plan costs is anyone's guess, since Quist spoke only in slogans at the "
        "meeting.\n\n"
        '"Nothing moves until the cranes are repaired, and the channel is dredged."',
        "Nothing moves until",
        "Quist",
        id="said-to-speak-in-a-subordinate-clause",
    ),
    pytest.param(
        "The budget was the last item, and when Mara Quist finally spoke, the room went "
        "quiet.\n\n"
        '"Nothing moves until the cranes are repaired, and the channel is dredged."',
        "Nothing moves until",
        "Mara Quist",
        id="said-to-speak-in-a-time-clause",
    ),
    pytest.param(
        "Officials say the ferry company will back the plan. From Quist's Facebook post: "
        '"Nothing moves until the cranes are repaired, and the channel is dredged."',
        "Nothing moves until",
        "Quist",
        id="labelled-by-the-message-it-is-from",
    ),
]


@pytest.mark.parametrize(("text", "needle", "speaker"), SPOKEN)
def test_floating_quote_takes_the_current_speaker_of_its_passage(
    analyze: Analyze, text: str, needle: str, speaker: str
) -> None:
    doc = analyze(text)
    quote = _floating(doc, needle)
    assert quote.speaker is not None, doc.quotes
    assert quote.speaker.name == speaker
    assert quote.attribution is Attribution.FLOATING
    assert quote.speaker.resolution is Resolution.PASSAGE
    assert text[quote.speaker.start : quote.speaker.end] == quote.speaker.text


def test_postposed_surname_the_tagger_took_for_a_common_noun_names_the_speaker(
    analyze: Analyze,
) -> None:
    # "Price" is tagged NOUN here: a bare reporting clause after the quote still names it,
    # and the quote after it in the paragraph runs on in the same mouth.
    text = (
        "The harbour board met on Tuesday to discuss the ferries.\n\n"
        '"Will the port reopen before the winter storms?" Price pressed. "The ferries cannot '
        'wait."'
    )
    doc = analyze(text)
    for needle in ("Will the port reopen", "The ferries cannot wait"):
        quote = _floating(doc, needle)
        assert quote.speaker is not None
        assert quote.speaker.text == "Price"
        assert quote.speaker.resolution is Resolution.PASSAGE


@pytest.mark.parametrize(
    ("text", "needle", "speaker"),
    [
        pytest.param(
            "After the minister criticised the plan on Monday, Ruiz jumped in, "
            '"We have the votes and we will pass it."',
            "We have the votes",
            "Ruiz",
            id="comma-after-a-verb-of-reply",
        ),
        pytest.param(
            'When the council refused, Dana Morrow weighed in: "Then we will take it to the '
            'courts."',
            "Then we will take it",
            "Dana Morrow",
            id="colon-after-a-verb-of-reply",
        ),
        pytest.param(
            'Tom Becker spoke on Monday. "It is sad," he said. Ana Ruiz delivered a blunt '
            'message to Becker: "It is time to quit."',
            "It is time to quit",
            "Ana Ruiz",
            id="colon-ending-a-clause-on-a-noun-after-another-speakers-quote",
        ),
        pytest.param(
            'Tom Becker spoke on Monday. "It is sad," he said. Ana Ruiz was even more '
            'direct: "It is time to quit."',
            "It is time to quit",
            "Ana Ruiz",
            id="colon-ending-a-copular-clause-after-another-speakers-quote",
        ),
        pytest.param(
            "When Dana Morrow finally wrapped up \u2014 \u201cThen we will take it to the "
            "courts!\u201d \u2014 the crowd cheered.",
            "Then we will take it",
            "Dana Morrow",
            id="dash-after-the-verb-of-a-clause",
        ),
    ],
)
def test_name_introducing_a_quote_with_a_verb_no_cue_list_holds_is_its_speaker(
    analyze: Analyze, text: str, needle: str, speaker: str
) -> None:
    quote = _floating(analyze(text), needle)
    assert quote.speaker is not None
    assert quote.speaker.text == speaker
    assert quote.speaker.resolution is Resolution.PASSAGE


NO_SPEAKER = [
    pytest.param(
        "Leif Sorensen and Mara Quist met the ferry crews on Tuesday.\n\n"
        '"Nothing moves until the cranes are repaired, and the channel is dredged."',
        "Nothing moves until",
        id="two-people-introduced-at-once",
    ),
    pytest.param(
        "Mayor Sarah Okafor Opens the New Bridge\n\n"
        '"Every car that crosses it saves twenty minutes on the way to work."',
        "Every car that crosses",
        id="after-a-heading",
    ),
    pytest.param(
        '"The port is open again," said harbour master Leif Sorensen.\n\n'
        "The storm closed three roads and cut power to the valley overnight.\n\n"
        '"Nobody expected the river to rise so fast in a single night."',
        "Nobody expected the river",
        id="after-a-paragraph-on-another-topic",
    ),
    pytest.param(
        "The port authority told shipping agents on Monday that the channel would reopen.\n\n"
        "The storm closed three roads and cut power to the valley overnight.\n\n"
        '"Nobody expected the river to rise so fast in a single night."',
        "Nobody expected the river",
        id="indirect-statement-before-a-paragraph-on-another-topic",
    ),
    pytest.param(
        "The council met on Tuesday, where Mara Quist sat in the front row.\n\n"
        '"Nothing moves until the cranes are repaired, and the channel is dredged."',
        "Nothing moves until",
        id="person-only-in-a-subordinate-clause",
    ),
    pytest.param(
        "What the plan costs is anyone's guess, since Quist and Sorensen spoke only in "
        "slogans at the meeting.\n\n"
        '"Nothing moves until the cranes are repaired, and the channel is dredged."',
        "Nothing moves until",
        id="two-people-said-to-speak-at-once",
    ),
    pytest.param(
        "The ferries stayed in port. The row began with a reply to Quist's Facebook post: "
        '"Nothing moves until the cranes are repaired, and the channel is dredged."',
        "Nothing moves until",
        id="a-message-the-label-replies-to",
    ),
    pytest.param(
        '"We cannot wait for the ferries." Inflation rose again in May, the bank said.',
        "We cannot wait",
        id="capitalised-common-noun-in-no-reporting-clause",
    ),
    pytest.param(
        'When the vote failed, the crowd outside chanted, "We will be back next year, and '
        'the year after that."',
        "We will be back",
        id="introduced-by-a-common-noun-not-a-name",
    ),
    pytest.param(
        "The ferry strike is in its third week, and the union has put its faith in Mara "
        "Quist's statements:\n\n"
        '"Nobody sails until the contracts are signed."',
        "Nobody sails until",
        id="message-noun-with-a-source-inside-a-prepositional-phrase",
    ),
    pytest.param(
        "The ferry strike is in its third week.\n\n"
        '"Nobody sails until the contracts are signed." That quote was printed on every '
        "leaflet by the union.",
        "Nobody sails until",
        id="message-noun-after-it-with-no-source",
    ),
    pytest.param(
        "The ferry strike is in its third week.\n\n"
        '"Nobody sails until the contracts are signed."\n\n'
        "- Quist Shipping lost two contracts in the first week alone.",
        "Nobody sails until",
        id="dashed-list-item-with-a-verb-is-no-signature",
    ),
    pytest.param(
        "Mara Quist runs the ferry company.\n\nShe was so upset that I had to change my "
        'answer: "Of course I will stay on the crew."',
        "Of course I will stay",
        id="a pronoun followed by someone else's clause before the quote",
    ),
]


@pytest.mark.parametrize(("text", "needle"), NO_SPEAKER)
def test_floating_quote_with_no_candidate_in_its_passage_has_no_speaker(
    analyze: Analyze, text: str, needle: str
) -> None:
    quote = _floating(analyze(text), needle)
    assert quote.speaker is None
    assert quote.attribution is Attribution.NONE


def test_paragraph_without_quote_marks_is_not_floating_speech(analyze: Analyze) -> None:
    text = (
        '"The port is open again," said harbour master Leif Sorensen.\n\n'
        "The cranes were repaired on Sunday and the channel is clear of debris."
    )
    doc = analyze(text)
    assert [q.content.text for q in doc.quotes] == ["The port is open again"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Repairs Ahead", True),
        ("THE VOTE", True),
        ("The storm closed three roads.", False),
        ("Ruiz said: ", False),
        ('"We will win."', False),
        ("", False),
    ],
)
def test_heading_is_a_short_line_with_no_closing_punctuation(
    paragraph: str, expected: bool
) -> None:
    assert heading(paragraph) is expected


@pytest.mark.parametrize(
    ("text", "needle", "cue", "speaker"),
    [
        pytest.param(
            "After the minister criticised the plan on Monday, Ruiz shot back, "
            '"We have the votes and we will pass it."',
            "We have the votes",
            "shoot back",
            "Ruiz",
            id="comma-after-a-verb-and-particle-of-reply",
        ),
        pytest.param(
            'When the council refused, Dana Morrow fired back: "Then we will take it to the '
            'courts."',
            "Then we will take it",
            "fire back",
            "Dana Morrow",
            id="colon-after-a-verb-and-particle-of-reply",
        ),
    ],
)
def test_a_verb_of_reply_with_its_particle_is_the_quotes_cue(
    analyze: Analyze, text: str, needle: str, cue: str, speaker: str
) -> None:
    quote = _floating(analyze(text), needle)
    assert quote.cue is not None
    assert quote.cue.lemma == cue
    assert quote.speaker is not None
    assert quote.speaker.text == speaker
    assert quote.speaker.resolution is Resolution.MENTION


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        pytest.param(
            '"It is sad," Tom Becker said. "It is time to quit."',
            ["It is sad", "It is time to quit."],
            id="a-quote-opening-the-next-sentence-resumes-the-one-before",
        ),
        pytest.param(
            '"It is sad," Tom Becker said. Instead, "he just gave up."',
            ["It is sad", "he just gave up."],
            id="after-a-connective-set-off-by-a-comma",
        ),
        pytest.param(
            '"It is sad," Tom Becker said. Ana Ruiz was blunt: "It is time to quit."',
            ["It is sad"],
            id="negative-a-quote-after-a-clause-of-its-own-resumes-nothing",
        ),
    ],
)
def test_a_quote_resumes_the_one_before_only_when_it_opens_its_sentence(
    analyze: Analyze, text: str, parts: list[str]
) -> None:
    first = analyze(text).quotes[0]
    found = [part.text for part in first.content.parts] or [first.content.text]
    assert found == parts
