"""The cooperation matrix, built from pair counts (searchapp/cooperation.py)."""

from __future__ import annotations

import pytest

from searchapp.cooperation import (
    chosen_countries,
    cooperation_map,
    country_totals,
    pair_url,
    partners_of,
    split_pair,
)
from searchapp.request import SearchRequest


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("KR-PL", ("KR", "PL")),
        ("PL", None),
        ("PL-PL", None),
        ("KOR-POL", None),
        ("", None),
    ],
)
def test_split_pair(value: str, expected: tuple[str, str] | None) -> None:
    assert split_pair(value) == expected


def test_country_totals_count_each_partner() -> None:
    totals = country_totals({"KR-PL": 3, "PL-SK": 2, "bad": 9})
    assert totals == {"PL": 5, "KR": 3, "SK": 2}


@pytest.mark.parametrize(
    ("focus", "top", "expected"),
    [
        (None, 2, ["PL", "KR"]),
        ("SK", 2, ["PL", "SK"]),  # the focus always has a row
        ("US", 2, ["PL", "KR"]),  # a focus without partners adds nothing
        (None, 9, ["PL", "KR", "SK"]),
    ],
)
def test_chosen_countries(focus: str | None, top: int, expected: list[str]) -> None:
    totals = country_totals({"KR-PL": 3, "PL-SK": 2})
    assert chosen_countries(totals, focus, top) == expected


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        (SearchRequest(), "/?pair=KR-PL"),
        (
            SearchRequest(q="drones", date_from="2023", filters={"topic": ("drones",)}),
            "/?q=drones&topic=drones&pair=KR-PL&from=2023",
        ),
        (  # a cell is one pair: it replaces a chosen pair and its exclusions
            SearchRequest(filters={"pair": ("CZ-SK",)}, excluded={"pair": ("KR-PL",)}, page=3),
            "/?pair=KR-PL",
        ),
    ],
)
def test_pair_url_keeps_the_other_filters(request_: SearchRequest, expected: str) -> None:
    assert pair_url(request_, "KR-PL") == expected


def test_matrix_is_symmetric_and_linked() -> None:
    m = cooperation_map({"KR-PL": 4, "PL-SK": 1}, SearchRequest(q="tanks"))
    assert [c.code for c in m.countries] == ["PL", "KR", "SK"]
    cells = {(c.x, c.y): c for c in m.cells}
    assert len(cells) == 4  # two pairs, each above and below the diagonal
    assert {c.pair for c in m.cells} == {"KR-PL", "PL-SK"}
    strongest = next(c for c in m.cells if c.pair == "KR-PL")
    weakest = next(c for c in m.cells if c.pair == "PL-SK")
    assert (strongest.level, weakest.level) == (5, 2)
    assert strongest.url == "/?q=tanks&pair=KR-PL"
    assert strongest.title == "Poland – South Korea: 4 articles"
    assert m.countries[0].focus_url == "/cooperation?q=tanks&focus=PL"


def test_matrix_is_limited_to_the_top_countries() -> None:
    pairs = {"KR-PL": 5, "PL-SK": 3, "CZ-SK": 2, "DE-FR": 1}
    m = cooperation_map(pairs, SearchRequest(), top=3)
    assert [c.code for c in m.countries] == ["PL", "KR", "SK"]
    assert m.country_count == 6
    assert {c.pair for c in m.cells} == {"KR-PL", "PL-SK"}
    assert [p.pair for p in m.top_pairs] == ["KR-PL", "PL-SK", "CZ-SK", "DE-FR"]


def test_partners_of_a_country_most_first() -> None:
    found = partners_of("PL", {"KR-PL": 2, "PL-SK": 5, "CZ-SK": 9}, SearchRequest())
    assert [(p.label, p.count, p.url) for p in found] == [
        ("Slovakia", 5, "/?pair=PL-SK"),
        ("South Korea", 2, "/?pair=KR-PL"),
    ]


def test_empty_counts_give_an_empty_map() -> None:
    m = cooperation_map({}, SearchRequest(), focus="PL")
    assert (m.countries, m.cells, m.partners, m.top_pairs) == ([], [], [], [])
