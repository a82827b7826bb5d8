"""The indexer's one door to Whoosh: schema, the live index directory, and its single writer.

Whoosh is imported only inside this package, one job per module:

- ``schema``: the schema, its analyzer, its signature, and a Whoosh patch;
- ``documents``: an Article (or stored fields copied from another index) → a Whoosh document;
- ``generations``: the live index directory, its generations and deferred file deletion;
- ``writer``: ``IndexStore``, the one writer, and the ``Batch`` of one commit;
- ``errors``: what goes wrong opening an index.

Layout of an index directory ``DIR``::

    DIR/live -> gen-20250224T101500-1234   (a symlink, swapped atomically by --rebuild)
    DIR/gen-…/                             (a Whoosh index, non-compound segments)
    DIR/write.lock                         (held by the one writer)
"""

from __future__ import annotations

from indexer.store.documents import article_to_document, stored_to_document
from indexer.store.errors import IndexBusy, IndexMissing, IndexOutdated
from indexer.store.generations import (
    BUILDING,
    LIVE,
    LOCK,
    OBSOLETE,
    GraceStorage,
    index_exists,
    live_path,
    open_live,
    purge_obsolete,
)
from indexer.store.schema import ListKeyword, build_schema, schema_signature
from indexer.store.segments import SegmentBuilder
from indexer.store.writer import Batch, IndexedFile, IndexStore

__all__ = [
    "BUILDING",
    "LIVE",
    "LOCK",
    "OBSOLETE",
    "Batch",
    "GraceStorage",
    "IndexBusy",
    "IndexMissing",
    "IndexOutdated",
    "IndexStore",
    "IndexedFile",
    "ListKeyword",
    "SegmentBuilder",
    "article_to_document",
    "build_schema",
    "index_exists",
    "live_path",
    "open_live",
    "purge_obsolete",
    "schema_signature",
    "stored_to_document",
]
