"""searchapp.request and searchapp.urls: arguments to SearchRequest and back to URLs."""

from __future__ import annotations

import pytest
from werkzeug.datastructures import MultiDict

from searchapp.errors import InvalidRequest
from searchapp.request import parse_search_request
from searchapp.urls import (
    clear_filters_url,
    mode_url,
    only_value_url,
    safe_external_url,
    search_args,
    toggle_exclude_url,
    toggle_filter_url,
)


def parse(query: str) -> object:
    """Parse a query string."""
    pairs = [tuple(p.split("=", 1)) for p in query.split("&") if p]
    return parse_search_request(MultiDict(pairs))


@pytest.mark.parametrize(
    ("query", "field", "expected"),
    [
        ("", "effective_sort", "newest"),
        ("q=tanks", "effective_sort", "relevance"),
        ("q=tanks&sort=oldest", "effective_sort", "oldest"),
        ("from=2024", "date_range", (20240101, None)),
        ("to=2024", "date_range", (None, 20241231)),
        ("from=2024-02-29&to=2024-03-01", "date_range", (20240229, 20240301)),
        ("country=pl&country=PL&country=poland", "filters", {"country": ("PL",)}),
        ("topic=Air defense", "filters", {"topic": ("air-defense",)}),
        ("language=EN", "filters", {"language": ("en",)}),
        ("page=3&per_page=7", "offset", 14),
        ("country=PL&country=KR&country_mode=all", "modes", {"country": "all"}),
        ("country_mode=ALL", "modes", {"country": "all"}),  # kept with nothing selected yet
        ("topic_mode=any&person_mode=", "modes", {}),  # the default is not recorded
        ("not_country=ru&not_country=Russia", "excluded", {"country": ("RU",)}),
        (
            "not_year=undated&not_topic=Air defense",
            "excluded",
            {"year": ("undated",), "topic": ("air-defense",)},
        ),
        ("year=Undated", "filters", {"year": ("undated",)}),
        ("q=drones country:PL", "filters", {"country": ("PL",)}),
        ("q=drones country:PL", "q", "drones"),
        ("q=country:PL country:KR", "modes", {"country": "all"}),
        ("q=-country:RU", "excluded", {"country": ("RU",)}),
    ],
)
def test_parse(query: str, field: str, expected: object) -> None:
    assert getattr(parse(query), field) == expected


@pytest.mark.parametrize(
    ("query", "param"),
    [
        ("page=0", "page"),
        ("per_page=101", "per_page"),
        ("page=200&per_page=100", "page"),
        ("sort=best", "sort"),
        ("from=2024-02-30", "from"),
        ("to=24", "to"),
        ("from=2025&to=2024", "to"),
        ("year=MMXXIV", "year"),
        ("country=Narnia", "country"),
        ("country_mode=both", "country_mode"),
        ("country_mode=all&country_mode=any", "country_mode"),
        ("year_mode=all", "year_mode"),
        ("source_mode=all", "source_mode"),
        ("colour_mode=all", "colour_mode"),
        ("not_colour=red", "not_colour"),
        ("not_country=Narnia", "not_country"),
        ("not_year=soon", "not_year"),
        ("country=PL&not_country=pl", "not_country"),
    ],
)
def test_rejects(query: str, param: str) -> None:
    with pytest.raises(InvalidRequest) as error:
        parse(query)
    assert error.value.param == param


@pytest.mark.parametrize(
    ("query", "reason"),
    [
        ("country_mode=both", "'both' is not a mode; use any or all"),
        ("year_mode=all", "modes apply to country, person, topic"),
        ("colour_mode=all", "'colour' is not a facet; use one of country, year, person"),
        ("not_year=soon", "use four digits like 2024, or undated"),
        ("country=PL&not_country=PL", "both selected (country=PL) and excluded"),
    ],
)
def test_rejections_say_how_to_fix_them(query: str, reason: str) -> None:
    with pytest.raises(InvalidRequest) as error:
        parse(query)
    assert reason in error.value.reason


def test_modes_and_exclusions_round_trip() -> None:
    request = parse("country=PL&country_mode=all&not_country=RU&country=KR&not_year=undated")
    args = search_args(request)
    assert args == [
        ("country", "PL"),
        ("country", "KR"),
        ("country_mode", "all"),
        ("not_country", "RU"),
        ("not_year", "undated"),
    ]
    assert parse("&".join(f"{k}={v}" for k, v in args)) == request


@pytest.mark.parametrize(
    ("build", "expected"),
    [
        (lambda r: toggle_filter_url(r, "country", "UA"), "/?country=PL&country=UA&not_country=RU"),
        (lambda r: toggle_filter_url(r, "country", "RU"), "/?country=PL"),  # stop excluding
        (lambda r: toggle_exclude_url(r, "country", "PL"), "/?not_country=RU&not_country=PL"),
        (lambda r: toggle_exclude_url(r, "country", "RU"), "/?country=PL"),
        (
            lambda r: toggle_exclude_url(r, "year", "undated"),
            "/?country=PL&not_country=RU&not_year=undated",
        ),
        (lambda r: mode_url(r, "country", "all"), "/?country=PL&country_mode=all&not_country=RU"),
        (lambda r: mode_url(r, "country", "any"), "/?country=PL&not_country=RU"),
        (lambda r: only_value_url(r, "country", "RU"), "/?country=RU"),
        (lambda r: clear_filters_url(r.with_changes(modes={"topic": "all"})), "/"),
    ],
)
def test_filter_links(build: object, expected: str) -> None:
    request = parse("country=PL&not_country=RU&page=3")
    assert build(request) == expected  # type: ignore[operator]


def test_round_trip_and_toggle() -> None:
    request = parse("q=tanks&country=PL&year=2024&sort=newest&page=2")
    assert search_args(request) == [
        ("q", "tanks"),
        ("country", "PL"),
        ("year", "2024"),
        ("sort", "newest"),
        ("page", "2"),
    ]
    assert toggle_filter_url(request, "country", "UA") == (
        "/?q=tanks&country=PL&country=UA&year=2024&sort=newest"
    )
    assert toggle_filter_url(request, "country", "pl") == "/?q=tanks&year=2024&sort=newest"


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://example.org/a", True),
        ("http://example.org", True),
        ("javascript:alert(1)", False),
        ("JavaScript:alert(1)", False),
        (" javascript:alert(1)", False),
        ("java\nscript:alert(1)", False),
        ("data:text/html,x", False),
        ("//evil.example", False),
        ("https:/nohost", False),
        (None, False),
    ],
)
def test_safe_external_url(url: str | None, safe: bool) -> None:
    assert safe_external_url(url) == (url if safe else None)
