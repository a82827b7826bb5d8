"""Bylines give the authors, kept apart from the people an article is about."""

import pytest

from indexer.extract.authors import extract_authors, parse_byline
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
