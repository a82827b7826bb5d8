"""Countries are found by name, alias, adjective, demonym and capital, in five languages."""

import pytest

from indexer.extract.countries import extract_countries


def codes(text: str, language: str = "en") -> set[str]:
    return set(extract_countries([text], language).value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks between Chile and Peru", {"CL", "PE"}),
        ("the ROK and the Republic of Korea", {"KR"}),
        ("a S. Korean firm and South Korea", {"KR"}),
        ("Czechia, the Czech Republic and Czech troops", {"CZ"}),
        ("the UK, Britain and British ships", {"GB"}),
        ("the US, the U.S. and American jets", {"US"}),
        ("North Korean missiles and the DPRK", {"KP"}),
        ("a Polish-Korean tank", {"PL", "KR"}),
        ("Dutch and Danish pilots", {"NL", "DK"}),
        ("Filipino sailors and Swiss bankers", {"PH", "CH"}),
        ("Hanoi and Seoul agreed", {"VN", "KR"}),
        ("officials in Riga said", {"LV"}),
        ("Moscow warned Kyiv", {"RU", "UA"}),
        ("the Russian enclave of Kaliningrad", {"RU"}),
        ("Türkiye and Turkey", {"TR"}),
    ],
)
def test_names_aliases_adjectives_capitals(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "a Thanksgiving turkey for dinner",
        "born in Atlanta, Georgia",
        "Jordan Smith scored twice",
        "Chad Miller said so",
        "Slovak-language courses",
        "subtitles in Korean.",
        "NATO, the EU and the UN met",
        "the Ottawa Convention bans mines",
        "exports to Latin America",
        "tensions on the Korean Peninsula",
        "a deal worth 300 million US dollars",
        "leaders meeting near London",
        "MADRID - The alliance met",
        "the Indian Ocean",
    ],
)
def test_not_a_country_here(text):
    assert codes(text) == set()


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Polska i Słowacja podpisały umowę w Niemczech", "pl", {"PL", "SK", "DE"}),
        ("wsparcie dla Ukrainy i polskie wojsko", "pl", {"UA", "PL"}),
        ("Die polnische Armee und Deutschlands Regierung", "de", {"PL", "DE"}),
        ("la France et l'armée polonaise", "fr", {"FR", "PL"}),
        ("España y el gobierno ucraniano", "es", {"ES", "UA"}),
        ("el caza chino-paquistaní", "es", {"CN", "PK"}),
    ],
)
def test_other_languages(text, language, expected):
    assert codes(text, language) == expected


def test_order_of_first_mention_and_evidence():
    found = extract_countries(["Estonia and Finland, then Estonia again"], "en")
    assert found.value == ("EE", "FI")
    assert "Estonia=EE" in found.evidence
