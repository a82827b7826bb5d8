"""The outlet is read from copyright lines, agency tags and a closing name line."""

import pytest

from indexer.extract.outlet import extract_outlet
from indexer.parse import parse_document

BODY = (
    "Finland and Sweden will hold a joint air exercise over the Baltic next month, the two "
    "defence ministries said in a statement on Wednesday."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"{BODY}\n\n<Copyright ⓒ The Nordic Defence Daily, All rights reserved>",
            "The Nordic Defence Daily",
        ),
        (f"{BODY}\n\n© 2024 Baltic Wire", "Baltic Wire"),
        (f"{BODY}\n\nBalticpost", "Balticpost"),
        (f"(MENAFN- Caspian News) {BODY}", "Caspian News"),
    ],
)
def test_outlet(text, expected):
    found = extract_outlet(parse_document(text))
    assert found is not None and found.value == expected


def test_no_outlet():
    assert extract_outlet(parse_document(BODY)) is None
