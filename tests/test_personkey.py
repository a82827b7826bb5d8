"""One key for the spelling variants of one person; different people keep different keys."""

import pytest

from indexer.extract.personkey import keyed_name, person_key, split_keyed


@pytest.mark.parametrize(
    "variants",
    [
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "Wolodymyr Selenskyj"),
        ("Zelensky", "Zelenskyy", "Zelenskiy", "Selenskyj", "Zelenski", "Zełenski"),
        ("Mariusz Błaszczak", "Mariusz Blaszczak", "MARIUSZ BŁASZCZAK"),
        ("Denys Shmyhal", "Denys Schmyhal", "Denys Szmyhal", "Denis Šmyhal"),
        ("Robert Kaliňák", "Robert Kalinak"),
        ("Jürgen Großmann", "Jurgen Grossmann"),
        ("Yuriy Ivanov", "Jurij Iwanow"),
        ("Jens Stoltenberg", "Jens  Stoltenberg", "jens stoltenberg"),
        ("Лариса Иванова", "лариса иванова"),
    ],
)
def test_variants_share_a_key(variants):
    assert len({person_key(v) for v in variants}) == 1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kim Jong-un", "Kim Jong-il"),
        ("Kim Jong-un", "Jong-un Kim"),
        ("Andrzej Duda", "Andrzej Dudek"),
        ("Anna Kowalska", "Anna Kowalski"),
        ("Зеленський", "Zelensky"),
        ("Petr Pavel", "Pavel Petr"),
    ],
)
def test_different_names_keep_different_keys(a, b):
    assert person_key(a) != person_key(b)


def test_key_of_an_empty_name_is_empty():
    assert person_key("   ") == ""


@pytest.mark.parametrize(
    "name", ["Volodymyr Zelensky", "Mariusz Błaszczak", "Kim Jong-un", "Лариса Иванова", "Zelensky"]
)
def test_keyed_name_keeps_key_and_spelling(name):
    assert split_keyed(keyed_name(name)) == (person_key(name), name)


def test_keyed_name_tidies_spaces():
    assert split_keyed(keyed_name("  Jens   Stoltenberg ")) == (
        "yens stoltenberg",
        "Jens Stoltenberg",
    )
