"""The search page: results, query syntax, facets, chips, sorting, paging, histogram."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

import pytest
from flask.testing import FlaskClient

from indexer.article import Article


def ids(client: FlaskClient, query: str) -> list[str]:
    """Return the ids of the hits the API finds for a query string, in order."""
    data = client.get(f"/api/search?per_page=100&{query}").json
    return [hit["id"] for hit in data["hits"]]


QUERY_CASES = [
    ("q=ammunition", {"a01", "a03", "a10"}),
    ("q=Ammunition+deal", {"a01"}),
    ("q=tanks+OR+drones", {"a02", "a04", "a10"}),
    ("q=ammunition+-poland", {"a03", "a10"}),
    ("q=ammunition+NOT+poland", {"a03", "a10"}),
    ('q="air defense"', {"a05"}),
    ('q="defense air"', set()),
    ("q=ammun*", {"a01", "a03", "a10"}),
    ("q=kalinak", {"a01", "a05", "a12"}),
    ("q=Kaliňák", {"a01", "a05", "a12"}),
    ("q=country:PL", {"a01", "a02", "a06", "a07", "a12"}),
    ("q=country:pl+ammunition", {"a01"}),
    ("q=country:poland+tanks", {"a02"}),
    ("q=topic:drones", {"a04"}),
    ('q=person:"Robert Kaliňák"', {"a01", "a05", "a12"}),
    ('q=person:"robert kalinak"', {"a01", "a05", "a12"}),
    ("q=year:2023", {"a05", "a07"}),
    ("q=language:PL", {"a06"}),
    ("q=source:reuters", {"a02", "a03", "a10"}),
    ("q=title:tanks", {"a02", "a10"}),
    ("q=(tanks+OR+drones)+year:2024", {"a02", "a04"}),
    ("q=the", set()),
    ("q=drone", {"a04"}),
    ("q=-ammunition+country:PL", {"a02", "a06", "a07", "a12"}),
    ("q=http://example.org", set()),
]


@pytest.mark.parametrize(("query", "expected"), QUERY_CASES)
def test_query_syntax(client: FlaskClient, query: str, expected: set[str]) -> None:
    assert set(ids(client, query)) == expected


def test_no_query_lists_all_newest_first_undated_last(
    client: FlaskClient, articles: tuple[Article, ...]
) -> None:
    found = ids(client, "")
    dated = sorted((a for a in articles if a.date), key=lambda a: a.date, reverse=True)
    assert found == [a.id for a in dated] + [a.id for a in articles if not a.date]


@pytest.mark.parametrize(
    ("sort", "first", "last"), [("newest", "a12", "a08"), ("oldest", "a09", "a08")]
)
def test_sort(client: FlaskClient, sort: str, first: str, last: str) -> None:
    found = ids(client, f"sort={sort}")
    assert (found[0], found[-1]) == (first, last)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("from=2025", {"a01", "a06", "a12"}),
        ("from=2024-11-05&to=2025-01-15", {"a02", "a06"}),
        ("to=2022", {"a09", "a10"}),
        ("q=ammunition&from=2023-01-01", {"a01", "a03"}),
    ],
)
def test_date_range(client: FlaskClient, query: str, expected: set[str]) -> None:
    assert set(ids(client, query)) == expected


def test_pagination(client: FlaskClient) -> None:
    everything = ids(client, "")
    pages = [
        [h["id"] for h in client.get(f"/api/search?per_page=5&page={n}").json["hits"]]
        for n in (1, 2, 3)
    ]
    assert [i for page in pages for i in page] == everything
    html = client.get("/?per_page=5&page=2").data.decode()
    assert "6–10 of 12 articles" in html
    assert 'rel="prev"' in html and 'rel="next"' in html
    assert 'aria-current="page"' in html
    past = client.get("/?per_page=5&page=9")  # past the end: says so, links to the last page
    assert past.status_code == 404
    html = past.data.decode()
    assert "There is no page 9: the 12 articles of this search fill 3 pages." in html
    assert '<a href="/?per_page=5&amp;page=3">Go to the last page (3)</a>' in html
    assert "0–" not in html and "Sort:" not in html


def test_results_page(client: FlaskClient) -> None:
    html = client.get("/?q=ammunition&country=PL").data.decode()
    assert "1–1 of 1 article" in html
    assert "<mark>ammunition</mark>" in html
    assert 'href="/articles/a01?q=ammunition&amp;country=PL"' in html
    assert "Poland, Slovakia" in html  # countries by name
    assert 'class="chip"' in html and "Clear all" in html
    assert 'href="/?q=ammunition"' in html  # clear all keeps the query


def test_facet_links_toggle(client: FlaskClient) -> None:
    html = client.get("/?country=PL").data.decode()
    links = dict(re.findall(r'href="([^"]+)"[^>]*data-label="([^"]+)"', html))
    by_label = {label: url.replace("&amp;", "&") for url, label in links.items()}
    assert dict(parse_qsl(urlsplit(by_label["Poland"]).query)) == {}  # selected: removes
    assert parse_qsl(urlsplit(by_label["Ukraine"]).query) == [("country", "PL"), ("country", "UA")]


def test_long_facets_have_show_all(client: FlaskClient) -> None:
    html = client.get("/").data.decode()
    assert "Show all 14" in html and 'class="facet-filter"' in html


def test_histogram_bars_link_to_years(client: FlaskClient) -> None:
    html = client.get("/?q=ammunition").data.decode()
    assert "<svg" in html
    for year in ("2022", "2024", "2025"):
        assert f'href="/?q=ammunition&amp;year={year}"' in html
    assert 'aria-label="2023: 0 articles"' in html  # gaps are kept


def test_did_you_mean(client: FlaskClient) -> None:
    html = client.get("/?q=amunition").data.decode()
    assert 'Did you mean <a href="/?q=ammunition">ammunition</a>' in html
    assert client.get("/api/search?q=amunition").json["suggestion"] == "ammunition"
    assert client.get("/api/search?q=ammunition").json["suggestion"] is None


@pytest.mark.parametrize(
    "query",
    ["q=*a*", "q=abcdefg~9", 'q="open', "page=0", "per_page=500", "sort=x", "from=2024-99-01"],
)
def test_bad_input_is_400_page(client: FlaskClient, query: str) -> None:
    response = client.get(f"/?{query}")
    assert response.status_code == 400
    assert "Invalid parameter" not in response.data.decode()  # words for people, not developers
    assert "Search tips" in response.data.decode()


def test_article_page(client: FlaskClient) -> None:
    html = client.get("/articles/a01?q=kalinak+ammunition&country=PL").data.decode()
    assert html.count("<p>") >= 3  # paragraphs
    marked = re.findall(r'<mark class="match" id="match-(\d+)">([^<]+)</mark>', html)
    assert {"Kaliňák", "ammunition"} <= {word for _, word in marked}
    assert [int(n) for n, _ in marked] == list(range(1, len(marked) + 1))  # numbered in order
    assert 'href="/?q=kalinak+ammunition&amp;country=PL"' in html  # back to results
    assert 'href="/?country=SK"' in html and 'href="/?topic=ammunition"' in html
    assert 'href="/?person=Robert+Kali%C5%88%C3%A1k"' in html
    assert 'href="/articles/a01/text?q=kalinak+ammunition&amp;country=PL"' in html
    assert 'href="https://example.org/a01"' in html
    assert html.count('href="/articles/') >= 5  # related articles


def test_article_without_query_has_no_marks(client: FlaskClient) -> None:
    html = client.get("/articles/a01").data.decode()
    assert "<mark" not in html and "Back to results" not in html and "match-bar" not in html


def test_article_ignores_bad_search(client: FlaskClient) -> None:
    assert client.get("/articles/a01?q=*a*&page=0").status_code == 200


@pytest.mark.parametrize("path", ["/articles/a01/source", "/articles/a01/source?q=x&raw=1"])
def test_source_is_plain_text(
    client: FlaskClient, articles: tuple[Article, ...], path: str
) -> None:
    response = client.get(path)
    assert response.headers["Content-Type"] == "text/plain; charset=utf-8"
    assert response.data.decode() == articles[0].source_text  # as read, chrome and all


@pytest.mark.parametrize(
    "path", ["/articles/nope", "/articles/nope/source", "/articles/nope/text", "/missing"]
)
def test_unknown_is_404(client: FlaskClient, path: str) -> None:
    assert client.get(path).status_code == 404


def facet_state(html: str, facet: str) -> dict[str, str]:
    """Return label → "selected" / "excluded" / "" for one facet's values on a page."""
    section = html.split(f'id="facet-{facet}"', 1)[1].split("</section>", 1)[0]
    found = re.findall(
        r'class="facet-value( is-selected)?( is-excluded)?"[^>]*data-label="([^"]+)"', section
    )
    return {label: "selected" if sel else "excluded" if exc else "" for sel, exc, label in found}


def chip_texts(html: str) -> list[str]:
    """Return the chips as they read, without the remove marks."""
    chips = re.findall(r'<li class="chip">(.*?)</li>', html, re.S)
    texts = [re.sub(r"<[^>]+>|×|\(remove\)", " ", chip) for chip in chips]
    return [" ".join(text.split()) for text in texts]


@pytest.mark.parametrize(
    ("typed", "location"),
    [
        ("q=drones+country:UA", "/?q=drones&country=UA"),
        ("q=country:PL+country:KR", "/?country=PL&country=KR&country_mode=all"),
        ("q=-country:PL+ammunition", "/?q=ammunition&not_country=PL"),
        ('q=person:"robert kalinak"', "/?person=Robert+Kali%C5%88%C3%A1k"),
        (
            "q=country:KR&country=PL&sort=oldest",
            "/?country=PL&country=KR&country_mode=all&sort=oldest",
        ),
    ],
)
def test_typed_field_terms_become_ticked_filters(
    client: FlaskClient, typed: str, location: str
) -> None:
    response = client.get(f"/?{typed}")
    assert response.status_code == 302 and response.headers["Location"] == location


def test_typed_country_is_ticked_and_chipped(client: FlaskClient) -> None:
    html = client.get("/?q=country:PL", follow_redirects=True).data.decode()
    assert facet_state(html, "country")["Poland"] == "selected"
    assert chip_texts(html) == ["Country: Poland"]
    assert 'value=""' in html.split('id="q"', 1)[1].split(">", 1)[0]  # the box no longer says it


def test_all_of_on_the_page(client: FlaskClient) -> None:
    html = client.get("/?country=PL&country=KR&country_mode=all").data.decode()
    assert "1–1 of 1 article" in html and "South Korea delivers K2 tanks" in html
    assert chip_texts(html) == ["Country: Poland and South Korea"]
    assert 'aria-current="true" class="is-current">all of</a>' in html
    any_of = client.get("/?country=PL&country=KR").data.decode()
    assert "of 5 articles" in any_of and chip_texts(any_of) == ["Country: Poland or South Korea"]


def test_excluded_value_on_the_page(client: FlaskClient) -> None:
    html = client.get("/?q=ammunition&not_country=PL").data.decode()
    assert "of 2 articles" in html and chip_texts(html) == ["Country: not Poland"]
    assert facet_state(html, "country")["Poland"] == "excluded"
    assert 'aria-label="Exclude Ukraine"' in html and 'aria-label="Stop excluding Poland"' in html


def test_undated_in_the_year_facet_and_histogram(client: FlaskClient) -> None:
    html = client.get("/").data.decode()
    assert list(facet_state(html, "year"))[-1] == "undated"
    assert 'aria-label="undated: 1 article"' in html and 'href="/?year=undated"' in html
    selected = client.get("/?year=undated").data.decode()
    assert "1–1 of 1 article" in selected and "Undated note on demining" in selected
    excluded = client.get("/?not_year=undated").data.decode()
    assert "of 11 articles" in excluded and chip_texts(excluded) == ["Year: not undated"]


@pytest.mark.parametrize(
    ("query", "reason"),
    [
        ("country_mode=some", "is not a mode; use any or all"),
        ("not_colour=red", "is not a facet"),
        ("year=someday", "four digits like 2024, or undated"),
    ],
)
def test_bad_filter_is_400_page(client: FlaskClient, query: str, reason: str) -> None:
    response = client.get(f"/?{query}")
    assert response.status_code == 400 and reason in response.data.decode()


def test_outlet_facet_is_called_outlet_and_keeps_its_parameter(client: FlaskClient) -> None:
    html = client.get("/?source=Reuters").data.decode()
    assert '<h2 id="facet-source-title">Outlet</h2>' in html  # as the article page says
    assert '<span class="chip-title">Outlet:</span>' in html and ">Source<" not in html
    assert "source=Reuters" in html  # URL parameter unchanged
    api = client.get("/api/search?source=Reuters").json
    assert api["total"] >= 1 and "source" in api["facets"]  # API contract unchanged
