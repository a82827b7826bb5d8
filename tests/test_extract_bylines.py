"""Bylines without a keyword: bare names under the headline, "date | name" lines, sign-offs."""

import pytest

from indexer.extract.bylines import byline_segments, deck_bylines, is_name_line, mark_bylines
from indexer.parse import parse_document

BODY = (
    "The coast guards of Estonia and Finland will share radar pictures of the gulf from next "
    "spring under an agreement their interior ministers signed on Thursday in Tallinn."
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Tove Berg", True),
        ("Kim Soo-jin", True),
        ("Maja Holm in Oslo and Rafe Dunn in Ottawa", True),
        ("Foreign Affairs", False),
        ("Defence Ministry", False),
        ("NEWS IN ENGLISH", False),
        ("Prime Minister", False),
        ("Talks resume", False),
        ("The Capital Desk Team Today", False),
    ],
)
def test_is_name_line(line, expected):
    assert is_name_line(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("4. 3. 2024  |  Ivana Kolářová", ["Ivana Kolářová"]),
        ("11-05-2022 08:15 | By Sara Vos", ["By Sara Vos"]),
        ("Tomas Lind | Staff writer", ["Tomas Lind"]),
        ("News | Politics | Expat Life", []),
        ("Tomas Lind", []),
    ],
)
def test_byline_segments(line, expected):
    assert byline_segments(line) == expected


def test_bare_name_under_the_headline_is_a_byline():
    doc = mark_bylines(
        parse_document(f"Gulf radar pact signed\n\n2.2.2024 10:00\n\nTove Berg\n\n{BODY}")
    )
    assert doc.bylines == ("Tove Berg",)
    assert "Tove Berg" not in doc.deck


def test_sign_off_at_the_end_is_a_byline():
    text = f"Gulf radar pact signed\n\n{BODY}\n\n— Tove Berg\n\nAlso see our report on the talks in the spring."
    doc = mark_bylines(parse_document(text))
    assert doc.bylines == ("Tove Berg",)
    assert doc.body == (BODY, "Also see our report on the talks in the spring.")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Tove BergSource: Nordic Wire", ["Tove Berg"]),
        ("Rasa JurgaitytėŠaltinis: naujienų agentūra", ["Rasa Jurgaitytė"]),
        ("Tove BergAgency: Nordic Wire", []),
        ("Budi Santoso , Jurnalis-Senin, 3 Maret 2025 |09:15 WIB", ["Budi Santoso"]),
        ("Budi Santoso , Jakarta-Senin, 3 Maret 2025", []),
    ],
)
def test_deck_bylines_glued_to_a_label_or_a_reporter_word(line, expected):
    assert deck_bylines(line, set()) == expected


@pytest.mark.parametrize(
    ("sign_off", "expected"),
    [
        ("Claire Martin le 12/03/2025 Source Le Petit Journal", ("Claire Martin",)),
        ("Les ministres se verront le 12/03/2025 à Paris", ()),
    ],
)
def test_sign_off_with_a_date(sign_off, expected):
    text = f"Gulf radar pact signed\n\n{BODY}\n\n{sign_off}"
    assert mark_bylines(parse_document(text)).bylines == expected
