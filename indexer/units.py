"""Work units of an index run: their extraction, and their writing into new index segments.

A unit is a whole file, or a piece of a JSON Lines file: a 100k-article .jsonl file is
extracted by every worker, not by one, and is never held in memory whole.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from indexer.article import Article
from indexer.discovery import SourceFile
from indexer.errors import SkipFile
from indexer.extract import extract_article
from indexer.sources import jsonl_pieces, parse_documents
from indexer.store import SegmentBuilder, article_to_document

Extracted = tuple[list[Article], list[SkipFile]]

# JSON Lines records in one unit: enough to amortise sending it to a worker.
PIECE_LINES = 64


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
            skipped.append(SkipFile(unit.source.given, "unreadable", describe(error)))
            break
        if isinstance(item, SkipFile):
            skipped.append(item)
            continue
        try:
            articles.append(extract_article(item, explain=explain))
        except Exception as error:  # an extractor bug loses one record, not the run
            skipped.append(SkipFile(item.source, "extraction failed", describe(error)))
    return articles, skipped


@dataclass(frozen=True)
class Indexed:
    """What writing one unit did: the ids of its articles, its skipped parts, its notes."""

    ids: tuple[str, ...]
    skipped: tuple[SkipFile, ...]
    notes: tuple[str, ...]


def index_unit(unit: Unit, builder: SegmentBuilder) -> Indexed:
    """Extract a unit's articles and add them to the builder's new segments."""
    articles, skipped = extract_unit(unit)
    path, root = str(unit.source.path), str(unit.source.root)
    for article in articles:
        builder.add(article_to_document(article, path, root))
    return Indexed(
        ids=tuple(article.id for article in articles),
        skipped=tuple(skipped),
        notes=tuple(note for article in articles for note in article.notes),
    )


def describe(error: BaseException) -> str:
    """Name an unexpected error in one line, for a skip reason."""
    return f"{type(error).__name__}: {error}"[:300]
