"""A role whose country stands between it and the name, in sentences written for the test."""

import pytest

from indexer.extract.people import extract_people


def people(text: str, language: str) -> tuple[str, ...]:
    return extract_people([text], language).value


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Oggi ha parlato con il Segretario alla Difesa degli Stati Uniti, Mark Ostin, a Roma.",
            "it",
            ("Mark Ostin",),
        ),
        (
            "Elle a reçu l’ambassadrice des États-Unis en Côte d’Ivoire, Anne Morel Dia, lundi.",
            "fr",
            ("Anne Morel Dia",),
        ),
        (
            "Recebeu a embaixadora dos Estados Unidos no Brasil, Ana Lúcia Prado, em Brasília.",
            "pt",
            ("Ana Lúcia Prado",),
        ),
        # a clause between the ministry and the name: no role of that name
        (
            "Iz ministarstva obrane navodi se da je Hrvatska zatražila osam helikoptera Sivi Sokol.",
            "hr",
            (),
        ),
    ],
)
def test_role_across_a_country(text, language, expected):
    assert people(text, language) == expected
