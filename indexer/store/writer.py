"""The single writer of an index directory and the Batch of changes one commit makes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock, Timeout
from whoosh import index
from whoosh.codec.base import Segment
from whoosh.writing import MERGE_SMALL, SegmentWriter

from indexer import fields as F
from indexer.article import Article
from indexer.store import schema as S
from indexer.store.documents import article_to_document, stored_to_document
from indexer.store.errors import IndexBusy
from indexer.store.generations import (
    BUILDING,
    LOCK,
    index_exists,
    live_path,
    new_generation,
    open_for_writing,
    point_live_at,
    purge_obsolete,
    remove_abandoned_generations,
    remove_stale_generations,
)
from indexer.store.postings import MemoryPool
from indexer.store.segments import SegmentBuilder


def _files_from_stored(searcher: object) -> dict[str, IndexedFile]:
    """Return the indexed files read from every article's stored fields (slow, memory-hungry)."""
    grouped: dict[str, list[dict[str, str]]] = {}
    for stored in searcher.all_stored_fields():  # type: ignore[attr-defined]
        grouped.setdefault(stored[F.SOURCE_PATH], []).append(stored)
    return {
        path: IndexedFile(
            path=path,
            root=docs[0].get(F.ROOT, ""),
            hash=docs[0].get(F.HASH, ""),
            extractor=docs[0].get(F.EXTRACTOR, ""),
            ids=tuple(doc[F.ID] for doc in docs),
        )
        for path, docs in grouped.items()
    }


def _values_by_doc(reader: object, field: str) -> dict[int, str]:
    """Return document number → value of a single-valued indexed field."""
    return {doc: value for value, docs in _docs_by_value(reader, field) for doc in docs}


def _docs_by_value(reader: object, field: str) -> Iterator[tuple[str, list[int]]]:
    """Yield each value of an indexed field with the (live) documents holding it."""
    for raw in reader.lexicon(field):  # type: ignore[attr-defined]
        value = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        docs = list(reader.postings(field, raw).all_ids())  # type: ignore[attr-defined]
        if docs:
            yield value, docs


class Batch:
    """Pending changes of one commit; nothing is visible to readers until it commits.

    Deletions go through the index's writer; new documents into segments of their own
    (``SegmentBuilder``), written here or by the extraction workers, committed with them.
    """

    def __init__(self, writer: SegmentWriter, folder: str) -> None:
        self._writer = writer
        self._builder = SegmentBuilder(folder)
        self._segments: list[Segment] = []
        self._put: set[str] = set()

    @property
    def folder(self) -> str:
        """Return the folder of the index being written (where workers write segments)."""
        return str(self._writer.storage.folder)

    def put(self, article: Article, path: str, root: str) -> None:
        """Add the article, replacing any earlier version with the same id."""
        # A second put of one id in the same batch would leave two documents with that id.
        if article.id in self._put:
            return
        self._put.add(article.id)
        self._writer.delete_by_term(F.ID, article.id)
        self._builder.add(article_to_document(article, path, root))

    def copy(self, document: dict[str, object]) -> None:
        """Add a document copied from another index (its id is not in this batch yet)."""
        article_id = str(document[F.ID])
        if article_id not in self._put:
            self._put.add(article_id)
            self._builder.add(document)

    def delete(self, article_id: str) -> None:
        """Delete the article with this id from the committed index."""
        self._writer.delete_by_term(F.ID, article_id)

    def add_segments(self, segments: list[Segment]) -> None:
        """Commit these segments (written by workers into this index's folder) with the batch."""
        self._segments.extend(segments)

    def commit(self) -> None:
        """Commit every change at once: one new table of contents."""
        added = [*self._builder.finish(), *self._segments]

        def merge(writer: SegmentWriter, segments: list[Segment]) -> list[Segment]:
            # Small committed segments are merged as Whoosh would; the new ones are kept.
            return [*MERGE_SMALL(writer, segments), *added]

        self._writer.commit(mergetype=merge)

    def cancel(self) -> None:
        """Abandon every change; the next commit deletes the files of unused segments."""
        self._builder.cancel()
        self._writer.cancel()


@dataclass(frozen=True)
class IndexedFile:
    """What the index knows about one indexed file."""

    path: str
    root: str
    hash: str
    ids: tuple[str, ...]
    extractor: str = ""  # the extractor version its articles came from


class IndexStore:
    """The single writer of an index directory, holding its lock while open."""

    def __init__(self, directory: Path, rebuild: bool = False, lock_timeout: float = 10.0) -> None:
        self.directory = directory
        self.rebuild = rebuild
        self.lock_timeout = lock_timeout
        self._lock = FileLock(str(directory / LOCK))
        self._index: index.Index | None = None
        self._previous: Path | None = None
        self._previous_index: index.Index | None = None
        self._previous_searcher: object | None = None

    def __enter__(self) -> IndexStore:
        self.directory.mkdir(parents=True, exist_ok=True)
        try:
            self._lock.acquire(timeout=self.lock_timeout)
        except Timeout as error:
            raise IndexBusy(self.directory, self.lock_timeout) from error
        remove_abandoned_generations(self.directory)
        if index_exists(self.directory):
            self._previous = live_path(self.directory)
            purge_obsolete(self._previous)
        if self._previous is not None and not self.rebuild:
            current = open_for_writing(self._previous)
            if S.schema_signature(current.schema) == S.schema_signature(S.build_schema()):
                self._index = current
            else:
                self.rebuild = True  # written by another version of Entente: start afresh
        if self._index is None:
            self._index = open_for_writing(new_generation(self.directory))
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._previous_searcher is not None:
            self._previous_searcher.close()
        if self._previous_index is not None:
            self._previous_index.close()
        self._lock.release()

    @property
    def _ix(self) -> index.Index:
        if self._index is None:
            raise RuntimeError("IndexStore used outside its with-block")
        return self._index

    def indexed_files(self) -> dict[str, IndexedFile]:
        """Return every indexed file by path, with its hash, extractor and article ids.

        On a rebuild these are the live index's files, whose extraction can be reused.
        """
        source = self._reusable() if self.rebuild else self._ix
        if source is None:
            return {}
        with source.searcher() as searcher:
            reader = searcher.reader()
            names = (F.ID, F.ROOT, F.SOURCE_PATH, F.HASH, F.EXTRACTOR)
            if not all(
                getattr(reader.schema[n], "indexed", False) for n in names if n in reader.schema
            ):
                return _files_from_stored(searcher)  # an index of an older schema
            if any(name not in reader.schema for name in names):
                return {}
            ids, roots, hashes, versions = (
                _values_by_doc(reader, name) for name in (F.ID, F.ROOT, F.HASH, F.EXTRACTOR)
            )
            found: dict[str, IndexedFile] = {}
            for path, docs in _docs_by_value(reader, F.SOURCE_PATH):
                first = docs[0]
                found[path] = IndexedFile(
                    path=path,
                    root=roots.get(first, ""),
                    hash=hashes.get(first, ""),
                    extractor=versions.get(first, ""),
                    ids=tuple(ids[doc] for doc in docs if doc in ids),
                )
        return found

    def _reusable(self) -> index.Index | None:
        """Return the live index a rebuild can copy unchanged articles from, or None."""
        if self._previous is None:
            return None
        if self._previous_index is None:
            try:
                self._previous_index = index.open_dir(str(self._previous))
            except Exception:  # an index too old or too broken to reuse: extract afresh
                return None
        return self._previous_index

    def copy_previous(self, batch: Batch, indexed: IndexedFile) -> None:
        """Copy a file's articles from the live index into the one being rebuilt."""
        previous = self._reusable()
        if previous is None:
            return
        if self._previous_searcher is None:
            self._previous_searcher = previous.searcher()
        searcher = self._previous_searcher
        names = set(self._ix.schema.names())
        for article_id in indexed.ids:
            docnum = searcher.document_number(**{F.ID: article_id})
            if docnum is not None:
                batch.copy(stored_to_document(searcher.stored_fields(docnum), names))

    @contextmanager
    def batch(self) -> Iterator[Batch]:
        """Yield a Batch of adds and deletes, committed atomically when the block ends."""
        try:
            # Non-compound segments: opening compound ones copies every segment into memory.
            writer = self._ix.writer(compound=False, timeout=self.lock_timeout)
        except index.LockError as error:
            # Our own lock is held, so this is a process that outlived its indexer.
            raise IndexBusy(self.directory, self.lock_timeout) from error
        writer.pool = MemoryPool()  # merged small segments only: no temporary runs
        batch = Batch(writer, str(self._ix.storage.folder))
        try:
            yield batch
        except BaseException:
            batch.cancel()
            raise
        batch.commit()
        self._publish()

    def _publish(self) -> None:
        generation = Path(self._ix.storage.folder).resolve()
        (generation / BUILDING).unlink(missing_ok=True)
        purge_obsolete(generation)
        if generation != self._previous:
            point_live_at(self.directory, generation)
            remove_stale_generations(self.directory, [generation, *filter(None, [self._previous])])
            self._previous = generation

    def doc_count(self) -> int:
        """Return the number of articles in the index being written."""
        return self._ix.doc_count()
