"""Partner pairs (indexer/extract/pairs.py): headline, cooperation sentences, two-country rule."""

from __future__ import annotations

import pytest

from indexer.extract.pairs import extract_pairs, pair_key, sentences


@pytest.mark.parametrize(
    ("headline", "paragraphs", "language", "countries", "expected"),
    [
        # the headline names both parties
        ("Poland and South Korea deepen ties", ("Talks went on.",), "en", ("PL", "KR"), ("KR-PL",)),
        # a sentence with a cooperation verb and exactly two countries
        (
            "Ministers meet in Warsaw",
            (
                "Norway will train pilots from Estonia next year.",
                "Finland was mentioned as a possible host. Latvia was not.",
            ),
            "en",
            ("NO", "EE", "FI", "LV"),
            ("EE-NO",),
        ),
        # Polish cooperation words
        (
            "Nowa umowa zbrojeniowa",
            ("Polska podpisała umowę z Koreą Południową.", "Czechy i Słowacja też tam były."),
            "pl",
            ("PL", "KR", "CZ", "SK"),
            ("KR-PL",),
        ),
        # German and Spanish
        (
            "Neue Panzer für das Heer",
            ("Deutschland liefert der Ukraine weitere Panzer.",),
            "de",
            ("DE", "UA", "FR"),
            ("DE-UA",),
        ),
        (
            "Acuerdo de defensa",
            ("Perú firmó un memorando con Argentina.",),
            "es",
            ("PE", "AR", "CL"),
            ("AR-PE",),
        ),
        # Japanese and Korean: no spaces between words
        (
            "防衛協力の強化",
            ("日本はフィリピンと協定に署名した。",),
            "ja",
            ("JP", "PH", "CN"),
            ("JP-PH",),
        ),
        # the headline names one country; a cooperation sentence names its partner alone
        (
            "Poland orders new tanks",
            ("The contracts were signed with the South Korean industry.", "Norway was not there."),
            "en",
            ("PL", "KR", "NO"),
            ("KR-PL",),
        ),
        # only two countries in the article, cooperation said without naming both together
        (
            "Defence ministry signs memorandum",
            ("Slovakia signed the memorandum on Monday.", "Experts from Czechia will help."),
            "en",
            ("SK", "CZ"),
            ("CZ-SK",),
        ),
    ],
)
def test_pairs(
    headline: str,
    paragraphs: tuple[str, ...],
    language: str,
    countries: tuple[str, ...],
    expected: tuple[str, ...],
) -> None:
    assert extract_pairs(headline, paragraphs, language, countries).value == expected


@pytest.mark.parametrize(
    "paragraphs",
    [
        # mentioned together, but no cooperation word in the sentence
        ("Rain fell in Norway while Estonia stayed dry.", "A third, Finland, was sunny."),
        # a war sentence: Norway's aid goes to Estonia, the other country is the aggressor
        ("Norway sent aid to Estonia against the invasion by Latvia.", "Finland watched."),
        # a sentence listing many countries is not a cooperation between all of them
        (
            "Ministers from Norway, Estonia, Finland and Latvia signed nothing together.",
            "Each spoke about the weather.",
        ),
    ],
)
def test_no_pairs_without_cooperation_between_two(paragraphs: tuple[str, ...]) -> None:
    assert extract_pairs("A quiet week", paragraphs, "en", ("NO", "EE", "FI", "LV")).value == ()


def test_one_country_has_no_partner() -> None:
    assert extract_pairs("Poland buys tanks", ("Poland signed a deal.",), "en", ("PL",)).value == ()


@pytest.mark.parametrize(("a", "b", "key"), [("PL", "KR", "KR-PL"), ("kr", "pl", "KR-PL")])
def test_pair_key_is_sorted(a: str, b: str, key: str) -> None:
    assert pair_key(a, b) == key


def test_sentences_split_on_ends_and_cjk_marks() -> None:
    text = "One. Two! 三。四"
    assert [text[s:e] for s, e in sentences(text)] == ["One.", "Two!", "三。", "四"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Why?!  Because.", ["Why?!", "Because."]),
        ("First line\n\nsecond line", ["First line", "second line"]),
        ("合意した。\n次に", ["合意した。", "次に"]),
        ("Signed. 合意。Done", ["Signed.", "合意。", "Done"]),
        ("No end at all", ["No end at all"]),
    ],
)
def test_sentence_spans(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in sentences(text)] == expected
