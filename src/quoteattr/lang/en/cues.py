"""English cue words: reporting verbs and nouns with their stance category, and the
constructions they take.

Plain data (frozen sets and read-only mappings), read through :class:`quoteattr.lexicon.Lexicon`.
"""

from __future__ import annotations

from types import MappingProxyType

# Categories follow the stance classes of reporting verbs in Bergler (1992) and the PARC
# attribution corpus (Pareti 2016): neutral saying, assertion, announcement, denial, warning,
# questions and, opt-in, belief. Keys are lemmas.
_NEUTRAL = (
    "say tell add note explain describe reply respond answer comment remark mention recall "
    "continue write tweet post quip joke speak testify recount relate observe point "
    "acknowledge admit concede agree cite quote surmise muse exclaim shout yell scream "
    "whisper murmur mutter retort counter interject chime recite text email blog "
    "lament grumble marvel gush sigh laugh chuckle reflect summarize summarise paraphrase "
    "beam boom bellow roar thunder growl snarl hiss bark gasp enthuse "
    "elaborate read call brand label dub term remind refer liken"
)

_ASSERTIVE = (
    "confirm clarify state insist assert maintain argue claim contend stress emphasize emphasise "
    "reiterate affirm declare vow pledge promise predict suggest charge allege "
    "complain criticize criticise urge demand estimate conclude indicate signal "
    "underline underscore hint boast concur caution proclaim assure reassure plead "
    "posit opine reason speculate hypothesize hypothesise theorize theorise brag scoff sneer "
    "snap fume contest counsel advise "
    "recommend propose forecast project guarantee swear attack condemn denounce decry "
    "praise hail laud blast slam lambaste chide rebuke mock ridicule portray "
    "characterize characterise depict exhort implore beseech beg plead order instruct command"
)

_ANNOUNCEMENT = "announce report reveal disclose inform brief show find rule"

_DENIAL = "deny reject dismiss dispute refute rebut contradict disavow downplay"

_WARNING = "warn threaten alert"

_QUESTION = "ask wonder question inquire"

_BELIEF = "think believe feel fear hope expect suspect doubt worry consider assume know"

CUE_VERBS = MappingProxyType(
    {
        **dict.fromkeys(_NEUTRAL.split(), "neutral"),
        **dict.fromkeys(_ASSERTIVE.split(), "assertive"),
        **dict.fromkeys(_ANNOUNCEMENT.split(), "announcement"),
        **dict.fromkeys(_DENIAL.split(), "denial"),
        **dict.fromkeys(_WARNING.split(), "warning"),
        **dict.fromkeys(_QUESTION.split(), "question"),
    }
)

#: Belief and cognition verbs: cues only when the caller opts in (``include_belief=True``).
BELIEF_VERBS = MappingProxyType(dict.fromkeys(_BELIEF.split(), "belief"))

#: Cue verbs that, with one of these objects, convene or order an event and report no
#: speech: "called an emergency meeting", "called a snap election" ("called for a vote"
#: still reports a demand).
CONVENING_OBJECTS = MappingProxyType(
    {
        "call": frozenset(
            """
            meeting meetings session sessions conference conferences summit summits vote votes
            election elections referendum referendums hearing hearings strike strikes recess
            timeout halt ceasefire truce rally rallies
            """.split()
        ),
    }
)

#: Verb + object phrases that report speech: "made (it) clear that", "made the case that".
CUE_LIGHT_VERBS = MappingProxyType(
    {
        "make": frozenset({"clear", "plain", "case", "point"}),
        "put": frozenset({"it"}),
        # "aides were adamant that ...": a stance taken aloud, not the writer's
        "be": frozenset({"adamant", "emphatic", "insistent", "unequivocal"}),
        "express": frozenset(
            """
            concern concerns hope confidence doubt doubts fear fears optimism skepticism
            scepticism frustration belief view
            """.split()
        ),
    }
)

#: Verb + particle phrases that report speech, a retort or an attack: "fired back that",
#: "shot back, '...'", "hit back at". The verb alone reports nothing ("fired a worker").
CUE_PARTICLE_VERBS = MappingProxyType(
    {
        "fire": frozenset({"back"}),
        "shoot": frozenset({"back"}),
        "hit": frozenset({"back"}),
        "push": frozenset({"back"}),
        "lash": frozenset({"out"}),
    }
)

_NEUTRAL_NOUNS = (
    "statement remark comment word words message testimony admission confirmation "
    "acknowledgment acknowledgement explanation concession confession"
)

_ASSERTIVE_NOUNS = (
    "claim suggestion assertion insistence allegation accusation argument assurance contention "
    "promise pledge vow declaration proclamation prediction boast complaint"
)

_ANNOUNCEMENT_NOUNS = "report announcement news revelation disclosure finding"

_REQUEST_NOUNS = "request demand plea appeal call recommendation proposal"

#: Nouns that carry a content clause ("claims that ...", "the statement that ..."); requests
#: are assertive.
CUE_NOUNS = MappingProxyType(
    {
        **dict.fromkeys(_NEUTRAL_NOUNS.split(), "neutral"),
        **dict.fromkeys(_ASSERTIVE_NOUNS.split(), "assertive"),
        **dict.fromkeys(_ANNOUNCEMENT_NOUNS.split(), "announcement"),
        **dict.fromkeys(_REQUEST_NOUNS.split(), "assertive"),
        **dict.fromkeys(["denial", "rejection"], "denial"),
        **dict.fromkeys(["warning", "threat"], "warning"),
    }
)

#: Multi-word source markers: cue category ``source``.
SOURCE_MARKERS = MappingProxyType({"according to": "source", "in the words of": "source"})

#: Cue verbs that report a claim only with an explicit "that" clause: "a study found that
#: ...", "polls show that ...", but not "he found the area welcoming".
THAT_ONLY_VERBS = frozenset({"find", "show", "reveal", "indicate", "signal", "suggest", "see"})

#: Polls and surveys: they count what people said, so "the poll showed him ahead" and "a
#: survey showed Trump with a lead" are statements although "show" otherwise needs "that".
POLL_NOUNS = frozenset({"poll", "survey", "canvass"})

#: Cue verbs read in title-case headlines ("Beck Says Trump Poses A Threat"), where the tagger
#: cannot tell them from names: only verbs whose "-s" form is not also a common plural noun
#: ("Rules", "Reports", "Calls" are left out).
HEADLINE_CUES = frozenset(
    "say tell warn deny insist argue admit confirm predict suggest concede declare vow urge".split()
)

#: Cues whose object is the one told, not what was said: "..., sources who reviewed the
#: deals told the paper" reports the clause before it all the same.
HEARER_CUES = frozenset("tell assure reassure inform remind warn brief notify".split())

#: Cue + preposition whose object is the statement: "called for a full repeal".
CUE_PREPOSITIONS = MappingProxyType(
    {"call": frozenset({"for"}), "push": frozenset({"for"}), "press": frozenset({"for"})}
)

#: Words that negate a cue: "did not say", "never claimed" (a child of the cue, or a word
#: before it that the parser hung on it).
NEGATIONS = frozenset({"not", "n't", "never", "no"})

#: Subjects that say no one spoke: "Nobody claimed ...", "None of them said ...".
NEGATIVE_PRONOUNS = frozenset({"nobody", "none", "neither", "noone"})

#: Verbs whose subject, a noun cue, reports the clause after them: "reports emerged that
#: ...", "the statement said that ...".
REPORT_NOUN_VERBS = frozenset({"emerge", "surface", "circulate", "say", "suggest", "indicate"})

#: Endings of a third-person verb in a headline, and what takes their place in the lemma:
#: "Says" -> say, "Urges" -> urge, "Denies" -> deny (tried in this order).
HEADLINE_VERB_ENDINGS = MappingProxyType({"s": "", "es": "", "ies": "y"})

#: Forms of cue verbs that open an inverted attribution at a sentence's start, before the
#: speaker's name ("Said Comey, ...", "Added Diaz: ..."): capitalised there, the tagger
#: may take the verb into the name.
INVERTED_CUE_FORMS = frozenset(
    "said says added adds asked asks wrote writes noted notes explained replied answered "
    "continued warned argued insisted recalled".split()
)
