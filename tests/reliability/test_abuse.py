"""Abuse queries and load against a served site: bounded answers, no 500s, no blocked site.

The index is generated (ENTENTE_ABUSE_ARTICLES articles, 3,000 by default) or, to measure at
scale, taken from ENTENTE_ABUSE_INDEX (for example the 100k index of benchmarks/bench_search.py).
"""

from __future__ import annotations

import itertools
import os
import random
import subprocess
import threading
import time
import urllib.parse
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from pathlib import Path

import pytest

from indexer.article import Article
from indexer.fields import TOPIC_SLUGS
from indexer.pipeline import run_index
from indexer.store import IndexStore

from .conftest import ROOT, WORDS, entente, fetch, report, write_corpus

pytestmark = pytest.mark.reliability
ARTICLES = int(os.environ.get("ENTENTE_ABUSE_ARTICLES", "3000"))
ANSWER_SECONDS = 10.0
CODES = ["PL", "KR", "UA", "SK", "JP", "FR", "DE", "TR", "US", "GB"]


def build_index(directory: Path, count: int) -> Path:
    """Write ``count`` generated articles straight into an index."""
    rng = random.Random(5)
    with IndexStore(directory) as store, store.batch() as batch:
        for n in range(count):
            day = date(2016, 1, 1) + timedelta(days=rng.randrange(3500))
            article = Article(
                id=f"g{n:06}",
                source=f"gen/{n}.txt",
                title=" ".join(rng.sample(WORDS, 6)),
                text=" ".join(rng.choice(WORDS) for _ in range(200)),
                date=day if n % 9 else None,
                language=rng.choice(["en", "pl", "de"]),
                countries=tuple(rng.sample(CODES, rng.randint(1, 3))),
                people=tuple(f"Person{rng.randrange(500)} Name" for _ in range(rng.randint(0, 2))),
                topics=tuple(rng.sample(TOPIC_SLUGS, 2)),
                outlet=f"Outlet {rng.randrange(20)}",
                content_hash=str(n),
            )
            batch.put(article, f"/gen/{n}.txt", "/gen")
    return directory


@pytest.fixture(scope="module")
def abuse_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("ENTENTE_ABUSE_INDEX")
    if given:
        return Path(given)
    return build_index(tmp_path_factory.mktemp("abuse") / "ix", ARTICLES)


def abuse_queries() -> list[dict[str, object]]:
    """Return 150 hostile but syntactically bounded requests (query-string parameters)."""
    rng = random.Random(3)
    common = WORDS[:42]
    texts = [
        " ".join(["ammunition"] * 45),
        " OR ".join(common),
        " ".join(f"{w[:2]}*" for w in WORDS[:10]),
        " OR ".join(f"{w[:2]}*" for w in WORDS[10:20]),
        "(" * 8 + "tank" + ")" * 8,
        "(" * 9 + "tank" + ")" * 9,
        " ".join(f'"{a} {b}"' for a, b in itertools.pairwise(common[:12])),
        '"' + " ".join(common[:25]) + '"',
        " ".join(f"-{w}" for w in common[:20]),
        "x" * 600,
        "person:a* OR country:* OR topic:*",
        "*tank",
        "tank~2",
        "/regex/",
        "title:",
        "\u0000 tank",
        "\ud800",
        "😀" * 100,
        "NOT NOT NOT tank",
        "AND OR NOT",
        ") ( ) (",
    ]
    requests: list[dict[str, object]] = []
    for n in range(150):
        params: dict[str, object] = {"q": texts[n % len(texts)]}
        if n % 3 == 0:
            params["country"] = rng.sample(CODES, 10) + ["ZZ"] * 10
        if n % 5 == 0:
            params.update(per_page=100, page=rng.choice([1, 99, 100, 101]))
        if n % 7 == 0:
            params["sort"] = rng.choice(["newest", "oldest", "bogus"])
        if n % 11 == 0:
            params.update({"from": "0001-01-01", "to": "9999-12-31"})
        requests.append(params)
    return requests


SURFACES = ["/", "/api/search", "/export.csv", "/feed"]


def url(base: str, path: str, params: dict[str, object]) -> str:
    """Return a URL with the parameters encoded, surrogates included as raw bytes."""
    query = urllib.parse.urlencode(params, doseq=True, errors="surrogatepass")
    return f"{base}{path}?{query}"


def test_abuse_queries_get_bounded_answers_and_no_errors(abuse_index: Path, serve) -> None:
    base = serve(abuse_index)
    answers = []
    for n, params in enumerate(abuse_queries()):
        status, seconds, _ = fetch(url(base, SURFACES[n % len(SURFACES)], params))
        answers.append((status, seconds, params))
    statuses = Counter(s for s, _, _ in answers)
    times = sorted(t for _, t, _ in answers)
    report(
        "abuse",
        statuses=dict(statuses),
        max_s=round(times[-1], 2),
        p50_s=round(times[len(times) // 2], 3),
    )
    failures = [(s, p) for s, _, p in answers if s >= 500 and s != 503]
    slow = [(round(t, 1), p) for _, t, p in answers if t >= ANSWER_SECONDS]
    assert not failures and not slow
    assert {s for s, _, _ in answers} & {400} and {s for s, _, _ in answers} & {200}


def test_a_plain_search_stays_fast_while_three_heavy_exports_run(abuse_index: Path, serve) -> None:
    base = serve(abuse_index)
    heavy = url(base, "/export.csv", {"q": " OR ".join(WORDS[:8])})
    stop = threading.Event()
    statuses: list[int] = []

    def export_forever() -> None:
        while not stop.is_set():
            statuses.append(fetch(heavy, timeout=60)[0])

    threads = [threading.Thread(target=export_forever) for _ in range(3)]
    for thread in threads:
        thread.start()
    time.sleep(1.0)
    try:
        plain = [fetch(url(base, "/api/search", {"q": "frigate"}))[:2] for _ in range(10)]
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=120)
    report(
        "plain under exports",
        max_s=round(max(seconds for _, seconds in plain), 3),
        exports=dict(Counter(statuses)),
    )
    assert {status for status, _ in plain} == {200}
    # One second on a quiet machine (the closing note's figure); CI's machine may be busy, so
    # the test's bound only proves no plain search waits for an export to finish.
    assert max(seconds for _, seconds in plain) < float(
        os.environ.get("ENTENTE_PLAIN_SECONDS", "3")
    )
    assert set(statuses) <= {200, 503}


def test_clients_see_no_error_while_the_indexer_commits_back_to_back(tmp_path: Path, serve) -> None:
    corpus, index_dir = tmp_path / "corpus", tmp_path / "ix"
    write_corpus(corpus, 40)
    run_index([str(corpus)], index_dir)
    base = serve(index_dir)
    seconds = float(os.environ.get("ENTENTE_LOAD_SECONDS", "15"))
    commits: list[float] = []
    stop = threading.Event()

    def commit_forever() -> None:
        # A separate process, as a user's indexer would be, so commits keep their own pace.
        while not stop.is_set():
            for path in sorted(corpus.iterdir())[len(commits) % 40 :][:5]:
                path.write_text(path.read_text() + f"\nUpdate {len(commits)}.\n")
            command = entente("index", str(corpus), "--index", str(index_dir))
            subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
            commits.append(time.monotonic())

    def client(n: int) -> list[int]:
        statuses = []
        for word in itertools.cycle(WORDS):
            if stop.is_set():
                return statuses
            path = SURFACES[n % 2] if n % 4 else "/export.json"
            statuses.append(fetch(url(base, path, {"q": word, "country": "PL"}))[0])
        return statuses

    with ThreadPoolExecutor(max_workers=9) as pool:
        committer = pool.submit(commit_forever)
        clients = [pool.submit(client, n) for n in range(8)]
        started = time.monotonic()
        # At least `seconds` of load and three commits under it, however slow the machine.
        while time.monotonic() - started < seconds or len(commits) < 3:
            assert time.monotonic() - started < 300 and not committer.done()
            time.sleep(0.2)
        stop.set()
        committer.result()
        statuses = [status for future in clients for status in future.result()]
    report(
        "load while committing",
        requests=len(statuses),
        commits=len(commits),
        statuses=dict(Counter(statuses)),
    )
    assert len(statuses) > 100
    assert set(statuses) == {200}
