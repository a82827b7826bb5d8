"""People are full names shown to be people by a role or a verb; one entry per person."""

import pytest

from indexer.extract.people import extract_people


def people(
    *paragraphs: str, language: str = "en", exclude: tuple[str, ...] = ()
) -> tuple[str, ...]:
    return extract_people(paragraphs, language, exclude).value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Defence Minister Anna Kowalska met her hosts.", ("Anna Kowalska",)),
        ("Deputy Prime Minister Jan Nowak spoke first.", ("Jan Nowak",)),
        ("The talks were led by General Piotr Zieliński of the army.", ("Piotr Zieliński",)),
        ("They met Tomas Berg, the Director of the agency, on Monday.", ("Tomas Berg",)),
        ("Ola Nordmann, Acme's CEO, disagreed with the plan.", ("Ola Nordmann",)),
        ("Deputy Minister of Defence of Estonia, Kalle Tamm, visited.", ("Kalle Tamm",)),
        ("Mr. Nguyen Van Binh welcomed the guests.", ("Nguyen Van Binh",)),
        ("Defence Minister Kim Dae-ho arrived; Minister Kim later left.", ("Kim Dae-ho",)),
        ("Minister Tore O. Lund spoke.", ("Tore O. Lund",)),
        ("President Abdel Fattah al-Sisi attended.", ("Abdel Fattah al-Sisi",)),
        ("Commissioner Ursula von der Leyen agreed.", ("Ursula von der Leyen",)),
        ("Maria Lopez said the deal was done.", ("Maria Lopez",)),
    ],
)
def test_names_from_roles_appositions_and_verbs(text, expected):
    assert people(text) == expected


def test_surname_mention_merges_into_the_full_name():
    found = people(
        "The ministers welcomed Rudolf Kovač at the ceremony.",
        "Kovač said the agreement was historic.",
        "Later Kovač left.",
    )
    assert found == ("Rudolf Kovač",)


def test_one_entry_per_person_diacritics_kept():
    found = people("Minister Rudolf Kovač spoke.", "Minister Rudolf Kovac spoke again.")
    assert found == ("Rudolf Kovač",)


@pytest.mark.parametrize(
    "text",
    [
        "The Minister praised the K9 Thunder howitzer.",
        "Officials said the Rosomak vehicle performs well.",
        "The Defense Ministry said the Czech Republic agreed.",
        "The minister said the East Shield plan continues.",
        "Since the Cold War, the minister said, things changed.",
        "The President reviewed the Guard of Honour.",
        "The Landmine and Cluster Munitions Monitor noted the trend.",
        "Withdrawal From Treaty And Production Outlook",
        "Der Rüstungskonzern Rheinmetall sagte, die Produktion steige.",
    ],
)
def test_things_organisations_and_places_are_not_people(text):
    assert people(text) == ()


def test_authors_are_not_people():
    assert people("Reporter Anna Berg said hello.", exclude=("Anna Berg",)) == ()


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Spotkał się z nim minister obrony narodowej Adam Wiśniak.", "pl", ("Adam Wiśniak",)),
        ("Verteidigungsminister Klaus Berger reiste nach Kiew.", "de", ("Klaus Berger",)),
        ("le ministre des Armées Paul Durand a signé le contrat.", "fr", ("Paul Durand",)),
        ("La ministra de Defensa Ana Ruiz visitó la base.", "es", ("Ana Ruiz",)),
    ],
)
def test_roles_in_other_languages(text, language, expected):
    assert people(text, language=language) == expected
