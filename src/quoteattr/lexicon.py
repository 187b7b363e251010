"""The language data the extraction reads, bundled so that callers can extend it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

import attrs
from spacy.strings import get_string_id

from .lang import en
from .records import CueCategory


def _categories(data: Mapping[str, str | CueCategory]) -> Mapping[str, CueCategory]:
    return MappingProxyType({k.lower(): CueCategory(v) for k, v in data.items()})


def _words(data: Iterable[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in data)


def _word_sets(data: Mapping[str, Iterable[str]]) -> Mapping[str, frozenset[str]]:
    return MappingProxyType({k.lower(): _words(v) for k, v in data.items()})


def _read_only(data: Mapping[str, Any]) -> Mapping[str, Any]:
    """A read-only copy with immutable values (a set becomes a frozenset, a list a tuple)."""
    return MappingProxyType({k: _frozen(v) for k, v in data.items()})


def _frozen(value: Any) -> Any:
    if isinstance(value, (set, frozenset)):
        return frozenset(value)
    if isinstance(value, list):
        return tuple(value)
    return value


def _characters(data: Iterable[str]) -> frozenset[str]:
    """Marks and letters as given: quote marks have no case to fold."""
    return frozenset(data)


def _mark_pairs(data: Mapping[str, Iterable[str]]) -> Mapping[str, frozenset[str]]:
    return MappingProxyType({k: frozenset(v) for k, v in data.items()})


PERSON_GENDERS = frozenset({"male", "female"})
"""Genders of a person, as :data:`quoteattr.lang.en.PERSONAL_PRONOUNS` writes them."""


@attrs.frozen
class Lexicon:
    """Cue words, titles, roles and demonyms for one language.

    Build the English default with :meth:`english` and add to it with :meth:`extend`.

    Examples:
        >>> lexicon = Lexicon.english().extend(cue_verbs={"opine": "assertive"})
        >>> lexicon.cue_category("opine")
        <CueCategory.ASSERTIVE: 'assertive'>

    Attributes:
        cue_verbs: Verb lemma -> cue category.
        cue_nouns: Noun lemma -> category, for nouns with a content clause ("claims that").
        light_verbs: Verb lemma -> objects that make it a cue ("make clear").
        particle_verbs: Verb lemma -> particles that make it a cue ("fire back").
        convening_objects: Cue verb lemma -> objects with which it convenes an event and
            reports no speech ("call a meeting").
        source_markers: Multi-word source phrases ("according to").
        that_only_verbs: Cue verbs that need a "that" clause ("a study found that ...").
        portfolio_offices: Offices whose portfolio word is part of the role ("Defense Minister").
        organization_words: Heads of descriptions of organisations ("the company").
        infinitive_cues: Cues whose infinitive complement is the statement ("vowed to ...").
        non_speaker_labels: Words before a colon that introduce no one's words ("Update:").
        furniture_labels: Labels of page furniture whose paragraph is no report of the
            article's ("Featured image:", "READ MORE:").
        naming_cues: Verbs whose object and predicate are the content ("called X unfounded").
        likening_cues: Verbs whose object and "to" phrase are the content ("likened X to Y").
        characterizing_cues: Cues whose "X as Y" is the content ("dismissed it as a smear").
        proposition_nouns: Objects whose "that" clause a cue reports ("denied reports that").
        explaining_cues: Cues whose "how"/"why"/"what" clause is a statement ("explained how").
        infinitive_nouns: Cue nouns whose infinitive is the statement ("her threat to resign").
        support_verbs: Verbs whose subject holds the cue noun they take as object ("made
            the claim that ...", "offered assurances that ...").
        unspoken_modifiers: Modifiers of a cue noun that say nothing was said ("tacit").
        gerund_cues: Cues whose gerund clause is the statement ("denied taking the money").
        evidence_nouns: Things cited as evidence, not speakers ("the video shows ...").
        statistics_nouns: Figures cited as evidence ("according to Census data").
        event_nouns: Events and outcomes, read as evidence with an evidence verb
            ("his popularity shows how ...").
        inscription_cues: Cues giving the words written on something ("a sign reading ...").
        outcome_cues: Commissive cues that foretell an outcome with a subject that cannot
            speak ("the ruling threatens to erase ...").
        hypothetical_markers: Adverbs and modals that make a cue a conjecture ("is
            likely calling for ...", "could argue that ...").
        conditional_markers: Subordinators that make a cue's clause a condition ("if the
            mayor says ...").
        supposition_verbs: Imperatives that set up an imagined case ("suppose the union
            announced that ...").
        prospective_verbs: Verbs and adjectives of a speech still to come, over a cue's
            infinitive ("is expected to say ...", "plans to announce ...").
        group_reflexives: Reflexives of a group, whose cue in a clause on a noun defines
            the group ("voters describing themselves as conservative").
        authored_works: Works that state findings, sources with an evidence verb ("the
            study shows ...").
        work_prepositions: The preposition naming the work a statement was made in ("as
            noted in the report").
        poll_nouns: Counts of what people said, whose object and predicate after a
            "that"-only cue are a statement ("the poll showed him ahead").
        headline_cues: Cue verbs read from their "-s" form in title-case headlines ("Says").
        evidence_verbs: Cues that with "it" or "this" for a subject read evidence ("it shows").
        showing_verbs: Evidence verbs of which a person or a place is no source ("she
            needs to show she is serious").
        hearer_cues: Cues whose object is the one told ("..., sources told the paper").
        cue_prepositions: Cue -> prepositions whose object is the content ("call for").
        generic_speakers: Words that name no one ("everyone"), for reports inside quotes.
        titles: Honorifics, ranks and offices before a name ("dr.", "general").
        honorifics: The titles kept as ``title`` rather than ``role`` ("mr.", "colonel").
        role_nouns: Heads of roles ("spokesman", "minister").
        unnamed_heads: Heads of unnamed sources ("official", "sources").
        occupation_nouns: Occupations read as a role only ("goalkeeper"): unlike role nouns
            they decide neither a speaker's kind nor who is meant.
        compound_occupations: Capacities of two words whose noun alone names none ("first
            lady", "running mate"), read as occupations.
        private_capacities: Capacities for which a place or nationality is only where the
            holder lives ("resident", "tourist"), never an affiliation.
        opposing_roles: Capacities held against another ("rival"): a body named with them
            is the other side, not the holder's; only a party label is the holder's.
        prospective_modifiers: Modifiers of a description of whoever will hold a role
            ("the next president"), which re-mentions no one.
        name_suffixes: Generational suffixes ending a name ("jr"): its surname is the word
            before.
        location_participles: Participles joining a place to a description by where its
            holder is based or from ("Denver-based"): the place is no affiliation.
        agent_noun_endings: Endings of nouns naming a person by what they do ("-ist"): an
            unlisted noun in apposition to a name is a capacity only with one.
        agentless_endings: Endings that undo one of those ("-ment" of "statement").
        person_nouns: Words for a person as such ("man"), which name no capacity.
        place_professions: Professions practised in a place: a place named before them is
            where the holder works ("a Miami lawyer"), no affiliation.
        party_labels: Party names as adjectives or plurals before a role ("Green MLA").
        leaning_labels: Party labels that also name a leaning ("Conservative economist" at
            a sentence's start names no party).
        ethnic_labels: Words for a race or ethnicity, never an affiliation ("hispanic").
        field_acronyms: Acronyms of a field of work, never a body ("an IT professional").
        body_anaphors: Common nouns that take up the one organisation named just before
            ("the group's director" after "Harbor Watch").
        word_prefixes: Prefixes opening a hyphenated word, never a name ("anti", "pro").
        body_abbreviations: Short form of an international body -> its full name ("u.n."
            -> "United Nations"), the affiliation where the article spells it out too.
        party_names: Party label -> the party it names, where labels share one ("gop" ->
            "republican"); a label not listed names its own.
        institution_nouns: Heads of institutions named in full earlier ("the museum").
        role_qualifiers: Qualifiers of an office, never an organisation ("vice", "deputy").
        subordinate_qualifiers: Qualifiers that make an office another, lower one ("vice
            president" is not the president).
        topic_prepositions: Prepositions of a role's topic ("an expert on X").
        group_heads: Groups that speak as one ("protesters", "residents").
        media_words: Marks of news outlets ("newspaper", "agency").
        government_words: Marks of government bodies ("ministry", "police").
        role_domains: Portfolio words that belong to a role ("defense", "treasury").
        demonyms: Lower-cased nationality word -> country name.
        institution_countries: Seat of government -> country ("white house" -> United States).
        party_abbreviations: Party letter written after a legislator's name -> the party
            ("D" in "(D-Md.)" -> Democratic).
        state_abbreviations: A US state as written in brackets after a legislator's name,
            lower-cased -> the state ("vt." in "(Vt.)" -> Vermont).
        pronouns: Pronoun -> (number, gender or None).
        opening_marks: Quote marks that only open -> the marks that close them ("“" -> "”").
        ambiguous_marks: Marks that may open or close, read from their neighbours ('"').
        mark_families: Every quote mark -> its family; a quote pairs marks of one family.
        apostrophes: Quote marks that are also apostrophes ("don't", "officials’").
        continuing_mark_families: Families whose quotes may run over paragraphs (AP, Chicago).
        plural_possessive_letters: Letters that end a plural before its apostrophe ("officials’").
        elided_words: Words an apostrophe opens in place of letters ("'em"), no quote.
        negations: Words that negate a cue ("not", "never").
        negative_pronouns: Subjects that negate a cue: no one spoke ("nobody", "none").
        report_noun_verbs: Verbs after a noun cue that report its clause ("reports emerged that").
        inverted_cue_forms: Cue verb forms that open an inverted attribution before a
            name ("Said Comey, ..."), never part of the name.
        headline_verb_endings: Ending of a headline's verb -> its lemma's ("ies" -> "y").
        subordinators: Words that open a circumstance, not what was said ("when").
        aspectual_verbs: Verbs of going on, whose complement is no speech ("continue").
        inclusion_prepositions: Prepositions whose object is a part of the noun they
            hang on ("Trump's attack, including a claim that ...").
        impersonal_subjects: Subjects that name no one ("it is worth noting").
        generic_hearers: Hearers of a telling addressed to anyone ("that tells us ..."),
            what a fact shows rather than a statement.
        trailing_conjunctions: Conjunctions trimmed off the end of a content ("and").
        as_markers: The word of an "as" clause or predicate ("described it as").
        as_phrase_openers: Words that make "as" a fixed phrase ("such as").
        recipient_prepositions: Whom a verb is directed at ("referred to him as").
        object_pronouns: Object pronouns a parser makes possessors ("called her X").
        accompaniment_prepositions: A poll's finding ("with a lead").
        agent_prepositions: Whose a noun cue is ("claims by officials that").
        own_word_prepositions: A fronted "by his own admission".
        wording_prepositions: Preposition -> the cue nouns with which it opens a fronted
            phrase of someone's own words ("in Forbes' words").
        headline_small_words: Lower-case headline words besides title ones ("or").
        personal_pronouns: Every personal pronoun form -> (person, number, gender, case).
        let_us_clitics: The "us" of "let's" ("'s"), with the first and second persons the
            writer's own voice.
        relative_pronouns: Pronouns that open a relative clause about a speaker ("who").
        personal_relatives: Relative pronouns that stand for people only ("who").
        honorific_genders: Honorifics that tell a gender ("mrs." -> female).
        title_abbreviations: Abbreviated offices before a name and the role noun each
            stands for ("gov." -> governor), for matching later descriptions.
        service_nouns: Capacities held in someone's service, whose "to" phrase names whom
            the holder works for ("an adviser to the Harbor Trust").
        service_prepositions: The preposition after those that names whom ("to").
        award_nouns: Honours and contests won ("prize"): their names are no affiliation.
        gathering_nouns: Gatherings at which someone speaks ("news conference"): a
            participle cue on one reports its holder's speech.
        message_nouns: Nouns for a quoted message ("statement", "quote"), whose source
            speaks the quote they introduce or re-mention.
        leader_bodies: Bodies named by the person who leads them ("the Ruiz campaign").
        conditional_modals: The modal of a hypothetical consequence ("would": "If asked,
            she would say ...").
        distributives: Subjects that distribute over another subject's people ("each").
        absolute_prepositions: Prepositions that open an absolute clause ("with Diaz
            calling for a vote": Diaz calls for it).
        demonstrative_relatives: Relative pronouns that are as often demonstratives
            ("that"), read as no relative clause's subject.
        plural_titles: Plural offices before coordinated names, each name's office ("sens."
            -> senator: "Sens. Ana Diaz and Li Wei"), without the abbreviation's full stop.
        gendered_nouns: Nouns for a person that tell a gender ("spokeswoman" -> female).
        first_name_genders: First names given to one gender ("mary" -> female); only a
            tie-breaker between pronoun antecedents, never written into a record.
        definite_determiners: Determiners of a description that may refer back ("the").
        indefinite_determiners: Determiners of a description that introduces someone ("a").
        articles: Articles, which identify no one ("the", "a").
        name_articles: Articles left out of a name or affiliation ("the" of "the Pentagon").
        possessive_endings: Endings of a possessive, cut off a name ("'s").
        contracted_has: A contracted "has" the parser may read as a passive "is" ("'s").
        naming_verbs: Lemmas of participles giving a described person's name ("named").
        genitive_prepositions: Prepositions of a genitive ("of": "Secretary of Defense").
        affiliation_prepositions: Prepositions that name whom a role speaks for ("at", "for").
        membership_prepositions: Prepositions that name the body a role is held in when
            their object is a body ("in": "an official in the Ruiz administration").
        origin_prepositions: Prepositions that, after a name with no role, give where
            someone comes from unless their object is an organisation ("from", "of").
        copulas: Copula lemmas ("be": "Smith is a lawyer who said ...").
        means_verbs: Verbs of using something, whose object is the means and whose
            subject does what the infinitive after it says ("used the occasion to warn").
        relation_nouns: Kinship and personal relations ("wife", "friend"): who someone is to
            another person, never the capacity in which they speak.
        partitive_nouns: Nouns of a number or a body of people before "of" ("a group of
            doctors"): the people are named inside the "of" phrase, and their capacity is
            the role.
        candidate_nouns: Nouns of someone seeking an office ("candidate", "nominee"), whose
            "for" phrase naming an office is part of the role ("candidate for governor").
        place_prepositions: Prepositions of a posting's place, cut off a role's end
            ("adviser in Iraq": the place is where, not what, the office is).
        capacity_verbs: Verbs that state a capacity after ``capacity_prepositions``
            ("served as ambassador").
        capacity_prepositions: Prepositions that name a capacity after ``capacity_verbs``
            ("as").
        membership_verbs: Verbs that state a party membership after
            ``capacity_prepositions`` ("registered as a Democrat"); no other capacity.
        answer_words: One-word answers, a statement right after a cue ("she said no").
        military_ranks: Military ranks, a title and no role as a description's noun ("a
            retired general"), unless an office stands with them ("attorney general").
        generic_roles: Role nouns that name no particular office ("leader", "official"):
            alone, a role that loses to an office another mention states, and that tells no
            two people of one surname apart.
        capacity_objects: Objects of ``capacity_verbs`` whose "of" phrase names a capacity
            ("acted the part of").
        leading_verbs: Verbs whose object is the body their subject leads or founded
            ("who heads the Harbor Trust").
        leading_objects: Objects that name leading the body after them ("took the helm at").
        nomination_nouns: Nouns for a party's choice of candidate ("the Green nomination").
        candidacy_verbs: Verbs of seeking or winning a nomination ("won the Green
            nomination").
        candidacy_prepositions: The preposition before a nomination sought ("bid for").
        candidacy_noun_prepositions: Prepositions after a noun of the subject's that lead
            to a nomination ("her path to the Green nomination", "his lead in ...").
        race_nouns: Contests read through to the nomination fought in them ("the race for
            the Green nomination").
        fellow_words: Adjectives making a party's members the subject's fellows ("her
            fellow Greens").
        factive_subordinators: Subordinators whose clause the sentence takes as true
            ("although she is a registered Green"), where a capacity is read.
        other_words: Adjectives that make a plural role noun coordinated after a name the
            kind the named person is one of ("Ana Diaz and other Green candidates").
        example_prepositions: Prepositions introducing named members of a plural role noun
            or of a party ("candidates such as Ana Diaz", "including", "like").
        accession_verbs: Verbs whose infinitive states a post taken up ("came to lead").
        appointing_verbs: Verbs that give a post to their passive subject ("was elected
            mayor") or to their active object ("appointed Diaz as treasurer").
        employment_verbs: Verbs of working for a body ("works for X", "writing for X").
        employer_prepositions: The preposition naming that body ("for").
        workplace_verbs: Verbs of working or studying at a place ("teaches at X"), read in
            the present tense.
        workplace_prepositions: The preposition naming that place ("at").
        time_prepositions: Prepositions of time whose gerund shares the clause's subject
            ("since taking"); after a role they say when it was held ("mayor since 2014").
        time_nouns: Nouns of a point or stretch of time: a phrase after a role that ends
            in one says when it was held ("a lawyer by the time ...", "mayor at the time").
        tenure_nouns: Nouns of a stretch in office: an "as" phrase on one, in a clause
            about the person, states their capacity ("won a second term as mayor").
        passive_speaker_cues: Cues whose passive subject is the speaker ("was quoted as").
        coordinated_cues: Saying verbs a parser may coordinate into the clause they report.
        title_small_words: Small words of a title left lower-case ("of", "the").
        title_prepositions: Prepositions before a quote that make it a name ('on "Meet the Press"').
        question_words: Words that open an indirect question ("whether", "how").
        explained_question_words: Question words an explaining cue states ("explained how").
        gapped_question_words: Question words moved out of a reported clause, which leave it
            stating nothing ("what she says it would cost").
        withholding_verbs: Verbs that withhold what follows ("declined to say why").
        thing_pronouns: Pronouns for a thing cited as evidence ("it shows", "this indicates").
        free_relatives: Pronouns of a free relative that names a thing ("what he called").
        perfect_auxiliaries: Auxiliaries of the perfect ("has asked": an active participle).
        complementizers: Complementizers, no content word next to a quote ("that").
    """

    cue_verbs: Mapping[str, CueCategory] = attrs.field(converter=_categories)
    cue_nouns: Mapping[str, CueCategory] = attrs.field(converter=_categories)
    light_verbs: Mapping[str, frozenset[str]] = attrs.field(converter=_word_sets)
    particle_verbs: Mapping[str, frozenset[str]] = attrs.field(converter=_word_sets)
    source_markers: Mapping[str, CueCategory] = attrs.field(converter=_categories)
    titles: frozenset[str] = attrs.field(converter=_words)
    honorifics: frozenset[str] = attrs.field(converter=_words)
    role_nouns: frozenset[str] = attrs.field(converter=_words)
    unnamed_heads: frozenset[str] = attrs.field(converter=_words)
    group_heads: frozenset[str] = attrs.field(converter=_words)
    media_words: frozenset[str] = attrs.field(converter=_words)
    government_words: frozenset[str] = attrs.field(converter=_words)
    role_domains: frozenset[str] = attrs.field(converter=_words)
    that_only_verbs: frozenset[str] = attrs.field(converter=_words)
    portfolio_offices: frozenset[str] = attrs.field(converter=_words)
    organization_words: frozenset[str] = attrs.field(converter=_words)
    infinitive_cues: frozenset[str] = attrs.field(converter=_words)
    non_speaker_labels: frozenset[str] = attrs.field(converter=_words)
    naming_cues: frozenset[str] = attrs.field(converter=_words)
    likening_cues: frozenset[str] = attrs.field(converter=_words)
    cue_prepositions: Mapping[str, frozenset[str]] = attrs.field(converter=_word_sets)
    generic_speakers: frozenset[str] = attrs.field(converter=_words)
    demonyms: Mapping[str, str] = attrs.field(converter=_read_only)
    institution_countries: Mapping[str, str] = attrs.field(converter=_read_only)
    pronouns: Mapping[str, tuple[str, str | None]] = attrs.field(converter=_read_only)
    characterizing_cues: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    proposition_nouns: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    explaining_cues: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    infinitive_nouns: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    support_verbs: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    unspoken_modifiers: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    hearer_cues: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    gerund_cues: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    evidence_nouns: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    statistics_nouns: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    furniture_labels: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    poll_nouns: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    event_nouns: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    evidence_verbs: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    showing_verbs: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    inscription_cues: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    outcome_cues: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    hypothetical_markers: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    conditional_markers: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    supposition_verbs: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    prospective_verbs: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    group_reflexives: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    authored_works: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    work_prepositions: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    headline_cues: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    opening_marks: Mapping[str, frozenset[str]] = attrs.field(converter=_mark_pairs, factory=dict)
    ambiguous_marks: frozenset[str] = attrs.field(converter=_characters, factory=frozenset)
    mark_families: Mapping[str, str] = attrs.field(converter=_read_only, factory=dict)
    apostrophes: frozenset[str] = attrs.field(converter=_characters, factory=frozenset)
    continuing_mark_families: frozenset[str] = attrs.field(converter=_characters, factory=frozenset)
    plural_possessive_letters: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    elided_words: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    negations: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    negative_pronouns: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    report_noun_verbs: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    inverted_cue_forms: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    headline_verb_endings: Mapping[str, str] = attrs.field(converter=_read_only, factory=dict)
    subordinators: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    aspectual_verbs: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    inclusion_prepositions: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    impersonal_subjects: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    generic_hearers: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    trailing_conjunctions: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    as_markers: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    as_phrase_openers: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    recipient_prepositions: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    object_pronouns: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    accompaniment_prepositions: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    agent_prepositions: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    own_word_prepositions: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    wording_prepositions: Mapping[str, frozenset[str]] = attrs.field(
        converter=_word_sets, factory=dict
    )
    headline_small_words: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    party_abbreviations: Mapping[str, str] = attrs.field(converter=_read_only, factory=dict)
    state_abbreviations: Mapping[str, str] = attrs.field(converter=_read_only, factory=dict)
    # --- fields for content constructions, cues and marks (add above this line) ---
    personal_pronouns: Mapping[str, tuple[int, str, str | None, str]] = attrs.field(
        converter=_read_only, factory=dict
    )
    let_us_clitics: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    relative_pronouns: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    personal_relatives: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    honorific_genders: Mapping[str, str] = attrs.field(converter=_read_only, factory=dict)
    title_abbreviations: Mapping[str, str] = attrs.field(converter=_read_only, factory=dict)
    plural_titles: Mapping[str, str] = attrs.field(converter=_read_only, factory=dict)
    conditional_modals: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    distributives: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    absolute_prepositions: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    demonstrative_relatives: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    service_nouns: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    service_prepositions: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    award_nouns: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    gathering_nouns: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    message_nouns: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    leader_bodies: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    gendered_nouns: Mapping[str, str] = attrs.field(converter=_read_only, factory=dict)
    first_name_genders: Mapping[str, str] = attrs.field(converter=_read_only, factory=dict)
    definite_determiners: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    indefinite_determiners: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    articles: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    name_articles: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    possessive_endings: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    contracted_has: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    naming_verbs: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    genitive_prepositions: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    affiliation_prepositions: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    membership_prepositions: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    origin_prepositions: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    copulas: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    capacity_verbs: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    membership_verbs: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    answer_words: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    military_ranks: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    generic_roles: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    leading_verbs: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    leading_objects: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    nomination_nouns: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    candidacy_verbs: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    candidacy_prepositions: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    candidacy_noun_prepositions: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    race_nouns: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    fellow_words: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    factive_subordinators: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    other_words: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    example_prepositions: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    accession_verbs: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    appointing_verbs: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    employment_verbs: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    employer_prepositions: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    workplace_verbs: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    workplace_prepositions: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    time_prepositions: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    time_nouns: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    tenure_nouns: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    relation_nouns: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    candidate_nouns: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    partitive_nouns: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    means_verbs: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    place_prepositions: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    capacity_prepositions: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    capacity_objects: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    passive_speaker_cues: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    coordinated_cues: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    title_small_words: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    title_prepositions: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    question_words: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    explained_question_words: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    gapped_question_words: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    withholding_verbs: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    thing_pronouns: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    free_relatives: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    perfect_auxiliaries: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    complementizers: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    occupation_nouns: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    compound_occupations: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    private_capacities: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    location_participles: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    name_suffixes: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    opposing_roles: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    prospective_modifiers: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    place_professions: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    agent_noun_endings: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    agentless_endings: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    person_nouns: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    party_labels: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    leaning_labels: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    party_names: Mapping[str, str] = attrs.field(converter=_read_only, factory=dict)
    ethnic_labels: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    field_acronyms: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    body_anaphors: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    word_prefixes: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    body_abbreviations: Mapping[str, str] = attrs.field(converter=_read_only, factory=dict)
    convening_objects: Mapping[str, frozenset[str]] = attrs.field(
        converter=_word_sets, factory=dict
    )
    institution_nouns: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    role_qualifiers: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    subordinate_qualifiers: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    topic_prepositions: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
    participant_pronouns: frozenset[str] = attrs.field(init=False, eq=False, repr=False)
    """Derived: the first- and second-person pronouns but the possessives, and the "us" of
    "let's" ("we", "you", "let's"): outside quote marks the writer's own voice, inside them
    the quoted speaker's."""
    gendered_pronouns: frozenset[str] = attrs.field(init=False, eq=False, repr=False)
    """Derived: the pronouns with a gender but the possessives ("he", "her"): a person."""
    demonym_countries: frozenset[str] = attrs.field(init=False, eq=False, repr=False)
    """Derived: the countries :attr:`demonyms` name ("Peru" for "Peruvian")."""
    # --- fields for speakers, quotes and filters (add above this line) ---
    cue_word_hashes: frozenset[int] = attrs.field(init=False, eq=False, repr=False)
    """spaCy string ids (the symbol where spaCy has one) of every word that can start a cue,
    for a fast first scan."""

    def __attrs_post_init__(self) -> None:
        words = (
            set(self.cue_verbs)
            | set(self.light_verbs)
            | set(self.particle_verbs)
            | set(self.cue_nouns)
            | set(self.cue_prepositions)
            | {marker.split()[0] for marker in self.source_markers}
        )
        # A derived value on a frozen class (the way attrs documents for frozen classes).
        object.__setattr__(self, "cue_word_hashes", frozenset(get_string_id(w) for w in words))
        forms = self.personal_pronouns
        own = {p for p, (_, _, _, case) in forms.items() if case != "possessive"}
        participants = {p for p in own if forms[p][0] < 3} | self.let_us_clitics
        object.__setattr__(self, "participant_pronouns", frozenset(participants))
        gendered = {p for p in own if forms[p][2] in PERSON_GENDERS}
        object.__setattr__(self, "gendered_pronouns", frozenset(gendered))
        object.__setattr__(self, "demonym_countries", frozenset(self.demonyms.values()))

    def __reduce__(self) -> tuple[Any, tuple[dict[str, Any]]]:
        """Pickle by the fields given at construction, the read-only mappings as dicts.

        A spawned worker process receives its caller's lexicon this way
        (``MappingProxyType`` itself does not pickle); the converters rebuild it.
        """
        given = {
            field.name: _plain(getattr(self, field.name))
            for field in attrs.fields(type(self))
            if field.init
        }
        return _from_fields, (given,)

    @classmethod
    def english(cls, *, include_belief: bool = False) -> Lexicon:
        """The English data of :mod:`quoteattr.lang.en` (its ``LEXICON`` table: field -> data).

        Args:
            include_belief: Also treat belief and cognition verbs ("think", "believe") as cues.
                Off by default: news writers use them for opinion, not attribution.
        """
        data: dict[str, Any] = dict(en.LEXICON)
        if include_belief:
            data["cue_verbs"] = {**en.CUE_VERBS, **en.BELIEF_VERBS}
        return cls(**data)

    def extend(self, **additions: Any) -> Lexicon:
        """A copy with entries added to the named fields.

        Mappings merge (keys are lower-cased; a set value such as the objects of a light
        verb grows, any other value is replaced) and word sets unite. The copy is as
        immutable as the original: every field is converted again (read-only mappings of
        frozen sets, frozen sets).

        Raises:
            TypeError: for a field the lexicon does not have.
        """
        changes: dict[str, Any] = {}
        for name, extra in additions.items():
            if name not in attrs.fields_dict(Lexicon):
                raise TypeError(f"Lexicon has no field {name!r}")
            current = getattr(self, name)
            if isinstance(current, Mapping):
                merged = dict(current)
                for key, value in dict(extra).items():
                    key = key.lower()
                    old = merged.get(key)
                    # Set values (light-verb objects) grow; other values are replaced.
                    merged[key] = old | frozenset(value) if isinstance(old, frozenset) else value
                changes[name] = merged
            else:
                changes[name] = current | frozenset(w.lower() for w in extra)
        return attrs.evolve(self, **changes)

    def cue_category(self, lemma: str) -> CueCategory | None:
        """The category of a verb cue, or None when the lemma is not a cue."""
        return self.cue_verbs.get(lemma.lower())

    def person_pronouns(self) -> frozenset[str]:
        """The third-person singular pronouns of a person, every case ("he", "her", ...)."""
        return frozenset(
            form
            for form, (person, number, gender, _) in self.personal_pronouns.items()
            if person == 3 and number == "singular" and gender in PERSON_GENDERS
        )


def _plain(value: Any) -> Any:
    """A read-only mapping (and those inside it) as a dict; other values as they are."""
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    return value


def _from_fields(given: dict[str, Any]) -> Lexicon:
    return Lexicon(**given)
