"""searchapp.facetcounts: disjunctive facet counts from posting arrays."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from werkzeug.datastructures import MultiDict

from indexer.article import Article
from indexer.store import IndexStore, open_live
from searchapp.engine import Engine
from searchapp.facetcounts import FacetPostings, count_facets, mask_of
from searchapp.request import parse_search_request

# Six documents; document 5 holds no country.
COUNTRY = FacetPostings.from_terms([("PL", [0, 1, 3]), ("SK", [0, 2]), ("UA", [3, 4]), ("XX", [])])
TOPIC = FacetPostings.from_terms([("tanks", [0, 2, 4]), ("drones", [1, 3, 4, 5])])
FACETS = {"country": COUNTRY, "topic": TOPIC}
DOCS = 6
ALL = np.ones(DOCS, dtype=bool)


def docs(*docnums: int) -> np.ndarray:
    return mask_of(docnums, DOCS)


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ((), []),
        (("PL",), [0, 1, 3]),
        (("PL", "SK"), [0, 1, 2, 3]),  # OR within a facet
        (("XX",), []),  # a value without postings
        (("ZZ",), []),  # a value the index never saw
    ],
)
def test_mask_holds_the_documents_with_any_value(values, expected):
    assert np.flatnonzero(COUNTRY.mask(values, DOCS)).tolist() == expected


@pytest.mark.parametrize(
    ("matched", "expected"),
    [
        (ALL, {"PL": 3, "SK": 2, "UA": 2}),  # values without hits are left out
        (docs(0, 3), {"PL": 2, "SK": 1, "UA": 1}),
        (docs(5), {}),
        (docs(), {}),
    ],
)
def test_counts_count_documents_per_value(matched, expected):
    assert COUNTRY.counts(matched) == expected


@pytest.mark.parametrize(
    ("matched", "filters", "always", "total", "expected"),
    [
        (
            ALL,
            {},
            [],
            6,
            {"country": {"PL": 3, "SK": 2, "UA": 2}, "topic": {"tanks": 3, "drones": 4}},
        ),
        (  # a facet's own filter is left out of its counts, applied to the others
            ALL,
            {"country": ("PL",)},
            [],
            3,
            {"country": {"PL": 3, "SK": 2, "UA": 2}, "topic": {"tanks": 1, "drones": 2}},
        ),
        (  # OR within a facet
            ALL,
            {"country": ("PL", "SK")},
            [],
            4,
            {"country": {"PL": 3, "SK": 2, "UA": 2}, "topic": {"tanks": 2, "drones": 2}},
        ),
        (  # AND across facets; each facet counted with the other's filter only
            ALL,
            {"country": ("UA",), "topic": ("tanks",)},
            [],
            1,
            {"country": {"PL": 1, "SK": 2, "UA": 1}, "topic": {"tanks": 1, "drones": 2}},
        ),
        (  # the query restricts everything
            docs(0, 1, 2),
            {"topic": ("drones",)},
            [],
            1,
            {"country": {"PL": 1}, "topic": {"tanks": 2, "drones": 1}},
        ),
        (  # filters applied to every facet (the date range) count even for their own facet
            ALL,
            {"country": ("PL",)},
            [docs(1, 2, 3, 5)],
            2,
            {"country": {"PL": 2, "SK": 1, "UA": 1}, "topic": {"drones": 2}},
        ),
        (  # a filter matching nothing
            ALL,
            {"country": ("ZZ",)},
            [],
            0,
            {"country": {"PL": 3, "SK": 2, "UA": 2}, "topic": {}},
        ),
    ],
)
def test_count_facets_is_disjunctive(matched, filters, always, total, expected):
    masks = {name: FACETS[name].mask(values, DOCS) for name, values in filters.items()}
    assert count_facets(FACETS, matched, masks, always) == (total, expected)


def test_empty_field():
    empty = FacetPostings.from_terms([])
    assert empty.counts(ALL) == {} and not empty.mask(["PL"], DOCS).any()


# -- against a real index with a deleted document ----------------------------------------------

FACET_VALUES: dict[str, Callable[[Article], tuple[str, ...]]] = {
    "country": lambda a: a.countries,
    "year": lambda a: (str(a.date.year),) if a.date else (),
    "person": lambda a: a.people,
    "topic": lambda a: a.topics,
    "language": lambda a: (a.language,),
    "source": lambda a: (a.outlet,) if a.outlet else (),
}


def expected_counts(
    articles: list[Article], filters: dict[str, tuple[str, ...]]
) -> tuple[int, dict[str, dict[str, int]]]:
    """Count facet values the slow way, straight from the articles."""

    def passes(article: Article, skip: str | None) -> bool:
        return all(
            set(FACET_VALUES[name](article)) & set(values)
            for name, values in filters.items()
            if name != skip
        )

    counts = {
        name: dict(Counter(v for a in articles if passes(a, name) for v in values(a)))
        for name, values in FACET_VALUES.items()
    }
    return sum(passes(a, None) for a in articles), counts


@pytest.fixture(scope="module")
def updated(
    tmp_path_factory: pytest.TempPathFactory,
    index_builder: Callable[[Path], Path],
    articles: tuple[Article, ...],
) -> Iterator[tuple[Engine, list[Article]]]:
    """Return an engine over the fixture index after one article moved from PL/SK to FR."""
    directory = index_builder(tmp_path_factory.mktemp("updated"))
    moved = replace(articles[0], countries=("FR",))
    with IndexStore(directory) as store, store.batch() as batch:
        batch.put(moved, moved.source, "fixtures")
    engine = Engine(open_live(directory).searcher())
    yield engine, [moved, *articles[1:]]
    engine.close()


@pytest.mark.parametrize(
    "args",
    [
        {},
        {"country": ["PL"]},
        {"country": ["FR", "SK"]},
        {"country": ["PL"], "topic": ["ammunition", "tanks"]},
        {"year": ["2025"], "language": ["en"]},
        {"source": ["Reuters"], "person": ["Petr Pavel"]},
    ],
)
def test_counts_skip_deleted_documents(updated, args):
    engine, current = updated
    assert engine.reader.has_deletions()  # the old version of the article is still on disk
    request = parse_search_request(MultiDict([(k, v) for k, vs in args.items() for v in vs]))
    filters = {name: tuple(values) for name, values in args.items()}
    assert engine.facet_counts(engine.main_query(request), request) == expected_counts(
        current, filters
    )


def test_counts_follow_the_query_and_date_range(updated):
    engine, _ = updated
    request = parse_search_request(MultiDict({"q": "ammunition", "from": "2024", "country": "UA"}))
    found = engine.search(request)
    # Ammunition: a01 (2025, moved to FR), a03 (2024, CZ UA), a10 (2022, DE FR).
    assert found.total == 1 and [hit.article.id for hit in found.hits] == ["a03"]
    assert found.counts["country"] == {"CZ": 1, "FR": 1, "UA": 1}
    assert found.counts["year"] == {"2024": 1}


def test_a_filter_matching_nothing_leaves_no_hits(updated):
    engine, _ = updated
    request = parse_search_request(MultiDict({"country": "PL", "topic": "cybersecurity"}))
    found = engine.search(request)
    assert (found.total, found.hits) == (0, [])
    total, exported = engine.export(request, 10)
    assert (total, list(exported)) == (0, [])
