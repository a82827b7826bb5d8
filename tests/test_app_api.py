"""JSON API (DESIGN.md section 5): shape, disjunctive facet counts, bad input, unknown ids."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import pytest
from flask.testing import FlaskClient

from indexer.article import Article

FACET_VALUES = {
    "country": lambda a: list(a.countries),
    "year": lambda a: [str(a.year)] if a.year else [],
    "person": lambda a: list(a.people),
    "topic": lambda a: list(a.topics),
    "language": lambda a: [a.language],
    "source": lambda a: [a.outlet] if a.outlet else [],
}


def matches(article: Article, filters: dict[str, list[str]], skip: str | None = None) -> bool:
    """Tell whether an article passes the filters: OR within a facet, AND across."""
    return all(
        set(FACET_VALUES[name](article)) & set(values)
        for name, values in filters.items()
        if name != skip
    )


def expected_counts(
    articles: Iterable[Article], filters: dict[str, list[str]], facet: str
) -> dict[str, int]:
    """Count a facet's values over the articles passing every other facet's filter."""
    counts: Counter[str] = Counter()
    for article in articles:
        if matches(article, filters, skip=facet):
            counts.update(FACET_VALUES[facet](article))
    return dict(counts)


FILTER_CASES = [
    {},
    {"country": ["PL"]},
    {"country": ["PL", "UA"]},
    {"country": ["PL"], "topic": ["ammunition"]},
    {"country": ["SK", "CZ"], "year": ["2024", "2025"], "language": ["en"]},
    {"person": ["Robert Kaliňák"], "source": ["TASR", "Defense News"]},
]


@pytest.mark.parametrize("filters", FILTER_CASES)
def test_facet_counts_are_disjunctive(
    client: FlaskClient, articles: tuple[Article, ...], filters: dict[str, list[str]]
) -> None:
    params = [(name, value) for name, values in filters.items() for value in values]
    data = client.get("/api/search", query_string=params).json
    assert data["total"] == sum(matches(a, filters) for a in articles)
    for facet in FACET_VALUES:
        got = {item["value"]: item["count"] for item in data["facets"][facet] if item["count"]}
        assert got == expected_counts(articles, filters, facet), facet
        selected = {item["value"] for item in data["facets"][facet] if item["selected"]}
        assert selected == set(filters.get(facet, []))


def test_search_shape(client: FlaskClient) -> None:
    data = client.get("/api/search?q=ammunition&per_page=2").json
    assert list(data) == ["query", "total", "page", "per_page", "hits", "facets", "suggestion"]
    assert (data["query"], data["page"], data["per_page"]) == ("ammunition", 1, 2)
    assert len(data["hits"]) == 2 and data["total"] >= 3
    hit = data["hits"][0]
    assert list(hit) == [
        "id",
        "title",
        "date",
        "language",
        "countries",
        "people",
        "topics",
        "snippet",
        "url",
    ]
    assert hit["url"] == f"/articles/{hit['id']}"
    assert "<mark>" in hit["snippet"]
    assert list(data["facets"]) == ["country", "year", "person", "topic", "language", "source"]
    item = data["facets"]["country"][0]
    assert list(item) == ["value", "label", "count", "selected"]


def test_country_labels(client: FlaskClient) -> None:
    data = client.get("/api/search?country=KR").json
    labels = {item["value"]: item["label"] for item in data["facets"]["country"]}
    assert labels["KR"] == "South Korea" and labels["PL"] == "Poland"


def test_default_per_page_is_10_and_max_100(client: FlaskClient) -> None:
    assert client.get("/api/search").json["per_page"] == 10
    assert client.get("/api/search?per_page=100").status_code == 200
    assert client.get("/api/search?per_page=101").status_code == 400


def test_article(client: FlaskClient, articles: tuple[Article, ...]) -> None:
    source = articles[0]
    data = client.get(f"/api/articles/{source.id}").json
    assert data["title"] == source.title and data["text"] == source.text
    assert data["people"] == list(source.people) and data["authors"] == list(source.authors)
    assert data["date"] == source.date.isoformat()


def test_unknown_article_is_404_json(client: FlaskClient) -> None:
    response = client.get("/api/articles/does-not-exist")
    assert response.status_code == 404
    assert "does-not-exist" in response.json["error"]


BAD_REQUESTS = [
    "q=" + "x" * 501,
    "q=" + "+".join(["w"] * 51),
    "q=*a*",
    "q=a*",
    "q=ammu*n",
    "q=abcdefg~9",
    "q=/regex/",
    'q="unclosed',
    "q=(a",
    "q=a)",
    "q=" + "(" * 20 + "a" + ")" * 20,
    "q=nosuchfield:x",
    "q=country:narnia",
    "q=topic:unicorns",
    "q=year:24",
    "page=0",
    "page=-1",
    "page=abc",
    "page=²",
    "page=99999999999999999999",
    "per_page=0",
    "per_page=101",
    "page=101&per_page=100",
    "sort=random",
    "from=2024-13-01",
    "from=yesterday",
    "to=2024-02-30",
    "from=2025&to=2024",
    "country=Atlantis",
    "year=20x4",
    "topic=unicorns",
    "language=english!",
    "person=" + "x" * 201,
    "&".join(f"country=C{i}" for i in range(21)),
]


@pytest.mark.parametrize("query", BAD_REQUESTS)
def test_bad_input_is_400_json(client: FlaskClient, query: str) -> None:
    response = client.get(f"/api/search?{query}")
    assert response.status_code == 400, response.data[:200]
    assert response.json["error"].startswith("Invalid parameter")


@pytest.mark.parametrize("sort", ["relevance", "newest", "oldest"])
@pytest.mark.parametrize(
    ("query", "expected"),
    [("q=ammunition&country=PL", 1), ("q=ammunition+OR+tanks&year=2024", 2), ("q=tanks", 2)],
)
def test_total_is_exact_on_small_pages(
    client: FlaskClient, query: str, expected: int, sort: str
) -> None:
    # A page smaller than the index takes Whoosh's top-N path, whose own count ignores filters.
    data = client.get(f"/api/search?{query}&per_page=1&sort={sort}").json
    assert data["total"] == expected and len(data["hits"]) == 1


@pytest.mark.parametrize(
    ("query", "status"),
    [("q=am*", 200), ("q=am*+dr*+ta*", 200), ("q=topic:dr*", 200), ("q=source:re*", 200)],
)
def test_prefix_queries_within_budget(client: FlaskClient, query: str, status: int) -> None:
    assert client.get(f"/api/search?{query}").status_code == status


def test_prefix_budget_is_shared_by_the_whole_query(
    client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from searchapp import engine

    monkeypatch.setattr(engine, "MAX_EXPANSION", 4)
    assert client.get("/api/search?q=ammun*").status_code == 200  # "ammunit" in title and body
    response = client.get("/api/search?q=ammun*+dr*+ta*+po*+co*")
    assert response.status_code == 400 and "more letters" in response.json["error"]
