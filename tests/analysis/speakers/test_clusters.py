"""What an entity is, from the mentions it gathers (hand-made mentions, no model)."""

from __future__ import annotations

import attrs
import pytest
from spacy.tokens import Span

from hand_layouts import doc_layout, hand_layout
from quoteattr import SpeakerKind
from quoteattr.analysis.speakers.clusters import Cluster
from quoteattr.analysis.speakers.coreference import resolve_heads
from quoteattr.analysis.speakers.descriptions import other_affiliation
from quoteattr.analysis.speakers.mentions import Mention
from quoteattr.lexicon import Lexicon

PERSON, ORGANIZATION = SpeakerKind.PERSON, SpeakerKind.ORGANIZATION
_ENGLISH = Lexicon.english()


def named(name: str, kind: SpeakerKind, start: int) -> Mention:
    return Mention(start, start, start + len(name), name, None, None, None, kind)


@pytest.mark.parametrize(
    ("mentions", "kind"),
    [
        pytest.param(
            [("Lindqvist", ORGANIZATION), ("Mara Lindqvist", PERSON), ("Lindqvist", ORGANIZATION)],
            PERSON,
            id="a surname labelled an organisation in a headline; the full name is a person",
        ),
        pytest.param(
            [("Mara Lindqvist", PERSON), ("Lindqvist", ORGANIZATION)],
            PERSON,
            id="a later shorter mention does not change the kind",
        ),
        pytest.param(
            [("Harbor Works", ORGANIZATION), ("Harbor Works", PERSON)],
            ORGANIZATION,
            id="of equally full names, the first given",
        ),
    ],
)
def test_the_fullest_name_says_what_the_entity_is(
    mentions: list[tuple[str, SpeakerKind]], kind: SpeakerKind
) -> None:
    cluster = Cluster()
    for number, (name, mention_kind) in enumerate(mentions):
        cluster.add(named(name, mention_kind, 100 * number))
    assert cluster.kind is kind


def test_a_plural_tagged_surname_after_the_full_name_is_still_one_person() -> None:
    cluster = Cluster()
    cluster.add(named("Mara Lindqvist", PERSON, 0))
    cluster.add(attrs.evolve(named("Lindqvist", PERSON, 100), plural=True))
    assert not cluster.plural


def test_a_plural_tagged_surname_before_the_full_name_is_one_person() -> None:
    # A headline's "Lindqvist" tagged as a plural noun, then "Mara Lindqvist" in the text.
    cluster = Cluster()
    cluster.add(attrs.evolve(named("Lindqvist", PERSON, 0), plural=True))
    cluster.add(named("Mara Lindqvist", PERSON, 100))
    assert not cluster.plural


def test_people_named_after_a_plural_role_noun_stay_a_group() -> None:
    # "my parents, Ivo and Mara Lindqvist": a plural noun with names, then "Ivo" alone.
    cluster = Cluster()
    cluster.add(attrs.evolve(named("Ivo", PERSON, 0), plural=True, role_head="parent"))
    cluster.add(named("Ivo", PERSON, 100))
    assert cluster.plural


def test_a_plural_name_first_is_a_group() -> None:
    cluster = Cluster()
    cluster.add(attrs.evolve(named("Lindqvists", PERSON, 0), plural=True))
    cluster.add(named("Lindqvist", PERSON, 100))
    assert cluster.plural


def test_a_surname_tagged_as_a_plural_common_noun_joins_its_person_as_one() -> None:
    # "Mara Lindqvist spoke. Lindqvist said so.": the tagger read the second "Lindqvist"
    # as a plural common noun ("NNS"), as small models do with surnames ending in "s".
    layout = hand_layout(
        [
            ("Mara", "NNP", "PROPN", "compound", 1),
            ("Lindqvist", "NNP", "PROPN", "nsubj", 2),
            ("spoke", "VBD", "VERB", "ROOT", 2),
            (".", ".", "PUNCT", "punct", 2),
            ("Lindqvist", "NNS", "NOUN", "nsubj", 5),
            ("said", "VBD", "VERB", "ROOT", 5),
            ("so", "RB", "ADV", "advmod", 5),
            (".", ".", "PUNCT", "punct", 5),
        ],
        {"spoke": "speak", "said": "say"},
    )
    layout.doc.ents = [Span(layout.doc, 0, 2, label="PERSON")]
    layout = doc_layout(layout.doc)  # the layout reads the entities when it is built
    clusters, resolved = resolve_heads(layout, [4], {}, Lexicon.english())
    person = clusters[resolved[4].cluster or 0]
    assert person.name == "Mara Lindqvist"
    assert not person.plural
    assert not person.role_heads  # the surname is no role


def _founder_layout(person: int, college: int) -> tuple[list[Cluster], int]:
    """ "Mara Lindqvist spoke. [Lindqvist spoke. ...] Lindqvist College opened. [...]
    Lindqvist said so.", with ``person`` mentions of her and ``college`` of the college
    before the last "Lindqvist", which is labelled ORG (as small models label a surname
    near a body named after it); returns the clusters and the last mention's cluster."""
    rows: list[tuple[str, str, str, str, int]] = []
    ents: list[tuple[int, int, str]] = []

    def sentence(words: list[str], label: str, tags: int) -> None:
        at = len(rows)
        for offset, word in enumerate(words[:-2]):
            tag = "compound" if offset + 1 < tags else "nsubj"
            rows.append(
                (word, "NNP", "PROPN", tag, at + (offset + 1 if tag == "compound" else tags))
            )
        verb = at + tags
        rows.append((words[-2], "VBD", "VERB", "ROOT", verb))
        rows.append((words[-1], ".", "PUNCT", "punct", verb))
        ents.append((at, at + tags, label))

    sentence(["Mara", "Lindqvist", "spoke", "."], "PERSON", 2)
    for _ in range(person - 1):
        sentence(["Lindqvist", "spoke", "."], "PERSON", 1)
    for _ in range(college):
        sentence(["Lindqvist", "College", "opened", "."], "ORG", 2)
    last = len(rows)
    sentence(["Lindqvist", "said", "."], "ORG", 1)
    layout = hand_layout(rows, {"spoke": "speak", "said": "say", "opened": "open"})
    doc = layout.doc
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    layout = doc_layout(doc)  # the layout reads the entities when it is built
    clusters, resolved = resolve_heads(layout, [last], {}, Lexicon.english())
    return clusters, resolved[last].cluster or 0


def test_a_surname_labelled_as_a_body_stays_with_the_person_mentioned_more() -> None:
    clusters, index = _founder_layout(person=2, college=1)
    assert clusters[index].name == "Mara Lindqvist"


def test_a_body_named_after_the_person_and_mentioned_more_takes_the_bare_name() -> None:
    # Negative: the college is mentioned more than the person, so the bare name labelled
    # ORG is the college.
    clusters, index = _founder_layout(person=1, college=2)
    assert clusters[index].name == "Lindqvist College"


def _described(role: str, affiliation: str | None, start: int) -> Mention:
    return Mention(start, start, start + 10, None, None, role, affiliation, PERSON)


@pytest.mark.parametrize(
    ("own", "described", "excluded"),
    [
        pytest.param("Florida", "New Jersey", True, id="another state: not the person"),
        pytest.param("New Jersey", "New Jersey", False, id="the same state: may be the person"),
        pytest.param(None, "New Jersey", False, id="no state said of the person: may be"),
        pytest.param("Republican", "New Jersey", False, id="a party is no rival to a state"),
        pytest.param("Republican", "Democratic", True, id="another party: not the person"),
    ],
)
def test_a_description_naming_another_state_or_party_is_not_the_person(
    own: str | None, described: str, excluded: bool
) -> None:
    cluster = Cluster()
    cluster.add(named("Tomas Kessel", PERSON, 0))
    cluster.add(_described("governor", own, 20))
    description = _described("governor", described, 200)
    assert other_affiliation(description, cluster, _ENGLISH) is excluded
