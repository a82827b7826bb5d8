"""Time each stage of indexing JSON Lines records in one process, in CPU ms per article.

Usage: python benchmarks/bench_index_stages.py FILE.jsonl [--articles N]

Stages: read and cut into units, parse records, extract, build documents, pickle an
Article round trip (the cost of handing it to another process), Whoosh analysis and
posting collection, segment writing, commit. CPU time, so a busy machine inflates it less
than wall time.
"""

from __future__ import annotations

import argparse
import itertools
import pickle
import sys
import tempfile
import time
from pathlib import Path

from indexer.discovery import discover
from indexer.extract import extract_article
from indexer.sources import parse_documents, read_source
from indexer.store import IndexStore, SegmentBuilder, article_to_document
from indexer.units import pieces


def main() -> int:
    """Run every stage over the first N records and print CPU ms per article."""
    parser = argparse.ArgumentParser()
    parser.add_argument("path", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    clock = time.process_time
    marks = [("start", clock())]
    source = discover([str(args.path)]).files[0]
    data, digest = read_source(source)
    units = list(itertools.islice(pieces(source, digest, data), args.articles // 64 + 1))
    marks.append(("read and cut into units", clock()))
    raws = [r for u in units for r in parse_documents(u.source, u.data, u.digest, u.first_line)]
    raws = raws[: args.articles]
    marks.append(("parse records", clock()))
    articles = [extract_article(raw) for raw in raws]
    marks.append(("extract", clock()))
    documents = [article_to_document(a, str(source.path), str(source.root)) for a in articles]
    marks.append(("build documents", clock()))
    pickle.loads(pickle.dumps(articles))
    marks.append(("pickle round trip", clock()))
    with tempfile.TemporaryDirectory() as scratch:
        with IndexStore(Path(scratch)) as store, store.batch() as batch:
            builder = SegmentBuilder(batch.folder)
            for document in documents:
                builder.add(document)
            marks.append(("analysis and postings", clock()))
            batch.add_segments(builder.finish())
            marks.append(("segment writing", clock()))
        marks.append(("commit", clock()))
    count = len(documents)
    for (_, before), (name, after) in itertools.pairwise(marks):
        print(f"{name:26} {1000 * (after - before) / count:7.2f} ms/article")
    print(f"{'total':26} {1000 * (marks[-1][1] - marks[0][1]) / count:7.2f} ms/article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
