"""Time `entente index` alone on the ../shared/bench corpus, with or without trusted metadata.

The corpus records carry countries, people, topics and language, which the indexer keeps
instead of extracting. With ``--extract`` a copy without those keys is indexed instead, so
every article is extracted. Measures wall time, articles/s, the peak RSS of the process tree
and the peak disk (sampled every 0.2 s, as bench_peer.py does), and writes
benchmarks/results/NAME.json and NAME.md.

Usage: python benchmarks/bench_peer_index.py [--n 100000] [--scratch /tmp/entente-peer]
       [--corpus FILE.jsonl] [--extract] [--name NAME]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from pathlib import Path

from bench_peer import VENV_BIN, corpus_stem, make_corpus, measured, scratch_folder
from peer_report import INDEX_FIGURES
from report import RESULTS, write_results

from indexer.store import open_live

# The keys an upstream pipeline may supply; without them the indexer extracts every field.
TRUSTED_KEYS = ("countries", "people", "topics", "language")


def strip_trusted(corpus: Path, out: Path) -> None:
    """Write a copy of the corpus without the trusted keys (once; kept for later runs)."""
    if out.exists() and out.stat().st_mtime >= corpus.stat().st_mtime:
        return
    partial = out.with_suffix(".partial")
    with corpus.open(encoding="utf-8") as lines, partial.open("w", encoding="utf-8") as copy:
        for line in lines:
            if line.strip():
                record = json.loads(line)
                for key in TRUSTED_KEYS:
                    record.pop(key, None)
                copy.write(json.dumps(record, ensure_ascii=False) + "\n")
    partial.replace(out)


def markdown(figures: dict) -> str:
    """Return the indexing figures as a markdown page."""
    kind = "extraction included" if figures["extract"] else "trusted metadata"
    index = figures["entente_index"]
    out = [f"# `entente index`, {figures['articles']:,} articles, {kind}", ""]
    out += [f"Run {figures['started']} on {figures['cpus']} CPUs; `{figures['command']}`."]
    out += [f"Load average before the run: {figures['load_before']}.", ""]
    out += ["| figure | value |", "|---|---|"]
    for key, label in (*INDEX_FIGURES, ("segments", "segments in the index")):
        out.append(f"| {label} | {index.get(key, '-')} |")
    return "\n".join(out) + "\n"


def main() -> int:
    """Build (or reuse) the corpus, index it from scratch under the watcher, write results."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=100_000, help="articles in the corpus")
    parser.add_argument("--scratch", type=Path, default=Path("/tmp/entente-peer"))
    parser.add_argument("--corpus", type=Path, help="an existing corpus to read (not written)")
    parser.add_argument("--extract", action="store_true", help="index without trusted keys")
    parser.add_argument("--name", help="results file name (default index-<stem>[-extract])")
    args = parser.parse_args()
    scratch = scratch_folder(args.scratch)
    n = args.n
    stem = corpus_stem(n)
    corpus = args.corpus.resolve() if args.corpus else scratch / f"{stem}.jsonl"
    if not corpus.exists():
        make_corpus(n, corpus)
    if args.extract:
        stem += "-extract"
        stripped = scratch / f"{stem}.jsonl"
        strip_trusted(corpus, stripped)
        corpus = stripped
    index = scratch / f"ix-{stem}"
    shutil.rmtree(index, ignore_errors=True)
    cmd = [VENV_BIN / "entente", "index", corpus, "--index", index]
    load_before = os.getloadavg()[0]
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    figures = measured(cmd, index, scratch / "tmp", n)
    opened = open_live(index)
    figures["segments"] = len(opened._segments())
    opened.close()
    name = args.name or f"index-{stem}"
    results = {
        "articles": n,
        "extract": args.extract,
        "started": started,
        "cpus": os.cpu_count(),
        "load_before": round(load_before, 2),
        "command": "python benchmarks/bench_peer_index.py " + " ".join(sys.argv[1:]),
        "entente_index": figures,
    }
    write_results(name, results)
    (RESULTS / f"{name}.md").write_text(markdown(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
