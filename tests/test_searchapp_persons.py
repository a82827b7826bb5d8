"""Spellings of one person become one facet value with a canonical name (searchapp/persons.py)."""

from __future__ import annotations

import numpy as np
import pytest

from indexer.extract.personkey import keyed_name
from searchapp.persons import build_people

EVERYONE = np.ones(12, dtype=bool)


def people_of(written: dict[str, list[int]], english: tuple[int, ...] = ()) -> object:
    """Build the people of an invented index: spelling -> document numbers."""
    mask = np.zeros(12, dtype=bool)
    mask[list(english)] = True
    return build_people([(keyed_name(name), docs) for name, docs in written.items()], mask)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # Spellings that differ only in accents: the one with diacritics, however rare.
        ({"Mariusz Blaszczak": [0, 1, 2], "Mariusz Błaszczak": [3]}, "Mariusz Błaszczak"),
        ({"Robert Kalinak": [0], "Robert Kaliňák": [1]}, "Robert Kaliňák"),
        # Transliterations: the spelling in the most articles.
        ({"Wolodymyr Selenskyj": [0, 1], "Volodymyr Zelenskyy": [2]}, "Wolodymyr Selenskyj"),
        # Accent variants count together against another transliteration.
        (
            {"Denys Shmyhal": [0, 1], "Denis Šmyhal": [2, 3], "Denis Smyhal": [4]},
            "Denis Šmyhal",
        ),
    ],
)
def test_canonical_name(written, expected):
    people = people_of(written)
    assert {people.canonical[key] for key in people.canonical} == {expected}
    assert people.postings.counts(EVERYONE) == {
        expected: len({d for v in written.values() for d in v})
    }


def test_a_tie_goes_to_the_spelling_english_articles_use():
    people = people_of(
        {"Wolodymyr Selenskyj": [0], "Volodímir Zelenski": [1], "Volodymyr Zelensky": [2]},
        english=(2,),
    )
    assert set(people.canonical.values()) == {"Volodymyr Zelensky"}


def test_surname_only_mentions_join_the_one_full_name():
    people = people_of({"Jana Dvořáková": [0, 1], "Dvorakova": [2], "Dvořáková": [3]})
    assert people.postings.counts(EVERYONE) == {"Jana Dvořáková": 4}
    assert set(people.aliases("Jana Dvořáková")) == {"Dvorakova", "Dvořáková"}


def test_a_surname_two_full_names_share_stays_apart():
    people = people_of({"Anna Nowak": [0], "Piotr Nowak": [1], "Nowak": [2]})
    assert people.postings.counts(EVERYONE) == {"Anna Nowak": 1, "Piotr Nowak": 1, "Nowak": 1}
    assert people.resolve("nowak") == "Nowak"


def test_articles_holding_two_spellings_count_once():
    people = people_of({"Olena Marchenko": [0, 1], "Olena Martschenko": [1]})
    assert people.postings.counts(EVERYONE) == {"Olena Marchenko": 2}


@pytest.mark.parametrize(
    "typed",
    ["Volodymyr Zelensky", "volodymyr zelenskyy", "Wolodymyr Selenskyj", "Zelenski", "ZELENSKYY"],
)
def test_any_spelling_resolves_to_the_canonical_name(typed):
    people = people_of({"Volodymyr Zelensky": [0, 1], "Wolodymyr Selenskyj": [2]})
    assert people.resolve(typed) == "Volodymyr Zelensky"


@pytest.mark.parametrize("typed", ["Volodymyr", "Petro Zelensky", "Marchenko", ""])
def test_unknown_names_resolve_to_nothing(typed):
    people = people_of({"Volodymyr Zelensky": [0]})
    assert people.resolve(typed) is None


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("zel", ["Volodymyr Zelensky"]),
        ("selensk", ["Volodymyr Zelensky"]),  # another spelling's word
        ("kam", ["Władysław Kosiniak-Kamysz"]),  # after a hyphen
        ("wladys", ["Władysław Kosiniak-Kamysz"]),
        ("olodymyr", []),  # inside a word
    ],
)
def test_prefixes_match_the_start_of_any_word_of_any_spelling(typed, expected):
    people = people_of(
        {"Volodymyr Zelensky": [0], "Wolodymyr Selenskyj": [1], "Władysław Kosiniak-Kamysz": [2]}
    )
    assert people.with_prefix(typed) == expected


def test_names_in_other_scripts_keep_their_own_value():
    people = people_of({"Зеленський": [0], "Volodymyr Zelensky": [1]})
    assert people.postings.counts(EVERYONE) == {"Зеленський": 1, "Volodymyr Zelensky": 1}
