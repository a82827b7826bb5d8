"""Countries are found by name, alias, adjective, demonym and capital, in ten languages."""

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
        ("Kiev, Burma and the Ivory Coast", {"UA", "MM", "CI"}),
        ("Côte d'Ivoire, Holland and Czechia", {"CI", "NL", "CZ"}),
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
        ("Česká republika posílá Ukrajině munici", "cs", {"CZ", "UA"}),
        ("ruské útoky a nizozemská ministryně", "cs", {"RU", "NL"}),
        ("jednání se Švédskem, Polskem a Německem", "cs", {"SE", "PL", "DE"}),
        ("francouzský prezident a Spojené státy", "cs", {"FR", "US"}),
        ("Velká Británie a jihokorejský výrobce", "cs", {"GB", "KR"}),
        ("vietnamská delegace přiletěla do Prahy", "cs", {"VN", "CZ"}),
        ("Slovensko a Maďarsko podpísali dohodu", "sk", {"SK", "HU"}),
        ("poľské a nemecké jednotky", "sk", {"PL", "DE"}),
        ("Spojených štátov a Talianska", "sk", {"US", "IT"}),
        ("l'Italia e il governo tedesco", "it", {"IT", "DE"}),
        ("Mosca e Pechino contro gli Stati Uniti", "it", {"RU", "CN", "US"}),
        ("o Brasil e a Alemanha", "pt", {"BR", "DE"}),
        ("tropas ucranianas e o exército polaco", "pt", {"UA", "PL"}),
        ("Nederland en de Duitse regering", "nl", {"NL", "DE"}),
        ("Oekraïense piloten in Zuid-Korea", "nl", {"UA", "KR"}),
    ],
)
def test_other_languages(text, language, expected):
    assert codes(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("bývalé Československo", "cs"),
        ("oprava a korekce textu", "cs"),
        ("Jižní Amerika a Blízký východ", "cs"),
        ("tenista Jan Němec vyhrál", "cs"),
        ("America Latina e Medio Oriente", "it"),
        ("Latijns-Amerika en het Midden-Oosten", "nl"),
    ],
)
def test_not_a_country_in_other_languages(text, language):
    assert codes(text, language) == set()


def test_unsupported_language_gets_english_names_and_capitals():
    assert codes("Ukraine og Polen; Kyiv og Warsaw", "da") == {"UA", "PL"}


def test_order_of_first_mention_and_evidence():
    found = extract_countries(["Estonia and Finland, then Estonia again"], "en")
    assert found.value == ("EE", "FI")
    assert "Estonia=EE" in found.evidence
