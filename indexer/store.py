"""The indexer's one door to Whoosh: schema, the live index directory, and its single writer.

Layout of an index directory ``DIR``::

    DIR/live -> gen-20250224T101500-1234   (a symlink, swapped atomically by --rebuild)
    DIR/gen-…/                             (a Whoosh index, non-compound segments)
    DIR/write.lock                         (held by the one writer)
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock, Timeout
from whoosh import columns, index
from whoosh.analysis import CharsetFilter, StemmingAnalyzer
from whoosh.codec.whoosh3 import W3PerDocReader
from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema
from whoosh.filedb.filestore import FileStorage
from whoosh.support.charset import accent_map

from indexer import fields as F
from indexer.article import Article
from indexer.extract.personkey import keyed_name
from indexer.version import extractor_version

LIVE = "live"
LOCK = "write.lock"
GENERATION_PREFIX = "gen-"
# Inside a generation that is still being built; an interrupted --rebuild leaves it behind.
BUILDING = ".building"
# Segment files a commit replaced, with when: readers opened before the commit may still read
# them lazily (stored fields, columns), so they are deleted only after a grace period.
OBSOLETE = ".obsolete"
GRACE_SECONDS = 120.0


def _remember_missing_columns() -> None:
    """Make Whoosh remember that a segment has no column for a field.

    whoosh-reloaded 2.7.5 caches a segment's column readers but not their absence, so for every
    field without a length column it asks the disk again: one stat() per posting when a commit
    writes postings (a third of the time of a large commit), and per hit when scoring. A
    segment's files never change once written, so the absence can be cached too.
    """
    original = W3PerDocReader._cached_reader
    if getattr(original, "remembers_missing", False):
        return

    def cached_reader(self: W3PerDocReader, fieldname: str, column: object) -> object:
        if fieldname not in self._readers:
            self._readers[fieldname] = original(self, fieldname, column)
        return self._readers[fieldname]

    cached_reader.remembers_missing = True  # type: ignore[attr-defined]
    W3PerDocReader._cached_reader = cached_reader


_remember_missing_columns()


class IndexBusy(Exception):
    """Another writer holds the index."""

    def __init__(self, directory: Path, waited: float) -> None:
        super().__init__(
            f"index busy: {directory} is being written by another process (waited {waited:g} s)"
        )
        self.directory = directory


class IndexMissing(Exception):
    """No index has been built in the directory yet."""

    def __init__(self, directory: Path) -> None:
        super().__init__(
            f"no index in {directory}: build one with `entente index PATH --index {directory}`"
        )
        self.directory = directory


class IndexOutdated(IndexMissing):
    """The live index was written by a version of Entente with another schema."""

    def __init__(self, directory: Path) -> None:
        Exception.__init__(
            self,
            f"the index in {directory} was written by another version of Entente: run "
            f"`entente index PATH --index {directory}` once to rebuild it",
        )
        self.directory = directory


class ListKeyword(KEYWORD):
    """A comma-separated keyword field whose column holds the value list, for fast facets."""

    def __init__(self, stored: bool = True) -> None:
        super().__init__(stored=stored, commas=True, lowercase=False, scorable=False)
        # Without a list column every faceted query rebuilds doc→values from the postings.
        self.column_type = columns.VarBytesListColumn()

    def to_column_value(self, value: str | list[str]) -> list[bytes]:
        """Split the comma-joined value into the byte strings the list column stores."""
        items = value.split(",") if isinstance(value, str) else value
        return [item.strip().encode("utf-8") for item in items if item.strip()]

    def from_column_value(self, value: bytes) -> str:
        """Decode one stored column value."""
        return value.decode("utf-8")


def text_analyzer() -> object:
    """Return the analyzer for searchable text: stemmed, lowercased, accents folded."""
    return StemmingAnalyzer() | CharsetFilter(accent_map)


def build_schema() -> Schema:
    """Return the Whoosh schema behind every Entente index."""
    analyzer = text_analyzer()
    return Schema(
        **{
            F.ID: ID(stored=True, unique=True),
            F.SOURCE_PATH: ID(stored=True),
            F.ROOT: ID(stored=True),
            F.HASH: ID(stored=True),
            # Indexed, so a run reads every file's hash and extractor from the lexicons, not
            # from each article's stored fields (which hold its whole text).
            F.EXTRACTOR: ID(stored=True),
            F.TITLE: TEXT(stored=True, analyzer=analyzer, field_boost=3.0, spelling=True),
            F.BODY: TEXT(stored=True, analyzer=analyzer, spelling=True),
            F.PEOPLE_TEXT: TEXT(analyzer=analyzer),
            # One person, one facet value: spellings grouped by key (searchapp/persons.py).
            F.PERSON_NAMES: KEYWORD(commas=True, lowercase=False, scorable=False),
            F.DATE: STORED(),
            # Signed: an open-ended NumericRange on an unsigned field matches everything.
            F.DATE_NUM: NUMERIC(int, bits=32, signed=True, sortable=True),
            F.YEAR: ListKeyword(),
            F.LANGUAGE: ListKeyword(),
            F.COUNTRIES: ListKeyword(),
            F.PEOPLE: ListKeyword(),
            F.AUTHORS: ListKeyword(),
            F.TOPICS: ListKeyword(),
            F.PAIRS: ListKeyword(),
            F.EQUIPMENT: ListKeyword(),
            F.OUTLET: ListKeyword(),
            F.URL: STORED(),
            F.SOURCE_TEXT: STORED(),
            F.PAIRS: ListKeyword(),
            F.EVIDENCE: STORED(),
        }
    )


def schema_signature(schema: Schema) -> dict[str, tuple[str, bool, bool]]:
    """Return what must match for an index to be written in place: each field's kind."""
    return {
        name: (type(field).__name__, bool(field.stored), bool(getattr(field, "indexed", True)))
        for name, field in schema.items()
    }


def _joined(values: Iterable[str]) -> str:
    # Commas separate list values, so none may live inside one.
    return ",".join(v.replace(",", " ").strip() for v in values if v and v.strip())


def _evidence_json(article: Article) -> str:
    """Return the evidence of the article's facet values as compact JSON ("" when none)."""
    held = {
        "country": set(article.countries),
        "person": set(article.people),
        "date": {article.date.isoformat()} if article.date else set(),
    }
    kept = {
        facet: {value: where for value, where in found.items() if value in held.get(facet, found)}
        for facet, found in article.value_evidence.items()
    }
    kept = {facet: found for facet, found in kept.items() if found}
    return json.dumps(kept, ensure_ascii=False, separators=(",", ":")) if kept else ""


def article_to_document(article: Article, path: str, root: str) -> dict[str, object]:
    """Return the Whoosh document for an article read from ``path`` under ``root``."""
    doc: dict[str, object] = {
        F.ID: article.id,
        F.SOURCE_PATH: path,
        F.ROOT: root,
        F.HASH: article.content_hash,
        F.EXTRACTOR: extractor_version(),
        F.TITLE: article.title,
        F.BODY: article.text,
        F.PEOPLE_TEXT: " ".join(article.people),
        F.DATE: article.date.isoformat() if article.date else None,
        F.LANGUAGE: article.language,
        F.COUNTRIES: _joined(article.countries),
        F.PEOPLE: _joined(article.people),
        F.PERSON_NAMES: _joined(keyed_name(p) for p in article.people),
        F.AUTHORS: _joined(article.authors),
        F.TOPICS: _joined(article.topics),
        F.PAIRS: _joined(article.pairs),
        F.EQUIPMENT: _joined(article.equipment),
        F.URL: article.url,
        F.SOURCE_TEXT: article.source_text,
        F.PAIRS: _joined(article.pairs),
        F.EVIDENCE: _evidence_json(article),
    }
    if article.date:
        doc[F.DATE_NUM] = int(article.date.strftime("%Y%m%d"))
        doc[F.YEAR] = str(article.date.year)
    if article.outlet:
        doc[F.OUTLET] = _joined([article.outlet])
    # Title and body are always stored, even empty (a headline-only article): readers may
    # highlight or compare any article's body without checking that it exists.
    kept = (F.TITLE, F.BODY)
    return {key: value for key, value in doc.items() if key in kept or value not in (None, "")}


def stored_to_document(stored: dict[str, object], names: set[str]) -> dict[str, object]:
    """Return the document to add for an article's stored fields (copied from another index).

    Fields that are indexed but not stored are derived again from the stored ones.
    """
    document = {key: value for key, value in stored.items() if key in names}
    people = str(stored.get(F.PEOPLE) or "")
    if people and F.PEOPLE_TEXT in names:
        document[F.PEOPLE_TEXT] = people.replace(",", " ")
    if people and F.PERSON_NAMES in names:
        document[F.PERSON_NAMES] = _joined(keyed_name(p) for p in people.split(","))
    day = str(stored.get(F.DATE) or "")
    if day and F.DATE_NUM in names:
        document[F.DATE_NUM] = int(day.replace("-", ""))
    return document


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


def live_path(directory: Path) -> Path:
    """Return the Whoosh directory the index currently serves from."""
    return (directory / LIVE).resolve()


def index_exists(directory: Path) -> bool:
    """Tell whether a complete index is live in ``directory``."""
    target = directory / LIVE
    return target.exists() and index.exists_in(str(target.resolve()))


def open_live(directory: Path) -> index.Index:
    """Open the live index for reading; raise IndexMissing when none was built.

    An index of another schema raises IndexOutdated: its searches would fail on the fields it
    lacks, while the next `entente index` rebuilds it (reusing its extraction).
    """
    if not index_exists(directory):
        raise IndexMissing(directory)
    opened = index.open_dir(str(live_path(directory)))
    if schema_signature(opened.schema) != schema_signature(build_schema()):
        opened.close()
        raise IndexOutdated(directory)
    return opened


class GraceStorage(FileStorage):  # type: ignore[misc]
    """The writer's storage: files a commit makes obsolete are deleted after GRACE_SECONDS.

    Whoosh deletes a replaced segment at commit, but a searcher opened before the commit opens
    some of its files only when first needed, and would find them gone (a 500 under load).
    """

    def delete_file(self, name: str) -> None:
        """Record the file as obsolete instead of deleting it now (one appended line)."""
        with (Path(self.folder) / OBSOLETE).open("a", encoding="utf-8") as ledger:
            ledger.write(f"{time.time()!r}\t{name}\n")


def _read_ledger(ledger: Path) -> dict[str, float]:
    """Return obsolete file → when it first became obsolete."""
    pending: dict[str, float] = {}
    try:
        lines = ledger.read_text(encoding="utf-8").splitlines()
    except OSError:
        return pending
    for line in lines:
        since, _, name = line.partition("\t")
        try:
            pending.setdefault(name, float(since))
        except ValueError:
            continue  # a line cut short by a killed writer
    return pending


def purge_obsolete(folder: Path, grace: float = GRACE_SECONDS) -> None:
    """Delete the obsolete files of a generation whose grace period is over."""
    ledger = folder / OBSOLETE
    pending = _read_ledger(ledger)
    if not pending:
        return
    now = time.time()
    kept = []
    for name, since in pending.items():
        if now - since >= grace:
            (folder / name).unlink(missing_ok=True)
        elif (folder / name).exists():
            kept.append(f"{since!r}\t{name}\n")
    # Written beside and renamed over, so a kill cannot leave half a ledger.
    fresh = folder / (OBSOLETE + ".new")
    fresh.write_text("".join(kept), encoding="utf-8")
    os.replace(fresh, ledger)


def _open_for_writing(path: Path) -> index.Index:
    return GraceStorage(str(path)).open_index()


def _new_generation(directory: Path) -> Path:
    stamp = time.strftime("%Y%m%dT%H%M%S")
    path = directory / f"{GENERATION_PREFIX}{stamp}-{os.getpid()}-{time.monotonic_ns() % 10**6}"
    path.mkdir(parents=True)
    (path / BUILDING).touch()
    index.create_in(str(path), build_schema())
    return path


def _remove_abandoned_generations(directory: Path) -> None:
    # Only the lock holder builds generations, so one still marked as building was abandoned
    # by a killed run.
    for path in directory.glob(f"{GENERATION_PREFIX}*"):
        if (path / BUILDING).exists():
            shutil.rmtree(path, ignore_errors=True)


def _point_live_at(directory: Path, generation: Path) -> None:
    # A symlink replaced by rename is swapped atomically: readers see the old or the new index.
    temporary = directory / f".{LIVE}.{os.getpid()}"
    if temporary.is_symlink() or temporary.exists():
        temporary.unlink()
    temporary.symlink_to(generation.name)
    os.replace(temporary, directory / LIVE)


def _remove_stale_generations(directory: Path, keep: Iterable[Path]) -> None:
    # The previous generation is kept so that searchers still holding it finish their requests.
    kept = {path.resolve() for path in keep}
    for path in directory.glob(f"{GENERATION_PREFIX}*"):
        if path.resolve() not in kept:
            shutil.rmtree(path, ignore_errors=True)


class Batch:
    """Pending changes of one commit; nothing is visible to readers until it commits."""

    def __init__(self, writer: object) -> None:
        self._writer = writer
        self._put: set[str] = set()

    def put(self, article: Article, path: str, root: str) -> None:
        """Add the article, replacing any earlier version with the same id."""
        # update_document replaces committed documents only: a second put of one id in the
        # same batch would leave two documents with that id.
        if article.id in self._put:
            return
        self._put.add(article.id)
        self._writer.update_document(**article_to_document(article, path, root))

    def copy(self, document: dict[str, object]) -> None:
        """Add a document copied from another index (its id is not in this batch yet)."""
        article_id = str(document[F.ID])
        if article_id not in self._put:
            self._put.add(article_id)
            self._writer.add_document(**document)

    def delete(self, article_id: str) -> None:
        """Delete the article with this id."""
        self._writer.delete_by_term(F.ID, article_id)


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
        _remove_abandoned_generations(self.directory)
        if index_exists(self.directory):
            self._previous = live_path(self.directory)
            purge_obsolete(self._previous)
        if self._previous is not None and not self.rebuild:
            current = _open_for_writing(self._previous)
            if schema_signature(current.schema) == schema_signature(build_schema()):
                self._index = current
            else:
                self.rebuild = True  # written by another version of Entente: start afresh
        if self._index is None:
            self._index = _open_for_writing(_new_generation(self.directory))
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
        try:
            yield Batch(writer)
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
        self._publish()

    def _publish(self) -> None:
        generation = Path(self._ix.storage.folder).resolve()
        (generation / BUILDING).unlink(missing_ok=True)
        purge_obsolete(generation)
        if generation != self._previous:
            _point_live_at(self.directory, generation)
            _remove_stale_generations(self.directory, [generation, *filter(None, [self._previous])])
            self._previous = generation

    def doc_count(self) -> int:
        """Return the number of articles in the index being written."""
        return self._ix.doc_count()


@contextmanager
def reading(directory: Path) -> Iterator[index.Index]:
    """Open the live index for a short read (the CLI's search command)."""
    ix = open_live(directory)
    try:
        yield ix
    finally:
        ix.close()
