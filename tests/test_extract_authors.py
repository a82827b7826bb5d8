"""Bylines give the authors, kept apart from the people an article is about."""

import pytest

from indexer.extract.authors import extract_authors, parse_byline
from indexer.extract.bylines import mark_bylines
from indexer.parse import parse_document


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("by Anna Nowak", ["Anna Nowak"]),
        ("By Tom Reed and Ana Lima", ["Tom Reed", "Ana Lima"]),
        ("By Ji-hoon, Park <>", ["Park Ji-hoon"]),
        ("By Pieter van Dam", ["Pieter van Dam"]),
        ("Autorka: Ewa Malinowska", ["Ewa Malinowska"]),
        ("Von Jörg Meier | 12.02.2024", ["Jörg Meier"]),
        ("Par Luc Martin (AFP)", ["Luc Martin"]),
        ("By John Smith jsmith@example.org", ["John Smith"]),
        ("BY CLARA OSEI", ["Clara Osei"]),
        ("By Berlin correspondent Otto Kranz", ["Otto Kranz"]),
        ("Reporter: Lee Soo-min", ["Lee Soo-min"]),
        ("(WIRE- Daily Post) By Rana Haddad", ["Rana Haddad"]),
        ("Ein Beitrag von Karl Wendt", ["Karl Wendt"]),
        ("Autor: Jana Malá a Petr Kos", ["Jana Malá", "Petr Kos"]),
        ("Nora Blake, Reuters", ["Nora Blake"]),
        ("By Reuters", []),
    ],
)
def test_parse_byline(line, expected):
    assert parse_byline(line) == expected


def test_byline_at_the_end_is_found():
    body = "The two ministers agreed on a schedule of visits and exchanges for the coming years, officials said."
    doc = parse_document(f"Talks end in agreement\n\n{body}\n\nBy Ji-hoon, Park <>")
    assert extract_authors(doc).value == ("Park Ji-hoon",)


BODY = (
    "The two ministers agreed on a schedule of visits and exchanges for the coming years, "
    "officials said on Thursday after the talks."
)


@pytest.mark.parametrize(
    ("head", "tail", "expected"),
    [
        (
            "",
            "Reporting by Ann Berg in Oslo and Tom Reed; Writing by Ed Vale; Editing by Sue Fry",
            ("Ann Berg", "Tom Reed", "Ed Vale"),
        ),
        (
            "",
            "Written by Pieter van Dam in Eindhoven. Additional reporting by Signe Holm in Skagen.",
            ("Pieter van Dam", "Signe Holm"),
        ),
        (
            "",
            "About the author\n\nClaire Dunn is a defence reporter who covers the navy.",
            ("Claire Dunn",),
        ),
        ("", "O autorze: Piotr Nowak – dziennikarz działu przemysłowego.", ("Piotr Nowak",)),
        ("", "Texto: João Pereira, da redação", ("João Pereira",)),
        ("di Marco Bianchi\n14 dicembre 2023", "", ("Marco Bianchi",)),
        ("— Thu Trang Nguyen, staff correspondent", "", ("Thu Trang Nguyen",)),
        ("Omar Haddad — Riyadh\n18 September 2025", "", ("Omar Haddad",)),
        ("Ayla Demir | Ankara\n10 April 2023", "", ("Ayla Demir",)),
        ("Jessica Moore | Daniel Kwon\n27 July 2023", "", ("Jessica Moore", "Daniel Kwon")),
        (
            "Lena Kruger, Marcus Bell | Atlantic Wire\nJanuary 20, 2023",
            "",
            ("Lena Kruger", "Marcus Bell"),
        ),
    ],
)
def test_credit_lines_and_author_boxes(head, tail, expected):
    text = f"ATLANTIC WIRE\n\nTalks end in agreement\n\n{head}\n\n{BODY}\n\n{tail}"
    assert extract_authors(mark_bylines(parse_document(text))).value == expected
