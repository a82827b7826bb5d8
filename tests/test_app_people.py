"""One person, one facet value: filters, typed queries, chips, the API and filter boxes agree."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from indexer.article import Article
from indexer.extract.personkey import person_key
from indexer.store import IndexStore

BASE = Article(id="", source="", title="", text="", date=date(2025, 3, 1), language="en")
# Invented articles: one person under four spellings (and once by surname only), one under two.
WRITTEN = {
    "p1": ("en", ("Volodymyr Zelensky", "Mariusz Błaszczak")),
    "p2": ("en", ("Volodymyr Zelenskyy",)),
    "p3": ("de", ("Wolodymyr Selenskyj", "Mariusz Blaszczak")),
    "p4": ("es", ("Volodímir Zelenski",)),
    "p5": ("en", ("Zelensky", "Anna Nowak")),
    "p6": ("pl", ("Piotr Nowak", "Nowak")),
    "p7": ("tr", ("Hatice Öztürk",)),
}
ZELENSKY = {"p1", "p2", "p3", "p4", "p5"}


@pytest.fixture(scope="module")
def people_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FlaskClient]:
    """Serve an index of the invented articles above."""
    from searchapp import create_app

    directory: Path = tmp_path_factory.mktemp("people-index")
    with IndexStore(directory) as store, store.batch() as batch:
        for article_id, (language, people) in WRITTEN.items():
            article = replace(
                BASE,
                id=article_id,
                source=f"{article_id}.txt",
                title=f"Talks in article {article_id}",
                text="Ministers met to talk about air defence.",
                language=language,
                people=people,
                countries=("PL", "TR") if article_id == "p7" else ("UA",),
                content_hash=article_id,
            )
            batch.put(article, article.source, "people")
    app = create_app({"TESTING": True, "INDEX_DIR": str(directory)})
    with app.test_client() as client:
        yield client
    app.extensions["entente_index"].close()


def found(client: FlaskClient, query: str) -> dict[str, object]:
    """Return the API answer to a search."""
    answer = client.get(f"/api/search?per_page=100&{query}")
    assert answer.status_code == 200, answer.get_json()
    return answer.get_json()


def ids(answer: dict[str, object]) -> set[str]:
    """Return the ids of an API answer's hits."""
    return {hit["id"] for hit in answer["hits"]}  # type: ignore[index, union-attr]


def test_the_person_facet_shows_one_value_per_person(people_client):
    values = {v["value"]: v["count"] for v in found(people_client, "")["facets"]["person"]}
    assert values == {
        "Volodymyr Zelensky": 5,
        "Mariusz Błaszczak": 2,
        "Anna Nowak": 1,
        "Piotr Nowak": 1,
        "Nowak": 1,  # two full names end with it: not merged
        "Hatice Öztürk": 1,
    }
    assert len({person_key(name) for name in values}) == len(values)


@pytest.mark.parametrize(
    "query",
    [
        'q=person:"Zelenskyy"',
        "person=Zelensky",
        "q=person:zelenski",
        "person=Wolodymyr+Selenskyj",
        "q=person:selensk*",
        "q=person:zelenski+OR+person:nobody",  # compiled, not lifted into a filter
    ],
)
def test_every_spelling_finds_the_same_articles(people_client, query):
    assert ids(found(people_client, query)) == ZELENSKY


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("not_person=Selenskyj", {"p6", "p7"}),
        ("person=blaszczak", {"p1", "p3"}),
        ("person=Nowak", {"p6"}),
        ("person=Anna+Nowak", {"p5"}),
    ],
)
def test_filters_and_exclusions_use_the_person(people_client, query, expected):
    assert ids(found(people_client, query)) == expected


def test_selected_value_chip_and_url_use_the_canonical_name(people_client):
    answer = found(people_client, "person=selenskyj")
    selected = [v for v in answer["facets"]["person"] if v["selected"]]
    assert [v["value"] for v in selected] == ["Volodymyr Zelensky"]
    page = people_client.get("/?person=selenskyj").get_data(as_text=True)
    chip = re.search(r'<li class="chip">.*?</li>', page, re.S)
    assert chip and "Volodymyr Zelensky" in chip.group(0)
    assert "person=Volodymyr+Zelensky" in html.unescape(page)


def test_one_person_selected_and_excluded_is_refused(people_client):
    answer = people_client.get("/api/search?person=Zelensky&not_person=Selenskyj")
    assert answer.status_code == 400
    assert "both selected" in answer.get_json()["error"]


def search_names(page: str, label: str) -> list[str]:
    """Return the folded names the filter box matches a facet value by."""
    match = re.search(rf'data-label="{re.escape(label)}" data-search="([^"]*)"', page)
    assert match, label
    return html.unescape(match.group(1)).split("|")


def test_filter_box_names_hold_every_spelling_folded(people_client):
    page = people_client.get("/").get_data(as_text=True)
    names = search_names(page, "Volodymyr Zelensky")
    assert {"volodymyr zelensky", "wolodymyr selenskyj", "volodimir zelenski", "zelensky"} <= set(
        names
    )
    assert search_names(page, "Mariusz Błaszczak")[0] == "mariusz blaszczak"
    assert "hatice ozturk" in search_names(page, "Hatice Öztürk")
    assert {"turkiye", "turkey", "tr"} <= set(search_names(page, "Türkiye"))
