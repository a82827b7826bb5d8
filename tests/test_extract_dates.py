"""Publication dates come from the top of the article, in every format, and are never guessed."""

from datetime import date

import pytest

from indexer.extract.dates import extract_date, find_dates
from indexer.parse import parse_document

TODAY = date(2026, 1, 15)
BODY = (
    "Officials from both ministries signed the agreement after two days of talks, saying the "
    "first deliveries would follow within a year and that training would start soon after."
)


@pytest.mark.parametrize(
    ("written", "language", "expected"),
    [
        ("Feb 24, 2025", "en", date(2025, 2, 24)),
        ("24 February 2025", "en", date(2025, 2, 24)),
        ("2025-11-18", "en", date(2025, 11, 18)),
        ("Wednesday, January 31, 2024", "en", date(2024, 1, 31)),
        ("24.02.2025", "pl", date(2025, 2, 24)),
        ("6.3.2025", "de", date(2025, 3, 6)),
        ("2024.04.23", "en", date(2024, 4, 23)),
        ("9/24/2024 3:11:44 PM", "en", date(2024, 9, 24)),
        ("24th Feb, 2023", "en", date(2023, 2, 24)),
        ("07.12.23", "pl", date(2023, 12, 7)),
        ("le mardi 18 juin 2024", "fr", date(2024, 6, 18)),
        ("10/11/2025 17:15 GMT+7", "en", date(2025, 11, 10)),
        ("3/4/2025 10:00 AM", "en", date(2025, 3, 4)),
        ("10/11/2025", "fr", date(2025, 11, 10)),
        ("24 lutego 2025", "pl", date(2025, 2, 24)),
        ("17 de junio de 2019", "es", date(2019, 6, 17)),
        ("12. Februar 2024", "de", date(2024, 2, 12)),
        ("2025年2月24日", "zh", date(2025, 2, 24)),
    ],
)
def test_formats(written, language, expected):
    assert [found[0] for found in find_dates(written, language, TODAY)] == [expected]


@pytest.mark.parametrize(
    ("written", "language"),
    [
        ("10/11/2025", "en"),  # day/month order unknown without a clue
        ("May 2025", "en"),  # no day
        ("March 3", "en"),  # no year
        ("2 days ago", "en"),
        ("Monday", "en"),
        ("31/02/2024", "fr"),  # impossible
        ("1 January 2031", "en"),  # in the future
        ("12 million euros in 2025", "en"),
    ],
)
def test_not_a_date(written, language):
    assert find_dates(written, language, TODAY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"World\n24 February 2025\n\nTwo navies sign a pact\n\n{BODY}", date(2025, 2, 24)),
        (
            f"Two navies sign a pact\n\nby Jan Kowal\nMonday, March 3, 2025\n\n{BODY}",
            date(2025, 3, 3),
        ),
        (f" date 2025-11-18 {BODY}", date(2025, 11, 18)),
        (f"Two navies sign a pact\n\n{BODY}\n\nPublished: 05.06.2024, 10:15", date(2024, 6, 5)),
        (f"WARSAW, Feb 24, 2025 (PAP) - {BODY}", date(2025, 2, 24)),
        (f"By Ann Lee | Feb 24, 2025\n\nTwo navies sign a pact\n\n{BODY}", date(2025, 2, 24)),
    ],
)
def test_publication_date_from_the_top(text, expected):
    found = extract_date(parse_document(text), "en", TODAY)
    assert found is not None and found.value == expected


@pytest.mark.parametrize(
    "text",
    [
        f"Today : Feb 24, 2025\nPolitics\n\nTwo navies sign a pact\n\n{BODY}",  # widget only
        f"Two navies sign a pact\n\n{BODY} The pact was signed on February 24, 2025.",  # event
        f"On February 23rd, the ministers met.\n\n{BODY}",  # no year
        f"{BODY}\n\nThe ships arrived on 3 May 2024 at dawn. (Photo: Navy)",  # caption
        f"Two navies sign a pact\n\nUpdated: 05.06.2024\n\n{BODY}",  # update, not publication
        f"Two navies sign a pact\n\nPosted 2 days ago\n\n{BODY}",  # relative
        f"On Feb 24, 2025, Poland signed the deal with Korea, officials said today in Warsaw.\n\n{BODY}",
    ],
)
def test_never_invents_a_date(text):
    assert extract_date(parse_document(text), "en", TODAY) is None
