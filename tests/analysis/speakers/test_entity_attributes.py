"""A speaker's role and affiliation belong to its entity: gathered from every mention of it.

Every passage is invented for this file (fictional people, firms and places). Each row gives
the words of the quote to look up, then the role and affiliation its speaker must carry (None:
must carry none) and the words of the text each was read from.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from quoteattr import Document, Quote

Analyze = Callable[[str], Document]
ANY = "<not checked in this row>"


def quote_with(document: Document, needle: str) -> Quote:
    found = [q for q in document.quotes if needle in q.content.text]
    assert len(found) == 1, [q.content.text for q in document.quotes]
    return found[0]


def row(
    label: str,
    text: str,
    quote: str,
    role: str | None,
    affiliation: str | None,
    role_from: str | None = None,
    affiliation_from: str | None = None,
) -> object:
    return pytest.param(
        text, quote, role, affiliation, role_from or role, affiliation_from or affiliation, id=label
    )


# fmt: off
ROWS = [
    row("a relative clause saying the person founded the body a name stands beside",
        "Greta Lund died on Monday. Her death was confirmed by the Harbor League, the "
        "advocacy group she founded in 1975.\n\n"
        '"It was a long fight," Mrs. Lund said in 2010.',
        "long fight", None, "Harbor League"),
    row("negative: a relative clause with a verb that leads nothing",
        "Greta Lund died on Monday. Her death was confirmed by the Harbor League, the "
        "advocacy group she sued in 1975.\n\n"
        '"It was a long fight," Mrs. Lund said in 2010.',
        "long fight", None, None),
    row("a name the recogniser leaves untagged before a role appositive is a person's",
        'Ana Diaz, the Green candidate, praised the plan. "We will win," she said.',
        "We will win", "candidate", "Green"),
    row("a description the parse hung on an opening phrase's names is the cue's subject",
        "Maria Ruiz spoke on Monday. In an interview with Harbor Hour hosts Tom Hale and Mia "
        "Lund, the Green presidential candidate stated that the plan had failed.",
        "plan had failed", "presidential candidate", "Green"),
    row("negative: the hosts keep their own words, not the description after their names",
        "Maria Ruiz spoke on Monday. In an interview with Harbor Hour hosts Tom Hale and Mia "
        'Lund, the Green presidential candidate stated that the plan had failed. "It was a '
        'long day," Hale said.',
        "long day", "hosts", "Harbor Hour"),
    row("a description of whoever holds a role next re-mentions no one",
        'Mira Kessel, 29, says her biggest worry is rent. "It is too high," she says.\n\n'
        "Those polled say the goal would require the leadership of the next president. "
        '"We will see," Kessel said.',
        "We will see", None, None),
    row("a name ending in a generational suffix is found by the surname before it",
        '"The lists were the check," said T. Warren Hale Jr., a senior security official '
        "under the last governor.\n\n"
        'Mr. Hale said the lists were weak. "It is broken," he said.',
        "It is broken", "official", None),
    row("negative: another first name with the surname before the suffix is someone else",
        '"The lists were the check," said T. Warren Hale Jr., a senior security official '
        "under the last governor.\n\n"
        'Susan Hale said the lists were weak.',
        "lists were weak", None, None),
    row("capacity stated at an earlier mention reaches the surname that speaks",
        "Harborview Capital economist Nadia Perl warned of a slowdown on Tuesday. "
        "Markets fell after the warning.\n\n"
        '"We are not out of the woods," Perl said.',
        "not out of the woods", "economist", "Harborview Capital"),
    row("capacity stated at an earlier mention reaches the pronoun that speaks",
        "Harborview Capital economist Nadia Perl warned of a slowdown on Tuesday. "
        "Markets fell after the warning.\n\n"
        '"We are not out of the woods," she said.',
        "not out of the woods", "economist", "Harborview Capital"),
    row("an apposition at the introduction reaches a later quote",
        "Ines Marlow, a nurse at Saint Anselm Hospital, has worked nights for a decade. "
        "The ward is short of staff.\n\n"
        '"Nobody wants these shifts," Marlow said.',
        "Nobody wants these shifts", "nurse", "Saint Anselm Hospital"),
    row("the more specific role, stated later, wins over the bare one",
        "Dale Wren, an engineer, opened the hearing on Monday. "
        "Wren, a senior structural engineer at the port, spoke first.\n\n"
        '"We will review every case," Wren said.',
        "review every case", "senior structural engineer", None),
    row("a later bare description does not replace the stated capacity",
        "Dale Wren, a senior structural engineer at the port, inspected the crane on Monday. "
        '"It will hold," the engineer said.',
        "It will hold", "senior structural engineer", None),
    row("a country implied by a nationality word points at that word",
        "Chilean Ambassador Luis Ferraro met the committee on Monday. "
        '"We are ready to sign," Ferraro said.',
        "ready to sign", "Ambassador", "Chile", None, "Chilean"),
    row("a party implied by a bracketed tag points at the tag",
        "Sen. Ana Diaz (D-Md.) voted against the bill on Thursday. "
        '"It does nothing for renters," Diaz said.',
        "nothing for renters", "Sen.", "Democratic", None, "D-Md."),
    row("a state implied by a bracketed tag points at the tag",
        "Sen. Ana Diaz (Vt.) voted against the bill on Thursday. "
        '"It does nothing for renters," Diaz said.',
        "nothing for renters", "Sen.", "Vermont", None, "Vt."),
    row("a person's name followed by a body word is that body",
        "Tomas Kessel toured the harbour on Monday. "
        "Kessel campaign spokesman Ian Park defended the ad. "
        '"The figures are accurate," Park said.',
        # The role is read per mention; the organisation's words stay in it today.
        "figures are accurate", ANY, "Kessel campaign"),
    row("a role description re-mentioning the one person just named describes them",
        "Mara Quill spent Monday in Port Ellis. "
        "The former finance minister has criticised the budget for weeks.\n\n"
        '"It is a sham," Quill said.',
        "It is a sham", "former finance minister", None),
    row("a name spelled with another apostrophe is the same person",
        "Niamh O'Dwyer, a commissioner at the Kelby Harbour Board, closed the pier on Monday. "
        "Storms are expected all week.\n\n"
        "\u201cNobody should be out there,\u201d O\u2019Dwyer said.",
        "Nobody should be out there", "commissioner", "Kelby Harbour Board"),
    row("two coordinated capacities before a name: a body from the first reaches the quote",
        "Harlow Council spokeswoman and former nurse Lena Marsh toured the clinic on Sunday. "
        "Staff showed her the new ward.\n\n"
        '"It is far too small," Marsh said.',
        "far too small", "former nurse", "Harlow Council"),
    row("two coordinated capacities before a name: the first's role has no stray 'and'",
        "Labour candidate and retired surgeon Lena Marsh toured the clinic on Sunday. "
        "Staff showed her the new ward.\n\n"
        '"It is far too small," Marsh said.',
        "far too small", "candidate", "Labour"),
    row("a relative clause with 'be' states the capacity",
        '"The plan is reckless," said Dan Brook, who was coordinator for water policy at the '
        'Ministry of Fisheries from 2001 to 2004. "It will fail."',
        "plan is reckless", "coordinator", "Ministry of Fisheries"),
    row("a copular sentence about the named person states the capacity",
        "Mara Quill is a senior economist at Harborview Capital. Markets fell on Monday.\n\n"
        '"Rates will rise," Quill said.',
        "Rates will rise", "senior economist", "Harborview Capital"),
    row("a role description after a one-line section label describes the person before it",
        "Harlan Voss questions the fairness of the referees.\n\n"
        "Working the refs.\n\n"
        "The Liberal presidential nominee has wondered aloud whether the referees are fair. "
        '"They are biased," Voss said.',
        "They are biased", "presidential nominee", "Liberal"),
    row("a role description after a speaking pronoun describes its person",
        "Harlan Voss toured a shipyard on Tuesday.\n\n"
        "He said that would pay for more ferries.\n\n"
        "The Liberal candidate gave no cost estimate for the plan. "
        '"It will pay for itself," Voss said.',
        "pay for itself", "candidate", "Liberal"),
    row("'worked as' states the capacity",
        "Mara Quill worked as a nurse at Saint Anselm Hospital for a decade. "
        "The ward closed in May.\n\n"
        '"It was hard," Quill said.',
        "It was hard", "nurse", "Saint Anselm Hospital"),
    row("a copular relative clause on the name's appositive states a body",
        '"It will happen," said Jim Orton, a physicist who is co-director of the Energy '
        'Policy Program at the Harlow Endowment. "People worry."',
        "It will happen", "co-director of the Energy Policy Program", "Energy Policy Program"),
    row("of two people before a role description, the one that was a subject",
        "Mara Quill spent Monday in Port Ellis with Tom Hale. "
        "The former finance minister has criticised the budget for weeks.\n\n"
        '"It is a sham," Quill said.',
        "It is a sham", "former finance minister", None),
    row("a two-word nationality points at both words",
        "South Korean Ambassador Mara Lind met the committee on Monday. "
        '"We are ready to sign," Lind said.',
        "ready to sign", "Ambassador", "South Korea", None, "South Korean"),
    # Negative cases: nothing leaks, nothing that is not an affiliation becomes one.
    row("a role description after two people describes neither",
        "Mara Quill and Tom Hale spent Monday in Port Ellis. "
        "The former finance minister has criticised the budget for weeks.\n\n"
        '"It is a sham," Quill said.',
        "It is a sham", None, None),
    row("a role noun another body's possessor owns is that body's, not the person's",
        "Mara Quill spent Monday at the firm. "
        "The firm's partner has criticised the budget for weeks.\n\n"
        '"It is a sham," Quill said.',
        "It is a sham", None, None),
    row("another person's role does not leak to the speaker",
        "Nadia Perl, an economist at Harborview Capital, met Tom Hale on Monday. "
        '"It went well," Hale said.',
        "It went well", None, None),
    row("a person with the same surname keeps their own capacity",
        "Defense Minister Ana Ruiz visited the base on Monday. "
        "Her brother Tom Ruiz, a farmer, watched from the road.\n\n"
        '"She works too hard," Tom Ruiz said.',
        "works too hard", "farmer", None),
    row("a determiner makes the first conjunct another person, who lends nothing",
        "The Labour candidate and Lena Marsh toured the clinic on Sunday. "
        '"It is far too small," Marsh said.',
        "far too small", None, None),
    row("a name with another apostrophe after a namesake stays apart from them",
        "Niamh O'Dwyer, a commissioner at the Kelby Harbour Board, closed the pier on Monday. "
        "Her cousin Sean O\u2019Dwyer, a fisherman, was not pleased.\n\n"
        "\u201cWe need the money,\u201d Sean O\u2019Dwyer said.",
        "need the money", "fisherman", None),
    row("a negated copula states no capacity",
        "Mara Quill is not a lawyer at Harborview Capital. Markets fell on Monday.\n\n"
        '"Rates will rise," Quill said.',
        "Rates will rise", None, None),
    row("a hypothetical copula states no capacity",
        "If Mara Quill were mayor, taxes would fall. Markets fell on Monday.\n\n"
        '"Rates will rise," Quill said.',
        "Rates will rise", None, None),
    row("a predicate that is no capacity is not a role",
        "Mara Quill is a fan of the Harborview Hawks. Markets fell on Monday.\n\n"
        '"Rates will rise," Quill said.',
        "Rates will rise", None, None),
    row("a description naming another party does not describe the person before it",
        "Liberal Harlan Voss met voters in Dunmore. \"They are tired,\" Voss said.\n\n"
        "Polls closed at eight.\n\n"
        "The Conservative nominee has said nothing since.",
        "They are tired", None, "Liberal"),
    row("the subject of a reporting clause set in its sentence re-mentions the speaker before",
        'Ana Diaz took questions for an hour on Tuesday. "We will win this," Diaz said.\n\n'
        "A year ago, the former Green senator said, nobody in the capital gave her a chance.",
        "We will win", "senator", "Green"),
    row("negative: the subject of a reporting verb in an adverbial clause is not read",
        'Ana Diaz took questions for an hour on Tuesday. "We will win this," Diaz said.\n\n'
        "In June, Diaz criticised Tom Ng after the former Green senator claimed that the vote "
        "was rigged.",
        "We will win", None, None),
    row("a name hung on the object of a role's preposition is described by the role",
        "The mayor replied to complaints by the director of the museum, Tom Becker, that the "
        'grants were late.\n\n"It is a mistake," Mr. Becker said.',
        "a mistake", "director", "museum"),
    row("negative: a name hung on a preposition's object with no role before it",
        "The mayor replied to complaints from the friends of the museum, Tom Becker, that the "
        'grants were late.\n\n"It is a mistake," Mr. Becker said.',
        "a mistake", None, None),
    row("a nationality description is not of the person before it when others are of that country",
        "Peruvian Foreign Minister Ana Diaz arrived in Ottawa on Monday.\n\n"
        "She was greeted at the airport by Tom Becker, who called the visit overdue.\n\n"
        'The Peruvian minister plans to meet business leaders this week. "We are ready to '
        'sign," Becker said.',
        "ready to sign", None, None),
    row("negative: a nationality description of the office the person before it holds",
        "Peruvian Foreign Minister Ana Diaz flew home on Monday.\n\n"
        "She had met President Tom Becker, who called the talks overdue.\n\n"
        'The Peruvian president plans to meet business leaders this week. "We are ready to '
        'sign," Becker said.',
        "ready to sign", "President", "Peru", "President", "Peruvian"),
    row("a description with nobody in the three sentences before describes no one",
        "Harlan Voss met voters in Dunmore. \"They are tired,\" Voss said.\n\n"
        "Polls closed at eight. Turnout was high. The count ran late. Ballots were lost.\n\n"
        "The Liberal nominee has said nothing since.",
        "They are tired", None, None),
    row("a capacity someone would take up is not stated",
        "Mara Quill would serve as mayor of Dunmore if elected. Markets fell on Monday.\n\n"
        '"Rates will rise," Quill said.',
        "Rates will rise", None, None),
    row("a negated relative clause on the appositive states no body",
        '"It will happen," said Jim Orton, a physicist who is not a member of the Harlow '
        'Endowment. "People worry."',
        "It will happen", "physicist", None),
    row("a plural office before two names is the office of the second",
        "Sens. Wilma Achterberg and Ruben Falke questioned the regulator on Tuesday. "
        '"The fines came far too late," Falke said.',
        "far too late", "Sens.", None),
    row("a plural office before a first name the recogniser left unlabelled",
        "Sens. Ana Diaz and Tom Reyes praised the bill. "
        '"It will pass," Diaz said.',
        "It will pass", "Sens.", None),
    row("a plural office set off from the names by a no-break space",
        "Take Idaho Republican Sens.\u00a0Ana Diaz and Tom Reyes. Last week, they endorsed "
        'the nominee.\n\n"It is doable," Reyes told a newspaper.',
        "It is doable", "Sens.", "Republican"),
    row("a plural office before three names is the office of the first",
        "Commissioners Ada Brandt, Oskar Lind and Maja Roth voted against the plan. "
        '"We were not consulted," Brandt said.',
        "not consulted", "Commissioners", None),
    row("a plural office reaches a name set off by its age",
        "Critics, like Senators Ada Brandt, 61, and Oskar Lind, 58, object. "
        '"It is a loophole," Mr. Lind said.',
        "a loophole", "Senators", None),
    row("a plural role noun with its modifiers before names is each name's role",
        "Green presidential candidates Maria Lopez and John Miller spoke in Lima on Monday. "
        '"We will win," Miller said.',
        "We will win", "presidential candidates", "Green"),
    row("likewise when the parse hangs the names on the plural noun as its appositive",
        "Green presidential candidates Ana Diaz and Li Wei did respond to the union.\n\n"
        '"We will fight," Wei said.',
        "We will fight", "presidential candidates", "Green"),
    row("negative: a plural noun of no role with the names hung on it gives none",
        "Longtime friends Ana Diaz and Li Wei did respond to the union.\n\n"
        '"We will fight," Wei said.',
        "We will fight", None, None),
    row("negative: a plural noun of no role before names gives none",
        "Longtime friends Maria Lopez and John Miller spoke in Lima on Monday. "
        '"We will win," Miller said.',
        "We will win", None, None),
    row("a plural common noun before a single name is no office of it",
        "The judges heard Ada Brandt on Monday. "
        '"I told the truth," Brandt said.',
        "told the truth", None, None),
    row("a plural office before a list of names leaves a name outside the list alone",
        "Sens. Wilma Achterberg and Ruben Falke met Ada Brandt, a farmer, on Tuesday. "
        '"Nobody listens to us," Brandt said.',
        "Nobody listens", "farmer", None),
    row("an adviser to a firm works for the firm",
        "Dana Lee, a senior adviser to Harborview Capital, warned of losses. "
        '"It matters," Lee said.',
        "It matters", "senior adviser", "Harborview Capital"),
    row("an aide to a campaign named by its candidate works for the campaign",
        "Tomas Kessel won the primary in May. Dana Lee, an aide to the Kessel campaign, "
        'spoke later. "It matters," Lee said.',
        "It matters", "aide", "Kessel campaign"),
    row("negative: an ambassador to a country is not that country's",
        "Dana Lee, the ambassador to Chile, met the committee. "
        '"It matters," Lee said.',
        "It matters", "ambassador to Chile", None),
    row("negative: an aide to a person has no affiliation from the person",
        "Dana Lee, an aide to Senator Tomas Kessel, met the committee. "
        '"It matters," Lee said.',
        "It matters", "aide", None),
    row("negative: an adviser to a part of a body keeps the phrase in the role",
        "Dana Lee, a senior adviser to the Harborview Capital board, warned of losses. "
        '"It matters," Lee said.',
        "It matters", "senior adviser to the Harborview Capital board", None),
    row("one who helped found a body is of it (the tagger reads 'found' as 'find')",
        'Dana Lee, who helped found the Harbor Trust, spoke on Monday. "It matters," Lee said.',
        "It matters", None, "Harbor Trust"),
    row("negative: one who found a body's papers is not of it",
        "Dana Lee, who found the Harbor Trust files in a drawer, spoke on Monday. "
        '"It matters," Lee said.',
        "It matters", None, None),
    row("negative: a state's abbreviation in a party tag is no title",
        'Sen. Tom Brandt (D-Del.) spoke first. "The vote is a farce," Brandt said.',
        "The vote is a farce", "Sen.", "Democratic", "Sen.", "D-Del."),
    row("an organisation that speaks has no affiliation",
        "Orla Foods, a Danish company, recalled 2,000 jars of jam. "
        '"No illnesses have been reported," Orla Foods said.',
        "No illnesses", None, None),
    row("one who retired as something held that capacity",
        "Ada Brandt retired from the post office last year as a letter carrier. "
        '"We knew every dog on the route," Brandt said.',
        "every dog", "letter carrier", None),
    row("a band's singer is read by the occupation noun",
        "The next album is nearly done, frontman Oskar Lind said in an interview. "
        '"We wrote it on the road," Lind said.',
        "on the road", "frontman", None),
    row("a subject description by an occupation re-mentions the person before it",
        "Ada Brandt spent the morning at the clinic. The retired surgeon then met the board "
        'on Monday. "We need more beds," Brandt said.',
        "more beds", "retired surgeon", None),
    row("negative: an occupation description is not a person with another occupation",
        "Ada Brandt, a painter, spent the morning at the clinic. The retired surgeon then met "
        'the board on Monday. "We need more beds," Brandt said.',
        "more beds", "painter", None),
    row("an office the article names wins over an occupation stated earlier",
        "The Tucson businessman Tomas Kessel toured the harbour. Later, the Green candidate "
        "Tomas Kessel spoke to the crowd. "
        '"We will build the bridge," Kessel said.',
        "build the bridge", "candidate", "Green"),
    row("negative: a common noun capitalised only because it opens the sentence is no body",
        "The group announced a new tour on Monday.\n\nBand member Oskar Lind shared the "
        "news on social media last week, writing that the band was back.",
        "the band was back", "Band member", None),
    row("a word for a public body opening the sentence still names one",
        "The road was closed at noon. Police officials said nobody could pass until dawn.",
        "nobody could pass", "official", "Police", "officials"),
    row("an office stated at another mention wins over a generic role from the headline",
        "Former Peru leader Varga calls the tariff plan reckless\n\n"
        "Former Peruvian President Ilona Varga spoke in Geneva on Monday.\n\n"
        '"The plan will fail," Varga said.',
        "plan will fail", "President", "Peru"),
    row("negative: a generic role alone stays the role",
        "Peru leader Varga calls the tariff plan reckless\n\n"
        '"The plan will fail," Varga said on Monday.',
        "plan will fail", "leader", "Peru"),
    row("negative: a first name with another office is another person of that surname",
        "Senator Varga toured the port on Monday.\n\n"
        '"The port is ready," said her husband, the surgeon Pal Varga.',
        "port is ready", "surgeon", None),
    row("a person's name is not an affiliation",
        "Tomas Kessel toured the harbour on Monday. "
        '"He was very tired," Kessel aides said.',
        "very tired", "aide", None, "aides"),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "quote", "role", "affiliation", "role_from", "affiliation_from"), ROWS
)
def test_the_speaker_carries_its_entitys_capacity(
    analyze: Analyze,
    text: str,
    quote: str,
    role: str | None,
    affiliation: str | None,
    role_from: str | None,
    affiliation_from: str | None,
) -> None:
    speaker = quote_with(analyze(text), quote).speaker
    assert speaker is not None
    assert speaker.affiliation == affiliation
    if role is not ANY:
        assert speaker.role == role
    checks = [(speaker.affiliation_source, affiliation_from)]
    if role is not ANY:
        checks.append((speaker.role_source, role_from))
    for source, words in checks:
        assert (source.text if source is not None else None) == words
        if source is not None:
            assert text[source.start : source.end] == source.text


def test_negative_an_untagged_subject_beside_no_role_starts_no_person(analyze: Analyze) -> None:
    # The recogniser tags neither name; only a role appositive makes the first a person's.
    described = quote_with(
        analyze('Ana Diaz, the mayor, praised the plan. "We will win," she said.'), "We will win"
    )
    bare = quote_with(
        analyze('Ana Diaz, the plan, worked well. "We will win," she said.'), "We will win"
    )
    assert described.speaker is not None and described.speaker.name == "Ana Diaz"
    assert bare.speaker is not None and bare.speaker.name is None


def test_negative_an_appositive_inside_a_clause_is_not_the_next_verbs_subject(
    analyze: Analyze,
) -> None:
    # "member" ends the clause's phrase right before the main verb, which the parse may
    # leave without a subject: it still describes the name it stands beside.
    text = (
        "The plan, which is the brainchild of Solomon Kue, a party member from Oregon, would "
        'weaken the chair. "We want openness," Kue said.'
    )
    speaker = quote_with(analyze(text), "We want openness").speaker
    assert speaker is not None and speaker.role == "party member"
