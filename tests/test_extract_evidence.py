"""Per-value evidence (indexer/extract/evidence.py)."""

from __future__ import annotations

from datetime import date

import pytest

from indexer.extract.evidence import MAX_CHARS, find_mention, sentence_span, value_evidence
from indexer.extract.found import Found

TEXT = (
    "Warsaw opened the fair on Monday. Poland and Korea signed a tank deal.\n\n"
    "Minister Jan Kowalczyk praised it. Kowalczyka pytano o cenę."
)


def sentence(where: object) -> str:
    assert isinstance(where, list)
    return TEXT[where[0] : where[1]]


@pytest.mark.parametrize(
    ("start_word", "expected"),
    [
        ("Warsaw", "Warsaw opened the fair on Monday."),
        ("Korea", "Poland and Korea signed a tank deal."),
        ("praised", "Minister Jan Kowalczyk praised it."),
        ("pytano", "Kowalczyka pytano o cenę."),
    ],
)
def test_sentence_span(start_word: str, expected: str) -> None:
    at = TEXT.index(start_word)
    start, end = sentence_span(TEXT, at, at + len(start_word))
    assert TEXT[start:end] == expected


def test_long_sentence_is_cut_around_the_mention() -> None:
    text = "word " * 200 + "Poland " + "word " * 200
    at = text.index("Poland")
    start, end = sentence_span(text, at, at + 6)
    assert end - start <= MAX_CHARS and start <= at and at + 6 <= end


@pytest.mark.parametrize(
    ("facet", "value", "found", "expected"),
    [
        ("country", "KR", {"countries": Found(("PL", "KR"), "Poland=PL, Korea=KR")}, "signed"),
        ("country", "PL", {"countries": Found(("PL",), "Warsaw=PL")}, "opened"),
        ("person", "Jan Kowalczyk", {"people": Found(("Jan Kowalczyk",), "x")}, "praised"),
        # another first name: the surname alone finds the sentence
        ("person", "Ewa Kowalczyk", {"people": Found(("Ewa Kowalczyk",), "x")}, "praised"),
        (
            "equipment",
            "K2 Black Panther",
            {"equipment": Found(("K2 Black Panther",), "tank=K2 Black Panther")},
            "signed",
        ),
    ],
)
def test_values_point_at_their_sentence(
    facet: str, value: str, found: dict[str, Found[object]], expected: str
) -> None:
    assert expected in sentence(value_evidence(TEXT, "", found)[facet][value])


@pytest.mark.parametrize(
    ("found", "expected"),
    [
        (
            {"date": Found(date(2025, 3, 4), "4 March 2025")},
            {"date": {"2025-03-04": "4 March 2025"}},
        ),
        ({"countries": Found(("FR",), "France=FR")}, {"country": {"FR": "France sends ships"}}),
        ({"people": Found(("Zofia Nowak",), "x")}, {}),  # nowhere to point at: no evidence
        ({"countries": None}, {}),
    ],
)
def test_evidence_outside_the_text_is_a_quote(
    found: dict[str, Found[object] | None], expected: dict[str, object]
) -> None:
    assert value_evidence(TEXT, "France sends ships", found) == expected


def test_an_inflected_surname_is_found_by_its_stem() -> None:
    text = "Rozmawiano z Nowakiem o czołgach. Inne zdanie."
    found = value_evidence(text, "", {"people": Found(("Jan Nowak",), "")})
    start, end = found["person"]["Jan Nowak"]  # type: ignore[misc]
    assert text[start:end] == "Rozmawiano z Nowakiem o czołgach."


@pytest.mark.parametrize(
    ("text", "surfaces", "expected"),
    [
        ("Romania and Oman met.", ("Oman",), "Oman"),  # not the "oman" inside Romania
        ("Nowak spoke. Nowakiem.", ("Jan Nowak", "Nowak"), "Nowak"),
        ("日本と韓国が合意した。", ("韓国",), "韓国"),  # no spaces: found anywhere
        ("romania only", ("Oman",), None),
    ],
)
def test_find_mention(text: str, surfaces: tuple[str, ...], expected: str | None) -> None:
    span = find_mention(text, surfaces)
    assert (text[span[0] : span[1]] if span else None) == expected
    if expected == "Oman":
        assert span == (12, 16)
