"""Inflected names brought back to the nominative by rules where no dictionary knows them."""

import pytest

from indexer.extract.inflection import nominative, written_nominative
from indexer.extract.morphology import name_nominative, split_by_case
from indexer.extract.people import extract_people


def people(*paragraphs: str, language: str) -> tuple[str, ...]:
    return extract_people(paragraphs, language).value


@pytest.mark.parametrize(
    ("words", "language", "expected"),
    [
        (("Бьорном", "Стенсеном"), "uk", ("Бьорн", "Стенсен")),
        (("Бьорном", "Стенсеном"), "ru", ("Бьорн", "Стенсен")),
        (("Петром", "Бьорнсоном"), "uk", ("Петро", "Бьорнсон")),
        (("Андрієм", "Коваленком"), "uk", ("Андрій", "Коваленко")),
        (("Олена", "Коваль"), "uk", ("Олена", "Коваль")),
    ],
)
def test_foreign_names_the_dictionary_does_not_know(words, language, expected):
    assert name_nominative(words, language) == expected


@pytest.mark.parametrize(
    ("words", "language", "expected"),
    [
        (
            ("Иваном", "Петровым", "Олег", "Сидоров"),
            "ru",
            (("Иваном", "Петровым"), ("Олег", "Сидоров")),
        ),
        (
            ("Іваном", "Петренком", "Олег", "Сидоренко"),
            "uk",
            (("Іваном", "Петренком"), ("Олег", "Сидоренко")),
        ),
        (("Владимир", "Иванович", "Петров"), "ru", (("Владимир", "Иванович", "Петров"),)),
        (("Иван", "Петров"), "ru", (("Иван", "Петров"),)),
    ],
)
def test_two_names_in_different_cases_are_split(words, language, expected):
    assert split_by_case(words, language) == expected


@pytest.mark.parametrize(
    ("words", "role", "language", "expected"),
    [
        (("Nils", "Haugenem"), "ministrem", "pl", ("Nils", "Haugen")),
        (("Arne", "Lundem"), "odpowiednikiem", "pl", ("Arne", "Lund")),
        (("Arne", "Wróblem"), "odpowiednikiem", "pl", ("Arne", "Wróblem")),
        (("Nickiem", "Haugenem"), None, "pl", ("Nick", "Haugen")),
        (("Jan", "Haugenem"), None, "pl", ("Jan", "Haugenem")),
        (("Ivana", "Horvatića"), "predsjednika", "hr", ("Ivan", "Horvatić")),
        (("Marka", "Kovačevića"), "ministra", "hr", ("Mark", "Kovačević")),
        (("Ivanom", "Babićem"), "ministrom", "hr", ("Ivan", "Babić")),
        (("Ivanu", "Horvatu"), "premijeru", "hr", ("Ivan", "Horvat")),
        (("Marija", "Horvatića"), "predsjednika", "hr", ("Marija", "Horvatića")),
    ],
)
def test_case_endings_as_data(words, role, language, expected):
    assert nominative(words, role, language) == expected


@pytest.mark.parametrize(
    ("paragraphs", "language", "expected"),
    [
        (
            ("Vježbu je otvorio Ivan Horvatić.", "Govorio je i predsjednik Horvatić."),
            "hr",
            ("Ivan Horvatić",),
        ),
        (
            ("Na skupu su bili predsjednika Horvatića i drugi.", "Ivan Horvatić je govorio."),
            "hr",
            ("Ivan Horvatić",),
        ),
        (
            ("Встреча в Астане прошла. Министр Иван Петров заявил о поставках.",),
            "ru",
            ("Иван Петров",),
        ),
        (("Министры обсудили безопасность в Центральной Азии.",), "ru", ()),
    ],
)
def test_people_in_inflected_text(paragraphs, language, expected):
    assert people(*paragraphs, language=language) == expected


@pytest.mark.parametrize(
    ("words", "role", "language", "expected"),
    [
        (("Tomášem", "Novotným"), "protějškem", "cs", ("Tomáš", "Novotný")),
        (("Jana", "Černého"), "ministra", "cs", ("Jan", "Černý")),
        (("Michala", "Hlinského"), "ministra", "sk", ("Michal", "Hlinský")),
    ],
)
def test_adjective_surnames(words, role, language, expected):
    assert nominative(words, role, language) == expected


@pytest.mark.parametrize(
    ("paragraphs", "language", "expected"),
    [
        (
            ("Minister sa stretol so šéfom Ivanom Brnom.", "Minister a Brna sa zhodli."),
            "sk",
            ("Ivan Brna",),
        ),
        (("Slová ministra Martina Horáka boli jasné.",), "sk", ("Martin Horák",)),
        (
            ("Rozhovor s ministrem Janem Nowakiem.", "Prezydent Nowak powiedział, że umowa jest."),
            "pl",
            ("Jan Nowak",),
        ),
    ],
)
def test_the_article_s_own_nominative_wins(paragraphs, language, expected):
    assert people(*paragraphs, language=language) == expected


@pytest.mark.parametrize(
    ("word", "seen", "expected"),
    [
        ("Brn", {"Brna"}, "Brna"),
        ("Brn", {"Brn", "Brna"}, "Brn"),
        ("Brn", {"Brna", "Brný"}, "Brn"),
    ],
)
def test_written_nominative(word, seen, expected):
    assert written_nominative(word, frozenset(seen), "sk") == expected


@pytest.mark.parametrize(
    ("words", "role", "language", "expected"),
    [
        (("Edgara", "Ozola"), "ministra", "lv", ("Edgars", "Ozols")),
        (("Valdemāru", "Ozolu"), "ministru", "lv", ("Valdemārs", "Ozols")),
        (("Intai", "Kalnai"), "ministrei", "lv", ("Intai", "Kalnai")),
        (("Ingu", "Kalnu"), "ministri", "lv", ("Inga", "Kalna")),
    ],
)
def test_latvian_case_endings(words, role, language, expected):
    assert nominative(words, role, language) == expected


def test_latvian_name_in_is_taken_from_the_article():
    paragraphs = ("Vizītes laikā ministra Kārla Ozola runa bija īsa.", "Kārlis Ozols teica, ka")
    assert people(*paragraphs, language="lv") == ("Kārlis Ozols",)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Minister obrany Peter Kováč SaS ) v piatok odletí.", "sk", ("Peter Kováč",)),
        ("Defence Secretary Ann McCormack said MPs agreed.", "en", ("Ann McCormack",)),
    ],
)
def test_mostly_capital_words_end_a_name(text, language, expected):
    assert people(text, language=language) == expected
