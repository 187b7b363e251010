"""Roles and affiliations read at each mention of a speaker: one row per news pattern.

Every sentence is invented for this file (fictional people, firms, teams and places). The
expected values follow ``docs/annotation-guidelines.md`` ("Roles and affiliations"): the role is
the office or capacity as the article writes it, without the organisation standing as a separate
name or the nationality; the affiliation is the organisation, party, team or country spoken for,
in the article's own words (a nationality word as its country, a party tag as its party), never
a person nor a place where someone only lives.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from quoteattr import Document, Speaker, SpeakerKind

Analyze = Callable[[str], Document]


def spoken_by(doc: Document, name: str) -> Speaker:
    """The speaker of the one quote whose speaker is named ``name`` or written so."""
    found = [
        q.speaker
        for q in doc.quotes
        if q.speaker is not None and name in (q.speaker.name, q.speaker.text)
    ]
    speakers = [q.speaker and q.speaker.text for q in doc.quotes]
    assert len(found) == 1, f"want one quote spoken by {name!r}, found {speakers}"
    return found[0]


def row(case: str, text: str, speaker: str, role: str | None, affiliation: str | None) -> object:
    return pytest.param(text, speaker, role, affiliation, id=case)


# fmt: off
# (text, the speaker's name or mention, role, affiliation)
PHENOMENA = [
    # --- hyphens and compounds --------------------------------------------------------------
    row("hyphenated title with a department after a comma",
        '"We will appeal the decision," said Marta Quinlan, vice-president, public affairs, '
        "at Norland Rail.",
        "Marta Quinlan", "vice-president, public affairs", "Norland Rail"),
    row("qualifier and office: Deputy Commissioner",
        '"The figures are wrong," Deputy Commissioner Alan Brisco told reporters.',
        "Alan Brisco", "Deputy Commissioner", None),
    row("qualifier and office with a domain word between: Deputy Police Commissioner",
        '"The figures are wrong," Deputy Police Commissioner Alan Brisco told reporters.',
        "Alan Brisco", "Deputy Police Commissioner", None),
    row("a qualifier that is also a domain word stays in the office: Vice President",
        "Vice President Joe Kern said the plan was wrong.",
        "Joe Kern", "Vice President", None),
    row("an office with a postposed 'General' is one office, not an office and a rank",
        '"The ruling stands," Attorney General Ines Varga said on Monday.',
        "Ines Varga", "Attorney General", None),
    row("negative: 'General' alone before a name stays a rank, not a role",
        '"The line will hold," Gen. Oskar Brandt said.',
        "Oskar Brandt", None, None),
    row("two offices of one person coordinated under one determiner",
        '"We will not wait," the former finance minister and current Green Party leader '
        "told reporters.",
        "the former finance minister and current Green Party leader", "former finance minister",
        "Green"),
    row("an appositive's two capacities: the second's body is the affiliation",
        '"It has upside," said Lena Ortiz, an activist investor and founder of Corvex Capital.',
        "Lena Ortiz", "activist investor", "Corvex Capital"),
    row("in an appositive a conjunct with its own determiner still describes the name",
        '"It has upside," said Lena Ortiz, the architect of the plan and a founder of Corvex '
        "Labs.",
        "Lena Ortiz", "architect of the plan", "Corvex Labs"),
    row("negative: a conjunct with its own determiner is someone else",
        "The mayor and the treasurer said the bridge would close.",
        "The mayor", "mayor", None),
    row("a person possessor's description is theirs, not the speaker's",
        '"The recipe is old," said Lena Ortiz, Green nominee Paul Brandt\u2019s wife.',
        "Lena Ortiz", None, None),
    row("a body as possessor is still the affiliation",
        '"The recipe is old," said Lena Ortiz, the Corvex Group\u2019s lawyer.',
        "Lena Ortiz", "lawyer", "Corvex Group"),
    row("a relative clause on the name with a leading verb names the body led",
        '"Prices will fall," said Marta Quinlan, who heads the Harbor Policy Institute in '
        "Dunmore.",
        "Marta Quinlan", None, "Harbor Policy Institute"),
    row("a relative clause with a founding verb likewise",
        '"Prices will fall," said Marta Quinlan, who founded Corvex Labs in 2004.',
        "Marta Quinlan", None, "Corvex Labs"),
    row("negative: a leading verb with no body as its object",
        '"Prices will fall," said Marta Quinlan, who heads to Dunmore next week.',
        "Marta Quinlan", None, None),
    row("one member of a party speaks for it",
        "One Republican said the vote was rigged.",
        "One Republican", None, "Republican"),
    row("negative: a party's members as a group speak for no one",
        "Republicans said the vote was rigged.",
        "Republicans", None, None),
    row("a common noun before a party's word makes it one member",
        "Tomas Berg, billionaire Republican, said the vote was rigged.",
        "Tomas Berg", "billionaire", "Republican"),
    row("an occupation with a participle before the name",
        '"Elections matter," said retired astronaut Dana Morrow.',
        "retired astronaut Dana Morrow", "retired astronaut", None),
    row("an ally is a capacity; the person allied with is no affiliation",
        '"We will win," said Ruiz ally Tom Hale.',
        "Ruiz ally Tom Hale", "ally", None),
    row("a commenter with no name: the capacity is the role",
        'Another commenter wrote, "The plan is a disgrace."',
        "Another commenter", "commenter", None),
    row("a common noun for a body with the body's name beside it: the name",
        '"It was fine," said Ana Ruiz, a director at the charity Harbor Aid.',
        "Ana Ruiz", "director", "Harbor Aid"),
    row("a body's name in apposition, with a lower-case particle inside it",
        '"It expresses resentment," wrote Marco Reyes, a columnist for the Italian newspaper '
        'Eco di Roma.',
        "Marco Reyes", "columnist", "Eco di Roma"),
    row("negative: a common noun for a body with no name beside it is no affiliation",
        '"It was fine," said Ana Ruiz, a reporter for the newspaper.',
        "Ana Ruiz", "reporter", None),
    row("an occupation heading an appositive, which the tagger took for an adjective",
        '"I was cynical," says Tom Hale, a health care professional at Harbor Clinic.',
        "Tom Hale", "health care professional", "Harbor Clinic"),
    row("a party committee member's office is a role, the party the affiliation",
        '"It could happen," said Tom Hale, the Republican National Committeeman from Ohio.',
        "Tom Hale", "National Committeeman", "Republican"),
    row("an occupation capitalised before a name, which the recogniser took for a group",
        'Comedian Marco Reyes stopped by the studio this year. "We cannot fail," Reyes said.',
        "Reyes", "Comedian", None),
    row("an occupation opening its sentence before a name",
        'Novelist Lena Ortiz spoke at the fair. "Books matter," Ortiz said.',
        "Ortiz", "Novelist", None),
    row("negative: a place name before a party's word names the party's branch",
        "Dunmore Labour said the vote was rigged.",
        "Dunmore Labour", None, None),
    row("an organisation after the name, set off by a comma and 'of'",
        '"The city will change," said the Rev. Lena Ortiz, of Harbor Street Baptist Church.',
        "Lena Ortiz", None, "Harbor Street Baptist Church"),
    row("negative: a place after the name and 'of' is where the person lives",
        '"The city will change," said Lena Ortiz, of Dunmore.',
        "Lena Ortiz", None, None),
    row("negative: a firm whose product someone uses is no affiliation",
        '"It is absurd," said Lena Ortiz, a Corvex customer.',
        "Lena Ortiz", "customer", None),
    row("negative: a crowd speaks for no one, whatever party it votes for",
        "Green voters said they were worried about the plan.",
        "Green voters", None, None),
    row("a group in a role speaks for its party",
        "Green lawmakers said they were worried about the plan.",
        "Green lawmakers", "lawmaker", "Green"),
    row("a possessor is whose the capacity is, never the capacity",
        '"We will not apologize," said Lena Ortiz, the mayor\u2019s former campaign strategist.',
        "Lena Ortiz", "former campaign strategist", None),
    row("co-founder after a firm keeps the person's name",
        '"We are hiring again," said Acme Labs co-founder Rita Vance.',
        "Rita Vance", "co-founder", "Acme Labs"),
    row("a hyphenated year of study",
        '"I was surprised by the result," said Sam Orr, a third-year nursing student at '
        "Dunmore College.",
        "Sam Orr", "third-year nursing student", "Dunmore College"),
    # --- an organisation used as a modifier -------------------------------------------------
    row("multiword agency before the role",
        '"The bridge is safe," Transport Canada spokesperson Lena Holt said.',
        "Lena Holt", "spokesperson", "Transport Canada"),
    row("organisation spokeswoman: a portfolio word inside the firm's name stays",
        '"We have no comment," Hartwell Energy spokeswoman Kim Alder said.',
        "Kim Alder", "spokeswoman", "Hartwell Energy"),
    row("possessive party before a shadow portfolio",
        '"The budget is a fraud," said the Greens\' Shadow Finance Minister Piet Vandal.',
        "Piet Vandal", "Shadow Finance Minister", "Greens"),
    # --- nationality on a title -------------------------------------------------------------
    row("nationality on a title is the country, whatever the setting",
        "Trade talks opened at the White House in Washington on Tuesday. "
        '"Talks will resume next month," Chilean Ambassador Tomas Reyes said.',
        "Tomas Reyes", "Ambassador", "Chile"),
    # --- common news patterns ---------------------------------------------------------------
    row("a description whose participle gives the name: 'a consultant named X'",
        'The loan caught the eye of a Boston consultant named Ana Quist. "I paid it off," '
        "Quist said.",
        "Quist", "consultant", None),
    row("negative: 'a man named X' states no capacity",
        'The loan caught the eye of a man named Tom Brisco. "I paid it off," Brisco said.',
        "Brisco", None, None),
    row("a description set before the subject it describes (a fronted appositive)",
        "A former prosecutor at Kessler Hale, Ana Diaz said the charges would not stand.",
        "Ana Diaz", "former prosecutor", "Kessler Hale"),
    row("a fronted appositive after an adverb, its noun parsed as a second subject",
        "Now the chief economist at Harborview Capital, Nadia Ortiz said rates would fall.",
        "Nadia Ortiz", "chief economist", "Harborview Capital"),
    row("negative: a fronted phrase that is no role is no appositive",
        "A week after the vote, Ana Diaz said the charges would not stand.",
        "Ana Diaz", None, None),
    row("negative: a role noun set before a subject, but the object of a preposition",
        "Unlike the prosecutor, Ana Diaz said the charges would not stand.",
        "Ana Diaz", None, None),
    row("a fronted 'as' phrase states the capacity the subject acted in",
        'As mayor of Port Alder, Ana Diaz signed the order in May. "We had no choice," '
        "Diaz said.",
        "Diaz", "mayor", "Port Alder"),
    row("a fronted 'as' phrase reached through another preposition",
        "For six years as finance minister, Tomas Berg cut the deficit. "
        '"It was hard," Berg said.',
        "Berg", "finance minister", None),
    row("negative: an 'as' phrase after the verb may describe its object",
        'Tomas Berg hired Ana Diaz as director in May. "It was hard," Berg said.',
        "Berg", None, None),
    row("negative: an 'as' phrase inside an opening clause is not the subject's capacity",
        'Described as a lawyer by the paper, Tomas Berg left in May. "It was hard," '
        "Berg said.",
        "Berg", None, None),
    row("a body a passive leading verb says the person founded",
        "Kestrel Partners, a hedge fund founded by Tomas Berg, raised its stake. "
        '"The fears are overblown," Berg said.',
        "Berg", None, "Kestrel Partners"),
    row("a body a relative clause says the person leads",
        'The Harbor Trust, which is led by Ana Diaz, sued the city. "We had no choice," '
        "Diaz said.",
        "Diaz", None, "Harbor Trust"),
    row("negative: a passive leading verb whose subject is no body",
        'The inquiry was led by Ana Diaz. "We had no choice," Diaz said.',
        "Diaz", None, None),
    row("negative: a negated passive leading verb",
        'Acme Labs is not run by Tomas Berg. "We had no choice," Berg said.',
        "Berg", None, None),
    row("a bare 'the' role noun opening the next sentence re-mentions the one person before",
        "Ana Diaz has fought for the archive for years. The director made that clear on "
        'Monday. "We will keep it open," Diaz said.',
        "Diaz", "director", None),
    row("negative: a bare role noun after two people is no one's",
        "Ana Diaz has worked with Tom Berg for years. The director made that clear on "
        'Monday. "We will keep it open," Diaz said.',
        "Diaz", None, None),
    row("a bare role noun subject of a coordinated main clause goes on with the main "
        "clause's subject before it",
        "Ana Ruiz replied that Tom Hale had been mocking her for weeks, and the senator "
        'finally felt she had to answer him. "He is a bully," Ruiz said.',
        "Ruiz", "senator", None),
    row("negative: a bare role noun after two main-clause subjects is no one's",
        "Ana Ruiz and Tom Hale argued for weeks, and the senator finally felt it was time "
        'to answer. "He is a bully," Ruiz said.',
        "Ruiz", None, None),
    row("negative: a first name the recogniser left out of a titled name is no affiliation",
        "Sen. Ana Reyes said Ng's tax plan would give money to donors.",
        "Ana Reyes", "Sen.", None),
    row("a party before a plural office is each coordinated name's affiliation",
        "Take Vermont Republican Sens. Ana Diaz and Tom Hale. Last week, they endorsed the "
        'plan. "It is good," Hale said.',
        "Hale", "Sens.", "Republican"),
    row("an office right before a name that the parse hung elsewhere is its title",
        'Senator Ana Reyes grilled Harbor Bank CEO John Kopp on Tuesday. "We are sorry," '
        "Kopp said.",
        "Kopp", "CEO", "Harbor Bank"),
    row("negative: a body named before a rival is the other side, not the rival's",
        'Senator Ana Reyes grilled Harbor Bank rival John Kopp on Tuesday. "We are sorry," '
        "Kopp said.",
        "Kopp", "rival", None),
    row("negative: a body named after a rival is the other side, not the rival's",
        '"We are sorry," said Tom Hale, a rival of Harbor Bank.',
        "Tom Hale", "rival", None),
    row("a party label before a rival is the rival's party",
        'Maria Lopez attacked her Green rival Tom Hale on Monday. "He lied," Hale said.',
        "Hale", "rival", "Green"),
    row("a plural occupation set off after coordinated names is each one's",
        'Tom Hale and Rosa Hale, two Ohio farmers, lost their crop. "We will sell," '
        "Tom Hale said.",
        "Tom Hale", "farmer", None),
    row("a plural role set off after coordinated names gives each its body too",
        "Maria Lopez and Tom Hale, two lawyers at Harbor Legal, filed the suit. "
        '"We will win," Hale said.',
        "Hale", "lawyer", "Harbor Legal"),
    row("coordinated names set off as the appositive of a plural occupation",
        "Prosecutors charged two developers, Tom Hale and Rosa Delgado, with fraud. "
        '"It is false," Delgado said.',
        "Delgado", "developers", None),
    row("a list of names set off after a plural title is each one's",
        "Three senators, Tom Hale, Rosa Delgado and Maria Lopez, wrote to him. "
        '"It is false," Delgado said.',
        "Delgado", "senator", None),
    row("negative: names set off after a plural noun that is no role",
        'He met two friends, Tom Hale and Rosa Delgado, on Monday. "It is false," Delgado '
        "said.",
        "Delgado", None, None),
    row("negative: a singular appositive after the last of two names is that name's only",
        "Tom Hale and Maria Lopez, a lawyer at Harbor Legal, filed the suit. "
        '"We will win," Hale said.',
        "Hale", None, None),
    row("negative: a rival's mention gives way to an office another mention states",
        "Maria Lopez leads the race, but well-organized rival Tom Hale has been winning "
        'delegates. Hale, a senator from Ohio, has courted voters. "We will win," Hale said.',
        "Hale", "senator", "Ohio"),
    row("negative: a role noun the parse made the subject of another noun",
        'The delegate lead for Ana Diaz grew again on Monday. "We will win," Diaz said.',
        "Diaz", None, None),
    row("an economist at X",
        '"Inflation will ease by spring," said Nadia Orten, an economist at Kestrel Capital.',
        "Nadia Orten", "economist", "Kestrel Capital"),
    row("X's Y: a possessive organisation",
        '"We are not selling," said Brightwater\'s chief executive, Omar Saleh.',
        "Omar Saleh", "chief executive", "Brightwater"),
    row("a professor of Z at X",
        '"The evidence is thin," said Ruth Keller, a professor of history at Lakeshore '
        "University.",
        "Ruth Keller", "professor of history", "Lakeshore University"),
    row("team captain in sports copy",
        '"We played poorly tonight," Oilers captain Jon Marsh said.',
        "Jon Marsh", "captain", "Oilers"),
    row("a team's possessive before an occupation",
        '"It was a setback," said the Oilers\' coach, Dave Rink.',
        "Dave Rink", "coach", "Oilers"),
    row("a bracketed party tag",
        '"The bill is dead," said Senator Rob Kelley (R-Ohio).',
        "Rob Kelley", "Senator", "Republican"),
    row("a party tag after a comma",
        '"We need a recorded vote," said Sen. Rob Kelley, R-Ohio.',
        "Rob Kelley", "Sen.", "Republican"),
    row("a bracketed state tag: the state the legislator represents",
        '"The bill is dead," said Sen. Rob Kelley (Vt.).',
        "Rob Kelley", "Sen.", "Vermont"),
    row("a state tag the tokenizer splits",
        '"The bill is dead," said Rep. Rob Kelley (W.Va.).',
        "Rob Kelley", "Rep.", "West Virginia"),
    row("a state AP writes in full",
        '"We will vote no," said Sen. Ana Ruiz (Iowa).',
        "Ana Ruiz", "Sen.", "Iowa"),
    row("negative: a bracketed word that is no state",
        '"The bill is dead," said Sen. Rob Kelley (pictured).',
        "Rob Kelley", "Sen.", None),
    row("a president's office abbreviated before the name",
        '"We will not yield," Pres. Tom Hale said on Monday.',
        "Tom Hale", "Pres.", None),
    row("negative: 'Del' without a full stop is part of a surname",
        '"We will not yield," said Guillermo Del Toro.',
        "Guillermo Del Toro", None, None),
    row("a party adjective before a legislator's office",
        '"This is a disgrace," said Green MLA Sonia Patel.',
        "Sonia Patel", "MLA", "Green"),
    row("a plural party's possessive",
        '"We need more votes," said the Liberals\' house leader, Tim Ford.',
        "Tim Ford", "house leader", "Liberals"),
    row("an institution named in full earlier, then by its head noun",
        "The Norton Museum reopened on Monday after a long renovation. "
        '"We are thrilled," said Jill Amos, director of the museum.',
        "Jill Amos", "director", "Norton Museum"),
    row("a body of any name taken up by 'the group', possessive",
        "Harbor Watch sued the port on Monday. "
        '"We had no choice," said the group\'s executive director, Rosa Delgado.',
        "Rosa Delgado", "executive director", "Harbor Watch"),
    row("a body of any name taken up by 'the group' after a preposition of service",
        "Harbor Watch sued the port on Monday. "
        '"We had no choice," said Tom Hale, a senior adviser to the group.',
        "Tom Hale", "senior adviser", "Harbor Watch"),
    row("an agency taken up by 'the bureau'",
        "The FBI opened an inquiry into the fire. "
        '"We will look closely," said the bureau\'s director, Maria Lopez.',
        "Maria Lopez", "director", "FBI"),
    row("a firm whose name lacks the noun, taken up by 'the company'",
        "Acme Corp. cut 200 jobs on Friday. "
        '"It was painful," said Tom Hale, a spokesman for the company.',
        "Tom Hale", "spokesman", "Acme Corp."),
    row("negative: two organisations named before, so 'the company' names neither",
        "Acme Corp. and Bolt Inc. cut 200 jobs on Friday. "
        '"It was painful," said Tom Hale, a spokesman for the company.',
        "Tom Hale", "spokesman", "company"),
    row("negative: an organisation used as a common noun is no antecedent",
        "A newly formed super PAC ran its first ads on Friday. "
        '"It is a weakness," said Tom Hale, a senior adviser to the group.',
        "Tom Hale", "senior adviser", None),
    row("negative: 'the group' with no organisation named before gives none",
        "The port was sued on Monday. "
        '"We had no choice," said Tom Hale, a senior adviser to the group.',
        "Tom Hale", "senior adviser", None),
    row("an acronym before the role",
        '"Rates must rise," IMF chief economist Lars Oberg said.',
        "Lars Oberg", "chief economist", "IMF"),
    row("a campaign named after a person, possessive",
        '"We will win this," Dana Whitlock\'s campaign manager Rob Ames said.',
        "Rob Ames", "campaign manager", "Dana Whitlock's campaign"),
    row("a possessive inside an institution's name is kept",
        '"We saw it coming," said Carl Dunn, a spokesman for St. Mary\'s Hospital.',
        "Carl Dunn", "spokesman", "St. Mary's Hospital"),
    row("an occupation before a name is a role",
        '"It is unfair," said goalkeeper Tom Kessler.',
        "Tom Kessler", "goalkeeper", None),
    row("a party's front-runner before the name",
        '"We will carry the state," said Liberal front-runner Dev Anand.',
        "Dev Anand", "front-runner", "Liberal"),
    row("a contender in apposition",
        '"The polls are wrong," said Ruth Okafor, a Labour contender for the seat.',
        "Ruth Okafor", "contender", "Labour"),
    row("a mogul named by his trade",
        '"I never lose," said real estate mogul Piet Varga.',
        "Piet Varga", "real estate mogul", None),
    row("a mogul in apposition",
        '"I never lose," said Piet Varga, a shipping mogul.',
        "Piet Varga", "shipping mogul", None),
    row("a region before the role, the body after it: the body is the affiliation",
        '"It will pass," said Dana Wu, the Ohio director of the Marlow Land Trust.',
        "Dana Wu", "director", "Marlow Land Trust"),
    row("a capacity served in, with its body hung on the verb",
        '"It was reeling," said Victor Lam, who served as Asia director for the Harlow '
        'Policy Council under two premiers. "It worked."',
        "Victor Lam", "Asia director", "Harlow Policy Council"),
    row("a body and the place it is in are both cut off the role",
        '"We acted late," said Hans Brenner, the director of the Lindau Institute for Coastal '
        "Research in Germany.",
        "Hans Brenner", "director", "Lindau Institute for Coastal Research"),
    row("a capacity acted as a part, with its party before the noun",
        "Laura Bennett acted the part of the Green front-runner at the rally on Sunday. "
        '"We will win in March," Bennett said.',
        "Bennett", "front-runner", "Green"),
    row("a capacity played as a role",
        "Tomas Berg played the role of the Harbor Union's chief negotiator during the talks. "
        '"We will sign by Friday," Berg said.',
        "Berg", "chief negotiator", "Harbor Union"),
    row("negative: a part played that is no capacity",
        "Tomas Berg played the part of a villain in the school production. "
        '"It was fun," Berg said.',
        "Berg", None, None),
    row("a capacity held as the name's possession",
        "Laura Bennett's tenure as mayor of Harbor City ended in May. "
        '"We will win in March," Bennett said.',
        "Bennett", "mayor", "Harbor City"),
    row("negative: a capacity possessed by a pronoun is no capacity of the subject",
        "Laura Bennett praised his tenure as mayor in May. "
        '"We will win in March," Bennett said.',
        "Bennett", None, None),
    row("an outlet's possessive inside the name's entity, the parse split apart",
        "An article by National Review’s Ian Tuttle accuses Trump. "
        '"They are sellouts," Tuttle wrote.',
        "Tuttle", None, "National Review"),
    row("'the campaign' as possessor is the leader's campaign the article named",
        "Voters lined up early, as the Garcia campaign had hoped. "
        '"We saw it coming," said Tom Beck, the campaign\u2019s press secretary.',
        "Tom Beck", "press secretary", "Garcia campaign"),
    row("negative: 'the campaign' with no campaign named before is no one's",
        "Voters lined up early on Tuesday. "
        '"We saw it coming," said Tom Beck, the campaign\u2019s press secretary.',
        "Tom Beck", "press secretary", None),
    row("working for a body: whom the worker speaks for",
        '"It was wrong," said Ana Diaz, who works for the Harbor Trust.',
        "Ana Diaz", None, "Harbor Trust"),
    row("a fronted participle of writing for an outlet",
        "Writing for the Harbor Gazette, Tomas Berg argued that the plan would fail.",
        "Tomas Berg", None, "Harbor Gazette"),
    row("negative: a person worked for is no affiliation",
        '"It was wrong," said Ana Diaz, who worked for Tomas Berg for a decade.',
        "Ana Diaz", None, None),
    row("negative: working for a cause names no body",
        '"It was wrong," said Ana Diaz, who works for change in her town.',
        "Ana Diaz", None, None),
    row("a place of work after a verb of teaching, in the present tense",
        '"It is good," said Tom Ng, who teaches at Harbor College.',
        "Tom Ng", None, "Harbor College"),
    row("a place of study on the verb's object",
        "Economist Ana Diaz, who studies tax policy at the Harbor Institute, disagreed. "
        '"It will fail," Diaz said.',
        "Diaz", "Economist", "Harbor Institute"),
    row("a place of work in the past, as a former office's body is",
        '"It hurts," said Dan Gale, a retiree who worked at the Harbor Mill for years.',
        "Dan Gale", "retiree", "Harbor Mill"),
    row("negative: a place studied at in the past is no affiliation",
        '"It is good," said Tom Ng, who studied law at Harbor College.',
        "Tom Ng", None, None),
    row("writing for a body's panel: the body",
        "Writing for a Harbor Gazette panel, Tomas Berg argued that the plan would fail.",
        "Tomas Berg", None, "Harbor Gazette"),
    row("negative: a leaning that opens a sentence is no party",
        'Conservative economist Ana Diaz said the plan "will fail."',
        "Ana Diaz", "Conservative economist", None),
    row("the same label inside a sentence is the party",
        'The plan will fail, said Conservative MP Ana Diaz on Monday.',
        "Ana Diaz", "MP", "Conservative"),
    row("a named person's campaign after 'for': the campaign as written",
        '"It was a mistake," said Tomas Berg, chief strategist for Ana Ruiz\'s campaign '
        "four years ago.",
        "Tomas Berg", "chief strategist", "Ana Ruiz's campaign"),
    row("negative: a named person's family is no body",
        '"It was a mistake," said Tomas Berg, a lawyer for Ana Ruiz\'s family.',
        "Tomas Berg", "lawyer", None),
    row("an 'as' phrase after a verb whose object is a thing: the subject's capacity",
        "Ana Diaz toured the Harbour Museum on Monday as Portugal's culture minister. "
        '"It is a treasure," Diaz said.',
        "Diaz", "culture minister", "Portugal"),
    row("negative: an 'as' phrase after a person object is the object's capacity",
        'Ana Diaz hired Tom Ng as director last year. "He is good," Diaz said.',
        "Diaz", None, None),
    row("writing for a body's panel with a clause of its own, however the parse hung it",
        "Writing for a Harbor Gazette panel that all agreed Ng won the debate, Tomas Berg "
        'noted that Ng was calm. "He was calm," Berg wrote.',
        "Berg", None, "Harbor Gazette"),
    row("negative: a medium's common noun that opens a sentence names no outlet",
        "Big Win For Mayor Ruiz In Harbour Vote.\n\n"
        "Radio talk show host Tomas Berg spent the morning on the harbour. "
        '"It will fail," Berg wrote.',
        "Berg", "Radio talk show host", None),
    row("a description before the name set off by commas, however the parse hung it",
        "Perhaps it is ironic, given the union's efforts to collect -- which Acme's chief "
        "executive, Tim Cook, called 'total political crap' -- that the tax stands. "
        '"It is a disgrace," Cook said.',
        "Cook", "chief executive", "Acme"),
    row("a party nomination the person has a chance of winning",
        "Joe Brand's slim chance of winning the Green nomination rests on the delegates. "
        '"We will fight on," Brand said.',
        "Brand", None, "Green"),
    row("a party nomination sought, through 'whose ... for'",
        "Joe Brand, whose candidacy for the Green nomination began in May, toured the port. "
        '"We will fight on," Brand said.',
        "Brand", None, "Green"),
    row("a party nomination won, after a preposition of time",
        "After clinching the Green nomination, Ana Diaz spoke to voters. "
        '"We will win," Diaz said.',
        "Diaz", None, "Green"),
    row("negative: a nomination won by the object of the clause",
        'Ana Diaz congratulated Tom Ng on winning the Green nomination. "We will win," Diaz '
        "said.",
        "Diaz", None, None),
    row("negative: a nomination only talked about, or someone else's",
        'Ana Diaz criticized the Green nomination of Tom Ng. "We will win," Diaz said.',
        "Diaz", None, None),
    row("a party nomination the subject's own noun leads to ('path to')",
        'Ana Diaz has a clear path to the Green nomination. "We will win," Diaz said.',
        "Diaz", None, "Green"),
    row("a qualifier the parse hangs apart stays in the office ('vice presidential')",
        '"We will act," said Nina Holt, the Green vice presidential nominee.',
        "Nina Holt", "vice presidential nominee", "Green"),
    row("a body, an office and a name the recogniser took as one entity after a quote",
        '"We will act," Acme Director Nina Holt said.',
        "Nina Holt", "Director", "Acme"),
    row("likewise an organisation entity over a capitalised office and the name",
        "Harbor Bank Economist Nina Holt said the plan would work.",
        "Nina Holt", "Economist", "Harbor Bank"),
    row("a capitalised occupation ends the run of a body's name before a name",
        "Morning Show Anchor Nina Holt said the plan would work.",
        "Nina Holt", "Anchor", "Morning Show"),
    row("a government body's noun after a place's name, after 'for'",
        '"We will act," said Maria Lopez, a spokeswoman for the Dayton police.',
        "Maria Lopez", "spokeswoman", "Dayton police"),
    row("a team played for is the affiliation ('who plays for')",
        '"We played well," said Tom Kessler, who plays for the Harbor Rangers.',
        "Tom Kessler", None, "Harbor Rangers"),
    row("a player's position is a role ('a forward for')",
        '"We played well," said Tom Kessler, a forward for the Harbor Rangers.',
        "Tom Kessler", "forward", "Harbor Rangers"),
    row("an abbreviated rank that qualifies an office stays in the role ('Lt. Gov.')",
        '"We will act," said Lt. Gov. Maria Lopez.',
        "Maria Lopez", "Lt. Gov.", None),
    row("negative: a rank before a rank is a title ('Lt. Col.')",
        '"We will act," said Lt. Col. Maria Lopez.',
        "Maria Lopez", None, None),
    row("a party nomination after an appositive noun ('a contender for')",
        "Ana Diaz, a contender for the Green nomination, toured a plant on Monday. "
        '"We will win," Diaz said.',
        "Diaz", "contender", "Green"),
    row("a party nomination after a predicate noun ('the front-runner for')",
        'Ana Diaz is the front-runner for the Green nomination. "We will win," Diaz said.',
        "Diaz", "front-runner", "Green"),
    row("a party nomination through the race for it",
        'Ana Diaz is in the race for the Green nomination. "We will win," Diaz said.',
        "Diaz", None, "Green"),
    row("a party primary won",
        'Ana Diaz won the Green primary in Ohio. "We will win," Diaz said.',
        "Diaz", None, "Green"),
    row("negative: a race for a nomination that a reporting verb talks about",
        'Ana Diaz mocked the race for the Green nomination. "We will win," Diaz said.',
        "Diaz", None, None),
    row("negative: a path to a nomination another name possesses",
        "Ana Diaz blocked Tom Ng's path to the Green nomination. \"We will win,\" Diaz said.",
        "Diaz", None, None),
    row("a party whose members are the subject's fellows",
        "Mayor Ana Diaz was more cautious than her fellow Greens on the budget. "
        '"We will win," Diaz said.',
        "Diaz", "Mayor", "Greens"),
    row("negative: fellows of a person named as their possessor are that person's",
        "Ana Diaz mocked Tom Ng's fellow Greens on the budget. "
        '"We will win," Diaz said.',
        "Diaz", None, None),
    row("a pronoun subject of the main clause states its person's capacity",
        "Rosa Delgado addressed the staff on Monday. She is a professor of law at Harvard "
        'University. "We will win," Ms. Delgado said.',
        "Ms. Delgado", "professor of law", "Harvard University"),
    row("taking the helm of a body: its leader's affiliation (a gerund after 'since')",
        "Rosa Delgado addressed the staff on Monday. She has faced criticism since taking the "
        'helm at the Harbor Trust. "We will win," Ms. Delgado said.',
        "Ms. Delgado", None, "Harbor Trust"),
    row("an infinitive after a verb of taking up a post shares its subject",
        "Rosa Delgado addressed the staff on Monday. She came to lead the Harbor Trust in "
        '2015. "We will win," Ms. Delgado said.',
        "Ms. Delgado", None, "Harbor Trust"),
    row("likewise after a passive verb of appointment",
        "Rosa Delgado addressed the staff on Monday. She was picked to run the Harbor Trust "
        'in 2015. "We will win," Ms. Delgado said.',
        "Ms. Delgado", None, "Harbor Trust"),
    row("a passive verb of appointment gives its subject the post after it",
        "Rosa Delgado addressed the staff on Monday. She was elected mayor of Dayton in "
        '2019. "We will win," Ms. Delgado said.',
        "Ms. Delgado", "mayor", "Dayton"),
    row("a passive verb of appointment in a relative clause on the name",
        "Rosa Delgado, who was named chief executive of Norland Rail in 2015, addressed the "
        'staff. "We will win," Ms. Delgado said.',
        "Ms. Delgado", "chief executive", "Norland Rail"),
    row("an active verb of appointment gives the post to its object, the name",
        "The council appointed Rosa Delgado as treasurer of the Harbor Trust in 2015. "
        '"We will win," Ms. Delgado said.',
        "Ms. Delgado", "treasurer", "Harbor Trust"),
    row("negative: nor to the verb's subject",
        "Rosa Delgado hired Tom Ng as her chief of staff in 2015. "
        '"We will win," Ms. Delgado said.',
        "Ms. Delgado", None, None),
    row("negative: an active verb of appointment gives the post to its object",
        "Rosa Delgado addressed the staff on Monday. She named Tom Ng chief of staff in "
        '2015. "We will win," Ms. Delgado said.',
        "Ms. Delgado", None, None),
    row("negative: a post in a clause that is not asserted is not held",
        "Rosa Delgado addressed the staff on Monday. If she is elected mayor, she will cut "
        'taxes. "We will win," Ms. Delgado said.',
        "Ms. Delgado", None, None),
    row("negative: a post the subject wants is not held",
        "Rosa Delgado addressed the staff on Monday. She wants to lead the Harbor Trust one "
        'day. "We will win," Ms. Delgado said.',
        "Ms. Delgado", None, None),
    row("negative: a gerund after 'into' is the object's",
        "Rosa Delgado met Tom Ng in May. He talked her into serving as treasurer of the "
        'Harbor Trust. "We will win," Ng said.',
        "Ng", None, None),
    row("negative: a capacity in someone's claim about a pronoun",
        "Tom Ng praised Rosa Delgado on Monday, saying she was the best mayor Harbor City ever "
        'had. "We will win," Delgado said.',
        "Delgado", None, None),
    row("the place an office is held in is no part of the role",
        '"It is wrong," said Mick Lorne, who served as the chief military adviser in Iraq '
        "from 2013 to 2015.",
        "Mick Lorne", "chief military adviser", None),
    row("an age set off by commas before the appositive",
        '"It was packed," said Nora Vesk, 41, a bartender at the Copper Kettle tavern.',
        "Nora Vesk", "bartender", None),
    row("negative: an age alone states no capacity",
        '"It was packed," said Nora Vesk, 41.',
        "Nora Vesk", None, None),
    row("an age and a home town before the appositive",
        '"Rents are too high," says Ivo Marek, 33, of Springfield, an account manager for a '
        "software firm.",
        "Ivo Marek", "account manager", None),
    row("negative: a description of the home town is not the speaker's",
        '"Rents are too high," says Ivo Marek, of Springfield, the state capital.',
        "Ivo Marek", None, None),
    row("one of the office holders the appositive counts the speaker among",
        '"It was a long night," said Pia Lund, one of the governor\'s senior aides.',
        "Pia Lund", "aide", None),
    row("negative: one of a group that is no office or occupation",
        '"It was a long night," said Pia Lund, one of the hikers on the trail.',
        "Pia Lund", None, None),
    row("a group of people named by their office has that office as its role",
        "A group of lawyers said the new rule was unsafe.",
        "A group of lawyers", "lawyer", None),
    row("a number of office holders, with the body after the 'of' phrase",
        '"The rule is unsafe," said dozens of nurses at Mercy Hospital.',
        "dozens of nurses at Mercy Hospital", "nurse", "Mercy Hospital"),
    row("negative: a group listing several kinds of people has no one capacity",
        "A group of 40 painters, writers and actors said the film was banned.",
        "A group of 40 painters, writers and actors", None, None),
    row("negative: someone related to an office holder is not the office holder",
        "A neighbor of the mayor said the house was empty.",
        "A neighbor of the mayor", None, None),
    row("a workplace named before its lower-case head",
        '"Business is slow," said Nora Vesk, a waiter at the Blue Heron restaurant.',
        "Nora Vesk", "waiter", "Blue Heron restaurant"),
    row("negative: a person's name before a workplace noun is no part of the affiliation",
        '"Business is slow," said Nora Vesk, a manager at the Tom Hale store.',
        "Nora Vesk", "manager", "store"),
    row("an article inside a body's name stays in the affiliation",
        '"It matters," said Ashley Spill, president of Rock the Block.',
        "Ashley Spill", "president", "Rock the Block"),
    row("a body that owns the unit after 'at' or 'of' is the affiliation",
        '"Fine," said Ana Ruiz, an economist at the Harbor Trust\'s policy center.',
        "Ana Ruiz", "economist", "Harbor Trust"),
    row("an institution owning a board, named by its head noun",
        '"Fine," said Ana Ruiz, a member of the museum\'s board.',
        "Ana Ruiz", "member", "museum"),
    row("negative: a person owning the staff is no affiliation",
        '"Fine," said Ana Ruiz, a member of Tom Hale\'s staff.',
        "Ana Ruiz", "member", None),
    # --- what is not an affiliation ---------------------------------------------------------
    row("a person's surname before a role is no affiliation, though tagged a common noun",
        'Ana Ruiz met voters on Monday.\n\n"The vote was rigged," Ruiz aide Tom Hale said.',
        "Tom Hale", "aide", None),
    row("negative: a firm's name tagged a common noun before a role is its affiliation",
        "Telmara won the bid. Telmara chief executive Dana Pike said the deal was fair.",
        "Dana Pike", "chief executive", "Telmara"),
    row("a place joined to 'based' is where the holder works, not whom they speak for",
        '"We will appeal," said Edgar Marton, a Los Angeles-based attorney.',
        "Edgar Marton", "Los Angeles-based attorney", None),
    row("a place joined to 'born' likewise",
        '"We will appeal," said Edgar Marton, a Texas-born lawyer.',
        "Edgar Marton", "Texas-born lawyer", None),
    row("negative: a body described as based somewhere is still the affiliation",
        '"We will appeal," said Edgar Marton of the Denver-based Harbor Institute.',
        "Edgar Marton", None, "Harbor Institute"),
    row("a body's lower-case noun after 'of' and a name, with the words naming it",
        '"It was close," said Tom Reyes of the Ohio delegation.',
        "Tom Reyes", None, "Ohio delegation"),
    row("a name of several words the recogniser leaves unlabelled after 'of' is a body",
        '"It was close," said Tom Reyes of Human Rights Watch.',
        "Tom Reyes", None, "Human Rights Watch"),
    row("negative: a body's noun after 'of' with no name before it names no body",
        '"It was close," said Tom Reyes of the state committee.',
        "Tom Reyes", None, None),
    row("negative: a place after 'of' and a name is where someone comes from",
        '"It was close," said Tom Reyes of Oakland.',
        "Tom Reyes", None, None),
    row("a dateline run into a body's name before the name is no modifier of it",
        "Museum opens.\n\nOSLO, Norway - Harbor Bank economist Kari Lund said rates would "
        "rise.",
        "Kari Lund", "economist", None),
    row("an unlabelled capitalised word running into the name is no body (an occupation, its role)",
        "Challenger Tom Okafor said the plan would fail.",
        "Tom Okafor", "Challenger", None),
    row("negative: a body's name before a role and the name is still the affiliation",
        "Harbor Bank economist Ana Lind said rates would rise.",
        "Ana Lind", "economist", "Harbor Bank"),
    row("a description a participle names speaks by that name",
        "A retired teacher named Tom Okafor said the school was failing.",
        "Tom Okafor", "retired teacher", None),
    row("negative: a participle that names no one gives no name",
        "A teacher trained in Ohio said the school was failing.",
        "A teacher", "teacher", None),
    row("negative: a description with a person as possessor is someone else's capacity",
        "Ana Diaz attacked Tom Reyes again on Friday.\n\nDiaz's campaign manager declined to "
        'discuss the latest attacks.\n\n"He is weak," Diaz said.',
        "Diaz", None, None),
    row("negative: a religion is who someone is, not a body spoken for",
        '"Some staffer erred," said Tom Reyes, a Christian conservative leader in Ohio.',
        "Tom Reyes", "conservative leader", None),
    row("negative: a residence after 'of'",
        '"We will reopen in June," said Mia Tran, a resident of Springfield.',
        "Mia Tran", "resident", None),
    row("negative: a place someone comes from",
        '"We will not back down," said Mara Holt, a voter from Iowa.',
        "Mara Holt", "voter", None),
    row("negative: where someone with no role comes from",
        '"We were robbed," said Lin Shu, a 59-year-old from Hilton Head, who voted early.',
        "Lin Shu", None, None),
    row("negative: a residence before the noun",
        '"It is a shame," said Tom Reed, a Denver resident.',
        "Tom Reed", "resident", None),
    row("negative: a person written about",
        '"He painted quickly," said Lee Park, an art historian who has written about Vermeer.',
        "Lee Park", "art historian", None),
    row("negative: a person an expert is quoted on",
        '"The data are clear," said Omar Haddad, an expert on Picasso.',
        "Omar Haddad", "expert", None),
    row("negative: a party on a role that possesses the noun is the possessor's",
        '"It is fair," said Lena Ortiz, the Republican nominee\u2019s eldest daughter.',
        "Lena Ortiz", None, None),
    row("an occupation named by what someone does with computers or leaks",
        'The hacker said that he was sorry.',
        "The hacker", "hacker", None),
    row("negative: a lone first name after 'for' is a person, not a body",
        '"It is time," said Tom Reed, a volunteer for Hillary.',
        "Tom Reed", "volunteer", None),
    row("a body's short form is the affiliation as written",
        '"We need more troops," said Ana Diaz, a U.N. envoy.',
        "Ana Diaz", "envoy", "U.N."),
    row("a body's short form is its full name where the article spells that out",
        'The United Nations met on Monday. "We need more troops," said Ana Diaz, a U.N. envoy.',
        "Ana Diaz", "envoy", "United Nations"),
    row("negative: a person a lawyer acts for",
        '"The vote is close," said Ana Diaz, a lawyer for Mr. Reyes.',
        "Ana Diaz", "lawyer", None),
    row("negative: an organisation speaking has neither",
        '"We reject the ruling," the ministry said.',
        "the ministry", None, None),
    row("negative: a nationality on a noun that is no title",
        '"It was cold," said Ana Ruiz, a Canadian tourist.',
        "Ana Ruiz", "tourist", None),
    row("negative: a team word that is not a team",
        '"We are all in this together," said Bob Lee, a team player.',
        "Bob Lee", "team player", None),
    row("negative: a fan supports a team, and does not play for it",
        '"It was a great game," said Jo Banks, a Rangers fan.',
        "Jo Banks", "fan", None),
    row("negative: a hometown after the role does not replace the jurisdiction before it",
        '"We will win," said Dana Wu, a Texas senator from Dallas.',
        "Dana Wu", "senator", "Texas"),
    row("negative: a kinship noun the name stands beside is no role",
        "Bill Dorsey spoke in Flint for his wife, Ann Dorsey. "
        '"She will win," said Ann Dorsey.',
        "Ann Dorsey", None, None),
    row("negative: what someone is compared to is no role",
        "Rita Kall compared Harlan Voss to a coach at a basketball game. "
        '"I am fair," said Harlan Voss.',
        "Harlan Voss", None, None),
    row("negative: a field after 'in' that is no place stays in the role",
        '"It is wrong," said Dana Wu, a lecturer in economics at Dunmore College.',
        "Dana Wu", "lecturer in economics", "Dunmore College"),
    row("negative: a plural title before two names is their role, no body (the state is)",
        "Critics of the visa program, like Senators Tom R. Hale, Republican of Ohio, and Ana "
        'Diaz, Democrat of Maine, call it a loophole. "The program is broken," Mr. Hale said.',
        "Mr. Hale", "Senators", "Ohio"),
    row("negative: a city before a profession is where the holder works",
        '"The filing was late," said Oren Saltz, a Denver lawyer.',
        "Oren Saltz", "lawyer", None),
    row("negative: a city before a writer's trade is where the writer works",
        '"The play was a mess," said Reza Amini, a Denver columnist.',
        "Reza Amini", "columnist", None),
    row("a state before an office is the jurisdiction it serves",
        '"The bill is dead," the Vermont senator said.',
        "the Vermont senator", "senator", "Vermont"),
    row("a city before a position in a team is the team",
        "Denver coach Dana Voss changed the lineup on Monday. "
        '"We found our rhythm," Voss said.',
        "Voss", "coach", "Denver"),
    row("negative: a misparsed noun before a name is no role",
        '"We will close loopholes Harlan Greaves used for years," the senator said. '
        '"It is unfair," Greaves said.',
        "Greaves", None, None),
    row("negative: a word for a person as such is no role",
        "Officers stopped Tomas Fell, a 40-year-old unarmed man, on Monday. "
        '"I did nothing," Fell said.',
        "Fell", None, None),
    row("a word for what someone is known as before the name is a role",
        "Conservative icon Ana Diaz said the law was wrong.",
        "Ana Diaz", "Conservative icon", None),
    row("of two occupation nouns in a phrase, its head is the occupation",
        '"We will build it," said the billionaire estate mogul.',
        "the billionaire estate mogul", "billionaire estate mogul", None),
    row("negative: an occupation noun as a possessor is the possessor's",
        "The billionaire's lawyer said the deal was done.",
        "The billionaire's lawyer", "lawyer", None),
    row("a hopeful before the name is a candidate's capacity",
        "Republican presidential hopeful Ana Diaz said the race was open.",
        "Ana Diaz", "presidential hopeful", "Republican"),
    row("a place before advocates is where they work, no affiliation",
        "Iowa biofuels advocates said the rule was too weak.",
        "Iowa biofuels advocates", "biofuels advocates", None),
    row("a hyphenated verb of a relative clause keeps the appositive a description",
        '"Rents will rise," said Dale Brook, a professor at Midland State University who'
        " co-authored a book on housing.",
        "Dale Brook", "professor", "Midland State University"),
    row("a sheriff's office before the name, the county before it",
        '"The tapes show intent," Harbor County Sheriff Tom Reyes said on Monday.',
        "Tom Reyes", "Sheriff", "Harbor County"),
    row("an unlisted agent noun in apposition is a role",
        '"We need answers," said Rhea Lund, a longtime fundraiser for the shelter.',
        "Rhea Lund", "longtime fundraiser", None),
    row("negative: a rank is a title, not a role",
        '"We are ready," said retired Army Lt. Gen. Mick Bednarek.',
        "Mick Bednarek", None, "Army"),
    row("an ethnicity is who someone is: no affiliation",
        '"We were ignored," said Ana Ruiz, a Hispanic activist.',
        "Ana Ruiz", "activist", None),
    row("a hyphenated ethnicity: no affiliation",
        '"We were ignored," said Ana Ruiz, an African-American pastor.',
        "Ana Ruiz", "pastor", None),
    row("a heritage of two nationalities: no affiliation, neither country",
        '"We were ignored," said Ana Ruiz, a Peruvian-Canadian nurse.',
        "Ana Ruiz", "nurse", None),
    row("a heritage prefix on a nationality: no affiliation",
        '"We were ignored," said Ana Ruiz, an Afro-Brazilian poet.',
        "Ana Ruiz", "poet", None),
    row("negative: one nationality on an office still gives its country",
        '"We were ignored," said Ana Ruiz, the Peruvian ambassador.',
        "Ana Ruiz", "ambassador", "Peru"),
    row("a nationality word right before a name, with no office: no affiliation",
        "French Dubois says that the crowd has been kind.",
        "Dubois", None, None),
    row("a nationality word before a name, the role in an appositive: no affiliation",
        "German Fuentes, a comedian, says that the crowd has been kind.",
        "Fuentes", "comedian", None),
    row("negative: a nationality word before a title keeps its country",
        "Chilean Sen. Ruiz says that the crowd has been kind.",
        "Ruiz", "Sen.", "Chile"),
    row("a title word inside the name of the body after 'of' is no role",
        '"Their vote did not count," said Anil Mehra of the Asia Justice Institute.',
        "Anil Mehra", None, "Asia Justice Institute"),
    row("a title word inside a body's name, the body untagged",
        '"Their vote did not count," said Anil Mehra of Asia Justice Watch, who observed it.',
        "Anil Mehra", None, "Asia Justice Watch"),
    row("an honour's hyphenated name before the role is no affiliation",
        '"It is time," said Jo Li, an All-Star guard for the Harbor Hawks.',
        "Jo Li", "All-Star guard", "Harbor Hawks"),
    row("an age before the role is no part of it",
        '"It is time," said Jo Li, a 45-year-old salesman.',
        "Jo Li", "salesman", None),
    row("a tenure in digits before the role is no part of it",
        '"It is time," said Jo Li, a 30-year nurse.',
        "Jo Li", "nurse", None),
    row("negative: a hyphenated qualifier with no number stays in the role",
        '"It is time," said Jo Li, a long-time adviser.',
        "Jo Li", "long-time adviser", None),
    row("an adverb after the role is no part of it",
        '"It is time," said Jo Li, the governor there.',
        "Jo Li", "governor", None),
    row("a phrase of time after the role is no part of it",
        "Jo Li, the mayor since 2014, said it was time.",
        "Jo Li", "mayor", None),
    row("a phrase of time ending a role, 'until'",
        "Jo Li, the mayor until last year, said it was time.",
        "Jo Li", "mayor", None),
    row("negative: a phrase of the field after the role stays in it",
        '"It is time," said Jo Li, a professor of history.',
        "Jo Li", "professor of history", None),
    row("what a body that speaks is said to be is no role",
        "The Harbor Herald, a vocal advocate of tax reform, said the plan would fail.",
        "Harbor Herald", None, None),
    row("what a firm that speaks is said to be is no role",
        "Acme Corp., the biggest maker of widgets, said the plan would fail.",
        "Acme Corp.", None, None),
    row("negative: what a person is said to be is a role",
        "Ana Diaz, a vocal advocate of tax reform, said the plan would fail.",
        "Ana Diaz", "vocal advocate of tax reform", None),
    row("negative: an office noun stays, though the name be taken for a body's",
        "No immediate decision had been made, a lawyer for the news outlets, Dana Scholz, "
        "said.",
        "Dana Scholz", "lawyer", None),
    row("the body a work is named after is its source, no affiliation",
        "Growth will slow next year, the Harbor Trust report said.",
        "the Harbor Trust report", None, None),
    row("negative: a country stays the affiliation of its official words",
        "Official French statements said the talks would resume.",
        "Official French statements", None, "France"),
    row("negative: the body of a work's author named after it stays",
        "Wages fell last year, according to an analysis by Ana Diaz, an economist at Harbor "
        "University.",
        "an analysis by Ana Diaz, an economist at Harbor University", None,
        "Harbor University"),
    row("negative: a body before a person's role is the affiliation",
        "Growth will slow next year, a Harbor Trust analyst said.",
        "a Harbor Trust analyst", "analyst", "Harbor Trust"),
    row("a phrase of time ending a role, 'during'",
        "Jo Li, the mayor during the flood, said it was time.",
        "Jo Li", "mayor", None),
    row("a phrase whose object is a date ending a role",
        '"It is time," said Jo Li, a senator in 2010.',
        "Jo Li", "senator", None),
    row("a phrase whose object is a noun of time ending a role",
        '"It is time," said Jo Li, a seasoned nurse by the time her son was born.',
        "Jo Li", "seasoned nurse", None),
    row("negative: a date inside the field after the role stays in it",
        '"It is time," said Jo Li, a specialist in 19th-century maps.',
        "Jo Li", "specialist in 19th-century maps", None),
    row("the place an occupation with no office comes from is no affiliation",
        '"It is time," said Jo Li, a truck driver from Dayton, Ohio.',
        "Jo Li", "truck driver", None),
    row("negative: the place a delegate comes from is whom they speak for",
        '"It is time," said Jo Li, a delegate from Ohio.',
        "Jo Li", "delegate", "Ohio"),
    row("negative: a firm after 'from' is the occupation's affiliation",
        '"It is time," said Jo Li, an engineer from Acme Corp.',
        "Jo Li", "engineer", "Acme Corp."),
    row("a show's name before the role is the affiliation, not part of the role",
        '"But that was a first," Harbor Morning co-anchor Jo Li said.',
        "Jo Li", "co-anchor", "Harbor Morning"),
    row("a name the recogniser ran into the body of an office before it is no part of it",
        '"The vote will wait," said Speaker of the House Tom Hale.',
        "Tom Hale", "Speaker", "House"),
    row("an office between a body and a name the recogniser missed is no part of the name",
        "Fed Chair Ana Diaz said rates would rise.",
        "Ana Diaz", "Chair", "Fed"),
    row("a capitalised role noun before an untagged name is its title",
        "Acme Chief Ana Diaz said rates would rise.",
        "Ana Diaz", "Chief", "Acme"),
    row("an office that ends in an unnamed source's noun keeps its words",
        '"We are close," said Lena Ortiz, the chief financial officer of Harbor Bank.',
        "Lena Ortiz", "chief financial officer", "Harbor Bank"),
    row("negative: an unnamed source keeps its bare noun, without its seniority",
        '"We are close," a senior official said.',
        "a senior official", "official", None),
    row("an irregular plural role after a body is kept as written",
        '"We are close," Harbor Bank spokesmen said.',
        "Harbor Bank spokesmen", "spokesmen", "Harbor Bank"),
    row("a regular plural role is read as its singular",
        '"We are close," Harbor Bank officials said.',
        "Harbor Bank officials", "official", "Harbor Bank"),
    row("a capitalised hyphenated office the recogniser ran into a body's name keeps its prefix",
        '"It is fine," Harbor News co-Anchor Maria Lopez said.',
        "Maria Lopez", "co-Anchor", "Harbor News"),
    row("a phrase of time the parse hung on an inverted speaker is no part of it",
        '"The fares will rise," said the club\'s chief executive on Friday.',
        "the club's chief executive", "chief executive", "club"),
    row("negative: an 'of' phrase of a duration is the noun's own, with what follows",
        '"It was wrong," said Tom Hale, a veteran of 22 years in the Marine Corps.',
        "Tom Hale", "veteran", "Marine Corps"),
    row("negative: an acronym of a field of work before an occupation names no body",
        '"I was cynical," says Tom Hale, an IT professional from Seattle.',
        "Tom Hale", "IT professional", None),
    row("an acronym of a body before an occupation is the affiliation",
        '"I was cynical," says IMF economist Tom Hale.',
        "IMF economist Tom Hale", "economist", "IMF"),
    row("a role noun inside a department's name is the body's word, not the office",
        '"We are close," said Justice Department spokeswoman Lena Ortiz.',
        "Lena Ortiz", "spokeswoman", "Justice Department"),
    row("an office the recogniser took into a body's name, as its last word, stays the role",
        "Lena Ortiz, the national party chairwoman, said the vote was close.",
        "Lena Ortiz", "chairwoman", "national party"),
    row("an office and its qualifier the recogniser took into a party's name are the role",
        '"We are close," said Lena Ortiz, the Ohio Republican National Committeewoman.',
        "Lena Ortiz", "National Committeewoman", "Ohio Republican"),
    row("a rank's word that qualifies an office is the office's: general manager",
        '"It is over," said Tom Hale, the general manager of the Rangers.',
        "Tom Hale", "general manager", "Rangers"),
    row("a lieutenant governor's office keeps its qualifier",
        '"It is over," said Tom Hale, the state\'s lieutenant governor.',
        "Tom Hale", "lieutenant governor", None),
    row("general counsel after a possessive body",
        '"It is over," said Tom Hale, the company\'s general counsel.',
        "Tom Hale", "general counsel", "company"),
    row("a campaign named by a name the recogniser took for a body is the affiliation",
        '"It is over," said Ana Diaz, a Ruiz campaign adviser.',
        "Ana Diaz", "campaign adviser", "Ruiz campaign"),
    row("an adviser to a campaign named by a name the recogniser took for a place",
        '"It is over," said Ana Diaz, an adviser to the Ruiz campaign.',
        "Ana Diaz", "adviser", "Ruiz campaign"),
    row("the office a candidate seeks is part of the role",
        '"It is over," said Tom Hale, the Green Party\'s candidate for governor.',
        "Tom Hale", "candidate for governor", "Green"),
    row("the seat a nominee seeks is part of the role, not a body spoken for",
        '"It is over," said Tom Hale, the party\'s nominee for Senate.',
        "Tom Hale", "nominee for Senate", None),
    row("negative: a candidate 'for' a party runs for no office; the party is the body",
        '"It is over," said Tom Hale, a candidate for the Green Party.',
        "Tom Hale", "candidate", "Green Party"),
    row("a role noun qualifying an occupation is read with it: head coach",
        '"We are close," said Lena Ortiz, the Rangers head coach.',
        "Lena Ortiz", "head coach", "Rangers"),
    row("a station and show named before the role, its first word hung on the role",
        "WXYZ Morning Show anchor Jo Li said it was cold.",
        "Jo Li", "anchor", "WXYZ Morning Show"),
    row("a show's name whose first words all hang on its last is one affiliation",
        '"Roads are closed," Harbor Morning Show anchor Jo Li said.',
        "Jo Li", "anchor", "Harbor Morning Show"),
    row("a firm's name the role's words did not know is no part of the role",
        '"It is time," said Jo Li, a 30-year Acme worker.',
        "Jo Li", "worker", "Acme"),
    row("a title-case headline gives no role: its capitals tell no name from a verb",
        "Ana Ruiz Finally Endorses Port Director Jo Li.\n\n"
        'Ana Ruiz on Friday endorsed Jo Li. "It is time," Li said.',
        "Jo Li", None, None),
    row("negative: a description with no name in a headline is all capacity",
        "Former Harbor Bank Economist Says Rates Will Rise.\n\n"
        "Rates will rise next year, a former economist at the bank said on Monday.",
        "Former Harbor Bank Economist", "Economist", "Harbor Bank"),
    row("negative: a first paragraph with most words capitalised is no headline",
        "Ana Ruiz, a nurse at Harbor Hospital, spoke on Monday.\n\n"
        '"It is time," Ruiz said.',
        "Ana Ruiz", "nurse", "Harbor Hospital"),
    row("negative: the same words in the article's body give the role",
        "Ana Ruiz endorsed Port Director Jo Li on Friday, a week before the vote.\n\n"
        '"It is time," Li said.',
        "Jo Li", "Port Director", None),
    row("a person named with a title is no affiliation",
        'Ana Ruiz spoke in Ohio. "We must act," said Jo Li, a top adviser for President Ruiz.',
        "Jo Li", "top adviser", None),
    row("negative: a body named after a titled person is one",
        'Ana Ruiz spoke in Ohio. "We must act," said Jo Li, a director of the President Ruiz '
        "Foundation.",
        "Jo Li", "director", "President Ruiz Foundation"),
    row("negative: a title the parse hung under 'As' before the name stays the role",
        "The port will stay open. As Governor [Ana] Diaz said in her speech last year, "
        "'The bridge will open.'",
        "Diaz", "Governor", None),
    row("negative: a title before the name with a body after it stays the role",
        '"Their vote did not count," said Justice Anil Mehra of the Coastal High Court.',
        "Anil Mehra", "Justice", "Coastal High Court"),
    row("an ethnicity before an office is no part of the role",
        '"We were ignored," said Ana Ruiz, a Black lawmaker.',
        "Ana Ruiz", "lawmaker", None),
    row("negative: a nationality word still gives its country",
        '"We were ignored," said Ana Ruiz, a Mexican diplomat.',
        "Ana Ruiz", "diplomat", "Mexico"),
    # --- occupational nouns -----------------------------------------------------------------
    row("an unnamed employee of a named firm: the firm's name before the noun",
        '"I was told to delete them," the Harbor Data employee said.',
        "the Harbor Data employee", "employee", "Harbor Data"),
    row("a two-word firm before 'spokesman': its affiliation, not the speaker's name",
        '"We regret the delay," the Harbor Data spokesman said.',
        "the Harbor Data spokesman", "spokesman", "Harbor Data"),
    row("a name with 'of' a town and no role: where the speaker lives",
        '"This is fantastic!" beamed Rolf Tamm of Brightwater, Oregon.',
        "Rolf Tamm", None, None),
    row("negative: a title before the name makes 'of' a place the office's",
        '"This is fantastic!" said Senator Rolf Tamm of Oregon.',
        "Rolf Tamm", "Senator", "Oregon"),
    row("negative: a party label before 'of' a state",
        '"This is fantastic!" said Rolf Tamm, Democrat of Oregon.',
        "Rolf Tamm", None, "Oregon"),
    row("negative: 'of' an organisation after a name with no role",
        '"This is fantastic!" said Rolf Tamm of the Brightwater Harbor Trust.',
        "Rolf Tamm", None, "Brightwater Harbor Trust"),
    row("a delegate's abbreviated title, and 'of' the territory the delegate serves",
        '"This is a waste of time," said Del. Rolf Tamm of Guam.',
        "Rolf Tamm", "Del.", "Guam"),
    row("an agent of a named service",
        '"We are stretched thin," said an FBI agent.',
        "an FBI agent", "agent", "FBI"),
    row("a scientist's field as the role",
        '"The ground moves," said Paul Okafor, a Nigerian geophysicist.',
        "Paul Okafor", "geophysicist", "Nigeria"),
    row("an adjective the recogniser took into a party's name describes the role",
        'Leading Green Party donor Ivo Marsh said on Friday that he would give again. '
        '"It is our duty," Marsh said.',
        "Marsh", "donor", "Green Party"),
    row("negative: an adjective inside a body's own name stays in it",
        'Royal Harbor Society donor Ivo Marsh said the plant would reopen. '
        '"We will hire," Marsh said.',
        "Marsh", "donor", "Royal Harbor Society"),
    row("a prefix opening a hyphenated word is no body, nor are the words after it",
        "Exclusive: Ivo Marsh, Anti-Toll-Road Campaigner, Running For Council.\n\n"
        "Anti-toll road campaigner Ivo Marsh is running for the council in Ohio.\n\n"
        '"We will win," Marsh said.',
        "Marsh", "Anti-toll road campaigner", None),
    row("negative: a hyphenated firm's name opening a sentence is still a body",
        'Harbor-Vale Group spokesman Ivo Marsh said the plant would reopen. '
        '"We will hire," Marsh said.',
        "Marsh", "spokesman", "Harbor-Vale Group"),
    row("a second office in title case after 'and' takes the body after it",
        'Ivo Marsh is Co-founder and National Director of the Harbor Project. '
        '"We will win," Marsh said.',
        "Marsh", "Co-founder", "Harbor Project"),
    # --- a military rank is a title, not a role --------------------------------------------
    row("a rank as a description's noun is no role",
        '"It is a disgrace," said Wes Clarke, a retired four-star general.',
        "Wes Clarke", None, None),
    row("a rank with its service: the service is the affiliation, the rank no role",
        '"It is a disgrace," said Wes Clarke, a retired Army colonel.',
        "Wes Clarke", None, "Army"),
    row("negative: an office of two words ending in 'general' is a role",
        '"It is a disgrace," said Wes Clarke, the U.N. secretary general.',
        "Wes Clarke", "secretary general", "U.N."),
    row("negative: a rank that also names a post in sport is a role",
        '"It is a disgrace," said Wes Clarke, the Oilers captain.',
        "Wes Clarke", "captain", "Oilers"),
    # --- where someone comes from is no affiliation ----------------------------------------
    row("a place after 'from' a profession is practised in is where the holder is from",
        '"It is debasing," said Mira Sethi, a barrister from Lahore.',
        "Mira Sethi", "barrister", None),
    row("a place before a trade is where it is practised",
        '"We will build," said Tom Pate, a Tuscaloosa real estate tycoon.',
        "Tom Pate", "real estate tycoon", None),
    row("a supporter speaks for no place",
        '"It is a disgrace," said Mira Sethi, a Cruz supporter from Jackson, Miss.',
        "Mira Sethi", "supporter", None),
    row("negative: the place an office holder comes from is the place served",
        '"We will vote," said Tom Pate, a delegate from Ohio.',
        "Tom Pate", "delegate", "Ohio"),
    row("negative: a body after 'from' a profession is still its body",
        '"We will build," said Tom Pate, a lawyer from Harbor Legal.',
        "Tom Pate", "lawyer", "Harbor Legal"),
    row("negative: a supporter's party is still stated",
        '"We will win," said Tom Pate, a Green supporter from Ohio.',
        "Tom Pate", "supporter", "Green"),
    # --- a party stated by a clause about the person ----------------------------------------
    row("a party member noun after a copula is the person's party",
        'Tove Brandt is a lifelong Republican. "The levy is unfair," Brandt said.',
        "Brandt", None, "Republican"),
    row("a party after 'registered as'",
        'Tove Brandt is registered as a Democrat. "I will back her," Brandt said.',
        "Brandt", None, "Democrat"),
    row("a party after 'identifies as', carried to the pronoun",
        'Tom Hale identifies as a Republican. "The levy is unfair," he said.',
        "he", None, "Republican"),
    row("negative: a negated copula states no party",
        'Tove Brandt is not a Republican. "The levy is unfair," Brandt said.',
        "Brandt", None, None),
    row("negative: a party word modifying another noun is no membership",
        'Tove Brandt is a Republican favorite. "The levy is unfair," Brandt said.',
        "Brandt", None, None),
    row("negative: a lower-case leaning is no party",
        'Tove Brandt is a liberal. "The levy is unfair," Brandt said.',
        "Brandt", None, None),
    row("negative: a party the person only might join",
        'Tove Brandt would be a Republican in any other state. "The levy is unfair," '
        "Brandt said.",
        "Brandt", None, None),
    row("a quoted predicate is someone's label for the person, no capacity",
        'Tove Brandt is also a "change agent," Ivo Marsh said.\n\n'
        '"The levy is unfair," Brandt said.',
        "Brandt", None, None),
    row("negative: the same predicate unquoted states the capacity",
        'Tove Brandt is also a policy adviser, Ivo Marsh said.\n\n'
        '"The levy is unfair," Brandt said.',
        "Brandt", "policy adviser", None),
    row("the body or state a person represents",
        'Tove Brandt, who represents Nevada, said the levy was unfair.',
        "Tove Brandt", None, "Nevada"),
    row("negative: a client who is a person is no body",
        '"The levy is unfair," said Tove Brandt, a lawyer who represents Tomas Berg.',
        "Tove Brandt", "lawyer", None),
    # --- capacities of two words and occupations --------------------------------------------
    row("a capacity of two words whose noun alone names none",
        "The former first lady said the levy was unfair.",
        "The former first lady", "former first lady", None),
    row("a running mate before the name",
        'Ivo Marsh joined his running mate Tove Brandt on stage. "The levy is unfair," '
        "Brandt said.",
        "Brandt", "running mate", None),
    row("negative: the noun of a two-word capacity alone is none",
        "A lady at the back said the levy was unfair.",
        "A lady at the back", None, None),
    row("a comedian is an occupation",
        "Television comedian Tove Brandt said the levy was unfair.",
        "Tove Brandt", "Television comedian", None),
    row("a challenger is an occupation",
        "Green challenger Tove Brandt said the levy was unfair.",
        "Tove Brandt", "challenger", "Green"),
    row("negative: a nationality word with a possessive ending is someone's name",
        '"The levy is unfair," said Ivo Lund, German\'s brother.',
        "Ivo Lund", None, None),
    # --- an office a relative clause states outranks an epithet -----------------------------
    row("an office the appositive's relative clause predicates outranks an epithet",
        "Grant Ellery, the movement's icon who founded the Liberty Forum and is a longtime "
        'Republican National Committeeman, backed the bill.\n\n"It is overdue," Ellery said.',
        "Grant Ellery", "National Committeeman", "Republican"),
    row("an office the appositive's relative clause predicates outranks an occupation",
        "Grant Ellery, a philanthropist who built the Ellery Arena and is the chairman of the "
        'Dunmore Hawks, backed the bill.\n\n"It is overdue," Ellery said.',
        "Grant Ellery", "chairman", "Dunmore Hawks"),
    row("negative: an office in the appositive stays before one its clause predicates",
        "Ana Diaz, a lawyer who is a member of the city board, backed the bill.\n\n"
        '"It is overdue," Diaz said.',
        "Ana Diaz", "lawyer", None),
    # --- offices of local government, schools, churches and boards --------------------------
    row("a board's treasurer, predicated by the appositive's relative clause",
        '"We will attract workers," said Edward Lamb, a banker who is the treasurer of Harbor '
        "Bank.",
        "Edward Lamb", "treasurer", "Harbor Bank"),
    row("a school superintendent speaking unnamed holds an office",
        "The school superintendent said the buildings were safe.",
        "The school superintendent", "school superintendent", None),
    # --- a name the parse hung on the client a role serves ----------------------------------
    row("a name hung on the name ending a phrase on a role holds the role",
        "An attorney for Bryan Pagano, Mark MacDougal, said his client was ready.\n\n"
        '"He will testify," MacDougal said.',
        "MacDougal", "attorney", None),
    row("negative: the client takes no role of the name hung on it",
        "Bryan Pagano, a former aide to the mayor, refused to testify.\n\n"
        "His attorney said the hearing was a stunt.\n\n"
        "An attorney for Pagano, Mark MacDougal, said his client was ready.",
        "His attorney", "attorney", None),
    # --- a stretch in office ("won a second term as mayor") ---------------------------------
    row("an 'as' phrase on a term won states the capacity",
        'Tom Hale won election to a second term as Dunmore mayor in April. "We won," Hale said.',
        "Hale", "mayor", "Dunmore"),
    row("an 'as' phrase on a year in office, in the clause about the person",
        'Tom Hale is in his second year as coach of the Dunmore Hawks. "We won," Hale said.',
        "Hale", "coach", "Dunmore Hawks"),
    row("likewise in a relative clause on the name",
        "Tom Hale, who began a second term as Dunmore mayor in April, spoke on Monday.\n\n"
        '"We won," Hale said.',
        "Hale", "mayor", "Dunmore"),
    row("an 'as' phrase on the person's record in office",
        'Maria Lopez defended her record as secretary of state. "We did well," Lopez said.',
        "Lopez", "secretary of state", None),
    row("an 'as' phrase on the person's time in a job",
        'Tom Hale knows the city from his time as a reporter. "We won," Hale said.',
        "Hale", "reporter", None),
    row("negative: a record spoken of by a cue is someone else's",
        'Tom Hale attacked her record as Dunmore mayor. "We lost," Hale said.',
        "Hale", None, None),
    row("negative: a named possessor's term is the possessor's",
        "Tom Hale opposed Ana Ruiz's second term as Dunmore mayor.\n\n"
        '"We lost," Hale said.',
        "Hale", None, None),
    row("negative: a term spoken of by a cue is someone else's",
        'Tom Hale criticized her second term as Dunmore mayor. "We lost," Hale said.',
        "Hale", None, None),
    row("an occupation the recogniser took into a person's name leaves the name",
        "Filmmaker Jack Marino said the club had closed its doors.",
        "Jack Marino", "Filmmaker", None),
    row("negative: an occupation's word before a surname alone is a first name",
        "Baker Mayfield said the club had closed its doors.",
        "Baker Mayfield", None, None),
    row("negative: an office beside another name, tagged as a body, is not one's affiliation",
        '"They should apologize to me," said Ana Lee, the state party chairwoman.\n\n'
        "Representative Jo Marsh of Florida, the national party chairwoman, also expressed "
        "concern.",
        "Ana Lee", "state party chairwoman", None),
    row("a county office predicated by a relative clause on the name",
        '"We will appeal," said Jo Marsh, who is the county coroner.',
        "Jo Marsh", "county coroner", None),
    row("a preacher's occupation before his name, in an object",
        "Later, Hale praised evangelist Mark Doyle, who has vowed to fight on. "
        '"We will fight," Doyle said.',
        "Doyle", "evangelist", None),
    row("a musician's occupation in a description that re-mentions her",
        "Vera Lind toured the new hall on Monday. The concert pianist said it was too small.",
        "The concert pianist", "concert pianist", None),
    # --- a "he" or "she" in a clause inside the person's own clause ----------------------------
    row("a pronoun in a clause inside the name's clause stands for the name",
        "Tom Hale may have thought the worst was over in April, when he won a second term as "
        'Dunmore mayor. "We will see," Mr. Hale said.',
        "Mr. Hale", "mayor", "Dunmore"),
    row("likewise in a clause under a pronoun that stands for the person",
        'Tom Hale spoke on Monday. He said he was registered as a Green. "We will see," '
        "Mr. Hale said.",
        "Mr. Hale", None, "Green"),
    row("negative: another person named between the name and the pronoun",
        "Tom Hale met Ben Ruiz when he was the Dunmore mayor. "
        '"We will see," Mr. Hale said.',
        "Mr. Hale", None, None),
    row("negative: a pronoun of the other gender",
        'Tom Hale said she won a second term as Dunmore mayor. "We will see," Mr. Hale said.',
        "Mr. Hale", None, None),
    row("negative: a person the clause between has for its subject",
        "Tom Hale said the governor thinks he won a second term as Dunmore mayor. "
        '"We will see," Mr. Hale said.',
        "Mr. Hale", None, None),
    row("a clause a factive subordinator opens is asserted",
        'Although Tom Hale is a registered Green, he backed the plan. "We will see," Mr. Hale '
        "said.",
        "Mr. Hale", None, "Green"),
    row("likewise under a pronoun that stands for the person",
        "Maria Lopez says she identifies with the left, although she is registered as a "
        'Democrat. "We will see," Ms. Lopez said.',
        "Ms. Lopez", None, "Democrat"),
    row("negative: a condition states no capacity",
        'If Tom Hale is the Green nominee, the plan will pass. "We will see," Mr. Hale said.',
        "Mr. Hale", None, None),
    # --- a person named as one of a plural role ------------------------------------------------
    row("a name and other holders of a plural role: the role is the name's",
        "Jobs were lost, fostered by Tom Hale and other Green presidential hopefuls, the "
        'groups say. "I will win," Hale said.',
        "Hale", "presidential hopefuls", "Green"),
    row("'other' is no part of the role",
        'At her school, Maria Lopez and other community leaders protested the cuts. "We are '
        'angry," Lopez said.',
        "Lopez", "community leaders", None),
    row("a plural role with 'such as' the name",
        'Green candidates such as Tom Hale oppose the plan. "I will win," Hale said.',
        "Hale", "candidate", "Green"),
    row("a number of a plural role, 'including' coordinated names",
        "A number of candidates, including Tom Hale and Rosa Delgado, have taken a harder "
        'line. "I will win," Hale said.',
        "Hale", "candidate", None),
    row("negative: a plural role coordinated with a name without 'other' is others",
        'Tom Hale and Green senators met on Monday. "We will win," Hale said.',
        "Hale", None, None),
    row("a name among a party's members after 'including': the party is the name's",
        'Many Greens, including Tom Hale, oppose the plan. "It is wrong," Hale said.',
        "Hale", None, "Greens"),
    row("a name and other members of a party",
        'Tom Hale and other Democrats oppose the plan. "It is wrong," Hale said.',
        "Hale", None, "Democrats"),
    row("a party's members with 'like' the name, set off by commas",
        'Democrats, like Maria Lopez, say harsh things. "It is wrong," Lopez said.',
        "Lopez", None, "Democrats"),
    row("a name listed before another and other holders of a plural role",
        'Tom Hale, Rosa Delgado and other Green candidates oppose the plan. "It is wrong," '
        "Hale said.",
        "Hale", "candidate", "Green"),
    row("negative: a leaning's plural opening a sentence names no party",
        'Conservatives such as Tom Hale oppose the plan. "It is wrong," Hale said.',
        "Hale", None, None),
    row("negative: the others of a name in a clause on the speaker are not his",
        'Tom Hale, who met Rosa Delgado and other Greens, spoke on Monday. "It is wrong," '
        "Hale said.",
        "Hale", None, None),
    row("a copula with a number counted among a plural role: 'is one of the ...'",
        'Maria Lopez is one of the Green candidates. "We will win," she said.',
        "she", "candidate", "Green"),
    row("'one of' a plural role in a relative clause on the name",
        "Tom Hale, who is one of the city's top lawyers, spoke on Monday. \"It was awful,\" he "
        "said.",
        "he", "top lawyers", None),
    row("negative: a copula with one of a plural noun that is no role",
        'Tom Hale is one of the attackers. "It was awful," he said.',
        "he", None, None),
    row("negative: the name is an example of a plural noun that is no role",
        'Supporters of the senators, including Tom Hale, rallied on Monday. "We will win," '
        "Hale said.",
        "Hale", None, None),
    # --- a lead that describes the person the next sentence names -----------------------------
    row("a delayed identification: the lead's description is the capacity of the person named next",
        "Union chief backs bill.\n\nThe head of the Harbor Workers Union is worried about the "
        "vote, because she thinks it can pass.\n\nIn an interview on Thursday, Maria Lopez said "
        'her members were angry. "We will fight," Lopez said.',
        "Lopez", "head", "Harbor Workers Union"),
    row("a delayed identification by an occupation with a relative clause",
        "The veteran architect who designed the Elm Street bridge defended it on Monday.\n\n"
        'Tom Hale, 61, said the cracks were cosmetic. "It is safe," Hale said.',
        "Hale", "veteran architect", None),
    row("a lead's description of the person named next, the name hung on a fronted phrase",
        "The retired teacher whose break-in first revealed the leak pleaded guilty Wednesday "
        "to identity theft.\n\nAs a part of his plea, Tom Hale, 44, said that he victimized "
        "nearly 100 people from his home overseas.",
        "Tom Hale", "retired teacher", None),
    row("a nationality on a private capacity says where one is from, not whom one serves",
        '"I acted alone," said Tom Hale, a Romanian hacker.',
        "Tom Hale", "hacker", None),
    row("negative: a nationality on an occupation still gives the country",
        '"The ground is unstable," said Tom Hale, a Canadian geophysicist.',
        "Tom Hale", "geophysicist", "Canada"),
    row("negative: a bare definite role in the lead is an anaphor, not an introduction",
        "The governor signed the bill on Monday.\n\nTom Hale, 61, said the cracks were "
        'cosmetic. "It is safe," Hale said.',
        "Hale", None, None),
    row("negative: a person named next with a role of their own is someone else",
        "The governor of Ohio signed the bill on Monday.\n\nMaria Lopez, a state senator who "
        'wrote it, was pleased. "We will fight," Lopez said.',
        "Lopez", "state senator", None),
    row("negative: another person named as a subject first is the one introduced",
        "The head of the Harbor Workers Union is worried about the vote.\n\nRosa Delgado "
        'disagrees. Maria Lopez said her members were angry. "We will fight," Lopez said.',
        "Lopez", None, None),
    row("negative: a lead's subject that owns the noun after it is not the one described",
        "Delgado Hid Past Health Problems From Public, Former Doctor Says.\n\nSecrecy is not a "
        "stranger when it comes to Rosa Delgado\u2019s health issues, the Green presidential "
        "candidate\u2019s former doctor maintains.\n\nDr. Maria Lopez, who was the mayor\u2019s "
        'physician, said that Delgado hid a blood clot. "She lied," Lopez said.',
        "Lopez", "physician", None),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker", "role", "affiliation"), PHENOMENA)
def test_role_and_affiliation_at_the_mention(
    analyze: Analyze, text: str, speaker: str, role: str | None, affiliation: str | None
) -> None:
    found = spoken_by(analyze(text), speaker)
    assert (found.role, found.affiliation) == (role, affiliation)


@pytest.mark.parametrize(
    ("text", "speaker", "affiliation"),
    [
        pytest.param(
            '"The fund is broken," said Jon Park, author of \u201cRiver Towns,\u201d a history '
            "of the canal.",
            "Jon Park",
            None,
            id="a work's title in curly quotation marks after 'author of'",
        ),
        pytest.param(
            "\"The fund is broken,\" said Jon Park, the author of ''Copper and Salt,'' a memoir "
            "of the mines.",
            "Jon Park",
            None,
            id="a work's title in doubled single quotation marks",
        ),
        pytest.param(
            '"The fund is broken," said Jon Park, the author of a memoir and a teacher at the '
            "Tidewater Institute.",
            "Jon Park",
            "Tidewater Institute",
            id="negative: a body named outside quotation marks is still read",
        ),
        pytest.param(
            "Its motto was \u201cBuild it!\u201dFormer Green candidate Jo Li said the plan "
            "would fail.",
            "Jo Li",
            "Green",
            id="negative: a closing mark with no space after it encloses no name",
        ),
        pytest.param(
            "The memo was leaked. \u201cTidewater Bank's Jo Li said the plan would fail. It "
            "went ahead.",
            "Jo Li",
            "Tidewater Bank",
            id="negative: a mark opening a quote before a name that no mark closes",
        ),
    ],
)
def test_a_quoted_title_is_no_affiliation(
    analyze: Analyze, text: str, speaker: str, affiliation: str | None
) -> None:
    """A name in quotation marks is a work's, a slogan's or a nickname's: no body spoken for."""
    assert spoken_by(analyze(text), speaker).affiliation == affiliation


@pytest.mark.parametrize(
    ("text", "affiliation"),
    [
        pytest.param(
            "In a call with analysts on Monday, Corvex chief executive Dana Pike said the "
            "merger would close in May.",
            "Corvex",
            id="a firm's name parsed as a modifier of the whole role (nmod)",
        ),
        pytest.param(
            "Shares of Telmara rose. Telmara chief executive Dana Pike said the merger would "
            "close in May.",
            "Telmara",
            id="a firm's name tagged as a common noun, a proper noun elsewhere in the article",
        ),
        pytest.param(
            "Company spokesman Dana Pike said the merger would close in May, the company "
            "said in a statement.",
            None,
            id="negative: a capitalised common noun opening the sentence, lowercase elsewhere",
        ),
    ],
)
def test_a_firm_before_a_lowercase_role(analyze: Analyze, text: str, affiliation: str) -> None:
    assert spoken_by(analyze(text), "Dana Pike").affiliation == affiliation


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        pytest.param(
            '"We lost focus," the coach said.',
            "the coach",
            SpeakerKind.UNKNOWN,
            id="a described occupation stays of unknown kind",
        ),
        pytest.param(
            '"We lost focus," said coach Ray Dillon.',
            "Ray Dillon",
            SpeakerKind.PERSON,
            id="a named person with an occupation is a person",
        ),
    ],
)
def test_occupation_is_a_role_but_not_a_kind(
    analyze: Analyze, text: str, speaker: str, kind: SpeakerKind
) -> None:
    """An occupation gives the role's words only: who the speaker is and what kind of
    speaker, decided from the role nouns, stay as they were without it."""
    found = spoken_by(analyze(text), speaker)
    assert (found.role, found.kind) == ("coach", kind)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Lena Ortiz toured a factory in Dayton on Tuesday. "
            "The Democratic nominee said the plant would stay open.",
            "Lena Ortiz",
            id="a description as subject re-mentions the one person before it",
        ),
        pytest.param(
            "Lena Ortiz and Paul Brandt toured a factory in Dayton on Tuesday. "
            "The Democratic nominee said the plant would stay open.",
            None,
            id="negative: two people before, both subjects, the description is left alone",
        ),
        pytest.param(
            "Lena Ortiz toured a factory in Dayton with Paul Brandt on Tuesday. "
            "The Democratic nominee said the plant would stay open.",
            "Lena Ortiz",
            id="of two people before, nothing said of either, the one that was a subject",
        ),
        pytest.param(
            "Lena Ortiz toured a factory in Dayton on Tuesday. But the Democratic nominee "
            "continues to insist, most recently in a radio interview, that she really wants "
            "to keep the plant open but cannot because the company is in court.",
            "Lena Ortiz",
            id="a description opening its sentence, its verb parsed as a later verb's complement",
        ),
        pytest.param(
            "Lena Ortiz toured a factory in Dayton on Tuesday. But, the Democratic nominee "
            "said, the plant would stay open.",
            "Lena Ortiz",
            id="a description opening its sentence after a conjunction and a comma",
        ),
        pytest.param(
            "Lena Ortiz toured a factory in Dayton on Tuesday. Officials said the Democratic "
            "nominee continues to insist that the plant stays open.",
            None,
            id="negative: a description subject of a reported clause, not opening the sentence",
        ),
        pytest.param(
            "Lena Ortiz toured a factory in Dayton on Tuesday. "
            "A Democratic nominee said the plant would stay open.",
            None,
            id="negative: an indefinite description introduces someone new",
        ),
        pytest.param(
            "Democrat Lena Ortiz toured a factory in Dayton with Paul Brandt on Tuesday. "
            "The Democratic nominee said the plant would stay open.",
            "Lena Ortiz",
            id="of two people before, the one the article gave the description's party",
        ),
        pytest.param(
            "Lena Ortiz, a state senator, toured a factory in Dayton with Paul Brandt on "
            "Tuesday. The Democratic nominee said the plant would stay open.",
            None,
            id="negative: of two, one holds another role and nothing is said of the other",
        ),
        pytest.param(
            "Republican Lena Ortiz toured a factory in Dayton on Tuesday. "
            "The GOP nominee said the plant would stay open.",
            "Lena Ortiz",
            id="two labels of one party are no other party",
        ),
        pytest.param(
            "Democrat Lena Ortiz toured a factory in Dayton on Tuesday. "
            "The GOP nominee said the plant would stay open.",
            None,
            id="negative: a label of another party",
        ),
    ],
)
def test_subject_description_speaks_for_the_person_before(
    analyze: Analyze, text: str, name: str | None
) -> None:
    (quote,) = [q for q in analyze(text).quotes if q.speaker and q.speaker.role == "nominee"]
    assert quote.speaker is not None
    assert quote.speaker.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Lena Ortiz said on Tuesday that Paul Brandt had misled voters. "
            "The Democratic nominee said the plant would stay open.",
            "Lena Ortiz",
            id="of two subjects before, the subject of the main verb",
        ),
        pytest.param(
            "Lena Ortiz and Paul Brandt said on Tuesday that voters had been misled. "
            "The Democratic nominee said the plant would stay open.",
            None,
            id="negative: two subjects of the main verb, nothing tells which",
        ),
        pytest.param(
            "Lena Ortiz, the state treasurer, said on Tuesday that Paul Brandt, the city "
            "mayor, had misled voters. The Democratic nominee said the plant would stay open.",
            "Lena Ortiz",
            id="everyone before holds another role: the main subject holds this one too",
        ),
        pytest.param(
            "Lena Ortiz, the state treasurer, toured a factory with Paul Brandt, the city "
            "mayor, on Tuesday. The Democratic nominee said the plant would stay open.",
            "Lena Ortiz",
            id="everyone before holds another role: the one subject",
        ),
        pytest.param(
            "Lena Ortiz, the state treasurer, and Paul Brandt, the city mayor, toured a "
            "factory on Tuesday. The Democratic nominee said the plant would stay open.",
            None,
            id="negative: everyone before holds another role, both subjects",
        ),
    ],
)
def test_subject_description_weighs_the_people_before_by_salience(
    analyze: Analyze, text: str, name: str | None
) -> None:
    """Of several subjects before, the main verb's; when everyone there holds another
    named role, a person holding several in turn."""
    (quote,) = [q for q in analyze(text).quotes if q.content.text == "the plant would stay open"]
    assert quote.speaker is not None
    assert quote.speaker.text == "The Democratic nominee"
    assert quote.speaker.name == name


_VISIT = "Lena Ortiz toured a factory in Dayton on Tuesday. "
_SAID = ' "We will stay," Ortiz said.'


@pytest.mark.parametrize(
    ("text", "described"),
    [
        pytest.param(
            _VISIT + "Workers cheered the Democratic nominee at the gate." + _SAID,
            True,
            id="an object description in a sentence naming no one: the person before",
        ),
        pytest.param(
            _VISIT + "Workers cheered the Democratic nominee's plan at the gate." + _SAID,
            True,
            id="a possessor description likewise",
        ),
        pytest.param(
            _VISIT + "Paul Brandt thanked the Democratic nominee at the gate." + _SAID,
            False,
            id="negative: its own sentence names someone, who may be meant",
        ),
        pytest.param(
            "Lena Ortiz's lead may fade if the Democratic nominee's plan fails." + _SAID,
            True,
            id="its own sentence names the one person before it as a possessor only",
        ),
        pytest.param(
            _VISIT + "Paul Brandt's lead may fade if the Democratic nominee's plan fails." + _SAID,
            False,
            id="negative: the possessor of its own sentence, not the person before",
        ),
        pytest.param(
            "Lena Ortiz and Paul Brandt toured a factory in Dayton on Tuesday. "
            "Workers cheered the Democratic nominee at the gate." + _SAID,
            False,
            id="negative: two people before, both subjects, nothing tells which",
        ),
        pytest.param(
            "Lena Ortiz toured a factory in Dayton with Paul Brandt on Tuesday. "
            "Workers cheered the Democratic nominee at the gate." + _SAID,
            True,
            id="two people before, the one that was a subject",
        ),
        pytest.param(
            _VISIT
            + "Safety rules called for the Democratic nominee to be driven to a clinic."
            + _SAID,
            True,
            id="the subject of a clause in a sentence naming no one: the person before",
        ),
        pytest.param(
            _VISIT
            + "The crowd fell silent as the Democratic nominee stepped onto the stage."
            + _SAID,
            True,
            id="the subject of an adverbial clause in a sentence naming no one",
        ),
        pytest.param(
            _VISIT
            + "Paul Brandt called for the Democratic nominee to be driven to a clinic."
            + _SAID,
            False,
            id="negative: a clause subject in a sentence naming someone, who may be meant",
        ),
        pytest.param(
            "Paul Brandt will meet with Lena Ortiz when the Democratic nominee visits Dayton."
            + _SAID,
            True,
            id="the subject of a clause set in the sentence: the object named before it",
        ),
        pytest.param(
            _VISIT + "Workers gave the Democratic nominee a warm welcome." + _SAID,
            True,
            id="an indirect object in a sentence naming no one: the one person before",
        ),
        pytest.param(
            "Workers in Dayton cheered Lena Ortiz on Tuesday, waving the Democratic "
            "nominee's posters." + _SAID,
            True,
            id="a possessor in a participle clause: the object named before it",
        ),
        pytest.param(
            "Lena Ortiz will meet with Paul Brandt when the Democratic nominee visits Dayton."
            + _SAID,
            False,
            id="negative: the subject of the sentence is not the description in its clause",
        ),
        pytest.param(
            "Paul Brandt told Lena Ortiz that the Democratic nominee would lose Dayton." + _SAID,
            False,
            id="negative: a description in what someone said names a third person",
        ),
        pytest.param(
            "Paul Brandt met Lena Ortiz's aides when the Democratic nominee visited Dayton."
            + _SAID,
            False,
            id="negative: a possessor named before, the subject as likely meant",
        ),
        pytest.param(
            "Workers cheered Lena Ortiz and Paul Brandt when the Democratic nominee visited "
            "Dayton." + _SAID,
            False,
            id="negative: two objects before, nothing tells which",
        ),
    ],
)
def test_description_in_passing_lends_its_role_to_the_one_person_before(
    analyze: Analyze, text: str, described: bool
) -> None:
    found = spoken_by(analyze(text), "Lena Ortiz")
    expected = ("nominee", "Democratic") if described else (None, None)
    assert (found.role, found.affiliation) == expected


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        pytest.param("the presumptive", ("nominee", "Liberal"), id="definite"),
        pytest.param("a former", (None, None), id="negative: indefinite"),
    ],
)
def test_a_possessor_description_takes_the_determiner_hung_on_the_possessed_noun(
    analyze: Analyze, article: str, expected: tuple[str | None, str | None]
) -> None:
    """The parse hangs "the presumptive" on "words", not on "nominee's": a noun with a
    possessor takes no determiner of its own, so the determiner is the possessor's."""
    doc = analyze(
        "Mayor Jane Holt spoke on Monday. Instead, she focused on Tom Becker, trying to use "
        f"{article} Liberal nominee\u2019s words against him. "
        '"He is a danger," Becker said later.'
    )
    found = spoken_by(doc, "Becker")
    assert (found.role, found.affiliation) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Prime Minister Ana Ruiz will meet with Tom Becker when the Liberal presidential "
            "front-runner arrives in Lima later this month, officials said.",
            ("presidential front-runner", "Liberal"),
            id="a hyphenated role noun, a clause verb tagged a noun, all of it reported",
        ),
        pytest.param(
            "Tom Becker will meet with Prime Minister Ana Ruiz when the Liberal presidential "
            "front-runner arrives in Lima later this month, officials said.",
            (None, None),
            id="negative: the subject of the sentence, not the description in its clause",
        ),
    ],
)
def test_a_description_in_a_clause_of_a_reported_sentence(
    analyze: Analyze, text: str, expected: tuple[str | None, str | None]
) -> None:
    found = spoken_by(analyze(text + ' "He is welcome," Becker said.'), "Becker")
    assert (found.role, found.affiliation) == expected


def test_a_first_name_the_entity_left_out_is_no_affiliation(analyze: Analyze) -> None:
    # The recogniser labels only "Diaz" in the first sentence; "Ana" is the first name.
    speaker = spoken_by(analyze('Ana Diaz spoke at length. "It is good," Diaz said.'), "Diaz")
    assert (speaker.name, speaker.affiliation) == ("Ana Diaz", None)


def test_a_body_named_after_a_person_is_not_that_person(analyze: Analyze) -> None:
    doc = analyze(
        "President Tom Hale spoke on Monday. The Hale administration said the plan was legal."
    )
    speaker = spoken_by(doc, "The Hale administration")
    assert (speaker.name, speaker.kind, speaker.role) == (None, SpeakerKind.GOVERNMENT, None)


def test_a_description_a_role_possesses_is_tied_to_no_one(analyze: Analyze) -> None:
    """ "The mayor's former campaign strategist" after Hale is named: if Hale is the mayor,
    the strategist is someone else; a role possessor most often refers to the passage's
    person, so the description is tied to no one (no speaker beats a wrong one)."""
    doc = analyze(
        "Tom Hale toured a factory in Dayton on Tuesday. "
        "The mayor\u2019s former campaign strategist said the plant would stay open."
    )
    (quote,) = doc.quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.role) == (None, "former campaign strategist")


def test_a_description_in_a_speakers_own_reported_words_is_not_theirs(analyze: Analyze) -> None:
    """A speaker's reported words name others: the description heading them is not her."""
    doc = analyze(
        "Lena Ortiz toured a factory in Dayton on Tuesday. "
        "The Republican nominee will lose the county, Ortiz said."
    )
    speaker = spoken_by(doc, "Ortiz")
    assert (speaker.name, speaker.role, speaker.affiliation) == ("Lena Ortiz", None, None)


def test_the_words_after_a_speaker_label_do_not_describe_the_speaker(analyze: Analyze) -> None:
    """'Name: "... fair game."': the parse may hang the quote's noun on the name as an
    appositive across the colon; it is no description of her, so a later description of
    her capacity still re-mentions her."""
    doc = analyze(
        "Lena Ortiz: 'Bill Hale's fair game.'\n\n"
        "Mr. Hale is on solid ground, Lena Ortiz said Monday. But, the former chief executive "
        "of Norland Rail added, it is not the way to win."
    )
    (quote,) = [q for q in doc.quotes if q.content.text == "it is not the way to win"]
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.role) == ("Lena Ortiz", "former chief executive")


def test_a_singular_description_does_not_refer_back_to_a_group(analyze: Analyze) -> None:
    """The description "the Senate minority leader" shares its noun with "leaders" before,
    a group: it re-mentions the one person before it instead."""
    doc = analyze(
        "Conservative thought leaders are backing the plan. Harry Voss (D-Nev.) blasted it "
        'in an interview. "It is a disgrace," the Senate minority leader said.'
    )
    speaker = spoken_by(doc, "the Senate minority leader")
    assert (speaker.name, speaker.role) == ("Harry Voss", "minority leader")


def test_a_body_that_says_whose_it_is_is_no_other_named_body(analyze: Analyze) -> None:
    """The description "The Hale campaign" is the campaign of the Hale named before, not
    the FBI, the body mentioned last."""
    doc = analyze(
        "Tom Hale toured Ohio on Sunday. The FBI opened an inquiry on Monday. "
        "The Hale campaign said the charges were fabricated."
    )
    speaker = spoken_by(doc, "The Hale campaign")
    assert speaker.name is None


def test_a_possessive_description_speaking_re_mentions_the_person_before(
    analyze: Analyze,
) -> None:
    """ "Hale's former campaign strategist said" after "Tom Brisco ... called on ...": a
    possessor makes the description definite, so it re-mentions the one person before."""
    doc = analyze(
        "Tom Brisco on Wednesday called on Ana Quist to apologize. "
        '"That was outrageous," Hale\'s former campaign strategist said in an interview.'
    )
    speaker = spoken_by(doc, "Hale's former campaign strategist")
    assert (speaker.name, speaker.role) == ("Tom Brisco", "former campaign strategist")


@pytest.mark.parametrize(
    ("text", "description", "person", "name"),
    [
        pytest.param(
            'Tom Hale spoke on Monday. "We will win," Hale said. '
            "His longtime doctor says he is healthy. His former doctor treated him in 2010.",
            "His longtime doctor",
            "Hale",
            "Tom Hale",
            id="a pronoun possessor: 'His longtime doctor says ...' after Hale is named",
        ),
        pytest.param(
            "There are questions about Ana Diaz's health records, the Green candidate's "
            'former doctor says. "I will win," Diaz said.',
            "the Green candidate's former doctor",
            "Diaz",
            "Ana Diaz",
            id="a role possessor: 'the Green candidate's former doctor says' about Diaz",
        ),
    ],
)
def test_a_description_a_pronoun_or_role_possesses_is_not_the_passages_person(
    analyze: Analyze, text: str, description: str, person: str, name: str
) -> None:
    """The doctor is someone of the person's, not that person: the quote has no named
    speaker, and the person gets no role from the description."""
    doc = analyze(text)
    described = spoken_by(doc, description)
    found = spoken_by(doc, person)
    assert (described.name, found.name, found.role) == (None, name, None)


def test_a_description_a_name_possesses_is_not_that_person(analyze: Analyze) -> None:
    """ "Hale's longtime doctor says ...": the person the description names is not the one
    it re-mentions."""
    doc = analyze(
        'Tom Hale spoke on Monday. "We will win," Hale said. '
        "Hale's longtime doctor says he is healthy."
    )
    doctor = spoken_by(doc, "Hale's longtime doctor")
    assert doctor.name != "Tom Hale"


def test_an_office_noun_inside_a_bodys_own_name_is_no_office(analyze: Analyze) -> None:
    """ "the Harbor Economist Group": a body's word after the office noun makes the entity
    a body's name, not a body, an office and a person's name."""
    doc = analyze('"We will act," the Harbor Economist Group said.')
    speaker = spoken_by(doc, "the Harbor Economist Group")
    assert (speaker.name, speaker.role) == ("Harbor Economist Group", None)
