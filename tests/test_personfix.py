"""Repairs of the people found: glued repeats, listed surnames, initials of full names."""

import pytest

from indexer.extract.mentions import Mention
from indexer.extract.people import extract_people
from indexer.extract.personfix import drop_surname_runs, full_names, unglue_repeats


def people(*paragraphs: str, language: str = "en") -> tuple[str, ...]:
    return extract_people(paragraphs, language).value


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Minister Ada LindqvistAda Lindqvist took office.",
            "Minister Ada Lindqvist. Ada Lindqvist took office.",
        ),
        (
            "Министър Иван ПетровИван Петров е министър.",
            "Министър Иван Петров. Иван Петров е министър.",
        ),
        ("General Ola McDonald spoke.", "General Ola McDonald spoke."),  # a capital inside a name
        ("Minister Ada Lindqvist spoke.", "Minister Ada Lindqvist spoke."),
    ],
)
def test_unglue_repeats(paragraph, expected):
    assert unglue_repeats(paragraph) == expected


@pytest.mark.parametrize(
    ("names", "language", "expected"),
    [
        # two surnames of people named in full elsewhere are a list, not a third person
        (("Rui Petri", "Lars Poulsen", "Petri y Poulsen"), "es", ("Rui Petri", "Lars Poulsen")),
        (("Jan Novák", "Eva Horová", "Novák Horová"), "sk", ("Jan Novák", "Eva Horová")),
        # a compound surname with one owner stays
        (("Ana Azevedo e Silva", "Rui Silva"), "pt", ("Ana Azevedo e Silva", "Rui Silva")),
        (("Ada Holm", "Ola Berg"), "en", ("Ada Holm", "Ola Berg")),
    ],
)
def test_drop_surname_runs(names, language, expected):
    mentions = [Mention(tuple(n.split()), "role") for n in names]
    assert tuple(m.name for m in drop_surname_runs(mentions, language)) == expected


@pytest.mark.parametrize(
    ("person", "others", "expected"),
    [
        ("D. Kalnienė", ("Dalia Kalnienė",), "Dalia Kalnienė"),
        ("D. Kalnienė", ("Dalia Kalnienė", "Daiva Kalnienė"), "D. Kalnienė"),  # which one?
        ("D. Kalnienė", ("Rasa Kalnienė",), "D. Kalnienė"),
        ("Ona Kalnienė", ("Dalia Kalnienė",), "Ona Kalnienė"),
    ],
)
def test_full_names(person, others, expected):
    mentions = [Mention(tuple(n.split()), None) for n in others]
    found = full_names([Mention(tuple(person.split()), "role")], mentions, "lt")
    assert found[0].name == expected


@pytest.mark.parametrize(
    ("paragraphs", "language", "expected"),
    [
        (
            (
                "Ministras Tomas Rimkus ir ministrė Dalia Kalnienė susitiko.",
                "Dar kartą Eltai teigė D. Kalnienė.",
            ),
            "lt",
            ("Tomas Rimkus", "Dalia Kalnienė"),
        ),
        (
            (
                "La ministra Ana Petri y el ministro Lars Poulsen firmaron.",
                "Petri y Poulsen firmaron el acuerdo.",
            ),
            "es",
            ("Ana Petri", "Lars Poulsen"),
        ),
    ],
)
def test_people_repaired(paragraphs, language, expected):
    assert people(*paragraphs, language=language) == expected
