"""Tests for speaker finding and resolution: who each quote belongs to, and the speaker table.

Every passage below is invented for this file (fictional people, firms and bodies). The expected
values are what a careful human annotator would write, not what the code happens to output.

Annotation conventions follow ``docs/annotation-guidelines.md`` and ``benchmarks/gold``: a role is
the office or capacity with its portfolio or speciality, but not the organisation it is held in
(``a researcher at the Oslo Peace Institute`` -> role ``researcher``, affiliation ``Oslo Peace
Institute``), singular for plural sources (``officials`` -> ``official``); a nationality word
becomes the country; a rank or honorific goes in ``title``, never in ``name``.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from quoteattr import Document, Quote, Resolution, Speaker, SpeakerKind

Analyze = Callable[[str], Document]

PERSON = SpeakerKind.PERSON
ORG = SpeakerKind.ORGANIZATION
MEDIA = SpeakerKind.MEDIA
GOV = SpeakerKind.GOVERNMENT
GROUP = SpeakerKind.GROUP
UNNAMED = SpeakerKind.UNNAMED


def norm(value: str | None) -> str | None:
    """Fold what case and a leading article don't change: ``The Guardian`` == ``guardian``."""
    if value is None:
        return None
    folded = " ".join(value.split()).casefold()
    return folded.removeprefix("the ") or None


def quote_with(doc: Document, needle: str) -> Quote:
    """The one quote of ``doc`` whose content holds ``needle`` (case-insensitive)."""
    found = [q for q in doc.quotes if needle.casefold() in q.content.text.casefold()]
    contents = [q.content.text for q in doc.quotes]
    assert len(found) == 1, f"want one quote holding {needle!r}, found {len(found)} in {contents}"
    return found[0]


def fields(speaker: Speaker | None) -> dict[str, object]:
    """The annotated fields of a speaker, normalised for comparison."""
    if speaker is None:
        return {"speaker": None}
    return {
        "name": norm(speaker.name),
        "kind": speaker.kind,
        "role": norm(speaker.role),
        "title": norm(speaker.title),
        "affiliation": norm(speaker.affiliation),
    }


def row(
    case: str,
    text: str,
    quote: str,
    name: str | None,
    kind: SpeakerKind,
    role: str | None = None,
    title: str | None = None,
    affiliation: str | None = None,
) -> object:
    return pytest.param(text, quote, name, kind, role, title, affiliation, id=case)


# fmt: off
# (text, a substring of the quote's content, expected name, kind, role, title, affiliation)
SPEAKERS = [
    # --- names: full, surname alone later, titles, honorifics ------------------------------------
    row("full name postposed", '"We have waited long enough," said Tomas Brandt.',
        "waited long enough", "Tomas Brandt", PERSON),
    row("inverted after a quote, a title with an 'of' phrase before the name",
        '"The bridge is safe," said Secretary of State Maria Lopez.',
        "bridge is safe", "Maria Lopez", PERSON, "Secretary of State"),
    row("inverted, a title with an 'of' phrase the recogniser ran into the name",
        '"Fares will rise," said Minister of Transport Tom Hale.',
        "Fares will rise", "Tom Hale", PERSON, "Minister of Transport"),
    row("inverted after a quote, a day right after the name that the parse made its head",
        '"The bridge is safe," said Maria Lopez Thursday.',
        "bridge is safe", "Maria Lopez", PERSON),
    row("inverted, a bare title coordinated with the name's own titles",
        '"We lost the vote," said former Ohio Gov. and Green vice presidential candidate '
        "Maria Lopez.",
        "lost the vote", "Maria Lopez", PERSON, "vice presidential candidate",
        affiliation="Green"),
    row("a bare title coordinated with the name's own titles, as the subject",
        'Former Ohio Gov. and Green vice presidential candidate Maria Lopez said "we lost '
        'the vote."',
        "lost the vote", "Maria Lopez", PERSON, affiliation="Ohio"),
    row("a title the parse cut off from the name at its full stop",
        '"We are already at war," said Harbor Authority spokesman Navy Capt. Tom Davis, who '
        "was asked about the strikes.",
        "already at war", "Tom Davis", PERSON, "spokesman", "Capt.", "Harbor Authority"),
    row("negative: a description with a relative clause on it introduces someone new",
        "Teacher who exposed Lopez email pleads guilty.\n\nThe retired teacher whose complaint "
        "first revealed that Maria Lopez used a private email address pleaded guilty on "
        "Wednesday, admitting that he was responsible.",
        "he was responsible", None, PERSON, "retired teacher"),
    row("a description does not take up the person named as its own verb's object",
        "Tom Hale ran a school for years.\n\nThe attorney general of the state of Ohio is "
        "suing Hale for $4 million, claiming the school is a fraud.",
        "school is a fraud", None, PERSON, "attorney general of the state",
        affiliation="Ohio"),
    row("negative: a name deeper in the sentence leaves a description its person",
        'Maria Lopez won the primary on Tuesday.\n\n"We will win," the Green nominee said '
        "on a bus bound for the town where Lopez grew up.",
        "We will win", "Maria Lopez", PERSON, "nominee", affiliation="Green"),
    row("a vice office is another office: the vice president is not the president",
        'President Tom Hale met reporters on Monday. "We will win," the vice president said.',
        "We will win", None, PERSON, "vice president"),
    row("negative: the vice president takes up the vice president named before",
        'Vice President Tom Hale met reporters on Monday. "We will win," the vice president '
        "said.",
        "We will win", "Tom Hale", PERSON, "Vice President"),
    row("a name the recogniser ran over a title-case headline's verb names no one",
        "Maria Lopez Slams Tom Hale On Taxes After Vote.\n\nGreen nominee Maria Lopez "
        'attacked her rival Tom Hale on Monday. "He has no plan," Lopez said. "I have a '
        'plan," Hale said.',
        "I have a plan", "Tom Hale", PERSON),
    row("negative: a long name opening an article that is no headline is kept",
        'Maria Elena Ruiz Lopez won the vote on Monday.\n\n"It is an honor," Ruiz Lopez '
        "said.",
        "It is an honor", "Maria Elena Ruiz Lopez", PERSON),
    row("a nickname in quotes does not carry the name on over 'of'",
        'Tom "Red" Hale of Oakland carried one of the photos. "I cried the whole way," he '
        "said.",
        "cried the whole way", 'Tom "Red" Hale', PERSON),
    row("a word prefix the recogniser tagged as a body is no entity to take up",
        'Young farmers push for pro-NATO rules in the budget. "It is time," the party said '
        "in a statement.",
        "It is time", None, ORG),
    row("negative: a capitalised name whose head is also a prefix stays a name",
        'The Washington Post published the memo on Monday. "We stand by it," the paper said.',
        "We stand by it", "Washington Post", MEDIA),
    row("negative: a description with a determiner and a name are two people",
        'The governor and Maria Lopez said "we lost the vote."',
        "lost the vote", None, PERSON, "governor"),
    row("negative: inverted, a name after 'for' is not the speaker",
        '"It is good," said the lawyer for Tom Hale.',
        "It is good", None, PERSON, "lawyer"),
    row("full name subject, indirect",
        "Ilse Marten said the festival would move to the old brewery next year.",
        "festival would move", "Ilse Marten", PERSON),
    row("surname with an inner capital is a person's, and so is the pronoun after it",
        'Tomas MacLeod said the film took four years to make. '
        '"We ran out of money twice," he said.',
        "ran out of money", "Tomas MacLeod", PERSON),
    row("Mr. + surname is not a woman named later beside a role",
        "President Okafor spoke first. The campaign will use Mr. Okafor and the first lady, "
        "Grace Okafor, in the final week. \"The work is not done,\" Mr. Okafor said.",
        "work is not done", "Okafor", PERSON, "President", "Mr."),
    row("surname alone resolves to earlier full name",
        'Grace Okafor opened the meeting on Tuesday. '
        '"Prices have doubled since spring," Okafor said.',
        "prices have doubled", "Grace Okafor", PERSON),
    row("military title split from name",
        'Lieutenant General Sara Lind inspected the troops at dawn. '
        '"Our units are ready," Lind said.',
        "units are ready", "Sara Lind", PERSON, None, "Lieutenant General"),
    row("Dr title split from name", '"The trial is on schedule," said Dr Amir Haddad.',
        "trial is on schedule", "Amir Haddad", PERSON, None, "Dr"),
    row("Mr honorific on later surname",
        'Felix Varga runs the last ferry across the lake. '
        '"I never signed that contract," Mr Varga said.',
        "never signed", "Felix Varga", PERSON, None, "Mr"),
    row("Ms honorific with full name",
        "Ms Ingrid Solberg said the village school would close early on Friday.",
        "school would close", "Ingrid Solberg", PERSON, None, "Ms"),
    # --- role alone, description later ------------------------------------------------------------
    row("the minister resolves to the minister named earlier",
        "Chilean Energy Minister Rafael Ortiz toured the plant on Monday. "
        '"The reactor will be shut down by 2030," the minister said.',
        "reactor will be shut down", "Rafael Ortiz", PERSON, "Energy Minister", None, "Chile"),
    row("the spokesman resolves to the spokesman named earlier",
        "Kestrel Airlines spokesman Dev Anand said flights would resume on Thursday. "
        '"Safety comes first," the spokesman added.',
        "safety comes first", "Dev Anand", PERSON, "spokesman", None, "Kestrel Airlines"),
    # An outlet that speaks has no affiliation (issue 17), even with a nationality word.
    row("the Kenyan newspaper resolves to the paper named earlier",
        "The Nairobi Ledger, a Kenyan newspaper, first revealed the deal in March. "
        "The Kenyan newspaper reported that the contract was worth $40 million.",
        "contract was worth", "Nairobi Ledger", MEDIA, None, None, None),
    row("the company resolves to the firm named earlier",
        "Orla Foods recalled 2,000 jars of jam on Thursday. "
        "The company said no illnesses had been reported.",
        "no illnesses", "Orla Foods", ORG),
    row("descriptive anaphora repeats an appositive description",
        "Rosa Imani, a historian specializing in maritime law, has studied the dispute "
        "for a decade. "
        "The historian specializing in maritime law said the treaty had never been ratified.",
        "treaty had never been ratified", "Rosa Imani", PERSON,
        "historian specializing in maritime law"),
    # --- pronouns ---------------------------------------------------------------------------------
    row("he resolves to previous man",
        'Omar Castell, the mayor of Riverton, spoke at the rally. '
        '"We will rebuild the library," he said.',
        "rebuild the library", "Omar Castell", PERSON, "mayor", None, "Riverton"),
    row("she resolves to previous woman",
        "Helena Vos chaired the hearing. "
        "She said the committee would publish its findings in June.",
        "publish its findings", "Helena Vos", PERSON),
    row("she picks the woman of a man and a woman",
        'Mr Peter Lang and Ms Mira Osei addressed the council. '
        '"The budget is a disgrace," she said.',
        "budget is a disgrace", "Mira Osei", PERSON, title="Ms"),
    row("he picks the man over a later organisation",
        "Lars Berg accused Tidewater Shipping of dumping waste. "
        "Tidewater Shipping said the claims were false. "
        '"They have ignored every warning," he said.',
        "ignored every warning", "Lars Berg", PERSON),
    row("it resolves to an organisation",
        "Norvale Mining announced record profits on Wednesday. "
        "It said output would rise by a third next year.",
        "output would rise", "Norvale Mining", ORG),
    row("it picks the organisation over a person",
        "Mayor Ines Duarte blamed Polar Telecom for the blackout. "
        "It said the outage had been caused by a storm.",
        "outage had been caused", "Polar Telecom", ORG),
    row("they resolves to an organisation",
        "The Harbor Workers Union met on Friday. They said the new night shifts were unsafe.",
        "night shifts were unsafe", "Harbor Workers Union", ORG),
    row("they resolves to a plural group, not the person named after it",
        "Nurses at Kingsbridge Hospital walked out on Monday. "
        "Hospital director Elaine Moss called the strike illegal. "
        '"We have no other choice," they said.',
        "no other choice", None, GROUP, "nurse", None, "Kingsbridge Hospital"),
    row("pronoun with no antecedent stays unnamed", '"We are not leaving," he said.',
        "not leaving", None, PERSON),
    # Gender is read from honorifics and earlier pronouns, never guessed from first names.
    row("she with only a Mr before stays unnamed",
        'Mr Karl Vogt opened the session. "This is unacceptable," she said.',
        "this is unacceptable", None, PERSON),
    # --- roles and affiliations -------------------------------------------------------------------
    row("pre-modifier: department and role",
        "Treasury spokeswoman Lena Park said the growth figures would be revised.",
        "figures would be revised", "Lena Park", PERSON, "spokeswoman", None, "Treasury"),
    row("pre-modifier: nationality and office",
        "Brazilian Foreign Minister Paulo Dias said the border would stay open.",
        "border would stay open", "Paulo Dias", PERSON, "Foreign Minister", None, "Brazil"),
    row("appositive: researcher at an institute",
        '"Ceasefires rarely hold without monitors," said Nadia Kerr, '
        "a researcher at the Oslo Peace Institute.",
        "ceasefires rarely hold", "Nadia Kerr", PERSON, "researcher", None, "Oslo Peace Institute"),
    row("appositive: hydrologist with an agency",
        '"Nobody expected the river to rise this fast," said Tomasz Wren, '
        "a hydrologist with the National Water Agency.",
        "river to rise", "Tomasz Wren", PERSON, "hydrologist", None, "National Water Agency"),
    row("X of Y: chairman of an authority",
        "Victor Amsel, Chairman of the Harbor Authority, said the port would double in size.",
        "port would double", "Victor Amsel", PERSON, "Chairman", None, "Harbor Authority"),
    row("Y's X: country's minister",
        "Nigeria's health minister, Bola Adeyemi, said the outbreak was under control.",
        "outbreak was under control", "Bola Adeyemi", PERSON, "health minister", None, "Nigeria"),
    row("nationality Israeli maps to Israel",
        "Israeli Defense Minister Avi Ronen said the drills would continue for a week.",
        "drills would continue", "Avi Ronen", PERSON, "Defense Minister", None, "Israel"),
    row("nationality American maps to United States",
        "American diplomat Carol Hines said the embassy would reopen in the spring.",
        "embassy would reopen", "Carol Hines", PERSON, "diplomat", None, "United States"),
    row("US maps to United States",
        '"We expect an answer by Friday," said US envoy Mark Tully.',
        "answer by friday", "Mark Tully", PERSON, "envoy", None, "United States"),
    row("nationality French maps to France",
        "French Finance Minister Claire Dubois said the pension reform would be delayed.",
        "pension reform", "Claire Dubois", PERSON, "Finance Minister", None, "France"),
    row("later surname carries role and affiliation of the full mention",
        "US Defense Secretary Maria Costa arrived in Manila on Sunday. "
        '"Our alliance is stronger than ever," Costa said.',
        "alliance is stronger", "Maria Costa", PERSON, "Defense Secretary", None, "United States"),
    # --- unnamed sources --------------------------------------------------------------------------
    row("a senior US official",
        "A senior US official said the sanctions would be lifted gradually.",
        "sanctions would be lifted", None, UNNAMED, "official", None, "United States"),
    row("bare officials", "Officials said the coast road would stay closed through the weekend.",
        "coast road", None, UNNAMED, "official"),
    row("a quantity word is no part of a plural role",
        "Several economists said the plan would fail.",
        "plan would fail", None, GROUP, "economist"),
    row("a quantity word the lexicon lacked is no part of the role either",
        "Many doctors said the drug was unsafe.",
        "drug was unsafe", None, GROUP, "doctor"),
    row("sources familiar with the talks", "Sources familiar with the talks said a deal was close.",
        "deal was close", None, UNNAMED),  # "source" is no capacity (annotation guidelines)
    row("a spokesperson for a ministry",
        "A spokesperson for the Transport Ministry said the tender would be reopened.",
        "tender would be reopened", None, UNNAMED, "spokesperson", None, "Transport Ministry"),
    # --- media and government ---------------------------------------------------------------------
    row("media: newspaper reported", "The Guardian reported that the warehouse had been sold.",
        "warehouse had been sold", "The Guardian", MEDIA),
    row("media: according to a broadcaster",
        "According to Radio Meridian, the border crossing reopened overnight.",
        "border crossing reopened", "Radio Meridian", MEDIA),
    row("government: ministry said",
        "The Interior Ministry said the curfew would be lifted at dawn.",
        "curfew would be lifted", "Interior Ministry", GOV),
    # --- two people sharing a surname -------------------------------------------------------------
    row("shared surname: first Keller is the nurse",
        "Anna Keller, a nurse at Saint Jude Hospital, testified in the morning. "
        '"The ward was badly understaffed," Keller said. '
        "In the afternoon the court heard from Jonas Keller, a pilot. "
        '"I saw nothing unusual that night," Keller said.',
        "ward was badly understaffed", "Anna Keller", PERSON, "nurse", None, "Saint Jude Hospital"),
    row("shared surname: second Keller is the pilot",
        "Anna Keller, a nurse at Saint Jude Hospital, testified in the morning. "
        '"The ward was badly understaffed," Keller said. '
        "In the afternoon the court heard from Jonas Keller, a pilot. "
        '"I saw nothing unusual that night," Keller said.',
        "saw nothing unusual", "Jonas Keller", PERSON, "pilot"),
    row("shared surname: a relative named inside a noun phrase leaves the surname to the main one",
        "Governor Paul Brandt of Ohio defended the budget on Friday. Brandt signed it at noon. "
        "His rival had mocked a photo of Lena Brandt, his daughter, last week. "
        '"My family is off limits," Brandt said.',
        "family is off limits", "Paul Brandt", PERSON, "Governor", None, "Ohio"),
    row("shared surname: a relative's name in apposition inside a noun phrase is no new speaker",
        "Governor Paul Brandt of Ohio defended the budget on Friday. Brandt signed it at a "
        "rally for his daughter, Lena Brandt, in Toledo. "
        '"My family is off limits," Brandt said.',
        "family is off limits", "Paul Brandt", PERSON, "Governor", None, "Ohio"),
    row("shared surname: of two named once, not the relative named inside the other's phrase",
        "Later, Rita Gomez, mother of flood victim Leo Gomez, rejected the claim. "
        '"It is false," Gomez said.',
        "It is false", "Rita Gomez", PERSON),
    row("shared surname: a relative named as the verb's argument may be the one who speaks",
        "Governor Paul Brandt of Ohio defended the budget on Friday. Brandt signed it at noon. "
        "Reporters later reached Lena Brandt, his daughter, in Toledo. "
        '"He works too hard," Brandt said.',
        "works too hard", "Lena Brandt", PERSON),
    # --- capacity stated at another mention of the speaker, carried to the quote -----------------
    row("team and position before the name, carried to a later surname",
        "Harbor City director Tomas Kessel changed the schedule on Monday.\n\n"
        '"We played our best hour of the season," Kessel said.',
        "played our best hour", "Tomas Kessel", PERSON, "director", None, "Harbor City"),
    row("party letter in a bracketed tag is the party, not the letter",
        "Sen. Maren Holt (D-Md.) questioned the bank's chief for an hour. "
        '"The fees were hidden from customers," Holt said.',
        "fees were hidden", "Maren Holt", PERSON, "Sen.", None, "Democratic"),
    row("Republican party tag with a state name",
        "Rep. Ivo Brandt (R-Utah) voted against the bill on Friday. "
        '"It spends money we do not have," Brandt said.',
        "spends money", "Ivo Brandt", PERSON, "Rep.", None, "Republican"),
    row("independent party tag",
        "Sen. Lena Odum (I-Vt.) spoke after the vote. "
        '"This is a bad day for renters," Odum said.',
        "bad day for renters", "Lena Odum", PERSON, "Sen.", None, "Independent"),
    row("a bracketed place after the name is no party",
        'Rep. Ana Dorado (Denver) spoke first. "We are tired of waiting," Dorado said.',
        "tired of waiting", "Ana Dorado", PERSON, "Rep."),
    row("a residence is not an affiliation",
        'Ruth Alder, of Denver, joined the march. "We are tired of waiting," Alder said.',
        "tired of waiting", "Ruth Alder", PERSON),
    row("a prize is not an affiliation",
        "Ruth Alder, a Pulitzer Prize-winning reporter, joined the march. "
        '"We are tired of waiting," Alder said.',
        "tired of waiting", "Ruth Alder", PERSON, "Pulitzer Prize-winning reporter"),
    row("a prize is not an affiliation, but the employer beside it is",
        "Ruth Alder, a Pulitzer Prize-winning reporter at the Harbor Gazette, joined the march. "
        '"We are tired of waiting," Alder said.',
        "tired of waiting", "Ruth Alder", PERSON, "Pulitzer Prize-winning reporter", None,
        "Harbor Gazette"),
    row("a prize named after the winner noun is not an affiliation",
        "Ruth Alder, winner of the Nobel Prize, joined the march. "
        '"We are tired of waiting," Alder said.',
        "tired of waiting", "Ruth Alder", PERSON, "winner"),
    row("a named prize after the winner noun is not an affiliation, its whole name included",
        "Ruth Alder, 2015 winner of the Erikson Prize for Excellence in Science Writing, "
        'joined the march. "We are tired of waiting," Alder said.',
        "tired of waiting", "Ruth Alder", PERSON, "winner"),
    row("a person is not an affiliation",
        "Ruth Alder, Tomas Kessel's deputy, joined the march. "
        '"We are tired of waiting," Alder said.',
        "tired of waiting", "Ruth Alder", PERSON, "deputy"),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "quote", "name", "kind", "role", "title", "affiliation"), SPEAKERS
)
def test_speaker_fields(
    analyze: Analyze,
    text: str,
    quote: str,
    name: str | None,
    kind: SpeakerKind,
    role: str | None,
    title: str | None,
    affiliation: str | None,
) -> None:
    found = quote_with(analyze(text), quote)
    expected = {
        "name": norm(name),
        "kind": kind,
        "role": norm(role),
        "title": norm(title),
        "affiliation": norm(affiliation),
    }
    assert fields(found.speaker) == expected


# --- how each speaker was resolved ----------------------------------------------------------------

RESOLUTIONS = [
    pytest.param(
        'Grace Okafor opened the meeting. "Prices have doubled," Okafor said.',
        "prices have doubled",
        Resolution.NAME,
        id="surname is resolved by name",
    ),
    pytest.param(
        'Helena Vos chaired the hearing. "We will publish in June," she said.',
        "publish in june",
        Resolution.PRONOUN,
        id="pronoun is resolved as pronoun",
    ),
    pytest.param(
        "Orla Foods recalled the jam. The company said no illnesses had been reported.",
        "no illnesses",
        Resolution.DESCRIPTION,
        id="the company is resolved by description",
    ),
    pytest.param(
        '"We are not leaving," he said.',
        "not leaving",
        Resolution.UNRESOLVED,
        id="pronoun without antecedent is unresolved",
    ),
    pytest.param(
        '"We have waited long enough," said Tomas Brandt.',
        "waited long enough",
        Resolution.MENTION,
        id="full name is its own mention",
    ),
]


@pytest.mark.parametrize(("text", "quote", "resolution"), RESOLUTIONS)
def test_speaker_resolution(
    analyze: Analyze, text: str, quote: str, resolution: Resolution
) -> None:
    speaker = quote_with(analyze(text), quote).speaker
    assert speaker is not None
    assert speaker.resolution is resolution


def test_unresolved_pronoun_keeps_its_own_span(analyze: Analyze) -> None:
    text = 'Mr Karl Vogt opened the session. "This is unacceptable," she said.'
    speaker = speaker_of(analyze(text), "unacceptable")
    assert (speaker.text, text[speaker.start : speaker.end]) == ("she", "she")
    assert speaker.name is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Hanna Lowe paused, then explained that the schedule would not change.",
            "Hanna Lowe",
            id="a second verb after a comma and 'then': the first verb's subject",
        ),
        pytest.param(
            "Hanna Lowe paused, then Marcus Orr explained that the schedule would not change.",
            "Marcus Orr",
            id="negative: a second verb with a subject of its own",
        ),
        pytest.param(
            "Hanna Lowe nodded to the crowd, then turned and explained that the schedule "
            "would not change.",
            "Hanna Lowe",
            id="'then' hung on the first verb, and the cue coordinated with the second",
        ),
    ],
)
def test_a_verb_the_parse_left_unlinked_after_a_comma_shares_the_subject(
    analyze: Analyze, text: str, name: str
) -> None:
    assert speaker_of(analyze(text), "schedule would not change").name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Tom Hale has offered few ideas for easing student debt aside from stating that "
            "the state should not profit from such loans.",
            "Tom Hale",
            id="a gerund whose clause the parse lost: the main clause's person",
        ),
        pytest.param(
            "The plan offers few ideas for easing student debt aside from stating that "
            "the state should not profit from such loans.",
            None,
            id="negative: the main clause's subject is no person",
        ),
    ],
)
def test_a_gerund_cue_with_no_subject_falls_back_to_the_main_clause_person(
    analyze: Analyze, text: str, name: str | None
) -> None:
    speaker = quote_with(analyze(text), "should not profit").speaker
    assert (speaker.name if speaker else None) == name


# --- the document's speaker table -----------------------------------------------------------------

TWO_PEOPLE = (
    "Hanna Lowe, a judge at the Northern District Court, opened the inquiry on Monday. "
    '"Every witness will be heard," Lowe said. '
    "Marcus Orr, a lawyer for the Delta Transit Company, objected to the schedule. "
    '"My client needs more time," Orr said. '
    'Lowe rejected the request. "The dates stand," she said. '
    '"Then we will appeal," he said.'
)


def test_one_entity_per_person(analyze: Analyze) -> None:
    doc = analyze(TWO_PEOPLE)
    people = sorted(norm(e.name) or "" for e in doc.speakers)
    assert people == ["hanna lowe", "marcus orr"]


def test_each_quote_points_at_its_entity(analyze: Analyze) -> None:
    doc = analyze(TWO_PEOPLE)
    by_name = {norm(e.name): e for e in doc.speakers}
    expected = {
        "every witness": "hanna lowe",
        "dates stand": "hanna lowe",
        "client needs more time": "marcus orr",
        "we will appeal": "marcus orr",
    }
    for needle, name in expected.items():
        speaker = quote_with(doc, needle).speaker
        assert speaker is not None, needle
        assert speaker.entity == by_name[name].id, needle


def test_entity_quotes_list_its_quote_ids(analyze: Analyze) -> None:
    doc = analyze(TWO_PEOPLE)
    for entity in doc.speakers:
        spoken = {
            q.id for q in doc.quotes if q.speaker is not None and q.speaker.entity == entity.id
        }
        assert set(entity.quotes) == spoken, entity.name
        assert len(entity.quotes) == 2, entity.name


def test_entity_carries_role_title_and_affiliation(analyze: Analyze) -> None:
    doc = analyze(TWO_PEOPLE)
    found = {
        norm(e.name): (norm(e.role), norm(e.title), norm(e.affiliation), e.kind)
        for e in doc.speakers
    }
    assert found["hanna lowe"] == ("judge", None, "northern district court", PERSON)
    assert found["marcus orr"] == ("lawyer", None, "delta transit company", PERSON)


def test_entity_mentions_are_spans_of_the_text(analyze: Analyze) -> None:
    doc = analyze(TWO_PEOPLE)
    for entity in doc.speakers:
        assert entity.mentions, entity.name
        for mention in entity.mentions:
            assert TWO_PEOPLE[mention.start : mention.end] == mention.text


def test_entity_mentions_cover_name_surname_and_pronoun(analyze: Analyze) -> None:
    doc = analyze(TWO_PEOPLE)
    lowe = next(e for e in doc.speakers if norm(e.name) == "hanna lowe")
    texts = [m.text for m in lowe.mentions]
    assert any("Hanna Lowe" in t for t in texts), texts
    assert "Lowe" in texts, texts
    assert "she" in texts, texts


def test_speaker_spans_are_spans_of_the_text(analyze: Analyze) -> None:
    for case in SPEAKERS:
        text = case.values[0]
        assert isinstance(text, str)
        for quote in analyze(text).quotes:
            if quote.speaker is not None:
                assert text[quote.speaker.start : quote.speaker.end] == quote.speaker.text


def test_shared_surname_makes_two_entities(analyze: Analyze) -> None:
    text = (
        "Anna Keller, a nurse at Saint Jude Hospital, testified in the morning. "
        '"The ward was badly understaffed," Keller said. '
        "In the afternoon the court heard from Jonas Keller, a pilot. "
        '"I saw nothing unusual that night," Keller said.'
    )
    doc = analyze(text)
    nurse = quote_with(doc, "understaffed").speaker
    pilot = quote_with(doc, "nothing unusual").speaker
    assert nurse is not None and pilot is not None
    assert nurse.entity is not None and pilot.entity is not None
    assert nurse.entity != pilot.entity
    names = sorted(norm(e.name) or "" for e in doc.speakers)
    assert names == ["anna keller", "jonas keller"]


def test_shared_surname_goes_to_the_person_mentioned_more(analyze: Analyze) -> None:
    # The other Lindqvist is named in full, in passing, and long before the quote.
    text = (
        'Senator Mara Lindqvist toured the plant in Dayton on Monday. "These jobs matter," '
        "Lindqvist said. Her husband, Tom Lindqvist, a former governor, stayed at home in "
        "Denver. The plant has lost four hundred jobs since the spring, and the union has asked "
        "the state for help with retraining and with the cost of the new equipment it needs "
        'to stay open. "We will win this fight," Lindqvist said.'
    )
    first, last = analyze(text).quotes
    assert first.speaker is not None and last.speaker is not None
    assert last.speaker.name == first.speaker.name == "Mara Lindqvist"


def speaker_of(doc: Document, fragment: str) -> Speaker:
    """The speaker of the quote holding ``fragment``, which must have one."""
    speaker = quote_with(doc, fragment).speaker
    assert speaker is not None, f"no speaker for {fragment!r}"
    return speaker


@pytest.mark.parametrize(
    ("middle", "name"),
    [
        pytest.param("Hale said the accord would hold. ", "Tom Hale", id="the one just spoken of"),
        pytest.param("Ruiz said the accord would hold. ", "Ana Ruiz", id="the other way round"),
    ],
)
def test_a_description_two_people_hold_is_the_one_mentioned_last(
    analyze: Analyze, middle: str, name: str
) -> None:
    text = (
        "President Tom Hale played golf with Central Bank President Ana Ruiz on Monday. "
        + middle
        + "The president also said that jobs would follow."
    )
    speaker = speaker_of(analyze(text), "jobs would follow")
    assert speaker.name == name


def test_repeated_description_is_one_entity(analyze: Analyze) -> None:
    text = (
        '"The treaty was never ratified," said a historian specializing in maritime law. '
        "The historian specializing in maritime law added that both navies ignored it."
    )
    doc = analyze(text)
    first = quote_with(doc, "never ratified").speaker
    second = quote_with(doc, "navies ignored").speaker
    assert first is not None and second is not None
    assert first.entity is not None
    assert first.entity == second.entity
    assert second.name is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Mayor Tom Walsh, a former labor leader, had close ties to Senator Joe Biden for "
            'years. "We need a fighter," he said.',
            "Tom Walsh",
            id="the subject outweighs a name later in its own sentence, inside a phrase",
        ),
        pytest.param(
            'Mayor Tom Walsh spoke first. Senator Joe Biden then took the stage. "We need a '
            'fighter," he said.',
            "Joe Biden",
            id="negative: of two subjects, the more recent",
        ),
        pytest.param(
            "Mayor Ana Diaz has faced many controversies since taking the job, most recently "
            "over a meeting on her plane in May with the wife of a rival, the Green nominee "
            "Lena Ortiz, while her office was investigating him. "
            '"People tend not to say those things to me," she said.',
            "Ana Diaz",
            id="a long sentence's subject outweighs a name at its end",
        ),
        pytest.param(
            "Spokesman Tom Becker said Ivo Marsh had kept in close touch with his supporters "
            'since the election.\n\n"I would think that would have some influence on the '
            'vote," he said.',
            "Tom Becker",
            id="the speaker of the sentence before outranks the subject of what he reported",
        ),
        pytest.param(
            "Retired Gen. Tom Hale said Paul Brandt was right when he said on Wednesday that "
            'the generals had been "reduced to rubble."',
            "Paul Brandt",
            id="negative: of two subjects in one sentence, the later",
        ),
        pytest.param(
            "Paul Simms, the party's field director, recalled the winter when Tom Ruiz first "
            "took office.\n\n"
            '"It was a bleak time for everyone," he said.',
            "Paul Simms",
            id="of two subjects of the sentence before, the main clause's",
        ),
        pytest.param(
            "Tom Ruiz, Paul Simms said, has built a coalition nobody expected.\n\n"
            '"It will hold," he said.',
            "Paul Simms",
            id="an aside's subject counts as a main clause's: the later of the two",
        ),
        pytest.param(
            "Mr. Hale spoke in Ohio on Monday.\n\n"
            "Another pollster, David Wood of Clemson University, said his survey of voters "
            "showed Mr. Hale's support holding steady after the debate.\n\n"
            '"His numbers were the same as before! Go figure," he said in an email.',
            "David Wood",
            id="a name in an appositive on a description stands where the description does",
        ),
        pytest.param(
            "Tom Gidley, a former director of the state party, said voters were angry.\n\n"
            '"I need a candidate who will not lie to me," Mr. Gidley said.\n\n'
            "Mr. Hale, who is not taking large donations, fits that bill for many people, he "
            "added.",
            "Tom Gidley",
            id="the one the cue's reported clause names is not the pronoun that reports it",
        ),
        pytest.param(
            "Mr. Ortiz spoke in Ohio on Monday.\n\n"
            "C. Boyden Grey, who served as White House counsel under Mr. Hale's father, George "
            "Hale, ticked through the code of conduct the Hale dynasty has long embodied: "
            "''Civility and good manners were kind of assumed,'' he said.",
            "C. Boyden Grey",
            id="negative: narration the parse took into a quote's cue is no reported clause",
        ),
        pytest.param(
            "Ruth Camden posted a message on Monday.\n\n"
            "The militia has grown in recent years.\n\n"
            "Its members train in the hills.\n\n"
            "Officials say the group has 400 members.\n\n"
            "Camden\u2019s pointed posts about the militia include one saying the danger had "
            "been understated in the debate over Senator Tom Hale\u2019s plan.\n\n"
            '"We are right to worry," she posted.',
            "Ruth Camden",
            id="a known person's surname tagged as a place keeps her in the passage as a "
            "subject's possessor",
        ),
    ],
)
def test_a_pronoun_prefers_the_subject_over_a_later_non_subject(
    analyze: Analyze, text: str, name: str
) -> None:
    (quote,) = [q for q in analyze(text).quotes if q.speaker and q.speaker.text in ("he", "she")]
    assert quote.speaker is not None
    assert quote.speaker.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            'General Motors said on Monday that "sales are up sharply."',
            "General Motors",
            id="a rank inside a body's entity is part of its name",
        ),
        pytest.param(
            'The General Assembly said on Monday that "sales are up sharply."',
            "General Assembly",
            id="likewise after a determiner",
        ),
        pytest.param(
            '"Sales are up sharply," said Gen. Mark Milley.',
            "Mark Milley",
            id="negative: a rank before a person's name is a title",
        ),
    ],
)
def test_a_rank_that_begins_a_bodys_name(analyze: Analyze, text: str, name: str) -> None:
    assert speaker_of(analyze(text), "sales are up").name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            '"We won," said Ed From, who helped found the league.\n\n'
            '"It was a reaction to defeat," From said.',
            "Ed From",
            id="a surname the tagger read as a preposition, as the subject of a cue",
        ),
        pytest.param(
            '"It was a reaction to defeat," From said.',
            None,
            id="negative: no person of that surname named before",
        ),
    ],
)
def test_a_surname_of_another_word_class_as_a_subject(
    analyze: Analyze, text: str, name: str | None
) -> None:
    assert speaker_of(analyze(text), "reaction").name == name


def test_an_entity_a_pronoun_took_against_its_first_name_keeps_the_names_gender(
    analyze: Analyze,
) -> None:
    # "she" finds no woman in reach and takes the man named last; a later "he" may still be
    # him, since his first name is a man's.
    text = (
        "Ruth Vale spoke on Monday.\n\n"
        "The militia has grown.\n\n"
        "Its members train in the hills.\n\n"
        "Officials say the group has 400 members, after a debate over Senator Tom Hale's "
        'plan.\n\n"We are right to worry," she posted.\n\n'
        '"The plan stands," he said.'
    )
    (quote,) = [q for q in analyze(text).quotes if q.speaker and q.speaker.text == "he"]
    assert quote.speaker is not None
    assert quote.speaker.name == "Tom Hale"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "While Carl Brandt won the vote in May, that has not helped the port, which "
            "worries Tom Ng, the head of the dockers' union.\n\n"
            "\u201cNo one trusts Brandt now. The port has nobody left,\u201d he said.",
            "Tom Ng",
            id="the man the quote speaks of by name is not its speaker",
        ),
        pytest.param(
            "While Carl Brandt won the vote in May, that has not helped the port, which "
            "worries Tom Ng, the head of the dockers' union.\n\n"
            "\u201cThe Brandt supporters are angry. The port has nobody left,\u201d he said.",
            "Carl Brandt",
            id="negative: a name used as a modifier speaks of no one",
        ),
        pytest.param(
            "While Carl Brandt won the vote in May, that has not helped the port, which "
            "worries Tom Ng, the head of the dockers' union.\n\n"
            "\u201cThey told me, \u2018Carl Brandt, the port has nobody left,\u2019\u201d he "
            "said.",
            "Carl Brandt",
            id="negative: a name in a quote within the quote is someone else's words",
        ),
    ],
)
def test_a_speaker_pronoun_is_not_the_person_its_quote_names(
    analyze: Analyze, text: str, name: str
) -> None:
    speaker = speaker_of(analyze(text), "nobody left")
    assert (speaker.text, speaker.name) == ("he", name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Campaign adviser Tom Brandt said in a statement that the plan was working.\n\n"
            "\u201cWith the rival campaign off the trail again, we see this as the right time "
            "to show voters a strong economy under the leadership of Mr. Hale,\u201d he added.",
            "Tom Brandt",
            id="a man a quote speaks of is no antecedent of the narrator's pronoun",
        ),
        pytest.param(
            "Campaign adviser Tom Brandt said in a statement that the plan was working. "
            "Mr. Hale agreed.\n\n"
            "\u201cWe see this as the right time to show voters a strong economy,\u201d he added.",
            "Hale",
            id="negative: the same man named outside the quote is",
        ),
    ],
)
def test_a_narrator_pronoun_skips_mentions_inside_quotes(
    analyze: Analyze, text: str, name: str
) -> None:
    speaker = speaker_of(analyze(text), "right time")
    assert (speaker.text, speaker.name) == ("he", name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Tom Hale toured the port on Monday.\n\n"
            '"The wall is negotiable," Paul Brandt said in reference to Hale\u2019s stance on '
            "immigration and his oft-stated promise to build a wall.",
            "Tom Hale",
            id="the possessive on the first conjunct, not the clause's subject",
        ),
        pytest.param(
            "Tom Hale toured the port on Monday.\n\n"
            '"The wall is negotiable," Paul Brandt said in reference to the stance on '
            "immigration and his oft-stated promise to build a wall.",
            "Paul Brandt",
            id="negative: with no possessive on the first conjunct, the subject",
        ),
    ],
)
def test_a_possessive_pronoun_on_a_conjunct_is_the_possessor_of_the_first(
    analyze: Analyze, text: str, name: str
) -> None:
    speaker = speaker_of(analyze(text), "build a wall")
    assert (speaker.text, speaker.name) == ("his", name)


@pytest.mark.parametrize(
    ("text", "quote", "mention"),
    [
        pytest.param(
            "The station aired interviews with farmers saying that the dam had failed them.",
            "dam had failed",
            "farmers",
            id="a participle reporting a clause is the cue, no part of the speaker's words",
        ),
        pytest.param(
            "Farmers living near the dam said that it had failed them.",
            "had failed",
            "Farmers living near the dam",
            id="negative: a participle describing the speaker stays in the mention",
        ),
    ],
)
def test_the_speaker_mention_stops_before_a_reporting_participle(
    analyze: Analyze, text: str, quote: str, mention: str
) -> None:
    assert speaker_of(analyze(text), quote).text == mention


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Paul Brandt toured the plant. While he has said he will stay in the race, "
            "Tom Hale must decide what he wants.",
            "Tom Hale",
            id="a pronoun in a clause opening the sentence is the main clause's named subject",
        ),
        pytest.param(
            "Paul Brandt toured the plant. Tom Hale must decide what he wants, while he "
            "has said he will stay in the race.",
            "Tom Hale",
            id="negative: a clause after the main clause looks back as usual",
        ),
        pytest.param(
            "Paul Brandt toured the plant. While he has said he will stay in the race, "
            "Maria Hale must decide what she wants.",
            "Paul Brandt",
            id="negative: a main clause subject of the other gender is not the pronoun's",
        ),
    ],
)
def test_a_pronoun_before_the_main_clause_may_point_forward(
    analyze: Analyze, text: str, name: str
) -> None:
    speaker = speaker_of(analyze(text), "stay in the race")
    assert (speaker.text, speaker.name) == ("he", name)


@pytest.mark.parametrize(
    ("title", "description"),
    [
        pytest.param("Gov.", "The governor", id="Gov. is a governor"),
        pytest.param("Sen.", "The senator", id="Sen. is a senator"),
    ],
)
def test_a_description_re_mentions_an_abbreviated_title(
    analyze: Analyze, title: str, description: str
) -> None:
    text = (
        f"{title} Ana Diaz toured the plant on Monday. Workers cheered.\n\n"
        f"{description} said the plant would stay open."
    )
    speaker = speaker_of(analyze(text), "stay open")
    assert (speaker.text, speaker.name) == (description, "Ana Diaz")


def test_an_abbreviated_title_is_not_another_office(analyze: Analyze) -> None:
    text = (
        "Sen. Ana Diaz toured the plant on Monday. Workers cheered.\n\n"
        "The governor said the plant would stay open."
    )
    speaker = speaker_of(analyze(text), "stay open")
    assert speaker.name is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Museum opens.\n\nWASHINGTON -- President Tom Hale, dedicating the museum on "
            "Saturday, said it would tell an American story.",
            "President Tom Hale",
            id="the name the parse hung on a dateline as its appositive",
        ),
        pytest.param(
            "Museum opens.\n\nDUNMORE -- said it would tell an American story.",
            None,
            id="negative: a dateline alone is no speaker",
        ),
        pytest.param(
            "Museum opens.\n\nDUNMORE (Reuters) \u2013 Top Green Party donor Tom Hale said on "
            "Friday that it would tell an American story.",
            "Top Green Party donor Tom Hale",
            id="a dateline with the agency's credit: the name the parse hung on it",
        ),
        pytest.param(
            "Museum opens.\n\nLISBON (Reuters) \u2013 Top Green Party donor Ivo Marsh said on "
            "Friday it would tell an American story.",
            "Top Green Party donor Ivo Marsh",
            id="a dateline the parse hung on the name is no part of its phrase",
        ),
        pytest.param(
            "Museum opens.\n\nOSLO - Norwegian Culture Minister Kari Lund said on Monday "
            "that it would tell an American story.",
            "Norwegian Culture Minister Kari Lund",
            id="a dateline set off by a spaced hyphen is no part of the phrase",
        ),
        pytest.param(
            "Museum opens.\n\nOSLO, Norway - Harbor Bank economist Kari Lund said on Monday "
            "that it would tell an American story.",
            "Harbor Bank economist Kari Lund",
            id="a dateline with its region: the name the parse hung on it",
        ),
        pytest.param(
            "Museum opens.\n\nOSLO, Norway and its banks said on Monday that it would tell "
            "an American story.",
            "OSLO",
            id="negative: capitals and a region with no dash after them are no dateline",
        ),
        pytest.param(
            "Museum opens.\n\nCulture Minister Kari Lund-Berg said on Monday that it would "
            "tell an American story.",
            "Culture Minister Kari Lund-Berg",
            id="negative: a hyphen joining a name's words sets nothing off",
        ),
    ],
)
def test_a_dateline_is_no_speaker(analyze: Analyze, text: str, speaker: str | None) -> None:
    quote = quote_with(analyze(text), "American story")
    assert (quote.speaker.text if quote.speaker else None) == speaker


def test_a_preposition_the_recogniser_took_into_a_name_is_no_part_of_it(
    analyze: Analyze,
) -> None:
    text = (
        "Polls were out on Monday. Without Hale in the race, Ruiz and Ng were level. "
        "Hale said he would not run."
    )
    speaker = quote_with(analyze(text), "not run").speaker
    assert speaker is not None and speaker.name == "Hale"


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        pytest.param(
            "As noted in the audit, the bridge over the Tamsin River was unsafe for trucks.",
            "bridge over the Tamsin",
            "the audit",
            id="as-noted-in-a-work",
        ),
        pytest.param(
            "It was argued in the city's brief that the parking law is void.",
            "parking law is void",
            "the city's brief",
            id="passive-cue-in-a-work",
        ),
        pytest.param(
            "As noted in the morning, the bridge over the Tamsin River was unsafe for trucks.",
            "bridge over the Tamsin",
            None,
            id="negative-in-a-time-is-no-work",
        ),
    ],
)
def test_a_passive_cue_is_spoken_by_the_work_it_says_the_statement_is_in(
    analyze: Analyze, text: str, quote: str, speaker: str | None
) -> None:
    found = quote_with(analyze(text), quote)
    assert (found.speaker.text if found.speaker else None) == speaker


def test_a_hyphenated_name_is_written_as_in_the_text(analyze: Analyze) -> None:
    speaker = speaker_of(analyze('"Sales are up sharply," said Jean-Marc Ortiz-Lee.'), "Sales")
    assert speaker.name == "Jean-Marc Ortiz-Lee"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            'Ban Ki-moon, the secretary general, spoke first. Mr. Ban said the plan "will work."',
            "Ban Ki-moon",
            id="an honorific with a family name written first",
        ),
        pytest.param(
            'Ban Ki-moon and Ban Tae-ho spoke first. Mr. Ban said the plan "will work."',
            "Ban",
            id="negative: two people whose names begin with the word (a name of its own)",
        ),
        pytest.param(
            'Wu Lihua, a chemist at Harbor University, spoke first. Wu said the plan "will work."',
            "Wu Lihua",
            id="a family name written first, with no honorific",
        ),
        pytest.param(
            'Rosa Kowalski, the mayor, spoke first. Rosa said the plan "will work."',
            "Rosa Kowalski",
            id="a given name used alone",
        ),
        pytest.param(
            'Rosa Kowalski and Rosa Lind spoke first. Rosa said the plan "will work."',
            "Rosa",
            id="negative: two people whose names begin with the given name",
        ),
        pytest.param(
            'Jo Kowalski and Ana Lind spoke first. Lind said the plan "will work."',
            "Ana Lind",
            id="negative: a surname still goes to the name it ends",
        ),
    ],
)
def test_one_word_that_begins_one_name(analyze: Analyze, text: str, name: str) -> None:
    assert speaker_of(analyze(text), "will work").name == name


def test_one_named_in_the_quote_beside_a_description_is_not_its_speaker(
    analyze: Analyze,
) -> None:
    text = (
        "Victor Reyes mocked Helen Lind on Monday. "
        '"So Victor, you know, is good at slogans. He is no leader," the former mayor said.'
    )
    assert speaker_of(analyze(text), "no leader").name == "Helen Lind"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            'James Colby spoke on Monday. Said Colby, "The thought that we erred is painful."',
            "James Colby",
            id="a cue opening an inverted attribution is no first name",
        ),
        pytest.param(
            'James Colby spoke on Monday. "The thought that we erred is painful," said Said '
            "Karimi.",
            "Said Karimi",
            id="negative: the same word inside a sentence may be a first name",
        ),
    ],
)
def test_an_inverted_cue_before_a_name(analyze: Analyze, text: str, name: str) -> None:
    assert speaker_of(analyze(text), "we erred").name == name


def test_a_name_run_on_from_the_phrase_before_a_subjectless_cue(analyze: Analyze) -> None:
    # No comma after the opening phrase: the parse makes the name the object of "with".
    doc = analyze(
        "Donald Trump toured Ohio. In an interview with CNN Trump said that the plan would work."
    )
    assert speaker_of(doc, "plan would work").name == "Donald Trump"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "In a statement to the Observer, her senior policy adviser, Tom Hale, said: "
            "\u201cAna Ruiz believes that the pact is essential.\u201d",
            "her senior policy adviser",
            id="a description and its name the parse hung on the opening phrase's noun",
        ),
        pytest.param(
            "In an interview with the Ledger, Tom Hale, a senior aide, said the pact was sound.",
            "Tom Hale",
            id="a name and its description the parse hung on the opening phrase's noun",
        ),
        pytest.param(
            "In an interview with two hosts, Tom Hale and Ana Ruiz, the Green presidential "
            "candidate stated that the plan will fail.",
            "the Green presidential candidate",
            id="a description right before the cue, not the opening phrase's list of names",
        ),
    ],
)
def test_appositives_run_on_from_the_phrase_before_a_subjectless_cue(
    analyze: Analyze, text: str, speaker: str
) -> None:
    [quote] = analyze(text).quotes
    assert quote.speaker is not None and quote.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            'Labour MP Jane Roe said the plan "is a good start." The plan, Conservative MP '
            'Tom Ng said, "is bad for the port."',
            "Conservative MP Tom Ng",
            id="a name the parse set in apposition to the statement's opening thing",
        ),
        pytest.param(
            'The lawyer, Ana Diaz, said the plan "is bad for the port."',
            "The lawyer",
            id="negative: a role noun and its appositive are one person",
        ),
    ],
)
def test_a_name_set_in_before_the_cue_speaks(analyze: Analyze, text: str, speaker: str) -> None:
    assert speaker_of(analyze(text), "bad for the port").text == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Tom Ng spoke to voters on Monday. He's said the same thing at every rally: "
            '"It is not about me."',
            "Tom Ng",
            id="a-contracted-has-the-parse-read-as-a-passive-is",
        ),
        pytest.param(
            'Tom Ng spoke to voters on Monday. "It is not about me," he was told by his aides.',
            "his aides",
            id="negative-a-true-passive-with-no-object-is-spoken-by-its-agent",
        ),
    ],
)
def test_a_contracted_perfect_is_active(analyze: Analyze, text: str, speaker: str) -> None:
    doc = analyze(text)
    quote = next(q for q in doc.quotes if "not about me" in q.content.text)
    assert quote.speaker is not None, doc.quotes
    assert speaker in (quote.speaker.name, quote.speaker.text), doc.quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Tom Ng spoke to voters on Monday. He's indicated he'll stay in the race.",
            "Tom Ng",
            id="a-contracted-has-before-a-reported-clause",
        ),
        pytest.param(
            "Tom Ng spoke to voters on Monday. He's told he'll stay in the race.",
            None,
            id="negative-a-hearer-cue-is-a-true-passive",
        ),
        pytest.param(
            "Tom Ng spoke to voters on Monday. It's said he'll stay in the race.",
            None,
            id="negative-an-impersonal-subject-is-a-true-passive",
        ),
        pytest.param(
            "Tom Ng, who's said he'll stay in the race, toured the plant.",
            "Tom Ng",
            id="a-relative-pronoun-before-a-contracted-has-stands-for-its-antecedent",
        ),
        pytest.param(
            "Other than Tom Ng, who's called for a vote to stay in the race, the rest are quiet.",
            "Tom Ng",
            id="a-contracted-has-before-a-cue-preposition",
        ),
    ],
)
def test_a_contracted_perfect_reporting_a_clause_is_active(
    analyze: Analyze, text: str, speaker: str | None
) -> None:
    doc = analyze(text)
    quote = next(q for q in doc.quotes if "stay in the race" in q.content.text)
    found = None if quote.speaker is None else quote.speaker.name
    assert found == speaker, doc.quotes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "\u201cWhat a night!\u201d beamed Hanna Lowe, a volunteer from the county.",
            [("What a night!", "Hanna Lowe")],
            id="a verb of a sound or look as the cue of a quote, inverted",
        ),
        pytest.param(
            "Hanna Lowe stepped up to the microphone and bellowed: "
            "\u201cWe are not done yet.\u201d",
            [("We are not done yet.", "Hanna Lowe")],
            id="the same verb before a colon and its quote",
        ),
        pytest.param(
            "The station beamed the final match to millions of homes in the region.",
            [],
            id="negative: the verb with a thing for object reports no speech",
        ),
    ],
)
def test_a_manner_of_speaking_verb_is_the_cue_of_its_quote(
    analyze: Analyze, text: str, expected: list[tuple[str, str]]
) -> None:
    found = [(q.content.text, q.speaker and q.speaker.name) for q in analyze(text).quotes]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        pytest.param(
            "In an interview on Monday, Ana Ruiz said the process of writing the platform "
            "could be \u201cmessy,\u201d adding, \u201cDemocracy is messy.\u201d",
            "Democracy is messy.",
            "Ana Ruiz",
            id="a participle the parse hung inside the reported clause is the reporter's",
        ),
        pytest.param(
            "Her friends have mocked the plan, calling it \u201ca farce,\u201d Dora Lyle "
            "said as she turned around.",
            "a farce",
            "Her friends",
            id="negative: under a reporting clause that follows, the clause's own subject",
        ),
    ],
)
def test_a_participle_in_a_reported_clause(
    analyze: Analyze, text: str, content: str, speaker: str
) -> None:
    doc = analyze(text)
    quote = next(
        q
        for q in doc.quotes
        if content in q.content.text and q.cue is not None and q.cue.lemma in ("add", "call")
    )
    assert quote.speaker is not None and speaker in (quote.speaker.text, quote.speaker.name)


def test_a_word_in_lower_case_tagged_a_proper_noun_is_no_name(analyze: Analyze) -> None:
    # The tagger may take a hyphenated occupation for a proper noun ("front-runner");
    # written in lower case, it names no one.
    speaker = quote_with(analyze('"We will win," the billionaire front-runner said.'), "win")
    assert speaker.speaker is not None
    assert speaker.speaker.name is None
