"""What an entity is, from the mentions it gathers (hand-made mentions, no model)."""

from __future__ import annotations

import attrs
import pytest

from quoteattr import SpeakerKind
from quoteattr.analysis.speakers.clusters import Cluster
from quoteattr.analysis.speakers.mentions import Mention

PERSON, ORGANIZATION = SpeakerKind.PERSON, SpeakerKind.ORGANIZATION


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


def test_a_plural_name_first_is_a_group() -> None:
    cluster = Cluster()
    cluster.add(attrs.evolve(named("Lindqvists", PERSON, 0), plural=True))
    cluster.add(named("Lindqvist", PERSON, 100))
    assert cluster.plural
