"""searchapp.pages and searchapp.histogram: what the results page shows, built in Python."""

from __future__ import annotations

from urllib.parse import parse_qsl

import pytest
from markupsafe import Markup
from werkzeug.datastructures import MultiDict

from searchapp.facets import FACET_BY_NAME
from searchapp.histogram import Bar, histogram
from searchapp.pages import search_page
from searchapp.request import SearchRequest, parse_search_request
from searchapp.results import Hit, SearchResult, StoredArticle


def parse(query: str) -> SearchRequest:
    """Parse a query string."""
    return parse_search_request(MultiDict(parse_qsl(query)))


def hit(id: str, language: str) -> Hit:
    """Return a hit on an invented article in a language."""
    article = StoredArticle(id, f"Title {id}", "Text.", None, language, (), (), (), (), None, None)
    return Hit(article, Markup("Text."))


@pytest.mark.parametrize(
    ("query", "languages", "counts", "shown"),
    [
        ("", ["en", "pl"], {"en": 1, "pl": 1}, ["English", "Polish"]),
        ("", ["en", "en"], {"en": 2, "de": 3}, ["English", "English"]),  # mixed on other pages
        ("", ["en", "en"], {"en": 2}, ["", ""]),
        ("language=pl", ["pl", "pl"], {"pl": 2, "en": 9}, ["", ""]),  # counts ignore the choice
        ("language=pl&language=en", ["pl", "en"], {"pl": 1, "en": 1}, ["Polish", "English"]),
    ],
)
def test_language_marker_only_when_results_mix_languages(
    query: str, languages: list[str], counts: dict[str, int], shown: list[str]
) -> None:
    hits = [hit(f"a{i}", language) for i, language in enumerate(languages)]
    result = SearchResult(len(hits), hits, {"language": counts}, None)
    page = search_page(parse(query), result)
    assert [h.language_label for h in page.hits] == shown
    assert [h.language for h in page.hits] == languages


@pytest.mark.parametrize(
    ("query", "total", "hits", "last"),
    [
        ("page=4", 52, 0, ("3", "/?page=3")),
        ("page=7&per_page=10&q=tank", 52, 0, ("6", "/?q=tank&per_page=10&page=6")),
        ("page=2", 52, 20, None),
        ("page=3", 0, 0, None),  # nothing at all: "nothing matches", not "no page 3"
    ],
)
def test_past_the_last_page(
    query: str, total: int, hits: int, last: tuple[str, str] | None
) -> None:
    found = [hit(f"a{i}", "en") for i in range(hits)]
    page = search_page(parse(query), SearchResult(total, found, {}, None))
    assert ((page.last_page.label, page.last_page.url) if page.last_page else None) == last
    if last:
        assert page.pages == [] and page.next_url is None


def test_chosen_values_are_pinned_on_top_of_their_facet() -> None:
    counts = {f"v{i:02}": 100 - i for i in range(30)}
    request = parse("source=v25&not_source=v03")
    group = FACET_BY_NAME["source"].group(counts, request)
    assert [v.value for v in group.top][:3] == ["v03", "v25", "v00"]
    assert len(group.top) == 11 and "v25" not in [v.value for v in group.rest]


def test_a_selected_bar_unselects_and_the_year_can_be_cleared() -> None:
    found = histogram({"2023": 4, "2024": 1200}, parse("year=2024&not_year=undated"))
    assert found is not None
    by_year = {bar.year: bar for bar in found.bars}
    assert by_year["2024"].url == "/?not_year=undated"  # clicked again: every year
    assert by_year["2023"].url == "/?year=2023&not_year=undated"
    assert found.clear_url == "/?not_year=undated"
    assert by_year["2024"].description.endswith("(selected; activate to show every year)")
    assert by_year["2024"].count_y < by_year["2024"].y  # the count sits above its bar


@pytest.mark.parametrize(
    ("count", "label"),
    [(0, "0"), (8, "8"), (999, "999"), (1000, "1k"), (1250, "1.2k"), (15400, "15k")],
)
def test_bar_counts_are_short_enough_to_fit(count: int, label: str) -> None:
    bar = Bar("2024", count, 0, 10, 70, "/", False, True)
    assert bar.count_label == label


@pytest.mark.parametrize(
    ("query", "label", "clear_url"),
    [
        ("q=tanks", None, None),
        ("q=tanks&country=PL&year=2024", "Poland · 2024", "/?q=tanks"),
        ("country=PL&country=EE&not_country=RU", "Poland or Estonia · not Russia", "/"),
        ("q=radar&from=2024-03-01&topic=drones", "Drones · from 2024-03-01", "/?q=radar"),
    ],
)
def test_scope_names_the_filters_a_new_search_keeps(
    query: str, label: str | None, clear_url: str | None
) -> None:
    page = search_page(parse(query), SearchResult(0, [], {}, None))
    scope = page.scope
    assert (scope.label if scope else None) == label
    assert (scope.clear_url if scope else None) == clear_url
    kept = dict(page.form_fields)  # what the box actually sends with a new search
    assert bool(scope) == bool({k for k in kept if k not in ("sort", "per_page")})
