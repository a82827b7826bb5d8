"""Case endings of Finnish, Lithuanian and Slovak names, and names given again in brackets."""

import pytest

from indexer.extract.inflection import nominative
from indexer.extract.people import extract_people


def people(*paragraphs: str, language: str) -> tuple[str, ...]:
    return extract_people(paragraphs, language).value


@pytest.mark.parametrize(
    ("words", "role", "language", "expected"),
    [
        # Finnish puts the genitive on the last word only; a compound role shows the case
        (("Mark", "Ostinin"), "puolustusministerin", "fi", ("Mark", "Ostin")),
        (("Kevin", "Bergqvistin"), "presidentin", "fi", ("Kevin", "Bergqvist")),
        (("Ada", "Lunde"), "presidentin", "fi", ("Ada", "Lunde")),
        (("Ada", "Lunden"), "presidentin", "fi", ("Ada", "Lunde")),
        (("Matti", "Virtasen"), "ministerin", "fi", ("Matti", "Virtanen")),
        (("Mark", "Ostinin"), "ministeri", "fi", ("Mark", "Ostinin")),  # no case shown
        # Lithuanian instrumental in -umi and dative in -ui
        (("Andrejumi", "Petrenkovu"), "ministru", "lt", ("Andrejus", "Petrenkovas")),
        (("Jonui", "Kairiui"), "ministrui", "lt", ("Jonui", "Kairiui")),  # -ius or -is: unsure
        (("Tomui", "Kalnui"), "ministrui", "lt", ("Tomas", "Kalnas")),
        # Slovak roles in the instrumental
        (("Michalom", "Hudákom"), "predstaviteľom", "sk", ("Michal", "Hudák")),
    ],
)
def test_case_endings(words, role, language, expected):
    assert nominative(words, role, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the original spelling in brackets after a Latvian case form is the person
        (
            "Ministrs tikās ar Norvēģijas ministru Larsu Hegenu (Lars Haugen) Rīgā.",
            "lv",
            ("Lars Haugen",),
        ),
        # a respelling in the same case is not an original
        (
            "Susitiko su prezidentu Jonu Kairiu (Jonu Kajriu) Vilniuje.",
            "lt",
            ("Jonas Kairis",),
        ),
        # institutions and newspapers are no people
        ("Ministern besökte Försvarsdepartementet, skriver Dagens Nyheter.", "sv", ()),
    ],
)
def test_people_in_context(text, language, expected):
    assert people(text, language=language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Tóth Bence kiemelte, hogy a szerződés fontos.", "hu", ("Tóth Bence",)),
        ("Rui Tavares Lopes inicia hoje a visita a Luanda.", "pt", ("Rui Tavares Lopes",)),
        ("Smlouvu za důležitou označila Hana Veselá z ministerstva.", "cs", ("Hana Veselá",)),
        ("Ada Lindqvist mötte sin kollega i Oslo.", "sv", ("Ada Lindqvist",)),
    ],
)
def test_speech_and_action_verbs(text, language, expected):
    assert people(text, language=language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "La ministra de Defensa, Núria Vidal Pons, va visitar la base.",
            "ca",
            ("Núria Vidal Pons",),
        ),
        ("Ministri i Mbrojtjes Arben Dervishi takoi homologun e tij.", "sq", ("Arben Dervishi",)),
        (
            "Ministri obrane Hrvatske i Srbije Ivan Horvat i Marko Perić sastali su se.",
            "hr",
            ("Ivan Horvat", "Marko Perić"),
        ),
        ("Forsvarsministeren og hans kollega Ole Brandt skrev under.", "da", ("Ole Brandt",)),
    ],
)
def test_roles_of_more_languages(text, language, expected):
    assert people(text, language=language) == expected
