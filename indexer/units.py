"""Work units of an index run and their extraction, in order, on every core, in bounded memory.

A unit is a whole file, or a piece of a JSON Lines file: a 100k-article .jsonl file is
extracted by every worker, not by one, and is never held in memory whole.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain, islice
from typing import TypeVar

from indexer.article import Article
from indexer.discovery import SourceFile
from indexer.errors import SkipFile
from indexer.extract import extract_article
from indexer.sources import jsonl_pieces, parse_documents
from indexer.workers import worker_pool

Tag = TypeVar("Tag")
Extracted = tuple[list[Article], list[SkipFile]]

# JSON Lines records in one unit: enough to amortise sending it to a worker.
PIECE_LINES = 64
# Below this many units, starting worker processes costs more than it saves.
PARALLEL_FROM = 64
# Units in flight per worker: keeps every core busy while bounding what is held in memory.
IN_FLIGHT = 4


@dataclass(frozen=True)
class Unit:
    """Bytes to extract: a whole file, or JSON Lines records from ``first_line`` on."""

    source: SourceFile
    data: bytes
    digest: str
    first_line: int = 1


def pieces(source: SourceFile, digest: str, data: bytes | None) -> Iterator[Unit]:
    """Yield a file's units: the bytes given, or a JSON Lines file read piece by piece."""
    if data is not None:
        yield Unit(source, data, digest)
        return
    for first_line, piece in jsonl_pieces(source, PIECE_LINES):
        yield Unit(source, piece, digest, first_line)


def extract_unit(unit: Unit, explain: bool = False) -> Extracted:
    """Extract every article of a unit; return them with the parts that could not be read.

    Nothing in one file or record can stop a run: an unexpected error skips that record (or
    the unit, when reading it fails) with the error named.
    """
    articles: list[Article] = []
    skipped: list[SkipFile] = []
    items = parse_documents(unit.source, unit.data, unit.digest, unit.first_line)
    while True:
        try:
            item = next(items)
        except StopIteration:
            break
        except Exception as error:  # a reader bug must not end the run
            skipped.append(SkipFile(unit.source.given, "unreadable", _describe(error)))
            break
        if isinstance(item, SkipFile):
            skipped.append(item)
            continue
        try:
            articles.append(extract_article(item, explain=explain))
        except Exception as error:  # an extractor bug loses one record, not the run
            skipped.append(SkipFile(item.source, "extraction failed", _describe(error)))
    return articles, skipped


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"[:300]


def extract_in_order(
    tagged: Iterator[tuple[Tag, Unit]], workers: int
) -> Iterator[tuple[Tag, Extracted]]:
    """Extract units in order: here for a few, else in ``workers`` processes, a window at a time."""
    first = list(islice(tagged, PARALLEL_FROM))
    if len(first) < PARALLEL_FROM or workers < 2:
        for tag, unit in chain(first, tagged):
            yield tag, extract_unit(unit)
        return
    with worker_pool(workers) as pool:
        window: deque[tuple[Tag, object]] = deque()
        for tag, unit in chain(first, tagged):
            window.append((tag, pool.submit(extract_unit, unit)))
            if len(window) >= workers * IN_FLIGHT:
                done_tag, future = window.popleft()
                yield done_tag, future.result()  # type: ignore[attr-defined]
        while window:
            done_tag, future = window.popleft()
            yield done_tag, future.result()  # type: ignore[attr-defined]
