"""Every dependency label the analysis tests, named once.

The English pipelines label dependencies in the ClearNLP scheme (``nsubj``, ``ccomp``,
``dobj``, ``dative``, ``compound``, ``ROOT`` ...). The sets below are compared with
``token.dep_`` as strings: :mod:`spacy.symbols` has no symbol for several of these labels
(``dative``, ``compound``, ``ROOT``, ``case``, ``flat``, ``nummod``), whose ``token.dep`` is
then a string hash, so integer symbols would silently never match them. Keeping the strings
here, and only here, gives one place to read and to change when a pipeline uses another
scheme. (textacy's ``extract/triples.py`` names its label sets the same way.)

No other module writes a dependency label: each imports the set or the single label it needs.
"""

from __future__ import annotations

# --- shared ---------------------------------------------------------------------------------

NOMINAL_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
"""A clause's nominal subject, active or passive."""

SUBJECTS_OR_EXPLETIVE = NOMINAL_SUBJECTS | {"expl"}
"""A subject slot, including expletive "it"/"there"."""

AUXILIARIES = frozenset({"aux", "auxpass"})
"""Auxiliary verbs of a clause ("has said", "was told")."""

OBJECTS = frozenset({"dobj", "dative"})
"""A verb's direct or indirect object."""

PREPOSITION_OBJECTS = frozenset({"pobj", "pcomp"})
"""The object or clause of a preposition."""

# --- content constructions (analysis/content, cues, marks, layout) --------------------------

# Single labels, compared with ``token.dep_ ==``.
ROOT = "ROOT"
"""The head of a sentence."""
NOMINAL_SUBJECT = "nsubj"
"""An active clause's nominal subject."""
CLAUSAL_SUBJECT = "csubj"
"""A clause as subject ("What he said was ...")."""
DIRECT_OBJECT = "dobj"
"""A verb's direct object."""
DATIVE = "dative"
"""An indirect object ("told [him] ...")."""
PREPOSITION = "prep"
"""A prepositional modifier."""
PREPOSITION_OBJECT = "pobj"
"""The object of a preposition."""
CLAUSAL_COMPLEMENT = "ccomp"
"""A complement clause with its own subject ("said [she would go]")."""
OPEN_COMPLEMENT = "xcomp"
"""A complement clause whose subject is the verb's ("vowed [to go]")."""
ADVERBIAL_CLAUSE = "advcl"
"""An adverbial clause ("as the minister noted")."""
RELATIVE_CLAUSE = "relcl"
"""A relative clause ("which he said ...")."""
PARATAXIS = "parataxis"
"""A clause set beside another ("The plan, he said, is ...")."""
CONJUNCT = "conj"
"""The second and later members of a coordination."""
COORDINATOR = "cc"
"""The conjunction of a coordination ("and", "but")."""
MARKER = "mark"
"""A subordinating conjunction or complementizer ("that", "as", "if")."""
NEGATION = "neg"
"""A negation ("not", "never")."""
PASSIVE_AUXILIARY = "auxpass"
"""The auxiliary of a passive ("was told")."""
OBJECT_PREDICATE = "oprd"
"""The predicate of an object ("called the charges [unfounded]")."""
ADJECTIVAL_MODIFIER = "amod"
"""An adjective modifying a noun ("the [announced] plan")."""
ADVERBIAL_MODIFIER = "advmod"
"""An adverb modifying a word."""
UNLABELLED = "dep"
"""A dependency the parser could not name (often a misparse)."""
COMPOUND = "compound"
"""A noun modifying a noun ("the [Sanders] claim")."""
POSSESSOR = "poss"
"""A possessive ("[his] claim")."""
CASE_MARKER = "case"
"""A possessive ending ("'s")."""

# Sets, compared with ``token.dep_ in``.
PREDICATES = frozenset({"attr", OBJECT_PREDICATE})
"""A predicate of a subject or an object ("is [a liar]", "called it [a hoax]")."""

CLAUSE_SUBJECTS = NOMINAL_SUBJECTS | {CLAUSAL_SUBJECT}
"""A clause's subject, nominal or clausal."""

SUBJECTS_OR_AUXILIARIES = SUBJECTS_OR_EXPLETIVE | AUXILIARIES
"""What an imperative lacks: a subject or an auxiliary ("Now tell us ...")."""

AUXILIARIES_OR_NEGATION = AUXILIARIES | {NEGATION}
"""Words of a verb group before its verb ("had [not] paid")."""

PREVERBAL_WORDS = frozenset({ADVERBIAL_MODIFIER, NEGATION, "aux"})
"""Words between a cue and a verb right after it ("claimed [now] allows")."""

CORE_ARGUMENTS = NOMINAL_SUBJECTS | {DIRECT_OBJECT}
"""A subject or a direct object: the roles of a relative pronoun ("which he said")."""

SUBJECT_OR_DETERMINER = NOMINAL_SUBJECTS | {"det"}
"""Roles in which "that" is a word of the content, not a complementizer."""

OBJECT_OR_SUBJECT = frozenset({DIRECT_OBJECT, NOMINAL_SUBJECT})
"""The addressee before a demand's infinitive ("urged [Congress] to act"), parsed either way."""

OBJECT_OR_COMPLEMENT = frozenset({DIRECT_OBJECT, CLAUSAL_COMPLEMENT})
"""A verb's own object or clause."""

VERB_COMPLEMENTS = frozenset({DIRECT_OBJECT, CLAUSAL_COMPLEMENT, OPEN_COMPLEMENT})
"""A verb's object or complement clause."""

COMPLEMENT_OR_ADVERBIAL = frozenset({CLAUSAL_COMPLEMENT, ADVERBIAL_CLAUSE})
"""A clause hung on a verb as its complement or as a circumstance."""

PARENTHETICAL_LINKS = frozenset({PARATAXIS, CLAUSAL_COMPLEMENT, ADVERBIAL_CLAUSE})
"""How a parser hangs a reporting clause on the statement around it ("The plan, he said, is")."""

POSTPOSED_LINKS = PARENTHETICAL_LINKS | {CONJUNCT}
"""How a parser hangs a reporting clause on the statement before it ("..., officials said.")."""

NEW_CLAUSE_LINKS = frozenset({ROOT, CLAUSAL_COMPLEMENT, PARATAXIS})
"""A verb that heads a clause of its own: main, complement or parataxis."""

FRAMING_LINKS = frozenset(
    {OPEN_COMPLEMENT, "pcomp", "acomp", ADVERBIAL_CLAUSE, CLAUSAL_COMPLEMENT, PREPOSITION}
)
"""Links from a cue up to a word that frames it ("worth [noting]", "important to [stress]")."""

ADJUNCTS = frozenset({PREPOSITION, "npadvmod", ADVERBIAL_MODIFIER})
"""A verb's prepositional phrase or time word ("said [in an op-ed]", "said [Monday]")."""

CLAUSE_OPENERS = frozenset({ADVERBIAL_MODIFIER, MARKER})
"""How a subordinator opening a clause is attached ("[when] she was sick")."""

NOUN_CONTENT_CLAUSES = frozenset({"acl", CLAUSAL_COMPLEMENT, RELATIVE_CLAUSE})
"""A clause on a noun that may be its content ("the claim [that ...]")."""

NOUN_INFINITIVE_CLAUSES = frozenset({"acl", RELATIVE_CLAUSE, OPEN_COMPLEMENT})
"""An infinitive on a noun that may be its content ("a pledge [to cut taxes]")."""

SMALL_CLAUSES = frozenset({CLAUSAL_COMPLEMENT, OPEN_COMPLEMENT, OBJECT_PREDICATE})
"""A subject and predicate with no finite verb ("showed [him victorious]")."""

OBJECT_PREDICATE_LINKS = PREDICATES | {CLAUSAL_COMPLEMENT, OPEN_COMPLEMENT, "acomp"}
"""The predicate of a naming verb's object, however parsed ("called the charges [unfounded]")."""

LIGHT_VERB_OBJECTS = frozenset(
    {OBJECT_PREDICATE, "acomp", DIRECT_OBJECT, CLAUSAL_COMPLEMENT, OPEN_COMPLEMENT}
)
"""The object that makes a light verb a cue, however parsed ("made [clear]")."""

CLAUSE_AND_SUBJECT = frozenset({NOMINAL_SUBJECT, CLAUSAL_COMPLEMENT})
"""A subject and a clause make a word tagged as a noun a verb ("..., the director maintains.")."""

# --- speakers, quotes, filters and nesting (analysis/speakers, quotes, filters, build) ------

# Single labels, compared with ``token.dep_ ==``.
AUXILIARY = "aux"
"""An active auxiliary ("has said", "will say")."""
PASSIVE_SUBJECT = "nsubjpass"
"""A passive clause's subject ("he [was] quoted")."""
AGENT = "agent"
"""The "by" phrase of a passive ("announced [by] the ministry")."""
PREPOSITION_CLAUSE = "pcomp"
"""A clause as object of a preposition ("after [saying]")."""
ADJECTIVAL_COMPLEMENT = "acomp"
"""An adjective as a verb's complement ("was [quick] to add")."""
ATTRIBUTE = "attr"
"""The predicate noun of a copula ("Smith is [a lawyer]")."""
CLAUSAL_MODIFIER = "acl"
"""A clause modifying a noun ("the minister [speaking] ...", "the chance [to remind]")."""
APPOSITION = "appos"
"""A noun phrase beside another that names the same ("Ana Diaz, [a nurse],")."""

# Sets, compared with ``token.dep_ in``.
ACTIVE_SUBJECTS = frozenset({NOMINAL_SUBJECT, CLAUSAL_SUBJECT})
"""An active clause's subject, nominal or clausal: the speaker of a cue."""

PASSIVE_MARKS = frozenset({PASSIVE_AUXILIARY, PASSIVE_SUBJECT})
"""What makes a clause passive ("was asked to testify")."""

SUBJECT_SHARING_LINKS = frozenset({CONJUNCT, OPEN_COMPLEMENT, ADVERBIAL_CLAUSE, CLAUSAL_MODIFIER})
"""Clauses whose subject is their head's ("said and [vowed]", "went on [to say]", "...,
[saying]", "the minister [speaking] ...")."""

PARTICIPLE_LINKS = frozenset({ADVERBIAL_CLAUSE, OPEN_COMPLEMENT})
"""How a participle clause hangs on its verb ("..., [saying]", "kept [insisting]")."""

ADVERB_OR_PREDICATE_ADJECTIVE = frozenset({ADVERBIAL_MODIFIER, ADJECTIVAL_COMPLEMENT})
"""A word between a verb and the preposition of a cue ("stopped [short] of calling")."""

SUBORDINATE_OPENERS = frozenset({MARKER, PREPOSITION})
"""A subordinator or preposition: after a quote, no reporting clause ('"..." as he left')."""

POSTVERBAL_WORDS = frozenset({ADVERBIAL_MODIFIER, "prt", NEGATION})
"""Adverbs, particles and negation right after a verb ("described [again] the attack as")."""

MENTION_BREAKS = frozenset(
    {
        APPOSITION,
        RELATIVE_CLAUSE,
        CLAUSAL_MODIFIER,
        ADVERBIAL_CLAUSE,
        "punct",
        PARATAXIS,
        COORDINATOR,
        CONJUNCT,
        CASE_MARKER,
    }
)
"""Dependents that end the words of a mention: asides, clauses, punctuation, coordination,
a possessive ending ("the minister[, who said ...]")."""

DETACHED_PHRASES = frozenset({RELATIVE_CLAUSE, APPOSITION, CONJUNCT})
"""Phrases under a noun that are no part of its description ("the director[, who ...]")."""

NAME_PARTS = frozenset({COMPOUND, "flat"})
"""Proper nouns that join a name's head ("[Lloyd] Austin")."""

NOMINAL_MODIFIER = "nmod"
"""A noun modifying a noun phrase whole ("[Pfizer] chief executive")."""
NOUN_MODIFIERS = frozenset({COMPOUND, ADJECTIVAL_MODIFIER, NOMINAL_MODIFIER})
"""Words before a noun that modify it ("[Israeli] officials", "[Reuters] news agency")."""

INTERJECTION = "intj"
"""A word standing for a clause of its own ("she said [no]")."""

ROLE_MODIFIERS = frozenset({COMPOUND, ADJECTIVAL_MODIFIER})
"""Words before a role noun that belong to the role ("[Defense] Minister")."""

AFFILIATION_MODIFIERS = NOUN_MODIFIERS | {POSSESSOR}
"""Where an affiliation stands before a noun ("[Israeli] officials", "[Google's] lawyer")."""

COMPOUND_OR_POSSESSOR = frozenset({COMPOUND, POSSESSOR})
"""A proper noun before a head that names whom it belongs to ("[Pentagon] spokesman")."""

PREPOSITIONAL_LINKS = frozenset({PREPOSITION, PREPOSITION_OBJECT})
"""A preposition or its object ("Secretary [of] [Defense]")."""

DETERMINER = "det"
"""A determiner ("the minister")."""

NUMBER_MODIFIER = "nummod"
"""A number before a noun ("[two] officials", "[One] Republican")."""

DESCRIPTION_MODIFIERS = frozenset({ADJECTIVAL_MODIFIER, COMPOUND})
"""What makes a role description more than its bare noun ("the Republican nominee")."""

DETERMINER_OR_POSSESSOR = frozenset({DETERMINER, POSSESSOR})
"""Dependents that make a role noun a description of its own ("the lawyer", "her aide")
rather than a bare title before a name ("candidate and former nurse Ana Diaz")."""

APPOSITION_OR_CONJUNCT = frozenset({APPOSITION, CONJUNCT})
"""Links from a name to a description of its referent written before it ("the mayor, Ana
Diaz"; "candidate and former nurse Ana Diaz")."""

INSIDE_A_PHRASE = frozenset(
    {PREPOSITION_OBJECT, PREPOSITION, COMPOUND, ADJECTIVAL_MODIFIER, POSSESSOR, CONJUNCT}
)
"""Links climbed from a noun to the head of the phrase it is part of."""

TIME_ENTITIES = frozenset({"DATE", "TIME"})
"""Entity labels of dates and times: no speaker, no statement ("said Thursday")."""
