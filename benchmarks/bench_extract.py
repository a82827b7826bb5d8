"""Benchmark extraction of ~5 KB articles on one core; write benchmarks/results/extract.json.

Usage: python benchmarks/bench_extract.py [--articles N] [--rounds R]

Articles are generated here (our own text) so the figure does not depend on any corpus; the
bundled data/sample .txt files are timed too when present.
"""

from __future__ import annotations

import argparse
import platform
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from report import write_results

from indexer.document import RawDocument
from indexer.extract import extract_article

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample"
TARGET_BYTES = 5000
LIMIT_MS = 30.0
COUNTRIES = ["Poland", "Slovakia", "South Korea", "Ukraine", "Japan", "Estonia", "France", "Norway"]
ADJECTIVES = ["Polish", "Slovak", "Korean", "Ukrainian", "Japanese", "Estonian", "French"]
PEOPLE = ["Anna Kowalska", "Peter Horvath", "Kim Dae-ho", "Olena Bondar", "Kenji Sato"]
ROLES = ["Defence Minister", "Deputy Prime Minister", "General", "Foreign Minister"]
THINGS = ["howitzers", "air defence systems", "drones", "frigates", "tanks", "ammunition"]
SENTENCES = [
    "{role} {person} said the {adj} side wanted to expand joint production of {thing}.",
    "Officials from {country} and {country2} discussed training, border security and {thing}.",
    "The agreement covers procurement, maintenance and the transfer of technology for {thing}.",
    "{person} told reporters in {country} that deliveries of {thing} would begin next year.",
    "Both ministries will hold a joint exercise and exchange liaison officers, {person} added.",
]


def make_article(n: int, rng: random.Random) -> str:
    """Return one generated article of about TARGET_BYTES bytes."""
    a, b = rng.sample(COUNTRIES, 2)
    lines = [
        "World",
        f"{rng.randint(1, 28)} March 2024",
        "",
        f"{a} and {b} expand defence cooperation ({n})",
        "",
        f"by {rng.choice(PEOPLE)}",
        "",
    ]
    while len("\n".join(lines).encode("utf-8")) < TARGET_BYTES:
        paragraph = " ".join(
            rng.choice(SENTENCES).format(
                role=rng.choice(ROLES),
                person=rng.choice(PEOPLE),
                adj=rng.choice(ADJECTIVES),
                thing=rng.choice(THINGS),
                country=rng.choice(COUNTRIES),
                country2=rng.choice(COUNTRIES),
            )
            for _ in range(4)
        )
        lines += [paragraph, ""]
    lines.append("© 2024 Bench Wire")
    return "\n".join(lines)


def time_documents(docs: list[RawDocument], rounds: int) -> list[float]:
    """Return per-extraction times in milliseconds."""
    timings = []
    for _ in range(rounds):
        for doc in docs:
            start = time.perf_counter()
            extract_article(doc)
            timings.append((time.perf_counter() - start) * 1000)
    return timings


def summary(timings: list[float]) -> dict[str, float]:
    """Return median, 95th percentile and maximum of timings."""
    ordered = sorted(timings)
    return {
        "median_ms": round(statistics.median(ordered), 3),
        "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))], 3),
        "max_ms": round(ordered[-1], 3),
        "count": len(ordered),
    }


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark, print and save the results; exit 1 if over the limit."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    rng = random.Random(7)
    docs = [
        RawDocument(source=f"bench/{n}.txt", text=make_article(n, rng))
        for n in range(args.articles)
    ]
    start = time.perf_counter()
    extract_article(docs[0])  # loads tables, langdetect profiles and dateparser once
    warmup_ms = (time.perf_counter() - start) * 1000
    result: dict[str, object] = {
        "python": platform.python_version(),
        "article_bytes": round(statistics.mean(len(d.text.encode()) for d in docs)),
        "first_call_ms": round(warmup_ms, 1),
        "generated": summary(time_documents(docs, args.rounds)),
        "limit_median_ms": LIMIT_MS,
    }
    samples = sorted(SAMPLE.glob("*.txt")) if SAMPLE.is_dir() else []
    if samples:
        sample_docs = [
            RawDocument(source=str(p), text=p.read_bytes().decode("utf-8", "replace"))
            for p in samples
        ]
        result["sample_txt"] = summary(time_documents(sample_docs, args.rounds))
    write_results("extract", result)
    generated = result["generated"]
    assert isinstance(generated, dict)
    return 0 if generated["median_ms"] < LIMIT_MS else 1


if __name__ == "__main__":
    sys.exit(main())
