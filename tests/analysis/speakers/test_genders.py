"""Which of two earlier people a "he" or "she" speaker is (speakers/genders.py, pronouns.py).

The article's own words decide first: an honorific or a gendered noun said of a person
anywhere in it rules that person out for a pronoun of the other gender. Only between
people those words do not tell apart, a first name given to the other gender makes a
candidate give way; and it never overrides what the article states. No gender is written
into a record.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from quoteattr import Document, Resolution
from quoteattr.lang import en
from quoteattr.lexicon import Lexicon

Analyze = Callable[[str], Document]

_SAID = "She said the port would reopen in June."

ROWS = [
    pytest.param(
        "Robin Ortiz chairs the harbour board.\n\n"
        f"Jordan Blake, a spokesman for the board, visited the docks on Monday. {_SAID}",
        "Robin Ortiz",
        id="gendered-noun-rules-out-the-nearer-person",
    ),
    pytest.param(
        "Robin Ortiz chairs the harbour board.\n\n"
        f"Jordan Blake visited the docks on Monday. {_SAID}\n\n"
        "Mr. Blake did not comment.",
        "Robin Ortiz",
        id="honorific-later-in-the-article-rules-out",
    ),
    pytest.param(
        "Robin Ortiz chairs the harbour board.\n\n"
        f"Michael Grant visited the docks on Monday. {_SAID}",
        "Robin Ortiz",
        id="first-name-breaks-the-tie",
    ),
    pytest.param(
        "Robin Ortiz chairs the harbour board.\n\n"
        f"Michael Grant, a spokeswoman for the board, visited the docks on Monday. {_SAID}",
        "Michael Grant",
        id="first-name-does-not-override-a-gendered-noun",
    ),
    pytest.param(
        "Robin Ortiz chairs the harbour board.\n\n"
        f"Michael Grant visited the docks on Monday. {_SAID}\n\nMs. Grant did not comment.",
        "Michael Grant",
        id="first-name-does-not-override-an-honorific",
    ),
    pytest.param(
        "Robin Ortiz chairs the harbour board.\n\n"
        f"Dana Alvarez visited the docks on Monday. {_SAID}",
        "Dana Alvarez",
        id="names-of-either-gender-leave-salience-to-decide",
    ),
]


CHAINS = [
    pytest.param(
        "Rosa Delgado, a spokeswoman for the board, took office in May.\n\n"
        "She has met the wife of the governor, Maria Lopez, twice since then.\n\n"
        f"She has spent the summer in Albany.\n\n{_SAID}",
        "Rosa Delgado",
        id="a-subject-pronoun-that-speaks-not-carries-its-person-across-paragraphs",
    ),
    pytest.param(
        "Nora Lynch took office in May.\n\nThe city budget is short by $4 million.\n\n"
        "The council meets on Tuesday.\n\n"
        "Lynch speaks more frequently in public about the budget than about taxes.\n\n"
        f"{_SAID}",
        "Nora Lynch",
        id="a-known-surname-the-recogniser-left-untagged-keeps-its-person-in-the-passage",
    ),
    pytest.param(
        "Ana Ruiz said last week that she did not want to think about a loss and "
        "predicted that Democrat Maria Lopez will win the seat.\n\n"
        "It is unusual for a judge to speak so openly, though Ruiz is known for speaking "
        "her mind on other issues.\n\n"
        f"In a later interview, she joked about moving abroad.\n\n{_SAID}",
        "Ana Ruiz",
        id="a-known-surname-the-recogniser-took-for-a-place-keeps-its-person-in-the-passage",
    ),
    pytest.param(
        "Jordan Quinlan toured the harbour on Monday.\n\n"
        "She stayed home.\n\n"
        'The port "would reopen in June," he said.',
        "Jordan Quinlan",
        id="negative-a-pronoun-that-speaks-not-genders-no-one-the-article-has-not",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), CHAINS)
def test_subject_pronouns_that_speak_not_are_resolved_in_order(
    analyze: Analyze, text: str, speaker: str
) -> None:
    doc = analyze(text)
    found = [q for q in doc.quotes if "reopen in June" in q.content.text]
    assert len(found) == 1, [q.content.text for q in doc.quotes]
    pronoun = found[0].speaker
    assert pronoun is not None and pronoun.resolution is Resolution.PRONOUN
    assert pronoun.name == speaker


@pytest.mark.parametrize(("text", "speaker"), ROWS)
def test_pronoun_speaker_agrees_with_what_the_article_says(
    analyze: Analyze, text: str, speaker: str
) -> None:
    doc = analyze(text)
    found = [q for q in doc.quotes if q.content.text.startswith("the port would reopen")]
    assert len(found) == 1, [q.content.text for q in doc.quotes]
    pronoun = found[0].speaker
    assert pronoun is not None and pronoun.text == "She"
    assert pronoun.resolution is Resolution.PRONOUN
    assert pronoun.name == speaker


def test_first_name_table_holds_lower_case_names_of_one_gender_each() -> None:
    table = Lexicon.english().first_name_genders
    assert set(table.values()) == {"male", "female"}
    assert all(name == name.lower() and name.isalpha() for name in table)
    # Names given to either gender are left out of the table.
    assert not {"jordan", "chris", "dana", "kelly", "taylor", "jean", "robin"} & set(table)


def test_gendered_nouns_are_person_nouns_of_one_gender_each() -> None:
    nouns = en.GENDERED_NOUNS
    assert nouns["spokeswoman"] == "female" and nouns["spokesman"] == "male"
    assert "chair" not in nouns and "spokesperson" not in nouns
