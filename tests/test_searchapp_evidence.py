"""Evidence anchors and highlights on the article page (searchapp/evidence.py)."""

from __future__ import annotations

import re

import pytest
from markupsafe import Markup, escape

from searchapp.evidence import (
    anchor_id,
    insert_plain,
    mark_evidence,
    paragraph_spans,
    read_evidence,
)
from searchapp.results import split_paragraphs

TEXT = "  Poland buys K2 tanks.  Korea sells them.\n\n \nA second paragraph & more.\n"


def test_paragraph_spans_match_split_paragraphs() -> None:
    assert [TEXT[a:b] for a, b in paragraph_spans(TEXT)] == split_paragraphs(TEXT)


@pytest.mark.parametrize(
    ("markup", "inserts", "expected"),
    [
        ("ab", {1: "|"}, "a|b"),
        ("a&amp;b", {2: "|"}, "a&amp;|b"),
        ("<mark>ab</mark> c", {0: "[", 2: "]"}, "[<mark>ab</mark>] c"),
        ("ab", {2: "|"}, "ab|"),
    ],
)
def test_insert_plain(markup: str, inserts: dict[int, str], expected: str) -> None:
    assert insert_plain(markup, dict(inserts)) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ('{"country":{"PL":[0,5]}}', {"country": {"PL": [0, 5]}}),
        ('{"date":{"2025-01-02":"2 Jan 2025"}}', {"date": {"2025-01-02": "2 Jan 2025"}}),
        ('{"country":{"PL":[5,1],"SK":"x"}}', {"country": {"SK": "x"}}),
        ("not json", {}),
        ("[1]", {}),
        ("", {}),
    ],
)
def test_read_evidence(raw: str, expected: dict[str, object]) -> None:
    assert read_evidence(raw) == expected


def test_sentences_are_marked_with_every_anchor_and_query_marks_kept() -> None:
    start = TEXT.index("Korea")
    end = TEXT.index("them.") + 5
    evidence = {"country": {"KR": [start, end]}, "person": {"Jan Nowak": [start, end]}}
    highlighted = [Markup("Poland buys K2 tanks.  <mark>Korea</mark> sells them."), escape("x")]
    marked, notes = mark_evidence(TEXT, highlighted, evidence)
    first = str(marked[0])
    assert re.sub(r"<[^>]+>", "", first) == split_paragraphs(TEXT)[0]
    assert 'id="ev-country-KR"' in first and 'id="ev-person-Jan-Nowak"' in first
    assert '<mark class="evidence"><mark>Korea</mark> sells them.</mark></span>' in first
    # the second paragraph no longer matches its text, but holds no evidence: kept as given
    assert (str(marked[1]), notes) == ("x", [])


def test_quotes_become_notes() -> None:
    _, notes = mark_evidence(TEXT, [], {"date": {"2025-01-02": "2 Jan 2025"}})
    assert [(n.anchor, n.title, n.quote) for n in notes] == [
        ("ev-date-2025-01-02", "Date", "2 Jan 2025")
    ]


def test_anchor_id_has_no_spaces() -> None:
    assert anchor_id("person", " Anna  Maria Nowak ") == "ev-person-Anna-Maria-Nowak"
