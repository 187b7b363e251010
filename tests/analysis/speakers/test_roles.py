"""What a phrase says of its referent (role key, number), on hand-built parses (no model)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from hand_layouts import hand_layout
from quoteattr.analysis.speakers.bodies import body_phrase
from quoteattr.analysis.speakers.mentions import describe
from quoteattr.analysis.speakers.roles import role_key, role_of
from quoteattr.lexicon import Lexicon
from quoteattr.records import SpeakerKind

LEXICON = Lexicon.english()


def test_a_name_word_tagged_as_a_common_noun_is_no_role_key() -> None:
    # "Lindqvist said": the tagger took the surname for a common noun.
    layout = hand_layout(
        [("Lindqvist", "NN", "NOUN", "nsubj", 1), ("said", "VBD", "VERB", "ROOT", 1)],
        {"said": "say"},
    )
    head = layout.doc[0]
    assert role_key(head, [head], {head.i}, LEXICON, appositive=False) is None


def test_a_common_noun_head_outside_the_name_is_the_role_key() -> None:
    layout = hand_layout(
        [
            ("The", "DT", "DET", "det", 1),
            ("plumber", "NN", "NOUN", "nsubj", 2),
            ("said", "VBD", "VERB", "ROOT", 2),
        ],
        {"said": "say"},
    )
    head = layout.doc[1]
    tokens = [layout.doc[0], head]
    assert role_key(head, tokens, set(), LEXICON, appositive=False) == "plumber"


def _surname_layout(words: list[tuple[str, str, str, str, int]]) -> Span:
    layout = hand_layout(words, {"said": "say"})
    doc = layout.doc
    name = next(t for t in doc if t.text.startswith("Sander"))
    doc.ents = [Span(doc, name.i, name.i + 1, label="PERSON")]
    return doc[name.i : name.i + 1]


def test_a_surname_tagged_plural_is_one_person() -> None:
    # "Sanders said": the tagger read the final "s" as a plural (NNS).
    name = _surname_layout(
        [("Sanders", "NNS", "PROPN", "nsubj", 1), ("said", "VBD", "VERB", "ROOT", 1)]
    )
    assert describe(name.root, LEXICON).plural is False


def test_a_name_with_a_determiner_names_a_family() -> None:
    name = _surname_layout(
        [
            ("The", "DT", "DET", "det", 1),
            ("Sanderses", "NNPS", "PROPN", "nsubj", 2),
            ("said", "VBD", "VERB", "ROOT", 2),
        ]
    )
    assert describe(name.root, LEXICON).plural is True


def _beside_a_name(noun: str) -> Span:
    """ "Days before the Harbor Fair , a new <noun> shows gains ." with the noun phrase parsed
    as an appositive of the name (the name the subject of "shows")."""
    layout = hand_layout(
        [
            ("Days", "NNS", "NOUN", "npadvmod", 1),
            ("before", "IN", "SCONJ", "mark", 9),
            ("the", "DT", "DET", "det", 4),
            ("Harbor", "NNP", "PROPN", "compound", 4),
            ("Fair", "NNP", "PROPN", "nsubj", 9),
            (",", ",", "PUNCT", "punct", 4),
            ("a", "DT", "DET", "det", 8),
            ("new", "JJ", "ADJ", "amod", 8),
            (noun, "NN", "NOUN", "appos", 4),
            ("shows", "VBZ", "VERB", "ROOT", 9),
            ("gains", "NNS", "NOUN", "dobj", 9),
            (".", ".", "PUNCT", "punct", 9),
        ],
        {"shows": "show", "gains": "gain"},
    )
    doc = layout.doc
    doc.ents = [Span(doc, 3, 5, label="ORG")]
    return doc[3:5]


def test_a_poll_the_parse_set_beside_a_name_does_not_describe_it() -> None:
    assert describe(_beside_a_name("poll").root, LEXICON).role_head is None


def test_negative_a_role_beside_a_name_describes_it() -> None:
    assert describe(_beside_a_name("sponsor").root, LEXICON).role_head == "sponsor"


def _prefixed_occupation(last_part: str) -> str | None:
    # "CBS co-anchor Ana Diaz said" with the word's last part tagged as an adjective.
    doc = Doc(
        hand_layout([("x", "NN", "NOUN", "ROOT", 0)], {}).doc.vocab,
        words=["CBS", "co", "-", last_part, "Ana", "Diaz", "said"],
        spaces=[True, False, False, True, True, True, False],
        tags=["NNP", "NN", "NN", "JJ", "NNP", "NNP", "VBD"],
        pos=["PROPN", "NOUN", "NOUN", "ADJ", "PROPN", "PROPN", "VERB"],
        deps=["compound", "compound", "compound", "amod", "compound", "nsubj", "ROOT"],
        heads=[5, 5, 5, 5, 5, 6, 6],
        lemmas=["CBS", "co", "-", last_part, "Ana", "Diaz", "say"],
    )
    head = doc[5]
    return role_of(head, list(doc[0:6]), {4, 5}, LEXICON, appositive=False).text


def test_an_occupation_a_prefix_opens_is_the_role_whatever_its_tag() -> None:
    assert _prefixed_occupation("anchor") == "co-anchor"


def test_a_prefixed_word_that_is_no_occupation_is_no_role() -> None:
    assert _prefixed_occupation("equal") is None


def _later_surname(word: str) -> Doc:
    """ "Host Tova Lindqvist spoke. Then <word> said it.", the later word tagged a noun."""
    layout = hand_layout(
        [
            ("Host", "NN", "NOUN", "compound", 2),
            ("Tova", "NNP", "PROPN", "compound", 2),
            ("Lindqvist", "NNP", "PROPN", "nsubj", 3),
            ("spoke", "VBD", "VERB", "ROOT", 3),
            (".", ".", "PUNCT", "punct", 3),
            ("Then", "RB", "ADV", "advmod", 7),
            (word, "NN", "NOUN", "nsubj", 7),
            ("said", "VBD", "VERB", "ROOT", 7),
            ("it", "PRP", "PRON", "dobj", 7),
            (".", ".", "PUNCT", "punct", 7),
        ],
        {"said": "say", "spoke": "speak"},
    )
    return layout.doc


def test_a_surname_tagged_as_a_common_noun_is_the_name_written_in_full_before() -> None:
    doc = _later_surname("Lindqvist")
    assert describe(doc[6], LEXICON).name == "Lindqvist"


def test_a_capitalised_common_noun_ending_no_full_name_is_no_name() -> None:
    doc = _later_surname("Tribunal")
    assert describe(doc[6], LEXICON).name is None


def test_a_person_after_an_outlets_possessive_in_its_own_entity_is_a_person() -> None:
    """ "[the Daily Post's] [Ishaan Varma] wrote", two entities: the outlet's words say
    nothing of the name's kind; the outlet is the affiliation."""
    layout = hand_layout(
        [
            ("the", "DT", "DET", "det", 3),
            ("Daily", "NNP", "PROPN", "compound", 2),
            ("Post", "NNP", "PROPN", "poss", 5),
            ("'s", "POS", "PART", "case", 2),
            ("Ishaan", "NNP", "PROPN", "compound", 5),
            ("Varma", "NNP", "PROPN", "nsubj", 6),
            ("wrote", "VBD", "VERB", "ROOT", 6),
        ],
        {"wrote": "write"},
    )
    doc = layout.doc
    doc.ents = [Span(doc, 0, 4, label="ORG"), Span(doc, 4, 6, label="ORG")]
    mention = describe(doc[5], LEXICON)
    assert (mention.name, mention.kind, mention.affiliation) == (
        "Ishaan Varma",
        SpeakerKind.PERSON,
        "Daily Post",
    )


def _modifier_before_aide(word: str) -> Token:
    """``word`` tagged a proper noun, modifying "aide" before the name "Mira Kessel"."""
    layout = hand_layout(
        [
            ("Then", "RB", "ADV", "advmod", 5),
            (word, "NNP", "PROPN", "compound", 2),
            ("aide", "NN", "NOUN", "compound", 4),
            ("Mira", "NNP", "PROPN", "compound", 4),
            ("Kessel", "NNP", "PROPN", "nsubj", 5),
            ("spoke", "VBD", "VERB", "ROOT", 5),
        ],
        {"spoke": "speak"},
    )
    return layout.doc[1]


def test_a_capitalised_proper_noun_modifier_names_a_body() -> None:
    assert body_phrase(_modifier_before_aide("Acme"), LEXICON) == "Acme"


def test_a_lower_case_word_tagged_a_proper_noun_names_no_body() -> None:
    # "longtime aide Mira Kessel", the adjective tagged NNP
    assert body_phrase(_modifier_before_aide("longtime"), LEXICON) is None


def test_a_relative_noun_capitalised_in_a_headline_names_no_body() -> None:
    # "... After Split From Wife Mira Kessel"
    assert body_phrase(_modifier_before_aide("Wife"), LEXICON) is None


def _lawyer_for(first: str, label: str = "ORG") -> Token:
    """ "<first> Lindqvist spoke . A lawyer for Lindqvist spoke .", the full name labelled
    ``label`` (ORG, as small models label unfamiliar names), the second "Lindqvist" ORG;
    returns the second "Lindqvist"."""
    layout = hand_layout(
        [
            (first, "NNP", "PROPN", "compound", 1),
            ("Lindqvist", "NNP", "PROPN", "nsubj", 2),
            ("spoke", "VBD", "VERB", "ROOT", 2),
            (".", ".", "PUNCT", "punct", 2),
            ("A", "DT", "DET", "det", 5),
            ("lawyer", "NN", "NOUN", "nsubj", 8),
            ("for", "IN", "ADP", "prep", 5),
            ("Lindqvist", "NNP", "PROPN", "pobj", 6),
            ("spoke", "VBD", "VERB", "ROOT", 8),
            (".", ".", "PUNCT", "punct", 8),
        ],
        {"spoke": "speak"},
    )
    doc = layout.doc
    doc.ents = [Span(doc, 0, 2, label=label), Span(doc, 7, 8, label="ORG")]
    return doc[7]


def test_a_person_labelled_an_organisation_is_known_by_a_first_name() -> None:
    assert body_phrase(_lawyer_for("Sara"), LEXICON, proper=True) is None


def test_an_organisation_that_opens_with_no_first_name_is_a_body() -> None:
    assert body_phrase(_lawyer_for("Harbor"), LEXICON, proper=True) == "Lindqvist"


def test_a_surname_of_a_person_named_in_full_before_is_no_body() -> None:
    # The recogniser labelled the full name a person: its surname alone later is that
    # person, whatever the first name (one the table of first names does not list).
    assert "quorra" not in LEXICON.first_name_genders
    assert body_phrase(_lawyer_for("Quorra", "PERSON"), LEXICON, proper=True) is None


def test_a_number_before_a_possessive_in_a_title_owns_no_body() -> None:
    # "a co-author of Nine 's a Crowd": a title the parse split, "Nine" its possessor.
    layout = hand_layout(
        [
            ("a", "DT", "DET", "det", 1),
            ("author", "NN", "NOUN", "ROOT", 1),
            ("of", "IN", "ADP", "prep", 1),
            ("Nine", "NNP", "PROPN", "poss", 6),
            ("'s", "POS", "PART", "case", 3),
            ("a", "DT", "DET", "det", 6),
            ("Crowd", "NN", "NOUN", "pobj", 2),
        ],
        {},
    )
    doc = layout.doc
    doc.ents = [Span(doc, 3, 4, label="CARDINAL")]
    assert describe(doc[1], LEXICON, appositive=True).affiliation is None


def test_a_body_owning_the_unit_after_at_is_the_affiliation() -> None:
    # "an economist at the Harbor Trust 's center"
    layout = hand_layout(
        [
            ("an", "DT", "DET", "det", 1),
            ("economist", "NN", "NOUN", "ROOT", 1),
            ("at", "IN", "ADP", "prep", 1),
            ("the", "DT", "DET", "det", 5),
            ("Harbor", "NNP", "PROPN", "compound", 5),
            ("Trust", "NNP", "PROPN", "poss", 7),
            ("'s", "POS", "PART", "case", 5),
            ("center", "NN", "NOUN", "pobj", 2),
        ],
        {},
    )
    doc = layout.doc
    doc.ents = [Span(doc, 3, 7, label="ORG")]
    assert describe(doc[1], LEXICON, appositive=True).affiliation == "Harbor Trust"


def test_a_bodys_name_cut_after_its_preposition_runs_on_to_the_place() -> None:
    # "[the Syriac Diocese of] [Aleppo]": the recogniser ends the body at "of".
    layout = hand_layout(
        [
            ("the", "DT", "DET", "det", 2),
            ("Syriac", "NNP", "PROPN", "compound", 2),
            ("Diocese", "NNP", "PROPN", "ROOT", 2),
            ("of", "IN", "ADP", "prep", 2),
            ("Aleppo", "NNP", "PROPN", "pobj", 3),
        ],
        {},
    )
    doc = layout.doc
    doc.ents = [Span(doc, 0, 4, label="ORG"), Span(doc, 4, 5, label="GPE")]
    assert body_phrase(doc[2], LEXICON, proper=True) == "Syriac Diocese of Aleppo"


def _first_name_before(surname_label: str) -> str | None:
    """The affiliation of "Lusine Vartanian , a Harbor spokeswoman ," with the first name
    unlabelled and the surname labelled ``surname_label`` (a rare surname may be taken
    for a nationality group)."""
    layout = hand_layout(
        [
            ("Lusine", "NNP", "PROPN", "compound", 1),
            ("Vartanian", "NNP", "PROPN", "ROOT", 1),
            (",", ",", "PUNCT", "punct", 1),
            ("a", "DT", "DET", "det", 5),
            ("Harbor", "NNP", "PROPN", "compound", 5),
            ("spokeswoman", "NN", "NOUN", "appos", 1),
            (",", ",", "PUNCT", "punct", 1),
        ],
        {},
    )
    doc = layout.doc
    doc.ents = [Span(doc, 1, 2, label=surname_label), Span(doc, 4, 5, label="ORG")]
    return describe(doc[1], LEXICON).affiliation


def test_a_first_name_before_a_surname_taken_for_a_nationality_is_no_affiliation() -> None:
    assert _first_name_before("NORP") == "Harbor"


def test_negative_a_word_before_an_organisations_name_is_still_read_as_a_body() -> None:
    # Only a person's name (or a surname taken for a nationality) takes the unlabelled word
    # before it into the name: before an organisation's label it stays a modifier.
    assert _first_name_before("ORG") == "Lusine"


def _name_after_a_subject(word: str, tag: str) -> Token:
    """ "Lee opposed Ruiz , <word> war record Tom Kessler mocked ." with the name parsed as
    an appositive of "record", the subject of the relative clause's "mocked" (as the model
    parses a fronted object); the name's head token."""
    layout = hand_layout(
        [
            ("Lee", "NNP", "PROPN", "nsubj", 1),
            ("opposed", "VBD", "VERB", "ROOT", 1),
            ("Ruiz", "NNP", "PROPN", "dobj", 1),
            (",", ",", "PUNCT", "punct", 2),
            (word, tag, "PRON", "poss", 6),
            ("war", "NN", "NOUN", "compound", 6),
            ("record", "NN", "NOUN", "nsubj", 9),
            ("Tom", "NNP", "PROPN", "compound", 8),
            ("Kessler", "NNP", "PROPN", "appos", 6),
            ("mocked", "VBD", "VERB", "relcl", 2),
            (".", ".", "PUNCT", "punct", 1),
        ],
        {"opposed": "oppose", "mocked": "mock"},
    )
    doc = layout.doc
    doc.ents = [Span(doc, 2, 3, label="PERSON"), Span(doc, 7, 9, label="PERSON")]
    return doc[8]


def test_a_name_after_a_relative_clauses_fronted_object_is_not_described_by_it() -> None:
    # "whose war record Tom Kessler mocked": the record is Ruiz's, Kessler the one mocking.
    mention = describe(_name_after_a_subject("whose", "WP$"), LEXICON)
    assert (mention.name, mention.role_head) == ("Tom Kessler", None)


def test_negative_a_name_after_a_subject_with_no_relative_word_is_described_by_it() -> None:
    mention = describe(_name_after_a_subject("his", "PRP$"), LEXICON)
    assert (mention.name, mention.role_head) == ("Tom Kessler", "record")


def _name_apposed_to(word: str) -> Token:
    """ "Lee thanked Harbor police <word> Ana Diaz ." with the capitalised word tagged a
    proper noun, the object, and the name its appositive; the name's head token."""
    layout = hand_layout(
        [
            ("Lee", "NNP", "PROPN", "nsubj", 1),
            ("thanked", "VBD", "VERB", "ROOT", 1),
            ("Harbor", "NNP", "PROPN", "compound", 4),
            ("police", "NN", "NOUN", "compound", 4),
            (word, "NNP", "PROPN", "dobj", 1),
            ("Ana", "NNP", "PROPN", "compound", 6),
            ("Diaz", "NNP", "PROPN", "appos", 4),
            (".", ".", "PUNCT", "punct", 1),
        ],
        {"thanked": "thank"},
    )
    doc = layout.doc
    doc.ents = [Span(doc, 0, 1, label="PERSON"), Span(doc, 5, 7, label="PERSON")]
    return doc[6]


def test_an_office_tagged_a_proper_noun_with_the_name_apposed_is_its_title() -> None:
    mention = describe(_name_apposed_to("Chief"), LEXICON)
    assert (mention.name, mention.role) == ("Ana Diaz", "Harbor police Chief")


def test_negative_a_proper_noun_that_is_no_office_gives_the_apposed_name_no_role() -> None:
    mention = describe(_name_apposed_to("Square"), LEXICON)
    assert (mention.name, mention.role, mention.affiliation) == ("Ana Diaz", None, None)


def _coordinated_appositive(noun: str) -> Token:
    """ "Nina Tan , a Harbor <noun> and president of Fund , said ." with the appositive's
    two nouns coordinated; the name's head token."""
    layout = hand_layout(
        [
            ("Nina", "NNP", "PROPN", "compound", 1),
            ("Tan", "NNP", "PROPN", "nsubj", 11),
            (",", ",", "PUNCT", "punct", 1),
            ("a", "DT", "DET", "det", 5),
            ("Harbor", "NNP", "PROPN", "compound", 5),
            (noun, "NN", "NOUN", "appos", 1),
            ("and", "CC", "CCONJ", "cc", 5),
            ("president", "NN", "NOUN", "conj", 5),
            ("of", "IN", "ADP", "prep", 7),
            ("Fund", "NNP", "PROPN", "pobj", 8),
            (",", ",", "PUNCT", "punct", 1),
            ("said", "VBD", "VERB", "ROOT", 11),
            (".", ".", "PUNCT", "punct", 11),
        ],
        {"said": "say"},
    )
    doc = layout.doc
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 9, 10, label="ORG")]
    return doc[1]


def test_an_office_coordinated_after_a_noun_naming_none_is_the_capacity() -> None:
    # "a Harbor supporter and president of Fund": what she is to Harbor is no office.
    mention = describe(_coordinated_appositive("supporter"), LEXICON)
    assert (mention.role, mention.affiliation) == ("president", "Fund")


def test_negative_an_office_first_in_the_coordination_stays_the_capacity() -> None:
    # The body before the office is its affiliation, no part of the role.
    mention = describe(_coordinated_appositive("nurse"), LEXICON)
    assert (mention.role, mention.affiliation) == ("nurse", "Harbor")


def _group_adjective_appositive(words: list[str]) -> Token:
    """ "Roman Smbat , a <words> diplomat , said ." with the adjectives labelled NORP; the
    name's head token."""
    rows = [
        ("Roman", "NNP", "PROPN", "compound", 1),
        ("Smbat", "NNP", "PROPN", "nsubj", 6 + len(words)),
        (",", ",", "PUNCT", "punct", 1),
        ("a", "DT", "DET", "det", 4 + len(words)),
    ]
    rows += [(word, "JJ", "ADJ", "amod", 4 + len(words)) for word in words]
    rows += [
        ("diplomat", "NN", "NOUN", "appos", 1),
        (",", ",", "PUNCT", "punct", 1),
        ("said", "VBD", "VERB", "ROOT", 6 + len(words)),
        (".", ".", "PUNCT", "punct", 6 + len(words)),
    ]
    layout = hand_layout(rows, {"said": "say"})
    doc = layout.doc
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 4, 4 + len(words), label="NORP")]
    return doc[1]


def test_a_regions_adjective_on_a_role_is_no_affiliation() -> None:
    mention = describe(_group_adjective_appositive(["Middle", "Eastern"]), LEXICON)
    assert (mention.role, mention.affiliation) == ("diplomat", None)


def test_negative_a_nationality_adjective_on_a_role_names_its_country() -> None:
    mention = describe(_group_adjective_appositive(["Chilean"]), LEXICON)
    assert (mention.role, mention.affiliation) == ("diplomat", "Chile")


def _lawyer_in(words: list[str], label: str) -> Token:
    """ "Ana Ruiz , a lawyer in the <words> , said ." with the words labelled ``label``;
    the name's head token."""
    last = 6 + len(words)
    rows = [
        ("Ana", "NNP", "PROPN", "compound", 1),
        ("Ruiz", "NNP", "PROPN", "nsubj", last + 2),
        (",", ",", "PUNCT", "punct", 1),
        ("a", "DT", "DET", "det", 4),
        ("lawyer", "NN", "NOUN", "appos", 1),
        ("in", "IN", "ADP", "prep", 4),
        ("the", "DT", "DET", "det", last),
    ]
    rows += [(word, "NNP", "PROPN", "compound", last) for word in words[:-1]]
    rows += [
        (words[-1], "NNP", "PROPN", "pobj", 5),
        (",", ",", "PUNCT", "punct", 1),
        ("said", "VBD", "VERB", "ROOT", last + 2),
        (".", ".", "PUNCT", "punct", last + 2),
    ]
    layout = hand_layout(rows, {"said": "say"})
    doc = layout.doc
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 7, last + 1, label=label)]
    return doc[1]


def test_a_body_a_role_is_held_in_is_the_affiliation() -> None:
    mention = describe(_lawyer_in(["Justice", "Department"], "ORG"), LEXICON)
    assert (mention.role, mention.affiliation) == ("lawyer", "Justice Department")


def test_negative_a_place_a_role_is_held_in_is_no_affiliation() -> None:
    mention = describe(_lawyer_in(["Harbor", "Heights"], "GPE"), LEXICON)
    assert mention.affiliation is None


def _appositive_past_a_relative_clause(verb: str, noun: str, dep: str, label: str) -> Token:
    """ "Rita Vance , who <verb> <noun> , the port director , said ." with the parse hanging
    the appositive on the name across the relative clause, as it does on real news; the
    clause's noun labelled ``label``; the name's head token."""
    layout = hand_layout(
        [
            ("Rita", "NNP", "PROPN", "compound", 1),
            ("Vance", "NNP", "PROPN", "nsubj", 11),
            (",", ",", "PUNCT", "punct", 1),
            ("who", "WP", "PRON", "nsubj", 4),
            (verb, "VBD", "VERB", "relcl", 1),
            (noun, "NNP", "PROPN", dep, 4),
            (",", ",", "PUNCT", "punct", 1),
            ("the", "DT", "DET", "det", 9),
            ("port", "NN", "NOUN", "compound", 9),
            ("director", "NN", "NOUN", "appos", 1),
            (",", ",", "PUNCT", "punct", 1),
            ("said", "VBD", "VERB", "ROOT", 11),
            (".", ".", "PUNCT", "punct", 11),
        ],
        {"fired": "fire", "spoke": "speak", "said": "say"},
    )
    doc = layout.doc
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 5, 6, label=label)]
    return doc[1]


def test_an_appositive_after_a_noun_of_the_names_relative_clause_is_not_the_names() -> None:
    # "Vance, who fired Ng, the port director, said": the director is Ng.
    mention = describe(_appositive_past_a_relative_clause("fired", "Ng", "dobj", "PERSON"), LEXICON)
    assert (mention.name, mention.role) == ("Rita Vance", None)


def test_negative_an_appositive_after_a_date_in_the_relative_clause_stays_the_names() -> None:
    # A day names no one the appositive could describe.
    head = _appositive_past_a_relative_clause("spoke", "Tuesday", "npadvmod", "DATE")
    assert (describe(head, LEXICON).role) == "port director"


def _name_with_a_place_and_its_clause() -> Token:
    """ "The envoy met Vance at the guest house , where the bishop lives ." with the place
    phrase hung on the name, as the parse does on real news; the name's token."""
    layout = hand_layout(
        [
            ("The", "DT", "DET", "det", 1),
            ("envoy", "NN", "NOUN", "nsubj", 2),
            ("met", "VBD", "VERB", "ROOT", 2),
            ("Vance", "NNP", "PROPN", "dobj", 2),
            ("at", "IN", "ADP", "prep", 3),
            ("the", "DT", "DET", "det", 7),
            ("guest", "NN", "NOUN", "compound", 7),
            ("house", "NN", "NOUN", "pobj", 4),
            (",", ",", "PUNCT", "punct", 7),
            ("where", "WRB", "SCONJ", "advmod", 12),
            ("the", "DT", "DET", "det", 11),
            ("bishop", "NN", "NOUN", "nsubj", 12),
            ("lives", "VBZ", "VERB", "relcl", 7),
            (".", ".", "PUNCT", "punct", 2),
        ],
        {"met": "meet", "lives": "live"},
    )
    doc = layout.doc
    doc.ents = [Span(doc, 3, 4, label="PERSON")]
    return doc[3]


def test_a_role_noun_in_a_clause_on_another_noun_of_the_phrase_keys_no_one() -> None:
    # The bishop lives at the house; "Vance" is no bishop, and "the bishop" later is not Vance.
    mention = describe(_name_with_a_place_and_its_clause(), LEXICON)
    assert (mention.name, mention.role_head) == ("Vance", None)


def test_an_entity_of_an_article_and_a_possessive_alone_names_no_body() -> None:
    # "Ana said the's chief": the recogniser's entity holds no word of a name, so no body
    # is read from it (and none is read on past it), whatever follows.
    layout = hand_layout(
        [
            ("Ana", "NNP", "PROPN", "nsubj", 1),
            ("said", "VBD", "VERB", "ROOT", 1),
            ("the", "DT", "DET", "poss", 4),
            ("'s", "POS", "PART", "case", 2),
            ("chief", "NN", "NOUN", "dobj", 1),
        ],
        {"said": "say"},
    )
    doc = layout.doc
    doc.ents = [Span(doc, 2, 4, label="ORG")]
    assert body_phrase(doc[2], LEXICON) is None
