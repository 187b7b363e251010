"""English words that describe speakers: titles, roles, pronouns, demonyms, institutions.

Plain data (frozen sets and read-only mappings), read through :class:`quoteattr.lexicon.Lexicon`.
"""

from __future__ import annotations

from types import MappingProxyType

#: Ranks of two words, both offices before a name and ranks kept as ``title``.
_MULTIWORD_RANKS = frozenset(
    {
        "lieutenant colonel",
        "lieutenant general",
        "major general",
        "brigadier general",
        "rear admiral",
        "vice admiral",
        "lt. col.",
        "lt. gen.",
        "maj. gen.",
        "brig. gen.",
        "staff sergeant",
        "first lieutenant",
        "second lieutenant",
    }
)

#: Offices of two words whose second is "general", an adjective after its noun ("Attorney
#: General Roy Cooper"): one office before a name, not an office and the rank "General".
_OFFICES_GENERAL = frozenset(
    f"{office} general"
    for office in """
    attorney surgeon solicitor inspector secretary director governor consul comptroller
    postmaster auditor procurator advocate
    """.split()
)

#: Military ranks: as the noun of a description ("a retired four-star general", "an Army
#: colonel") a rank is a title, not a role, unless an office stands with it ("attorney
#: general"). Ranks that also name a post ("captain" of a team, "commander" of a unit) are
#: not listed.
MILITARY_RANKS = frozenset("general admiral colonel sergeant lieutenant corporal brigadier".split())

#: Role nouns that name no particular office, said alone ("the former leader", "a senior
#: official"): a headline or a passing mention calls someone by them whom the article names
#: by office elsewhere ("Ex-Ruritania leader Ana Diaz" and "former President Ana Diaz"), so
#: the office is the role, and the two roles do not tell two people of one surname apart.
#: With other words they may be an office of their own ("Majority Leader").
GENERIC_ROLES = frozenset("leader official chief head figure politician executive".split())

#: Honorifics and ranks that stand before a name. Multi-word ranks are written out in full.
TITLES = (
    frozenset(
        """
    mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady rev rev. reverend
    father sister brother sheikh sheik rabbi imam cardinal bishop archbishop pope general gen.
    gen lieutenant lt. lt colonel col. col major maj. captain capt. commander cmdr. admiral adm.
    sergeant sgt. corporal cpl. private marshal brigadier president senator sen. representative
    rep. governor gov. mayor judge justice ambassador minister secretary chancellor king queen
    prince princess emir sheriff del. pres.
    """.split()
    )
    | _MULTIWORD_RANKS
    | _OFFICES_GENERAL
)

#: Abbreviated offices before a name and the role noun each stands for, so that "the
#: governor" re-mentions "Gov. Ana Diaz" (AP style abbreviates these before a full name).
TITLE_ABBREVIATIONS = MappingProxyType(
    {
        "gov.": "governor",
        "gov": "governor",
        "sen.": "senator",
        "sen": "senator",
        "rep.": "representative",
        "rep": "representative",
        "lt. gov.": "governor",
        "atty.": "attorney",
        "supt.": "superintendent",
        "insp.": "inspector",
        "det.": "detective",
        "prof.": "professor",
        "del.": "delegate",
        "pres.": "president",
    }
)

#: Plural offices written before two or more coordinated names, each name's office ("Sens.
#: Ana Diaz and Li Wei", "Senators A, B and C"), with the role noun each stands for. The
#: tokenizer may split the abbreviation's full stop off ("Sens" "."), so the keys have none.
PLURAL_TITLES = MappingProxyType(
    {
        "sens": "senator",
        "senators": "senator",
        "reps": "representative",
        "representatives": "representative",
        "govs": "governor",
        "governors": "governor",
        "mayors": "mayor",
        "ministers": "minister",
        "secretaries": "secretary",
        "ambassadors": "ambassador",
        "judges": "judge",
        "justices": "justice",
        "councillors": "councillor",
        "councilors": "councilor",
        "commissioners": "commissioner",
        "presidents": "president",
    }
)

#: Titles that are honorifics or ranks rather than offices (kept as ``title``, not ``role``).
HONORIFICS_AND_RANKS = (
    frozenset(
        """
    mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady rev rev. reverend sheikh
    sheik general gen. lieutenant lt. colonel col. major maj. captain capt. commander admiral
    adm. sergeant sgt. corporal marshal brigadier professor
    """.split()
    )
    | _MULTIWORD_RANKS
)

#: Head nouns of roles (offices, jobs, capacities). A role is the head with its modifiers.
ROLE_NOUNS = frozenset(
    """
    spokesman councillor councilor councilman councilwoman alderman chairperson mp hydrologist
    committeeman committeewoman
    engineer pilot spokeswoman spokesperson representative official minister secretary president
    vice-president chairman chairwoman chair chief director head leader commander adviser
    mla mpp mha msp mep advisor analyst expert researcher scholar professor economist strategist
    undersecretary consultant lawyer
    attorney prosecutor judge justice senator congressman congresswoman lawmaker legislator
    governor mayor sheriff ambassador envoy diplomat negotiator candidate nominee chancellor
    premier ceo
    founder executive manager officer general admiral colonel captain sergeant lieutenant
    marshal editor reporter correspondent journalist columnist author writer activist campaigner
    organizer organiser member deputy aide assistant staffer counsel surrogate strategist
    pollster economist scientist doctor physician nurse teacher student worker resident witness
    owner partner president-elect speaker whip delegate commissioner inspector administrator
    coordinator fellow lecturer historian sociologist politician king queen prince emir monarch
    cleric pastor priest rabbi imam bishop employee intern agent
    treasurer trustee superintendent dean provost rector registrar comptroller warden coroner
    selectman selectwoman consul deacon magistrate assemblyman assemblywoman supervisor
    """.split()
)

#: Occupations read as a speaker's role ("goalkeeper Tom Kessler", "the coach"). Unlike
#: :data:`ROLE_NOUNS` they say nothing of what sort of speaker a phrase names, so they never
#: make an unknown speaker a person or decide who is meant: they only give the role's words.
OCCUPATION_NOUNS = frozenset(
    """
    goalkeeper goalie coach striker forward defender defenseman midfielder quarterback pitcher
    catcher shortstop outfielder linebacker guard winger referee umpire trainer
    skipper jockey driver rider player athlete runner swimmer architect designer developer
    contractor builder plumber electrician carpenter farmer rancher fisherman baker chef butcher
    grocer shopkeeper retailer landlord tenant banker broker trader investor accountant actuary
    auditor entrepreneur businessman businesswoman artist painter sculptor musician singer actor
    actress producer filmmaker photographer novelist poet playwright curator librarian archivist
    philosopher psychologist psychiatrist therapist surgeon dentist pharmacist paramedic
    firefighter midwife veterinarian epidemiologist virologist biologist chemist physicist
    geologist geophysicist seismologist volcanologist oceanographer climatologist meteorologist
    astronomer mathematician statistician demographer
    linguist anthropologist archaeologist programmer technician mechanic narrator moderator host
    anchor presenter commentator blogger speechwriter operative volunteer caregiver nanny
    janitor clerk cashier waiter waitress bartender courier trucker miner logger steelworker
    neurosurgeon mogul tycoon magnate contender front-runner frontrunner
    frontman frontwoman vocalist guitarist drummer bassist keyboardist rapper songwriter
    carrier postman theorist donor megadonor bundler philanthropist
    hacker whistleblower leaker vlogger influencer podcaster lobbyist pundit billionaire
    millionaire icon investigator advocate hopeful superdelegate boss challenger comedian
    star runner-up titan pontiff publisher counselor graduate collaborator retiree ally
    astronaut commenter schoolteacher organist pitchman sponsor professional
    evangelist preacher theologian chaplain missionary monk nun biographer essayist
    screenwriter lyricist composer pianist violinist cellist dancer cartoonist illustrator
    animator broadcaster forecaster boxer wrestler golfer skier sailor soldier trooper
    detective paralegal pediatrician immunologist inventor welder mediator rival
    """.split()
)

#: Capacities of two words whose noun alone names none ("the first lady", "his running
#: mate"): read as an occupation, written as the last word's lemma after the word before it.
COMPOUND_OCCUPATIONS = frozenset({"first lady", "first gentleman", "running mate"})

#: Capacities held privately, for which a place or nationality says only where the holder
#: lives or comes from ("a Denver resident", "a Canadian tourist"), never whom they speak for.
PRIVATE_CAPACITIES = frozenset(
    """
    resident native voter tourist visitor traveler traveller commuter shopper homeowner
    citizen local immigrant migrant refugee retiree fan parent mother father grandmother
    grandfather neighbor neighbour businessman businesswoman man woman user customer
    subscriber follower viewer reader listener supporter hacker suspect defendant victim
    witness survivor passenger
    """.split()
)

#: Capacities held against another: a body named before or after them is the other side,
#: not the holder's ("Harbor Bank rival John Kopp", "a challenger to the Acme board"). A
#: party label still gives the holder's party ("her Green rival Tom Hale").
OPPOSING_ROLES = frozenset("rival opponent competitor adversary challenger".split())

#: Modifiers of a description of whoever will hold a role ("the next president"): no
#: person the article names.
PROSPECTIVE_MODIFIERS = frozenset("next future eventual".split())

#: Generational suffixes that end a name ("T. Warren Ostrander Jr."), casefolded without
#: full stops: the surname is the word before them.
NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())

#: Participles that join a place to a description by where the holder is based or from
#: ("a Denver-based consultant", "a Texas-born lawyer"): the place is no affiliation.
LOCATION_PARTICIPLES = frozenset("based headquartered born raised bred".split())

#: Professions practised in a place rather than for it: a city or state named before them
#: says where the holder works ("a Miami lawyer", "a Hollywood columnist"), not whom they
#: speak for, so it is no affiliation; a body still is ("a Goldman Sachs economist"), and
#: so is a nationality word ("a Chilean economist"). Before an office or a position in a
#: team or firm a place is the jurisdiction or the team ("Vermont senator", "Boston coach").
PLACE_PROFESSIONS = frozenset(
    """
    lawyer columnist writer author journalist reporter correspondent blogger commentator
    pundit critic economist analyst strategist consultant pollster lobbyist activist advocate
    organizer doctor physician surgeon psychiatrist psychologist nurse dentist pharmacist
    teacher historian scientist researcher architect artist photographer filmmaker
    businessman businesswoman entrepreneur developer investor banker realtor broker
    accountant chef farmer rancher contractor plumber electrician mechanic pastor preacher
    rabbi imam priest barrister solicitor tycoon mogul magnate
    """.split()
)

#: Party names written as adjectives or plurals before a role ("Green MLA", "the
#: Liberals' house leader"): capitalised, the word is the party the holder belongs to.
PARTY_LABELS = frozenset(
    """
    green greens liberal liberals conservative conservatives labour labor tory tories ndp
    democrat democrats democratic republican republicans gop libertarian libertarians
    socialist socialists reform snp plaid likud
    """.split()
)

#: Party labels that also name a political leaning ("conservative economist"): at a
#: sentence's start the capital does not tell the party from the leaning.
LEANING_LABELS = frozenset(
    "conservative conservatives liberal liberals libertarian libertarians socialist "
    "socialists".split()
)

#: Acronyms of a field of work, not of a body ("an IT professional", "HR manager", "a TV
#: host"): before an occupation they say what the holder works in, never whom for.
FIELD_ACRONYMS = frozenset("it hr pr tv".split())

#: Common nouns that take up the organisation the article just named ("an adviser to the
#: group" after "Harbor Watch"): a body of any name, unlike an institution's noun, which
#: takes up one whose name holds it ("the museum" after "the Norton Museum").
BODY_ANAPHORS = frozenset(
    """
    group organization organisation company firm agency bureau coalition association
    foundation charity nonprofit institute union
    """.split()
)

#: Words for a race or an ethnicity ("a Black lawmaker", "a Hispanic activist"): who
#: someone is, not a body they speak for, so never an affiliation (a nationality word, by
#: contrast, gives its country). "Afro" opens a heritage ("Afro-Cuban"), read as one.
ETHNIC_LABELS = frozenset(
    """
    black white hispanic hispanics latino latina latinos latinas latinx asian asians
    african-american african-americans caucasian indigenous native christian christians
    evangelical evangelicals muslim muslims afro
    """.split()
)

#: Prefixes that open a hyphenated word and are no word of their own ("Anti-tax",
#: "Pro-Life", "Ex-Marine"), or open an honour ("All-Star", "All-Pro"): capitalised in a
#: heading, at a sentence's start or in the honour, they are still no name, so never an
#: affiliation.
WORD_PREFIXES = frozenset("anti pro non ex pre post neo counter self semi multi co all".split())

#: Short forms of international bodies -> their full names, used as an affiliation only
#: where the article spells the full name out too (the article's own words): "U.N.
#: Ambassador X" in an article that speaks of the United Nations.
BODY_ABBREVIATIONS = MappingProxyType(
    {
        "u.n.": "United Nations",
        "un": "United Nations",
        "eu": "European Union",
        "e.u.": "European Union",
        "nato": "North Atlantic Treaty Organization",
        "imf": "International Monetary Fund",
    }
)

#: The party each party label names, where several labels name one ("GOP" and
#: "Republicans", "Tories" and "Conservative"): two labels of one party never tell two
#: people apart. A label not listed names a party of its own.
PARTY_NAMES = MappingProxyType(
    {
        "democrat": "democratic",
        "democrats": "democratic",
        "republicans": "republican",
        "gop": "republican",
        "greens": "green",
        "liberals": "liberal",
        "conservatives": "conservative",
        "tory": "conservative",
        "tories": "conservative",
        "labor": "labour",
        "libertarians": "libertarian",
        "socialists": "socialist",
    }
)

#: Heads of institutions and workplaces an article names in full and then by the head alone
#: ("the Norton Museum" ... "director of the museum"), or names before a lower-case head ("a
#: cook at the Blue Heron restaurant").
INSTITUTION_NOUNS = frozenset(
    """
    museum gallery library hospital clinic university college school institute church
    cathedral mosque synagogue temple zoo theatre theater orchestra company firm bank
    foundation charity association society council agency department ministry union
    club team center centre restaurant diner cafe café bakery hotel store shop pharmacy
    drugstore supermarket factory plant mill refinery warehouse farm mine brewery winery
    """.split()
)

#: Qualifiers of a rank or office ("Vice President", "Deputy Commissioner", "Chief
#: Executive"): part of a role, never an organisation on their own.
ROLE_QUALIFIERS = frozenset(
    """
    vice deputy chief prime general executive senior acting assistant associate former
    interim national managing principal shadow lieutenant lt.
    """.split()
)

#: Qualifiers that make an office another, lower one ("vice president" is not the
#: president, "deputy director" not the director): a description with one does not take
#: up the holder of the office without it, nor the other way round.
SUBORDINATE_QUALIFIERS = frozenset("vice deputy assistant associate lieutenant lt. under".split())

#: Heads of unnamed sources: "a US official", "sources familiar with ...".
UNNAMED_HEADS = frozenset(
    """
    official officials source sources diplomat diplomats aide aides insider insiders person
    people someone observers analysts experts critics officer officers
    """.split()
)

#: Heads of groups that speak as one: "protesters", "Democrats".
GROUP_HEADS = frozenset(
    """
    nurses teachers doctors farmers miners pilots drivers employees staff villagers protesters
    protestors demonstrators residents voters supporters opponents activists workers members
    leaders lawmakers legislators senators republicans democrats conservatives liberals
    scientists researchers doctors economists students parents families citizens israelis
    palestinians americans iranians
    """.split()
)

#: Words that mark a news outlet: "the Israeli paper", "the Axios website".
MEDIA_WORDS = frozenset(
    """
    newspaper paper daily weekly website site outlet broadcaster network channel agency magazine
    journal tabloid radio television tv newswire wire station publication post times news herald
    tribune telegraph guardian gazette journal chronicle press reuters ap afp bloomberg axios
    cnn bbc nbc abc cbs fox msnbc politico xinhua tass
    """.split()
)

#: Words that mark a government body: "the ministry", "the White House".
GOVERNMENT_WORDS = frozenset(
    """
    government ministry department administration cabinet parliament congress senate pentagon
    kremlin white house office embassy council commission army navy military police fleet
    command forces agency authority authorities court state
    """.split()
)

#: Every form of the personal pronouns: form -> (person, number, gender, case). Gender is
#: None when any. "her" is listed by its object use (it is also the possessive).
PERSONAL_PRONOUNS = MappingProxyType(
    {
        "i": (1, "singular", None, "subject"),
        "me": (1, "singular", None, "object"),
        "my": (1, "singular", None, "possessive"),
        "we": (1, "plural", None, "subject"),
        "us": (1, "plural", None, "object"),
        "our": (1, "plural", None, "possessive"),
        "you": (2, "singular", None, "subject"),
        "he": (3, "singular", "male", "subject"),
        "him": (3, "singular", "male", "object"),
        "his": (3, "singular", "male", "possessive"),
        "she": (3, "singular", "female", "subject"),
        "her": (3, "singular", "female", "object"),
        "hers": (3, "singular", "female", "possessive"),
        "it": (3, "singular", "neuter", "subject"),
        "its": (3, "singular", "neuter", "possessive"),
        "they": (3, "plural", None, "subject"),
        "them": (3, "plural", None, "object"),
        "their": (3, "plural", None, "possessive"),
    }
)

#: The "us" of "let's": with the first- and second-person pronouns, the writer's own voice.
LET_US_CLITICS = frozenset({"'s", "\u2019s"})

#: Pronouns a speaker may be named by, with (number, gender), read as pronouns whatever the
#: tagger says: the personal pronouns of :data:`PERSONAL_PRONOUNS` but "me", "us" and "hers"
#: (which this list never held: "US" is also the country, "ME" the state), and "who".
PRONOUNS = MappingProxyType(
    {
        form: (number, gender)
        for form, (_, number, gender, _) in PERSONAL_PRONOUNS.items()
        if form not in {"me", "us", "hers"}
    }
    | {"who": ("singular", None)}
)

#: Relative pronouns that open a clause about a speaker ("the minister, who said ...").
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})

#: The relative pronouns that stand for people only ("who"), never for a thing.
PERSONAL_RELATIVES = frozenset({"who", "whom"})

#: Honorifics that tell a person's gender ("Mrs. Clinton" is a "she").
HONORIFIC_GENDERS = MappingProxyType(
    dict.fromkeys("mr mr. sir lord".split(), "male")
    | dict.fromkeys("mrs mrs. ms ms. miss dame lady".split(), "female")
)

#: Nouns for a person that tell a gender, said of an entity in apposition, as a role or
#: before a name ("a spokeswoman, Ana Ruiz", "his mother, Rosa"). Words used for either
#: gender ("chair", "actor", "host") are left out.
GENDERED_NOUNS = MappingProxyType(
    dict.fromkeys(
        """spokesman chairman congressman councilman assemblyman businessman alderman
        anchorman father son husband brother grandfather grandson uncle nephew widower
        boyfriend king prince duke""".split(),
        "male",
    )
    | dict.fromkeys(
        """spokeswoman chairwoman congresswoman councilwoman assemblywoman businesswoman
        anchorwoman mother daughter wife sister grandmother granddaughter aunt niece widow
        girlfriend queen princess duchess actress""".split(),
        "female",
    )
)

#: Determiners of a definite description that may refer back ("the minister").
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})

#: Determiners of an indefinite description, which introduces someone ("a minister").
INDEFINITE_DETERMINERS = frozenset(
    "a an one another some several two three many few numerous various multiple".split()
)

#: Nouns of a number or a body of people before "of" ("a group of doctors", "dozens of
#: nurses"): the phrase names its people inside the "of" phrase, and their capacity is its
#: role ("a friend of the senator" names someone else there, and is no such noun).
PARTITIVE_NOUNS = frozenset(
    "group number handful couple dozen score hundred thousand majority minority panel "
    "team pair trio".split()
)

#: The articles, which identify no one ("the minister" and "minister" name the same person).
ARTICLES = frozenset({"the", "a", "an"})

#: Articles left out of a name or an affiliation ("the Pentagon" is "Pentagon").
NAME_ARTICLES = frozenset({"the"})

#: Endings of a possessive ("Israel's"), cut off a name.
POSSESSIVE_ENDINGS = frozenset({"'s", "\u2019s"})

#: A contracted "has" the parser may read as a passive "is" ("he's said the same thing").
CONTRACTED_HAS = frozenset({"'s", "\u2019s"})

#: Lemmas of the participles that give a described person's name ("a nurse named Ana
#: Diaz", "an engineer called Tom Hale"): the description is that person's.
NAMING_VERBS = frozenset({"name", "call"})

#: Prepositions of a genitive phrase: "Secretary of Defense" (a role), "the president of
#: Iran" (an affiliation).
GENITIVE_PREPOSITIONS = frozenset({"of"})

#: Prepositions after a role that name whom its holder speaks for ("a researcher at X").
AFFILIATION_PREPOSITIONS = frozenset({"at", "for", "with", "from"})

#: Prepositions that name the body a role is held in when their object is a body ("an
#: official in the Ruiz administration", "a lawyer in the Justice Department"; not "a
#: lawyer in Chicago", a place).
MEMBERSHIP_PREPOSITIONS = frozenset({"in", "within"})

#: Prepositions that, after a name with no role, give where someone comes from or lives
#: unless their object is an organisation ("Ana Ruiz of Oakland", "a voter from Ohio"; but
#: "Ana Ruiz of Harbor Trust").
ORIGIN_PREPOSITIONS = frozenset({"from", "of"})

#: Nouns of a capacity held in someone's service, whose "to" phrase names whom the holder
#: works for ("a senior adviser to the Harbor Trust", "an aide to the campaign"); after other
#: roles "to" names where one is sent ("ambassador to Chile") or what one joins.
SERVICE_NOUNS = frozenset(
    """
    adviser advisor aide counsel counselor counsellor consultant assistant spokesman
    spokeswoman spokesperson
    """.split()
)

#: The preposition after :data:`SERVICE_NOUNS` that names whom the holder works for.
SERVICE_PREPOSITIONS = frozenset({"to"})

#: Nouns for a quoted message, whose source ("a statement by X", "that quote from X", "X's
#: remarks") is the speaker of the quote they introduce with a colon or re-mention right after.
#: Matched as written or by lemma; "words" only in the plural ("faith in X's word" is trust).
MESSAGE_NOUNS = frozenset(
    "statement remark comment words quote quotation tweet post message line testimony".split()
)

#: Gatherings at which someone speaks: a participle cue on one ("at a news conference
#: announcing that ...") reports the speech of whoever holds or addresses it.
GATHERING_NOUNS = frozenset(
    "conference briefing meeting rally speech interview hearing address event".split()
)

#: Honours and contests a person won ("Nobel Peace Prize winner", "a Pulitzer Prize-winning
#: reporter", "winner of the Davis Cup"): the name they hold is no body the person speaks for.
AWARD_NOUNS = frozenset({"prize", "award", "medal", "trophy", "cup", "championship"})

#: Bodies an article names by the person who leads them ("the Ruiz campaign", "the Ruiz
#: administration"): with a person's name as their modifier they are an affiliation, while
#: the person alone never is.
LEADER_BODIES = frozenset("campaign administration government cabinet camp".split())

#: Subjects that distribute a predicate over the people of another subject: "Diaz and Ng
#: vied for the post, each saying ...", "with Diaz and Ng all calling for ...".
DISTRIBUTIVES = frozenset({"each", "both", "all"})

#: Prepositions that open an absolute clause, a noun phrase and its participle: "The bill
#: stalled, with Diaz and Ng both calling for a vote" (Diaz and Ng call for it).
ABSOLUTE_PREPOSITIONS = frozenset({"with"})

#: Relative pronouns that are as often demonstratives ("that said ..."): no relative clause
#: is read from them as subjects.
DEMONSTRATIVE_RELATIVES = frozenset({"that"})

#: Prepositions of a role's topic ("an expert on X", "has written about X"): a name after
#: them is what the holder speaks about, not part of the role nor whom they speak for.
TOPIC_PREPOSITIONS = frozenset({"on", "about"})

#: Copulas: "Smith is a lawyer who said ...", where the subject is the speaker.
COPULAS = frozenset({"be"})

#: Verbs that state a capacity through a preposition: "Ana Diaz, who served as ambassador
#: to Chile", "Ana Diaz works as a nurse at X", "retired as a letter carrier".
CAPACITY_VERBS = frozenset({"serve", "work", "act", "play", "retire"})

#: Verbs that state a party membership through a preposition: "Ana Diaz, who is registered
#: as a Green", "he identifies as a Republican". Only a party is read after them as a
#: membership ("identifies as a mother" states no capacity).
MEMBERSHIP_VERBS = frozenset({"register", "identify", "enroll", "enrol"})

#: Endings of nouns that name a person by what they do ("organizer", "columnist",
#: "historian", "veteran", "correspondent", "advocate", "trustee", "representative"). A noun in
#: apposition to a name that the lexicon does not list is read as a capacity only with one
#: of these endings and none of AGENTLESS_ENDINGS: "close loopholes Donald Trump used" or
#: "the federation endorse Ana Diaz" are misparses, not descriptions of the person.
AGENT_NOUN_ENDINGS = frozenset("er or ist an ant ent ate eer ee ive man woman person ess".split())

#: Endings that make a word in AGENT_NOUN_ENDINGS name a thing or an act ("statement",
#: "government", "achievement", "estate").
AGENTLESS_ENDINGS = frozenset("ment state".split())

#: Words for a person as such, which name no capacity ("a 40-year-old man", "a young
#: woman"), though they end as agent nouns do.
PERSON_NOUNS = frozenset("man woman person guy boy girl lady gentleman".split())

#: Kinship and personal relations: who someone is to another person ("his wife Ana
#: Diaz"), never the capacity in which they speak.
RELATION_NOUNS = frozenset(
    """
    wife husband spouse mother father son daughter brother sister grandmother
    grandfather grandson granddaughter aunt uncle niece nephew cousin widow widower
    girlfriend boyfriend fiancee fiance friend colleague
    """.split()
)

#: Prepositions of a posting's place, cut off a role's end ("military adviser in Iraq").
PLACE_PREPOSITIONS = frozenset({"in"})

#: Verbs whose object is the body their subject leads, founded or represents: "Luis Rubio,
#: who heads the Center for Development", "Ana Diaz runs the Harbor Trust", "Tom Hale, who
#: represents Nevada" (a legislator's state; a client who is a person is no body).
LEADING_VERBS = frozenset(
    {"head", "lead", "run", "chair", "direct", "found", "co-found", "represent"}
)

#: Objects that name leading a body named after them ("took the helm at the Harbor Trust",
#: "assumed the reins of the agency"): the subject leads the body, as with LEADING_VERBS.
LEADING_OBJECTS = frozenset({"helm", "reins"})

#: Verbs whose infinitive says what post their subject took up ("came to lead the agency",
#: "was picked to run X", "went on to serve as"): unlike "wants to be" or "hopes to lead",
#: the infinitive states a capacity.
ACCESSION_VERBS = frozenset("come go rise return pick choose name appoint elect tap hire".split())

#: Verbs that give a post: to their passive subject, named right after them as an object
#: predicate ("was elected mayor of X", "was named chief executive"), or in the active to
#: their object, never their subject ("the council appointed Diaz as treasurer"; in "Diaz
#: named Hale chief of staff" the post is Hale's).
APPOINTING_VERBS = frozenset(
    "elect re-elect reelect appoint name nominate pick choose tap select hire install".split()
)

#: Prepositions of time whose gerund shares the subject of the clause ("since taking the
#: helm at X, she has ...", "before serving as mayor"); after a role, they say when it was
#: held, no part of it ("the mayor since 2014").
TIME_PREPOSITIONS = frozenset("since after before while until upon during".split())

#: Nouns of a point or stretch of time: a phrase after a role whose object is one says
#: when the role was held ("an attorney by the time ...", "the mayor at the time").
TIME_NOUNS = frozenset("time moment age era period".split())

#: Nouns of a stretch in office: an "as" phrase on one, in a clause whose subject is the
#: person, says in what capacity they served ("won a second term as mayor", "spent a
#: decade as its chief executive", "is in her third year as coach", "defended her record as
#: mayor", "from his time as a reporter").
TENURE_NOUNS = frozenset("term tenure stint career spell year decade time record".split())

#: Subordinators whose clause the sentence takes as true: a capacity stated there is the
#: person's ("although she is a registered Green", "when he won a second term as mayor");
#: not "if" or "unless" (a condition), "until" or "once" (a time that may not come).
FACTIVE_SUBORDINATORS = frozenset(
    "although though because since as while whereas when after before".split()
)

#: Verbs of using something: their object is the means, and their subject does what the
#: infinitive after it says ("used the occasion to warn ...", "took the stage to say ...").
MEANS_VERBS = frozenset({"use", "take", "seize", "employ", "exploit", "spend"})

#: Verbs of working for a body, named after EMPLOYER_PREPOSITIONS ("Ana Diaz, who works
#: for the Harbor Trust", "Writing for the Times, Diaz noted ...", "who plays for the
#: Rangers"): the body is whom the subject speaks for.
EMPLOYMENT_VERBS = frozenset({"work", "write", "report", "play"})

#: The preposition that names the body after EMPLOYMENT_VERBS ("for").
EMPLOYER_PREPOSITIONS = frozenset({"for"})

#: Verbs of working or studying at a place of work, named after WORKPLACE_PREPOSITIONS
#: ("Ana Diaz, who teaches at Harbor College", "who studies tax policy at the Harbor
#: Institute"): read in the present tense, and in the past for EMPLOYMENT_VERBS ("who
#: worked at X", a former employer, as "a former official of X"; "who studied at X" is an
#: alumna).
WORKPLACE_VERBS = frozenset({"work", "teach", "study", "research", "lecture"})

#: The preposition that names the place of work after WORKPLACE_VERBS ("at").
WORKPLACE_PREPOSITIONS = frozenset({"at"})

#: Nouns for a party's choice of candidate or the contest for it ("the Green nomination",
#: "the Green primary", "the Green race"): a person who seeks, leads or wins it runs as that
#: party's candidate.
NOMINATION_NOUNS = frozenset("nomination primary primaries caucus caucuses race contest".split())

#: Prepositions after a noun of the subject's that lead to the nomination it is in or on
#: the way to ("her path to the Green nomination", "his lead in the Green race"); "for" is
#: in CANDIDACY_PREPOSITIONS.
CANDIDACY_NOUN_PREPOSITIONS = frozenset("to toward towards in".split())

#: Nouns of someone seeking an office, whose "for" phrase names the office sought as part of
#: the role ("candidate for governor", "nominee for Senate"), not a body spoken for.
CANDIDATE_NOUNS = frozenset("candidate nominee hopeful contender".split())

#: Contests a nomination is fought in, read through to it ("his lead in the race for the
#: Green nomination").
RACE_NOUNS = frozenset("race contest".split())

#: Verbs of seeking, winning or losing a nomination ("won the Green nomination", "her chance
#: of winning the Green nomination"). Not verbs that only talk about one ("criticized the
#: Green nomination").
CANDIDACY_VERBS = frozenset(
    "seek win clinch secure accept capture earn lose pursue claim lock gain".split()
)

#: The preposition before a nomination sought ("ran for the Green nomination", "her bid
#: for the Green nomination").
CANDIDACY_PREPOSITIONS = frozenset({"for"})

#: Adjectives that make a party's members the subject's fellows ("her fellow Greens",
#: "criticized fellow Greens"): the subject is one of them.
FELLOW_WORDS = frozenset({"fellow"})

#: Adjectives that make the plural role noun coordinated after a person's name the kind that
#: person is one of ("Ana Diaz and other Green candidates": Diaz is a Green candidate).
OTHER_WORDS = frozenset({"other"})

#: Prepositions that introduce named members of a plural role noun ("candidates such as Ana
#: Diaz", "candidates, including Ana Diaz", "candidates like Ana Diaz"); "such as" is
#: written with its space.
EXAMPLE_PREPOSITIONS = frozenset({"including", "like", "such as"})

#: The preposition that names the capacity after :data:`CAPACITY_VERBS` ("as").
CAPACITY_PREPOSITIONS = frozenset({"as"})

#: Objects of :data:`CAPACITY_VERBS` whose "of" phrase names the capacity ("acted the part
#: of the front-runner", "plays the role of mediator").
CAPACITY_OBJECTS = frozenset({"part", "role"})

#: Cues whose passive subject is the speaker ("he was quoted as saying", "was heard saying").
PASSIVE_SPEAKER_CUES = frozenset({"quote", "cite", "hear", "overhear"})

#: Saying verbs the parser may coordinate into the clause they report ("said the plan was
#: dead and vowed to veto it"): their subject is the reporter's.
COORDINATED_CUES = frozenset(
    """
    vow add say insist warn promise pledge argue claim tell note predict acknowledge admit
    stress emphasize emphasise explain suggest contend maintain recall complain
    """.split()
)

#: Nationality adjectives, demonyms and short forms mapped to the country they stand for.
# fmt: off
DEMONYMS = MappingProxyType(
    {
        "us": "United States", "u.s.": "United States", "u.s": "United States",
        "american": "United States", "americans": "United States", "usa": "United States",
        "united states": "United States", "america": "United States",
        "uk": "United Kingdom", "u.k.": "United Kingdom", "british": "United Kingdom",
        "britain": "United Kingdom", "english": "United Kingdom",
        "israeli": "Israel", "israelis": "Israel", "iranian": "Iran", "iranians": "Iran",
        "russian": "Russia", "russians": "Russia", "chinese": "China", "ukrainian": "Ukraine",
        "french": "France", "german": "Germany", "italian": "Italy", "spanish": "Spain",
        "japanese": "Japan", "korean": "Korea", "south korean": "South Korea",
        "north korean": "North Korea", "indian": "India", "pakistani": "Pakistan",
        "afghan": "Afghanistan", "iraqi": "Iraq", "syrian": "Syria", "lebanese": "Lebanon",
        "jordanian": "Jordan", "egyptian": "Egypt", "saudi": "Saudi Arabia",
        "emirati": "United Arab Emirates", "qatari": "Qatar", "turkish": "Turkey",
        "palestinian": "Palestine", "yemeni": "Yemen", "omani": "Oman", "kuwaiti": "Kuwait",
        "canadian": "Canada", "mexican": "Mexico", "brazilian": "Brazil",
        "argentine": "Argentina", "australian": "Australia", "dutch": "Netherlands",
        "belgian": "Belgium", "swiss": "Switzerland", "swedish": "Sweden",
        "norwegian": "Norway", "danish": "Denmark", "finnish": "Finland", "polish": "Poland",
        "greek": "Greece", "irish": "Ireland", "scottish": "United Kingdom",
        "nigerian": "Nigeria", "kenyan": "Kenya", "south african": "South Africa",
        "ethiopian": "Ethiopia", "venezuelan": "Venezuela", "colombian": "Colombia",
        "cuban": "Cuba", "vietnamese": "Vietnam", "thai": "Thailand", "indonesian": "Indonesia",
        "filipino": "Philippines", "european": "European Union",
        "chilean": "Chile", "peruvian": "Peru", "bolivian": "Bolivia", "ecuadorian": "Ecuador",
        "austrian": "Austria", "hungarian": "Hungary", "czech": "Czech Republic",
        "romanian": "Romania", "bulgarian": "Bulgaria", "serbian": "Serbia",
        "croatian": "Croatia", "portuguese": "Portugal", "moroccan": "Morocco",
        "algerian": "Algeria", "tunisian": "Tunisia", "libyan": "Libya", "sudanese": "Sudan",
        "somali": "Somalia", "ghanaian": "Ghana", "senegalese": "Senegal",
        "ugandan": "Uganda", "tanzanian": "Tanzania", "rwandan": "Rwanda",
        "congolese": "Congo", "zimbabwean": "Zimbabwe", "malaysian": "Malaysia",
        "singaporean": "Singapore", "taiwanese": "Taiwan", "bangladeshi": "Bangladesh",
        "sri lankan": "Sri Lanka", "nepalese": "Nepal", "kazakh": "Kazakhstan",
        "uzbek": "Uzbekistan", "georgian": "Georgia", "armenian": "Armenia",
        "azerbaijani": "Azerbaijan", "belarusian": "Belarus", "lithuanian": "Lithuania",
        "latvian": "Latvia", "estonian": "Estonia", "icelandic": "Iceland",
        "welsh": "United Kingdom", "bahraini": "Bahrain", "new zealand": "New Zealand",
    }
)
# fmt: on

#: Portfolio words that belong to a role, not an affiliation: "Defense Minister",
#: "Foreign Secretary", "Secretary of State".
ROLE_DOMAINS = frozenset(
    """
    defense defence foreign interior home finance treasury justice health education trade
    economy economic energy environment agriculture transport transportation labor labour
    security intelligence communications culture tourism housing commerce state war navy
    information immigration veterans prime deputy vice chief general national
    """.split()
)

#: Offices that take a portfolio word into the role ("Defense Minister", "Treasury
#: Secretary"); before other roles the same word is the affiliation ("Treasury spokeswoman").
PORTFOLIO_OFFICES = frozenset(
    """
    minister secretary adviser advisor chief commissioner undersecretary czar tsar director
    officer ambassador envoy attorney general
    """.split()
)

#: Head nouns of organisations referred to by description ("the company said").
ORGANIZATION_WORDS = frozenset(
    """
    company firm corporation group organization organisation party union association foundation
    institute university college bank fund charity campaign committee league club team coalition
    alliance movement network body board council court hospital inc inc. corp corp. ltd ltd. llc
    plc co co. holdings industries group foods motors airlines airways systems technologies
    technology labs pharmaceuticals partners capital energy entertainment communications
    enterprises ventures logistics solutions services international global shipping insurance
    securities trust school society federation delegation
    """.split()
)

#: Seats of government named for the country they speak for ("the White House said").
INSTITUTION_COUNTRIES = MappingProxyType(
    {
        "white house": "United States",
        "pentagon": "United States",
        "state department": "United States",
        "capitol hill": "United States",
        "kremlin": "Russia",
        "downing street": "United Kingdom",
        "whitehall": "United Kingdom",
        "elysee": "France",
        "élysée": "France",
        "quai d'orsay": "France",
        "knesset": "Israel",
        "bundestag": "Germany",
        "chancellery": "Germany",
        "zhongnanhai": "China",
        "blue house": "South Korea",
        "rashtrapati bhavan": "India",
        "palacio de la moncloa": "Spain",
        "quirinale": "Italy",
        "palazzo chigi": "Italy",
    }
)

#: Party letters US papers write after a legislator's name with the state ("(D-Md.)",
#: "(R-Utah)", "(I-Vt.)"): the affiliation is the party the letter stands for.
PARTY_ABBREVIATIONS = MappingProxyType({"d": "Democratic", "r": "Republican", "i": "Independent"})

#: US states as papers write them in brackets after a legislator's name, lower-cased: AP's
#: abbreviations and the names it does not shorten ("Sen. Ana Diaz (Vt.)", "Rep. Tom Hale
#: (Iowa)") -> the state's name, the affiliation the tag states.
STATE_ABBREVIATIONS = MappingProxyType(
    {
        "ala.": "Alabama",
        "ariz.": "Arizona",
        "ark.": "Arkansas",
        "calif.": "California",
        "colo.": "Colorado",
        "conn.": "Connecticut",
        "del.": "Delaware",
        "fla.": "Florida",
        "ga.": "Georgia",
        "ill.": "Illinois",
        "ind.": "Indiana",
        "kan.": "Kansas",
        "ky.": "Kentucky",
        "la.": "Louisiana",
        "md.": "Maryland",
        "mass.": "Massachusetts",
        "mich.": "Michigan",
        "minn.": "Minnesota",
        "miss.": "Mississippi",
        "mo.": "Missouri",
        "mont.": "Montana",
        "neb.": "Nebraska",
        "nev.": "Nevada",
        "n.h.": "New Hampshire",
        "n.j.": "New Jersey",
        "n.m.": "New Mexico",
        "n.y.": "New York",
        "n.c.": "North Carolina",
        "n.d.": "North Dakota",
        "okla.": "Oklahoma",
        "ore.": "Oregon",
        "pa.": "Pennsylvania",
        "r.i.": "Rhode Island",
        "s.c.": "South Carolina",
        "s.d.": "South Dakota",
        "tenn.": "Tennessee",
        "tex.": "Texas",
        "vt.": "Vermont",
        "va.": "Virginia",
        "wash.": "Washington",
        "w.va.": "West Virginia",
        "wis.": "Wisconsin",
        "wyo.": "Wyoming",
        "d.c.": "District of Columbia",
        "alaska": "Alaska",
        "hawaii": "Hawaii",
        "idaho": "Idaho",
        "iowa": "Iowa",
        "maine": "Maine",
        "ohio": "Ohio",
        "texas": "Texas",
        "utah": "Utah",
    }
)

#: Speakers that name no one: a report inside a quote by one of these is the quoted
#: speaker's own talk ("everyone here calls it ..."), not a third party's statement.
GENERIC_SPEAKERS = frozenset(
    """
    everyone everybody nobody someone somebody anyone anybody people all many most some
    others one none
    """.split()
)
