"""Benchmark indexing a generated corpus (site requests: bench_search.py); write results/index.json.

Usage: python benchmarks/bench_index.py [--articles N]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from report import peak_rss_mib, write_results

from indexer.pipeline import run_index

COUNTRIES = [
    "Poland",
    "Slovakia",
    "South Korea",
    "Ukraine",
    "Japan",
    "Australia",
    "France",
    "Germany",
]
TOPICS = ["ammunition", "drones", "frigates", "air defence", "tanks", "training", "cyber defence"]
MONTHS = ["January", "March", "May", "July", "September", "November"]


def make_article(n: int, rng: random.Random) -> str:
    """Return one generated article of about 2 KB."""
    a, b = rng.sample(COUNTRIES, 2)
    topic = rng.choice(TOPICS)
    year = rng.randint(2015, 2026)
    sentences = [
        f"{a} and {b} agree on {topic} cooperation",
        "",
        f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {year}",
        "",
    ]
    for k in range(12):
        sentences.append(
            f"The defence ministers of {a} and {b} discussed {topic} and joint production "
            f"in meeting {n}-{k}, officials said, adding that deliveries would follow."
        )
    return "\n".join(sentences)


def main() -> int:
    """Run the benchmark and write its figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        for n in range(args.articles):
            (corpus / f"{n:06}.txt").write_text(make_article(n, rng), encoding="utf-8")
        index_dir = Path(tmp) / "index"
        started = time.perf_counter()
        summary = run_index([str(corpus)], index_dir)
        first_run = time.perf_counter() - started
        started = time.perf_counter()
        run_index([str(corpus)], index_dir)
        rerun = time.perf_counter() - started
    figures = {
        "articles": args.articles,
        "added": summary.added,
        "index_seconds": round(first_run, 2),
        "articles_per_second": round(args.articles / first_run, 1),
        "unchanged_rerun_seconds": round(rerun, 2),
        "peak_rss_mib": peak_rss_mib(),
        "peak_rss_worker_mib": peak_rss_mib(children=True),
    }
    write_results("index", figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
