"""One index run: find files, skip the unchanged, extract the rest, commit once, report."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from indexer.article import Article
from indexer.discovery import Discovery, SourceFile, discover
from indexer.errors import SkipFile, printable
from indexer.parallel import index_in_order
from indexer.sources import read_source
from indexer.store import Batch, IndexedFile, IndexStore
from indexer.units import Indexed, Unit, extract_unit, pieces
from indexer.version import extractor_version

Progress = Callable[[SourceFile], None]


@dataclass
class Summary:
    """What an index run did, counted in articles, with every skipped file and its reason."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    skipped: list[SkipFile] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
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
        out.extend(f"note {printable(note)}" for note in self.notes)
        return out


@dataclass(frozen=True)
class Job:
    """A new or changed file to extract (``data`` None: a JSON Lines file read in pieces)."""

    source: SourceFile
    digest: str
    before: IndexedFile | None
    data: bytes | None = None


@dataclass
class Applied:
    """The articles of one file written so far in this run."""

    job: Job
    ids: set[str] = field(default_factory=set)


def extract_file(job: Job, explain: bool = False) -> tuple[list[Article], list[SkipFile]]:
    """Extract every article in a file, in this process (the extract command)."""
    articles: list[Article] = []
    skipped: list[SkipFile] = []
    try:
        for unit in pieces(job.source, job.digest, job.data):
            found, broken = extract_unit(unit, explain)
            articles.extend(found)
            skipped.extend(broken)
    except SkipFile as skip:
        skipped.append(skip)
    return articles, skipped


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

    Units stream from the reader to workers that extract them and write the articles into new
    segments, which the writer commits with its deletions, so memory does not grow with the
    corpus. ``interrupted`` is asked between units and before the
    commit: a Ctrl-C that Python could only report (raised inside a destructor, say) still
    stops the run with KeyboardInterrupt.
    """
    summary = Summary()
    summary.skipped.extend(found.missing)
    workers = workers if workers is not None else min(os.cpu_count() or 1, 4)
    with IndexStore(directory, rebuild=rebuild, lock_timeout=lock_timeout) as store:
        known = store.indexed_files()  # on --rebuild, the live index's: reusable extraction
        with store.batch() as batch:
            seen: set[str] = set()
            # On a rebuild, files unchanged since the live index are copied from it, not
            # re-extracted: only the Whoosh write is redone.
            reuse = (lambda before: store.copy_previous(batch, before)) if store.rebuild else None
            jobs = _changed(found.files, known, seen, summary, progress, reuse)
            current: Applied | None = None
            indexed = index_in_order(
                _units(jobs, summary), workers, batch.folder, batch.add_segments
            )
            with closing(indexed):  # on Ctrl-C, its workers are stopped at once
                for (job, last), result in indexed:
                    if interrupted():
                        raise KeyboardInterrupt
                    if current is None or current.job is not job:
                        current = Applied(job)
                    _apply(summary, current, result)
                    if last:
                        _finish(batch, summary, current)
            if not store.rebuild:
                _remove_vanished(batch, summary, known, seen, found.roots)
            if interrupted():
                raise KeyboardInterrupt
        summary.total = store.doc_count()
    return summary


def _units(jobs: Iterator[Job], summary: Summary) -> Iterator[tuple[tuple[Job, bool], Unit]]:
    """Yield each job's units, tagged with the job and whether the unit is its last."""
    for job in jobs:
        try:
            units = pieces(job.source, job.digest, job.data)
            previous = next(units, None)
            if previous is None:
                yield (job, True), Unit(job.source, b"", job.digest)
                continue
            for unit in units:
                yield (job, False), previous
                previous = unit
            yield (job, True), previous
        except SkipFile as skip:  # a JSON Lines file that became unreadable mid-run
            summary.skipped.append(skip)


def _apply(summary: Summary, applied: Applied, result: Indexed) -> None:
    applied.ids.update(result.ids)
    summary.skipped.extend(result.skipped)
    summary.notes.extend(result.notes)


def _finish(batch: Batch, summary: Summary, applied: Applied) -> None:
    """Count a file's articles; drop its records that are gone (unless it broke entirely)."""
    before = applied.job.before
    new_ids = applied.ids
    if before is None:
        summary.added += len(new_ids)
        return
    if not new_ids:
        return  # a file that broke keeps its last good version in the index
    old_ids = set(before.ids)
    for replaced in old_ids:  # the new versions are in new segments, which deletion spares
        batch.delete(replaced)
    summary.removed += len(old_ids - new_ids)
    summary.updated += len(new_ids & old_ids)
    summary.added += len(new_ids - old_ids)


def _remove_vanished(
    batch: Batch,
    summary: Summary,
    known: dict[str, IndexedFile],
    seen: set[str],
    roots: tuple[Path, ...],
) -> None:
    for key, before in known.items():
        if key not in seen and _vanished(key, roots):
            for article_id in before.ids:
                batch.delete(article_id)
            summary.removed += len(before.ids)


def _vanished(path: str, roots: tuple[Path, ...]) -> bool:
    return not Path(path).exists() and any(Path(path).is_relative_to(root) for root in roots)


def _changed(
    files: Iterable[SourceFile],
    known: dict[str, IndexedFile],
    seen: set[str],
    summary: Summary,
    progress: Progress | None,
    reuse: Callable[[IndexedFile], None] | None = None,
) -> Iterator[Job]:
    """Yield a Job for each new or changed file; count (and ``reuse``) the unchanged ones."""
    for source in files:
        if progress is not None:
            progress(source)
        key = str(source.path)
        seen.add(key)
        try:
            data, digest = read_source(source)
        except SkipFile as skip:
            summary.skipped.append(skip)
            continue
        before = known.get(key)
        if before is not None and before.hash == digest and before.extractor == extractor_version():
            summary.unchanged += len(before.ids)
            if reuse is not None:
                reuse(before)
        else:
            yield Job(source, digest, before, data)
