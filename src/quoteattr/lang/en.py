"""English language data: quote marks, cue words, titles, roles, demonyms.

Everything here is plain data (frozen sets and read-only mappings). The logic reads it
through :class:`quoteattr.lexicon.Lexicon`, which callers can extend.
"""

from __future__ import annotations

from types import MappingProxyType

# --- Quote marks -------------------------------------------------------------------------

#: Marks that only open, mapped to the marks that close them. Marks of one family never nest
#: inside the same family; a mark of another family may nest inside.
OPENING_MARKS = MappingProxyType(
    {
        "\u201c": frozenset({"\u201d"}),  # “ … ”
        "\u201e": frozenset({"\u201c", "\u201d"}),  # „ … “ (German-style) or „ … ”
        "\u2018": frozenset({"\u2019"}),  # ‘ … ’
        "\u00ab": frozenset({"\u00bb"}),  # « … »
        "\u2039": frozenset({"\u203a"}),  # ‹ … ›
        "\u300c": frozenset({"\u300d"}),  # 「 … 」
    }
)

#: Marks that can open or close: straight quotes, read from the characters around them.
AMBIGUOUS_MARKS = frozenset({'"', "'"})

#: The family of every quote mark: quotes of one family pair with each other only.
MARK_FAMILY = MappingProxyType(
    {
        '"': "double",
        "\u201c": "double",
        "\u201d": "double",
        "\u201e": "double",
        "'": "single",
        "\u2018": "single",
        "\u2019": "single",
        "\u00ab": "guillemet",
        "\u00bb": "guillemet",
        "\u2039": "single_guillemet",
        "\u203a": "single_guillemet",
        "\u300c": "corner",
        "\u300d": "corner",
    }
)

#: Marks that are also apostrophes (don't, Israel's, '90s).
APOSTROPHES = frozenset({"'", "\u2019"})

# --- Cue words -----------------------------------------------------------------------------
# Categories follow the stance classes of reporting verbs in Bergler (1992) and the PARC
# attribution corpus (Pareti 2016): neutral saying, assertion, announcement, denial, warning,
# questions and, opt-in, belief. Keys are lemmas.

_NEUTRAL = (
    "say tell add note explain describe reply respond answer comment remark mention recall "
    "continue write tweet post quip joke speak testify recount relate observe point "
    "acknowledge admit concede agree cite quote surmise muse exclaim shout yell scream "
    "whisper murmur mutter retort counter interject chime recite text email blog "
    "lament grumble marvel gush sigh laugh chuckle reflect summarize summarise paraphrase "
    "elaborate read call brand label dub term remind refer"
)
_ASSERTIVE = (
    "confirm clarify state insist assert maintain argue claim contend stress emphasize emphasise "
    "reiterate affirm declare vow pledge promise predict suggest charge allege accuse "
    "complain criticize criticise urge demand estimate conclude indicate signal "
    "underline underscore hint boast concur caution proclaim assure reassure plead "
    "posit opine reason speculate hypothesize hypothesise theorize theorise brag scoff sneer snap fume contest counsel advise "
    "recommend propose forecast project guarantee swear attack condemn denounce decry "
    "praise hail laud tout blast slam lambaste chide rebuke mock ridicule portray "
    "characterize characterise depict exhort implore beseech beg plead order instruct command"
)
_ANNOUNCEMENT = "announce report reveal disclose publish inform brief show find rule"
_DENIAL = "deny reject dismiss dispute refute rebut contradict disavow downplay"
_WARNING = "warn threaten alert"
_QUESTION = "ask wonder question inquire"
_BELIEF = "think believe feel fear hope expect suspect doubt worry consider assume know"

CUE_VERBS = MappingProxyType(
    {
        **{w: "neutral" for w in _NEUTRAL.split()},
        **{w: "assertive" for w in _ASSERTIVE.split()},
        **{w: "announcement" for w in _ANNOUNCEMENT.split()},
        **{w: "denial" for w in _DENIAL.split()},
        **{w: "warning" for w in _WARNING.split()},
        **{w: "question" for w in _QUESTION.split()},
    }
)

#: Belief and cognition verbs: cues only when the caller opts in (``include_belief=True``).
BELIEF_VERBS = MappingProxyType({w: "belief" for w in _BELIEF.split()})

#: Verb + object phrases that report speech: "made (it) clear that", "made the case that".
CUE_LIGHT_VERBS = MappingProxyType(
    {
        "make": frozenset({"clear", "plain", "case", "point"}),
        "put": frozenset({"it"}),
        # "aides were adamant that ...": a stance taken aloud, not the writer's
        "be": frozenset({"adamant", "emphatic", "insistent", "unequivocal"}),
        "express": frozenset(
            {"concern", "concerns", "hope", "confidence", "doubt", "doubts", "fear", "fears",
             "optimism", "skepticism", "scepticism", "frustration", "belief", "view"}
        ),
    }
)

#: Nouns that carry a content clause ("claims that ...", "the statement that ...").
CUE_NOUNS = MappingProxyType(
    {
        **{
            w: "neutral"
            for w in ["statement", "remark", "comment", "word", "words", "message", "testimony",
                      "admission"]
        },
        **{
            w: "assertive"
            for w in ["claim", "suggestion", "assertion", "insistence", "allegation", "accusation", "argument", "assurance", "contention", "promise", "pledge", "vow", "declaration", "proclamation"]
        },
        **{
            w: "announcement"
            for w in ["report", "announcement", "news", "revelation", "disclosure", "finding"]
        },
        **{w: "assertive" for w in ["request", "demand", "plea", "appeal", "call", "recommendation", "proposal"]},
        **{w: "denial" for w in ["denial", "rejection"]},
        **{w: "warning" for w in ["warning", "threat"]},
    }
)

#: Multi-word source markers: cue category ``source``.
SOURCE_MARKERS = MappingProxyType({"according to": "source"})


# --- Speakers ------------------------------------------------------------------------------

#: Honorifics and ranks that stand before a name. Multi-word ranks are written out in full.
TITLES = frozenset(
    ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "professor", "sir", "dame", "lord", "lady", "rev", "rev.", "reverend", "father", "sister", "brother", "sheikh", "sheik", "rabbi", "imam", "cardinal", "bishop", "archbishop", "pope", "general", "gen.", "gen", "lieutenant", "lt.", "lt", "colonel", "col.", "col", "major", "maj.", "captain", "capt.", "commander", "cmdr.", "admiral", "adm.", "sergeant", "sgt.", "corporal", "cpl.", "private", "marshal", "brigadier", "president", "senator", "sen.", "representative", "rep.", "governor", "gov.", "mayor", "judge", "justice", "ambassador", "minister", "secretary", "chancellor", "king", "queen", "prince", "princess", "emir"]
) | frozenset(
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

#: Titles that are honorifics or ranks rather than offices (kept as ``title``, not ``role``).
HONORIFICS_AND_RANKS = frozenset(
    {
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "sir",
        "dame", "lord", "lady", "rev", "rev.", "reverend", "sheikh", "sheik", "general", "gen.",
        "lieutenant", "lt.", "colonel", "col.", "major", "maj.", "captain", "capt.", "commander",
        "admiral", "adm.", "sergeant", "sgt.", "corporal", "marshal", "brigadier",
        "lieutenant colonel", "lieutenant general", "major general", "brigadier general",
        "rear admiral", "vice admiral", "lt. col.", "lt. gen.", "maj. gen.", "brig. gen.",
        "staff sergeant", "first lieutenant", "second lieutenant", "professor",
    }
)

#: Head nouns of roles (offices, jobs, capacities). A role is the head with its modifiers.
ROLE_NOUNS = frozenset(
    ["spokesman", "councillor", "councilor", "councilman", "councilwoman", "alderman", "chairperson", "mp", "hydrologist", "engineer", "pilot", "spokeswoman", "spokesperson", "representative", "official", "minister", "secretary", "president", "vice-president", "chairman", "chairwoman", "chair", "chief", "director", "head", "leader", "commander", "adviser", "advisor", "analyst", "expert", "researcher", "scholar", "professor", "economist", "strategist", "consultant", "lawyer", "attorney", "prosecutor", "judge", "justice", "senator", "congressman", "congresswoman", "lawmaker", "legislator", "governor", "mayor", "ambassador", "envoy", "diplomat", "negotiator", "candidate", "nominee", "chancellor", "premier", "ceo", "founder", "executive", "manager", "officer", "general", "admiral", "colonel", "captain", "sergeant", "lieutenant", "marshal", "editor", "reporter", "correspondent", "journalist", "columnist", "author", "writer", "activist", "campaigner", "organizer", "organiser", "member", "deputy", "aide", "assistant", "staffer", "counsel", "surrogate", "strategist", "pollster", "economist", "scientist", "doctor", "physician", "nurse", "teacher", "student", "worker", "resident", "witness", "owner", "partner", "president-elect", "speaker", "whip", "delegate", "commissioner", "inspector", "administrator", "coordinator", "fellow", "lecturer", "historian", "sociologist", "politician", "king", "queen", "prince", "emir", "monarch", "cleric", "pastor", "priest", "rabbi", "imam", "bishop"]
)

#: Heads of unnamed sources: "a US official", "sources familiar with ...".
UNNAMED_HEADS = frozenset(
    ["official", "officials", "source", "sources", "diplomat", "diplomats", "aide", "aides", "insider", "insiders", "person", "people", "someone", "observers", "analysts", "experts", "critics", "officer", "officers"]
)

#: Heads of groups that speak as one: "protesters", "Democrats".
GROUP_HEADS = frozenset(
    ["nurses", "teachers", "doctors", "farmers", "miners", "pilots", "drivers", "employees", "staff", "villagers", "protesters", "protestors", "demonstrators", "residents", "voters", "supporters", "opponents", "activists", "workers", "members", "leaders", "lawmakers", "legislators", "senators", "republicans", "democrats", "conservatives", "liberals", "scientists", "researchers", "doctors", "economists", "students", "parents", "families", "citizens", "israelis", "palestinians", "americans", "iranians"]
)

#: Words that mark a news outlet: "the Israeli paper", "the Axios website".
MEDIA_WORDS = frozenset(
    ["newspaper", "paper", "daily", "weekly", "website", "site", "outlet", "broadcaster", "network", "channel", "agency", "magazine", "journal", "tabloid", "radio", "television", "tv", "newswire", "wire", "station", "publication", "post", "times", "news", "herald", "tribune", "telegraph", "guardian", "gazette", "journal", "chronicle", "press", "reuters", "ap", "afp", "bloomberg", "axios", "cnn", "bbc", "nbc", "abc", "cbs", "fox", "msnbc", "politico", "xinhua", "tass"]
)

#: Words that mark a government body: "the ministry", "the White House".
GOVERNMENT_WORDS = frozenset(
    ["government", "ministry", "department", "administration", "cabinet", "parliament", "congress", "senate", "pentagon", "kremlin", "white", "house", "office", "embassy", "council", "commission", "army", "navy", "military", "police", "fleet", "command", "forces", "agency", "authority", "authorities", "court", "state"]
)

#: Personal pronouns a speaker may be named by, with (number, gender). Gender is None when any.
PRONOUNS = MappingProxyType(
    {
        "he": ("singular", "male"),
        "him": ("singular", "male"),
        "she": ("singular", "female"),
        "her": ("singular", "female"),
        "it": ("singular", "neuter"),
        "they": ("plural", None),
        "them": ("plural", None),
        "i": ("singular", None),
        "we": ("plural", None),
        "you": ("singular", None),
        "who": ("singular", None),
        "his": ("singular", "male"),
        "its": ("singular", "neuter"),
        "their": ("plural", None),
        "our": ("plural", None),
        "my": ("singular", None),
    }
)

#: Nationality adjectives, demonyms and short forms mapped to the country they stand for.
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
        "filipino": "Philippines", "european": "European Union", "eu": "European Union",
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
        "nato": "NATO", "un": "United Nations", "u.n.": "United Nations",
    }
)

#: Portfolio words that belong to a role, not an affiliation: "Defense Minister",
#: "Foreign Secretary", "Secretary of State".
ROLE_DOMAINS = frozenset(
    ["defense", "defence", "foreign", "interior", "home", "finance", "treasury", "justice", "health", "education", "trade", "economy", "economic", "energy", "environment", "agriculture", "transport", "transportation", "labor", "labour", "security", "intelligence", "communications", "culture", "tourism", "housing", "commerce", "state", "war", "navy", "information", "immigration", "veterans", "prime", "deputy", "vice", "chief", "general", "national"]
)

#: Cue verbs that report a claim only with an explicit "that" clause: "a study found that
#: ...", "polls show that ...", but not "he found the area welcoming".
THAT_ONLY_VERBS = frozenset({"find", "show", "reveal", "indicate", "signal", "suggest", "see"})

#: Polls and surveys: they count what people said, so "the poll showed him ahead" and "a
#: survey showed Trump with a lead" are statements although "show" otherwise needs "that".
POLL_NOUNS = frozenset({"poll", "survey", "canvass"})

#: Offices that take a portfolio word into the role ("Defense Minister", "Treasury
#: Secretary"); before other roles the same word is the affiliation ("Treasury spokeswoman").
PORTFOLIO_OFFICES = frozenset(
    ["minister", "secretary", "adviser", "advisor", "chief", "commissioner", "undersecretary", "czar", "tsar", "director", "officer", "ambassador", "envoy", "attorney", "general"]
)

#: Head nouns of organisations referred to by description ("the company said").
ORGANIZATION_WORDS = frozenset(
    ["company", "firm", "corporation", "group", "organization", "organisation", "party", "union", "association", "foundation", "institute", "university", "college", "bank", "fund", "charity", "campaign", "committee", "league", "club", "team", "coalition", "alliance", "movement", "network", "body", "board", "council", "court", "hospital", "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "llc", "plc", "co", "co.", "holdings", "industries", "group", "foods", "motors", "airlines", "airways", "systems", "technologies", "technology", "labs", "pharmaceuticals", "partners", "capital", "energy", "entertainment", "communications", "enterprises", "ventures", "logistics", "solutions", "services", "international", "global", "shipping", "insurance", "securities", "trust", "school", "society", "federation"]
)

#: Seats of government named for the country they speak for ("the White House said").
INSTITUTION_COUNTRIES = MappingProxyType(
    {
        "white house": "United States", "pentagon": "United States",
        "state department": "United States", "capitol hill": "United States",
        "kremlin": "Russia", "downing street": "United Kingdom", "whitehall": "United Kingdom",
        "elysee": "France", "élysée": "France", "quai d'orsay": "France",
        "knesset": "Israel", "bundestag": "Germany", "chancellery": "Germany",
        "zhongnanhai": "China", "blue house": "South Korea", "rashtrapati bhavan": "India",
        "palacio de la moncloa": "Spain", "quirinale": "Italy", "palazzo chigi": "Italy",
    }
)

#: Cues whose infinitive complement is the statement: commitments ("vowed to veto the
#: bill") and, with an object, demands ("urged Congress to act").
INFINITIVE_CUES = frozenset(
    """
    promise pledge vow threaten swear agree offer refuse urge demand warn tell ask call
    exhort implore beseech beg plead order instruct command shout yell
    """.split()
)

#: Cue nouns whose infinitive is the statement: "his threat to leave the talks", "the
#: governor's request to delay the vote".
INFINITIVE_NOUNS = frozenset(
    "promise pledge vow threat request demand plea appeal call claim".split()
)

#: Cue verbs read in title-case headlines ("Beck Says Trump Poses A Threat"), where the tagger
#: cannot tell them from names: only verbs whose "-s" form is not also a common plural noun
#: ("Rules", "Reports", "Calls" are left out).
HEADLINE_CUES = frozenset(
    "say tell warn deny insist argue admit confirm predict suggest concede declare vow urge".split()
)

#: Cues whose gerund clause is the statement: "admitted using the loophole", "proposed
#: raising the limit" (not "continued", whose gerund is what went on).
GERUND_CUES = frozenset(
    "admit acknowledge confess deny propose suggest recommend advise advocate recall mention urge".split()
)

#: Things that cannot speak, cited as evidence by the writer: "the video shows he was
#: unarmed", "data indicate that ..." are the writer's inference, not anyone's statement.
#: (Authored works, "a study found that", and polls, which count what people said, are
#: statements.)
#: "It shows/indicates/suggests that ..." with a pronoun for a thing is the writer's reading
#: of evidence too; "it said that ..." (an organisation) stays a statement.
EVIDENCE_VERBS = frozenset("show indicate suggest demonstrate prove".split())

#: Events and outcomes: with an evidence verb they are the writer's reading of what
#: happened, not a source ("his popularity shows how ...", "the decision suggests that ...").
EVENT_NOUNS = frozenset(
    """
    popularity decision decisions success successes failure failures rise fall surge
    victory victories defeat defeats win wins loss losses result results outcome outcomes
    performance trend trends growth decline appointment appointments choice choices move
    moves fact facts history experience
    """.split()
)

EVIDENCE_NOUNS = frozenset(
    """
    video videos footage recording recordings tape tapes audio photo photos photograph
    photographs image images picture pictures data figures numbers statistics stats
    evidence transcript transcripts map maps chart
    charts graph graphs record records document documents email emails ledger ledgers
    """.split()
)

#: Cues whose object is the one told, not what was said: "..., sources who reviewed the
#: deals told the paper" reports the clause before it all the same.
HEARER_CUES = frozenset("tell assure reassure inform remind warn brief notify".split())

#: Labels before a colon that introduce no one's words ("Update:", "Photo:").
NON_SPEAKER_LABELS = frozenset(
    """
    update note photo photos video watch source sources correction related read editor
    editors caption credit image images map chart graphic listen disclosure advertisement
    breaking live exclusive analysis opinion comment subscribe share follow
    """.split()
)

#: Naming verbs: "X called the charges unfounded" states that the charges are unfounded;
#: the object and its predicate are the content ("described X as Y" likewise).
NAMING_CUES = frozenset("call brand label dub term describe".split())

#: Cues of praise, blame and portrayal whose "X as Y" is a characterisation the speaker
#: made: "dismissed the report as a smear" states that the report is a smear.
CHARACTERIZING_CUES = frozenset(
    """
    criticize criticise blast slam dismiss denounce decry condemn deride mock ridicule
    lambaste attack praise hail laud tout reject portray characterize characterise depict
    cite refer
    """.split()
)

#: Cues whose "how"/"why"/"what" clause is a statement, not a question ("explained how
#: the scheme worked", "told reporters how surprised he was").
EXPLAINING_CUES = frozenset(
    "explain describe detail outline recount reveal show emphasize emphasise stress tell".split()
)

#: Nouns naming a proposition: a cue whose object is one of these with a "that" clause
#: reports it ("disputed the idea that ...", "denied reports that ...").
PROPOSITION_NOUNS = frozenset(
    """
    idea notion claim claims suggestion report reports allegation allegations charge charges
    assertion view argument contention premise theory possibility rumor rumors rumour
    rumours speculation
    """.split()
)

#: Cue + preposition whose object is the statement: "called for a full repeal".
CUE_PREPOSITIONS = MappingProxyType(
    {"call": frozenset({"for"}), "push": frozenset({"for"}), "press": frozenset({"for"})}
)

#: Speakers that name no one: a report inside a quote by one of these is the quoted
#: speaker's own talk ("everyone here calls it ..."), not a third party's statement.
GENERIC_SPEAKERS = frozenset(
    """
    everyone everybody nobody someone somebody anyone anybody people all many most some
    others one none
    """.split()
)
