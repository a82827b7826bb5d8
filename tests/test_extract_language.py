"""Language is detected with a fixed seed; "und" when there is too little text."""

import pytest

from indexer.extract.language import extract_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministers agreed to expand cooperation between their armed forces next year.", "en"),
        ("Ministrowie uzgodnili rozszerzenie współpracy między siłami zbrojnymi obu państw.", "pl"),
        ("Die Minister vereinbarten, die Zusammenarbeit ihrer Streitkräfte auszubauen.", "de"),
        ("Les ministres ont convenu d'élargir la coopération entre leurs forces armées.", "fr"),
        ("Los ministros acordaron ampliar la cooperación entre sus fuerzas armadas.", "es"),
        ("OK", "und"),
        ("", "und"),
        ("12 345 678 — 2024-05-01", "und"),
    ],
)
def test_language(text, expected):
    assert extract_language(None, (text,)).value == expected


def test_same_answer_every_time():
    text = ("Defence cooperation talks ended today.",)
    assert {extract_language(None, text).value for _ in range(5)} == {"en"}
