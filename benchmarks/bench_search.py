"""Benchmark the search site on a large generated index; write benchmarks/results/search.json.

Builds N articles straight into the store (no extraction), then times site requests through
the Flask test client: cold (each query new to the worker) and warm (repeated).

Usage: python benchmarks/bench_search.py [--articles 100000] [--index DIR]
"""

from __future__ import annotations

import argparse
import itertools
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from report import peak_rss_mib, write_results

from indexer.article import Article
from indexer.fields import TOPIC_SLUGS
from indexer.store import IndexStore, index_exists
from searchapp import create_app

COUNTRIES = [
    "PL",
    "SK",
    "KR",
    "UA",
    "CZ",
    "NL",
    "DK",
    "VN",
    "JP",
    "AU",
    "GB",
    "US",
    "FR",
    "DE",
    "IN",
    "PH",
    "LT",
    "EE",
    "LV",
    "FI",
    "SE",
    "NO",
    "RO",
    "TR",
    "GR",
    "IT",
    "ES",
    "BR",
    "EG",
    "ID",
]
WORDS = "defence ministry agreement production ammunition artillery drones frigate tank howitzer training exercise procurement contract delivery missile radar aircraft border security cooperation industry memorandum partnership logistics submarine satellite cyber demining treaty".split()
OUTLETS = [f"Outlet {n}" for n in range(40)]
PEOPLE = [f"Person{n} Surname{n}" for n in range(3000)]


def make_article(n: int, rng: random.Random) -> Article:
    """Return one generated article of about 1.5 KB."""
    words = [rng.choice(WORDS) for _ in range(220)] + [f"rare{n % 5000}"]
    day = date(2015, 1, 1) + timedelta(days=rng.randrange(4000))
    return Article(
        id=f"b{n:07}",
        source=f"gen/{n}.txt",
        title=" ".join(rng.sample(WORDS, 6)),
        text=" ".join(words),
        date=day if n % 10 else None,
        language=rng.choice(["en", "en", "en", "pl", "de", "fr"]),
        countries=(countries := tuple(rng.sample(COUNTRIES, rng.randint(1, 4)))),
        pairs=tuple("-".join(sorted(p)) for p in itertools.combinations(countries, 2)),
        people=tuple(rng.sample(PEOPLE, rng.randint(0, 3))),
        topics=tuple(rng.sample(TOPIC_SLUGS, rng.randint(1, 4))),
        outlet=rng.choice(OUTLETS),
        content_hash=str(n),
    )


def build(directory: Path, count: int) -> float:
    """Write ``count`` generated articles; return the seconds it took."""
    rng = random.Random(11)
    started = time.perf_counter()
    with IndexStore(directory) as store, store.batch() as batch:
        for n in range(count):
            batch.put(make_article(n, rng), f"/gen/{n}.txt", "/gen")
    return time.perf_counter() - started


def timed(client: object, url: str) -> float:
    """Return the seconds one request took; fail on any status but 200."""
    started = time.perf_counter()
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return time.perf_counter() - started


def main() -> int:
    """Run the benchmark and write its figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--index", type=Path, default=None, help="reuse or keep the index here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        directory = args.index or Path(tmp) / "index"
        build_seconds = None if index_exists(directory) else build(directory, args.articles)
        app = create_app({"INDEX_DIR": str(directory), "TESTING": True})
        client = app.test_client()
        started = time.perf_counter()
        timed(client, "/api/search?q=zzzz")
        first_open = time.perf_counter() - started
        cases = {
            "rare term": [f"/api/search?q=rare{n}" for n in range(1, 21)],
            "rare term + 2 facets": [
                f"/api/search?q=rare{n}&country=PL&topic=drones" for n in range(21, 41)
            ],
            "common term": [f"/?q={w}" for w in WORDS[:10]],
            "common term + facets": [
                f"/?q={w}&country=PL&country=SK&year=2020" for w in WORDS[10:20]
            ],
            "no query, facets": [f"/?country={c}" for c in COUNTRIES[:10]],
            "phrase": [f'/?q="{a} {b}"' for a, b in itertools.pairwise(WORDS[:11])],
            "prefix": [f"/?q={w[:4]}*" for w in WORDS[:10]],
            # The cooperation map against the search page: other words, so no cached counts.
            "cooperation, no query": [f"/cooperation?country={c}" for c in COUNTRIES[10:20]],
            "cooperation, common term": [f"/cooperation?q={w}" for w in WORDS[20:30]],
            "cooperation, term + filters + focus": [
                f"/cooperation?q={w}&topic=drones&from=2023&focus=PL" for w in WORDS[:10]
            ],
        }
        figures: dict[str, object] = {
            "articles": args.articles,
            "build_seconds": build_seconds,
            "first_request_seconds": round(first_open, 2),
        }
        for name, urls in cases.items():
            cold = [timed(client, url) for url in urls]
            warm = [timed(client, url) for url in urls]
            figures[name] = {
                "cold_median_ms": round(statistics.median(cold) * 1000, 1),
                "cold_max_ms": round(max(cold) * 1000, 1),
                "warm_median_ms": round(statistics.median(warm) * 1000, 1),
            }
        figures["peak_rss_mib"] = peak_rss_mib()
    write_results("search", figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
