"""English words that select a construction: infinitive, gerund, naming and characterising
cues; evidence and events; and the closed-class words the content rules read ("as", "by").

Plain data (frozen sets and read-only mappings), read through :class:`quoteattr.lexicon.Lexicon`.
"""

from __future__ import annotations

from types import MappingProxyType

#: Cues whose infinitive complement is the statement: commitments ("vowed to veto the
#: bill"), claims about oneself ("claims to be a Democrat") and, with an object, demands
#: ("urged Congress to act").
INFINITIVE_CUES = frozenset(
    """
    promise pledge vow threaten swear agree offer refuse urge demand warn tell ask call
    exhort implore beseech beg plead order instruct command shout yell claim
    """.split()
)

#: Cue nouns whose infinitive is the statement: "his threat to leave the talks", "the
#: governor's request to delay the vote".
INFINITIVE_NOUNS = frozenset(
    "promise pledge vow threat request demand plea appeal call claim".split()
)

#: Verbs whose subject holds the cue noun they take as object ("made the claim that ...",
#: "offered assurances that ...", "repeated his pledge to ..."): the noun's statement is
#: the subject's. Not verbs that answer another's claim ("rejected the claim that").
SUPPORT_VERBS = frozenset(
    "make offer issue give deliver repeat reiterate renew echo lodge file voice".split()
)

#: Modifiers of a cue noun that say nothing was said ("a tacit acknowledgment that ...").
UNSPOKEN_MODIFIERS = frozenset("tacit implicit unspoken unstated silent implied".split())

#: Cues whose gerund clause is the statement: "admitted using the loophole", "proposed
#: raising the limit" (not "continued", whose gerund is what went on).
GERUND_CUES = frozenset(
    """
    admit acknowledge confess deny propose suggest recommend advise advocate recall mention urge
    """.split()
)

#: Things that cannot speak, cited as evidence by the writer: "the video shows he was
#: unarmed", "data indicate that ..." are the writer's inference, not anyone's statement.
#: (Authored works, "a study found that", and polls, which count what people said, are
#: statements.)
#: "It shows/indicates/suggests that ..." with a pronoun for a thing is the writer's reading
#: of evidence too; "it said that ..." (an organisation) stays a statement.
EVIDENCE_VERBS = frozenset("show indicate suggest demonstrate prove underscore highlight".split())

#: Evidence verbs whose subject is a source only as a work, a poll or a report, or one of
#: them ("the survey shows that ...", "an average of polls shows"): anyone or anything else
#: that shows, proves or demonstrates something does it by acting ("she needs to show she
#: is serious", "the raiders showed how easily ..."), not by saying it.
SHOWING_VERBS = frozenset("show demonstrate prove".split())

#: Cues that give the words written on something: those of a work are its author's
#: statement ("the letter read ..."), those on a thing that cannot speak are not ("signs
#: reading ...", "a banner that read ...").
INSCRIPTION_CUES = frozenset({"read"})

#: Words that make a cue a conjecture about speech, not a report of it: "the board is
#: likely calling for ...", "officials could argue that ..." (an adverb of likelihood or a
#: modal of possibility on the cue; "may have told" in the perfect stays a report), or a
#: speech someone ought to make ("the board should announce that ...").
HYPOTHETICAL_MARKERS = frozenset(
    """
    likely probably possibly perhaps presumably potentially conceivably may might could should
    """.split()
)

#: Subordinators that make a cue's clause a condition, not a report: "if the mayor says the
#: bridge is safe, ...", "unless the board announces that ...".
CONDITIONAL_MARKERS = frozenset("if unless".split())

#: The modal of a hypothetical consequence: "If asked, she would say ..." (with a condition
#: of its own, the cue says what someone would say in an imagined case).
CONDITIONAL_MODALS = frozenset({"would", "'d", "\u2019d"})

#: Verbs and adjectives of a speech still to come, governing a cue's infinitive: "is
#: expected to say that ...", "plans to announce ...", "is due to report ...", and verbs of
#: promising or wanting ("vowed to call for an inquiry", "wants to warn that ..."): no one
#: has said it yet ("is expected to have said" in the perfect stays a report). A promise
#: that is itself a cue keeps its own statement ("vowed to call for an inquiry" reports the
#: vow). Not verbs of trying ("sought to portray herself as ...": the attempt was made) nor
#: "likely" ("voters are more likely to say that ...": a poll's answers, given).
PROSPECTIVE_VERBS = frozenset(
    """
    expect plan intend schedule set poise prepare due promise vow pledge want hope threaten
    """.split()
)

#: Reflexives of a group: "voters describing themselves as conservative", "those who call
#: themselves independents". A cue with one as its object, in a clause on a noun, says who
#: is counted in the group (a poll's category), not what anyone said.
GROUP_REFLEXIVES = frozenset({"themselves"})

#: Imperatives that set up a supposed case: "suppose the union announced that ...", "say the
#: ministry demanded that ..." (the speech is imagined by the writer).
SUPPOSITION_VERBS = frozenset("suppose imagine say".split())

#: Commissive cues that, with a subject that cannot speak, foretell an outcome: "the ruling
#: threatens to erase ...", "the bill promises to cut ..." (a person or a body that
#: threatens or promises states a commitment).
OUTCOME_CUES = frozenset("threaten promise".split())

#: Works that state findings or positions: with an evidence verb they are sources, not
#: things ("the study shows that ...", "the memo suggests ...", "the letter read ..."),
#: as are the cue nouns ("the report") and the poll nouns.
AUTHORED_WORKS = frozenset(
    """
    study studies analysis analyses research review reviews paper papers memo memos letter
    letters audit audits investigation investigations inquiry book books article articles
    assessment assessments estimate estimates forecast forecasts findings filing filings
    complaint complaints lawsuit lawsuits indictment indictments brief briefs notice notices
    note notes message messages post posts tweet tweets reporting coverage testimony
    commentary commentaries column columns editorial editorials essay essays op-ed op-eds
    presentation presentations slide slides
    """.split()
)

#: The preposition that names the work a passive cue says a statement was made in ("As
#: noted in the report, ...", "it was argued in the brief that ..."): the work is the source.
WORK_PREPOSITIONS = frozenset({"in"})

#: Events and outcomes: with an evidence verb they are the writer's reading of what
#: happened, not a source ("his popularity shows how ...", "the decision suggests that ...").
EVENT_NOUNS = frozenset(
    """
    popularity decision decisions success successes failure failures rise fall surge
    victory victories defeat defeats win wins loss losses result results outcome outcomes
    performance trend trends growth decline appointment appointments choice choices move
    moves fact facts history experience logic hindsight intuition drought droughts storm
    storms flood floods fire fires earthquake earthquakes hurricane hurricanes war wars attack
    attacks crisis crises pandemic outbreak outbreaks recession scandal scandals collapse
    crash crashes violence election elections verdict verdicts appearance appearances visit
    visits trip trips
    """.split()
)

EVIDENCE_NOUNS = frozenset(
    """
    video videos footage recording recordings tape tapes audio photo photos photograph
    photographs image images picture pictures data figures numbers statistics stats
    evidence transcript transcripts map maps chart
    charts graph graphs record records document documents email emails ledger ledgers
    sign signs banner banners placard placards poster posters billboard billboards
    communication communications correspondence file files log logs graphic graphics
    infographic infographics screenshot screenshots spreadsheet spreadsheets
    """.split()
)

#: Figures a writer cites: "according to Census data", "according to unofficial returns"
#: name evidence, not a speaker (as do the EVIDENCE_NOUNS: "according to state records").
STATISTICS_NOUNS = frozenset(
    "data figures numbers statistics stats results returns tallies totals".split()
)

#: Labels before a colon that introduce no one's words ("Update:", "Photo:").
NON_SPEAKER_LABELS = frozenset(
    """
    update note photo photos video watch source sources correction related read editor
    editors caption credit image images map chart graphic listen disclosure advertisement
    breaking live exclusive analysis opinion comment subscribe share follow
    """.split()
)

#: Labels of page furniture: a picture, a caption or credit, an embed or a link to another
#: article ("Featured image: ...", "READ MORE: Minister says ..."). The paragraph they open
#: is not this article's report, whatever verbs it holds. (A subset of the labels above:
#: "Update:" or "Analysis:" open the article's own words.)
FURNITURE_LABELS = frozenset(
    """
    photo photos picture pictures image images caption credit video videos watch listen
    map chart graphic read related featured gallery slideshow
    """.split()
)

#: Naming verbs: "X called the charges unfounded" states that the charges are unfounded;
#: the object and its predicate are the content ("described X as Y" likewise).
NAMING_CUES = frozenset("call brand label dub term describe".split())

#: Verbs whose object and "to" phrase are the content: "likened the campaign to a car
#: crash" states a comparison the speaker made.
LIKENING_CUES = frozenset({"liken"})

#: Cues of praise, blame and portrayal whose "X as Y" is a characterisation the speaker
#: made: "dismissed the report as a smear" states that the report is a smear.
CHARACTERIZING_CUES = frozenset(
    """
    criticize criticise blast slam dismiss denounce decry condemn deride mock ridicule
    lambaste attack praise hail laud reject portray characterize characterise depict
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

#: One-word answers that are a statement after a cue ("asked if she would run, she said
#: no"); followed by "to" the word refuses or accepts something ("said no to the plan").
ANSWER_WORDS = frozenset("yes no yeah nope".split())

#: Subordinators that open a circumstance, not what was said: "called in [when] she was
#: sick", "said after the vote [that] ..." is content, "[although] critics complained" not.
SUBORDINATORS = frozenset(
    {"when", "while", "because", "since", "although", "though", "if", "after", "before", "until"}
)

#: Verbs of going on, whose complement is no speech: "as regulars [continued] to stay away".
ASPECTUAL_VERBS = frozenset({"continue"})

#: Subjects that name no one: with them an adjective that frames a cue is the writer's own
#: ("it is worth noting that", "what is important to stress").
IMPERSONAL_SUBJECTS = frozenset({"it", "this", "that", "what"})

#: Hearers of a telling that speaks to anyone, the writer and the reader included: "That
#: tells us ...", "It tells you ..." say what a fact shows, not what anyone said.
GENERIC_HEARERS = frozenset({"me", "us", "you"})

#: Conjunctions left dangling at the end of a content's words, trimmed off ("... and").
TRAILING_CONJUNCTIONS = frozenset({"and", "but"})

#: The word of an "as" clause or predicate: "[as] the minister noted, ...", "described it
#: [as] a smear".
AS_MARKERS = frozenset({"as"})

#: Words before "as" that make it part of a fixed phrase, not a predicate: "such as", "as
#: well as".
AS_PHRASE_OPENERS = frozenset({"such", "well"})

#: The preposition of whom a verb is directed at: "speak [to] leaders" (an "as" clause with
#: its own complement), "referred [to] him as a reformer" (the one characterised).
RECIPIENT_PREPOSITIONS = frozenset({"to"})

#: Object pronouns a parser may read as the possessor of a naming verb's predicate:
#: "called [her] "third-rate"".
OBJECT_PRONOUNS = frozenset({"her", "him", "them", "it"})

#: The preposition of a poll's finding about someone: "showed the mayor [with] a lead".
ACCOMPANIMENT_PREPOSITIONS = frozenset({"with"})

#: Prepositions of whose a noun cue is: "claims [by] officials that ...", "a request [from]
#: Democrats to ...".
AGENT_PREPOSITIONS = frozenset({"by", "from"})

#: The preposition of a fronted "[by] his own admission, ...", read as the owner's statement.
OWN_WORD_PREPOSITIONS = frozenset({"by"})

#: Prepositions that open a fronted phrase of someone's own words only with these cue
#: nouns: "[in] Forbes' words, ..." (but not "in his statement, the mayor said ...", whose
#: clause has a cue of its own).
WORDING_PREPOSITIONS = MappingProxyType({"in": frozenset({"word", "words"})})

#: Words a title-case headline leaves lower-case, besides the small words of titles: "or",
#: "with", "as", "is".
HEADLINE_SMALL_WORDS = frozenset({"or", "with", "as", "is"})

#: Prepositions whose object is one part of the noun they hang on ("Trump's attack,
#: including a claim that ..."): a cue noun there is held by that noun's possessor.
INCLUSION_PREPOSITIONS = frozenset({"including"})
