"""One index run: find files, skip the unchanged, extract the rest, commit once, report."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path

from indexer.article import Article, content_hash
from indexer.errors import SkipFile
from indexer.extract import extract_article
from indexer.sources import Discovery, SourceFile, discover, parse_documents, read_bytes
from indexer.store import Batch, IndexedFile, IndexStore
from indexer.version import extractor_version
from indexer.workers import worker_pool

Progress = Callable[[SourceFile], None]

# Below this many changed files, starting worker processes costs more than it saves.
PARALLEL_FROM = 64
# Files handed to the workers at a time: bounds the memory held by a run.
CHUNK = 64


@dataclass
class Summary:
    """What an index run did, counted in articles, with every skipped file and its reason."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    skipped: list[SkipFile] = field(default_factory=list)
    total: int = 0

    def skipped_by_reason(self) -> Counter[str]:
        """Count the skipped files by reason."""
        return Counter(skip.reason for skip in self.skipped)

    def lines(self) -> list[str]:
        """Return the human summary printed at the end of a run."""
        by_reason = sorted(self.skipped_by_reason().items())
        reasons = ", ".join(f"{n} {reason}" for reason, n in by_reason)
        out = [
            f"added {self.added}, updated {self.updated}, unchanged {self.unchanged}, "
            f"removed {self.removed}, skipped {len(self.skipped)}"
            + (f" ({reasons})" if reasons else ""),
            f"{self.total} articles in the index",
        ]
        out.extend(f"skipped {skip}" for skip in self.skipped)
        return out


@dataclass(frozen=True)
class Job:
    """A changed file to extract."""

    source: SourceFile
    data: bytes
    digest: str
    before: IndexedFile | None


def extract_file(job: Job, explain: bool = False) -> tuple[list[Article], list[SkipFile]]:
    """Extract every article in a file; return them with the parts that could not be read.

    Nothing in one file or record can stop a run: an unexpected error skips that record (or
    the file, when reading it fails) with the error named.
    """
    articles: list[Article] = []
    skipped: list[SkipFile] = []
    items = parse_documents(job.source, job.data, job.digest)
    while True:
        try:
            item = next(items)
        except StopIteration:
            break
        except Exception as error:  # a reader bug must not end the run
            skipped.append(SkipFile(job.source.given, "unreadable", _describe(error)))
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


def run_index(
    paths: list[str],
    directory: Path,
    rebuild: bool = False,
    progress: Progress | None = None,
    lock_timeout: float = 10.0,
    workers: int | None = None,
) -> Summary:
    """Index ``paths`` into ``directory``: re-extract only changed files, drop vanished ones."""
    return index_found(discover(paths), directory, rebuild, progress, lock_timeout, workers)


def index_found(
    found: Discovery,
    directory: Path,
    rebuild: bool = False,
    progress: Progress | None = None,
    lock_timeout: float = 10.0,
    workers: int | None = None,
    interrupted: Callable[[], bool] = lambda: False,
) -> Summary:
    """Index the files already discovered; commit once, so an interrupted run changes nothing.

    ``interrupted`` is asked between files and before the commit: a Ctrl-C that Python could
    only report (raised inside a destructor, say) still stops the run with KeyboardInterrupt.
    """
    summary = Summary()
    summary.skipped.extend(found.missing)
    with IndexStore(directory, rebuild=rebuild, lock_timeout=lock_timeout) as store:
        known = {} if store.rebuild else store.indexed_files()
        with store.batch() as batch:
            seen: set[str] = set()
            jobs = _changed(found.files, known, seen, summary, progress)
            for job, (articles, skipped) in _extract_all(jobs, workers):
                if interrupted():
                    raise KeyboardInterrupt
                summary.skipped.extend(skipped)
                if articles:  # a file that broke keeps its last good version in the index
                    _apply(batch, summary, job, articles)
            for key, before in known.items():
                if key not in seen and _vanished(key, found.roots):
                    for article_id in before.ids:
                        batch.delete(article_id)
                    summary.removed += len(before.ids)
            if interrupted():
                raise KeyboardInterrupt
        summary.total = store.doc_count()
    return summary


def _vanished(path: str, roots: tuple[Path, ...]) -> bool:
    return not Path(path).exists() and any(Path(path).is_relative_to(root) for root in roots)


def _changed(
    files: Iterable[SourceFile],
    known: dict[str, IndexedFile],
    seen: set[str],
    summary: Summary,
    progress: Progress | None,
) -> Iterator[Job]:
    """Yield a Job for each new or changed file; count the unchanged ones."""
    for source in files:
        if progress is not None:
            progress(source)
        key = str(source.path)
        seen.add(key)
        try:
            data = read_bytes(source)
        except SkipFile as skip:
            summary.skipped.append(skip)
            continue
        before = known.get(key)
        digest = content_hash(data)
        if before is not None and before.hash == digest and before.extractor == extractor_version():
            summary.unchanged += len(before.ids)
        else:
            yield Job(source, data, digest, before)


def _extract_all(
    jobs: Iterator[Job], workers: int | None
) -> Iterator[tuple[Job, tuple[list[Article], list[SkipFile]]]]:
    """Extract jobs in order: in this process for a few, in worker processes for many."""
    first = list(islice(jobs, PARALLEL_FROM))
    workers = workers if workers is not None else min(os.cpu_count() or 1, 4)
    if len(first) < PARALLEL_FROM or workers < 2:
        for job in chain(first, jobs):
            yield job, extract_file(job)
        return
    with worker_pool(workers) as pool:
        chunk = first
        while chunk:
            yield from zip(chunk, pool.map(extract_file, chunk, chunksize=4), strict=True)
            chunk = list(islice(jobs, CHUNK))


def _apply(batch: Batch, summary: Summary, job: Job, articles: list[Article]) -> None:
    key, root = str(job.source.path), str(job.source.root)
    for article in articles:
        batch.put(article, key, root)
    if job.before is None:
        summary.added += len(articles)
        return
    new_ids = {article.id for article in articles}
    old_ids = set(job.before.ids)
    for gone in old_ids - new_ids:
        batch.delete(gone)
    summary.removed += len(old_ids - new_ids)
    summary.updated += len(new_ids & old_ids)
    summary.added += len(new_ids - old_ids)
